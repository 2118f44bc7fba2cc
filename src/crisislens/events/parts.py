"""Mentions that tell part of another mention's happening, by how their words hang together.

A report tells one happening in several verbs of one sentence: "rebels stormed the village,
burning the huts and killing seven" is one attack (ACLED codes one event, typed by its most violent
act), "police arrested 25 people during a march" one arrest at a protest, "a drone strike on a
car killed two fighters" one strike. The sentence rules code each verb or noun as a mention of
its own; this module says which of them is a *part* of which *host*, so that the article coder
(events/article.py) makes them one event. The ties, each within one sentence and between two
mentions of one modality:

- ``conj``: verbs coordinated under one subject, an attack and a rescue, release or resistance
  ("rescued 40 hostages and killed 12 gunmen"; ``data/article.yaml``: conj_types), or an
  attack and a destruction of property ("burned the huts and shot at the villagers":
  conj_modes);
- ``participle``: a participle that tells the outcome ("struck a patrol, killing four");
- ``outcome``: a participle of the host's own violent type that goes on telling its act ("air
  strikes on the militants, hitting depots in three villages"), whatever parties each reads;
- ``subject``: an event noun as the subject of a violent verb ("the strike killed two");
- ``relative``: a violent verb in a relative clause on an event noun of its type ("the March 3
  bombing that killed four worshippers");
- ``target``: an event noun that an attack or arrest is aimed at ("opened fire on a police
  patrol"; a protest or attack so aimed at is a happening of its own, "police charged the
  rally");
- ``setting``: an event noun under "during" or "at" ("arrested during a march", "criticized at
  a council meeting"): the occasion of the act;
- ``fall``: a place taken and the other side's withdrawal ("rebels took the town after the army
  pulled out"): the place's fall;
- ``rescue``: an attack told after "after" in the clause of a rescue ("troops freed 80
  passengers and killed 12 gunmen, hours after an attack on a convoy"): the attack the rescue
  ended, one happening with it;
- ``result``: an attack told after "after" in a clause of the dead it left, among other harm
  ("12 people were killed and several others kidnapped after bandits attacked a village"): the
  attack and its toll, one happening.

Participles fold only acts, never speech: a violent type on one side, no verbal type on either
(``data/article.yaml``: one_happening). "Denounced the delay and threatened to break the truce"
stays two statements.

>>> part_hosts(mentions, rules)  # doctest: +SKIP
{2: 0}
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from crisislens.data import read_yaml
from crisislens.events.quantities import casualty_clause


@dataclass(frozen=True)
class PartRules:
    """``data/article.yaml`` (one_happening): which types fold, and the words of the ties."""

    violent_types: tuple[str, ...]  # most violent first: the type the folded event takes
    speech_types: frozenset[str]
    setting_preps: frozenset[str]
    crowd_sectors: frozenset[str]
    conj_types: frozenset[str]
    aiming_types: frozenset[str]
    aimed_preps: frozenset[str]
    instrument_preps: frozenset[str] = frozenset()
    raid_verbs: frozenset[str] = frozenset()
    conj_modes: frozenset[tuple[str, str]] = frozenset()
    fall_taking: frozenset[tuple[str, str]] = frozenset()
    fall_leaving: frozenset[tuple[str, str]] = frozenset()
    rescue_verbs: frozenset[str] = frozenset()
    attack_types: frozenset[str] = frozenset()


@cache
def part_rules() -> PartRules:
    data = read_yaml("article.yaml")["one_happening"]
    return PartRules(
        violent_types=tuple(data["violent_types"]),
        speech_types=frozenset(data["speech_types"]),
        setting_preps=frozenset(data["setting_preps"]),
        crowd_sectors=frozenset(data["crowd_sectors"]),
        conj_types=frozenset(data["conj_types"]),
        aiming_types=frozenset(data["aiming_types"]),
        aimed_preps=frozenset(data["aimed_preps"]),
        instrument_preps=frozenset(data["instrument_preps"]),
        raid_verbs=frozenset(data["raid_verbs"]),
        conj_modes=_kinds(data["conj_modes"]),
        fall_taking=_kinds(data["fall_taking"]),
        fall_leaving=_kinds(data["fall_leaving"]),
        rescue_verbs=frozenset(data["rescue_verbs"]),
        attack_types=frozenset(read_yaml("article.yaml")["attack_types"]),
    )


def _kinds(modes: dict[str, list[str]]) -> frozenset[tuple[str, str]]:
    """``{TYPE: [mode, ...]}`` as (type, mode) pairs."""
    return frozenset((kind, mode) for kind, listed in modes.items() for mode in listed)


@dataclass(frozen=True)
class Mention:
    """What the tie rules read of one mention: its head word, type and modality."""

    head: Token | None
    event_type: str
    modality: str
    actor_sector: str | None = None
    mode: str | None = None


def anchor(token: Token) -> Token:
    """The verb of a mention's clause: the verb itself, or the verb an event noun hangs from
    ("went on strike": went; "launched an attack": launched; "carried out air strikes", whose
    first word is a compound: carried)."""
    node = token
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return node
        if node.dep_ not in ("pobj", "prep", "dobj", "attr", "compound"):
            return node
        node = node.head
    return node


def _own_subject(token: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children)


def conj_tie(part: Token, host: Token) -> bool:
    """ "rescued 40 hostages and killed 12 gunmen": a verb coordinated with the host's, with no
    subject of its own."""
    return (
        part.dep_ == "conj" and part.head == host and part.pos_ == "VERB" and not _own_subject(part)
    )


def participle_tie(part: Token, host: Token, instrument: frozenset[str] = frozenset()) -> bool:
    """ "struck a patrol, killing four soldiers": a present participle hanging from the host's
    clause, with no subject or conjunction of its own (not "after killing", "while fleeing").
    A participle coordinated with such a one tells the same outcome ("raided the farms,
    killing two herders and burning the barns"): see :func:`participle_chain`."""
    if part.tag_ == "VBG" and participle_chain(part) is not part:
        part = participle_chain(part)
    if part.dep_ not in ("advcl", "xcomp") or part.tag_ != "VBG" or part.head != anchor(host):
        return False
    # one with a prepositional phrase of its own ("halting traffic for the day") may tell an
    # act of its own; PLOVER's gold codes some of them apart. An instrument ("killing two
    # with knives") only says how.
    return not _own_subject(part) and not any(
        c.dep_ == "mark" or c.dep_ == "prep" and c.lower_ not in instrument for c in part.children
    )


def outcome_tie(part: Token, host: Token) -> bool:
    """ "jets carried out air strikes on the militants, hitting depots in three villages": a
    participle of the host's own type that goes on telling its act, wherever it hits (a
    prepositional phrase of its own does not make it another act, as it may for another type).
    One with a subject or a conjunction of its own ("after hitting") is not so tied."""
    if part.tag_ == "VBG" and participle_chain(part) is not part:
        part = participle_chain(part)
    if part.dep_ not in ("advcl", "xcomp") or part.tag_ != "VBG" or part.head != anchor(host):
        return False
    return not _own_subject(part) and not any(c.dep_ == "mark" for c in part.children)


def participle_chain(token: Token) -> Token:
    """The first of coordinated participles: "killing two herders and burning the barns" is
    told by "killing" (``burning`` is its ``conj``); a participle not so coordinated is its own
    first."""
    node = token
    while node.dep_ == "conj" and node.head.tag_ == "VBG" and not _own_subject(node):
        node = node.head
    return node


def subject_tie(part: Token, host: Token) -> bool:
    """ "a drone strike on the car killed two fighters": an event noun as the host verb's
    subject."""
    return part.dep_ == "nsubj" and part.head == host and part.pos_ in ("NOUN", "PROPN")


def relative_tie(part: Token, host: Token) -> bool:
    """ "suspects in the March 3 bombing that killed four worshippers": a verb of a relative
    clause on the host's event noun tells the host's act, however far the sentence's own act
    is from it."""
    return part.dep_ == "relcl" and part.head == host and host.pos_ in ("NOUN", "PROPN")


def setting_tie(part: Token, host: Token, preps: frozenset[str]) -> bool:
    """ "arrested 25 people during a march": an event noun under a setting preposition of the
    host's clause."""
    prep = part.head
    return part.dep_ == "pobj" and prep.lower_ in preps and prep.head == anchor(host)


def target_tie(part: Token, host: Token, preps: frozenset[str]) -> bool:
    """ "opened fire on a police patrol": an event noun that the host's act is aimed at takes
    part in it."""
    if part.pos_ not in ("NOUN", "PROPN"):
        return False
    if part.dep_ == "dobj":
        return part.head == host
    prep = part.head
    return part.dep_ == "pobj" and prep.lower_ in preps and prep.head == anchor(host)


def _own_time(token: Token) -> bool:
    """Whether a verb says when of its own ("and killed two on Tuesday", "killing four a day
    later"): a date or time under one of its modifiers."""
    return any(
        w.ent_type_ in ("DATE", "TIME")
        for c in token.children
        if c.dep_ in ("prep", "npadvmod", "advmod")
        for w in c.subtree
    )


def raid_tie(part: Mention, host: Mention, rules: PartRules) -> bool:
    """ "police searched the farm and shot dead two suspects", "troops swept the village,
    killing four gunmen in a firefight": a raid (a forcing verb of ``raid_verbs``) and a killing
    coordinated under its subject, or told as its outcome, are one attack. Two times, one each
    ("raided the camp on Monday and killed two on Tuesday"), or a subject of the killing's own
    ("raided the camp and villagers killed two") tell two happenings."""
    if part.head is None or host.head is None:
        return False
    raid, kill = (host, part) if host.event_type == "COERCE" else (part, host)
    if raid.event_type != "COERCE" or kill.event_type != "ASSAULT":
        return False
    verb = raid.head
    if verb is None or verb.lemma_.lower() not in rules.raid_verbs or verb.pos_ != "VERB":
        return False
    if _own_time(part.head) and _own_time(host.head):
        return False
    if part.head.tag_ == "VBG" and part is kill:
        return outcome_tie(part.head, host.head)
    return conj_tie(part.head, host.head)


def fall_tie(part: Mention, host: Mention, rules: PartRules) -> bool:
    """ "Rebels took the town after government troops pulled out": a place taken and the
    other side's withdrawal, with a subject of its own, in one sentence are the place's fall,
    told by the taking."""
    if part.head is None or (part.event_type, part.mode) not in rules.fall_leaving:
        return False
    if (host.event_type, host.mode) not in rules.fall_taking:
        return False
    other_side = part.actor_sector is None or part.actor_sector != host.actor_sector
    return _own_subject(part.head) and other_side


def rescue_tie(part: Mention, host: Mention, rules: PartRules) -> bool:
    """ "troops freed 80 passengers and killed 12 gunmen, hours after an attack on a convoy": an
    attack (``aiming_types``) told after "after" in a clause whose verbs free people
    (``rescue_verbs``) is the attack the rescue ended, and the host, a mention of that clause,
    tells the rest of it. "Police arrested two men hours after an attack on a convoy" frees no
    one and stays two."""
    if part.head is None or host.head is None or part.event_type not in rules.aiming_types:
        return False
    after = _after_verb(part.head)
    if after is None:
        return False
    clause = _coordinated(anchor(host.head))
    return after in clause and any(v.lemma_.lower() in rules.rescue_verbs for v in clause)


def result_tie(part: Mention, host: Mention, rules: PartRules) -> bool:
    """ "12 people were killed and several others kidnapped after bandits attacked a village":
    an attack (``attack_types``) told after "after" in a clause whose coordinated verbs tell
    the dead or hurt it left, with no doer of their own (``quantities.casualty_clause``), is the
    happening that toll counts; the host, a mention of that clause, tells the rest of it. One
    set a stretch before ("killed on Monday, a day after rebels attacked the town") or after an
    act with a doer ("police arrested two men after gunmen attacked a bank") stays two."""
    if part.head is None or host.head is None or part.event_type not in rules.attack_types:
        return False
    after = _after_verb(part.head)
    if after is None or _at_a_distance(part.head):
        return False
    clause = _coordinated(_counted_verb(after)) | {after}
    return anchor(host.head) in clause and any(casualty_clause(v) for v in clause)


def _counted_verb(verb: Token) -> Token:
    """The verb of the toll a verb is coordinated in: "kidnapped" in "12 were killed and
    several others kidnapped" (a conjunct of "killed", or a participle on its conjoined subject
    "others", as the parse may read it) is told by "killed"."""
    node = verb
    for _ in range(4):
        if node.dep_ == "conj" or node.dep_ == "acl" and node.head.dep_ == "conj":
            node = node.head
        else:
            break
    return node


def _at_a_distance(token: Token) -> bool:
    """Whether the "after" ``token`` is told after is measured ("a day after rebels attacked",
    "hours after an attack")."""
    if token.dep_ == "pobj":
        return token.head.head.dep_ == "npadvmod"
    mark = next((c for c in token.children if c.dep_ == "mark"), token)
    return any(c.dep_ == "npadvmod" and c.i < mark.i for c in token.children)


def _after_verb(token: Token) -> Token | None:
    """The verb that ``token`` is told after: "[killed] ..., a day after an attack", "[freed]
    ... two days after gunmen seized a hotel"; None where it is not so told."""
    if token.dep_ == "pobj" and token.head.lower_ == "after":
        node = token.head.head
        return node.head if node.dep_ == "npadvmod" else node
    if token.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "after" for c in token.children
    ):
        return token.head
    return None


def _coordinated(verb: Token) -> set[Token]:
    """A verb with the verbs coordinated with it ("rescued 80 ... and killed 12")."""
    first = verb
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    found = {first}
    stack = [first]
    while stack:
        node = stack.pop()
        for child in node.children:
            if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and child not in found:
                found.add(child)
                stack.append(child)
    return found


def _acts(part: Mention, host: Mention, rules: PartRules) -> bool:
    types = (part.event_type, host.event_type)
    violent = any(t in rules.violent_types for t in types)
    return violent and not any(t in rules.speech_types for t in types)


def tied(part: Mention, host: Mention, rules: PartRules) -> bool:
    """Whether ``part`` tells part of ``host``'s happening (see the module docstring)."""
    if part.head is None or host.head is None or part.head == host.head:
        return False
    if part.modality != host.modality or part.head.sent != host.head.sent:
        return False
    if rescue_tie(part, host, rules) or result_tie(part, host, rules):
        return True
    if part.event_type == host.event_type:
        # one type: the article coder's own grouping joins them, unless the parties it reads
        # differ ("air strikes on the militants, hitting depots in villages they hold")
        ties = outcome_tie(part.head, host.head) or relative_tie(part.head, host.head)
        return part.event_type in rules.violent_types and ties
    if setting_tie(part.head, host.head, rules.setting_preps):
        return True
    if subject_tie(part.head, host.head):
        return host.event_type in rules.violent_types
    if target_tie(part.head, host.head, rules.aimed_preps):
        return host.event_type in rules.aiming_types and part.event_type not in rules.violent_types
    if raid_tie(part, host, rules) or fall_tie(part, host, rules):
        return True
    if conj_tie(part.head, host.head):
        types = {part.event_type, host.event_type}
        kinds = {(m.event_type, m.mode) for m in (part, host)}
        return "ASSAULT" in types and bool(types & rules.conj_types or kinds & rules.conj_modes)
    return participle_tie(part.head, host.head, rules.instrument_preps) and _acts(part, host, rules)


def _same_sentence_pairs(mentions: list[Mention]) -> Iterator[tuple[int, int]]:
    """Ordered pairs of distinct mentions whose heads share a sentence: the only ones ``tied``
    can join. Pairing within sentences keeps a long article's cost linear in its sentences."""
    sentences: dict[int, list[int]] = {}
    for i, mention in enumerate(mentions):
        if mention.head is not None:
            sentences.setdefault(mention.head.sent.start, []).append(i)
    for members in sentences.values():
        yield from ((p, h) for p in members for h in members if p != h)


def part_hosts(mentions: list[Mention], rules: PartRules | None = None) -> dict[int, int]:
    """Index of each mention that is part of another -> index of its host. Acts tied by a verb
    form one group, told by its most violent act (the first, among equals): "resisting and
    fighting" by "fighting", which may then join the rest of the siege's mentions. An occasion
    ("during a march") is a part of the act, however violent it is, unless the crowd acts
    ("protesters clashed with police during a march" is the march turning violent)."""
    rules = rules or part_rules()
    group = list(range(len(mentions)))

    def root(i: int) -> int:
        while group[i] != i:
            i = group[i]
        return i

    occasions: dict[int, int] = {}
    for p, h in _same_sentence_pairs(mentions):
        part, host = mentions[p], mentions[h]
        if tied(part, host, rules):
            if not setting_tie(part.head, host.head, rules.setting_preps):  # type: ignore[arg-type]
                group[root(p)] = root(h)
            elif host.actor_sector in rules.crowd_sectors and type_rank(part.event_type, rules):
                occasions[h] = p
            else:
                occasions[p] = h
    groups: dict[int, list[int]] = {}
    for i in range(len(mentions)):
        groups.setdefault(root(i), []).append(i)
    hosts: dict[int, int] = {}
    for members in groups.values():
        teller = max(members, key=lambda i: (type_rank(mentions[i].event_type, rules), -i))
        hosts.update({i: teller for i in members if i != teller})
    for p, h in occasions.items():
        hosts.setdefault(p, hosts.get(h, h))
    return _resolved(hosts)


def _resolved(hosts: dict[int, int]) -> dict[int, int]:
    """Each part to the host at the end of its chain (a host that is itself a part passes its
    parts on); a cycle keeps no part."""
    final = {}
    for p in hosts:
        seen, h = {p}, hosts[p]
        while h in hosts and h not in seen:
            seen.add(h)
            h = hosts[h]
        if h not in seen:
            final[p] = h
    return final


def type_rank(event_type: str, rules: PartRules | None = None) -> int:
    """How violent a type is among the folded ones: higher is more (others rank 0)."""
    order = (rules or part_rules()).violent_types
    return len(order) - order.index(event_type) if event_type in order else 0
