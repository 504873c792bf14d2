"""Second credits of an issuer credited in full before, "the report" a copy named, and a
person who speaks for a body."""

from __future__ import annotations

from newstrace.analyse.credits import find_credits
from newstrace.analyse.second_credits import second_credits
from newstrace.analyse.source_credits import credits_of_source
from newstrace.model import Article
from newstrace.segment.document import Document
from tests.analyse.links import sentence_link


def _credits(copy: str, source: str, links: list[tuple[int, int]]) -> list[tuple[str, str]]:
    a = Document(Article(copy))
    b = Document(Article(source))
    alignments = [sentence_link(a, b, i, j) for i, j in links]
    text = a.normalised.text
    return [(text[c.start : c.end], c.outlet) for c in credits_of_source(a, b, alignments)]


def _second(text: str) -> list[tuple[str, str]]:
    return [
        (text[c.start : c.end], c.outlet) for c in second_credits(text, list(find_credits(text)))
    ]


_RELEASE = "Three bridges will close for repairs. The works will last a month."


def test_the_department_said_after_its_full_credit_credits_it_again() -> None:
    copy = (
        "Three bridges will close, according to a statement from the Ashby Roads Department. "
        "The works will last a month, the department said."
    )
    assert _credits(copy, _RELEASE, [(0, 0), (1, 1)]) == [
        ("according to a statement from the Ashby Roads Department", "Ashby Roads Department"),
        ("the department said", "Ashby Roads Department"),
    ]
    # with no fuller credit before it, "the department" is any department
    alone = "Three bridges will close. The works will last a month, the department said."
    assert _second(alone) == []
    # a firm's "said" attributes its statements, as a person's does
    firm = (
        "Three bridges will close, Tolland Works said in a press release. "
        "The works will last a month, the company said."
    )
    assert _second(firm) == []


def test_the_department_is_no_second_credit_where_another_department_is_named() -> None:
    copy = (
        "Three bridges will close, according to a statement from the Ashby Roads Department. "
        "The Department of Transport had asked for it. The works will last a month, the "
        "department said."
    )
    assert _second(copy) == []


def test_the_office_said_credits_an_office_not_a_department() -> None:
    copy = (
        "Wages went unpaid, the Dunley Office of Labor Standards said in a press release. "
        "Workers will be told by mail, the office said. They will be paid, the department said."
    )
    assert _second(copy) == [("the office said", "Dunley Office of Labor Standards")]


def test_according_to_the_author_of_a_credited_statement_credits_it_again() -> None:
    copy = (
        '"I will fight this sale," Senator Ruth Abara said, according to a statement from her '
        "office. According to Abara, the forest draws 9,000 visitors a year."
    )
    assert _second(copy) == [("According to Abara", "her office")]
    # someone else's words are no credit of her statement
    other = copy.replace("According to Abara", "According to Mendel")
    assert _second(other) == []
    # nor a person named before any statement is credited
    uncredited = "According to Abara, the forest draws 9,000 visitors a year."
    assert _second(uncredited) == []


def test_according_to_the_holder_of_a_named_office() -> None:
    copy = (
        "The forest will be sold, Mr Abara's office said in a news release. "
        "According to Abara, it draws 9,000 visitors a year."
    )
    assert _second(copy) == [("According to Abara", "Mr Abara's office")]


def test_the_report_the_copy_named_is_its_credit_whatever_the_source_cited() -> None:
    """ "The report notes" after "HuffPost reports" is HuffPost's report, though the source's
    sentence credits the Washington Post: the copy names no other report for it to be."""
    source = "The House met on Monday. The Washington Post reported that the reading is a first."
    copy = "The House met on Monday, HuffPost reports. The reading is a first, the report notes."
    assert _credits(copy, source, [(0, 0), (1, 1)]) == [
        ("HuffPost reports", "HuffPost"),
        ("the report notes", "HuffPost"),
    ]
    # "the paper" is a newspaper's: the one the source cited, relayed
    paper = copy.replace("the report notes", "the paper reports")
    assert _credits(paper, source, [(0, 0), (1, 1)]) == [("HuffPost reports", "HuffPost")]


def test_a_person_of_a_body_is_a_speaker_not_the_body() -> None:
    """ "Chief Ann Roe of the Kestrel Fire District said" names a person who speaks, at a
    press conference, say; the district's own "said" credits its document."""
    briefing = "The leak came from a valve. Crews will move the gas after midnight."
    copy = (
        "Battalion Chief Ann Roe of the Kestrel Fire District said the leak came from a valve. "
        "Crews will move the gas after midnight."
    )
    assert _credits(copy, briefing, [(0, 0), (1, 1)]) == []
    body = copy.replace(
        "Battalion Chief Ann Roe of the Kestrel Fire District", "Kestrel Fire District"
    )
    assert _credits(body, briefing, [(0, 0), (1, 1)]) == [
        ("Kestrel Fire District said", "Kestrel Fire District")
    ]


def test_according_to_the_release_credits_the_release_credited_before() -> None:
    copy = (
        "Three bridges will close, according to a press release from the Ashby Roads "
        "Department. The works will last a month, according to the release."
    )
    assert _second(copy) == [("according to the release", "Ashby Roads Department")]
    # with no document credited before it, "the release" names no issuer
    assert _second("The works will last a month, according to the release.") == []


_PLANT = "A cheese plant will open in May. It will employ 90 people."


def test_a_body_named_in_full_then_by_its_head_noun_credits_its_release() -> None:
    copy = (
        "Orwell Valley Cooperative will open a cheese plant in May, the cooperative said in "
        "a press release. According to the release, it will employ 90 people."
    )
    assert _credits(copy, _PLANT, [(0, 0), (1, 1)]) == [
        ("the cooperative said in a press release", "Orwell Valley Cooperative"),
        ("According to the release", "Orwell Valley Cooperative"),
    ]
    # no body headed by "Cooperative" is named: "the cooperative" may be any
    unnamed = copy.replace("Orwell Valley Cooperative", "Orwell Valley Dairy")
    assert _credits(unnamed, _PLANT, [(0, 0), (1, 1)]) == []
    # two cooperatives named: "the cooperative" may be either
    two = copy.replace(
        "Orwell Valley Cooperative", "Orwell Valley Cooperative and Tarn Cooperative"
    )
    assert _credits(two, _PLANT, [(0, 0), (1, 1)]) == []


def test_the_head_noun_of_a_news_outlet_or_own_outlet_credits_no_release() -> None:
    copy = "Harwick Courier Company will sell its press, the company said in a statement."
    a = Document(Article(copy, outlet="Harwick Courier Company"))
    b = Document(Article("The press will be sold."))
    assert credits_of_source(a, b, [sentence_link(a, b, 0, 0)]) == ()


def test_a_release_the_source_names_itself_is_carried_over() -> None:
    copy = (
        "Orwell Valley Cooperative will open a cheese plant in May, the cooperative said in "
        "a statement."
    )
    source = "A statement from the cooperative said a cheese plant will open in May."
    assert _credits(copy, source, [(0, 0)]) == []


def test_according_to_the_head_noun_of_a_credited_issuer_credits_it_again() -> None:
    copy = (
        "The Marsh County Water District said in a press release that two wells were shut. "
        "District crews tested the water. The wells served 400 homes, according to the district."
    )
    assert _second(copy) == [
        ("according to the district", "Marsh County Water District"),
    ]
    # an interview is no credit of the district's document
    told = copy.replace("according to the district", "a farmer told the district")
    assert _second(told) == []
    # with no credit of the district's document before it, it credits nothing
    uncredited = "Two wells were shut. The wells served 400 homes, according to the district."
    assert _second(uncredited) == []
    # nor where another district is named: "the district" may be either
    other = copy.replace("District crews", "The Fenmoor School District closed. Crews")
    assert _second(other) == []


def test_the_head_noun_of_a_credited_issuer_said_credits_it_again() -> None:
    copy = (
        "Two wells were shut, according to a statement from the Marsh County Water District. "
        "The wells served 400 homes, the district said."
    )
    assert _second(copy) == [("the district said", "Marsh County Water District")]
    # with no credit of the district's document before it, the district is a speaker
    assert _second("Two wells were shut. The wells served 400 homes, the district said.") == []
    # nor where another district is named: "the district" may be either
    other = copy.replace("The wells", "The Fenmoor School District closed. The wells")
    assert _second(other) == []


def test_a_person_who_said_in_the_statement_is_quoted_not_a_credit() -> None:
    """ "Fire Chief Ann Roe said in the statement" attributes a quotation, as "said in a
    statement" does; "according to the statement" credits the statement again."""
    copy = (
        "Three bridges will close, according to a statement from the Ashby Roads "
        'Department. "It is overdue," Chief Engineer Ann Roe said in the statement.'
    )
    assert _second(copy) == []
    assert _second(copy.replace("Chief Engineer Ann Roe said in", "according to")) == [
        ("according to the statement", "Ashby Roads Department")
    ]


_DEPOT = (
    "Kestrel Freight Ltd, the independent haulage company, today announced that it will "
    "close its depot in Dunmore. About 150 staff are expected to move to the new hub."
)


def test_a_firms_release_credited_as_the_companys() -> None:
    copy = (
        "Haulage firm Kestrel Freight will shut its depot in Dunmore, the company said in a "
        "press release. According to Kestrel, about 150 staff will move to the new hub."
    )
    assert _credits(copy, _DEPOT, [(0, 0), (1, 1)]) == [
        ("the company said in a press release", "Kestrel Freight"),
        ("According to Kestrel", "Kestrel Freight"),
    ]


def test_a_firms_release_the_source_names_or_no_firm_named_credits_nothing() -> None:
    copy = "Kestrel Freight will shut its depot in Dunmore, the company said in a statement."
    # a news story citing the statement itself: the copy relays its attribution
    story = "Kestrel Freight said in a statement on Monday that it will close its Dunmore depot."
    assert _credits(copy, story, [(0, 0)]) == []
    # no firm named before the credit that the source names: "the company" may be any
    unnamed = "The depot in Dunmore will shut, the company said in a statement."
    assert _credits(unnamed, _DEPOT, [(0, 0)]) == []


def test_a_firms_release_credited_by_what_the_firm_is() -> None:
    """ "the operator said in a press release" names the ferry operator's release as "the
    company's" would (pr-199); "according to the release" then credits it again."""
    copy = (
        "Kestrel Freight will shut its depot in Dunmore, the operator said in a press "
        "release. About 150 staff will move to the new hub, according to the release."
    )
    assert _credits(copy, _DEPOT, [(0, 0), (1, 1)]) == [
        ("the operator said in a press release", "Kestrel Freight"),
        ("according to the release", "Kestrel Freight"),
    ]


def test_a_firms_release_credited_by_what_the_firm_makes() -> None:
    """ "the cabinet maker said in a press release" names the firm by what it makes, as
    "the maker" would (pr-319); "the parent company" is another firm than the one named."""
    copy = (
        "Kestrel Freight will shut its depot in Dunmore. The haulage company said in a press "
        "release that about 150 staff will move to the new hub, according to the release."
    )
    assert _credits(copy, _DEPOT, [(0, 0), (1, 1)]) == [
        ("The haulage company said in a press release", "Kestrel Freight"),
        ("according to the release", "Kestrel Freight"),
    ]
    parent = copy.replace("The haulage company", "The parent company")
    assert _credits(parent, _DEPOT, [(0, 0), (1, 1)]) == []


def test_a_release_from_the_company_credits_the_firm_named_first() -> None:
    """ "according to a press release from the company" names the firm's release as "the
    company said in a press release" does (pr-301, pr-331); not a release of another firm
    ("from the parent company"), nor one the source names itself (a news story's)."""
    copy = "Kestrel Freight will shut its depot in Dunmore, according to a press release from the company."
    assert _credits(copy, _DEPOT, [(0, 0)]) == [
        ("according to a press release from the company", "Kestrel Freight")
    ]
    parent = copy.replace("the company", "the parent company")
    assert _credits(parent, _DEPOT, [(0, 0)]) == []
    story = (
        "Kestrel Freight said in a press release on Monday that it will close its Dunmore depot."
    )
    assert _credits(copy, story, [(0, 0)]) == []


_VETO = "Today I vetoed the ordinance that would have sold the city's water department."


def test_a_statement_from_the_mayors_office_credits_the_mayors_office() -> None:
    """ "according to a statement from the mayor's office" names the office by its holder's
    title, as "from her office" names it by a pronoun (pr-332): the office of the mayor
    the story names; carried over where the source names the statement itself."""
    copy = (
        "Port Selden Mayor Daniel Ashgrove has vetoed the sale of the city's water "
        "department, according to a statement from the mayor's office."
    )
    assert _credits(copy, _VETO, [(0, 0)]) == [
        (
            "according to a statement from the mayor's office",
            "Mayor Daniel Ashgrove's office",
        )
    ]
    unnamed = copy.replace("Port Selden Mayor Daniel Ashgrove", "The mayor")
    assert _credits(unnamed, _VETO, [(0, 0)]) == [
        ("according to a statement from the mayor's office", "the mayor's office")
    ]
    story = "The mayor vetoed the sale of the water department, a statement from his office said."
    assert _credits(copy, story, [(0, 0)]) == []


def test_a_release_from_the_head_noun_of_a_body_named_before_credits_it() -> None:
    """ "according to a press release from the authority" after the story named the Harlan
    Valley Housing Authority credits that authority's release (pr-89)."""
    copy = (
        "The Harlan Valley Housing Authority opened applications for repair grants, "
        "according to a press release from the authority."
    )
    source = "The Authority today opened applications for repair grants."
    assert _credits(copy, source, [(0, 0)]) == [
        ("according to a press release from the authority", "Harlan Valley Housing Authority")
    ]
    # no authority named before it: "the authority" may be any
    unnamed = copy.replace("The Harlan Valley Housing Authority", "The county")
    assert _credits(unnamed, source, [(0, 0)]) == []


def test_the_department_said_of_a_quotation_names_its_speaker_not_a_credit() -> None:
    """'"...," the department said' and 'the service said: "..."' tag quoted words, as
    "Fire Chief Ann Roe said" does (pr-142, pr-166, pr-190, pr-202); the body credited
    for facts the story restates ("..., the department said.") is credited again."""
    credit = "Three bridges will close, according to a statement from the Ashby Roads Department. "
    quoted = credit + '"The works are overdue," the department said.'
    assert _second(quoted) == []
    after = credit + 'The works start Monday, and the department said: "They are overdue."'
    assert _second(after) == []
    head = (
        "Two wells were shut, according to a statement from the Marsh County Water District. "
        '"The water is safe," the district said.'
    )
    assert _second(head) == []
    # a quoted piece within the sentence's own words: the department credited again (pr-70)
    piece = credit + 'The alarms were in place, "but two had no batteries," the department said.'
    assert _second(piece) == [("the department said", "Ashby Roads Department")]
