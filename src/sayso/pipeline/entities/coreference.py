"""Step 4 of the entities stage: pronouns and nominals ("he", "China's new defense chief")
resolved by salience, agreement and grammatical role; the events stage reuses the resolver."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Span, Token

from ...gazetteer import Gazetteer
from ...lexicon import match_cue
from ...nlp import (
    children_of,
    heads_of,
    lowers_of,
    memo_of,
    pos_of,
    root_of,
    sentence_numbers,
    text_of,
    tokens_of,
)
from ..quotes import Quote, QuoteIndex
from .model import DETS, Cluster, Mention, indefinite, role_vocabulary, words
from .roles import role_and_country, title_tokens

_SUBJ = {"nsubj", "nsubjpass", "csubj", "agent"}


class Resolver:
    """Salience-based resolution of pronouns and nominal mentions to clusters.

    Candidates are scored by grammatical role (subjects and possessors first), recency (the
    current sentence, then earlier ones) and agreement (gender, role, country).
    """

    def __init__(self, doc: Doc, clusters: list[Cluster], quoted: QuoteIndex) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.clusters = clusters
        self.quoted = quoted
        self.sent_of = sentence_numbers(doc)  # shared: only read
        # (token index, cluster, weight) in text order, for mentions outside quotes
        self.history: list[tuple[int, int, float]] = []
        self.speakers: set[int] = set()  # token indices of mentions that speak (see speaks)
        # token index of a mention that is the subject of a clause under a verb -> its verb
        self.embedded: dict[int, Token] = {}
        self.roots: dict[int, Token] = {}  # token index of a mention -> its head word
        # head word's index -> what its place in the parse says (see _note): shared by every
        # resolver of the document (the events stage builds one again)
        self._roles: dict[int, tuple[Token | None, float, bool]] = memo_of(doc).setdefault(
            "coreference.roles", {}
        )
        for idx, c in enumerate(clusters):
            for m in c.mentions:
                if not quoted.inside(m.start):
                    self._note(m.ts, idx, self._root(m.ts, m.te), sort=False)
        self.history.sort()  # once, after every mention is noted

    def _note(self, ts: int, idx: int, root: Token, sort: bool = True) -> None:
        role = self._roles.get(root.i)
        if role is None:
            verb = _clause_verb(root)
            role = self._roles[root.i] = (
                verb if verb is not None and _reported(verb) else None,
                _weight(root),
                speaks(root),
            )
        verb, weight, speaker = role
        if verb is not None:
            self.embedded[ts] = verb
        self.roots[ts] = root
        if sort:
            bisect.insort(self.history, (ts, idx, weight))
        else:
            self.history.append((ts, idx, weight))
        if speaker:
            self.speakers.add(ts)

    def past(self, c: Cluster) -> bool:
        """Whether a person's title at a name says a role they held once ("former President
        X")."""
        doc = self.doc
        return any(_past(title_tokens(doc, m)) for m in c.mentions if m.kind == "name")

    def _root(self, ts: int, te: int) -> Token:
        """The head word of tokens ``ts..te`` (one token is its own)."""
        return tokens_of(self.doc)[ts] if te - ts == 1 else root_of(self.doc, ts, te)

    def candidates(
        self,
        tok_i: int,
        want: Callable[[Cluster], bool],
        speaker: bool = False,
        ties: bool = False,
    ) -> int | None:
        """The best cluster for a mention at token ``tok_i``; ``want(cluster)`` filters. For a
        ``speaker`` (the subject of a reporting verb: "he added"), those who spoke before count
        more than those they spoke about: the statement runs on. With ``ties``, none when the
        best is an object or oblique joined by "and" to another person the filter takes
        ("attacked Reyes and Lund. His ...": either)."""
        here = self.sent_of.get(tok_i, 0)
        best: tuple[float, int, int] | None = None  # score, cluster, mention's token
        lesser: list[tuple[int, int]] = []  # (token, cluster) of mentions in a lesser role
        # the mentions before tok_i, nearest first
        for k in range(bisect.bisect_left(self.history, (tok_i,)) - 1, -1, -1):
            ti, idx, w = self.history[k]
            dist = here - self.sent_of.get(ti, 0)
            if dist > 4:
                break
            if not want(self.clusters[idx]):
                continue
            verb = self.embedded.get(ti)
            if verb is not None and (dist > 0 or not _dominates(verb, tok_i)):
                w = EMBEDDED_SUBJECT  # a subject under another clause, not over the pronoun
            if speaker and ti in self.speakers:
                w *= SPEAKER_BONUS
            score = w / (1.0 + dist) + ti * 1e-6
            if w <= 1.0:  # neither subject nor possessor
                lesser.append((ti, idx))
            if best is None or score > best[0]:
                best = (score, idx, ti)
        if best is None:
            return None
        if ties and self._tied(best[2], best[1], lesser):
            return None  # the best is one of two people joined by "and" in a lesser role
        return best[1]

    def near(self, tok_i: int, want: Callable[[Cluster], bool]) -> set[int]:
        """The clusters ``want`` takes with a mention before token ``tok_i`` in the reach of
        :meth:`candidates`."""
        here = self.sent_of.get(tok_i, 0)
        out: set[int] = set()
        for k in range(bisect.bisect_left(self.history, (tok_i,)) - 1, -1, -1):
            ti, idx, _ = self.history[k]
            if here - self.sent_of.get(ti, 0) > 4:
                break
            if idx not in out and want(self.clusters[idx]):
                out.add(idx)
        return out

    def _tied(self, ti: int, idx: int, lesser: list[tuple[int, int]]) -> bool:
        """Whether the mention at token ``ti`` of cluster ``idx`` is an object or oblique
        coordinated with another person's mention in ``lesser`` ("attacked Reyes and Lund")."""
        roots = self.roots
        if ti not in roots or all(t != ti for t, _ in lesser):
            return False
        a = roots[ti]
        for t, other in lesser:
            b = roots.get(t)
            if other != idx and b is not None and _joined(a, b):
                return True
        return False

    def add(self, tok_i: int, idx: int) -> None:
        self._note(tok_i, idx, tokens_of(self.doc)[tok_i])


SPEAKER_BONUS = 1.5


def _joined(a: Token, b: Token) -> bool:
    """Whether two head words are conjuncts of one coordination ("Reyes and Lund")."""
    return (
        (a.dep_ == "conj" and a.head.i == b.i)
        or (b.dep_ == "conj" and b.head.i == a.i)
        or (a.dep_ == b.dep_ == "conj" and a.head.i == b.head.i)
    )


def _weight(root: Token) -> float:
    """A mention's salience by the grammatical role of its head word ``root``."""
    dep = root.dep_
    if dep in _SUBJ:
        return 2.0
    if dep == "poss":
        return 1.6
    if dep == "conj" and root.head.dep_ in _SUBJ:
        return 1.8
    if dep == "appos" and root.head.dep_ in _SUBJ:
        return 2.0
    return 1.0


# the weight of the subject of a clause under a verb ("Reyes said that Lund would stay": Lund)
# for a pronoun after its sentence, or outside its clause in the same one: below the speaker
# (centering: a pronoun prefers the main clause's subject), above an object
EMBEDDED_SUBJECT = 1.4


def _clause_verb(root: Token) -> Token | None:
    """The verb a mention's head ``root`` is the subject of (or a subject's conjunct or
    apposition: "Reyes and Lund said", "Reyes, the mayor, said"), if any."""
    tokens, heads = tokens_of(root.doc), heads_of(root.doc)  # no new Token for each head
    head = tokens[heads[root.i]]
    if root.dep_ in {"conj", "appos"} and head.dep_ in _SUBJ:
        root, head = head, tokens[heads[head.i]]
    return head if root.dep_ in _SUBJ and head.i != root.i else None


def _reported(verb: Token) -> bool:
    """Whether ``verb`` heads a clause that completes another verb, a statement or thought
    ("Reyes said that Lund would stay", "Reyes knew that Lund had left": would stay, had left):
    its subject is what the main clause talks about, below that clause's subject for a pronoun
    after it. A demand in the subjunctive ("urged that Lund resign") is not one: whom it asks
    to act is the next topic."""
    return not (verb.dep_ != "ccomp" or _subjunctive(verb) or verb.head.pos_ not in {"VERB", "AUX"})


def _subjunctive(verb: Token) -> bool:
    """Whether a clause's verb is a bare form: tagged so ("that Lund resign"), or a plural
    present form whose subject is one named person or thing ("that Lund appear"), which only a
    subjunctive can be."""
    if verb.tag_ == "VB":
        return not any(c.dep_ == "aux" for c in children_of(verb))  # "should resign" is no demand
    return verb.tag_ == "VBP" and any(
        c.dep_ == "nsubj" and c.tag_ in {"NN", "NNP"} for c in children_of(verb)
    )


def _dominates(verb: Token, tok_i: int) -> bool:
    """Whether token ``tok_i`` lies in the clause ``verb`` heads (in its subtree)."""
    return verb.left_edge.i <= tok_i <= verb.right_edge.i


def speaks(tok: Token) -> bool:
    """Whether a mention's head is the subject of a reporting verb ("Cox says", "he added")."""
    if tok.dep_ != "nsubj":
        return False
    head = heads_of(tok.doc)[tok.i]
    if pos_of(tok.doc)[head] not in {"VERB", "AUX"}:
        return False
    m = match_cue(tok.doc, head)
    return m is not None and m[0].cls in {"speech", "report"}


def _gender_ok(c: Cluster, gender: str | None) -> bool:
    return c.label == "PERSON" and (gender is None or c.gender in (None, gender))


def pronouns_and_nominals(
    doc: Doc, clusters: list[Cluster], gz: Gazetteer, quoted: QuoteIndex
) -> None:
    """Add the pronouns ("he") and role nominals ("China's new defense chief") outside quotes
    to the clusters they resolve to."""
    res = Resolver(doc, clusters, quoted)
    pron = words()["pronouns"]
    covered = {i for c in clusters for m in c.mentions for i in range(m.ts, m.te)}
    at = _Covers()
    for idx, c in enumerate(clusters):
        for m in c.mentions:
            at.add(m, idx)
    vocab = role_vocabulary()
    lowers = lowers_of(doc)
    tokens = tokens_of(doc)
    for i, low in enumerate(lowers):  # a Token made only for a word a branch below may take
        if low not in pron and low not in vocab:
            continue  # neither branch below takes it
        tok = tokens[i]
        if tok.i in covered or quoted.inside(tok.idx):
            continue
        if tok.lower_ in pron and tok.pos_ == "PRON":
            added = _pronoun(res, tok, pron[tok.lower_], at)
        elif tok.pos_ == "NOUN" and tok.lower_ in vocab and tok.dep_ != "compound":
            added = _nominal(res, tok, covered, gz, _titled_name(res, tok, at))
        else:
            continue
        if added is not None:
            at.add(added, added.ent)


def _titled_name(res: Resolver, tok: Token, covers: _Covers) -> int | None:
    """The person a role noun is the title of, named beside it ("the company's president,
    Carol Keehan", "McConnell, now the majority leader", "president and chief executive
    officer Carol Keehan"): the noun is theirs, whoever was named before."""
    near = [c for c in children_of(tok) if c.dep_ in {"appos", "conj"}]
    if tok.dep_ == "appos":
        near.append(tok.head)
    for t in near:
        for u in (t, *[c for c in children_of(t) if c.dep_ == "appos"]):
            idx = covers.at.get(u.i)
            if idx is not None and res.clusters[idx].label == "PERSON":
                return idx
    return None


class _Covers:
    """Where the clusters' mentions are, kept up to date as mentions are added: token -> the
    last cluster with a mention over it, and (start offset, cluster) of every mention, sorted."""

    def __init__(self) -> None:
        self.at: dict[int, int] = {}
        self.starts: list[tuple[int, int]] = []

    def add(self, m: Mention, idx: int) -> None:
        for i in range(m.ts, m.te):
            self.at[i] = max(self.at.get(i, idx), idx)
        bisect.insort(self.starts, (m.start, idx))

    def starting_in(self, lo: int, hi: int) -> set[int]:
        """The clusters with a mention starting in ``[lo, hi)``."""
        a = bisect.bisect_left(self.starts, (lo,))
        b = bisect.bisect_left(self.starts, (hi,))
        return {idx for _, idx in self.starts[a:b]}


def _blocked(res: Resolver, tok: Token, covers: _Covers) -> set[int]:
    """Clusters a pronoun cannot mean: one named by a noun phrase that holds it ("Robert Pryce,
    her husband": not Pryce), and, for the speaker of a quote ('"Vance betrayed us," he said'),
    one named inside that quote: people are criticised by name, rarely quote themselves so.
    ``covers``: where the mentions are."""
    out: set[int] = set()
    at = covers.at
    head = tok
    while head.head.i != head.i and head.head.pos_ in {"NOUN", "PROPN"}:
        head = head.head
        if head.i in at:
            out.add(at[head.i])
    out |= _clause_subjects(tok, at)
    quote = _adjacent_quote(res, tok)
    if quote is not None:
        for idx in covers.starting_in(quote.inner_start, quote.inner_end):
            if res.clusters[idx].label == "PERSON":
                out.add(idx)
    return out


_OBJECTS = frozenset({"dobj", "dative", "iobj", "obj"})


def _clause_subjects(tok: Token, at: dict[int, int]) -> set[int]:
    """Clusters an object pronoun cannot mean (binding): the subject of its own verb, and of the
    verbs whose subject that verb shares ("Kafoury tried to stop him": not Kafoury; "the judge
    gave her the award": not the judge). A reflexive ("himself") is not blocked."""
    verb = tok.head
    if tok.lower_.endswith(("self", "selves")):
        return set()
    if tok.dep_ == "pobj" and verb.dep_ == "prep" and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head  # "handed the file to him"
    elif tok.dep_ not in _OBJECTS:
        return set()
    out: set[int] = set()
    for _ in range(4):
        for child in children_of(verb):
            if child.dep_ in {"nsubj", "nsubjpass"} and child.i in at:
                out.add(at[child.i])
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            break
        verb = verb.head
    return out


def _adjacent_quote(res: Resolver, tok: Token) -> Quote | None:
    """The quote a subject pronoun speaks: one that ends right before it ('"...," he said') or
    starts right after its verb ('he said: "..."')."""
    if tok.dep_ != "nsubj" or tok.head.pos_ not in {"VERB", "AUX"}:
        return None
    text = res.text
    verb_end = tok.head.idx + len(tok.head.text)
    # only a quote ending at most 3 characters before the pronoun or starting at most 3 after
    # the verb can qualify: those, in the order of the quotes
    for q in res.quoted.near(range(tok.idx - 3, tok.idx + 1), range(verb_end, verb_end + 4)):
        before = text[q.end : tok.idx] if q.end <= tok.idx else None
        after = text[verb_end : q.start] if q.start >= verb_end else None
        if (before is not None and len(before.strip(" ,")) == 0 and len(before) <= 3) or (
            after is not None and len(after.strip(" ,:")) == 0 and len(after) <= 3
        ):
            return q
    return None


def _pronoun(res: Resolver, tok: Token, gender: str, covers: _Covers) -> Mention | None:
    """Add the pronoun ``tok`` to the cluster it resolves to; the mention added, if any."""
    blocked = _blocked(res, tok, covers)

    def want(c: Cluster) -> bool:
        return _gender_ok(c, gender) and res.clusters.index(c) not in blocked

    idx = res.candidates(tok.i, want, speaker=speaks(tok), ties=True)
    if idx is None:
        return None
    c = res.clusters[idx]
    c.gender = c.gender or gender
    end = tok.idx + len(tok.text)
    m = Mention(tok.idx, end, tok.i, tok.i + 1, c.label, "pronoun", ent=idx, how="pronoun")
    c.mentions.append(m)
    res.add(tok.i, idx)
    return m


def _nominal(
    res: Resolver, tok: Token, covered: set[int], gz: Gazetteer, named: int | None = None
) -> Mention | None:
    """A person named by a role noun phrase ("China's new defense chief"), added to its
    cluster (``named``: the person it is the title of, see :func:`_titled_name`); the mention
    added, if any."""
    doc = res.doc
    chunk = doc[tok.left_edge.i : tok.i + 1]
    toks = [t for t in chunk if t.i not in covered or t.i < tok.i]
    role, country, _ = role_and_country(toks, gz)
    if role is None:
        return None

    past = _past(chunk)

    def want(c: Cluster) -> bool:
        return (
            c.label == "PERSON"
            and c.role is not None
            and _role_match(c.role, role, gz)
            and (country is None or c.country in (None, country))
            and res.past(c) == past  # "the former president" is no one who holds it now
        )

    if _names_no_one(tok, chunk) or (named is None and _someone_new(tok)):
        return None
    if named is None and len(res.near(tok.i, want)) != 1:
        return None  # no one person, or more than one the role may mean
    idx = named if named is not None else res.candidates(tok.i, want)
    if idx is None:
        return None
    ts = chunk.start
    while ts < tok.i and doc[ts].lower_ in DETS:
        ts += 1
    end = tok.idx + len(tok.text)
    m = Mention(doc[ts].idx, end, ts, tok.i + 1, "PERSON", "nominal", ent=idx, how="nominal")
    res.clusters[idx].mentions.append(m)
    res.add(tok.i, idx)
    return m


def _past(toks: Iterable[Token]) -> bool:
    """Whether title words say a role held once ("former", "ex-president")."""
    past = set(words()["past_markers"])
    return any(t.lower_ in past or t.lower_.split("-")[0] in past for t in toks)


def _names_no_one(tok: Token, chunk: Span) -> bool:
    """Whether a role noun names no person of the story by itself: a quantified role ("no
    candidate", "every senator"), or a predicate ("to be president", "elected president"; "as
    senator" is said of someone the clause names, and may be theirs)."""
    w = words()
    if any(t.lower_ in w["quantifiers"] and t.dep_ == "det" for t in chunk):
        return True
    if any(t.dep_ == "mark" for t in chunk):
        return True  # a clause the parser hung on the noun ("if elected president")
    return tok.dep_ in {"attr", "oprd"}


def _someone_new(tok: Token) -> bool:
    """Whether a role noun brings in someone the story has not named: an indefinite article
    ("a diplomat from Egypt said") is a new person, not one named before with that role; in
    apposition it says what the person named is ("Tom Reed, a diplomat,")."""
    return tok.dep_ != "appos" and indefinite(tok)


def _role_match(have: str, want: str, gz: Gazetteer) -> bool:
    """Whether a cluster's role ``have`` is a nominal's ``want``, word by word: the nominal's
    words all in the role ("executive" of a "chief executive"; not "president" of a
    "presidential candidate"), or the same head noun with other words that make no role of
    their own ("the Badger State governor" of a "governor"; not "vice president" of a
    "president")."""
    a, b = have.split(), want.split()
    if set(b) <= set(a):
        return True
    known = gz.role(want)
    return a[-1] == b[-1] and (known is None or " " not in known.pattern)
