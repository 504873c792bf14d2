"""Background articles that look like news but share no passage (benchmarks/corpus_gen.py).

* **Shape.** Each article takes the paragraph lengths, in words, of a BASIL article drawn at
  random: BASIL's article lengths and paragraph counts, paragraph by paragraph (the last
  sentence of a paragraph is cut short when it would run past its length).
* **Wording.** Sentences come from a word-level Markov chain of order 2 over BASIL's
  sentences (``markov.py``).  The run guard (``run_guard.py``) refuses any word that would
  make a run of five tokens already written in BASIL or in any other generated text (the
  planted copies included); a refused word is drawn again, from the pair's successors,
  then the last word's (order 1), then from all words; a sentence with no word left ends
  there.  So phrases of up to four tokens recur, as stock phrases do, and no longer run.
* **Beats.** Articles come in beats of 20 to 80, about one story over a month.  A beat takes
  its cast from one BASIL event's people and places (the chain's name slots), plus a few
  from other events; every article of the beat names its two main people and a few more.
  Half of its words are drawn first from what followed the same two words in that event's
  articles, so a beat's articles share its short phrases too.
* **Quotations.** As many sentences as in BASIL (two in five) are quotations, balanced, most
  with an attribution ("Joe Sestak said, “...”", "“...,” Joe Sestak said.", "said Joe
  Sestak."); an outlet writes curly or straight quotation marks.
* **Dates and outlets.** An article is dated within 30 days of its beat's start, a day in
  BASIL's years, and comes from one of 40 outlets.  Its id says its beat: ``bg-12-b3``.

Seeded and deterministic: the same seed gives the same articles, byte for byte.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from markov import END, PERSON, PLACE, START, Chain, Names, Successors, train
from run_guard import RunGuard

MAX_SENTENCE_WORDS = 50
MIN_SENTENCE_WORDS = 8  # the shortest a sentence is cut to, to end a paragraph
SLACK = 3  # words a paragraph may run short of its length
TRIES = 3  # draws of a successor before falling back to the shorter context
# Words drawn first from what followed the same two words in the beat's BASIL event: the
# beat's articles share its short phrases (the guard cuts them at four tokens).
EVENT_WORDING = 0.5
BEAT_ARTICLES = (20, 80)
BEAT_DAYS = 30
BEAT_CAST = (8, 3)  # people of the beat's event, then from other events
BEAT_PLACES = (2, 2)
SPEAKER_FIRST = 0.25  # quotations opened by their speaker: 'Joe Sestak said, "..."'
ATTRIBUTED = 0.7  # of the others, those followed by their speaker: '"...," Joe Sestak said.'
SAID_FIRST = 0.2  # of those, '"...," said Joe Sestak.'
OUTLETS = tuple(f"outlet-{k:02d}" for k in range(40))
_ATTRIBUTIONS = ("said.", "said.", "said.", "told reporters.", "said in a statement.", "added.")
_CURLY, _STRAIGHT = ("“", "”"), ('"', '"')
_TOKENS_PER_WORD = 1.1  # newstrace tokens a word, to size the run guard


@dataclass(frozen=True, slots=True)
class Cast:
    """Who an article names, and the wording of the BASIL event its beat comes from."""

    persons: list[str]
    places: list[str]
    wording: Successors


@dataclass(frozen=True, slots=True)
class Beat:
    """One story covered by several articles: its cast, first day and size."""

    number: int
    event: str
    persons: tuple[str, ...]
    places: tuple[str, ...]
    start: date
    size: int


class Writer:
    """Sentences from the chain, every word passed by the run guard, names from a cast."""

    def __init__(self, chain: Chain, guard: RunGuard, rng: random.Random) -> None:
        self.chain, self.guard, self.rng = chain, guard, rng

    def text(self, shape: list[int], cast: Cast, marks: tuple[str, str]) -> str:
        """An article of paragraphs of about ``shape`` words each."""
        self.guard.start()
        return "\n\n".join(self.paragraph(words, cast, marks) for words in shape)

    def paragraph(self, length: int, cast: Cast, marks: tuple[str, str]) -> str:
        """Sentences until ``length`` words, or ``SLACK`` fewer: the last one is cut
        short when it would run longer."""
        words: list[str] = []
        for _ in range(max(1, length)):  # bounded: a sentence may come out empty
            room = length - len(words)
            if words and room <= SLACK:
                break
            limit = max(room, MIN_SENTENCE_WORDS)
            quoted = self.rng.random() < self.chain.quoted_share
            words += self.quotation(cast, marks, limit) if quoted else self.sentence(cast, limit)
        return " ".join(words)

    def sentence(self, cast: Cast, limit: int = MAX_SENTENCE_WORDS) -> list[str]:
        words: list[str] = []
        context = (START, START)
        while len(words) < min(limit, MAX_SENTENCE_WORDS):
            found = self._next(context, cast)
            if found is None:
                break
            words.append(found[0])
            context = (context[1], found[1])
        return _closed(words)

    def _next(self, context: tuple[int, int], cast: Cast) -> tuple[str, int] | None:
        """A successor of ``context`` the guard lets through; None ends the sentence."""
        chain, draw, add = self.chain, self.rng.random, self.guard.add
        first = cast.wording if draw() < EVENT_WORDING else chain.after_pair
        successors = first.get(context)
        for attempt in range(4 * TRIES):
            if attempt == TRIES:  # refused: the pair's successors in all of BASIL
                successors = chain.after_pair.get(context)
            elif attempt == 2 * TRIES:  # refused again: any successor of the last word
                successors = chain.after_word.get(context[1])
            elif attempt == 3 * TRIES:  # a rare word's only successors: any word at all
                successors = chain.any_word
            if not successors:
                continue
            word = successors[int(draw() * len(successors))]
            if word == END:
                return None
            if word in chain.slots:
                written = self._name(word, cast)
                tokens = chain.name_token_ids(written)
            else:
                written, tokens = chain.words[word], chain.tokens[word]
            if add(tokens):
                return written, word
        return None

    def _name(self, slot: int, cast: Cast) -> str:
        kind, suffix = self.chain.slots[slot]
        names = cast.persons if kind == PERSON or not cast.places else cast.places
        return self.rng.choice(names) + suffix

    def quotation(self, cast: Cast, marks: tuple[str, str], limit: int) -> list[str]:
        """A sentence in quotation marks, most often with its speaker said."""
        if self.rng.random() < SPEAKER_FIRST:
            lead = self._attribution(cast, lambda name: [*name.split(), "said,"])
            if lead:
                return lead + _quoted(self.sentence(cast, limit - len(lead)), marks)
        said = self.rng.random() < ATTRIBUTED  # else the speaker's words go on
        quote = self.sentence(cast, limit - 3 if said else limit)  # "Joe Sestak said."
        tail = self._attribution(cast, self._said) if said and quote else None
        if tail and quote[-1].endswith("."):
            quote[-1] = quote[-1][:-1] + ","
        return _quoted(quote, marks) + (tail or [])

    def _said(self, name: str) -> list[str]:
        if self.rng.random() < SAID_FIRST:
            return ["said", *f"{name}.".split()]
        return [*name.split(), *self.rng.choice(_ATTRIBUTIONS).split()]

    def _attribution(self, cast: Cast, words_for: Callable[[str], list[str]]) -> list[str] | None:
        """Words naming a speaker (``words_for(name)``) that the guard lets through."""
        for _ in range(TRIES):
            words = words_for(self.rng.choice(cast.persons))
            if self.guard.add(self.chain.token_ids(" ".join(words))):
                return words
        return None


def _quoted(words: list[str], marks: tuple[str, str]) -> list[str]:
    if words:
        words[0] = marks[0] + words[0]
        words[-1] += marks[1]
    return words


def _closed(words: list[str]) -> list[str]:
    """``words`` ending in a full stop (or the ! or ? they ended with)."""
    if words:
        last = words[-1].rstrip(",;:-—")
        words[-1] = last if last.endswith((".", "!", "?")) else last + "."
    return words


class RealisticBackground:
    """Background articles, one beat after another, and the own text of planted copies."""

    def __init__(self, basil: list[dict[str, str]], *, seed: int, expected_articles: int) -> None:
        self.rng = random.Random(seed)
        self.chain, self.event_names = train(basil)
        words = sum(len(r["text"].split()) for r in basil)
        guard = RunGuard(int((expected_articles * words / len(basil) + words) * _TOKENS_PER_WORD))
        for record in basil:
            guard.start()
            guard.write(self.chain.token_ids(record["text"]))
        self.writer = Writer(self.chain, guard, self.rng)
        self.shapes = [
            [len(p.split()) for p in r["text"].split("\n\n") if p.strip()] for r in basil
        ]
        self.everyone = _all_names(self.event_names.values())
        self.first, self.last = _date_range(basil)
        self.beat = Beat(-1, "", (), (), self.first, 0)
        self.written = 0  # articles of the current beat

    def article(self, number: int) -> dict[str, str]:
        """Background article ``number``: the next of the current beat, or of a new one."""
        if self.written == self.beat.size:
            self.beat, self.written = self._new_beat(self.beat.number + 1), 0
        self.written += 1
        beat, rng = self.beat, self.rng
        day = beat.start + timedelta(days=rng.randint(0, BEAT_DAYS))
        outlet = rng.randrange(len(OUTLETS))
        text = self.writer.text(rng.choice(self.shapes), self._cast(beat), _marks(outlet))
        return {
            "id": f"bg-{number}-b{beat.number}",
            "outlet": OUTLETS[outlet],
            "date": day.isoformat(),
            "title": "",
            "text": text,
        }

    def remember(self, text: str) -> None:
        """Keep generated articles from sharing five tokens in a row with ``text`` (a
        planted copy: its edits make 5-grams BASIL does not have)."""
        self.writer.guard.start()
        self.writer.guard.write(self.chain.token_ids(text))

    def own_paragraphs(self, event: str, rng: random.Random) -> list[str]:
        """One to three paragraphs on ``event`` (a plant's own text): how many is drawn
        from ``rng``, the corpus's, as for word-list paragraphs."""
        count = rng.randint(1, 3)
        names = self.event_names.get(event, self.everyone)
        cast = Cast(
            names.persons or self.everyone.persons,
            names.places or self.everyone.places,
            self.chain.by_event.get(event, {}),
        )
        paragraphs = []
        for _ in range(count):
            self.writer.guard.start()
            length = max(20, self.rng.choice(self.rng.choice(self.shapes)))
            paragraphs.append(self.writer.paragraph(length, cast, _CURLY))
        return paragraphs

    def _new_beat(self, number: int) -> Beat:
        """A beat on a BASIL event: most of its people and places that event's."""
        rng, everyone = self.rng, self.everyone
        event = rng.choice(sorted(self.event_names))
        home = self.event_names[event]
        persons = _some(rng, home.persons, BEAT_CAST[0])
        persons += _some(rng, everyone.persons, BEAT_CAST[1])
        places = _some(rng, home.places, BEAT_PLACES[0])
        places += _some(rng, everyone.places, BEAT_PLACES[1])
        start = self.first + timedelta(days=rng.randint(0, (self.last - self.first).days))
        size = rng.randint(*BEAT_ARTICLES)
        return Beat(number, event, _distinct(persons), _distinct(places), start, size)

    def _cast(self, beat: Beat) -> Cast:
        """The beat's two main people, a few more of its people, one or two of its places."""
        rng = self.rng
        persons = [*beat.persons[:2], *_some(rng, beat.persons[2:], rng.randint(2, 5))]
        places = _some(rng, beat.places, rng.randint(1, 2))
        return Cast(persons, places, self.chain.by_event[beat.event])


def _distinct(names: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(names))


def _some(rng: random.Random, names: list[str] | tuple[str, ...], count: int) -> list[str]:
    return rng.sample(list(names), min(count, len(names)))


def _marks(outlet: int) -> tuple[str, str]:
    return _CURLY if outlet % 2 else _STRAIGHT


def _all_names(every: Iterable[Names]) -> Names:
    everyone = Names()
    for names in every:
        for person in names.persons:
            everyone.add(PERSON, person)
        for place in names.places:
            everyone.add(PLACE, place)
    return everyone


def _date_range(basil: list[dict[str, str]]) -> tuple[date, date]:
    days = sorted(date.fromisoformat(r["date"][:10]) for r in basil if r.get("date"))
    return days[0], days[-1]
