import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from conftest import SAMPLES
from crisislens.cli import main


def _crisislens(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``crisislens ARGS`` in a fresh interpreter, as a user's shell would, and capture its
    output as text (``stdin`` is piped in when given)."""
    return subprocess.run(
        [sys.executable, "-m", "crisislens.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_cli_help_explains_commands():
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    for command in ("extract", "info", "build-index"):
        assert command in result.output


@pytest.mark.slow
def test_cli_extract_writes_jsonl_and_summary(tmp_path):
    out = tmp_path / "out.jsonl"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "text": "  "}\nnot json\n', encoding="utf-8")
    summary = tmp_path / "summary.json"
    result = _crisislens(
        "extract", str(SAMPLES), str(bad), "-o", str(out), "--summary-json", str(summary)
    )
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 8
    report = json.loads(summary.read_text())
    assert report["articles"] == 8 and report["failed"] + report["skipped"] == 2
    assert "bad JSON line" in result.stderr


@pytest.mark.slow
def test_cli_extract_exits_nonzero_when_nothing_read(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(empty)])
    assert result.exit_code == 1


@pytest.mark.slow
def test_cli_extract_stdin_and_workers(tmp_path):
    text = (SAMPLES / "almaty-protests.txt").read_text(encoding="utf-8")
    one = _crisislens("extract", "-", stdin=text)
    assert one.returncode == 0, one.stderr
    two = _crisislens("extract", str(SAMPLES), "--workers", "2")
    assert two.returncode == 0, two.stderr
    by_id = {json.loads(line)["article_id"]: json.loads(line) for line in two.stdout.splitlines()}
    record = json.loads(one.stdout)
    assert by_id[record["article_id"]] == record


@pytest.mark.slow
def test_cli_info_json():
    result = CliRunner().invoke(main, ["info", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["spacy_pipeline"]["name"] == "en_core_web_md"
    assert report["gazetteer"]["places"] > 200_000
    assert report["acled_head"]["on"] and report["acled_head"]["classes"] == 30
