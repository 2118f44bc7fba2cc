"""The real-news evaluations (GVDB, WikiEvents): their scoring rules, on records built by hand,
and their gold readers on small files of our own. The runs on ../shared are in the accuracy gate."""

from __future__ import annotations

import json
import re

from crisislens.evaluation import gvdb, wikievents
from crisislens.schemas import Actor, ArticleRecord, Event, Place, Quantity, TextSpan


def _event(event_type="ASSAULT", start=0, end=4, **fields) -> Event:
    return Event(
        event_id=f"e{start}",
        event_type=event_type,
        evidence=TextSpan(text="x", start=0, end=1),
        trigger=TextSpan(text="x", start=start, end=end),
        confidence=fields.pop("confidence", 0.7),
        **fields,
    )


def _place(name: str, start=0) -> Place:
    return Place(text=name, start=start, end=start + len(name), name=name, feature="city")


def _record(events, places=(), actors=(), published=None) -> ArticleRecord:
    return ArticleRecord(
        article_id="a",
        events=list(events),
        places=list(places),
        actors=list(actors),
        published=published,
    )


def _annotation(victims, city="Springfield", date="2016-03-04", shooter="") -> str:
    def slot(v):
        return {"value": v, "startIndex": -1, "endIndex": -1}

    return json.dumps(
        {
            "date-and-time": {"city": slot(city), "date": date, "state": "IL"},
            "shooter-section": [{"name": slot(shooter)}],
            "victim-section": [{"name": slot(n), "victim-was": was} for n, was in victims],
        }
    )


def test_gvdb_gold_counts_killed_and_hurt_victims_once(tmp_path):
    victims = [
        ("Ann Lee", ["killed", "hospitalized"]),
        ("", ["injured", "hospitalized"]),
        ("", ["hospitalized"]),
        ("", []),
    ]
    rows = [
        ["Article id", "Article url", "Article title", "Full text", "Json"],
        [
            "7",
            "http://news.example/2016/03/05/story/",
            "Two hurt",
            "Two hurtA man opened fire.",
            _annotation(victims, shooter="Bo Diaz"),
        ],
    ]
    path = tmp_path / "gold.tsv"
    path.write_text("".join("\t".join(row) + "\n" for row in rows), encoding="utf-8")
    (shooting,) = gvdb.load_gold(path)
    assert (shooting.killed, shooting.injured) == (1, 2)
    assert shooting.victims == ["Ann Lee"] and shooting.shooters == ["Bo Diaz"]
    article = gvdb.article_for(shooting)
    assert article.text == "Two hurt\nA man opened fire." and article.published == "2016-03-05"


def test_gvdb_url_dates():
    assert gvdb.url_date("http://x.example/news/2016/jan/26/girl-shot/") == "2016-01-26"
    assert gvdb.url_date("http://x.example/tn-story-20160223-story.html") == "2016-02-23"
    assert gvdb.url_date("http://x.example/news/story/37673926") is None
    assert gvdb.url_date("http://x.example/2016/13/45/") is None


def test_gvdb_main_event_is_the_asserted_assault_with_most_mentions():
    background = _event(start=50, confidence=0.9)
    negated = _event(start=10, confidence=0.95, modality="negated")
    main = _event(
        start=20,
        confidence=0.6,
        location=_place("Springfield", 20),
        quantities=[Quantity(kind="dead", value=2, text="two", start=0, end=3)],
        date="2016-03-04",
    )
    record = _record([background, negated, main])
    assert gvdb.main_event(record) is background  # one mention each: the most confident
    shooting = gvdb.Shooting("1", "t", "x", "", 2, 0, "SPRINGFIELD", "IL", "2016-03-04")
    row = gvdb.score_article(shooting, _record([main], places=[_place("Springfield")]))
    assert row["killed"] == 2 and row["city_main"] and row["city_found"]
    assert row["date"] == "2016-03-04"


def test_gvdb_names_match_on_surname_and_role():
    victim = Actor(text="Carl Ortiz Jr.", start=0, end=14, name="Carl Ortiz Jr.")
    shooter = Actor(text="the gunman", start=20, end=30, name="gunman")
    record = _record([_event(actor=shooter, recipient=victim)], actors=[victim, shooter])
    shooting = gvdb.Shooting(
        "1", "t", "x", "", 0, 1, None, None, None, ["Dana Wells"], ["Carl Ortiz"]
    )
    row = gvdb.score_article(shooting, record)
    assert (row["victims_found"], row["victims_in_role"]) == (1, 1)
    assert (row["shooters_found"], row["shooters_in_role"]) == (0, 0)
    summary = gvdb.summarise([row])
    assert summary["city_found"]["n"] == 0 and summary["injured_exact"]["value"] == 0.0


def test_gvdb_same_place_needs_whole_words():
    assert gvdb.same_place("NEW ORLEANS EAST", "New Orleans")
    assert not gvdb.same_place("Yorkville", "York")


def _wikievents_files(tmp_path):
    sentences = [
        "Rebels bombed a market in Tora, killing three.",
        "Police later detained two men.",
    ]
    tokens, offset, rows = [], 0, []
    for sentence in sentences:
        words = [
            [m.group(), offset + m.start(), offset + m.end()]
            for m in re.finditer(r"\w+|[^\w\s]", sentence)
        ]
        rows.append([words, sentence])
        tokens += [w[0] for w in words]
        offset += len(sentence)  # the gold joins sentences with nothing between them
    entities = [
        {"id": "d-T1", "start": 0, "end": 1},  # Rebels
        {"id": "d-T2", "start": 3, "end": 4},  # market
        {"id": "d-T3", "start": 5, "end": 6},  # Tora
        {"id": "d-T4", "start": 10, "end": 11},  # Police
        {"id": "d-T5", "start": 13, "end": 15},  # two men
    ]
    events = [
        {
            "id": "d-E1",
            "event_type": "Conflict.Attack.DetonateExplode",
            "trigger": {"start": 1, "end": 2},
            "arguments": [
                {"entity_id": "d-T1", "role": "Attacker"},
                {"entity_id": "d-T2", "role": "Target"},
                {"entity_id": "d-T3", "role": "Place"},
            ],
        },
        {
            "id": "d-E2",
            "event_type": "Justice.ArrestJailDetain.Unspecified",
            "trigger": {"start": 12, "end": 13},
            "arguments": [{"entity_id": "d-T5", "role": "Detainee"}],
        },
        {
            "id": "d-E3",
            "event_type": "Life.Die.Unspecified",
            "trigger": {"start": 7, "end": 8},
            "arguments": [],
        },
    ]
    doc = {
        "doc_id": "d",
        "tokens": tokens,
        "sentences": rows,
        "entity_mentions": entities,
        "event_mentions": events,
    }
    (tmp_path / "coref").mkdir()
    (tmp_path / "coref" / "dev.jsonlines").write_text(
        json.dumps({"doc_key": "d", "clusters": [["d-T2", "d-T3"]]}) + "\n"
    )
    path = tmp_path / "dev.jsonl"
    path.write_text(json.dumps(doc) + "\n")
    return path


def test_wikievents_rebuilds_text_and_maps_types(tmp_path):
    (gold,) = wikievents.load_gold(_wikievents_files(tmp_path))
    assert (
        gold.text
        == "Rebels bombed a market in Tora, killing three.\nPolice later detained two men."
    )
    by_id = {e.event_id: e for e in gold.events}
    assert gold.text[by_id["d-E1"].start : by_id["d-E1"].end] == "bombed"
    assert (by_id["d-E1"].plover, by_id["d-E2"].plover, by_id["d-E3"].plover) == (
        "ASSAULT",
        "COERCE",
        None,
    )
    assert ("recipient", "d-T2") in by_id["d-E1"].arguments
    # coreferent entities share their spans
    assert len(gold.entity_spans["d-T2"]) == 2


def test_wikievents_scores_triggers_and_arguments(tmp_path):
    (gold,) = wikievents.load_gold(_wikievents_files(tmp_path))
    text = gold.text

    def at(w):
        return (text.index(w), text.index(w) + len(w))

    rebels = Actor(text="Rebels", start=0, end=6, name="rebels")
    attack = _event("ASSAULT", *at("bombed"), actor=rebels, location=_place("Tora", at("Tora")[0]))
    wrong_type = _event("PROTEST", *at("detained"), mode="demo")
    on_life_die = _event("ASSAULT", *at("killing"))  # gold says Life.Die: ignored
    verbal = _event("ACCUSE", 0, 6, mode="disapprove")  # not a scored mode
    spurious = _event("ASSAULT", *at("Police"))
    row = wikievents.score_doc(gold, _record([attack, wrong_type, on_life_die, verbal, spurious]))
    assert row["gold"] == 2 and row["pred"] == 3 and row["ignored"] == 1
    assert (row["identified"], row["classified"]) == (2, 1)
    # actor (Rebels) and place (Tora, coreferent with the market) are right
    assert (row["arg_tp"], row["arg_pred"], row["arg_gold"]) == (2, 2, 4)
    classification = wikievents.summarise([row])["trigger_classification"]
    assert (classification["precision"], classification["recall"]) == (1 / 3, 1 / 2)
    # the two false predictions are listed with why they are false
    whys = sorted((f["trigger"], f["why"]) for f in row["false_triggers"])
    assert whys == [("Police", "no gold trigger"), ("detained", "gold COERCE")]


def test_ecb_intra_scores_detected_mentions_against_the_articles_chains():
    from crisislens.evaluation import ecb_intra, ecbplus
    from crisislens.schemas import Mention

    text = "Gunmen stormed a bank. The raid ended. Police said the robbery was brief."
    at = {w: (text.index(w), text.index(w) + len(w)) for w in ("stormed", "raid", "robbery")}

    def gold(word, chain, m_id):
        start, end = at[word]
        return ecbplus.GoldMention(
            "d1", m_id, "ACTION_OCCURRENCE", start, end, word, 0, (0,), chain
        )

    doc = ecbplus.Document(
        "d1",
        1,
        text,
        [],
        {0: (0, len(text))},
        frozenset({0}),
        events=[gold("stormed", "C1", 1), gold("raid", "C1", 2), gold("robbery", "C2", 3)],
    )
    one = _event("ASSAULT", *at["stormed"]).model_copy(
        update={
            "mentions": [
                Mention(
                    trigger=TextSpan(text=w, start=s, end=e),
                    evidence=TextSpan(text="x", start=0, end=1),
                )
                for w, (s, e) in at.items()
            ]
        }
    )
    row = ecb_intra.score_doc(doc, _record([one]))
    assert (row["our_mentions"], row["our_hits"], len(row["key"])) == (3, 3, 3)
    summary = ecb_intra.summarise([row])
    assert summary["crisislens"]["pairwise"]["recall"] == 1.0
    assert summary["crisislens"]["pairwise"]["precision"] == 1 / 3
    assert summary["key_chains_on_detected"] == 2


def test_wikievents_roles_filled_by_convention_are_not_predicted(tmp_path):
    (gold,) = wikievents.load_gold(_wikievents_files(tmp_path))
    text = gold.text
    start = text.index("bombed")
    unnamed = Actor(text="bombed", start=start, end=start + 6, name="Unidentified armed group")
    article_place = _place("Tora", text.index("Tora")).model_copy(update={"mention": "article"})
    wrong = Actor(text="Police", start=text.index("Police"), end=text.index("Police") + 6, name="p")
    attack = _event(
        "ASSAULT", start, start + 6, actor=unnamed, recipient=wrong, location=article_place
    )
    assert not wikievents.told_argument(attack, "actor", unnamed)
    assert not wikievents.told_argument(attack, "location", article_place)
    row = wikievents.score_doc(gold, _record([attack]))
    # only the recipient is a told argument, and it misses (the gold target is the market)
    assert (row["arg_tp"], row["arg_pred"]) == (0, 1)
    (miss,) = row["argument_misses"]
    assert miss["slot"] == "recipient" and ("recipient", "market") in miss["gold"]


def test_wikievents_scores_each_mention_with_its_own_roles(tmp_path):
    from crisislens.schemas import Mention

    (gold,) = wikievents.load_gold(_wikievents_files(tmp_path))
    text = gold.text

    def span(w: str) -> TextSpan:
        return TextSpan(text=w, start=text.index(w), end=text.index(w) + len(w))

    def actor(w: str) -> Actor:
        s = span(w)
        return Actor(text=w, start=s.start, end=s.end, name=w)

    tora = _place("Tora", text.index("Tora"))
    bombed = Mention(
        trigger=span("bombed"),
        evidence=span("Rebels bombed"),
        actor=actor("Rebels"),
        recipient=actor("Tora"),  # the country or town acted on because it happened there
        location=tora,
    )
    killing = Mention(trigger=span("killing"), evidence=span("killing"), actor=actor("Police"))
    # the event's own roles (completed from all its mentions) are not what a mention says
    trigger = span("bombed")
    attack = _event("ASSAULT", trigger.start, trigger.end, actor=actor("Police"))
    attack = attack.model_copy(update={"mentions": [bombed, killing]})
    row = wikievents.score_doc(gold, _record([attack]))
    # Rebels and Tora are right; the recipient that is the place is no prediction, and the
    # mention on a Life.Die trigger is ignored with its roles
    assert (row["arg_tp"], row["arg_pred"], row["ignored"]) == (2, 2, 1)
    assert not wikievents.told_argument(attack, "recipient", actor("Tora"), tora)
