"""What did not happen is left out of the events: negation, modality, conditionals, questions,
denials and held-back acts, acts asked for or alleged, a negation inside an adverb and an act
one is told to do, on invented sentences through the whole pipeline."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]


# -------------------------------------------------------------------------------------------------
# What did not happen is left out of the events: negation, modality, conditionals, questions,
# denials and held-back acts, on invented sentences through the whole pipeline.


def _coded(record: Record) -> list[tuple[str, str | None, str]]:
    return [(e.type, e.mode, e.trigger.text) for e in record.events]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Ruritania did not attack Freedonia.",  # neg
        "Ruritania never sent troops to Freedonia.",
        "Ruritania could send troops to the Freedonian border.",  # aux modal
        "Ruritania may attack Freedonia next month.",
        "Ruritania might impose sanctions on Freedonia.",
        "Ruritania would impose sanctions on Freedonia if the talks failed.",  # supposition
        "If Ruritania attacks Freedonia, the alliance will respond.",  # mark "if"
        "Will Ruritania impose sanctions on Freedonia?",  # a question
        "Did the Freedonian army shell the border town on Monday?",
        "The senator stopped short of calling for sanctions against Ruritania.",
        "The council refrained from condemning the Freedonian raid.",
        "The minister declined to criticize Freedonia.",
        "Ruritania is considering sanctions against Freedonia.",
        # a capability is no act: what someone is able or capable to do
        "The Freedonian army is able to deliver aid to the refugees.",
        "Ruritania is capable of attacking Freedonia.",
        "The rebels will be able to attack the capital.",
        # what another foretells is a prediction, no announcement
        "The Ruritanian Liberation Front will strike again, the analyst warned.",
        "Experts predict that Ruritania will impose sanctions on Freedonia.",
        # an act under a negating noun: a refusal or a failure to do it
        "The council's failure to reach a deal with the union surprised no one.",
        # an adjective that holds the act back or leaves it open: no act
        "Most navies in the region have been reluctant to detain suspected smugglers.",
        "Party officials are free to support either candidate, Governor Lee or Senator Vale.",
    ],
)
def test_no_event_that_did_not_happen(text: str, run: Run) -> None:
    assert _coded(run(text)) == []


@pytest.mark.model
def test_a_denied_act_is_left_out_and_the_denial_kept(run: Run) -> None:
    coded = _coded(run("Ruritania denied that its troops attacked the border village."))
    assert not [c for c in coded if c[0] == "ASSAULT"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a refused cooperation is a refusal (CAMEO 12), told as such
        ("Ruritania refused to meet the Freedonian envoy.", ("REJECT", None)),
        # what a speaker says another should do is a demand (CAMEO 10)
        ("Ruritania should lift its sanctions on Freedonia, the senator said.",
         ("REQUEST", None)),
        # a reported "would" is an announced act: a threat
        ("Ruritania said it would impose sanctions on Freedonia.", ("THREATEN", None)),
        # an announced deployment keeps its type
        ("Ruritania will send troops to Freedonia.", ("MOBILIZE", "intended")),
        ("Ruritania attacked Freedonia on Monday.", ("ASSAULT", None)),
        # judging a past act wrong says that it was done ("it is wrong to" is only weighed)
        ("It was wrong for Ruritania to attack Freedonia on Monday.", ("ASSAULT", None)),
    ],
)  # fmt: skip
def test_what_is_coded_and_how(text: str, expected: tuple[str, str | None], run: Run) -> None:
    assert [c[:2] for c in _coded(run(text))] == [expected]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ruritania will urge the tribunal to review the ruling.", "REQUEST"),
        ("The Freedonian dockers' union plans to file a complaint against Ruritania.", "ACCUSE"),
        ("The mayor said the city would challenge the Ruritanian court's ruling.", "REJECT"),
    ],
)
def test_a_planned_act_of_words_did_not_happen(text: str, kind: str, run: Run) -> None:
    """Asking, accusing or rejecting only planned is not yet said: no event of its kind; the same
    act told as done, and an inquiry announced (opened when announced), are events."""
    assert kind not in [c[0] for c in _coded(run(text))]
    done = text.replace("will urge", "urged").replace("plans to file", "filed")
    done = done.replace("said the city would challenge", "challenged")
    assert kind in [c[0] for c in _coded(run(done))]
    inquiry = _coded(run("Ruritania said it would investigate the Freedonian bank."))
    assert [c[:2] for c in inquiry] == [("ACCUSE", "intended")]


@pytest.mark.model
def test_an_events_date_comes_from_its_own_clause(run: Run) -> None:
    record = run(
        "Ruritania's president said on Monday that Freedonian troops had attacked the village.",
        published="2024-03-07",
    )
    (attack,) = [e for e in record.events if e.type == "ASSAULT"]
    assert attack.date is None  # Monday dates the saying, not the attack
    record = run("Freedonian troops attacked the village on Monday, the president said.",
                 published="2024-03-07")  # fmt: skip
    (attack,) = [e for e in record.events if e.type == "ASSAULT"]
    assert attack.date == "2024-03-04"


# -- precision: each act once, a named actor, no wished-for act -----------------------------------
@pytest.mark.model
def test_an_act_told_twice_is_coded_once(run: Run) -> None:
    record = run(
        "Chile backs Peru in border row\n\n"
        "Chile gave its full support to Peru on Monday in the border dispute. The Chilean "
        "president later repeated Chile's support for Peru."
    )
    assert [(e.type, e.trigger.text) for e in record.events] == [
        ("SUPPORT", "gave its full support")  # the headline's and the repeat left out
    ]


@pytest.mark.model
def test_the_same_act_on_another_day_is_another_act(run: Run) -> None:
    record = run("Chile attacked Peru on Monday. Chile attacked Peru again on Wednesday.")
    assert [e.date for e in record.events] == ["2024-03-04", "2024-03-06"]


@pytest.mark.model
def test_an_act_needs_a_named_actor_but_an_arrest_does_not(run: Run) -> None:
    assert run("Talks were held in Lima on Monday.").events == ()
    record = run("Two activists were arrested in Lima on Monday.")
    assert [e.type for e in record.events] == ["COERCE"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The minister set out a vision that the two navies should train together.",
        "Chile should train its pilots, thereby deepening cooperation with Peru.",
    ],
)
def test_a_wished_act_is_left_out(text: str, run: Run) -> None:
    assert not [e for e in run(text).events if e.type == "COOPERATE"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile and Peru agreed on Thursday to run joint patrols. The UN chief welcomed the "
         "agreement on Friday.", ("SUPPORT", ["Chile", "Peru"])),
        ("North Korea launched a missile on Monday. Japan condemned the launch.",
         ("ACCUSE", ["North Korea"])),
        ("Chilean navy ships fired on a Peruvian fishing boat on Monday. The United States "
         "condemned the incident.", ("ACCUSE", ["Chilean navy"])),
    ],
)  # fmt: skip
def test_a_thing_that_names_an_earlier_act_stands_for_who_did_it(
    text: str, expected: tuple[str, list[str]], run: Run
) -> None:
    record = run(text)
    names = {e.id: e.name for e in record.entities}
    last = record.events[-1]
    assert (last.type, [names[i] for i in last.target]) == expected


@pytest.mark.model
def test_support_received_from_someone_is_theirs(run: Run) -> None:
    record = run("The coalition has received logistics and financial aid from the Chilean army.")
    names = {e.id: e.name for e in record.entities}
    assert [
        (e.type, [names[i] for i in e.source], [names[i] for i in e.target]) for e in record.events
    ] == [("AID", ["Chilean army"], ["coalition"])]


@pytest.mark.model
def test_an_act_under_a_refusal_is_not_coded_but_the_refusal_is(run: Run) -> None:
    coded = _coded(run("Vale's refusal to condemn the governor angered voters."))
    assert [c[0] for c in coded] == ["REJECT"]


@pytest.mark.model
def test_an_act_declined_in_a_list_of_acts_is_left_out(run: Run) -> None:
    text = "Ortiz vowed to expel the refugees, declined at first to criticize Ana Vale, and left."
    assert [c for c in _coded(run(text)) if c[0] == "ACCUSE"] == []


@pytest.mark.model
def test_a_capability_told_in_the_past_was_used(run: Run) -> None:
    # "was able to" with no auxiliary entails that the act was done
    coded = _coded(run("The rebels were able to attack the capital on Monday."))
    assert [c[:2] for c in coded] == [("ASSAULT", None)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "target"),
    [
        # what is fired is never the one fired on
        ("Gunmen fired shots at the Ruritanian embassy.", "shots"),
        ("The Freedonian army fired rockets at Ruritania.", "rockets"),
    ],
)
def test_a_projectile_is_no_target(text: str, target: str, run: Run) -> None:
    record = run(text)
    names = {e.id: e.name.lower() for e in record.entities}
    assault = [e for e in record.events if e.type == "ASSAULT"]
    assert assault
    assert all(target not in names.get(t, "") for e in assault for t in e.target)
    assert all(e.target for e in assault)


@pytest.mark.model
def test_a_warning_of_ones_own_act_is_a_threat(run: Run) -> None:
    coded = _coded(run("Ruritania warned that it will impose sanctions on Freedonia."))
    assert [c[:2] for c in coded] == [("THREATEN", None)]


@pytest.mark.model
def test_an_attempt_is_the_act_not_a_promise(run: Run) -> None:
    # "tried to negotiate": the attempt is told as done; it promises nothing (no AGREE)
    assert _coded(run("Police tried to negotiate with the gunman.")) == [
        ("CONSULT", None, "negotiate")
    ]
    assert _coded(run("Ruritanian troops attempted to storm the Freedonian embassy.")) == [
        ("ASSAULT", None, "storm")
    ]


@pytest.mark.model
def test_what_a_condition_asks_for_did_not_happen(run: Run) -> None:
    # "on condition that X release ...": the release is asked for, not done
    text = "Ruritania agreed to the talks on condition that Freedonia release the prisoners."
    coded = _coded(run(text))
    assert [c for c in coded if c[0] == "CONCEDE"] == []
    assert [c[0] for c in coded] == ["AGREE"]


def test_a_forecast_told_by_the_narrator_did_not_happen(run: Run) -> None:
    # "is expected to", "is likely to": the narrator's forecast, no one's announcement
    assert run("Ruritania is expected to attack the Freedonian border posts.").events == ()
    assert run("Senator Vale is likely to meet the Freedonian president.").events == ()
    # in someone's words it tells what an actor is to do
    rec = run("Officials said Ruritania is expected to send troops to Freedonia.")
    assert [(e.type, e.mode) for e in rec.events] == [("MOBILIZE", "intended")]


def test_went_on_to_is_no_intent(run: Run) -> None:
    # "went on to" tells what was done next; "is going to" announces
    rec = run("Senator Ana Ruiz went on to criticize Governor Tom Reyes.")
    assert [(e.type, e.mode) for e in rec.events] == [("ACCUSE", None)]


@pytest.mark.model
def test_what_someone_is_called_on_or_urged_to_do_did_not_happen(run: Run) -> None:
    # a directive verb's to-clause (and what is joined to it) is asked for, not done
    coded = _coded(run("Protesters began calling for Governor Tom Reyes to resign last week."))
    assert [c for c in coded if c[0] == "RETREAT" and c[1] is None] == []
    text = (
        "The union is calling on Senator Ana Ruiz to halt the project and call on "
        "Governor Tom Reyes to quit."
    )
    happened = [c for c in _coded(run(text)) if c[1] is None]
    assert happened == [("REQUEST", None, "calling on")]
    coded = _coded(run("Activists demanded that the Freedonian army withdraw from the border."))
    assert [c for c in coded if c[1] is None] == [("REQUEST", None, "demanded")]


@pytest.mark.model
def test_a_telephone_call_to_congratulate_is_no_call_for_an_act(run: Run) -> None:
    # "called X on Wednesday to congratulate him": a call, and the congratulation happened
    text = "Prime Minister Ana Ruiz called President Tom Reyes on Wednesday to congratulate him."
    assert ("SUPPORT", None, "congratulate") in _coded(run(text))


@pytest.mark.model
def test_what_someone_is_accused_of_is_not_told_as_done(run: Run) -> None:
    text = "Critics accused Senator Ana Ruiz of inciting violence against Governor Tom Reyes."
    assert [c[0] for c in _coded(run(text)) if c[1] is None] == ["ACCUSE"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A Freedonian climber was killed in a fall on the glacier on Sunday.",
        "Two workers were injured in an accident at the Ruritanian plant.",
        "A collision on the coast road killed two Freedonian teenagers.",
    ],
)
def test_a_death_in_an_accident_is_no_assault(text: str, run: Run) -> None:
    assert [e for e in run(text).events if e.type == "ASSAULT"] == []


@pytest.mark.model
def test_a_killing_by_someone_is_still_an_assault(run: Run) -> None:
    coded = _coded(run("Gunmen killed three Freedonian police officers in an ambush."))
    assert coded == [("ASSAULT", None, "killed")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # what one is authorized or empowered to do is not told as done (what one was allowed
        # to do mostly was: "withdrew its troops, allowing the rebels to take the town")
        "The new law empowers the Freedonian navy to attack pirate boats.",
        "The senate authorized the army to arrest the rebels.",
        # an aim, a plan or an intention of doing is no deed
        "The army foiled the rebels' intention of attacking the capital.",
    ],
)
def test_a_permitted_or_intended_act_did_not_happen(text: str, run: Run) -> None:
    assert [e for e in run(text).events if e.mode is None] == []


@pytest.mark.model
def test_a_plan_given_up_did_not_happen(run: Run) -> None:
    coded = _coded(run("Ruritania scrapped plans to meet the Freedonian envoy."))
    assert [c for c in coded if c[0] in ("AGREE", "CONSULT") and c[1] is None] == []


@pytest.mark.model
def test_a_tensed_clause_inside_a_frame_is_told_as_fact(run: Run) -> None:
    text = (
        "Ruritania refused to allow two airlines to land in the country days after Freedonia "
        "scrambled a fighter jet to divert a passenger jet and arrest a journalist."
    )
    assert ("COERCE", None, "arrest") in _coded(run(text))


@pytest.mark.model
def test_a_participle_inside_a_frame_is_told_as_fact(run: Run) -> None:
    text = (
        "Ruritania called on Freedonia on Monday to free the crew of a Ruritanian fishing boat "
        "seized off the coast of Dalmaria."
    )
    coded = _coded(run(text))
    assert any(c[0] == "COERCE" and c[1] is None and c[2] == "seized" for c in coded)
    assert not any(c[1] is None and c[2] == "free" for c in coded)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Freedonian lawmakers held a long debate on whether to ban Senator Ana Ruiz.",
        "Nobody knows whether Freedonia attacked the convoy.",
    ],
)
def test_a_whether_clause_is_left_open(text: str, run: Run) -> None:
    assert [e for e in run(text).events if e.mode is None and e.type != "CONSULT"] == []


# -------------------------------------------------------------------------------------------------
# Kinds of wrong events on whole articles, each with an invented sentence: a relative is not the
# one whose relative it is, a clause of its own is not negated by the one before, an act asked for
# or alleged in a charge did not happen, and facing charges is the accusation.


OPENING = "Man charged\n\nPolice in Marlow, Ohio, said on Friday that a teenager had died.\n"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "MARLOW -- The grandson of Ohio state Sen. Tom Baker was shot dead during a robbery "
        "on Friday night, according to the Marlow police.",
        "Governor Ana Ruiz's nephew was arrested on Monday.",
    ],
)  # fmt: skip
def test_an_unnamed_relative_is_no_target_and_its_owner_neither(run: Run, text: str) -> None:
    found = coded(run(text))
    assert not [c for c in found if c[0] in ("ASSAULT", "COERCE")], found
    # the same act on someone named is coded: the rule drops the relative, not the act
    named = coded(
        run(
            text.replace("The grandson of Ohio state Sen. Tom Baker", "Tom Baker").replace(
                "Governor Ana Ruiz's nephew", "Tom Baker"
            )
        )
    )
    assert [c for c in named if c[0] in ("ASSAULT", "COERCE") and "Tom Baker" in c[3]], named


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Police arrested the nephew of Governor Ana Ruiz on Monday.",
        "Police arrested Governor Ana Ruiz's nephew on Monday.",
    ],
)  # fmt: skip
def test_an_unnamed_relative_acted_on_is_not_the_owner(run: Run, text: str) -> None:
    found = coded(run(text))
    assert not [c for c in found if "Ana Ruiz" in c[3]], found
    named = coded(run("Police arrested Governor Ana Ruiz on Monday."))
    assert [c for c in named if c[0] == "COERCE" and "Ana Ruiz" in c[3]], named


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Police arrested the sons of Governor Ana Ruiz on Monday.",
        "Police arrested Governor Ana Ruiz's sons on Monday.",
    ],
)  # fmt: skip
def test_relatives_acted_on_are_the_relatives(run: Run, text: str) -> None:
    arrests = [c for c in coded(run(text)) if c[0] == "COERCE"]
    assert arrests, text
    assert all("Ana Ruiz" not in c[3] for c in arrests), arrests
    assert all(any("sons" in n for n in c[3]) for c in arrests), arrests


@pytest.mark.model
def test_a_named_relative_is_the_target(run: Run) -> None:
    found = coded(run("Her son, Peter Cole, was arrested by police in Boston on Monday."))
    assert ("COERCE", "arrested", ["police"], ["Peter Cole"]) in found


@pytest.mark.model
def test_a_conjoined_clause_of_its_own_keeps_its_own_mode(run: Run) -> None:
    found = coded(
        run(
            "Mrs. Ortiz told reporters that she had never doubted the verdict and that she "
            "would stand by her husband."
        )
    )
    assert not [c for c in found if c[0] == "REJECT"], found
    rejected = coded(run("Mrs. Ortiz told reporters that she rejected the verdict."))
    assert [c for c in rejected if c[0] == "REJECT"], rejected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ruritania demanded an apology from Borduria on Monday after the incident.", "CONCEDE"),
        ("Ruritania urged a ceasefire between Borduria and Syldavia.", "CONCEDE"),
        ("Ruritania demanded the release of the crew held by Borduria.", "CONCEDE"),
    ],
)  # fmt: skip
def test_an_act_asked_for_did_not_happen(run: Run, text: str, kind: str) -> None:
    found = coded(run(text))
    assert ("REQUEST", "demanded" if "demanded" in text else "urged") in [c[:2] for c in found]
    assert not [c for c in found if c[0] == kind], found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Thomas Reed faces charges of murder in the death of his neighbor.",
        "Thomas Reed, 19, faced charges of attempted murder and assault.",
        "Thomas Reed is facing a charge of murder.",
    ],
)  # fmt: skip
def test_facing_charges_is_the_accusation_not_the_act(run: Run, text: str) -> None:
    found = coded(run(OPENING + text + "\n"))
    assert [c for c in found if c[0] == "ACCUSE" and c[2] == [] and c[3] == ["Thomas Reed"]], found
    assert not [c for c in found if c[0] == "ASSAULT"], found


@pytest.mark.model
def test_the_act_a_charge_names_is_only_alleged(run: Run) -> None:
    for text in (
        "Thomas Reed has been charged with shooting Ann Cole.",
        "Thomas Reed was charged with the murder of Ann Cole.",
    ):
        found = coded(run(OPENING + text + "\n"))
        assert ("ACCUSE", "charged", [], ["Thomas Reed"]) in found, found
        assert not [c for c in found if c[0] == "ASSAULT"], found


@pytest.mark.model
def test_a_caption_run_into_the_next_line_is_no_part_of_an_actor(run: Run) -> None:
    rec = run(
        "Shots fired\n\nOfficers search a yard after a shooting. (Photo: Staff)Buy Photo\n"
        "A man firing at neighbors at a Marlow block party late Saturday was later found dead.\n"
    )
    found = coded(rec)
    assert [c for c in found if c[0] == "ASSAULT" and c[2] == ["man"]], found
    names = [n for c in found for n in (*c[2], *c[3])]
    assert not [n for n in names if "Photo" in n], names


@pytest.mark.model
def test_a_government_of_another_term_stands_for_its_country(run: Run) -> None:
    rec = run(
        "Peru's copper plan stalls\n\nPeru signed two copper contracts last year. On Monday, "
        "the head of a miners' union, Paul Brandt, accused the previous government of selling "
        "the deposits cheaply."
    )
    assert ("ACCUSE", "accused", ["Paul Brandt"], ["Peru"]) in coded(rec), coded(rec)


@pytest.mark.model
def test_words_are_not_aimed_at_the_actors_own_people(run: Run) -> None:
    rec = run(
        "Boat rescue\n\nThe Indian navy on Friday praised Indian fishermen who had pulled two "
        "sailors from the sea."
    )
    found = coded(rec)
    assert not [c for c in found if c[0] == "SUPPORT" and "Indian" in c[3]], found


# -------------------------------------------------------------------------------------------------
# Kinds of wrong events on whole articles, each with an invented sentence: a negation inside an
# adverb, an act one is told to do and the aim of a protest are no acts.


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            'The Marovian defense minister, Carl Ott, said he had "never once" discussed the '
            "contract with Acme Corp.",
            "discussed",
        ),
        (
            "Ruritania said on Sunday that it no longer recognized Bordurian patrols in the bay.",
            "recognized",
        ),
    ],
)
def test_a_negation_inside_an_adverb_negates(run: Run, text: str, trigger: str) -> None:
    found = coded(run(text))
    assert not [c for c in found if c[1].startswith(trigger)], found


@pytest.mark.model
def test_a_negation_inside_an_adverb_leaves_the_participle(run: Run) -> None:
    found = coded(
        run(
            'The Marovian defense minister, Carl Ott, said he had "never once" met the '
            "executives of Acme Corp., rejecting accusations from the Bordurian government."
        )
    )
    assert [c for c in found if c[0] == "REJECT" and c[1] == "rejecting"], found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The port authority told the Ruritanian captain to release a Bordurian tanker.",
        '"We were told to take the refugees to a port two days away," Captain Ole Berg said.',
    ],
)
def test_an_act_one_is_told_to_do_has_not_happened(run: Run, text: str) -> None:
    found = coded(run(text))
    assert not [c for c in found if c[1] in ("release", "take")], found


@pytest.mark.model
def test_an_order_to_leave_the_country_still_expels(run: Run) -> None:
    found = coded(run("Ruritania on Monday ordered two Bordurian diplomats to leave the country."))
    assert [c for c in found if c[0] == "SANCTION"], found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Thousands of protesters marched through Strelsau on Monday to oppose a media bill.",
        "The Ruritanian Farmers Union blocked highways for a week to demand higher grain prices.",
    ],
)
def test_the_aim_of_a_protest_is_no_act_of_its_own(run: Run, text: str) -> None:
    found = coded(run(text))
    assert [c[0] for c in found] == ["PROTEST"], found


@pytest.mark.model
def test_a_reported_pledge_stays(run: Run) -> None:
    found = coded(run("Ruritania said it would provide aid to Borduria."))
    assert [c[0] for c in found] == ["AGREE"], found


@pytest.mark.model
def test_an_act_one_only_hopes_to_do_did_not_happen(run: Run) -> None:
    # a longing verb's to-complement is only hoped for (``longing_verbs``)
    found = coded(run("The Chilean envoy hopes to meet the Bolivian foreign minister in May."))
    assert not [c for c in found if c[0] == "CONSULT"], found


@pytest.mark.model
def test_an_act_done_while_hoping_for_more_happened(run: Run) -> None:
    found = coded(
        run("The Chilean envoy met the Bolivian foreign minister, hoping to end the row.")
    )
    assert [c for c in found if c[0] == "CONSULT"], found
