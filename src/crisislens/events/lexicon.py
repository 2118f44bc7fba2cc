"""The event lexicon: trigger words -> PLOVER type and mode, in two layers. The base is the
CAMEO verb dictionary (``data/cameo_lexicon.yaml``, built from PETRARCH2's CAMEO.2.0 and the
CAMEO->PLOVER table); the hand lexicon (``data/event_lexicon.yaml``) lies on top, and where it
lists a word its senses replace the base layer's.

>>> lex = Lexicon.load()
>>> lex.verbs["deploy"][0]
Sense(event_type='MOBILIZE', mode='troops')
>>> lex.objects["impose"]["sanction"]
Sense(event_type='SANCTION', mode='restrict')
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from crisislens.data import load_yaml, read_text, read_yaml
from crisislens.events.types import event_types

# the base layer under the hand lexicon: the CAMEO verb dictionary (eval/build_cameo_lexicon.py)
BASE_LAYER = "cameo_lexicon.yaml"


@dataclass(frozen=True, slots=True)
class Sense:
    event_type: str
    mode: str | None = None
    # which lexicon layer gave the sense ("base": the CAMEO dictionary; "hand": ours); two
    # senses of one type and mode are the same sense whichever layer gave them
    layer: str = field(default="hand", compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class ArgumentClass:
    """A class of nouns an argument cue tests (``argument_classes``): by named-entity label or
    by lemma."""

    entities: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()


# the kinds of argument cue (events/rules/arguments.py): an object of a class, a preposition,
# a subject of several parties (nsubj), a "with" phrase of a class, a modifier of a class, a
# verb of a class it is the subject of (does), a class it is aimed "on" (aimed_at), a class of
# harm done "in" it (harmed_in), a class of place it is done at (at_place), a clause of its
# own with no hostile word (peaceful_clause), a doer of a class (done_by), a text of a class
# it is "of" (written_in), an infinitive of its own (to_clause), the verb of a class that
# carries it (carried_by)
ARGUMENT_CUES = (
    "object",
    "prep",
    "nsubj",
    "with",
    "modifier",
    "does",
    "aimed_at",
    "harmed_in",
    "over_cause",
    "for_own",
    "at_place",
    "peaceful_clause",
    "done_by",
    "written_in",
    "to_clause",
    "carried_by",
    "told_before",
)
# the cues whose value names an argument class
CLASS_CUES = frozenset(ARGUMENT_CUES) - {"prep", "nsubj", "to_clause"}


@dataclass
class Lexicon:
    verbs: dict[str, list[Sense]] = field(default_factory=lambda: defaultdict(list))
    phrasal: dict[tuple[str, str], list[Sense]] = field(default_factory=lambda: defaultdict(list))
    nouns: dict[str, list[Sense]] = field(default_factory=lambda: defaultdict(list))
    compound_nouns: dict[tuple[str, str], list[Sense]] = field(
        default_factory=lambda: defaultdict(list)
    )
    objects: dict[str, dict[str, Sense]] = field(default_factory=dict)
    governors: dict[str, frozenset[str]] = field(default_factory=dict)
    vague_nouns: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    spread_verbs: frozenset[str] = frozenset()
    generic_heads: frozenset[str] = frozenset()
    pure_light_verbs: frozenset[str] = frozenset()
    # a trigger word's readings told by its arguments: word -> [(cue, value, sense)], in order
    argument_senses: dict[str, list[tuple[str, str, Sense]]] = field(default_factory=dict)
    argument_classes: dict[str, ArgumentClass] = field(default_factory=dict)
    _hand: Lexicon | None = field(default=None, repr=False)  # the hand layer alone

    @cached_property
    def phrasal_object_verbs(self) -> frozenset[str]:
        """The verbs that have an object table as a phrasal verb ("take" for "take over"), so
        that other verbs skip looking at their particles (read after loading)."""
        return frozenset(verb.split()[0] for verb in self.objects if " " in verb)

    @classmethod
    def load(cls, text: str | None = None, base: str | None = BASE_LAYER) -> Lexicon:
        """The hand lexicon (``text``, by default ``event_lexicon.yaml``) layered over the base
        layer (the bundled file ``base``, the CAMEO verb dictionary; None for none): a word
        the hand lexicon lists keeps only the hand senses."""
        if text is None:
            text = read_text("event_lexicon.yaml")
        hand_data = load_yaml(text)
        lex = cls()
        if base is not None:
            lex.add_cameo(read_yaml(base))
            lex._hand = cls()
            lex._hand.add_hand(hand_data)
        lex.add_hand(hand_data)
        return lex

    @property
    def has_base(self) -> bool:
        return self._hand is not None

    def hand_layer(self) -> Lexicon:
        """This lexicon less the base layer's senses (itself, when it has no base layer)."""
        if self._hand is None:
            return self
        return self._hand

    def add_cameo(self, data: dict) -> None:
        """Entries ``word: [CAMEO code, PLOVER type, mode]`` (see cameo_lexicon.yaml)."""
        for lemma, entry in data.get("verbs", {}).items():
            self.verbs[lemma] = [_sense(entry)]
        for phrase, entry in data.get("phrasal", {}).items():
            verb, particle = phrase.split()
            self.phrasal[(verb, particle)] = [_sense(entry)]
        for verb, table in data.get("objects", {}).items():
            self.objects[verb] = {obj: _sense(entry) for obj, entry in table.items()}

    def add_object_class(self, section: dict) -> None:
        """A class of verbs that all take the same object table ("lifted / eased / revoked the
        curfew"); a verb's own entry in ``objects`` wins over the class's."""
        for verb in section.get("verbs", []):
            own = self.objects.setdefault(verb, {})
            for obj, value in section.get("objects", {}).items():
                if str(obj) not in own or own[str(obj)].layer != "hand":
                    own[str(obj)] = _hand_sense(value)

    def add_hand(self, data: dict) -> None:
        """The hand lexicon's sections (see event_lexicon.yaml); its words replace the base
        layer's senses of the same words."""
        replaced: set[tuple[str, object]] = set()
        for section, single, multi in (
            ("verbs", self.verbs, self.phrasal),
            ("nouns", self.nouns, self.compound_nouns),
        ):
            for event_type, entries in data.get(section, {}).items():
                for entry in entries:
                    words, _, mode = str(entry).partition(":")
                    _check_type(event_type, mode)
                    sense = Sense(event_type, mode or None)
                    parts = words.split()
                    if len(parts) == 1:
                        _add_hand_sense(single, parts[0], sense, (section, parts[0]), replaced)
                    else:
                        key = (parts[0], parts[-1])
                        _add_hand_sense(multi, key, sense, (section, key), replaced)
        for verb, table in data.get("objects", {}).items():
            own = self.objects.setdefault(verb, {})
            for obj, value in table.items():
                own[str(obj)] = _hand_sense(value)
        for section in data.get("object_classes", {}).values():
            self.add_object_class(section)
        self.governors = {k: frozenset(v) for k, v in data.get("governors", {}).items()}
        self.vague_nouns = frozenset(data.get("vague_nouns", []))
        self.light_verbs = frozenset(data.get("light_verbs", []))
        self.spread_verbs = frozenset(data.get("spread_verbs", []))
        self.generic_heads = frozenset(data.get("generic_heads", []))
        self.pure_light_verbs = frozenset(data.get("pure_light_verbs", []))
        self.add_argument_senses(data)

    def add_argument_senses(self, data: dict) -> None:
        """``argument_classes`` and ``argument_senses`` (see event_lexicon.yaml): each cue is
        ``{CUE: VALUE, sense: TYPE[:mode]}``, CUE one of ARGUMENT_CUES."""
        for name, spec in data.get("argument_classes", {}).items():
            self.argument_classes[name] = ArgumentClass(
                frozenset(spec.get("entities", [])), frozenset(spec.get("nouns", []))
            )
        for word, cues in data.get("argument_senses", {}).items():
            self.argument_senses[str(word)] = [self._cue(word, c) for c in cues]

    def _cue(self, word: str, spec: dict) -> tuple[str, str, Sense]:
        cue = next((k for k in spec if k != "sense"), None)
        if cue not in ARGUMENT_CUES or len(spec) != 2:
            raise ValueError(
                f"event lexicon: argument cue of {word!r} is not one of {ARGUMENT_CUES}"
            )
        value = str(spec[cue])
        if cue in CLASS_CUES and value not in self.argument_classes:
            raise ValueError(f"event lexicon: {word!r} tests an unknown argument class {value!r}")
        return cue, value, _hand_sense(spec["sense"])


def _hand_sense(value: object) -> Sense:
    event_type, _, mode = str(value).partition(":")
    _check_type(event_type, mode)
    return Sense(event_type, mode or None)


def _add_hand_sense(table: dict, key: object, sense: Sense, mark: tuple, replaced: set) -> None:
    """Add a hand sense; the first hand sense of a key replaces the base layer's senses."""
    if mark not in replaced:
        table[key] = []
        replaced.add(mark)
    if sense not in table[key]:
        table[key].append(sense)


def _sense(entry: list) -> Sense:
    _code, event_type, mode = entry
    _check_type(event_type, mode)
    return Sense(event_type, mode, layer="base")


def _check_type(event_type: str, mode: str | None = None) -> None:
    """Every sense names a type of event_types.yaml, and a mode declared under that type."""
    types = event_types()
    if event_type not in types:
        raise ValueError(f"event lexicon: {event_type!r} is not an event type (event_types.yaml)")
    if mode and mode not in types[event_type].modes:
        raise ValueError(
            f"event lexicon: mode {mode!r} is not declared for {event_type} in event_types.yaml"
        )
