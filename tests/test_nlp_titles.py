"""Title abbreviations spaCy's English tokenizer splits from their period ("Sgt" + ".") are one
token in the pipeline ``sayso.nlp.load`` builds, so a sentence runs on from the title into the
name after it. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from sayso import nlp


@pytest.mark.model
@pytest.mark.parametrize(
    "title", ["Sgt.", "Lt.", "Capt.", "Det.", "Cpl.", "Maj.", "Insp.", "Supt.", "Col.", "Cmdr."]
)
def test_a_title_abbreviation_is_one_token_with_its_period(title: str) -> None:
    doc = nlp.load()(f"Harbor police {title} Lena Moss said the dock was closed.")
    words = [t.text for t in doc]
    assert words[2:5] == [title, "Lena", "Moss"]
    assert doc[2].norm_ == "gen."


@pytest.mark.model
@pytest.mark.parametrize("title", ["Sgt.", "Det.", "Capt."])
def test_the_sentence_runs_on_from_the_title_into_the_name(title: str) -> None:
    text = f'"The dock was closed by noon," Harbor police {title} Lena Moss said on Tuesday.'
    doc = nlp.load()(text)
    assert [s.text for s in doc.sents] == [text]
    assert any(e.label_ == "PERSON" and e.text == "Lena Moss" for e in doc.ents)


@pytest.mark.model
def test_titles_in_a_row_stay_whole() -> None:
    doc = nlp.load()("Lt. Col. Ada Moss and Det. Insp. Tom Reed spoke to the crew.")
    assert [t.text for t in doc][:4] == ["Lt.", "Col.", "Ada", "Moss"]
    assert [t.text for t in doc][5:9] == ["Det.", "Insp.", "Tom", "Reed"]
    assert len(list(doc.sents)) == 1


@pytest.mark.model
@pytest.mark.parametrize("after", ["He thanked the harbor crew.", "Officials said it was moving."])
def test_a_senior_after_a_name_may_still_end_the_sentence(after: str) -> None:
    # "Sr." follows a name, it opens none: it is no title, and its period may end the sentence
    assert "Sr." not in nlp.title_abbreviations()
    doc = nlp.load()(f"The medal went to Paul Brill Sr. {after}")
    assert [s.text for s in doc.sents] == ["The medal went to Paul Brill Sr.", after]


def test_every_title_in_the_table_ends_with_its_period() -> None:
    titles = nlp.title_abbreviations()
    assert titles and all(t.endswith(".") and t[:-1].isalpha() and t[0].isupper() for t in titles)
    assert len(set(titles)) == len(titles)
