"""Concessions (PLOVER CONCEDE, CAMEO 08) and other kinds read by their sense: a note of protest a
second verb carries, blame, a site held in protest, "the two" of a meeting, recognizing a claim,
release and admission in their yielding sense, and targets that are not who told of an act
(pipeline/events). Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded
from .conftest import events_of as _events
from .conftest import names as _names

Run = Callable[..., Record]


# -------------------------------------------------------------------------------------------------
# Kinds of wrong and missing events on whole articles, each with an invented sentence: a formal
# complaint a second verb carries, an occupation by civilians, an act of another named by a quoted
# characterisation, and "the two" of a meeting told a few sentences before.


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Peru's Foreign Ministry summoned Chile's ambassador, Rosa Mena, on Friday and "
         "handed her a note of protest.", "note of protest"),
        ("Peru's Foreign Ministry summoned Chile's envoy and handed him a protest note.",
         "protest note"),
    ],
)  # fmt: skip
def test_a_note_of_protest_a_second_verb_carries_is_an_act_of_its_own(
    run: Run, text: str, word: str
) -> None:
    rec = run(text)
    notes = [e for e in _events(rec, "ACCUSE") if word in e.trigger.text]
    assert len(notes) == 1, [(e.type, e.trigger.text) for e in rec.events]
    assert "Peru" in _names(rec, notes[0].source)
    assert "Chile" in _names(rec, notes[0].target)
    assert not _events(rec, "PROTEST")


@pytest.mark.model
def test_naming_another_s_hostile_act_blames_who_did_it(run: Run) -> None:
    rec = run(
        "Ruritania's army shelled the village of Ostrava on Monday. Foreign Minister Ilse "
        'Varga called the shelling "a deliberate attempt to wreck the talks."'
    )
    blame = [e for e in _events(rec, "ACCUSE") if "shelling" in e.trigger.text]
    assert len(blame) == 1, [(e.type, e.trigger.text) for e in rec.events]
    assert _names(rec, blame[0].source) == ["Ilse Varga"]
    assert any("army" in n or "Ruritania" in n for n in _names(rec, blame[0].target))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        'Minister Ilse Varga called the shelling "a deliberate attempt to wreck the talks."',
        "The union called the strike a success.",
    ],
)
def test_no_blame_without_a_doer_or_for_praise(run: Run, text: str) -> None:
    assert not _events(run(text), "ACCUSE")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Hundreds of farmers took over a dam near Ostrava on Monday.", "PROTEST"),
        ("Students occupied the rector's office at the university in Lima.", "PROTEST"),
        ("Rebel forces took over the town of Ostrava on Monday.", "ASSAULT"),
    ],
)
def test_a_site_civilians_take_over_is_held_in_protest(run: Run, text: str, type_: str) -> None:
    types = {e.type for e in run(text).events if e.trigger.text.split()[0] in ("took", "occupied")}
    assert types == {type_}


@pytest.mark.model
def test_the_two_are_the_two_people_named_a_few_sentences_before(run: Run) -> None:
    rec = run(
        "Defense Secretary Alan Price met Minister Hiro Sato in Osaka on Monday. Minister Sato "
        "briefed the Secretary on Japan's plans to build a new base next year. The two agreed "
        "to hold a summit in Kyoto this fall."
    )
    agreed = _events(rec, "AGREE")
    assert len(agreed) == 1
    names = _names(rec, agreed[0].source + agreed[0].target)
    assert "Alan Price" in names and "Hiro Sato" in names


@pytest.mark.model
def test_the_two_after_three_people_is_no_one(run: Run) -> None:
    rec = run(
        "Alan Price met Hiro Sato and Lena Vogt in Osaka on Monday. Sato spoke about the "
        "budget. The two agreed to hold a summit in Kyoto this fall."
    )
    assert not _events(rec, "AGREE")


# -------------------------------------------------------------------------------------------------
# Kinds of wrong events on whole articles, each with an invented sentence: recognizing a claim or a
# result concedes, and what the claim is to is no party.


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ruritania recognized Borduria's claim to the reef in 1981.", "CONCEDE"),
        ("The opposition leader recognized the election result on Monday.", "CONCEDE"),
        ("Ruritania recognized the new government of Borduria on Monday.", "SUPPORT"),
    ],
)
def test_recognizing_a_claim_or_a_result_concedes(run: Run, text: str, expected: str) -> None:
    found = coded(run(text))
    assert [c[0] for c in found if c[1].startswith("recognized")] == [expected], found


@pytest.mark.model
def test_what_a_claim_is_to_is_no_party(run: Run) -> None:
    found = coded(run("Under the deal, Strelsau recognized Zenda's claim to the islet of Kora."))
    conceded = [c for c in found if c[0] == "CONCEDE"]
    assert conceded and all(c[3] == ["Zenda"] for c in conceded), found


# -------------------------------------------------------------------------------------------------
# CONCEDE by its sense, each with invented sentences: PLOVER CONCEDE (CAMEO 08) is yielding, or
# releasing people or property held. Publishing is no release ("the ministry's press release", "the
# release of her letters"), letting people into a country is no admission of fault ("the refugees
# admitted last year", "Norway admitted 900 migrants"), and "in" before a place is the preposition,
# not the particle of "give in" ("a speech she gave in Lima").


def _concessions(found: list, trigger: str) -> list:
    return [c for c in found if c[0] == "CONCEDE" and c[1] == trigger]


@pytest.mark.model
def test_a_press_release_is_no_concession(run: Run) -> None:
    found = coded(run("The Tarvel Institute's press release came out on Monday."))
    assert not _concessions(found, "release"), found


@pytest.mark.model
def test_the_release_of_letters_is_no_concession(run: Run) -> None:
    found = coded(
        run("The ninth release of Senator Ama Oduya's letters by the Ostrava court came on Friday.")
    )
    assert not _concessions(found, "release"), found


@pytest.mark.model
def test_the_release_of_prisoners_stays_a_concession(run: Run) -> None:
    found = coded(run("Peru welcomed the release of the Chilean fishermen by Bolivia on Friday."))
    assert _concessions(found, "release"), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Norway admitted 900 Eritrean migrants last year.",
        # the one the rounds before this rule coded as a concession
        "Germany admitted some of the Afghan families from Pakistan in June.",
    ],
)
def test_people_admitted_into_a_country_are_no_concession(run: Run, text: str) -> None:
    found = coded(run(text))
    assert not _concessions(found, "admitted"), found


@pytest.mark.model
def test_people_admitted_in_the_passive_are_no_concession(run: Run) -> None:
    found = coded(run("Most of the Sudanese refugees admitted to Canada were children."))
    assert not _concessions(found, "admitted"), found


@pytest.mark.model
def test_admitting_a_fault_stays_a_concession(run: Run) -> None:
    found = coded(run("The Latvian minister admitted that his ministry misled Estonia."))
    assert _concessions(found, "admitted"), found


@pytest.mark.model
def test_a_speech_given_in_a_city_is_no_giving_in(run: Run) -> None:
    found = coded(
        run("Kenya praised a major address the Ugandan president gave in Nairobi last month.")
    )
    assert not [c for c in found if c[0] == "CONCEDE" and c[1].startswith("gave")], found


@pytest.mark.model
def test_giving_in_to_demands_stays_a_concession(run: Run) -> None:
    found = coded(run("The Togolese government gave in to the demands of the teachers' union."))
    assert _concessions(found, "gave in"), found


# -------------------------------------------------------------------------------------------------
# Wrong kinds and wrong targets, each with invented sentences. A CONCEDE (CAMEO 08) yields
# something held: a compliment returned, releases a body issues and its official release yield
# nothing; an officer "in charge of" a unit is accused of nothing and a campaign that "blasted out"
# emails criticizes no one; an act with no one named on its other side is not aimed at who told of
# it ("according to the police") nor at the actors of a reason clause with its own subject
# ("because leaders are backing them").


def _types(found: list) -> list[str]:
    return [c[0] for c in found]


@pytest.mark.model
def test_a_compliment_returned_yields_nothing(run: Run) -> None:
    found = coded(
        run("Hours later, Mayor Oren Kask returned the compliment to Governor Lena Moss.")
    )
    assert "CONCEDE" not in _types(found), found


@pytest.mark.model
def test_a_painting_returned_stays_a_concession(run: Run) -> None:
    found = coded(run("Latvia returned the painting to Estonia."))
    assert ("CONCEDE", "returned the painting", ["Latvia"], ["Estonia"]) in found, found


@pytest.mark.model
def test_releases_a_ministry_must_make_are_publications(run: Run) -> None:
    found = coded(run("The bureau was ordered to make two more releases this month."))
    assert "CONCEDE" not in _types(found), found


@pytest.mark.model
def test_a_body_s_official_release_is_a_statement(run: Run) -> None:
    found = coded(run("Here is the Academy's official release:"))
    assert "CONCEDE" not in _types(found), found


@pytest.mark.model
def test_an_agent_in_charge_of_a_unit_is_accused_of_nothing(run: Run) -> None:
    found = coded(
        run('"We never found one," said Ivo Tamm, the special agent in charge of the Border Guard.')
    )
    assert "ACCUSE" not in _types(found), found


@pytest.mark.model
def test_emails_blasted_out_criticize_no_one(run: Run) -> None:
    found = coded(run("Mayor Oren Kask's campaign has blasted out a barrage of press releases."))
    assert "ACCUSE" not in _types(found), found


@pytest.mark.model
def test_who_told_of_killings_is_not_their_target(run: Run) -> None:
    found = coded(run("Narva had five murders last year, according to the Estonian police."))
    assert not [c for c in found if "Estonian police" in c[3]], found


@pytest.mark.model
def test_a_rejection_is_not_aimed_at_the_actors_of_its_reason_clause(run: Run) -> None:
    found = coded(
        run(
            "The Kask campaign calls this a false narrative, especially because leaders such as"
            " Premier Ivo Tamm are backing them up."
        )
    )
    aimed = [c for c in found if c[0] == "REJECT" and {"Ivo Tamm", "leaders"} & set(c[3])]
    assert not aimed, found
