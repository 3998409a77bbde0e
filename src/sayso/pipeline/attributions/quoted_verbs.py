"""A person's words quoted from the verb on, inside someone else's account.

A readout or a report often quotes what a person did with words from the verb on: 'According
to the ministry's readout, Mr. Hale "stressed that ..." and "welcomed ..."', 'It said Secretary
Hale had "emphasized ..."'. The verb inside the quotation is a speech or stance cue whose
subject, outside the quotation, is a named person: the quoted words are that person's (the
account that quotes them is the channel), not the account's own words nor a quotation with no
speaker. Only a person counts ("The two ministers 'agreed to ...'" stays the account's)."""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import match_cue
from ...nlp import children_of
from ...types import Attribution, Span, stable_id
from .context import Context, tok_end
from .speakers import Speakers

_CLASSES = {"speech", "stance"}
_FINITE = {"VBD", "VBN", "VBZ"}
_LEFT = 3  # at most this many words of an account besides the quoted person's ("had", "and")


class QuotedVerbs:
    def __init__(self, ctx: Context, speakers: Speakers) -> None:
        self.ctx = ctx
        self.speakers = speakers

    def apply(self, said: list[Attribution]) -> list[Attribution]:
        """``said`` with each quoted verb phrase of a named person given to that person: an
        account whose words are only such quotations (the persons' quoted words, their names and
        the few words between them) is replaced by the persons' own attributions, with the
        account's issuer as their channel; an account that says more than that keeps its words,
        and the persons get none of their own there; a quotation no account holds is the
        person's."""
        found = self._found()
        if not found:
            return said
        out: list[Attribution] = []
        taken: set[int] = set()
        via: dict[int, str] = {}
        for a in said:
            for n, item in enumerate(found):
                channel = _channel(a, item[1])
                if channel is not None and _overlaps(a, item[3]):
                    via.setdefault(n, channel)
        for a in said:
            hit = [n for n, (_, _, _, quotes) in enumerate(found) if _overlaps(a, quotes)]
            if not hit:
                out.append(a)
                continue
            if (
                any(found[n][1] == a.speaker for n in hit)
                or self._more(a, [found[n] for n in hit])
                or all(self._habitual(found[n][2]) for n in hit)
            ):
                # already the person's, the account says more than that, or it tells what the
                # person always does ('X said Y "says whatever it takes"'): the account's words
                out.append(a)
                taken.update(hit)
                continue
            for n in hit:
                if n in taken:
                    continue
                taken.add(n)
                out.append(self._attribution(*found[n], via=via.get(n)))
        for n, item in enumerate(found):
            if n not in taken:
                out.append(self._attribution(*item, via=None))
        return sorted(out, key=lambda a: a.content[0].start)

    def _more(self, a: Attribution, items: list[tuple[Span, str, Span, list[Span]]]) -> bool:
        """Whether ``a``'s words hold more than the persons' quoted words, their names and the
        words between them ("had", "and"): a report of its own."""
        text = self.ctx.text
        keep = [True] * len(text)
        for source, _, _, quotes in items:
            for s in [source, *quotes]:
                for k in range(max(s.start - 1, 0), min(s.end + 1, len(text))):
                    keep[k] = False
        rest = " ".join(
            "".join(ch if keep[k] else " " for k, ch in enumerate(text[c.start : c.end], c.start))
            for c in a.content
        )
        return len([w for w in rest.split() if any(ch.isalnum() for ch in w)]) > _LEFT

    def _habitual(self, cue: Span) -> bool:
        """Whether the quoted verb is in the simple present ("says", "wants"): a habit or a
        trait the account ascribes, not an occasion it reports ("stressed", "had welcomed")."""
        return self.ctx.token_at(cue.start).tag_ == "VBZ"

    def _attribution(
        self, source: Span, speaker: str, cue: Span, quotes: list[Span], via: str | None
    ) -> Attribution:
        aid = stable_id("a", self.ctx.state.document.id, quotes[0].start, cue.start)
        return Attribution(aid, "mixed", source, speaker, cue, tuple(quotes), via=via)

    def _found(self) -> list[tuple[Span, str, Span, list[Span]]]:
        """(source, person, cue, quoted words) of each person's quoted verb phrases, a second
        quotation joined to the first ('"stressed ..." and "welcomed ..."') with it."""
        ctx = self.ctx
        out: list[tuple[Span, str, Span, list[Span]]] = []
        verbs: dict[int, int] = {}  # verb token -> position in out
        for q in ctx.state.quotes.quotes:
            if q.inner_end <= q.inner_start:
                continue
            verb = ctx.token_at(q.inner_start)
            words = ctx.span(q.inner_start, q.inner_end)
            if verb.idx != q.inner_start or words is None or not _finite(verb):
                continue
            if out and _joined(ctx.text, out[-1][3][-1].end, q.start):
                # '"stressed ..." and "welcomed ..."': the same person's words go on, whatever
                # the parser made of the second verb
                out[-1][3].append(words)
                continue
            if not _cue_verb(verb):
                continue
            first = verb
            while first.dep_ == "conj" and first.head.i < first.i:
                first = first.head
            if first.i != verb.i and first.i in verbs:
                out[verbs[first.i]][3].append(words)
                continue
            person = self._person(first, q.start)
            if person is None:
                continue
            source, eid = person
            verbs[verb.i] = len(out)
            out.append((source, eid, Span.of(ctx.text, verb.idx, tok_end(verb)), [words]))
        return out

    def _person(self, verb: Token, before: int) -> tuple[Span, str] | None:
        """The named person the subject of ``verb`` (before the quotation) stands for."""
        subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        if subj is None or subj.idx >= before or self.ctx.quoted(subj):
            return None
        if subj.pos_ != "PROPN":
            return None  # a name, not a pronoun or a description
        source, eid = self.speakers.speaker(subj)
        ent = self.ctx.state.entity(eid) if eid else None
        if source is None or ent is None or ent.type != "PERSON":
            return None
        return source, ent.id


def _finite(tok: Token) -> bool:
    return tok.pos_ == "VERB" and tok.tag_ in _FINITE


def _cue_verb(tok: Token) -> bool:
    m = match_cue(tok.doc, tok.i)
    return m is not None and m[0].cls in _CLASSES


def _joined(text: str, end: int, start: int) -> bool:
    """Whether only "and" (or a comma) stands between the quoted words ending at ``end`` and
    the quotation opening at ``start``."""
    between = text[end:start].strip(' \t"\u201d\u201c,')
    return 0 <= start - end <= 12 and between in {"", "and"}


def _overlaps(a: Attribution, quotes: list[Span]) -> bool:
    return any(c.start < q.end and q.start < c.end for c in a.content for q in quotes)


def _channel(a: Attribution, person: str) -> str | None:
    """The speaker of the account that quoted the person's words: their channel."""
    return a.speaker if a.speaker is not None and a.speaker != person else a.via
