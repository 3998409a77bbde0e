"""Trigger words from the PLOVER and CAMEO definitions, each with an invented sentence:
the common verbs, phrasal verbs and event nouns a news writer uses for a type, with the syntax
condition that keeps each one to that type ("gunned down", not "gun"; "took into custody", not
"take"; "vowed revenge", not "vowed to help")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]

CASES = [
    ("ASSAULT", "assaulted", "Riot officers assaulted Dana Kovar outside the court in Tirana."),
    ("ASSAULT", "gunned", "Gunmen from the Red Dawn militia gunned down Judge Ivo Marel in Split."),
    ("ASSAULT", "rammed", "China rammed a Philippine vessel near the shoal on Sunday."),
    ("ASSAULT", "beat", "Guards at the Ostrava prison beat Tomas Hrubik to death, a lawyer said."),
    ("ASSAULT", "blew", "Soldiers of the Kesh Front blew up the bridge to Ardell on Friday."),
    ("COERCE", "took", "Police took Anna Veskova into custody in Riga on Monday."),
    ("COERCE", "rounded", "Security forces rounded up members of the Unity Party in Harare."),
    ("COERCE", "placed", "The junta placed Mariam Toure under house arrest on Friday."),
    ("COERCE", "dispersed", "Police dispersed members of the Green Front in Nairobi."),
    ("COERCE", "clamped", "The Chinese government clamped down on the Free Press Union."),
    ("REQUEST", "lobbied", "The Farmers Union lobbied the European Commission for more payments."),
    ("ACCUSE", "hit", "Senator Paul Okafor hit out at the Interior Ministry on Tuesday."),
    ("ACCUSE", "railed", "Mayor Ruth Dalby railed against the Transport Ministry on Monday."),
    ("REJECT", "brushed", "Japan brushed aside the protest from China."),
    ("REJECT", "balked", "Hungary balked at the European Commission plan."),
    ("THREATEN", "vowed", "Iran vowed revenge against Israel on Sunday."),
    ("PROTEST", "streets", "Members of the Teachers Union took to the streets of Tbilisi."),
    ("PROTEST", "walked", "The Nurses Union walked off the job at Royal Hospital."),
    ("MOBILIZE", "called", "Israel called up 30,000 reservists on Saturday."),
    ("MOBILIZE", "reinforced", "Poland reinforced its border with Belarus."),
    ("CONCEDE", "reversed", "Denmark reversed its decision on the visas for Ghana."),
    ("CONCEDE", "dropped", "Prosecutors in Oslo dropped the charges against Erik Lund."),
    ("SUPPORT", "rallied", "Arab states rallied behind Qatar on Monday."),
    ("CONSULT", "trip", "Secretary Alan Reyes began a trip to Beijing on Monday."),
    ("COERCE", "demolished", "Israel demolished Palestinian homes in Hebron on Monday."),
    ("COERCE", "exiled", "The Bahraini government exiled the dissident Nabil Harouni in 2019."),
    ("CONSULT", "brokered", "Qatar brokered a truce between Israel and Hamas."),
    ("CONSULT", "huddled", "President Ruto huddled with the Tanzanian president in Arusha."),
    ("ACCUSE", "pointed", "Pakistan pointed the finger at India over the attack."),
    ("CONCEDE", "caved", "The Kenyan government caved to the Teachers Union on Monday."),
    ("CONCEDE", "gave in", "Serbia gave in to the demands of the European Union."),
    ("CONCEDE", "climbed", "France climbed down on the pension plan after the protests."),
    ("CONCEDE", "softened", "Turkey softened its stance on Sweden."),
    ("AID", "bailed", "The IMF bailed out Egypt in 2016."),
    ("AID", "bankrolled", "Qatar bankrolled Hamas for years."),
    ("SUPPORT", "weight", "Brazil threw its weight behind Argentina on the Falklands."),
    ("SUPPORT", "tribute", "Modi paid tribute to Shinzo Abe on Friday."),
    ("MOBILIZE", "scrambled", "Taiwan scrambled jets after Chinese aircraft crossed the line."),
]


@pytest.mark.model
@pytest.mark.parametrize(("kind", "word", "text"), CASES)
def test_a_definition_word_is_coded_its_type(run: Run, kind: str, word: str, text: str) -> None:
    found = coded(run(text))
    assert any(c[0] == kind and word in c[1] for c in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Analysts rounded up the figures for the quarter.",
        "Nurses walked out of the hospital at the end of the shift.",
    ],
)
def test_a_phrasal_verb_without_its_actors_is_no_event(run: Run, text: str) -> None:
    assert not [c for c in coded(run(text)) if c[2] and c[3]], coded(run(text))
