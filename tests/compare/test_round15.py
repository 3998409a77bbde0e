"""Omissions judged by event coreference, round 15 (sayso.compare.told, sayso.compare.omissions):
within one story of one incident, a mention of a kind of act corefers with one of the same kind
in another report unless their people clash (other names, another sex) or it is set at another
time; a claim whose acts all corefer is told, whatever details it adds, and one that tells no
act is no omission. Invented reports, with the sentence model running for real."""

from __future__ import annotations

from sayso.compare.omissions import central, same_event, tells
from sayso.compare.scores import Story, score_story
from sayso.compare.told import clash

from .records import record, unit_at

PEOPLE = ("Ivo Hale", "Ann Bell", "Rosa Kent")


def _story(*texts: str) -> Story:
    return score_story(
        [record(chr(97 + k), t, places=("Marrow",), people=PEOPLE) for k, t in enumerate(texts)]
    )


def test_a_detail_of_a_told_shooting_is_told() -> None:
    story = _story(
        "A gunman shot Ann Bell outside a bar in Marrow on Friday.\n"
        "Bell was shot twice in the chest with a rifle at about 11 p.m.\n",
        "Ann Bell was killed in Marrow late on Friday.\nThe bar was closed on Saturday.\n",
        "A bar in Marrow reopened on Saturday.\nIts owner thanked the staff.\n",
    )
    detail = unit_at(story, 0, "Bell was shot twice")
    assert same_event(story, detail, 1) and tells(story, detail, 1)  # a killing: one happening
    assert not same_event(story, detail, 2)  # no shooting there


def test_taken_into_custody_is_an_arrest() -> None:
    story = _story(
        "Police arrested Ivo Hale at his home in Marrow on Saturday.\n",
        "Officers took the suspect into custody at a house in Marrow hours later.\n",
        "Ivo Hale lives in Marrow with his dog.\nHe runs a shop on the square.\n",
    )
    arrest = unit_at(story, 0, "Police arrested")
    assert same_event(story, arrest, 1)
    assert not same_event(story, arrest, 2)


def test_opened_fire_is_a_shooting() -> None:
    story = _story(
        "A man opened fire on diners at a cafe in Marrow on Sunday night.\n",
        "A gunman shot four people at a Marrow cafe.\nThe cafe stayed shut on Monday.\n",
        "Diners at a cafe in Marrow ate late on Sunday.\nThe menu was new.\n",
    )
    fire = unit_at(story, 0, "A man opened fire")
    assert same_event(story, fire, 1)
    assert not same_event(story, fire, 2)


def test_a_related_act_one_report_tells_is_left_out() -> None:
    story = _story(
        "Ivo Hale shot Ann Bell in Marrow on Friday.\nHale was charged with murder on Monday.\n",
        "Ann Bell was shot dead in Marrow on Friday.\nHer family asked for privacy.\n",
        "Ivo Hale was charged with the murder of Ann Bell.\nHe shot her at her shop.\n",
    )
    charge = unit_at(story, 0, "Hale was charged")
    assert not same_event(story, charge, 1)  # a shooting, no charging
    assert same_event(story, charge, 2)


def test_each_act_of_a_clause_must_be_told() -> None:
    story = _story(
        "Ivo Hale is accused of shooting Ann Bell in Marrow.\n",
        "A woman was shot at her shop on Friday.\nThe shop stayed shut.\n",
        "Ivo Hale faces a charge over the shooting of Ann Bell.\nBell was shot in Marrow.\n",
    )
    accused = unit_at(story, 0, "Ivo Hale is accused")
    assert not same_event(story, accused, 1)  # the shooting, not the charging
    assert same_event(story, accused, 2)
    # (a mention that shares a participant of the clause corefers by any of its kinds: the
    # same people, named in the same story, a rule of earlier rounds kept)


def test_other_people_make_another_act() -> None:
    assert clash(frozenset({"bell"}), frozenset({"kent"}))
    assert not clash(frozenset({"bell"}), frozenset({"bell", "hale"}))
    assert not clash(frozenset({"bell"}), frozenset())  # one names no one: no clash
    story = _story(
        "Ann Bell was stabbed outside a bar in Marrow on Friday.\n",
        "Rosa Kent was stabbed in a car park.\nShe is recovering.\n",
        "A woman was stabbed near a bar in Marrow late on Friday.\nShe is recovering.\n",
    )
    stabbed = unit_at(story, 0, "Ann Bell was stabbed")
    assert not same_event(story, stabbed, 1)
    assert same_event(story, stabbed, 2)


def test_another_sex_makes_another_act() -> None:
    story = _story(
        "A woman was robbed at a cash machine in Marrow.\n",
        "A man was robbed outside a station.\nHe lost his phone.\n",
        "A pensioner was robbed in Marrow.\nShe lost her purse.\n",
    )
    robbed = unit_at(story, 0, "A woman was robbed")
    assert not same_event(story, robbed, 1)
    assert same_event(story, robbed, 2)


def test_an_act_of_another_time_is_another_act() -> None:
    story = _story(
        "A blaze gutted a warehouse in Marrow on Tuesday.\n",
        "A blaze destroyed a barn two years ago.\nNo one was hurt.\n",
        "Flames tore through a Marrow warehouse overnight.\nThe roof fell in.\n",
    )
    fire = unit_at(story, 0, "A blaze gutted")
    assert not same_event(story, fire, 1)
    assert same_event(story, fire, 2)


def test_a_statement_corefers_only_by_its_participant() -> None:
    story = _story(
        "The Marrow club announced the signing of Rosa Kent on Monday.\n",
        "Police announced a road closure.\nThe road reopens on Friday.\n",
        "The club announced on Monday that Rosa Kent joins from a rival.\nShe is 20.\n",
    )
    signing = unit_at(story, 0, "The Marrow club announced")
    assert not same_event(story, signing, 1)
    assert same_event(story, signing, 2)


def test_a_background_sentence_or_no_act_is_no_omission() -> None:
    story = _story(
        "Ivo Hale shot Ann Bell in Marrow on Friday.\nHale was fired from the bank last year.\n"
        "The bar is the oldest in Marrow.\n",
        "Ann Bell was shot in Marrow on Friday.\nPolice are at the scene.\n",
        "Ann Bell was shot in Marrow on Friday.\nThe street was closed.\n",
    )
    for starts in ("Hale was fired", "The bar is the oldest"):
        u = unit_at(story, 0, starts)
        assert not central(story, u, 2, 1, frozenset({"bell"}))


def test_a_quote_with_no_act_is_no_omission() -> None:
    story = _story(
        "Ivo Hale shot Ann Bell in Marrow on Friday.\n"
        '"I am heartbroken and want answers," Rosa Kent said of her friend Bell.\n',
        "Ann Bell was shot in Marrow on Friday.\nPolice are at the scene.\n",
        "Ann Bell was shot in Marrow on Friday.\nThe street was closed.\n",
    )
    quote = unit_at(story, 0, '"I am heartbroken')
    assert not central(story, quote, 2, 1, frozenset({"bell", "kent"}))
