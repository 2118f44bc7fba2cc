"""Geoparsing gold sets: GeoWebNews (``GWN.xml``) and GeoVirus (``GeoVirus.xml``).

Resolution (``given_spans``): each gold toponym that has coordinates is resolved from its gold
span; it is right when the chosen place lies within 161 km of the gold point (a missing
prediction counts as wrong). End to end: our own toponym spans against the gold spans
(exact-match precision, recall and F1), and resolution accuracy over the gold toponyms that we
found. GeoVirus offsets are shifted by one character, so each span is snapped onto its name.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from defusedxml import ElementTree

from crisislens.evaluation.metrics import median
from crisislens.evaluation.split import split
from crisislens.geo.resolver import haversine_km

KM = 161.0
# GeoWebNews types that name a place (the others are not toponyms for span scoring)
GWN_PLACE_TYPES = {
    "Literal",
    "Mixed",
    "Literal_Modifier",
    "Embedded_Literal",
    "Metonymic",
    "Embedded_Non_Lit",
    "Non_Literal_Modifier",
    "Homonym",
    "Demonym",
    "Associative",
}


@dataclass
class GoldToponym:
    start: int
    end: int
    name: str
    lat: float | None
    lon: float | None
    geonameid: int | None
    kind: str


@dataclass
class GoldArticle:
    text: str
    toponyms: list[GoldToponym]


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _snap(text: str, start: int, end: int, name: str) -> tuple[int, int]:
    if text[start:end] == name:
        return start, end
    for shift in (-1, 1, -2, 2):
        s = start + shift
        if s >= 0 and text[s : s + len(name)] == name:
            return s, s + len(name)
    found = text.find(name, max(0, start - 20))
    return (found, found + len(name)) if found >= 0 else (start, end)


def load_gold(path: Path) -> list[GoldArticle]:
    root = ElementTree.parse(str(path)).getroot()
    articles = []
    for article in root.iter("article"):
        text = article.findtext("text") or ""
        toponyms = []
        for node in article.iter("toponym"):
            start, end = int(node.findtext("start")), int(node.findtext("end"))
            name = node.findtext("extractedName") or text[start:end]
            gid = node.findtext("geonamesID")
            toponyms.append(
                GoldToponym(
                    start,
                    end,
                    name,
                    _float(node.findtext("latitude")),
                    _float(node.findtext("longitude")),
                    int(gid) if gid and gid.isdigit() else None,
                    node.findtext("type") or "",
                )
            )
        for node in article.iter("location"):
            name = node.findtext("name") or ""
            start, end = _snap(text, int(node.findtext("start")), int(node.findtext("end")), name)
            toponyms.append(
                GoldToponym(
                    start,
                    end,
                    name,
                    _float(node.findtext("lat")),
                    _float(node.findtext("lon")),
                    None,
                    "Literal",
                )
            )
        articles.append(GoldArticle(text, toponyms))
    return articles


def evaluate(
    pipeline,
    gold_path: Path,
    given_spans: bool = True,
    limit: int | None = None,
    prefix: str | None = None,
) -> dict:
    """Scores over all articles, and over each fixed half (``halves``). An article's split key
    is ``<prefix>:<its index in the file>``, the prefix being the file's stem in lower case
    ("gwn", "geovirus") unless given."""
    gold = load_gold(gold_path)[:limit]
    prefix = prefix or gold_path.stem.lower()
    keys = [f"{prefix}:{i}" for i in range(len(gold))]
    report: dict = {"dataset": gold_path.name, "articles": len(gold)}
    tallies = {"resolution_given_spans": [_resolution_counts(pipeline, a) for a in gold]}
    if not given_spans:
        docs = pipeline.nlp.pipe(a.text for a in gold)
        tallies["end_to_end"] = [_end_to_end_counts(pipeline, a, d) for a, d in zip(gold, docs)]
    summarise = {"resolution_given_spans": _resolution, "end_to_end": _end_to_end}
    for name, counts in tallies.items():
        report[name] = summarise[name](counts)
    halves = split(range(len(gold)), key=lambda i: keys[i])
    report["halves"] = {
        half_name: {
            name: summarise[name]([counts[i] for i in rows]) for name, counts in tallies.items()
        }
        for half_name, rows in halves.items()
    }
    return report


def _resolution_counts(pipeline, article: GoldArticle) -> dict:
    """One article's gold toponyms resolved from their gold spans."""
    counts: dict[str, Any] = {"n": 0, "hits": 0, "id_n": 0, "id_hits": 0, "errors": []}
    located = [t for t in article.toponyms if t.lat is not None and t.lon is not None]
    if not located:
        return counts
    places = pipeline.places.resolve_spans(article.text, [(t.start, t.end) for t in located])
    for toponym, place in zip(located, places):
        counts["n"] += 1
        if place.lat is None or place.lon is None or toponym.lat is None or toponym.lon is None:
            continue
        error = haversine_km(toponym.lat, toponym.lon, place.lat, place.lon)
        counts["errors"].append(error)
        counts["hits"] += error <= KM
        if toponym.geonameid:
            counts["id_n"] += 1
            counts["id_hits"] += place.geonameid == toponym.geonameid
    return counts


def _resolution(tallies: list[dict]) -> dict:
    n, hits = sum(t["n"] for t in tallies), sum(t["hits"] for t in tallies)
    id_n, id_hits = sum(t["id_n"] for t in tallies), sum(t["id_hits"] for t in tallies)
    errors = [e for t in tallies for e in t["errors"]]
    return {
        "n": n,
        "accuracy_161km": hits / n if n else 0.0,
        "median_error_km": median(errors + [20_000.0] * (n - len(errors))),
        "unresolved": n - len(errors),
        "geonameid_match": id_hits / id_n if id_n else None,
        "geonameid_n": id_n,
    }


def _end_to_end_counts(pipeline, article: GoldArticle, doc) -> dict:
    """One article's toponym spans found by the pipeline against its gold spans."""
    spans = pipeline.places.toponyms(doc)
    places = pipeline.places.resolve(doc, spans)
    found = {(p.start, p.end): p for p in places}
    wanted = {(t.start, t.end): t for t in article.toponyms if t.kind in GWN_PLACE_TYPES}
    counts = {
        "tp": len(found.keys() & wanted.keys()),
        "fp": len(found.keys() - wanted.keys()),
        "fn": len(wanted.keys() - found.keys()),
        "overlap_tp": sum(1 for (s, e) in wanted if any(s < fe and fs < e for fs, fe in found)),
        "n": 0,
        "hits": 0,
    }
    for key, toponym in wanted.items():
        if toponym.lat is None or toponym.lon is None:
            continue
        counts["n"] += 1
        place = found.get(key)
        if (
            place is not None
            and place.lat is not None
            and place.lon is not None
            and haversine_km(toponym.lat, toponym.lon, place.lat, place.lon) <= KM
        ):
            counts["hits"] += 1
    return counts


def _end_to_end(tallies: list[dict]) -> dict:
    tp, fp, fn, overlap_tp, n, hits = (
        sum(t[k] for t in tallies) for k in ("tp", "fp", "fn", "overlap_tp", "n", "hits")
    )
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {
        "span_precision": precision,
        "span_recall": recall,
        "span_f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "span_recall_overlap": overlap_tp / (tp + fn) if tp + fn else 0.0,
        "accuracy_161km": hits / n if n else 0.0,
        "n": n,
    }
