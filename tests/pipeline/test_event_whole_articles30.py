"""Sides and kinds from the wrong reading, round 30, each with invented sentences. "X, claiming
that Y ..., said he would ..." tells what X will do: a "he" reporting its own speaker's words
stands for that speaker, not the nearest name inside the aside; "the man who they say shot X" tells
what the man did, not those who say it; a sentence opening "Asked about ..., X said" is a
question put to X, no request; people admitted into a country concede nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]


@pytest.mark.model
def test_he_in_a_reported_clause_is_its_speaker_not_a_name_in_an_aside(run: Run) -> None:
    found = coded(
        run(
            "Governor Daniel Kerr, later alleging that President Paul Otto wanted to admit 9,000 "
            "Eritreans, said he would expel refugees."
        )
    )
    expel = [c for c in found if c[1].startswith("expel")]
    assert expel and all(c[2] == ["Daniel Kerr"] for c in expel), found


@pytest.mark.model
def test_he_of_a_plain_report_stays_its_speaker(run: Run) -> None:
    found = coded(run("Daniel Kerr said he would expel the smugglers."))
    assert [c for c in found if c[1] == "expel" and c[2] == ["Daniel Kerr"]], found


@pytest.mark.model
def test_a_question_put_to_a_speaker_is_no_request(run: Run) -> None:
    found = coded(
        run(
            "Party donor Daniel Kerr said on Friday he met the mayor. Asked what qualities he "
            "would like the Labour party’s nominee to embody, Kerr said, “They must be honest.”"
        )
    )
    assert "REQUEST" not in [c[0] for c in found], found


@pytest.mark.model
def test_asked_by_someone_to_act_stays_a_request(run: Run) -> None:
    found = coded(run("Asked by the unions to resign, Mayor Daniel Kerr refused."))
    assert [c for c in found if c[0] == "REQUEST" and c[2] == ["unions"]], found


@pytest.mark.model
def test_a_town_in_a_bracketed_dateline_leaves_a_town_man_the_side(run: Run) -> None:
    found = coded(
        run("(Fresno) – A Fresno man faces charges of arson after a fire over the weekend.")
    )
    charges = [c for c in found if c[0] == "ACCUSE"]
    assert charges and all("Fresno" not in c[3] for c in charges), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The ministry says the majority of Eritrean refugees admitted are farmers, and each one "
        "was screened.",
        "A large number of refugees from Sudan admitted to the United Kingdom have been Christian.",
    ],
)
def test_people_admitted_into_a_country_concede_nothing(run: Run, text: str) -> None:
    assert "CONCEDE" not in [c[0] for c in coded(run(text))]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Half of the migrants admitted they were wrong.",
        "Most of the refugees admitted that they had lied.",
    ],
)
def test_people_who_admit_a_wrong_still_concede(run: Run, text: str) -> None:
    assert "CONCEDE" in [c[0] for c in coded(run(text))]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors charged the man who they say shot a woman.",
        "The county attorney charged a man who police say killed a woman.",
    ],
)
def test_the_one_a_report_in_a_relative_clause_tells_of_does_the_act(run: Run, text: str) -> None:
    found = coded(run(text))
    acts = [c for c in found if c[0] == "ASSAULT"]
    assert acts and all(c[2] == ["man"] and c[3] == ["woman"] for c in acts), found


@pytest.mark.model
def test_visiting_a_memorial_consults_no_one(run: Run) -> None:
    found = coded(
        run("Mayor Daniel Kerr visited the Tallinn War Memorial to honor fallen soldiers.")
    )
    assert "CONSULT" not in [c[0] for c in found], found


@pytest.mark.model
def test_visiting_a_country_stays_a_visit(run: Run) -> None:
    found = coded(run("Mayor Daniel Kerr visited Latvia to meet its president."))
    assert [c for c in found if c[1] == "visited" and c[3] == ["Latvia"]], found


@pytest.mark.model
def test_a_vow_to_block_people_is_a_threat(run: Run) -> None:
    found = coded(
        run(
            "Governor Daniel Kerr has vowed to block other Eritrean refugees from coming to "
            "the state."
        )
    )
    vows = [c for c in found if c[1] == "vowed"]
    assert vows and all(c[0] == "THREATEN" for c in vows), found


@pytest.mark.model
def test_a_vow_to_keep_a_promise_is_no_threat(run: Run) -> None:
    found = coded(run("Governor Daniel Kerr vowed to keep his promise to the farmers."))
    assert "THREATEN" not in [c[0] for c in found], found


@pytest.mark.model
def test_occupied_territory_as_a_standing_is_no_assault(run: Run) -> None:
    found = coded(
        run(
            "Most nations keep their embassies in Tartu and not Narva, whose eastern districts "
            "are considered occupied territory under international law."
        )
    )
    assert "ASSAULT" not in [c[0] for c in found], found


@pytest.mark.model
def test_occupying_territory_stays_an_assault(run: Run) -> None:
    found = coded(run("Rebels have occupied territory near the border."))
    assert "ASSAULT" in [c[0] for c in found], found


@pytest.mark.model
def test_a_poll_share_of_support_is_no_act(run: Run) -> None:
    found = coded(run("Kerr leads the race with the support of 31 percent of Labour voters."))
    assert "SUPPORT" not in [c[0] for c in found], found
