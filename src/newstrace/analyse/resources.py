"""Word lists used by the analyses (data, not logic).  Users extend the loaded-word lexicon
with ``--lexicon FILE`` (one word or phrase a line)."""

from __future__ import annotations

# Verbs that attribute a quotation to its speaker.
SPEECH_VERBS = frozenset(
    """said says say added adds told tells wrote writes asked asks continued continues
    explained explains noted notes declared declares insisted insists argued argues
    stated states warned warns recalled recalls described describes
    tweeted tweets replied replies responded responds acknowledged acknowledges
    claimed claims conceded concedes maintained maintains announced announces
    remarked remarks urged urges""".split()
)

PRONOUNS = frozenset("he she they i we it".split())

# Capitalised words that open sentences but are not names.
SENTENCE_OPENERS = frozenset(
    """however meanwhile still yet instead later earlier clearly indeed moreover furthermore
    nevertheless nonetheless separately similarly finally afterward afterwards today
    yesterday tomorrow now even last next first second third many several some most
    officials critics supporters experts analysts police authorities""".split()
)

# Honorifics and job titles stripped from a speaker's name ("Mr. Kerry" -> "Kerry").
HONORIFICS = frozenset(
    """mr mrs ms miss dr prof sen senator rep representative gov governor president
    secretary gen general adm admiral col colonel lt sgt capt judge justice rev
    chairman chairwoman minister spokesman spokeswoman mayor""".split()
)

# Titles whose change for the same person is reported as a discrepancy.
TITLES = frozenset(
    """president vice-president senator sen. representative rep. governor gov. mayor
    secretary minister chancellor prime ambassador general admiral colonel judge justice
    chairman chairwoman director spokesman spokeswoman speaker leader king queen prince
    ceo""".split()
)

# Offices a person holds one at a time: a different one before the same name is a change
# ("Senator John Smith" / "Governor John Smith"); other titles (chairman, director) are not
# compared, as one person holds several.
OFFICES = frozenset(
    """president vice-president senator representative congressman congresswoman governor
    mayor secretary minister chancellor ambassador general admiral judge justice""".split()
)
OFFICE_ABBREVIATIONS = {
    "sen.": "senator",
    "sen": "senator",
    "rep.": "representative",
    "rep": "representative",
    "gov.": "governor",
    "gov": "governor",
    "gen.": "general",
    "gen": "general",
    "adm.": "admiral",
    "pres.": "president",
    "sec.": "secretary",
    "congressman": "representative",
    "congresswoman": "representative",
}

# Loaded words a rewrite adds to a neutral source.  A hand-made starting lexicon,
# drawn from media-bias studies' lists of loaded and subjective verbs and labels.
LOADED_WORDS = frozenset(
    """dictator despot tyrant regime thug thugs terror terrorist terrorists extremist
    extremists radical radicals militant jihadist jihadists backtracked backtrack
    backpedaled backpedalled flip-flopped caved slammed slams blasted blasts ripped rips
    lambasted bashed trashed smeared mocked scolded berated hammered skewered torched
    shredded destroyed demolished eviscerated admitted admits claimed claims so-called
    disgraced embattled scandal-plagued radical-left far-left far-right hard-line
    hardline notorious infamous brutal puppet cronies crony propaganda illegals
    amnesty socialist leftist rant rants ranted tirade meltdown fumed fuming outraged
    furious shocking stunning bombshell""".split()
) | frozenset({"terror group", "terrorist group", "so called", "death panels"})

# Number words, so that "seven months" and "7 months" compare.
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
    "thousand": 1000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
}

WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)

# Names that are the same entity ("U.S." and "United States").
ENTITY_ALIASES: tuple[frozenset[str], ...] = (
    frozenset({"us", "u s", "united states", "america", "united states of america"}),
    frozenset({"uk", "u k", "britain", "united kingdom", "great britain"}),
    frozenset({"uae", "united arab emirates"}),
    frozenset({"un", "u n", "united nations"}),
    frozenset({"eu", "european union"}),
    frozenset({"isis", "isil", "islamic state", "daesh"}),
)
