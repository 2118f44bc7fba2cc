"""Tone: an article-level score in [-1, 1] and the loaded terms that frame it.

The score mixes two things: ordinary evaluative words (what happened) and loaded terms (how it
is told); loaded terms weigh three times as much. It is a lexicon measure, documented as such.
"""

from __future__ import annotations

import math
from importlib import resources

from spacy.tokens import Doc

from crisislens.data import load_yaml
from crisislens.schemas import TextSpan, Tone


class ToneScorer:
    def __init__(self, lexicon: dict | None = None) -> None:
        if lexicon is None:
            lexicon = load_yaml(
                (resources.files("crisislens") / "data" / "tone.yaml").read_text(encoding="utf-8")
            )
        self.loaded_words: dict[str, float] = {}
        self.loaded_phrases: dict[tuple[str, ...], float] = {}
        for term, weight in lexicon.get("loaded", {}).items():
            words = tuple(str(term).lower().split())
            if len(words) == 1:
                self.loaded_words[words[0]] = float(weight)
            else:
                self.loaded_phrases[words] = float(weight)
        self.negative = frozenset(lexicon.get("negative", []))
        self.positive = frozenset(lexicon.get("positive", []))

    def score(self, doc: Doc) -> Tone:
        loaded: list[TextSpan] = []
        total = 0.0
        taken: set[int] = set()
        # the token attributes as arrays, read once: no Token objects for the many plain words
        rows = doc.to_array(["LOWER", "LEMMA", "IS_ALPHA"]).tolist()
        strings = doc.vocab.strings
        lowers = [strings[row[0]] for row in rows]
        at: dict[str, list[int]] = {}  # where each word is: a phrase is tried where it starts
        for i, low in enumerate(lowers):
            at.setdefault(low, []).append(i)
        for words, weight in self.loaded_phrases.items():
            n = len(words)
            for i in at.get(words[0], ()):
                if i > len(doc) - n:
                    break
                if tuple(lowers[i : i + n]) == words and not taken.intersection(range(i, i + n)):
                    span = doc[i : i + n]
                    loaded.append(
                        TextSpan(text=span.text, start=span.start_char, end=span.end_char)
                    )
                    taken.update(range(i, i + n))
                    total += 3 * weight
        for i, low in enumerate(lowers):
            if i in taken:
                continue
            if low in self.loaded_words:
                token = doc[i]
                loaded.append(
                    TextSpan(text=token.text, start=token.idx, end=token.idx + len(token.text))
                )
                total += 3 * self.loaded_words[low]
            elif low in self.negative or strings[rows[i][1]].lower() in self.negative:
                total -= 1.0
            elif low in self.positive or strings[rows[i][1]].lower() in self.positive:
                total += 1.0
        n_words = sum(row[2] for row in rows) or 1
        score = math.tanh(total / math.sqrt(n_words))
        loaded.sort(key=lambda s: s.start)
        return Tone(score=round(score, 3), loaded_terms=loaded)
