"""Where an event is placed in news reports: the headline's country, removals' destinations,
"the city" referring back, a country's possessive, portfolios and abbreviated countries (our
own sentences, real pipeline and gazetteer)."""

import pytest


def _event(record, event_type, trigger_word):
    return next(
        e
        for e in record.events
        if e.event_type == event_type and e.trigger and trigger_word in e.trigger.text
    )


def test_event_places_headline_country_is_the_article_place(extract):
    text = (
        "Rights groups say at least a dozen Rohingya men who remain in custody are at risk. "
        "Myanmar has denied abusing the minority. Myanmar's army said on Monday it would "
        "investigate. Officials in Myanmar declined to comment. Malaysia has held the men since "
        "2020. Police arrested three activists on Tuesday, rights groups said."
    )
    title = "Fate of Rohingya in Malaysia uncertain after 30 deported to Myanmar"
    arrest = _event(extract(text, title=title), "COERCE", "arrested")
    assert (arrest.location.country, arrest.location.mention) == ("MYS", "article")
    # without a headline, the country the text names most
    arrest = _event(extract(text), "COERCE", "arrested")
    assert arrest.location.country == "MMR"


@pytest.mark.parametrize(
    "text,trigger,country",
    [
        (
            "Bangladesh deported 30 Rohingya men to Myanmar on Sunday. The men had been held in a "
            "camp in Cox's Bazar.",
            "deported",
            "BGD",
        ),
        (
            "Police in Malaysia arrested two activists on Monday and handed them over to Singapore, "
            "officials said.",
            "handed",
            "MYS",
        ),
        (
            "Of the 300 detainees, Malaysia deported 120 to Indonesia in 2019 but sent 90 back to "
            "Myanmar a year later.",
            "deported",
            "MYS",
        ),
        (  # the parse hangs "back" on the people sent
            "Of the 300 detainees, Malaysia deported 120 to Indonesia in 2019 but sent 90, most "
            "of them women, back to Myanmar a year later.",
            "deported",
            "MYS",
        ),
    ],
)
def test_event_places_a_removal_happens_where_it_starts(extract, text, trigger, country):
    event = next(e for e in extract(text).events if e.trigger and trigger in e.trigger.text)
    assert event.location.country == country


def test_event_places_a_deployment_goes_where_the_troops_go(extract):
    event = _event(
        extract("The government sent 500 troops to Timbuktu on Friday to secure the town."),
        "MOBILIZE",
        "sent",
    )
    assert event.location.name == "Timbuktu"


def test_event_places_the_city_refers_back_to_the_last_town(extract):
    record = extract(
        "Officials in Bamako said on Sunday that talks in Bamako would resume. Security forces "
        "in Bamako were on alert. Last month, rebels ambushed a truck carrying police officers "
        "in Gao and killed 12 of them. Days later, a roadside bomb killed nine farmers in the "
        "city, while the group claimed an attack on an army patrol escorting a convoy for a firm "
        "owned by France."
    )
    killing = _event(record, "ASSAULT", "killed")
    assert killing.location.name == "Gao"


def test_event_places_the_city_with_its_own_name_is_that_name(extract):
    record = extract(
        "Protesters gathered in Dakar on Friday. On Saturday, police fired tear gas in the city "
        "of Thies."
    )
    gas = next(e for e in record.events if e.trigger and "fired" in e.trigger.text)
    assert gas.location.name.startswith("Thi")


def test_event_places_a_portfolio_is_no_town(extract):
    record = extract(
        '"These duties will stay until the border is secure," Commerce Secretary Howard Lutnick '
        "told CBS on Sunday. The Commerce chief also dismissed fears of a recession. Trump said "
        "the United States would impose the tariffs on Tuesday. The Minister of Justice said "
        "the law would pass."
    )
    assert [p.name for p in record.places] == ["United States"]


def test_event_places_an_abbreviated_country_with_dots(extract):
    record = extract(
        "Rebels burned three villages in northern C.A.R. on Monday, officials said. The "
        "D.R.C. said it had closed its border."
    )
    assert {p.text: p.country for p in record.places} == {"C.A.R.": "CAF", "D.R.C.": "COD"}
    burning = next(e for e in record.events if e.trigger and "burned" in e.trigger.text)
    assert burning.location.country == "CAF"


def test_event_places_a_countrys_possessive_names_the_more_precise_place(extract):
    record = extract(
        "Officials in Mogadishu said on Monday that talks in Mogadishu would resume. An offensive "
        "launched against Somalia's Puntland region earlier this month has pushed the militants "
        "out of several strongholds."
    )
    offensive = _event(record, "ASSAULT", "offensive")
    assert (offensive.location.name, offensive.location.feature) == ("Puntland", "admin1")


def test_event_places_a_spoken_event_is_where_its_speakers_are(extract):
    # the countries urged, backed and called on are whom the ministers address, not where
    record = extract(
        "GENEVA — Foreign ministers of six nations urged Iran on Friday to halt uranium "
        "enrichment. They also backed Ukraine and called on Russia to withdraw its troops.",
        published="2024-11-15",
    )
    spoken = [e for e in record.events if e.event_type in ("REQUEST", "SUPPORT")]
    assert len(spoken) >= 2
    assert {(e.location.name, e.location.mention) for e in spoken} == {("Geneva", "article")}


def test_event_places_the_article_is_where_its_text_puts_things(extract):
    # Iran is named as often as Muscat, but only as a party: the story is in Muscat
    record = extract(
        "Envoys urged Iran on Friday to halt uranium enrichment. Iran said it would study the "
        "proposal. The talks in Muscat ended without a deal. Diplomats had arrived in Muscat "
        "on Thursday.",
        published="2024-11-15",
    )
    request = _event(record, "REQUEST", "urged")
    assert (request.location.name, request.location.mention) == ("Muscat", "article")
    # a headline that puts the story somewhere says where it is
    titled = extract(
        "Envoys urged Iran on Friday to halt uranium enrichment. Iran said it would study the "
        "proposal. Oman has hosted such talks before.",
        published="2024-11-15",
        title="Envoys press Iran on enrichment as talks open in Oman",
    )
    assert _event(titled, "REQUEST", "urged").location.country == "OMN"


def test_event_places_a_war_named_after_a_country_is_a_topic(extract):
    # "in the Armenia-Azerbaijan war" puts nothing in Armenia: the story is where the envoys met
    record = extract(
        "Trade envoys pressed Armenia to sign a truce in the Armenia-Azerbaijan war, and "
        "urged Baku to do the same. The envoys gathered in Vienna. Relief agencies said families fleeing the "
        "Armenia-Azerbaijan war needed shelter.",
        published="2024-11-15",
    )
    request = _event(record, "REQUEST", "urged")
    assert (request.location.name, request.location.mention) == ("Vienna", "article")
    # an appeal about a war is not placed in the war's place, but where it was made
    record = extract("CAIRO - The foreign minister called on Tuesday for a truce in the Gaza war.")
    appeal = next(e for e in record.events if e.event_type == "REQUEST")
    assert (appeal.location.name, appeal.location.mention) == ("Cairo", "article")


@pytest.mark.parametrize(
    "text,event_type,towns",
    [
        # a list under a place noun: each named town is an event of its own
        (
            "Riots broke out in several towns, including Kumasi and Tamale, on Friday.",
            "PROTEST",
            {"Kumasi", "Tamale"},
        ),
        # the towns an ongoing event spread to, and its own
        (
            "Protests erupted in Tehran on Monday and spread to other cities, including "
            "Isfahan and Shiraz.",
            "PROTEST",
            {"Tehran", "Isfahan", "Shiraz"},
        ),
        ("The strike spread on Tuesday to Mombasa and Kisumu.", "PROTEST", {"Mombasa", "Kisumu"}),
        ("Strikes shut schools in Kumasi, Tamale and Takoradi.", "COERCE", None),
        # a town near another names one place
        ("Clashes broke out in Goma, near Rutshuru, on Monday.", "ASSAULT", {"Goma"}),
        # a list on the trigger's object, and one that "among them" opens after a date
        (
            "Airstrikes struck several towns, including Idlib and Saraqib, on Sunday.",
            "ASSAULT",
            {"Idlib", "Saraqib"},
        ),
        (
            "Drones hit several cities overnight, among them Kharkiv and Odesa, officials said.",
            "ASSAULT",
            {"Kharkiv", "Odesa"},
        ),
        (
            "Rallies were held in several cities on Friday, among them Lagos and Ibadan.",
            "PROTEST",
            {"Lagos", "Ibadan"},
        ),
        # the names "of" gives on the trigger's object
        (
            "Gunmen attacked the villages of Kukawa and Monguno on Monday.",
            "ASSAULT",
            {"Kukawa", "Monguno"},
        ),
    ],
)
def test_event_places_one_event_per_town_a_sentence_lists(extract, text, event_type, towns):
    found = [e.location.name for e in extract(text).events if e.event_type == event_type]
    expected = towns or {"Kumasi", "Tamale", "Takoradi"}
    assert sorted(found) == sorted(expected)


def test_event_places_a_landmark_abroad_is_the_events_place(extract):
    # a dateline's town abroad is where the report was filed, not where the talks were held
    record = extract("ANKARA - The Turkish foreign minister held talks at the Kremlin on Monday.")
    talks = next(e for e in record.events if e.event_type == "CONSULT")
    assert (talks.location.name, talks.location.country) == ("Kremlin", "RUS")
    # a landmark in the article's own town is placed by the town
    record = extract("MOSCOW - Protesters rallied outside the Kremlin on Saturday.")
    rally = next(e for e in record.events if e.event_type == "PROTEST")
    assert (rally.location.name, rally.location.feature) == ("Moscow", "city")


def test_event_places_a_dateline_run_into_the_next_words_entity(extract):
    # spaCy may read "GENEVA - Ministers" as one organisation: the dateline is still a place
    record = extract("GENEVA - Ministers discussed new sanctions on Iran on Friday.")
    talks = next(e for e in record.events if e.event_type == "CONSULT")
    assert (talks.location.name, talks.location.mention) == ("Geneva", "article")


def test_event_places_a_region_after_a_town_is_put_there_too():
    from crisislens.events.focus import _put_in

    text = "The talks in Lakeview, Ontario, ended. Canada, France and Japan attended."
    assert _put_in(text, text.index("Ontario"))
    assert not _put_in(text, text.index("France"))


@pytest.mark.parametrize(
    "text,trigger,mention,country",
    [
        # the place of the passive agent's bases is the agent's, not the bombing's
        (
            "Police in Sukkur said the bombing on Sunday was planned by a cell with bases in Iran.",
            "bombing",
            "name",
            "PAK",
        ),
        # "operated by Turkey" says who runs the depot: the sentence names no place of its own
        (
            "Rebels torched a fuel depot operated by Turkey on Sunday, residents said.",
            "torched",
            "article",
            "TUR",
        ),
    ],
)
def test_event_places_an_agent_phrase_says_who_acts_not_where(
    extract, text, trigger, mention, country
):
    event = next(e for e in extract(text).events if e.trigger and trigger in e.trigger.text)
    assert (event.location.mention, event.location.country) == (mention, country)


def test_event_places_people_from_a_town_are_not_placed_there(extract):
    event = _event(
        extract("Unknown assailants wounded a group of pilgrims from Karachi on Monday."),
        "ASSAULT",
        "wounded",
    )
    assert event.location.mention == "article"


@pytest.mark.parametrize(
    "text,trigger,city",
    [
        ("Troops deployed across the Afghan capital on Sunday.", "deployed", "Kabul"),
        ("Protesters marched through Niger's capital on Friday.", "marched", "Niamey"),
    ],
)
def test_event_places_a_countrys_capital_named_by_a_phrase(extract, text, trigger, city):
    record = extract(text)
    event = next(e for e in record.events if e.trigger and trigger in e.trigger.text)
    assert (event.location.name, event.location.feature) == (city, "city")


def test_event_places_a_name_in_apposition_to_the_capital_is_a_town(extract):
    record = extract("Ministers from both countries met on Monday in the capital, Bangui.")
    meeting = _event(record, "CONSULT", "met")
    assert meeting.location.name == "Bangui"


@pytest.mark.parametrize(
    "text,trigger,city",
    [
        # the topic of talks is no place of theirs; the verb that holds them says where
        ("Envoys of both sides met in Vienna on Tuesday for talks on Syria.", "met", "Vienna"),
        ("Talks on Libya took place in Geneva on Monday.", "Talks", "Geneva"),
        ("Leaders held talks in Doha on Sunday about the crisis in Yemen.", "talks", "Doha"),
        ("Ministers gathered in Oslo on Friday to discuss the war in Sudan.", "discuss", "Oslo"),
        ("Egypt will host a summit in Cairo next month on aid to Gaza.", "host", "Cairo"),
        # a visit is where it goes
        ("The prime minister visited Kyiv on Monday.", "visited", "Kyiv"),
    ],
)
def test_event_places_a_meeting_is_where_it_is_held(extract, text, trigger, city):
    event = next(
        e
        for e in extract(text).events
        if e.event_type == "CONSULT" and e.trigger and trigger in e.trigger.text
    )
    assert (event.location.name, event.location.mention) == (city, "name")


@pytest.mark.parametrize(
    "text",
    [
        # what is discussed, a clause or a noun with its own clause, is no place of the talks:
        # they are where the article is
        "GENEVA - The ministers discussed whether the truce in Sudan would hold.",
        "GENEVA - The ministers discussed ways to end the fighting in Sudan on Friday.",
    ],
)
def test_event_places_what_talks_discuss_is_not_where_they_are(extract, text):
    talks = _event(extract(text), "CONSULT", "discussed")
    assert (talks.location.name, talks.location.mention) == ("Geneva", "article")


@pytest.mark.parametrize(
    "text,event_type,trigger,place",
    [
        # a place set apart from what the clause tells is none of its places
        (
            "Beyond Syria, the envoys also discussed trade in Vienna on Monday.",
            "CONSULT",
            "discussed",
            "Vienna",
        ),
        (
            "GENEVA - Beyond Yemen, the ministers discussed shipping on Friday.",
            "CONSULT",
            "discussed",
            "Geneva",
        ),
        # ... but a place beyond which something happens is its place
        (
            "Gunmen attacked a convoy beyond Maiduguri on Sunday, killing six soldiers.",
            "ASSAULT",
            "attacked",
            "Maiduguri",
        ),
        # a name the tagger leaves untagged after "beyond" is still a place
        ("Militants shelled villages beyond Kidal on Monday.", "ASSAULT", "shelled", "Kidal"),
        # "besides" sets apart wherever it stands
        (
            "Besides Mali, the junta in Niger also expelled French troops.",
            "SANCTION",
            "expelled",
            "Niger",
        ),
    ],
)
def test_event_places_a_place_set_apart_is_not_the_events(
    extract, text, event_type, trigger, place
):
    event = _event(extract(text), event_type, trigger)
    assert event.location.name == place


def test_event_places_a_dateline_is_the_articles_place_not_the_events(extract):
    # the dateline's town runs into the first sentence's parse: it is where the report was
    # filed, the article's place, and a place the sentence names itself wins over it
    record = extract("CAIRO - Security forces arrested 30 students on Monday.")
    arrest = _event(record, "COERCE", "arrested")
    assert (arrest.location.name, arrest.location.mention) == ("Cairo", "article")
    record = extract("NAIROBI - A bomb attack set fire to a fuel depot in Mombasa overnight.")
    attack = next(e for e in record.events if e.event_type == "ASSAULT")
    assert (attack.location.name, attack.location.mention) == ("Mombasa", "name")


def test_event_places_an_attack_placed_by_the_article_is_by_an_unidentified_group(extract):
    # the dateline's town is the article's place, never the sentence's own; the attack is
    # still by an unidentified armed group of the country it is placed in
    record = extract("KIDAL, Mali — A roadside bomb killed six soldiers on Monday, officials said.")
    killing = _event(record, "ASSAULT", "killed")
    assert killing.location.mention == "article"
    assert (killing.actor.country, killing.actor.sector) == ("MLI", "UAF")


def test_event_places_a_headline_noun_placed_by_the_article_gets_no_unnamed_actor(extract):
    # only a verb's clause says someone acted; a headline's bare "strike" placed by the
    # dateline alone is no protest by unnamed protesters of the dateline's country (the lead
    # tells no act surely, so the scorer keeps the headline's strike: 7b1490b)
    text = (
        "Dock strike ends\n\nBy Jo Marr\n\nMarch 2, 2015\n\n"
        "LIMA - Port workers in Callao went back to work on Friday, union leaders said."
    )
    strike = _event(extract(text), "PROTEST", "strike")
    assert strike.location.mention == "article"
    assert strike.actor is None


def test_event_places_people_from_a_province_set_off_by_a_comma(extract):
    record = extract(
        "In Gao, rebels have stepped up attacks on soldiers, traders and miners, mostly from the "
        "Kidal region."
    )
    attacks = [e for e in record.events if e.event_type == "ASSAULT"]
    assert attacks and all(e.location is None or e.location.name != "Kidal" for e in attacks)


def test_event_places_a_town_before_a_resident_noun_is_a_home_not_the_place(extract):
    # the victim's home town names no place of the shooting: the dateline's town places it
    record = extract(
        "DOVER, Del. - A 30-year-old Summerville man was shot and wounded late Friday."
    )
    shooting = next(e for e in record.events if e.event_type == "ASSAULT")
    assert (shooting.location.name, shooting.location.mention) == ("Dover", "article")


@pytest.mark.parametrize(
    "text,event_type,trigger,country",
    [
        (
            "WASHINGTON — North Korea test-fired two ballistic missiles on Thursday, the Pentagon "
            "said. American officials said they were studying the launches.",
            "MOBILIZE",
            "fired",
            "PRK",
        ),
        (
            "BRUSSELS — Russia has massed tens of thousands of troops over the past month, NATO "
            "officials said on Monday. Diplomats in Brussels said the alliance would meet soon.",
            "MOBILIZE",
            "massed",
            "RUS",
        ),
        (
            "LONDON — Iran's authorities banned all public gatherings on Sunday and arrested "
            "dozens of students, rights groups said.",
            "COERCE",
            "banned",
            "IRN",
        ),
    ],
)
def test_event_places_a_states_own_act_is_at_home_not_at_a_foreign_dateline(
    extract, text, event_type, trigger, country
):
    # a state's own act whose sentence names no place happens in its country, not in the
    # third country the report comes from; at country precision, as the article gives
    event = _event(extract(text), event_type, trigger)
    assert (event.location.country, event.location.feature) == (country, "country")
    assert event.location.mention == "article"


def test_event_places_an_act_at_home_keeps_a_dateline_in_its_own_country(extract):
    # the dateline's town lies in the acting state's country: it places the act more precisely
    record = extract("TEHRAN, Iran — Iranian police arrested dozens of students on Sunday.")
    arrest = _event(record, "COERCE", "arrested")
    assert (arrest.location.name, arrest.location.mention) == ("Tehran", "article")


@pytest.mark.parametrize(
    "text,trigger,country",
    [
        (
            "Mexico sent 10,000 soldiers to the northern border with the United States to curb "
            "drug smuggling.",
            "sent",
            "MEX",
        ),
        ("Nigeria closed its border with Benin on Tuesday.", "closed", "NGA"),
        (
            "Kenya deployed 800 police officers to its northern border with Somalia last week.",
            "deployed",
            "KEN",
        ),
        (
            "Hundreds of extra soldiers were sent on Friday to Turkey's long border with Syria.",
            "sent",
            "TUR",
        ),
        (
            "Troops in Niger's Tillaberi region faced a new threat. Gunmen killed seven soldiers "
            "on Monday at an army post in a western district on the border with Mali.",
            "killed",
            "NER",
        ),
        (
            "Fighting flared again in the Far North region of Cameroon. Militants ambushed a convoy "
            "near the border with Nigeria on Sunday, killing four soldiers, officials said.",
            "ambushed",
            "CMR",
        ),
    ],
)
def test_event_places_a_border_is_not_in_the_neighbour_it_is_shared_with(
    extract, text, trigger, country
):
    # the border named with its neighbour is on the side of its owner or of the acting state,
    # and where neither is named the neighbour still is not where it happened: the article's
    # place stands (the last two)
    event = next(e for e in extract(text).events if e.trigger and trigger in e.trigger.text)
    assert event.location.country == country


def test_event_places_a_later_report_of_the_happening_names_the_finer_place(extract):
    text = (
        "Armed men killed nine people in northern Nigeria over the weekend. Police said the "
        "attack happened on Saturday in a farming village of Zamfara state, where the gunmen "
        "shot at traders. Last month, six people were killed when gunmen raided a market near "
        "Kano."
    )
    first = next(e for e in extract(text, published="2025-05-12").events if e.quantities)
    # the country of the first sentence gives way to the state a later mention names, not to
    # the article's only town (Kano, where another attack was)
    assert (first.location.name, first.location.mention) == ("Zamfara", "name")


def test_event_places_a_capitalised_dateline_after_a_headline(extract):
    text = (
        "Shelling resumes in the south\n\nKHERSON, Ukraine - Artillery hit a market on Monday, "
        "killing four people, officials said."
    )
    [hit] = [e for e in extract(text).events if e.event_type == "ASSAULT"]
    assert (hit.location.name, hit.location.mention) == ("Kherson", "article")
    # a place opening the second line is no dateline unless it is in capitals: the article's
    # place is the town it names most
    text = (
        "Talks resume\nOdesa, the officials said, was quiet. Artillery hit a market in Kherson "
        "and a school in Kherson. The governor met aid groups on Monday."
    )
    [met] = [e for e in extract(text).events if e.event_type == "CONSULT"]
    assert met.location.name == "Kherson"


def test_event_places_a_part_of_a_country_gives_way_to_the_finer_place(extract):
    text = (
        "Raiders attacked a village in northwest Nigeria early Sunday morning, killing 11 "
        "people. The raid took place in a hamlet of Sokoto state, police said."
    )
    [raid] = [e for e in extract(text, published="2025-03-10").events if e.quantities]
    # "northwest Nigeria" (a part of the country) holds the state the later mention names
    assert (raid.location.name, raid.location.mention) == ("Sokoto", "name")


@pytest.mark.parametrize(
    "text, country",
    [
        # filed from a foreign capital about another country: its events are in that country
        (
            "NAIROBI, Kenya - Soldiers shelled a market in the Somali town of Baidoa on Monday. "
            "Witnesses said police later arrested 12 men at a checkpoint.",
            "SOM",
        ),
        # the text names the dateline's country again: the dateline is the article's place
        (
            "NAIROBI, Kenya - Soldiers shelled a market in the Somali town of Baidoa on Monday. "
            "Kenyan officials said police later arrested 12 men at a checkpoint.",
            "KEN",
        ),
    ],
)
def test_event_places_a_dateline_abroad_is_where_the_report_was_filed(extract, text, country):
    events = extract(text, published="2025-02-04").events
    arrest = next(e for e in events if e.trigger and "arrested" in e.trigger.text)
    assert arrest.location.country == country


def test_event_places_a_dateline_may_end_in_a_colon(extract):
    events = extract(
        "Mombasa: Police arrested 30 traders on Monday.", published="2025-06-10"
    ).events
    arrest = next(e for e in events if e.trigger and "arrested" in e.trigger.text)
    assert (arrest.location.name, arrest.location.mention) == ("Mombasa", "article")


def test_event_places_the_state_of_a_name_is_the_state(extract):
    # "Guanajuato" is a state and its capital; "the central state of" says which
    text = "Gunmen ambushed a patrol in the central state of Guanajuato on Monday."
    [ambush] = extract(text, published="2025-02-04").events
    assert (ambush.location.name, ambush.location.feature) == ("Guanajuato", "admin1")


def test_event_places_a_place_another_is_located_from_is_not_the_events(extract):
    # Mbale only says where the village is; the gazetteer lacks the village, so the event
    # stays in the country its first sentence names, not in the town it is measured from
    text = (
        "Rebels killed 12 villagers in eastern Uganda on Sunday. "
        "The attack took place in Kitembozi, about 70 km north of Mbale."
    )
    [attack] = extract(text, published="2025-02-04").events
    assert (attack.location.name, attack.location.feature) == ("Uganda", "country")


def test_event_places_a_known_district_before_a_near_town_places_the_event(extract):
    # a district the gazetteer knows, named before the town it is measured from, is where
    # the event was: not the town, however near
    text = (
        "Gunmen killed two guards in Kashmir on Friday. The attack took place in a village "
        "of Anantnag district, about 40 km south of Srinagar."
    )
    [attack] = extract(text, published="2025-02-04").events
    assert attack.location.name.startswith("Anantn")


def test_event_places_a_country_s_city_of_a_name_puts_the_story_there(extract):
    # "Ruvania's city of X" names X's kind as "the city of X" does: a capital's dateline is the
    # bureau's, and the story's unplaced events are in X
    text = (
        "Lima, May 3\nEleven inmates died in a riot at a jail in Peru's city of Arequipa, "
        "officials said. Guards fought the rioters for six hours."
    )
    events = extract(text, published="2025-05-03").events
    assert {e.location.name for e in events} == {"Arequipa"}


def test_event_places_a_coders_bracketed_units_are_no_list_of_places(extract):
    # "near Katari (Kachia, Kaduna)" is one place and the units that hold it: one event
    text = "On 9 October 2021, gunmen abducted 6 passengers near Katari (Kachia, Kaduna)."
    [abduction] = extract(text, published="2021-10-10").events
    assert abduction.location.country == "NGA"


def test_event_places_congo_alone_is_the_democratic_republic(extract):
    [attack] = extract("Rebels killed 12 villagers in eastern Congo on Sunday.").events
    assert attack.location.country == "COD"


@pytest.mark.parametrize("distance", ["20 km", "one mile"])
def test_event_places_a_town_near_enough_still_places_the_event(extract, distance):
    # within reference_near_km of the town it is measured from: placed at that town
    text = (
        "Rebels killed 12 villagers in eastern Uganda on Sunday. "
        f"The attack took place in Kitembozi, about {distance} north of Mbale."
    )
    [attack] = extract(text, published="2025-02-04").events
    assert attack.location.name == "Mbale"


@pytest.mark.parametrize(
    "text, place",
    [
        # filed from the capital's bureau about towns elsewhere in the country: its unplaced
        # events are in the town the text names, not in the capital
        (
            "LIMA - Gunmen shot the mayor of Juliaca on Sunday. "
            "On Monday, gunmen in the southern region of Puno ambushed a police patrol. "
            "Police later arrested 12 men.",
            "Juliaca",
        ),
        # the bureau's story is where its lead puts it, not in a town a later paragraph names
        (
            "LIMA - Gunmen in the southern region of Puno ambushed a police patrol on Monday. "
            "Police later arrested 12 men after a long search of the hills. "
            "In March, a bomb went off in a market in Arequipa.",
            "Puno",
        ),
        # a region's capital is not the capital the dateline is
        (
            "LIMA - Gunmen ambushed a police patrol in the southern region of Puno on Sunday. "
            "Two officers died in a hospital in the regional capital of Puno. "
            "Police later arrested 12 men.",
            "Puno",
        ),
        # a dateline the text names again, or calls the capital, stays the article's place
        (
            "LIMA - Gunmen in the southern region of Puno ambushed a police patrol "
            "on Monday. Police later arrested 12 men, Lima officials said.",
            "Lima",
        ),
        (
            "LIMA - A bomb went off near a bank in the capital on Monday, and gunmen in "
            "the southern region of Puno ambushed a police patrol. Police later arrested 12 men.",
            "Lima",
        ),
        # a dateline that is not the capital is where the report is from, not a bureau
        (
            "AREQUIPA - Gunmen shot the mayor of Juliaca on Sunday. "
            "On Monday, gunmen in the southern region of Puno ambushed a police patrol. "
            "Police later arrested 12 men.",
            "Arequipa",
        ),
    ],
)
def test_event_places_a_capitals_bureau_dateline_gives_way_to_the_town_reported_on(
    extract, text, place
):
    events = extract(text, published="2025-02-04").events
    arrest = next(e for e in events if e.trigger and "arrested" in e.trigger.text)
    assert (arrest.location.name, arrest.location.mention) == (place, "article")


def test_event_places_the_article_is_in_the_town_it_puts_things_in(extract):
    # named as often as the victim's home town, the town the shooting is put in is the
    # article's place
    text = (
        "Kim Lee of Jonesboro was shot at a party in Paragould on Saturday. "
        "Deputies arrested a woman on Sunday."
    )
    events = extract(text, published="2025-02-04").events
    arrest = next(e for e in events if e.trigger and "arrested" in e.trigger.text)
    assert (arrest.location.name, arrest.location.mention) == ("Paragould", "article")


@pytest.mark.parametrize("office", ["the Mayor of", "the Police Chief of"])
def test_event_places_a_towns_own_office_names_the_town_not_a_home(extract, office):
    # "Kim Lee of Paragould" is a home; "the Mayor of Jonesboro" speaks for the town itself
    text = (
        f"Kim Lee of Paragould was shot on Saturday, {office} Jonesboro said. "
        "Deputies arrested a woman on Sunday."
    )
    events = extract(text, published="2025-02-04").events
    arrest = next(e for e in events if e.trigger and "arrested" in e.trigger.text)
    assert (arrest.location.name, arrest.location.mention) == ("Jonesboro", "article")


@pytest.mark.parametrize(
    "part,place",
    [
        ("Ecuador's southeast", "Ecuador"),
        ("Ecuador's southeast, near the border,", "Ecuador"),
        ("southern Ecuador", "Ecuador"),
        ("Ecuador", "Quito"),
    ],
)
def test_event_places_a_part_of_the_country_the_dateline_lies_outside(extract, part, place):
    # the capital's dateline places an attack "in Ecuador" (the report gives nothing finer),
    # but not one in a part of the country the capital lies outside
    text = f"QUITO, Ecuador - An attack in {part} killed six soldiers on Friday, the army said."
    events = extract(text, published="2025-02-08").events
    attack = next(e for e in events if e.trigger and "killed" in e.trigger.text)
    assert attack.location.name == place


def test_event_places_where_a_speaker_is_is_not_where_the_act_is(extract):
    # the strike is told of in Lisbon: the minister's sentence does not place it (the article
    # does, naming no other place)
    record = extract(
        "Ferry crews walked off the job on Monday. Speaking in Lisbon, the transport minister "
        "told reporters the strike was illegal.",
        published="2025-03-03",
    )
    strike = _event(record, "PROTEST", "walked off")
    assert (strike.location.name, strike.location.mention) == ("Lisbon", "article")
    # a speaker's place is where the story is only when nothing is put anywhere else
    record = extract(
        "The mayor of Noumea appealed for calm on Tuesday. Rioters looted a pharmacy and torched "
        "two cars overnight. In Paris, the overseas minister said more police would fly out.",
        published="2025-03-03",
    )
    looting = _event(record, "COERCE", "looted")
    assert (looting.location.country, looting.location.mention) == ("NCL", "article")


def test_event_places_a_countrys_possessive_before_its_territory(extract):
    record = extract(
        "Riot police were flown to France's Pacific territory of New Caledonia on Friday.",
        published="2025-03-03",
    )
    assert {e.location.country for e in record.events if e.location is not None} == {"NCL"}


def test_event_places_a_place_a_vehicle_is_bound_for_is_not_where_it_happened(extract):
    # the bus was heading to Mombasa; the shooting was at Voi (without bound_for: Mombasa)
    text = "Bandits fired on a Mombasa-bound bus at a market in Voi on Sunday."
    shooting = _event(extract(text), "ASSAULT", "fired")
    assert shooting.location.name == "Voi"


def test_event_places_a_town_the_gazetteer_lacks_is_not_its_reference_point(extract):
    # "in Dashtani" says where the meeting was (spaCy takes the town for a person);
    # Islamabad, 175 km away, only locates it
    text = "Gunmen attacked a meeting of elders in Dashtani, about 175 km northwest of Islamabad."
    [attack] = extract(text, published="2025-02-04").events
    assert attack.location is None or attack.location.name != "Islamabad"
    # a month is no town: "in March, 180 km north of Goma" still places the ambush at Goma
    text = "In March, rebels ambushed a convoy 180 km north of Goma."
    [ambush] = extract(text, published="2025-05-01").events
    assert ambush.location.name == "Goma"


def test_event_places_a_mixed_case_dateline_after_the_headline_is_not_the_events(extract):
    # "Manila - " opens the report under its headline: where it was filed, not the clash
    text = (
        "Two soldiers killed in southern clash\n\n"
        "Manila - Two soldiers were killed in a clash with rebels in the southern "
        "Philippines, a military spokesman said Monday.\n\n"
        "He said the fighting broke out on Sunday in Datu Piang town."
    )
    events = extract(text, published="2025-02-04").events
    clash = next(e for e in events if e.event_type == "ASSAULT")
    assert clash.location.name == "Datu Piang"


def test_event_places_an_article_that_names_only_a_nationality_is_in_its_country(extract):
    # no place is named, but every party is Somali: the attack is in Somalia, not nowhere
    text = "Militants killed 12 Somali soldiers in an attack on an army base, officials said."
    events = extract(text, published="2025-02-04").events
    attack = next(e for e in events if e.event_type == "ASSAULT")
    assert (attack.location.country, attack.location.mention) == ("SOM", "article")


def test_event_places_the_lead_region_outranks_a_background_town(extract):
    text = (
        "Nine soldiers were killed in an attack by gunmen on an army camp in Tillaberi region "
        "of western Niger on Thursday. The attackers also burned two trucks, the defence "
        "ministry said. Army officers said the camp had been reinforced in May. The attackers "
        "set fire to the fuel depot. Last year a bombing in Niamey, the capital, killed five."
    )
    record = extract(text, published="2025-06-06")
    burned = next(e for e in record.events if e.trigger and "set fire" in e.trigger.text)
    # the only town is named once, in a background sentence: the lead's region is the story's
    assert (burned.location.name, burned.location.mention) == ("Tillabéri", "article")


def test_event_places_the_neighbour_of_a_border_is_not_the_article_place(extract):
    text = "Thai soldiers shot dead three drug smugglers near the border with Laos on Friday."
    shot = next(e for e in extract(text).events if e.event_type == "ASSAULT")
    # Laos is only named as the border's other side: the soldiers' country is the story's
    assert shot.location.country == "THA"


def test_event_places_a_town_only_a_speaker_is_in_is_not_the_article_place(extract):
    text = (
        "Gunmen killed six farmers in a village of Kogi State on Tuesday. A local official "
        "told reporters in Ilorin on Wednesday that the attackers burned ten houses."
    )
    record = extract(text, published="2025-04-10")
    burned = next(e for e in record.events if e.trigger and "burn" in e.trigger.text)
    # Ilorin is where the official spoke: the story is in Kogi
    assert burned.location.name == "Kogi"


def test_event_places_a_town_named_in_its_province_is_the_finer_place(extract):
    text = "Mayor Ramon Cruz of Lipa city in Batangas province was shot by a gunman on Monday."
    shot = next(e for e in extract(text).events if e.event_type == "ASSAULT")
    # "in Batangas province" says where Lipa is: the town is the more precise place
    assert shot.location.name == "Lipa City"


def test_event_places_a_build_up_targets_the_border_neighbour_it_is_not_in(extract):
    text = "Belarus has deployed 30,000 troops along its border with Poland, officials said."
    build_up = next(e for e in extract(text).events if e.event_type == "MOBILIZE")
    # the troops are on their own side: Poland is the target, not the place
    assert build_up.recipient.country == "POL"
    assert build_up.location is None or build_up.location.country != "POL"


def test_event_places_the_one_district_named_in_the_province_is_the_articles_place(extract):
    # the report names its province twice and one district in it once: the district is the
    # most precise place it gives
    record = extract(
        "Nine policemen were killed by Maoist rebels in Chhattisgarh on Saturday. Their bodies "
        "were recovered from a forest in Bijapur district on Sunday, officials said. "
        "Chhattisgarh has seen a surge in rebel attacks this year.",
        published="2024-06-10",
    )
    killing = _event(record, "ASSAULT", "killed")
    assert killing.location.name == "Bijapur"


def test_event_places_a_capitals_report_on_a_province_put_after_a_direction(extract):
    # a report from the capital's bureau whose lead puts the story "in northern Soum province"
    record = extract(
        "OUAGADOUGOU - Gunmen killed at least ten men in a raid on a hamlet, security "
        "sources said on Tuesday. The assault targeted a market in northern Soum province, "
        "one source said.\n\nPolice arrested two suspects on Wednesday.",
        published="2020-01-21",
    )
    assert _event(record, "COERCE", "arrested").location.name == "Soum"
