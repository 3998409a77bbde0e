"""Attacks and other hostile acts: a thing or property on the other side, people words that name a
country, a warship that sinks a vessel, shootings told in the passive with no attacker named, one
person shot in a town, and parses that mislead on who attacked whom (pipeline/events). Sentences
invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded
from .conftest import events_of as _events
from .conftest import names as _names

Run = Callable[..., Record]


# -------------------------------------------------------------------------------------------------
# Kinds of wrong events on whole articles, each with an invented sentence: a thing alone on the
# other side of a hostile act, property seized without its owner, and groups named by common nouns
# that stand for their country.


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ruritania's army fired shots into the air on Monday to scatter a crowd.", "fired"),
        ("The state of Ruritania took control of the lithium deposits in 2019.", "took control"),
    ],
)  # fmt: skip
def test_a_hostile_act_on_a_thing_alone_is_no_event(run: Run, text: str, word: str) -> None:
    rec = run(text)
    assert not [e for e in rec.events if word in e.trigger.text and e.type == "ASSAULT"], [
        (e.type, e.trigger.text, _names(rec, e.target)) for e in rec.events
    ]


@pytest.mark.model
def test_property_seized_is_coded_without_a_thing_as_its_target(run: Run) -> None:
    rec = run("Ruritania's navy seized four cargo trawlers near the island of Orsk on Friday.")
    seized = [e for e in _events(rec, "COERCE") if "seized" in e.trigger.text]
    assert len(seized) == 1, [(e.type, e.trigger.text) for e in rec.events]
    assert not _names(rec, seized[0].target)


@pytest.mark.model
def test_a_captain_is_someone(run: Run) -> None:
    rec = run("Ruritania's coast guard said it had arrested the ship's captain on Wednesday.")
    arrest = [e for e in _events(rec, "COERCE") if "arrested" in e.trigger.text]
    assert len(arrest) == 1, [(e.type, e.trigger.text) for e in rec.events]
    assert any("captain" in n for n in _names(rec, arrest[0].target))


@pytest.mark.model
def test_a_people_word_on_a_group_names_its_country(run: Run) -> None:
    rec = run(
        "Norway and Belarus have quarrelled for a decade. Norway on Monday expelled "
        "two Belarusian diplomats, its Foreign Ministry said."
    )
    exp = [e for e in _events(rec, "SANCTION") if "expelled" in e.trigger.text]
    assert len(exp) == 1, [(e.type, e.trigger.text) for e in rec.events]
    assert "Belarus" in _names(rec, exp[0].target)


@pytest.mark.model
def test_troops_in_a_story_of_one_country_are_its_troops(run: Run) -> None:
    rec = run(
        "Ghana has sent soldiers into its western forests to stop illegal mining. The defense "
        "minister, Kofi Mensah, said troops had arrested 40 people on Monday."
    )
    arrest = [e for e in _events(rec, "COERCE") if "arrested" in e.trigger.text]
    assert len(arrest) == 1, [(e.type, e.trigger.text) for e in rec.events]
    assert "Ghana" in _names(rec, arrest[0].source)


@pytest.mark.model
def test_troops_in_a_story_of_two_countries_stay_unplaced(run: Run) -> None:
    rec = run(
        "Ghana and Togo have argued over the border for years. Ghana's defense minister, Kofi "
        "Mensah, said Togo had closed a crossing. Troops arrested 40 people on Monday, a "
        "witness said."
    )
    arrest = [e for e in _events(rec, "COERCE") if "arrested" in e.trigger.text]
    assert all(not {"Ghana", "Togo"} & set(_names(rec, e.source)) for e in arrest)


@pytest.mark.model
def test_an_order_to_leave_the_country_expels(run: Run) -> None:
    rec = run(
        "Norway and Belarus have quarrelled for years. Norway on Tuesday ordered two "
        "Belarusian diplomats to leave the country."
    )
    assert not _events(rec, "RETREAT"), [(e.type, e.trigger.text) for e in rec.events]
    [exp] = _events(rec, "SANCTION")
    assert _names(rec, exp.source) == ["Norway"]
    assert "Belarus" in _names(rec, exp.target)


@pytest.mark.model
def test_an_order_to_deport_people_coerces_and_own_troops_ordered_out_withdraw(run: Run) -> None:
    rec = run(
        "Chad ordered three French journalists to leave the country. Mali ordered its troops "
        "to leave the town."
    )
    assert [e.trigger.text for e in _events(rec, "COERCE")] == ["leave the country"]
    assert [e.trigger.text for e in _events(rec, "RETREAT")] == ["leave the town"]


@pytest.mark.model
def test_evacuating_people_is_no_retreat(run: Run) -> None:
    rec = run(
        "The fire forced a Norwegian ferry to evacuate 300 passengers on Monday. Mali "
        "evacuated its troops from the town."
    )
    assert [e.trigger.text for e in _events(rec, "RETREAT")] == ["evacuated"]


@pytest.mark.model
def test_a_boat_does_not_speak(run: Run) -> None:
    rec = run(
        "Norway's coast guard said on Monday that the boat had been inside its waters and "
        "accused Russia of harassment."
    )
    assert not [
        e for e in _events(rec, "ACCUSE") if any(n == "boat" for n in _names(rec, e.source))
    ], [(e.type, _names(rec, e.source)) for e in rec.events]


@pytest.mark.model
def test_an_act_in_a_picture_caption_is_an_event(run: Run) -> None:
    # a caption tells a real act with its day, and the gold counts it (the seed's does)
    rec = run(
        "Mayor Ana Ruiz spoke in Lagos on Monday about the strike.\n\n"
        "Photo: Nigerian soldiers detain union leader Musa Bello outside the port in Lagos on "
        "Monday. (Jane Doe/Harbor Wire)\n\n"
        "The strike entered its third week on Monday."
    )
    assert _events(rec, "COERCE"), [(e.type, e.trigger.text) for e in rec.events]


# -------------------------------------------------------------------------------------------------
# Kinds of wrong events on local news pages, each with invented sentences: breaking into a house is
# no coercion of anyone, and a byline's name is no actor.


@pytest.mark.model
def test_forcing_entry_into_a_house_is_no_coercion(run: Run) -> None:
    found = coded(run("Deputies forced entry into the cabin and determined the hiker was dead."))
    assert not [c for c in found if c[0] == "COERCE"], found


@pytest.mark.model
def test_a_byline_name_is_no_victim_through_a_pronoun(run: Run) -> None:
    found = coded(
        run(
            "By Nora Pell\nKZTV-Dunmore\nA 7-year-old girl is in critical condition after her"
            " uncle shot her on Sunday, police said."
        )
    )
    assert not [c for c in found if "Nora Pell" in c[2] + c[3]], found


# -------------------------------------------------------------------------------------------------
# Kinds of missed events on real pages, each with invented sentences: a warship that sinks a vessel
# attacks it (CAMEO 19, conventional force), a vessel that sinks is no attacker.


@pytest.mark.model
def test_a_warship_that_sank_a_vessel_attacked_it(run: Run) -> None:
    found = coded(
        run(
            "The frigate HMS Corvale sank a Moroccan smuggling schooner off Malta on Tuesday,"
            " the navy said."
        )
    )
    assert [c for c in found if c[0] == "ASSAULT" and "HMS Corvale" in c[2]], found


@pytest.mark.model
def test_a_navy_that_drew_criticism_after_sinking_a_trawler_attacked_it(run: Run) -> None:
    found = coded(
        run(
            "Last month, Portugal's navy drew criticism after sinking a Moroccan fishing trawler"
            " that had been taken over hours earlier by smugglers."
        )
    )
    assert [c for c in found if c[0] == "ASSAULT" and "Portugal's navy" in c[2]], found


@pytest.mark.model
def test_a_ferry_that_sank_attacked_no_one(run: Run) -> None:
    found = coded(
        run(
            "The Moroccan ferry Arvella sank off Gotland on Sunday after a storm, Swedish"
            " officials said."
        )
    )
    assert not [c for c in found if c[0] == "ASSAULT"], found


# -------------------------------------------------------------------------------------------------
# Attacks in local crime news, each with invented sentences. News tell a shooting or a stabbing in
# the passive with no attacker named ("a teen was shot", "the victim was stabbed"): event data code
# it as an attack by someone unnamed (PLOVER ASSAULT, ``*`` in the gold's guideline) on the one
# hurt, told by a noun of a person, an age ("a 17-year-old") or people counted ("four people"). A
# verb that also tells harm from a crash or a fall ("killed", "hurt") counts beside a word of a gun
# or a blade; a tally over a time or a bare plural ("nine teens have been shot since the spring")
# is no one act; a story tells its unnamed attack once ("the victim was shot three times" retells
# it). Dying of gunshot or stab wounds is such an attack on the one who died; a wound one gave
# oneself ("self-inflicted") or of a cause not yet known ("an apparent gunshot wound") is no act,
# nor is a place shot at a side, and "died of his wounds" with no gun or blade named retells harm
# told elsewhere. A passive with no agent of its own takes the attacker its attack noun names ("was
# wounded in an attack by X": X); force by "someone" on people is an attack by someone unnamed.
# With no attacker named, "killed" and "shot" told of one victim are one act told twice; a weapon
# is no attacker, even with a place phrase after it ("a stray bullet in Dalton" is no name); a body
# named for its building in a place phrase is where the act happened, no side ("was shot at Mercy
# Hospital").


def _assaults(record: Record) -> list[tuple[str, str, list[str], list[str]]]:
    return [c for c in coded(record) if c[0] == "ASSAULT"]


@pytest.mark.model
def test_an_age_killed_in_a_shooting_is_an_unnamed_attack(run: Run) -> None:
    found = _assaults(run("A 19-year-old was killed in a shooting in Dalton on Friday."))
    assert [c for c in found if c[1] == "killed" and not c[2]], found
    # the town is where it happened, not a side
    assert all(c[3] == ["19-year-old"] for c in found), found


@pytest.mark.model
def test_the_victim_shot_is_an_unnamed_attack(run: Run) -> None:
    found = _assaults(run("The victim was shot twice near Elm Street on Friday, police said."))
    assert [c for c in found if c[1] == "shot" and not c[2] and c[3] == ["victim"]], found


@pytest.mark.model
def test_people_counted_shot_are_an_unnamed_attack(run: Run) -> None:
    found = _assaults(run("Four people were shot outside a bar in Dalton early Sunday."))
    assert [c for c in found if c[1] == "shot" and not c[2]], found


@pytest.mark.model
def test_a_woman_found_stabbed_is_an_unnamed_attack(run: Run) -> None:
    found = _assaults(run("A woman was found stabbed in her kitchen on Tuesday morning."))
    assert [c for c in found if c[1] == "stabbed" and not c[2]], found


@pytest.mark.model
def test_the_story_tells_its_unnamed_attack_once(run: Run) -> None:
    found = _assaults(
        run(
            "A 17-year-old was shot on Oak Street on Friday afternoon.\n\n"
            "The victim was shot three times, police said."
        )
    )
    assert len(found) == 1 and found[0][3] == ["17-year-old"], found


@pytest.mark.model
def test_a_tally_of_children_shot_is_no_attack(run: Run) -> None:
    found = _assaults(
        run(
            "Nine teens have been shot since the spring, the prosecutor said. Pupils "
            "wounded by gunfire are now more common in the county."
        )
    )
    assert not found, found


@pytest.mark.model
def test_a_crash_that_killed_a_woman_is_no_attack(run: Run) -> None:
    found = _assaults(run("A woman was killed in a crash on Route 9 on Monday."))
    assert not found, found


@pytest.mark.model
def test_dying_of_gunshot_wounds_is_an_unnamed_attack(run: Run) -> None:
    found = _assaults(run("Nora Pell died of gunshot wounds, the county coroner said on Friday."))
    assert [c for c in found if not c[2] and c[3] == ["Nora Pell"]], found


@pytest.mark.model
def test_children_counted_dying_of_gunshot_wounds_are_an_unnamed_attack(run: Run) -> None:
    found = _assaults(run("The coroner said the two boys died from gunshot wounds on Sunday."))
    assert [c for c in found if not c[2]], found


@pytest.mark.model
def test_a_self_inflicted_wound_is_no_attack(run: Run) -> None:
    found = _assaults(run("Ray Pell died of a self-inflicted gunshot wound at his cabin."))
    assert not found, found


@pytest.mark.model
def test_dying_of_wounds_with_no_weapon_named_retells(run: Run) -> None:
    found = _assaults(run("Sergeant Ray Pell died of his wounds at a hospital on Monday."))
    assert not found, found


@pytest.mark.model
def test_the_attack_noun_names_the_passive_attacker(run: Run) -> None:
    found = _assaults(run("Nora Pell was wounded in an attack by Victor Hale on Sunday."))
    assert [c for c in found if c[2] == ["Victor Hale"] and c[3] == ["Nora Pell"]], found


@pytest.mark.model
def test_someone_opening_fire_on_a_family_is_an_unnamed_attack(run: Run) -> None:
    found = _assaults(run("Someone in a passing truck opened fire on the family near Elm Road."))
    assert [c for c in found if not c[2] and c[3] == ["family"]], found


@pytest.mark.model
def test_someone_opening_fire_on_a_building_is_no_attack_on_people(run: Run) -> None:
    found = _assaults(run("Someone opened fire on the building late on Friday."))
    assert not found, found


@pytest.mark.model
def test_killed_and_shot_by_no_one_named_are_one_act(run: Run) -> None:
    found = _assaults(
        run(
            "Nora Pell, 3, was killed by a ricochet near the park on Monday.\n\n"
            "Officers said Nora Pell had been shot as she sat in a parked van."
        )
    )
    assert len(found) == 1, found


@pytest.mark.model
def test_a_stray_bullet_in_a_town_is_no_attacker(run: Run) -> None:
    found = _assaults(run("Nora Pell was shot by a stray round in Dalton on Monday."))
    assert found and all(not c[2] for c in found), found


@pytest.mark.model
def test_people_killed_when_a_named_group_attacked_are_that_attack(run: Run) -> None:
    found = _assaults(
        run(
            "At least two people were killed when the Harbour Front launched an attack on the "
            "embassy in Tolland on Monday."
        )
    )
    assert found and all(c[2] == ["Harbour Front"] for c in found), found


@pytest.mark.model
def test_a_self_word_in_a_place_clause_is_no_wound_one_gave_oneself(run: Run) -> None:
    found = _assaults(
        run(
            "Government troops captured the mosque in Mosul from where the rebels proclaimed "
            "their self-styled state three years ago."
        )
    )
    assert found, found


@pytest.mark.model
def test_a_hospital_where_one_was_shot_is_no_side(run: Run) -> None:
    found = _assaults(run("Nora Pell was shot at Mercy Hospital in Dalton on Sunday."))
    assert found and all(c[3] == ["Nora Pell"] for c in found), found


@pytest.mark.model
def test_an_apparent_gunshot_wound_is_no_attack(run: Run) -> None:
    found = _assaults(run("Ray Pell died on his farm of an apparent gunshot wound."))
    assert not found, found


@pytest.mark.model
def test_a_home_shot_at_is_no_side_of_an_unnamed_attack(run: Run) -> None:
    found = _assaults(run("The boy was shot at at his home in Dalton around 7 p.m."))
    assert all(c[3] != ["home"] and "his home" not in c[3] for c in found), found


# -------------------------------------------------------------------------------------------------
# Attacks in local crime news: who attacked whom, each with invented sentences. Event data code a
# group by the place it is in ("nurses in Ohio"), but one person shot or stabbed in a town is the
# one attacked, unnamed, never the town ("shot a man in Dayton"); a sea is where a group is, never
# the body it stands for ("an assault by pirates in the Sulu Sea").


@pytest.mark.model
def test_one_person_shot_in_a_town_is_no_attack_on_the_town(run: Run) -> None:
    found = _assaults(run("Rick Dunn shot a man in Dayton on Monday, police said."))
    assert [c for c in found if c[1] == "shot" and c[2] == ["Rick Dunn"]], found
    assert all("Dayton" not in c[3] for c in found), found


@pytest.mark.model
def test_a_woman_stabbed_in_a_city_is_the_one_attacked(run: Run) -> None:
    found = _assaults(run("Police said Omar Pike stabbed a woman in Lorain late on Friday."))
    assert [c for c in found if c[1] == "stabbed" and c[2] == ["Omar Pike"]], found
    assert all("Lorain" not in c[3] for c in found), found


@pytest.mark.model
def test_a_sea_is_no_side_of_an_attack_by_pirates(run: Run) -> None:
    found = _assaults(
        run("The Dutch frigate HNLMS Tromp repelled an assault by pirates in the Sulu Sea.")
    )
    # the pirates attack; the sea is where they are, no side that attacks
    assert [c for c in found if c[2] == ["pirates"]], found


@pytest.mark.model
def test_the_shooter_named_in_apposition_is_the_attacker(run: Run) -> None:
    found = _assaults(
        run(
            "A man was shot outside a diner in Mansfield on Sunday night. "
            "Police said the shooter, Ben Ortiz, 27, fled on foot and was caught an hour later."
        )
    )
    assert [c for c in found if c[1] == "shot" and c[2] == ["Ben Ortiz"]], found


@pytest.mark.model
def test_a_suspect_named_in_apposition_is_no_attacker(run: Run) -> None:
    # a suspect is only held: the text does not say he shot anyone
    found = _assaults(
        run(
            "A man was shot outside a diner in Mansfield on Sunday night. "
            "Police said the suspect, Ben Ortiz, 27, was caught an hour later."
        )
    )
    assert all(not c[2] for c in found), found


@pytest.mark.model
def test_shot_and_killed_share_their_object(run: Run) -> None:
    found = _assaults(run("Deputies shot and killed Wade Dorsey, 38, near Cleves on Tuesday."))
    assert [c for c in found if "Wade Dorsey" in c[3]], found


@pytest.mark.model
def test_a_gun_that_went_off_is_no_attacker(run: Run) -> None:
    found = _assaults(
        run(
            "Mark Hale was charged with reckless injury, the Wayne County Sheriff's Office said. "
            "Investigators said Hale was showing a rifle to two girls at his home when it went "
            "off and struck the older girl."
        )
    )
    # "it" is the rifle: the office that told the story attacked no one
    assert all("Wayne County Sheriff's Office" not in c[2] for c in found), found


@pytest.mark.model
def test_a_group_in_a_state_still_stands_for_it(run: Run) -> None:
    # a group is coded by its place, unlike one person
    found = coded(run("Senator Ann Cole met with nurses in Ohio on Friday."))
    assert [c for c in found if "Ohio" in c[2] + c[3]], found


# -------------------------------------------------------------------------------------------------
# Attacks in local crime and naval news: who attacked whom where the parse misleads, each with
# invented sentences. A past participle the parser reads as an active verb ("a woman stabbed near
# the pier was ...") tells a wounding of its subject; a noun of a person may act ("the youth who
# shot ..."); the ones a speaker reports attacking are not the speaker; a town in a place phrase is
# where, the people a participle of harm names are the ones attacked; a picture or a film is shot,
# no one is shot at.


@pytest.mark.model
def test_a_reduced_relative_read_as_active_is_a_wounding_of_its_subject(run: Run) -> None:
    found = _assaults(
        run("A 23-year-old woman shot in the arm late Tuesday was listed in fair condition.")
    )
    # the woman was shot: no attacker named, never the woman herself
    assert [c for c in found if c[1] == "shot" and c[2] == [] and c[3]], found
    assert all(not c[2] for c in found), found


@pytest.mark.model
def test_a_teen_who_stabbed_someone_is_the_attacker(run: Run) -> None:
    found = _assaults(
        run("The teenager who stabbed a waiter at a diner in Bexley on Monday was charged Friday.")
    )
    assert [c for c in found if c[1] == "stabbed" and c[2] == ["teenager"]], found


@pytest.mark.model
def test_a_retold_wounding_is_the_attack_already_coded(run: Run) -> None:
    found = _assaults(
        run(
            "Police said Carl Voss stabbed Ivan Petrov outside a bakery on Monday. "
            "Petrov was stabbed three times in the back."
        )
    )
    assert [c for c in found if c[2] == ["Carl Voss"] and c[3] == ["Ivan Petrov"]], found
    assert len(found) == 1, found


@pytest.mark.model
def test_the_speaker_after_an_attack_by_gunmen_is_no_attacker(run: Run) -> None:
    found = _assaults(
        run("The gunmen rode into the village and shot two farmers, said Salif Toure.")
    )
    assert [c for c in found if c[1] == "shot" and c[2] == ["gunmen"]], found
    assert all("Salif Toure" not in c[2] for c in found), found


@pytest.mark.model
def test_a_trooper_shot_on_duty_is_attacked_by_someone_unnamed(run: Run) -> None:
    found = _assaults(run("A state trooper was shot near an exit ramp early Sunday."))
    assert [c for c in found if c[1] == "shot" and c[2] == [] and c[3]], found


@pytest.mark.model
def test_the_people_hurt_not_the_town_are_the_ones_attacked(run: Run) -> None:
    found = _assaults(
        run(
            "Rosa Klein fired several shots into a bar in Canton on Saturday, "
            "wounding a bartender, police said."
        )
    )
    assert [c for c in found if c[2] == ["Rosa Klein"] and c[3] == ["bartender"]], found
    assert all("Canton" not in c[3] for c in found), found


@pytest.mark.model
def test_a_shooter_shot_by_police_still_shot_the_clerk(run: Run) -> None:
    found = _assaults(
        run(
            "Deputies shot Owen Tate after he fled a gas station in Yuma on Friday. "
            "Investigators said Tate shot a cashier during the holdup."
        )
    )
    assert [c for c in found if c[2] == ["Owen Tate"] and c[3] == ["cashier"]], found
    # the cashier is no second name of the man the deputies shot
    assert not [c for c in found if c[2] == ["Owen Tate"] and c[3] == ["Owen Tate"]], found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The portrait of the mayor was shot by Dana Reyes, a staff photographer.",
        "Jonas Weber shot a short documentary about the harbor last spring.",
        "Anna Cole shot hundreds of photos of the protesters.",
    ],
)
def test_a_picture_or_film_shot_is_no_attack(run: Run, text: str) -> None:
    assert not _assaults(run(text)), text


@pytest.mark.model
def test_an_attack_on_someone_brought_in_anew_is_a_second_attack(run: Run) -> None:
    found = coded(
        run("Rebels shot a soldier near the border on Monday. A soldier was shot in Gao.")
    )
    assert len([c for c in found if c[0] == "ASSAULT"]) == 2, found
