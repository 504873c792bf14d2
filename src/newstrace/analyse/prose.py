"""Where the sentences and paragraphs of a normalised text begin and end (for the quotes).

A title's or an initial's full stop ("Mr. Kerry", "Elijah E. Cummings") ends no sentence,
nor one followed by a lower-case word ("Pelosi (D-Calif.) called").
"""

from __future__ import annotations

import re

# A police or military rank's abbreviation ("Capt. Ann Cole", "Sgt.") is a title's too, and
# so is a clergyman's or a teacher's ("the Rev. John Paul Hopping", "Prof. Ann Ruiz").
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|Sr|Lt|Col|Capt|Sgt|Adm|Det|Supt|Insp"
    r"|Rev|Prof|Msgr)|\b[A-Z])$"
)
# The longest text ``_ABBREVIATION`` can match, with a line break before its end ("Mrs\n").
_ABBREVIATION_REACH = 4
_NUMBER_SIGN = re.compile(r"\bNo$")
_SENTENCE_END = re.compile(r"[.!?][\"')]*\s+|\n")


def _ends_sentence(text: str, end: re.Match[str]) -> bool:
    """Whether a match of ``_SENTENCE_END`` ends a sentence: a line break does; a full stop
    after a title or an initial does not.  (Only the last few characters before it are
    read: ``\\b`` still sees the character before them.)"""
    if end.group() == "\n":
        return True
    # a sentence opens with a capital: "Rep. Ana Ruiz (D-Calif.) called it" goes on
    if end.end() < len(text) and text[end.end()].islower():
        return False
    # a number's "No." ("the No. 2 Senate Republican"): a digit opens no sentence
    if (
        end.end() < len(text)
        and text[end.end()].isdigit()
        and _NUMBER_SIGN.search(text, 0, end.start())
    ):
        return False
    return not _ABBREVIATION.search(text, max(0, end.start() - _ABBREVIATION_REACH), end.start())


def char_before(text: str, position: int, skip: str = ' "') -> str:
    """The character before ``position``, the ``skip`` characters passed over ("" at the
    start of the text)."""
    while position > 0 and text[position - 1] in skip:
        position -= 1
    return text[position - 1] if position > 0 else ""


def paragraph_start(text: str, position: int) -> int:
    return text.rfind("\n", 0, position) + 1


def paragraph_end(text: str, position: int) -> int:
    """End of the paragraph around ``position`` (the text's end for the last one)."""
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def previous_paragraph(text: str, start: int) -> tuple[int, int]:
    """The range of the paragraph before the one that begins at ``start`` (blank lines skipped)."""
    end = len(text[:start].rstrip())
    return paragraph_start(text, end), end


def starts_sentence(text: str, position: int) -> bool:
    before = char_before(text, position)
    return not before or before in ".!?:\n"


def sentence_start(text: str, position: int) -> int:
    """Start of the sentence around ``position`` (a title's or an initial's full stop does
    not end one)."""
    start = text.rfind("\n", 0, position) + 1
    for match in _SENTENCE_END.finditer(text, start, position):
        if _ends_sentence(text, match):
            start = match.end()
    return start


def sentence_end(text: str, position: int) -> int:
    """Where the sentence around ``position`` ends: its closing full stop, "!" or "?" (or
    the line break), or the end of ``text`` (a title's or an initial's full stop does not
    end one)."""
    for match in _SENTENCE_END.finditer(text, position):
        if _ends_sentence(text, match):
            return match.start()
    return len(text)


def crosses_sentence(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` runs from one sentence into the next (a full stop before
    a figure ends none: "Dec. 21", "No. 2")."""
    return any(
        match.end() < end
        and _ends_sentence(text, match)
        and (match.group() == "\n" or not text[match.end()].isdigit())
        for match in _SENTENCE_END.finditer(text, start, end)
    )


def sentence_rest(text: str, end: int) -> str:
    """The rest of the sentence after a quote whose words end at ``end``.

    Empty when the quotation itself ended the sentence (``...divergence."``, or with a
    quotation inside it closing too: ``...It is 'putintrump.'"``); a question or an
    exclamation goes on to its attribution (``"...?" McCain said.``).
    """
    if text[:end].rstrip("'").endswith("."):
        return ""
    position = end + 1 if text[end : end + 1] == '"' else end
    if text[position : position + 1] in ("", "\n"):
        return ""
    for match in _SENTENCE_END.finditer(text, position + 1):
        if _ends_sentence(text, match):
            return text[position : match.end()]
    return text[position:]


def blank_abbreviation_stops(text: str) -> str:
    """``text`` with each title's or initial's full stop ("Gov. Jay Nixon", "John F.
    Kennedy") made a space, offsets kept: a pattern that takes a full stop for a sentence's
    end then does not cut a name in two and read its last words for a clause's subject."""
    return "".join(
        " "
        if char == "." and _ABBREVIATION.search(text, max(0, at - _ABBREVIATION_REACH), at)
        else char
        for at, char in enumerate(text)
    )
