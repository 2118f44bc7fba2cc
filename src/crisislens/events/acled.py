"""PLOVER events -> ACLED's event_type and sub_event_type, where the event fits ACLED's typology.

ACLED codes political violence, protest and a set of strategic developments; diplomatic talk
(CONSULT, ACCUSE, REQUEST...) has no ACLED type and gets None.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from crisislens.data import load_yaml

ARMED = {"MIL", "REB", "COP", "SPY", "UAF"}
# the mark of a cue part that must end a word (data/acled.yaml): "arm$"
WORD_END = "$"


@dataclass(frozen=True)
class AcledRule:
    types: frozenset[str]
    sub_event_type: str
    cues: tuple[str, ...]

    @property
    def needles(self) -> tuple[tuple[str, ...], ...]:
        """Per cue, the strings that must all occur (``_needles``)."""
        return _needles(self.cues)


class AcledMapper:
    def __init__(self, data: dict | None = None) -> None:
        if data is None:
            data = load_yaml(
                (resources.files("crisislens") / "data" / "acled.yaml").read_text(encoding="utf-8")
            )
        self.event_types: dict[str, str] = data["event_types"]
        self.rules = [
            AcledRule(frozenset(r["types"]), r["sub"], tuple(r["cues"])) for r in data["rules"]
        ]
        self.defaults: dict[str, str] = data["defaults"]
        self.armed_targets = frozenset(data.get("armed_targets", []))
        self.masks = tuple(f" {m}" for m in data.get("masks", []))
        # per PLOVER type, its rules in the data file's order, each with its needles
        self._rules_for: dict[str, list[tuple[AcledRule, tuple[tuple[str, ...], ...]]]] = {}
        for rule in self.rules:
            for event_type in sorted(rule.types):
                self._rules_for.setdefault(event_type, []).append((rule, rule.needles))

    def classify(
        self,
        event_type: str,
        mode: str | None,
        sentence: str,
        actor_sector: str | None,
        recipient_sector: str | None,
        modality: str = "asserted",
        lemmas: str = "",
        recipient_head: str | None = None,
    ) -> tuple[str | None, str | None]:
        """Return (event_type, sub_event_type) in ACLED's terms, or (None, None).

        ``lemmas`` is the sentence's lemmas joined by spaces: cues match words or lemmas.
        """
        text = _masked(f" {sentence.lower()} ", self.masks)
        lemma_text = _masked(f" {lemmas} ", self.masks) if lemmas else text
        for rule, needles in self._rules_for.get(event_type, ()):
            if any(all(n in text or n in lemma_text for n in cue) for cue in needles):
                sub = rule.sub_event_type
                if (
                    sub == "Armed clash"
                    and not _both_armed(actor_sector, recipient_sector)
                    and recipient_sector in ("CVL", "MED", "REF", "NGO", "EDU", "HLH")
                ):
                    sub = "Attack"
                if sub == "Government regains territory" and actor_sector == "REB":
                    sub = "Non-state actor overtakes territory"
                if sub == "Non-state actor overtakes territory" and actor_sector in (
                    "MIL",
                    "GOV",
                    "COP",
                ):
                    sub = "Government regains territory"
                return self.event_types[sub], sub
        if event_type == "ASSAULT" and (
            recipient_head in self.armed_targets or recipient_sector in ARMED
        ):
            return self.event_types["Armed clash"], "Armed clash"
        default = self._default(event_type, mode, actor_sector, recipient_sector)
        return (self.event_types[default], default) if default else (None, None)

    def _default(
        self, event_type: str, mode: str | None, actor: str | None, recipient: str | None
    ) -> str | None:
        if event_type == "PROTEST":
            return "Violent demonstration" if mode == "riot" else "Peaceful protest"
        if event_type == "ASSAULT":
            if _both_armed(actor, recipient) or mode in ("heavy-weapons",) and recipient in ARMED:
                return "Armed clash"
            if mode == "abduct":
                return "Abduction/forced disappearance"
            if mode == "explosives":
                return "Remote explosive/landmine/IED"
            if mode == "heavy-weapons" and recipient not in ARMED:
                return "Shelling/artillery/missile attack"
            return "Attack"
        if event_type == "COERCE":
            if mode == "arrest":
                return "Arrests"
            if mode == "destroy":
                return "Looting/property destruction"
            if mode == "seize":
                return "Non-state actor overtakes territory" if actor == "REB" else "Other"
            return "Other"
        return self.defaults.get(event_type) if event_type in ("MOBILIZE", "AGREE") else None


def _masked(text: str, masks: tuple[str, ...]) -> str:
    """The sentence without the phrases that name who acts ("riot police" is no riot)."""
    for mask in masks:
        if mask in text:
            text = text.replace(mask, " ")
    return text


@cache
def _needles(cues: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Per cue, what a sentence must contain, each with a leading space (a word start): a cue
    "a & b" needs both " a" and " b"; either may match the words or their lemmas. A part that
    ends in "$" must end a word too: "arm$" is " arm " (the lemma of "arms", not of "armed"
    or "army"), which the space-joined lemmas hold.

    >>> _needles(("seize & arm$", "defuse"))
    ((' seize', ' arm '), (' defuse',))
    """
    return tuple(tuple(_needle(part) for part in cue.split("&")) for cue in cues)


def _needle(part: str) -> str:
    """One part of a cue as the text it must hold (see :func:`_needles`)."""
    part = part.strip()
    return f" {part[:-1]} " if part.endswith(WORD_END) else f" {part}"


def _both_armed(actor: str | None, recipient: str | None) -> bool:
    return actor in ARMED and recipient in ARMED
