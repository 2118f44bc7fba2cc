"""The project's exceptions. Each message says what the user can do about it."""


class CrisislensError(Exception):
    """Base class: the CLI prints the message and exits non-zero."""


class InputError(CrisislensError):
    """An input could not be read as an article (the batch goes on without it)."""


class ResourceError(CrisislensError):
    """A model, gazetteer or data file is missing or unreadable."""
