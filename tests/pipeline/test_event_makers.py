"""Events aimed at the right actors: a national body stands beside its country, a thing rejected
or answered stands for whoever made it, a response acts on whose act it answers. Every text is
invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Event, Record

from .conftest import names

pytestmark = pytest.mark.model


def of_type(record: Record, type_: str) -> list[Event]:
    return [e for e in record.events if e.type == type_]


def test_a_national_body_stands_beside_its_named_country(run: Callable[..., Record]) -> None:
    rec = run(
        "Estonia and Latvia held joint drills this week. The Estonian army said on Monday that "
        "a drone had crossed the border from Russia. Russia denied that the drone was its own."
    )
    (denial,) = of_type(rec, "REJECT")
    assert names(rec, denial.source) == ["Russia"]
    assert {"Estonian army", "Estonia"} <= set(names(rec, denial.target))


def test_a_body_without_a_country_in_its_name_stands_alone(run: Callable[..., Record]) -> None:
    rec = run(
        "Peru and Chile traded words this week. The Harbor Gazette accused Chile of hiding "
        "the report."
    )
    (accuse,) = of_type(rec, "ACCUSE")
    assert "Peru" not in names(rec, accuse.source)


def test_a_report_rejected_is_aimed_at_who_published_it(run: Callable[..., Record]) -> None:
    rec = run(
        "Chile's foreign minister dismissed a newspaper report that troops were massing. The "
        "report, published on Sunday by El Diario Andino, cited satellite images."
    )
    (reject,) = of_type(rec, "REJECT")
    assert "El Diario Andino" in names(rec, reject.target)


def test_a_claim_made_earlier_names_its_maker(run: Callable[..., Record]) -> None:
    rec = run(
        "El Diario Andino published a report on Sunday that troops were massing. Chile "
        "rejected the report on Monday."
    )
    (reject,) = of_type(rec, "REJECT")
    assert names(rec, reject.target) == ["El Diario Andino"]


def test_a_charge_told_before_is_aimed_at_its_speaker(run: Callable[..., Record]) -> None:
    rec = run(
        "Peru alleged on Monday that Chilean boats had entered its waters. Chile rejected the "
        "allegation."
    )
    (reject,) = of_type(rec, "REJECT")
    assert names(rec, reject.target) == ["Peru"]


def test_a_new_report_is_not_an_earlier_one(run: Callable[..., Record]) -> None:
    rec = run("Peru released a report on fishing. Chile rejected a report on Monday.")
    assert all("Peru" not in names(rec, e.target) for e in of_type(rec, "REJECT"))


def test_a_warning_is_aimed_at_whose_act_it_answers(run: Callable[..., Record]) -> None:
    rec = run("Serbia warned that it would respond to Kosovo's closure of the border.")
    (threat,) = of_type(rec, "THREATEN")
    assert names(rec, threat.target) == ["Kosovo"]


def test_a_sanction_after_another_act_is_aimed_at_its_actor(run: Callable[..., Record]) -> None:
    rec = run(
        "Kosovo suspended parts of the trade pact on Monday after Serbia closed a border crossing."
    )
    (cut,) = of_type(rec, "SANCTION")
    assert names(rec, cut.target) == ["Serbia"]


def test_a_meeting_place_is_no_act_answered(run: Callable[..., Record]) -> None:
    rec = run(
        "After a meeting of ministers in the port city of Aqaba, the league voiced its firm "
        "rejection of the plan."
    )
    assert all("Aqaba" not in names(rec, e.target) for e in rec.events)


def test_a_demand_is_made_by_its_owner_not_by_who_it_is_about(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "The council rejected the Green Party's demand for the dismissal of police chief Omar "
        "Haddad."
    )
    (reject,) = of_type(rec, "REJECT")
    assert "Omar Haddad" not in names(rec, reject.target)


def test_a_concession_goes_to_the_rival_named_beside_it(run: Callable[..., Record]) -> None:
    rec = run(
        "Governor Tom Reyes claimed victory on Monday after his rival, Ana Ruiz, conceded that "
        "she could not win."
    )
    (concede,) = of_type(rec, "CONCEDE")
    assert names(rec, concede.source) == ["Ana Ruiz"]
    assert names(rec, concede.target) == ["Tom Reyes"]


def test_a_bodys_leaders_stand_for_the_body_the_story_described(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "The farmers' union Boerenbond said the deal would hurt them. Agriculture Minister Luc "
        "Peeters met union leaders in the afternoon."
    )
    (meeting,) = of_type(rec, "CONSULT")
    assert names(rec, meeting.target) == ["Boerenbond"]


def test_leaders_of_no_named_body_stay_as_they_are(run: Callable[..., Record]) -> None:
    rec = run("Prime Minister Ana Cruz met union leaders on Monday.")
    (meeting,) = of_type(rec, "CONSULT")
    assert names(rec, meeting.target) == ["union leaders"]


def test_a_capital_acted_on_stands_beside_its_country(run: Callable[..., Record]) -> None:
    rec = run("Armenia and Azerbaijan held talks. Azerbaijan blamed Yerevan for the delay.")
    (blame,) = of_type(rec, "ACCUSE")
    assert {"Yerevan", "Armenia"} <= set(names(rec, blame.target))


def test_envoys_from_two_countries_meet_each_other(run: Callable[..., Record]) -> None:
    rec = run("Diplomats from Chile and Peru met in Lima on Wednesday.")
    (meeting,) = of_type(rec, "CONSULT")
    assert set(names(rec, (*meeting.source, *meeting.target))) == {"Chile", "Peru"}


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Ruritania expelled two foreign journalists on Monday.", "COERCE"),
        ("Ruritania expelled the last foreign troops last year.", "COERCE"),
        ("Ruritania expelled two Bordurian diplomats on Monday.", "SANCTION"),
    ],
)
def test_expelling_people_coerces_and_expelling_envoys_cuts_ties(
    run: Callable[..., Record], text: str, type_: str
) -> None:
    rec = run(text)
    assert [e.type for e in rec.events] == [type_]


def test_a_person_held_by_no_one_named_is_held_by_the_storys_country(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "Niger's junta has ruled since 2023. Niger expelled French troops last year. Former "
        "president Mohamed Bazoum remains detained in the palace."
    )
    (held,) = [e for e in of_type(rec, "COERCE") if "Mohamed Bazoum" in names(rec, e.target)]
    assert names(rec, held.source) == ["Niger"]


def test_a_demand_for_a_release_is_put_to_the_captor(run: Callable[..., Record]) -> None:
    rec = run(
        "The Peruvian navy detained two Chilean fishing boats on Monday. Chilean Foreign "
        "Minister Laura Vidal demanded the immediate release of the 14 crew members."
    )
    (demand,) = of_type(rec, "REQUEST")
    assert "Peruvian navy" in names(rec, demand.target)


def test_the_outlet_of_a_dateline_is_no_actor_anywhere(run: Callable[..., Record]) -> None:
    rec = run(
        "Opposition leader sues election board\n\nLAGOS (Harbor Wire) - Opposition leader Bola "
        "Adeyemi sued the electoral commission on Monday, accusing it of suppressing votes. The "
        "commission rejected the allegations in a statement."
    )
    assert rec.events
    assert all("Harbor Wire" not in names(rec, (*e.source, *e.target)) for e in rec.events)


def test_both_sides_are_two_others_than_the_one_urging(run: Callable[..., Record]) -> None:
    rec = run(
        "Russia and Ukraine traded strikes overnight. Turkey, which brokered a grain deal in "
        "2022, urged both sides to spare ports."
    )
    (urge,) = of_type(rec, "REQUEST")
    assert names(rec, urge.source) == ["Turkey"]
    assert set(names(rec, urge.target)) == {"Russia", "Ukraine"}


def test_a_site_of_a_named_place_is_that_place(run: Callable[..., Record]) -> None:
    rec = run("Russian forces shelled the city of Kharkiv overnight.")
    (attack,) = of_type(rec, "ASSAULT")
    assert names(rec, attack.target) == ["Kharkiv"]


def test_a_fine_is_coerce_and_praising_it_backs_who_imposed_it(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "The European Commission fined the search company Vantix on Wednesday. French "
        "President Emmanuel Macron welcomed the fine."
    )
    (fine,) = of_type(rec, "COERCE")
    assert names(rec, fine.source) == ["European Commission"]
    (backing,) = of_type(rec, "SUPPORT")
    assert "European Commission" in names(rec, backing.target)


def test_a_persons_office_or_campaign_acts_for_the_person(run: Callable[..., Record]) -> None:
    rec = run("Governor Tom Reyes vetoed the bill. His office criticized lawmakers for passing it.")
    (blame,) = of_type(rec, "ACCUSE")
    assert names(rec, blame.source) == ["Tom Reyes"]


def test_a_persons_colleagues_are_not_the_person(run: Callable[..., Record]) -> None:
    rec = run("Governor Tom Reyes met voters. His aides criticized the mayor of Dayton.")
    assert all("Tom Reyes" not in names(rec, e.source) for e in of_type(rec, "ACCUSE"))


def test_the_opposition_blames_its_own_government(run: Callable[..., Record]) -> None:
    rec = run(
        "Ghana's High Court jailed a former minister on Tuesday. The opposition National "
        "Democratic Congress accused the government of using the courts to silence critics."
    )
    (blame,) = of_type(rec, "ACCUSE")
    assert names(rec, blame.target) == ["Ghana"]


def test_both_as_a_subject_are_the_two_countries_named_before(
    run: Callable[..., Record],
) -> None:
    rec = run("Chile and Peru ended a row over fishing. Both agreed to hold talks in May.")
    (promise,) = of_type(rec, "AGREE")
    assert set(names(rec, (*promise.source, *promise.target))) >= {"Chile", "Peru"}


def test_a_spokesman_stands_beside_the_body_of_his_title(run: Callable[..., Record]) -> None:
    rec = run(
        "The Kremlin denied the report on Monday. Kremlin spokesman Dmitry Peskov accused "
        "Finland of stoking fear."
    )
    (blame,) = of_type(rec, "ACCUSE")
    assert set(names(rec, blame.source)) == {"Dmitry Peskov", "Kremlin"}


def test_a_title_of_a_body_the_story_named_differently_finds_it(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "Sudan's army said it had repelled an attack on the city. Army spokesman Brig. Gen. "
        "Khalid Osman accused the Rapid Support Forces of shelling homes."
    )
    (blame,) = of_type(rec, "ACCUSE")
    assert "Khalid Osman" in names(rec, blame.source)
    assert any("army" in n.lower() for n in names(rec, blame.source))


def test_two_peoples_of_one_group_are_two_sides(run: Callable[..., Record]) -> None:
    rec = run("The Kenyan and Ethiopian armies held a joint exercise near the border.")
    (drill,) = of_type(rec, "COOPERATE")
    assert set(names(rec, (*drill.source, *drill.target))) >= {"Kenyan", "Ethiopian"}


def test_a_refusal_answers_the_other_side_of_the_dispute(run: Callable[..., Record]) -> None:
    rec = run(
        "Azerbaijan blamed Armenia for the delay in the border talks. Armenia had refused to "
        "drop a demand for international monitors."
    )
    (refusal,) = of_type(rec, "REJECT")
    assert names(rec, refusal.source) == ["Armenia"]
    assert "Azerbaijan" in names(rec, refusal.target)


def test_a_warning_with_no_one_named_answers_the_other_side(run: Callable[..., Record]) -> None:
    rec = run(
        "Serbia accused Kosovo of provoking clashes in the north. Kosovo warned of a firm response."
    )
    (threat,) = of_type(rec, "THREATEN")
    assert "Serbia" in names(rec, threat.target)


def test_a_national_body_outside_the_state_stands_alone(run: Callable[..., Record]) -> None:
    rec = run(
        "Russia and Ukraine traded strikes this week. The Russian Orthodox Church criticized "
        "Ukraine for closing its monasteries."
    )
    (blame,) = of_type(rec, "ACCUSE")
    assert "Russia" not in names(rec, blame.source)


def test_a_claim_pointed_back_to_is_aimed_at_who_last_claimed(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "The Bar Council of Ostrava said the detainees had been denied lawyers for two days. "
        "Ivo Marek, the prison spokesman, rejected that claim on Friday."
    )
    (reject,) = of_type(rec, "REJECT")
    assert "Bar Council of Ostrava" in names(rec, reject.target)


def test_a_request_is_no_claim_pointed_back_to(run: Callable[..., Record]) -> None:
    rec = run(
        "The Bar Council of Ostrava said on Monday that the detainees had been denied lawyers. "
        "The Harlow Embassy asked the court to free them. Ivo Marek, the prison spokesman, "
        "rejected that claim on Friday."
    )
    (reject,) = of_type(rec, "REJECT")
    assert "Harlow Embassy" not in names(rec, reject.target)


def test_accusations_that_came_from_someone_are_theirs(run: Callable[..., Record]) -> None:
    rec = run(
        "Defense Minister Ivo Marek spoke to lawmakers on Monday, rejecting accusations that he "
        "had favored a friend. The accusations came from Lena Brandt, an opposition lawmaker."
    )
    (reject,) = of_type(rec, "REJECT")
    assert "Lena Brandt" in names(rec, reject.target)
