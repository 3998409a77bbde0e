"""Kinds of wrong events on whole articles, round 6, each with an invented sentence: a relative
is not the one whose relative it is, a clause of its own is not negated by the one before, an act
asked for or alleged in a charge did not happen, and facing charges is the accusation."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

pytestmark = pytest.mark.model

Run = Callable[..., Record]
OPENING = "Man charged\n\nPolice in Marlow, Ohio, said on Friday that a teenager had died.\n"


@pytest.mark.parametrize(
    "text",
    [
        "MARLOW -- The grandson of Ohio state Sen. Tom Baker was shot dead during a robbery "
        "on Friday night, according to the Marlow police.",
        "Governor Ana Ruiz's nephew was arrested on Monday.",
    ],
)  # fmt: skip
def test_an_unnamed_relative_is_no_target_and_its_owner_neither(run: Run, text: str) -> None:
    found = coded(run(text))
    assert not [c for c in found if c[0] in ("ASSAULT", "COERCE")], found
    # the same act on someone named is coded: the rule drops the relative, not the act
    named = coded(
        run(
            text.replace("The grandson of Ohio state Sen. Tom Baker", "Tom Baker").replace(
                "Governor Ana Ruiz's nephew", "Tom Baker"
            )
        )
    )
    assert [c for c in named if c[0] in ("ASSAULT", "COERCE") and "Tom Baker" in c[3]], named


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested the nephew of Governor Ana Ruiz on Monday.",
        "Police arrested Governor Ana Ruiz's nephew on Monday.",
    ],
)  # fmt: skip
def test_an_unnamed_relative_acted_on_is_not_the_owner(run: Run, text: str) -> None:
    found = coded(run(text))
    assert not [c for c in found if "Ana Ruiz" in c[3]], found
    named = coded(run("Police arrested Governor Ana Ruiz on Monday."))
    assert [c for c in named if c[0] == "COERCE" and "Ana Ruiz" in c[3]], named


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested the sons of Governor Ana Ruiz on Monday.",
        "Police arrested Governor Ana Ruiz's sons on Monday.",
    ],
)  # fmt: skip
def test_relatives_acted_on_are_the_relatives(run: Run, text: str) -> None:
    arrests = [c for c in coded(run(text)) if c[0] == "COERCE"]
    assert arrests, text
    assert all("Ana Ruiz" not in c[3] for c in arrests), arrests
    assert all(any("sons" in n for n in c[3]) for c in arrests), arrests


def test_a_named_relative_is_the_target(run: Run) -> None:
    found = coded(run("Her son, Peter Cole, was arrested by police in Boston on Monday."))
    assert ("COERCE", "arrested", ["police"], ["Peter Cole"]) in found


def test_a_conjoined_clause_of_its_own_keeps_its_own_mode(run: Run) -> None:
    found = coded(
        run(
            "Mrs. Ortiz told reporters that she had never doubted the verdict and that she "
            "would stand by her husband."
        )
    )
    assert not [c for c in found if c[0] == "REJECT"], found
    rejected = coded(run("Mrs. Ortiz told reporters that she rejected the verdict."))
    assert [c for c in rejected if c[0] == "REJECT"], rejected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ruritania demanded an apology from Borduria on Monday after the incident.", "CONCEDE"),
        ("Ruritania urged a ceasefire between Borduria and Syldavia.", "CONCEDE"),
        ("Ruritania demanded the release of the crew held by Borduria.", "CONCEDE"),
    ],
)  # fmt: skip
def test_an_act_asked_for_did_not_happen(run: Run, text: str, kind: str) -> None:
    found = coded(run(text))
    assert ("REQUEST", "demanded" if "demanded" in text else "urged") in [c[:2] for c in found]
    assert not [c for c in found if c[0] == kind], found


@pytest.mark.parametrize(
    "text",
    [
        "Thomas Reed faces charges of murder in the death of his neighbor.",
        "Thomas Reed, 19, faced charges of attempted murder and assault.",
        "Thomas Reed is facing a charge of murder.",
    ],
)  # fmt: skip
def test_facing_charges_is_the_accusation_not_the_act(run: Run, text: str) -> None:
    found = coded(run(OPENING + text + "\n"))
    assert [c for c in found if c[0] == "ACCUSE" and c[2] == [] and c[3] == ["Thomas Reed"]], found
    assert not [c for c in found if c[0] == "ASSAULT"], found


def test_the_act_a_charge_names_is_only_alleged(run: Run) -> None:
    for text in (
        "Thomas Reed has been charged with shooting Ann Cole.",
        "Thomas Reed was charged with the murder of Ann Cole.",
    ):
        found = coded(run(OPENING + text + "\n"))
        assert ("ACCUSE", "charged", [], ["Thomas Reed"]) in found, found
        assert not [c for c in found if c[0] == "ASSAULT"], found


def test_a_caption_run_into_the_next_line_is_no_part_of_an_actor(run: Run) -> None:
    rec = run(
        "Shots fired\n\nOfficers search a yard after a shooting. (Photo: Staff)Buy Photo\n"
        "A man firing at neighbors at a Marlow block party late Saturday was later found dead.\n"
    )
    found = coded(rec)
    assert [c for c in found if c[0] == "ASSAULT" and c[2] == ["man"]], found
    names = [n for c in found for n in (*c[2], *c[3])]
    assert not [n for n in names if "Photo" in n], names


def test_a_government_of_another_term_stands_for_its_country(run: Run) -> None:
    rec = run(
        "Peru's copper plan stalls\n\nPeru signed two copper contracts last year. On Monday, "
        "the head of a miners' union, Paul Brandt, accused the previous government of selling "
        "the deposits cheaply."
    )
    assert ("ACCUSE", "accused", ["Paul Brandt"], ["Peru"]) in coded(rec), coded(rec)


def test_words_are_not_aimed_at_the_actors_own_people(run: Run) -> None:
    rec = run(
        "Boat rescue\n\nThe Indian navy on Friday praised Indian fishermen who had pulled two "
        "sailors from the sea."
    )
    found = coded(rec)
    assert not [c for c in found if c[0] == "SUPPORT" and "Indian" in c[3]], found
