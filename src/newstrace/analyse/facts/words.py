"""Word lists of the changed-facts checks (data, not logic)."""

from __future__ import annotations

import re

# Ranks and offices in a title: "Senate Majority Leader", "Detective Chief Superintendent",
# "campaign manager".  Two titles of one person are compared on these words only; the rest
# (the body, the party, the state) may be added or dropped without changing the office.
RANKS = frozenset(
    """president vice secretary minister leader majority minority whip speaker chairman
    chairwoman chair director managing executive chief deputy assistant associate acting
    interim under detective superintendent inspector sergeant constable commissioner
    commander officer spokesman spokeswoman spokesperson manager press senator
    representative congressman congresswoman governor lieutenant mayor attorney general
    counsel judge justice ambassador ceo cfo coo founder chancellor premier king queen
    prince princess colonel major captain admiral editor correspondent anchor adviser
    advisor aide coordinator treasurer strategist prosecutor sheriff marshal coach staff
    member lawmaker agent tempore""".split()
)
# Abbreviations and other spellings of ranks, as written before a name.
RANK_ABBREVIATIONS = {
    "sen": "senator",
    "rep": "representative",
    "congressman": "representative",
    "congresswoman": "representative",
    "gov": "governor",
    "gen": "general",
    "adm": "admiral",
    "lt": "lieutenant",
    "col": "colonel",
    "capt": "captain",
    "sgt": "sergeant",
    "det": "detective",
    "supt": "superintendent",
    "insp": "inspector",
    "pres": "president",
    "sec": "secretary",
    "chairwoman": "chairman",
    "chair": "chairman",
    "spokeswoman": "spokesperson",
    "spokesman": "spokesperson",
    "advisor": "adviser",
    "ceo": "chief executive",
    "cfo": "chief financial officer",
    "coo": "chief operating officer",
    "tem": "tempore",  # a senate's "President Pro Tem" (``titles._ranks`` reads "Pro")
}
# Words of a rank that change it when added or dropped: "Deputy Director" is not "Director",
# "Detective Chief Superintendent" is not "Detective Superintendent".  ("former" is not
# among them: it depends on the day the report was written.)
RANK_CHANGERS = frozenset(
    """vice deputy assistant associate acting interim under chief managing executive
    lieutenant press co""".split()
)  # "co" only before a hyphen: "Co-Chairwoman" (``hyphenated_rank``)


def hyphenated_rank(word: str) -> tuple[str, str] | None:
    """A rank changer joined to a rank by a hyphen, split ("vice-chairwoman" -> ("vice",
    "chairwoman"), "Co-Chair" -> ("co", "chair")); None for any other word."""
    head, dash, rest = word.lower().partition("-")
    return (head, rest) if dash and head in RANK_CHANGERS and rest in RANKS else None


# Words of a rank that change it only when swapped: "Majority Leader" is not "Minority
# Leader", but "Democratic Leader" may be either.
RANK_SWAPS = frozenset({"majority", "minority"})
# Ranks that say what someone does, not which office they hold: an "adviser" may also chair
# a council, a "founder" run the company.
GENERIC_RANKS = frozenset("adviser aide member lawmaker founder".split())
# A member of a body and an office inside it are held together ("Representative Devin
# Nunes" chairs a committee; "Senator Mitch McConnell" is the majority leader).
MEMBERSHIPS = frozenset("senator representative".split())
OFFICES_IN_A_BODY = frozenset("chairman leader whip speaker".split())
# The offices that head a body, which its "chief" alone also names: news style calls a
# party's chairman its "party chief", an agency's director its chief ("intelligence chief
# Dan Coates" / "Director of National Intelligence Dan Coats").
BODY_HEADS = frozenset("chairman chairwoman chair president leader director".split())

# The last word of an organisation's name, and the type of body it makes ("the House Ways
# and Means Committee" is a committee, "Acme Corp" and "Beta Inc" are companies): only
# organisations of one type are set against each other.  A newsletter named a "Report" ("the
# Cook Political Report") is an outlet: no person's name ends in the word.
ORGANISATION_TYPES = {
    head: kind
    for kind, heads in {
        "committee": "committee subcommittee caucus",
        "company": "company corporation corp inc ltd llc plc group bank",
        "outlet": "news times post journal network herald tribune gazette report",
        "government": """department ministry agency bureau office commission council
            administration authority service""",
        "court": "court tribunal",
        "party": "party",
        "school": "university college institute school academy seminary",
        "association": """association union foundation fund trust club society league
            coalition alliance federation""",
        "force": "police force army navy",
        "parliament": "parliament assembly senate house",
    }.items()
    for head in heads.split()
}

# The last word of a law's or a pact's name ("the Religious Freedom Restoration Act", "the
# Paris Treaty"): the name of a text, not of a person.
LAW_TYPES = frozenset("act amendment treaty".split())

# People who write or speak for an outlet: the name before them ("Boston Herald columnist
# Adriana Cohen") is the outlet's.
PRESS_STAFF = frozenset(
    "reporter columnist correspondent commentator writer contributor anchor producer".split()
)
# The last word of a newspaper's or a magazine's name, the word that says it is one ("Sun
# Journal", "Washington Post", "Weekly Standard"): a regular expression's alternatives.
OUTLET_HEADS = (
    "Journal|Post|Times|Herald|Tribune|Gazette|Chronicle|Inquirer|Examiner|Telegraph|Courier"
    "|Dispatch|Standard|Review|Monitor"
)
# The words between a fact and what it is of, which say nothing by themselves.
FUNCTION_WORDS = frozenset(
    """a an the of in on at to for from by with and or as than about around nearly almost
    some roughly approximately over under more less just only all its his her their our
    this that these those""".split()
)
# Determiners that say how many ("Neither side has budged", "Both men", "Each of them"):
# capitalised only as a sentence's first word, never a name nor a misspelt surname.
QUANTIFIERS = frozenset("neither either both each every all any none another".split())
# Words that say nothing of what a fact next to them is about (the modules reading a
# fact's neighbours add a few of their own).
EMPTY_WORDS = FUNCTION_WORDS | frozenset(
    """said says he she they it was were is are has had have be been will would that which
    who mr mrs ms when after before since last this next""".split()
)
# Words that make a figure approximate: "about 50" is not contradicted by "49".
ROUGH_WORDS = frozenset("about around nearly almost roughly approximately some over under".split())
# Prepositions that put a proper name in a slot of the sentence ("a senator from New
# York", "chairman of the House Budget Committee", "said on MSNBC").
SLOT_PREPOSITIONS = frozenset("of from on at for in".split())

# Suffixes that make a place's adjective or people ("Saudi Arabia"/"Saudi Arabian",
# "Iraq"/"Iraqi"): a different form of the same name, not a different name.
DEMONYM_SUFFIXES = ("n", "an", "ian", "i", "ese", "ish")

# Shortened given names that differ from the full one by a single letter (longer ones are
# found as prefixes: "Ash"/"Ashton").  "Ann"/"Anne" is a different spelling, not a short form.
CLIPPED_GIVEN_NAMES = frozenset({("steve", "steven"), ("pete", "peter")})

# Names that are the same entity ("U.S." and "United States").
ENTITY_ALIASES: tuple[frozenset[str], ...] = (
    frozenset({"us", "u s", "united states", "america", "united states of america"}),
    frozenset({"uk", "u k", "britain", "united kingdom", "great britain"}),
    frozenset({"uae", "united arab emirates"}),
    frozenset({"un", "u n", "united nations"}),
    frozenset({"eu", "european union"}),
    frozenset({"isis", "isil", "islamic state", "daesh"}),
    # A party and its nickname or short form: news style writes "GOP" and "Republican",
    # "Dem" and "Democratic", in turn, so one put for the other names the same party, not
    # another ("the Ohio Republican Senate nominee" / "the Ohio GOP Senate nominee"); screened:
    # on every read split and BASIL it drops only a false change (BENCHMARKS.md "Condensed
    # rewrites after fresh44").
    frozenset({"gop", "grand old party", "republican", "republicans", "republican party"}),
    frozenset({"democratic", "democrat", "democrats", "dem", "dems", "democratic party"}),
)
# One country's government named by its people's adjective, its capital or its seat ("a
# dozen Russian officers" / "a dozen Kremlin officers"): news style uses them in turn, so
# one put for another in a slot names the same side, not another.
GOVERNMENT_NAMES: tuple[frozenset[str], ...] = (
    frozenset({"russia", "russian", "moscow", "kremlin"}),
    frozenset({"china", "chinese", "beijing"}),
    frozenset({"us", "u s", "united states", "america", "american", "washington"}),
    frozenset({"uk", "britain", "british", "london", "whitehall", "downing street"}),
    frozenset({"france", "french", "paris", "elysee"}),
    frozenset({"iran", "iranian", "tehran"}),
    frozenset({"israel", "israeli", "jerusalem"}),
    frozenset({"ukraine", "ukrainian", "kyiv", "kiev"}),
)
# Executive departments, as named before their secretary ("Treasury Secretary"): the word
# is the office, so "Commerce Secretary" and "Treasury Secretary" are two offices.  ("State"
# is left out: before "Secretary" it may be a state's.)
DEPARTMENTS = frozenset(
    """treasury commerce defense defence labor energy education interior agriculture
    transportation justice health homeland housing veterans""".split()
)

# The fifty states by name, as written before a member's or an officer's rank ("Michigan
# Rep.", "Ohio Attorney General"): the state is the seat's.
US_STATES = frozenset(
    """alabama alaska arizona arkansas california colorado connecticut delaware florida
    georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
    massachusetts michigan minnesota mississippi missouri montana nebraska nevada
    ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington
    wisconsin wyoming""".split()
) | frozenset(
    {
        "new hampshire",
        "new jersey",
        "new mexico",
        "new york",
        "north carolina",
        "north dakota",
        "rhode island",
        "south carolina",
        "south dakota",
        "west virginia",
    }
)


def state_names(leave_out: frozenset[str] = frozenset()) -> str:
    """The states' names as written ("New Hampshire"), a regular expression's alternation,
    the longest first; ``leave_out``: states not to name (lower case)."""
    states = sorted(US_STATES - leave_out, key=len, reverse=True)
    return "|".join(re.escape(state.title()) for state in states)


# Words that open a sentence or a phrase before a name, capitalised but no part of it ("The
# University of Toledo", "In Broward County").
NAME_OPENERS = frozenset("The A An In At Of And But From For By".split())
