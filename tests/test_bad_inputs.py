"""The bad-input battery: hostile, broken and odd inputs, each with a documented outcome.

Every case goes through the real readers and pipeline. For each: the run does not crash, every
input is accounted for (coded, skipped or failed, with a reason), and the reason says what is
wrong. Cases are listed in docs/RELIABILITY.md.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import time

import pytest

from crisislens.engines.local import RunSummary, run_local
from crisislens.ingest import read_inputs
from crisislens.schemas import Article, ArticleRecord, Failure
from crisislens.settings import Settings

ENGLISH = (
    "Police arrested twelve protesters in Almaty on Monday after a rally against fuel "
    "prices, the interior ministry said in a statement."
)
FEED_ITEM = (
    "<item><title>Protest in Almaty</title><link>https://x.example/1</link>"
    f"<description>{ENGLISH}</description><pubDate>Mon, 03 Jan 2022 10:00:00 GMT"
    "</pubDate></item>"
)


def _write(tmp, name, data):
    path = tmp / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def _warc(tmp, name, truncate=None):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for n in range(3):
        html = (
            f"<html><head><title>Report {n}</title></head><body><article><p>{ENGLISH}</p>"
            f"<p>{ENGLISH.replace('twelve', str(n + 3))}</p></article></body></html>"
        )
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            f"https://news.example/{n}",
            "response",
            payload=io.BytesIO(html.encode()),
            http_headers=headers,
        )
        writer.write_record(record)
    data = buffer.getvalue()
    return _write(tmp, name, data[:truncate] if truncate else data)


# name -> (builder(tmp_path) -> path, expected articles, expected failures, words in the reason)
CASES = {
    "empty file": (lambda t: _write(t, "e.txt", ""), 0, 1, "empty"),
    "whitespace only": (lambda t: _write(t, "w.txt", " \n\t \r\n "), 0, 1, "empty"),
    "50 MB text": (lambda t: _write(t, "big.txt", ENGLISH * 350_000), 0, 1, "too large"),
    "binary data": (lambda t: _write(t, "b.txt", os.urandom(4096)), 0, 1, ""),
    "NUL bytes": (lambda t: _write(t, "nul.txt", b"abc\x00def" * 100), 0, 1, "binary"),
    "invalid UTF-8 (latin-1)": (
        lambda t: _write(t, "l.txt", ENGLISH.encode() + b" caf\xe9"),
        0,
        1,
        "UTF-8",
    ),
    "mixed encodings": (
        lambda t: _write(
            t, "m.txt", ENGLISH.encode() + "é".encode() + b"\xff\xfe" + ENGLISH.encode()
        ),
        0,
        1,
        "UTF-8",
    ),
    "UTF-16 with BOM": (lambda t: _write(t, "u16.txt", ENGLISH.encode("utf-16")), 0, 1, ""),
    "UTF-8 with BOM": (lambda t: _write(t, "bom.txt", "\ufeff" + ENGLISH), 1, 0, ""),
    "CRLF line endings": (
        lambda t: _write(t, "crlf.txt", "Headline\r\n" + ENGLISH + "\r\n"),
        1,
        0,
        "",
    ),
    "deeply nested HTML": (
        lambda t: _write(
            t,
            "deep.html",
            "<html><body>"
            + "<div>" * 5000
            + f"<p>{ENGLISH}</p>"
            + "</div>" * 5000
            + "</body></html>",
        ),
        None,
        None,
        "",
    ),
    "HTML of only scripts": (
        lambda t: _write(
            t,
            "s.html",
            "<html><head><script>var a=1;"
            "</script></head><body><script>alert(1)</script>"
            "</body></html>",
        ),
        0,
        1,
        "no main text",
    ),
    "broken HTML": (
        lambda t: _write(
            t, "broken.html", f"<html><body><p>{ENGLISH}<div><p>{ENGLISH}<span></body>"
        ),
        1,
        0,
        "",
    ),
    "feed with entity-expansion bomb": (
        lambda t: _write(
            t,
            "bomb.xml",
            (
                '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                + "".join(
                    f'<!ENTITY lol{i} "{"&lol" + str(i - 1) + ";" if i > 1 else "&lol;"}'
                    f'{("&lol" + str(i - 1) + ";") * 9 if i > 1 else "&lol;" * 9}">'
                    for i in range(1, 10)
                )
                + "]><rss><channel><item><title>&lol9;</title></item></channel></rss>"
            ),
        ),
        0,
        1,
        "unsafe feed refused",
    ),
    "feed with external entity": (
        lambda t: _write(
            t,
            "xxe.rss",
            (
                '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                "<rss><channel><item><title>&x;</title><description>x</description></item>"
                "</channel></rss>"
            ),
        ),
        0,
        1,
        "unsafe feed refused",
    ),
    "feed that is not XML": (
        lambda t: _write(t, "bad.rss", "<rss><channel><item>"),
        0,
        1,
        "well-formed",
    ),
    "feed with no items": (
        lambda t: _write(t, "none.rss", "<rss><channel></channel></rss>"),
        0,
        1,
        "no items",
    ),
    "good RSS feed": (
        lambda t: _write(t, "ok.rss", f"<rss><channel>{FEED_ITEM}{FEED_ITEM}</channel></rss>"),
        2,
        0,
        "",
    ),
    "good WARC": (lambda t: _warc(t, "ok.warc.gz"), 3, 0, ""),
    "truncated WARC.gz": (
        lambda t: _warc(t, "cut.warc.gz", truncate=900),
        None,
        1,
        "truncated or corrupt",
    ),
    "truncated plain gzip": (
        lambda t: _write(t, "cut.warc.gz", gzip.compress(os.urandom(20_000))[:5_000]),
        0,
        1,
        "truncated or corrupt",
    ),
    "JSONL with bad lines": (
        lambda t: _write(
            t,
            "bad.jsonl",
            "\n".join(
                [
                    json.dumps({"id": 1, "text": ENGLISH}),
                    "{not json",
                    "[1, 2]",
                    json.dumps({"id": 2}),
                    json.dumps({"id": 3, "text": 42}),
                    json.dumps({"id": 4, "text": ENGLISH, "published": "last Tuesday"}),
                    json.dumps({"id": 5, "text": ENGLISH + " Again."}),
                ]
            ),
        ),
        2,
        5,
        "",
    ),
    "100,000-character sentence": (
        lambda t: _write(
            t, "long.txt", " ".join(["protesters marched and police arrested people"] * 2300)
        ),
        1,
        0,
        "",
    ),
    "one 1 MB word": (lambda t: _write(t, "word.txt", "a" * 1_000_000), 1, 0, ""),
    "right-to-left and zero-width": (
        lambda t: _write(
            t,
            "rtl.txt",
            "\u202e"
            + ENGLISH.replace(" ", " \u200b")
            + " \u0645\u0638\u0627\u0647\u0631\u0629 \u200d\ufeff",
        ),
        1,
        0,
        "",
    ),
    "control characters": (lambda t: _write(t, "ctl.txt", ENGLISH + "\x07\x1b[31m red"), 1, 0, ""),
    "non-English (French)": (
        lambda t: _write(
            t,
            "fr.txt",
            (
                "Le gouvernement a annoncé mardi de nouvelles mesures contre la crise, et les "
                "manifestants sont descendus dans la rue pour protester contre la hausse des prix."
            ),
        ),
        0,
        1,
        "not English",
    ),
    "non-English (Russian)": (
        lambda t: _write(
            t,
            "ru.txt",
            (
                "Правительство во вторник объявило о новых мерах против кризиса, и протестующие вышли "
                "на улицы, чтобы выразить несогласие с ростом цен на топливо в стране."
            ),
        ),
        0,
        1,
        "not English",
    ),
    "emoji only": (lambda t: _write(t, "emoji.txt", "🔥🔥🔥 💥 🚨🚨"), 1, 0, ""),
    "CSV without a text column": (
        lambda t: _write(t, "t.csv", "a,b\n1,2\n"),
        0,
        1,
        "no text column",
    ),
    "CSV with good rows": (
        lambda t: _write(t, "ok.csv", f'id,text\n1,"{ENGLISH}"\n2,""\n'),
        1,
        1,
        "",
    ),
    "corrupt Parquet": (
        lambda t: _write(t, "bad.parquet", b"PAR1 not really"),
        0,
        1,
        "cannot read table",
    ),
    "missing file": (lambda t: t / "does-not-exist.txt", 0, 1, "no such file"),
    "empty folder": (lambda t: (t / "empty-dir").mkdir() or t / "empty-dir", 0, 0, ""),
}


@pytest.fixture(scope="module")
def settings():
    return Settings.from_env()


@pytest.mark.parametrize("name", list(CASES))
def test_bad_inputs_are_accounted_for(name, tmp_path, pipeline, settings):
    build, want_articles, want_failures, reason = CASES[name]
    path = build(tmp_path)
    started = time.monotonic()
    items = list(read_inputs([str(path)]))
    summary = RunSummary()
    for item in run_local(items, settings, pipeline=pipeline):
        summary.add(item)
        if isinstance(item, ArticleRecord):
            ArticleRecord.model_validate(item.model_dump())
    articles = [i for i in items if isinstance(i, Article)]
    failures = [i for i in items if isinstance(i, Failure)]
    assert summary.articles + len(summary.failures) == len(items)  # nothing lost
    if want_articles is not None:
        assert len(articles) == want_articles, failures
    if want_failures is not None:
        assert len(failures) == want_failures, [f.reason for f in failures]
    if reason:
        assert any(reason in f.reason for f in failures), [f.reason for f in failures]
    assert all(f.reason for f in failures)
    assert time.monotonic() - started < 120, "a bad input must not stall the batch"


def test_bad_inputs_batch_goes_on(tmp_path, pipeline, settings):
    paths = [
        str(CASES[name][0](tmp_path))
        for name in (
            "empty file",
            "binary data",
            "good RSS feed",
            "JSONL with bad lines",
            "feed with external entity",
            "CRLF line endings",
        )
    ]
    summary = RunSummary()
    for item in run_local(read_inputs(paths), settings, pipeline=pipeline):
        summary.add(item)
    assert summary.articles == 2 + 2 + 1
    assert len(summary.failures) == 1 + 1 + 5 + 1
