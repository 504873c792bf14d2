"""Word lists used by the analyses (data, not logic).  Users extend the loaded-word lexicon
with ``--lexicon FILE`` (one word or phrase a line)."""

from __future__ import annotations

# Verbs that attribute a quotation to its speaker, in the forms news writing uses
# ("said", "says", "saying": "..., saying that ..."; "vowed that the bureau wouldn't ...";
# the verbs that label words, "dismissed the case as "a vendetta."", "hailed him as the
# "busiest sheriff""; and those of speaking up for oneself, "has talked up "his years on
# the farm"", "boasted of "a record budget"": the words are the subject's own; and the one
# that closes a statement, "..., Netanyahu concludes": the closing line is his, as "adds";
# those that name a thing in the subject's words, "deemed the plan "a con"", "torched the
# plan as "a disaster""; nouns of the same form, "labels", "terms", are left out).
SPEECH_VERBS = frozenset(
    """said says say saying added adds adding told tells telling wrote writes writing
    asked asks asking continued continues explained explains explaining noted notes noting
    declared declares insist insisted insists insisting argued argues arguing stated states stating
    warned warns warning recalled recalls described describes describing
    tweeted tweets tweeting replied replies answered answers retorted retorts responded responds
    acknowledged acknowledges summarized summarizes gushed gushes quipped quips
    claimed claims conceded concedes maintained maintains announced announces
    remarked remarks urged urges urging vowed vows vowing promised promises promising
    pledged pledges called calls calling confirmed confirms joked jokes complained
    complains cautioned cautions admitted admits countered counters predicted predicts
    suggested suggests reported reports posted posts dismissed dismisses derided derides
    denounced denounces blasted blasts slammed slams branded brands chimed chimes
    hailed hails hailing talked touted touts boasted boasts asserted asserts asserting
    concluded concludes lamented laments deemed dubbed labeled labelled termed
    lambasted torched dubs dubbing declaring ordered ordering fumed fumes reasoned""".split()
) | {
    # a reply in kind, as news gives it: "Obama hit back that Romney "..."", "Ruiz shot back:"
    f"{verb} back"
    for verb in "hit hits shot shoots fired fires".split()
}

PRONOUNS = frozenset("he she they i we it".split())

# Capitalised words that open sentences but are not names (conjunctions and prepositions
# that "since" and "after" stand for too: "Since then, he said" names no one; a span of
# time, "Minutes later Mr. Trump wrote", is when, and the name after it acts).
SENTENCE_OPENERS = frozenset(
    """however meanwhile still yet instead later earlier clearly indeed moreover furthermore
    nevertheless nonetheless separately similarly finally afterward afterwards today
    yesterday tomorrow now even last next first second third many several some most
    officials critics supporters experts analysts police authorities sources despite although
    though unlike like without amid asked since unless whether upon toward towards among
    across beyond throughout thus hence therefore otherwise besides
    moments minutes hours days weeks months years decades""".split()
)

# Honorifics and job titles stripped from a speaker's name ("Mr. Kerry" -> "Kerry").
HONORIFICS = frozenset(
    """mr mrs ms miss dr prof sen senator rep representative gov governor president
    secretary gen general adm admiral col colonel lt sgt capt judge justice rev
    chairman chairwoman minister spokesman spokeswoman mayor""".split()
)

# --- People (analyse/people.py): who is who in a text, so that quotes find their speaker. ---

# Nouns that say what a person is: "the attorney said", "Strzok's lawyer", "the governor";
# an ad's or a film's "announcer", "narrator" and "voice-over" too: "an unseen announcer
# concludes:" is someone unnamed who speaks, not the capitalised "Then" before him nor the
# people shown.
# A "legislator" or "lawmaker" too: "said the legislator, Representative Carl Seel" names
# its speaker as "said the spokesman, ..." does.
ROLE_NOUNS = frozenset(
    """attorney lawyer counsel spokesman spokeswoman spokesperson secretary director
    governor senator representative congressman congresswoman minister president
    vice-president chairman chairwoman chair manager coach captain chief officer detective
    sergeant inspector commissioner leader mayor ambassador judge justice prosecutor aide
    staffer adviser advisor official executive founder owner comedian actor actress
    photographer artist singer teacher headteacher principal superintendent engineer
    economist analyst professor researcher doctor nurse sheriff deputy whip speaker
    candidate nominee general councillor councilor son daughter wife husband father mother
    brother sister friend boss source witness resident student worker player striker
    goalkeeper midfielder defender organizer organiser activist strategist consultant
    pollster commentator columnist lobbyist operative campaigner treasurer host anchor
    correspondent announcer narrator voice-over reporter writer journalist editor blogger attendee
    legislator lawmaker""".split()
) | {
    # a post on a person's staff, named by three words: "His chief of staff, Bob Hale,
    # said" names Hale, as "His spokesman, Bob Hale," does ("chief" alone is another post)
    "chief of staff"
}

# Offices written as capitals, before a name set off by commas: "The company's CEO, Dan
# Cathy, said" names Dan Cathy as its speaker, as "the spokesman, Ed Mora," names Ed Mora.
OFFICE_ACRONYMS = frozenset("CEO CFO COO CTO".split())

# Parties a news story calls a politician by, as it would by an office ("the Minnesota
# Democrat said"): an affiliation, which an office held as well does not contradict.
PARTIES = frozenset("democrat republican".split())

# Roles held for or next to another person ("the spokesman" speaks for someone, "the
# wife" is someone's): such a role never stands for the person just named, who may be
# the one it serves ("Obama spoke. '...,' the spokesman said").
RELATIONAL_ROLES = frozenset(
    """attorney counsel spokesman aide adviser secretary deputy assistant son daughter wife
    husband father mother brother sister friend boss source witness strategist consultant
    pollster lobbyist operative official staffer""".split()
) | {"chief of staff"}

# One role under several names: "the lawyer" is the attorney named earlier.
ROLE_SYNONYMS = {
    "lawyer": "attorney",
    "spokeswoman": "spokesman",
    "spokesperson": "spokesman",
    "advisor": "adviser",
    "staffer": "aide",
    "congressman": "representative",
    "congresswoman": "representative",
    "rep": "representative",
    "reps": "representative",
    "sen": "senator",
    "sens": "senator",
    "gov": "governor",
    "gen": "general",
    "councilor": "councillor",
    "organiser": "organizer",
    "chairwoman": "chairman",
    "chair": "chairman",
    "dr": "doctor",
}

# Every role word, longest first, as a regular expression's alternation: "chief of staff"
# is tried before "chief".  Built once for the patterns of ``people``, ``speakers`` and
# ``attribution`` that read a role.
ROLE_ALTERNATION = "|".join(sorted(ROLE_NOUNS | set(ROLE_SYNONYMS), key=len, reverse=True))

# What a person does, as a news story calls her by it before her name: a role, or a calling
# that is no office ("author Lois Romano", "sponsor Randy Forbes").
CALLINGS = ROLE_NOUNS | frozenset("author sponsor cosponsor co-sponsor".split())
# The same as a regular expression's alternation, longest first.
CALLING_ALTERNATION = "|".join(sorted(CALLINGS | set(ROLE_SYNONYMS), key=len, reverse=True))

# Words before a name that are titles, not given names ("Deputy Director David Bowdich",
# "Detective Sergeant Carla Ibsen", "Sen. Jack Reed"); a paper's "Editor" or "Publisher"
# too, so that "Millbrook Herald Editor Tom Pike" is Tom Pike, not a paper.
NAME_TITLES = (
    HONORIFICS
    | ROLE_NOUNS
    | frozenset(
        """reps sens gov gen lt lieutenant col capt sgt adm prof rev deputy assistant associate
        acting former interim district county state federal attorney-general majority minority
        senior junior press campaign house senate vice executive managing commission
        councillor detective lord lady sir dame defense defence foreign white homeland
        treasury interior energy commerce labor agriculture transportation education health
        environment editor publisher""".split()
    )
)

# Capitalised words that end or fill the name of a place or a body, not a person
# ("House Democrats", "Fox News", "Supreme Court", "Rose Garden"); meetings and assemblies
# too ("Conservative Political Action Conference"), which a "he" cannot stand for; and the
# words newspapers are named by ("The New Haven Register", "the Valley Herald"): a paper
# that calls someone a veteran is not the "he" who answers in the next sentence; the
# words magazines and reviews are named by too ("The Weekly Standard", "the Christian
# Science Monitor", "the National Review", "the Daily Telegraph"): "The Weekly Standard"
# read as a woman named Weekly Standard was the "she" of Victoria Nuland's words
# (fresh51's rw-662), and none of these words is a surname in the news.  A
# programme or a department is named by its field ("Social Security", "Homeland Security"),
# a company by "Organization" after its founder's name ("the Pike Organization", no Mr.
# Pike): a "he" cannot stand for either.
NOT_PERSON_WORDS = frozenset(
    """house senate congress court committee department ministry agency bureau office
    council party news times post journal network channel magazine university college
    school academy county city state states street avenue road square garden park airport
    station police army navy force forces group project association union company
    corporation inc club league federation institute foundation center centre hospital
    church republicans democrats republican democratic democrat conservatives liberals
    administration government campaign authority commission service services board
    trust fund bank market exchange district valley island islands river lake mountain
    north south east west northern southern eastern western national international
    american british america britain united kingdom capitol hall tower twitter facebook
    instagram youtube conference convention caucus coalition assembly parliament
    register gazette herald tribune chronicle inquirer examiner dispatch bulletin courier
    building memorial security organization organisation standard weekly review monitor
    telegraph""".split()
)

# Small words inside names ("Ludwig van Beethoven", "Bashar al-Assad") and after them.
NAME_PARTICLES = frozenset("al bin ibn de del della di da du la le van von der den".split())
NAME_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())

# Abbreviations that end in a full stop inside a name ("Mr. Kerry", "Sen. Reed", "Trump Jr.").
NAME_ABBREVIATIONS = frozenset(
    "mr mrs ms dr sen sens rep reps gov gen lt col capt sgt adm prof rev st jr sr".split()
)

# Titles, left out of a name when names are compared ("Senator John Smith" is John Smith).
TITLES = frozenset(
    """president vice-president senator sen. representative rep. governor gov. mayor
    secretary minister chancellor prime ambassador general admiral colonel judge justice
    chairman chairwoman director spokesman spokeswoman speaker leader king queen prince
    ceo""".split()
)

# --- Loaded wording (analyse/lexicon.py) ---

# The project's list of loaded words is Config's default lexicon: newstrace/loaded_words.py.

# Words VADER rates that are facts in news, not judgements ("tested positive", "a fatal
# crash", "a traumatic brain injury", the police's "a suspicious package", a fact-check's
# "claimed, wrongly, that ...": 5 flags on the development splits, none annotated), and
# "offending" before its noun, the thing at issue ("the offending photo": 3 BASIL flags
# of ``additions._attributive_participle``).
FACTUAL_RATED_WORDS = frozenset(
    "positive negative fatal fatally traumatic suspicious wrongly offending".split()
)

# --- Credits (analyse/credits.py) ---

# Outlets and agencies, each with the short forms a text or a record's "outlet" field may
# use for it (lower case).  A name must be known here to be taken as an outlet: "Smith
# said" is a quotation's attribution, "Reuters said" a credit.
OUTLET_ALIASES: dict[str, tuple[str, ...]] = {
    "The New York Times": ("new york times", "nytimes", "nyt", "the times", "times"),
    "Fox News": ("fox news", "foxnews", "foxnews.com", "fox", "fox news channel"),
    "HuffPost": ("huffington post", "huffpost", "hpo", "huff post"),
    "The Washington Post": ("washington post", "the post", "wapo"),
    "The Wall Street Journal": ("wall street journal", "wsj", "the journal"),
    "Associated Press": ("associated press", "the associated press", "ap"),
    "Reuters": ("reuters", "thomson reuters"),
    "Agence France-Presse": ("agence france-presse", "agence france presse", "afp"),
    "United Press International": ("united press international", "upi"),
    "Deutsche Presse-Agentur": ("deutsche presse-agentur", "dpa"),
    "PA Media": ("press association", "pa media"),
    "The Canadian Press": ("canadian press",),
    "Australian Associated Press": ("australian associated press", "aap"),
    "Kyodo News": ("kyodo", "kyodo news"),
    "Xinhua": ("xinhua", "xinhua news agency"),
    "CNN": ("cnn",),
    "MSNBC": ("msnbc",),
    "CNBC": ("cnbc",),
    "NPR": ("npr", "national public radio"),
    "BBC": ("bbc", "bbc news"),
    "NBC News": ("nbc", "nbc news"),
    "CBS News": ("cbs", "cbs news"),
    "ABC News": ("abc", "abc news"),
    "Politico": ("politico",),
    "Bloomberg": ("bloomberg", "bloomberg news"),
    "Axios": ("axios",),
    "BuzzFeed News": ("buzzfeed", "buzzfeed news"),
    "The Guardian": ("guardian", "the guardian"),
    "Los Angeles Times": ("los angeles times", "la times"),
    "USA Today": ("usa today",),
    "The Hill": ("the hill",),
    "The Atlantic": ("the atlantic",),
    "The New Yorker": ("new yorker", "the new yorker"),
    "New York Post": ("new york post", "ny post"),
    "The Washington Times": ("washington times",),
    "Washington Examiner": ("washington examiner",),
    "The Daily Beast": ("daily beast", "the daily beast"),
    "Daily Mail": ("daily mail", "dailymail", "mailonline"),
    "The Telegraph": ("daily telegraph", "the telegraph"),
    "Financial Times": ("financial times",),
    "The Economist": ("the economist",),
    "Breitbart News": ("breitbart", "breitbart news"),
    "The Daily Caller": ("daily caller", "the daily caller"),
    "Newsmax": ("newsmax",),
    "Newsweek": ("newsweek",),
    "Business Insider": ("business insider",),
    "Vox": ("vox",),
    "Slate": ("slate",),
    "ProPublica": ("propublica",),
    "The Intercept": ("the intercept",),
    "Yahoo News": ("yahoo news",),
    "Al Jazeera": ("al jazeera",),
    "Sky News": ("sky news",),
    "TMZ": ("tmz",),
}

# Documents an organisation issues in its own name: "according to a press release from
# Marlow Valley Creamery", "the county said in a news release".  A plain "said in a
# statement" is how a quotation is attributed, and is a credit only when the text names
# who issued the statement ("... in a statement issued by her office").
RELEASE_WORDS = r"(?:news |press |media )?release|announcement|bulletin"
STATEMENT_WORDS = r"(?:written |joint |short )?statement"
# ... but a statement an organisation issues is its own document, as a release is: "the
# Northmoor Fire and Rescue Service said in a statement".  A name is an organisation's,
# not a person's, when its last word is one of these nouns that head the names of public
# bodies, forces, firms and clubs.
ORGANISATION_HEADS = frozenset(
    """
    Administration Agency Association Authority Board Brigade Bureau Club Commission
    Committee Company Cooperative Corporation Council Court Department District Force Foundation
    Government Group Hospital Inc Institute Ltd Ministry Office Police Rescue Service
    Services Trust University
    """.split()
)
# What a story calls a firm whose release it credits: "the company said in a press
# release", "the operator said in a press release" (pr-199's ferry operator).
FIRM_NOUNS = tuple("company firm operator carrier airline maker manufacturer retailer".split())
# Lower-case words that open the name of a public body: "the state Department of
# Environmental Protection", "local MPP Rachel Tremblay-Hart".
JURISDICTION_WORDS = r"state|federal|county|city|local|provincial|regional|national|municipal"

# Verbs with which a text reports what an outlet published ("Reuters reported") ...
REPORTING_VERBS = tuple("reported reports revealed reveals learned confirmed".split())
# ... and verbs of speech, which a person's name takes as well ("Bloomberg said").
OUTLET_SPEECH_VERBS = tuple("said says wrote writes noted notes".split())
# Outlet names that are also people's: "Fox said" is Vicente Fox, "Bloomberg said" Michael
# Bloomberg; with a verb of speech only the full name ("Fox News said") is an outlet.
PERSON_LIKE_OUTLETS = frozenset({"fox", "bloomberg"})

# A medium that carries words, the subject of the quote's own sentence and acting on them
# ("The spot closes on "...", "The ad ends with "..."", "The video opens with ""...""):
# the words are what it carries, whoever speaks them in it (an announcer, a singer, a
# sign), not surely the last speaker quoted before it (``speakers._MEDIUM_SUBJECT``).
MEDIUM_WORDS = (
    r"ads?|advert|advertisements?|spots?|commercials?|videos?|clips?|films?|trailers?"
    r"|signs?|banners?|posters?|billboards?|placards?|slogans?|songs?|documentary"
)

# Advocacy and campaign groups, each a body of its own with a side and a cause: "a crowd at
# an Indivisible event" / "an event hosted by the progressive group MoveOn" puts the
# speaker before another group's crowd.  Their names follow no form (no "Association",
# "Committee"), so they are listed (``facts.bodies.campaigns``); one key for a group's two
# names (``CAMPAIGN_ALIASES``).
CAMPAIGN_GROUPS = (
    r"MoveOn(?:\.org)?|Indivisible|Our Revolution|Justice Democrats"
    r"|Sunrise Movement|Tea Party Patriots|FreedomWorks|Club for Growth"
    r"|Americans for Prosperity|Heritage Action|EMILY's List|Democracy for America"
    r"|Swing Left|Priorities USA|Turning Point USA|Human Rights Campaign|GLAAD"
    r"|National Rifle Association|NRA|Everytown(?: for Gun Safety)?|Moms Demand Action"
)
CAMPAIGN_ALIASES = {
    "moveon.org": "moveon",
    "national rifle association": "nra",
    "everytown for gun safety": "everytown",
}

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
# The months' names and their abbreviations, in the year's order.
MONTH_NAMES = tuple(
    "january february march april may june july august september october november december".split()
)
MONTH_ABBREVIATIONS = tuple("jan feb mar apr jun jul aug sep sept oct nov dec".split())
MONTHS = frozenset(MONTH_NAMES + MONTH_ABBREVIATIONS)

# --- Common news wording (analyse/stock.py): shared, it is no evidence of a common text. ---

# Stock phrases of news writing, lower-case words (punctuation is ignored when matching).
# Written for newstrace from three sources: (1) the attribution, sourcing and time formulas
# of wire style ("said in a statement", "did not immediately respond to a request for
# comment", "spoke on the condition of anonymity"); (2) the newsletter, footer and update
# lines of news sites; (3) the recurring descriptions that joined BASIL articles about
# different events in a scan (BENCHMARKS.md, "stock phrases"): "people briefed on the
# matter", "in the country illegally", "a private email server", "a wall on the southern
# border".  Group (3) is US political news of the 2010s and was read off BASIL itself, so
# BASIL's count after the rule is not an unbiased measure of it; over an index, wording
# found in many articles is discounted whatever its subject (``VerdictConfig.common_df``).
STOCK_PHRASES = tuple(
    line.strip()
    for line in """
    said in a statement
    said in a written statement
    said in a news release
    said in a press release
    said in an email
    said in an e-mail
    said in an interview
    said in a telephone interview
    said in a phone interview
    said in a speech
    said at a news conference
    said at a press conference
    said during a news conference
    said during a press conference
    told reporters
    told reporters on
    told reporters at the white house
    in a statement on
    in a statement to
    in a statement released
    in an interview with
    in an interview on
    in an appearance on
    according to a statement
    according to a news release
    according to court documents
    according to court records
    according to the complaint
    according to the indictment
    according to people familiar with
    people familiar with the matter
    person familiar with the matter
    familiar with the matter
    familiar with the investigation
    familiar with the discussions
    familiar with the negotiations
    briefed on the matter
    people briefed on the matter
    briefed on the investigation
    spoke on the condition of anonymity
    spoke on condition of anonymity
    on the condition of anonymity
    on condition of anonymity
    because they were not authorized to
    because he was not authorized to
    because she was not authorized to
    not authorized to speak publicly
    not authorized to discuss
    to discuss the matter publicly
    did not immediately respond to a request for comment
    did not immediately respond to requests for comment
    did not respond to a request for comment
    did not respond to requests for comment
    did not immediately return a request for comment
    did not return a request for comment
    did not immediately return
    did not immediately respond
    did not respond to a message
    could not be reached for comment
    could not immediately be reached for comment
    declined to comment
    declined to comment on
    declined to comment further
    a request for comment
    requests for comment
    a spokesman for
    a spokeswoman for
    a spokesperson for
    a senior administration official
    senior administration officials
    administration officials said
    officials said on
    for the first time since
    for the first time in
    for the first time
    it was not immediately clear
    it was not clear whether
    it is not clear whether
    it was unclear whether
    it is unclear whether
    it remains unclear
    it was not immediately known
    earlier this week
    earlier this month
    earlier this year
    later this week
    later this month
    later this year
    in recent weeks
    in recent days
    in recent months
    in recent years
    in the coming days
    in the coming weeks
    in the coming months
    over the past year
    at the time of
    at the time
    is expected to
    are expected to
    was expected to
    is scheduled to
    was scheduled to
    on both sides of the aisle
    behind closed doors
    contributed to this report
    contributed reporting
    the associated press contributed to this report
    this story has been updated
    this article has been updated
    this story has been corrected
    this article has been corrected
    this is a developing story
    this story is developing
    check back for updates
    please check back for updates
    breaking news
    sign up for
    sign up here
    subscribe to
    our newsletter
    daily newsletter
    click here
    read more
    follow us on twitter
    follow us on facebook
    like us on facebook
    all rights reserved
    may not be published broadcast rewritten or redistributed
    the views expressed
    the opinions expressed
    the president of the united states
    president of the united states
    the white house said
    the trump administration
    the obama administration
    the bush administration
    the 2016 presidential election
    the 2016 election
    the 2012 presidential election
    the presidential election
    the midterm elections
    on the campaign trail
    the house and senate
    on the senate floor
    on the house floor
    the senate floor
    the house floor
    the special counsel
    special counsel
    russian meddling
    russian interference
    interference in the 2016 election
    interference in the 2016 presidential election
    meddling in the 2016 election
    meddling in the 2016 presidential election
    meddling in last year s election
    collusion with the trump campaign
    potential collusion with
    possible collusion with
    trump campaign associates
    the russia investigation
    the mueller investigation
    a private email server
    private email server
    use of a private email server
    a path to citizenship
    a path to legal status
    path to legal status
    path to citizenship
    in the country illegally
    living in the country illegally
    in the united states illegally
    brought to the country as children
    brought to the united states as children
    brought to the u s as children
    illegal immigrants
    undocumented immigrants
    a wall on the southern border
    a wall along the southern border
    wall on the southern border
    wall along the southern border
    the southern border
    a border wall
    the border wall
    the partial government shutdown
    the government shutdown
    a government shutdown
    """.strip().splitlines()
)

# Words of titles, offices and affiliations: in a name phrase ("Senate Minority Leader Chuck
# Schumer (D-N.Y.)", "Mark Warner, the top Democrat on the Senate Intelligence Committee",
# "the former F.B.I. director") they are part of the name, not of the writer's wording.
DESIGNATIONS = frozenset(
    """leader leaders majority minority whip speaker chairman chairwoman chair chairs
    ranking top senior former director secretary press spokesman
    spokeswoman spokesperson ambassador senator senators sen rep reps representative
    representatives congressman congresswoman lawmaker governor gov mayor president
    presidents vice attorney general counsel special deputy assistant chief staff adviser
    advisor aide judge justice democrat democrats democratic republican republicans gop
    independent candidate nominee prosecutor commissioner minister prime administrator
    official officials executive officer head founder host anchor correspondent analyst
    fellow professor dr mr mrs ms""".split()
)

# Words that join the parts of a name ("the Bureau of Alcohol, Tobacco, Firearms and
# Explosives", "Senator Chuck Schumer of New York, the Democratic leader").
NAME_LINKS = frozenset("the of on a an and for to in at with from de del la van von s".split())

# Lines of a site's boilerplate: newsletters, follow-us lines, copyright and photo credits.
BOILERPLATE_LINES = (
    r"\bnewsletters?\b",
    r"\bsign up\b",
    r"\bsubscribe\b",
    r"\bfollow (?:us|him|her|them)\b",
    r"\ball rights reserved\b",
    r"\bcopyright\b",
    "\u00a9",
    r"\bclick here\b",
    r"\bdownload (?:the|our) app\b",
    r"\bcontributed to this report\b",
    r"\bthis (?:story|article|post) (?:has been|was) (?:updated|corrected)\b",
    r"\b(?:ap|afp|reuters|getty images) photo\b",
    r"\bphoto(?:graph)? (?:by|credit)\b",
)
