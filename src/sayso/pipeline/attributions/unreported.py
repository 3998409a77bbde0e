"""Cue verbs in shapes that report no speech or thought of their subject (pipeline/attributions):
an expectation the writer holds out ("fans can expect a longer show"), a comparative
correlative ("the more voters fear X, the more they ..."), a speech or stance verb naming the
purpose of a trip or a gathering ("came to protest the plan"), a commitment, threat or refusal
whose content is only an infinitive ("pledged to raise taxes", "agreed to meet in May"). An
attribution reports what a source said, wrote or thought; these report a prospect, a correlation
or an act promised. ("Agreed to a phone call" stays: PolNeAR codes an agreement to a thing.)"""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import is_medium, lemma, match_cue, shared_words
from ...nlp import children_of, sentence, subtree_of, tokens_of
from .context import FINITE_TAGS
from .quoted import SCARE_WORDS


def unreported(tok: Token) -> bool:
    """Whether the cue verb ``tok`` is in one of the shapes above."""
    return _prospect(tok) or _correlative(tok) or _purpose(tok) or _commitment(tok)


def _quotes_words(verb: Token) -> bool:
    """Whether the infinitive ``verb`` quotes words of the speaker's: a quotation inside it
    longer than a scare quote ('agreed to hold a "2+2" meeting' quotes a name)."""
    marks = [t.i for t in subtree_of(verb) if t.is_quote]
    if len(marks) < 2:
        return False
    inner = [t for t in tokens_of(verb.doc)[marks[0] + 1 : marks[-1]] if not t.is_punct]
    return len(inner) > SCARE_WORDS


def _commitment(tok: Token) -> bool:
    """ "Pledged to raise taxes", "agreed to meet in May", "threatened to walk out", "declined
    to set a date": a verb of ``commitment_verbs`` (shared_words.json) whose only content is
    an infinitive names an act promised, agreed, threatened or withheld, not words said. A
    finite clause beside it ("promised that the plant would reopen") is said, and stays; so
    does a noun object ("agreed to a ceasefire", "pledged support")."""
    if lemma(tok) not in shared_words().commitment_verbs or tok.tag_ == "VBG":
        return False  # a participle ("..., promising to ...") hangs on a clause that may be said
    kids = children_of(tok)
    infinitive = any(
        c.dep_ == "xcomp"
        and c.tag_ == "VB"
        and any(g.tag_ == "TO" for g in children_of(c))
        and not _quotes_words(c)  # 'vowed to "starve the smugglers of every berth"': words
        for c in kids
    )
    finite = any(
        c.dep_ in {"ccomp", "parataxis"}
        and (c.tag_ in FINITE_TAGS or any(g.tag_ in FINITE_TAGS for g in children_of(c)))
        for c in kids
    )
    return infinitive and not finite


def _purpose(tok: Token) -> bool:
    """ "Hundreds came to protest the plan", "dozens marched to demand higher pay": a speech
    verb that says its words in a clause (take "clause" or "that" in ``cues.tsv``) but has a
    bare noun object and no clause, in an infinitive that gives the purpose of a verb that is
    no cue, names what the group came to do, not words anyone said ("came to say that ...": a
    clause is said, and stays, but for a verb of asking: see ``_aim_of_act``)."""
    kids = children_of(tok)
    if tok.dep_ not in {"advcl", "xcomp"} or not any(c.tag_ == "TO" for c in kids):
        return False
    head = tok.head
    if head.i == tok.i or head.pos_ not in {"VERB", "AUX"} or match_cue(tok.doc, head.i):
        return False
    cue = match_cue(tok.doc, tok.i)
    if cue is None or cue[0].cls != "speech" or cue[0].take not in {"clause", "that"}:
        # a verb whose bare object is what it says ("took to the radio to accuse X of ...",
        # take "rest" or "object") speaks whatever brought the speaker there
        return False
    if _aim_of_act(tok, head):
        return True
    clause = {"ccomp", "parataxis", "xcomp", "advcl"}
    return any(c.dep_ == "dobj" for c in kids) and not any(c.dep_ in clause for c in kids)


def _aim_of_act(tok: Token, head: Token) -> bool:
    """ "Farmers blocked roads to demand that the tax be cut": a verb of asking
    (``purpose_requests``) in the purpose infinitive of an act names what the act is for, even
    with a clause; an act of making a medium ("issued a statement to demand that ...", "wrote a
    letter to ask that ...") says the words, and stays."""
    if tok.dep_ != "advcl" or lemma(tok) not in shared_words().purpose_requests:
        return False
    objects = [c for c in children_of(head) if c.dep_ == "dobj"]
    objects += [g for c in children_of(head) if c.dep_ == "prep" for g in children_of(c)]
    return not any(is_medium(o) for o in objects)


def _prospect(tok: Token) -> bool:
    """ "Fans can expect a longer show", "voters should expect delays": what a group may look
    forward to, the writer's forecast, not a belief the group holds ("will expect" and
    "expects" stay a belief held; the modals: ``prospect_modals`` in shared_words.json)."""
    return lemma(tok) == "expect" and any(
        c.dep_ == "aux" and c.lower_ in shared_words().prospect_modals for c in children_of(tok)
    )


def _comparative_at(tokens: list[Token], i: int) -> bool:
    """Whether "the" and a comparative open the words at ``i`` ("the more", "the less")."""
    if i + 1 >= len(tokens) or tokens[i].lower_ != "the":
        return False
    nxt = tokens[i + 1]
    return nxt.lower_ in shared_words().comparatives or nxt.tag_ in {"JJR", "RBR"}


def _correlative(tok: Token) -> bool:
    """ "The more voters fear the storm, the more they stock up": a sentence opened by "the"
    and a comparative, with a second one after a comma, states how two things vary together,
    not what anyone said or believes."""
    sent = sentence(tok)
    tokens = tokens_of(tok.doc)
    if not _comparative_at(tokens, sent.start):
        return False
    seconds = [
        i + 1
        for i in range(sent.start + 2, sent.end - 1)
        if tokens[i].text == "," and _comparative_at(tokens, i + 1)
    ]
    subj = next((c for c in children_of(tok) if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if not seconds or subj is None:
        return False
    # the cue is the verb of one half ("the more voters fear", "the more they believe"), not a
    # speech verb set between them ("The more I look, Lee said, the worse it gets")
    return any(subj.left_edge.i in {p, p + 2} for p in [sent.start, *seconds])
