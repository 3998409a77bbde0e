"""Entities: canonical actors with every mention, roles and countries.

Steps, each in a module of this package:

1. ``name_mentions`` (:mod:`.mentions`, shapes in :mod:`.shapes`): spaCy's named entities with
   boundary errors repaired and junk rejected by shape (a verb inside, a possessive place name,
   a title alone, a line break), a person's title making a person ("Mr. Jordan"), a ship or a
   name ending in an organisation's word no person, appositions typing names, plus names NER
   missed, labels fixed by the tables and the context in :mod:`.labels` and, in
   :mod:`.collective`, institutions and groups ("the Russian government",
   "Israeli troops"); people NER missed or mistyped in :mod:`.people`; last the fixes of the
   whole list, in the order ``mentions.FIXES`` lists them (:mod:`.leads`, :mod:`.misfits`,
   :mod:`.oddities`, :mod:`.wholenames`). ``retype`` (:mod:`.kinds`) then retypes mentions by
   what the text says of them (ships by their nouns, call signs, time zones).
2. ``cluster`` (:mod:`.clusters`): mentions of one actor become one entity (surnames join full
   names, countries join their aliases, the gazetteer gives canonical names; which namesake a
   surname means, or none, in :mod:`.namesakes`); each mention records how it was resolved
   (``Entity.resolved``).
3. ``titles`` (:mod:`.roles`): roles, genders and countries from titles, appositions and
   party-state tags ("Chinese Defense Minister Dong Jun", "his Russian counterpart Sergei
   Shoigu", "Sen. Tom Barlow (R-Ark.)"); ``national_context``: countries from the body a title
   names and from the story's national context ("House Speaker", "the House");
   ``home_country_fill`` (:mod:`.home`): the story's home country (its dateline, else a clearly
   dominant country) for the named local actors nothing else gives a country.
4. ``Resolver`` (:mod:`.coreference`): pronouns and nominals ("he", "China's new defense
   chief") resolved by salience, agreement and grammatical role (never to a phrase that holds
   the pronoun, nor a speaker to a person named in the quote they speak); the events stage
   reuses it.
5. ``sectors`` (:mod:`.roles`): each actor's sector (GOV, MIL, COP, ...) from the gazetteer,
   the keyword rules of ``data/sectors.tsv`` or, for a person, the body they speak for or
   their title. Places and peoples get none.
6. ``cluster_score`` (:mod:`.confidence`): each entity's confidence, from how its mentions were
   resolved, whether the gazetteer agrees with its type, and how often it is named.

The word lists and records the steps share are in :mod:`.model`.
"""

from __future__ import annotations

from typing import ClassVar

from ...gazetteer import Gazetteer
from ...types import Entity, Span, stable_id
from ..base import State
from .clusters import cluster
from .confidence import cluster_score
from .coreference import Resolver, pronouns_and_nominals
from .home import home_country_fill
from .kinds import retype
from .mentions import KEEP_LABELS, name_mentions
from .model import Cluster, EntityWords, Mention, role_vocabulary, words
from .roles import name_generic_bodies, national_context, sectors, titles
from .shapes import headline_only, title_case
from .ships import ship_flags

__all__ = [
    "KEEP_LABELS",
    "Cluster",
    "EntityStage",
    "EntityWords",
    "Mention",
    "Resolver",
    "cluster",
    "name_generic_bodies",
    "name_mentions",
    "national_context",
    "pronouns_and_nominals",
    "role_vocabulary",
    "sectors",
    "titles",
    "to_entities",
    "words",
]


class EntityStage:
    name: ClassVar[str] = "entities"
    # 2: entities carry a sector; 3: held to its output by tests/golden/stages.json; 4: namesakes
    # kept apart, shapes, party tags and national context, mentions say how they were resolved;
    # 5: each entity carries a confidence
    # 6: the story's home country for unmarked local actors, datelines split, hyphenated names
    # 7: shapes (titles alone, ships, organisation-shaped names, line breaks, appositions, names
    # NER missed), lone place words as surnames, "the younger X", binding of object pronouns,
    # first names give gender, confidence of lone words and titled people
    # 8: page debris cut from names (web addresses, markup, picture credits), common nouns'
    # abbreviations dropped, awards are events, "a Troy man" makes Troy a place, one-word
    # bodies of the gazetteer typed as persons are bodies
    # 9: a person's surname typed an event or a building, or a place's name ending in it, is
    # the person; buildings named after their city; one person from abroad makes no home;
    # one-word award names, division words ("Harlan County") and "a X home" type places; a
    # split-off period stays with its suffix ("Hale Sr."); no actor from boilerplate lines;
    # runs of Title Case headlines are no names;
    # a person of the gazetteer takes its gender (its "she" stays off a man), a surname with an
    # honorific of the other gender is a namesake (the stages fixture is unchanged: still 9)
    # 10: an entity first met in capitals (a dateline, "VILNIUS -") is named as the story spells
    # it later ("Vilnius")
    # 11: a definite noun phrase that ends a body's name ("the port authority") is that body
    # 12: Turkey is named as the English-language press names it (Türkiye an alias)
    # 13: the state of a party-state tag ("Okla." in "(R-Okla.)") is no actor
    # 14: a generic body's name keeps its owner country ("Norway's Foreign Ministry"), a
    # country's possessive before an institution is an actor of its own, a title's generic
    # word ties a person to the body named last ("ministry spokeswoman X"), a body's noun
    # before a name types it a body ("the company X"), a bureau's dateline gives no home to a
    # story about another country
    # 15: a title's possessive names the person's owner ("Its captain, X" -> the body or
    # country the sentence before is about, "The company's director, X" -> the company),
    # "the Commission" alone is the body of that head named before, "A spokeswoman, X" speaks
    # for the body the sentence before is about, a region before officials or a group
    # ("Texas officials") is an actor of its own
    # 16: a country's possessive before an institution stays in the body's name ("Chile's
    # foreign ministry", of Chile), no actor of its own (it tipped two reports of different
    # events into one story on their shared country, and the body stands beside its country in
    # events already)
    # 17: a region's officials or police stay apart from the country's ("Texas officials",
    # "U.S. officials"), a place the tables miss takes the country written after it ("Austin,
    # Texas")
    # 18: a run of a Title Case headline the story never names again and the tables do not
    # know is no entity ("Judge Blocks Kansas From ...": "Blocks Kansas")
    # 19: a bare "Senate" or "Congress" is no listed body: the story's own national body
    # ("the Senate" in a Manila story is the Philippines'), by the national context
    # 20: self-governing territories with their own ISO code are their own country
    # (Greenland, the Faroe Islands); a name before ", where" or a natural feature's noun ("from
    # X, where", "the X peninsula") is a place, a local feature takes the home country; a place
    # before a resident noun is no surname of its own ("a Davis Mills teenager"); a country's
    # possessive gives the named office after it its country ("China's Taiwan Affairs Office")
    # beside the country's own mention; a country of two or three words owns an institution
    # ("the Sri Lankan navy", "South Korea's army"); a person
    # tied only to a body a common noun names ("an associate of the firm") takes the home country
    # 21: a ship NER missed or called a product ("the frigate INS Talwar") is its navy's
    # 22: a town's police named as a modifier ("Kelso police Sgt. X") is a body of the town's
    # country, a body after another body's possessive ("the U.S. Navy's 4th Squadron") takes the
    # owner's country, a building's word alone after "the" ("the Statehouse") is a facility
    # 23: no ship whose name is a title ("INS Commissioner X"); a place in a list takes no
    # country from the next ("Quellport, Bilbao and Porto")
    # 24: a merchant ship (MV) is of its flag's country, a lone ship prefix
    # joins the name after it and the ship's name alone is the ship; a name before a
    # neighbourhood noun is a place in its city's country; "the 75th Precinct" is a body; a US
    # namesake of a city abroad ("Bristol") in a story naming a US state is the US town
    # 25: a merchant ship is a thing (OTHER) of its flag's country (the story features count a
    # named vessel); "N. Y." is the state and the name before ", State" a US town; a dateline
    # glued to the first word ("DOVER-Standing") is cut there, a number after a dateline's dash
    # is no actor; a US namesake town's bodies are American; a name ending in a place's word
    # where people come from ("of Cedar Lake") is a town
    # 26: a minister whose title names no country ("Foreign Minister X") holds an office of the
    # country the sentence before is about; a body written in its city ("X in Dakar") takes the
    # city's country (not an embassy or other outpost, not a US namesake town); a person "of"
    # or "at" a body named right after them speaks for it; a bureau's own officials and
    # buildings do not count toward its own country
    # 27: a local story's home country also from a state's attorney, an interstate's number,
    # a station's call sign, and one body of that country; a dateline town joined by a hyphen
    # ("GLENN-ASHTON --") is one place, a page's spaced hyphen joins a name's words, and a
    # town after a person's age ("X, 48, of Y") or a hyphened one after "in" is a place
    # 28: a place-typed name ending in a body's or a building's word is a body or a facility;
    # a capital dateline town before a state's code is American; a state's university moves
    # with its namesake town; degree letters are no actors
    # 29 (review): a call sign counts as a broadcaster only where it is written as one
    # ("WXYZ-TV", "station WXYZ"), not a firm's four capitals
    # 30: a name after a ship's noun is a ship ("the merchant vessel X", "Naval Ship X"; the
    # noun phrase no actor), a call sign as a dateline's source or a network's market ("FOX
    # XY") a broadcaster of its country, a clock time's zone no actor, names ending in
    # "guides", "lines", "hotlines" bodies, a listed body opening a line no dateline place,
    # West Germany is Germany
    # 31: a body the gazetteer lists whose name NER cut short ("Islamic State fighters": NER
    # took "Islamic" for a people's word) is the whole listed name
    # 32: a listed person's full name NER typed a body is the person; two surnames of people
    # the story names joined by "and" ("Pryce and Keel") are the two people; a country-named
    # surname that is the subject of a verb of saying ("Jordan said") is its person
    # 33: more marks of US local news (a county, the N block of a street, a dateline's call
    # sign, a place in the country; a county heading a marker phrase one mark), a US state
    # named like a country (Georgia) is the state in a US local story, well-known US firms and
    # exchanges in the tables
    # 34: words glued before a name cut off (a party member's word, an outlet, a common word
    # or a slogan's verb before a person the story names), a people's word is a people, a
    # division's word alone no place, a hyphened pair of surnames no one, a one-word place
    # that is a named person's surname that person, "Gov." and "Lt. Gov." are titles
    # 35: a street's name is a facility, a person-typed name the text places elsewhere (or
    # before "police") a place, a named surname before "campaign" the candidate, a surname
    # glued after a body the person, a hyphened surname typed a body the person, a market
    # index or a sentence-opening adjective no actor (entities/misfits.py)
    # 36: a call sign joined to its town is a broadcaster, a person-typed decree ("Executive
    # Order") or a capitalised common word after "a" no actor, a road's word and its number a
    # road, a family no body, a relative's first name a person, streets where they meet
    # facilities, lower-case words glued after a name cut off (entities/oddities.py); more
    # given names
    # 37: lower-case function words NER ran into cut off a name ("X of the"), an elliptical
    # possessive after a place preposition or in a list a business, organisations NER missed
    # that the tables name (entities/known.py), a compass word's part of a known place its
    # country
    # 38: a nickname and its given name, or a name and the same with one more surname, are one
    # person (entities/variants.py); a person's name NER cut short is made whole
    # (entities/wholenames.py); a surname after a name opener is its person; a people's word in
    # a dish's fixed phrase, a reporter's surname in a credit line no actor; a state before its
    # party's primary a place; a body named for people of the story takes their country
    # 39: a one-word organisation the tables name that NER missed counts only in capitals
    # ("NATO") or when it is no given name, no surname of a person named in full and no common
    # English word (a stop word or a word of the model's dictionary: "Amnesty", "Guardian")
    # 40: a word of the dictionary is no longer enough to refuse it ("Hamas", "Pentagon",
    # "Twitter" are in it): a given name, a named person's surname or a stop word is
    # 41: a US state named like a country needs a mark tied to the state ("Elm Grove, Ga.") or
    # two marks of US local news; a street with an undotted abbreviation or "Way" a facility; a
    # body-typed town before its police or typed a place elsewhere the town; a one-word name
    # typed a place once and a person more often the person; the tokenizer keeps title
    # abbreviations ("Sgt.", "Capt.") whole, so names after them are read whole
    # 42: laws and their letters, a name as a kind's model ("X-type"), a function word in
    # capitals for stress, a role's plural no actors; a title's abbreviation after a comma, a
    # stray bracket, a modifier opening a sentence cut off; "patrol", "corp" end a body; a
    # person-typed name before ", <Country>" a place; "De la Cruz" alone the full name's
    # surname; "the U.S. envoy for Peru, X" the whole title; a street named for a city abroad
    # no country of that city; "the Post" after "The Elmwood Post" the paper; a person-typed
    # name before its police the town at every mention; a participle before one person's given
    # name an epithet ("Crooked X"); names after "the deaths of" people; a dateline's place
    # in capitals that NER cut ("SALT" / "LAKE CITY") one place
    # 43: a title's abbreviation opening a name no part of it ("Pres. X"); a person's title
    # stops at a dateline's break and leaves out another person's name phrase after a
    # preposition ("a friend of Israeli Prime Minister Y"); "its" / "their" stand for a body
    # named inside the antecedent ("The EU mission ... Its spokeswoman") or the one body of a
    # sentence whose subject is a singular thing; "Congress" only some countries' legislature;
    # Macau its own
    # 44: a US city of the tables (not the capital) in a story naming no other foreign country
    # makes "Georgia" the state; a name that is only a title's abbreviation ("Atty.") is no
    # actor (one list of title abbreviations: the roles' and the tokenizer's); "Sr." is no title
    # 45: a role nominal joins only the one person within reach whom the story gives that
    # role, matched word by word ("the vice president" no president, "president" no
    # "presidential candidate"), a former role only a former holder; quantified ("no
    # senator") and predicate ("to be president") roles name no one; a named person's
    # possessive before a title ("X's deputy adviser, Y") gives Y X's country; a lone word
    # opening a news outlet's name the story gave ("told Fox" after "Fox News") the outlet;
    # a person whose journey goes to the home country ("during his trips to <home>") no local
    # home
    # 46: local crime and court stories: a town of several words before its police keeps them
    # all ("Salt Lake police"), a capitalised Police inside a sentence too; offices named
    # after their holder's title ("the Ashby County Sheriff's Office") and a place NER tagged
    # alone before the rest of a court's name are bodies; a title NER took into a place is
    # cut off; "X Y of Town" typed a body and a name after an age typed a building are a
    # person; "vehicular homicide" and "third-degree murder" mark US local news; someone's
    # home "in Cedar Lake" a town; "Peru's port of X" Peru's; "Gordon Advisors" a firm
    # 47: outlets, titles and role nouns: "the newspaper" joins the one printed outlet named
    # before it (none when two, never a broadcaster); a listed paper's short name ("the
    # Times") and one before a staff title ("Post Editor X") are the story's paper of that
    # name; "The X Ledger reported" an outlet NER missed; "Sheriff Hale" NER read as a body
    # the person introduced with that title and surname; one unnamed holder of an office's
    # role ("a senior official") no actor
    # 48: a role noun with an indefinite article ("a diplomat from Egypt said") brings in
    # someone new, not the one person named before with that role; "man", "woman", "boy" and
    # "girl" say a person's gender (``gendered_nouns``); a given name before an office
    # holder's word ("Senator Ann Marshal's office") is a person's, no office's name
    # 49: "Chief X" after "Police Chief Ann X" in one home (.titled): a surname NER left
    # untagged after the title its person was introduced with joins that person, and a
    # titled surname NER typed a person joins the one person so introduced, not the latest
    # namesake (the attributions stage's own rule for it is gone); a bare surname after two
    # namesakes joins the latest named only when no other was named more often before it
    # 50: countries from evidence before the story's default: the country a diplomat's title
    # posts them to ("the ambassador to France") is never theirs; "X of <country>" after a
    # name is theirs; a senator (a congressman) takes a default country only with a Senate (a
    # Congress), a prime minister none of a republic without one, a minister none of the US;
    # a person who arrives or visits is no local; a body's own apposition place beats the
    # dateline's; "House of Commons" is only some countries'
    # 51: 49 and 50 merged
    # 52: a pronoun after a clause under a verb prefers the main subject to that clause's
    # ("X said that Y lied. He added": X), unless the pronoun is in that clause; a
    # pronoun whose best antecedent is an object joined by "and" to another is left alone
    # 53: a verb of coming to a site named by a common noun ("arrived at the scene") is a
    # local's errand, and a visit to a town of the home a local's tour: neither makes a visitor
    # (a visit to the home country itself still does)
    # 54: 52 and 53 merged
    # 55: a body's name gives the country it names longest first ("North Korea" before
    # "Korea"), none that a place named after a country ("New Mexico"), a feature's name
    # ("Jordan Valley") or a US state's name ("Georgia") holds; a home town's body named after
    # a country ("X Hospital") in a story naming nothing else of it is the home's; a diplomat's
    # title before the name ("Kenyan Ambassador to the United States X") is theirs; "Spokesman
    # X" opening a sentence speaks for the body the sentence before is about; US federal
    # agencies in the tables; a body first named after "a <people's word> <its head noun>"
    # ("a Peruvian bank ... Andes Savings Bank") takes that people's country; coming late "to
    # the meeting" is a local's errand; a name ending in a firm's trade ("X Asphalt") a body;
    # "the Capitol" takes no home country whose legislature meets in none; "X of Ohio" (a US
    # state no country shares a name with) is American; a people's word before "-led" or
    # "-backed" ("the Iranian-backed X") gives the body no country; "X Media" a body; the
    # dotted letters of listed US agencies ("F.B.I.") are those agencies; a ministry or a
    # parliament takes no US home (the story's one other country, if one); a diplomat with a
    # bare title ("Ambassador X") takes no home country
    # 57: a party the tables list under a name many countries' parties bear ("the Labour
    # Party") in a story of another home naming nothing else of its country is the home's; an
    # unknown outlet named once in a story from a capital about abroad takes no home; "the
    # ship's captain, X" takes the ship's flag; a chief's style and a name typed a body ("Nana
    # X Y") is a person; "a X apartment" makes X a place
    # 58: an honorific surname ("Ms. X") is the one relative a bearer of the surname introduced
    # by first name alone ("Y X and his wife, Z"), with a gender that fits; two such: none
    # 59: a given name, a quoted nickname and a surname are one person ("Walt \"Buzz\" Henley"
    # is Walt Henley); Georgia in a US story naming a US city that far outweighs abroad is the
    # state, with the people and bodies it gave its country; a country a title's verb works on
    # ("an official overseeing Peru") is not the official's; a body named for a person takes
    # the country the home fill gave them; a town of no country listed beside towns of one
    # country is that country's
    # 60: a listed outlet's one word that is the surname of a person named in full is that
    # person ("X said" after "Ada X"); a listed place's possessive before such a surname
    # ("Kelso's X") the place and the person; a name before "'s Day" (a holiday) or before a
    # prize's participle ("Emmy-winning") no actor; more US broadcasters and a streaming firm
    # in the tables; a person's name NER ran over an editor's square brackets ("[Ann] Hale")
    # the person by its last piece, not bodies; a person-typed name that is all of a quotation
    # (not after a colon or a verb, nor a named person's) a work's title, no person; a name NER
    # ran over its possessive into a year ("X's 2012") the name
    version: ClassVar[str] = "60"
    requires: ClassVar[tuple[str, ...]] = ("doc",)
    assigns: ClassVar[tuple[str, ...]] = ("entities",)

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gz = gazetteer

    def __call__(self, state: State) -> None:
        gz = self.gz or Gazetteer.default()
        doc = state.doc
        # a page's boilerplate ("Please enable JavaScript ...") and metadata lines name no actor
        skip = [f.span for f in state.meta.flags if f.kind in {"boilerplate", "metadata"}]
        title = next(
            (f.span for f in state.meta.flags if f.kind == "title" and title_case(f.span.text)),
            None,
        )
        mentions = [
            m
            for m in name_mentions(doc, gz)
            if not any(s.start <= m.start and m.end <= s.end for s in skip)
            and not (
                title is not None
                and m.kind == "name"
                and title.start <= m.start
                and m.end <= title.end
                and headline_only(state.text, title.end, state.text[m.start : m.end], gz)
            )
        ]
        mentions = retype(doc, mentions, gz)
        clusters = cluster(state.text, mentions, gz, state.meta.published)
        ship_flags(doc, clusters, gz)
        titles(doc, clusters, gz)
        name_generic_bodies(clusters, gz)
        national_context(doc, clusters, gz)
        home_country_fill(doc, clusters, gz)
        pronouns_and_nominals(doc, clusters, gz, state.quotes)
        sectors(clusters, gz)
        state.clusters = clusters
        state.cluster_ids = [stable_id("e", state.document.id, c.key) for c in clusters]
        state.set_entities(to_entities(state, clusters, gz))
        state.affiliations = {
            state.cluster_ids[i]: state.cluster_ids[c.affiliation]
            for i, c in enumerate(clusters)
            if c.affiliation is not None and c.mentions
        }


def to_entities(state: State, clusters: list[Cluster], gz: Gazetteer | None = None) -> list[Entity]:
    gz = gz or Gazetteer.default()
    out: list[Entity] = []
    for c, eid in zip(clusters, state.cluster_ids, strict=True):
        if not c.mentions:
            continue
        how: dict[Span, str] = {}
        for m in c.mentions:
            how.setdefault(Span.of(state.text, m.start, m.end), m.how)
        spans = sorted(how)
        out.append(
            Entity(
                id=eid,
                name=c.name,
                type=c.label,
                country=c.country,
                role=c.role,
                mentions=tuple(spans),
                sector=c.sector,
                resolved=tuple(how[s] for s in spans),
                confidence=cluster_score(c, gz),
            )
        )
    return out
