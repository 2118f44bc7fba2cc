"""Export formats: every registered format writes a file its usual readers open, and the CLI,
the API and the docs all offer what the registry holds."""

import csv
import json

import pytest
from click.testing import CliRunner

from conftest import ROOT
from crisislens.store import Store, exports
from crisislens.store.query import EventFilter
from test_store import _article, _record


@pytest.fixture
def store():
    store = Store.memory()
    located = _article("Russia sent 3000 troops to Almaty on Thursday, officials said.")
    unlocated = _article("Russia sent 900 troops on Friday, officials said.", day="2022-01-08")
    store.write(
        [
            (located, _record(located)),
            (unlocated, _record(unlocated, troops=900, day="2022-01-08")),
        ]
    )
    # the second event has no place
    store.conn.execute(
        "UPDATE events SET lat = NULL, lon = NULL, place_name = NULL, place_country = NULL "
        "WHERE date = '2022-01-08'"
    )
    return store


@pytest.mark.parametrize("name", exports.names())
def test_exports_every_format_opens_in_its_reader(store, tmp_path, name):
    fmt = exports.get(name)
    out = tmp_path / f"events.{fmt.extension}"
    result = exports.export(store.conn, name, out, EventFilter())
    assert result.written + result.left_out == 2
    if name in ("csv", "parquet"):
        import pandas as pd

        table = pd.read_csv(out) if name == "csv" else pd.read_parquet(out)
        assert list(table["event_type"]) == ["MOBILIZE", "MOBILIZE"]
    elif name == "geojson":
        data = json.loads(out.read_text())
        assert [f["geometry"]["coordinates"] for f in data["features"]] == [[76.91, 43.25]]
        assert (result.written, result.left_out, result.left_out_reason) == (
            1,
            1,
            "no coordinates",
        )
    elif name == "plover-json":
        records = json.loads(out.read_text())
        assert records[0]["event"] == "MOBILIZE" and records[0]["source"][0]["code"] == "RUS"
    elif name == "gdelt-csv":
        rows = list(csv.DictReader(out.open(), delimiter="\t"))
        assert rows[0]["EventRootCode"] == "15" and rows[0]["SQLDATE"] == "20220107"
    elif name == "acled-csv":
        rows = list(csv.DictReader(out.open()))
        assert rows[0]["event_date"] == "2022-01-07" and rows[0]["latitude"] == "43.25"
        # as in ACLED's files: the country's name, and its numeric ISO 3166 code
        assert (rows[0]["country"], rows[0]["iso"]) == ("Kazakhstan", "398")
        assert rows[1]["country"] == rows[1]["latitude"] == ""
    else:
        assert name in exports.names()  # a format added without a check here
        assert out.stat().st_size > 0


def test_exports_acled_xlsx_is_a_typed_workbook(store, tmp_path):
    import pandas as pd

    out = tmp_path / "events.xlsx"
    result = exports.export(store.conn, "acled-xlsx", out, EventFilter())
    assert result.written == 2
    sheet = pd.read_excel(out, sheet_name="events")
    assert list(sheet.columns[:3]) == ["event_id_cnty", "event_date", "year"]
    assert str(sheet["event_date"].dtype).startswith("datetime64")
    assert sheet["event_date"].dt.strftime("%Y-%m-%d").tolist() == ["2022-01-07", "2022-01-08"]
    assert sheet["iso"].tolist()[0] == 398 and sheet["country"].tolist()[0] == "Kazakhstan"
    assert pd.isna(sheet["country"].tolist()[1])  # unlocated: an empty cell, not a guess


def test_exports_registry_refuses_unknown_names():
    with pytest.raises(ValueError, match="choose one of csv, parquet"):
        exports.get("shapefile")


def test_exports_docs_table_is_the_registry():
    store_doc = (ROOT / "docs" / "STORE.md").read_text(encoding="utf-8")
    assert exports.markdown_table() in store_doc, (
        "docs/STORE.md's table of formats differs from the registry; paste this:\n"
        + exports.markdown_table()
    )


def test_exports_cli_choices_and_stdout(store, tmp_path, monkeypatch):
    from crisislens.cli import main

    db = tmp_path / "events.duckdb"
    store.conn.execute(f"ATTACH '{db}' AS disk")
    store.conn.execute("COPY FROM DATABASE memory TO disk")
    store.conn.execute("DETACH disk")
    runner = CliRunner()
    help_text = runner.invoke(main, ["export", "--help"]).output
    assert all(name in help_text for name in exports.names())
    result = runner.invoke(main, ["export", "--db", str(db), "--format", "geojson", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["type"] == "FeatureCollection"
    assert "1 events written to standard output (geojson); 1 left out (no coordinates)" in (
        result.stderr
    )
    assert not (tmp_path / "-").exists()
