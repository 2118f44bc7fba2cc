"""Cross-document event coreference over given mentions: ``link``."""

from __future__ import annotations

import json
import sys
import time

import click

from crisislens.cli.options import BadLineError, mention_line
from crisislens.cli.output import output_stream

EPILOG_LINK = """\b
Examples:
  crisislens link mentions.jsonl -o linked.jsonl
  crisislens link mentions.jsonl --fast           # no sentence encoder: faster, less accurate
  cat mentions.jsonl | crisislens link -

\b
Input line:  {"id": "a1", "text": "...", "published": "2022-01-07",
              "mentions": [{"start": 10, "end": 18}, ...]}
Output line: {"source_id": "a1", "mentions": [{"start": 10, "end": 18, "story_id": "..."}]}
"""


def _read(input_file) -> tuple[list, list[str | None]]:
    """The valid lines as LinkInputs (keyed by line number) and their ids; bad lines reported."""
    from crisislens.link.linker import LinkInput

    inputs, ids = [], []
    for lineno, line in enumerate(input_file, start=1):
        if not line.strip():
            continue
        try:
            item, text, spans = mention_line(line)
            published = item.get("published")
            if published is not None and not _is_date(published):
                raise BadLineError(f"published {published!r} is not YYYY-MM-DD")
        except BadLineError as err:
            click.echo(f"line {lineno}: skipped: {err}", err=True)
            continue
        inputs.append(LinkInput(str(lineno), text, spans, published))
        ids.append(item.get("id"))
    return inputs, ids


def _is_date(value) -> bool:
    from datetime import date

    try:
        date.fromisoformat(str(value))
    except ValueError:
        return False
    return True


@click.command(epilog=EPILOG_LINK)
@click.argument("input_file", type=click.File("r", encoding="utf-8"))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    help="Write JSON Lines here (default: standard output).",
)
@click.option(
    "--fast",
    is_flag=True,
    help="Leave out the sentence encoder (all-MiniLM-L6-v2): about twice as fast, a few points "
    "lower on ECB+ (docs/ACCURACY.md).",
)
def link(input_file, output, fast: bool) -> None:
    """Link given event mentions across documents: which mentions tell of one real-world event.

    INPUT_FILE is JSON Lines (- for stdin), one document per line with its event mentions as
    character offsets. All documents are linked jointly, within and across documents. Each output
    line gives every mention a story_id, in the input's order; mentions that share a story_id
    are the same event. A line that cannot be read is skipped with its reason on stderr.
    """
    from crisislens.errors import CrisislensError
    from crisislens.link.linker import TextLinker
    from crisislens.link.model import PairModel

    inputs, ids = _read(input_file)
    if not inputs:
        raise click.ClickException(
            "nothing to link: no line of the input is a document "
            '(JSON Lines: {"id", "text", "mentions": [{"start", "end"}]}, see --help)'
        )
    started = time.perf_counter()
    try:
        model = PairModel.load(variant="fast" if fast else "full")
        linker = TextLinker.load(model=model, encoder=not fast)
    except CrisislensError as err:
        raise click.ClickException(str(err)) from err
    total = sum(len(i.spans) for i in inputs)
    from tqdm import tqdm

    with tqdm(
        total=len(inputs) + (0 if fast else total),
        desc="linking",
        file=sys.stderr,
        disable=not sys.stderr.isatty(),
        leave=False,
    ) as bar:
        story_ids = linker.link(inputs, lambda stage, n: bar.update(n))
    with output_stream(output) as out:
        for item, source_id, stories in zip(inputs, ids, story_ids):
            mentions = [
                {"start": s, "end": e, "story_id": sid} for (s, e), sid in zip(item.spans, stories)
            ]
            out.write(json.dumps({"source_id": source_id, "mentions": mentions}) + "\n")
    click.echo(
        f"{len(inputs)} documents, {total} mentions, {len(set().union(*map(set, story_ids)))} "
        f"stories ({time.perf_counter() - started:.1f} s)",
        err=True,
    )


COMMANDS = [link]
