"""Events: the sides pronouns and things stand for. A plural pronoun agrees in number with
people, a plural body or several actors joined by "and", never with one country alone; an "it"
standing for a thing names the thing's maker only when the verb before made or decided it."""

from __future__ import annotations

import pytest

from .event_code import GPE, ORG, PERSON, code


def _sources(d: object, type_: str) -> list[list[str]]:
    return [d.actors(e)[0] for e in d.events if e.type == type_]  # type: ignore[attr-defined]


@pytest.mark.model
def test_they_after_one_country_leaves_the_side_open() -> None:
    d = code(
        "Quarvia raised its tariffs last week. They then denounced the Belmanian fleet.",
        {"Quarvia": (GPE, ("Quarvia",)), "Belmania": (GPE, ("Belmanian",))},
    )
    assert all("Quarvia" not in s for s in _sources(d, "ACCUSE"))


@pytest.mark.model
def test_they_after_two_countries_joined_by_and_is_both() -> None:
    d = code(
        "Quarvia and Tessaly held talks last week. They then denounced the Belmanian fleet.",
        {
            "Quarvia": (GPE, ("Quarvia",)),
            "Tessaly": (GPE, ("Tessaly",)),
            "Belmania": (GPE, ("Belmanian",)),
        },
    )
    assert d.actors(d.one("ACCUSE")) == (["Quarvia", "Tessaly"], ["Belmania"])


@pytest.mark.model
def test_they_after_a_body_stays_the_body() -> None:
    d = code(
        "The Dockers Guild gathered in Quarvia last week. They then denounced the Belmanian fleet.",
        {
            "Dockers Guild": (ORG, ("Dockers Guild",)),
            "Quarvia": (GPE, ("Quarvia",)),
            "Belmania": (GPE, ("Belmanian",)),
        },
    )
    assert d.actors(d.one("ACCUSE")) == (["Dockers Guild"], ["Belmania"])


@pytest.mark.model
def test_a_thing_only_opposed_before_names_no_maker() -> None:
    d = code(
        "Mayor Tolland fought the toll in March, and Judge Okafor condemned it in April.",
        {"Tolland": (PERSON, ("Tolland",)), "Okafor": (PERSON, ("Okafor",))},
    )
    assert all("Tolland" not in d.actors(e)[1] for e in d.events)


@pytest.mark.model
def test_a_thing_put_forward_before_names_its_maker() -> None:
    d = code(
        "Mayor Tolland introduced the toll in March. Judge Okafor condemned it in April.",
        {"Tolland": (PERSON, ("Tolland",)), "Okafor": (PERSON, ("Okafor",))},
    )
    assert d.actors(d.one("ACCUSE")) == (["Okafor"], ["Tolland"])


# -- whom a quotation is told to is "you" to its speaker, never a "they" inside it ---------------
def _run(text: str) -> list[tuple[str, list[str], list[str]]]:
    from sayso import nlp
    from sayso.pipeline import Pipeline
    from sayso.types import Document

    r = Pipeline().record(Document(id="d", text=text), nlp.load()(text)).to_dict()
    names = {e["id"]: e["name"] for e in r["entities"]}
    return [
        (e["type"], [names.get(i, i) for i in e["source"]], [names.get(i, i) for i in e["target"]])
        for e in r["events"]
    ]


@pytest.mark.model
def test_they_in_a_quotation_is_not_whom_it_is_told_to() -> None:
    events = _run(
        'Councillor Sarah Collins spoke on Friday about the ferry toll. "The traders wanted a '
        'say," Collins told the Westmoor Gazette on Friday. "They feel misled, and they '
        'blamed the mayor for it."'
    )
    assert all("Westmoor Gazette" not in source for _, source, _ in events)


@pytest.mark.model
def test_they_in_a_quotation_may_be_whom_it_is_about() -> None:
    events = _run(
        'The Harbour Guild gathered in Pellport on Friday. "They denounced the mayor '
        'without cause," Sarah Collins said of the guild.'
    )
    assert any(t == "ACCUSE" and "Harbour Guild" in s for t, s, _ in events)
