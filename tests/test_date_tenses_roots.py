"""A parse whose root is a preposition: climbing from a tenseless verb to the verb its
preposition hangs on must stop at the root (spaCy makes a new Token object per access, so a
root's head is never the same object as the root)."""

from spacy.tokens import Doc
from spacy.vocab import Vocab

from crisislens.events.date_tenses import told_as_earlier


def test_a_tenseless_verb_under_a_preposition_root_ends_the_climb():
    doc = Doc(
        Vocab(),
        words=["In", "fearing"],
        heads=[0, 0],
        deps=["ROOT", "pcomp"],
        pos=["ADP", "VERB"],
        tags=["IN", "VBG"],
    )
    assert told_as_earlier([doc[1]]) is False
