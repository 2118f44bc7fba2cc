import json

import pytest

from crisislens.errors import InputError
from crisislens.ingest import article_id, read_inputs
from crisislens.ingest.articles import check_date
from crisislens.ingest.readers import read_texts
from crisislens.schemas import Article, Failure

ENGLISH = "Police arrested twelve protesters in Almaty on Monday after a rally against fuel prices."


def test_readers_txt_first_line_is_headline(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Protests in Almaty\n" + ENGLISH, encoding="utf-8")
    [article] = read_inputs([str(path)])
    assert article.title == "Protests in Almaty"
    assert article.text.endswith("fuel prices.")


def test_readers_article_id_is_stable_across_whitespace():
    assert article_id("A  b\nc ") == article_id("a b c")
    assert article_id("a b c") != article_id("a b d")


def test_readers_jsonl_bad_lines_are_failures_and_batch_goes_on(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "1", "text": ENGLISH, "published": "2022-01-03"}),
        "{not json",
        json.dumps({"id": "2"}),
        json.dumps({"id": "3", "text": ENGLISH + " Again."}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = list(read_inputs([str(path)]))
    assert [type(i) for i in items] == [Article, Failure, Failure, Article]
    assert items[0].source_id == "1" and items[0].published == "2022-01-03"
    assert "bad JSON" in items[1].reason and items[1].origin.endswith(":2")


def test_readers_bad_inputs_get_reasons(tmp_path):
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 in Almaty".encode("latin-1"))
    (tmp_path / "fr.txt").write_text(
        "Le gouvernement a annoncé mardi de nouvelles mesures contre la crise, et les "
        "manifestants sont descendus dans la rue pour protester contre la hausse des prix.",
        encoding="utf-8",
    )
    reasons = {f.origin.split("/")[-1]: f for f in read_inputs([str(tmp_path)])}
    assert reasons["empty.txt"].status == "skipped" and "empty" in reasons["empty.txt"].reason
    assert "binary" in reasons["bin.txt"].reason
    assert "UTF-8" in reasons["latin.txt"].reason
    assert reasons["fr.txt"].status == "skipped" and "not English" in reasons["fr.txt"].reason


def test_readers_html_boilerplate_removed():
    html = (
        "<html><head><title>T</title><script>var x = 1;</script></head><body>"
        "<nav>Home | World | Sport</nav><article><h1>Troops deployed</h1><p>"
        + ENGLISH
        + "</p><p>"
        + ENGLISH.replace("Monday", "Tuesday")
        + "</p></article>"
        "<footer>Subscribe to our newsletter</footer></body></html>"
    )
    [article] = read_texts([("page.html", html)], kind="html")
    assert "arrested twelve protesters" in article.text
    assert "var x" not in article.text and "Subscribe" not in article.text


def test_readers_html_without_main_text_is_a_failure():
    [failure] = read_texts(
        [("page.html", "<html><body><script>x()</script></body></html>")], kind="html"
    )
    assert isinstance(failure, Failure)


def test_readers_published_flag_fills_missing_dates(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    [article] = read_inputs([str(path)], published="2022-01-07")
    assert article.published == "2022-01-07"


def test_readers_missing_file_is_a_failure():
    [failure] = read_inputs(["/nonexistent/file.txt"])
    assert failure.reason == "no such file"


def test_readers_json_array_source(tmp_path, monkeypatch):
    """The json-array input source: one module (ingest/sources/json_array.py) and this test."""
    import io

    articles = [
        {"id": "a1", "text": ENGLISH, "title": "Arrests", "published": "2022-01-03"},
        {"id": "a2"},
        "not an object",
        {"id": "a3", "text": ENGLISH + " It was the second rally this week."},
    ]
    array = tmp_path / "export.json"
    array.write_text(json.dumps(articles, indent=2), encoding="utf-8")
    lines = tmp_path / "lines.json"  # .json holding JSON Lines still reads as JSON Lines
    lines.write_text(json.dumps(articles[0]) + "\n", encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text('[{"id": 1, "text": "x"', encoding="utf-8")
    items = list(read_inputs([str(array), str(lines), str(broken)]))
    assert [type(i).__name__ for i in items] == [
        "Article",
        "Failure",
        "Failure",
        "Article",
        "Article",
        "Failure",
    ]
    assert (items[0].source_id, items[0].title, items[0].published) == (
        "a1",
        "Arrests",
        "2022-01-03",
    )
    assert items[1].origin.endswith("export.json[1]") and "no 'text'" in items[1].reason
    assert items[2].origin.endswith("export.json[2]") and "not a JSON object" in items[2].reason
    assert items[4].source_id == "a1" and items[4].origin.endswith("lines.json:1")
    assert items[5].origin.endswith("broken.json") and "bad JSON" in items[5].reason
    stdin = io.TextIOWrapper(io.BytesIO(json.dumps(articles[:1]).encode()), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", stdin)
    [from_stdin] = read_inputs(["-"])
    assert from_stdin.source_id == "a1"  # standard input is sniffed: an array


def test_readers_sources_registry_chooses_by_suffix_and_sniff():
    from crisislens.ingest import sources

    assert sources.for_name("x.warc.gz").name == "warc"
    assert sources.for_name("x.JSONL").name == "jsonl"
    assert sources.for_name("x.json", head='  [{"text": "a"}]').name == "json-array"
    assert sources.for_name("x.json", head='{"text": "a"}').name == "jsonl"
    assert sources.for_name("README.md") is None
    assert sources.sniffed("<!DOCTYPE html><p>x</p>").name == "html"
    assert sources.sniffed("Plain words.").name == "text"
    assert {s.name for s in sources.sources()} >= {"text", "html", "jsonl", "json-array"}


def test_readers_a_short_english_headline_full_of_names_is_english():
    """The language-id model may rank another language first by a hair on a short English
    text of names and numbers; it is skipped only when English is all but ruled out."""
    from crisislens.ingest.language import detect_non_english

    assert detect_non_english("International Monetary Fund lends Egypt $3 billion") is None
    assert detect_non_english("The World Bank lent Ghana two billion dollars.") is None
    assert detect_non_english("Wetin dey happen for Lagos now now, make una hear am") == "pcm"
    assert detect_non_english("Polisi wamewakamata watu kumi mjini Nairobi jana") == "sw"


def test_readers_publication_stamp_is_the_newsroom_day():
    """A UTC stamp a little after midnight is the evening before in the newsroom's zone; a
    stamp with its own offset, or no zone given, keeps the date as written."""
    assert check_date("2024-11-05 02:40:00Z", "America/Chicago") == "2024-11-04"
    assert check_date("2024-11-05T14:40:00+00:00", "America/Chicago") == "2024-11-05"
    assert check_date("2024-11-05T02:40:00Z") == "2024-11-05"
    assert check_date("2024-11-05T23:30:00-05:00", "Asia/Tokyo") == "2024-11-06"
    assert check_date("2024-11-05, updated", "Asia/Tokyo") == "2024-11-05"
    with pytest.raises(InputError, match="unknown time zone 'Nowhere/Town'"):
        check_date("2024-11-05T02:40:00Z", "Nowhere/Town")


LATE_EVENING_UTC = "2025-03-14T03:10:00Z"  # still 13 March in New York, already 14 in Almaty


@pytest.mark.parametrize(
    ("timezone", "day"),
    [(None, "2025-03-14"), ("America/New_York", "2025-03-13"), ("Asia/Almaty", "2025-03-14")],
)
def test_readers_timezone_reads_stamped_inputs_as_the_newsrooms_day(tmp_path, timezone, day):
    """--timezone: a JSON line, a CSV row and an RSS item stamped in UTC are dated in the zone."""
    lines = tmp_path / "wire.jsonl"
    lines.write_text(json.dumps({"text": ENGLISH, "published": LATE_EVENING_UTC}) + "\n")
    table = tmp_path / "wire.csv"
    table.write_text(f'text,published\n"{ENGLISH}",2025-03-14 03:10:00+00:00\n')
    feed = tmp_path / "wire.rss"
    feed.write_text(
        "<rss><channel><item><title>Arrests</title>"
        f"<description>{ENGLISH}</description>"
        "<pubDate>Fri, 14 Mar 2025 03:10:00 GMT</pubDate></item></channel></rss>"
    )
    items = list(read_inputs([str(lines), str(table), str(feed)], timezone=timezone))
    assert [item.published for item in items] == [day, day, day]


def test_readers_timezone_leaves_plain_dates_and_the_published_flag_alone(tmp_path):
    path = tmp_path / "wire.jsonl"
    path.write_text(
        json.dumps({"text": ENGLISH, "published": "2025-03-14"})
        + "\n"
        + json.dumps({"text": ENGLISH + " Two more were held."})
        + "\n"
    )
    items = read_inputs([str(path)], published="2025-03-20", timezone="Pacific/Auckland")
    assert [item.published for item in items] == ["2025-03-14", "2025-03-20"]


def test_readers_unknown_timezone_is_one_clear_error(tmp_path):
    with pytest.raises(InputError, match="--timezone: unknown time zone 'Moon/Base'"):
        list(read_inputs([str(tmp_path)], timezone="Moon/Base"))
