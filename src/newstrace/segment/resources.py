"""Tables used by the segmenter (data, not logic)."""

from __future__ import annotations

# Abbreviations after which blingfire sometimes ends a sentence although a name follows
# ("Mr. | Cook described ..."); a sentence ending in one is joined to the next.
TITLE_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen lt col maj capt sgt adm cmdr st rev fr hon pres
    jan feb mar apr jun jul aug sep sept oct nov dec no vs""".split()
)

# Function words: they carry no evidence of reuse on their own.
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours ourselves out over own said same says she should so some such than that the
    their theirs them themselves then there these they this those through to too under until
    up very was we were what when where which while who whom why will with would you your
    yours yourself yourselves s t d ll m re ve mr mrs ms one two told say saying according
    """.split()
)
