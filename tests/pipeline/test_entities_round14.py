"""Entities on local and political pages, round 14: the marks of a US local story (a county,
"the N block of" a street, a station's call sign in the dateline, a US state named like a
country) give its people their country, stories set abroad keep theirs, and well-known US
firms are American (invented sentences)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import named

pytestmark = pytest.mark.model


def test_a_county_and_a_street_block_make_a_us_local_story(run: Callable[..., Record]) -> None:
    rec = run(
        "A 40-year-old man was found dead Sunday in the 300 block of Maple Lane in Dunmore. "
        "Officers from the Dunmore police said Walter Quimby had been stabbed, according to "
        "the Pelham County coroner.",
        published="2019-05-12",
    )
    assert named(rec, "Walter Quimby").country == "USA"


def test_a_dateline_call_sign_and_a_county_make_a_us_local_story(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "(via WQXT) -- A woman was hurt Friday when a tree fell on her car in Ashby "
        "County. Deputies said Nora Pettigrew was taken to a hospital.",
        published="2019-05-12",
    )
    assert named(rec, "Nora Pettigrew").country == "USA"


def test_georgia_in_a_us_local_story_is_the_state(run: Callable[..., Record]) -> None:
    rec = run(
        "A man shot his neighbor early Sunday in Georgia, the Camden County police said. "
        "Officers said Dwayne Hollis was taken to the county jail.",
        published="2019-05-12",
    )
    assert named(rec, "Georgia").country == "USA"
    assert named(rec, "Dwayne Hollis").country == "USA"


def test_georgia_beside_its_neighbours_is_the_country(run: Callable[..., Record]) -> None:
    rec = run(
        "Russian troops moved closer to the border with Georgia on Sunday. Officials in the "
        "Kvemo County office said Levan Beridze had fled with his family.",
        published="2019-05-12",
    )
    assert named(rec, "Georgia").country == "GEO"


def test_a_kenyan_county_story_keeps_its_country(run: Callable[..., Record]) -> None:
    rec = run(
        "Police in Nairobi said on Sunday that a bus overturned in Kiambu County, in the 200 "
        "block of shops by the highway. County commander Peter Wanjala said ten were hurt.",
        published="2019-05-12",
    )
    assert named(rec, "Peter Wanjala").country != "USA"


def test_an_irish_county_council_is_no_us_mark(run: Callable[..., Record]) -> None:
    rec = run(
        "Gardai said a cyclist was hurt on Sunday. Kerry County Council said Siobhan Moriarty "
        "would review the road, and the Kerry County Court will hear the case.",
        published="2019-05-12",
    )
    assert named(rec, "Siobhan Moriarty").country != "USA"


def test_well_known_us_firms_are_american(run: Callable[..., Record]) -> None:
    rec = run(
        "Shares of Exxon Mobil and Chevron fell on Monday while Google and Microsoft rose. "
        "Analysts said Exxon would report next week.",
        published="2019-05-12",
    )
    for firm in ("Exxon Mobil", "Chevron", "Google", "Microsoft"):
        assert (named(rec, firm).type, named(rec, firm).country) == ("ORG", "USA")


def test_the_amazon_is_no_us_firm(run: Callable[..., Record]) -> None:
    rec = run(
        "Fires spread across the Amazon on Monday, officials in Brasilia said.",
        published="2019-08-12",
    )
    assert all(e.country != "USA" for e in rec.entities if e.name == "Amazon")
