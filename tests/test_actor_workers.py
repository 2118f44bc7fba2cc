"""The rule of crisislens/actors/workers.py (the sector of people named by their work), on
sentences of our own run through the real parser."""

from __future__ import annotations

import pytest

from crisislens.actors import workers
from crisislens.actors.context import ArticleContext
from crisislens.actors.mention import Mention, entity_of, phrase

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def coder(pipeline):
    return pipeline.events.actors


def _sector(coder, nlp, text: str, word: str) -> str | None:
    doc = nlp(text)
    head = next(t for t in doc if t.text == word)
    context = ArticleContext(day="2022-01-07")
    mention = Mention(phrase(head), head, context, entity_of(head), sector="LAB")
    workers.workers_of_a_field(coder, mention)
    return mention.sector


def test_rule_workers_of_a_field_take_the_fields_sector(coder, nlp):
    assert _sector(coder, nlp, "Hospital workers staged a walkout.", "workers") == "HLH"
    assert _sector(coder, nlp, "Angry bank employees went on strike.", "employees") == "BUS"
    assert _sector(coder, nlp, "A security worker was wounded at the gate.", "worker") == "MIL"
    assert _sector(coder, nlp, "Two security men were hurt.", "men") == "MIL"


def test_rule_workers_of_a_field_keep_labour_and_the_state(coder, nlp):
    assert _sector(coder, nlp, "Dock workers blocked the port.", "workers") == "LAB"
    assert _sector(coder, nlp, "Government employees marched on Friday.", "employees") == "LAB"


def test_coder_a_security_worker_is_no_labourer(coder, nlp):
    doc = nlp("A security worker was wounded at the gate.")
    actor = coder.code(doc[2], ArticleContext(day="2022-01-07"))
    assert actor.sector == "MIL"
