"""Identity on whole articles, rule by rule (issue 13): namesakes by suffix and generation, titles
alone, ships, organisation-shaped names, appositions, names NER missed, lone place words that are
surnames, one name typed two ways, binding of object pronouns, first names and gender, countries
and the confidence of an entity. Every sentence here is invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from sayso.gazetteer import Gazetteer
from sayso.nlp import load
from sayso.pipeline.entities import Cluster, Mention, cluster
from sayso.pipeline.entities.confidence import cluster_score
from sayso.pipeline.entities.home import dominant_country
from sayso.pipeline.entities.labels import place_by_context as _place_by_context
from sayso.pipeline.entities.mentions import _typed
from sayso.pipeline.entities.people import _placed_people
from sayso.pipeline.entities.shapes import (
    award_shaped,
    debris_pieces,
    headline_run,
    line_pieces,
)
from sayso.types import Entity, Record

from .conftest import named
from .test_identity import texts


def _mention(text: str, part: str, label: str, after: int = 0) -> Mention:
    """A hand-made name mention of ``part`` (its first occurrence from ``after``)."""
    at = text.index(part, after)
    n = len(part.split())
    return Mention(at, at + len(part), 0, n, label)


def test_a_lone_place_word_is_the_surname_of_a_person_named_in_full() -> None:
    text = "Officer Brad Keller stopped the car. Keller said the driver fled. He lives in Keller."
    ms = [
        _mention(text, "Brad Keller", "PERSON"),
        _mention(text, "Keller", "GPE", text.index(" said") - 6),
        _mention(text, "Keller", "GPE", text.index("in Keller") + 3),
    ]
    clusters = [c for c in cluster(text, ms, Gazetteer.default(), None) if c.mentions]
    by_name = {c.name: c for c in clusters}
    assert [m.start for m in by_name["Brad Keller"].mentions] == [ms[0].start, ms[1].start]
    assert by_name["Brad Keller"].mentions[1].how == "surname"
    assert by_name["Keller"].label == "GPE"  # "in Keller": a place


def test_a_name_typed_once_a_place_and_once_a_person_is_one_actor() -> None:
    text = "Floods hit Bayou Verde on Monday. Residents of Bayou Verde fled. Bayou Verde mourned."
    ms = [
        _mention(text, "Bayou Verde", "FAC"),
        _mention(text, "Bayou Verde", "FAC", 20),
        _mention(text, "Bayou Verde", "PERSON", 50),
    ]
    clusters = [c for c in cluster(text, ms, Gazetteer.default(), None) if c.mentions]
    assert len(clusters) == 1 and clusters[0].label == "FAC" and len(clusters[0].mentions) == 3


def test_the_only_country_named_twice_is_the_home_country() -> None:
    twice = [Mention(0, 5, 0, 1, "GPE")] * 2
    assert dominant_country([Cluster("Tulsa", "GPE", "loc:tulsa", "USA", mentions=twice)]) == "USA"
    once = Cluster("Tulsa", "GPE", "loc:tulsa", "USA", mentions=twice[:1])
    assert dominant_country([once]) is None
    # the country's own name twice: a story about Chile, not from it
    assert dominant_country([Cluster("Chile", "GPE", "gpe:CHL", "CHL", mentions=twice)]) is None


def test_a_name_never_runs_over_a_line_break() -> None:
    doc = load()("Budget deal for the Harbor\nCouncil meets on Monday")
    start = next(t.i for t in doc if t.text == "Harbor")
    assert line_pieces(doc, start, start + 3) == [(start, start + 1), (start + 2, start + 3)]


def _lone(name: str, titled: bool) -> Cluster:
    m = Mention(0, len(name), 0, 1, "PERSON", titled=titled)
    return Cluster(name, "PERSON", "per:" + name.lower(), mentions=[m, m])


def test_a_person_known_by_one_untitled_word_is_less_sure() -> None:
    gz = Gazetteer.default()
    assert cluster_score(_lone("Premiere", titled=False), gz) < 0.81  # hidden by default
    assert cluster_score(_lone("Premiere", titled=True), gz) >= 0.81  # "Mr. Premiere"
    full = Cluster("Ana Premiere", "PERSON", "k", mentions=[Mention(0, 12, 0, 2, "PERSON")] * 2)
    assert cluster_score(full, gz) >= 0.81


@pytest.mark.model
def test_suffixes_without_a_period_keep_father_and_son_apart(run: Callable[..., Record]) -> None:
    rec = run(
        "Marcus Hale Jr was charged on Monday. His father, Marcus Hale Sr, a former mayor, "
        "said nothing. Hale Jr pleaded not guilty."
    )
    son, father = named(rec, "Marcus Hale Jr"), named(rec, "Marcus Hale Sr")
    assert son.id != father.id
    assert "Hale Jr" in texts(son) and "Hale Jr" not in texts(father)


@pytest.mark.model
def test_the_younger_and_the_elder_pick_the_namesake(run: Callable[..., Record]) -> None:
    text = (
        "Dana Cole, a former governor, campaigned for her son, Peter Cole, on Tuesday. "
        "The younger Cole thanked voters. The elder Cole stayed home."
    )
    rec = run(text)
    younger, elder = text.index("younger Cole") + 8, text.index("elder Cole") + 6
    assert younger in [m.start for m in named(rec, "Peter Cole").mentions]
    assert elder in [m.start for m in named(rec, "Dana Cole").mentions]


@pytest.mark.model
def test_a_title_alone_names_no_one(run: Callable[..., Record]) -> None:
    rec = run(
        "The gunman shot her, Sgt. Barry Whiteman said on Friday. Msgr. Paul Keane and Msgr. "
        "Anton Riley led the funeral."
    )
    names = [e.name for e in rec.entities]
    assert "Sgt" not in names and "Barry Whiteman" in names
    assert "Msgr" not in names


@pytest.mark.model
def test_ships_are_no_people(run: Callable[..., Record]) -> None:
    rec = run(
        "INS Tarkash rescued the crew of MV Ocean Star on Friday, the navy said. USS Harlan "
        "joined the search."
    )
    assert (named(rec, "INS Tarkash").type, named(rec, "INS Tarkash").country) == ("ORG", "IND")
    assert named(rec, "USS Harlan").country == "USA"
    assert all(e.type != "PERSON" for e in rec.entities)


@pytest.mark.model
def test_organisation_shaped_names_are_organisations(run: Callable[..., Record]) -> None:
    rec = run(
        "The Chargers beat the Rams on Sunday. Lakeview Advisors hired Tom Baker in May, and "
        "the Writers Guild objected."
    )
    for name in ("Rams", "Lakeview Advisors", "Writers Guild"):
        assert named(rec, name).type == "ORG", name
    assert named(rec, "Tom Baker").type == "PERSON"


@pytest.mark.model
def test_street_shaped_names_are_facilities(run: Callable[..., Record]) -> None:
    rec = run("Officers found the car on Clinton Drive, police said.")
    assert named(rec, "Clinton Drive").type == "FAC"


@pytest.mark.model
def test_an_object_pronoun_is_not_its_clause_subject(run: Callable[..., Record]) -> None:
    rec = run(
        "Helen Marsh tried to stop him at the door, police said. The gunman shot her, Sgt. "
        "Barry Whiteman said."
    )
    assert "him" not in texts(named(rec, "Helen Marsh"))
    assert "her" not in texts(named(rec, "Barry Whiteman"))


@pytest.mark.model
def test_a_first_name_gives_the_gender(run: Callable[..., Record]) -> None:
    rec = run("Gloria Mendes met Victor Lindqvist on Monday. She said the talks went well.")
    assert "She" in texts(named(rec, "Gloria Mendes"))
    assert "She" not in texts(named(rec, "Victor Lindqvist"))


@pytest.mark.model
def test_a_role_beside_a_name_is_that_persons(run: Callable[..., Record]) -> None:
    rec = run(
        "President Barack Obama named a new envoy on Monday. The association's president, "
        "Maria Lentz, praised the choice."
    )
    assert not [t for t in texts(named(rec, "Barack Obama")) if "association" in t]


@pytest.mark.model
def test_appositions_type_names(run: Callable[..., Record]) -> None:
    rec = run(
        "Georgia's chief negotiator, Levan Aslanov, blamed Baku for the delay. Prosecutors "
        "cited ties between the minister and the firm, Construtora Lima, but filed no charges."
    )
    assert named(rec, "Levan Aslanov").type == "PERSON"
    assert named(rec, "Construtora Lima").type == "ORG"


@pytest.mark.model
def test_names_ner_missed_after_a_title_or_the(run: Callable[..., Record]) -> None:
    rec = run(
        "The following is attributable to Department Spokesperson Ana Ruiz:\n\n"
        "The Ohio Supreme Court on Wednesday struck down the map."
    )
    assert named(rec, "Ana Ruiz").type == "PERSON"
    assert named(rec, "Ohio Supreme Court").type == "ORG"


@pytest.mark.model
def test_a_place_in_an_organisations_name_is_no_persons_country(
    run: Callable[..., Record],
) -> None:
    rec = run("Lena Brandt, a professor at Kingston Law School, said the ruling was narrow.")
    assert named(rec, "Lena Brandt").country != "JAM"


@pytest.mark.model
def test_a_titled_person_is_sure_even_with_a_countrys_name(run: Callable[..., Record]) -> None:
    rec = run("Mr. Jordan said the talks would resume on Monday.")
    jordan: Entity = named(rec, "Jordan")
    assert jordan.type == "PERSON" and jordan.confidence >= 0.81


@pytest.mark.model
def test_a_place_before_a_resident_noun_is_a_place(run: Callable[..., Record]) -> None:
    rec = run(
        "A Glenmoor man was charged on Tuesday after a crash on the highway. "
        "Police said a Browning Mills woman was also hurt."
    )
    types = {e.name: e.type for e in rec.entities}
    assert types.get("Glenmoor") == "GPE", types
    assert types.get("Browning Mills") in {None, "GPE"}, types


@pytest.mark.model
def test_a_persons_surname_before_a_resident_noun_stays_a_person(
    run: Callable[..., Record],
) -> None:
    rec = run("Dana Whitcombe spoke first. Later a Whitcombe man was seen at the gate.")
    assert all(e.type != "GPE" for e in rec.entities if "Whitcombe" in e.name)


@pytest.mark.model
def test_a_common_nouns_abbreviation_is_no_entity(run: Callable[..., Record]) -> None:
    rec = run(
        "Rollins was arrested on suspicion of DUI on Friday, the team said. "
        "The trawler sent an SOS before it sank."
    )
    assert not [e for e in rec.entities if e.name in {"DUI", "SOS"}]


@pytest.mark.model
def test_an_award_is_an_event_not_a_person(run: Callable[..., Record]) -> None:
    rec = run("Marla Quist hosted the Brightwater Awards last spring and said she would return.")
    award = [e for e in rec.entities if "Awards" in e.name]
    assert award and all(e.type == "EVENT" for e in award)


@pytest.mark.model
def test_a_social_network_is_an_organisation(run: Callable[..., Record]) -> None:
    rec = run('Dorian Pell wrote on Twitter that the vote was "a farce," then deleted the post.')
    assert all(e.type == "ORG" for e in rec.entities if e.name == "Twitter")


def test_a_name_is_cut_at_page_debris() -> None:
    doc = load()("Buy Photo Kenmore County Sheriff Office sent a note to WKRX Photo desks.")
    ents = {e.text: (e.start, e.end) for e in doc.ents}
    gz = Gazetteer.default()
    for a, b in debris_pieces(doc, 0, 3, gz):
        assert doc[a:b].text != "Buy"
    assert debris_pieces(doc, 0, 2, gz) == []
    wkrx = next(t.i for t in doc if t.text == "WKRX")
    assert debris_pieces(doc, wkrx, wkrx + 2, gz) == [(wkrx, wkrx + 1)]
    assert ents is not None


def test_a_web_address_is_no_name() -> None:
    doc = load()("Visit the site sunrisetalks.com or write to desk@sunrisetalks.com today.")
    site = next(t.i for t in doc if t.text.startswith("sunrisetalks"))
    assert debris_pieces(doc, site, site + 1, Gazetteer.default()) == []


def test_a_surname_typed_an_event_or_a_building_is_the_person() -> None:
    text = "Governor Ada Pryce signed the bill. Lawmakers backed it, including Pryce. Pryce left."
    ms = [
        _mention(text, "Ada Pryce", "PERSON"),
        _mention(text, "Pryce", "EVENT", text.index("including")),
        _mention(text, "Pryce", "FAC", text.index("Pryce left")),
    ]
    clusters = [c for c in cluster(text, ms, Gazetteer.default(), None) if c.mentions]
    assert [(c.name, c.label, len(c.mentions)) for c in clusters] == [("Ada Pryce", "PERSON", 3)]


def test_a_lone_building_word_with_no_namesake_stays_a_building() -> None:
    text = "Crowds gathered outside Marisol on Sunday."
    clusters = cluster(text, [_mention(text, "Marisol", "FAC")], Gazetteer.default(), None)
    assert [(c.name, c.label) for c in clusters if c.mentions] == [("Marisol", "FAC")]


def test_a_preposition_before_a_possessive_surname_governs_what_it_owns() -> None:
    text = "Rep. Dale Hatcher won. The ad ran in Hatcher's district. Voters in Hatcher cheered."
    ms = [
        _mention(text, "Dale Hatcher", "PERSON"),
        _mention(text, "Hatcher", "GPE", text.index("in Hatcher's") + 3),
        _mention(text, "Hatcher", "GPE", text.index("in Hatcher cheered") + 3),
    ]
    by_name = {c.name: c for c in cluster(text, ms, Gazetteer.default(), None) if c.mentions}
    assert len(by_name["Dale Hatcher"].mentions) == 2  # "in Hatcher's district": the person
    assert by_name["Hatcher"].label == "GPE"  # "in Hatcher": a place


def test_a_building_named_after_its_city_is_in_that_country() -> None:
    text = "Flights left Nairobi Airport late."
    clusters = cluster(text, [_mention(text, "Nairobi Airport", "FAC")], Gazetteer.default(), None)
    assert [(c.name, c.country) for c in clusters if c.mentions] == [("Nairobi Airport", "KEN")]
    text = "Crowds queued at Kenya Auto Sales."  # a shop named after a country: not placed
    clusters = cluster(text, [_mention(text, "Kenya Auto Sales", "FAC")], Gazetteer.default(), None)
    assert [c.country for c in clusters if c.mentions] == [None]


def _people(text: str, parts: list[tuple[str, str, int]]) -> list[Mention]:
    """Mentions with token offsets, for rules that read the parse."""
    doc = load()(text)
    out = []
    for part, label, after in parts:
        at = text.index(part, after)
        span = doc.char_span(at, at + len(part))
        assert span is not None
        out.append(Mention(at, at + len(part), span.start, span.end, label))
    return out


def test_a_place_typed_name_ending_in_a_persons_surname_is_that_person() -> None:
    text = (
        "Coach Lena Vorhees was hired. Vorhees said she was ready, and Vorhees smiled. "
        "Fans cheered Lena Vorhees in Harlan County."
    )
    doc = load()(text)
    ms = _people(
        text,
        [
            ("Lena Vorhees", "PERSON", 0),
            ("Vorhees", "PERSON", 25),
            ("Vorhees", "PERSON", 55),
            ("Lena Vorhees", "GPE", 80),
            ("Harlan County", "GPE", 0),
        ],
    )
    _placed_people(doc, ms, Gazetteer.default())
    assert [m.label for m in ms[3:]] == ["PERSON", "GPE"]


def test_one_person_from_abroad_does_not_make_the_story_home() -> None:
    m = Mention(0, 5, 0, 1, "PERSON")
    migrant = Cluster("Ravi Anand", "PERSON", "per:ravi anand", "IND", mentions=[m] * 3)
    driver = Cluster("Tom Reyes", "PERSON", "per:tom reyes", None, mentions=[m] * 6)
    assert dominant_country([migrant, driver]) is None
    # the story is about them: no one is named more often
    assert dominant_country([migrant, Cluster("Al", "PERSON", "per:al", None, [m])]) == "IND"


def _at(doc: Doc, part: str) -> tuple[int, int]:
    """The token range of the first ``part`` in ``doc``."""
    at = doc.text.index(part)
    span = doc.char_span(at, at + len(part))
    assert span is not None
    return span.start, span.end


def test_an_awards_one_word_name_is_no_person_unless_a_name_follows() -> None:
    doc = load()("She was the Oscar host twice. Oscar Reyes, her driver, cheered.")
    host = _at(doc, "Oscar host")[0]
    assert award_shaped(doc, host, host + 1)
    reyes = _at(doc, "Oscar Reyes")[0]
    assert not award_shaped(doc, reyes, reyes + 1)


def test_a_name_ending_in_a_division_word_is_a_place() -> None:
    doc = load()("Deputies searched Harlan County and Cedar Parish on Monday.")
    gz = Gazetteer.default()
    for part in ("Harlan County", "Cedar Parish"):
        ts, te = _at(doc, part)
        assert [m.label for m in _typed(doc, ts, te, "FAC", gz)] == ["GPE"], part


def test_a_name_before_a_home_is_a_place() -> None:
    doc = load()("Police found three bodies in a Cedar Hollow home on Friday.")
    ts, te = _at(doc, "Cedar Hollow")
    assert _place_by_context(doc, ts, te, "ORG", Gazetteer.default())


@pytest.mark.model
def test_a_suffix_keeps_its_period(run: Callable[..., Record]) -> None:
    rec = run("In a statement, Marcus Hale Sr. said he was saddened. Marcus Hale Jr. was charged.")
    assert {e.name for e in rec.entities if e.type == "PERSON"} == {
        "Marcus Hale Sr.",
        "Marcus Hale Jr.",
    }


@pytest.mark.model
def test_an_abstract_noun_of_a_group_word_is_no_actor(run: Callable[..., Record]) -> None:
    text = (
        "The opposition walked out of parliament on Monday. Their fierce opposition to the "
        "budget surprised no one. Police used excessive force against the crowd. The sanctions "
        "regime hurt farmers, and the party will be a force in the next election."
    )
    rec = run(text)
    starts = [m.start for e in rec.entities if e.name == "opposition" for m in e.mentions]
    assert starts == [text.index("opposition")]  # the group, not "fierce opposition to"
    assert not any(e.name in {"force", "regime"} for e in rec.entities)


@pytest.mark.model
def test_a_boilerplate_line_names_no_actor(run: Callable[..., Record]) -> None:
    rec = run(
        "Two hurt in crash\nPlease enable JavaScript to watch this video\nTwo people were hurt "
        "on Sunday, Sgt. Ana Ruiz said."
    )
    assert "JavaScript" not in {e.name for e in rec.entities}
    assert "Ana Ruiz" in {e.name for e in rec.entities}


@pytest.mark.model
def test_a_listed_persons_gender_takes_the_pronoun(run: Callable[..., Record]) -> None:
    # neither first name is a common one: only the people table says who is a woman
    rec = run("Borrell called Kallas on Friday. She told him the summit would go ahead.")
    assert "She" in texts(named(rec, "Kaja Kallas"))
    assert "She" not in texts(named(rec, "Josep Borrell"))
    rec = run("Josep Borrell praised Kaja Kallas at the meeting. She said the fund was ready.")
    assert "She" in texts(named(rec, "Kaja Kallas"))


def test_a_listed_persons_gender_goes_to_the_cluster() -> None:
    text = "Scholz met Baerbock in Berlin."
    ms = [_mention(text, w, "PERSON") for w in ("Scholz", "Baerbock")]
    by_name = {c.name: c for c in cluster(text, ms, Gazetteer.default(), "2023-01-10")}
    assert by_name["Olaf Scholz"].gender == "m"
    assert by_name["Annalena Baerbock"].gender == "f"


def test_an_honorific_of_the_other_gender_is_a_namesake() -> None:
    text = "Mr. Merkel, a baker, said he had never voted."
    m = _mention(text, "Merkel", "PERSON")
    m.gender = "m"  # from "Mr."
    (c,) = [c for c in cluster(text, [m], Gazetteer.default(), "2024-03-10") if c.mentions]
    assert c.name == "Merkel" and c.gender == "m"


@pytest.mark.model
def test_a_role_word_before_a_first_name_names_a_person_ner_missed(
    run: Callable[..., Record],
) -> None:
    rec = run("Sheriff Ana Ruiz told reporters that the boy had died.")
    ruiz = named(rec, "Ana Ruiz")
    assert (ruiz.type, ruiz.role, ruiz.sector) == ("PERSON", "sheriff", "COP")


def test_a_headline_run_in_title_case_is_no_name() -> None:
    text = "Police Release Name Of Man Found In Harlan River\nThe Council on Foreign Relations met."
    doc = load()(text)
    ts, te = _at(doc, "Police Release Name Of Man Found In")
    assert headline_run(doc, ts, te)
    ts, te = _at(doc, "Council on Foreign Relations")
    assert not headline_run(doc, ts, te)


def test_a_title_case_headline_run_the_story_never_names_is_no_one(
    run: Callable[..., Record],
) -> None:
    body = (
        "STRELSAU - A federal judge, Hana Velk, on Monday halted the removal of 90,000 voters "
        "from the rolls in Ruritania. Ruritania's labor minister, Otto Brandl, said he would "
        "appeal."
    )
    for headline, junk in [
        ("Judge Blocks Ruritania From Purging 90,000 Voters, Citing Flawed Checks", "Blocks"),
        ("Governor Vetoes Budget, Setting Up Clash With Lawmakers", "Vetoes"),
    ]:
        names = [e.name for e in run(f"{headline}\n\n{body}").entities]
        assert not any(junk in n for n in names), names
        assert "Hana Velk" in names and "Otto Brandl" in names


def test_a_name_of_a_sentence_case_headline_stays(run: Callable[..., Record]) -> None:
    rec = run(
        "Minister Otto Brandl resigns over mine deal\n\n"
        "STRELSAU - Ruritania's labor minister resigned on Monday. Brandl said the deal had "
        "been signed without him."
    )
    assert "Otto Brandl" in [e.name for e in rec.entities]


def test_title_case() -> None:
    from sayso.pipeline.entities.shapes import title_case

    assert title_case("Court Halts Ruritania From Deporting 300 Miners")
    assert not title_case("Minister Otto Brandl resigns over mine deal")


def test_a_ship_ner_missed_or_called_a_product_is_its_navy_s(run: Callable[..., Record]) -> None:
    for ship in ("INS Talwar", "INS Mysore"):
        rec = run(
            "Navy foils pirate attack\n\nThe pirates were trying to board a freighter when the "
            f"frigate {ship} intervened, a navy spokesman said."
        )
        assert [(e.type, e.country) for e in rec.entities if e.name == ship] == [("ORG", "IND")]


def test_a_capitalised_title_after_a_ship_prefix_is_no_ship(run: Callable[..., Record]) -> None:
    rec = run(
        "Rule to change\n\nOn Monday INS Commissioner Doris Vale said the visa rule would "
        "change, officials said."
    )
    assert not [e for e in rec.entities if e.name.startswith("INS Commissioner")]


def test_a_list_of_places_gives_the_first_no_country_of_the_next(
    run: Callable[..., Record],
) -> None:
    rec = run("Fishermen from Quellport, Bilbao and Porto protested on Monday.")
    assert [e.country for e in rec.entities if e.name == "Quellport"] == [None]
