"""Broadcasters, social networks, news agencies and rating agencies a copy names in place
of its source's, wherever they stand.

A rewrite that moves an interview to another network ("in an interview with NBC" / "in
an interview with ABC", "with Charlie Rose on CBS" / "on the PBS television program
'Charlie Rose'") or a remark to another station ("told Denver's KMGH-TV" / "told Denver
Fox affiliate KDVR-TV") often recasts the sentence past what the aligner links, or
splits it from the one that names the broadcaster; so too a post moved to another social
network ("in a Twitter post" / "Posting on Facebook") or a report to another agency
("citing a Reuters report" / "AP reports"), or an estimate to another rating agency
("according to Moody's" / "according to an analysis from Standard & Poor's").  These have
short fixed names, a network's letters or a station's call sign, and a story names few of
them: when the copy names exactly one of a kind (networks, stations, social networks,
news agencies, rating agencies) that its source never names, and the source exactly one
the copy never names, the copy put one for the other.  Read only for a copy and its
source (``report.py``): independent reports cite whichever network each watched.  The
copy's own credits ("according to Fox News") name the outlet it took the story from, no
broadcaster of the story, and are left out (``credited``).
"""

from __future__ import annotations

import re
from typing import Literal

from newstrace.analyse.facts.mentions import plain
from newstrace.analyse.prose import sentence_end, sentence_start
from newstrace.model import Discrepancy, QuoteCheck, Span

# Networks, by the names news style gives them; "Fox" alone is also a person (Vicente
# Fox) or a station's network ("Fox affiliate"), so only "Fox News"/"Fox Business" count.
NETWORK = re.compile(
    r"(?<![\w-])(?:ABC|NBC|CBS|PBS|CNN|MSNBC|CNBC|NPR|BBC|C-SPAN|HLN|Univision|Telemundo"
    r"|Fox News|Fox Business|Al Jazeera|Sky News)(?![\w-])"
)
# A station's call sign: four capitals from K or W, a band after it or none ("KDVR-TV",
# "WMUR"); a capitalised word beside it is a transcript's speaker ("HAROLD WARD:").
_STATION = re.compile(r"(?<![\w-])[KW][A-Z]{3}(?:-(?:TV|FM|AM|DT))?(?![\w-])")
# Social networks a statement was posted on ("in a Twitter post" / "on Facebook"): a story
# names few, and one put for another moves the statement, as another network does.
PLATFORM = re.compile(
    r"(?<![\w-])(?:Twitter|Facebook|Instagram|YouTube|Vimeo|TikTok|Snapchat|LinkedIn"
    r"|Reddit)(?![\w-])"
)
# News agencies a statement is said to come from ("citing a Reuters report" / "AP reports"),
# one agency under either of its names; "Bloomberg" is also a person, left out.
_AGENCY = re.compile(
    r"(?<![\w-])(?:AP|Associated Press|Reuters|AFP|Agence France-Presse|UPI)(?![\w-])"
)
# The three credit rating agencies an estimate or a downgrade is credited to ("according to
# Moody's" / "an analysis from Standard & Poor's"); "S&P 500" is an index of shares, and
# "Fitch" alone is also a surname ("Asa Fitch"), so only "Fitch Ratings" counts.
_RATER = re.compile(
    r"(?<![\w-])(?:Moody['\u2019]s|Standard\s+(?:&|and)\s+Poor['\u2019]s|S&P(?!\s*\d)"
    r"|Fitch Ratings)(?![\w-])"
)
_SAME_AGENCY = {"Associated Press": "AP", "Agence France-Presse": "AFP", "Standard & Poor's": "S&P"}


def _agency(name: str) -> str:
    """One agency's key under either of its names, however its apostrophe is written."""
    key = " ".join(plain(name).split()).replace(" and ", " & ")
    return _SAME_AGENCY.get(key, key)


_CAPITALS = re.compile(r"[A-Z]{2,}")
# A network named for the station it owns or feeds ("a Fox affiliate", "CBS affiliate
# KHOU"): the station is the broadcaster.
_AFFILIATE = re.compile(r"\s+(?:affiliate|station)s?\b")


def _shouting(text: str, start: int, end: int) -> bool:
    """A word in a run of capitals: a transcript's label or a headline."""
    before = text[max(0, start - 20) : start].split()
    after = text[end : end + 20].split()
    near = [w.strip(".,:;\"'()") for w in (*before[-1:], *after[:1])]
    return any(_CAPITALS.fullmatch(w) for w in near)


def _named(text: str, kind: re.Pattern[str], credited: list[Span]) -> dict[str, Span]:
    """The broadcasters of one kind a text names, each with where it first stands."""
    found: dict[str, Span] = {}
    for match in kind.finditer(text):
        span = Span(match.start(), match.end())
        if any(span.within(c) for c in credited):
            continue
        if _AFFILIATE.match(text, match.end()) or _shouting(text, match.start(), match.end()):
            continue
        found.setdefault(_agency(match.group()), span)
    return found


def changed_broadcasters(
    a_text: str, b_text: str, *, credited: list[Span] | None = None
) -> list[Discrepancy]:
    """The one broadcaster of a kind A names and B does not, against the one B names and A
    does not (``credited``: A's credits of outlets, left out)."""
    found = []
    for kind in (NETWORK, _STATION, PLATFORM, _AGENCY, _RATER):
        a_named = _named(a_text, kind, credited or [])
        b_named = _named(b_text, kind, [])
        a_own = [name for name in a_named if name not in b_named]
        b_own = [name for name in b_named if name not in a_named]
        if len(a_own) == len(b_own) == 1:
            a_span, b_span = a_named[a_own[0]], b_named[b_own[0]]
            a_name, b_name = a_text[a_span.start : a_span.end], b_text[b_span.start : b_span.end]
            found.append(Discrepancy("organisation", a_name, b_name, a_span, b_span))
    return found


# The statuses of a quotation that give one statement's words, however cut or altered.
_ONE_POST = ("exact", "truncated", "altered")


def posted_elsewhere(a_text: str, b_text: str, quotes: list[QuoteCheck]) -> list[Discrepancy]:
    """The one social network the sentence of a quotation names, against the one the
    source's sentence of the same words names ("in a post on her personal Instagram page:
    'It's not something ...'" / "'It's not something ...,' she wrote on her personal
    Facebook page"), neither text naming the other's network anywhere.  Read whatever the
    verdict, pairs called `shared_source` too: two reports that quote one post word for
    word name the network it was posted on, and one of them names it wrongly.  A quotation
    with a word changed is still the one post's ("discriminating against
    Republican/Conservative views" / "… voices", rw-690): its network is read too."""
    a_named, b_named = _named(a_text, PLATFORM, []), _named(b_text, PLATFORM, [])
    found: list[Discrepancy] = []
    for quote in quotes:
        if quote.b_span is None or quote.status not in _ONE_POST:
            continue
        a_here = _platforms_of(a_text, quote.a_span)
        b_here = _platforms_of(b_text, quote.b_span)
        if len(a_here) != 1 or len(b_here) != 1:
            continue
        (a_name, a_span), (b_name, b_span) = a_here[0], b_here[0]
        if a_name == b_name or a_name in b_named or b_name in a_named:
            continue
        change = Discrepancy("organisation", a_name, b_name, a_span, b_span)
        if change not in found:
            found.append(change)
    return found


def _platforms_of(text: str, quoted: Span) -> list[tuple[str, Span]]:
    """The social networks the sentence (or sentences) of a quotation names, each once."""
    start, end = sentence_start(text, quoted.start), sentence_end(text, quoted.end)
    found: dict[str, Span] = {}
    for match in PLATFORM.finditer(text, start, end):
        found.setdefault(match.group(), Span(match.start(), match.end()))
    return list(found.items())


# A station described before its call sign: its city and its network, then "affiliate" or
# "station" ("Denver Fox affiliate KDVR-TV", "St. Louis station KTVI").
_DESCRIBED = re.compile(
    r"(?<![\w.-])(?P<described>(?:[A-Z][\w.'\u2019-]*[ ]+){1,4})(?:affiliate|station)[ ]+"
    rf"(?P<sign>{_STATION.pattern})"
)


def _descriptions(text: str) -> dict[str, list[tuple[str, Span]]]:
    """Each call sign ``text`` describes, with the words of its first description."""
    found: dict[str, list[tuple[str, Span]]] = {}
    for match in _DESCRIBED.finditer(text):
        words = [
            (
                w.group(),
                Span(match.start("described") + w.start(), match.start("described") + w.end()),
            )
            for w in re.finditer(r"\S+", match["described"])
        ]
        found.setdefault(match["sign"], words)
    return found


def redescribed_stations(a_text: str, b_text: str) -> list[Discrepancy]:
    """The city or the network a copy gives a station, against its source's description of
    the same call sign: "Dallas NBC affiliate KDVR-TV" / "Denver Fox affiliate KDVR-TV"
    (rw-697).  A station has one city and one network: word for word, two descriptions of
    one length differing in a word changed it, a network's name (``NETWORK``, or "Fox") an
    organisation, a city's a name.  The copy recasts the sentence past what the aligner
    links, and the call sign, named by both, is no station put for another
    (``changed_broadcasters``).  Read only for a copy and its source (``report.py``)."""
    theirs = _descriptions(b_text)
    found = []
    for sign, mine in _descriptions(a_text).items():
        other = theirs.get(sign)
        if other is None or len(other) != len(mine):
            continue
        for (a_word, a_span), (b_word, b_span) in zip(mine, other, strict=True):
            if plain(a_word) == plain(b_word):
                continue
            networks = all(NETWORK.fullmatch(w) or w == "Fox" for w in (a_word, b_word))
            kind: Literal["organisation", "name"] = "organisation" if networks else "name"
            found.append(Discrepancy(kind, a_word, b_word, a_span, b_span))
    return found
