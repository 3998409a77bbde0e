"""A hand-written hostile record: markup in every field, right-to-left marks, a 1 MB paragraph."""

from __future__ import annotations

from sayso.types import Attribution, Entity, Event, Flag, Meta, Record, Span

EVIL_NAME = "Evil <b>Corp</b> <script>alert('actor')</script>"
SCRIPT = "<script>alert('pwned')</script>"
QUOTE = "we <i>never</i> said <img src=x onerror=alert(1)> \u202eevil\u202c"
RTL = "\u202e"
BIG = 1_000_000


def _at(text: str, part: str) -> Span:
    i = text.index(part)
    return Span(i, i + len(part), part)


def hostile_record() -> Record:
    head = (
        f"Share this {SCRIPT}\n\n"
        f'{EVIL_NAME} said "{QUOTE}" on Monday, June 10, 2024. \u200fمرحبا\u200f\n\n'
        f"{EVIL_NAME} accused Norland of lying. </div></span><a href='https://evil.example'>x</a>"
        "\n\n"
    )
    text = head + ("A" * 80 + " <b>&amp;</b> ") * (BIG // 92) + "\n"
    corp = Entity(
        id="eh1",
        name=EVIL_NAME,
        type="ORG",
        country="XXX",
        role="<em>spokes</em>person",
        mentions=(_at(text, EVIL_NAME),),
    )
    norland = Entity(
        id="eh2",
        name="Norland",
        type="GPE",
        country=None,
        role=None,
        mentions=(_at(text, "Norland"),),
    )
    said = Attribution(
        id="ah1",
        kind="direct",
        source=_at(text, EVIL_NAME),
        speaker=corp.id,
        cue=_at(text, "said"),
        content=(_at(text, QUOTE),),
    )
    accused = Event(
        id="evh1",
        type="ACCUSE",
        mode=None,
        source=(corp.id,),
        target=(norland.id,),
        trigger=_at(text, "accused"),
        date="2024-06-10",
    )
    return Record(
        id="hostile",
        text=text,
        meta=Meta(
            title=f"Title {SCRIPT}",
            published="2024-06-11",
            url="javascript:alert(1)",
            outlet="<Evil Outlet>",
            language="en",
            body=((len("Share this ") + len(SCRIPT) + 2, len(text)),),
            flags=(Flag("boilerplate", _at(text, f"Share this {SCRIPT}")),),
        ),
        entities=(corp, norland),
        attributions=(said,),
        events=(accused,),
    )
