"""The sector keyword rules (sayso/data/sectors.tsv, sayso.sectors): no model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sayso import resources
from sayso.gazetteer import SECTORS, Gazetteer
from sayso.sectors import (
    noun_sectors,
    rules,
    sector_of_name,
    sector_of_words,
    sectors_of_noun,
    words_of,
)


def test_every_rule_has_a_known_sector() -> None:
    table = rules()
    assert sum(len(v) for v in table.values()) == len(resources.tsv("data/sectors.tsv"))
    for group in table.values():
        for rule in group:
            assert rule.sector in SECTORS, rule


def test_police_is_cameo_cop() -> None:
    assert "COP" in SECTORS and "POL" not in SECTORS  # POL is Poland's iso3
    gz = Gazetteer.default()
    info = gz.role("police chief")
    assert info is not None and info.sector == "COP"


def test_old_police_code_in_a_user_table_reads_as_cop(tmp_path: Path) -> None:
    people = tmp_path / "people.csv"
    people.write_text(
        "name,aliases,country,role,sector,start,end\nJane Roe,,GBR,police chief,POL,,\n",
        encoding="utf-8",
    )
    person = Gazetteer.load(extra_people_csv=people).person("Jane Roe")
    assert person is not None and person.sector == "COP"


@pytest.mark.parametrize(
    ("name", "sector"),
    [
        # government
        ("the Ruritanian Foreign Ministry", "GOV"),
        ("Ministry of Foreign Affairs", "GOV"),
        ("Ministry of Defence", "GOV"),
        ("the Ruritanian government", "GOV"),
        ("the cabinet", "GOV"),
        ("the Biden administration", "GOV"),
        ("Kremlin", "GOV"),
        ("Ruritanian central bank", "GOV"),
        # armed forces and police
        ("Ruritanian army", "MIL"),
        ("the armed forces", "MIL"),
        ("Ruritanian Navy", "MIL"),
        ("Israeli troops", "MIL"),
        ("soldiers", "MIL"),
        ("Ruritanian police", "COP"),
        ("riot police", "COP"),
        ("policemen", "COP"),
        # judiciary, legislature, parties
        ("the Supreme Court", "JUD"),
        ("prosecutors", "JUD"),
        ("the prosecutor's office", "JUD"),
        ("parliament", "LEG"),
        ("the Ruritanian Senate", "LEG"),
        ("House of Representatives", "LEG"),
        ("lawmakers", "LEG"),
        ("Liberal Party of Ruritania", "PTY"),
        ("the ruling party", "PTY"),
        ("Communist Party", "PTY"),
        ("the opposition", "OPP"),
        # armed groups
        ("rebels", "REB"),
        ("Palestinian militants", "REB"),
        ("insurgents", "REB"),
        ("gunmen", "UAF"),
        # business, media, labour, religion, education, civilians
        ("Acme Corp.", "BUS"),
        ("Apple Inc", "BUS"),
        ("Bank of Ruritania", "BUS"),
        ("the company", "BUS"),
        ("Ruritanian news agency", "MED"),
        ("the newspaper", "MED"),
        ("Meridian Press Agency", "MED"),
        ("Delhi Courier", "MED"),
        ("Ruritania TV", "MED"),
        ("The Ruritania Times", "MED"),
        ("the union", "LAB"),
        ("Federation of Trade Unions", "LAB"),
        ("the church", "REL"),
        ("a mosque", "REL"),
        ("University of Ruritania", "EDU"),
        ("students", "EDU"),
        ("two ministers", "GOV"),
        ("protesters", "CVL"),
        ("civilians", "CVL"),
        ("residents", "CVL"),
        ("health workers", "HLH"),
        ("aid workers", "CVL"),
        ("refugees", "REF"),
    ],
)
def test_keyword_rules(name: str, sector: str) -> None:
    assert sector_of_name(name) == sector


@pytest.mark.parametrize(
    "name",
    [
        "Ruritania",  # a country: no sector
        "Ruritanian",
        "the agreement",
        "a fine",
        "raid",
        "Supreme Court decision",  # the head is the decision, not the court
        "police station",
        "three times",  # "Times" names a newspaper only as written
        "Union of Concerned Scientists",  # "Union" in a name may be anything
        "fighters",  # soldiers or rebels: left open
        "all parties",  # to a conflict, not political parties
        "negotiators",
        "",
    ],
)
def test_no_rule_no_sector(name: str) -> None:
    assert sector_of_name(name) is None


def test_words_of_title_modifiers() -> None:
    assert sector_of_words("rebel commander") == "REB"
    assert sector_of_words("union leader") == "LAB"
    assert sector_of_words("foreign ministry spokesperson") == "GOV"
    assert sector_of_words("police union leader") == "LAB"  # the last group wins
    assert sector_of_words("senior party official") == "PTY"
    assert sector_of_words("press secretary") is None  # "Press" names a medium only as written
    assert sector_of_words("leader") is None
    assert words_of("the prosecutor\u2019s office") == ["the", "prosecutor", "office"]


def test_sectors_of_clusters() -> None:
    """The entities stage's last step, on clusters built by hand: organisations and groups from
    the gazetteer or the rules, people from the body they speak for, else their title."""
    from sayso.pipeline.entities import Cluster, sectors

    def person(name: str, role: str | None, **kw: Any) -> Cluster:
        return Cluster(name=name, label="PERSON", key=f"per:{name}", role=role, **kw)

    clusters = [
        Cluster(name="Hamas", label="ORG", key="org:hamas"),
        Cluster(name="Ruritanian Foreign Ministry", label="ORG", key="org:rfm"),
        Cluster(name="France", label="GPE", key="gpe:FRA", country="FRA"),
        Cluster(name="Ruritanian", label="NORP", key="norp:ruritanian"),
        Cluster(name="protesters", label="OTHER", key="grp::protester"),
        person("Abu Hadi", "spokesperson", affiliation=0),
        person("Lena Mar", "foreign ministry spokesperson", affiliation=1),
        person("Jane Roe", None, affiliation=1),  # a critic of the ministry, say: no title
        person("Tom Zell", "general"),
        person("Ivo Brak", "rebel commander"),
        person("Joe Bloggs", "union leader"),
        person("Ann Lee", "leader"),
        person("Kim Poe", "president", sector="PTY"),  # the gazetteer's sector stays
    ]
    sectors(clusters, Gazetteer.default())
    assert {c.name: c.sector for c in clusters} == {
        "Hamas": "REB",
        "Ruritanian Foreign Ministry": "GOV",
        "France": None,
        "Ruritanian": None,
        "protesters": "CVL",
        "Abu Hadi": "REB",
        "Lena Mar": "GOV",
        "Jane Roe": None,
        "Tom Zell": "MIL",
        "Ivo Brak": "REB",
        "Joe Bloggs": "LAB",
        "Ann Lee": None,
        "Kim Poe": "PTY",
    }


def test_the_sectors_a_common_noun_names_are_those_of_the_patterns_ending_on_it() -> None:
    assert sectors_of_noun("party") == {"PTY", "OPP"}
    assert sectors_of_noun("parties") == {"PTY", "OPP"}
    assert sectors_of_noun("police") == {"COP"}
    assert sectors_of_noun("weather") == frozenset()


def test_the_sectors_of_a_noun_add_the_sector_of_its_title() -> None:
    assert noun_sectors("general") == {"MIL"}  # a title of roles.tsv, no pattern ends on it
    assert noun_sectors("officer") == {"MIL", "COP"}  # both
    assert noun_sectors("party") == sectors_of_noun("party")  # no title
    assert noun_sectors("director") == frozenset()  # a title of no sector
    assert noun_sectors("weather") == frozenset()
