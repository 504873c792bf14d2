"""Read a report back: its elements, and the text and fragments of each column."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Fragment:
    links: tuple[str, ...]
    css: tuple[str, ...]
    title: str | None
    text: str = ""


@dataclass
class Column:
    text: str = ""
    fragments: list[Fragment] = field(default_factory=list)


class Report(HTMLParser):
    """Every start tag with its attributes, script bodies, and the two text columns."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.columns: dict[str, Column] = {"a": Column(), "b": Column()}
        self._side: str | None = None
        self._fragment: Fragment | None = None
        self._in_script = False
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = dict(attrs)
        self.tags.append((tag, named))
        if tag == "script":
            self._in_script = True
            self.scripts.append("")
        elif tag == "div" and named.get("id") in ("text-a", "text-b"):
            self._side = str(named["id"])[-1]
        elif tag == "span" and self._side is not None:
            self._fragment = Fragment(
                links=tuple((named.get("data-links") or "").split()),
                css=tuple((named.get("class") or "").split()),
                title=named.get("title"),
            )
            self.columns[self._side].fragments.append(self._fragment)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False
        elif tag == "span":
            self._fragment = None
        elif tag == "div":
            self._side = None

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data
        if self._side is not None:
            self.columns[self._side].text += data
            if self._fragment is not None:
                self._fragment.text += data

    def linked_text(self, side: str, link: str) -> str:
        """The text of the fragments of one column that carry ``link``, in order."""
        return "".join(f.text for f in self.columns[side].fragments if link in f.links)
