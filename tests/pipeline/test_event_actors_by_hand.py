"""Events: actors from the syntax of the trigger, and nominal actors, on hand-written sentences
with hand-placed entities."""

from __future__ import annotations

import pytest

from .event_code import GPE, ORG, PERSON, Doc, code


# -- actors from the syntax of the trigger; nominal actors ---------------------------------------
def _types_of(d: Doc) -> dict[str, str]:
    return {e.name: e.type for e in d.state.entities}


@pytest.mark.model
def test_an_object_that_names_no_entity_is_a_nominal_actor() -> None:
    d = code("Zarif condemned the court decision on Monday.", {"Zarif": (PERSON, ("Zarif",))})
    ev = d.one("ACCUSE")
    assert d.actors(ev) == (["Zarif"], ["court decision"])  # no article, no date
    assert _types_of(d)["court decision"] == "OTHER"


@pytest.mark.model
def test_nominal_actors_on_both_sides_and_the_passive_agent() -> None:
    d = code("The embassy was attacked by gunmen.", {})
    assert d.actors(d.one("ASSAULT")) == (["gunmen"], ["embassy"])


@pytest.mark.model
def test_a_named_head_or_modifier_keeps_its_entity() -> None:
    d = code(
        "The Kremlin condemned the Ukrainian army.",
        {"Kremlin": (ORG, ("Kremlin",)), "Ukraine": (GPE, ("Ukrainian",))},
    )
    assert d.actors(d.one("ACCUSE")) == (["Kremlin"], ["Ukraine"])
    assert "OTHER" not in _types_of(d).values()


@pytest.mark.model
def test_who_made_a_rejected_request_is_the_target() -> None:
    d = code(
        "Pakistan refused a request from India to use its airspace.",
        {"Pakistan": (GPE, ("Pakistan",)), "India": (GPE, ("India",))},
    )
    assert d.actors(d.one("REJECT")) == (["Pakistan"], ["India"])


@pytest.mark.model
def test_a_joint_act_takes_the_partner_not_the_object() -> None:
    d = code(
        "Ruritania and the Fishers Guild signed a pact in Krasnogor.",
        {"Ruritania": (GPE, ("Ruritania",)), "Fishers Guild": (ORG, ("Fishers Guild",)),
         "Krasnogor": (GPE, ("Krasnogor",))},
    )  # fmt: skip
    assert d.actors(d.one("SUPPORT")) == (["Ruritania"], ["Fishers Guild"])


@pytest.mark.model
def test_an_unresolved_pronoun_is_no_actor() -> None:
    d = code("It condemned Russia.", {"Russia": (GPE, ("Russia",))})
    assert d.events == []  # and an accusation with no one named making it is left out


@pytest.mark.model
def test_nominal_actors_only_for_emitted_events() -> None:
    d = code("The attack was condemned and the decision was welcomed.", {})
    assert d.events == [] and d.state.entities == []


@pytest.mark.model
def test_one_definite_nominal_actor_per_name() -> None:
    d = code(
        "Zarif condemned the agreement. Rouhani praised the agreement.",
        {"Zarif": (PERSON, ("Zarif",)), "Rouhani": (PERSON, ("Rouhani",))},
    )
    [agreement] = [e for e in d.state.entities if e.type == "OTHER"]
    assert agreement.name == "agreement" and len(agreement.mentions) == 2


@pytest.mark.model
def test_quantity_and_group_words_stand_for_their_of_phrase() -> None:
    d = code("The police arrested dozens of protesters.", {"police": (ORG, ("police",))})
    assert d.actors(d.one("COERCE")) == (["police"], ["protesters"])


@pytest.mark.model
def test_a_joint_subject_is_split_into_source_and_target() -> None:
    d = code("Jordan and Britain agreed to hold joint exercises.",
             {"Jordan": (GPE, ("Jordan",)), "Britain": (GPE, ("Britain",))})  # fmt: skip
    assert d.actors(d.one("AGREE")) == (["Jordan"], ["Britain"])


@pytest.mark.model
def test_a_statement_acts_for_its_author() -> None:
    d = code(
        "The Miners Guild issued a report accusing the Bordurian navy of smuggling.",
        {"Miners Guild": (ORG, ("Miners Guild",)),
         "Bordurian navy": (ORG, ("Bordurian navy",))},
    )  # fmt: skip
    assert d.actors(d.one("ACCUSE")) == (["Miners Guild"], ["Bordurian navy"])


@pytest.mark.model
def test_a_receiving_verb_makes_its_subject_the_target() -> None:
    d = code(
        "Iran faces criticism from the United Nations.",
        {"Iran": (GPE, ("Iran",)), "United Nations": (ORG, ("United Nations",))},
    )
    assert d.actors(d.one("ACCUSE")) == (["United Nations"], ["Iran"])


@pytest.mark.model
def test_a_purpose_clause_acts_on_the_object_it_serves() -> None:
    d = code(
        "Pakistan summoned the Indian envoy to complain about the shelling.",
        {"Pakistan": (GPE, ("Pakistan",)), "India": (GPE, ("Indian",))},
    )
    assert d.actors(d.one("ACCUSE")) == (["Pakistan"], ["India"])


@pytest.mark.model
def test_a_to_complement_names_the_target_of_an_agreement() -> None:
    d = code(
        "Japan agreed to set up a research centre in Kenya.",
        {"Japan": (GPE, ("Japan",)), "Kenya": (GPE, ("Kenya",))},
    )
    assert d.actors(d.one("AGREE")) == (["Japan"], ["Kenya"])


@pytest.mark.model
def test_moved_forces_are_no_target() -> None:
    d = code("Nigeria announced the deployment of 230 troops to Liberia.",
             {"Nigeria": (GPE, ("Nigeria",)), "Liberia": (GPE, ("Liberia",))})  # fmt: skip
    assert d.actors(d.one("MOBILIZE")) == (["Nigeria"], ["Liberia"])


@pytest.mark.model
def test_what_someone_says_another_must_do_is_a_demand() -> None:
    d = code("Russia says Israel must end its attacks on Syria.",
             {"Russia": (GPE, ("Russia",)), "Israel": (GPE, ("Israel", "its")),
              "Syria": (GPE, ("Syria",))})  # fmt: skip
    ev = d.one("REQUEST")
    assert d.actors(ev)[0] == ["Russia"] and "Israel" in d.actors(ev)[1] and ev.mode is None


@pytest.mark.model
def test_who_orders_acts_on_who_is_ordered() -> None:
    d = code("The government ordered the newspaper to suspend publication.",
             {"government": (ORG, ("government",))})  # fmt: skip
    assert d.actors(d.one("COERCE")) == (["government"], ["newspaper"])


@pytest.mark.model
def test_an_arrest_without_agent_is_the_act_of_the_state_it_happens_in() -> None:
    d = code(
        "The journalist Tomas Varga was arrested on Friday in Ruritania.",
        {"Tomas Varga": (PERSON, ("Tomas Varga",)), "Ruritania": (GPE, ("Ruritania",))},
    )
    ev = d.one("COERCE")
    assert d.actors(ev) == (["Ruritania"], ["Tomas Varga"])
    assert ev.location == d.id_of("Ruritania")


@pytest.mark.model
def test_a_pronoun_in_a_reported_clause_is_the_reporter() -> None:
    d = code("The KLF has said it will release the captives.", {"KLF": (ORG, ("KLF",))})
    assert d.actors(d.one("AGREE")) == (["KLF"], ["captives"])


@pytest.mark.model
def test_an_act_with_no_one_on_the_other_side_acts_on_its_place() -> None:
    d = code("The rebels declared a unilateral ceasefire in Somalia.",
             {"rebels": (ORG, ("rebels",)), "Somalia": (GPE, ("Somalia",))})  # fmt: skip
    assert d.actors(d.one("CONCEDE")) == (["rebels"], ["Somalia"])


@pytest.mark.model
def test_a_dateline_is_no_actor() -> None:
    d = code(
        "MOSCOW -- A Russian court has charged the activist with fraud.",
        {"MOSCOW": (GPE, ("MOSCOW",)), "Russia": (GPE, ("Russian",))},
    )
    assert d.actors(d.one("ACCUSE"))[0] == ["Russia"]
