"""Who a speaking pronoun ("..., he said") stands for, by grammatical role and by who has been
speaking, not by nearness.

The entities stage resolves every pronoun by salience. For the subject of a cue that is not
enough: in "Lund was hit in the arm, Whitby said. She fell to the floor, he said." the nearest
names are the people the speaker talks about, while the one speaking is the reporting subject of
the sentence before; in "When Hill hired Ames, he had called him 'a perfect fit'" the pronoun is
the subject of the main clause and goes with the subject of the clause before it, not with its
object. A person spoken about, or acted on, does not take the speaker's place.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...gazetteer import Gazetteer
from ...lexicon import lemma, match_cue, shared_words
from ...nlp import children_of, expanded_root, heads_of, sentence, tokens_of
from ...types import Entity
from ..entities import words
from ..entities.model import first_name_gender
from .context import Context, body_word, displaced_subject, tok_end, word_back

_PERSONAL = {"he": "m", "she": "f"}
_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_SUBJECTS = {"nsubj", "nsubjpass"}
_OBJECTS = {"dobj", "pobj", "dative"}
_REPORTING = {"speech", "report"}
# cues whose subject is a speaker too outside anyone's report: they pledge or believe what
# their clause says ("Hill pledged that Ames would run. He also spoke about ...": Hill, whose
# statement runs on; not "X alleged that Hill wanted to ...": Hill is only spoken of)
_STATING = _REPORTING | {"intent", "belief"}


# where a plural noun a "they" may stand for sits in the sentence before the pronoun
_PLURAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"})


class Centre:
    """The speaker rules for pronoun subjects of one document's run."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.state = ctx.state
        self.doc = ctx.doc
        # token index of a speaking pronoun -> the person it stands for (see _speaking)
        self._done: dict[int, Entity | None] = {}
        self._role_of: dict[int, str] = {}  # token index -> its role (see _role)

    def speaker(self, pronoun: Token, resolved: Entity | None) -> Entity | None:
        """The person a speaking "he" or "she" stands for: ``resolved`` (the entities stage's
        choice) unless that person is only spoken about or acted on where a reporting subject
        (the sentence before) or a subject (the clause before, in the same sentence) is in
        the centre."""
        if pronoun.dep_ != "nsubj":
            return resolved
        if pronoun.lower_ == "it":
            return self._body(pronoun, resolved)
        if pronoun.lower_ == "they":
            return self._they(pronoun, resolved)
        if pronoun.lower_ not in _PERSONAL:
            return resolved
        gender = _PERSONAL[pronoun.lower_]
        if resolved is None:
            return self._run_about(pronoun, gender)
        if resolved.type != "PERSON":
            return resolved
        if not self._agrees(resolved, gender):
            # "Bill Lund said ... . She added ...": the person found is of the other gender,
            # and no one else is sure to be meant
            return None
        roles = self._roles(pronoun)
        mine = {role for eid, role, _ in roles if eid == resolved.id}
        if "speaker" in mine or "subject" in mine:
            return resolved
        principal = self._principal_reported(pronoun)
        if (
            principal is not None
            and principal.id != resolved.id
            and self._agrees(principal, gender)
            and not any(
                same and role == "subject" and eid != principal.id and self._person(eid)
                for eid, role, same in roles
            )
        ):
            # "Hill's office said the senator could not recall the call, but he did remember
            # Ames's letter": Hill, whose statement runs on, not the person named in passing
            return principal
        if not mine and self._doubtful(pronoun, roles, resolved, gender):
            return None
        # "Hill's nomination stalled after she told the panel ...": the person the pronoun's
        # own sentence names before it is nearer than any speaker of the sentence before
        here = any(eid == resolved.id and same and role == "other" for eid, role, same in roles)
        for eid, role, same in reversed(roles):
            ent = self.state.entity(eid)
            if ent is None or ent.type != "PERSON" or eid == resolved.id or (here and not same):
                continue
            # a reporting subject of the sentence before, or the subject of a clause before the
            # pronoun in its own sentence whose object is the resolved person; or the subject
            # of the sentence before when the resolved person was only named in passing there
            # (a possessor: "Hill's chief executive, Ames, studied law. He said ...": Ames)
            acted_on = same and "object" in mine
            passing = not same and mine <= {"other"}
            if (
                role == "speaker" or (role == "subject" and (acted_on or passing))
            ) and self._agrees(ent, gender):
                return ent
        if self._rival_possessor(pronoun, resolved, gender, roles):
            # "... getting through Hale's questions. He insisted ...", after "Ames's plan":
            # two people named only as possessors before, no one sure to be meant
            return None
        return resolved

    def _doubtful(
        self, pronoun: Token, roles: list[tuple[str, str, bool]], resolved: Entity, gender: str
    ) -> bool:
        """Whether the person found further back (``resolved``, whom the words before the
        pronoun do not name) is no surer than someone nearer: a person just named as an object
        ("Y concerns Ann Lee, head of Z. '...,' she said"), or a last speaker set aside on weak
        grounds ("Nana Osei, a chief, said ... . '...,' he said", Osei typed as a body, left
        out, or given the other gender by the first name alone)."""
        return (
            self._newcomer(roles, resolved, gender)
            or self._passed_over(roles, resolved, gender)
            or self._nameless_speaker(pronoun)
        )

    def _newcomer(self, roles: list[tuple[str, str, bool]], resolved: Entity, gender: str) -> bool:
        """Whether a person of the pronoun's gender other than ``resolved``, named before the
        pronoun in the sentence before it as an object or in passing (not inside someone's
        report), stands nearer than ``resolved``, whom that sentence does not name, and no
        one of that gender speaks there (a reporting subject before stays the one whose
        words run on: "X said ... Y ... . '...,' he said")."""
        people = [
            (eid, role, same, ent)
            for eid, role, same in roles
            if eid != resolved.id
            and (ent := self.state.entity(eid)) is not None
            and ent.type == "PERSON"
            and self._agrees(ent, gender)
        ]
        if any(role == "speaker" for _, role, _, _ in people):
            return False
        return any(not same and role in {"object", "other"} for _, role, same, _ in people)

    def _passed_over(
        self, roles: list[tuple[str, str, bool]], resolved: Entity, gender: str
    ) -> bool:
        """Whether the last person who speaks before the pronoun (a reporting subject) is not
        ``resolved`` and was passed over only for the gender their first name most often has
        (``first_names``), which need not be this person's."""
        last = next(
            (eid for eid, role, _ in reversed(roles) if role == "speaker" and self._person(eid)),
            None,
        )
        ent = self.state.entity(last) if last is not None else None
        if ent is None or ent.id == resolved.id:
            return False
        named = first_name_gender(ent.name)
        return named is not None and named != gender and self._agrees(ent, gender, by_name=False)

    def _rival_possessor(
        self, pronoun: Token, resolved: Entity, gender: str, roles: list[tuple[str, str, bool]]
    ) -> bool:
        """Whether ``resolved`` and another person of the pronoun's gender are both named in
        the sentence before the pronoun's only as possessors ("X's plan", "Y's questions"),
        and ``resolved`` nowhere else up to the pronoun but in words reported there."""
        if any(eid == resolved.id and role not in {"other", "reported"} for eid, role, _ in roles):
            return False
        if not any(eid == resolved.id and not same for eid, _, same in roles):
            return False
        tokens = tokens_of(self.doc)
        sent = sentence(pronoun)
        k = word_back(tokens, sent.start - 1)
        if k <= 0:
            return False
        prev = sentence(tokens[k])
        owners: dict[str, bool] = {}  # person -> named only as a possessor so far
        people: dict[str, Entity] = {}
        for m, eid in self.state.mentions_in(prev.start_char, prev.end_char):
            ent = self.state.entity(eid)
            root = expanded_root(self.doc, m.start, m.end)
            if ent is None or ent.type != "PERSON" or root is None:
                continue
            people[eid] = ent
            owners[eid] = owners.get(eid, True) and root.dep_ == "poss"
        return owners.get(resolved.id, False) and any(
            only and eid != resolved.id and self._agrees(people[eid], gender)
            for eid, only in owners.items()
        )

    def _body(self, pronoun: Token, resolved: Entity | None) -> Entity | None:
        """The body a speaking "it" stands for in the second clause of a sentence whose first
        clause a body speaks ("The bar association said ..., and it asked the court to ..."):
        that body, not one the sentence before spoke of. An "it" the entities stage left
        unresolved stands for the body that is the subject of a clause before it in its
        sentence ("Ruritania carries out raids that it says target depots")."""
        roles = self._roles(pronoun)
        wanted = {"speaker"} if resolved is not None else {"speaker", "subject"}
        for eid, role, same in reversed(roles):
            if not same:
                break
            ent = self.state.entity(eid)
            if role in wanted and ent is not None and ent.type in {"ORG", "GPE"}:
                return ent
        return resolved

    def _principal_reported(self, pronoun: Token) -> Entity | None:
        """The person whose office or spokesman reports the clause a pronoun is the subject of
        ("Hill's office said ... he did remember ...": Hill), through clauses joined to the
        reported one, or whose office's report the pronoun's clause is joined to ("Hill's
        office said ..., but he did remember ..."; not a spokesman's: "Hill's spokesman said
        ..., but he declined to comment" is the spokesman); None otherwise."""
        tok, n = pronoun.head, 0
        while tok.dep_ == "conj" and n < 10:
            tok, n = tok.head, n + 1
        if tok.dep_ == "ccomp" and _reports(tok.head):
            nouns = shared_words().speaks_for  # "Hill's office said", "Hill's spokesman said"
            tok = tok.head
        elif n > 0 and _reports(tok):
            nouns = shared_words().speaking_bodies  # "Hill's office said ..., but he ..."
        else:
            return None
        subj = next((c for c in children_of(tok) if c.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() not in nouns:
            return None
        owner = next((c for c in children_of(subj) if c.dep_ == "poss"), None)
        if owner is None:
            return None
        ent = self.state.entity_at(owner.idx, tok_end(owner))
        return ent if ent is not None and ent.type == "PERSON" else None

    def _run_about(self, pronoun: Token, gender: str) -> Entity | None:
        """The person a speaking "he" or "she" right after a quotation stands for when the
        entities stage found no one: the possessor of the subject of the sentence before the
        quotation ("Hill's remarks mirror those she made in May. '...,' she said then": Hill),
        when the last one to speak before that sentence is that person too; None otherwise."""
        tokens = tokens_of(self.doc)
        k = word_back(tokens, pronoun.i - 1)
        quote = self.state.quotes.at(tokens[k].idx)
        if quote is None or k == pronoun.i - 1:
            return None
        j = word_back(tokens, self.ctx.token_at(quote.start).i - 1)
        prev = sentence(tokens[j])
        subj = next((c for c in children_of(prev.root) if c.dep_ == "nsubj"), None)
        if prev.root.pos_ == "NOUN":
            subj = prev.root  # the verb taken for a noun ("Hill's remarks mirror ...")
        owner = (
            None if subj is None else next((c for c in children_of(subj) if c.dep_ == "poss"), None)
        )
        if owner is None or owner.lower_ in _GENDER:
            return None
        ent = self.state.entity_at(owner.idx, tok_end(owner))
        if ent is None or ent.type != "PERSON" or not self._agrees(ent, gender):
            return None
        for m, eid in reversed(self.state.mentions_in(0, prev.start_char)):
            if self.state.quotes.inside(m.start):
                continue
            root = expanded_root(self.doc, m.start, m.end)
            if root is not None and self._role(root) == "speaker":
                return ent if eid == ent.id else None
        return None

    def _person(self, eid: str) -> bool:
        ent = self.state.entity(eid)
        return ent is not None and ent.type == "PERSON"

    def _they(self, pronoun: Token, resolved: Entity | None) -> Entity | None:
        """The group a speaking "they" stands for: the plural subject of a clause set before
        (see :meth:`_clause_before`), else ``resolved``, but no one person when a plural noun
        naming no entity stands before it in its sentence ("X drew fire from the hawks of her
        party over what they call ...": the hawks, not X)."""
        found, ent = self._clause_before(pronoun)
        if found:
            return ent
        if resolved is not None and resolved.type == "PERSON" and self._plural_before(pronoun):
            return None
        return resolved

    def _plural_before(self, pronoun: Token) -> bool:
        """Whether a plural common noun that names no entity ("the hawks", "critics") stands
        before a "they" in its own sentence, as a subject, an object or a joined noun."""
        for t in sentence(pronoun):
            if t.i >= pronoun.i:
                break
            if t.tag_ != "NNS" or t.dep_ not in _PLURAL_DEPS:
                continue
            if self.state.entity_at(t.idx, tok_end(t)) is None:
                return True
        return False

    def _clause_before(self, pronoun: Token) -> tuple[bool, Entity | None]:
        """(found, entity): the plural subject of an adverbial clause set before the main
        clause a speaking "they" is the subject of ("While the unions praised the plan, they
        said it did not go far enough": the unions), None for a subject that is no entity
        ("Although the owners praised it, they said ...": not whoever the entities stage
        found); found is False when there is no such clause."""
        verb = pronoun.head
        for clause in children_of(verb):
            if clause.dep_ != "advcl" or clause.i > pronoun.i:
                continue
            subj = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None)
            if subj is None or subj.tag_ not in {"NNS", "NNPS"}:
                continue
            return True, self.state.entity_at(subj.idx, tok_end(subj))
        return False, None

    def _roles(self, pronoun: Token) -> list[tuple[str, str, bool]]:
        """(entity id, role, in the pronoun's sentence) of the mentions outside quotations in
        the sentence before the pronoun's and in its own up to it, in text order. Roles:
        "speaker" (the subject of a reporting cue), "subject" (of a clause that is nobody's
        report), "object", "reported" (inside someone's reported words), "other"."""
        sent = sentence(pronoun)
        start = self._window_start(pronoun)
        out = []
        for m, eid in self.state.mentions_in(start, pronoun.idx):
            if self.state.quotes.inside(m.start):
                continue
            root = expanded_root(self.doc, m.start, m.end)
            if root is None:
                continue
            role = self._role(root)
            if role == "speaker" and root.lower_ in _PERSONAL:
                # a speaking pronoun before stands for whom this rule made it stand for
                ent = self._speaking(root, self.state.entity(eid))
                if ent is None:
                    continue  # no one sure: none of the people named before
                eid = ent.id
            out.append((eid, role, sentence(root).start == sent.start))
        return out

    def _window_start(self, pronoun: Token) -> int:
        """Where the words a speaking pronoun is read against begin: the sentence before its
        own, or, when that sentence is all quoted ('"A. B. C," he said'), the sentence before
        the quotation."""
        tokens = tokens_of(self.doc)
        sent = sentence(pronoun)
        if sent.start == 0:
            return sent.start_char
        k = word_back(tokens, sent.start - 1)
        start = sentence(tokens[k]).start_char
        quote = self.state.quotes.at(tokens[k].idx)
        if quote is not None and quote.start < start:
            j = self.ctx.token_at(quote.start).i
            if j > 0:
                start = min(start, sentence(tokens[word_back(tokens, j - 1)]).start_char)
        return start

    def _nameless_speaker(self, pronoun: Token) -> bool:
        """Whether the last reporting subject before the pronoun (from :meth:`_window_start`,
        outside quotations) is a name that no person stands for, though a person's noun stands
        in apposition to it: one the entities stage left out or typed as an organisation
        ("Nana Osei, a chief, said ..."; not "The Harbor Alliance said ...", a body)."""
        tokens = tokens_of(self.doc)
        first = self.ctx.token_at(self._window_start(pronoun)).i
        for t in reversed(tokens[first : pronoun.i]):
            if t.dep_ != "nsubj" or self.state.quotes.inside(t.idx):
                continue
            if not _reports(t.head, _REPORTING):
                continue
            ent = self.state.entity_at(t.idx, tok_end(t))
            return (
                t.pos_ == "PROPN"
                and (ent is None or ent.type == "ORG")
                and any(c.dep_ == "appos" and _person_noun(c) for c in children_of(t))
            )
        return False

    def _speaking(self, pronoun: Token, resolved: Entity | None) -> Entity | None:
        """:meth:`speaker` of an earlier speaking pronoun, computed once."""
        if pronoun.i not in self._done:
            self._done[pronoun.i] = self.speaker(pronoun, resolved)
        return self._done[pronoun.i]

    def _role(self, tok: Token) -> str:
        """The role of a mention's head word (see :meth:`_roles`), read once a token."""
        held = self._role_of.get(tok.i)
        if held is None:
            held = self._role_of[tok.i] = self._read_role(tok)
        return held

    def _read_role(self, tok: Token) -> str:
        # a name in apposition stands where its head noun stands ("The mayor of Y, Ann Lee,
        # wrote ...": Ann Lee is the subject), also when the parser hung it on the place
        # after "of" ("Y, Ann Lee" read as one phrase)
        while tok.dep_ == "appos" and tok.head.i < tok.i:
            tok = tok.head
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
                tok = tok.head.head
        moved = displaced_subject(tok.head)
        if moved is not None and moved.i == tok.i:
            # "X, later alleging that Y lied, said ...": X is the subject of "said"
            return "speaker" if _reports(tok.head.head) else "subject"
        if (
            tok.dep_ == "nsubj"
            and _reports(tok.head)
            and (_reports(tok.head, _REPORTING) or not _in_report(tok))
        ):
            return "speaker"
        if _in_report(tok):
            return "reported"
        if tok.dep_ in _SUBJECTS or _verbless_subject(tok):
            return "subject"
        if tok.dep_ in _OBJECTS:
            return "object"
        return "other"

    def _agrees(self, ent: Entity, gender: str, by_name: bool = True) -> bool:
        """Whether no speaking pronoun of ``ent`` ("she said") has another gender, nor a
        title or kinship noun it stands in apposition to ("her husband, X,"), nor (``by_name``)
        the first name of the entity's name ("Tom Reyes" is not a "she")."""
        named = first_name_gender(ent.name) if by_name else None
        if named is not None and named != gender:
            return False
        gendered = words()["gendered_nouns"]
        for m in ent.mentions:
            head = self.ctx.token_at(max(m.end - 1, m.start))
            if head.dep_ == "appos" and gendered.get(head.head.lower_, gender) != gender:
                return False
            g = _GENDER.get(m.text.lower())
            if g is None or g == gender:
                continue
            tok = self.ctx.token_at(m.start)
            if tok.dep_ == "nsubj" and _reports(tok.head):
                return False
        return True


def _person_noun(tok: Token) -> bool:
    """Whether ``tok`` is a singular common noun that may name a person ("a chief", "an
    elder", "the minister"): a role or a word that says a gender, or any singular noun that is
    no word for a body ("a company", "the ministry": ``generic_org_heads``, ``institutions``)."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN":
        return False
    word = lemma(tok)
    if Gazetteer.default().role(word) is not None or tok.lower_ in words()["gendered_nouns"]:
        return True
    return not body_word(word)


def _reports(verb: Token, classes: frozenset[str] | set[str] = _STATING) -> bool:
    """Whether ``verb`` is a cue of ``classes`` (speech, report, intent or belief)."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    m = match_cue(verb.doc, verb.i)
    return m is not None and m[0].cls in classes


def _in_report(tok: Token) -> bool:
    """Whether ``tok`` lies in a clause someone reports: a complement of a reporting cue, or
    a clause set before its cue ("Lund was hit, Whitby said")."""
    tokens, heads = tokens_of(tok.doc), heads_of(tok.doc)  # no new Token for each head
    t, n = tok, 0
    while heads[t.i] != t.i and n < 40:
        head = tokens[heads[t.i]]
        if _reported(head) or (t.dep_ in {"ccomp", "parataxis"} and _reports(head)):
            return True
        t, n = head, n + 1
    return False


def _reported(verb: Token) -> bool:
    """Whether ``verb``'s clause is someone's report set before its cue ("Lund was hit, Whitby
    said", parsed with "said" under "hit")."""
    return any(
        c.dep_ in {"parataxis", "ccomp"} and c.i > verb.i and _reports(c) for c in children_of(verb)
    )


def _verbless_subject(tok: Token) -> bool:
    """Whether ``tok`` is a noun the parser made the root of its sentence, with the sentence's
    verb hung on it as a modifier ("Hill's aide, Ames, studied law.", "studied" taken for a
    participle of "aide"): the subject all the same."""
    return (
        tok.dep_ == "ROOT"
        and tok.pos_ in {"NOUN", "PROPN"}
        and any(
            c.dep_ == "acl" and c.i > tok.i and c.tag_ in {"VBD", "VBN"} for c in children_of(tok)
        )
    )
