"""Acts not done (pipeline/events): an act named after "for" under a verb of arguing or working
for something ("argued for the arrest of X", "campaigned for the release of Y") is advocated,
not done, like "called for talks"; an act called impending, imminent or expected has not
happened yet; an act told as done stays an event. Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Senator Lida Varro argued for the arrest of the Borduran consul in Osk.", "COERCE"),
        ("Councillor Ines Dorr campaigned for the release of the Borduran trawlermen.", "CONCEDE"),
        ("Deputy Emil Sorensen campaigned for the bombing of Borduran depots.", "ASSAULT"),
        ("Former Interior Minister Tor Halvik argued for the targeted killing of Borduran "
         "citizens abroad.", "ASSAULT"),
    ],
)  # fmt: skip
def test_an_act_argued_for_did_not_happen(run: Run, text: str, type_: str) -> None:
    rec = run(text)
    assert not [e for e in rec.events if e.type == type_], coded(rec)


@pytest.mark.model
def test_an_arrest_told_as_done_stays_an_event(run: Run) -> None:
    # counter-case: the same act, done, with no verb of arguing for it
    rec = run("Police in Osk arrested the Borduran consul on Tuesday.")
    assert [e for e in rec.events if e.type == "COERCE"], coded(rec)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Pundits in Osk have long foreseen an impending Bordurian pullout from the delta.",
         "RETREAT"),
        ("Fishermen in Osk braced for an imminent Bordurian raid on the harbour.", "ASSAULT"),
        ("Editors feared an expected Kestrian crackdown on the press after the count.",
         "COERCE"),
    ],
)  # fmt: skip
def test_an_act_yet_to_come_did_not_happen(run: Run, text: str, type_: str) -> None:
    rec = run(text)
    assert not [e for e in rec.events if e.type == type_], coded(rec)


@pytest.mark.model
def test_a_raid_on_the_harbour_told_as_done_stays_an_event(run: Run) -> None:
    # counter-case: the act with no word of its coming
    rec = run("Bordurian gunboats raided the harbour of Osk on Monday, sinking two trawlers.")
    assert [e for e in rec.events if e.type in ("ASSAULT", "COERCE")], coded(rec)
