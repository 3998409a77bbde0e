"""Who made the thing an act of words is aimed at: rejecting, denying, blaming or praising a
claim, report, charge or demand ("dismissed a newspaper report", "rejected the charge") is aimed
at its maker as well (CAMEO 11, 12: one rejects or blames an actor; PLOVER codes the thing too,
so it stays). The maker is the thing's own author ("the ministry's report", "a claim by X"), the
author another mention of the same thing names ("The report, published on Sunday by X", "X made
the claim": the later of the two mentions is definite, so both name one thing), or, for a
definite thing ("the accusation"), the speaker of the latest earlier words told with the verb of
the same act ("X alleged that ..."). ``claim_nouns`` and ``issuing_verbs`` in
``event_words.json``."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ... import lexicon
from ...nlp import (
    char_tokens,
    children_of,
    expanded_span,
    lemmas_of,
    pos_of,
    sentence,
    sentence_at,
    subtree_of,
    tokens_of,
)
from .actors import ActorFinder
from .reach import NEAR
from .syntax import pobjs
from .tables import DEFINITE, Candidate, noun_verbs

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...types import Attribution, Event

DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# the acts of words aimed at who made a thing: rejecting, blaming and praising it
MAKER_TYPES = frozenset({"REJECT", "ACCUSE", "SUPPORT"})
# the hostile acts aimed at whose act they answer
ANSWER_TYPES = frozenset(
    {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "COERCE", "ASSAULT"}
)
# the acts aimed at an actor's rival when no one else is named: conceding, blaming, rejecting,
# threatening
RIVAL_TYPES = frozenset({"CONCEDE", "ACCUSE", "REJECT", "THREATEN"})
# the acts that answer the other side of a dispute when no one else is named
COUNTER_TYPES = frozenset({"REJECT", "ACCUSE", "THREATEN", "REQUEST"})
# pronouns that stand for a thing said or done, never for a person ("disputes this", "a pact
# which X criticized")
THING_PRONOUNS = frozenset({"this", "that", "these", "those", "which", "what"})


def _definite(noun: Token) -> bool:
    """Whether a noun phrase refers back: a definite article or a demonstrative."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in children_of(noun))


def demonstrative(noun: Token) -> bool:
    """Whether a noun phrase points back with a demonstrative ("that claim", "these charges")."""
    return any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in children_of(noun))


class Makers(ActorFinder):
    """Finds who made a claim, report, charge or demand an act of words is aimed at."""

    emitted: list[Event]  # the events of the document so far, in text order (set by the coder)
    words_of: dict[str, Token]  # event id -> its trigger word (set by the coder)

    def makers(self, cand: Candidate, exclude: set[str]) -> list[str]:
        """The named makers of the claim nouns the trigger acts on (its objects), not in
        ``exclude``; ``[]`` when none is named."""
        if cand.type not in MAKER_TYPES:
            return []
        verbs = noun_verbs("claim_nouns")
        found: list[str] = []
        for noun in self._things(cand):
            verb = verbs.get(noun.lemma_.lower())
            if verb is None:
                continue
            found.extend(
                self._authors(noun, exclude)
                or self._other_mentions(noun, exclude)
                or (self._told_with(noun, verb, exclude) if _definite(noun) else [])
                or (self.claimant(noun, exclude) if demonstrative(noun) else [])
            )
        return list(dict.fromkeys(found))

    def _things(self, cand: Candidate) -> list[Token]:
        """The nouns an act of words is aimed at: a verb's object ("rejected the claim"), a
        passive's subject ("the report was dismissed"), a noun's "of" object ("her rejection
        of the charge")."""
        tok = cand.tok
        out = [c for c in children_of(tok) if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"]
        if tok.pos_ == "NOUN":
            out += [
                p
                for c in children_of(tok)
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in children_of(c)
                if p.dep_ == "pobj" and p.pos_ == "NOUN"
            ]
        return out

    def _named(self, toks: list[Token], exclude: set[str]) -> list[str]:
        """The named entities (no nominal actor) of the noun phrases of ``toks``."""
        return [
            i
            for t in toks
            for i in (self.np_ids(t) or self.pronoun_ids(t))
            if i not in exclude and not self.nominals.has(i)
        ]

    def _authors(self, noun: Token, exclude: set[str]) -> list[str]:
        """The author a noun's own phrase names ("X's report", "a claim by X", "a report
        published by X"); not a name deeper in it ("a demand for the sacking of X")."""
        return self._named(_author_tokens(noun), exclude)

    @functools.cached_property
    def _cued_latest_first(self) -> list[Attribution]:
        """The document's attributions, the latest cue first (the events stage adds none)."""
        return sorted(self.state.attributions, key=lambda a: -a.cue.start if a.cue else 0)

    def _other_mentions(self, noun: Token, exclude: set[str]) -> list[str]:
        """The author another mention of the same thing names, nearest first: a mention of the
        same noun within ``NEAR`` characters, the later of the two definite ("dismissed a
        report ... The report, published by X"; "X released a report ... rejected the
        report"); its own author, or the subject of a verb that issued it ("X made the
        claim")."""
        doc = noun.doc
        lemmas, home = lemmas_of(doc), sentence(noun).start
        others = [
            t
            for i, t in enumerate(tokens_of(doc))
            if lemmas[i] == lemmas[noun.i]
            and i != noun.i
            and t.pos_ == "NOUN"
            and abs(t.idx - noun.idx) < NEAR
            and sentence(t).start != home
            and _definite(t if t.i > noun.i else noun)
        ]
        for t in sorted(others, key=lambda t: abs(t.i - noun.i)):
            if found := self._authors(t, exclude):
                return found
            verb = t.head
            if t.dep_ == "dobj" and verb.lemma_.lower() in self.words.issuing_verbs:
                subj, passive = self.subjects(verb)
                if not passive and (found := self._named(subj, exclude)):
                    return found
            if t.dep_ == "nsubj" and verb.pos_ == "VERB":
                # "The accusations came from X": where the thing came from made it
                sources = [
                    p
                    for c in children_of(verb)
                    if c.dep_ == "prep" and c.lower_ == "from"
                    for p in lexicon.prep_objects(c)
                ]
                if found := self._named(sources, exclude):
                    return found
        return []

    def claimant(self, noun: Token, exclude: set[str]) -> list[str]:
        """Who made the claim a demonstrative points back to ("rejected that claim"): the
        speaker of the latest claim told before the noun's sentence, within ``NEAR``
        characters, by someone not in ``exclude`` (the actor's own words are not what it
        rejects or blames); ``[]`` when none. A content that is a to-infinitive
        ("asked the court to order ...") is a request or an intent, no claim."""
        doc = noun.doc
        start = sentence(noun)[0].idx
        for a in self._cued_latest_first:
            cue, speaker = a.cue, a.speaker
            if cue is None or speaker is None or not a.content:
                continue
            if cue.start >= start or start - cue.start > NEAR:
                continue
            first = expanded_span(doc, a.content[0].start, a.content[0].end)
            if first is None or first[0].tag_ == "TO" or speaker in exclude:
                continue  # one does not reject or blame one's own claim: an earlier one's
            return [speaker]
        return []

    def _told_with(self, noun: Token, verb: str, exclude: set[str]) -> list[str]:
        """The speaker of the latest earlier attribution within ``NEAR`` characters whose cue
        is ``verb`` ("Chile alleged that ... Peru rejected the allegation")."""
        at = noun.idx
        for a in self._cued_latest_first:
            cue, speaker = a.cue, a.speaker
            if cue is None or speaker is None or speaker in exclude:
                continue
            if cue.start >= at or at - cue.start > NEAR:
                continue
            bounds = char_tokens(self.state.doc, cue.start, cue.end)
            if bounds is not None and verb in lemmas_of(self.state.doc)[bounds[0] : bounds[1]]:
                return [speaker]
        return []

    # -- the act an act answers ---------------------------------------------------------------
    def answered(self, cand: Candidate, exclude: set[str]) -> list[str]:
        """Who did the act a hostile act with no one on its other side answers: the subject of
        an "after/because" clause ("suspended the pact after X launched a satellite"), the
        owner of an act named after "after/over/following" ("expelled the envoy over X's
        remarks") or "in response/retaliation to" ("in response to X's raid"), or of what a
        warning says it will respond to ("warned that it would respond to X's closure of the
        border"); ``[]`` when none is named."""
        if cand.type not in ANSWER_TYPES:
            return []
        marks = self.words.answer_marks
        answering = self.words.answering_words
        verbs = [t for t in (cand.tok, cand.anchor, cand.clause) if t is not None]
        found: list[str] = []
        for verb in dict.fromkeys(verbs):
            for c in children_of(verb):
                if (
                    c.dep_ == "advcl"
                    and any(m.dep_ == "mark" and m.lower_ in marks for m in children_of(c))
                    # "because he has never done that": an act not done is none to answer
                    and not any(m.dep_ == "neg" for m in children_of(c))
                ):
                    subj, passive = self.subjects(c)
                    if not passive:
                        found.extend(self._named(subj, exclude))
                elif c.dep_ == "prep" and c.lower_ in marks:
                    found.extend(self._acts_of(lexicon.prep_objects(c), exclude))
                elif c.dep_ == "prep" and c.lower_ == "in":
                    for p in pobjs(c):
                        if p.lemma_.lower() in answering:
                            found.extend(self._answered_objects(p, exclude))
                elif c.dep_ in ("ccomp", "xcomp"):
                    for x in subtree_of(c):
                        if x.pos_ == "VERB" and x.lemma_.lower() in answering:
                            found.extend(self._answered_objects(x, exclude))
        return list(dict.fromkeys(found))

    def rivalled(self, cand: Candidate, source: list[str]) -> list[str]:
        """Whose rival the actor is, as its apposition says ("his rival, Ana Ruiz, conceded",
        "Ruiz, the governor's challenger, accused ..."): a concession, blame, rejection or
        threat with no one named on the other side is aimed at that other; ``[]`` when none."""
        if cand.type not in RIVAL_TYPES or not source:
            return []
        own = set(source)
        rivals = self.words.rival_nouns
        found: list[str] = []
        heads = {h.i for i in own if self.nominals.has(i) for h in self.nominals.head_tokens(i)}
        for tok in sentence(cand.tok):
            if tok.pos_ != "PROPN" or not (tok.i in heads or own & set(self.token_ids(tok))):
                continue
            nouns = [c for c in children_of(tok) if c.dep_ == "appos"]
            if tok.dep_ == "appos":
                nouns.append(tok.head)
            for noun in nouns:
                if noun.lemma_.lower() not in rivals:
                    continue
                for c in children_of(noun):
                    if c.dep_ == "poss":
                        ids = self.token_ids(c) or self.pronoun_ids(c) or self.np_ids(c)
                        found.extend(i for i in ids if i not in own)
        return list(dict.fromkeys(found))

    def holders(self, cand: Candidate, source: list[str]) -> list[str]:
        """Who holds the people or things a request asks to be let go ("demanded the release
        of the crew", "called for their return"): the actors of the latest earlier arrest,
        detention or seizure (COERCE) within ``NEAR`` characters; ``[]`` when none."""
        if cand.type != "REQUEST":
            return []
        tok = cand.tok
        objects = [c for c in children_of(tok) if c.dep_ == "dobj"] + [
            p for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "for" for p in pobjs(c)
        ]
        if not any(o.lemma_.lower() in self.words.release_nouns for o in objects):
            return []
        own = set(source)
        # "called for the release of X, who was detained by the junta": the holder the sentence
        # names as the agent of the custody (``custody_verbs``)
        doc = tok.doc
        start, end = sentence_at(doc, tok.i)
        lemmas, tags, tokens = lemmas_of(doc), pos_of(doc), tokens_of(doc)
        named = [  # read from the arrays: a Token made only for a verb of custody
            i
            for k in range(start, end)
            if tags[k] == "VERB" and lemmas[k] in self.words.custody_verbs
            for c in children_of(tokens[k])
            if c.dep_ == "agent"
            for p in pobjs(c)
            for i in self.arg_ids(p, nominal=False)
            if i not in own
        ]
        if named:
            return list(dict.fromkeys(named))
        for e in reversed(self.emitted):
            if e.trigger.start >= tok.idx or tok.idx - e.trigger.start > NEAR:
                continue
            if e.type == "COERCE" and (found := [i for i in e.source if i not in own]):
                return found
        return []

    def counterpart(self, cand: Candidate, source: list[str]) -> list[str]:
        """Whom a refusal, blame, threat or demand with no one named on its other side answers:
        the other side of the latest earlier act within ``NEAR`` characters between its actor
        and another ("X blamed Y for the delay ... Y had refused to drop a demand": Y refuses
        X); ``[]`` when none, or when an accusation has a content clause of its own."""
        if cand.type not in COUNTER_TYPES or not source:
            return []
        if cand.type == "ACCUSE" and any(c.dep_ == "ccomp" for c in children_of(cand.tok)):
            # "X criticized Y ... Y complained that the press was unfair": a complaint told
            # with its own content clause is about what that clause names, not whoever
            # criticized its speaker before
            return []
        if self._thing_object(cand.tok) and cand.tok.lemma_.lower() not in self.words.denying_verbs:
            # "mocked worries about privacy", "a pact which X has criticized": the act is
            # aimed at the thing its own object names, not at whoever faced its actor before
            # (a denial answers whoever made the claim: "denied any link to the payments")
            return []
        own = set(source)
        at = cand.tok.idx
        backer = cand.tok.head.idx if cand.tok.dep_ == "dobj" else -1
        for e in reversed(self.emitted):
            if e.trigger.start >= at or at - e.trigger.start > NEAR:
                continue
            if e.type == "SUPPORT" and e.trigger.start == backer:
                # "X backed Y's call for aid": who backs a demand joins it, no one it is aimed at
                continue
            if own & set(e.target) and (found := [i for i in e.source if i not in own]):
                return found
            if own & set(e.source) and (found := [i for i in e.target if i not in own]):
                return found
        return []

    def _thing_object(self, verb: Token) -> bool:
        """Whether a verb's direct object is a common noun of no person, group or body, or a
        demonstrative or relative pronoun (``THING_PRONOUNS``), that is no act of its own
        ("rejected the request" is answered by who made it, "called the remarks a lie" by who
        said them; "accused its crew" names actors; "rejected it" may stand for anything)."""
        return any(
            c.dep_ == "dobj"
            and c.i not in self.triggers
            and (
                (c.pos_ == "NOUN" and not self.actor_noun(c) and not lexicon.is_medium(c))
                or (c.pos_ in ("PRON", "DET") and c.lower_ in THING_PRONOUNS)
            )
            for c in children_of(verb)
        )

    def _answered_objects(self, word: Token, exclude: set[str]) -> list[str]:
        """Whose act a word of answering names ("respond to X's closure", "in response to X's
        raid", "retaliate against X")."""
        return self._acts_of(
            [
                p
                for c in children_of(word)
                if c.dep_ == "prep" and c.lower_ in ("to", "for", "against")
                for p in lexicon.prep_objects(c)
            ],
            exclude,
        )

    def _acts_of(self, toks: list[Token], exclude: set[str]) -> list[str]:
        """The actors of the acts ``toks`` name: a named actor itself ("over X"), the subject
        of a clause ("after X closed the border"), the owner or agent of a noun ("X's
        closure", "the raid by X")."""
        out: list[str] = []
        for t in toks:
            if t.pos_ in ("VERB", "AUX"):
                subj, passive = self.subjects(t)
                if not passive:
                    out.extend(self._named(subj, exclude))
                continue
            named = [i for i in self.token_ids(t) if i not in exclude and not self.nominals.has(i)]
            out.extend(named or self._named(_author_tokens(t), exclude))
        return out

    def on_thing_pronoun(self, cand: Candidate) -> bool:
        """Whether a subject or object of the trigger is an "it" that stands for a thing ("turned
        it down" after "the offer"): who is on that side the story does not say plainly, so
        the act is left out (a missing fact is better than a wrong one)."""
        heads = {cand.tok.i} | ({cand.anchor.i} if cand.anchor is not None else set())
        if cand.tok.dep_ == "conj":  # "It cut the roads and closed the port"
            heads.add(cand.tok.head.i)
        doc = cand.tok.doc
        return any(doc[i].head.i in heads for i in self.thing_pronouns)

    def declined_request(self, cand: Candidate) -> bool:
        """Whether a refusal of an "it" declines a request told just before to its actor ("X
        asked Y to lead the panel; Y mulled the offer but turned it down"): it is aimed at who
        asked (CAMEO 12), made its target here."""
        if cand.type != "REJECT" or not cand.source:
            return False
        first = sentence(cand.tok).start
        first = sentence(cand.tok.doc[first - 1]).start if first > 0 else first
        askers = [
            e.source
            for e in self.emitted
            if e.type == "REQUEST"
            and (w := self.words_of.get(e.id)) is not None
            and first <= w.i < cand.tok.i
            and set(e.target) & set(cand.source)
        ]
        if not askers or not askers[-1]:
            return False
        cand.target = list(askers[-1])
        return True


def _author_tokens(noun: Token) -> list[Token]:
    """Who a noun's own phrase says made it: its possessor, the object of its "by" or "from"
    (``lexicon.statement_author``), or the agent of a participle that follows it ("The report,
    published on Sunday by X")."""
    own = lexicon.statement_author(noun)
    if own is not None:
        return own
    return [
        p
        for c in children_of(noun)
        if c.dep_ == "acl" and c.tag_ == "VBN"
        for a in children_of(c)
        if a.dep_ == "agent"
        for p in lexicon.prep_objects(a)
    ]
