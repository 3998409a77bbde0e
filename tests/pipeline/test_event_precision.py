"""Kinds of false events on whole articles, each with an invented sentence: a clause taken for
a pattern's word, acts on oneself, things as actors, the speaker taken for the actor, and the
confidence factors that tell a well coded event from a doubtful one (docs/record.md)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.pipeline.events.confidence import FLOOR
from sayso.types import Event, Record

from .conftest import names as _names

pytestmark = pytest.mark.model

Run = Callable[..., Record]


def _event(record: Record, trigger: str) -> Event:
    found = [e for e in record.events if e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in record.events]
    return found[0]


def test_a_verb_clause_is_no_word_of_a_pattern(run: Run) -> None:
    # "go" + "strike" is going on strike; a participle clause "striking ..." is no strike
    rec = run("The rifle went off, striking the door of the barn.")
    assert all(e.type != "PROTEST" for e in rec.events)


@pytest.mark.parametrize(
    "text",
    ["Governor Tom Reyes shot himself at his ranch.", "Senator Ana Ruiz defended herself."],
)
def test_an_act_on_oneself_is_no_event(text: str, run: Run) -> None:
    assert run(text).events == ()


def test_a_thing_does_not_act(run: Run) -> None:
    rec = run("A stray bullet struck Omar Haddad in Lisbon.")
    hit = _event(rec, "struck")
    assert hit.source == () and _names(rec, hit.target) == ["Omar Haddad"]


def test_the_speaker_is_no_actor_of_an_act_of_a_stranger(run: Run) -> None:
    rec = run("Police said a man shot his neighbour Ivo Sands.")
    shot = _event(rec, "shot")
    assert not any("olice" in n for n in _names(rec, shot.source))


def test_an_act_on_a_thing_is_less_sure_than_one_on_a_country(run: Run) -> None:
    on_thing = _event(run("Minister Lara Quint condemned the budget."), "condemned")
    on_country = _event(run("Minister Lara Quint condemned Chile."), "condemned")
    assert on_thing.type == on_country.type == "ACCUSE"
    assert on_thing.confidence < on_country.confidence


def test_a_headline_without_a_stop_is_less_sure(run: Run) -> None:
    told = _event(run("Minister Lara Quint condemned Chile."), "condemned")
    headline = _event(run("Minister Lara Quint condemned Chile"), "condemned")
    assert headline.confidence < told.confidence


def test_a_group_known_by_a_common_noun_is_less_sure_than_a_name(run: Run) -> None:
    group = _event(run("Officials in Tarvia condemned Chile."), "condemned")
    named = _event(run("Minister Lara Quint condemned Chile."), "condemned")
    assert group.confidence < named.confidence


def test_the_subject_of_a_passive_infinitive_is_acted_on(run: Run) -> None:
    rec = run("Senator Ray Holt was the second lawmaker this month to be arrested for fraud.")
    arrest = _event(rec, "arrested")
    assert arrest.source == () and _names(rec, arrest.target) == ["Ray Holt"]


def test_the_borrowed_subject_of_a_passive_gerund_is_acted_on(run: Run) -> None:
    # "after being criticized by X": X criticizes; the one who resigned is criticized
    rec = run("Governor Tom Reyes resigned after being criticized by Senator Ana Ruiz.")
    criticized = _event(rec, "criticized")
    assert _names(rec, criticized.source) == ["Ana Ruiz"]
    assert _names(rec, criticized.target) == ["Tom Reyes"]


def test_the_one_told_is_an_audience_not_the_target(run: Run) -> None:
    # "..., telling Reuters that X ...": Reuters is told; the criticism is aimed at X
    rec = run(
        "Senator Ana Ruiz escalated her criticism on Tuesday, telling Reuters that "
        "Governor Tom Reyes is a fraud."
    )
    criticism = _event(rec, "escalated her criticism")
    assert _names(rec, criticism.target) == ["Tom Reyes"]


def test_a_place_as_the_side_acted_on_is_less_sure(run: Run) -> None:
    where = _event(run("Police in Tarvia are investigating spending in Lorvik."), "investigating")
    whom = _event(run("Police in Tarvia are investigating Mayor Ana Ruiz."), "investigating")
    assert where.type == whom.type == "ACCUSE"
    assert where.confidence < whom.confidence


@pytest.mark.parametrize(
    "text",
    ["Mayor Ana Ruiz spoke with reporters on Monday.", "The Denver Post spoke with Ana Ruiz."],
)
def test_talk_with_the_press_is_no_consultation(text: str, run: Run) -> None:
    assert all(e.type != "CONSULT" for e in run(text).events)


def test_a_meeting_of_two_officials_is_a_consultation(run: Run) -> None:
    rec = run("Mayor Ana Ruiz met Governor Tom Reyes on Monday.")
    assert [e.type for e in rec.events] == ["CONSULT"]


def test_every_event_kept_is_at_least_as_sure_as_the_floor(run: Run) -> None:
    rec = run(
        "The rifle went off, striking the door of the barn. Officials in Tarvia said an attack "
        "on the depot was possible. Minister Lara Quint condemned Chile."
    )
    assert rec.events and all(e.confidence >= FLOOR for e in rec.events)
    # a thing struck, no agent, no stop at an act: many weak pieces of evidence together
    assert all(e.trigger.text != "striking" for e in rec.events)


def test_a_headline_passive_acts_on_its_subject(run: Run) -> None:
    # headline style drops the auxiliary: "Governor arrested" is a passive, not his act
    rec = run("Governor Tom Ruiz arrested on fraud charges")
    (arrest,) = [e for e in rec.events if e.type == "COERCE"]
    assert arrest.source == () and "Tom Ruiz" in _names(rec, arrest.target)


def test_an_intransitive_headline_verb_keeps_its_subject(run: Run) -> None:
    rec = run("Dairy farmers rallied outside the Freedonian parliament")
    assert all(not e.target or e.source for e in rec.events)


def test_a_headline_act_the_story_tells_is_coded_once(run: Run) -> None:
    rec = run(
        "Suspect in Dayton office shooting convicted\n"
        "A jury convicted Tom Reyes, who shot Ana Ruiz at her office in May."
    )
    assert [e.trigger.text for e in rec.events if e.type == "ASSAULT"] == ["shot"]


def test_a_long_line_cut_short_is_no_headline(run: Run) -> None:
    rec = run(
        "Freedonian troops shelled a Ruritanian border post on Monday.\n"
        "After the talks collapsed on Friday the Ruritanian army shelled three Freedonian "
        "villages near the river crossing, and the governor of the province"
    )
    assert len([e for e in rec.events if e.type == "ASSAULT"]) == 2


def test_capturing_people_is_custody_and_capturing_a_town_an_assault(run: Run) -> None:
    assert [e.type for e in run("The navy captured nine pirates off the coast.").events] == [
        "COERCE"
    ]
    assert [e.type for e in run("Rebels captured the town of Ardo on Monday.").events] == [
        "ASSAULT"
    ]
    assert run("The opposition hopes to capture the Senate.").events == ()


def test_the_possessor_of_a_shooting_is_the_one_shot(run: Run) -> None:
    rec = run("Lee Moran's shooting by a guard shocked the town.")
    shot = _event(rec, "shooting")
    assert _names(rec, shot.target) == ["Lee Moran"]
    assert "Lee Moran" not in _names(rec, shot.source)


def test_naming_someone_is_no_call(run: Run) -> None:
    rec = run("Senator Vale called Mayor Ortiz a reckless gambler on Monday.")
    assert all(e.type != "CONSULT" for e in rec.events)
    assert run("Senator Vale called Mayor Ortiz a tall man.").events == ()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Senator Vale called Mayor Ortiz a reckless gambler on Monday.", "ACCUSE"),
        ("Coach Tom Reyes called Governor Lee a true professional.", "SUPPORT"),
        ("Minister Ana Ruiz called the Ruritanian report baseless.", "REJECT"),
    ],
)
def test_a_name_of_blame_praise_or_denial_is_an_act(text: str, kind: str, run: Run) -> None:
    # CAMEO 111 (criticise), 051 (praise), 12 (reject): "called X a Y" by the word Y
    assert [e.type for e in run(text).events] == [kind]


def test_a_candidate_rally_is_no_protest(run: Run) -> None:
    assert run("Senator Ana Vale held a rally in Dayton on Friday.").events == ()
    protest = run("Thousands of dairy farmers held a rally outside the parliament in Lima.")
    assert [e.type for e in protest.events] == ["PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        '"Who pays for it?" Senator Vale asked.',
        "Senator Vale asked Governor Lee a series of questions about the budget.",
        "Mayor Ines Falk asked whose troops had entered the port.",  # any wh-word (lexicon)
    ],
)
def test_asking_a_question_is_no_request(text: str, run: Run) -> None:
    assert all(e.type != "REQUEST" for e in run(text).events)


def test_asking_someone_to_act_is_a_request(run: Run) -> None:
    assert [e.type for e in run("Senator Vale asked Governor Lee to resign.").events] == ["REQUEST"]


def test_turning_out_is_no_refusal(run: Run) -> None:
    assert run("Senator Ana Vale turned out to be a strong campaigner.").events == ()
    assert [e.type for e in run("Freedonia turned down the Ruritanian offer.").events] == ["REJECT"]


def test_a_man_from_a_city_acts_not_the_city(run: Run) -> None:
    rec = run("Police said the 39-year-old Chicago man shot his former co-workers.")
    shot = _event(rec, "shot")
    assert "Chicago" not in _names(rec, shot.source)
    assert _names(rec, shot.source) == ["man"]


def test_a_group_described_as_backed_by_another_acts_alone(run: Run) -> None:
    rec = run("Iranian-backed militias shelled the Freedonian border post on Monday.")
    assert [e.type for e in rec.events] == ["ASSAULT"]


def test_a_possible_willingness_is_no_promise(run: Run) -> None:
    assert run("Ruritania may be willing to send aid to Freedonia.").events == ()
    assert [e.type for e in run("Ruritania is willing to send aid to Freedonia.").events] == [
        "AGREE"
    ]


@pytest.mark.parametrize(
    "text", ["Senator Ana Vale agrees.", "A district judge agreed with the Freedonian government."]
)
def test_sharing_a_view_is_no_agreement(text: str, run: Run) -> None:
    assert run(text).events == ()


def test_agreeing_on_something_is_an_agreement(run: Run) -> None:
    rec = run("Freedonia agreed with Ruritania on a ceasefire.")
    assert "AGREE" in [e.type for e in rec.events]


def test_an_act_of_no_one_on_no_one_is_no_event(run: Run) -> None:
    assert run("It was a striking sight for the voters in Dayton.").events == ()


def test_a_question_told_to_a_pronoun_is_no_request(run: Run) -> None:
    assert run('"Who pays?" Senator Vale asked me.').events == ()


def test_an_act_not_expected_is_no_refusal(run: Run) -> None:
    assert run("Senator Vale is not expected to meet the Freedonian president.").events == ()
    refusal = run("Freedonia will not lift the ban on Ruritanian grain.")
    assert [e.type for e in refusal.events] == ["REJECT"]


def test_a_month_is_no_march(run: Run) -> None:
    rec = run("In March, the Freedonian court announced its ruling on the case.")
    assert all(e.type != "PROTEST" for e in rec.events)


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ortiz is a braggart and a bully who has repeatedly threatened Governor Lee.",
        "Mayor Ortiz is a bully who has repeatedly threatened Governor Lee.",
        "Mayor Ortiz misleads people and is a liar, braggart and bully who has repeatedly"
        " threatened Governor Lee.",
        "Mayor Ortiz is a reckless gambler, braggart and bully who has repeatedly threatened"
        " Governor Lee.",
    ],
)
def test_a_noun_said_of_a_subject_stands_for_it_in_its_relative_clause(text: str, run: Run) -> None:
    rec = run(text)
    ev = _event(rec, "threatened")
    assert (_names(rec, ev.source), _names(rec, ev.target)) == (["Ortiz"], ["Lee"])


def test_a_habit_told_in_the_present_is_no_event(run: Run) -> None:
    # a relative clause or a frequency adverb in the present simple says what one does, not
    # an act that happened; the past tense of the same words is one
    for text in (
        "Ana Vale sits on the board of a lobby that attacks Governor Lee in its ads.",
        "Ana Vale routinely criticizes Governor Lee in her newsletters.",
    ):
        assert run(text).events == (), text
    assert [e.type for e in run("Ana Vale criticized Governor Lee in her newsletter.").events] == [
        "ACCUSE"
    ]


def test_a_relative_clause_on_an_apposition_is_the_named_ones(run: Run) -> None:
    rec = run(
        "Tom Reyes, a longtime ally of Ana Vale who has fiercely criticized Governor Lee, spoke."
    )
    ev = _event(rec, "criticized")
    assert (_names(rec, ev.source), _names(rec, ev.target)) == (["Tom Reyes"], ["Lee"])


def test_a_businessman_from_a_city_acts_not_the_city(run: Run) -> None:
    rec = run("The Toledo businessman has praised Governor Lee, saying he was a strong leader.")
    ev = _event(rec, "praised")
    assert "Toledo" not in _names(rec, ev.source)


def test_having_the_backing_of_someone_is_their_support(run: Run) -> None:
    rec = run("Tom Reyes has the backing of Ana Vale.")
    ev = _event(rec, "has the backing")
    assert (_names(rec, ev.source), _names(rec, ev.target)) == (["Ana Vale"], ["Tom Reyes"])
    rec = run("Ruritania had talks with Freedonia on Monday.")
    ev = _event(rec, "had talks")
    assert (_names(rec, ev.source), _names(rec, ev.target)) == (["Ruritania"], ["Freedonia"])


def test_the_followers_named_by_whom_they_follow_act_and_are_acted_on(run: Run) -> None:
    rec = run("Protesters attacked the peaceful Vale supporters outside the arena.")
    ev = _event(rec, "attacked")
    assert "Vale" not in " ".join(_names(rec, ev.target))
    rec = run("Ana Vale attacked Governor Lee in Lima.")
    ev = _event(rec, "attacked")
    assert _names(rec, ev.target) == ["Lee"]


def test_a_noun_clause_tagged_as_a_past_tense_acts_on_its_noun(run: Run) -> None:
    # "a boy shot during a robbery": a reduced relative; the boy is shot, he shoots no one
    rec = run("The parents of a 3-year-old boy shot during a robbery on Sunday spoke to police.")
    assert not [e for e in rec.events if e.type == "ASSAULT" and e.source]


def test_a_directive_with_no_one_giving_it_is_no_act(run: Run) -> None:
    # "we have been forced to": a circumstance; with its agent it is coercion
    assert run("“We have been forced to go downstairs,” Tom Reyes said.").events == ()
    rec = run("The Freedonian army forced the rebels to retreat.")
    assert [e.type for e in rec.events] == ["COERCE"]


def test_an_intensifier_is_no_target(run: Run) -> None:
    rec = run("Vale has promised to bomb the hell out of the rebels.")
    assert [_names(rec, e.target) for e in rec.events] == [["rebels"]]


def test_where_a_thing_is_does_not_act(run: Run) -> None:
    # "officials in Kenya" stand for Kenya; a bomb in a city says only where it was
    rec = run("In May, a truck bomb in Lagos killed a retired judge.")
    killed = _event(rec, "killed")
    assert "Lagos" not in _names(rec, killed.source)
    assert _names(rec, killed.target) == ["retired judge"]


def test_a_doer_noun_acts_for_its_possessor(run: Run) -> None:
    # "Chile's donors" give to Chile; Chile gives nothing
    rec = run("Chile's donors said that the Chilean government must curb spending.")
    donors = _event(rec, "donors")
    assert donors.type == "AID"
    assert _names(rec, donors.source) == ["donors"]
    assert _names(rec, donors.target) == ["Chile"]


def test_an_apposition_names_the_doer_noun(run: Run) -> None:
    rec = run("Norway's largest donor, Sweden, froze its aid.")
    donor = _event(rec, "donor")
    assert _names(rec, donor.source) == ["Sweden"] and _names(rec, donor.target) == ["Norway"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Governor Paul Ames won the vote after his rival, Rita Cole, conceded defeat.",
            "Rita Cole",
        ),
        (
            "Mayor Ada Lind declared victory after her Green rival, Tove Berg, conceded that she "
            "had lost.",
            "Tove Berg",
        ),
    ],
)
def test_a_clause_after_a_frame_word_has_its_own_subject(text: str, who: str, run: Run) -> None:
    # the parser reads "after NP VP" as a preposition and a verb of the main clause
    rec = run(text)
    assert _names(rec, _event(rec, "conceded").source) == [who]


def test_a_list_of_verbs_keeps_the_first_subject(run: Run) -> None:
    rec = run("Rebels seized the town after a long siege, killed ten guards.")
    assert _names(rec, _event(rec, "killed").source) == ["rebels"]


def test_what_a_request_asks_for_is_not_its_target(run: Run) -> None:
    # a refusal of "a request for more guards" is not aimed at the guards
    rec = run("The union rejected a request for more guards.")
    rejected = _event(rec, "rejected")
    assert rejected.type == "REJECT" and "guards" not in " ".join(_names(rec, rejected.target))
    by = run("The union rejected a request by the mayor for more guards.")
    assert _names(by, _event(by, "rejected").target) == ["mayor"]


def test_whom_a_proposal_would_act_on_is_no_target(run: Run) -> None:
    # opposing a plan is not opposing those the plan would let or force to do something
    rec = run("The senator opposed a plan that would let banks raise fees.")
    opposed = _event(rec, "opposed")
    assert opposed.type == "REJECT" and "banks" not in _names(rec, opposed.target)


def test_a_visit_to_a_site_is_no_consultation(run: Run) -> None:
    # a candidate touring a plant meets no one named; a visit to a person is a consultation
    assert run("Mayor Ana Ruiz visited the bottling plant on Tuesday.").events == ()
    rec = run("Mayor Ana Ruiz visited Governor Tom Reyes on Tuesday.")
    assert [e.type for e in rec.events] == ["CONSULT"]


def test_the_one_harmed_does_not_act(run: Run) -> None:
    # "the shooting death of X": a harm word modifying a thing names no one who acts
    rec = run("The shooting death of Tom Reyes shocked the town of Leeds.")
    assert not [e for e in rec.events if e.source]
    # a bare participle with its own by-agent is passive though it is conjoined to a verb
    rec = run("A teacher beaten and killed by a gunman on Monday was buried on Friday.")
    ev = _event(rec, "killed")
    assert _names(rec, ev.source) == ["gunman"]
    assert _names(rec, ev.target) == ["teacher"]


def test_money_no_one_is_named_receiving_is_no_aid(run: Run) -> None:
    rec = run("Senator Ana Ruiz has relied on campaign contributions from the banks.")
    assert all(e.type != "AID" for e in rec.events)
    rec = run("Freedonia made a donation of 5 million dollars to the Red Cross.")
    assert [e.type for e in rec.events] == ["AID"]


def test_an_act_of_no_one_named_at_a_place_is_no_event(run: Run) -> None:
    # no one named acts, and the city or street is only where it happened: an attack by
    # someone unnamed on the people hurt (``*`` in the gold's guideline), never on the place
    for text in (
        "A man was killed in a shooting at 30 Elm Street in Leeds.",
        "Two people were killed in a shooting in Leeds on Friday.",
    ):
        rec = run(text)
        places = {e.id for e in rec.entities if e.type in ("GPE", "FAC", "LOC")}
        assert all(not e.source and not set(e.target) & places for e in rec.events), rec.events


def test_a_news_release_is_no_release(run: Run) -> None:
    rec = run("The ministry said in a news release that the Freedonian envoy had left Tarsa.")
    assert all(e.type != "CONCEDE" for e in rec.events)


def test_an_act_toward_ones_own_followers_is_inside_one_side(run: Run) -> None:
    assert run("Governor Tom Reyes asked his supporters to raise their hands.").events == ()
    rec = run("Governor Tom Reyes asked the Freedonian envoy to leave.")
    assert [e.type for e in rec.events] == ["REQUEST"]


def test_an_attack_between_two_named_persons_is_words(run: Run) -> None:
    rec = run("Senator Ana Ruiz attacked Governor Tom Reyes on taxes.")
    assert [e.type for e in rec.events] == ["ACCUSE"]
    rec = run("Tom Reyes attacked Ana Ruiz with a knife.")
    assert [e.type for e in rec.events] == ["ASSAULT"]
    rec = run("Rebels attacked Governor Tom Reyes.")
    assert [e.type for e in rec.events] == ["ASSAULT"]


def test_a_promise_to_talk_needs_a_partner(run: Run) -> None:
    # a guest who "will discuss" a book talks with no one named: no promise to meet anyone
    assert run("Author Tom Reyes will discuss his new book on the program.").events == ()
    rec = run("Governor Tom Reyes will meet the Freedonian president.")
    assert [e.type for e in rec.events] == ["AGREE"]


def test_killed_by_a_driver_is_an_accident(run: Run) -> None:
    rec = run("A retired teacher was hit and killed by a drunk driver in Leeds on Monday.")
    assert all(e.type != "ASSAULT" for e in rec.events)


def test_who_claims_an_attack_did_it(run: Run) -> None:
    rec = run("A Hamas-claimed bombing killed five Israeli soldiers near Hebron on Monday.")
    names = {e.id: e.name for e in rec.entities}
    assert [(e.type, [names[s] for s in e.source]) for e in rec.events] == [("ASSAULT", ["Hamas"])]


def test_a_thing_beside_someone_acted_on_is_no_target(run: Run) -> None:
    # "on bail" is how the man was freed, not a second one freed
    rec = run("Police said Tom Reyes was released on bail on Friday.")
    assert [_names(rec, e.target) for e in rec.events] == [["Tom Reyes"]]
    # nouns joined by "and" are of one kind: a wife is no thing beside a child
    rec = run("Police said Tom Reyes shot his wife and child.")
    assert sorted(n for e in rec.events for n in _names(rec, e.target)) == ["child", "wife"]


def test_a_worn_out_faculty_is_not_shot(run: Run) -> None:
    assert run("Critics say Senator Ana Ruiz's mind is shot.").events == ()
    rec = run("Tom Reyes was shot by a gunman in Kora.")
    assert [e.type for e in rec.events] == ["ASSAULT"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a plain object pronoun is not bound by the subject of its clause: she asks another
        ("Senator Ana Ruiz said she had written to Ms. Lena Ortiz on Monday, asking her to "
         "explain the contract.", ["Lena Ortiz"]),
        # and stands for a person of its gender: "him" is no woman
        ("Senator Ana Ruiz said she had written to Mr. Tom Reyes on Monday, asking him to "
         "explain the contract.", ["Tom Reyes"]),
    ],
)  # fmt: skip
def test_an_object_pronoun_is_the_person_asked(text: str, target: list[str], run: Run) -> None:
    rec = run(text)
    asked = _event(rec, "asking")
    assert (_names(rec, asked.source), _names(rec, asked.target)) == (["Ana Ruiz"], target)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a ship or its cargo seized is property seized (CAMEO 171): coercion
        ("The Ruritanian navy seized a Freedonian tanker in the strait on Monday.", "COERCE"),
        # a town taken is territory occupied (CAMEO 192): force
        ("Ruritanian troops seized the town of Valdor on Monday.", "ASSAULT"),
    ],
)
def test_seizing_a_ship_is_coercion_and_a_town_force(text: str, kind: str, run: Run) -> None:
    assert [e.type for e in run(text).events] == [kind]


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        # with someone on the other side, an act done to someone is coded ...
        ("The Ruritanian ministry agreed with Borduria on a border crossing.", "agreed", "AGREE"),
        ("Senator Ana Ruiz criticized Governor Tom Reyes on Friday.", "criticized", "ACCUSE"),
        # ... and the acts that may stand alone are coded with no one there
        ("Thousands of farmers marched through the capital on Sunday.", "marched", "PROTEST"),
        ("Mayor Tom Reyes conceded defeat on Wednesday night.", "conceded", "CONCEDE"),
        ("The company denied any wrongdoing on Tuesday.", "denied", "REJECT"),
        # a promise of an act that stands alone stands alone too: a yielding act
        ("The Ruritanian finance minister agreed to resign on Monday.", "agreed", "AGREE"),
        ("The Bordurian rebels said they would withdraw their fighters.", "withdraw", "AGREE"),
    ],
)
def test_an_act_with_its_other_side_or_one_that_stands_alone_is_coded(
    text: str, trigger: str, kind: str, run: Run
) -> None:
    assert _event(run(text), trigger).type == kind


@pytest.mark.parametrize(
    "text",
    [
        # agreeing to a plan, complaining with no one named, threatening to act: between whom it
        # happened is not said, so no event is coded
        "The Ruritanian ministry agreed to the new timetable on Monday.",
        "Senator Ana Ruiz complained loudly on Friday.",
        "The Ruritanian army threatened on Monday to respond.",
    ],
)
def test_an_act_done_to_someone_with_no_one_there_is_left_out(text: str, run: Run) -> None:
    rec = run(text)
    assert all(e.target for e in rec.events), [(e.type, e.trigger.text) for e in rec.events]
    assert not [e for e in rec.events if e.type in {"AGREE", "ACCUSE", "THREATEN"}]


@pytest.mark.parametrize(
    "text",
    [
        # the one who must act first for a threat to be lifted is the one threatened, not the
        # thing or place the threat would act on ...
        "Ruritania threatened to close the border unless Freedonia paid its debts.",
        # ... and a threat noun's content clause holds the condition too
        "The move followed threats by President Lee that he would cut gas supplies unless "
        "Freedonia paid its debts.",
    ],
)
def test_a_threat_acts_on_who_must_meet_its_condition(text: str, run: Run) -> None:
    rec = run(text)
    (threat,) = [e for e in rec.events if e.type == "THREATEN"]
    assert [e.name for i in threat.target if (e := rec.entity(i)) is not None] == ["Freedonia"]


@pytest.mark.parametrize(
    "text",
    [
        "President Lee, in talks with Prime Minister Kato in Seoul, agreed to a joint research "
        "program.",
        "President Lee agreed to a new trade program during a meeting with Prime Minister Kato.",
    ],
)
def test_a_joint_act_done_in_talks_is_done_with_their_partner(text: str, run: Run) -> None:
    rec = run(text)
    (deal,) = [e for e in rec.events if e.type == "AGREE"]
    assert [e.name for i in deal.target if (e := rec.entity(i)) is not None] == ["Kato"]
