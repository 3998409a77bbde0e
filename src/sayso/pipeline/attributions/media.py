"""Media and channels: who wrote a statement, a report or a video ("a statement released by X",
"X's report", "the firm issued a statement"), and the channel (``via``) the words came through
("..., he said, according to a video of his remarks posted by X"; "X told Y that ..., the
statement said"). The base of :class:`.speakers.Speakers`."""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from ... import lexicon
from ...lexicon import is_medium
from ...nlp import children_of, lemmas_of, sentence, subtree_of, tokens_of
from ...types import Entity
from .subjects import Subjects

# the kinds of entity that act and speak
ACTORS = {"PERSON", "ORG", "GPE"}


class Media(Subjects):
    """The authors of media and the channels of one document's run."""

    def medium_author(self, head: Token) -> Entity | None:
        """ "a statement released by X" / "X's report" / "the analysis" (mentioned before)."""
        if not is_medium(head):
            return None
        author = self.author(head)
        if author is not None:
            return author
        # "The analysis highlights ...": the last analysis with an author, a few sentences back
        lemmas, tokens = lemmas_of(self.doc), tokens_of(self.doc)
        word = lemmas[head.i]
        for i in range(head.i - 1, max(0, head.i - 150) - 1, -1):
            if lemmas[i] == word:
                a = self.author(tokens[i])
                if a is not None:
                    return a
        return None

    def author(self, noun: Token, agent_first: bool = False) -> Entity | None:
        """The person, organisation or country a statement noun's phrase names as its author
        (or, by "by the think tank, the Atlantic Council", the entity of an apposition)."""
        for t in lexicon.author_words(noun, publisher_first=agent_first):
            if self._acted_on(t, noun):
                continue
            ent = self.entity_of(t)
            if ent is not None and ent.type in ACTORS:
                return ent
            for c in children_of(t):
                if c.dep_ == "appos":
                    ent = self.entity_of(c)
                    if ent is not None:
                        return ent
        return self._issuer(noun)

    def _issuer(self, noun: Token) -> Entity | None:
        """Who issued a statement noun that is the object of a verb of publishing ("the firm
        issued a statement", "his wife, Ann, released a statement saying ..."): the verb's
        subject, or the name in apposition to it."""
        subj = self.publishing_subject(noun)
        if subj is None:
            return None
        for t in (subj, *(c for c in children_of(subj) if c.dep_ == "appos")):
            ent = self.entity_of(t)
            if ent is not None and ent.type in ACTORS:
                return ent
        return None

    @staticmethod
    def _acted_on(word: Token, noun: Token) -> bool:
        """Whether ``word`` hangs on a statement noun through a clause of its own in which it
        is not the agent: in "a resolution condemning the governor's plan" the governor is
        what the resolution condemns, not its author ("a video posted by X" names one)."""
        t, n = word, 0
        while t.head.i != t.i and t.head.i != noun.i and n < 30:
            came, t, n = t, t.head, n + 1
            if t.pos_ in {"VERB", "AUX"} and came.dep_ != "agent":
                return True
        return False

    # ---- the channel ------------------------------------------------------------------------
    def via(self, cue_tok: Token, speaker: str | None) -> str | None:
        """The channel the words came through, when the text names one: the publisher in
        "..., he said, according to a video of his remarks posted by X", or X in "X released
        a video of his message, in which he asserted ..."."""
        return (
            self._according_channel(cue_tok, speaker)
            or self._medium_channel(cue_tok, speaker)
            or self._publisher(cue_tok, speaker)
        )

    def _according_channel(self, cue_tok: Token, speaker: str | None) -> str | None:
        for child in children_of(cue_tok):
            if child.lower_ == "according":
                for t in subtree_of(child):
                    if is_medium(t):
                        ent = self.author(t, agent_first=True)
                        if ent is not None and ent.id != speaker:
                            return ent.id
        return None

    def _medium_channel(self, cue_tok: Token, speaker: str | None) -> str | None:
        """ "X told Y that ..., the statement said" / "..., the newspaper said": the later cue
        of a medium or an organisation is the channel (and is used up)."""
        # the tokens after the cue in its sentence that may start a cue (no other is a cue verb)
        starts = self.ctx.cue_starts
        lo = bisect.bisect_right(starts, cue_tok.i)
        hi = bisect.bisect_left(starts, sentence(cue_tok).end)
        for t in self.ctx.cue_tokens[lo:hi]:
            if self.cue_verb(t) is None:
                continue
            subj = self.subject(t)
            if subj is None or subj.i < cue_tok.i or subj.head.i != t.i:
                continue
            ent = self.medium_author(subj) or self.entity_of(subj)
            if ent is not None and ent.id != speaker and ent.type == "ORG":
                self.ctx.used_cues.add(t.i)
                return ent.id
        return None

    def _publisher(self, cue_tok: Token, speaker: str | None) -> str | None:
        """ "X released a video of his message, in which he asserted ...": X."""
        if cue_tok.dep_ != "relcl":
            return None
        noun = cue_tok.head
        while noun.dep_ in {"pobj", "prep", "poss"}:
            noun = noun.head
        subj = self.publishing_subject(noun)
        if subj is not None:
            ent = self.entity_of(subj)
            if ent is not None and ent.id != speaker:
                return ent.id
        return None
