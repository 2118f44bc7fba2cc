import pytest

from crisislens.actors.context import ArticleContext
from crisislens.actors.dictionary import ActorDictionary
from crisislens.errors import ResourceError


def test_actors_roles_resolve_at_article_date():
    actors = ActorDictionary.load()
    assert actors.named("Tokayev", "2022-01-07").sector == "GOV"
    assert actors.named("Tokayev", "2015-06-01").sector == "LEG"  # Senate chairman then
    assert actors.named("former president Nursultan Nazarbayev", "2022-01-07").sector == "ELI"
    assert actors.named("Nazarbayev", "2010-01-01").sector == "GOV"
    assert actors.named("Mr Putin", "2022-01-07").name == "Vladimir Putin"
    assert actors.named("the Kremlin", "2022-01-07").country == "RUS"


def test_actors_organisation_roles_change_with_the_date(tmp_path):
    actors = ActorDictionary.load()
    assert actors.named("the Taliban", "2020-02-29").sector == "REB"
    assert actors.named("the Taliban", "2023-06-01").sector == "GOV"
    path = tmp_path / "bodies.yaml"
    path.write_text(
        "organisations:\n"
        "  - name: Example Front\n"
        "    aliases: [the Front]\n"
        "    roles: [[XKX, REB, null, 2019-01-01], [XKX, GOV, 2019-01-01, null]]\n",
        encoding="utf-8",
    )
    actors = ActorDictionary.load((path,))
    assert actors.named("the Front", "2018-05-01").sector == "REB"
    assert actors.named("the Front", "2020-05-01").sector == "GOV"


def test_actors_nationalities_and_agents():
    actors = ActorDictionary.load()
    assert actors.nationality("Russian") == "RUS"
    assert actors.nationality("Kazakh") == "KAZ"
    assert actors.agent_sector("riot police") == "COP"
    assert actors.agent_sector("troop") == "MIL"
    assert actors.agent_sector("protester") == "PRO"
    assert actors.agent_sector("police officer") == "COP"  # "officer" alone is MIL
    assert actors.agent_sector("schoolgirl") == "EDU"


def test_actors_user_file_extends_without_code(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(
        "name,aliases,country,sector,start,end,title\n"
        "Jane Example,Example;J. Example,XKX,GOV,2025-01-01,,Mayor\n",
        encoding="utf-8",
    )
    actors = ActorDictionary.load((path,))
    coded = actors.named("Mayor Jane Example", "2026-03-01")
    assert (coded.name, coded.country, coded.sector) == ("Jane Example", "XKX", "GOV")
    # before the first role begins: the person is known, but holds no office yet
    assert actors.named("J. Example", "2024-01-01").sector == "ELI"


def test_actors_user_file_with_a_key_twice_is_refused(tmp_path):
    """A second ``people:`` list would silently replace the first: the file is refused, with
    the key and its line."""
    path = tmp_path / "mine.yaml"
    path.write_text(
        "people:\n  - name: Jane Example\n    roles: [[XKX, GOV, 2025-01-01, null, Mayor]]\n"
        "people:\n  - name: John Example\n    roles: [[XKX, GOV, 2025-01-01, null, Deputy]]\n",
        encoding="utf-8",
    )
    with pytest.raises(ResourceError, match=r"'people' is given twice, on lines 1 and 4"):
        ActorDictionary.load((path,))


def test_load_yaml_refuses_every_kind_of_repeated_key():
    """Dates and numbers are keys too (a gold file keyed by day): given twice, refused."""
    import yaml

    from crisislens.data import load_yaml

    for key in ("2022-01-05", "7", "Almaty"):
        with pytest.raises(yaml.YAMLError, match="given twice, on lines 1 and 2"):
            load_yaml(f"{key}: first\n{key}: second\n")
    assert len(load_yaml("2022-01-05: a\n2022-01-06: b\n")) == 2
    merged = load_yaml("base: &b {side: left, size: 2}\nmine: {<<: *b, side: right}\n")
    assert merged["mine"] == {"side": "right", "size": 2}
    with pytest.raises(yaml.YAMLError, match="unhashable key"):
        load_yaml("[1, 2]: a\n")


def test_actors_coded_in_sentences(extract):
    record = extract("Russian troops shelled the town, and Mr Putin praised the Kremlin's allies.")
    by_text = {a.text: a for a in record.actors}
    assert by_text["Russian troops"].country == "RUS" and by_text["Russian troops"].sector == "MIL"
    assert any(a.name == "Vladimir Putin" for a in record.actors)


def test_owner_of_a_thing_is_the_recipient(extract):
    """ "a camp for Congolese refugees" was attacked: the refugees, Congolese civilians."""
    record = extract(
        "A temporary camp for Congolese refugees was attacked by Burundian "
        "militiamen armed with machetes."
    )
    attack = next(e for e in record.events if e.event_type == "ASSAULT")
    assert attack.recipient is not None
    assert (attack.recipient.country, attack.recipient.sector) == ("COD", "REF")


def test_a_document_named_by_a_place_is_no_party(pipeline, parse):
    """ "parts of the Lisbon treaty" are no one's; "the fields of Kenyan farmers" are theirs."""
    from conftest import word
    from crisislens.actors.context import ArticleContext
    from crisislens.events.rules import nearest

    actors, context = pipeline.events.actors, ArticleContext(day="2024-05-01")
    doc = parse("Officials urged that all parts of the Lisbon treaty be carried out.")
    assert actors.code(word(doc, "parts"), context) is None
    assert nearest.document_name(word(doc, "Lisbon"), actors)
    doc = parse("Raiders burned the fields of Kenyan farmers.")
    assert actors.code(word(doc, "fields"), context).country == "KEN"
    assert not nearest.document_name(word(doc, "Kenyan"), actors)


def test_nationality_word_spacy_tagged_as_organisation(extract):
    record = extract("Gambian President Dawda Jawara will visit Mauritania and Senegal.")
    assert record.events[0].actor.country == "GMB"


@pytest.mark.parametrize(
    "text,country",
    [
        ("A newspaper based in Beirut has violated a ban by the army.", "LBN"),  # based in X
        (
            "Druze inhabitants of the Syrian Golan Heights threatened to hold a general strike.",
            "SYR",
        ),
        ("Israel is opposed to French mediation in the talks.", "ISR"),  # the copula's subject
    ],
)
def test_actor_country_from_where_it_is(extract, text, country):
    top = max(extract(text).events, key=lambda e: e.confidence)
    assert top.actor is not None and top.actor.country == country


def test_rejecting_a_proposal_targets_its_author(extract):
    record = extract(
        "Serbia on Thursday flatly rejected an Australian ultimatum to hand over a "
        "guard involved in a shooting in front of the Yugoslav consulate in Sydney."
    )
    reject = next(e for e in record.events if e.event_type == "REJECT")
    assert reject.actor.country == "SRB" and reject.recipient.country == "AUS"


@pytest.mark.parametrize(
    "text,country,sector",
    [
        # a minority by where it lives, not by the nation its name comes from
        ("Hundreds of ethnic Hungarians rallied on Friday in Romania.", "ROU", "CVL"),
        ("The Serbs of northern Kosovo are demanding more autonomy.", "XKX", "CVL"),
        # a people named by nationality act as civilians, not as their state
        ("Thousands of Georgians marched in Tbilisi on Sunday.", "GEO", "CVL"),
        # and expatriates stay who they are
        ("Americans in Iraq protested on Monday.", "USA", "CVL"),
        # international NGOs belong to no state
        ("Amnesty International accused the army of torture.", "IGO", "NGO"),
    ],
)
def test_peoples_minorities_and_international_bodies(extract, text, country, sector):
    top = max(extract(text).events, key=lambda e: e.confidence)
    assert (top.actor.country, top.actor.sector) == (country, sector)


def test_a_peoples_protest_at_home_targets_its_state(extract):
    top = max(
        extract("Hundreds of ethnic Hungarians rallied on Friday in Romania.").events,
        key=lambda e: e.confidence,
    )
    assert top.event_type == "PROTEST"
    assert (top.recipient.country, top.recipient.sector) == ("ROU", "GOV")


def test_actors_plural_nationalities():
    actors = ActorDictionary.load()
    assert actors.nationality("Norwegians") == "NOR"
    assert actors.nationality("Peruvians") == "PER"
    assert actors.nationality("Swiss") == "CHE"


def test_actors_near_misses_one_letter_and_not_the_first():
    actors = ActorDictionary.load()
    assert [c.name for c in actors.near_misses("Mr Tokaev", "2022-01-07")] == [
        "Kassym-Jomart Tokayev"
    ]
    assert actors.near_misses("Mr Mokayev", "2022-01-07") == []  # first letter differs
    assert actors.near_misses("Mr Tekaiev", "2022-01-07") == []  # two letters apart


def test_actors_near_misses_remembered_answer_is_a_fresh_list():
    actors = ActorDictionary.load()
    first = actors.near_misses("Mr Tokaev", "2022-01-07")
    first.clear()  # a caller's change to its list is not remembered
    assert [c.name for c in actors.near_misses("Mr Tokaev", "2022-01-07")] == [
        "Kassym-Jomart Tokayev"
    ]


def test_actors_phoenix_layer_beneath_ours():
    with_base = ActorDictionary.load()
    without = ActorDictionary.load(base_layers=())
    # a name only the Phoenix dictionaries know
    assert with_base.named("Hamid Karzai", "2010-01-01").country == "AFG"
    assert without.named("Hamid Karzai", "2010-01-01") is None
    # ours wins where both know the name: Tokayev's presidency is ours (Phoenix ends in 2014)
    assert with_base.named("Tokayev", "2022-01-07").title == "President"
    # our agent nouns win over the base layer's longer phrases
    assert with_base.agent_sector("illegal immigrant") == "REF"
    assert with_base.agent_sector("anti riot police") == "COP"


def test_actors_current_roles_after_2016():
    actors = ActorDictionary.load()
    assert actors.named("Charles Michel", "2014-12-01").country == "BEL"
    assert actors.named("Charles Michel", "2021-03-01").country == "IGO"
    assert actors.named("Mr Mnangagwa", "2019-01-01").sector == "GOV"


@pytest.mark.parametrize(
    "text, word, sector",
    [
        ("Turkish intelligence officers met their counterparts.", "officers", "SPY"),
        ("The police inspector general resigned on Monday.", "general", "GOV"),
        ("Army officers staged a coup.", "officers", "MIL"),
    ],
)
def test_agent_phrases_before_their_head_word(pipeline, nlp, text, word, sector):
    doc = nlp(text)
    head = next(t for t in doc if t.text == word)
    actor = pipeline.events.actors.code(head, ArticleContext(day="2022-01-07"))
    assert actor is not None and actor.sector == sector


def test_count_countries_by_sentence(parse):
    """Each sentence's countries, and those it puts things in ("in Ruse", not "Ruse said")."""
    from crisislens.actors.context import count_countries
    from crisislens.events.rules.nearest import where_named
    from crisislens.schemas import Place

    text = "Bulgarian farmers marched in Ruse. Ruse said the roads were shut."
    doc = parse(text)
    ruse = [i for i in range(len(text)) if text.startswith("Ruse", i)]
    places = [Place(text="Ruse", start=i, end=i + 4, name="Ruse", country="BGR") for i in ruse]
    context = ArticleContext(day=None)
    count_countries(context, doc, places, {"Bulgarian": "BGR"}.get, where_named)
    first, second = (s.start_char for s in doc.sents)
    assert context.countries == {"BGR": 3}  # two places and one nationality word
    assert context.sentence_countries == {first: {"BGR"}, second: {"BGR"}}
    assert context.sentence_places == {first: {"BGR"}, second: set()}


def test_bundled_data_files_give_no_key_twice():
    """Whatever module reads a bundled data file, a key added twice (a second ``words:`` list
    where one exists) would silently replace the first: every bundled YAML file is refused
    then."""
    from importlib import resources

    from crisislens.data import load_yaml

    folder = resources.files("crisislens") / "data"
    files = [f for f in folder.iterdir() if f.name.endswith(".yaml")]
    assert len(files) > 10
    for file in files:
        load_yaml(file.read_text(encoding="utf-8"))  # raises on a key given twice
