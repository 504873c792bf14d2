"""The school a copy says a person's degree is from, put for the one its source gives.

"Brat, who holds a doctorate from Georgetown University, teaches economics" / "Brat
received his doctorate from American University, his master's from Princeton Theological
Seminary" (rw-676b), "who earned his doctorate at Georgetown University" (rw-607): the
copy recast the sentence, or moved the degree into another one, so the aligner links it
with a sentence of the source that names no school, and the school is missed there.

A degree is had from one school: the one school each text names after the same degree
("doctorate", "master's", "law degree"), neither text naming the other's anywhere, is a
school the copy gave the degree from that its source never named.  Read only for a copy
and its source (``report.py``): two reports of one event take a person's schooling from
wherever they find it.
"""

from __future__ import annotations

import re

from newstrace.model import Discrepancy, Span

# A word of a name, a full stop only inside it ("U.S"): one ending a sentence ends the name.
_WORD = r"[A-Z](?:[\w&'\u2019-]|\.(?=\w))*"
# A degree, perhaps its field, then "from" or "at" and the school's capitalised name:
# "a doctorate from American University", "his master's in public policy at Princeton",
# "a Ph.D. in Economics from the University of Iowa".
_DEGREE = re.compile(
    r"\b(?P<degree>doctorate|Ph\.?\s?D\b\.?|(?:master|bachelor)['\u2019]s(?:\s+degree)?"
    r"|(?:law|medical|business)\s+degree)"
    r"(?:\s+in\s+[A-Za-z]+(?:\s+[A-Za-z]+)?)?\s+(?:from|at)\s+(?:the\s+)?"
    rf"(?P<school>{_WORD}(?:[ ](?:of[ ])?{_WORD}){{0,4}})"
)
# A degree under its other names: a Ph.D. is a doctorate, a master's a master's degree.
_SAME_DEGREE = {
    "phd": "doctorate",
    "master's degree": "master's",
    "bachelor's degree": "bachelor's",
}


def _degree(name: str) -> str:
    plain = " ".join(name.lower().replace(".", "").replace("\u2019", "'").split())
    return _SAME_DEGREE.get(plain.replace("ph d", "phd"), plain)


def _schools(text: str) -> dict[str, set[tuple[str, Span]]]:
    """Each degree ``text`` names with the schools it names it from."""
    found: dict[str, set[tuple[str, Span]]] = {}
    for match in _DEGREE.finditer(text):
        span = Span(match.start("school"), match.end("school"))
        found.setdefault(_degree(match["degree"]), set()).add((match["school"], span))
    return found


def changed_schools(a_text: str, b_text: str) -> list[Discrepancy]:
    """The one school copy ``a_text`` gives a degree from against the one source
    ``b_text`` gives the same degree from, when they differ and neither text names the
    other's school anywhere."""
    mine, theirs = _schools(a_text), _schools(b_text)
    found = []
    for degree in mine.keys() & theirs.keys():
        if len({s for s, _ in mine[degree]}) != 1 or len({s for s, _ in theirs[degree]}) != 1:
            continue  # two schools of one degree: which one changed is not known
        (x, x_span), (y, y_span) = min(mine[degree]), min(theirs[degree])
        if x == y or x in b_text or y in a_text:
            continue
        found.append(Discrepancy("organisation", x, y, x_span, y_span))
    return found
