"""Credits to outlets, agencies and organisations, normalised to one name each."""

from __future__ import annotations

import pytest

from newstrace.analyse.credits import (
    canonical_outlet,
    credited_outlets,
    find_credits,
)
from newstrace.analyse.source_credits import credits_of_source
from newstrace.model import Article
from newstrace.segment.document import Document
from tests.analyse.links import sentence_link


@pytest.mark.parametrize(
    ("text", "outlets"),
    [
        ("Kerry said, according to the New York Times.", ["The New York Times"]),
        ("The Times reported on Friday that talks began.", ["The New York Times"]),
        ("The story was first reported by Politico.", ["Politico"]),
        ("WASHINGTON (Reuters) - Talks began.", ["Reuters"]),
        ("A spokesman told The Washington Post that it was false.", ["The Washington Post"]),
        ("According to the Pentagon, talks began.", []),
        ("Times Square was crowded.", []),
        # a possessive outlet is an outlet
        ("Talks began, according to the Washington Post's report.", ["The Washington Post"]),
    ],
)
def test_credits(text: str, outlets: list[str]) -> None:
    assert credited_outlets(text) == outlets


def _phrases(text: str, own_outlet: str | None = None) -> list[tuple[str, str]]:
    return [(text[c.start : c.end], c.outlet) for c in find_credits(text, own_outlet)]


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        # "The report" is the Times's report, not CNN's interview with the man it quotes
        pytest.param(
            "Talks began, the Times reports. Ruiz told CNN he was hopeful, the report notes.",
            [
                ("the Times reports", "The New York Times"),
                ("told CNN", "CNN"),
                ("the report notes", "The New York Times"),
            ],
            id="the-report-notes-points-back-past-an-interview",
        ),
        pytest.param(
            "He backed the war even now, the HuffPost report notes.",
            [("the HuffPost report notes", "HuffPost")],
            id="a-report-that-names-its-outlet",
        ),
        pytest.param(
            "Floods hit the valley on Monday (AFP). Hundreds fled.",
            [("(AFP)", "Agence France-Presse")],
            id="a-wire-credit-in-brackets-anywhere",
        ),
        pytest.param(
            "Hundreds fled the valley, Agence France-Presse said.",
            [("Agence France-Presse said", "Agence France-Presse")],
            id="an-agency-named-in-full-with-a-reporting-verb",
        ),
    ],
)
def test_credit_phrases_and_their_outlets(text: str, phrases: list[tuple[str, str]]) -> None:
    assert _phrases(text) == phrases


def test_the_report_notes_points_back_to_the_credited_outlet() -> None:
    text = "Talks began, according to the New York Times. They will go on, the report notes."
    credits = find_credits(text)
    assert [text[c.start : c.end] for c in credits] == [
        "according to the New York Times",
        "the report notes",
    ]
    assert {c.outlet for c in credits} == {"The New York Times"}


def test_a_report_that_added_something_is_no_credit() -> None:
    # "added" with an object tells what the report did, not what it says
    text = (
        "Talks began, according to the New York Times. The report added another jolt to the week."
    )
    assert [p for p, _ in _phrases(text)] == ["according to the New York Times"]
    said = "Talks began, according to the New York Times. The report added that talks went on."
    assert [p for p, _ in _phrases(said)] == ["according to the New York Times", "The report added"]


@pytest.mark.parametrize(
    "text", ["AP contributed to this report.", "The Associated Press contributed reporting."]
)
def test_a_contributor_line_credits_the_agency(text: str) -> None:
    assert credited_outlets(text) == ["Associated Press"]


def test_an_outlet_that_said_citing_another_credits_the_one_that_said() -> None:
    text = "He has bought airtime, HuffPost said, citing Politico."
    assert _phrases(text) == [("HuffPost said", "HuffPost")]
    assert credited_outlets("The deal is off, The New York Times said.") == ["The New York Times"]


@pytest.mark.parametrize(
    "text",
    [
        '"It is wrong," Bloomberg said.',  # Michael Bloomberg
        '"He is not welcome," Fox said.',  # Vicente Fox
        "BuzzFeed editor Ben Smith said it stands by its reporting.",
        # "said in a statement" attributes a quotation and credits no one
        '"We are cooperating," Mr. Roe said in a statement.',
    ],
)
def test_a_person_who_said_something_is_not_an_outlet(text: str) -> None:
    assert find_credits(text) == ()


def test_an_outlet_named_as_a_persons_surname_is_the_person() -> None:
    # Breitbart News is an outlet, but the text names Andrew Breitbart: "Breitbart said" is he
    text = (
        "The clip, posted by conservative publisher Andrew Breitbart, spread fast. "
        '"His conduct is unbecoming of a member of Congress," Breitbart said.'
    )
    assert find_credits(text) == ()
    assert _phrases('The clip spread fast. "It is a scandal," Breitbart said.') == [
        ("Breitbart said", "Breitbart News")
    ]


def test_a_bare_outlet_name_the_text_gives_a_person_names_the_person() -> None:
    # rw-440, rw-440b: "told Fox" after "Vicente Fox" is the man, not an interview with Fox News
    about_him = "Former Mexican President Vicente Fox mocked the wall. "
    assert find_credits(about_him + 'Then Trump told Fox to "stop lying."') == ()
    assert _phrases(about_him + "Trump told Fox News he would build it.") == [
        ("told Fox News", "Fox News")
    ]
    assert _phrases("Then the senator told Fox he would run.") == [("told Fox", "Fox News")]


@pytest.mark.parametrize(
    ("text", "phrase", "issuer"),
    [
        (
            "Sales rose 40 per cent, according to a press release from Acme Co. It hires.",
            "according to a press release from Acme Co.",
            "Acme Co.",
        ),
        (
            "Flights end, according to a statement from state Rep. Ann Marsh, in May.",
            "according to a statement from state Rep. Ann Marsh",
            "state Rep. Ann Marsh",
        ),
        (
            "It is wrong, Roe said, according to a statement from Sen. Jane Roe's office.",
            "according to a statement from Sen. Jane Roe's office",
            "Sen. Jane Roe's office",
        ),
        (
            "One case was confirmed, Bramwell County Public Health said in a news release.",
            "Bramwell County Public Health said in a news release",
            "Bramwell County Public Health",
        ),
        (
            "She will sit as an independent, a statement released by Ms Roe's office said.",
            "a statement released by Ms Roe's office",
            "Ms Roe's office",
        ),
        (
            "I will not let this go, Ms Osei said in a statement issued by her office.",
            "Ms Osei said in a statement issued by her office",
            "Ms Osei's office",
        ),
        (
            "It will pay $412,600, according to a press release from the city's Office of "
            "Labor Standards Enforcement.",
            "according to a press release from the city's Office of Labor Standards Enforcement",
            "city's Office of Labor Standards Enforcement",
        ),
    ],
)
def test_an_organisations_own_document_credits_it(text: str, phrase: str, issuer: str) -> None:
    assert _phrases(text) == [(phrase, issuer)]


def test_a_phrase_naming_the_texts_own_outlet_is_no_credit() -> None:
    text = "The minister told the Guardian that talks would resume."
    assert credited_outlets(text) == ["The Guardian"]
    assert find_credits(text, own_outlet="The Guardian") == ()
    assert find_credits(text, own_outlet="guardian") == ()


def test_the_agency_of_the_dateline_is_the_texts_own() -> None:
    text = "LONDON (Reuters) - Talks began. A spokesman told Reuters they would go on."
    assert _phrases(text) == [("(Reuters)", "Reuters")]
    assert find_credits(text, own_outlet="Reuters") == ()


def test_record_outlet_names_fold_to_the_same_outlet() -> None:
    assert canonical_outlet("nyt") == canonical_outlet("The New York Times") == "The New York Times"
    assert canonical_outlet("hpo") == "HuffPost"
    assert canonical_outlet("Pentagon") is None


# --- credits of the source: citations a copy carries over are not credits ---

CITING_SOURCE = (
    "Steele is expected to step down. "
    "One insider told the Washington Post that he would stay. "
    "Rivals are lining up."
)


def _credits(copy: str, source: str | Article, links: list[tuple[int, int]]) -> list[str]:
    a = Document(Article(copy))
    b = Document(source if isinstance(source, Article) else Article(source))
    alignments = [sentence_link(a, b, i, j) for i, j in links]
    return [a.normalised.text[c.start : c.end] for c in credits_of_source(a, b, alignments)]


@pytest.mark.parametrize(
    ("copy", "source", "credits"),
    [
        pytest.param(
            "Talks began, the Times reports. Ruiz told CNN he was hopeful, the report notes.",
            "Talks began on Monday. Ruiz was hopeful, he told CNBC.",
            ["the Times reports", "the report notes"],
            id="an-interview-is-no-credit-when-the-report-notes-is-the-sources",
        ),
        pytest.param(
            "Steele may quit. He told CNN he would stay.",
            "Steele is expected to step down. Speaking on CNN, Steele said he would stay.",
            [],
            id="an-interview-the-source-reports-in-other-words",
        ),
        # A copy that writes "told CNN" for its source's "told CNBC" changed a fact of the
        # citation; it credits no source.
        pytest.param(
            "Steele may quit. He told CNN he would stay.",
            "Steele is expected to step down. Steele told CNBC he would stay.",
            [],
            id="an-interview-the-source-reports-with-another-outlet",
        ),
        pytest.param(
            "Steele may quit. He told CNN he would stay.",
            "Steele is expected to step down. Steele said in an interview on PBS.",
            [],
            id="an-interview-the-source-reports-on-another-outlet",
        ),
    ],
)
def test_the_credits_of_a_copy_aligned_sentence_by_sentence(
    copy: str, source: str, credits: list[str]
) -> None:
    assert _credits(copy, source, [(0, 0), (1, 1)]) == credits


def test_an_outlet_put_for_the_one_the_source_cites_as_noting_is_no_credit() -> None:
    """The copy's "as Politico notes" where its source writes "as TPM notes" (rw-703): who
    noted the fact, changed (``staff.cited_as_noting``), not where the copy's story came
    from.  Aligned to no such citation, it credits Politico."""
    copy = (
        "McCarthy backs legal status for undocumented immigrants, HuffPost reports. "
        "McCarty's district, as Politico notes, is 45 percent Latino."
    )
    source = (
        "McCarthy said Tuesday that he would support allowing undocumented immigrants to "
        "stay. McCarthy has previously been more open to immigration reform than many of "
        "his House Republican colleagues, and, as TPM notes, his district is 35 percent "
        "Latino."
    )
    assert _credits(copy, source, [(0, 0), (1, 1)]) == ["HuffPost reports"]
    assert _credits(copy, source, [(0, 0)]) == ["HuffPost reports", "Politico notes"]


def test_a_citation_carried_over_from_the_source_credits_no_source() -> None:
    copy = "Steele may quit. Yet one insider told the Washington Post he would stay."
    assert _credits(copy, CITING_SOURCE, [(0, 0), (1, 1)]) == []
    # not aligned to the source's citation: an interview says where the insider spoke, not
    # where the copy's story came from (test_an_interview_credits_only_the_sources_outlet)
    assert _credits(copy, CITING_SOURCE, [(0, 0)]) == []


def test_a_carried_citation_of_the_sources_own_outlet_credits_it() -> None:
    copy = "Steele may quit. Yet one insider told the Washington Post he would stay."
    links = [(0, 0), (1, 1)]
    assert _credits(copy, Article(CITING_SOURCE, outlet="wapo"), links) == [
        "told the Washington Post"
    ]
    credited_elsewhere = copy.replace("Steele may quit.", "The Washington Post reported it.")
    assert _credits(credited_elsewhere, CITING_SOURCE, [(1, 1)]) == [
        "The Washington Post reported",
        "told the Washington Post",
    ]
    asks_for_comment = (
        CITING_SOURCE + " He did not respond to a Washington Post request for comment."
    )
    assert _credits(copy, asks_for_comment, links) == ["told the Washington Post"]


def test_an_outlet_the_source_did_interviews_for_is_its_own() -> None:
    """A source that says twice that people told an outlet, and never cites it for a report,
    is that outlet's story: the copy's "told HuffPost", carried over, credits it."""
    source = (
        "Holder met students. One of them told HuffPost he was listening. "
        "A pastor told HuffPost they were nice."
    )
    copy = "Holder met students. One of them told HuffPost he was listening."
    assert _credits(copy, source, [(0, 0), (1, 1)]) == ["told HuffPost"]
    cites_it = source + " HuffPost reported the visit first."
    assert _credits(copy, cites_it, [(0, 0), (1, 1)]) == []


def test_an_interview_credits_only_the_sources_outlet() -> None:
    """ "He told CNN", not carried over, says where he spoke: it credits the copy's source
    only when CNN is the source's outlet, or one the copy credits for a report."""
    copy = "Steele may quit. He told CNN he would stay."
    source = "Steele may quit. Steele said he would stay."
    assert _credits(copy, source, [(0, 0), (1, 1)]) == []
    assert _credits(copy, Article(source, outlet="cnn"), [(0, 0), (1, 1)]) == ["told CNN"]
    reported = copy + " CNN reported the talks first."
    assert _credits(reported, source, [(0, 0), (1, 1)]) == ["told CNN", "CNN reported"]


def test_a_report_the_source_names_as_a_pieces_author_is_carried_over() -> None:
    """A source whose story "followed an article in The Daily Caller" cites that outlet's
    report: the copy's "The Daily Caller reported" carries the citation over."""
    source = "Steele may quit. His remarks followed an article in The Daily Caller on Monday."
    copy = "Steele may quit. He made the remarks after a story, The Daily Caller reported."
    assert _credits(copy, source, [(0, 0), (1, 1)]) == []
    assert _credits(copy, "Steele may quit. He spoke on Monday.", [(0, 0), (1, 1)]) == [
        "The Daily Caller reported"
    ]
    # the partner points back to the piece the sentence before it names
    pointing = "Steele may quit. It followed a piece in The Daily Caller. The article said so."
    assert _credits(copy, pointing, [(0, 0), (1, 2)]) == []


def test_a_report_credit_for_the_sources_own_interview_credits_the_source() -> None:
    """The source's "officials told HuffPost" is an interview HuffPost did: the copy's
    "HuffPost said" credits HuffPost's story, not a citation carried over."""
    source = "Steele is expected to step down. Officials told HuffPost he would stay."
    for copy in (
        "Steele may quit. He would stay, HuffPost said, citing officials.",
        "Steele may quit. He would stay, as first reported by HuffPost.",
    ):
        assert len(_credits(copy, source, [(0, 0), (1, 1)])) == 1
    # a report the source credits too is carried over
    reported = "Steele is expected to step down. HuffPost reported he would stay."
    copy = "Steele may quit. He would stay, HuffPost reported."
    assert _credits(copy, reported, [(0, 0), (1, 1)]) == []


@pytest.mark.parametrize(
    ("text", "outlets"),
    [
        (
            "Crews stayed, the Northmoor Fire and Rescue Service said in a statement.",
            ["Northmoor Fire and Rescue Service"],
        ),
        (
            "Crews stayed, the Harlan Police Department said Monday in a statement.",
            ["Harlan Police Department"],
        ),
        ("Crews stayed, Dana Whitfield said in a statement.", []),
        ("Crews stayed, the White House said in a statement.", []),
    ],
)
def test_a_statement_an_organisation_issues_credits_it(text: str, outlets: list[str]) -> None:
    assert credited_outlets(text) == outlets


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "It will pay, according to a press release from the state Department of Health.",
            "state Department of Health",
        ),
        (
            "It will shut, according to a statement from the office of local MPP Ann Lee.",
            "office of local MPP Ann Lee",
        ),
    ],
)
def test_a_document_of_a_public_body_or_an_office_credits_it(text: str, outlet: str) -> None:
    assert credited_outlets(text) == [outlet]


@pytest.mark.parametrize(
    ("text", "phrase", "issuer"),
    [
        (
            "Lee will fight the plan, according to a statement from her office.",
            "according to a statement from her office",
            "her office",
        ),
        (
            "In a statement from his Senate office, Lee said the plan was wrong.",
            "In a statement from his Senate office",
            "his Senate office",
        ),
        (
            '"It is wrong," Ms Lee said in a statement from her office.',
            "Ms Lee said in a statement from her office",
            "Ms Lee's office",
        ),
        (
            "She said in a statement issued by her office that it was wrong.",
            "said in a statement issued by her office",
            "her office",
        ),
    ],
)
def test_a_statement_from_an_office_named_by_a_pronoun_credits_it(
    text: str, phrase: str, issuer: str
) -> None:
    """A statement "from her office" is that office's document, as one from "Sen. Lee's
    office" is; the pronoun opening a sentence is no name ("She's office")."""
    assert _phrases(text) == [(phrase, issuer)]


def test_a_paper_the_copy_points_back_to_is_the_one_its_partner_cites() -> None:
    """A copy's "the paper reports" on a sentence whose source partner cites the Washington
    Post relays that citation: it stands for the Post, not for the outlet the copy credited
    before, and is carried over."""
    source = (
        "The mayor is expected to resign. The Washington Post reported that she hired her brother."
    )
    copy = "The mayor may quit, HuffPost reports. She hired her brother, the paper reports."
    assert _credits(copy, source, [(0, 0), (1, 1)]) == ["HuffPost reports"]
    # with no citation in the partner, "the paper" is the outlet credited before
    plain = "The mayor is expected to resign. She hired her brother."
    assert _credits(copy, plain, [(0, 0), (1, 1)]) == ["HuffPost reports", "the paper reports"]


# An organisation's own notice, in its own voice, and a news story that attributes it.
_NOTICE = (
    "Officers stopped a van on the A12 at 2am on Sunday. "
    "Two men were arrested. "
    "We are appealing for witnesses."
)
_STORY = (
    "Officers stopped a van on the A12 at 2am on Sunday, police said. "
    "Two men were arrested, according to a spokesman."
)


def test_an_organisation_named_as_the_speaker_of_its_own_notice_is_credited() -> None:
    """ "Kestrel Police said" on a sentence the source states in its own voice names the
    source's author: the copy credits the force's notice as "said in a news release" would."""
    copy = "Kestrel Police said officers stopped a van on the A12 on Sunday. Two men were held."
    assert _credits(copy, _NOTICE, [(0, 0), (1, 1)]) == ["Kestrel Police said"]
    # where the source attributes the words itself, the copy carries the attribution over
    assert _credits(copy, _STORY, [(0, 0), (1, 1)]) == []
    # "Police" alone, or "the department", is any force: no source is named
    for speaker in ("Police said", "The department said"):
        unnamed = copy.replace("Kestrel Police said", speaker)
        assert _credits(unnamed, _NOTICE, [(0, 0), (1, 1)]) == []
    # a person is no organisation
    person = copy.replace("Kestrel Police", "Ann Lee")
    assert _credits(person, _NOTICE, [(0, 0), (1, 1)]) == []
    # a sentence aligned to nothing says nothing of the source
    assert _credits(copy, _NOTICE, [(1, 1)]) == []


def test_an_organisation_the_source_quotes_is_not_credited() -> None:
    """A source sentence that is a quotation whole is the organisation's words the source
    reports, not its own voice: the copy's "the Kestrel Host Committee said" relays them."""
    source = (
        "On Monday, the Kestrel Host Committee came out against the bill, stating, "
        "“We have heard loud and clear from our members. "
        "We do not support this legislation.”"
    )
    copy = "“We do not support this legislation,” the Kestrel Host Committee said on Monday."
    assert _credits(copy, source, [(0, 1)]) == []
    # the same words in the source's own voice: its own notice, credited
    notice = "The Kestrel Host Committee met on Monday. We do not support this legislation."
    assert _credits(copy, notice, [(0, 1)]) == ["the Kestrel Host Committee said"]


def test_quoted_speech_in_the_source_sentence_leaves_it_in_its_own_voice() -> None:
    notice = 'Officers said "enough" and stopped a van on the A12 on Sunday. Two men were held.'
    copy = "Kestrel Police said officers stopped a van on the A12 on Sunday. Two men were held."
    # "said" outside the quotation attributes the sentence: no credit
    assert _credits(copy, notice, [(0, 0)]) == []
    quoted = 'The van held "what officers said was stolen lead" on Sunday. Two men were held.'
    assert _credits(copy, quoted, [(0, 0)]) == ["Kestrel Police said"]


def test_one_person_who_told_an_outlet_twice_gave_it_one_interview() -> None:
    """A source that says twice that one named person told an outlet reports that outlet's
    interview, not its own: the copy's "told Axios", carried over, credits no source."""
    source = (
        "Mr. Trump told Axios during an interview that was released on Tuesday that it ends. "
        "Mr. Trump told Axios that his lawyers agreed."
    )
    copy = "Mr. Trump told Axios in an interview released on Tuesday that it ends."
    assert _credits(copy, source, [(0, 0)]) == []
    # several people who told it: the outlet's own reporting (as above)
    several = source.replace("Mr. Trump told Axios that", "Ms. Lee told Axios that")
    assert _credits(copy, several, [(0, 0)]) == ["told Axios"]


def test_a_writer_of_an_outlet_named_by_the_source_is_its_citation() -> None:
    """The source's "The Washington Post reporter Robert Costa writes" cites the Post's
    piece: the copy's "Robert Costa of The Washington Post wrote" carries it over."""
    source = (
        "Christie will run. The Washington Post reporter Robert Costa writes of Christie "
        "today that his status has vanished."
    )
    copy = "Christie will run. Robert Costa of The Washington Post wrote that his status has gone."
    assert _credits(copy, source, [(0, 0), (1, 1)]) == []
    source_in = source.replace(
        "The Washington Post reporter Robert Costa writes of",
        "Robert Costa in The Washington Post writes of",
    )
    assert _credits(copy, source_in, [(0, 0), (1, 1)]) == []
    # the source names no writer of the Post: the copy's credit names its own source
    plain = source.replace("The Washington Post reporter Robert Costa writes of", "Aides said of")
    assert _credits(copy, plain, [(0, 0), (1, 1)]) == ["The Washington Post wrote"]


def test_a_statement_the_copy_is_written_from_credits_its_author() -> None:
    """ "Councilmember Ann Ruiz said in a statement" on sentences the source states in its
    own words: the source is her statement, and the copy credits it; a news story that
    says so of its source's own "said in a statement" only relays the attribution."""
    copy = (
        "Councilmember Ann Ruiz said in a statement that she will vote against the sale. "
        "She wants a hearing."
    )
    statement = "I will vote against the sale of Kessler Field. I want a public hearing."
    assert _credits(copy, statement, [(0, 0), (1, 1)]) == [
        "Councilmember Ann Ruiz said in a statement"
    ]
    story = "Ruiz said in a statement Tuesday she will vote against the sale. She wants a hearing."
    assert _credits(copy, story, [(0, 0), (1, 1)]) == []
    reported = "Ruiz said she will vote against the sale. She wants a public hearing."
    assert _credits(copy, reported, [(0, 0), (1, 1)]) == []
    quoting = "Ruiz spoke on Monday. “I will vote against the sale. I want a public hearing.”"
    assert _credits(copy, quoting, [(0, 1), (1, 2)]) == []
    # a sentence aligned to nothing says nothing of the source
    assert _credits(copy, statement, [(1, 1)]) == []
    # the author's own "I was told" is still the statement's own voice; "According to
    # Ruiz" after the credit is a second credit of her statement (pr-80)
    told = "I was told on Monday of the sale, and I will vote against it. I want a hearing."
    later = copy + " According to Ruiz, the land was appraised in private."
    assert _credits(later, told + " The land was appraised in private.", [(0, 0), (2, 2)]) == [
        "Councilmember Ann Ruiz said in a statement",
        "According to Ruiz",
    ]


def test_a_report_credit_put_for_another_citation_of_the_source_is_carried_over() -> None:
    """The source cites Politico's report and says an insider told the Washington Post; the
    copy's "the Washington Post reported" on the Politico sentence mixed the two up (a
    changed fact), and credits no source."""
    source = (
        "Steele may quit. Politico reported that he has built no team. "
        "One insider told the Washington Post he would stay."
    )
    copy = "Steele may quit. The Washington Post reported that he has built no team."
    assert _credits(copy, source, [(0, 0), (1, 1)]) == []
    # written from a sentence of the source's own reporting too: the credit may be of it
    assert _credits(copy, source, [(0, 0), (1, 0), (1, 1)]) == ["The Washington Post reported"]
    # an outlet the source never names: the copy credits its own source
    unnamed = source.replace("One insider told the Washington Post", "One insider said")
    assert _credits(copy, unnamed, [(0, 0), (1, 1)]) == ["The Washington Post reported"]
    # the copy names the partner's outlet too: its source, citing Politico
    citing = copy.replace("reported that", "reported, citing Politico, that")
    assert _credits(citing, source, [(0, 0), (1, 1)]) == ["The Washington Post reported"]


def test_an_organisation_the_source_names_as_its_speaker_is_not_credited() -> None:
    """The source's "The Kestrel Port Authority revealed ..." reports the body's words: the
    copy's "the Kestrel Port Authority said" carries that attribution over (rw-263b)."""
    copy = "The Kestrel Port Authority said on Thursday that the report ran to 300 pages."
    named = "The Kestrel Port Authority revealed on Thursday that the report ran to 300 pages."
    assert _credits(copy, named, [(0, 0)]) == []
    unnamed = "On Thursday the report was found to run to 300 pages."
    assert _credits(copy, unnamed, [(0, 0)]) == ["Kestrel Port Authority said"]


def test_an_organisation_speaking_in_a_transcripts_turn_is_not_credited() -> None:
    """A transcript's turn is a person's spoken words, no body's document: "the Kestrel Port
    Authority said" names who spoke at the press conference (pr-201)."""
    copy = "The Kestrel Port Authority said a new terminal will open next month."
    transcript = "ANN LEE: Good morning. We will open a new terminal next month.\n\nREPORTER: When?"
    assert _credits(copy, transcript, [(0, 1)]) == []
    # the same words in a notice, not spoken: the body's own document, credited
    notice = transcript.replace("ANN LEE: ", "").replace("REPORTER: ", "")
    assert _credits(copy, notice, [(0, 1)]) == ["Kestrel Port Authority said"]


def test_a_statement_the_source_cites_is_its_attribution_carried_over() -> None:
    """The source says the congressman apologised "in a statement released by his office"
    and quotes it; the copy's "Rep. Ann Lee said in a statement released by her office" on
    that quotation relays the source's attribution, and credits no source (rw-434b)."""
    copy = "“I regret my reaction,” Rep. Ann Lee said in a statement released by her office."
    source = (
        "Rep. Ann Lee has apologized in a statement released by her office. "
        "“I regret my reaction,” Lee said."
    )
    assert _credits(copy, source, [(0, 1)]) == []
    # the statement itself as the source: the copy credits it
    statement = "The vote was close. I regret my reaction to the question."
    assert _credits(copy, statement, [(0, 1)]) == [
        "Rep. Ann Lee said in a statement released by her office"
    ]
    # "catch-and-release" names no release
    compound = "Fishing is catch-and-release only. I regret my reaction to the question."
    assert _credits(copy, compound, [(0, 1)]) == [
        "Rep. Ann Lee said in a statement released by her office"
    ]
