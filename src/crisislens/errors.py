"""The project's exceptions. Each message says what the user can do about it.

An input that cannot be coded raises :class:`InputError`; the error's ``status`` says what it
becomes in a run's summary: ``failed`` (something is wrong with it) or ``skipped`` (it was left
out on purpose: empty, not English, refused by robots.txt). Callers turn it into a
:class:`~crisislens.schemas.Failure` with ``Failure.from_error`` and never read the message to
decide.
"""

from __future__ import annotations

from typing import ClassVar, Literal

FailureStatus = Literal["skipped", "failed"]


class CrisislensError(Exception):
    """Base class: the CLI prints the message and exits non-zero."""


class InputError(CrisislensError):
    """An input could not be read as an article (the batch goes on without it)."""

    status: ClassVar[FailureStatus] = "failed"


class SkippedInputError(InputError):
    """An input left out on purpose (empty, not English): reported as skipped, not failed."""

    status: ClassVar[FailureStatus] = "skipped"


class ResourceError(CrisislensError):
    """A model, gazetteer or data file is missing or unreadable."""
