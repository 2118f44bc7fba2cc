"""The namesake test: short articles about a town whose name bigger places abroad bear.

Each article (``tests/data/namesakes.jsonl``, written by ``eval/make_namesakes.py``) names a
town and its country, sometimes its province. The pipeline finds the article's toponyms itself,
the town's own span is added if it missed it, and the town's place is right when it lies within
161 km of the town, or, for a village the gazetteer lacks, when it is in the right country at
low confidence (never a namesake abroad).
"""

from __future__ import annotations

import json
from pathlib import Path

from crisislens.evaluation.split import half
from crisislens.geo.resolver import haversine_km

KM = 161.0
LOW_CONFIDENCE = 0.3


def load(path: Path) -> list[dict]:
    """The test's articles; a line without text, town or country is an error (KeyError)."""
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    for item in items:
        if not isinstance(item, dict) or item["name"] not in item["text"] or not item["country"]:
            raise ValueError("each line needs a text, a name in that text and a country")
    return items


def _right(item: dict, place) -> bool:
    if place is None or place.lat is None or place.lon is None:
        return False
    if item.get("lat") is None:
        return place.country == item["country"] and place.confidence <= LOW_CONFIDENCE
    return haversine_km(item["lat"], item["lon"], place.lat, place.lon) <= KM


def _town_place(pipeline, item: dict, doc):
    """The place resolved for the town's span, among the article's own toponyms."""
    start = item["text"].index(item["name"])
    end = start + len(item["name"])
    spans = [(s, kind) for s, kind in pipeline.places.toponyms(doc)]
    if not any(s.start_char == start and s.end_char == end for s, _ in spans):
        span = doc.char_span(start, end, alignment_mode="expand")
        spans = sorted([*spans, (span, "name")], key=lambda pair: pair[0].start_char)
    places = pipeline.places.resolve(doc, spans)
    return next((p for p in places if p.start == start), None)


def evaluate(pipeline, path: Path, limit: int | None = None) -> dict:
    """Right-place share over the test's articles (and each half), with the misses."""
    items = load(path)[:limit]
    rows = []
    for i, (item, doc) in enumerate(zip(items, pipeline.nlp.pipe(x["text"] for x in items))):
        place = _town_place(pipeline, item, doc)
        rows.append(
            {
                "half": half(f"namesakes:{i}"),
                "name": item["name"],
                "country": item["country"],
                "right": _right(item, place),
                "predicted": None if place is None else f"{place.name} ({place.country})",
            }
        )
    report = {"dataset": path.name, "n": len(rows), "accuracy": _share(rows)}
    report["halves"] = {h: {"accuracy": _share([r for r in rows if r["half"] == h])} for h in "AB"}
    report["misses"] = [r for r in rows if not r["right"]]
    return report


def _share(rows: list[dict]) -> float:
    return sum(r["right"] for r in rows) / len(rows) if rows else 0.0
