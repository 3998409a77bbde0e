"""Lookups of the per-document ``State`` (pipeline/base.py): an attribution by its id, as the
events stage asks for the one whose words hold an act. Invented facts."""

from __future__ import annotations

import spacy

from sayso.pipeline.base import State
from sayso.types import Attribution, Document, Meta, Span


def _said(aid: str, speaker: str) -> Attribution:
    words = Span(0, 12, "Ferries stop")
    return Attribution(
        id=aid, kind="indirect", source=None, speaker=speaker, cue=None, content=(words,)
    )


def _state() -> State:
    text = "Ferries stop at noon, the harbour master said."
    return State(document=Document(id="d", text=text), meta=Meta(), doc=spacy.blank("en")(text))


def test_an_attribution_is_found_by_its_id() -> None:
    state = _state()
    state.attributions = [_said("at-1", "e-lind"), _said("at-2", "e-holm")]
    found = state.attribution("at-2")
    assert found is not None and found.speaker == "e-holm"
    assert state.attribution("at-9") is None


def test_of_two_attributions_of_one_id_the_first_is_found() -> None:
    state = _state()
    state.attributions = [_said("at-1", "e-lind"), _said("at-1", "e-holm")]
    found = state.attribution("at-1")
    assert found is not None and found.speaker == "e-lind"


def test_a_list_assigned_later_is_the_one_looked_up_in() -> None:
    state = _state()
    state.attributions = [_said("at-1", "e-lind")]
    assert state.attribution("at-1") is not None
    state.attributions = [_said("at-2", "e-holm")]  # as the attributions stage assigns its list
    assert state.attribution("at-1") is None
    found = state.attribution("at-2")
    assert found is not None and found.speaker == "e-holm"
