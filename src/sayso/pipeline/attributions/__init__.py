"""Attributions: who said what, with the resolved speaker, the cue, the content and the channel.

The passes over each document, in order:

1. **"Name: words" lines** (headlines, transcripts; :mod:`.lines`).
2. **Quotes** (:mod:`.quoted`): every quotation looks for its cue right after it ('"...," he
   said', '"..." said Wang') or right before it ('He said: "..."'). A quote with no cue continues
   the attribution of a quote in the paragraph before it (quotes running over paragraphs, a
   split quote: :mod:`.quote_runs`). Short quotes with no cue are scare quotes and are left
   alone.
3. **Cues** (:mod:`.cued`): every cue from ``data/cues.tsv`` (see :mod:`sayso.lexicon`) not used
   by a quote (verbs by lemma, multiword cues such as "point out" and "make it clear",
   "according to X") takes its content from its that-clause, its object or the rest of its clause
   (:mod:`.content`), its source from its subject (or the object of "according to", or the author
   of a medium: "a statement released by X"; :mod:`.speakers`).
   A quotation still without a cue that is a sentence of its own right after a statement's
   sentence (or the whole paragraph after it) continues that statement's speaker.
   A named person's words quoted from the verb on ('X "stressed ..."') are the person's
   (:mod:`.quoted_verbs`), whatever account quotes them.
4. **Noun cues**: "X's claim that ..." (:mod:`.cued`).
5. **Questions** put to someone whose asker the text does not name (:mod:`.lines`).
6. **Descriptions** (:mod:`.described`): a source left unresolved that describes a speaker
   named before ("the statement", "a company spokesman", "the agency", "the colonel").
7. **Confidence** of each attribution from its kind, cue, what its content is (a proposition,
   a thing, a question, a refusal) and how its speaker was resolved (:mod:`.confidence`); one
   under ``confidence.FLOOR`` is left out of the record, and so is a title in quotation marks
   that a cue took as its words ('who wrote "The Harbour Years"').

The speaker is the entity of the source's head word (pronouns and nominals were resolved by the
entities stage; a speaking "he" or "she" that stands for a person only spoken about or acted on
goes with the reporting subject or clause subject before it, :mod:`.centre`). The channel
(``via``) is the author of a medium the words came through ("according to a video of his
remarks posted by the Russian Ministry of Defense").
"""

from __future__ import annotations

from typing import ClassVar

from ...lexicon import Cue, cue_table, match_cue, media_nouns, noun_cues
from ...types import Attribution
from ..base import State
from .confidence import scored
from .content import Contents
from .context import Context
from .cued import CuePass
from .described import Descriptions
from .lines import LinePass
from .quoted import QuotePass, is_title
from .quoted_verbs import QuotedVerbs
from .speakers import Speakers

__all__ = ["AttributionStage", "Cue", "cue_table", "match_cue", "media_nouns", "noun_cues"]


class AttributionStage:
    name: ClassVar[str] = "attributions"
    # 2: held by tests/golden/stages.json; merged statement nouns; 3: quoted paragraphs continue
    # the statement before; 4: each attribution carries a confidence (.confidence)
    # 5: split quotes across cue adjuncts, the outer speech cue of a
    # quoted clause, named appositions, unsaid statements, inner cues' clauses, the principal
    # (person or body) of an unnamed office or of members "from" a body, unresolved subject
    # pronouns continue the sentence before, no cue inside a question or condition, a headline
    # kicker ("Analysis:") is no speaker
    # 6: confidence tells statements from acts, questions and refusals (.confidence); a name the
    # tokenizer split ("Sr."), a capital for its country, a role's holder, "the group" for the
    # organisation before; a modal conjunct stays in the reported clause; deny, admit and
    # confirm take their object; a lone surname the entities stage typed otherwise is the person;
    # "promised that ..." is a speech verb; a quote inside the clause an outer cue reports brings
    # the whole clause
    # 7: a quote's cue is not inside a later clause; a participle's speaker stays outside the
    # quotation it introduces; of two subjects after a cue the named person; a title split
    # from its name; a relative clause reports its noun; a statement's author is not what it
    # condemns; a colon line introduces words only with a speech cue or a statement noun; a
    # sentence-final cue reports the report before it; a speaking pronoun goes with the
    # reporting subject or clause subject before it, not a person spoken about (.centre); an
    # object stays inside the cue's clause and out of a report after it
    # 8: an attribution under confidence.FLOOR is left out; a title in quotation marks is no
    # quote; reported content stays on its cue's line
    # 9: a role in a body known by name ("a White House aide") is no speaker for the body;
    # page debris as a source, a medium made public with nothing said ("posted a photo") and a
    # title-case headline left in the body score low (.confidence)
    # 10: a stance with a plain noun phrase ("praised the decision") is an act, and a question
    # the press puts is nobody's statement: both under FLOOR (0.22); "if" after a speech verb
    # opens a condition, not a question (.confidence)
    # 11: a cue before a quotation reaches it across its own adjuncts; an uncued quotation
    # after a statement's sentence (or the whole next paragraph) continues its speaker; "That
    # said," is a connective; an all-caps label on one line only ("CORRECTION:") is no speaker;
    # a bare pronoun object after a quotation is its addressee ('"...?" he urged them'); a
    # person named right before the colon that opens a quotation speaks ('- Ann Lee: "..."')
    # 12: cue words in a sense that reports nothing: "call" with a bare object (a phone call,
    # a summons), a when-clause after a verb, "knows how to", a fact negated ("did not know",
    # "Neither X nor Y knew"), "claimed victory"; a colon line with fewer than two words; a
    # stance verb's object that is a report or a noun cue with its that-clause ("dismissed a
    # report that ..."); a he/she after an unnamed spokesperson or a new role speaks as the
    # role's principal
    # 13: a bare definite noun speaks for the body before it only when that body's name has
    # the noun ("the authority", not "the commission"); a quote's speaker the parser left
    # without a verb is the name between the quotation and its verb
    # 14: a mission, delegation or team from a body speaks for the body
    # 15: a second that-clause the parser hung on the cue ("and that ...") is said too
    # 16: a subordinate clause after a quotation ("but that X had refused it") is no cue of
    # it; "quoted X as saying" is X's; "recall" takes only a that-clause or a quote ("recalled
    # its ambassador" withdraws someone)
    # 17: a clause joined after a quotation ('"...," and she called') is not its cue; a verb
    # joined by "or" to a negated one says nothing; "decide whether ..." is an open question;
    # a question put "at a briefing" is nobody's; "the office of X" and "the council's
    # secretariat" speak for X and the council; a speaking "it" in a second clause is the body
    # of the first; "he" after a person named in passing is the subject before; a subject split
    # from its clause by a parenthesis is reported
    # 18: a full name that shares only its surname with a person named before is another
    # person; a bare definite noun is the one organisation an apposition so described ("X, a
    # charity based in Y"); a condition set off inside a reported clause keeps the infinitive
    # after it; a relative "that" opens no reported clause; "deny" with two objects withholds
    # and "add" with a bare object puts in: no words; a relative pronoun the parser made a
    # second subject of the cue is the reported clause's subject; an unresolved speaking "it"
    # is the body that is the subject of a clause before it in its sentence; a "he" or "she"
    # after a name in its own sentence ("Hill's bid failed after she said") is that person,
    # not a speaker of the sentence before; a headline's kicker is no speaker even when the
    # entities stage took it for a name; a relative clause closing the sentence whose pronoun
    # speaks ("X, which argued that ...") is the noun's report, not part of an outer one
    # 19: a quote run goes on after a stop the parser read as an initial's ("wrote on X.");
    # "the company" with no name of its own gives way to its apposition or the body before;
    # "the statement said" speaks as whoever issued it, person or body; a clause joined to the
    # reported one with a speech verb and a speaker named anew is that speaker's report
    # 20: in a text that writes one paragraph to a line, a quotation that is a whole line goes
    # on from the statement or the cued quote of the line before it; "issued a statement
    # saying ..." is the issuer's, and so is a later "the statement said" after "X issued a
    # statement"
    # 21: a source no rule resolved that describes a speaker named before (.described): "the
    # statement" as the last statement's speaker, an unnamed "company spokesman" and "the
    # agency" as the body quoted just before, "the colonel" as the one person titled "Col."; no
    # words in "declined to give her name" or "to be identified", "said little" or "nothing",
    # "charged the owners" (a charge brought: only "charged that ..." is said); a nationality
    # the entities stage typed as a person is no speaker ("The Sri Lankan navy said"); a
    # participle after a joined clause with its own subject speaks as that subject; '"...," the
    # report quotes him saying' is the quote's cue, and "her" the person who spoke just before
    # 22: a name in apposition to an officeholder's title is the subject a later speaking
    # pronoun continues (.centre); "the company" is the name the story introduced by that noun
    # ("the Russian company X"), whatever type the name was given, and a nationality before a
    # common noun ("Russian company") is no name of its own; a dateline's state ("CITY, Kan. -")
    # is no speaker: the subject after its dash is; a named person's words quoted from the
    # verb on inside an account ('It said X had "stressed ..." and "welcomed ..."') are the
    # person's, the account their channel (.quoted_verbs)
    # 23: a source that names several parties together ("both governments", "the two men") is
    # none of them: its speaker stays unresolved; a medium whose verb is an infinitive, has a
    # modal or is negated ("ordered X to send a letter saying ...") has said nothing yet
    # 24: undoes 23's first rule: a source that names several parties is one of them again, the
    # gold's convention (the seed's "Both countries have hailed ..." is China's and Russia's)
    # 25: a decision with only an infinitive ("decided to run", "resolved to fight") reports no
    # words; a participle between a bare numeral and its noun ("40 pledged delegates") is no
    # cue; "confirmed" with a person for its object approves an appointment
    # 26: "continue", "maintain", "post" and "write" with a bare object do or make something
    # ("continued the debate", "posted a win"); a restrictive relative clause on a plural
    # subject sorts a group by what it says ("Voters who say ... split evenly"), nobody's words
    # 27: a quotation cued in a relative clause is written as the relative pronoun, spoken by
    # its antecedent; a share of respondents ("64 percent said") speaks through the poll or
    # other medium its sentence names; a verb of evidence with a thing for its subject ("the
    # trip suggests ...") reports no words
    # 28: the noun phrase right after a speech verb set right after a quotation speaks,
    # whatever the parser made of it ('"...," added a local official'); an opening mark typed
    # where a closing one belongs ('"It is rare,\u201c said X') closes the quotation
    # 29: a verb of perception with a small clause ("found him lying there") reports nothing
    # said; a record with no author named is the channel of the named speaker it shows
    # ("Court records show X admitted ...", "..., X was interviewed, saying ..."); "admitted
    # to V-ing" owns to the act
    # 30: a listener glued to the name opening a told clause ("told police X hid it") is left
    # out of the content; words before a title whose period was split off ("..., police Sgt.
    # X testified") are the named speaker's
    # 31: with title abbreviations one token (nlp): a speech verb after a quotation with only
    # the speaker's phrase between, and a cue closing its sentence after a comma with only its
    # subject before it, take the words whatever the parser hung them on; a title kept whole
    # between a role noun and a name gives the words to the person named (the split-title
    # fallback of .content is gone)
    # 32: a noun the parser hung before a that-clause's "that" is the subject of the verb
    # above ("X, later alleging that Y lied, said ..."), and a speaking pronoun stands for whom
    # the rule of .centre made the earlier ones stand for; a relative clause on a predicate
    # noun is the subject's ("X is a zealot who pledged ..."); a participle speaks for the
    # clause it hangs on when the parser put the root after it; what an indefinite someone
    # would or could say is nobody's words (.confidence); an act aimed at someone is a thing as
    # evidence whoever it names ("X's attack on Y indicates ..."); a participle joined to a
    # passive one and a noun phrase before an inverted aside ("Part of it, say experts, is ...")
    # speak not; a scare quote inside a clause whose verb reports nothing ('took the
    # "regulars" along') is no statement of a cue after it
    # 33: a perfect with its own subject in an adverbial clause ("after X had said that ...")
    # reports; the infinitive of a verb of aspect or seeming ("continued to question", "seemed
    # to confirm") and a participle after "before", "by" or "while" speak for the subject of
    # the verb they complete; "..., as the paper reported" reports the clause it hangs on; a
    # medium closing its sentence ("..., the poll found") reports the clause before it; a
    # verb hung on a name before its apposition ("X, the nominee, tweeted: ...") is the main
    # verb; "imply" and "insinuate" are speech cues
    # 34: a speaking noun phrase is the entity the story names for it, when exactly one fits
    # (.denoted): "the court" the one court named in full (a nationality before the noun keeps
    # to bodies of its country), "the administration" the White House, "his wife" the person
    # named as his wife, "the ruling" the court (else the one judge) that handed it down, never
    # the last subject; an unresolved "the government of X" is the country X
    # 35: a bare noun for a body is the body the story names for it only when it stands for no
    # body of another country ("Russia's defence ministry ... the ministry said")
    # 36: a tensed verb the parser joined to an infinitive ("X ran on his plan to cut fees and
    # accused Y of ...") speaks for the subject of the clause's tensed verb; a role noun a
    # place qualifies ("the Ohio senator") is the person the story gave that place and that
    # role ("Ohio Sen. X"), not another holder of the role; a definite noun naming no role
    # ("the developer") is the person named last before it when the story described them, and
    # no one else, with it
    # 37: a surname of several words ("Van Dam") is the one person whose longer name ends with
    # it, and a capitalised surname the tagger took for a noun is the person of that surname;
    # a cue's adjacent named subject is in its cue whole; a relative on a noun in apposition
    # to a name speaks for the name; of several people titled with a role, the role noun is
    # the one its own sentence names before it
    # 38: someone close to a person ("a Hill ally", "a Hill aide") speaks as themselves, not
    # for the person; a role noun with an entity of its own and no name ("the diplomat") is
    # the one person the story titled so; a surname after the title the story introduced a
    # person by ("Chief X") is that person; "the report" speaks for the subject of the
    # sentence before only when that sentence gives it one (not "according to"), and "the
    # statement" after "X said in a statement" is X's; "the editorial board", "the poll" is
    # the one organisation the story named it for before ("the Ledger editorial board")
    # 39: a pronoun after a pledge, vow or belief about someone continues who made it; a
    # first name of the other gender is no he's or she's speaker (none, when that is the only
    # person found); a "they" after an adverbial clause with a plural subject is that subject;
    # a pronoun joined to the report of a person's office is that person; an unresolved
    # pronoun right after a quotation is the possessor of the subject before it ("X's remarks
    # ...") when X spoke last
    # 40: "man", "woman", "boy" and "girl" say a gender (``gendered_nouns``): "X, a woman,"
    # is no he's speaker
    # 42: a pronoun opening the sentence after "the Associated Press." is no name after a split
    # title; a clause before a line's colon ("He said of Congress:") names no line speaker; a
    # present-tense verb quoted inside a report of someone ('X said Y "says whatever ..."') is
    # the reporter's words; a party before a person's noun ("the GOP front-runner") is not the
    # speaker (.partisan); a he or she whose person and another of its gender were only
    # possessors in the sentence before is unresolved; a name a message is sent to before a
    # colon ("a message to Y:") is spoken to, and the message's sender speaks; a "they" after a
    # plural noun naming no entity in its sentence stands for no single person
    # 43: "observe" and "feel" with a bare object, and quotation marks naming an object, report
    # nothing (``deed_object``); a quoted phrase inside a clause a later cue reports gives the
    # whole clause; a negated cue before a quotation claims none; a cue that opens a quotation
    # of its own is that one's; an opening "According to X" skips a modifier of X, and words
    # after ", according to X" with no subject are none; an expectation held out with a modal
    # and a comparative correlative report nothing (.unreported)
    # 44: a speaking he or she is left unresolved when the one who spoke just before is a name
    # with a person's noun in apposition that no person stands for (left out, or typed as a
    # body) or whom a first name's usual gender set aside, or when a person just named as an
    # object stands nearer than the one found further back (.centre), and it is read against
    # the sentence before an all-quoted one; a speaker after a quotation reads across a
    # hyphened place ("said Ohio-based lawyer X"); a speech verb naming a gathering's purpose
    # with a bare object ("came to protest the plan") is an act (.unreported); an owned act
    # done to a named person ("his choice of X suggests ...") is a thing as evidence; an
    # indefinite role noun ("A federal judge on Monday ruled ...") is the one person the next
    # sentence names with that title as its sole subject (.described); a participle that hangs
    # on, or comes after, a clause of someone else's at the same time ("X asks as a guard walks
    # in, saying ...") has no sure speaker
    # 45: a bare surname that two people named before share, neither named twice as often as
    # the other, names no speaker; a source phrase keeps a hyphened word ("Ohio-based lawyer
    # X") and a noun the parser glued to it as an apposition ("Thousands of Ohio farmers")
    # 46: a commitment, threat or refusal whose content is only an infinitive ("pledged to
    # raise taxes", "agreed to meet", "declined to set a date") reports no words
    # (``commitment_verbs``; an infinitive quoting more than a scare quote and a participle
    # stay); a noun the parser made the cue's subject that is the object a
    # relative clause lost ("Officers who had seen the order told ...") does not speak: the
    # noun the clause modifies does; a capitalised role after "the" ("The Secretary said") is
    # the one person the story titled so (.described)
    # 47: a speech verb that names an act with a plain noun phrase ("announced new patrols",
    # "urged calm", "recommended a shorter term": ``act_object_verbs``), and praise or thanks
    # for an act ("praised X for acting": ``praise_verbs``), report no words; a
    # headline attribution of a body, place or role the body tells again is left out (a
    # person named in it stays); "the company" is the one business named before (.denoted);
    # a cue set off inside a relative clause ("X, which, Y said, had ...") reports the clause
    # 48: a bare "the court", "the panel" or "the ruling" is the one judge the story names, a
    # panel of several judges the court named before it (.denoted); a first body line opening
    # with a headline's label ("Analysis: ...") is a headline; a verb of asking in the purpose
    # infinitive of an act ("blocked roads to demand that ...") is its aim, no words said
    # 49: a he or she after an unnamed spokesperson who speaks as no entity is no person named
    # further back (unless the story named a spokesperson); a role noun a titled person and a
    # person described by it both hold names neither; a medium sent or issued by a role or
    # body no entity stands for speaks for it, a participle past a medium object is the
    # medium's; a cue reaches its quotation across a participle of manner; a quotation right
    # after an adverbial clause's speech verb is that clause's; an opening "As X noted last
    # week," reports from its comma; a counted subject hung on the cue is reported; the agent
    # of a passive verb of telling speaks; a name before a parenthesis speaks for a verb with
    # no subject after it; a proper name the tagger missed is the one body or place written
    # exactly so
    # 50: a he or she after an unnamed spokesperson no entity stands for, and "the statement"
    # after an issuer no entity stands for ("In a statement, the presidency said"), have the
    # description for their source; a medium's verb of wording gives the quotation before it
    # ('"...," the notice read': ``wording_verbs``); a speaker the parser made the object of a
    # speech verb closing the clause it reports speaks ("..., said a former aide, X"); "boast"
    # with a bare object has it; "call" with an aside and an indefinite noun phrase after its
    # object names what it was called; a cue set inside the sentence after a quotation that
    # closes with a stop, with words not quoted after it, reports that sentence
    version: ClassVar[str] = "50"
    requires: ClassVar[tuple[str, ...]] = ("entities",)
    assigns: ClassVar[tuple[str, ...]] = ("attributions",)

    def __call__(self, state: State) -> None:
        ctx = Context(state)
        speakers = Speakers(ctx)
        lines = LinePass(ctx, speakers)
        cues = CuePass(ctx, speakers, Contents(ctx, speakers))
        lines.colon_pass()
        quotes = QuotePass(ctx, speakers)
        quotes.run()
        cues.run()
        quotes.follow_statements()
        cues.noun_pass()
        lines.question_pass()
        said = sorted((a for a in ctx.out if not _titled(a)), key=lambda a: a.content[0].start)
        said = QuotedVerbs(ctx, speakers).apply(said)
        state.attributions = scored(state, Descriptions(ctx).resolve(said))


def _titled(a: Attribution) -> bool:
    """Whether all ``a`` reports is a title in quotation marks ('who wrote "The Harbour
    Years"'): a cue's object that names a work, no words said."""
    return a.kind == "direct" and len(a.content) == 1 and is_title(a.content[0].text)
