"""Help-line boxes (a hotline or crisis line with its telephone number) are page furniture, no
claim of the report, like a reporter's contact line (sayso.lexicon.not_a_claim,
``data/contact_words.txt``). Invented sentences."""

from __future__ import annotations

from sayso.compare.units import units
from sayso.lexicon import not_a_claim

from .records import record


def test_a_help_line_with_its_number_is_no_claim() -> None:
    assert not_a_claim("The flood hotline for Marsh County residents is 555-310-7788.")
    assert not_a_claim("Tenants can find help by contacting the shelter at 555-420-1100.")
    assert not_a_claim("Riverside Crisis Line: 555-902-4411")
    assert not_a_claim("The statewide helpline runs day and night at 1-800-555-CARE (2273).")


def test_a_number_spelt_in_letters_needs_a_contact_word() -> None:
    assert not not_a_claim("The van's plate read 555-201-DUCK when the police stopped it.")


def test_a_hotline_in_the_news_without_a_number_is_a_claim() -> None:
    assert not not_a_claim("The new crisis line answered 4,000 calls in its first week.")
    assert not not_a_claim("Volunteers staffed the helpline through the night after the storm.")


def test_a_report_keeps_its_claims_and_drops_its_help_line_box() -> None:
    text = (
        "A storm flooded forty homes in Marsh County on Tuesday. "
        "Rescuers carried twelve residents to the school gym. "
        "The county flood hotline is 555-310-7788."
    )
    kept = [u.text for u in units(record("a", text), 0)]
    assert kept == [
        "A storm flooded forty homes in Marsh County on Tuesday.",
        "Rescuers carried twelve residents to the school gym.",
    ]
