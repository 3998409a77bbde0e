"""Who speaks: the subject of a cue, the source phrase and the entity it names, and the channel
the words came through.

The speaker is the entity of the source's head word (pronouns and nominals were resolved by the
entities stage); failing that, the person an apposition names ("a spokesman for the ministry,
Pavel Zhuk"), the author of a medium ("a statement released by X"), the country a group stands
for ("both sides") or a person named inside the head's own name. The channel (``via``) is the
author of a medium the words came through ("according to a video of his remarks posted by the
Defense Ministry"; :mod:`.media`).
"""

from __future__ import annotations

from spacy.tokens import Token

from ... import lexicon
from ...gazetteer import Gazetteer
from ...lexicon import is_medium, lemma, match_cue, shared_words
from ...nlp import children_of, heads_of, lemmas_of, sentence, subtree_of, tokens_of
from ...types import Entity, Span
from ..entities import words
from ..entities.model import indefinite
from .centre import Centre
from .context import (
    Context,
    demonym,
    glued,
    issued_in,
    share,
    tok_end,
    trim,
    whole_title,
    word_back,
)
from .denoted import Denoted, judgement, proper
from .media import ACTORS, Media
from .partisan import party_label as party

# who speaks for a principal when not named ("Hill's office", "a spokeswoman for Hill")
_PRONOUN_TYPES = {
    "he": {"PERSON"},
    "she": {"PERSON"},
    "it": {"ORG", "GPE"},
    "they": {"ORG", "GPE", "PERSON"},
}
# a body of people one organisation sends: "an observer mission from the OAS reported" is the OAS
_SENT_BY = {"mission", "delegation", "team"}
# the dependents of a cue verb that hold the words it reports
_REPORTED_DEPS = {"ccomp", "xcomp", "dobj", "parataxis", "conj"}
# nouns that can stand for any organisation ("The RSF denied it. ... the group said"); another
# bare definite noun refers back only to a body whose name has it ("the authority": the Port
# Authority, never a commission)
ANY_BODY = frozenset({"group", "organization", "organisation", "body"})
# the words before a speech verb that make it a connective when a comma follows


def is_role(tok: Token) -> bool:
    """Whether ``tok`` is a common noun naming a role a person holds ("negotiator",
    "spokesman", "minister"; the role table of the gazetteer)."""
    return tok.pos_ == "NOUN" and Gazetteer.default().role(lemma(tok)) is not None


def _member_of(head: Token) -> bool:
    """Whether ``head`` names a person who holds a role in a body ("aide", "executive",
    "official") but does not speak for it as its spokesperson or press secretary does."""
    if not is_role(head) or lemma(head) in shared_words().speaks_for:
        return False
    return not any(c.lower_ == "press" for c in children_of(head) if c.i < head.i)


def _close_to(head: Token) -> bool:
    """Whether a common noun after a person's name names someone of theirs other than their
    spokesperson ("a Hill ally", "a Hill aide", "a Hill supporter"): they speak as themselves."""
    return head.pos_ == "NOUN" and lemma(head) not in shared_words().speaks_for


def role_in_named_body(head: Token) -> bool:
    """Whether ``head`` is a role in a body known by name ("a White House aide", "the FBI
    director", "an Eastern League executive"): someone real, though no entity stands for them."""
    return is_role(head) and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in children_of(head) if c.i < head.i
    )


class Speakers(Media):
    """The speaker rules of one document's run (the subjects of cue verbs: ``Subjects``; the
    authors of media and the channels: ``Media``)."""

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.centre = Centre(ctx)
        self.denoted = Denoted(ctx)

    # ---- the source phrase and its entity -----------------------------------------------------
    def speaker(self, head: Token) -> tuple[Span | None, str | None]:
        """(source span, entity id) for the source phrase headed by ``head``."""
        if head.ent_type_ in {"TIME", "DATE"} or head.is_space:
            return None, None  # a time stamp ("5:45 p.m.") is not a speaker
        head = self._abbreviated_name(head)
        titled = self._title_before_name(head)
        if titled is not None:
            return titled
        span = self._source_span(head)
        ent = self._surname_person(head) or self.entity_of(head) or self.named_alike(head)
        placed = self._by_place(head, span, ent) or self._bench(head, span)
        if placed is not None:
            return placed
        if ent is not None and definite_noun(head) and not proper(ent):
            # "the company", an entity of its own with no name: the body an apposition names
            # ("The company, Gray Tide Marine, said") or the one the noun describes, when found
            named = self._named_apposition(head)
            if named is not None:
                return named
            ent = (
                self._previous_subject(head)
                or self._described_body(head)
                or self.denoted.firm(head)
                or ent
            )
            ent = self._denoted_body(head, ent)
        if ent is not None and self._another_person(head, ent):
            return span, None  # "Ann Banda said", after Joe Banda: someone unnamed before
        if self._left_open(head, ent):
            return span, None  # a surname two people share
        if lexicon.is_dateline(head):
            # "BRASILIA, June 13 - Brazil said": the parser took the dateline for the subject
            return self._after_dateline(head)
        if ent is None or head.ent_type_ != "PERSON":
            # "A spokesman for the ministry, Pavel Zhuk, said": the name in apposition is the
            # speaker, whatever the role noun was taken to mean
            named = self._named_apposition(head, direct=ent is not None)
            if named is not None:
                return named
        principal = self._principal(head)
        if principal is not None:
            return span, principal.id
        after_role = self._after_role(head, span)
        if after_role is not None:
            return after_role
        if ent is None:
            return self._unnamed(head, span)
        ent = self.centre.speaker(head, self._capital_country(ent))
        return span, (ent.id if ent is not None else None)

    def _unnamed(self, head: Token, span: Span) -> tuple[Span | None, str | None]:
        """(source span, entity id) for a source phrase no entity stands for: the author of its
        medium, the entity it denotes ("the government of Mexico": Mexico), the issuer a
        medium noun stands for as described, or the one the rule of .centre finds."""
        ent = (
            self.medium_author(head)
            or self._unascribed(head, span)
            or self.denoted.government(head)
        )
        if ent is None and (issuer := self._described_issuer(head)) is not None:
            return issuer, None
        ent = self.centre.speaker(head, self._capital_country(ent))
        return span, (ent.id if ent is not None else None)

    def _after_role(self, head: Token, span: Span) -> tuple[Span | None, str | None] | None:
        """(source span, entity id) of a he or she that continues an unnamed role speaking just
        before (see ``_role_before``): the entity the role speaks as; for a spokesperson no
        entity stands for ("A spokesman for the agency said ... . He added ..."), no entity and
        the description the pronoun stands for as the source. None when no such role."""
        found, role = self._role_before(head)
        if not found:
            return None
        before = self._role_cue_before(head) if role is None else None
        return (self._source_span(before), None) if before is not None else (span, role)

    def _denoted_body(self, head: Token, ent: Entity) -> Entity:
        """``ent``, or for a noun that names no one yet ("the court", "the administration") the
        body the story names for it, unless the noun already stands for a body of another
        country ("Russia's defence ministry ... the ministry said" is not the British Ministry
        of Defence)."""
        if proper(ent):
            return ent
        body = self.denoted.body(head)
        return body if body is not None and ent.country in {None, body.country} else ent

    def _by_place(
        self, head: Token, span: Span | None, ent: Entity | None
    ) -> tuple[Span | None, str | None] | None:
        """(source span, entity id) for a role noun a place qualifies ("the Texas senator")
        when the place decides who it is (see ``Denoted.by_place``); None otherwise."""
        if ent is not None and ent.type != "PERSON":
            return None
        decides, placed = self.denoted.by_place(head, ent)
        if not decides:
            return None
        return span, (placed.id if placed is not None else None)

    def _bench(self, head: Token, span: Span | None) -> tuple[Span | None, str | None] | None:
        """(source span, entity id) for a bare noun of a sitting court ("a three-judge panel
        ruled": the court; "the court", one judge named: the judge; ``Denoted.bench``)."""
        bench = self.denoted.bench(head)
        return (span, bench.id) if bench is not None else None

    def cue_source(self, verb: Token, subj: Token) -> tuple[Span | None, str | None]:
        """(source span, entity id) of a cue verb whose subject is ``subj``: as
        :meth:`speaker`, but the relative pronoun a resolved speaker is written as when the cue
        is in a relative clause ("Ted Cruz, who endorsed Trump": the source is "who", the
        speaker its antecedent)."""
        poll = None if is_medium(subj) or not share(subj) else self._poll_of(verb, subj)
        if poll is not None:
            return poll
        src, spk = self.speaker(subj)
        rel = self.relative_subject(verb)
        if rel is not None and spk is not None:
            src = Span.of(self.text, rel.idx, tok_end(rel))
        return src, spk

    def _poll_of(self, verb: Token, subj: Token) -> tuple[Span, str | None] | None:
        """A share of respondents speaks through the poll that counted them ("In a
        statewide poll, 62 percent said ...", "..., according to the survey"): the poll, or
        other medium, its sentence names outside the reported words is the source, and its
        author, if named, the speaker; None when the sentence names none."""
        inside = {t.i for c in children_of(verb) if c.dep_ in _REPORTED_DEPS for t in subtree_of(c)}
        sent = sentence(verb)
        found = [
            t
            for t in tokens_of(self.doc)[sent.start : sent.end]
            if t.pos_ == "NOUN" and is_medium(t) and t.i not in inside and not self.ctx.quoted(t)
        ]
        if not found:
            return None
        noun = min(found, key=lambda t: abs(t.i - subj.i))
        span = Span.of(self.text, noun.left_edge.idx, tok_end(noun))
        if "\n" in span.text:
            span = Span.of(self.text, noun.idx, tok_end(noun))
        author = self.medium_author(noun)
        return span, (author.id if author is not None else None)

    def _abbreviated_name(self, head: Token) -> Token:
        """The name a subject with no letters ends: "Raymond Okafor Sr. said", whose "." the
        tokenizer split off "Sr" and the parser took for the subject, speaks as "Sr" (the
        name's last word)."""
        tokens = tokens_of(self.doc)
        if head.i == 0 or any(c.isalnum() for c in head.text):
            return head
        prev = tokens[head.i - 1]
        if prev.pos_ == "PROPN" and tok_end(prev) == head.idx and self.entity_of(prev):
            return prev
        return head

    def _title_before_name(self, head: Token) -> tuple[Span, str] | None:
        """A short title whose period the tokenizer split from the name it stands before
        ("said Troy police Lt. Gerry Voss", with "Lt" taken for the subject and the name for
        another sentence), or a title kept whole that the parser left out of the name's phrase
        ("according to police spokesperson Const. Ada Merrow", the name taken for a sentence of
        its own): the person named right after the title speaks."""
        tokens = tokens_of(self.doc)
        word = head.text
        if head.i + 2 >= len(self.doc):
            return None
        dot = tokens[head.i + 1]
        if whole_title(dot) or whole_title(head):
            # the title one token ("spokesperson Const. Ada Merrow", "police Sgt." with the name
            # hung elsewhere): the person named right after it
            dot = dot if whole_title(dot) else head
        elif (
            not (word[:1].isupper() and word.isalpha() and len(word) <= 5)
            or dot.text != "."
            or dot.idx != tok_end(head)
        ):
            return None
        name = tokens[dot.i + 1]  # a pronoun opens the next sentence ("the Press. She"): no name
        ent = None if name.pos_ == "PRON" else self.entity_of(name)
        if ent is None or ent.type != "PERSON" or self.text[tok_end(dot) : name.idx] != " ":
            return None
        m = next(
            (m for m, eid in self.state.mentions_in(name.idx, name.idx + 1) if eid == ent.id), None
        )
        return (Span.of(self.text, head.idx, m.end if m else tok_end(name)), ent.id)

    def _surname_person(self, tok: Token) -> Entity | None:
        """The one person of the article whose surname a lone proper noun is, when the
        entities stage gave that word no person of its own ("Marchand's office said", with
        "Marchand" taken for a place): a surname speaks, a country or a capital of that
        name does not count. A surname of several words ("Van Dam", "Le Roux") is the one
        person whose longer name ends with it, when that name form got no entity or only one
        of its own."""
        ent = self.entity_of(tok)
        # a capitalised word inside the sentence the tagger took for a noun ("Mallity") counts
        titled = tok.pos_ == "NOUN" and tok.is_title and not tok.is_sent_start
        if tok.pos_ != "PROPN" and not titled:
            return None
        if any(c.dep_ in {"compound", "flat"} for c in children_of(tok)):
            return self._particle_surname_person(tok, ent)
        if ent is not None and ent.type in {"PERSON", "ORG"}:
            return None
        gz = Gazetteer.default()
        if gz.country(tok.text) or gz.capital(tok.text) or gz.us_state(tok.text):
            return None
        people = self._people_of_surname(tok.text)
        return people[0] if len(people) == 1 else None

    def _left_open(self, head: Token, ent: Entity | None) -> bool:
        """Whether the text leaves the speaker of ``head`` in doubt: a bare surname two people
        share ("Banda said", after Ann Banda and Joe Banda) that no full-named person was
        chosen for."""
        return (ent is None or len(ent.name.split()) == 1) and self._shared_surname(head)

    def _particle_surname_person(self, tok: Token, ent: Entity | None) -> Entity | None:
        """The person whose name of more words ends with the proper name ``tok`` heads
        ("Van Dam" for "Lena Van Dam"), the only one of the article, when the words got no
        person or organisation, or a person of exactly those words."""
        tokens, heads = tokens_of(tok.doc), heads_of(tok.doc)  # no new Token for each word
        first = tok
        while first.i > 0 and (before := tokens[first.i - 1]).dep_ in {"compound", "flat"}:
            if heads[before.i] != tok.i or before.pos_ != "PROPN":
                break
            first = before
        if first.i == tok.i or any(
            c.dep_ in {"compound", "flat"} and c.i < first.i for c in children_of(tok)
        ):
            return None  # a name whose words are not one run of proper nouns
        words = [t.text.casefold() for t in tokens_of(tok.doc)[first.i : tok.i + 1]]
        if ent is not None and (
            ent.type == "ORG" or (ent.type == "PERSON" and ent.name.casefold().split() != words)
        ):
            return None
        people = [
            e
            for e in self.state.entities
            if e.type == "PERSON"
            and len(e.name.split()) > len(words)
            and [w.casefold() for w in e.name.split()[-len(words) :]] == words
        ]
        return people[0] if len(people) == 1 else None

    def _introduced_title(self, name: Token, ent: Entity) -> bool:
        """Whether the words before the surname ``name`` ("Chief" of "Chief Okafor") are the
        words the story set right before a fuller name of ``ent`` ("Police Chief Dana
        Okafor")."""
        given = [c for c in children_of(name) if c.dep_ in {"compound", "flat"} and c.i < name.i]
        if not given or not all(c.is_alpha and c.is_title for c in given):
            return False
        first = min(c.i for c in given)
        if first != name.i - len(given):
            return False
        words = [t.lower_ for t in tokens_of(name.doc)[first : name.i]]
        tokens = tokens_of(self.doc)
        for m in ent.mentions:
            if len(self.text[m.start : m.end].split()) < 2:
                continue
            at = self.ctx.token_at(m.start).i
            if at >= len(words) and [t.lower_ for t in tokens[at - len(words) : at]] == words:
                return True
        return False

    def _another_person(self, name: Token, ent: Entity) -> bool:
        """Whether the full name ``name`` ends ("Ann Banda said") names someone other than the
        person its surname was resolved to ("Joe Banda", named before): a given name in the
        name that the person's name does not hold (relatives and namesakes share a surname,
        not a given name). A title before the name ("Minister", "Sen.") is no given name."""
        if ent.type != "PERSON" or name.pos_ != "PROPN":
            return False
        given = [c for c in children_of(name) if c.dep_ in {"compound", "flat"} and c.i < name.i]
        if not given:
            return False
        if self._introduced_title(name, ent):
            return False  # "Chief Okafor" after "Police Chief Dana Okafor": a title
        mine = {w.casefold().strip(".,") for w in ent.name.split()}
        gz = Gazetteer.default()
        return all(
            t.pos_ == "PROPN"
            and t.is_alpha
            and t.is_title
            and gz.role(t.lower_) is None
            and t.text.casefold() not in mine
            for t in given
        )

    def _unascribed(self, head: Token, span: Span) -> Entity | None:
        """The entity a source phrase that names none denotes: the court that handed down
        "the ruling" (no one else), the person named as "his wife", the country of "the
        Mexican government", a country of a group, a name inside the head's own, the subject
        before, the body described or named with the noun."""
        if judgement(head):
            return self.denoted.court()
        return (
            self.denoted.kin(head)
            or self.denoted.government(head)
            or self._group(span)
            or self._compound_entity(head)
            or self._previous_subject(head)
            or self._described_body(head)
            or (self.denoted.body(head) if definite_noun(head) else None)
        )

    def _capital_country(self, ent: Entity | None) -> Entity | None:
        """A capital speaking stands for its government (metonymy: "Pyongyang warned that
        ..." is North Korea's warning): the country's entity, when the article names it."""
        if ent is None or ent.type != "GPE":
            return ent
        gz = Gazetteer.default()
        iso3 = gz.capital(ent.name)
        if iso3 is None or gz.country(ent.name) is not None:
            return ent
        for other in self.state.entities:
            if other.type == "GPE" and gz.country(other.name) == iso3:
                return other
        return ent

    def _previous_subject(self, pronoun: Token, any_role: bool = False) -> Entity | None:
        """An unresolved subject pronoun of a cue continues the subject of the sentence before
        it (the centre of attention: "The agency said ... . It also said ..."; "Hill, the
        negotiator, blamed X. He said ..."), when the types agree (he/she: a person; it: an
        organisation or country; they: either). So does a bare definite noun that names no role
        ("The RSF denied it. ... the group said"): a definite description of the organisation
        in the centre."""
        want = self._wanted_types(pronoun)
        if want is None:
            return None
        subj = self._subject_before(pronoun, any_role)
        if subj is None:
            return None
        _src, eid = self.speaker(subj)
        ent = self.state.entity(eid)
        if ent is None:
            return None
        noun = None if pronoun.lower_ in _PRONOUN_TYPES else lemma(pronoun)
        # "the Russian company Uralis Lithium ... . Uralis says ... . The company said": the
        # name the story introduced by the noun, whatever type the name was given
        introduced = noun is not None and self._introduced_as(ent, noun)
        if (
            noun is not None
            and not is_medium(pronoun)  # "the statement said": the words of who spoke last
            and noun not in ANY_BODY
            and noun not in ent.name.lower().split()
            and not introduced
        ):
            return None  # "The commission said" after the Port Authority spoke: another body
        # "Azerbaijan's chief negotiator, Elnur Hasanov, ... . He said": a person's role noun
        # names a person, whatever type the name was given
        if ent.type in want or (want == {"PERSON"} and is_role(subj)) or introduced:
            return ent
        return None

    def _wanted_types(self, pronoun: Token) -> set[str] | None:
        """The entity types a speaking pronoun or bare definite noun may stand for."""
        want = _PRONOUN_TYPES.get(pronoun.lower_) or self._anaphoric_noun(pronoun)
        if want is not None and is_medium(pronoun):
            want = ACTORS  # "X said in a statement ... . '...,' the statement said": X, any actor
        return want

    def _subject_before(self, pronoun: Token, any_role: bool = False) -> Token | None:
        """The subject of the sentence before the one ``pronoun`` speaks in, when the pronoun
        may continue it (a subject itself, or ``any_role``; for a medium noun, a subject that
        issued that kind of medium: see ``issued_in``); None otherwise. The caller has found
        the types the pronoun may stand for (``_wanted_types``)."""
        tokens = tokens_of(self.doc)
        sent = sentence(pronoun)
        if sent.start == 0:
            return None
        if not (any_role or pronoun.dep_ == "nsubj"):
            return None
        prev = sentence(tokens[word_back(tokens, sent.start - 1)])
        subj = next((c for c in children_of(prev.root) if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ in _PRONOUN_TYPES:
            return None
        if is_medium(pronoun) and not issued_in(subj, prev, pronoun):
            return None
        return subj

    def _described_issuer(self, noun: Token) -> Span | None:
        """ "In a statement, the presidency said ... . '...,' the statement said": the source
        phrase of the issuer the medium noun stands for, when no entity stands for the issuer
        and the phrase describes it by a common noun (the speaker as described, as for a
        spokesperson no entity stands for): a singular noun with "the"; None otherwise."""
        if not is_medium(noun) or not definite_noun(noun) or self._wanted_types(noun) is None:
            return None
        subj = self._subject_before(noun)
        if subj is None or not definite_noun(subj) or is_medium(subj):
            return None  # "a group of parents": someone the story does not name again
        src, eid = self.speaker(subj)
        return src if eid is None else None

    def _introduced_as(self, ent: Entity, noun: str) -> bool:
        """Whether a mention of ``ent`` comes right after the noun ("the Russian company
        Uralis", "the charity Sea Aid"): the story has described it by that noun."""
        at = self.text.find(ent.name)
        while at > 0:
            tok = self.ctx.token_at(at)
            if tok.idx == at and tok.i > 0 and lemma(tokens_of(self.doc)[tok.i - 1]) == noun:
                return True
            at = self.text.find(ent.name, at + 1)
        return False

    def _role_before(self, pronoun: Token) -> tuple[bool, str | None]:
        """ "The governor's spokesman declined to comment. Later he said ...": a "he" or "she"
        subject right after a sentence whose cue has an unnamed person for its subject (a
        spokesperson, or a role new to the story: "a police officer said") continues that
        person (the centre of attention), not the nearest name the entities stage found:
        (True, the entity the role speaks as: "a spokesman for Ostrova": Ostrova), or (True,
        None) for a spokesperson who speaks as no entity ("A spokesman for the agency said ...
        . He added ...": the spokesman, whom no entity stands for, not a person named further
        back). (False, None) when no such role comes before, when another role speaks as no
        entity or the person found for the pronoun holds a spokesperson's role (the name found
        may be right), when the role is a definite description of someone named before ("the
        Republican nominee"), when a name stands in apposition to it, or when a person is
        named in the pronoun's sentence before it."""
        subj = self._role_cue_before(pronoun)
        if subj is None:
            return False, None
        if not (indefinite(subj) or lemma(subj) in shared_words().speaks_for):
            return False, None
        if any(c.dep_ == "appos" for c in children_of(subj)):
            return False, None  # "the spokesman, Pavel Zhuk," is named
        eid = self.speaker(subj)[1]
        if eid is not None:
            return True, eid
        # only a spokesperson is sure to go on speaking; after another role ("an aide said")
        # the name the entities stage found may be right, and so may a spokesperson the story
        # named before ("spokeswoman Ann Lee ... . A spokeswoman said ... . She added ...")
        spokespeople = shared_words().spokespeople
        if lemma(subj) not in spokespeople:
            return False, None
        found = self.entity_of(pronoun)
        role = found.role if found is not None else None
        return not (role and spokespeople & set(role.split())), None

    def _role_cue_before(self, pronoun: Token) -> Token | None:
        """The role noun ("spokesman", "minister") that is the subject of the cue of the
        sentence right before the one a "he" or "she" subject ``pronoun`` opens; None when a
        person is named in the pronoun's sentence before it."""
        tokens = tokens_of(self.doc)
        sent = sentence(pronoun)
        if pronoun.lower_ not in {"he", "she"} or pronoun.dep_ != "nsubj" or sent.start == 0:
            return None
        if any(t.ent_type_ == "PERSON" for t in tokens[sent.start : pronoun.i]):
            return None
        prev = sentence(tokens[word_back(tokens, sent.start - 1)])
        subj = next((c for c in children_of(prev.root) if c.dep_ == "nsubj"), None)
        if subj is None or not is_role(subj) or match_cue(self.doc, prev.root.i) is None:
            return None
        return subj

    def _described_body(self, noun: Token) -> Entity | None:
        """The organisation a bare definite noun refers back to by the description the story
        gave it: "X, a charity based in Hamburg, ... . The charity said": the one named
        organisation before the noun that an apposition headed by the noun describes (either
        way round: "the charity, X"); None when none or several are."""
        if self._anaphoric_noun(noun) is None:
            return None
        word = lemma(noun)
        found: list[Entity] = []
        lemmas, tokens = lemmas_of(self.doc), tokens_of(self.doc)
        for i in range(sentence(noun).start):
            if lemmas[i] != word or (tok := tokens[i]).pos_ != "NOUN":
                continue
            named = [c for c in children_of(tok) if c.dep_ == "appos"]
            if tok.dep_ == "appos":
                named.append(tok.head)
            for t in named:
                ent = self.entity_of(t)
                if (
                    ent is not None
                    and ent.type == "ORG"
                    and t.pos_ == "PROPN"
                    and any(ch.isupper() for ch in ent.name)
                    and ent not in found
                ):
                    found.append(ent)
        return found[0] if len(found) == 1 else None

    @staticmethod
    def _anaphoric_noun(head: Token) -> set[str] | None:
        """{"ORG"} for a singular common noun with "the" and no other modifier that names no
        role ("the group", "the company"): it refers back to an organisation; else None."""
        if head.tag_ != "NN" or is_role(head):
            return None
        kids = [c for c in children_of(head) if c.dep_ not in {"punct", "case"}]  # "the group's"
        if len(kids) != 1 or kids[0].dep_ != "det" or kids[0].lower_ != "the":
            return None
        return {"ORG"}

    def _principal(self, head: Token) -> Entity | None:
        """The person or body an unnamed office, campaign or spokesperson speaks for ("Hill's
        office said", "a spokeswoman for the ministry said", "her campaign called it ..."), or
        a body that unnamed members speak from ("observers from the OSCE reported"): their words
        are the principal's."""
        if head.pos_ != "NOUN":
            return None
        if lemma(head) in shared_words().speaks_for:
            # "a spokeswoman for Hill", "the office of Prime Minister Hill"
            preps, types = {"for", "of"}, {"PERSON", "ORG"}
            owners = [c for c in children_of(head) if c.dep_ == "poss"]
        elif head.tag_ == "NNS" or lemma(head) in _SENT_BY:
            preps, types, owners = {"from", "of", "at"}, {"ORG"}, []
        else:
            return None
        owners += [
            g
            for c in children_of(head)
            if c.dep_ == "prep" and c.lower_ in preps
            for g in children_of(c)
            if g.dep_ == "pobj"
        ]
        for owner in owners:
            ent = self._surname_person(owner) or self.entity_of(owner)
            if ent is None and owner.dep_ == "poss":
                # "The Gulf Council stood by Kuwait. ... the council's secretariat warned":
                # the definite noun refers back to the body in the centre
                ent = self._previous_subject(owner, any_role=True)
            if ent is not None and ent.type in types:
                return ent
        return None

    def _source_span(self, head: Token) -> Span:
        """The contiguous block of the head's phrase around it (relative clauses, appositions
        and punctuation left out), on the head's line. A hyphen inside a word ("Ohio-based")
        and a noun the parser made an apposition with no mark before it ("Thousands of Ohio
        farmers") are part of the phrase."""
        doc = self.doc
        tokens = tokens_of(doc)
        toks = [
            t
            for t in subtree_of(head)
            if t.dep_ not in {"relcl", "acl", "punct", "appos"} or t.i == head.i or glued(tokens, t)
        ]
        lo = hi = head.i
        idx = {t.i for t in toks}
        while lo - 1 in idx:
            lo -= 1
        while hi + 1 in idx:
            hi += 1
        while lo < hi and tokens[lo].dep_ in {"cc", "punct", "prep"}:
            lo += 1
        span = Span.of(self.text, tokens[lo].idx, tok_end(tokens[hi]))
        if "\n" in span.text:  # a parse that ran over a line break: keep the head's line
            s0 = self.text.rfind("\n", span.start, head.idx) + 1 or span.start
            e0 = self.text.find("\n", tok_end(head), span.end)
            s0, e0 = trim(self.text, max(s0, span.start), e0 if e0 != -1 else span.end)
            span = Span.of(self.text, s0, e0)
        return span

    def _named_apposition(
        self, head: Token, direct: bool = False
    ) -> tuple[Span, str | None] | None:
        """A person (or organisation) named in an apposition after the head ("a spokesman,
        Pavel Zhuk", "the group, Big Sky Forward"); with
        ``direct``, only an apposition of the head itself, named by the parser as a person."""
        for child in children_of(head) if direct else subtree_of(head):
            if direct and child.pos_ != "PROPN":
                continue
            if child.dep_ == "appos" and child.i > head.i:
                e2 = self.entity_of(child)
                # "the group, Big Sky Forward": an organisation, when the head names none; "the
                # chief negotiator, Elnur Hasanov": the role's holder, whatever type the name
                # was given
                if e2 is not None and (
                    e2.type == "PERSON" or (e2.type == "ORG" and (not direct or is_role(head)))
                ):
                    found = Span.of(self.text, child.left_edge.idx, tok_end(child))
                    if self._another_person(child, e2):
                        return found, None  # "his mother, Ann Banda", after Joe Banda
                    return found, e2.id
        return None

    def _compound_entity(self, head: Token) -> Entity | None:
        """An entity named inside the head's own name ("the Clinton campaign" -> no; "Sen.
        Ted Cruz" -> Ted Cruz): only compounds and flat names of the head count, not
        possessors or prepositional objects ("Mr. Trump's performance" is not Trump)."""
        for t in children_of(head):
            if t.dep_ in {"compound", "flat", "nmod"} and t.i < head.i:
                ent = self.entity_of(t)
                # "the United Nations humanitarian office": the body's own unit; "a White House
                # aide", "a league executive": a person of the body, who speaks for it only as
                # its spokesperson
                if ent is not None and ent.type == "ORG" and (_member_of(head) or party(head, ent)):
                    continue
                # "a Hill ally", "a Hill aide": someone close to the person, who speaks for
                # them only as their spokesperson ("a Hill spokesman")
                if ent is not None and ent.type == "PERSON" and _close_to(head):
                    continue
                # "The Sri Lankan navy said": a nationality, however typed, is no speaker
                if ent is not None and ent.type in {"PERSON", "ORG"} and not demonym(ent):
                    return ent
        return None

    def _after_dateline(self, head: Token) -> tuple[Span | None, str | None]:
        sent = sentence(head)
        tokens = tokens_of(self.doc)
        # past the dateline's dash: its state or country ("TOPEKA, Kan. -") is no speaker
        dash = next((t.i for t in tokens[head.i + 1 : sent.end] if lexicon.spaced_dash(t)), None)
        for t in tokens[(dash if dash is not None else head.i) + 1 : sent.end]:
            if t.pos_ in {"VERB", "AUX"}:
                break
            if t.dep_ == "nsubj" and t.head.i == head.head.i:
                return self.speaker(t)  # "CITY, State - A federal judge ... ruled"
            ent = self.entity_of(t)
            if ent is not None and ent.type in ACTORS and not lexicon.is_dateline(t):
                return Span.of(self.text, t.idx, tok_end(t)), ent.id
        return Span.of(self.text, head.idx, tok_end(head)), None

    def _group(self, span: Span) -> Entity | None:
        """ "Both countries", "the two sides": the most recent of the countries before."""
        groups = words()["group_nominals"]
        low = " ".join(span.text.lower().split())
        if low not in groups:
            return None
        seen: list[Entity] = []
        for _m, eid in reversed(self.state.mentions_in(0, span.start)):
            ent = self.state.entity(eid)
            if ent is not None and ent.type in {"GPE", "PERSON"} and ent not in seen:
                seen.append(ent)
                if len(seen) == 2:
                    break
        return seen[-1] if seen else None


def definite_noun(head: Token) -> bool:
    """Whether ``head`` is a singular common noun with "the" ("the company", "The company, X,")."""
    return head.tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in children_of(head)
    )
