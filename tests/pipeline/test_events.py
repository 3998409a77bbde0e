"""Events: the PLOVER coder on hand-written sentences with hand-placed entities."""

from __future__ import annotations

import pytest

from sayso.errors import ConfigError
from sayso.pipeline.base import State
from sayso.pipeline.events import EventStage, parse_patterns, patterns
from sayso.types import PLOVER_TYPES, Document, Entity, Meta, Span, stable_id

from .event_code import GPE, NORP, ORG, PERSON, code, mentions


# -- the pattern table (no model) ------------------------------------------------------------------
def test_shipped_table_covers_every_plover_type() -> None:
    types = {p.type for options in patterns().values() for p in options}
    assert types == set(PLOVER_TYPES)


def test_specific_patterns_come_first() -> None:
    options = patterns()[("verb", "strike")]
    assert options[0].type == "SUPPORT" and options[0].specific  # strike a deal
    assert options[-1].type == "ASSAULT" and not options[-1].specific


def test_parse_patterns_reads_columns() -> None:
    table = parse_patterns(
        "# comment\n"
        "CONSULT\tnoun\tcall|conversation\tvideo|with\tsym\ta video call\n"
        "CONCEDE\tverb\trelease\t@|prisoner\tdir\n"
    )
    call = table[("noun", "call")][0]
    assert call.type == "CONSULT" and call.with_words == {"video", "with"} and call.roles == "sym"
    assert table[("noun", "conversation")] == [call]
    release = table[("verb", "release")][0]
    assert release.entity_object and release.with_words == {"prisoner"}


@pytest.mark.parametrize(
    "line",
    ["FIGHT\tverb\tfight\t-\tdir", "ASSAULT\tadj\tviolent\t-\tdir", "ASSAULT\tverb\thit\t-\tx"],
)
def test_parse_patterns_rejects_bad_rows(line: str) -> None:
    with pytest.raises(ConfigError):
        parse_patterns(line + "\n")


def test_parse_patterns_rejects_short_rows() -> None:
    with pytest.raises(ConfigError):
        parse_patterns("ASSAULT\tverb\tattack\n")


# -- the stage on sentences -----------------------------------------------------------------------


@pytest.mark.model
def test_consult_with_date_and_location() -> None:
    d = code(
        "Foreign Minister Li Wei met his counterpart Anne Marchal in Paris on Tuesday.",
        {"Li Wei": (PERSON, ("Li Wei",)), "Anne Marchal": (PERSON, ("Anne Marchal",)),
         "Paris": (GPE, ("Paris",))},
    )  # fmt: skip
    ev = d.one("CONSULT")
    assert d.actors(ev) == (["Li Wei"], ["Anne Marchal"])
    assert ev.trigger.text == "met"
    assert ev.date == "2024-03-05"  # the Tuesday before Thursday 2024-03-07
    assert ev.location == d.id_of("Paris")
    assert ev.mode is None and ev.attribution is None
    assert ev.id == stable_id("ev", "doc1", ev.trigger.start, "CONSULT")


@pytest.mark.model
def test_consult_noun_takes_the_subject_of_its_clause() -> None:
    d = code(
        "Putin and Xi shook hands during a meeting in Beijing on October 18, 2023.",
        {"Putin": (PERSON, ("Putin",)), "Xi": (PERSON, ("Xi",)), "Beijing": (GPE, ("Beijing",))},
    )
    ev = d.one("CONSULT")
    assert sorted(d.actors(ev)[0] + d.actors(ev)[1]) == ["Putin", "Xi"]
    assert ev.trigger.text == "meeting"
    assert ev.date == "2023-10-18"
    assert ev.location == d.id_of("Beijing")


@pytest.mark.model
def test_support_through_a_light_verb() -> None:
    d = code(
        "Norway gave its full support to Kenya's bid for a council seat.",
        {"Norway": (GPE, ("Norway", "its")), "Kenya": (GPE, ("Kenya",))},
    )
    ev = d.one("SUPPORT")
    assert d.actors(ev) == (["Norway"], ["Kenya"])
    assert ev.trigger.text == "gave its full support"


@pytest.mark.model
def test_aid_noun_with_possessor() -> None:
    d = code(
        "Officials worry about Canada's military assistance to Haiti.",
        {"Canada": (GPE, ("Canada",)), "Haiti": (GPE, ("Haiti",))},
    )
    ev = d.one("AID")
    assert d.actors(ev) == (["Canada"], ["Haiti"])
    assert ev.trigger.text == "assistance"


@pytest.mark.model
def test_aid_verb_with_object_word() -> None:
    d = code("Japan sent weapons to Ukraine.", {"Japan": (GPE, ("Japan",)),
                                                "Ukraine": (GPE, ("Ukraine",))})  # fmt: skip
    ev = d.one("AID")
    assert d.actors(ev) == (["Japan"], ["Ukraine"])


@pytest.mark.model
def test_accuse_and_reject() -> None:
    d = code(
        "Brazil condemned Venezuela on Monday. Egypt rejected Ethiopia's proposal.",
        {"Brazil": (GPE, ("Brazil",)), "Venezuela": (GPE, ("Venezuela",)),
         "Egypt": (GPE, ("Egypt",)), "Ethiopia": (GPE, ("Ethiopia",))},
    )  # fmt: skip
    assert d.actors(d.one("ACCUSE")) == (["Brazil"], ["Venezuela"])
    assert d.one("ACCUSE").date == "2024-03-04"
    assert d.actors(d.one("REJECT")) == (["Egypt"], ["Ethiopia"])
    assert d.one("REJECT").date is None  # the date is in the other sentence


@pytest.mark.model
def test_threaten_folds_the_threatened_attack() -> None:
    d = code("Iran threatened to attack Israel.", {"Iran": (GPE, ("Iran",)),
                                                    "Israel": (GPE, ("Israel",))})  # fmt: skip
    assert d.types() == ["THREATEN"]
    assert d.actors(d.one("THREATEN")) == (["Iran"], ["Israel"])


@pytest.mark.model
def test_request_folds_the_requested_release() -> None:
    d = code(
        "The United States urged China to release the detained journalists.",
        {"United States": (GPE, ("United States",)), "China": (GPE, ("China",))},
    )
    assert d.types() == ["REQUEST"]
    assert d.actors(d.one("REQUEST")) == (["United States"], ["China"])


@pytest.mark.model
def test_assault_passive_agent_is_the_source() -> None:
    d = code(
        "Two soldiers from Mali were killed by Wagner fighters near the border.",
        {"Mali": (GPE, ("Mali",)), "Wagner": (ORG, ("Wagner",))},
    )
    ev = d.one("ASSAULT")
    assert d.actors(ev) == (["Wagner"], ["Mali"])  # "soldiers from Mali": where they are from


@pytest.mark.model
def test_sanctions_imposed_coerce_ties_cut_sanction() -> None:
    # punitive sanctions restrict the target (COERCE); cutting existing ties reduces relations
    d = code(
        "The European Union imposed new sanctions on Belarus. Lithuania severed ties with Belarus.",
        {"European Union": (ORG, ("European Union",)), "Belarus": (GPE, ("Belarus",)),
         "Lithuania": (GPE, ("Lithuania",))},
    )  # fmt: skip
    ev = d.one("COERCE")
    assert d.actors(ev) == (["European Union"], ["Belarus"])
    assert ev.trigger.text == "imposed new sanctions"
    assert d.actors(d.one("SANCTION")) == (["Lithuania"], ["Belarus"])


@pytest.mark.model
def test_an_embargo_or_a_blacklisting_is_coercion_an_expulsion_a_sanction() -> None:
    # CAMEO 163 (impose an embargo, boycott or sanctions) maps to PLOVER COERCE; 166 (expel) to
    # SANCTION
    d = code(
        "Norway blacklisted two Ruritanian shipping firms. Norway expelled a Ruritanian diplomat.",
        {"Norway": (GPE, ("Norway",)), "Ruritanian": (NORP, ("Ruritanian",))},
    )  # fmt: skip
    assert d.one("COERCE").trigger.text.startswith("blacklisted")
    assert d.one("SANCTION").trigger.text.startswith("expelled")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("France and Italy reached an agreement on migration.", "SUPPORT"),  # concluded
        ("France and Italy agreed on a trade deal.", "SUPPORT"),
        ("France and Italy agreed to hold talks.", "AGREE"),  # a promise
    ],
)
def test_concluding_an_agreement_is_support(text: str, type_: str) -> None:
    d = code(text, {"France": (GPE, ("France",)), "Italy": (GPE, ("Italy",))})
    assert d.actors(d.one(type_)) == (["France"], ["Italy"])


@pytest.mark.model
def test_cooperate_joint_exercises() -> None:
    d = code(
        "India and Japan held joint naval exercises.",
        {"India": (GPE, ("India",)), "Japan": (GPE, ("Japan",))},
    )
    ev = d.one("COOPERATE")
    assert sorted(d.actors(ev)[0] + d.actors(ev)[1]) == ["India", "Japan"]


@pytest.mark.model
def test_retreat_from_a_place() -> None:
    d = code(
        "Russia withdrew its troops from Syria.",
        {"Russia": (GPE, ("Russia", "its")), "Syria": (GPE, ("Syria",))},
    )
    ev = d.one("RETREAT")
    assert d.actors(ev) == (["Russia"], ["Syria"])


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Germany does not support Poland.",
        "Germany never criticized Poland.",
        "Germany failed to support Poland.",
        "Germany did not give Poland permission to land.",  # not done, not refused
        "Germany failed to reach an agreement with Poland.",
    ],
)
def test_negated_events_are_dropped(text: str) -> None:
    d = code(text, {"Germany": (GPE, ("Germany",)), "Poland": (GPE, ("Poland",))})
    assert d.events == []


@pytest.mark.model
def test_negated_noun_event_is_dropped() -> None:
    d = code(
        "The talks between China and Russia do not constitute an alliance with Iran.",
        {"China": (GPE, ("China",)), "Russia": (GPE, ("Russia",)), "Iran": (GPE, ("Iran",))},
    )
    assert "AGREE" not in d.types()
    assert d.actors(d.one("CONSULT")) == (["China"], ["Russia"])


@pytest.mark.model
def test_modes() -> None:
    d = code(
        "France will send troops to Mali. Spain could sanction Morocco. Peru plans to deploy "
        "warships near Chile.",
        {"France": (GPE, ("France",)), "Mali": (GPE, ("Mali",)), "Spain": (GPE, ("Spain",)),
         "Morocco": (GPE, ("Morocco",)), "Peru": (GPE, ("Peru",)), "Chile": (GPE, ("Chile",))},
    )  # fmt: skip
    modes = {d.actors(e)[0][0]: (e.type, e.mode) for e in d.events}
    assert modes == {  # "could sanction" did not happen and was not announced: left out
        "France": ("MOBILIZE", "intended"),
        "Peru": ("MOBILIZE", "intended"),
    }


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("France will meet Italy next week.", "AGREE"),  # CAMEO 036, intent to meet
        ("France said it would release the Italian sailors.", "AGREE"),  # intent to yield
        ("France plans to visit Italy.", "AGREE"),
        ("France will impose sanctions on Italy.", "THREATEN"),  # CAMEO 13
    ],
)
def test_announced_acts_are_promises_or_threats(text: str, type_: str) -> None:
    d = code(text, {"France": (GPE, ("France", "it")), "Italy": (GPE, ("Italy", "Italian"))})
    ev = d.one(type_)
    assert ev.mode is None and d.actors(ev)[0] == ["France"] and d.actors(ev)[1]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "France refused to give Italy permission to land.",
        "France declined to meet Italy.",
    ],
)
def test_refused_cooperation_is_reject(text: str) -> None:
    d = code(text, {"France": (GPE, ("France",)), "Italy": (GPE, ("Italy",))})
    assert d.types() == ["REJECT"]
    assert d.actors(d.events[0]) == (["France"], ["Italy"])


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "China-Russia relations do not constitute a formal military alliance.",
        "China and Russia do not form an alliance.",
    ],
)
def test_a_denied_state_is_no_event(text: str) -> None:
    d = code(text, {"China": (GPE, ("China",)), "Russia": (GPE, ("Russia",))})
    assert d.events == []


@pytest.mark.model
def test_attribution_is_linked() -> None:
    text = "Officials said Turkey attacked Syria. Greece praised Cyprus."
    d = code(
        text,
        {"Turkey": (GPE, ("Turkey",)), "Syria": (GPE, ("Syria",)), "Greece": (GPE, ("Greece",)),
         "Cyprus": (GPE, ("Cyprus",))},
        quoted="Turkey attacked Syria",
    )  # fmt: skip
    assert d.one("ASSAULT").attribution == "at1"
    assert d.one("SUPPORT").attribution is None


@pytest.mark.model
def test_events_without_actors_are_left_out() -> None:
    d = code("The attack was condemned and the talks went on.", {})
    assert d.events == []


@pytest.mark.model
def test_flagged_boilerplate_gives_no_event() -> None:
    text = "Share: Iran attacked Iraq\n\nIran attacked Iraq."
    from sayso import nlp
    from sayso.types import Flag

    state = State(
        document=Document(id="d", text=text),
        meta=Meta(flags=(Flag("boilerplate", Span(0, 25, text[:25])),)),
        doc=nlp.load()(text),
    )
    state.set_entities(
        [
            Entity("e1", "Iran", "GPE", None, None, mentions(text, ("Iran",))),
            Entity("e2", "Iraq", "GPE", None, None, mentions(text, ("Iraq",))),
        ]
    )
    EventStage()(state)
    assert [e.trigger.start for e in state.events] == [text.rindex("attacked")]


@pytest.mark.model
def test_refusal_for_the_future_is_reject() -> None:
    d = code("Canada will not lift its sanctions on Cuba.", {"Canada": (GPE, ("Canada", "its")),
                                                          "Cuba": (GPE, ("Cuba",))})  # fmt: skip
    assert d.types() == ["REJECT"]
    assert d.actors(d.one("REJECT")) == (["Canada"], ["Cuba"])
    assert d.one("REJECT").mode is None


@pytest.mark.model
def test_promises_and_vows() -> None:
    d = code(
        "Ghana offered to send troops to Mali. Iran vowed to strike Israel.",
        {"Ghana": (GPE, ("Ghana",)), "Mali": (GPE, ("Mali",)), "Iran": (GPE, ("Iran",)),
         "Israel": (GPE, ("Israel",))},
    )  # fmt: skip
    assert d.types() == ["AGREE", "THREATEN"]
    assert d.actors(d.one("AGREE")) == (["Ghana"], ["Mali"])
    assert d.actors(d.one("THREATEN")) == (["Iran"], ["Israel"])
