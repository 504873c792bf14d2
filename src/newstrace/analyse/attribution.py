"""How a quotation names its speaker: the words next to it, or the subject of the speech
verb of its sentence.

News attribution follows few patterns: ``"...," Mr. Kerry said``, ``said Peter Cook``,
``Kerry added: "..."``, ``said the spokesman, Nick Merrill``, ``Bowdich had vowed that
"..."``, ``Jeb Bush ... has weighed in, saying that "..."``, ``according to the Pentagon``.
A mention found here is a name, a pronoun, a role or an organisation; ``speakers.py``
resolves it to a person.  Internal: may change without notice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newstrace.analyse.prose import blank_abbreviation_stops
from newstrace.analyse.resources import (
    MONTHS,
    OFFICE_ACRONYMS,
    PARTIES,
    PRONOUNS,
    ROLE_ALTERNATION,
    ROLE_NOUNS,
    ROLE_SYNONYMS,
    SENTENCE_OPENERS,
    SPEECH_VERBS,
)
from newstrace.segment.resources import STOPWORDS

_VERB = r"(?:" + "|".join(sorted(SPEECH_VERBS)) + r")"
_NAME_WORD = r"(?:[A-Z][\w.'-]*|[a-z]{1,3}[A-Z][\w'-]*)"
_NAME = r"(?:(?:" + _NAME_WORD + r"|al|bin|de|van|von)\s+){0,4}" + _NAME_WORD
# A role noun may carry a hyphenated prefix: "co-founder", "ex-adviser".
_ROLE_NOUN = r"(?:[a-z]{2,4}-)?(?:" + ROLE_ALTERNATION + r")"
# The name in apposition to a role may carry a title of its own: "Their father, former
# Wyoming senator Dick Cheney," (a role noun last, so "the aide, who praised Ruiz" is none).
_TITLE_BEFORE_NAME = r"(?:(?:[a-z]+\s+)?(?:[A-Z][\w.'-]*\s+){0,2}(?i:" + _ROLE_NOUN + r")\s+)?"
# An honorific before a role's owner: "Ms. Pelosi's spokesman".
_OWNER_HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+)?"
# A body a role serves, its name maybe with "the" and joining words: "a spokesperson for the
# U.S. Fish and Wildlife Service".
_BODY = r"(?:the\s+)?" + _NAME_WORD + r"(?:\s+(?:(?:and|of|for|&)\s+)?" + _NAME_WORD + r"){0,5}"
# "the attorney", "Stone's attorney", "the lawyer for Peter Strzok", "his press secretary,
# Alyssa Farah", "a Romney campaign aide": a role, maybe with the name it stands for.  A
# role of two nouns may stand before that name ("the club's chief executive, Laura
# Benning"): the first alone is no role of someone else.
_ROLE = (
    r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|"
    + _OWNER_HONORIFIC
    + r"[A-Z][\w.'-]*'s)\s+(?:[\w.'-]+\s+){0,3}?"
    + _ROLE_NOUN
    + r"(?:\s+(?:for|of|to|at)\s+"
    + _BODY
    + r")?(?:(?:\s+"
    + _ROLE_NOUN
    + r")?,\s+"
    + _TITLE_BEFORE_NAME
    + _NAME
    + r"(?=[,.;:!?\s]|$))?"
)
# "Pence press secretary Alyssa Farah", "Democratic presidential nominee Hillary Clinton".
# The role noun may be capitalised, as a title before a name is ("White House Press
# Secretary Josh Earnest"); a city's or a county's office takes up to four words before it
# ("New York City Police Commissioner James O'Neill").  A title's lower-case words describe
# the office; a verb is none of them: "Fox blasted President Enrique Pena Nieto" is Fox
# acting on Pena Nieto, not one titled name (a word in "-ed" is a verb, as in "Ruiz
# thanked Senator Tom Pike", unless hyphenated: "hand-picked").  A body's name before the
# office may join its words ("Oversight and Government Reform Committee spokesman Ali
# Ahmad"), if the words after the "and" end in a body's noun: "Trump and White House
# spokesman Sean Spicer" are two speakers.
_TITLE_WORD = r"(?!(?:" + _VERB + r"|[a-z]+ed)\s)[a-z][\w-]*"
_BODY_NOUN = r"(?:Committee|Commission|Department|Service|Agency|Council|Board|Bureau|Office)"
_JOINED_BODY = r"(?:and|&)\s+(?=(?:[A-Z][\w.'-]*\s+){0,3}" + _BODY_NOUN + r"\s)"
_TITLED_NAME = (
    r"(?:[A-Z][\w.'-]*\s+(?:"
    + _JOINED_BODY
    + r")?){0,4}(?:"
    + _TITLE_WORD
    + r"\s+){0,2}(?i:"
    + _ROLE_NOUN
    + r")"
    # an office "of" a department or a house: "Secretary of State John Kerry"
    + r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})?\s+"
    + _NAME
)
# The name closing such an office: its last two words, an initial maybe between them ("of
# State John Kerry", "of National Intelligence James R. Clapper").
_NAME_AFTER_OFFICE = re.compile(
    r"\sof\s+(?:the\s+)?(?:[A-Z][\w.'-]*\s+)+?(?P<name>[A-Z][\w'-]*\s+(?:[A-Z]\.\s+)?[A-Z][\w.'-]*)$"
)
# "the Democrat", "the Minnesota Democrat": a politician called by his party, as by a role.
_PARTY_NAMES = r"(?:" + "|".join(p.capitalize() for p in sorted(PARTIES)) + r")"
# "a fellow Republican, Senator Roger Katz," (said): one named right after, set off by
# commas (``_mention`` takes the name); alone, "a Republican" brings in no one known.
_A_PARTY = r"[Aa]n?\s+(?:[a-z]+\s+)?" + _PARTY_NAMES
_PARTY = (
    r"(?:[Tt]he\s+(?:[A-Z][\w.'-]*\s+){0,2}"
    + _PARTY_NAMES
    + r"|"
    + _A_PARTY
    + r"(?=,\s+[A-Z]))(?![\w'-])"
)
# A party's members as a group, a lower-case word telling which of them: "most House
# Republicans", "hard-line Senate Democrats" (a capital opens "Hard-line ..." as a name).
_QUALIFIER = r"(?:most|many|some|several|hard-?line|rank-and-file|conservative|moderate|liberal)"
_GROUP = (
    r"(?:"
    + _QUALIFIER
    + r"\s+(?:[A-Z][\w.'-]*\s+){0,2}(?:Republicans|Democrats)"
    # a chamber's or a party's leaders, named by their body: "House GOP leaders", "Senate
    # Democratic leaders" (several people: ``quotes._one_members_words``)
    + r"|(?:[A-Z][\w.'-]*\s+){1,3}leaders)(?![\w'-])"
)
# "said the Rev. John Paul Hopping": a clergyman's (or "the Hon.") title takes "the" in
# news style; the article is no part of the name, and no role ("the spokesman") either.
_THE_TITLE_ARTICLE = r"[Tt]he\s+(?=(?:(?:Very|Most|Right|Rt\.)\s+)?(?:Rev|Reverend|Hon)\b)"
_THE_BEFORE_TITLE = r"(?:" + _THE_TITLE_ARTICLE + r")?"
_WHO = (
    r"(?:"
    + _PARTY
    + r"|"
    + _ROLE
    + r"|"
    + _TITLED_NAME
    + r"|"
    + _GROUP  # before a name: "House GOP leaders", not "House GOP"
    + r"|"
    + _THE_BEFORE_TITLE
    + _NAME
    + r"|[Hh]e|[Ss]he|[Tt]hey)"
)
# A time set between the subject and its verb is no other subject: "Comey at the time said",
# "Ruiz on Tuesday said", "Pike last year wrote", "Haberman ... today explains" (the subject
# is still the one who speaks).
_WHEN = (
    r"(?:at\s+the\s+time|today|yesterday|on\s+[A-Z][a-z]+day"
    r"|(?:last|this|earlier\s+this)\s+(?:week|month|year|[A-Z][a-z]+day)|in\s+(?:\d{4}|"
    + "|".join(m.capitalize() for m in sorted(MONTHS))
    + r"))"
)
# "Trump himself said": an intensifier stands between the subject and its verb as an adverb
# does; so does an adverb of how often ("has long said", "has often said") or of when
# ("Larry Summers ... just told reporters").
_AUX = (
    r"(?:also|has|had|have|was|were|is|are|would|will|later|then|again|once|long|often"
    r"|always|just|\w+ly"
    r"|himself|herself|themselves|" + _WHEN + r")"
)
# "Sen. Pat Leahy (D-Vt.)": a party and state in brackets after a name, as news gives them,
# or between commas ("Sen. John Cornyn, R-TX, who heads ..."): his label, not a speaker.
# A legislator's party and state after the name: "(D-Vt.)", ", R-TX,"
AFFILIATION = r"\s*\([^()\"]{1,40}\)|,\s*[DRI]-[A-Z][A-Za-z.]{0,12}(?=,)"
_AFFILIATION = r"(?:" + AFFILIATION + r")?"
# Right after the quote (or between its pieces): ``," said Kerry`` / ``," Kerry said`` /
# ``," the former vice president has said``.
# The name may carry an appositive before its verb: ``," Representative Tom Cole, an
# Oklahoma Republican, said``: right after the quote, that is as plain as ``," Cole said``.
# The name may carry its home too, as news gives a legislator's: ``," Rep. Justin Amash of
# Michigan tweeted`` (a place in capitals after "of" is where he is from, not who speaks).
# A body's name may hold "of" or "for" itself: "of Our Lady of Guadalupe", "of the Center for
# American Progress" (not "and": "Amash of Michigan and Rep. Jones said" are two who speak).
_HOME = (
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.'-]*"
    r"(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w.'-]*){0,4})?"
)
# The writer's lower-case description before a full name right after a quote, or after its
# verb inverted: ``," conspiracy theorist Alex Jones chimed in``, ``," wrote conspiracy
# theorist Alex Jones`` (no role noun, so not a titled name); not a common word ("and",
# "which"), a verb of speech or an adverb, which would make the name another clause's.  A
# word in "-ed" is an adjective here ("," embattled Rep. Michael Grimm said", "," said
# disgraced former aide Tom Pike"): between a quote's comma and a name that speaks, no verb
# of the writer's can stand (a title's "-ed" verb, "Fox blasted President ...", is
# ``_TITLE_WORD``'s case, not this one).
_DESCRIPTION_WORD = r"(?!" + _VERB + r"\s)[a-z][\w-]*"
_DESCRIPTION = (
    r"(?:(?!(?:"
    + "|".join(sorted(map(re.escape, STOPWORDS)))
    + r"|[a-z]+ly)\s)"
    + _DESCRIPTION_WORD
    + r"\s+){1,2}(?=[A-Z][\w.'-]*\s+[A-Z])"
)
# A participle never inverts: in ``," saying Steele should go`` Steele is the subject of
# the reported clause, not the speaker (``," said Steele`` is).  A second appositive may
# tell what the first names (``," Ann Ruiz, the director of the Tenants Union, a housing
# group, said``): still the name's, not another speaker (a list goes on with "and").
_AFTER = re.compile(
    r"^[\s,]*(?:(?!\w+ing\b)(?:"
    + _VERB
    + r")\s+(?:"
    + _DESCRIPTION
    + r")?(?P<a>"
    + _WHO
    + r")|(?:"
    + _DESCRIPTION
    + r")?(?P<b>"
    + _WHO
    + r")"
    + _HOME
    # ``," Rep. Zoe Lofgren (D-Calif.) said``: her party and state, as after a name before it
    + _AFFILIATION
    + r"(?:,(?P<appositive>[^,\"]{1,80}),(?:(?!\s*(?:and|or)\b)[^,\"]{1,80},)?"
    # ``," Rev. Ann Ruiz of Our Lady of Guadalupe, told HuffPost``: a stray comma before the
    # verb, as a long name with its body invites; not a participle's ("Ruiz, told of it,")
    + r"|,(?=\s+"
    + _VERB
    + r"\b(?!\s+(?:to|of|about|by)\b)))?\s+(?:"
    + _AUX
    # ``," Mr. Pike was quoted as saying``: the press quoting him is no other speaker; nor
    # a clip or a recording showing him (``," Mr. Netanyahu is shown saying``)
    + r"\s+){0,2}(?:(?:quoted\s+as|shown|heard|seen)\s+)?"
    + _VERB
    + r")\b"
)
# The subject just before a speech verb: "Sen. Jack Reed of Rhode Island" (said), "Lt. Ana
# Ruiz of the department's Fraud Unit" (said),
# "Trump Jr.'s attorney, Alan Futerfas," (said), "Bowdich had" (vowed); a relative clause
# as the appositive may run longer ("Mr. Nadler, whose view is that ...," said).
_SUBJECT_BEFORE = re.compile(
    r"(?<![\w'])(?P<who>"  # a whole word: the "he" of "the" is no one
    + _WHO
    + r")"
    # "Mr. Braley's apology noted" (that "..."): a person's own statement, speech or letter
    # speaks his words, as he would; its owner is the speaker
    + r"(?:(?<='s)\s+(?:apology|statement|letter|speech|remarks|testimony|tweet|op-ed))?"
    + _AFFILIATION
    # or the paper a writer writes in: "Maggie Haberman in the New York Times" (explains)
    + r"(?:\s+(?:of|in)\s+(?:the\s+)?(?:[a-z]+'s\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}"
    # the place's state after a comma, as news abbreviates it: "of Maricopa County, Ariz.,
    # who" is where he is from; the state is no one who speaks
    r"(?:,\s+[A-Z][A-Za-z.]{1,5}\.(?=,))?)?"
    r"(?:\s*,\s*(?P<appositive>(?:who|whose)\s[^,\"]{1,160}|[^,\"]{1,90}),)?"
    r"(?:\s*,\s*who)?"  # "Judge Ann Wilks, who" (said): the relative's antecedent speaks
    r"(?:\s+" + _AUX + r")*\s*$"
)
# A clause's subject, at its start: "Jeb Bush" (..., saying), "Hillary Clinton" (attended,
# tweeting), "He" (has bought ... and says).
_CONJUNCTION = r"(?:When|While|As|After|Before|Because|Although|Though|If|Once|Until|Whereas)"
_OPENER = (
    r"(?:(?:But|And|So|Yet|Still|Meanwhile|However|Instead|Later|Earlier|Then|Now|Also)"
    # a fronted phrase of time or place ("Prior to the vote,"): no one in it speaks; nor in
    # one that ends in its time word ("Not long after,", "Two days later,"), whose first
    # word, capitalised only as the sentence's, is no name
    r",?\s+)?(?:(?:(?:On|In|At|During|After|Before|Since|Last|This|Prior\s+to|Ahead\s+of|"
    r"Following|Until|Amid)\s[^,\"]{1,40}|[A-Z][a-z]*(?:\s+[a-z]+){0,3}\s+"
    r"(?:after|afterwards?|later|earlier|before|ago)),\s+)?"
    r"(?:[A-Z][a-z]+(?:ing|ed)\b[^,\"]{0,60},\s+)?"  # "Speaking at the White House, "
    # a clause fronted by a conjunction: "When Ryan brought up Kennedy, Biden grinned and
    # asked": its subject acts in the clause; the main clause's, after the comma, speaks.
    # After an opening "But" the conjunction is lower-case ("But when the draft came, he
    # said"), and "But" is then no name
    r"(?:(?i:" + _CONJUNCTION + r")\s[^,\"]{1,100},\s+)?"
)
# ... and not read as a name ("When Mr. Ryan") if the clause runs on past its comma
_CLAUSE_SUBJECT = re.compile(
    r"\s*" + _OPENER + r"(?!" + _CONJUNCTION + r"\s)(?P<who>" + _WHO + r")\b"
)
_CLAUSE_BREAK = re.compile(
    r",\s+(?:but|and|while|though|although|whereas)\s+|;\s+"
    r"|\s(?:as|when|after|because|while|since|before|until|although|though)\s+(?=[A-Z]|he\b|she\b)"
)
# Between two coordinate clauses, each with a subject of its own; a contrasting "while" or
# "whereas" joins two as "but" does ("Sessions said he didn't know, while Wray said"); so
# does an absolute clause, a name and its participle after a comma ("Flake and McCain urged
# a veto, McCain warning it had "..."": McCain's own words, not relayed by the "urged").
# An adverb may open the clause before its subject (", and even Costa calls him "..."",
# ", but now Ruiz says"): a clause of its own all the same (fresh48's rw-619).
_CLAUSE_ADVERB = r"(?:(?:even|also|then|now|later|still|only|finally|today|yet)\s+)?"
_COORDINATE = re.compile(
    r",\s+(?:and|but|while|whereas)\s+" + _CLAUSE_ADVERB + r"(?=[A-Z])|;\s+"
    r"|,\s+(?=(?:[A-Z][\w.'-]*\s+){1,3}[a-z]{2,}ing\b)"
)
# A speech verb that shares the subject of its clause: ", saying", "and says", "as saying".
_PARTICIPLE_AFTER = re.compile(r",\s*$")
# "and has called it", "and later said": an auxiliary or an adverb between "and" and the
# verb leaves the subject the same, as "Ruiz refused and has called it" has one subject.
_SHARED_AFTER = re.compile(
    r"\s(?:and\s+(?:(?:has|had|have|also|then|later|again|would|will|long|often|always|\w+ly)"
    r"\s+){0,2}|as\s+)$"
)
_SPEECH_VERB = re.compile(r"\b" + _VERB + r"\b")
# An absolute clause, "with" its own subject and a participle: "with Representative Jim Jordan
# of Ohio comparing it to ...".
_WITH_ABSOLUTE = re.compile(
    r"\bwith\s+(?P<who>" + _WHO + r")" + _HOME + _AFFILIATION + r"\s+(?:\w+ly\s+)?[a-z]+ing\b"
)
# The same with someone the text does not name ("with some saying it is "..." and one blogger
# asking, "..."", "with a spokesman calling it "...""): an indefinite description right before
# the participle is its subject, someone new (``speakers.unnamed``), not the sentence's
# subject (fresh43's rw-559: "Conservative websites" got the blogger's question).
_UNNAMED_ABSOLUTE = re.compile(
    r"(?:\bwith|,|\band)\s+(?P<who>(?:one|an?|another)\s+(?:[a-z][\w-]*\s+){0,2}?"
    + _ROLE_NOUN
    + r")\s+(?:\w+ly\s+)?$"
)
# The one a recording shows speaking, an object pronoun right before the participle: "after
# video emerged of him warning that "..."", "a clip showing her saying": the participle's
# subject, who speaks (fresh51's rw-659b, where the sentence's subject had been left unread);
# a name there is ``_SUBJECT_BEFORE``'s.
_SHOWN_SPEAKING = re.compile(
    r"\b(?:of|showing|shows|showed|catching|caught|capturing|captured)\s+(?P<who>him|her)\s+$"
)
# After the speech verb, a source the subject relays: "HuffPost said, citing an email from a
# spokeswoman:" (the quoted words are the spokeswoman's, not the subject's).
_RELATIVE = re.compile(r",\s+(?:who|whom|whose)\s[^,\"]{1,200},")
_RELAYED = re.compile(r"\b(?:citing|quoting)\b")
# ... or a clause with a named subject of its own, whose verb may be what brings the quote:
# "Akin told Hannity that Romney had phoned to suggest he "..."" (Romney's words, Akin's
# account of them).
_NAMED_CLAUSE = re.compile(
    r"\bthat\s+(?:[A-Z][\w.'-]*\s+){1,3}(?:had|has|would|will|could|was|is|did|[a-z]+ed)\b"
)
# A speech verb this many words or more before the quote may govern another clause
# ("X asked whether ... at a time when Rubio's campaign portrays leaders as "...").
_FAR_VERB_WORDS = 15
# "... in Syria, Peter Cook, the Pentagon press secretary, said in a statement."
_LATER = re.compile(
    r"(?<!which )(?<!who )(?<!that )(?P<name>"
    + _NAME
    + r")(?:,[^,\"]{0,60},)?\s+(?:\w+ly\s+)?"
    + _VERB
    + r"\b"
)
# "they" right before a quote that is the rest of its clause, the quoted words holding the
# verb ("From personal experience, they also "know how cuts in Pell Grants will ..."") and
# no verb of speech before them: the words are the group's the pronoun stands for.
_THEY_QUOTED = re.compile(
    r"(?:^|,)\s*(?P<who>[Tt]hey)\s+(?:(?:also|still|too|now|all|both|\w+ly)\s+){0,2}$"
)
_ACCORDING = re.compile(r"[Aa]ccording to (?:the )?(?P<name>" + _NAME + r")[^\"]*$")
_THE_TITLE_MENTION = re.compile(r"^" + _THE_TITLE_ARTICLE)
_ROLE_MENTION = re.compile(_ROLE)
_TITLED_NAME_MENTION = re.compile(_TITLED_NAME)
_PARTY_MENTION = re.compile(_PARTY)
_A_PARTY_MENTION = re.compile(_A_PARTY)
_FULL_NAME = re.compile(_NAME)
_NAME_AFTER_ROLE = re.compile(r",\s+" + _TITLE_BEFORE_NAME + r"(" + _NAME + r")$")
# The same name as an appositive of its own, its title before it: "former Vice President
# Dick Cheney" of "Their father, former Vice President Dick Cheney, has put it plainly:".
_APPOSED_NAME = re.compile(_TITLE_BEFORE_NAME + r"(?P<name>" + _NAME + r")")
# A role held for someone, just before that someone: "A spokesman for ", "a lawyer to ",
# "A spokesman for the " (Democratic National Committee).
_ROLE_FOR = re.compile(r"\b(?i:" + _ROLE_NOUN + r")\s+(?:for|of|to)\s+(?:the\s+)?$")


@dataclass(frozen=True, slots=True)
class Mention:
    """How a quotation's source is named next to it: ``kind`` is ``name``, ``pronoun``,
    ``role`` ("the attorney"), ``organisation`` ("according to the Pentagon") or ``group``
    ("they" whose verb is inside the quote: ``_THEY_QUOTED``)."""

    text: str
    kind: str = "name"
    back: int = 0  # for a mention before the quote: how far before it it stands
    doubtful: bool = False  # reported speech in reported speech: "X said Y told them"


def _described(who: str) -> bool:
    """Whether a mention tells what someone is, not who: a party ("the Democrat", "a fellow
    Republican"), a role ("his lawyer") or an office in capitals ("The company's CEO")."""
    return bool(
        _PARTY_MENTION.fullmatch(who)
        or _A_PARTY_MENTION.fullmatch(who)
        or _ROLE_MENTION.fullmatch(who)
        or who.split()[-1] in OFFICE_ACRONYMS
    )


def _mention(
    who: str, appositive: str | None = None, back: int = 0, *, doubtful: bool = False
) -> Mention:
    """A mention of the right kind; a role followed by a name is that name ("Trump Jr.'s
    attorney, Alan Futerfas")."""
    who = _THE_TITLE_MENTION.sub("", who)  # "the Rev. Ann Ruiz" is Rev. Ann Ruiz
    # "a fellow Republican, Senator Roger Katz," "The company's CEO, Dan Cathy,": a party,
    # an office or a role told of the one named right after it, who speaks
    # "Their father, former Vice President Dick Cheney," (has put it plainly): the name after
    # the title of his own that the appositive gives him (fresh52's rw-670)
    apposed = appositive.strip() if appositive else ""
    named = _APPOSED_NAME.fullmatch(apposed)
    if named is not None and _described(who):
        return Mention(named.group("name"), back=back, doubtful=doubtful)
    if _PARTY_MENTION.fullmatch(who):
        return Mention(who, "role", back, doubtful)
    if _ROLE_MENTION.fullmatch(who):
        named = _NAME_AFTER_ROLE.search(who)
        if named:
            return Mention(named.group(1), back=back, doubtful=doubtful)
        return Mention(who, "role", back, doubtful)
    if who.lower() in PRONOUNS:
        return Mention(who, "pronoun", back, doubtful)
    office = _NAME_AFTER_OFFICE.search(who)
    if office and _TITLED_NAME_MENTION.fullmatch(who):
        return Mention(office.group("name"), back=back, doubtful=doubtful)
    return Mention(who, back=back, doubtful=doubtful)


def _shares_subject(verb: str, head: str) -> bool:
    """Whether a speech verb has the subject of its clause, not the words just before it."""
    participle = verb.endswith("ing") and bool(_PARTICIPLE_AFTER.search(head))
    return participle or bool(_SHARED_AFTER.search(head))


# A quotation inside the sentence before the quote: its words are the speaker's, not the
# writer's clause.  A comma closing it stays: news style puts the writer's comma inside the
# quote marks ('He admitted he "used the money," calling it a loan, and saying he had "..."'),
# and that comma is what makes the participle after it share the clause's subject.
_QUOTED = re.compile(r'"([^"]*)"')


def _blank_quoted(found: re.Match[str]) -> str:
    kept = "," if found.group(1).rstrip().endswith(",") else ""
    return " " * (len(found.group()) - len(kept)) + kept


# A speech verb's form after a determiner or an owner is a noun: "calling the claims false",
# "his remarks", "the reports", "Akin's remarks".
_DETERMINED = re.compile(
    r"(?:\b(?:the|a|an|his|her|their|its|these|those|such|my|our|your)|\w's)\s+$"
)
# A participle with its agent is a passive, no one's speech: "the deal announced by Obama".
_PASSIVE_AFTER = re.compile(r"\s+by\b")
# A capitalised word of the writer's: someone else may be named there.
_CAPITALISED = re.compile(r"\b[A-Z]")
_HE_OR_SHE = frozenset({"he", "she"})


# A subject joined to another before it: "he and Trump" (had talked).  Not a name a
# preposition governs, which ends the clause before the "and" ("with Fox demanding an
# apology on Facebook and Trump telling him to": Facebook speaks with no one; fresh45's
# rw-583); "with" may join two subjects of one absolute clause ("with Fox and Trump ...").
_GOVERNED = "".join(
    rf"(?<!\b{word}\s)"
    for word in "on in at to for from of by about over into onto against under".split()
)
_COMPOUND_BEFORE = re.compile(r"\b" + _GOVERNED + r"(?:[Hh]e|[Ss]he|[A-Z][\w.'-]*)\s+(?:and|&)\s+$")


def _same_teller(outside: str, outer: re.Match[str], inner: re.Match[str]) -> bool:
    """Whether the inner speech verb's subject ``inner`` is the outer verb's own: a "he" or
    a "she" after it, with no one named between them, and the outer verb's subject one
    person named before it (no "they", no "Ruiz and Pike")."""
    if inner.group("who").lower() not in _HE_OR_SHE:
        return False
    if _CAPITALISED.search(outside, outer.end(), inner.start("who")):
        return False
    subject = _SUBJECT_BEFORE.search(outside, 0, outer.start())
    return (
        subject is not None
        and subject.group("who").lower() != "they"
        and not _COMPOUND_BEFORE.search(outside, 0, subject.start("who"))
    )


# A thing the outer verb speaks of, right before a named subject: "urged a veto of a bill
# Hutchinson warned": a relative clause with no "that" ("a bill [that] Hutchinson warned").
_THING_BEFORE = re.compile(r"\b(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]*)\s+$")


def _zero_relative(outside: str, outer: re.Match[str], inner: re.Match[str]) -> bool:
    """Whether the inner speech verb's subject ``inner``, a name, opens a relative clause
    about a thing the outer verb's object names ("McMillan urged a veto of a bill Hutchinson
    warned "..."): the inner verb is Hutchinson's own, no speech within McMillan's; not after
    a person's noun ("said the mayor Ruiz told"), nor after a "that" ("said that Ruiz told")."""
    who = inner.group("who")
    if not who[:1].isupper() or who.lower() in PRONOUNS:
        return False
    between = outside[outer.end() : inner.start("who")]
    thing = _THING_BEFORE.search(between)
    if thing is None or re.search(r"\bthat\b", between):
        return False
    noun = thing.group("noun")
    return (
        noun not in ROLE_NOUNS and noun not in ROLE_SYNONYMS and noun.rstrip("s") not in ROLE_NOUNS
    )


# A note of where the writer has it from, set off by commas between a subject and its verb
# ("Tlaib, the report notes, called it "..."", "Ruiz, he said, called it"): the aside tells
# who reports the clause, whose own verb still gives the subject the words; it is no speech
# within speech, as a clause of its own would be ("Vance said Ruiz told them").
_ASIDE_ATTRIBUTION = re.compile(
    r"\s*(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w'-]*(?P<aside>,\s+(?:[\w'-]+\s+){1,3}?"
    + _VERB
    + r"\s*,)(?=\s+(?:[a-z]+ly\s+)?[a-z]+(?<!ing)\b)"
)


def _closed_attributions(before: str, verbs: list[re.Match[str]]) -> set[int]:
    """Where the speech verbs of ``before`` stand that attribute a quotation before them
    in the sentence ('"...," he said, referring to when Fox said he would not pay for "..."'):
    such a verb has its words already, the quotation it follows, so a speech verb after it
    reports no speech within its speech, and the words it introduces are that verb's
    subject's own (fresh51's rw-656b: Fox's words, the tweet's teller Trump).  Not when a
    speech verb stands between the two, carrying the first one's speech on ('he said, adding
    that Fox told him "..."': speech within his)."""
    closed = set()
    for quoted in _QUOTED.finditer(before):
        attribution = _AFTER.match(before[quoted.end() :])
        if attribution is None:
            continue
        end = quoted.end() + attribution.end()
        later = [v for v in verbs if v.start() >= end]
        own = [v for v in verbs if quoted.end() <= v.start() < end]
        if own and len(later) == 1:
            closed.add(own[-1].start())
    return closed


def _subject_of_speech(before: str) -> Mention | None:
    """The subject of the last speech verb of the sentence before a quote.

    Doubtful when the sentence reports speech within speech ("Schumer exited saying Trump
    told them") or the verb stands far from the quote.
    """
    outside = _QUOTED.sub(_blank_quoted, before)
    verbs = [
        v
        for v in _SPEECH_VERB.finditer(outside)
        if not _DETERMINED.search(outside, 0, v.start())
        and not _PASSIVE_AFTER.match(outside, v.end())
    ]
    if not verbs:
        return None
    verb, head = verbs[-1], outside[: verbs[-1].start()]
    # a speech verb of an earlier clause joined by "and" or "but" ("He admitted he "...,"
    # and Judge Ann Wilks, who said ...") reports no speech within this clause's speech
    # (the whole sentence searched: an absolute clause is known by its participle, the verb)
    clause = max(
        (m.end() for m in _COORDINATE.finditer(outside) if m.end() <= verb.start()), default=0
    )
    # a relative clause set off by commas ("Tom Hale, who had refused before saying ...,
    # said") tells about the subject: its speech verb reports no speech within his
    relative = [m.span() for m in _RELATIVE.finditer(outside)]
    aside = _ASIDE_ATTRIBUTION.match(outside)
    closed = _closed_attributions(before, verbs)
    finite = [
        v
        for v in verbs
        if v.start() >= clause
        and not _shares_subject(v.group(), outside[: v.start()])
        and not any(a <= v.start() < b for a, b in relative)
        and not (aside and aside.start("aside") <= v.start() < aside.end("aside"))
        and v.start() not in closed
    ]
    rest = outside[verb.end() :]
    doubtful = (
        len(finite) > 2
        or len(rest.split()) >= _FAR_VERB_WORDS
        or bool(_RELAYED.search(rest) or _NAMED_CLAUSE.search(rest))
    )
    before_verb = _SUBJECT_BEFORE.search(head)
    # a participle with no speaker just before it and no comma ("walked out full of poise
    # saying she ...") still goes with its clause's subject: nobody else is there to speak
    participle = verb.group().endswith("ing") and before_verb is None
    unnamed = _UNNAMED_ABSOLUTE.search(head) if participle else None
    if unnamed is not None:
        return Mention(unnamed.group("who"), "role", len(before) - unnamed.start("who"), doubtful)
    shown = _SHOWN_SPEAKING.search(head) if participle else None
    if shown is not None:
        return Mention(shown.group("who"), "pronoun", len(before) - shown.start("who"), doubtful)
    if participle or _shares_subject(verb.group(), head):
        # a break inside a relative clause set off by commas ("Ruiz, who spoke before Pike
        # and left early, stayed quiet, saying") opens no clause of the participle's: the
        # relative tells about the subject, who is still the one saying
        clause_start = max(
            (
                m.end()
                for m in _CLAUSE_BREAK.finditer(head)
                if not any(a <= m.start() < b for a, b in relative)
            ),
            default=0,
        )
        match = _CLAUSE_SUBJECT.match(head, clause_start)
        # "Republicans tried ..., with Jim Jordan comparing it to ... and declaring:": the
        # participle goes on with the absolute clause's subject, not the sentence's
        absolute = list(_WITH_ABSOLUTE.finditer(head, clause_start))
        if absolute:
            match = absolute[-1]
        appositive = None
        if match and match.group("who").endswith("'s"):
            return None  # "Rice's comments came as ...": no one speaks
    else:
        match = before_verb
        appositive = match.group("appositive") if match else None
    if match is None:
        return None
    # speech within speech ("Vance said Ruiz told them she would "...""): whose words they
    # are is in doubt, unless the inner teller is a "he" or "she" with no one named since
    # the outer verb, a reader's one teller ("McMillon called on the governor to veto the
    # bill, which he said "..."")
    if len(finite) == 2:
        doubtful = doubtful or not (
            _same_teller(outside, finite[0], match) or _zero_relative(outside, finite[0], match)
        )
    # "writing that he and Trump had talked and "..."": two speak together, neither alone
    doubtful = doubtful or bool(_COMPOUND_BEFORE.search(head, 0, match.start("who")))
    named = appositive.strip() if appositive else ""
    if appositive and _ROLE_FOR.search(head, 0, match.start("who")) and _FULL_NAME.fullmatch(named):
        # "A spokesman for Mr. Hunter, Michael Harrison, said": the spokesman speaks
        back = len(before) - match.start("appositive") - appositive.index(named)
        return Mention(named, back=back, doubtful=doubtful)
    back = len(before) - match.start("who")
    return _mention(match.group("who"), appositive, back, doubtful=doubtful)


# A quote announced by a colon, with no speech verb: ``And he left no room for doubt: "``,
# ``the spokesman would not bite: "``.  The clause before the colon is about its subject,
# and the words after the colon are that subject's.
_NOT_SUBJECTS = frozenset("the a an this that these those it there here what they".split())
# A clause ending in a colon introduces the quote after it, the quote's article too ("Trump
# tried a new defense: the "President cannot ...").  A clause joined by "but" or "and" opens
# after its conjunction ("..., but Biden made clear he would not fade away:"): the name
# after it is the clause's subject.
_COLON_CLAUSE = re.compile(
    r"(?:^|[.;]\s+|,\s+(?:(?:but|and|yet)\s+(?=[A-Z]|"
    + _QUALIFIER  # "..., but hard-line House Republicans have signalled otherwise:"
    + r"\s))?)(?P<clause>[^.;,:\"]{1,120}):\s*(?:the\s+)?$"
)


# A description in the writer's lower-case words before a full name, opening the sentence:
# "Notorious conspiracy theorist Alex Jones, banned by big tech, agrees:" (a name of two
# capitalised words after it: the description is no subject of its own).
_DESCRIBED = r"(?:[A-Z][a-z]+(?:\s+[a-z][a-z-]+){1,3}\s+(?=[A-Z][\w.'-]*\s+[A-Z]))?"


# The same with an appositive (or two) between the subject and its verb, commas and all: "Her
# lawyer, Joseph Sellers, went further:" (the comma-free clause would be "went further").
# The appositive may tell at length what he is doing ("Rob Simmons, a veteran running in the
# primary against Linda McMahon, pounced:"), as long as ``_SUBJECT_BEFORE`` lets a relative
# clause run: it is still set off by its commas.
_APPOSITIVE_COLON = re.compile(
    r"(?:^|[.;]\s+)\s*"
    + _OPENER
    + _DESCRIBED
    + r"(?P<who>"
    + _WHO
    + r")"
    + _HOME  # "Rep. Ed Royce of California, the committee's chairman, was blunter:"
    + _AFFILIATION  # "Rep. Mo Brooks (R-Ala.), who used his belt ..., credited them:"
    + r",(?P<appositive>[^,\"]{1,120}),(?:[^,\"]{1,80},)?\s+[a-z][^.;:,\"]{0,80}:\s*$"
)
# "Or, as NRA chief Wayne LaPierre put it, "...": an idiom of speech whose verb ("put") is
# too common a word to be a speech verb of its own.  A name set off after a role closes with
# its comma ("as his spokesman, Ed Mora, put it"): the spokesman is still who put it.
_AS_PUT_IT = r"[Aa]s\s+(?P<who>" + _WHO + r"),?\s+(?:once\s+|has\s+)?puts?\s+it"
# The idiom may frame the sentence, the quote coming later in the writer's words: "As Trump
# put it, a president "has every right ..."": still his words, unless the writer's words in
# between hold a verb of speech of their own (checked by the caller).
_AS_PUT = re.compile(r"\b" + _AS_PUT_IT + r"(?:[,:]\s+(?P<lead>[^\"]{1,80}?))?[,:]?\s*$")
# "To Rep. Zoe Lofgren, D-Calif., the bill "grabs power ..."": a sentence opening "To X,"
# gives X's view, in X's words, with no verb of speech.
_TO_WHOM = re.compile(
    r"^[\s\"]*To\s+(?P<who>"
    + _TITLED_NAME
    + r"|"
    + _NAME
    + r")(?:,\s*[^,\"]{1,40})?,\s+[^,;:\"]{1,80}$"
)


# A participle's clause set off by a comma before the colon ("Fox had started it on CNN,
# knocking President Enrique Pena Nieto for the invitation:"): it tells what the sentence's
# subject did to the one it names, who is its object, not who speaks.  "quoting"/"citing"
# name the speaker, and are left to the readings of their own.
_PARTICIPLE_CLAUSE = re.compile(r"\s*(?!quoting\b|citing\b)[a-z]+ing\s")


def _subject_of_colon(before: str) -> Mention | None:
    # a title's full stop ends no clause: in "but acknowledged that Gov. Jay Nixon could
    # name another:", Nixon is no subject before the colon, only the clause's object's
    found = _COLON_CLAUSE.search(blank_abbreviation_stops(before))
    if found is None:
        return None
    clause = before[found.start("clause") : found.end("clause")]
    if before[: found.start("clause")].rstrip().endswith(",") and _PARTICIPLE_CLAUSE.match(clause):
        return None
    wide = _APPOSITIVE_COLON.search(before)
    if wide is not None and not _CLAUSE_SUBJECT.match(clause):
        who = wide.group("who")
        return _mention(who, wide.group("appositive"), back=len(before) - wide.start("who"))
    match = _CLAUSE_SUBJECT.match(clause)
    if match is None or match.group("who").endswith("'s"):
        return None
    back = len(before) - (found.start("clause") + match.start("who"))
    mention = _mention(match.group("who"), back=back)
    if mention.kind == "name" and mention.text.split()[0].lower() in _NOT_SUBJECTS:
        return None  # "The list had three items:": no one
    return mention


# ``..." Graham pressed.``: a name and one verb closing the sentence right after a quote
# say who spoke, whatever the verb ("pressed", "quipped", "shot back" aside): nothing else
# in the sentence could be the quote's source.  The verb may take whom the words were
# aimed at and when (``..." Sen. James Risch snapped at Hillary Clinton on Wednesday.``): the
# one it is aimed at is the listener, the subject still the one who spoke.
_NAME_THEN_VERB = re.compile(
    r"^[\s,]*(?P<who>" + _WHO + r")\s+[a-z]{3,}(?:ed|s)"
    r"(?:\s+(?:back\s+)?(?:at|to)\s+" + _NAME + r")?"
    r"(?:\s+(?:on|last|this)\s+[A-Z][a-z]+)?\s*[.!?]\s*$"
)


# ``"...," as Trump put it on Thursday.``: the same idiom closing the sentence after the
# quote, a time or place maybe after it; nothing else in the sentence speaks.
_AS_PUT_AFTER = re.compile(
    r"^[\s,]*" + _AS_PUT_IT + r"(?:\s+(?:on|in|at|last|this)\s+[\w.,' -]{1,40}?)?\s*[.!?]\s*$"
)


# "in the words of Ana Ruiz, the group's director," before the quote, or after it (``...,"
# in the words of Ana Ruiz of the Tenants Union.``): an idiom that gives the quoted words to
# the one it names, whoever the sentence's subject is ("The industry warns that ...").
# So with the owner before the noun: "The alternative, in Harkin's words: "..."" (fresh55's
# rw-709b, the words given to Tom Harkin, read as the quote before's speaker's).
_IN_WORDS_OF = (
    r"\b[Ii]n\s+(?:(?:the\s+)?words\s+of\s+(?P<who>"
    + _WHO
    + r")|(?P<owner>"
    + _OWNER_HONORIFIC
    + _NAME
    + r")'s\s+(?:own\s+)?words\b)"
)
_IN_WORDS_BEFORE = re.compile(_IN_WORDS_OF + r"(?:,[^,\"]{1,80},)?[^\"]{0,80}$")
_IN_WORDS_AFTER = re.compile(r"^[\s,]*" + _IN_WORDS_OF)


# ``... is that "..." in a shooting, Mr. Hale said.``: the writer's sentence, the quote in
# it, closed by a name and its speech verb after a comma: the whole sentence is his
# report, as plain as a verb right after the quote: no other speech verb in the sentence,
# and no one named before the quote ('Pike called it "a fraud," Hale said' may be Pike's
# words, which Hale reports).
_SOMEONE = re.compile(r"\b(?:[A-Z][\w'-]*|[Hh]e|[Ss]he|[Tt]hey|[Hh]is|[Hh]er|[Tt]heir)\b")
_COMMON_OPENERS = STOPWORDS | SENTENCE_OPENERS


# A preposition of what is spoken about: the one named after it ("Any controversy over
# Tlaib's comment concerns the "..."") is the topic, not someone who speaks.
_TOPIC_BEFORE = re.compile(r"\b(?:over|about|against|regarding|concerning|towards?)\s+$")


def _names_someone(writers: str) -> bool:
    """Whether the writer's words name someone or a pronoun stands for one: a capitalised
    word other than a common one opening the sentence ("Among", "The") or one spoken
    about (``_TOPIC_BEFORE``)."""
    return any(
        not (found.start() == 0 and found.group().lower() in _COMMON_OPENERS)
        and not _TOPIC_BEFORE.search(writers, 0, found.start())
        for found in _SOMEONE.finditer(writers)
    )


_PRONOUN_SUBJECT = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey)\b")
_CLOSING_SPEAKER = re.compile(
    r"^[^\"]*?,\s+(?P<who>"
    + _WHO
    + r")(?:,[^,\"]{1,80},)?\s+(?:\w+ly\s+)?"
    + _VERB
    + r"(?:\s+(?:in|on|at)\s[^,.;:\"]{1,40})?\s*[.!?]\s*$"
)


# A quote inside a clause opened by a conjunction, with its own subject and verb: "When
# Mr. Sellers answered that ...", "As the mayor argued that ...".
_SUBORDINATE_SPEAKER = re.compile(
    r"^\s*(?:When|As|After|Before|While|Once|Because|Though|Although|Until)\s+(?P<who>"
    + _WHO
    + r")\s+[a-z]{3,}(?:ed|s)\b"
)


# A speech verb's few words ending in a colon (``said:``, ``wrote back:``, ``replied in
# a statement:``) announce the quote after them: after a quote ending in "?" or "!", whose
# sentence runs on (``...right?!" Tom Pike wrote back: "No."``), they are the next
# quote's attribution, not this one's.
_ANNOUNCES = re.compile(r"(?:\s+[A-Za-z]+){0,3}\s*:")
# The same closing the sentence before a quote: 'told CNN this month: "'.
_ANNOUNCED = re.compile(r"\b" + _VERB + r"(?:\s+[A-Za-z]+){0,3}\s*:\s*$")
# After a quote ending in "?" or "!", a name and a verb of reply whose clause goes on, past
# its comma, into a new quotation ('"... Any comments?" Trump Jr. replied, "Off the record
# ..."'): the reply is the new quotation, and whoever replies answers the words before,
# which are someone else's (fresh52's rw-674: WikiLeaks's message read as Trump Jr.'s).
_REPLY = r"(?:replie[sd]|repl(?:y|ying)|answer(?:s|ed)|respond(?:s|ed)|retort(?:s|ed)|" + (
    r"(?:shot|shoots|fired|fires|wrote|writes)\s+back|counter(?:s|ed))"
)
_REPLIES_NEXT = re.compile(r"^[^\"]{0,80}?\b" + _REPLY + r"\b[^\"]{0,40}?[,:]\s*\"")


# ``," State House Majority Leader Jeff McCabe (D) and Assistant House Majority Leader Sara
# Gideon (D) said``: two people named in full, maybe titled, who speak together (a joint
# statement): the words are the pair's, neither's alone.
_ONE_OF_PAIR = r"(?:" + _TITLED_NAME + r"|" + _NAME + r")" + _AFFILIATION
_PAIR_AFTER = re.compile(
    r"^[\s,]*(?P<who>"
    + _ONE_OF_PAIR
    + r"\s+and\s+"
    + _ONE_OF_PAIR
    + r")\s+(?:"
    + _AUX
    + r"\s+){0,2}"
    + _VERB
    + r"\b"
)


# A quote inside a noun of speech that names its own speaker, right before it: "asked about
# Rep. Ana Ruiz's foul-mouthed vow to "...,"", "Pike's claim that "..."".  The words are the
# possessor's, whoever the sentence's subject is (its verb speaks of them, not them).  Only
# with "to" or "that": 'Trump called Tlaib's comments "disgraceful"' is Trump's own word.
# The possessor may be called by a party or a role ("the Ohio Democrat's vow to", "the
# mayor's claim that"), and an aside set off by commas may stand between the noun and its
# "to" ("the Ohio Democrat's vow, made hours after the swearing-in, to "..."": fresh50's
# rw-649b, where the sentence's subject, the one asked about the vow, got the words).  Such
# a description is resolved as a "he" is, to someone spoken of before, a guess when the
# sentence's own subject is someone else: doubtful, so the words are no one's for sure.
SPEECH_NOUN = (
    r"(?:vows?|pledges?|promises?|threats?|remarks?|comments?|claims?|assertions?|boasts?"
    r"|warnings?|insistence|declarations?|admissions?|suggestions?|complaints?|charges?"
    r"|accusations?|arguments?|contentions?|predictions?|demands?|calls?|pleas?)"
)
# The noun's "to" may run on, in the writer's lower-case words, into the quote inside what
# was vowed ("Pena Nieto's vow not to pay for "that f-----g wall"": fresh49's rw-630b,
# fresh43's rw-556b): still the owner's words; not past a verb of speech or a relative's
# word ("the vow to fight what Pike called "..."" is Pike's word).  A "that" does not run
# on: its clause has a subject of its own, whose words the quote may be ("Romney's claim
# that the president went on an "apology tour"": an ad's words, rw-660b).
_VOWED_WORD = r"(?!(?:" + _VERB + r"|call|what|which|who|whom|whose|that)\b)[a-z][\w'-]*"
_OWN_SPEECH_NOUN = re.compile(
    r"(?<![\w'])(?P<who>[Tt]he\s+(?:[A-Z][\w.'-]*\s+){0,2}"
    + _PARTY_NAMES
    + r"|[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}"
    + _ROLE_NOUN
    + r"|"
    + _OWNER_HONORIFIC
    + _NAME
    + r")'s\s+(?:[a-z][\w-]*\s+){0,2}"
    + SPEECH_NOUN
    + r"(?:,\s+[^,\"]{1,60},)?\s+(?:(?:not\s+)?to(?:\s+"
    + _VOWED_WORD
    + r"){0,5}|that)\s*$"
)


# After the verb of an attribution that follows the quote, whom its subject relays the words
# from: ``," HuffPost said on Friday, citing the post``.
_CITING = re.compile(r"[^,.;:\"]{0,40},\s+(?:citing|quoting)\b")


def find_attribution(
    before: str, after: str, gap: str = "", *, ends_sentence: bool = False
) -> Mention | None:
    """The speaker named next to a quotation, or the subject of the speech verb of the
    sentence that holds it.  ``before``: the sentence up to the quote; ``after``: the rest
    of the sentence after it; ``gap``: the words between its pieces; ``ends_sentence``:
    the quote ends in "?" or "!", a sentence of its own."""
    owner = _OWN_SPEECH_NOUN.search(before)
    if owner is not None:
        who = owner.group("who")
        described = who.split()[0].lower() == "the"
        return _mention(who, back=len(before) - owner.start("who"), doubtful=described)
    if ends_sentence and not gap and before.rstrip().endswith(":"):
        # 'Ruiz tweeted a photo: "Have you gone today?" Tom Pike tweeted his opposition.':
        # the speech verb's clause announced the quote, and the question closed it; the
        # name and verb after it open the next sentence, they do not attribute this one,
        # even when the announcer is not read ("His successor, Felipe Calderón, told CNN:")
        announcer = _subject_of_speech(before)
        if announcer is not None:
            return announcer
        if _ANNOUNCED.search(before):
            after = ""
    if ends_sentence and not gap and _REPLIES_NEXT.match(after):
        after = ""  # the reply after it is the next quotation's (``_REPLIES_NEXT``)
    # 'He offered reporters only a "...," Ana Ruiz tweeted': a quote inside a clause with a
    # subject of its own ("he") may be that one's words, which the name after the quote only
    # reports (as ``_CLOSING_SPEAKER`` reads it): doubtful then.  A fronted phrase with no
    # subject ('Calling Pike a "...," Hale said') is the named speaker's own.  A pronoun
    # after the quote is resolved with the clause's people in view (``speakers``).
    writers = _QUOTED.sub(_blank_quoted, before)  # the writer's words, quotations blanked
    relayed = bool(_PRONOUN_SUBJECT.search(writers))
    for text in (gap, after):
        match = _AFTER.match(text)
        # ``..." Dempsey said: "...``: a speech verb ending in a colon announces the next
        # quote, not this one (one paragraph of a transcript-like exchange)
        if match and not _ANNOUNCES.match(text, match.end()):
            # ``," the Republican leader, Michael Thibodeau, said``: the name is the speaker
            found = _mention(match.group("a") or match.group("b"), match.group("appositive"))
            if text is after and _CITING.match(text, match.end()):
                # 'the mayor told them to "...," HuffPost said, citing the post': one who
                # cites relays the sentence whole, and its own speech clause tells whose
                # the words are (fresh50's rw-646, the outlet credited read as the speaker)
                teller = _subject_of_speech(before)
                if teller is not None:
                    return teller
            if relayed and text is after and found.kind == "name":
                return Mention(found.text, found.kind, found.back, doubtful=True)
            return found
    pair = _PAIR_AFTER.match(after)
    if pair is not None:
        return Mention(pair.group("who"), "pair")
    closed = _NAME_THEN_VERB.match(after)
    named = closed or _AS_PUT_AFTER.match(after)
    inside = _SUBORDINATE_SPEAKER.match(before)
    if named and inside:
        # ``When Mr. Sellers answered that managers "...," Justice Scalia scoffed.``: the
        # quote is the words of the clause around it, the name after it the main clause's
        # reaction; the clause's verb may not be one of speech ("heard that"), so unsure
        return _mention(inside.group("who"), None, len(before) - inside.start("who"), doubtful=True)
    if named:
        # "as Ana Ruiz put it" gives her the words, whoever the clause is about
        return _mention(named.group("who"), None, doubtful=relayed and named is closed)
    put = _AS_PUT.search(before)
    if put is not None and not _SPEECH_VERB.search(put.group("lead") or ""):
        return _mention(put.group("who"), back=len(before) - put.start("who"))
    closing = _CLOSING_SPEAKER.match(after)
    writers = writers.strip()
    if closing is not None and not (_SPEECH_VERB.search(writers) or _names_someone(writers)):
        return _mention(closing.group("who"))
    words_of = _IN_WORDS_AFTER.match(after)
    if words_of is not None:
        return _mention(words_of.group("who") or words_of.group("owner"))
    words_of = _IN_WORDS_BEFORE.search(before)
    if words_of is not None and not _SPEECH_VERB.search(before, words_of.end()):
        group = "who" if words_of.group("who") else "owner"
        return _mention(words_of.group(group), back=len(before) - words_of.start(group))
    to = _TO_WHOM.match(before)
    if to is not None:
        return _mention(to.group("who"), back=len(before) - to.start("who"))
    mention = _subject_of_speech(before) or _subject_of_colon(before)
    if mention is not None:
        return mention
    they = _THEY_QUOTED.search(before)
    if they is not None and not after.split('"')[0].strip(" ,.;:!?"):
        return Mention(they.group("who"), "group", len(before) - they.start("who"))
    match = _LATER.search(after.split('"')[0])
    if match and not _ANNOUNCES.match(after, match.end()):
        # the attribution may be of another clause ("..., which X said shows")
        return Mention(match.group("name"), doubtful=True)
    match = _ACCORDING.search(before)
    return Mention(match.group("name"), "organisation") if match else None


# A title in quotation marks, each word capitalised ('a drama like "Homeland"', '"Andrea
# Mitchell Reports"'): a show's or a book's name, which quotes no one.
_QUOTED_TITLE = re.compile(r'(?<=\s)"[A-Z][\w\'-]*(?:\s+[A-Z][\w\'-]*){0,3}"')


def introduced_before(previous: str, gap: int) -> Mention | None:
    """The speaker of a quote that opens its sentence with no attribution, named by the
    sentence before it in the paragraph when that sentence reports someone's speech in the
    writer's words ("Ruiz left the hall, saying she bore no grudge. "We move on.""): a
    reader takes the quoted words for that speaker's, as news introduces a quote with a
    paraphrase.  A sentence before that quotes anyone itself is left to the quote before
    (``speakers.py``), and so is a question: the quote after it is the answer, someone
    else's.  ``gap``: the characters between that sentence's end and the quote."""
    if '"' in _QUOTED_TITLE.sub("", previous):
        return None
    verbs = _SPEECH_VERB.findall(previous)
    if not verbs or verbs[-1].lower().startswith("ask"):
        return None  # after a question ("asking what he meant"), the quote is the answer
    mention = _subject_of_speech(previous.rstrip().rstrip(".!?"))
    if mention is None:
        return None
    back = mention.back + len(previous) - len(previous.rstrip().rstrip(".!?")) + gap
    return Mention(mention.text, mention.kind, back, mention.doubtful)


# Between two pieces of one quote, only an attribution: ``," Mr. Kerry said, "`` or
# ``," said Reid on the Senate floor on Tuesday, "``; not ``," she said, calling it "``.
_BARE_ATTRIBUTION = re.compile(
    r"^[\s,\"]*(?:" + _VERB + r"\s+" + _WHO + r"|" + _WHO + r"\s+(?:\w+ly\s+)?" + _VERB + r")"
    r"(?:\s+(?!(?:and|that|but|\w+ing)\b)[\w.'-]+){0,6},[\s\"]*$"
)


def is_bare_attribution(gap: str) -> bool:
    """True when ``gap`` is only an attribution: the quote around it goes on."""
    return bool(_BARE_ATTRIBUTION.match(gap))
