"""A word-level Markov chain over BASIL's sentences, names left as slots (benchmarks only).

The chain is trained on every BASIL sentence with its quotation marks removed (the
generator adds balanced quotations of its own) and with every name specific to a few
events replaced by a slot word: ``<P>`` for a person or body, ``<L>`` for a place (a name
after "in", "at", "from" or "near"), keeping the punctuation that followed it (``<P>’s,``).
A generator fills each slot with a name of its beat, so articles of one beat share names
and articles of different beats do not.  Names come from BASIL too, per event.

Words are kept as written, punctuation attached ("said," and "said." are two states); each
also has the ids of newstrace's tokens (``\\w+``, lower-cased), which the run guard checks.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import blingfire

START, END = 0, 1
Successors = dict[tuple[int, int], list[int]]
PERSON, PLACE = "<P>", "<L>"
# A name specific to this many events or fewer is a slot; names in more ("Obama",
# "Senate", "Tuesday") are ordinary words that every beat shares.
MAX_NAME_EVENTS = 3
MAX_NAME_WORDS = 3  # longer names would share runs of five words within a beat
_PLACE_BEFORE = frozenset({"in", "at", "from", "near"})
# Titles end a name on the left: "Rep. Joe Sestak" gives "Joe Sestak", not "Rep. Joe Sestak".
_TITLES = frozenset(
    "Rep Sen Gov Mr Mrs Ms Dr President Secretary Speaker Leader Staff Chief Director "
    "Chairman Chairwoman Mayor Judge Justice Attorney General Minister Prime Vice Former "
    "Democratic Republican Senator Representative Congressman Congresswoman".split()
)
_TOKEN = re.compile(r"\w+")
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
# What may follow a name inside one whitespace word: a possessive, then punctuation.
_NAME_SUFFIX = re.compile(r"(?:['’]s)?[.,;:!?)]*")
_QUOTE_MARKS = str.maketrans("", "", '“”"')


@dataclass(slots=True)
class Names:
    """People and places, each listed once, in the order first met."""

    persons: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)

    def add(self, kind: str, name: str) -> None:
        found = self.persons if kind == PERSON else self.places
        if name not in found:
            found.append(name)


@dataclass(slots=True)
class Chain:
    """Successors of each word pair and each word (a word repeated as often as it
    followed), of each pair in one event's articles, every word, the words as written,
    their token ids, and which words are name slots."""

    words: list[str]
    tokens: list[tuple[int, ...]]
    after_pair: Successors
    after_word: dict[int, list[int]]
    by_event: dict[str, Successors]
    any_word: list[int]  # every word as often as it was written: the last resort
    slots: dict[int, tuple[str, str]]  # word id -> (PERSON or PLACE, suffix)
    token_index: dict[str, int]
    quoted_share: float  # of BASIL's sentences holding a quotation mark
    _cache: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def token_ids(self, text: str) -> tuple[int, ...]:
        """The ids of newstrace's tokens of ``text`` (new tokens get new ids)."""
        index = self.token_index
        return tuple(index.setdefault(t, len(index)) for t in _TOKEN.findall(text.lower()))

    def name_token_ids(self, name: str) -> tuple[int, ...]:
        """``token_ids`` of a name as written in a sentence, remembered: names recur."""
        found = self._cache.get(name)
        if found is None:
            found = self._cache[name] = self.token_ids(name)
        return found


def sentences(text: str) -> list[str]:
    """The sentences of a blank-line separated text."""
    return [
        s
        for paragraph in text.split("\n\n")
        for s in blingfire.text_to_sentences(paragraph.strip()).split("\n")
        if s.strip()
    ]


def lower_case_words(records: list[dict[str, str]]) -> frozenset[str]:
    """Every token written in lower case somewhere: "When" and "Bill" are not names."""
    return frozenset(t for r in records for t in _TOKEN.findall(r["text"]) if t.islower())


def specific_names(records: list[dict[str, str]], lower: frozenset[str]) -> frozenset[str]:
    """Capitalised words, never written in lower case, met inside sentences of
    ``MAX_NAME_EVENTS`` events or fewer."""
    events: dict[str, set[str]] = defaultdict(set)
    for record in records:
        for sentence in sentences(record["text"]):
            for word in sentence.translate(_QUOTE_MARKS).split()[1:]:
                core = _name_core(word)
                if core:
                    events[core].add(record["event"])
    return frozenset(
        word
        for word, found in events.items()
        if len(found) <= MAX_NAME_EVENTS and word.lower() not in lower
    )


def _name_core(word: str) -> str | None:
    """``word`` without its possessive and punctuation when that is a capitalised name."""
    match = _NAME_WORD.match(word)
    if match and _NAME_SUFFIX.fullmatch(word, match.end()):
        return match.group()
    return None


def slotted(
    words: list[str], specific: frozenset[str], lower: frozenset[str], names: Names
) -> list[str]:
    """``words`` with each name run holding a specific name replaced by a slot word; the
    names of up to ``MAX_NAME_WORDS`` words are added to ``names``.  A title or a common
    word opening the run ("Sen.", "When") stays a word of its own."""
    out: list[str] = []
    k = 0
    while k < len(words):
        end = _run_end(words, k)
        run = [_name_core(w) or "" for w in words[k:end]]
        if not any(core in specific for core in run):
            out.append(words[k])
            k += 1
            continue
        while len(run) > 1 and (run[0] in _TITLES or run[0].lower() in lower):
            out.append(words[k])
            run, k = run[1:], k + 1
        kind = PLACE if out and out[-1].lower() in _PLACE_BEFORE else PERSON
        if len(run) <= MAX_NAME_WORDS:
            names.add(kind, " ".join(run))
        out.append(kind + words[end - 1][len(run[-1]) :])
        k = end
    return out


def _run_end(words: list[str], start: int) -> int:
    """The end of the run of capitalised names from ``start``: only its last word may
    carry a possessive or punctuation."""
    end = start
    while end < len(words) and _name_core(words[end]):
        end += 1
        if words[end - 1] != _name_core(words[end - 1]):
            break
    return end


def train(records: list[dict[str, str]]) -> tuple[Chain, dict[str, Names]]:
    """The chain over ``records`` and the names of each of their events."""
    lower = lower_case_words(records)
    specific = specific_names(records, lower)
    names: dict[str, Names] = defaultdict(Names)
    counts: dict[str, Counter[tuple[int, int, int]]] = defaultdict(Counter)
    ids: dict[str, int] = {"<s>": START, "</s>": END}
    quoted = total = 0
    for record in records:
        for sentence in sentences(record["text"]):
            total += 1
            quoted += sentence != sentence.translate(_QUOTE_MARKS)
            words = slotted(
                sentence.translate(_QUOTE_MARKS).split(), specific, lower, names[record["event"]]
            )
            sequence = [START, START, *(ids.setdefault(w, len(ids)) for w in words), END]
            counts[record["event"]].update(zip(sequence, sequence[1:], sequence[2:], strict=False))
    return _chain(ids, counts, quoted / max(1, total)), dict(names)


def _chain(
    ids: dict[str, int], counts: dict[str, Counter[tuple[int, int, int]]], quoted: float
) -> Chain:
    after_pair: Successors = defaultdict(list)
    after_word: dict[int, list[int]] = defaultdict(list)
    by_event: dict[str, Successors] = {}
    for event, found in counts.items():
        in_event: Successors = defaultdict(list)
        by_event[event] = in_event
        for (first, second, third), count in found.items():
            after_pair[first, second] += [third] * count
            after_word[second] += [third] * count
            in_event[first, second] += [third] * count
    words = list(ids)
    slots = {
        number: (word[:3], word[3:])
        for number, word in enumerate(words)
        if word.startswith((PERSON, PLACE))
    }
    chain = Chain(
        words=words,
        tokens=[],
        after_pair=dict(after_pair),
        after_word=dict(after_word),
        by_event={event: dict(found) for event, found in by_event.items()},
        any_word=[word for found in after_word.values() for word in found if word != END],
        slots=slots,
        token_index={},
        quoted_share=quoted,
    )
    chain.tokens = [chain.token_ids(w) for w in words]
    return chain
