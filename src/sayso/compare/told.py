"""The rules of ``omissions.tells`` that read what a report tells act by act (``readings.py``:
each report's sentences and each claim read once per comparison): each act of a claim told of
one of its participants (``same_event``), a sentence close in meaning on the same people and
act (``close``), each of its acts told in a clause (``clause_told``).
"""

from __future__ import annotations

from .acts import REPORTING, happening, same_someone, speaker_words
from .readings import Claim, Sentence, claim, report
from .scores import Story, clause_best
from .slots import places_apart
from .units import Unit


def clause_told(story: Story, u: Unit, j: int) -> bool:
    """In a story of three reports or more, each clause of ``u`` that tells an act
    (``event_kinds``) scores ``MatchOptions.clause_told`` or more with a clause of ``j``: a long
    sentence, far from every sentence of ``j`` as a whole, may still tell its event in one
    clause that ``j`` tells in one of its own ("police were called to the farm at 10 p.m., and
    found the owner shot dead" / "the farmer was shot dead on Tuesday night"). A claim of ``j``
    that says what is not known yet ("the man has not been identified") tells nothing."""
    if len(story.units) < 3:
        return False
    mine = list(claim(story, u).clauses)
    theirs = list(report(story, j).clauses)
    if not mine or not theirs:
        return False
    return min(clause_best(mine, theirs)) >= story.options.clause_told


def close(story: Story, u: Unit, j: int) -> bool:
    """In a story of three reports or more, a sentence of ``j`` on one of the participants of
    ``u`` (``arguments``, or one person neither names: ``people``) and of one of its kinds of
    act (``act_kinds``) if it tells any is close to ``u`` in meaning (a cosine of
    ``MatchOptions.told_close`` or more; names weigh much in it, so a sentence on the same man
    that tells another act of his is no telling), and ``j`` writes every name ``u`` has:
    the same happening told of the same people in other words ("a man charged over the office
    shooting was held under guard" / "the former worker is charged with murder in the office
    shooting"). A name of ``u`` that ``j`` never writes (another team, another town) may mark
    another event of the same kind, which a close sentence does not tell."""
    if len(story.units) < 3:
        return False
    r, c = report(story, j), claim(story, u)
    if any(name not in r.lower for name in u.names):
        return False
    near = [
        s.text
        for s in r.sentences
        if (c.args & s.args or same_someone(c.people, s.people))
        and (not c.kinds or c.kinds & s.kinds)
        and s.tells
    ]
    return bool(near) and clause_best([u.text], near)[0] >= story.options.told_close


def same_event(story: Story, u: Unit, j: int) -> bool:
    """In a story of three reports or more (one incident told by each: its event and the acts
    around it), each act that a clause of ``u`` tells (``act_starts``) corefers with mentions
    in ``j``: a sentence of ``j`` with a word of the same kind of act (``event_kinds``; a
    killing told as a shooting or a death is one kind: ``ONE_HAPPENING``) and one of the same
    participants (``arguments``: a name other than the speaker's, a figure, a noun for a
    person) or one person neither names (``people``: "the driver was arrested" / "he was
    booked"); or, for each kind the clause tells ("charged with shooting": a charging and a
    shooting), a sentence of that kind whose people do not clash with those of ``u``
    (``clash``: both name people, or their sex, and none is the same) and that is not set at
    another time (``another_time``). Within one incident, two mentions of one kind with no
    clash tell one act, however far apart their wording and whatever details either adds
    ("Hale was sacked by the club on Monday, its chairman said" / "the coach lost his job after
    a poor start"). A statement or a naming (``REPORTING``: said of anyone, anywhere in a
    story) corefers only by a participant. A sentence of ``j`` that says what is not known
    yet, or that an act did not happen (``denied``), mentions nothing, and one set apart from
    ``u`` (``apart``: another place, another incident) corefers only by a name they share
    ("a man was stabbed in Lyon" / "a man was stabbed in Leeds": two stabbings; "Hale was shot
    in Lyon" / "Hale was shot in Leeds": one shooting, told in two places, which the
    contradictions weigh)."""
    if len(story.units) < 3:
        return False
    mine = claim(story, u).told
    if not mine:
        return False
    named = report(story, u.doc).person_names
    who = (u.names & named) - speaker_words(u)
    c = claim(story, u)
    sexes = c.people & _SEXES
    told = [s for s in report(story, j).sentences if s.tells]
    theirs = [
        # one named there may be the one described here ("a 45-year-old man"), unless the
        # report described in names that person too (whom it describes is someone else)
        (
            s.linked,
            s.args,
            s.people | ({"named"} if s.person_names - named else set()),
            apart(c, s),
        )
        for s in told
    ]
    free = [
        s.linked
        for s in told
        if not s.other_time
        and not clash(who, s.person_names)
        and not clash(sexes, s.people & _SEXES)
        and not apart(c, s)
        # an act put to someone is told, with no participant shared, by a sentence that
        # describes the doer as the claim does ("Hale, who had been sacked, is accused of
        # shooting a clerk" / "a worker who had been let go shot a clerk"), not by any mention
        and (c.described is None or bool(c.described & s.linked))
    ]
    return all(
        any(
            kinds & k
            and (args & a & u.names or (not far and (args & a or _same_person(people, p))))
            for k, a, p, far in theirs
        )
        or _each_kind(kinds, free)
        or _name_given(kinds, who, report(story, j).person_names)
        for kinds, args, people in mine
    )


def _name_given(kinds: frozenset[str], who: frozenset[str], names: frozenset[str]) -> bool:
    """Whether a naming (``identify``: "police identified the victim as Ann Marie Bell") is
    told by a report that writes the name it gives in full, first name and surname (``names``:
    the person names of that report): to identify someone is to give the name, and a report that
    gives it ("Ann Marie Bell, 66, was struck") tells whom the police named, whatever act it
    tells of her. One word of a name (a surname two people share) tells no naming."""
    return kinds == _NAMING and len(who) >= 2 and who <= names


_NAMING = frozenset({"identify"})


def apart(c: Claim, s: Sentence) -> bool:
    """Whether sentence ``s`` sets its act apart from the claim ``c``: in another place or
    incident (``elsewhere``: "across town", "in a separate incident"), in places the gazetteer
    knows to lie apart from the claim's (``places_apart``: another country, another US state),
    or on other named streets (``streets``): two mentions of one kind of act in two places tell
    two acts ("Ann Bell was shot outside the depot" / "a guard was shot at a bank across
    town")."""
    if s.elsewhere or places_apart(c.places, s.places):
        return True
    return bool(c.streets and s.streets and not c.streets & s.streets)


def _each_kind(kinds: frozenset[str], mentions: list[frozenset[str]]) -> bool:
    """Whether each kind of ``kinds`` (``happening``) has a mention among ``mentions`` (the
    kinds of a sentence each), a statement or a naming aside, which must be told by its
    participant (``same_event``)."""
    if kinds <= REPORTING:
        return False
    return all(
        any(happening(frozenset({kind})) & k for k in mentions) for kind in kinds - REPORTING
    )


_SEXES = frozenset({"male", "female"})


def clash(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether two mentions of a kind of act tell of other people: both name people (the stems
    of their names, or their sexes: ``persons_in``), and none is the same ("Hale was shot" /
    "Reed was shot", "a man was arrested" / "a woman was arrested": two acts)."""
    return bool(mine and theirs and not mine & theirs)


def _same_person(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """``same_someone``, or one described in ``mine`` and named in ``theirs`` (the mark
    "named" that ``same_event`` sets)."""
    return "named" in mine & theirs or same_someone(mine - {"named"}, theirs - {"named"})
