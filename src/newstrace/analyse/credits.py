"""Credits: does a text name another outlet as its source ("according to the New York Times")?"""

from __future__ import annotations

import re

# Outlet names and the short forms a text or a record's "outlet" field may use for them.
OUTLET_ALIASES: dict[str, tuple[str, ...]] = {
    "The New York Times": ("new york times", "nytimes", "nyt", "the times"),
    "Fox News": ("fox news", "foxnews", "fox"),
    "HuffPost": ("huffington post", "huffpost", "hpo", "huff post"),
    "The Washington Post": ("washington post", "the post", "wapo"),
    "The Wall Street Journal": ("wall street journal", "wsj", "the journal"),
    "Associated Press": ("associated press", "the ap", "ap"),
    "Reuters": ("reuters",),
    "Agence France-Presse": ("agence france-presse", "afp"),
    "CNN": ("cnn",),
    "BBC": ("bbc",),
    "Politico": ("politico",),
    "Bloomberg": ("bloomberg",),
}

# A capitalised name of up to five words ("New York Times", "Fox News").
_NAME = r"(?P<name>[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,4})"
_CREDIT_PATTERNS = [
    re.compile(r"according to (?:a report (?:by|in) )?(?:the )?" + _NAME),
    re.compile(r"(?:first )?reported (?:by|in) (?:the )?" + _NAME),
    re.compile(r"(?:the )?" + _NAME + r" (?:reported|first reported|reports)\b"),
    re.compile(r"\((?P<name>Reuters|AP|AFP|Associated Press)\)"),
]


def canonical_outlet(name: str | None) -> str | None:
    """The canonical name of an outlet mentioned as ``name``, or None if it is not known."""
    if not name:
        return None
    folded = name.lower().strip(" .")
    folded = (
        folded[4:]
        if folded.startswith("the ") and folded not in ("the times", "the post")
        else folded
    )
    for canonical, aliases in OUTLET_ALIASES.items():
        if folded == canonical.lower() or folded in aliases:
            return canonical
    return None


def credited_outlets(text: str) -> list[str]:
    """Canonical names of the known outlets that ``text`` credits, in order of mention."""
    found: list[str] = []
    for pattern in _CREDIT_PATTERNS:
        for match in pattern.finditer(text):
            outlet = _longest_known_prefix(match.group("name"))
            if outlet and outlet not in found:
                found.append(outlet)
    return found


def _longest_known_prefix(name: str) -> str | None:
    words = name.split()
    for size in range(len(words), 0, -1):
        outlet = canonical_outlet(" ".join(words[:size]))
        if outlet:
            return outlet
    return None
