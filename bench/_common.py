"""Shared by the benchmark scripts: print a report, and write it to a file when asked."""

from __future__ import annotations

import json
from pathlib import Path


def emit(report: dict, output: Path | None) -> None:
    text = json.dumps(report, indent=2)
    print(text)
    if output:
        output.write_text(text + "\n", encoding="utf-8")
