"""The idiom rules of data/event_idioms.json: every rule fires on its own invented example, and
the coder then codes no event it rules out; a bad rule file is a clear error."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso import nlp, resources
from sayso.errors import ConfigError
from sayso.lexicon import shared_words
from sayso.pipeline.events.idioms import find
from sayso.pipeline.events.tables import IdiomRule, idioms, parse_idioms
from sayso.types import Record

RULES = idioms()


def test_every_rule_has_an_example_and_a_known_action() -> None:
    assert len(RULES) >= 10
    assert len({r.id for r in RULES}) == len(RULES)
    for rule in RULES:
        assert rule.trigger in rule.example, rule.id


@pytest.mark.model
@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_fires_on_its_example(rule: IdiomRule) -> None:
    doc = nlp.load()(rule.example)
    at = [t.i for t in doc if t.text == rule.trigger]
    assert at, (rule.id, [t.text for t in doc])
    fired = find(doc).fired
    assert any(rid == rule.id and i in at for rid, i in fired), (rule.id, fired)


@pytest.mark.model
@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_coder_codes_no_ruled_out_event(rule: IdiomRule, run: Callable[..., Record]) -> None:
    record = run(rule.example)
    start = rule.example.index(rule.trigger)
    end = start + len(rule.trigger)
    if rule.action in ("negated", "hypothetical"):  # the whole phrase or clause of the scope
        doc = nlp.load()(rule.example)
        (scope,) = [t for t in doc if t.idx == start]
        start, end = min(t.idx for t in scope.subtree), max(t.idx + 1 for t in scope.subtree)
    for e in record.events:
        covers = e.trigger.start < end and start < e.trigger.end
        if rule.action == "drop":
            assert not (covers and (not rule.types or e.type in rule.types)), (rule.id, e)
        elif rule.action == "retype":
            assert not covers or e.type == rule.to, (rule.id, e)
        else:  # a cooperation held back by an actor is a refusal; nothing else is coded
            assert not covers or e.type == "REJECT", (rule.id, e)


@pytest.mark.model
def test_the_same_words_outside_the_idiom_still_code(run: Callable[..., Record]) -> None:
    met = run("The Ruritanian foreign minister met with the Freedonian ambassador in Lima.")
    assert [e.type for e in met.events] == ["CONSULT"]
    hit = run("Ruritanian jets targeted a Freedonian radar station on Tuesday.")
    assert [e.type for e in hit.events] == ["ASSAULT"]


@pytest.mark.parametrize(
    "raw",
    [
        {"rules": "none"},
        {"rules": [{"id": "x", "action": "drop", "types": [], "pattern": [
            {"RIGHT_ID": "a", "RIGHT_ATTRS": {}}], "scope": "b", "example": "e", "trigger": "e"}]},
        {"rules": [{"id": "x", "action": "ban", "types": [], "pattern": [
            {"RIGHT_ID": "a", "RIGHT_ATTRS": {}}], "scope": "a", "example": "e", "trigger": "e"}]},
        {"rules": [{"id": "x", "action": "drop", "types": ["FIGHT"], "pattern": [
            {"RIGHT_ID": "a", "RIGHT_ATTRS": {}}], "scope": "a", "example": "e", "trigger": "e"}]},
        {"rules": [{"id": "x", "action": "drop"}]},
        {"rules": [{"id": "x", "action": "retype", "types": [], "pattern": [
            {"RIGHT_ID": "a", "RIGHT_ATTRS": {}}], "scope": "a", "example": "e", "trigger": "e"}]},
        {"lists": {"fruit": ["pear"]}, "rules": [{"id": "x", "action": "drop", "types": [],
            "pattern": [{"RIGHT_ID": "a", "RIGHT_ATTRS": {"LEMMA": {"IN": "@nuts"}}}],
            "scope": "a", "example": "e", "trigger": "e"}]},
        {"lists": {"fruit": "pear"}, "rules": []},
        {"lists": {"question_words": ["who"]}, "rules": []},
        {"lists": ["pear"], "rules": []},
    ],
)  # fmt: skip
def test_a_bad_rule_is_a_clear_error(raw: dict[str, object]) -> None:
    with pytest.raises(ConfigError, match=r"event_idioms\.json"):
        parse_idioms(raw)


def test_a_rule_may_name_a_shared_list() -> None:
    raw = {
        "lists": {"about": "lists", "about_fruit": "fruit", "fruit": ["pear", "plum"]},
        "rules": [{"id": "x", "action": "drop", "types": [], "pattern": [
            {"RIGHT_ID": "a", "RIGHT_ATTRS": {"LEMMA": {"NOT_IN": "@fruit"}, "POS": "NOUN"}},
            {"LEFT_ID": "a", "REL_OP": ">", "RIGHT_ID": "b",
             "RIGHT_ATTRS": {"LOWER": {"IN": ["ripe", "green"]}}}],
            "scope": "a", "example": "e", "trigger": "e"}],
    }  # fmt: skip
    (rule,) = parse_idioms(raw)
    assert rule.pattern[0]["RIGHT_ATTRS"] == {"LEMMA": {"NOT_IN": ["pear", "plum"]}, "POS": "NOUN"}
    assert rule.pattern[1]["RIGHT_ATTRS"] == {"LOWER": {"IN": ["ripe", "green"]}}


def test_a_rule_may_name_a_list_of_the_lexicon() -> None:
    raw = {
        "rules": [{"id": "x", "action": "drop", "types": [], "pattern": [
            {"RIGHT_ID": "a", "RIGHT_ATTRS": {"LOWER": {"IN": "@question_words"}}}],
            "scope": "a", "example": "e", "trigger": "e"}],
    }  # fmt: skip
    (rule,) = parse_idioms(raw)
    words = rule.pattern[0]["RIGHT_ATTRS"]["LOWER"]["IN"]  # type: ignore[index]
    assert words == sorted(shared_words().question_words)
    assert {"whether", "if", "who"} <= set(words)


def test_no_two_rules_spell_out_the_same_shared_list() -> None:
    raw = resources.json_data("data/event_idioms.json")
    shared = {tuple(v) for k, v in raw["lists"].items() if not k.startswith("about")}
    spelled = [
        tuple(cond[op])
        for rule in raw["rules"]
        for node in rule["pattern"]
        for cond in node.get("RIGHT_ATTRS", {}).values()
        if isinstance(cond, dict)
        for op in ("IN", "NOT_IN")
        if isinstance(cond.get(op), list)
    ]
    assert not shared & set(spelled)


@pytest.mark.model
def test_a_reaction_met_acts_on_whom_it_met(run: Callable[..., Record]) -> None:
    record = run("The mayor met with sharp criticism from residents after the vote.")
    names = {e.id: e.name for e in record.entities}
    assert [
        (e.type, [names[i] for i in e.source], [names[i] for i in e.target])
        for e in record.events
    ] == [("ACCUSE", ["residents"], ["mayor"])]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Former town treasurer Tom Reyes pleaded guilty to embezzlement on Friday.", ["CONCEDE"]),
        (
            "The senator's campaign struck back at Governor Ellis with its own television ad.",
            ["ACCUSE"],
        ),
    ],
)
def test_an_idiom_can_name_another_type(
    text: str, expected: list[str], run: Callable[..., Record]
) -> None:
    assert [e.type for e in run(text).events] == expected
