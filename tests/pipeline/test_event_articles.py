"""Events on whole articles: who the words of a story stand for (datelines, peoples, "the court",
"the government", "the two countries"), acts coded once, and what is no act (a bill's purpose,
a thing's prediction, a consultation with no partner). Every text is invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Event, Record

from .conftest import names

pytestmark = pytest.mark.model


def of_type(record: Record, type_: str) -> list[Event]:
    return [e for e in record.events if e.type == type_]


def test_a_dateline_is_no_actor(run: Callable[..., Record]) -> None:
    rec = run(
        "Fishing row deepens\n\nLIMA (Harbor Wire) - Peru condemned Chile on Monday over the "
        "seizure of two fishing boats."
    )
    (accuse,) = of_type(rec, "ACCUSE")
    assert names(rec, accuse.source) == ["Peru"]


def test_a_people_stands_for_its_named_country(run: Callable[..., Record]) -> None:
    rec = run(
        "Peru protested to Chile on Sunday. A Chilean navy ship fired water cannon at a Peruvian "
        "fishing boat on Saturday, the Peruvian navy said."
    )
    (attack,) = of_type(rec, "ASSAULT")
    assert "Chile" in names(rec, attack.source)
    assert "Peru" in names(rec, attack.target)
    assert attack.trigger.text.startswith("fired water cannon")


def test_the_court_is_the_court_the_story_named(run: Callable[..., Record]) -> None:
    rec = run(
        "Ghana's Supreme Court heard the election case on Monday. The court rejected a demand by "
        "Kofi Mensah for a new vote."
    )
    (reject,) = of_type(rec, "REJECT")
    courts = [n for n in names(rec, reject.source) if "Court" in n]
    assert len(courts) == 1 and "Supreme Court" in courts[0]  # the named court, no nominal
    assert set(names(rec, reject.source)) - set(courts) <= {"Ghana"}  # a state body's country


def test_the_government_is_the_country_named_before(run: Callable[..., Record]) -> None:
    rec = run(
        "Niger has moved closer to Russia this year. Last month the government ended a military "
        "cooperation agreement with France."
    )
    (cut,) = of_type(rec, "SANCTION")
    assert names(rec, cut.source) == ["Niger"]
    assert names(rec, cut.target) == ["France"]


def test_the_two_countries_are_the_two_named_last(run: Callable[..., Record]) -> None:
    rec = run(
        "Chile and Peru held talks in Lima on Monday. The two countries fought a war in 1879."
    )
    (war,) = of_type(rec, "ASSAULT")
    assert {"Chile", "Peru"} <= set(names(rec, war.source + war.target))


def test_a_result_participle_is_the_same_attack(run: Callable[..., Record]) -> None:
    rec = run("Chilean jets bombed a rebel camp in Peru on Monday, killing nine fighters.")
    assert [e.trigger.text for e in of_type(rec, "ASSAULT")] == ["bombed"]


def test_conjoined_verbs_with_their_own_objects_are_two_acts(run: Callable[..., Record]) -> None:
    rec = run("Mayor Ana Ruiz welcomed Chile's decision and praised the Peruvian navy.")
    assert [e.trigger.text for e in of_type(rec, "SUPPORT")] == ["welcomed", "praised"]


def test_a_later_act_told_by_another_verb_is_another_act(run: Callable[..., Record]) -> None:
    rec = run(
        "Mayor Ana Ruiz welcomed Chile's decision to reopen the port. "
        "Ruiz later thanked Chile for its help with the floods."
    )
    assert [e.trigger.text for e in of_type(rec, "SUPPORT")] == ["welcomed", "thanked"]


def test_a_with_phrase_after_a_date_names_the_partner(run: Callable[..., Record]) -> None:
    rec = run(
        "Foreign Minister Ana Ruiz spoke on Tuesday with Peruvian Foreign Minister Jorge Salas."
    )
    (call,) = of_type(rec, "CONSULT")
    assert names(rec, call.source) == ["Ana Ruiz"]
    assert "Jorge Salas" in names(rec, call.target)


def test_what_a_bill_is_for_has_not_happened(run: Callable[..., Record]) -> None:
    rec = run("Senator Ana Ruiz introduced a bill to repeal the 2001 fishing law on Monday.")
    assert of_type(rec, "CONCEDE") == []


def test_what_a_thing_would_do_is_no_ones_intent(run: Callable[..., Record]) -> None:
    rec = run("Ana Ruiz said the new rules would end the strike at the port.")
    assert of_type(rec, "CONCEDE") == []


def test_a_consultation_needs_a_partner(run: Callable[..., Record]) -> None:
    rec = run("Norway, which hosted the talks, praised Chile and Peru for their patience.")
    assert of_type(rec, "CONSULT") == []
    assert len(of_type(rec, "SUPPORT")) == 1


def test_support_needs_someone_supported(run: Callable[..., Record]) -> None:
    rec = run("The ruling Democratic Front party defended the measure on Monday.")
    assert of_type(rec, "SUPPORT") == []


def test_a_trigger_inside_another_is_no_second_act(run: Callable[..., Record]) -> None:
    rec = run("The Economic Community of West African States lifted its sanctions on Niger.")
    assert [e.type for e in rec.events] == ["CONCEDE"]


def test_an_anaphor_no_one_was_found_for_codes_nothing(run: Callable[..., Record]) -> None:
    rec = run(
        "A court in Lima ruled for the city on Friday. The plaintiffs had sued in March 2022."
    )
    assert of_type(rec, "ACCUSE") == []


def test_a_passive_arrest_of_people_is_coded(run: Callable[..., Record]) -> None:
    rec = run("Police fired tear gas at the crowd in Lima. Eleven people were detained.")
    arrests = of_type(rec, "COERCE")
    assert any("Eleven people" in names(rec, e.target) for e in arrests)


def test_a_request_is_put_to_the_one_summoned(run: Callable[..., Record]) -> None:
    rec = run(
        "The Chilean government summoned Peru's ambassador in Santiago on Tuesday to demand the "
        "crew's release."
    )
    (ask,) = of_type(rec, "REQUEST")
    assert names(rec, ask.target) == ["Peru"]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Hundreds of farmers blocked roads around the parliament in Lima on Monday.", "PROTEST"),
        ("The Pentagon moved two destroyers to the eastern Mediterranean.", "MOBILIZE"),
        ("Peru condemned Chile's harassment of Peruvian fishing boats.", "COERCE"),
        ("Japan approved the transfer of air defense missiles to Ukraine.", "AID"),
        ("Niger ended a military cooperation agreement with France.", "SANCTION"),
    ],
)
def test_new_patterns(run: Callable[..., Record], text: str, type_: str) -> None:
    assert type_ in [e.type for e in run(text).events]


def test_a_denial_is_aimed_at_who_made_the_claim(run: Callable[..., Record]) -> None:
    rec = run(
        "The Estonian navy said on Monday that a ship from Russia had cut a cable near Tallinn. "
        "Russia denied that its ship had damaged anything."
    )
    (deny,) = of_type(rec, "REJECT")
    assert names(rec, deny.source) == ["Russia"]
    assert "ship" not in " ".join(names(rec, deny.target))
    assert any("Estonia" in n for n in names(rec, deny.target))


def test_rejected_claims_answer_the_accuser(run: Callable[..., Record]) -> None:
    rec = run("Estonia accused Russia of cutting a cable. Russia rejected the claims as lies.")
    (reject,) = of_type(rec, "REJECT")
    assert names(rec, reject.target) == ["Estonia"]


def test_a_denial_with_no_accuser_has_no_target(run: Callable[..., Record]) -> None:
    rec = run("Russia rejected the claims on Monday.")
    for reject in of_type(rec, "REJECT"):
        assert reject.target == ()


def test_the_decision_stands_for_who_decided(run: Callable[..., Record]) -> None:
    rec = run(
        "Paraguay ruled out new talks with Bolivia on Monday. The farmers union called the "
        "decision a disaster for the region."
    )
    (blame,) = of_type(rec, "ACCUSE")
    assert names(rec, blame.target) == ["Paraguay"]


def test_a_thing_stands_for_its_owner(run: Callable[..., Record]) -> None:
    rec = run(
        "Prime Minister Ana Ruiz presented the budget on Monday. Senator Tom Bell agreed to back "
        "her budget."
    )
    (agree,) = of_type(rec, "AGREE")
    assert names(rec, agree.target) == ["Ana Ruiz"]


def test_the_subject_the_parser_took_for_the_object_of_after(run: Callable[..., Record]) -> None:
    # "after" parsed as a preposition: "fire" is the subject of "killed", so the attack does not
    # borrow the subject of the clause "after" hangs on
    rec = run(
        "Norway recalled its ambassador from Minsk on Wednesday, a day after artillery fire near "
        "the border village of Kessel killed a farmer, the Norwegian Foreign Ministry said."
    )
    (attack,) = of_type(rec, "ASSAULT")
    assert "Norway" not in names(rec, attack.source)
