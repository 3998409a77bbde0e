"""The mode of an event (asserted, intended, hypothetical, negated or refused) and the clause
it is told in: a demand said by another, the speaker of a reported clause, a condition."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...nlp import children_of, sentence
from ...sectors import noun_sectors
from .actors import ActorFinder
from .idioms import IdiomHits
from .syntax import first_conjunct, has_aux, is_infinitive, pobjs, voiced_stance
from .tables import HOSTILE_TYPES, Candidate
from .told import (
    for_clause,
    foretold_of_others,
    if_made,
    in_question,
    reported,
    speaks,
    whether_or_not,
)

# the dependencies from an alleged act up to the charge that names it ("charges of murder",
# "charged with one count of murder", "charged with shooting X", "murder charges") and how far up
CHARGE_PATH_DEPS = frozenset({"pobj", "prep", "pcomp", "compound", "conj"})
CHARGE_DEPTH = 5

if TYPE_CHECKING:
    from spacy.tokens import Token

# the sectors of a state's armed men: the army's soldiers, the police's troopers
SECURITY_SECTORS = frozenset({"MIL", "COP"})

# determiners of an act yet to come, by anyone ("halt any further strikes"; its adjectives:
# ``coming_act_words`` in event_words.json): ``ModeReader.prevented_act``
INDEFINITE = frozenset({"any", "another"})
# the types of a noun that pushes for or threatens an act ("pressure to resign", "a call to
# withdraw", "a threat to strike"): the act of its to-infinitive has not happened
PUSHING_TYPES = frozenset({"REQUEST", "COERCE", "THREATEN"})


class ModeReader(ActorFinder):
    """Reads how an event is told: from the auxiliaries, negations and governors of its clause
    and the clauses above it, and from the frames of ``event_idioms.json`` (``idioms``: "no
    support", "without permission", "possible sanctions", "is weighing sanctions", an ``if``
    clause, "the hope that ...", "denied that", "stopped short of")."""

    idioms: IdiomHits

    def mode(self, cand: Candidate) -> str | None:
        """None, "intended", "hypothetical", "negated", "refused" ("will not lift"), or
        "question" ("Will Chile lift the ban?")."""
        if in_question(cand.tok):
            return "question"
        if self.charged_act(cand):
            return "hypothetical"  # "faces charges of murder": the murder is alleged
        mode = self._mode(cand)
        if mode == "refused" and self.wished(cand):
            # "declined to call for X to resign": the resignation is only asked for, in a
            # request not made; no refusal of X's
            return "hypothetical"
        if mode in ("negated", "refused"):
            return mode
        if cand.tok.i in self.idioms.negated:
            return "negated"
        if cand.tok.i in self.idioms.hypothetical or self.wished(cand):
            return "hypothetical"
        if mode == "intended" and cand.type not in HOSTILE_TYPES and if_made(cand.clause):
            # "if elected, she will sign the pact": a promise held on the speaker becoming
            # something is no promise made yet (a threat held on a condition is still a threat)
            return "hypothetical"
        if cand.tok.pos_ == "NOUN" and cand.tok.dep_ == "dobj" and self._weighed(cand.tok.head):
            # "threatened sanctions", "proposed talks", "is weighing tariffs": an act only
            # threatened or weighed has not happened (the threat itself is the event)
            return "hypothetical"
        return mode

    def _weighed(self, verb: Token) -> bool:
        # a giving verb's object is given ("offered scathing criticism", "offered support")
        lemma = verb.lemma_.lower()
        return (
            verb.pos_ == "VERB"
            and lemma not in self.words.giving_verbs
            and self._governor_mode(lemma) == "hypothetical"
        )

    def _mode(self, cand: Candidate) -> str | None:
        tok = cand.tok
        cur = cand.clause
        if cand.anchor is None and tok.dep_ in ("nsubj", "nsubjpass", "csubj"):
            cur = None  # "the talks did not produce a deal": the talks took place
        return self._clause_mode(cur)

    def _clause_mode(self, cur: Token | None) -> str | None:
        """The mode of a clause and the verbs above it through to-complements and conjuncts:
        the first auxiliary, mark or governor that sets one, unless a negation comes first."""
        mode: str | None = None
        for step in range(5):
            if cur is None:
                break
            negated, mode = self._own_mode(cur, mode, own=step == 0)
            if negated:
                return self._negated_mode(cur, mode, step == 0)
            if self._felt(cur):
                return "hypothetical"
            if cur.dep_ == "xcomp" or (
                # "declined at first to criticize X", "pushed to expel the envoys": the parser
                # may hang it as an adverbial
                cur.dep_ == "advcl" and is_infinitive(cur) and self._complement_governor(cur.head)
            ):
                gov = cur.head
                final, mode = self._governed_mode(gov, mode)
                if final is not None:
                    return final
                cur = gov
            elif (
                (cur.dep_ == "acomp" and cur.pos_ == "ADJ")
                or self._scheduled_aim(cur)
                or (cur.dep_ == "advcl" and is_infinitive(cur) and is_infinitive(cur.head))
            ):
                # "may be willing to send aid": the copula's auxiliary; "is due to travel to
                # Zenda to meet X": what one is due to go and do has the mode of the going;
                # "a willingness to back up X, to support X": a to-clause hung on another
                # shares its mode
                cur = cur.head
            elif cur.dep_ == "conj" or (cur.dep_ == "advcl" and cur.tag_ == "VBG"):
                # "should strengthen ties, thereby deepening cooperation"; but "had never
                # doubted it and that she would stand by him" is a clause of its own
                own = cur.dep_ == "conj" and any(
                    c.dep_ in ("nsubj", "mark") for c in children_of(cur)
                )
                cur = None if own else cur.head
            elif cur.dep_ == "pcomp" and cur.head.dep_ == "prep":
                if cur.head.lower_ == "against":
                    # "decided against signing the pact": a choice not to act; "argued against
                    # signing it": no act
                    return self._chosen_against(cur.head.head) or "negated"
                cur = cur.head.head  # "could contribute to deepening cooperation"
                mode = mode or self._aimed_mode(cur)
            elif cur.dep_ in ("acl", "relcl") and cur.head.pos_ in ("NOUN", "PROPN"):
                if cur.dep_ == "relcl" and not is_infinitive(cur):
                    break  # "the raid, which killed nine": told as having happened
                if is_infinitive(cur) and (held := self._held_mode(cur, mode)) is not None:
                    return held
                cur = _governing_verb(cur.head)  # "should vote on a resolution condemning X"
            else:
                break
        return mode

    def _governed_mode(self, gov: Token, mode: str | None) -> tuple[str | None, str | None]:
        """(the final mode, or None, and the mode so far) of a to-complement under ``gov``."""
        lemma = gov.lemma_.lower()
        if lemma in self.words.negating_governors:
            # "refused to", "failed to": refused; "stopped", "avoided": negated
            return ("refused" if lemma in self.words.refusing_governors else "negated"), mode
        if mode is None and lemma in self.words.predicting_governors:
            # "is expected to attack", "is likely to sign": a forecast; told by the
            # narrator it is no one's announcement (only someone's words tell an intent)
            mode = None if self._in_words(gov) else "hypothetical"
        if lemma != "go" or gov.tag_ == "VBG":  # "is going to" (not "went on to")
            mode = mode or self._governor_mode(lemma) or self._capability_mode(gov)
        return None, mode

    def _aimed_mode(self, gov: Token) -> str | None:
        """The mode a verb or adjective sets on the gerund of its preposition: "is capable of
        striking" (a capability); "militias bent on attacking X": only aimed at."""
        aimed = self._governor_mode(gov.lemma_.lower()) == "hypothetical"
        return self._capability_mode(gov) or ("hypothetical" if aimed else None)

    def _negated_mode(self, cur: Token, mode: str | None, own: bool) -> str:
        """The mode of a negated clause ``cur`` (``own``: the event's own verb): "will not lift
        the ban" is a refusal, "chose not to renew the pact" too (``_chosen_against``); "is not
        expected to meet" is no one's refusal, a prediction that it will not happen."""
        if own and cur.dep_ == "xcomp" and (chosen := self._chosen_against(cur.head)) is not None:
            return chosen
        predicted = cur.lemma_.lower() in self.words.predicting_governors or (
            own and foretold_of_others(cur)
        )
        return "refused" if mode == "intended" and not predicted else "negated"

    def _chosen_against(self, gov: Token) -> str | None:
        """The mode of an act a verb of choice (``choosing_governors``) chooses against ("opted
        not to renew the pact", "decided against signing"): a refusal (CAMEO 12) where the choice
        is told as made or announced, else the choice's own mode ("may decide not to": only
        possible; "did not decide against": no event); None under another verb. A choice only
        asked for or supposed ("urged X to decide against", "if X decides not to") is made by
        no one: told in a main or reported clause of its own, with no mark, or it is no event."""
        if gov.pos_ != "VERB" or gov.lemma_.lower() not in self.words.choosing_governors:
            return None
        if gov.dep_ not in ("ROOT", "ccomp", "conj") or any(
            c.dep_ == "mark" for c in children_of(gov)
        ):
            return "negated"
        above = self._clause_mode(gov)
        if above in (None, "intended"):
            return "refused"
        return "negated" if above == "refused" else above

    def _held_mode(self, verb: Token, mode: str | None) -> str | None:
        """The mode of a to-infinitive ``verb`` hung on a noun, or None where the noun sets
        none and the mode is read above it."""
        noun = verb.head
        held = noun.lemma_.lower()
        if held in self.words.negating_nouns:
            # "her refusal to condemn the raid", "the failure to reach a deal"
            return "refused" if held == "refusal" else "negated"
        pushing = self.triggers.get(noun.i)
        if pushing is not None and pushing.type in PUSHING_TYPES:
            # "faced pressure to resign", "a call to withdraw", "a threat to strike": the act
            # pushed for or threatened has not happened
            return mode or "hypothetical"
        if pushing is None:
            # "a bill to repeal the law", "an effort to end the feud": what a thing is for has
            # not happened (but "a sit-in to protest" is the sit-in); "its commitment to provide
            # funds", "a plan to send troops": it is intended
            promised = held in self.words.intended_nouns and (
                held not in self.words.disposition_nouns or self._expressed(noun)
            )
            return mode or ("intended" if promised else "hypothetical")
        return None

    def _expressed(self, noun: Token) -> bool:
        """Whether a disposition ("willingness", ``disposition_nouns``) is told by its holder as
        an announcement ("expressed its willingness to", ``expressing_verbs``); one only shown
        or seen by others ("has shown a willingness to back X") announces nothing."""
        return noun.dep_ in ("dobj", "nsubjpass") and (
            noun.head.lemma_.lower() in self.words.expressing_verbs
        )

    def _scheduled_aim(self, verb: Token) -> bool:
        """Whether ``verb`` is the aim of an act one is due or set to do ("is due to travel to
        Zenda to meet X"); not of an act offered or refused ("offered to send troops to help")."""
        head = verb.head
        return (
            verb.dep_ == "advcl"
            and is_infinitive(verb)
            and head.dep_ == "xcomp"
            and head.head.lemma_.lower() in self.words.predicting_governors
        )

    def _own_mode(self, verb: Token, mode: str | None, own: bool = True) -> tuple[bool, str | None]:
        """Whether ``verb`` is negated, and the mode (``mode`` unless that is None and an
        auxiliary or a conditional mark of ``verb`` sets one). A negation inside an adverb
        ("never once", "no longer") negates the event's ``own`` verb only, not the clauses it
        governs ("had never once met him, rejecting the charge": the rejection was made)."""
        w = self.words
        negated = False
        for c in children_of(verb):
            if (c.dep_ == "neg" and not whether_or_not(c)) or (
                c.dep_ == "advmod" and c.lower_ in w.negative_adverbs
            ):
                negated = True
            elif own and c.dep_ == "advmod" and any(g.dep_ == "neg" for g in children_of(c)):
                negated = True  # "had never once met him", "no longer recognizes the border"
            if mode is None:
                mode = self._marked_mode(c)
            elif mode == "intended" and c.dep_ == "aux" and c.lower_ in w.hypothetical_aux:
                mode = "hypothetical"  # "may be willing to", "could plan to": only possible
        return negated, mode

    def _felt(self, verb: Token) -> bool:
        """Whether a gerund is what a modal feeling is about ("would regret hosting troops",
        ``feeling_verbs``; the parser may hang it as an adverbial): a feeling supposed about an
        act, neither the act nor an announcement of it."""
        head, w = verb.head, self.words
        return (
            verb.tag_ == "VBG"
            and verb.dep_ in ("xcomp", "advcl")
            and head.lemma_.lower() in w.feeling_verbs
            and has_aux(head, w.conditional_aux | w.intended_aux | w.hypothetical_aux)
        )

    def _marked_mode(self, c: Token) -> str | None:
        w = self.words
        if c.dep_ == "aux" and c.lower_ in w.conditional_aux:
            # "said it would send troops": a reported future; "would send troops if ..." or
            # "would be a mistake to ...", or a thing that "would" do something ("said the
            # repeal would leave troops exposed"): a supposition, no one's intent
            intent = reported(c.head) and not self._thing_subject(c.head)
            return "intended" if intent else "hypothetical"
        if c.dep_ == "aux":
            for mode, auxiliaries in (
                ("intended", w.intended_aux),
                ("hypothetical", w.hypothetical_aux),
            ):
                if c.lemma_.lower() in auxiliaries or c.lower_ in auxiliaries:
                    return mode
        return None

    def prevented_act(self, cand: Candidate) -> bool:
        """Whether a halt is of an act yet to come, by anyone ("vowed all means to stop a
        similar raid", "to halt any further strikes"): an act told as any or another
        (``INDEFINITE``) or as coming (``coming_act_words``) is prevented, not one's own hostility
        eased (CAMEO 08: "ended its offensive", "called off a strike")."""
        if (
            cand.type != "CONCEDE"
            or cand.tok.pos_ != "VERB"
            or cand.tok.lemma_.lower() not in self.words.halting_verbs
        ):
            return False
        return any(
            c.dep_ in ("dobj", "nsubjpass")
            and c.pos_ == "NOUN"
            and not any(d.dep_ in ("relcl", "acl", "poss") for d in children_of(c))
            and any(
                (d.dep_ == "det" and d.lower_ in INDEFINITE)
                or (d.dep_ == "amod" and d.lower_ in self.words.coming_act_words)
                for d in children_of(c)
            )
            for c in children_of(cand.tok)
        )

    def denied_here(self, cand: Candidate) -> bool:
        """Whether a denial is of the clause its own sentence tells ("the bay is held to be
        annexed land, although Estonia disputes this"): its "this" or "that" stands for a
        statement no one is quoted making, so it answers no accuser; so does a denial of a
        stance ("he later denied his opposition"): what the denier once held, not a charge."""
        tok = cand.tok
        if tok.lemma_.lower() in self.words.denying_verbs and any(
            voiced_stance(c, self.words.stance_nouns, self.words.stance_verbs)
            for c in children_of(tok)
        ):
            return True
        if tok.lemma_.lower() not in self.words.denying_verbs or tok.dep_ not in ("advcl", "conj"):
            return False
        return any(
            c.dep_ == "dobj" and c.lower_ in ("this", "that") for c in children_of(tok)
        ) and not self._in_words(tok.head)

    def planned_protest(self, cand: Candidate) -> bool:
        """Whether a protest is only planned, told by the narrator ("a group of farmers planned
        to protest at the summit", ``planning_governors``): a plan is no threat in words and
        the protest has not happened; in someone's words it is announced."""
        clause = cand.clause
        if cand.type != "PROTEST" or clause is None or clause.dep_ != "xcomp":
            return False
        gov = clause.head
        return gov.lemma_.lower() in self.words.planning_governors and not self._in_words(gov)

    def _in_words(self, verb: Token) -> bool:
        """Whether ``verb``'s clause is told in someone's words: the clause of a speech verb,
        inside an attribution's content, or between quotation marks of its sentence."""
        if reported(verb):
            return True
        at = verb.idx
        if any(c.start <= at < c.end for a in self.state.attributions for c in a.content):
            return True
        return self.state.quotes.inside(at)

    def _thing_subject(self, verb: Token) -> bool:
        """Whether the subject of ``verb`` is a common noun that names no person, group or body
        ("the repeal", "the new rules"): a thing, which intends nothing."""
        subj, passive = self.subjects(verb)
        return (
            bool(subj)
            and not passive
            and all(
                s.pos_ == "NOUN"
                and s.i not in self.triggers  # "its offensive would end": its owner's act
                and not any(c.dep_ == "poss" for c in children_of(s))
                and not self.token_ids(s)
                and not self.actor_noun(s)
                and not s.lemma_.lower().endswith("man")  # "the militiamen", "a spokesman"
                for s in subj
            )
        )

    def _capability_mode(self, adj: Token) -> str | None:
        """ "hypothetical" when ``adj`` says only what someone can do ("is able to deliver
        aid", "are capable of striking", "will be able to"): a capability, no act. Told in the
        past with no auxiliary ("was able to deliver aid") it entails that the act was done."""
        if adj.lemma_.lower() not in self.words.capability_governors:
            return None
        cop = adj.head if adj.dep_ == "acomp" else adj
        past = cop.tag_ == "VBD" and not any(c.dep_ == "aux" for c in children_of(cop))
        return None if past else "hypothetical"

    def _governor_mode(self, lemma: str) -> str | None:
        """The mode a verb or adjective gives its to-complement ("plans to", "considers")."""
        for mode, governors in (
            ("intended", self.words.intended_governors),
            ("hypothetical", self.words.hypothetical_governors),
        ):
            if lemma in governors:
                return mode
        return None

    def foretold(self, cand: Candidate, source: list[str]) -> bool:
        """Whether the event's clause is what someone other than its actor foretells ("the
        group will strike again, the analyst warned", "experts predict that Chile will impose
        sanctions"): the that-clause of a verb of foretelling whose subject is not among the
        event's source. No one announced it: a prediction, not a promise or a threat ("Chile
        warned that it will impose sanctions" is Chile's own threat)."""
        top = None if cand.clause is None else first_conjunct(cand.clause)
        if top is None or top.dep_ != "ccomp":
            return False
        if top.head.lemma_.lower() not in self.words.foretelling_verbs:
            return False
        subj, passive = self.subjects(top.head)
        if passive or not subj:
            return False
        speaker = {i for s in subj for i in self.arg_ids(s, top.head)}
        return not speaker & set(source) and not any(s.tag_ == "PRP" for s in subj)

    def told_by_target(self, cand: Candidate, source: list[str], target: list[str]) -> bool:
        """Whether an announced act is told by the one it would fall on ("refused to comply,
        saying deputies would have to shoot him"): the that-clause of a verb whose subject is
        among the act's targets and not its source. A threat (CAMEO 13) is made by who would
        act; what its target says others would do is no one's threat."""
        top = cand.clause
        while top is not None and top.dep_ in ("conj", "xcomp") and top.head.i != top.i:
            top = top.head
        if top is None or top.dep_ != "ccomp" or not target:
            return False
        subj, passive = self.subjects(top.head)
        if passive or not subj:
            return False
        speaker = {i for s in subj for i in self.arg_ids(s, top.head)}
        return bool(speaker & set(target)) and not speaker & set(source)

    def spoken_topic(self, cand: Candidate) -> bool:
        """Whether a consultation is only the matter of someone's speaking ("spoke to reporters
        to discuss the budget"): the to-clause of a verb of speaking that names no party of its
        own meets no one (CAMEO 04 is between actors; whose budget it is names a topic)."""
        tok = cand.tok
        head = tok.head
        if cand.type != "CONSULT":
            return False
        if (
            tok.dep_ == "advcl"
            and is_infinitive(tok)
            and head.lemma_.lower() in self.words.comment_verbs
            and self.refused_comment(cand)
        ):
            return True
        return self._lone_talk(tok) and self.refused_comment(cand)

    def _lone_talk(self, tok: Token) -> bool:
        """Whether a verb of speaking about a matter ("went on to discuss her plan") has one
        speaker alone, a single person or body: with no party named, a talk of one meets no one
        (a plural or joined subject, "the ministers discussed trade", talks among itself)."""
        verb = tok
        while verb.dep_ in ("xcomp", "conj", "advcl") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)
        ):
            verb = verb.head
        subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
        return (
            len(subjects) == 1
            and not subjects[0].conjuncts
            and subjects[0].tag_ in ("NNP", "NN", "PRP")
            and subjects[0].lower_ not in ("we", "they")
            and any(c.dep_ == "dobj" for c in children_of(tok))
        )

    def refused_comment(self, cand: Candidate) -> bool:
        """Whether a refused act is only talk about a matter with no party named ("declined to
        discuss the case", "refused to comment"): a refusal to comment rejects no one
        (``comment_verbs``); "refused to talk to X", "declined to discuss it with X" name one."""
        tok = cand.tok
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in self.words.comment_verbs:
            return False
        objects = [c for c in children_of(tok) if c.dep_ == "dobj"]
        if any(
            g.dep_ == "prep" and g.lower_ == "with" and not self._press(g)
            for o in objects
            for g in children_of(o)
        ):
            return False  # "to discuss the dispute with X": the party hangs from the object
        return not any(
            (c.dep_ in ("prep", "dative") and c.lower_ in ("with", "to") and not self._press(c))
            or (c.dep_ == "dobj" and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"))
            for c in children_of(tok)
        )

    def _press(self, prep: Token) -> bool:
        """Whether a "with/to" phrase names only the press ("with reporters", "to the media"):
        whoever asks for a comment, no party one meets (``press_nouns``)."""
        objs = pobjs(prep)
        return bool(objs) and all(
            o.lemma_.lower() in self.words.press_nouns and not o.ent_type_ for o in objs
        )

    def wished(self, cand: Candidate) -> bool:
        """Whether the event's clause is only hoped for or urged ("We hope that both sides will
        work to calm things down", "urged that the guards withdraw"): the that-clause of a wishing
        verb, or the to-complement of a longing one ("hopes to meet X"), reached through
        conjuncts, to-complements and purpose clauses."""
        cur = cand.clause
        tok = cand.tok
        if tok.dep_ == "amod" and self._argued_for(tok.head):
            return True  # "called for the targeted killing of X": the act it describes is asked
        if cand.pattern.pos == "noun" and cand.anchor is None:
            if tok.dep_ in ("nsubj", "nsubjpass", "csubj"):
                return False
            if self._argued_for(tok):
                # "expressed hope for closer cooperation", "called for talks", "argued for the
                # bombing of X": asked or argued for
                return True
            if tok.dep_ == "dobj" and self._asked_act(tok.head):
                return True  # "demanded an apology from X", "urged a ceasefire": asked for
        if any(
            h is not None
            and h.dep_ == "xcomp"
            and h.head.lemma_.lower() in self.words.longing_verbs
            for h in (tok, cand.anchor)
        ):
            return True  # "hopes to meet the premier", "would like to hold talks with X"
        for _ in range(6):
            if cur is None or cur.head.i == cur.i:
                return False
            if cur.dep_ == "ccomp" or for_clause(cur):
                # "urged that the guards withdraw", "called for X to resign"
                return cur.head.lemma_.lower() in self.words.wishing_verbs
            if cur.dep_ == "xcomp" and cur.head.lemma_.lower() in self.words.longing_verbs:
                return True  # "hopes to meet the premier", "would like to visit Lima"
            if cur.dep_ in ("conj", "xcomp") or (cur.dep_ == "advcl" and is_infinitive(cur)):
                cur = cur.head
            else:
                return False
        return False

    def _argued_for(self, noun: Token) -> bool:
        """Whether ``noun`` is what a verb of wishing or arguing is "for" ("called for talks",
        "argued for the arrest of X"; ``wishing_verbs``, ``advocating_verbs``)."""
        return (
            noun.dep_ == "pobj"
            and noun.head.lower_ == "for"
            and noun.head.head.lemma_.lower()
            in self.words.wishing_verbs | self.words.advocating_verbs
        )

    def charged_act(self, cand: Candidate) -> bool:
        """Whether the act is what a criminal charge alleges ("faces charges of murder",
        "charged with one count of assault", "charged with shooting X", "murder charges"):
        the charge is the event (ACCUSE), the act it names is only alleged."""
        if cand.type == "ACCUSE":
            return False
        tok = cand.tok
        for _ in range(CHARGE_DEPTH):
            if tok.dep_ not in CHARGE_PATH_DEPS or tok.head.i == tok.i:
                return False
            if tok.dep_ == "conj" and tok.pos_ not in ("NOUN", "PROPN"):
                return False  # "was charged with murder and held without bail": held is done
            tok = tok.head
            if tok.lemma_.lower() in self.words.legal_charges and not _in_charge(tok):
                return True
        return False

    def _complement_governor(self, gov: Token) -> bool:
        """Whether an infinitive hung on ``gov`` as an adverbial is its complement: under a
        negating governor, or under a weighing one that is no act of its own and has no object
        ("pushed to expel the envoys": pressed for, not done)."""
        lemma = gov.lemma_.lower()
        if lemma in self.words.negating_governors:
            return True
        return (
            lemma in self.words.hypothetical_governors
            and gov.i not in self.triggers
            and not any(c.dep_ in ("dobj", "dative") for c in children_of(gov))
        )

    def _asked_act(self, verb: Token) -> bool:
        """Whether ``verb`` is a request whose object is the act asked for ("demanded an
        apology", "urged a ceasefire"), not one that happened ("called the raid a crime" names
        it: only a verb the table codes as a REQUEST counts)."""
        outer = self.triggers.get(verb.i)
        return (
            outer is not None
            and outer.type == "REQUEST"
            and verb.lemma_.lower() in self.words.wishing_verbs
        )

    def deontic_clause(self, cand: Candidate) -> Token | None:
        """The event's clause when it has "must/should/ought to" (``deontic_aux``): the only
        clause :meth:`demand` reads as a demand; it reads the trigger alone, no side."""
        verb = cand.clause
        return verb if verb is not None and has_aux(verb, self.words.deontic_aux) else None

    def demand(self, cand: Candidate) -> tuple[list[str], list[str]] | None:
        """(speaker, addressee) when the event is what someone says another must or should do:
        a clause with "must/should/ought to" that is the complement of a speech verb whose
        subject is not the clause's own. A passive clause asks only its agent."""
        verb = self.deontic_clause(cand)
        if verb is None:
            return None
        top = first_conjunct(verb)
        if top.dep_ != "ccomp" or not speaks(top.head):
            return None
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in children_of(top)):
            return None  # "would not say whether X should host it": a question, no demand
        if any(_if_condition(c) for c in children_of(verb)):
            return None  # "said X should quit if the audit finds fraud": a condition, no demand
        subj, passive = self.subjects(top.head)
        speaker = [i for s in subj if not passive for i in self.arg_ids(s, top.head)]
        if not speaker or set(speaker) & set(cand.source):
            return None  # "X said it must act": no one else is asked
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in children_of(verb)):
            # "wrote that the cartel should be punished": asked of whoever would punish it
            # (its "by" agent when named), never of the one it would be done to
            return speaker, cand.source
        return speaker, cand.source + cand.target

    def reporter(self, cand: Candidate) -> list[str]:
        """The named speaker of the clause the event is told in, when its own subject is only
        the speaker's group or body, named by a common noun with a possessive pronoun or as a
        definite plural ("Okafor said his country will not drop the tariff", "union leaders
        said the strikers will go back to work"; not "police said a man shot ..."): event data
        code such a group by whose it is, the side that speaks for it."""
        verb = cand.clause
        if verb is None or not cand.source:
            return []
        sent = sentence(cand.tok)
        heads = [self.generic_heads(i, sent) for i in cand.source]
        if not all(heads):
            return []
        top = first_conjunct(verb)
        if top.dep_ != "ccomp" or not speaks(top.head):
            return []
        subj, passive = self.subjects(top.head)
        if passive:
            return []
        found = [
            i
            for s in subj
            for i in self.arg_ids(s, top.head, nominal=False)
            if i not in cand.target and not self.generic_heads(i, sent)
        ]
        hs = [h for group in heads for h in group]
        if any(_owned(h) for h in hs):
            return found
        # "State Police said troopers arrested a man", "the army said soldiers took the
        # posts": a bare plural of the speaking force's own kind is its men (one speaker)
        sectors = {e.sector for i in found if (e := self.state.entity(i)) is not None}
        if len(found) == 1 and len(sectors) == 1 and all(_members_of(h, sectors) for h in hs):
            return found
        # only the speaker's own group ("his country", "our troops"): "police said a man
        # shot his wife" makes the police no shooter
        return []

    def condition_actors(self, cand: Candidate) -> list[str]:
        """The actors of an until/unless/before clause of the event's verb: its subject (a
        nominal actor too: "until the council provides funds"), or the by-agent of a
        passive one ("until their terms are met by the owners"). When
        that is the event's own source, whose mind is to be changed ("until she is sure
        Chile is doing its part"), the subject of what it is to be sure of."""
        # the trigger's own complement too ("threatened to cut the supply unless X pays",
        # "threats that it would cut the supply unless X pays")
        own = [c for c in children_of(cand.tok) if c.dep_ in ("xcomp", "ccomp", "acl")]
        cur = cand.clause
        for step in range(3):
            if cur is None:
                return []
            for clause in (cur, *own) if step == 0 else (cur,):
                found = self._condition_subject(cand, clause)
                if found:
                    return found
            cur = cur.head if cur.dep_ in ("xcomp", "conj") and cur.head.i != cur.i else None
        return []

    def _condition_subject(self, cand: Candidate, cur: Token) -> list[str]:
        """The actors of an until/unless/before clause of the verb ``cur`` (see
        ``condition_actors``)."""
        for c in children_of(cur):
            if c.dep_ != "advcl" or not any(
                m.dep_ == "mark" and m.lower_ in self.words.condition_marks for m in children_of(c)
            ):
                continue
            for verb in (c, *c.conjuncts):
                agents = [p for a in children_of(verb) if a.dep_ == "agent" for p in pobjs(a)]
                subj = [x for x in children_of(verb) if x.dep_ in ("nsubj", "nsubjpass")]
                for t in agents or [x for x in subj if x.dep_ == "nsubj"]:
                    ids = self.arg_ids(t, verb)
                    if ids and not set(ids) <= set(cand.source):
                        return ids
                    if ids:  # "until she is sure (that) Chile is doing its part"
                        for comp in (
                            x
                            for a in (verb, *(a for a in children_of(verb) if a.dep_ == "acomp"))
                            for x in children_of(a)
                            if x.dep_ == "ccomp"
                        ):
                            for x in children_of(comp):
                                if x.dep_ == "nsubj" and (found := self.arg_ids(x, comp)):
                                    return found
        return []


def _governing_verb(noun: Token) -> Token | None:
    """The verb a noun is the object of, directly or through a preposition, or None."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if noun.dep_ in ("dobj", "pobj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        return head
    return None


def _owned(head: Token) -> bool:
    """Whether a noun names the speaker's own group: by a possessive pronoun ("his country",
    "their union") or as a definite plural ("the militiamen"), not a stranger ("a man")."""
    return any(
        (c.dep_ == "poss" and c.tag_ == "PRP$")
        or (c.dep_ == "det" and c.lower_ == "the" and head.tag_ == "NNS")
        for c in children_of(head)
    )


def _members_of(head: Token, sectors: set[str | None]) -> bool:
    """Whether a noun is a bare plural of the security forces ("troopers", "soldiers": no
    determiner, possessive or modifier) of the one sector in ``sectors`` (roles.tsv,
    sectors.tsv: "trooper" COP, "soldier" MIL)."""
    if head.tag_ != "NNS" or any(
        c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in children_of(head)
    ):
        return False
    return bool(noun_sectors(head.lemma_.lower()) & sectors & SECURITY_SECTORS)


def _in_charge(tok: Token) -> bool:
    """Whether "charge" is the noun of "in charge of" / "took charge of" (command, no accusation:
    "the officer in charge of the raid")."""
    return tok.pos_ == "NOUN" and (
        (tok.dep_ == "pobj" and tok.head.lower_ == "in")
        or (tok.dep_ == "dobj" and tok.head.lemma_.lower() == "take")
    )


def _if_condition(clause: Token) -> bool:
    """Whether ``clause`` is an "if" clause that states a condition: an infinitive after "if"
    ("must quit, if only to spare the party") gives a purpose, and no condition."""
    return (
        clause.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ == "if" for m in children_of(clause))
        and not any(m.dep_ == "aux" and m.tag_ == "TO" for m in children_of(clause))
    )
