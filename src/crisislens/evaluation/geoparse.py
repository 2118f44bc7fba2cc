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

from defusedxml import ElementTree

from crisislens.evaluation.metrics import median
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
        if 0 <= s and text[s : s + len(name)] == name:
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


def evaluate(pipeline, gold_path: Path, given_spans: bool = True, limit: int | None = None) -> dict:
    gold = load_gold(gold_path)[:limit]
    report: dict = {"dataset": gold_path.name, "articles": len(gold)}
    report["resolution_given_spans"] = _resolution(pipeline, gold)
    if not given_spans:
        report["end_to_end"] = _end_to_end(pipeline, gold)
    return report


def _resolution(pipeline, gold: list[GoldArticle]) -> dict:
    n = hits = id_n = id_hits = 0
    errors: list[float] = []
    for article in gold:
        located = [t for t in article.toponyms if t.lat is not None and t.lon is not None]
        if not located:
            continue
        places = pipeline.places.resolve_spans(article.text, [(t.start, t.end) for t in located])
        for toponym, place in zip(located, places):
            n += 1
            if place.lat is None:
                continue
            error = haversine_km(toponym.lat, toponym.lon, place.lat, place.lon)
            errors.append(error)
            hits += error <= KM
            if toponym.geonameid:
                id_n += 1
                id_hits += place.geonameid == toponym.geonameid
    return {
        "n": n,
        "accuracy_161km": hits / n if n else 0.0,
        "median_error_km": median(errors + [20_000.0] * (n - len(errors))),
        "unresolved": n - len(errors),
        "geonameid_match": id_hits / id_n if id_n else None,
        "geonameid_n": id_n,
    }


def _end_to_end(pipeline, gold: list[GoldArticle]) -> dict:
    tp = fp = fn = overlap_tp = 0
    n = hits = 0
    for article, doc in zip(gold, pipeline.nlp.pipe(a.text for a in gold)):
        spans = pipeline.places.toponyms(doc)
        places = pipeline.places.resolve(doc, spans)
        found = {(p.start, p.end): p for p in places}
        wanted = {(t.start, t.end): t for t in article.toponyms if t.kind in GWN_PLACE_TYPES}
        tp += len(found.keys() & wanted.keys())
        fp += len(found.keys() - wanted.keys())
        fn += len(wanted.keys() - found.keys())
        overlap_tp += sum(1 for (s, e) in wanted if any(s < fe and fs < e for fs, fe in found))
        for key, toponym in wanted.items():
            if toponym.lat is None:
                continue
            n += 1
            place = found.get(key)
            if (
                place is not None
                and place.lat is not None
                and haversine_km(toponym.lat, toponym.lon, place.lat, place.lon) <= KM
            ):
                hits += 1
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
