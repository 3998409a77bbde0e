"""Comparisons kept in the store: each story's ``sayso compare`` line and its sentences lined up
(``align``), computed when stories are stored (``sayso stories --db``) so that the web's story
page only reads them.

A kept comparison holds for the content hashes of the story's documents it was computed from
and for ``COMPARE_VERSION``; when either differs it is stale: the story page then compares live
(and writes nothing: the web app only reads the store) until ``sayso stories --db`` runs again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from ..errors import SaysoError
from ..store import Store
from ..types import Record, Span
from . import compare
from .divergences import Claim, align

__all__ = [
    "COMPARE_VERSION",
    "Comparison",
    "claims",
    "comparison",
    "keep_comparisons",
    "story_comparison",
]

# Bump when what ``compare`` or ``align`` gives for the same records changes: every kept
# comparison is then stale and computed again by the next ``sayso stories --db``.
# 9: in stories of three reports or more an omission must be central by a stricter reading
# (not background of another time, a bystander's word, a bare figure, a claim told late in its
# report or one that says what is not known yet; more than half of the other reports), event
# omissions pass the same check, no report is told twice to leave out one claim, and a
# bulleted promotion ("• Related: ...") is no claim.
# 10: in stories of three reports or more, a headline is no claim left out (its lead is judged
# instead), past the lead a principal actor's word no other report carries is not central, and a
# brief (two claims or fewer) leaves out only what other reports open on.
# 11: in stories of three reports or more, a claim left out must tell an act or a happening (an
# event found, a word of data/event_families.tsv or count_roles.tsv): a description, a
# statistic or a comment is no omission; and a report tells a claim whose every clause of an
# act it tells in a clause of its own (clause_told).
# 12: in stories of three reports or more, a claim that only denies an act, a piece of a
# sentence, an addition ("also") or a claim of another time in any report that carries it is
# not central; a report tells a claim whose acts it tells with one of the same arguments
# (same_event); one act is shown once per omitting report (same_act), and one omission, the
# most central, per pair of reports (MatchOptions.per_pair_many).
# 13: in stories of four reports or more, a lead claim no other report carries is not central
# (a toll aside); phrases of compare/data/light_verbs.txt ("paid tribute") tell no act.
# 14: same_event counts one person neither report names (a pronoun, a noun of sex or role) and
# a killing told as a shooting or a death; more family words ("laid off", "surrendered").
# 15: a name written in lowercase ("de Vries", "eBay") opens a claim, not a fragment; "as well
# as" adds nothing; "said that X fired" tells the act (no given act after "that").
# 16: same_event reads every sentence of the other report (short ones too) and gives a clause
# that names no one the participants of the clauses before it; "hit" is a collision, a
# repelled attack a family (repel); a row of links is no claim, nor a sentence going on with
# another time.
# 17: a claim carried by several reports is judged once, on its most central version; a
# carrier's wording is read for its act (same_event) when it tells the same kind of act; a
# clause's act kinds leave out acts told already ("the shooting") and the count role of a word
# a family holds ("charged": a charging).
# 19: fleeing is a kind of act of its own (flee), which a hit-and-run tells.
# 20: "fired at" is a shooting (a phrase of words names one act), "a boat named X" no
# appointment; no clause opens within a hyphenated compound; same_event reads a short act
# piece ("Hale, 40, lay dead") as the act when the clauses tell none but in the past perfect.
# 21: a sentence that speaks of "the victim" or "the suspect" tells of the act told before it
# (same_event reads the two together).
# 22: "a van or truck named X" is no appointment; "fell to his death" tells the death, "stay
# alive" a survival; the account of another time goes on sentence by sentence; a claim that
# says an activity is going on ("still investigating", "under way") is no omission.
# 23: warding off an attack and the rescue of its target tell one happening; a sentence that
# only sets a told act in time and place is a detail, not an omission.
# 24: "the arrest of X" after a reporting verb tells the arrest; a sentence on a told act that
# adds only a slot (what was hit, a count, a place, a time) is a detail; a described person ("a
# 29-year-old man") is told by a report that names one in the same act.
# 25: a labour strike ("went on strike", "a general strike", a walkout) is a stoppage, no
# attack (compare/data/event_families.tsv).
# 26: event coreference within a story: each kind of act a claim tells corefers with a mention
# of that kind in the other report whose people do not clash (other names, another sex) and
# that is set at the story's time; a claim whose clauses tell no act is no omission (three
# reports or more).
# 27: a mention set apart from a claim (another place or incident: "across town", "in a separate
# incident"; places the gazetteer puts in other countries or US states after a preposition of
# place; other named streets) corefers only by a name they share; the event families take in
# a fire, looting, shelling, extradition and more, and new families (a trial, a suit, a
# withdrawal, a deployment, an expulsion, sanctions, a protest, an award, a bankruptcy).
# 28: a place the tagger took with the noun after it for an organisation ("a Lyon office") is
# read as the place where the gazetteer knows it, so two reports setting one act in two places
# disagree.
# 29: shots returned or exchanged and "under heavy fire" tell no blaze; "rallied" (markets
# rally) tells no protest; no family of "scored".
# 30: no contradiction between "4 p.m." and "4:00 p.m.", a place named in full and in short
# ("Tarn Mount Kessel" / "Mt Kessel"), the date of an act told after another ("charged on
# Saturday after opening fire") and an earlier date of a report that never names that act, nor
# two dates the events stage gives to two different acts; within two sentences alike, no
# contradiction between counts of two things ("three died" / "five were hurt", ages of a man and
# a woman), a town and its state, or dates with other words beside them.
# 31: no contradiction between the date of an act to come ("will open the bridge in 2031", "is
# expected to face charges on Thursday") and the date of one done, nor between a date that opens
# a stretch of time ("the first title since 1987") and the date of an act; where a firm is based
# ("based in Dover") is no place where it acts; "a 55 mph limit" measures a thing.
# 32: a plunge is a fall, a termination ("relieved of his duties") a dismissal; "marched into" (a
# room) tells no protest; a naming ("police identified the victim as ...") is told by a report
# that gives the name in full; a report whose sentence aligned with a claim tells another act of
# the same people carries no evidence of it.
# 33: two adult ages of one person a year apart ("41" / "42") agree: a birthday may fall between
# two sources' records of that age.
# 34: a help-line box (a hotline or crisis line with its telephone number, a number spelt in
# letters) is no claim, like a contact line.
# 35: two bare years whose clauses tell two acts to the sentence model ("founded a clinic in
# 1995" / "became the society's president in 2019": steps of one career) do not disagree.
# 36: a close sentence that states each count of a claim with what it counts tells it (no
# omission); a named storm dated in both reports is one happening dated two ways (disagree).
# 37: an omission's evidence opens on the claim judged central (then the reports that carry it);
# an ordinal ("the 79th") is one number, no word that frames a date; the one age each report
# gives, before a noun of a person in one and beside a name in the other, in sentences of one
# kind of act, is one person's age (disagree).
# 38: two sentences that tell the same kinds of act (one as a verb, one by a noun of its doer:
# "shot" / "the shooter") and one date each are read for the date below the aligned score.
# 39: an age told of someone acted on ("a woman was stabbed") and one of someone acting on
# another ("Tom Reyes, 44, had stabbed her") are two people's ages, no contradiction.
# 40: two dates in one frame, in sentences that tell acts of different kinds, date two acts
# where the shared frame only describes a noun ("a masked gunman shot" / "detained the masked
# shooter").
# 41: a participle that describes a noun is no word of a date's frame; a report that gives two
# ages is read for the one not of someone either report's events tell acting on another; one
# numbered edition ("the 31st Lumen Awards") dated two ways disagrees; "the Brennick police"
# names a place.
# 42: a lead one report alone opens on, in a story of three, must name a principal actor; a
# claim that dates only what others are still to do is no omission; "[who ...]" is a fragment.
# 43: in two well-matched sentences where one gives two ages, an age is set against another
# only when the reports show one person (one name, one part in the events, one sex).
# 44: 42 and 43 merged.
# 45: an act put to someone ("accused of shooting") is told by a report that tells the act of
# one described alike; a statement's crediting clause is its source; "gave himself up".
COMPARE_VERSION = "45"

Comparison = dict[str, Any]  # {"line": compare's line, "aligned": [{"about", "claim", "cells"}]}


def comparison(story: str, records: Sequence[Record]) -> Comparison:
    """What the story page shows of ``story`` (its ``records`` in the story's order), as JSON
    values: ``sayso compare``'s line (default options) and the sentences lined up."""
    aligned = [
        {
            "about": c.about,
            "claim": c.claim,
            "cells": [None if s is None else [s.start, s.end, s.text] for s in c.cells],
        }
        for c in align(records)
    ]
    return {"line": compare(story, records), "aligned": aligned}


def claims(data: Mapping[str, Any]) -> list[Claim]:
    """The lined-up sentences of a comparison, as ``align`` gives them."""
    return [
        Claim(
            str(c["about"]),
            bool(c["claim"]),
            tuple(None if s is None else Span(int(s[0]), int(s[1]), str(s[2])) for s in c["cells"]),
        )
        for c in data["aligned"]
    ]


def story_comparison(store: Store, story: str) -> tuple[list[Record], Comparison]:
    """The records of ``story`` (in the story's order) and their comparison: the kept one when
    it is fresh, else computed now and not kept (the caller may only read the store)."""
    hashes = store.story_hashes(story)
    records = [store.get(h) for h in hashes]
    kept = store.comparison(story, hashes, COMPARE_VERSION)
    return records, kept if kept is not None else comparison(story, records)


def keep_comparisons(
    store: Store,
    stories: Iterable[str] | None = None,
    on_error: Callable[[SaysoError], None] | None = None,
    *,
    debug: bool = False,
) -> int:
    """Compute and keep the comparison of each of ``stories`` (default: every stored story)
    whose kept one is missing or stale; returns how many were computed. A story whose
    comparison fails goes to ``on_error`` (one line; its page compares live) and the others go
    on; with ``debug`` the failure is raised, traceback and all."""
    done = 0
    for story in stories if stories is not None else store.story_ids():
        hashes = store.story_hashes(story)
        if store.comparison(story, hashes, COMPARE_VERSION) is not None:
            continue
        records = [store.get(h) for h in hashes]
        try:
            data = comparison(story, records)
        except Exception as exc:  # a bug in one story's comparison must not stop the others
            if debug:
                raise
            if on_error is not None:
                on_error(
                    SaysoError(
                        f"story {story}: comparing its {len(records)} reports failed "
                        f"({type(exc).__name__}: {exc}); its page compares them live until "
                        "then; rerun with --debug for the traceback and report it",
                        source=story,
                    )
                )
            continue
        store.save_comparison(story, hashes, COMPARE_VERSION, data)
        done += 1
    return done
