"""The ECB+ reader on a small CROMER file of our own, and on the real corpus where present."""

from __future__ import annotations

import json
from collections import defaultdict

import pytest

from crisislens.evaluation.ecbplus import read_document, read_topics, topics

# two sentences of our own: "Rebels seized the depot on Monday ." / "They held it ."
TOKENS = [
    ("Rebels", 0),
    ("seized", 0),
    ("the", 0),
    ("depot", 0),
    ("on", 0),
    ("Monday", 0),
    (".", 0),
    ("They", 1),
    ("held", 1),
    ("it", 1),
    (".", 1),
]
CROMER = """<Document doc_name="{name}.xml" doc_id="DOC1">
{tokens}
<Markables>
<HUMAN_PART_GPE m_id="1"><token_anchor t_id="1"/></HUMAN_PART_GPE>
<ACTION_OCCURRENCE m_id="2"><token_anchor t_id="2"/></ACTION_OCCURRENCE>
<LOC_FAC m_id="3"><token_anchor t_id="3"/><token_anchor t_id="4"/></LOC_FAC>
<TIME_DATE m_id="4"><token_anchor t_id="6"/></TIME_DATE>
<ACTION_STATE m_id="5"><token_anchor t_id="10"/></ACTION_STATE>
<NEG_ACTION_OCCURRENCE m_id="6"><token_anchor t_id="9"/></NEG_ACTION_OCCURRENCE>
<ACTION_OCCURRENCE m_id="9" RELATED_TO="" TAG_DESCRIPTOR="t9_seize" instance_id="ACT99"/>
</Markables>
<Relations>
<CROSS_DOC_COREF r_id="1" note="ACT99"><source m_id="2"/><target m_id="9"/></CROSS_DOC_COREF>
<INTRA_DOC_COREF r_id="2"><source m_id="5"/><source m_id="6"/><target m_id="8"/></INTRA_DOC_COREF>
</Relations>
</Document>
"""


def _write(folder, name):
    tokens = "\n".join(
        f'<token t_id="{i + 1}" sentence="{s}" number="{sum(1 for _, x in TOKENS[:i] if x == s)}">'
        f"{t}</token>"
        for i, (t, s) in enumerate(TOKENS)
    )
    topic = name.split("_")[0]
    (folder / topic).mkdir(parents=True, exist_ok=True)
    path = folder / topic / f"{name}.xml"
    path.write_text(CROMER.format(name=name, tokens=tokens), encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path):
    _write(tmp_path, "1_1ecb")
    _write(tmp_path, "1_2ecbplus")
    (tmp_path / "ECBplus_coreference_sentences.csv").write_text(
        "Topic,File,Sentence Number\n1,1ecb,0\n1,1ecb,1\n1,2ecbplus,1\n", encoding="utf-8"
    )
    (tmp_path / "split.json").write_text(
        json.dumps({"train_topics": [1], "dev_topics": [], "test_topics_held_out": [9]}),
        encoding="utf-8",
    )
    return tmp_path


def test_ecbplus_reader_offsets_point_at_tokens(corpus):
    doc = read_document(corpus / "1" / "1_1ecb.xml", frozenset({0, 1}))
    assert doc.text == "Rebels seized the depot on Monday.\nThey held it."
    assert [(m.text, m.kind) for m in doc.events] == [
        ("seized", "ACTION_OCCURRENCE"),
        ("held", "NEG_ACTION_OCCURRENCE"),
        ("it", "ACTION_STATE"),
    ]
    for m in doc.events + doc.entities:
        assert doc.text[m.start : m.end] == m.text
    assert [(m.text, m.role) for m in doc.entities] == [
        ("Rebels", "participant"),
        ("the depot", "place"),
        ("Monday", "time"),
    ]
    assert doc.sentences[1] == (35, 48)


def test_ecbplus_reader_chains(corpus):
    doc = read_document(corpus / "1" / "1_1ecb.xml", frozenset({0, 1}))
    chains = {m.text: m.chain for m in doc.events}
    assert chains["seized"] == "ACT99"  # the instance id: shared across documents
    assert chains["held"] == chains["it"]  # intra-document relation
    assert chains["held"].startswith("INTRA_") and chains["held"].endswith("1_1ecb")
    assert doc.seminal_group == "1"


def test_ecbplus_reader_keeps_only_validated_sentences(corpus):
    docs = read_topics(corpus, "train")
    assert [d.doc_id for d in docs] == ["1_1ecb", "1_2ecbplus"]
    assert [m.text for m in docs[1].events] == ["held", "it"]  # sentence 0 is not validated
    assert docs[1].seminal_group == "1plus"
    assert "Rebels" in docs[1].text  # the text keeps every sentence


def test_ecbplus_reader_refuses_held_out_topics(corpus):
    with pytest.raises(ValueError, match="held-out"):
        read_topics(corpus, "9")
    with pytest.raises(ValueError, match="train, dev"):
        topics(corpus, "test")


@pytest.mark.shared
@pytest.mark.slow
def test_ecbplus_reader_matches_standard_mentions(shared):
    """Mentions and chains are those of the standard split's gold-mention files."""
    root = shared / "data" / "realnews" / "ecbplus"
    docs = read_topics(root, "dev")
    ours = {}
    for doc in docs:
        shift = 1 if doc.doc_id.endswith("plus") else 0  # that file numbers ECB+ sentences from 0
        for m in doc.events:
            ours[(doc.doc_id, m.sentence - shift, m.token_numbers)] = m.chain
    gold = json.loads((root / "ECB_Dev_Event_gold_mentions.json").read_text(encoding="utf-8"))
    theirs = {
        (g["doc_id"], g["sent_id"], tuple(g["tokens_number"])): g["coref_chain"] for g in gold
    }
    assert set(ours) == set(theirs)

    def partition(assignment):
        groups = defaultdict(set)
        for k, v in assignment.items():
            groups[v].add(k)
        return {frozenset(g) for g in groups.values()}

    assert partition(ours) == partition(theirs)
