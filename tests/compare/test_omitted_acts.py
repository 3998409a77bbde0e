"""What makes a claim left out an event another report must carry, in stories of three reports
or more (sayso.compare.omissions): an act told, not denied; a whole sentence; the act itself, not
an addition to it or an act of another time; and an act the other report tells in no words.
Invented reports, with the sentence model running for real."""

from __future__ import annotations

from sayso.compare.acts import denied, event_kinds, eventful, same_act
from sayso.compare.base import MatchOptions
from sayso.compare.omissions import (
    added,
    background,
    central,
    fragment,
    omission_findings,
    same_event,
    tells,
)
from sayso.compare.scores import Story, score_story

from .records import record, unit_at


def _story(*texts: str, people: tuple[str, ...] = ("Ivo Hale",)) -> Story:
    return score_story(
        [record(chr(97 + k), t, places=("Marrow",), people=people) for k, t in enumerate(texts)]
    )


def test_an_act_that_did_not_happen_is_no_event() -> None:
    assert denied("Ann Bell, who lives next door, said she did not hear a gunshot but saw a van.")
    assert denied("Two riders, who sat at the back at the time of the crash were not hurt.")
    assert denied("No one else was injured.")
    assert not denied("He pleaded not guilty to the charge.")  # the plea is an act
    assert not denied("The gunman did not stop, and shot the clerk.")  # an act past the negation
    assert not denied("The shooting happened just after ten at night.")
    story = _story(
        "A gunman robbed the Marrow post office on Friday.\n"
        "A neighbour said she did not hear a gunshot.\n",
        "The Marrow post office was robbed on Friday.\n",
        "Robbers hit the post office in Marrow on Friday.\n",
    )
    u = unit_at(story, 0, "A neighbour")
    assert not eventful(u) and not central(story, u, 1, 1, frozenset())


def test_a_piece_of_a_sentence_is_no_claim() -> None:
    story = _story(
        "A van hit a cyclist on the Marrow bridge on Monday.\n"
        "with his son when the van hit them on the bridge, said a sergeant.\n",
        "A cyclist was hit by a van on the Marrow bridge.\n",
        "A van driver hit a cyclist near Marrow on Monday.\n",
    )
    piece = unit_at(story, 0, "with his son")
    assert fragment(piece) and not central(story, piece, 2, 1, frozenset())
    assert not fragment(story.units[0][0])


# two sentences: the lead, which is central whatever it tells
LEAD = "Ivo Hale was charged with fraud in Marrow on Monday.\nBail was set at a thousand pounds.\n"


def test_an_addition_to_the_event_is_a_detail() -> None:
    story = _story(
        LEAD + "Ivo Hale was remanded in custody until the trial.\n"
        "Hale was also charged with forging a cheque, the court heard.\n",
        LEAD + "Ivo Hale was remanded in custody until the trial.\n"
        "Hale was also charged with forging a cheque.\n",
        LEAD + "He will appear again in court in June.\n",
    )
    also = unit_at(story, 0, "Hale was also")
    assert added(also) and not central(story, also, 1, 1, frozenset({"hale"}))
    custody = unit_at(story, 0, "Ivo Hale was remanded")
    assert not added(custody) and central(story, custody, 1, 1, frozenset({"hale"}))


def test_another_time_in_any_report_that_carries_the_claim_is_background() -> None:
    story = _story(
        LEAD + "Ivo Hale was fined for a false tax return.\n",
        LEAD + "Ivo Hale was fined last year for a false tax return.\n",
        LEAD + "He will appear again in court in June.\n",
    )
    u = unit_at(story, 0, "Ivo Hale was fined")
    assert not background(story, u)  # no time of its own
    assert background(story, unit_at(story, 1, "Ivo Hale was fined"))
    assert not central(story, u, 1, 1, frozenset({"hale"}))  # its counterpart says when


def test_recently_is_before_the_news_unless_it_describes_someone() -> None:
    story = _story(
        LEAD + "Pirates recently seized a tanker off the Marrow coast.\n"
        "Ivo Hale, who was recently sacked, robbed the Marrow bank on Monday.\n",
        LEAD,
        LEAD,
    )
    assert background(story, unit_at(story, 0, "Pirates recently"))
    assert not background(story, unit_at(story, 0, "Ivo Hale, who"))


def test_the_same_act_and_argument_tell_a_claim_in_other_words() -> None:
    story = _story(
        LEAD + "Ivo Hale was sacked by the Marrow bank on Friday, its chairman said.\n",
        LEAD + "The bank dismissed Ivo Hale from his post as its treasurer last week.\n",
        LEAD + "Ivo Hale was fined by the Marrow council in March.\n",
        LEAD + "Ivo Hale was not sacked, the bank said.\n",
    )
    u = unit_at(story, 0, "Ivo Hale was sacked")
    assert same_event(story, u, 1) and tells(story, u, 1)  # dismissed, the same man
    assert not same_event(story, u, 2)  # another kind of act
    assert not same_event(story, u, 3)  # an act denied tells nothing
    two = _story(*(t for t in (LEAD + u.text + "\n", LEAD + "The bank dismissed Ivo Hale.\n")))
    assert not same_event(two, two.units[0][1], 1)  # two reports: the sentences judge alone


def test_the_speaker_is_no_argument_of_the_act() -> None:
    story = _story(
        LEAD + "The bank sacked its treasurer on Friday, Ivo Hale said.\n",
        LEAD + "Ivo Hale was sacked from the Marrow council a year ago.\n",
        LEAD,
    )
    assert not same_event(story, unit_at(story, 0, "The bank sacked"), 1)


def test_one_act_is_shown_left_out_once_per_report() -> None:
    lead = "The Marrow bank lost a million pounds to a fraud.\nAuditors found the loss in May.\n"
    a = lead + (
        "Ivo Hale was arrested at Marrow airport on Sunday.\n"
        "Police held Ivo Hale overnight at the airport for questioning.\n"
        "The Marrow court fixed a trial for June.\n"
    )
    c = lead + (
        "The Marrow bank froze its loans.\n"
        "Customers queued at the bank on Tuesday.\n"
        "Its branch in Marrow shut early.\n"
    )
    story = _story(a, a, c)
    arrest = unit_at(story, 0, "Ivo Hale was arrested")
    held = unit_at(story, 0, "Police held")
    assert same_act(arrest, held)
    assert not same_act(arrest, unit_at(story, 0, "The Marrow court"))
    found = omission_findings(story, [(0, 2), (1, 2), (0, 1)], [0, 1, 2])
    shown = [f for f in found if "Hale" in f.evidence[0][1].text]
    assert len(shown) == 1 and shown[0].other == (2,)


def test_a_story_of_three_reports_shows_the_most_central_omission_of_each_pair() -> None:
    m = MatchOptions()
    assert m.cap(2) == m.per_pair and m.cap(3) == m.per_pair_many < m.per_pair
    assert MatchOptions(all=True).cap(4) is None
    lead = "The Marrow bank lost a million pounds to a fraud.\nAuditors found the loss in May.\n"
    a = lead + (
        "Ivo Hale was arrested at Marrow airport on Sunday.\n"
        "Two senior managers were sacked on Friday.\n"
        "The Marrow court fixed a trial for June.\n"
    )
    c = lead + (
        "The Marrow bank froze its loans.\n"
        "Customers queued at the bank on Tuesday.\n"
        "Its branch in Marrow shut early.\n"
    )
    story = _story(a, a, c)
    found = omission_findings(story, [(0, 2), (1, 2), (0, 1)], [0, 1, 2])
    assert len([f for f in found if 2 in f.other]) == 1
    every = omission_findings(
        score_story(story.records, MatchOptions(all=True)), [(0, 2), (1, 2), (0, 1)], [0, 1, 2]
    )
    assert len([f for f in every if 2 in f.other]) > 1


def test_a_light_verb_names_no_act_of_its_family() -> None:
    assert "pay" not in event_kinds("A colleague paid tribute to the Marrow doctor.")
    assert "pay" in event_kinds("The Marrow bank paid a fine of a million pounds.")
    assert "charge" not in event_kinds("The officer in charge of the case spoke on Monday.")
    assert "charge" in event_kinds("Ivo Hale was charged with fraud in Marrow.")
    story = _story(
        LEAD + "A colleague paid tribute to Ivo Hale on Tuesday.\n",
        LEAD + "Ivo Hale paid the bail of a thousand pounds on Tuesday.\n",
        LEAD,
    )
    praise = unit_at(story, 0, "A colleague")
    assert not eventful(praise) and not same_act(praise, unit_at(story, 1, "Ivo Hale paid"))


def test_a_lead_no_other_report_carries_is_an_angle_in_a_story_of_four() -> None:
    texts = (
        "Ivo Hale was charged with fraud in Marrow on Monday.\n"
        "The Marrow baker won a national prize for his bread on Sunday.\n",
        LEAD + "He will appear again in court in June.\n",
        LEAD + "His lawyer spoke to reporters outside the court.\n",
        LEAD + "The Marrow bank said it would help the police.\n",
    )
    four = _story(*texts)
    angle = unit_at(four, 0, "The Marrow baker")
    assert angle.lead and not central(four, angle, 0, 2, frozenset({"hale"}))
    assert central(four, angle, 1, 2, frozenset({"hale"}))  # another report opens on it too
    three = _story(*texts[:3])
    baker = unit_at(three, 0, "The Marrow baker")
    assert not central(three, baker, 0, 1, frozenset({"hale"}))  # it names no principal actor
    assert central(three, baker, 0, 1, frozenset({"hale", "marrow"}))  # with fewer than four


def test_a_pronoun_or_a_role_noun_carries_the_act() -> None:
    story = _story(
        LEAD + "Police arrested the driver after a short chase.\n",
        LEAD + "He was booked overnight and released on bail.\n",
        LEAD + "A woman was booked overnight for a theft.\n",
        LEAD + "He paid a fine at the court.\n",
    )
    u = unit_at(story, 0, "Police arrested")
    assert same_event(story, u, 1)  # held, of someone neither names
    # (no lead here: its charging of Hale would tell a holding of this incident in each report)
    story = _story(
        "Police arrested a man after a short chase.\n",
        "A male suspect was booked overnight.\n",
        "A woman was booked overnight for a theft.\n",
        "He paid a fine at the court.\n",
    )
    u = unit_at(story, 0, "Police arrested")
    assert same_event(story, u, 1)  # "man" and "male": one person
    assert not same_event(story, u, 2)  # a woman is not the man
    assert not same_event(story, u, 3)  # another kind of act


def test_a_killing_told_as_a_shooting_or_a_death() -> None:
    story = _story(
        LEAD + "A gunman shot a woman outside the market on Monday.\n",
        LEAD + "The woman died in hospital hours later.\n",
        LEAD + "The woman was fined for parking outside the market.\n",
    )
    u = unit_at(story, 0, "A gunman shot")
    assert same_event(story, u, 1)
    assert not same_event(story, u, 2)


def test_family_words_in_phrases() -> None:
    assert "convict" in event_kinds("He pleaded guilty to fraud on Monday.")
    assert "convict" not in event_kinds("Her friends pleaded with him to stop.")
    assert "dismiss" in event_kinds("She was laid off in the spring.")
    assert "shoot" in event_kinds("The owner was gunned down outside his shop.")
    assert "held" in event_kinds("The man surrendered to police after an hour.")
    assert "appoint" not in event_kinds("The crew picked up a call for help.")


def test_a_name_written_in_lowercase_opens_a_claim_and_as_well_as_adds_nothing() -> None:
    story = _story(
        "de Vries was charged with fraud in Marrow on Monday.\n"
        "eBay suspended the seller's account on Tuesday.\n"
        "Ivo Hale as well as two clerks were charged with forgery.\n",
        "A trader was charged with fraud in Marrow.\n",
        "Fraud charges were brought in Marrow on Monday.\n",
        people=("Ivo Hale", "de Vries"),
    )
    assert not fragment(unit_at(story, 0, "de Vries"))
    assert not fragment(unit_at(story, 0, "eBay"))
    assert not added(unit_at(story, 0, "Ivo Hale as well as"))
