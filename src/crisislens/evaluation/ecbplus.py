"""Read ECB+ (Cybulska & Vossen 2014) from its CROMER XML into documents with character offsets.

Each ``<topic>/<topic>_<n>ecb[plus].xml`` file is one news article as tokens (``t_id``,
``sentence``, ``number``), markables anchored to token ids (``ACTION_*`` and ``NEG_ACTION_*`` for
events; ``HUMAN_*``, ``NON_HUMAN_*``, ``LOC_*``, ``TIME_*`` for participants, places and times) and
relations (``CROSS_DOC_COREF`` with the instance id of the real-world event or entity in ``note``,
``INTRA_DOC_COREF`` within one article). The reader rebuilds a plain text from the tokens (one
line per sentence, spaces only where English puts them) and gives every markable character
offsets into it, so that the text and spans can be handed to anything that takes raw text.

As in the standard setup (Cybulska & Vossen 2015; Barhom et al. 2019), only mentions in the
validated sentences listed in ``ECBplus_coreference_sentences.csv`` are kept; the text keeps
every sentence. A mention with no relation is a singleton. Topics come from ``split.json``
(``train_topics``, ``dev_topics``); the held-out test topics are never read.

>>> docs = read_topics(Path("../shared/data/realnews/ecbplus"), "dev")  # doctest: +SKIP
>>> m = docs[0].events[0]; docs[0].text[m.start:m.end]                   # doctest: +SKIP
'Oscar'
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from defusedxml import ElementTree

EVENT_PREFIXES = ("ACTION_", "NEG_ACTION_")
ENTITY_KINDS = {"HUMAN": "participant", "NON_HUMAN": "participant", "LOC": "place", "TIME": "time"}
# no space before these tokens, none after the opening ones
_NO_SPACE_BEFORE = {
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    ")",
    "]",
    "}",
    "%",
    "'s",
    "n't",
    "'re",
    "'ve",
    "'ll",
    "'d",
    "'m",
    "'S",
    "N'T",
    "''",
    "...",
}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "#"}


@dataclass(frozen=True)
class Token:
    t_id: int
    sentence: int
    number: int  # position in its sentence
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class GoldMention:
    """An annotated markable: an event (``kind`` ACTION_*/NEG_ACTION_*) or an entity."""

    doc_id: str
    m_id: int
    kind: str  # the CROMER tag, e.g. ACTION_OCCURRENCE, NEG_ACTION_STATE, HUMAN_PART_PER
    start: int  # character offsets into the document's text
    end: int
    text: str
    sentence: int
    token_numbers: tuple[int, ...]  # positions in the sentence, as the standard json gives them
    chain: str  # instance id of the real-world event or entity; unique for a singleton

    @property
    def is_event(self) -> bool:
        return self.kind.startswith(EVENT_PREFIXES)

    @property
    def role(self) -> str:
        """event, participant, place or time."""
        if self.is_event:
            return "event"
        return next((v for k, v in ENTITY_KINDS.items() if self.kind.startswith(k + "_")), "other")


@dataclass
class Document:
    doc_id: str  # "2_11ecb", as the standard split's files name it
    topic: int
    text: str
    tokens: list[Token]
    sentences: dict[int, tuple[int, int]]  # sentence number -> (start, end) in text
    validated: frozenset[int]  # sentences in ECBplus_coreference_sentences.csv
    events: list[GoldMention] = field(default_factory=list)
    entities: list[GoldMention] = field(default_factory=list)

    @property
    def seminal_group(self) -> str:
        """The gold group of documents about one seminal event ("2" or "2plus").

        For oracle baselines and error analysis only: a linker must find these groups itself.
        """
        return f"{self.topic}{'plus' if self.doc_id.endswith('plus') else ''}"


def _detokenize(tokens: list[tuple[int, int, int, str]]) -> tuple[str, list[Token], dict]:
    """Text from (t_id, sentence, number, text) tuples: one line per sentence."""
    parts: list[str] = []
    out: list[Token] = []
    sentences: dict[int, tuple[int, int]] = {}
    pos = 0
    previous: tuple[int, str] | None = None
    for t_id, sentence, number, text in tokens:
        if previous is not None:
            if previous[0] != sentence:
                sep = "\n"
            elif text in _NO_SPACE_BEFORE or previous[1] in _NO_SPACE_AFTER:
                sep = ""
            else:
                sep = " "
            parts.append(sep)
            pos += len(sep)
        start = pos
        parts.append(text)
        pos += len(text)
        out.append(Token(t_id, sentence, number, text, start, pos))
        first, _ = sentences.get(sentence, (start, pos))
        sentences[sentence] = (first, pos)
        previous = (sentence, text)
    return "".join(parts), out, sentences


def _relations(root) -> dict[int, str]:
    """m_id -> chain id for every markable that is the source of a coreference relation."""
    chains: dict[int, str] = {}
    for rel in root.iter():
        if rel.tag not in ("CROSS_DOC_COREF", "INTRA_DOC_COREF"):
            continue
        # cross-document chains are named by their instance id; intra-document ones by relation
        name = rel.get("note") if rel.tag == "CROSS_DOC_COREF" else f"INTRA_{rel.get('r_id')}"
        for source in rel.findall("source"):
            chains[int(source.get("m_id"))] = name
    return chains


def read_document(path: Path, validated: frozenset[int]) -> Document:
    """One CROMER XML file. ``validated``: the sentence numbers whose mentions are kept."""
    root = ElementTree.parse(path).getroot()
    doc_id = path.stem
    raw = [
        (int(t.get("t_id")), int(t.get("sentence")), int(t.get("number")), t.text or "")
        for t in root.iter("token")
    ]
    text, tokens, sentences = _detokenize(raw)
    by_id = {t.t_id: t for t in tokens}
    chains = _relations(root)
    doc = Document(doc_id, int(doc_id.split("_")[0]), text, tokens, sentences, validated)
    markables = root.find("Markables")
    for m in markables if markables is not None else ():
        anchors = [by_id[int(a.get("t_id"))] for a in m.findall("token_anchor")]
        if not anchors:
            continue  # an instance markable (the real-world referent), not a mention
        anchors.sort(key=lambda t: t.t_id)
        m_id = int(m.get("m_id"))
        sentence = anchors[0].sentence
        if sentence not in validated:
            continue
        start, end = anchors[0].start, anchors[-1].end
        mention = GoldMention(
            doc_id=doc_id,
            m_id=m_id,
            kind=m.tag,
            start=start,
            end=end,
            text=text[start:end],
            sentence=sentence,
            token_numbers=tuple(t.number for t in anchors),
            chain=_chain_name(chains.get(m_id), doc_id, m_id),
        )
        (doc.events if mention.is_event else doc.entities).append(mention)
    doc.events.sort(key=lambda m: (m.start, m.end))
    doc.entities.sort(key=lambda m: (m.start, m.end))
    return doc


def _chain_name(chain: str | None, doc_id: str, m_id: int) -> str:
    if chain is None:
        return f"Singleton_{doc_id}_{m_id}"
    if chain.startswith("INTRA_"):
        return f"{chain}_{doc_id}"  # relation ids are unique only within a file
    return chain


def validated_sentences(root: Path) -> dict[str, frozenset[int]]:
    """doc_id -> validated sentence numbers, from ECBplus_coreference_sentences.csv."""
    out: dict[str, set[int]] = defaultdict(set)
    with open(root / "ECBplus_coreference_sentences.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            out[f"{row['Topic']}_{row['File']}"].add(int(row["Sentence Number"]))
    return {k: frozenset(v) for k, v in out.items()}


def topics(root: Path, which: str) -> list[int]:
    """The topic numbers of ``which`` ("train", "dev", or a comma list such as "2,5")."""
    if which in ("train", "dev"):
        split = json.loads((root / "split.json").read_text(encoding="utf-8"))
        return sorted(split[f"{which}_topics"])
    try:
        return sorted({int(t) for t in which.split(",") if t.strip()})
    except ValueError as err:
        raise ValueError(f"--topics {which!r}: use train, dev or numbers such as 2,5") from err


def read_topics(root: Path, which: str = "dev") -> list[Document]:
    """Every document of the chosen topics, in topic and file order."""
    validated = validated_sentences(root)
    chosen = topics(root, which)
    held_out = set(_held_out(root))
    if held_out & set(chosen):
        raise ValueError(f"topics {sorted(held_out & set(chosen))} are the held-out test split")
    docs: list[Document] = []
    for topic in chosen:
        folder = root / str(topic)
        if not folder.is_dir():
            raise FileNotFoundError(f"{folder} not found: is {root} the ECB+ folder?")
        docs.extend(
            read_document(path, validated.get(path.stem, frozenset()))
            for path in sorted(folder.glob("*.xml"), key=_file_order)
        )
    return docs


def _held_out(root: Path) -> list[int]:
    split = json.loads((root / "split.json").read_text(encoding="utf-8"))
    return split.get("test_topics_held_out", [])


def _file_order(path: Path) -> tuple[int, int, str]:
    topic, rest = path.stem.split("_", 1)
    number = int("".join(c for c in rest if c.isdigit()) or 0)
    return int(topic), number, rest
