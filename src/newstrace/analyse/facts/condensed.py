"""A pair called `shared_source` whose first text reads as a condensed copy of the second.

The verdict calls a pair `shared_source` when it cannot tell a copy from two reports of one
source, and the readers of a copy's changes (``copied.py``, ``framed.py``, the weekdays of
``typed.py``) do not run there: independent reports date, count and title one event each
its own way, and those readers would take their differences for changes.  A text nearly
all traced to the other (``Coverage.a``), its own sentences (outside quotations) half or
more firmly traced (``SideEvidence.own_share``), is no independent report, whatever the
verdict: its facts are the other's, and one given otherwise was changed ("548 days after
riding the Trump Tower escalator" / "Five hundred and eighty-four days after descending his
Trump Tower escalator", a copy condensed to five sentences, 97% traced).  The one weekday
each whole text names is still read for a copy only (``report.py``): two copies of one
source may each have moved a day, and their one days be of two events ("denied it on
Tuesday" / "their lawyer said Thursday").

Over every development split and BASIL's 600 ordered same-event pairs no BASIL text called
`shared_source` is 90% traced to the other (the most, 0.89, has a quarter of its own
sentences traced; the next, 0.87, under half), so no BASIL pair is read so.
"""

from __future__ import annotations

from newstrace.model import Coverage, Evidence, Relation

# Both set over every development split and BASIL (BENCHMARKS.md, "Changed facts after
# fresh42 (facts43)"): re-run ``faithfulness.py --splits tune..`` and the BASIL checks.
MIN_TRACED = 0.9  # the share of A traced to B
MIN_OWN_TRACED = 0.5  # the share of A's own sentences firmly traced to B


def read_as_copy(relation: Relation, coverage: Coverage, evidence: Evidence | None) -> bool:
    """A's facts are read as a copy's of B's: the verdict says so, or A is condensed from B
    though called `shared_source`."""
    if relation in ("a_from_b", "b_from_a"):
        return True
    if relation != "shared_source" or evidence is None:
        return False
    return coverage.a >= MIN_TRACED and evidence.a.own_share >= MIN_OWN_TRACED
