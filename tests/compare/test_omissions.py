"""What a report leaves out (sayso.compare.omissions): a claim another report tells in other
words is no omission. Invented reports, with the sentence model running for real."""

from __future__ import annotations

from sayso.compare import compare
from sayso.compare.acts import event_kinds, eventful
from sayso.compare.base import Finding, MatchOptions
from sayso.compare.divergences import _not_again, without_told
from sayso.compare.omissions import (
    background,
    central,
    clause_told,
    early,
    factual,
    headline,
    linked,
    near_match,
    omissions,
    other_figures,
    paraphrased,
    past_brief,
    principal_names,
    same_figures,
    scattered,
    split,
    story_event,
    tells,
    toll,
    withheld,
)
from sayso.compare.scores import Story, score_story
from sayso.types import Record, Span

from .records import record, unit_at

# two reports of an invented ferry accident: the owner's word on a fog warning and the load
# of the ferry are told by both in other words; the rescuers' word on the hull and the
# harbour cafe by one only
FERRY_A = (
    "The ferry ran aground off Kellby Point on Sunday.\n"
    "Rescuers said the hull was badly damaged.\n"
    "The captain ignored a warning about fog, the owner said.\n"
    "Eighty cars and 212 passengers were aboard the ferry.\n"
    "The harbour cafe stayed open all night for the rescuers.\n"
)
FERRY_B = (
    "The ferry struck rocks near Kellby Point on Sunday.\n"
    "Divers were sent to inspect the hull.\n"
    "A fog warning reached the bridge an hour before the crash but was ignored, Olaf Brenner "
    "told reporters at the harbour office on Monday.\n"
    "The ship had 212 people and 80 vehicles on board when it hit the rocks.\n"
    "Local fishermen said the rocks had wrecked two boats before.\n"
)

# three reports of an invented mill fire, each opening on the fire in its own words
FIRE = (
    "Fire broke out at the Hollin textile works late on Friday.\n"
    "Two night watchmen raised the alarm just before midnight.\n"
    "The owners said every machine in the weaving hall was lost.\n",
    "A blaze gutted the Hollin textile works on Friday night.\n"
    "Watchmen on the night shift raised the alarm before midnight.\n"
    "Firefighters from three towns fought the flames until dawn.\n",
    "A fire at the Hollin textile works in Dunmore on Friday has left two hundred weavers "
    "without work.\n"
    "The alarm was raised by the two night watchmen before midnight.\n"
    "A spokesman for the owners said nothing in the weaving hall could be saved.\n",
)


def _ferry() -> Story:
    recs = [
        record(k, t, places=("Kellby Point",), people=("Olaf Brenner",))
        for k, t in (("a", FERRY_A), ("b", FERRY_B))
    ]
    return score_story(recs)


def _fire() -> list[Record]:
    return [record(k, t, places=("Dunmore",)) for k, t in zip("abc", FIRE, strict=True)]


def test_a_paraphrase_keeping_what_is_said_tells_the_claim() -> None:
    story = _ferry()
    u = unit_at(story, 0, "The captain ignored")
    assert story.best(0, 1)[u.index] < story.options.omitted  # no counterpart by meaning alone
    assert paraphrased(story, u, 1)
    assert tells(story, u, 1)
    # the longer account repeats too few of its own words in the short one
    assert not paraphrased(story, unit_at(story, 1, "A fog warning"), 0)


def test_a_sentence_sharing_one_word_is_no_paraphrase() -> None:
    story = _ferry()
    hull = unit_at(story, 0, "Rescuers said")
    assert not tells(story, hull, 1)
    assert not tells(story, unit_at(story, 0, "The harbour cafe"), 1)


def test_the_same_figures_in_other_words_tell_the_claim() -> None:
    story = _ferry()
    u = unit_at(story, 0, "Eighty cars")  # "Eighty" is 80
    assert story.best(0, 1)[u.index] < story.options.omitted
    assert same_figures(story, u, 1)
    assert not same_figures(story, unit_at(story, 0, "The captain ignored"), 1)  # no figures


def test_the_event_every_report_opens_on_is_told_in_each_lead() -> None:
    story = score_story(_fire())
    u = unit_at(story, 0, "Fire broke out")
    assert story.best(0, 1)[u.index] < story.options.omitted
    assert story_event(story, u, 1)
    assert story_event(story, u, 2)
    # b's opening aligns with the lead of a alone: not shown to be the story's event
    assert not story_event(story, unit_at(story, 1, "A blaze"), 2)
    # in a story of two reports no third report shows what the story is about
    two = score_story(_fire()[:2])
    assert not story_event(two, unit_at(two, 0, "Fire broke out"), 1)


def test_a_third_report_links_two_wordings_of_one_claim() -> None:
    story = score_story(_fire())
    u = unit_at(story, 1, "A blaze")
    assert not story_event(story, u, 2) and not paraphrased(story, u, 2)
    assert linked(story, u, 2, [0])  # a tells it, and c tells a's wording
    assert not linked(story, u, 2, [])


def test_no_omission_of_what_every_report_tells_in_its_own_words() -> None:
    line = compare("s", _fire())
    omitted = [
        e["text"] for d in line["divergences"] if d["kind"] == "omission" for e in d["evidence"]
    ]
    assert not any("textile works" in t for t in omitted)


# an invented crash: the second report tells in two sentences what the first tells in one
CRASH_A = (
    "A van hit a cyclist on Mill Lane in Corby on Tuesday.\n"
    "The cyclist was taken to hospital with a broken leg.\n"
    "The driver fled the scene but was arrested nearby.\n"
)
CRASH_B = (
    "A cyclist was hurt on Mill Lane in Corby on Tuesday.\n"
    "After the crash the driver left his van and fled from the scene.\n"
    "Officers arrested him an hour later in a nearby street.\n"
)


def test_a_claim_told_over_two_sentences() -> None:
    story = score_story([record("a", CRASH_A, places=("Corby",)), record("b", CRASH_B)])
    u = unit_at(story, 0, "The driver fled")
    said = u.words - u.names
    one = story.units[1][int(story.scores[(0, 1)][u.index].argmax())]
    assert len(said & one.words) < story.options.split_words * len(said)  # one sentence: part
    assert split(story, u, 1)
    assert not split(story, unit_at(story, 0, "The cyclist was taken"), 1)


# three invented reports of a bridge closed after a flood: the third tells the mayor's order in
# pieces over its whole text, and never says why the ferry stopped
BRIDGE = (
    "The Aln flooded the centre of Warkby on Thursday.\n"
    "Mayor Tessa Orme closed the old stone bridge after the water damaged its arches.\n"
    "The ferry stopped running because its landing stage was under water.\n",
    "Floodwater filled the centre of Warkby on Thursday.\n"
    "Engineers found cracks in the arches of the old bridge.\n"
    "Shops along the river stayed shut all day.\n",
    "The flood in Warkby on Thursday left damage all along the river.\n"
    "The stone bridge will stay closed for a month.\n"
    "Tessa Orme signed the order late at night, once the engineers had seen the arches.\n"
    "Volunteers carried sandbags to the old mill.\n",
)


def _bridge(reports: tuple[str, ...]) -> Story:
    recs = [
        record(chr(97 + k), t, places=("Warkby",), people=("Tessa Orme",))
        for k, t in enumerate(reports)
    ]
    return score_story(recs)


def test_a_claim_told_in_pieces_across_a_report() -> None:
    story = _bridge(BRIDGE)
    u = unit_at(story, 0, "Mayor Tessa Orme closed")
    assert not split(story, u, 2)  # no two of its sentences tell it
    assert scattered(story, u, 2)
    assert tells(story, u, 2)
    assert not scattered(story, unit_at(story, 0, "The ferry stopped"), 2)


def test_words_across_a_report_tell_nothing_with_two_reports() -> None:
    story = _bridge((BRIDGE[0], BRIDGE[2]))
    assert not scattered(story, unit_at(story, 0, "Mayor Tessa Orme closed"), 1)


# three invented reports of a village fete: the first and second add a bare comment, the third
# does not; the comment names no one, gives no figure and tells no event
FETE = (
    "The Brantley village fete raised money for the church roof on Saturday.\n"
    "Sadly, the weather did not hold up as everyone had hoped all along.\n",
    "The Brantley fete on Saturday raised money to mend the church roof.\n"
    "Sadly, the weather did not hold up as everyone had hoped all along.\n",
    "Rain spoiled the Brantley fete on Saturday, held to pay for the church roof.\n"
    "Vicar Anne Hollis thanked the volunteers who ran the stalls.\n",
)


def test_a_bare_comment_is_no_fact_left_out() -> None:
    recs = [
        record(chr(97 + k), t, places=("Brantley",), people=("Anne Hollis",))
        for k, t in enumerate(FETE)
    ]
    story = score_story(recs)
    comment = unit_at(story, 0, "Sadly, the weather")
    assert not factual(comment)
    assert factual(unit_at(story, 2, "Vicar Anne Hollis"))
    line = compare("s", recs)
    omitted = [
        e["text"] for d in line["divergences"] if d["kind"] == "omission" for e in d["evidence"]
    ]
    assert not any(t.startswith("Sadly") for t in omitted)


# three invented reports of a police chase: the first and third give its length and speed, each
# in its own units
CHASE = (
    "Police chased the stolen van through Ardley for 40 km at speeds of up to 160 km/h on Friday.\n"
    "The driver was arrested when the van ran out of fuel near the motorway.\n",
    "A stolen van led police on a chase through Ardley on Friday.\n"
    "The driver was arrested near the motorway when the van ran out of fuel.\n",
    "Police chased the stolen van through Ardley for 25 miles at speeds of up to 100 mph on "
    "Friday.\n"
    "Officers arrested the driver near the motorway after the van ran out of fuel.\n",
)


def test_the_same_event_with_other_figures_is_told() -> None:
    story = score_story([record(chr(97 + k), t, places=("Ardley",)) for k, t in enumerate(CHASE)])
    u = unit_at(story, 0, "Police chased")
    assert not same_figures(story, u, 2)
    assert other_figures(story, u, 2)
    assert not other_figures(story, unit_at(story, 0, "The driver was arrested"), 2)  # no number
    two = score_story([record(chr(97 + k), t) for k, t in enumerate(CHASE[::2])])
    assert not other_figures(two, unit_at(two, 0, "Police chased"), 1)


def test_a_capitalised_word_past_the_first_makes_a_fact() -> None:
    text = "Sadly, the weather did not hold up.\nThe vote on the new hall was put off to March.\n"
    story = score_story([record("a", text)])
    assert not factual(unit_at(story, 0, "Sadly"))
    assert factual(unit_at(story, 0, "The vote"))


# three invented reports of a cyclist killed at a crossing: the first two tell the driver's
# flight and arrest in full, the third only that police found his van (a weaker match that
# names the same man and repeats a word said of him)
BIKE = (
    "A cyclist was killed by a van at the Marrow Lane crossing in Tolbury on Tuesday.\n"
    "The crossing has had no working lights since the storm in March.\n"
    "The driver, named by police as Corwin Hale, fled the scene but was arrested by officers an "
    "hour later.\n",
    "A van struck and killed a cyclist at a crossing in Tolbury on Tuesday.\n"
    "Residents had asked the council for new lights at the crossing last year.\n"
    "Corwin Hale drove off after the crash but police arrested him an hour later.\n",
    "A cyclist died after a van hit him at a Tolbury crossing on Tuesday.\n"
    "The road was still wet after heavy rain that afternoon.\n"
    "The van of Corwin Hale, a man from Harwick, was found a few streets away by police.\n",
)
# the third report names the man but says nothing the others say of him
STOPPED = "Corwin Hale, a man from Harwick, was stopped a few streets away.\n"


def _bike(texts: tuple[str, ...]) -> Story:
    return score_story(
        [
            record(chr(97 + k), t, places=("Tolbury", "Harwick"), people=("Corwin Hale",))
            for k, t in enumerate(texts)
        ]
    )


def test_a_weaker_match_of_what_most_reports_carry_tells_the_claim() -> None:
    story = _bike(BIKE)
    u = unit_at(story, 0, "The driver, named")
    opts = story.options
    assert opts.aligned <= story.best(0, 2)[u.index] < opts.omitted  # a weaker match only
    assert near_match(story, u, 2)
    assert not any(x[1].text.startswith("The driver") for x in omissions(story, 0))


def test_a_weaker_match_repeats_a_word_said_of_the_actors() -> None:
    third = BIKE[2].rsplit("\n", 2)[0] + "\n" + STOPPED
    story = _bike((BIKE[0], BIKE[1], third))
    u = unit_at(story, 0, "The driver, named")
    assert story.best(0, 2)[u.index] >= story.options.aligned
    assert not near_match(story, u, 2)
    assert any(x[1] is u and x[3] == [2] for x in omissions(story, 0))


def test_a_weaker_match_needs_the_claim_carried_by_most_reports() -> None:
    # the second report no longer tells the arrest: the first alone carries it
    alone = _bike((BIKE[0], BIKE[1].rsplit("\n", 2)[0] + "\n", BIKE[2]))
    assert not near_match(alone, unit_at(alone, 0, "The driver, named"), 2)
    # with two reports the one other carries nothing to lean on
    two = _bike((BIKE[0], BIKE[2]))
    assert not near_match(two, unit_at(two, 0, "The driver, named"), 1)


def _left_out(story: Story, doc: int, starts: str, other: tuple[int, ...]) -> Finding:
    u = unit_at(story, doc, starts)
    return Finding("omission", "claim", "arrest", (doc,), other, ((doc, u.span),))


def test_an_event_left_out_is_judged_by_meaning_too() -> None:
    # an omission found by lining up events is dropped for the reports that tell the claim by
    # meaning (``tells``), kept for those that do not
    recs = [
        record(chr(97 + k), t, places=("Tolbury", "Harwick"), people=("Corwin Hale",))
        for k, t in enumerate(BIKE)
    ]
    story = score_story(recs)
    told = _left_out(story, 0, "The driver, named", (2,))
    assert without_told(recs, [told], story.options) == []
    third = BIKE[2].rsplit("\n", 2)[0] + "\n" + STOPPED
    recs[2] = record("c", third, places=("Tolbury", "Harwick"), people=("Corwin Hale",))
    kept = _left_out(score_story(recs), 0, "The driver, named", (2,))
    assert without_told(recs, [kept], story.options) == [kept]
    # with two reports the events decide alone
    assert without_told(recs[:2], [told], story.options) == [told]


# three invented reports of a landslide on a valley road: the road's past closures, an old
# tally and the word of a passer-by are no claims a report must carry
SLIDE = (
    "A landslide blocked the Corran valley road on Tuesday.\n"
    "Council engineer Mara Voss said the road would reopen on Friday.\n"
    "Ned Alder, who walks his dog there, said Mara Voss looked worried at the scene.\n"
    "The slide buried the road under tons of mud, Mara Voss said.\n"
    "Police closed the hill road above Corran to lorries.\n"
    "Forty drivers were stranded on the road above Corran overnight.\n"
    "The slope above Corran is 300 metres high.\n"
    "The same road was shut by a landslide two years ago.\n"
    "In 2019 the council spent a large sum to shore up the slope above Corran.\n"
    "Walkers were asked to keep off the hill paths near Corran.\n"
    "The valley school stayed open on Wednesday.\n"
    "A second slip is feared if rain returns to Corran.\n"
    "Farmers moved their sheep from the lower fields near Corran.\n",
    "Mud and rocks cut the road through the Corran valley on Tuesday.\n"
    "Engineer Mara Voss expects the road to open again by Friday.\n",
    "The Corran valley road is closed after a slide of mud on Tuesday.\n"
    "Mara Voss, the council engineer, hopes to reopen it on Friday.\n",
)


def _slide(dates: tuple[tuple[str, str], ...] = ()) -> Story:
    return score_story(
        [
            record(
                chr(97 + k), t, places=("Corran",), people=("Mara Voss", "Ned Alder"),
                published="2024-05-01", dates=dates if k == 0 else (),
                quotes=(("Ned Alder", "Mara Voss looked worried at the scene"),
                        ("Mara Voss", "the road would reopen on Friday"),
                        ("Mara Voss", "The slide buried the road under tons of mud")),
            )
            for k, t in enumerate(SLIDE)
        ]
    )  # fmt: skip


def test_a_sentence_of_another_time_is_background() -> None:
    story = _slide()
    assert background(story, unit_at(story, 0, "The same road was shut"))  # "two years ago"
    assert background(story, unit_at(story, 0, "In 2019"))  # a year the story is not set in
    assert not background(story, unit_at(story, 0, "Council engineer"))  # "on Friday"
    assert not background(story, unit_at(story, 0, "The slide buried"))


def test_a_date_far_from_every_publication_is_background() -> None:
    text = SLIDE[0].replace("two years ago", "on March 2")
    rec = record("a", text, places=("Corran",), published="2024-05-01",
                 dates=(("March 2", "2024-03-02"), ("Tuesday", "2024-04-30")))  # fmt: skip
    story = score_story([rec, *(record(k, t) for k, t in zip("bc", SLIDE[1:], strict=True))])
    assert background(story, unit_at(story, 0, "The same road was shut"))
    assert not background(story, unit_at(story, 0, "A landslide blocked"))


def test_a_bystanders_word_and_the_past_are_not_central() -> None:
    story = _slide()
    principal = principal_names(story)
    assert "voss" in principal
    for starts, want in (
        ("Ned Alder", False),  # a passer-by's word, though it names the engineer
        ("The same road was shut", False),  # another time
        ("The slide buried", True),  # the engineer's own word
    ):
        u = unit_at(story, 0, starts)
        assert central(story, u, 1, 2, principal) is want, starts


def test_a_principals_word_no_other_report_carries_is_a_detail() -> None:
    story = _slide()
    principal = principal_names(story)
    u = unit_at(story, 0, "The slide buried")  # the engineer's word, past the lead
    assert u.speaker is not None and not u.lead
    assert central(story, u, 1, 2, principal)  # one other report carries it too
    assert not central(story, u, 0, 2, principal)  # only its own report quotes it
    stranded = unit_at(story, 0, "Forty drivers")
    assert central(story, stranded, 0, 2, principal)  # a toll stays central


def test_a_headline_is_no_claim_left_out() -> None:
    texts = (
        "Mud slide shuts Corran valley road\n"
        "A landslide blocked the Corran valley road on Tuesday.\n"
        "Council engineer Mara Voss said the road would reopen on Friday.\n",
        "Mud and rocks cut the road through the Corran valley on Tuesday.\n"
        "Engineer Mara Voss expects the road to open again by Friday.\n",
        "The Corran valley road is closed after a slide of mud on Tuesday.\n"
        "Mara Voss, the council engineer, hopes to reopen it on Friday.\n",
    )
    story = score_story(
        [record(chr(97 + k), t, places=("Corran",), people=("Mara Voss",)) for k, t in
         enumerate(texts)]
    )  # fmt: skip
    title, first = story.units[0][0], story.units[0][1]
    assert headline(title) and title.lead
    assert not headline(first) and not headline(story.units[1][0])  # a sentence with its stop
    assert not central(story, title, 2, 2, frozenset())
    assert central(story, first, 0, 2, principal_names(story))  # the lead below: judged itself


def test_a_toll_is_central_and_another_figure_is_not() -> None:
    story = _slide()
    principal = principal_names(story)
    stranded = unit_at(story, 0, "Forty drivers")
    assert toll(stranded) and central(story, stranded, 0, 2, principal)
    height = unit_at(story, 0, "The slope above")
    assert height.counts and not toll(height)
    assert not central(story, height, 0, 2, principal)


def test_a_lead_naming_a_principal_actor_is_central_whatever_else() -> None:
    story = _slide()
    u = unit_at(story, 0, "Council engineer")
    assert u.lead and central(story, u, 0, 2, principal_names(story))


def test_a_claim_needs_more_than_half_of_the_other_reports() -> None:
    story = _slide()
    principal = principal_names(story)
    u = unit_at(story, 0, "Police closed")
    assert not central(story, u, 1, 2, principal)  # one of two others: not most
    assert central(story, u, 2, 2, principal)
    assert central(story, u, 1, 1, principal)


def test_no_report_is_told_twice_to_leave_out_one_claim() -> None:
    a, b = Span(0, 10, "the claim."), Span(20, 40, "the claim once more")
    first = Finding("omission", "claim", "x", (0, 1), (2,), ((0, a), (1, b)))
    again = Finding("omission", "claim", "y", (1, 0), (2, 3), ((1, b), (0, Span(50, 60, "x"))))
    shown: dict[int, set[tuple[int, int]]] = {}
    kept = _not_again([first, again], shown)
    assert [f.other for f in kept] == [(2,), (3,)]
    assert _not_again([again], shown) == []


def test_an_event_left_out_must_be_central_too() -> None:
    recs = [
        record(
            chr(97 + k), t, places=("Corran",), people=("Mara Voss", "Ned Alder"),
            quotes=(("Ned Alder", "Mara Voss looked worried at the scene"),),
        )
        for k, t in enumerate(SLIDE)
    ]  # fmt: skip
    story = score_story(recs)
    u = unit_at(story, 0, "Ned Alder")
    f = Finding("omission", "claim", "x", (0,), (1, 2), ((0, u.span),))
    assert without_told(recs, [f], MatchOptions()) == []


def test_what_is_not_known_yet_is_no_claim_to_carry() -> None:
    texts = (
        "A van hit a cyclist on the Tolbury bypass on Monday.\n"
        "The name of the driver will be released after he is charged, police said.\n"
        "It was unclear why the van left the road.\n"
        "The driver stopped and called for help, police said.\n",
        "A cyclist was hit by a van on the Tolbury bypass on Monday.\n"
        "Police named the driver as Corwin Hale, 44.\n",
        "A van driver hit a cyclist near Tolbury on Monday.\n"
        "Corwin Hale was charged with careless driving on Tuesday.\n",
    )
    story = score_story(
        [record(chr(97 + k), t, places=("Tolbury",), people=("Corwin Hale",))
         for k, t in enumerate(texts)]
    )  # fmt: skip
    principal = principal_names(story)
    for starts in ("The name of the driver", "It was unclear"):
        u = unit_at(story, 0, starts)
        assert withheld(u) and not central(story, u, 2, 2, principal), starts
    assert not withheld(unit_at(story, 0, "The driver stopped"))


def test_event_words_of_one_family_tell_one_kind_of_act() -> None:
    assert {"dead", "shoot"} <= event_kinds("The clerk was found dead of a gunshot wound.")
    assert {"dead", "shoot"} <= event_kinds("The gunman then killed himself.")
    assert event_kinds("She faces one count of fraud.") == {"charge"}
    assert event_kinds("Officers took him into custody at the scene.") == {"held"}
    assert event_kinds("The coach stepped down after a poor start.") == {"dismiss"}
    assert not event_kinds("The old tannery is the largest building in the town.")
    assert not event_kinds("He sings, dances and paints in his spare time.")


def test_a_claim_that_tells_no_act_is_no_omission() -> None:
    lines = (
        "A landslide blocked the Corran valley road on Tuesday.\n"
        "The slope above Corran is the steepest in the county.\n"
        "Buses now go round the valley by the hill road above Corran.\n"
        "Police closed the hill road above Corran to lorries.\n"
        "Council engineer Mara Voss said the road would reopen on Friday.\n"
    )
    story = score_story(
        [record(k, lines, places=("Corran",), people=("Mara Voss",)) for k in "abc"]
    )
    for starts, event in (
        ("Buses now go", False),  # a description of the detour, carried by every report
        ("Police closed", True),  # an act
        ("A landslide blocked", True),
    ):
        u = unit_at(story, 0, starts)
        assert eventful(u) is event, starts
        assert central(story, u, 2, 2, frozenset()) is event, starts
    lead = unit_at(story, 0, "The slope above")  # a description of the place, in the lead
    assert lead.lead and not eventful(lead) and not central(story, lead, 2, 2, frozenset())
    stranded = "Forty drivers were stranded on the road above Corran overnight.\n"
    u = score_story([record(k, stranded, places=("Corran",)) for k in "abc"]).units[0][0]
    assert toll(u) and eventful(u)  # a toll tells what happened to people


def test_an_event_told_in_one_clause_of_a_long_sentence() -> None:
    texts = (
        "Deputies who drove out from Calder after a neighbour heard noises found the farmer "
        "shot dead in his barn, while his wife and two sons were away visiting relatives up "
        "north.\n",
        "A farmer was shot dead in his barn on Tuesday night.\n",
        "A farm hand was arrested on Wednesday over a theft of tools.\n",
    )
    story = score_story([record(c, t) for c, t in zip("abc", texts, strict=True)])
    u = story.units[0][0]
    assert story.best(0, 1)[0] < story.options.omitted  # the whole sentence is far from it
    assert clause_told(story, u, 1) and tells(story, u, 1)  # its clause of the shooting is not
    assert not clause_told(story, u, 2)  # another act
    two = score_story([record(c, t) for c, t in zip("ab", texts, strict=False)])
    assert not clause_told(two, two.units[0][0], 1)  # two reports: the sentences judge alone


def test_a_claim_told_late_in_its_report_is_not_central() -> None:
    body = "".join(
        f"The council met for the {w} time about the Corran road.\n"
        for w in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
    )
    story = score_story(
        [record("a", body, places=("Corran",)), record("b", SLIDE[1]), record("c", SLIDE[2])]
    )
    first, last = story.units[0][2], story.units[0][7]
    assert early(story, first) and not early(story, last)
    assert central(story, first, 2, 2, frozenset()) and not central(story, last, 2, 2, frozenset())


def test_a_brief_leaves_out_details_by_design() -> None:
    long_report = (
        "A landslide blocked the Corran valley road on Tuesday.\n"
        "Council engineer Mara Voss said the road would reopen on Friday.\n"
        "Forty drivers were stranded on the road above Corran overnight.\n"
        "Buses now go round the valley by the hill road above Corran.\n"
        "Farmers moved their sheep from the lower fields near Corran.\n"
    )
    brief = "Corran valley road shut by a slide on Tuesday.\n"
    story = score_story(
        [record("a", long_report, places=("Corran",), people=("Mara Voss",)),
         record("b", long_report.replace("Forty", "Some forty"), places=("Corran",)),
         record("c", brief, places=("Corran",))]
    )  # fmt: skip
    stranded = unit_at(story, 0, "Forty drivers")
    lead = unit_at(story, 0, "Council engineer")
    assert past_brief(story, stranded, 2) and not past_brief(story, lead, 2)
    assert not past_brief(story, stranded, 1)  # a full report: its details count
    left = {u.text.split()[0]: silent for _, u, _, silent in omissions(story, 0)}
    assert 2 not in left.get("Forty", [])
