"""Planted rewrites of BASIL articles with ground-truth spans, for benchmarks/accuracy.py.

Each plant is a new article derived from ONE BASIL article (its source) by one operation
that mirrors how newsrooms rewrite.  Every piece of the derived text records the span of
the source it was made from, so the harness knows exactly which characters of the derived
text are reused from which characters of the source.  The operations:

* ``verbatim``: three to six consecutive paragraphs copied as they are;
* ``light``: the same block lightly edited: outside quotation marks about one word in
  seven of a synonym table (:data:`SYNONYMS`, 290 common news words) replaced, one
  sentence in five with its clauses swapped around its first comma, and one sentence in
  five dropped;
* ``paraphrase``: the block rewritten sentence by sentence, outside quotation marks: every
  word of the synonym table replaced, stock phrases shortened (:data:`PHRASES`), titles
  dropped ("Mr. Kerry" -> "Kerry"), clauses swapped around the first comma, long sentences
  split at ``, and`` / ``, but`` / ``;`` and neighbouring sentences merged with ``, and``;
  quotations, names and numbers are kept, as a rewriter keeps the facts;
* ``summary``: the whole article compressed: sentences holding a quotation are kept word
  for word, a paragraph without one keeps only its first sentence, cut after its first
  clause and given synonyms, and every other such paragraph is dropped;
* ``mixed``: a lightly edited block of the source interleaved, one or two paragraphs at a
  time, with as many consecutive paragraphs copied from an article about a DIFFERENT event.

A block (verbatim, light, paraphrase) is at least 40% the reporter's own words: a block of
pure quotation is what independent reports of one event share, so it is no fair plant.
Plants are dated the day after their source.  Ground truth: the *cases* of the PAN
text-alignment corpora -- maximal runs of pieces that are contiguous in both texts (only
whitespace between them), each a pair of spans ``(derived, source)``; a dropped sentence
or paragraph therefore splits a case.  Generation is seeded and deterministic.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import blingfire

ROOT = Path(__file__).resolve().parent.parent
BASIL = ROOT.parent / "shared" / "data" / "basil" / "articles.jsonl"
OPERATIONS = ("verbatim", "light", "paraphrase", "summary", "mixed")

# Word -> synonym, as a rewriter would swap them (lower case; capitals are restored).  A
# noun or adjective and its synonym both start with a vowel or both not, so "a"/"an" fit.
SYNONYMS = dict(
    pair.strip().split(":")
    for pair in """
said:stated, says:states, told:informed, announced:revealed, big:large, large:sizeable,
small:minor, important:essential, show:indicate, shows:indicates, help:assist,
start:begin, began:started, use:employ, used:employed, people:individuals,
government:administration, country:nation, leader:chief, meeting:session,
talks:discussions, attack:assault, quickly:rapidly, criticized:slammed, plan:proposal,
law:legislation, new:fresh, officials:authorities, support:backing, decision:move,
called:described, after:following, before:prior to, also:additionally, however:but,
many:numerous, about:around, president:commander in chief, added:continued,
asked:questioned, believe:think, believes:thinks, bill:measure, campaign:bid,
claimed:alleged, comments:remarks, congress:lawmakers, concerns:worries,
criticism:condemnation, department:bureau, despite:in spite of, during:throughout,
effort:attempt, election:electoral contest, expected:anticipated, first:initial,
group:coalition, issue:affair, largest:biggest, later:subsequently, likely:probably,
major:key, members:backers, noted:observed, often:frequently, opposed:resisted,
party:faction, percent:per cent, policy:strategy, political:partisan, problem:difficulty,
proposed:put forward, recent:latest, released:published, report:dispatch,
reported:disclosed, republicans:GOP lawmakers, democrats:Democratic lawmakers,
spokesman:representative, statement:declaration, stop:halt, suggested:hinted,
tried:attempted, wanted:sought, warned:cautioned, while:whereas, without:lacking,
women:females, wrote:penned, killed:slain, including:among them, because:since,
agreed:consented, americans:U.S. citizens, military:armed forces, move:step,
children:kids, house:chamber, senate:upper chamber, sought:tried, vote:ballot,
former:previous, federal:national, security:safety, saying:stating, should:ought to,
committee:panel, investigation:inquiry, lawmakers:legislators, just:only, only:merely,
deal:pact, legislation:law, emails:messages, candidate:contender, letter:note,
debate:discussion, conservative:right-leaning, get:obtain, part:portion,
reporters:journalists, case:matter, though:although, director:head, race:contest,
money:cash, think:believe, top:senior, news:reports, chairman:chair, speech:talk,
long:lengthy, position:stance, leaders:chiefs, conference:meeting, work:labor,
sent:dispatched, clear:plain, senior:top, private:personal, benefits:payments,
several:a number of, next:following, personal:private, legal:lawful,
talking:speaking, remarks:comments, spending:expenditure, video:footage,
nation:country, issues:matters, groups:organisations, tweeted:posted, making:creating,
plans:proposals, cuts:reductions, chief:head, might:could, attacks:assaults, want:wish,
press:media, questions:queries, nominee:candidate, came:arrived, funding:financing,
found:discovered, won:secured, media:press, issued:released, candidates:contenders,
appeared:seemed, response:reply, accused:charged, continued:went on, question:query,
served:worked, budget:spending plan, hearing:session, give:provide, again:once more,
place:location, offered:proposed, went:headed, job:post, step:move, illegal:unlawful,
message:note, passed:approved, aides:assistants, across:throughout, statements:remarks,
need:require, efforts:attempts, business:commerce, war:conflict, claims:assertions,
counsel:lawyer, described:portrayed, trying:attempting, possible:feasible,
elections:votes, laws:statutes, proposal:plan, seen:viewed, charges:counts,
confirmed:verified, package:bundle, led:headed, process:procedure, local:regional,
documents:papers, company:firm, wife:spouse, workers:employees, current:present,
change:shift, every:each, face:confront, elected:chosen, home:residence, less:fewer,
votes:ballots, fight:battle, speaking:talking, role:part, until:till, comment:remark,
potential:possible, evidence:proof, keep:retain, latest:newest, known:recognised,
calls:demands, funds:money, leading:top, try:attempt, argued:contended, taxes:levies,
aide:assistant, lawsuit:suit, expressed:voiced, allow:permit, received:got,
weapons:arms, document:paper, vowed:pledged, ban:prohibition, adding:noting,
spent:expended, spoke:talked, supporters:backers, urged:pressed, seeking:pursuing,
seat:post, wants:wishes, include:contain, different:distinct, nearly:almost,
final:last, signed:inked, request:plea, agreement:accord, resignation:departure,
wrong:mistaken, event:occasion, details:specifics, jobs:positions, sure:certain,
story:report, enough:sufficient, immediately:at once, gave:provided, fired:dismissed,
false:untrue, forward:ahead, seemed:appeared, messages:notes,
controversial:contentious, declined:refused, posted:published, toward:towards,
controversy:dispute, short:brief, young:youthful, policies:measures, recently:lately,
hard:difficult, related:connected, included:contained, respond:reply,
showed:revealed, resolution:motion, responded:replied, changed:altered,
strong:powerful, publicly:openly""".split(",")
)
# Phrases a rewriter shortens or swaps (paraphrase only), and titles it drops ("Mr. Kerry").
PHRASES = {
    " in order to ": " to ",
    " because of ": " due to ",
    " a number of ": " several ",
    " as well as ": " and ",
    " more than ": " over ",
    " at least ": " no fewer than ",
    " in an interview ": " in remarks ",
    " on Capitol Hill": " in Congress",
}
_TITLES = re.compile(r"\b(?:Mr|Mrs|Ms)\. (?=[A-Z])")
# Whole words only: never the "won" of "won't".
_WORD = re.compile(r"(?<![’'A-Za-z])[A-Za-z]+(?![’'A-Za-z])")
_QUOTE_MARKS = ('"', "“", "”")
_QUOTED = re.compile(r'(“[^”]*”|"[^"]*")')
_SPLITS = (", and ", ", but ", "; ")
_MIN_BLOCK_OWN = 0.4


@dataclass(frozen=True, slots=True)
class Piece:
    """A sentence of a derived article and the source span it was made from (None: not)."""

    text: str
    source: tuple[int, int] | None


@dataclass(frozen=True, slots=True)
class Case:
    """A reused passage: its span in the derived text and the span of the source it is from."""

    derived: tuple[int, int]
    source: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Plant:
    """A derived article, its source, the operation that made it and the true cases."""

    operation: str
    id: str
    text: str
    published: str
    source: dict[str, str]
    cases: tuple[Case, ...]
    other: dict[str, str] | None = None  # the article mixed in (operation ``mixed``)


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int
    end: int

    @property
    def quoted(self) -> bool:
        return any(mark in self.text for mark in _QUOTE_MARKS)

    def piece(self, text: str | None = None) -> Piece:
        return Piece(self.text if text is None else text, (self.start, self.end))


def load_basil(path: Path = BASIL) -> list[dict[str, str]]:
    """BASIL's articles in file order (the few with the id ``empty`` included)."""
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def paragraphs(text: str) -> list[list[Sentence]]:
    """The sentences of each paragraph (blank-line separated), with offsets into ``text``."""
    found = []
    for match in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text):
        _, bounds = blingfire.text_to_sentences_and_offsets(match.group())
        base = match.start()
        sentences = [
            Sentence(text[base + a : base + b], base + a, base + b)
            for a, b in bounds
            if text[base + a : base + b].strip()
        ]
        if sentences:
            found.append(sentences)
    return found


def own_share(block: list[list[Sentence]]) -> float:
    """Share of the characters outside quotation marks (the reporter's own words)."""
    text = "\n".join(s.text for paragraph in block for s in paragraph)
    text = text.replace("“", '"').replace("”", '"')
    inside = sum(len(part) for k, part in enumerate(text.split('"')) if k % 2)
    return 1 - inside / max(1, len(text))


def choose_block(source: list[list[Sentence]], rng: random.Random) -> list[list[Sentence]]:
    """Three to six consecutive paragraphs, at least 40% of them the reporter's own words."""
    size = min(len(source), rng.randint(3, 6))
    starts = list(range(len(source) - size + 1))
    rng.shuffle(starts)
    for start in starts:
        block = source[start : start + size]
        if own_share(block) >= _MIN_BLOCK_OWN:
            return block
    return source[starts[0] : starts[0] + size]


def synonyms(sentence: str, rng: random.Random, share: float) -> str:
    """Replace about ``share`` of the table's words; capitalised words (names) are kept."""

    def swap(match: re.Match[str]) -> str:
        word = match.group()
        bare = word.lower()
        if (word[0].isupper() and match.start() > 0) or bare not in SYNONYMS:
            return word
        if rng.random() >= share:
            return word
        new = SYNONYMS[bare]
        return new[0].upper() + new[1:] if word[0].isupper() else new

    return _WORD.sub(swap, sentence)


def reword(text: str, rng: random.Random, share: float) -> str:
    """A paraphraser's wording: phrases shortened, titles dropped, every synonym swapped."""
    for phrase, replacement in PHRASES.items():
        text = text.replace(phrase, replacement)
    return synonyms(_TITLES.sub("", text), rng, share)


def outside_quotes(sentence: str, edit: Callable[[str], str]) -> str:
    """``edit`` applied to the text outside quotation marks (a quotation is never edited);
    a sentence with an unclosed quotation is left as it is."""
    if sentence.count("“") != sentence.count("”") or sentence.count('"') % 2:
        return sentence
    pieces = _QUOTED.split(sentence)
    return "".join(p if _QUOTED.fullmatch(p) else edit(p) for p in pieces)


def swap_clauses(sentence: str) -> str | None:
    """``Head, tail.`` -> ``Tail, head.``, when both parts are long enough."""
    head, comma, tail = sentence.partition(", ")
    if not comma or not 3 <= len(head.split()) <= 12 or len(tail.split()) < 4:
        return None
    if head.split()[0] in ("I", "But", "And") or not tail[:1].isalpha():
        return None
    tail = tail.rstrip()
    end = tail[-1] if tail[-1] in ".!?" else "."
    tail = tail.rstrip(".!?")
    return f"{tail[0].upper()}{tail[1:]}, {_lower_first(head)}{end}"


def split_sentence(sentence: str) -> tuple[str, str] | None:
    """A long sentence cut in two at ``, and`` / ``, but`` / ``;`` when the second part has
    a subject of its own (``..., and he said`` but not ``..., and gave them``)."""
    if len(sentence.split()) < 20:
        return None
    for mark in _SPLITS:
        head, found, tail = sentence.partition(mark)
        if not found or len(head.split()) < 6 or len(tail.split()) < 6:
            continue
        first = tail.split()[0]
        if first.lower() in _SUBJECTS or first[0].isupper():
            tail = ("But " + tail) if mark == ", but " else tail[0].upper() + tail[1:]
            return head.rstrip(",;") + ".", tail
    return None


_SUBJECTS = frozenset("he she they it we i you the a an his her their its this that".split())


def _lower_first(text: str) -> str:
    first = text.split()[0]
    # Keep names and acronyms capitalised ("Obama", "U.S.").
    if first[1:2].isupper() or first in ("I",) or not first.isalpha():
        return text
    return text[0].lower() + text[1:] if first.lower() in _COMMON_FIRST else text


_COMMON_FIRST = frozenset(
    "the a an in on at for after before during while when as since this that these those "
    "it its he she they we his her their some many most several one two three four five "
    "last earlier later meanwhile still yet also however".split()
)


def light(block: list[list[Sentence]], rng: random.Random) -> list[list[Piece]]:
    """Synonyms, a swapped clause now and then, and one sentence in five dropped."""
    out = []
    for paragraph in block:
        kept = [s for s in paragraph if rng.random() >= 0.2] or paragraph[:1]
        pieces = []
        for sentence in kept:
            if sentence.quoted:
                edited = outside_quotes(sentence.text, lambda t: synonyms(t, rng, 0.15))
                pieces.append(sentence.piece(edited))
                continue
            text = synonyms(sentence.text, rng, 0.15)
            swapped = swap_clauses(text) if rng.random() < 0.2 else None
            pieces.append(sentence.piece(swapped or text))
        out.append(pieces)
    return out


def paraphrase(block: list[list[Sentence]], rng: random.Random) -> list[list[Piece]]:
    """Every sentence outside quotations rewritten; sentences merged and split."""
    out = []
    for paragraph in block:
        pieces: list[Piece] = []
        for sentence in paragraph:
            if sentence.quoted:
                edited = outside_quotes(sentence.text, lambda t: reword(t, rng, 1.0))
                pieces.append(sentence.piece(edited))
                continue
            text = reword(sentence.text, rng, 1.0)
            text = (swap_clauses(text) if rng.random() < 0.5 else None) or text
            halves = split_sentence(text) if rng.random() < 0.7 else None
            if halves:
                pieces.extend(sentence.piece(half) for half in halves)
            else:
                pieces.append(sentence.piece(text))
        out.append(_merge_some(pieces, paragraph, rng))
    return out


def _merge_some(pieces: list[Piece], paragraph: list[Sentence], rng: random.Random) -> list[Piece]:
    """Join some neighbouring unquoted sentences with ``, and``."""
    quoted = {(s.start, s.end) for s in paragraph if s.quoted}
    merged: list[Piece] = []
    for piece in pieces:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.source is not None
            and piece.source is not None
            and last.source != piece.source
            and last.source not in quoted
            and piece.source not in quoted
            and last.text.endswith(".")
            and rng.random() < 0.3
        ):
            text = f"{last.text[:-1]}, and {_lower_first(piece.text)}"
            merged[-1] = Piece(text, (last.source[0], piece.source[1]))
        else:
            merged.append(piece)
    return merged


def summary(source: list[list[Sentence]], rng: random.Random) -> list[list[Piece]]:
    """Quotations kept word for word; the rest compressed to first clauses, half dropped."""
    out = []
    unquoted = 0
    for paragraph in source:
        quoted = [s for s in paragraph if s.quoted]
        if quoted:
            out.append([s.piece() for s in quoted])
            continue
        unquoted += 1
        if unquoted % 2 == 0:
            continue
        first = paragraph[0]
        out.append([first.piece(_compress(synonyms(first.text, rng, 0.5)))])
    return out


def _compress(sentence: str) -> str:
    """The sentence up to its first clause break, when that leaves enough words."""
    for mark in (", which ", ", who ", ", and ", ", but ", "; ", ", "):
        head = sentence.split(mark)[0]
        if head != sentence and len(head.split()) >= 8:
            return head.rstrip(",;") + "."
    return sentence


def mixed(
    source: list[list[Sentence]], other: list[list[Sentence]], rng: random.Random
) -> list[list[Piece]]:
    """Lightly edited source paragraphs interleaved with the other article's paragraphs."""
    block = choose_block(source, rng)
    edited = light(block, rng)
    start = rng.randint(0, max(0, len(other) - len(block)))
    foreign = [[Piece(s.text, None) for s in p] for p in other[start : start + len(block)]]
    out: list[list[Piece]] = []
    while edited or foreign:
        for stack in (foreign, edited):
            take = rng.randint(1, 2)
            out.extend(stack[:take])
            del stack[:take]
    return out


def assemble(body: list[list[Piece]], source_text: str) -> tuple[str, tuple[Case, ...]]:
    """The derived text (sentences joined by a space, paragraphs by a blank line), and its
    true cases: runs of pieces contiguous in both texts."""
    parts: list[str] = []
    placed: list[tuple[int, int, tuple[int, int] | None]] = []
    cursor = 0
    for number, paragraph in enumerate(body):
        for index, piece in enumerate(paragraph):
            gap = "\n\n" if index == 0 and number else (" " if index else "")
            parts.append(gap)
            cursor += len(gap)
            placed.append((cursor, cursor + len(piece.text), piece.source))
            parts.append(piece.text)
            cursor += len(piece.text)
    return "".join(parts), _cases(placed, source_text)


def _cases(
    placed: list[tuple[int, int, tuple[int, int] | None]], source_text: str
) -> tuple[Case, ...]:
    cases: list[Case] = []
    previous: tuple[int, int, tuple[int, int] | None] | None = None
    for start, end, span in placed:
        if span is None:
            previous = None
            continue
        last = cases[-1] if cases and previous is not None and previous[2] is not None else None
        if last is not None and _contiguous(last.source, span, source_text):
            source = (min(last.source[0], span[0]), max(last.source[1], span[1]))
            cases[-1] = Case((last.derived[0], end), source)
        else:
            cases.append(Case((start, end), span))
        previous = (start, end, span)
    return tuple(cases)


def _contiguous(left: tuple[int, int], right: tuple[int, int], text: str) -> bool:
    """True when ``right`` overlaps ``left`` or follows it after whitespace only."""
    if right[0] < left[1]:
        return right[1] > left[0]
    return not text[left[1] : right[0]].strip()


def next_day(day: str) -> str:
    """The day after ``day``: a copy is published after its source."""
    return (date.fromisoformat(day[:10]) + timedelta(days=1)).isoformat()


def usable(record: dict[str, str]) -> bool:
    """Sources and mixed-in articles: a unique id, five paragraphs, 1,500 characters."""
    return (
        record["id"] != "empty"
        and len(record["text"]) >= 1500
        and len(paragraphs(record["text"])) >= 5
    )


def make_plant(
    operation: str,
    number: int,
    source: dict[str, str],
    rng: random.Random,
    other: dict[str, str] | None = None,
) -> Plant:
    """Plant ``number`` of ``operation``, written from ``source`` (and ``other`` if mixed)."""
    structure = paragraphs(source["text"])
    if operation == "verbatim":
        body = [[s.piece() for s in p] for p in choose_block(structure, rng)]
    elif operation == "light":
        body = light(choose_block(structure, rng), rng)
    elif operation == "paraphrase":
        body = paraphrase(choose_block(structure, rng), rng)
    elif operation == "summary":
        body = summary(structure, rng)
    elif operation == "mixed" and other is not None:
        body = mixed(structure, paragraphs(other["text"]), rng)
    else:
        raise ValueError(f"unknown operation {operation!r} (mixed needs another article)")
    text, cases = assemble(body, source["text"])
    plant_id = f"plant-{operation}-{number}"
    return Plant(operation, plant_id, text, next_day(source["date"]), source, cases, other)


def generate(records: list[dict[str, str]], per_operation: int, seed: int = 2026) -> list[Plant]:
    """``per_operation`` plants of every operation, from sources drawn without replacement."""
    rng = random.Random(seed)
    candidates = [r for r in records if usable(r)]
    plants = []
    for operation in OPERATIONS:
        sources = rng.sample(candidates, min(per_operation, len(candidates)))
        for number, source in enumerate(sources):
            other = None
            if operation == "mixed":
                strangers = [r for r in candidates if r["event"] != source["event"]]
                other = rng.choice(strangers)
            plants.append(make_plant(operation, number, source, rng, other))
    return plants
