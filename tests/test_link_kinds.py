"""Two kinds of happening are never one story (link/features.py kinds_apart): the rules that
no share of agreeing reports overrules in the clustering."""

from __future__ import annotations

import numpy as np
import pytest

from crisislens.link.block import block_features
from crisislens.link.cluster import average_link
from crisislens.link.features import actors_differ, compatible, kinds_apart
from crisislens.link.kinds import modes_apart
from crisislens.link.mention import LinkMention, TimeValue
from crisislens.link.model import PairModel
from crisislens.link.stories import StoryLinker

DAY = TimeValue.parse("2026-02-17")
PORT = (10.52, -61.41, "city", "TTO")  # one port city, dated alike: only the kind tells them apart


def _m(key, event_type, mode=None, actor=None, named=False, recipient=None) -> LinkMention:
    return LinkMention(
        key,
        f"article-{key}",
        0,
        4,
        event_type=event_type,
        mode=mode,
        time=DAY,
        place=PORT,
        arguments=frozenset(n.lower() for n in (actor, recipient) if n),
        extra={"actor_name": actor, "actor_named": named, "recipient_name": recipient},
    )


def test_link_kinds_the_men_held_pair_with_the_arms_seized_not_a_decree():
    held = _m("a", "COERCE", "arrest", "police")
    decree = _m("b", "COERCE", "restrict", "Mara Lindqvist", named=True)
    seized = _m("c", "COERCE", "seize", "police")
    assert modes_apart(held, decree) and not compatible(held, decree)
    assert not modes_apart(held, seized) and compatible(held, seized)
    assert compatible(held, _m("d", "COERCE", "arrest"))  # two reports of the arrests


@pytest.mark.parametrize(
    ("event_type", "mode", "partner", "other"),
    [
        ("COERCE", "arrest", "seize", "restrict"),  # the men held, the arms seized; a closure
        # the ministry investigating the blast; opening an inquiry into it; condemning it
        ("ACCUSE", "investigate", "investigate", "disapprove"),
    ],
)
def test_link_kinds_a_mode_pairs_only_with_its_partners(event_type, mode, partner, other):
    """One speaker's two acts of one type, day and city are two happenings when the first one's
    mode pairs only with a few (``mode_partners`` in data/link.yaml) and the other's is not one
    of them; two reports of a partner still meet. block.py keeps the same rule."""
    first = _m("a", event_type, mode, "ministry", recipient="blast")
    again = _m("b", event_type, partner, "ministry", recipient="blast")
    apart = _m("c", event_type, other, "ministry", recipient="blast")
    assert modes_apart(first, apart) and not compatible(first, apart)
    assert not modes_apart(first, again) and compatible(first, again)
    docs = {m.doc: n for n, m in enumerate((first, again, apart))}
    pairs, _ = block_features([first, again, apart], np.eye(3), np.eye(3), docs)
    assert (0, 1) in pairs and (0, 2) not in pairs


def test_link_kinds_a_named_leaders_act_is_not_the_gunmens_attack():
    storm = _m("a", "ASSAULT", actor="gunmen", recipient="radio station")
    decree = _m("b", "COERCE", "restrict", "Mara Lindqvist", named=True)
    assert actors_differ(storm, decree) and kinds_apart(storm, decree)
    assert not compatible(storm, decree)
    # a clash has two sides: the police's tear gas on the protesters who stormed the council
    stormed = _m("c", "ASSAULT", actor="protesters", recipient="council")
    gas = _m("d", "COERCE", "restrict", "police", recipient="protesters")
    assert not actors_differ(stormed, gas) and compatible(stormed, gas)
    # a common noun a headline capitalises is no name
    headline = _m("e", "ASSAULT", actor="Demonstrators", named=True)
    assert not actors_differ(headline, _m("f", "COERCE", "restrict", "Police", named=True))
    # an actor no report names leaves the place to tell
    assert compatible(storm, _m("g", "COERCE", "restrict"))


def test_link_kinds_no_cluster_holds_two_kinds_whatever_the_share():
    p = np.full((4, 4), 0.95)
    np.fill_diagonal(p, 0)
    cannot = np.zeros((4, 4), dtype=bool)
    cannot[3, 0] = cannot[0, 3] = True  # one pair in three between {0, 1, 2} and {3}
    p[cannot] = 0.0
    assert len(set(average_link(p, cannot, 0.5))) == 1  # a misread date: outvoted
    assert average_link(p, cannot, 0.5, apart=cannot)[3] == 3  # two kinds: never


def test_link_kinds_reports_with_no_actor_do_not_glue_an_attack_to_a_decree():
    """Two reports of a storming, two closures told with no actor (each pairs with both sides),
    and a named leader's decree, all in one city that day: the decree keeps a story of its own."""
    layers = [(np.zeros((1, 1), dtype=np.float32), np.array([5.0], dtype=np.float32))]
    always = PairModel(("same_lemma",), np.zeros(1), np.ones(1), layers, 0.5, 0.9)
    storms = [_m(k, "ASSAULT", actor="gunmen") for k in ("s1", "s2")]
    closures = [_m(k, "COERCE", "restrict") for k in ("c1", "c2")]
    decree = _m("d", "COERCE", "restrict", "Mara Lindqvist", named=True)
    out = StoryLinker(always).assign([*storms, *closures, decree], [], lambda ids: {})
    assert out["s1"] == out["s2"]
    assert out["d"] not in (out["s1"], None)


def test_link_kinds_a_deployments_purpose_joins_the_deployment():
    """ "The army was deployed to assist the police": the assistance, told only as what the
    deployment was for, is the deployment and joins its story (link/stories.py _purposes); an
    infinitive after another kind of act ("a reporter returned to cover the talks") keeps its own."""
    from crisislens.link.stories import _purposes

    def at(key, event_type, start, end, **extra):
        return LinkMention(
            key,
            "article-x",
            start,
            end,
            event_type=event_type,
            extra={"sentence_start": 0, **extra},
        )

    deployed = at("a", "MOBILIZE", 20, 28)
    assist = at("b", "AID", 32, 38, purpose=True)
    assert [(p.key, m.key) for p, m in _purposes([deployed, assist])] == [("b", "a")]
    returned = at("c", "RETREAT", 20, 28)
    assert _purposes([returned, assist]) == []
    far = at("d", "AID", 120, 126, purpose=True)  # another clause, far on
    assert _purposes([deployed, far]) == []
    layers = [(np.zeros((1, 1), dtype=np.float32), np.array([-5.0], dtype=np.float32))]
    never = PairModel(("same_lemma",), np.zeros(1), np.ones(1), layers, 0.5, 0.9)
    out = StoryLinker(never).assign([deployed, assist], [], lambda ids: {})
    assert out["b"] == out["a"] is not None
