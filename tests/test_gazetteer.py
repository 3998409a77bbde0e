from __future__ import annotations

import csv
import re
from collections import defaultdict
from importlib import resources
from pathlib import Path

import pytest

from sayso.errors import ConfigError
from sayso.gazetteer import SECTORS, Gazetteer, OrgInfo, PersonInfo, RoleInfo

DATA = resources.files("sayso").joinpath("data")


def _rows(name: str, delimiter: str) -> list[dict[str, str]]:
    text = DATA.joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines(), delimiter=delimiter))


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


# -- table integrity ----------------------------------------------------------------------------


def test_iso3_codes_are_three_capitals_and_unique() -> None:
    codes = [row["iso3"] for row in _rows("countries.tsv", "\t")]
    assert all(re.fullmatch(r"[A-Z]{3}", code) for code in codes)
    assert len(codes) == len(set(codes))
    assert len(codes) >= 198
    for code in ("USA", "CHN", "TWN", "PSE", "XKX", "HKG", "VAT", "SSD", "TLS"):
        assert code in codes
    assert "EU" not in codes and "EUR" not in codes


def test_people_and_orgs_countries_exist() -> None:
    codes = {row["iso3"] for row in _rows("countries.tsv", "\t")}
    for name in ("people.csv", "orgs.csv"):
        for row in _rows(name, ","):
            assert row["country"] in codes or row["country"] == "", (name, row)
    for row in _rows("country_prefixes.tsv", "\t"):
        assert row["iso3"] in codes or row["iso3"] == "-", row


def test_no_name_maps_to_two_countries() -> None:
    seen: dict[str, set[str]] = defaultdict(set)
    for row in _rows("countries.tsv", "\t"):
        names = [row["name"]]
        for col in ("aliases", "demonyms"):
            names += [v for v in row[col].split("|") if v]
        for value in names:
            seen[value.lower()].add(row["iso3"])
    clashes = {k: v for k, v in seen.items() if len(v) > 1}
    assert clashes == {}


def test_sector_codes_valid() -> None:
    for name, delimiter in (("people.csv", ","), ("orgs.csv", ","), ("roles.tsv", "\t")):
        for row in _rows(name, delimiter):
            assert row["sector"] in SECTORS or (name == "roles.tsv" and row["sector"] == ""), row


def test_people_dates_and_roles() -> None:
    rows = _rows("people.csv", ",")
    assert len({row["name"] for row in rows}) >= 150
    for row in rows:
        assert row["role"] == row["role"].lower()
        for col in ("start", "end"):
            assert row[col] == "" or re.fullmatch(r"\d{4}(-\d{2}-\d{2})?", row[col]), row
        if row["start"] and row["end"]:
            assert row["start"] <= row["end"], row


def test_default_is_cached(gaz: Gazetteer) -> None:
    assert Gazetteer.default() is gaz


def test_roles_sorted_longest_first(gaz: Gazetteer) -> None:
    lengths = [len(r.pattern) for r in gaz.roles()]
    assert lengths == sorted(lengths, reverse=True)
    assert len(lengths) >= 120


# -- countries ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("United States", "USA"),
        ("the United States", "USA"),
        ("The United States", "USA"),
        ("US", "USA"),
        ("U.S.", "USA"),
        ("the U.S.", "USA"),
        ("America's", "USA"),
        ("Britain", "GBR"),
        ("UK", "GBR"),
        ("Russian Federation", "RUS"),
        ("Russia’s", "RUS"),
        ("PRC", "CHN"),
        ("Republic of Korea", "KOR"),
        ("DPRK", "PRK"),
        ("Côte d'Ivoire", "CIV"),
        ("cote d'ivoire", "CIV"),
        ("Turkey", "TUR"),
        ("Türkiye", "TUR"),
        ("Burma", "MMR"),
        ("Czech Republic", "CZE"),
        ("the Netherlands", "NLD"),
        ("Gambia", "GMB"),
        ("Kosovo", "XKX"),
    ],
)
def test_country(gaz: Gazetteer, name: str, iso3: str) -> None:
    assert gaz.country(name) == iso3


@pytest.mark.parametrize("word", ["us", "Us", "uk", "car", "European Union", "EU", "Europe"])
def test_country_rejects(gaz: Gazetteer, word: str) -> None:
    assert gaz.country(word) is None


def test_nation_reads_a_people_s_word_or_a_country_s_name(gaz: Gazetteer) -> None:
    assert gaz.nation("Peruvian") == "PER"
    assert gaz.nation("Peru") == "PER"
    assert gaz.nation("North Korea") == "PRK"
    assert gaz.nation("Lima") is None  # a city names no nation (see place_country)
    assert gaz.nation("tuesday") is None


def test_demonym_capital_metonym(gaz: Gazetteer) -> None:
    assert gaz.demonym("Chinese") == "CHN"
    assert gaz.demonym("Russians") == "RUS"
    assert gaz.demonym("Britons") == "GBR"
    assert gaz.demonym("Israelis") == "ISR"
    assert gaz.demonym("Palestinians") == "PSE"
    assert gaz.demonym("chinese") == "CHN"
    assert gaz.capital("Beijing") == "CHN"
    assert gaz.capital("Kyiv") == "UKR"
    assert gaz.capital("Kiev") == "UKR"
    assert gaz.capital("Washington") == "USA"
    assert gaz.metonym("Kremlin") == "RUS"
    assert gaz.metonym("the Kremlin") == "RUS"
    assert gaz.metonym("White House") == "USA"
    assert gaz.metonym("Downing Street") == "GBR"
    assert gaz.metonym("Elysee") == "FRA"
    assert gaz.metonym("Élysée") == "FRA"
    assert gaz.metonym("Zhongnanhai") == "CHN"
    assert gaz.place_country("Kremlin") == "RUS"
    assert gaz.place_country("Ukrainians") == "UKR"
    assert gaz.place_country("Tehran") == "IRN"
    assert gaz.place_country("Atlantis") is None


def test_iso3_name(gaz: Gazetteer) -> None:
    assert gaz.iso3_name("CHN") == "China"
    assert gaz.iso3_name("USA") == "United States"
    assert gaz.iso3_name("usa") == "United States"
    assert gaz.iso3_name("XYZ") is None


@pytest.mark.parametrize(
    ("word", "codes"),
    [
        ("Sino-Russian", ["CHN", "RUS"]),
        ("Russo-Ukrainian", ["RUS", "UKR"]),
        ("Russian-Chinese", ["RUS", "CHN"]),
        ("China-Russia", ["CHN", "RUS"]),
        ("US-China", ["USA", "CHN"]),
        ("Sino–American", ["CHN", "USA"]),
        ("Guinea-Bissau", ["GNB"]),
        ("Afro-Asian", []),
        ("Indo-Pacific", []),
        ("well-known", []),
    ],
)
def test_prefix_country(gaz: Gazetteer, word: str, codes: list[str]) -> None:
    assert gaz.prefix_country(word) == codes


# -- people, orgs, roles ------------------------------------------------------------------------


def test_person_by_name_and_alias(gaz: Gazetteer) -> None:
    person = gaz.person("Zelenskyy")
    assert isinstance(person, PersonInfo)
    assert person.name == "Volodymyr Zelensky"
    assert person.country == "UKR"
    assert person.role == "president"
    assert gaz.person("Sergey Lavrov") == gaz.person("Sergei Lavrov")
    lula = gaz.person("Lula")
    assert lula is not None and lula.country == "BRA"
    assert gaz.person("Xi") is not None
    assert gaz.person("Nobody Atall") is None


def test_person_by_date(gaz: Gazetteer) -> None:
    early = gaz.person("Donald Trump", on="2016-06-01")
    assert early is not None and early.role == "presidential candidate"
    first = gaz.person("Donald Trump", on="2018")
    assert first is not None and first.role == "president" and first.start == "2017-01-20"
    latest = gaz.person("Donald Trump")
    assert latest is not None and latest.end is None
    shoigu = gaz.person("Shoigu", on="2023-05-01")
    assert shoigu is not None and shoigu.role == "defense minister"
    assert gaz.person("Shoigu", on="2024-06-01").role != "defense minister"  # type: ignore[union-attr]
    assert gaz.person("Kirby", on="2023-01-01").role == (  # type: ignore[union-attr]
        "national security council spokesperson"
    )


def test_person_surname(gaz: Gazetteer) -> None:
    assert gaz.person("Blinken") is not None
    assert gaz.person("Blinken's") is not None
    # two Sanders (Bernie, Sarah Huckabee): ambiguous
    assert {p.name for p in gaz.person_by_surname("Sanders")} >= {
        "Bernie Sanders",
        "Sarah Huckabee Sanders",
    }
    assert gaz.person("Sanders") is None
    assert gaz.person("Bernie Sanders") is not None
    # family name first for Chinese and Korean names; suffixes are not surnames
    assert {p.name for p in gaz.person_by_surname("Li")} >= {"Li Keqiang", "Li Qiang"}
    assert gaz.person("Wang") is None
    assert gaz.person("Tsai").name == "Tsai Ing-wen"  # type: ignore[union-attr]
    assert gaz.person("Marcos").name == "Ferdinand Marcos Jr."  # type: ignore[union-attr]


def test_org(gaz: Gazetteer) -> None:
    un = gaz.org("U.N.")
    assert isinstance(un, OrgInfo)
    assert un.name == "United Nations" and un.country is None and un.sector == "IGO"
    assert gaz.org("UN") == un
    assert gaz.org("the United Nations") == un
    assert gaz.org("un") is None
    assert gaz.org("WHO") is not None and gaz.org("who") is None
    assert gaz.org("Xinhua").country == "CHN"  # type: ignore[union-attr]
    assert gaz.org("Reuters").country == "GBR"  # type: ignore[union-attr]
    assert gaz.org("GOP").country == "USA"  # type: ignore[union-attr]
    assert gaz.org("Ansar Allah").name == "Houthis"  # type: ignore[union-attr]
    assert gaz.org("ISIS").country is None  # type: ignore[union-attr]
    assert gaz.org("The New York Times") == gaz.org("New York Times")


@pytest.mark.parametrize(
    ("phrase", "role"),
    [
        ("Chinese Foreign Ministry spokesperson", "spokesperson"),
        ("defense chief", "defense minister"),
        ("Britain's Defence Minister", "defense minister"),
        ("the top diplomat", "foreign minister"),
        ("spokesman", "spokesperson"),
        ("Sen.", "senator"),
        ("U.S. Secretary of State", "secretary of state"),
        ("Vice President", "vice president"),
        ("Republican presidential nominee", "nominee"),
    ],
)
def test_role(gaz: Gazetteer, phrase: str, role: str) -> None:
    info = gaz.role(phrase)
    assert isinstance(info, RoleInfo)
    assert info.role == role


def test_role_none(gaz: Gazetteer) -> None:
    assert gaz.role("the weather today") is None
    assert gaz.role("ministry") is None


# -- user tables --------------------------------------------------------------------------------


def test_user_csv_extends_and_overrides(tmp_path: Path) -> None:
    people = tmp_path / "people.csv"
    people.write_text(
        "name,aliases,country,role,sector,start,end\n"
        "Jane Roe,J. Roe|Roe,GBR,mayor,GOV,2020,\n"
        "Sergei Lavrov,Sergey Lavrov,RUS,foreign minister,GOV,2004-03-09,2024-12-31\n",
        encoding="utf-8",
    )
    orgs = tmp_path / "orgs.csv"
    orgs.write_text(
        "name,aliases,type,country,sector\nAcme News,Acme,ORG,FRA,MED\n", encoding="utf-8"
    )
    gaz = Gazetteer.load(extra_people_csv=people, extra_orgs_csv=orgs)
    roe = gaz.person("Roe")
    assert roe is not None and roe.country == "GBR" and roe.start == "2020"
    lavrov = gaz.person("Lavrov")
    assert lavrov is not None and lavrov.end == "2024-12-31"
    assert len([p for p in gaz.people() if p.name == "Sergei Lavrov"]) == 1
    assert gaz.org("Acme").country == "FRA"  # type: ignore[union-attr]
    assert gaz.person("Xi Jinping") is not None  # bundled rows remain
    assert Gazetteer.default().org("Acme") is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name,aliases,country,role,sector,start,end\nJane Roe,,GBR,mayor,GOV\n", ":2: 5 fields"),
        ("name,country\nJane Roe,GBR\n", ":1: header"),
        ("name,aliases,country,role,sector,start,end\nJane Roe,,XXX,mayor,GOV,,\n", "XXX"),
        ("name,aliases,country,role,sector,start,end\nJane Roe,,GBR,mayor,ZZZ,,\n", "ZZZ"),
        ("name,aliases,country,role,sector,start,end\nJane Roe,,GBR,mayor,GOV,May 2,\n", "date"),
        ("", "empty"),
    ],
)
def test_malformed_user_csv(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        Gazetteer.load(extra_people_csv=path)
    line = str(err.value)
    assert "\n" not in line
    assert str(path) in line
    assert message in line


def test_missing_user_csv(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such file"):
        Gazetteer.load(extra_orgs_csv=tmp_path / "nope.csv")


def test_adjective_of_a_country() -> None:
    gz = Gazetteer.default()
    assert gz.adjective("ARG") == "Argentine"
    assert gz.adjective("chn") == "Chinese"
    assert gz.adjective("XXX") is None


# -- gender of people ---------------------------------------------------------------------------


def test_every_bundled_person_has_a_gender() -> None:
    rows = _rows("people.csv", ",")
    assert all(row["gender"] in {"m", "f"} for row in rows), [
        row["name"] for row in rows if row["gender"] not in {"m", "f"}
    ]


def test_the_gender_column_is_read(gaz: Gazetteer) -> None:
    merkel, borrell = gaz.person("Angela Merkel"), gaz.person("Josep Borrell")
    assert merkel is not None and merkel.gender == "f"
    assert borrell is not None and borrell.gender == "m"


def test_a_user_table_with_or_without_the_gender_column(tmp_path: Path) -> None:
    new = tmp_path / "new.csv"
    new.write_text(
        "name,aliases,country,role,sector,start,end,gender\n"
        "Jane Roe,,GBR,mayor,GOV,2020,,F\n"
        "Sam Poe,,GBR,mayor,GOV,2016,2020,\n",
        encoding="utf-8",
    )
    gaz = Gazetteer.load(extra_people_csv=new)
    roe, poe = gaz.person("Jane Roe"), gaz.person("Sam Poe")
    assert roe is not None and roe.gender == "f"
    assert poe is not None and poe.gender is None  # empty: unknown
    old = tmp_path / "old.csv"
    old.write_text(
        "name,aliases,country,role,sector,start,end\nJane Roe,,GBR,mayor,GOV,2020,\n",
        encoding="utf-8",
    )
    roe = Gazetteer.load(extra_people_csv=old).person("Jane Roe")
    assert roe is not None and roe.role == "mayor" and roe.gender is None


def test_a_gender_other_than_m_or_f_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "name,aliases,country,role,sector,start,end,gender\nJane Roe,,GBR,mayor,GOV,,,woman\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match=":2: gender 'woman'"):
        Gazetteer.load(extra_people_csv=path)


def test_a_name_in_the_western_order_has_one_surname() -> None:
    gz = Gazetteer.default()
    # a listed person of a family-name-first country written given name first: "Joseph" is
    # no surname, "Wu" is; "Xi Jinping" keeps both words
    assert "Joseph Wu" not in {p.name for p in gz.person_by_surname("Joseph")}
    assert "Joseph Wu" in {p.name for p in gz.person_by_surname("Wu")}
    assert "Xi Jinping" in {p.name for p in gz.person_by_surname("Xi")}
