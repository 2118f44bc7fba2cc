import json

from crisislens.ingest import article_id, read_inputs
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
