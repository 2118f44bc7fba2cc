"""The bundled data files (word lists, dictionaries, lexicons), read by name.

Code reads its words from here rather than from another module's constants, so a list has one
home and every module that needs it reads the same file:

>>> sorted(word_set("reporting_verbs.yaml", "reporting_verbs"))[:3]
['add', 'announce', 'claim']
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml


def read_text(name: str) -> str:
    """The text of the bundled data file ``name`` (for example ``"actors.yaml"``)."""
    return (resources.files("crisislens") / "data" / name).read_text(encoding="utf-8")


@cache
def read_yaml(name: str) -> Any:
    """The parsed YAML of the bundled data file ``name``; read once per process. Treat it as
    read-only: every caller shares it."""
    return yaml.safe_load(read_text(name))


@cache
def word_set(name: str, key: str) -> frozenset[str]:
    """The word list ``key`` of the bundled YAML file ``name``, lower-cased."""
    return frozenset(str(word).lower() for word in read_yaml(name)[key])
