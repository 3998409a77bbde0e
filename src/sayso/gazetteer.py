"""Reference tables of countries, people, organisations and role words, and fast lookups over them.

The tables are hand-made data files in ``sayso/data`` (see DESIGN.md: rule tables live in data,
not code):

- ``countries.tsv``        iso3, name, aliases, demonyms, capitals, other (metonyms)
- ``country_prefixes.tsv`` combining forms ("Sino", "Russo") used in "Sino-Russian"
- ``places.tsv``           regions and large cities that are not capitals, and their country
                           (US states are in ``us_states.tsv``; ``place()`` reads both)
- ``people.csv``           one row per person and office, with dates and the person's gender
                           (m, f; empty when unknown; tables without the column still load)
- ``orgs.csv``             organisations with their country and sector
- ``roles.tsv``            title words ("defence minister") and their normalised role and sector
- ``us_states.tsv``        the 50 US states: name, postal code, AP abbreviation ("Calif.")

Sectors are the codes of ``SECTORS`` (CAMEO's); ``sayso.sectors`` reads the sector of an actor
the tables do not list from words of its name (``sectors.tsv``).

``Gazetteer.default()`` loads the bundled tables once per process; ``Gazetteer.load()`` adds user
CSVs (same columns) that extend or override the bundled people and organisations. Every lookup
is a dictionary access on a normalised key: case-insensitive, accent-insensitive, tolerant of a
leading "the" and a trailing "'s". Short all-caps aliases ("US", "UK", "WHO", "AP") only match
when written in capitals, so the pronoun "us" is not the United States.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .errors import ConfigError

__all__ = [
    "SECTORS",
    "CountryInfo",
    "Gazetteer",
    "OrgInfo",
    "PersonInfo",
    "RoleInfo",
]

# Actor sectors, CAMEO's codes: government, military, police, judiciary, legislature, political
# party, opposition, rebels, intergovernmental, media, business, civilians and civil society
# (NGOs, think tanks, activists), religion, education, labour, crime, refugees, health,
# agriculture, unaffiliated armed groups ("gunmen").
SECTORS = frozenset(
    {
        "GOV", "MIL", "COP", "JUD", "LEG", "PTY", "OPP", "REB", "IGO", "MED", "BUS", "CVL",
        "REL", "EDU", "LAB", "CRM", "REF", "HLH", "AGR", "UAF",
    }
)  # fmt: skip
# Codes earlier tables used, read as the code that replaced them ("POL": police, now CAMEO's COP;
# POL is also Poland's iso3).
OLD_SECTORS = {"POL": "COP"}

PEOPLE_COLUMNS = ("name", "aliases", "country", "role", "sector", "start", "end", "gender")
# Trailing columns a table written before they existed may lack: each reads as empty.
PEOPLE_OPTIONAL = ("gender",)
GENDERS = frozenset({"m", "f"})
ORG_COLUMNS = ("name", "aliases", "type", "country", "sector")
COUNTRY_COLUMNS = ("iso3", "name", "aliases", "demonyms", "capitals", "other")
ROLE_COLUMNS = ("pattern", "role", "sector")
STATE_COLUMNS = ("name", "postal", "abbreviation")
PREFIX_COLUMNS = ("prefix", "iso3")
PLACE_COLUMNS = ("place", "iso3")
ORG_TYPES = frozenset({"ORG", "GPE", "NORP", "PERSON"})

_DATE_RE = re.compile(r"^\d{4}(-\d{2}-\d{2})?$")
_ISO3_RE = re.compile(r"^[A-Z]{3}$")
_TOKEN_RE = re.compile(r"[\w]+(?:['\-][\w]+)*\.?")
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "xiv", "xvi"})
# Countries whose names put the family name first ("Xi Jinping", "Kim Jong Un"): both the first
# and the last word of such a name count as its surname, unless the name is written in the
# Western order, a long given name before a short family name ("Joseph Wu").
_SURNAME_FIRST = frozenset({"CHN", "TWN", "HKG", "PRK", "KOR", "KHM", "VNM"})
_HYPHENS = re.compile(r"[\-\u2010\u2011\u2012\u2013\u2014]")


@dataclass(frozen=True, slots=True)
class CountryInfo:
    iso3: str
    name: str


@dataclass(frozen=True, slots=True)
class PersonInfo:
    """One office held by one person. ``start``/``end`` are "YYYY" or "YYYY-MM-DD"; ``end`` is
    ``None`` while in office."""

    name: str
    aliases: tuple[str, ...]
    country: str | None
    role: str
    sector: str
    start: str | None
    end: str | None
    gender: str | None = None  # "m", "f", or None when the table does not say

    def in_office(self, on: str) -> bool:
        """True when the office was held on date ``on`` ("YYYY" or "YYYY-MM-DD")."""
        day = _day(on, last=False)
        last = _day(on, last=True)
        start = _day(self.start, last=False) if self.start else "0000-00-00"
        end = _day(self.end, last=True) if self.end else "9999-99-99"
        return start <= last and day <= end


@dataclass(frozen=True, slots=True)
class OrgInfo:
    name: str
    aliases: tuple[str, ...]
    type: str
    country: str | None
    sector: str


@dataclass(frozen=True, slots=True)
class RoleInfo:
    pattern: str
    role: str
    sector: str


def _day(date: str, *, last: bool) -> str:
    if len(date) == 4:
        return date + ("-12-31" if last else "-01-01")
    return date


@functools.lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    """Casefold and drop accents: "Élysée" -> "elysee" (kept: the stages ask of the same names
    again and again)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.lru_cache(maxsize=65536)
def _strip(text: str) -> str:
    """Drop a leading "the" and a trailing possessive; unify quotes and spaces."""
    text = " ".join(text.replace("\u2019", "'").replace("\u2018", "'").split())
    if text[:4].lower() == "the ":
        text = text[4:]
    if text.endswith(("'s", "'S")):
        text = text[:-2]
    elif text.endswith("'"):
        text = text[:-1]
    return text.strip()


@functools.lru_cache(maxsize=65536)
def _key(text: str) -> str:
    return _fold(_strip(text))


_SPACED_INITIALS = re.compile(r"(?:[A-Z]\. )+[A-Z]\.")


def _joined_initials(text: str) -> str:
    """Initials written with spaces ("N. Y.", "N. H.") as the tables write them ("N.Y.")."""
    text = text.strip()
    return text.replace(" ", "") if _SPACED_INITIALS.fullmatch(text) else text


def _is_exact(alias: str) -> bool:
    """Short all-caps aliases ("US", "U.K.", "WHO") match only as written."""
    letters = alias.replace(".", "").replace(" ", "")
    return alias.isupper() and letters.isalpha() and len(letters) <= 4


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


def _data_text(name: str) -> str:
    return resources.files("sayso").joinpath("data", name).read_text(encoding="utf-8")


class _Table:
    """Rows of a delimited file with a fixed header, each with its line number. The header may
    leave out the ``optional`` trailing columns (a table written before they existed): their
    values read as empty."""

    def __init__(
        self,
        text: str,
        source: str,
        columns: tuple[str, ...],
        delimiter: str,
        optional: tuple[str, ...] = (),
    ) -> None:
        self.source = source
        self.columns = columns
        full = columns
        lines = text.splitlines()
        reader = csv.reader(lines, delimiter=delimiter)
        self.rows: list[tuple[int, dict[str, str]]] = []
        header: list[str] | None = None
        for row in reader:
            lineno = reader.line_num
            if not row or (row[0].startswith("#") and header is None) or not any(row):
                continue
            if header is None:
                header = [h.strip() for h in row]
                short = full[: len(full) - len(optional)]
                if tuple(header) not in (full, short):
                    self.fail(
                        lineno,
                        f"header is {','.join(header)!r}",
                        f"the first line must be {','.join(full)!r}",
                    )
                columns = tuple(header)
                continue
            if len(row) != len(columns):
                self.fail(
                    lineno,
                    f"{len(row)} fields instead of {len(columns)}",
                    f"give every row the columns {','.join(columns)} (quote values with commas)",
                )
            values = dict.fromkeys(full, "")
            values.update({c: v.strip() for c, v in zip(columns, row, strict=True)})
            self.rows.append((lineno, values))
        if header is None:
            self.fail(1, "the file is empty", f"start it with the header {','.join(full)!r}")

    def fail(self, lineno: int, problem: str, fix: str) -> None:
        raise ConfigError(f"{self.source}:{lineno}: {problem}; {fix}", source=self.source)


def _read_user(
    path: str | Path, columns: tuple[str, ...], optional: tuple[str, ...] = ()
) -> _Table:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            f"{path}: no such file; give the path of a CSV with the columns {','.join(columns)}",
            source=str(path),
        ) from None
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(
            f"{path}: cannot be read ({err.__class__.__name__}); save it as UTF-8 CSV",
            source=str(path),
        ) from None
    return _Table(text, str(path), columns, ",", optional)


class Gazetteer:
    """Lookups over the reference tables. Build with :meth:`default` or :meth:`load`."""

    def __init__(
        self,
        countries: _Table,
        prefixes: _Table,
        people: Iterable[_Table],
        orgs: Iterable[_Table],
        roles: _Table,
        states: _Table | None = None,
        places: _Table | None = None,
    ) -> None:
        self._names: dict[str, str] = {}
        self._countries: dict[str, str] = {}
        self._countries_exact: dict[str, str] = {}
        self._demonyms: dict[str, str] = {}
        self._adjectives: dict[str, str] = {}  # iso3 -> first demonym ("Argentine")
        self._capitals: dict[str, str] = {}
        self._metonyms: dict[str, str] = {}
        self._prefixes: dict[str, str | None] = {}
        self._load_countries(countries)
        self._load_prefixes(prefixes)
        self._places: dict[str, str] = {}
        if places is not None:
            self._load_places(places)
        self._people: list[PersonInfo] = []
        self._load_people(people)
        self._orgs: list[OrgInfo] = []
        self._load_orgs(orgs)
        self._roles: list[RoleInfo] = []
        self._load_roles(roles)
        self._states: dict[str, str] = {}  # name, "Calif." (folded) or "CA" (as written) -> "CA"
        self._state_abbreviations: dict[str, str] = {}  # "CA" -> "Calif."
        if states is not None:
            self._load_states(states)
        self._index()

    # -- construction -------------------------------------------------------------------------

    @classmethod
    @functools.lru_cache(maxsize=1)
    def default(cls) -> Gazetteer:
        """The bundled tables, loaded once per process."""
        return cls.load()

    @classmethod
    def load(
        cls,
        extra_people_csv: str | Path | None = None,
        extra_orgs_csv: str | Path | None = None,
    ) -> Gazetteer:
        """The bundled tables plus user CSVs with the same columns. A user row replaces every
        bundled row with the same name (so a user can correct or end an office)."""
        people = [
            _Table(
                _data_text("people.csv"),
                "sayso/data/people.csv",
                PEOPLE_COLUMNS,
                ",",
                PEOPLE_OPTIONAL,
            )
        ]
        orgs = [_Table(_data_text("orgs.csv"), "sayso/data/orgs.csv", ORG_COLUMNS, ",")]
        if extra_people_csv is not None:
            people.append(_read_user(extra_people_csv, PEOPLE_COLUMNS, PEOPLE_OPTIONAL))
        if extra_orgs_csv is not None:
            orgs.append(_read_user(extra_orgs_csv, ORG_COLUMNS))
        return cls(
            _Table(_data_text("countries.tsv"), "sayso/data/countries.tsv", COUNTRY_COLUMNS, "\t"),
            _Table(
                _data_text("country_prefixes.tsv"),
                "sayso/data/country_prefixes.tsv",
                PREFIX_COLUMNS,
                "\t",
            ),
            people,
            orgs,
            _Table(_data_text("roles.tsv"), "sayso/data/roles.tsv", ROLE_COLUMNS, "\t"),
            _Table(_data_text("us_states.tsv"), "sayso/data/us_states.tsv", STATE_COLUMNS, "\t"),
            _Table(_data_text("places.tsv"), "sayso/data/places.tsv", PLACE_COLUMNS, "\t"),
        )

    def _load_countries(self, table: _Table) -> None:
        for lineno, row in table.rows:
            iso3 = row["iso3"]
            if not _ISO3_RE.match(iso3):
                table.fail(
                    lineno, f"iso3 {iso3!r} is not 3 capital letters", "use ISO 3166 alpha-3"
                )
            if iso3 in self._names:
                table.fail(lineno, f"iso3 {iso3} appears twice", "keep one row per country")
            if not row["name"]:
                table.fail(lineno, f"{iso3} has no name", "fill the name column")
            self._names[iso3] = row["name"]
            for alias in (row["name"], *_split(row["aliases"])):
                self._add_country_alias(table, lineno, alias, iso3)
            for word in _split(row["demonyms"]):
                self._adjectives.setdefault(iso3, word)
                self._add(table, lineno, self._demonyms, _key(word), iso3, word)
                if word.endswith(("an", "i")):
                    self._demonyms.setdefault(_key(word + "s"), iso3)
            for city in _split(row["capitals"]):
                self._add(table, lineno, self._capitals, _key(city), iso3, city)
            for name in _split(row["other"]):
                self._add(table, lineno, self._metonyms, _key(name), iso3, name)

    def _add_country_alias(self, table: _Table, lineno: int, alias: str, iso3: str) -> None:
        if _is_exact(_strip(alias)):
            self._add(table, lineno, self._countries_exact, _strip(alias), iso3, alias)
        else:
            self._add(table, lineno, self._countries, _key(alias), iso3, alias)

    @staticmethod
    def _add(
        table: _Table, lineno: int, index: dict[str, str], key: str, iso3: str, value: str
    ) -> None:
        old = index.get(key)
        if old is not None and old != iso3:
            table.fail(lineno, f"{value!r} is already {old}", "give each name to one country")
        index[key] = iso3

    def _country_code(self, table: _Table, lineno: int, value: str) -> str | None:
        if value in ("", "-"):
            return None
        if value not in self._names:
            table.fail(
                lineno,
                f"unknown country {value!r}",
                "use an iso3 code from sayso/data/countries.tsv or leave it empty",
            )
        return value

    def _load_states(self, table: _Table) -> None:
        for lineno, row in table.rows:
            postal = row["postal"]
            if not re.fullmatch(r"[A-Z]{2}", postal):
                table.fail(lineno, f"postal code {postal!r} is not 2 capital letters", "use USPS's")
            self._states[postal] = postal
            if row["abbreviation"]:
                self._state_abbreviations[postal] = row["abbreviation"]
            for name in (row["name"], row["abbreviation"]):
                if name:
                    self._states[_key(name)] = postal

    def _load_prefixes(self, table: _Table) -> None:
        for lineno, row in table.rows:
            self._prefixes[_key(row["prefix"])] = self._country_code(table, lineno, row["iso3"])

    def _load_places(self, table: _Table) -> None:
        for lineno, row in table.rows:
            iso3 = self._country_code(table, lineno, row["iso3"])
            if iso3 is None:
                table.fail(lineno, f"{row['place']!r} has no country", "give its iso3 code")
                continue
            self._add(table, lineno, self._places, _key(row["place"]), iso3, row["place"])

    def _sector(self, table: _Table, lineno: int, value: str) -> str:
        value = OLD_SECTORS.get(value, value)
        if value not in SECTORS:
            table.fail(
                lineno, f"unknown sector {value!r}", f"use one of {', '.join(sorted(SECTORS))}"
            )
        return value

    def _load_people(self, tables: Iterable[_Table]) -> None:
        rows: dict[str, list[PersonInfo]] = {}
        for table in tables:
            mine: dict[str, list[PersonInfo]] = {}
            for lineno, row in table.rows:
                if not row["name"]:
                    table.fail(lineno, "the name is empty", "give the person's full name")
                if not row["role"]:
                    table.fail(lineno, f"{row['name']} has no role", "fill the role column")
                for col in ("start", "end"):
                    if row[col] and not _DATE_RE.match(row[col]):
                        table.fail(
                            lineno,
                            f"{col} date {row[col]!r} is not a date",
                            "write YYYY or YYYY-MM-DD, or leave it empty",
                        )
                gender = row["gender"].lower()
                if gender and gender not in GENDERS:
                    table.fail(
                        lineno,
                        f"gender {row['gender']!r} is not m or f",
                        "write m or f, or leave it empty when unknown",
                    )
                person = PersonInfo(
                    name=row["name"],
                    aliases=_split(row["aliases"]),
                    country=self._country_code(table, lineno, row["country"]),
                    role=row["role"].lower(),
                    sector=self._sector(table, lineno, row["sector"]),
                    start=row["start"] or None,
                    end=row["end"] or None,
                    gender=gender or None,
                )
                mine.setdefault(_key(person.name), []).append(person)
            rows.update(mine)
        self._people = [p for group in rows.values() for p in group]

    def _load_orgs(self, tables: Iterable[_Table]) -> None:
        rows: dict[str, OrgInfo] = {}
        for table in tables:
            for lineno, row in table.rows:
                if not row["name"]:
                    table.fail(lineno, "the name is empty", "give the organisation's name")
                kind = row["type"] or "ORG"
                if kind not in ORG_TYPES:
                    table.fail(
                        lineno,
                        f"unknown type {kind!r}",
                        f"use one of {', '.join(sorted(ORG_TYPES))}",
                    )
                org = OrgInfo(
                    name=row["name"],
                    aliases=_split(row["aliases"]),
                    type=kind,
                    country=self._country_code(table, lineno, row["country"]),
                    sector=self._sector(table, lineno, row["sector"]),
                )
                rows[_key(org.name)] = org
        self._orgs = list(rows.values())

    def _load_roles(self, table: _Table) -> None:
        seen: set[str] = set()
        for lineno, row in table.rows:
            pattern = " ".join(row["pattern"].lower().split())
            if not pattern or not row["role"]:
                table.fail(lineno, "pattern or role is empty", "fill both columns")
            if pattern in seen:
                table.fail(lineno, f"pattern {pattern!r} appears twice", "keep one row")
            seen.add(pattern)
            sector = self._sector(table, lineno, row["sector"]) if row["sector"] else ""
            self._roles.append(RoleInfo(pattern, row["role"].lower(), sector))
        self._roles.sort(key=lambda r: (-len(r.pattern), r.pattern))

    def _index(self) -> None:
        self._person_keys: dict[str, list[PersonInfo]] = {}
        self._person_exact: dict[str, list[PersonInfo]] = {}
        self._surnames: dict[str, list[PersonInfo]] = {}
        for person in self._people:
            for alias in (person.name, *person.aliases):
                if _is_exact(_strip(alias)):
                    group = self._person_exact.setdefault(_strip(alias), [])
                else:
                    group = self._person_keys.setdefault(_key(alias), [])
                if person not in group:
                    group.append(person)
            for surname in _surnames(person):
                self._surnames.setdefault(surname, []).append(person)
        self._org_keys: dict[str, OrgInfo] = {}
        self._org_exact: dict[str, OrgInfo] = {}
        for org in self._orgs:
            for alias in (org.name, *org.aliases):
                if _is_exact(_strip(alias)):
                    self._org_exact.setdefault(_strip(alias), org)
                else:
                    self._org_keys.setdefault(_key(alias), org)
        self._role_index = {r.pattern: r for r in self._roles}
        self._role_of: dict[str, RoleInfo | None] = {}  # role() answers, asked again and again
        self._role_max_words = max((len(r.pattern.split()) for r in self._roles), default=0)
        self._role_dotted = {r.pattern.split()[-1] for r in self._roles if r.pattern.endswith(".")}
        # the last word of each pattern (after its last space): a cheap test before role()
        self._role_last = frozenset(r.pattern.rpartition(" ")[2] for r in self._roles)

    # -- countries ----------------------------------------------------------------------------

    def countries(self) -> list[CountryInfo]:
        """Every country, in table order."""
        return [CountryInfo(iso3, name) for iso3, name in self._names.items()]

    def iso3_name(self, iso3: str) -> str | None:
        """The canonical short name: "CHN" -> "China"."""
        return self._names.get(iso3.strip().upper())

    def country(self, name: str) -> str | None:
        """A country's name or alias -> iso3. Short all-caps aliases ("US") are case-sensitive."""
        stripped = _strip(name)
        return self._countries_exact.get(stripped) or self._countries.get(_fold(stripped))

    def adjective(self, iso3: str) -> str | None:
        """The country's first listed demonym: "ARG" -> "Argentine"."""
        return self._adjectives.get(iso3.strip().upper())

    def demonym(self, word: str) -> str | None:
        """ "Chinese" -> "CHN", "Britons" -> "GBR"."""
        return self._demonyms.get(_key(word))

    def nation(self, words: str) -> str | None:
        """The country its people's word or its name says: "Peruvian" or "Peru" -> "PER" (the
        people's word first, as :meth:`demonym`, then :meth:`country`)."""
        return self.demonym(words) or self.country(words)

    def capital(self, name: str) -> str | None:
        """A capital city (or seat of government) -> iso3: "Beijing" -> "CHN"."""
        return self._capitals.get(_key(name))

    def metonym(self, name: str) -> str | None:
        """An institution or place standing for a country: "Kremlin" -> "RUS"."""
        return self._metonyms.get(_key(name))

    def us_state(self, name: str) -> str | None:
        """A US state's name, AP abbreviation or postal code (as written: "CA", not "ca") ->
        its postal code: "California", "Calif.", "CA" -> "CA"."""
        stripped = _joined_initials(_strip(name))
        key = stripped if len(stripped) == 2 else _key(stripped)
        return self._states.get(key)

    def state_abbreviation(self, postal: str) -> str | None:
        """A US state's AP abbreviation by its postal code: "CA" -> "Calif."; none for the
        states AP writes in full ("AK")."""
        return self._state_abbreviations.get(postal)

    def place(self, name: str) -> str | None:
        """A region or large city of ``places.tsv``, or a US state of ``us_states.tsv`` ->
        iso3: "Jeddah" -> "SAU", "Ohio" -> "USA"."""
        key = _key(name)
        found = self._places.get(key)
        if found is None and _key(_joined_initials(name)) in self._states:
            return "USA"
        return found

    def place_country(self, name: str) -> str | None:
        """Country name, demonym, capital, metonym or listed place -> iso3."""
        return (
            self.country(name)
            or self.demonym(name)
            or self.capital(name)
            or self.metonym(name)
            or self.place(name)
        )

    def prefix_country(self, word: str) -> list[str]:
        """Countries in a hyphenated compound: "Sino-Russian" -> ["CHN", "RUS"],
        "China-Russia" -> ["CHN", "RUS"]. Parts that name no country are skipped."""
        parts = [p for p in _HYPHENS.split(_strip(word)) if p]
        found: list[str] = []
        i = 0
        while i < len(parts):
            for j in range(len(parts), i, -1):
                piece = "-".join(parts[i:j])
                key = _key(piece)
                if key in self._prefixes:
                    iso: str | None = self._prefixes[key]
                    hit = True
                else:
                    iso = self.country(piece) or self.demonym(piece)
                    hit = iso is not None
                if hit:
                    if iso is not None and iso not in found:
                        found.append(iso)
                    i = j
                    break
            else:
                i += 1
        return found

    # -- people, organisations, roles ---------------------------------------------------------

    def people(self) -> list[PersonInfo]:
        return list(self._people)

    def person_by_surname(self, surname: str) -> list[PersonInfo]:
        """Every row whose name ends with ``surname`` (all offices of all such people)."""
        return list(self._surnames.get(_key(surname), []))

    def person(self, name: str, on: str | None = None) -> PersonInfo | None:
        """A person by full name or alias; a bare surname only when one person has it. With
        several offices, the one held on date ``on`` if given, else the latest."""
        stripped = _strip(name)
        rows = self._person_exact.get(stripped) or self._person_keys.get(_fold(stripped))
        if not rows and " " not in stripped:
            rows = self._surnames.get(_fold(stripped))
        if not rows or len({p.name for p in rows}) > 1:
            return None
        return _pick(rows, on)

    def orgs(self) -> list[OrgInfo]:
        return list(self._orgs)

    def org(self, name: str) -> OrgInfo | None:
        """An organisation by name or alias: "U.N." -> United Nations."""
        stripped = _strip(name)
        return self._org_exact.get(stripped) or self._org_keys.get(_fold(stripped))

    def roles(self) -> list[RoleInfo]:
        """Every role pattern, longest first."""
        return list(self._roles)

    def may_end_role(self, word: str) -> bool:
        """Whether some role pattern ends with ``word`` (a word with no space): a phrase ending
        in any other word is no role pattern whole (a cheap test before :meth:`role`)."""
        return word in self._role_last

    def role(self, phrase: str) -> RoleInfo | None:
        """The longest role pattern inside ``phrase``: "Chinese Foreign Ministry spokesperson" ->
        spokesperson, "defense chief" -> defense minister. Ties go to the rightmost match."""
        if phrase in self._role_of:
            return self._role_of[phrase]
        if len(self._role_of) >= 100_000:
            self._role_of.clear()
        found = self._role_of[phrase] = self._find_role(phrase)
        return found

    def _find_role(self, phrase: str) -> RoleInfo | None:
        tokens = list(self._tokens(phrase))
        best: RoleInfo | None = None
        for i in range(len(tokens)):
            for n in range(1, min(self._role_max_words, len(tokens) - i) + 1):
                info = self._role_index.get(" ".join(tokens[i : i + n]))
                if info is not None and (best is None or len(info.pattern) >= len(best.pattern)):
                    best = info
        return best

    def _tokens(self, phrase: str) -> Iterator[str]:
        for token in _TOKEN_RE.findall(_fold(phrase.replace("\u2019", "'"))):
            if token.endswith(".") and token not in self._role_dotted:
                token = token[:-1]
            yield token


def _surnames(person: PersonInfo) -> set[str]:
    words = [w for w in _fold(person.name).split() if w not in _SUFFIXES]
    if not words:
        return set()
    found = {words[-1]}
    western = len(words) == 2 and len(words[0]) >= 5 and len(words[-1]) <= 3  # "Joseph Wu"
    if person.country in _SURNAME_FIRST and len(words) > 1 and not western:
        found.add(words[0])
    return found


def _pick(rows: list[PersonInfo], on: str | None) -> PersonInfo:
    def latest(group: list[PersonInfo]) -> PersonInfo:
        return max(
            group,
            key=lambda p: (
                _day(p.end, last=True) if p.end else "9999-99-99",
                _day(p.start, last=False) if p.start else "",
            ),
        )

    if on:
        held = [p for p in rows if p.in_office(on)]
        if held:
            return max(held, key=lambda p: _day(p.start, last=False) if p.start else "")
        earlier = [
            p for p in rows if not p.start or _day(p.start, last=False) <= _day(on, last=True)
        ]
        if earlier:
            return latest(earlier)
    return latest(rows)
