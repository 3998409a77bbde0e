"""Who an actor stands for in the whole story: what event data code is the named body, the
country or the officeholder, not the words a sentence happens to use for them.

* a **dateline** ("OSLO (Agency) - ...") is where and by whom a story was filed: no actor;
* a **people** ("Chinese", "Finnish") stands for its country too when the story names that
  country: event data code "a Chinese ship" or "the Finnish minister" as the state (CAMEO actor
  codes); the people stays beside it, the words the sentence used;
* a **national body** whose name holds its country ("the Lithuanian army") and a **capital**
  ("blamed Yerevan") stand beside that country when the story names it, unless the other side
  names it;
* **leaders or officials** named by a compounded noun ("union leaders") stand for the named body
  the story described by that noun ("the farmers' union Boerenbond");
* a **government** ("the government", "Chile's government") stands for its country: the one
  its name holds, or the one the story named most before the sentence (the country it is
  about);
* **"the two countries"**, **"both ministers"** stand for the two countries or people the story
  named last;
* a **definite description** of one body, place or office ("the court", "the Secretary", "the
  ministry", "the county") stands for the named organisation whose name holds its head word
  ("the Court of Appeal"), the place whose name ends on it ("Llano Verde County"), or the named
  person whose office it is ("Secretary of State Ann Lee", not "the party" for a party leader):
  the last one the story named before it (the first one, in a headline told before any name);
  failing those, the one named organisation of the kind the noun names ("the party" for the
  one body of a party's sector, or described as "opposition").

A plural ("the two ministers", "its forces") names no single body and stays as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ... import lexicon
from ...gazetteer import Gazetteer
from ...nlp import (
    char_tokens,
    children_of,
    deps_of,
    expanded_root,
    expanded_span,
    lemmas_of,
    lowers_of,
    pos_of,
    sentence,
    sentence_at,
    sentence_chars,
    tokens_of,
)
from ...sectors import noun_sectors, sector_of_words, sectors_of_noun
from ...types import Entity
from .actors import STATELESS_SECTORS, ActorFinder
from .tables import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

DATELINE_TOKENS = 12  # a dateline's dash comes within this many tokens of its paragraph start
TITLE_TOKENS = 4  # "Army spokesman Brig. Gen. Khalid Osman": words of a title before a name


class Linker(ActorFinder):
    """Maps the actors of an event to who they stand for (see the module's docstring)."""

    _datelines: dict[str, bool] | None = None
    _dashes: dict[int, int | None] | None = None  # see _line_dash
    _in_datelines: dict[int, bool] | None = None  # see _in_dateline
    _charged_people: list[str] | None = None  # see _culprit

    def linked(self, ids: list[str], at: int, other: tuple[str, ...] = ()) -> list[str]:
        """``ids`` with each actor replaced by who it stands for and datelines left out;
        ``at`` is the trigger's character offset (a description names what came before);
        ``other``: the actors of the other side (a body's country named there stays there)."""
        out: list[str] = []
        span = char_tokens(self.state.doc, at, at + 1)
        sent = sentence_chars(self.state.doc, span[0]) if span is not None else (at, at)
        for eid in ids:
            if self._dateline(eid, sent):
                continue
            country = self._people_country(eid)
            if country is None and (body := self._body_country(eid)) not in other:
                country = body
            if country is None and (principal := self._principal(eid, at)) not in other:
                country = principal  # "Kremlin spokesman Dmitry Peskov": the Kremlin too
            if country is None and span is not None:
                # "Russian diplomats", "troops" in a story of one country: that country too
                found = self._group_country(eid, sentence(tokens_of(self.state.doc)[span[0]]))
                country = found if found not in other else None
            if country is not None:
                out.extend((eid, country))  # the words and the state both stay
                continue
            one = (
                self._governed(eid, at)
                or self._culprit(eid)
                or self._described(eid, at)
                or (
                    self._members(eid, at, sentence(tokens_of(self.state.doc)[span[0]]))
                    if span is not None
                    else None
                )
            )
            out.extend([one] if one else self._pair(eid, at, other) or [eid])
        return list(dict.fromkeys(out))

    # -- datelines --------------------------------------------------------------------------------
    def _dateline(self, eid: str, sent: tuple[int, int]) -> bool:
        """Whether the entity is named in the sentence ``sent`` (start, end) only by its
        dateline ("HOBART (Agency) - ..." names no actor of the sentence)."""
        if self._datelines is None:
            self._datelines = {}
        key = f"{eid}@{sent[0]}"
        held = self._datelines.get(key)
        if held is not None:
            return held
        ent = self.state.entity(eid)
        here = [m for m in ent.mentions if sent[0] <= m.start < sent[1]] if ent else []
        # named elsewhere only by datelines ("LAGOS (Harbor Wire) - ..."), it is where and by
        # whom the story was filed, no actor of any sentence
        starts = [m.start for m in (here or (ent.mentions if ent else ()))]
        if ent is None and self.nominals.has(eid):
            starts = [t.idx for t in self.nominals.head_tokens(eid)]
        found = bool(starts) and all(self._in_dateline(s) for s in starts)
        self._datelines[key] = found
        return found

    def _in_dateline(self, offset: int) -> bool:
        """Whether the mention at ``offset`` is a dateline's (asked once an offset)."""
        if self._in_datelines is None:
            self._in_datelines = {}
        held = self._in_datelines.get(offset)
        if held is None:
            held = self._in_datelines[offset] = self._read_dateline(offset)
        return held

    def _read_dateline(self, offset: int) -> bool:
        span = char_tokens(self.state.doc, offset, offset + 1)
        if span is None:
            return False
        tok = tokens_of(self.state.doc)[span[0]]
        if lexicon.is_dateline(tok):
            return True
        # the dateline opens its line, whatever sentences the parser cut it into ("LAGOS" and
        # "(Harbor Wire) - ..." apart, or a headline joined to it)
        line = self.state.text.rfind("\n", 0, offset) + 1
        at_line = char_tokens(self.state.doc, line, line + 1)
        first = at_line[0] if at_line is not None else sentence(tok).start
        if not lexicon.starts_paragraph(self.state.text, tok.doc[first].idx):
            return False
        dash = self._line_dash(first)
        return dash is not None and tok.i < dash

    def _line_dash(self, first: int) -> int | None:
        """The first spaced dash among the ``DATELINE_TOKENS`` tokens from ``first`` (the
        first token of a line), found once a line: the mentions of a paragraph share it."""
        if self._dashes is None:
            self._dashes = {}
        if first not in self._dashes:
            head = tokens_of(self.state.doc)[first : first + DATELINE_TOKENS]
            self._dashes[first] = next((t.i for t in head if lexicon.spaced_dash(t)), None)
        return self._dashes[first]

    # -- a people for its country -----------------------------------------------------------------
    def _people_country(self, eid: str) -> str | None:
        ent = self.state.entity(eid)
        if ent is None or ent.type != "NORP" or ent.country is None:
            return None
        return self._country_entity(ent.country)

    # -- a national body beside its country ----------------------------------------------------
    def _body_country(self, eid: str) -> str | None:
        """The country a national body's name holds ("the Lithuanian army", "Chile's navy",
        "Finnish Defence Forces"), or whose capital an actor is ("Pyongyang warned"), when the
        story names that country: event data code a state's bodies and its seat of government
        as the state (CAMEO actor codes); the body or city stays beside it. A body whose name
        holds no country (a newspaper, a company) or no word of a state's body
        (``state_body_words``: "the Russian Orthodox Church") stands for itself only."""
        ent = self.state.entity(eid)
        if ent is None or ent.country is None:
            return None
        gaz = Gazetteer.default()
        if ent.type == "GPE" and gaz.capital(ent.name) == ent.country:
            # "Pyongyang warned", "blamed Yerevan": a capital acting is its government
            return self._country_entity(ent.country)
        if ent.type != "ORG":
            return None
        words = [w.removesuffix("'s") for w in ent.name.replace("\u2019", "'").split()]
        if not any(gaz.demonym(w) == ent.country or gaz.country(w) == ent.country for w in words):
            return None
        if not any(w.lower() in self.words.state_body_words for w in words):
            return None  # "the Russian Orthodox Church": no body of the state
        return self._country_entity(ent.country)

    # -- "Russian diplomats", "troops" ----------------------------------------------------------
    def _group_country(self, eid: str, sent: Span) -> str | None:
        """The country a group named by common nouns belongs to, when the story names that
        country: the one its people word names ("two Russian diplomats", "Thai fishermen"), or,
        for a bare plural of forces ("troops", "soldiers"), the one country the story has named
        up to the end of the sentence (whose troops a story of one country tells of; with a
        second country named, whose they are is not said)."""
        heads = self.generic_heads(eid, sent) or self._roots_in(eid, sent)
        if not heads:
            return None
        head = heads[0]
        if (
            head.pos_ != "NOUN"
            or not self.actor_noun(head)
            or head.lemma_.lower() in self.words.site_nouns
            or noun_sectors(head.lemma_.lower()) in STATELESS_SECTORS  # "Eritrean migrants"
        ):
            return None
        mods = [
            c for c in children_of(head) if c.dep_ in ("amod", "compound", "nmod") and c.i < head.i
        ]
        gaz = Gazetteer.default()
        peoples = {
            c.country
            for m in mods
            if m.text[:1].isupper() and (c := self._people_of(m, gaz)) is not None
        }
        if peoples:
            one = peoples.pop() if len(peoples) == 1 else None
            return self._country_entity(one) if one else None
        if (
            head.tag_ != "NNS"
            or head.lemma_.lower() not in self.words.bare_force_nouns
            or mods
            or any(c.dep_ in ("poss", "prep", "appos", "relcl", "acl") for c in children_of(head))
        ):
            return None
        end = sent.end_char
        countries = {
            e.country
            for e in self.state.entities
            if e.id != eid
            and e.country is not None
            and any(m.start < end and _named(e, m.start) for m in e.mentions)
        }
        return self._country_entity(countries.pop()) if len(countries) == 1 else None

    def _roots_in(self, eid: str, sent: Span) -> list[Token]:
        """The root tokens of the mentions of an entity of the entities stage in ``sent``."""
        ent = self.state.entity(eid)
        if ent is None or self.nominals.has(eid):
            return []
        return self.mention_roots(ent, sent)

    def _people_of(self, tok: Token, gaz: Gazetteer) -> Entity | None:
        """The country a people word names ("Russian"), as the entity the story names it by."""
        iso3 = next(
            (
                e.country
                for i in self.token_ids(tok)
                if (e := self.state.entity(i)) is not None and e.type == "NORP" and e.country
            ),
            None,
        ) or gaz.demonym(tok.text)
        found = self._country_entity(iso3) if iso3 else None
        return self.state.entity(found) if found else None

    def _country_entity(self, iso3: str) -> str | None:
        """The entity of the story that names the country ``iso3`` itself, or None."""
        return next((c.id for c in self._countries() if c.country == iso3), None)

    # -- "the government", "Chile's government" --------------------------------------------------
    def _governed(self, eid: str, at: int) -> str | None:
        """The country a government stands for: the one its name holds ("Chile's government"),
        or for "the government" the country the story named last before ``at``."""
        ent = self.state.entity(eid)
        name = ent.name if ent is not None else self.nominals.names.get(eid, "")
        words = name.replace("\u2019", "'").split()
        if not words or words[-1].lower() not in self.words.government_words:
            return None
        tenure = len(words) == 2 and words[0].lower() in self.words.tenure_words
        if len(words) > 1 and not tenure:
            owner = " ".join(words[:-1])
            owner = owner[:-2] if owner.endswith("'s") else owner
            return next(
                (c.id for c in self._countries() if c.name == owner or c.name == "the " + owner),
                None,
            )
        allowed = self.words.tenure_words if tenure else frozenset()
        if self._description_head(eid, allowed, collective=True) is None:
            return None
        # an anaphor: named in an earlier sentence (a country named in the same one is more
        # often the other side: "a group allied to Chile seized bases from the government")
        sent_start = char_tokens(self.state.doc, at, at + 1)
        doc = self.state.doc
        before = sentence_chars(doc, sent_start[0])[0] if sent_start is not None else at
        return self._topic(self._countries(), before)

    @staticmethod
    def _topic(ents: list[Entity], at: int) -> str | None:
        """Of ``ents``, the one the story named most often before ``at`` (of as many, the one
        named first): the country a story is about."""
        best: tuple[int, int, str] | None = None
        for e in ents:
            starts = [m.start for m in e.mentions if m.start < at and _named(e, m.start)]
            if starts and (best is None or (len(starts), -min(starts)) > best[:2]):
                best = (len(starts), -min(starts), e.id)
        return best[2] if best else None

    def _latest(self, ents: list[Entity], at: int, n: int) -> list[str]:
        """The ``n`` entities of ``ents`` named last before ``at`` (fewer if fewer were)."""
        last = sorted(
            (
                (max(starts), e.id)
                for e in ents
                if (starts := [m.start for m in e.mentions if m.start < at and _named(e, m.start)])
            ),
            reverse=True,
        )
        return [i for _, i in last[:n]]

    # -- "the two countries", "both ministers" ----------------------------------------------------
    def _pair(self, eid: str, at: int, other: tuple[str, ...] = ()) -> list[str]:
        """The two countries or people "the two countries" or "both ministers" stand for: the
        two named last before ``at``, not of the ``other`` side ("Turkey urged both sides":
        two others); ``[]`` for any other actor."""
        heads = self.nominals.head_tokens(eid)
        if not heads:
            return []
        head = heads[0]
        if head.tag_ != "NNS" or not any(
            c.lower_ in self.words.pair_words and c.dep_ in ("nummod", "det", "predet")
            for c in children_of(head)
        ):
            return []
        lemma = head.lemma_.lower()
        if lemma in self.words.country_words:
            ents = self._countries()
        elif lemma in self.words.person_words:
            ents = [e for e in self.state.entities if e.type == "PERSON"]
        else:
            return []
        pair = self._latest([e for e in ents if e.id not in other], at, 2)
        return pair if len(pair) == 2 else []

    # -- "the court", "the Secretary" -------------------------------------------------------------
    def _described(self, eid: str, at: int) -> str | None:
        head = self._description_head(eid)
        if head is None:
            return None
        word = head.lemma_.lower()
        return self._last_holding(word, at, eid, orgs_only=False) or self._one_of_kind(
            word, at, eid
        )

    def _culprit(self, eid: str) -> str | None:
        """The one person the story names as charged or arrested ("X was charged with
        murder", "police arrested X"), for "the gunman", "the suspect" (``culprit_nouns``): a
        story of one crime names its culprit so; with none or several named, None."""
        head = self._description_head(eid)
        if (
            head is None
            or head.lemma_.lower() not in self.words.culprit_nouns
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(head))
        ):
            return None
        if self._charged_people is None:
            self._charged_people = self._find_charged()
        return self._charged_people[0] if len(self._charged_people) == 1 else None

    def _find_charged(self) -> list[str]:
        """The persons the story names as charged or arrested: the subject of a passive
        "charged", "indicted", "arraigned" or "arrested", or the object of an active one."""
        verbs = self.words.legal_charges | self.words.arresting_verbs
        found: list[str] = []
        doc = self.state.doc
        tokens, lemmas = tokens_of(doc), lemmas_of(doc)
        for k, tag in enumerate(pos_of(doc)):  # a Token made only for such a verb
            if tag != "VERB" or lemmas[k] not in verbs:
                continue
            tok = tokens[k]
            passive = any(c.dep_ == "auxpass" for c in children_of(tok))
            for c in children_of(tok):
                if c.dep_ == ("nsubjpass" if passive else "dobj"):
                    found.extend(
                        i
                        for i in self.arg_ids(c, nominal=False)
                        if (e := self.state.entity(i)) is not None and e.type == "PERSON"
                    )
        return list(dict.fromkeys(found))

    def _one_of_kind(self, word: str, at: int, eid: str) -> str | None:
        """The one named organisation before ``at`` of the kind a description's noun names
        ("the party" for a body of a party's sector, or one a mention calls "opposition"; the
        patterns of ``sectors.tsv`` ending on the noun), or None when none or several are."""
        kinds = sectors_of_noun(word)  # kinds of body, not titles (``noun_sectors``)
        if not kinds:
            return None
        found = [
            other.id
            for other in self.state.entities
            if other.type == "ORG"
            and other.id != eid
            and any(ch.isupper() for ch in other.name)
            and any(m.start < at and _named(other, m.start) for m in other.mentions)
            and (other.sector in kinds or self._described_as(other) & kinds)
        ]
        return found[0] if len(found) == 1 else None

    def _described_as(self, ent: Entity) -> frozenset[str]:
        """The sectors of the common nouns that describe a mention of ``ent`` beside it or in
        lower case inside it ("the opposition Alliance for X": OPP)."""
        doc = self.state.doc
        found: set[str] = set()
        for m in ent.mentions:
            span = expanded_span(doc, m.start, m.end)
            if span is None:
                continue
            root = span.root
            near = [
                t
                for c in children_of(root)
                if c.dep_ in ("compound", "amod", "appos")
                and c.i not in range(span.start, span.end)
                for t in (c, *(x for x in children_of(c) if x.dep_ == "compound"))
            ]
            if span.start > 0 and (left := doc[span.start - 1]).head.i in range(
                span.start, span.end
            ):
                near.append(left)
            if root.dep_ in ("appos", "compound"):
                near.append(root.head)
            near.extend(t for t in span if t.is_lower)  # "the opposition X" read as its name
            found.update(
                s
                for t in dict.fromkeys(near)
                if t.pos_ in ("NOUN", "ADJ") and (s := sector_of_words(t.text)) is not None
            )
        return frozenset(found)

    def _description_head(
        self, eid: str, allowed: frozenset[str] = frozenset(), collective: bool = False
    ) -> Token | None:
        """The head word of an actor named only by a singular common noun ("the court"; with
        an adjective of ``allowed`` too: "the previous government"; with ``collective`` also
        a plural that names one body, "the authorities" of ``government_words``), or None."""
        heads = self.nominals.head_tokens(eid)
        if not heads:
            ent = self.state.entity(eid)
            if ent is None or any(ch.isupper() for ch in ent.name) or not ent.mentions:
                return None
            m = ent.mentions[0]
            root = expanded_root(self.state.doc, m.start, m.end)
            heads = [root] if root is not None else []
        if not heads:
            return None
        head = heads[0]
        plural_body = (
            collective and head.tag_ == "NNS" and head.lower_ in self.words.government_words
        )
        if (head.tag_ not in ("NN", "NNP") and not plural_body) or any(
            c.dep_ in ("nummod", "poss", "compound", "amod") and c.lower_ not in allowed
            for c in children_of(head)
        ):
            return None  # "the two ministers", "its forces", "a Chinese ship": no description
        return head

    # -- "Kremlin spokesman Dmitry Peskov" ---------------------------------------------------------
    def _principal(self, eid: str, at: int) -> str | None:
        """The named body a person speaks or acts for, as the title before a name says
        ("Kremlin spokesman Dmitry Peskov", "Army spokesman Brig. Gen. Khalid Osman", "union
        leader Ana Diaz"; ``member_nouns``): the organisation the words before the title name,
        or whose name holds the last of them, named before ``at``."""
        ent = self.state.entity(eid)
        if ent is None or ent.type != "PERSON":
            return None
        doc = self.state.doc
        tokens, lemmas, pos = tokens_of(doc), lemmas_of(doc), pos_of(doc)
        members = self.words.member_nouns
        for m, how in zip(ent.mentions, ent.resolved or (), strict=False):
            if how != "name":
                continue
            span = char_tokens(doc, m.start, m.end)
            if span is None:
                continue
            j = span[0] - 1
            # back over titles and their stops ("Brig. Gen.") to the member noun
            while j >= 0 and span[0] - j <= TITLE_TOKENS:
                if lemmas[j] in members or not (pos[j] == "PROPN" or tokens[j].text == "."):
                    break
                j -= 1
            if j < 0 or lemmas[j] not in members or pos[j] != "NOUN":
                continue
            words = []
            k = j - 1
            while k >= 0 and j - k <= TITLE_TOKENS and pos[k] in ("PROPN", "NOUN"):
                words.append(tokens[k])
                k -= 1
            if not words:
                continue
            named = [
                i
                for t in words
                for i in self.token_ids(t)
                if (e := self.state.entity(i)) is not None and e.type == "ORG"
            ]
            if named:
                return named[0]
            best = self._last_holding(words[0].lemma_.lower(), at, eid)
            if best is not None:
                return best
        return None

    def _last_holding(self, word: str, at: int, eid: str, orgs_only: bool = True) -> str | None:
        """Of the named entities (organisations, with ``orgs_only``) whose name holds ``word``,
        the one named last before ``at`` (else the first named after it)."""
        best: tuple[int, str] | None = None  # (rank, id): the latest named before `at` first
        for other in self.state.entities:
            if other.id == eid or (orgs_only and other.type != "ORG"):
                continue
            if not self._holds(other, word):
                continue
            starts = [m.start for m in other.mentions if _named(other, m.start)]
            before = [x for x in starts if x < at]
            rank = max(before) if before else -min(starts, default=at) - len(self.state.text)
            if starts and (best is None or rank > best[0]):
                best = (rank, other.id)
        return best[1] if best else None

    # -- "union leaders", "party officials" ------------------------------------------------------
    def _members(self, eid: str, at: int, sent: Span) -> str | None:
        """The named body whose leaders or officials a nominal actor names by a compounded
        common noun ("union leaders" after "the farmers' union Boerenbond"; ``member_nouns``):
        of the organisations whose name holds that noun or whose mention it describes, the one
        named last before ``at``."""
        heads = self.generic_heads(eid, sent)
        if not heads or heads[0].lemma_.lower() not in self.words.member_nouns:
            return None
        words = [
            c.lemma_.lower()
            for c in children_of(heads[0])
            if c.dep_ == "compound" and c.pos_ == "NOUN"
        ]
        if len(words) != 1:
            return None
        word = words[0]
        best: tuple[int, str] | None = None
        for other in self.state.entities:
            if other.type != "ORG" or other.id == eid or not any(ch.isupper() for ch in other.name):
                continue
            starts = [m.start for m in other.mentions if m.start < at and _named(other, m.start)]
            if not starts or not (self._holds(other, word) or self._called(other, word)):
                continue
            if best is None or max(starts) > best[0]:
                best = (max(starts), other.id)
        return best[1] if best else None

    def _called(self, ent: Entity, word: str) -> bool:
        """Whether a mention of ``ent`` is described by the common noun ``word`` beside it ("the
        farmers' union Boerenbond", "Boerenbond, the farmers' union")."""
        doc = self.state.doc
        for m in ent.mentions:
            span = expanded_span(doc, m.start, m.end)
            if span is None:
                continue
            root = span.root
            near = [c for c in children_of(root) if c.dep_ in ("compound", "appos")]
            if root.dep_ in ("appos", "compound"):
                near.append(root.head)
            if any(t.pos_ == "NOUN" and t.lemma_.lower() == word for t in near):
                return True
        return False

    def _holds(self, other: Entity, word: str) -> bool:
        """Whether a named body's name, or a named person's office, holds ``word``."""
        if not any(ch.isupper() for ch in other.name):
            return False
        if other.type == "GPE":
            # "the county" for "Llano Verde County": a place whose name ends on the noun
            return other.name.lower().split()[-1] == word
        if other.type == "PERSON":
            # "the minister" for the home affairs minister, not "the party" for the party's
            # youth leader: a word of the office that no member noun follows (that one names
            # the body the person leads)
            words = (other.role or "").lower().replace("-", " ").split()
            return word in words and not any(
                w in self.words.member_nouns for w in words[words.index(word) + 1 :]
            )
        return other.type == "ORG" and word in other.name.lower().replace("-", " ").split()

    def verbal_attack(self, cand: Candidate, source: list[str], target: list[str]) -> bool:
        """Whether an "attack" is words against another ("Ruiz attacked Reyes on taxes", "her
        attacks on Reyes", "the senator's attacks on the governor in the debate"): an attack is
        armed force (PLOVER ASSAULT) only with a weapon or a group that can wield one; an
        "attack" noun marked as one of words (``wordy_attack_marks``: "his harsh attacks on the
        unions") in a sentence with no ``violence_words`` (or aimed at named persons only),
        whoever is on either side, or one between named persons with none named, one with no
        attacker in a sentence of ``word_media`` and no violence, or in politics
        (``politics_words`` in its sentence, no ``violence_words``) between people or bodies,
        is criticism, ACCUSE (CAMEO 11). A verb of force that news also uses for words
        (``rough_criticism_verbs``: "the senator ripped the governor") is criticism unless it
        has a "with" phrase; one in a sentence that names violence never gets here
        (``rough_force`` drops it first)."""
        lemma = cand.tok.lemma_.lower()
        rough = lemma in self.words.rough_criticism_verbs
        if cand.type != "ASSAULT" or not (rough or lemma == "attack"):
            return False
        if any(c.dep_ == "prep" and c.lower_ == "with" for c in children_of(cand.tok)):
            return False  # "attacked him with a knife"
        if rough:
            return True  # one in a sentence of violence is no candidate (``rough_force``)
        doc = cand.tok.doc
        start, end = sentence_at(doc, cand.tok.i)  # the sentence's words, read once a document
        lemmas = {*lemmas_of(doc)[start:end], *lowers_of(doc)[start:end]}
        persons = bool(target) and all(self._named_person(i) for i in target)
        if (
            cand.tok.pos_ == "NOUN"
            and (persons or not lemmas & self.words.violence_words)
            and any(
                c.dep_ in ("amod", "compound") and c.lower_ in self.words.wordy_attack_marks
                for c in children_of(cand.tok)
            )
        ):
            # "his harsh attacks on the unions": words, whoever is on either side; "grim talk
            # of terror and blistering attacks on the governor": words on a person all the same
            return True
        if source and persons and all(self._named_person(i) for i in source):
            return True
        if cand.tok.pos_ == "VERB" and not source:
            # "the mayor was attacked outside his home": who struck is not said; but "was
            # attacked from all sides as rivals ran ads against her": words, in a sentence of
            # their media (``word_media``) and of no violence
            return (
                bool(target)
                and not lemmas & self.words.violence_words
                and all(self._party(i) for i in target)
                and any(  # "ran ads", not "he tweeted" that someone was attacked
                    pos == "NOUN" and lem in self.words.word_media
                    for pos, lem in zip(
                        pos_of(doc)[start:end], lemmas_of(doc)[start:end], strict=True
                    )
                )
            )
        return (
            bool(lemmas & self.words.politics_words)
            and not lemmas & self.words.violence_words
            and all(self._party(i) for i in (*source, *target))
        )

    def rough_force(self, tok: Token) -> bool:
        """Whether ``tok`` is a verb of force that news also uses for words
        (``rough_criticism_verbs``) in a sentence that names violence ("artillery hammered the
        town, killing six"): no criticism, and left to the act named beside it."""
        if tok.lemma_.lower() not in self.words.rough_criticism_verbs:
            return False
        doc = tok.doc
        start, end = sentence_at(doc, tok.i)
        violence = self.words.violence_words
        # a word of violence that only describes someone ("his fired campaign manager") tells
        # no violence in the sentence
        return any(
            (lemma in violence or lower in violence) and dep != "amod"
            for lemma, lower, dep in zip(
                lemmas_of(doc)[start:end],
                lowers_of(doc)[start:end],
                deps_of(doc)[start:end],
                strict=True,
            )
        )

    def _named_person(self, eid: str) -> bool:
        """Whether the actor is a person the story names (no description of one)."""
        ent = self.state.entity(eid)
        return ent is not None and ent.type == "PERSON" and not self.nominals.has(eid)

    def _party(self, eid: str) -> bool:
        """Whether the actor is a person or a body, not a place, a site or a thing."""
        if self.nominals.has(eid):
            return not self.thing(eid) and not any(
                h.lemma_.lower() in self.words.site_nouns for h in self.nominals.head_tokens(eid)
            )
        ent = self.state.entity(eid)
        return ent is not None and ent.type in ("PERSON", "ORG", "NORP")


def _named(ent: Entity, start: int) -> bool:
    """Whether the mention of ``ent`` at ``start`` names it (not a pronoun or a description)."""
    for m, how in zip(ent.mentions, ent.resolved or (), strict=False):
        if m.start == start:
            return how in ("name", "alias", "surname")
    return True
