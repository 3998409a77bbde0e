"""``sayso fix``: correct the store's facts (a wrong speaker, two actors that are one, one actor
that is two, a spurious event); the corrections are kept apart, keyed by document and span, so
they hold after ``sayso ingest --rerun`` too."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import StoreError
from ..store import NoStore, Store
from .common import (
    CORRECTIONS_TABLE,
    db_option,
    db_path,
    emit_rows,
    format_option,
    note,
    wide_option,
)

REF_HELP = (
    "Facts are named DOC:ID, as the ref column of `sayso quotes` and `sayso events` shows them "
    "(DOC: the start of the document's hash, or its input id); an actor is DOC:ACTOR, an entity "
    "id or the actor's name."
)


def _open(db: Path | None) -> Store:
    try:
        return Store(db_path(db), create=False)
    except NoStore as err:
        raise StoreError(
            f"no Sayso store at {err.path}; run `sayso ingest` first, or pass --db FILE"
        ) from err


def _done(n: int, what: str) -> None:
    note(f"correction {n}: {what} (`sayso fix undo {n}` takes it back)")


@click.group(name="fix", epilog=REF_HELP)
def fix_group() -> None:
    """Correct the store: a speaker, a merge or split of actors, a spurious event.

    Every read (quotes, events, actors, export, the web app) shows the corrected facts, and a
    new extraction of the document (ingest --rerun) gets the corrections again.
    """


@fix_group.command(name="speaker", epilog=REF_HELP)
@click.argument("attribution")
@click.argument("actor")
@click.option(
    "--type", "actor_type", default="PERSON", show_default=True,
    help="The type of a new actor (one the document names but Sayso did not find).",
)  # fmt: skip
@db_option()
def speaker(attribution: str, actor: str, actor_type: str, db: Path | None) -> None:
    """ATTRIBUTION (DOC:ID) was said by ACTOR: an actor of its document (id or name), or a name
    the article writes."""
    with _open(db) as store:
        n = store.fix_speaker(attribution, actor, actor_type)
    _done(n, f"{attribution} said by {actor}")


@fix_group.command(name="merge", epilog=REF_HELP)
@click.argument("actor_a")
@click.argument("actor_b")
@db_option()
def merge(actor_a: str, actor_b: str, db: Path | None) -> None:
    """ACTOR_A (DOC:ACTOR) is ACTOR_B (DOC:ACTOR, or ACTOR of the same document): its mentions,
    quotes and events become ACTOR_B's."""
    with _open(db) as store:
        n = store.fix_merge(actor_a, actor_b)
    _done(n, f"{actor_a} merged into {actor_b}")


@fix_group.command(name="split", epilog=REF_HELP)
@click.argument("actor")
@click.argument("mention")
@click.option("--name", help="The other actor's name (default: the mention as written).")
@db_option()
def split(actor: str, mention: str, name: str | None, db: Path | None) -> None:
    """MENTION of ACTOR (DOC:ACTOR) is another actor: MENTION is START-END offsets, or a mention
    as written (every mention of ACTOR written so is split off)."""
    with _open(db) as store:
        n = store.fix_split(actor, mention, name)
    _done(n, f"{mention!r} split off {actor}")


@fix_group.command(name="drop", epilog=REF_HELP)
@click.argument("event")
@db_option()
def drop(event: str, db: Path | None) -> None:
    """EVENT (DOC:ID) is not an event: it is left out of every list, page and export."""
    with _open(db) as store:
        n = store.fix_drop(event)
    _done(n, f"event {event} dropped")


@fix_group.command(name="list")
@db_option()
@format_option()
@wide_option
def list_(db: Path | None, fmt: str | None, wide: bool) -> None:
    """Every correction, oldest first."""
    with _open(db) as store:
        rows = store.corrections()
    emit_rows(rows, fmt, layout=CORRECTIONS_TABLE, wide=wide)


@fix_group.command(name="undo")
@click.argument("correction_id", type=int)
@db_option()
def undo(correction_id: int, db: Path | None) -> None:
    """Take back correction CORRECTION_ID (see `sayso fix list`)."""
    with _open(db) as store:
        row = store.undo_correction(correction_id)
    note(f"correction {correction_id} ({row['kind']!s}) taken back")
