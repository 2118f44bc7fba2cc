"""ACLED sub-event rules (events/acled.py, data/acled.yaml). Sentences of our own."""

from __future__ import annotations

import pytest

from crisislens.events.acled import AcledMapper


@pytest.fixture(scope="module")
def mapper():
    return AcledMapper()


def test_riot_police_tell_no_riot(mapper):
    # ACLED: security forces breaking up a peaceful protest (tear gas, water cannon) is a
    # protest with intervention; "riot" in "riot police" names the police, not a riot
    sentence = "Riot police fired tear gas to break up a march by teachers."
    assert mapper.classify("COERCE", "restrict", sentence, "COP", "LAB")[1] == (
        "Protest with intervention"
    )
    anti = "Anti-riot units dispersed the sit-in with water cannon."
    assert mapper.classify("COERCE", "restrict", anti, "COP", None)[1] == (
        "Protest with intervention"
    )


def test_rioters_still_make_a_violent_demonstration(mapper):
    sentence = "Rioters burned tyres as riot police fired tear gas."
    assert mapper.classify("PROTEST", "riot", sentence, "CVL", None)[1] == ("Violent demonstration")


def test_fire_set_by_demonstrators_only_is_a_violent_demonstration(mapper):
    # ACLED: arson by unnamed men destroys property, by rioters or protesters it is a riot
    church = "Unknown men set fire to a church in the village overnight."
    assert mapper.classify("COERCE", "destroy", church, "UAF", None)[1] == (
        "Looting/property destruction"
    )
    rioters = "Rioters set fire to a police station in the town."
    assert mapper.classify("COERCE", "destroy", rioters, "CVL", "COP")[1] == (
        "Violent demonstration"
    )
    marchers = "Marchers set fire to the governor's car."
    assert mapper.classify("PROTEST", "riot", marchers, "CVL", None)[1] == ("Violent demonstration")


def test_tear_gas_alone_is_intervention_and_deaths_are_excessive_force(mapper):
    gas = "Police fired tear gas at protesters outside the ministry."
    assert mapper.classify("COERCE", "restrict", gas, "COP", "CVL")[1] == (
        "Protest with intervention"
    )
    killed = "Police fired on protesters, killing three of them."
    assert mapper.classify("ASSAULT", "firearms", killed, "COP", "CVL")[1] == (
        "Excessive force against protesters"
    )


def test_attackers_who_kill_themselves_are_suicide_bombers(mapper):
    # ACLED: a bomber who dies by his own blast is a suicide bomb, whatever the word
    themselves = "Two gunmen detonated explosives at the gate, killing themselves and a guard."
    assert mapper.classify("ASSAULT", "explosives", themselves, "UAF", None)[1] == "Suicide bomb"
    planted = "A bomb planted under a car killed two guards at the gate."
    assert mapper.classify("ASSAULT", "explosives", planted, "UAF", None)[1] != "Suicide bomb"


def test_an_abduction_is_abduction_whichever_type_codes_it(mapper):
    # PLOVER codes abduction as ASSAULT (mode abduct); ACLED keeps its own sub-event type
    seized = "Armed men took two nurses from the clinic at night."
    assert mapper.classify("ASSAULT", "abduct", seized, "UAF", "CVL")[1] == (
        "Abduction/forced disappearance"
    )
    assert mapper.classify("ASSAULT", "firearms", seized, "UAF", "CVL")[1] != (
        "Abduction/forced disappearance"
    )


def test_mobile_police_are_no_mob(mapper):
    """ "mob$" ends a word (data/acled.yaml): a mobile police unit attacked is no mob's work."""
    sentence = "Gunmen attacked a mobile police unit near the market."
    lemmas = "gunman attack a mobile police unit near the market ."
    assert mapper.classify("ASSAULT", None, sentence, "UAF", "COP", lemmas=lemmas)[1] != (
        "Mob violence"
    )
    mob = "A mob beat two suspected thieves to death near the market."
    lemmas = "a mob beat two suspect thief to death near the market ."
    assert mapper.classify("ASSAULT", None, mob, "CVL", "CVL", lemmas=lemmas)[1] == ("Mob violence")


def test_gunmen_found_are_no_gun_found(mapper):
    """ "find & gun$" ends a word (data/acled.yaml): soldiers who find gunmen and fight them
    disrupt no weapons use; a gun found still does."""
    sentence = "Soldiers found the gunmen in a forest camp and killed three of them."
    lemmas = "soldier find the gunman in a forest camp and kill three of they ."
    assert mapper.classify("ASSAULT", None, sentence, "MIL", "UAF", lemmas=lemmas)[1] != (
        "Disrupted weapons use"
    )
    gun = "Police found a gun and two grenades in the boot of the car."
    lemmas = "police find a gun and two grenade in the boot of the car ."
    assert mapper.classify("COERCE", None, gun, "COP", None, lemmas=lemmas)[1] == (
        "Disrupted weapons use"
    )


def test_miners_found_are_no_mine_found(mapper):
    """ "find & mine$" ends a word (data/acled.yaml): troops who find a miners' camp and
    attack it disrupt no weapons use; a mine found and destroyed still does."""
    sentence = "Troops found the miners at their camp and opened fire, killing four."
    lemmas = "troop find the miner at their camp and open fire , kill four ."
    assert mapper.classify("ASSAULT", None, sentence, "MIL", "CVL", lemmas=lemmas)[1] != (
        "Disrupted weapons use"
    )
    mine = "Engineers found a mine buried beside the road and destroyed it."
    lemmas = "engineer find a mine bury beside the road and destroy it ."
    assert mapper.classify("COERCE", None, mine, "MIL", None, lemmas=lemmas)[1] == (
        "Disrupted weapons use"
    )
