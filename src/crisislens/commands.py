"""Commands kept apart from cli.py so that it stays short: evaluation and place resolution."""

from __future__ import annotations

COMMANDS: list = []
