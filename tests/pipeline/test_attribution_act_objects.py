"""A speech verb that names an act when its only content is a plain noun phrase ("announced new
patrols", "urged calm", "recommended a shorter term", "shouted abuse") reports no words: the act
is an event, not an attribution (pipeline/attributions, ``act_object_verbs`` in
shared_words.json, .confidence). A clause after the same verbs is said, and so is a noun for
words. Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import contents, harbour_story

Run = Callable[..., Record]


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "act"),
    [
        ("The river police announced extra launches on the canal on Friday.", "extra launches"),
        ("Councillor Bea Norn recommended a smaller levy for the fish market.", "smaller levy"),
        ("The interior ministry declared a state of emergency in the delta.", "state of emergency"),
        ("Pickets outside the depot shouted insults at the drivers.", "insults at the drivers"),
        ("The dockers' union demanded a recount of the strike ballot.", "recount of the strike"),
        # a participle that modifies the noun leaves the phrase plain
        ("The coroner recommended a revised inquest into the drowning.", "revised inquest"),
        # praise or thanks for an act names the act
        ("Mayor Ilse Kron commended the pilots for steering the tanker clear.",
         "steering the tanker clear"),
    ],
)  # fmt: skip
def test_a_plain_noun_after_an_act_verb_is_no_statement(run: Run, body: str, act: str) -> None:
    rec = harbour_story(run, body)
    assert not any(act in c for c in contents(rec))


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "said"),
    [
        ("The river police announced that the canal would close at dusk.",
         "the canal would close at dusk"),
        ("Councillor Bea Norn recommended that the levy be halved.", "the levy be halved"),
        # a noun for words names what was said
        ("Councillor Bea Norn repeated her warning about the rotten pilings.",
         "her warning about the rotten pilings"),
        # a verb whose object stands for what was said is no act verb
        ("Councillor Bea Norn acknowledged serious delays at the lock.", "serious delays"),
        # a predicate the parser left without a verb is a proposition
        ("The lock keeper declared the slipway unsafe for barges.", "unsafe"),
        # a charge for an act is a claim
        ("Councillor Bea Norn accused the pilots of steering the tanker too close.",
         "steering the tanker too close"),
    ],
)  # fmt: skip
def test_a_clause_or_words_after_the_same_verbs_are_said(run: Run, body: str, said: str) -> None:
    rec = harbour_story(run, body)
    assert any(said in c for c in contents(rec))
