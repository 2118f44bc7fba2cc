"""Rebuild crisislens's Phoenix actor and agent files from the Phoenix dictionaries.

    .venv/bin/python eval/build_phoenix_actors.py ../shared/data/dictionaries

writes src/crisislens/data/phoenix_actors.tsv and phoenix_agents.tsv (see
crisislens/actors/phoenix.py and docs/ACTORS.md). The originals are MIT (Open Event Data
Alliance); their notice heads both files.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crisislens.actors.phoenix import ACTOR_FILES, AGENT_FILE, build

DATA = Path(__file__).resolve().parents[1] / "src" / "crisislens" / "data"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Rebuild crisislens's Phoenix actor and agent files from the dictionaries.",
        epilog="example: .venv/bin/python eval/build_phoenix_actors.py ../shared/data/dictionaries",
    )
    parser.add_argument("source", type=Path, help="folder with the Phoenix.*.txt files")
    parser.add_argument(
        "--target", type=Path, default=DATA, help=f"where to write the .tsv files (default {DATA})"
    )
    args = parser.parse_args(argv)
    missing = [n for n in (*ACTOR_FILES, AGENT_FILE) if not (args.source / n).exists()]
    if missing:
        print(f"not found in {args.source}: {', '.join(missing)}", file=sys.stderr)
        return 2
    actors, agents = build(args.source, args.target)
    print(f"wrote {actors} actors and {agents} agent phrases to {args.target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
