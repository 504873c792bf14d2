"""Article paragraphs written for the ingest tests."""

from __future__ import annotations

BRIDGE = [
    "The city council voted on Tuesday to approve the new harbour bridge, ending a decade "
    "of debate about the crossing and its cost to local taxpayers.",
    "Officials said construction would begin next spring and take four years, with traffic "
    "diverted through the old tunnel while the work is under way.",
    "Residents of the waterfront district welcomed the decision but warned that the noise "
    "and dust of the building site would disrupt their lives for years.",
]
