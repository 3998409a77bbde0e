"""Reading the article page's marked-up text back, as a reader sees it: the tooltips of the
mentions (``span.tip``, shown only on hover or focus) are left out."""

from __future__ import annotations

from html.parser import HTMLParser

VOID = frozenset({"br", "img", "input", "meta", "link", "hr", "wbr"})


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # open elements inside a tooltip (0: outside)
        self.out: list[str] = []
        self.tips: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        if self.depth:
            self.depth += 1
        elif tag == "span" and "tip" in (dict(attrs).get("class") or "").split():
            self.depth = 1
            self.tips.append("")

    def handle_endtag(self, tag: str) -> None:
        if self.depth and tag not in VOID:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.tips[-1] += data
        else:
            self.out.append(data)


def text_div(page: str) -> str:
    """The HTML inside the article's text (``div#text``)."""
    return page.split('<div class="text" id="text" dir="auto">', 1)[1].split("</div>", 1)[0]


def shown_text(page: str) -> str:
    """The article's text as shown, without the mentions' tooltips."""
    parser = _Text()
    parser.feed(text_div(page))
    parser.close()
    return "".join(parser.out)


def tooltips(page: str) -> list[str]:
    """The text of each mention's tooltip, in the order of the text."""
    parser = _Text()
    parser.feed(text_div(page))
    parser.close()
    return parser.tips
