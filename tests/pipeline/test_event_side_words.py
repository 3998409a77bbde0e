"""Words that place an actor on the wrong side: the possessor of "critics" or "opponents" (those
against someone are not that someone), a name the tagger took for a building in a list of people
acted on, the holder a demand for someone's release is put to when the sentence names it, and
a quotation that retells an act the story told (pipeline/events). Sentences invented for these
tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]

pytestmark = pytest.mark.model


def test_the_critics_of_a_mayor_are_not_the_mayor(run: Run) -> None:
    found = coded(
        run("Mayor Ines Vardy's critics accused the city auditor, Paul Rhee, of hiding losses.")
    )
    accused = [c for c in found if c[0] == "ACCUSE"]
    assert accused and accused[0][3] == ["Paul Rhee"], found
    assert not [c for c in found if "Ines Vardy" in c[2]], found


def test_the_opponents_of_a_senator_are_not_the_senator(run: Run) -> None:
    found = coded(run("Opponents of Senator Leo Marsh condemned Judge Ada Quinn on Tuesday."))
    condemned = [c for c in found if c[0] == "ACCUSE"]
    assert condemned and condemned[0][3] == ["Ada Quinn"], found
    assert not [c for c in found if "Leo Marsh" in c[2]], found


def test_a_rivals_own_name_still_acts(run: Run) -> None:
    found = coded(run("Paula Grint, a rival of the governor, criticized Judge Ada Quinn."))
    assert [c for c in found if c[2] == ["Paula Grint"]], found


def test_every_name_endorsed_stays_acted_on(run: Run) -> None:
    # the tagger types the first name a facility here: a name in a list acted on is no setting
    found = coded(run("The nurses endorsed Ruiz, Baptiste and Ortega on Monday."))
    endorsed = [c for c in found if c[1] == "endorsed"]
    assert endorsed and set(endorsed[0][3]) == {"Ruiz", "Baptiste", "Ortega"}, found


def test_a_street_beside_a_person_arrested_stays_out(run: Run) -> None:
    found = coded(run("Deputies arrested a woman on Birch Avenue in Salem on Sunday."))
    assert [c for c in found if c[0] == "COERCE" and c[3] == ["woman"]], found
    assert not [c for c in found if any("Birch" in n for n in c[3])], found


def test_a_release_demand_is_put_to_the_holder_the_sentence_names(run: Run) -> None:
    found = coded(
        run(
            "PEN America demanded the release of the novelist Ilya Drozd, who was jailed by "
            "Belarus in 2022."
        )
    )
    asked = [c for c in found if c[0] == "REQUEST"]
    assert asked and "Belarus" in asked[0][3] and "Ilya Drozd" not in asked[0][3], found


def test_a_release_demand_is_put_to_the_earlier_captor(run: Run) -> None:
    found = coded(
        run("Police detained the engineer Omar Saidi in May. The union called for his release.")
    )
    asked = [c for c in found if c[0] == "REQUEST"]
    assert asked and "Omar Saidi" not in asked[0][3], found
    assert asked and any("olice" in n for n in asked[0][3]), found


def test_a_quoted_post_retelling_an_arrest_is_coded_once(run: Run) -> None:
    found = coded(
        run(
            'Troopers in Tulsa detained Nils Varga on Monday. "We detained Nils Varga after '
            'a chase," the Oklahoma Highway Patrol wrote on Facebook.'
        )
    )
    assert len([c for c in found if c[0] == "COERCE"]) == 1, found


def test_a_quoted_arrest_of_someone_else_is_its_own_act(run: Run) -> None:
    found = coded(
        run(
            'Troopers in Tulsa detained Nils Varga on Monday. "We also detained Rita Sole," '
            "the Oklahoma Highway Patrol wrote on Facebook."
        )
    )
    assert len([c for c in found if c[0] == "COERCE"]) == 2, found


def test_a_successor_is_not_the_one_succeeded(run: Run) -> None:
    found = coded(run("Bishop Otto Crane's successor criticized the synod's treasurer, Ida Holm."))
    assert not [c for c in found if "Otto Crane" in c[2]], found


def test_the_successor_of_a_governor_accuses_in_his_own_right(run: Run) -> None:
    found = coded(
        run("The successor of Governor Otto Crane accused the treasurer, Ida Holm, of fraud.")
    )
    accused = [c for c in found if c[0] == "ACCUSE"]
    assert accused and accused[0][3] == ["Ida Holm"], found
    assert not [c for c in found if "Otto Crane" in c[2]], found


def test_a_counterpart_with_a_name_stays_the_other_side(run: Run) -> None:
    found = coded(run("Minister Rui Tanaka met his Estonian counterpart, Karl Sepp, in Tallinn."))
    assert [c for c in found if c[0] == "CONSULT" and "Karl Sepp" in c[3]], found


def test_the_state_of_a_tie_is_no_one_praised(run: Run) -> None:
    found = coded(run("Ghana and Togo lauded the state of their trade links on Tuesday."))
    assert not [c for c in found if any("state" in n for n in c[3])], found


def test_a_named_state_stays_a_polity(run: Run) -> None:
    found = coded(run("Senator Dora Falk criticized the state of Kansas over the levy."))
    assert [c for c in found if c[0] == "ACCUSE" and "Kansas" in c[3]], found


def test_a_condition_after_a_hostile_act_is_no_one_praised(run: Run) -> None:
    found = coded(
        run(
            "Japan imposed duties on two Korean steelmakers in June. Both nations have since "
            "welcomed the state of their trade talks."
        )
    )
    assert not [c for c in found if c[1] == "welcomed"], found


def test_troops_for_a_bodys_force_go_to_where_it_serves(run: Run) -> None:
    found = coded(run("Ghana will send 300 soldiers to the ECOWAS mission force in Gambia."))
    sent = [c for c in found if c[0] in ("MOBILIZE", "AID", "AGREE")]
    assert sent and "Gambia" in sent[0][3], found


def test_an_attack_on_a_bodys_force_is_no_attack_on_the_country(run: Run) -> None:
    found = coded(run("Insurgents ambushed the African Union force in Somalia on Monday."))
    assert [c for c in found if c[0] == "ASSAULT" and c[3] == ["African Union"]], found
    assert not [c for c in found if c[0] == "ASSAULT" and "Somalia" in c[3]], found
