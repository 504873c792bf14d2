"""Tables used by the normaliser (data, not logic)."""

from __future__ import annotations

# Typographic variants folded to one ASCII form, so that "Russia’s" and "Russia's" match.
CHAR_MAP: dict[str, str] = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "`": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u2026": "...",
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
}

# Characters dropped entirely: they are invisible and only break word matching.
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")

# Web extraction leaves a space before these ("Syria ,", "Syria .”"); it is removed.
CLOSING_PUNCTUATION = frozenset(",.;:!?)]}%\u201d")

# A typographic apostrophe after a stray space, followed by one of these, is a possessive or
# a contraction ("Russia ’s", "don ’t"); an ASCII ' is left alone, as it may open a quote.
APOSTROPHE = "\u2019"
CONTRACTION_SUFFIXES = ("s", "t", "re", "ve", "ll", "d", "m")
