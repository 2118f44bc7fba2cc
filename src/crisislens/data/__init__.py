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


class _UniqueKeyLoader(yaml.SafeLoader):
    """A safe YAML loader that refuses a mapping key given twice (PyYAML keeps the last one
    silently, so a second ``words:`` list would replace the first without a word)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        lines: dict = {}
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue  # `<<: *base`: its keys may be overridden on purpose
            key = self.construct_object(key_node, deep=True)
            line = key_node.start_mark.line + 1
            try:
                hash(key)
            except TypeError:
                continue  # an unhashable key (a list): the base loader says so
            if key in lines:
                raise yaml.YAMLError(
                    f"the key {key!r} is given twice, on lines {lines[key]} and {line}; "
                    "the second would replace the first: merge them"
                )
            lines[key] = line
        return super().construct_mapping(node, deep=deep)


def load_yaml(text: str) -> Any:
    """Parse YAML as ``yaml.safe_load`` does, but raise :class:`yaml.YAMLError` on a key given
    twice in one mapping. For files users write (actor dictionaries, gold)."""
    return yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 - a SafeLoader subclass


@cache
def read_yaml(name: str) -> Any:
    """The parsed YAML of the bundled data file ``name``; read once per process, refusing a
    key given twice (:func:`load_yaml`). Treat it as read-only: every caller shares it."""
    return load_yaml(read_text(name))


@cache
def word_set(name: str, key: str) -> frozenset[str]:
    """The word list ``key`` of the bundled YAML file ``name``, lower-cased."""
    return frozenset(str(word).lower() for word in read_yaml(name)[key])
