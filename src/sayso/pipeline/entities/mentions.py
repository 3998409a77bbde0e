"""Step 1 of the entities stage: mentions.

spaCy's named entities, with boundary errors repaired (a PERSON that runs into a verb is cut
there, determiners and possessive 's are left out, a title word such as "Defense" in "Defense
Minister Dong Jun" is not an organisation, a demonym before an institution joins it: "Chinese" +
"Foreign Ministry"), each name's label fixed by the tables and the context (:mod:`.labels`),
plus names NER missed or mistyped (:mod:`.people`), the institutions and collective actors of
:mod:`.collective` ("the Russian government", "Israeli troops", "the police"), and last the
fixes of :data:`FIXES`, in the order listed there.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from spacy.tokens import Doc, Token

from ...gazetteer import Gazetteer
from ...lexicon import DASHES
from ...nlp import ents_of, lowers_of, span_text, tokens_of
from .collective import groups, institutions
from .heads import degree_letters, head_label
from .junk import junk_fixes, title_abbreviation_words
from .known import missed_orgs
from .labels import known_person, national_label, relabel
from .leads import lead_fixes
from .misfits import misfit_fixes
from .model import (
    DETS,
    LOOSE_TITLES,
    POSSESSIVE,
    Mention,
    role_vocabulary,
    suffix_words,
    title_width,
    words,
)
from .model import token_mention as _mention
from .oddities import oddity_fixes
from .offices import place_bodies, title_offices
from .people import last_words, people_by_surname, titled_names
from .shapes import (
    aged_name,
    apposition_label,
    award_shaped,
    before_neighbourhood,
    business_possessive,
    common_acronym,
    debris_pieces,
    headline_run,
    line_pieces,
    neighbourhood_mentions,
    only_title,
    org_shaped,
    person_of_place,
    role_inside,
    suffix_period,
    title_after_place,
)
from .ships import join_ship_prefixes, missed_ships, ship_label, ship_span
from .towns import (
    dateline_dashes,
    dateline_place,
    settlements_by_use,
    towns_before_states,
)
from .wholenames import quoted_nicknames, whole_names

KEEP_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT"}

# The fixes :func:`name_mentions` applies last, in this order, each to the whole list of mentions
FIXES: tuple[Callable[[Doc, list[Mention], Gazetteer], list[Mention]], ...] = (
    lead_fixes,  # words glued before a name cut off, lone words that name no one (.leads)
    misfit_fixes,  # names typed a kind the rest of the text says they are not (.misfits)
    oddity_fixes,  # decrees, families, credits no actors; roads, crossing streets (.oddities)
    junk_fixes,  # laws, "X-type", stressed capitals, role nouns no actors; stray pieces (.junk)
    whole_names,  # persons' names NER cut short made whole (.wholenames)
    quoted_nicknames,  # a given name, a quoted nickname and a surname: one name (.wholenames)
)


def _is_name_token(tok: Token) -> bool:
    low = tok.lower_
    if low in words()["name_particles"]:
        return True
    if tok.pos_ in {"VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PRON", "DET", "PART", "NUM"}:
        return False
    return bool(tok.text[:1].isupper() or (tok.is_punct and tok.text in {"-", "."}))


def _trim(doc: Doc, ts: int, te: int) -> tuple[int, int]:
    tokens = tokens_of(doc)
    lowers = lowers_of(doc)
    while ts < te and (lowers[ts] in DETS or tokens[ts].is_punct or tokens[ts].is_space):
        ts += 1
    while te > ts and (
        tokens[te - 1].text in POSSESSIVE
        or tokens[te - 1].tag_ == "POS"
        or tokens[te - 1].is_punct
        or tokens[te - 1].is_space
        or _dangling_word(tokens[te - 1])
    ):
        if suffix_period(doc, te - 1, ts):
            break  # "Hale Sr." split as "Sr" + ".": the period is the suffix's
        te -= 1
    return ts, te


def _dangling_word(tok: Token) -> bool:
    """A lower-case function word no name ends in ("The Associated Press of the", "the
    Fish and"): NER ran past the name into the phrase after it."""
    return (
        tok.pos_ in {"ADP", "DET", "CCONJ"}
        and tok.text.islower()
        and tok.lower_ not in words()["name_particles"]
    )


def _is_title_phrase(doc: Doc, ts: int, te: int, gz: Gazetteer) -> bool:
    """True when tokens ts..te, with up to two following words, form a role title."""
    tokens = tokens_of(doc)
    vocab = role_vocabulary()
    if not all(t.lower_ in vocab or gz.demonym(t.text) for t in tokens[ts:te]):
        return False
    for extra in (1, 2):
        end = te + extra
        if end > len(doc):
            break
        phrase = " ".join(t.lower_ for t in tokens[ts:end] if not gz.demonym(t.text))
        info = gz.role(phrase)
        if info is not None and info.pattern == phrase:
            return True
    return False


def _person_runs(doc: Doc, ts: int, te: int, gz: Gazetteer) -> list[tuple[int, int]]:
    """Split a PERSON entity into runs of name-like tokens; leading titles are dropped."""
    tokens = tokens_of(doc)
    runs: list[tuple[int, int]] = []
    vocab = role_vocabulary()
    honor = words()["honorifics"]
    i = ts
    while i < te:
        # drop title words and demonyms that NER glued to the front ("President", "Chinese")
        tok = tokens[i]
        if _loose_title_word(doc, i, te):
            i += 1  # "Miss Universe Alicia Machado": a title of two words, then the name
            continue
        if tok.lower_ in vocab or tok.lower_ in honor or gz.demonym(tok.text):
            i += 1
            continue
        if _title_abbreviation(tok) and i + 1 < te and _is_name_token(tokens[i + 1]):
            i += 1  # "Pres. Hale": a title's abbreviation NER took into the name
            continue
        if not _is_name_token(tok) or tok.text in POSSESSIVE or tok.tag_ == "POS":
            i += 1
            continue
        j = i
        while (
            j < te
            and _is_name_token(tokens[j])
            and tokens[j].text not in POSSESSIVE
            and tokens[j].tag_ != "POS"
        ):
            j += 1
        a, b = _trim(doc, i, j)
        if b > a:
            runs.append((a, b))
        i = max(j, i + 1)
    return runs


def _title_abbreviation(tok: Token) -> bool:
    """Whether a token is a title's abbreviation with its period ("Pres.", "Amb."), which only
    stands before a name (a generational suffix, "Sr.", stands after one)."""
    return (
        tok.text.endswith(".")
        and tok.lower_ not in suffix_words()
        and tok.lower_[:-1] in title_abbreviation_words()
    )


def name_mentions(doc: Doc, gz: Gazetteer) -> list[Mention]:
    tokens = tokens_of(doc)
    out: list[Mention] = []
    ents = join_ship_prefixes(
        doc,
        [
            (a, b, e.label_)
            for e in ents_of(doc)
            # a ship NER calls a product ("INS Mysore") is still a ship (see _by_shape)
            if e.label_ in KEEP_LABELS or ship_span(doc, e.start, e.end) is not None
            for la, lb in line_pieces(doc, e.start, e.end)
            for a, b in debris_pieces(doc, la, lb, gz)
        ],
    )
    skip_next = False
    for k, (start, end, label) in enumerate(ents):
        if skip_next:
            skip_next = False
            continue
        ts, te = _trim(doc, start, end)
        if te <= ts or common_acronym(doc, ts, te) or degree_letters(doc, ts, te):
            continue  # "DUI", "SOS", "his MBA degree": a common noun's abbreviation
        if headline_run(doc, ts, te):
            continue  # "Police Release ID Of Woman Killed In": a headline, not a name
        shaped = _by_shape(doc, ts, te, label, gz)
        if shaped is not None:
            out.extend(shaped)
            continue
        if label in {"ORG", "PERSON"} and only_title(doc, ts, te, gz):
            continue  # "Sgt", "VP", "U.S. Surgeon General": a title alone names no one
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        label = national_label(doc, ts, te, label, gz)
        # a demonym or country followed directly by an organisation: "Chinese" + "Foreign
        # Ministry"; a country's possessive says whose the organisation after it is ("China's"
        # + "Trade Office": the trade office is China's, named as the text names it)
        if label in {"NORP", "GPE"} and nxt is not None and nxt[2] == "ORG":
            nts, nte = _trim(doc, nxt[0], nxt[1])
            titled = _is_title_phrase(doc, nts, nte, gz)
            contest = nte < len(doc) and tokens[nte].lower_ in words()["contest_nouns"]
            if nts == te and nte > nts and not titled and not contest:  # not "X GOP primary"
                out.append(_mention(doc, ts, nte, "ORG"))
                skip_next = True
                continue
            if _country_possessive(doc, ts, te, nts, nte, gz) and not titled:
                country = gz.country(span_text(doc, ts, te))
                out.append(_mention(doc, ts, te, "GPE"))
                out.append(_mention(doc, nts, nte, "ORG", country=country))
                skip_next = True
                continue
        if label in {"ORG", "PERSON"} and _is_title_phrase(doc, ts, te, gz):
            continue
        if label in {"ORG", "PERSON", "GPE", "FAC", "LOC"} and not any(
            t.text[:1].isupper() for t in tokens[ts:te]
        ):
            continue  # names are capitalised: "state news" is not an organisation
        brackets = [i for i in range(ts, te) if tokens[i].text in {"(", ")", "[", "]"}]
        brackets += dateline_dashes(doc, ts, te)
        if brackets:  # "BRUSSELS (Meridian Press Agency", "LAGOS - Nigeria's": a dateline and more
            out.extend(_bracket_pieces(doc, brackets, ts, te, label, gz))
            continue
        out.extend(_typed(doc, ts, te, label, gz))
    # then, in this order: names a title or a suffix introduces and bodies "the" introduces
    # (.people); ships (.ships) and organisations the tables name (.known) NER missed
    out.extend(titled_names(doc, {i for m in out for i in range(m.ts, m.te)}, gz))
    out.extend(missed_ships(doc, {i for m in out for i in range(m.ts, m.te)}, gz))
    out.extend(
        missed_orgs(doc, {i for m in out for i in range(m.ts, m.te)}, gz, last_words(doc, out))
    )
    out = place_bodies(doc, title_offices(doc, out), gz)  # "the Ashby County Sheriff's Office"
    dateline_place(doc, out, gz)  # a dateline's place (.towns)
    towns_before_states(doc, out, gz)  # the town before ", State" (.towns)
    settlements_by_use(doc, out)  # names the text uses as towns (.towns)
    people_by_surname(doc, out, gz)  # people typed bodies or places, lone surnames (.people)
    # institutions and groups (.collective) may absorb the demonym or country before them
    # ("the Russian government")
    covered = {i for m in out if m.label not in {"NORP", "GPE"} for i in range(m.ts, m.te)}
    inst = institutions(doc, gz, covered)
    inst += groups(doc, gz, covered | {i for m in inst for i in range(m.ts, m.te)})
    if inst:
        taken = {i for m in inst for i in range(m.ts, m.te)}
        out = [m for m in out if not any(i in taken for i in range(m.ts, m.te))]
        out.extend(inst)
    for fix in FIXES:  # last, the fixes of the whole list
        out = fix(doc, out, gz)
    return out


def _typed(doc: Doc, ts: int, te: int, label: str, gz: Gazetteer) -> list[Mention]:
    """The mentions of one entity once its shape let it through, typed by the title inside
    it, an apposition, the tables and the context (:func:`_relabel`) and its last word."""
    lowers = lowers_of(doc)
    if label == "ORG" and (inside := role_inside(doc, ts, te, gz)) is not None:
        return [_mention(doc, inside, te, "PERSON")]  # "Department Spokesperson Ana Ruiz"
    if label in {"ORG", "FAC", "GPE", "LOC"} and (of := person_of_place(doc, ts, te)) is not None:
        return [_mention(doc, ts, of, "PERSON"), _mention(doc, of + 1, te, "GPE")]
    if label in {"ORG", "FAC", "GPE", "LOC"} and aged_name(doc, ts, te, gz):
        label = "PERSON"  # "a 22-year-old Dana Vessey" typed a building
    if label in {"GPE", "LOC"} and title_after_place(doc, ts, te, gz):
        return _typed(doc, ts, te - 1, label, gz)  # "Ashby County Sheriff Ann Roe": the county
    if label in {"ORG", "PERSON"}:
        label = apposition_label(doc, ts, te, gz) or label
    label = head_label(doc, ts, te, relabel(doc, ts, te, label, gz), gz)
    if label in {"PERSON", "ORG", "FAC", "GPE", "LOC", "NORP"} and award_shaped(doc, ts, te):
        return [_mention(doc, ts, te, "EVENT")]  # "the Tony Awards": no person, no place
    divisions = words()["division_words"]
    if label in {"PERSON", "ORG", "FAC", "LOC"} and te - ts >= 2 and lowers[te - 1] in divisions:
        label = "GPE"  # "Harlan County": a division, wherever NER put it
    if label == "PERSON" and te - ts >= 2 and lowers[te - 1] in words()["facility_words"]:
        label = "FAC"  # "Clinton Drive": a street, not a person
    elif label == "ORG" and te - ts == 1 and ts > 0 and lowers[ts - 1] == "the":
        label = "FAC" if lowers[ts] in words()["facility_words"] else label  # "the Statehouse"
    elif label == "PERSON" and (org_shaped(doc, ts, te) or business_possessive(doc, ts, te)):
        label = "ORG"  # "Gordon Advisors", "the Rams", "lunch at Hobbs's": an organisation's
    if label == "PERSON":
        return [
            _mention(doc, a, _hyphen_tail(doc, b), "PERSON")
            for a, b in _person_runs(doc, ts, te, gz)
        ]
    return [_mention(doc, ts, te, label)]


def _by_shape(doc: Doc, ts: int, te: int, label: str, gz: Gazetteer) -> list[Mention] | None:
    """The mentions an entity's shape decides, or None to go on: a person's title before it
    ("Mr. Jordan", "Dr. Georgia Banks": a person, not a country or a bank), a possessive place
    ("at Martha's Vineyard": no person "Martha"), a verb inside ("Manley put Reid": two
    names)."""
    lowers = lowers_of(doc)
    ship = ship_span(doc, ts, te)
    if ship is not None:
        return [_mention(doc, ship[0], ship[1], ship_label(ship[2]), country=ship[2])]
    titled, gender = _titled(doc, ts)
    loose = lowers[ts] in LOOSE_TITLES or (ts > 0 and lowers[ts - 1] in LOOSE_TITLES)
    if titled and label in _NAMED and (label == "PERSON" or not loose):  # not "Miss Universe"
        runs = _person_runs(doc, ts, te, gz)
        return [_mention(doc, a, b, "PERSON", gender=gender, titled=True) for a, b in runs]
    lead = _role_lead(doc, ts, te, gz)
    if lead:  # "Secretary of" + "Defense Marcus Trent": the title ends inside the entity
        return [_mention(doc, ts + lead, te, "PERSON")] if ts + lead < te else []
    if (
        label in _NAMED - {"NORP"}
        and before_neighbourhood(doc, te)
        and gz.demonym(span_text(doc, ts, te)) is None
        and gz.org(span_text(doc, ts, te)) is None
    ):
        return neighbourhood_mentions(doc, ts, te, gz)  # "in the Elmwood neighborhood"
    place = _possessive_place(doc, ts, te, label, gz)
    if place is not None:
        return [_mention(doc, ts, place, "LOC")]
    if _place_and_person(doc, ts, te, label, gz):  # "Dunmore's Hale": the place, then Hale
        return [_mention(doc, ts, ts + 1, "GPE"), _mention(doc, ts + 2, te, "PERSON")]
    runs = _verb_runs(doc, ts, te) if label != "PERSON" else [(ts, te)]  # see _person_runs
    if runs != [(ts, te)]:
        return [_mention(doc, a, b, relabel(doc, a, b, label, gz)) for a, b in runs]
    return None


def _place_and_person(doc: Doc, ts: int, te: int, label: str, gz: Gazetteer) -> bool:
    """Whether a body or person NER found is a listed place's possessive and a surname of a
    person the text names in full ("Kelso's Brandt" after "Mayor Ida Brandt": the mayor, not
    a body); a landmark after the possessive ("Kelso's Fenwick Hall") names no one."""
    tokens = tokens_of(doc)
    if label not in {"ORG", "PERSON"} or te - ts != 3 or tokens[ts + 1].tag_ != "POS":
        return False
    place = tokens[ts].text
    if gz.place(place) is None and gz.country(place) is None:
        return False
    name = tokens[ts + 2]
    return name.is_title and name.pos_ == "PROPN" and known_person(doc, name, gz)


def _bracket_pieces(
    doc: Doc, brackets: list[int], ts: int, te: int, label: str, gz: Gazetteer
) -> list[Mention]:
    """The mentions of an entity that brackets or a dateline's dash cut; a person's name with an
    editor's words in square brackets ("Ann [Hale]", "[Ann] Hale" in a quote) is one person,
    named by its last piece."""
    if label == "PERSON" and _inserted_name(doc, brackets, ts, te):
        return _cut_pieces(doc, [ts - 1, *brackets, te], gz, "PERSON")[-1:]
    return _cut_pieces(doc, [ts - 1, *brackets, te], gz)


def _inserted_name(doc: Doc, brackets: list[int], ts: int, te: int) -> bool:
    """Whether a person's name NER ran over square brackets is one name with an editor's
    insertion ("[Ann] Hale", "Ann [Hale"): only square brackets, only capitalised words."""
    tokens = tokens_of(doc)
    if any(tokens[i].text not in {"[", "]"} for i in brackets):
        return False
    words_ = [tokens[i] for i in range(ts, te) if i not in brackets]
    return 2 <= len(words_) <= 3 and all(t.is_alpha and t.is_title for t in words_)


def _cut_pieces(doc: Doc, cuts: list[int], gz: Gazetteer, label: str = "ORG") -> list[Mention]:
    """The mentions between the cut tokens of one entity (typed ``label`` unless their words say
    otherwise); a piece that opens with a country's possessive ("Nigeria's dock workers") gives
    the country its own mention."""
    tokens = tokens_of(doc)
    out = []
    for a, b in itertools.pairwise(cuts):
        a, b = _trim(doc, a + 1, b)
        owner = next((i for i in range(a + 1, b - 1) if tokens[i].tag_ == "POS"), None)
        if owner is not None and gz.country(span_text(doc, a, owner)):
            out.append(_mention(doc, a, owner, "GPE"))
            a = owner + 1
        if b <= a or not any(t.tag_ in {"NNP", "NNPS"} for t in tokens[a:b]):
            continue  # "NEW YORK - Two officers": no name after the dateline
        glued = a > 0 and tokens[a - 1].text in DASHES and not tokens[a - 1].whitespace_
        if (
            glued
            and b - a == 1
            and not (gz.place_country(tokens[a].text) or gz.org(tokens[a].text))
        ):
            continue  # "DOVER-Standing before the judge": the story's first word, capitalised
        out.append(_mention(doc, a, b, relabel(doc, a, b, label, gz)))
    return out


def _hyphen_tail(doc: Doc, te: int) -> int:
    """A name NER cut at a hyphen goes on over it: "Kim Yo" + "-jong", "Shin Jae" + "-ho"."""
    tokens = tokens_of(doc)
    while (
        te + 1 < len(doc)
        and tokens[te].text == "-"
        and not tokens[te - 1].whitespace_
        and not tokens[te].whitespace_
        and tokens[te + 1].is_alpha
        and tokens[te + 1].is_lower
    ):
        te += 2
    return te


def _role_lead(doc: Doc, ts: int, te: int, gz: Gazetteer) -> int:
    """How many first words of an entity end a title begun before it ("Secretary of" +
    "Defense Marcus Trent" -> 1) when two or three capitalised words, a name, or nothing
    ("Secretary of" + "State") follow; else 0."""
    tokens = tokens_of(doc)
    lowers = lowers_of(doc)
    for lead in (1, 2):
        rest = tokens[ts + lead : te]
        if len(rest) == 1 or len(rest) > 3 or lead > te - ts:
            continue
        last = lowers[ts + lead - 1]
        if " " not in last and not gz.may_end_role(last):
            continue  # no title ends in this word: no phrase below is one
        if not all(t.text[:1].isupper() and t.is_alpha for t in rest):
            continue
        for back in (1, 2, 3):
            if ts - back < 0:
                break
            phrase = " ".join(lowers[ts - back : ts + lead])
            info = gz.role(phrase)
            if info is not None and info.pattern == phrase:
                return lead
    return 0


def _country_possessive(doc: Doc, ts: int, te: int, nts: int, nte: int, gz: Gazetteer) -> bool:
    """Whether a country's name and its possessive stand right before an organisation's name
    the tables do not list, from ``nts`` to ``nte`` ("China's" + "Trade Office"; not
    "Russia's" + a listed company, which has a name of its own)."""
    tokens = tokens_of(doc)
    return (
        nts == te + 1
        and tokens[te].tag_ == "POS"
        and gz.country(span_text(doc, ts, te)) is not None
        and gz.org(span_text(doc, nts, nte)) is None
        and all(t.text[:1].isupper() for t in tokens[nts:nte])
    )


# NER labels a person's title may overrule ("Mr. Jordan" is no country)
_NAMED = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})


def _titled(doc: Doc, ts: int) -> tuple[bool, str | None]:
    """Whether a person's title stands right before token ``ts`` or is its first token ("Mr.",
    "the Rev.", "Sen.", "Sgt" + "."), and the gender it says."""
    tokens = tokens_of(doc)
    lowers = lowers_of(doc)
    honor = words()["honorifics"]
    inside = title_width(doc, ts)
    if inside:
        after = ts + inside
        if after < len(doc) and tokens[after].text == ".":
            after += 1  # "Msgr" + "." + the name
        if after < len(doc) and not tokens[after].text[:1].isupper():
            return False, None
        return True, honor.get(lowers[ts])
    for width in (1, 2):
        if title_width(doc, ts - width) == width:
            return True, honor.get(lowers[ts - width])
    return False, None


def _loose_title_word(doc: Doc, i: int, te: int) -> bool:
    """Whether token ``i`` is a loose title ("Miss") or the word after one ("Universe") that
    stands before a name of two or more words up to ``te``."""
    tokens = tokens_of(doc)
    lowers = lowers_of(doc)
    if lowers[i] in LOOSE_TITLES:
        return te - i >= 4 and tokens[i + 1].text[:1].isupper()
    return i > 0 and lowers[i - 1] in LOOSE_TITLES and te - i >= 3


def _is_cut(tok: Token) -> bool:
    """A word no name has inside it: a verb in lower case ("Manley put Reid")."""
    return (
        tok.pos_ in {"VERB", "AUX"} and tok.is_lower and tok.lower_ not in words()["name_particles"]
    )


def _verb_runs(doc: Doc, ts: int, te: int) -> list[tuple[int, int]]:
    """Tokens ``ts..te`` cut at the verbs inside them, each piece trimmed (one piece, the whole,
    when there is none)."""
    tokens = tokens_of(doc)
    if not any(_is_cut(t) for t in tokens[ts:te]):
        return [(ts, te)]
    runs: list[tuple[int, int]] = []
    start = ts
    for i in range(ts, te + 1):
        if i == te or _is_cut(tokens[i]):
            a, b = _trim(doc, start, i)
            if b > a and tokens[a].text[:1].isupper():
                runs.append((a, b))
            start = i + 1
    return runs


def _possessive_place(doc: Doc, ts: int, te: int, label: str, gz: Gazetteer) -> int | None:
    """The end of a place named with a possessive after a locative preposition ("at Martha's
    Vineyard"), which NER takes for a person or an organisation; None when it is not one."""
    tokens = tokens_of(doc)
    lowers = lowers_of(doc)
    if label not in {"PERSON", "ORG"} or ts == 0:
        return None
    if lowers[ts - 1] not in words()["locative_preps"] or gz.org(span_text(doc, ts, te)):
        return None
    inner = [i for i in range(ts, te) if tokens[i].text in POSSESSIVE or tokens[i].tag_ == "POS"]
    end = te
    if not inner and label == "PERSON" and te + 1 < len(doc) and tokens[te].tag_ == "POS":
        inner, end = [te], te + 1  # NER kept "Martha" and left "'s Vineyard" out
        while end < len(doc) and tokens[end].pos_ == "PROPN" and tokens[end].text[:1].isupper():
            end += 1
    if len(inner) != 1 or inner[0] != ts + 1 or not 1 <= end - inner[0] - 1 <= 2:
        return None  # one name, its possessive, one or two capitalised words
    heads = set(words()["generic_org_heads"]) | set(words()["institutions"])
    after = doc[inner[0] + 1 : end]
    if any(not t.text[:1].isupper() or t.lower_ in heads for t in after):
        return None
    if after[0].lower_ in words()["day_heads"]:
        return None  # "on Valentine's Day": a holiday, no place (.junk drops the name)
    if any(known_person(doc, t, gz) for t in (tokens[ts], after[0])):
        return None  # "at Bennett's Trump rally": a person's possessive, not a place name
    return end
