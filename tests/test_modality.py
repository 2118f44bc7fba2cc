import pytest


def _event(record, event_type):
    matches = [e for e in record.events if e.event_type == event_type]
    assert matches, f"no {event_type} in {[e.event_type for e in record.events]}"
    return matches[0]


@pytest.mark.parametrize(
    "sentence,event_type,modality",
    [
        ("Rebels attacked the village on Monday.", "ASSAULT", "asserted"),
        ("Rebels did not attack the village.", "ASSAULT", "negated"),
        ("Rebels may attack the village.", "ASSAULT", "possible"),
        ("Rebels reportedly attacked the village.", "ASSAULT", "possible"),
        ("Rebels will attack the village next week.", "ASSAULT", "planned"),
        ("Rebels plan to attack the village.", "ASSAULT", "planned"),
        ("If talks fail, rebels would attack the village.", "ASSAULT", "hypothetical"),
        ("The government should arrest the leaders of the riot.", "COERCE", "demanded"),
        ("It is imperative that the army withdraws its troops.", "RETREAT", "demanded"),
        # a gerund on the object of "require" (modality.required_gerund)
        (
            "The unrest requires the governor imposing a curfew, the mayor said.",
            "COERCE",
            "demanded",
        ),
        ("It may be that the army will withdraw its troops.", "RETREAT", "possible"),
        # what someone believes or thinks is supposed, not asserted
        ("Officials in Niamey believe the militia ambushed the convoy.", "ASSAULT", "possible"),
        # an event noun in an object's place takes the doubt of its clause
        ("Herders fear the militia could raid the villages for supplies.", "AID", "possible"),
        # an event noun in the "of" phrase of a noun of coming back takes that noun's adjective
        ("Elders cautioned about a likely return of the fighting.", "ASSAULT", "possible"),
        # ... a bare gerund too, as a headline drops the article
        (
            "Monitors warn of possible resumption of shelling in coastal district",
            "ASSAULT",
            "possible",
        ),
        # a party's "be to" tells an arrangement ("is to blame" is an idiom)
        ("The envoy is to visit the camps in Darfur on Friday.", "CONSULT", "planned"),
        ("The militia is to blame for the shelling, the mayor said.", "ACCUSE", "asserted"),
        ("Envoys discussed a planned resumption of the siege of the port.", "COERCE", "planned"),
        (
            "If the envoy brings news of a ceasefire, the militia will leave.",
            "RETREAT",
            "hypothetical",
        ),
        # ... a direct object of a possible act is presupposed, as is a subject (a truce the
        # act would end is no happening at all: fa1dc57)
        ("The offensive could wreck the truce in Kidal.", "AGREE", "asserted"),
        # ... but not the subject of a verb that says it happens
        ("The mediator hopes a truce could take place in Kidal within days.", "AGREE", "possible"),
        ("A dockers' strike will take place in Mombasa on Monday.", "PROTEST", "planned"),
        ("A dockers' strike took place in Mombasa on Monday.", "PROTEST", "asserted"),
        # ... and so is the object of a verb a particle turns round against it
        ("The teachers' union is ready to call off the strike in Lagos.", "PROTEST", "asserted"),
        (
            "The dockers said they would call off the walkout if the port paid them.",
            "PROTEST",
            "asserted",
        ),
        # an event noun that a verb of weighing, fearing or planning takes as its object
        ("Ministers are mulling an embargo on the port of Durres.", "SANCTION", "possible"),
        ("Shopkeepers in Gao fear a raid by the militia.", "ASSAULT", "possible"),
        (
            "The dockers' union is planning a walkout at the harbour in Mombasa.",
            "PROTEST",
            "planned",
        ),
        # ... but a verb that tells of a done act leaves it asserted
        ("Brussels announced sanctions on the refinery on Tuesday.", "SANCTION", "asserted"),
        # a subject that is no one
        ("Nobody was arrested after the march through Accra on Friday.", "COERCE", "negated"),
        ("No soldiers were killed in the ambush near Gao, the army said.", "ASSAULT", "negated"),
        # ... only the trigger's own subject
        ("No one knows who attacked the convoy near Gao on Monday.", "ASSAULT", "asserted"),
        # what a ban's "from" names is not done (event_lexicon.yaml: governors, negated)
        ("The court banned the opposition leader from travelling abroad.", "CONSULT", "negated"),
        ("The governor prohibited unions from striking during the holiday.", "PROTEST", "negated"),
        # what someone is open to is offered, not done (event_rules.yaml: open_predicates)
        ("Tanzania is open to hosting the next round of talks.", "CONSULT", "planned"),
        ("The opposition is open to talks with the junta.", "CONSULT", "planned"),
        # a verb governs its complement, not a verb coordinated with it ...
        (
            "Kyiv rejected the plan on Monday and launched an offensive near Kharkiv.",
            "ASSAULT",
            "asserted",
        ),
        ("Gunmen stopped a bus near Kaduna and took 40 passengers hostage.", "ASSAULT", "asserted"),
        # ... while an auxiliary still carries over to it
        (
            "The militia will storm the town and detain the mayor, its leader said.",
            "COERCE",
            "planned",
        ),
        # an adjective on the event noun
        (
            "Police in Harare detained union organisers before a planned strike.",
            "PROTEST",
            "planned",
        ),
        (
            "Diplomats in Geneva discussed a potential ceasefire in the north.",
            "RETREAT",
            "possible",
        ),
    ],
)
def test_modality_markers(extract, sentence, event_type, modality):
    assert _event(extract(sentence), event_type).modality == modality


def test_modality_threat_is_an_asserted_threaten(extract):
    record = extract("Moscow is threatening a full-scale invasion of Ukraine.")
    threat = _event(record, "THREATEN")
    assert threat.modality == "asserted" and threat.mode == "violence"
    assert not [e for e in record.events if e.event_type == "ASSAULT" and e.modality == "asserted"]


def test_modality_calling_off_a_strike_threatens_none(extract):
    record = extract("The union said it is prepared to call off the strike at the mines.")
    assert "THREATEN" not in {e.event_type for e in record.events}
    assert _event(record, "AGREE").modality == "asserted"


def test_modality_relative_clause_is_presupposed(extract):
    record = extract(
        "It may be that talks will end the violence that has seen government buildings torched."
    )
    assert _event(record, "COERCE").modality == "asserted"


@pytest.mark.parametrize(
    "sentence,event_type,modality",
    [
        # "is set to", "is going to": arranged, not done (modality.prospective)
        ("The two presidents are set to meet in Lima on Friday.", "CONSULT", "planned"),
        ("The rebels are going to attack the town.", "ASSAULT", "planned"),
        ("The rebels are not going to attack the town.", "ASSAULT", "negated"),
        # what a vote is on is proposed, not done (assertion.talked_about)
        (
            "The senate will vote on Friday on the peace agreement with the rebels.",
            "AGREE",
            "possible",
        ),
    ],
)
def test_modality_scheduled_acts(extract, sentence, event_type, modality):
    assert _event(extract(sentence), event_type).modality == modality


@pytest.mark.parametrize(
    "sentence,threat",
    [
        (
            "The foreign ministry issued a warning to travellers heading to the northern provinces.",
            False,
        ),
        ("The embassy warned tourists to avoid the port.", False),
        ("Forecasters issued a storm warning for the coast.", False),
        ("The general warned the rebels of a harsh response.", True),
        ("Beijing issued a warning to Manila over the shoal.", True),
    ],
)
def test_modality_an_advisory_threatens_no_one(extract, sentence, threat):
    assert ("THREATEN" in {e.event_type for e in extract(sentence).events}) == threat


@pytest.mark.parametrize(
    "sentence,event_type,modality",
    [
        # a conjunct with its own subject and tense keeps its own modality ...
        (
            "The commander says his men will keep attacking the army and he condemned the"
            " raid on Tessit.",
            "ACCUSE",
            "asserted",
        ),
        # ... its tense may be its auxiliary's, after "and that" too
        (
            "Arno said the army would guard the villages and that police had arrested 20 looters.",
            "COERCE",
            "asserted",
        ),
        # ... one without a subject of its own shares the first verb's "will"
        ("Rebels will storm the town and burn the market.", "ASSAULT", "planned"),
        # an event noun after "there is" takes the modality of that "be" ...
        (
            "Traders fled the bazaar, fearing there might be a second explosion.",
            "ASSAULT",
            "possible",
        ),
        ("There was an explosion at the Telmar depot on Sunday.", "ASSAULT", "asserted"),
        # ... and keeps its own "no"
        ("There were no arrests after the march in Orvik.", "COERCE", "negated"),
        # a past clause of another happening under a plan tells it as done ...
        (
            "Velkans will vote on Sunday, a decade after the king was overthrown.",
            "COERCE",
            "asserted",
        ),
        (
            "The envoy is expected to visit Dorn after the militia attacked the convoy.",
            "ASSAULT",
            "asserted",
        ),
        # ... one still to come stays planned
        ("The army will withdraw from Dorn once the talks end.", "RETREAT", "planned"),
    ],
)
def test_the_clause_an_event_is_told_in_gives_its_modality(extract, sentence, event_type, modality):
    found = [e for e in extract(sentence).events if e.event_type == event_type]
    assert found and all(e.modality == modality for e in found)


@pytest.mark.parametrize(
    "sentence,modality",
    [
        # "no choice but to ask" is the asking of the verb that has no choice
        ("We will have no choice but to ask the council for a vote, the envoy said.", "planned"),
        ("The envoy had no choice but to ask the council for a vote.", "asserted"),
    ],
)
def test_no_choice_but_takes_the_choosing_verb(extract, sentence, modality):
    found = [e for e in extract(sentence).events if e.event_type == "REQUEST"]
    assert found and all(e.modality == modality for e in found)


def test_what_an_order_threatens_with_or_is_not_told(extract):
    text = "Give up the port by Saturday or face a military assault, the council told the garrison."
    found = [e for e in extract(text).events if e.event_type == "ASSAULT"]
    assert found and all(e.modality == "hypothetical" for e in found)


@pytest.mark.parametrize(
    "sentence,event_type",
    [
        # an infinitive after a resolution or a chance says what is meant, not what was done
        ("The council passed a resolution to strike the militia's bases by air.", "ASSAULT"),
        ("The army paused its shelling to give the fighters a chance to surrender.", "RETREAT"),
    ],
)
def test_infinitive_of_a_resolution_or_chance_is_not_done(extract, sentence, event_type):
    found = [e for e in extract(sentence).events if e.event_type == event_type]
    assert found and all(e.modality != "asserted" for e in found)


@pytest.mark.parametrize(
    "sentence,modality",
    [
        # a "that" clause joined by "and" to what is demanded is demanded too
        ("Crowds marched in Orlen, demanding new polls and that the mayor be ousted.", "demanded"),
        # a second act told beside the first stays as it is
        ("The army said it captured four rebels and that the mayor was ousted.", "asserted"),
    ],
)
def test_that_clause_joined_to_a_complement(extract, sentence, modality):
    found = [e for e in extract(sentence).events if e.event_type == "COERCE"]
    assert found and all(e.modality == modality for e in found if e.trigger.text == "ousted")
