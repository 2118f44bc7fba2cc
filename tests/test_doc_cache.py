"""nlp/doc_cache.py gives what spaCy itself gives, built once per document."""

from __future__ import annotations

import pytest

from crisislens.nlp import doc_cache
from crisislens.nlp.doc_cache import (
    doc_ents,
    doc_text,
    entity_at,
    known_text,
    per_doc,
    span_ents,
    span_text,
    token_offsets,
)

TEXT = (
    "Riot police in Almaty fired tear gas on Tuesday, the Interior Ministry of Kazakhstan "
    "said.\nPresident Example Tokmarov of Burkina Faso met envoys from the United Nations in "
    "Ouagadougou  on 5 January 2022. Nobody was hurt.\n\nNo names here at all"
)


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


def test_entities_and_text_are_spacys(doc):
    assert doc.ents, "the sample must have entities for this test to mean anything"
    assert doc_ents(doc) == doc.ents
    assert doc_text(doc) == doc.text == TEXT
    for sent in doc.sents:
        assert span_ents(sent) == sent.ents
    for start in range(len(doc)):
        for end in range(start, min(len(doc), start + 8) + 1):
            assert span_ents(doc[start:end]) == doc[start:end].ents


def test_entity_at_each_token(doc):
    for token in doc:
        expected = next((e for e in doc.ents if e.start <= token.i < e.end), None)
        assert entity_at(token) == expected


def test_token_offsets_and_span_text(doc):
    idx, length, title = token_offsets(doc)
    assert idx == [t.idx for t in doc]
    assert length == [len(t.text) for t in doc]
    assert title == [t.is_title for t in doc]
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 7) + 1):
            assert span_text(doc, start, end) == doc[start:end].text


def test_per_doc_computes_once_per_document_and_key(nlp, doc):
    calls = []

    def make():
        calls.append(1)
        return len(calls)

    assert per_doc(doc, ("test", 1), make) == 1
    assert per_doc(doc, ("test", 1), make) == 1
    assert per_doc(doc, ("test", 2), make) == 2
    other = nlp("Another text.")
    assert per_doc(other, ("test", 1), make) == 3


def test_only_the_last_documents_are_kept(nlp):
    first = nlp("Police in Gao said rebels attacked.")
    doc_ents(first)
    assert any(index.doc is first for index in doc_cache._RECENT)
    later = [nlp(f"Rebels attacked Gao on day {n}.") for n in range(doc_cache.KEEP)]
    for other in later:
        doc_ents(other)
    assert len(doc_cache._RECENT) == doc_cache.KEEP
    assert not any(index.doc is first for index in doc_cache._RECENT)
    assert doc_ents(first) == first.ents  # built again, the same


def test_empty_document(nlp):
    empty = nlp("")
    assert doc_ents(empty) == ()
    assert doc_text(empty) == ""
    assert token_offsets(empty) == ([], [], [])


def test_a_known_text_is_served_without_joining_the_tokens(nlp):
    # the pipeline tells the cache the text it parsed; the cache serves it as is (a text other
    # than the parsed one shows that it is the told text, not spaCy's join, that comes back)
    doc = nlp("Troops left Gao on Monday.")
    known_text(doc, "TROOPS LEFT GAO ON MONDAY.")
    assert doc_text(doc) == "TROOPS LEFT GAO ON MONDAY."
    assert span_text(doc, 2, 3) == "GAO"
