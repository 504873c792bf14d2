"""Credits: the phrases in which a text names another outlet as its source.

``according to the New York Times``, ``the Times reported``, ``first reported by Politico``,
``(Reuters)``, ``told The New York Times``; and ``the report notes``, which points back to
the outlet credited before it.  Outlet names are folded to one canonical name each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Outlet names and the short forms a text or a record's "outlet" field may use for them.
OUTLET_ALIASES: dict[str, tuple[str, ...]] = {
    "The New York Times": ("new york times", "nytimes", "nyt", "the times", "times"),
    "Fox News": ("fox news", "foxnews", "fox", "fox news channel"),
    "HuffPost": ("huffington post", "huffpost", "hpo", "huff post"),
    "The Washington Post": ("washington post", "the post", "wapo"),
    "The Wall Street Journal": ("wall street journal", "wsj", "the journal"),
    "Associated Press": ("associated press", "the associated press", "ap"),
    "Reuters": ("reuters",),
    "Agence France-Presse": ("agence france-presse", "afp"),
    "CNN": ("cnn",),
    "BBC": ("bbc",),
    "NBC News": ("nbc", "nbc news"),
    "CBS News": ("cbs", "cbs news"),
    "ABC News": ("abc", "abc news"),
    "Politico": ("politico",),
    "Bloomberg": ("bloomberg", "bloomberg news"),
    "Axios": ("axios",),
    "BuzzFeed News": ("buzzfeed", "buzzfeed news"),
    "The Guardian": ("guardian", "the guardian"),
    "Los Angeles Times": ("los angeles times", "la times"),
    "USA Today": ("usa today",),
    "The Hill": ("the hill",),
}

# A capitalised name of up to five words ("New York Times", "Fox News").
_NAME = r"(?P<name>[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,4})"
_CREDIT_PATTERNS = [
    re.compile(r"[Aa]ccording to (?:a (?:report|story|article) (?:by|in|from) )?(?:the )?" + _NAME),
    re.compile(r"(?:first )?reported (?:by|in) (?:the )?" + _NAME),
    re.compile(r"(?:[Tt]he )?" + _NAME + r" (?:first )?(?:reported|reports|is reporting)\b"),
    re.compile(r"\btold (?:the )?" + _NAME),
    re.compile(r"\((?P<name>Reuters|AP|AFP|Associated Press)\)"),
]
# "the report notes": credits whatever outlet was credited before it.
_BACK_REFERENCE = re.compile(
    r"\b[Tt]he (?:report|article|story|paper|newspaper) "
    r"(?:notes|noted|says|said|reports|reported|adds|added)\b"
)


@dataclass(frozen=True, slots=True)
class Credit:
    """A credit in a normalised text: the phrase's range and the outlet it names."""

    start: int
    end: int
    outlet: str


def canonical_outlet(name: str | None) -> str | None:
    """The canonical name of an outlet mentioned as ``name``, or None if it is not known."""
    if not name:
        return None
    folded = name.lower().strip(" .")
    candidates = [folded, folded[4:] if folded.startswith("the ") else folded]
    for canonical, aliases in OUTLET_ALIASES.items():
        if any(c == canonical.lower() or c in aliases for c in candidates):
            return canonical
    return None


def _longest_known_prefix(name: str) -> tuple[str, int] | None:
    """The outlet named by the longest known prefix of ``name``, and that prefix's length."""
    words = name.split()
    for size in range(len(words), 0, -1):
        prefix = " ".join(words[:size])
        outlet = canonical_outlet(prefix)
        if outlet:
            return outlet, len(prefix.rstrip("."))
    return None


@lru_cache(maxsize=1_024)  # a text is read for credits several times per comparison
def find_credits(text: str) -> tuple[Credit, ...]:
    """Every credit to a known outlet in ``text``, in reading order."""
    found: list[Credit] = []
    for pattern in _CREDIT_PATTERNS:
        for match in pattern.finditer(text):
            known = _longest_known_prefix(match.group("name"))
            if known:
                outlet, length = known
                end = max(match.end(), match.start("name") + length)
                if match.end("name") == match.end():
                    end = match.start("name") + length
                found.append(Credit(match.start(), end, outlet))
    found.sort(key=lambda credit: credit.start)
    for match in _BACK_REFERENCE.finditer(text):
        earlier = [c for c in found if c.end <= match.start()]
        if earlier:
            found.append(Credit(match.start(), match.end(), earlier[-1].outlet))
    return tuple(sorted(found, key=lambda credit: credit.start))


def credited_outlets(text: str) -> list[str]:
    """Canonical names of the outlets ``text`` credits, in order of first mention."""
    outlets: list[str] = []
    for credit in find_credits(text):
        if credit.outlet not in outlets:
            outlets.append(credit.outlet)
    return outlets
