"""Each quote status on short texts written for the test, and speaker resolution."""

from __future__ import annotations

from unittest.mock import ANY

import pytest

from newstrace.analyse.quotes import check_quotes, extract_quotes, same_person
from newstrace.analyse.speakers import Speaker
from newstrace.model import Article, QuoteCheck
from newstrace.pipeline import prepare

SOURCE = (
    "“We will rebuild the bridge before winter,” Mayor Ana Ruiz said, “and we will pay for it "
    "with the state grant.”\n\n"
    "The council member Tom Hale said: “This plan is reckless and far too expensive for the town.”"
)


def _checks(derived: str, source: str = SOURCE) -> list[QuoteCheck]:
    a, b = prepare(Article(derived)), prepare(Article(source))
    return check_quotes(a, b, [])


def test_a_quote_split_by_an_attribution_is_one_quote_with_two_pieces() -> None:
    [quote] = extract_quotes(prepare(Article(SOURCE.split("\n\n")[0])))
    assert len(quote.pieces) == 2
    assert quote.speaker is not None and quote.speaker.name == "Ana Ruiz"


def test_exact() -> None:
    [check] = _checks(
        "Hale called the idea “reckless.” He said: “This plan is reckless and far too expensive for the town.”"
    )[1:]
    assert check.status == "exact" and check.speaker == "Hale"


def test_joined() -> None:
    [check] = _checks(
        "Ruiz said: “We will rebuild the bridge before winter and we will pay for it with the state grant.”"
    )
    assert check.status == "joined"
    assert check.b_text is not None and check.b_text.startswith("We will rebuild")


def test_truncated() -> None:
    [check] = _checks("Ruiz promised to “rebuild the bridge before winter.”")
    assert check.status == "truncated"


def test_altered_gives_the_word_diff() -> None:
    [check] = _checks("Hale said: “This plan is reckless and far too costly for the town.”")
    assert check.status == "altered"
    assert check.diff == ("-expensive", "+costly")


def test_unmatched() -> None:
    [check] = _checks("Ruiz said: “Nobody asked us about the ferry.”")
    assert check.status == "unmatched" and check.b_span is None


def test_pronouns_resolve_to_the_last_named_speaker() -> None:
    text = "Mr. Kerry said: “First point.” Later he added: “Second point.” Trump, as usual, hit back. “Third,” he said."
    speakers = [
        q.speaker.name if q.speaker else None for q in extract_quotes(prepare(Article(text)))
    ]
    assert speakers == ["Kerry", "Kerry", "Trump"]


def test_spans_point_at_the_quoted_words() -> None:
    derived = "Hale said: “This plan is reckless and far too costly for the town.”"
    [check] = _checks(derived)
    [piece] = check.a_spans
    assert derived[piece.start : piece.end].startswith("This plan is reckless")
    assert (
        check.b_span is not None and SOURCE[check.b_span.start : check.b_span.end] == check.b_text
    )


@pytest.mark.parametrize(
    ("source", "derived", "status"),
    [
        pytest.param(
            "“We need American strength and more,” Ruiz said. Her plan: “American strength,” “jobs.”",
            "She listed “American strength,” first.",
            "exact",
            id="the_whole_of_a_quote_of_b_is_exact_even_when_another_holds_its_words",
        ),
        pytest.param(
            "Tom Hale vowed to end “[Mayor Ana] Ruiz's war on the ferry” this year.",
            "Hale vowed to end “Ruiz's war on the ferry.”",
            "exact",
            id="words_in_brackets_are_the_writers",
        ),
        pytest.param(
            "“We must rebuild the bridge before winter. ... We will pay for it with the grant,” Ruiz said.",
            "“We will pay for it with the grant,” Ruiz said.",
            "exact",
            id="the_part_between_ellipses_is_a_whole_quote",
        ),
        # B's words run on across its two quotations ("... winter" and "we will ..."): not a
        # statement's sentence, two quotations given as one
        pytest.param(
            "Ruiz said the town would “rebuild the bridge before winter” and “pay for it with the state grant.”",
            "Ruiz said the town would “rebuild the bridge before winter and pay for it with the state grant.”",
            "joined",
            id="joined_from_two_quotations_that_run_on_in_the_source_text",
        ),
        # "no regrets" is shorter than a joined run, but it is a whole quotation of B
        pytest.param(
            "Ruiz said she had “no regrets” about the vote and would “defend the plan before the council.”",
            "Ruiz said she had “no regrets and defend the plan before the council.”",
            "joined",
            id="joined_with_a_whole_two_word_quotation",
        ),
        # news style: the quote left open at the paragraph's end goes on in the next one
        pytest.param(
            "Mayor Ana Ruiz said: “We will pay for it ourselves.\n\nThe state grant will not come in time.”",
            "Ruiz said: “We will pay for it ourselves. The state grant will not come in time.”",
            "exact",
            id="a_quotation_going_on_in_the_next_paragraph_is_one",
        ),
        # "unfair" is one word, but a whole quotation of B, taken as a unit and run together
        # with another of B's quotations
        pytest.param(
            "Ruiz called the ruling “unfair.” Her allies called it “unsound and unworkable,” saying "
            "the court had overreached.",
            "Ruiz called the ruling “unfair, unsound and unworkable,” she said.",
            "joined",
            id="joined_with_a_whole_one_word_quotation",
        ),
    ],
)
def test_the_status_of_the_copys_one_quotation(source: str, derived: str, status: str) -> None:
    [check] = _checks(derived, source)
    assert check.status == status


def test_joined_from_two_quotes_of_b() -> None:
    source = (
        "“We will rebuild the bridge,” Ruiz said. She added: “The state grant will pay for it.”"
    )
    [check] = _checks(
        "“We will rebuild the bridge and the state grant will pay for it,” Ruiz said.", source
    )
    assert check.status == "joined"
    assert check.b_text is not None and check.b_text.startswith("We will rebuild")


def test_joined_from_a_statements_own_words() -> None:
    statement = (
        "A pause with no end date is not a pause. It is a cancellation in all but name. "
        "To the parents: I hear you, and I will not let this go."
    )
    [check] = _checks(
        "“A pause with no end date is not a pause - it is a cancellation in all but name, and I "
        "will not let this go,” Ms Osei said.",
        statement,
    )
    assert check.status == "joined"


def test_a_statements_whole_sentence_is_exact_and_a_part_truncated() -> None:
    statement = "Safety comes before schedules, every single time. We are sorry for the disruption."
    exact, cut = _checks(
        "“We are sorry for the disruption,” she said. “Safety comes before schedules.”", statement
    )
    assert (exact.status, cut.status) == ("exact", "truncated")


def test_a_list_items_whole_sentence_is_exact() -> None:
    # talking points: the bullet before the item's first word does not make it a part
    statement = (
        "-Dana has stood up for veterans for twenty years.\n\n"
        "-On a few occasions, Dana misspoke and she will admit that those were mistakes. "
        "That takes nothing away from her service."
    )
    [check] = _checks(
        "Her campaign wrote: “On a few occasions, Dana misspoke and she will admit that those "
        "were mistakes.”",
        statement,
    )
    assert check.status == "exact"


def test_an_excerpt_opening_with_a_quotation_keeps_its_quotes_in_place() -> None:
    # the excerpt's own mark before the quotation's ('""We have ...'): the attribution
    # between the quotation's two pieces is not quoted, the second piece is
    source = (
        "Here is an excerpt from the report:\n\n"
        '“"We have learned something important since those days,” Mr. Hale said in Norwalk. '
        "“Whatever we call it, we owe our troops unconditional support.”\n\n"
        "There was one problem: Mr. Hale never served.”"
    )
    first, second = _checks(
        "“We have learned something important since those days,” Hale told the crowd. "
        "“Whatever we call it, we owe our troops unwavering support.”",
        source,
    )
    assert (first.status, second.status) == ("exact", "altered")


# --- misattributed: claimed only on evidence a reader would accept ---


def test_same_person_across_two_texts() -> None:
    from newstrace.analyse.quotes import same_person
    from newstrace.analyse.speakers import Speaker

    assert same_person(
        Speaker("goelman", "Aitan Goelman", "aitan"), Speaker("goldman", "Aitan Goldman", "aitan")
    )
    assert not same_person(
        Speaker("hutchinson", "Asa Hutchinson", "asa"),
        Speaker("hutchinson", "Seth Hutchinson", "seth"),
    )
    assert same_person(Speaker("kerry", "Kerry"), Speaker("kerry", "John Kerry", "john"))
    # two surnames, the first taken for a given name
    assert same_person(
        Speaker("neito", "Pena Neito", "pena"), Speaker("nieto", "Enrique Pena Nieto", "enrique")
    )
    assert same_person(
        Speaker("nieto", "Pena Nieto", "pena"), Speaker("nieto", "Enrique Pena Nieto", "enrique")
    )


def test_the_attribution_of_the_quote_before_names_nobody_new() -> None:
    # the body in the attribution does not break the run of the speaker's quotes
    source = (
        "Governor Tom Ruiz met the mayor. “The talks went well,” Ana Ortiz, a lawyer with "
        "the Center for Civic Rights, said. “We will not sign this bill today.”"
    )
    [_, check] = _checks(
        "“The talks went well,” Ana Ortiz said. “We will not sign this bill today,” Tom Ruiz said.",
        source,
    )
    assert check.status == "misattributed"


def test_whole_sentences_of_a_longer_quotation_are_exact() -> None:
    source = "“We lost the vote. We will try again next year,” Tom Ruiz said."
    [whole] = _checks("“We will try again next year,” Tom Ruiz said.", source)
    [part] = _checks("Ruiz said they would “try again next year.”", source)
    assert (whole.status, part.status) == ("exact", "truncated")


def test_misattributed_when_b_redescribes_its_unnamed_staffer_paragraphs_on() -> None:
    # "the Democratic staffer", two paragraphs after "A senior Democratic staffer told ...",
    # is that staffer, not Reid, whom B quotes in the paragraph between
    source = (
        "A senior Democratic staffer told reporters the vote was near.\n\n"
        "“I intend to file cloture this week,” said Harry Reid on the floor.\n\n"
        "“We already have things on the calendar,” said the Democratic staffer."
    )
    checks = _checks("“We already have things on the calendar,” Reid said.", source)
    assert [(c.status, c.b_speaker) for c in checks] == [
        ("misattributed", "A senior Democratic staffer")
    ]


SHORT_SOURCE = (
    "Mayor Ana Ruiz backed the plan. The council member Tom Hale did not. "
    "“Teachers should teach,” Hale said."
)


@pytest.mark.parametrize(
    ("source", "copy", "index", "status"),
    [
        pytest.param(
            "Mayor Ana Ruiz backed the plan. Tom Hale did not. “Utter folly,” Hale said.",
            "Mayor Ana Ruiz disagrees with Tom Hale. “Utter folly,” Ruiz said.",
            0,
            "misattributed",
            id="a_two_word_whole_quote_named_in_both_texts_is_misattributed",
        ),
        # "To Pike she added: "..."": the copy gives the words to Ruiz, as B does
        pytest.param(
            "Tom Pike was sworn in on Thursday.\n\n"
            "“I got your back @TomPike - the Bronx and Detroit ride together,” Ana Ruiz tweeted.",
            "Tom Pike was sworn in on Thursday.\n\nAna Ruiz took to Twitter on Saturday. “Republicans "
            "are hypocrites,” she wrote. To Pike she added: “I got your back @TomPike - the Bronx "
            "and Detroit ride together.”",
            -1,
            "exact",
            id="no_misattribution_to_the_one_a_tweet_is_addressed_to",
        ),
        # 'His successor, Felipe Ruiz, told CNN: "...!" Pike insists that ...': Pike opens the
        # next sentence; the words are Ruiz's in both texts
        pytest.param(
            "Tom Pike wants the wall. Mr. Hale’s successor, Felipe Ruiz, spoke up this month.\n\n"
            "“We are not going to pay any single cent for such a stupid wall!” Mr. Ruiz told CNN.",
            "Dan Hale spoke first. His successor, Felipe Ruiz, told CNN this month: “We are not "
            "going to pay any single cent for such a stupid wall!” Tom Pike insists that as "
            "president he could force them to pay.",
            -1,
            "exact",
            id="no_misattribution_to_the_subject_of_the_sentence_after_an_exclamation",
        ),
        # the copy's "Pike ... he told Hale" after Tom and Ana Pike: B's Tom Pike, maybe
        pytest.param(
            "Dan Hale mocked Ana Pike, the wife of Senator Tom Pike. Calling Mr. Hale a “sniveling "
            "coward,” Mr. Pike told his rival to “leave Ana the hell alone.”",
            "Dan Hale fought Senator Tom Pike all week. He mocked Ana Pike online.\n"
            "Pike, who had spent Wednesday quoting a movie in her defense, had had enough. "
            "“Sniveling coward, leave Ana the hell alone,” he told Hale.",
            -1,
            "joined",
            id="no_misattribution_to_one_of_two_people_a_bare_surname_may_be",
        ),
        # B: '"...that that is just outrageous talk," Boehner said'; the copy: Hemmer's
        pytest.param(
            "House Speaker Tom Pike spoke to Fox's Dan Hale on Sunday. Pike dismissed the remark. "
            "“I think that that is just outrageous talk,” Pike said.",
            "House Speaker Tom Pike spoke to Fox's Dan Hale on Sunday. The remark was “just "
            "outrageous talk,” Hale said.",
            -1,
            "misattributed",
            id="misattributed_three_words_of_a_quote_both_texts_give_to_people_named_in_full",
        ),
        # "not welcome": a common phrase two people may each say
        pytest.param(
            "Ana Ruiz met Tom Pike on Sunday. “I think he is not welcome here,” Ruiz said.",
            "Ana Ruiz met Tom Pike on Sunday. The senator is “not welcome,” Pike said.",
            -1,
            "truncated",
            id="two_words_of_a_quote_given_to_people_named_in_full_are_no_claim",
        ),
        pytest.param(
            "Gov. Dan Hale faced pressure from Walmart. Chief Executive Tom Pike called on the "
            "governor to veto the bill, which he said “threatens to undermine the spirit of inclusion.”",
            "Gov. Dan Hale signed a new bill on Thursday. Walmart chief Tom Pike had also urged a "
            "veto of a bill Hale warned “threatens to undermine the spirit of inclusion.”",
            -1,
            "misattributed",
            id="misattributed_in_a_relative_clause_with_no_that",
        ),
        # B's "Hale said" closes a sentence that names Pike only as what the dispute is over: the
        # words are Hale's, so the copy giving them to Pike, named right next to them, is wrong
        pytest.param(
            "Tom Hale and Ann Pike met on Monday. Any dispute over Pike's vote concerns “the "
            "rights of one member of the council,” not the party's line, Hale said.",
            "Ann Pike has cast her vote as “the rights of one member of the council,” Pike said.",
            0,
            "misattributed",
            id="words_given_by_the_source_after_naming_another_only_as_the_topic",
        ),
        # the copy's "he" is Pike to a reader, not Hale, whom "according to" cites: no claim
        pytest.param(
            "“I had no idea how to run an office,” Rep. Tom Pike said in December. His chief of "
            "staff, Dan Hale, said he would wait.",
            "Rep. Tom Pike said he would wait for the law.\n\n"
            "According to his chief of staff, Dan Hale, he would decide once the law changed. "
            "“I had no idea how to run an office,” he said.",
            0,
            "exact",
            id="a_he_after_a_name_apposed_in_a_fronted_phrase_is_no_sure_other_speaker",
        ),
        # "Her sister's scathing answer:" after "Mary Ruiz, daughter of Tom Ruiz, used Facebook
        # to answer her older sister": not the father, whom B never gives the words (rw-625b)
        pytest.param(
            "Mary Ruiz, a daughter of former Mayor Tom Ruiz, posted to Facebook. Ana Ruiz said "
            "the town should vote on it.\n\n"
            "“Rights are not put to a show of hands,” Mary Ruiz wrote on Facebook.",
            "Mary Ruiz, daughter of former Mayor Tom Ruiz, used Facebook to answer her older "
            "sister Ana, a council candidate, over the bridge. Ana Ruiz said on Friday the town "
            "should vote on it. Her sister's scathing answer: “Rights are not put to a show of "
            "hands.”",
            -1,
            "exact",
            id="no_misattribution_by_her_sister_read_as_a_father",
        ),
        # '"...," embattled Rep. Dan Hale (R-Ohio) said' where B's words are his lawyer's
        # (fresh48's rw-622)
        pytest.param(
            "Rep. Dan Hale faces charges. His lawyer, Tom Pike, spoke for him.\n\n"
            "“We are disappointed by the decision, but hardly surprised,” Pike said.",
            "Rep. Dan Hale faces charges.\n\n"
            "“We are disappointed by the decision, but hardly surprised,” embattled Rep. Dan "
            "Hale (R-Ohio) said.",
            -1,
            "misattributed",
            id="misattributed_to_a_speaker_described_by_a_word_in_ed",
        ),
        # ", and even Pike calls him "..."" where B gives the words to Ruiz (rw-619)
        pytest.param(
            "Tom Pike wrote about the mayor. Ana Ruiz explains why: “He has become a maestro of "
            "the town hall meeting, taking questions until none remain.”",
            "Ana Ruiz warns against writing him off, and even Tom Pike calls him “a maestro of "
            "the town hall meeting.”",
            -1,
            "misattributed",
            id="misattributed_to_the_subject_of_a_clause_opened_by_an_adverb",
        ),
    ],
)
def test_the_status_of_a_quotation_of_the_copy(
    source: str, copy: str, index: int, status: str
) -> None:
    assert _checks(copy, source)[index].status == status


def test_a_two_word_whole_quote_carried_on_from_a_quote_before_is_not_claimed() -> None:
    # the copy names no one next to "utter folly": it goes on with Ruiz's quote, a reading
    source = "Mayor Ana Ruiz backed the plan. Tom Hale did not. “Utter folly,” Hale said."
    copy = "Mayor Ana Ruiz disagrees with Tom Hale. “We will build it,” Ruiz said. “Utter folly.”"
    assert _checks(copy, source)[1].status != "misattributed"


# B's speaker resolved by a "he": not named right next to the words
SPOKEN_SOURCE = (
    "Mayor Ana Ruiz backed the plan. Tom Hale, a council member, attacked her on Twitter, as "
    "he called on her to apologize and “stop lying.”"
)


def test_two_whole_words_after_a_speech_verb_of_another_clause_are_not_claimed() -> None:
    # the name is no subject of a speech verb that runs on into the quote: a reading
    copy = "Tom Hale attacked the plan. Mayor Ana Ruiz hit back and scoffed at his “stop lying.”"
    assert _checks(copy, SPOKEN_SOURCE)[0].status != "misattributed"


def test_two_whole_words_a_body_says_are_not_claimed() -> None:
    # "Google said it": a body's voice, which may be its spokesperson's words; "Google
    # Drive" is no person named in full under that name
    source = (
        "Services that can be monitored include Google Drive files. A spokesperson for Google "
        "says the company “cares deeply” about the security of users' data."
    )
    copy = "Several firms deny it. Google said it “cares deeply” about the security of its users."
    assert _checks(copy, source)[0].status != "misattributed"


def test_two_whole_words_a_named_person_is_ordering_another_to_say() -> None:
    copy = "Tom Hale attacked the plan, with Mayor Ana Ruiz ordering her critic to “stop lying.”"
    assert _checks(copy, SPOKEN_SOURCE)[0].status == "misattributed"


def test_two_whole_words_after_another_thing_a_named_person_tells_another_to_do() -> None:
    # "with Trump telling Fox to apologize and "stop lying"": the quote is the second of
    # the two things she tells him to do, still in her mouth (fresh53's rw-680b)
    copy = (
        "Tom Hale attacked the plan, with Mayor Ana Ruiz telling Hale to apologize and "
        "“stop lying.”"
    )
    assert _checks(copy, SPOKEN_SOURCE)[0].status == "misattributed"


def test_two_whole_words_a_relative_who_tells_another() -> None:
    # "Flynn, who has said he feels "very badly"": the relative's verb is the name's own
    # (fresh25's rw-345b)
    copy = "Tom Hale attacked the plan. Mayor Ana Ruiz, who told him to “stop lying,” left early."
    assert _checks(copy, SPOKEN_SOURCE)[0].status == "misattributed"


def test_two_whole_words_after_an_absolute_clause_ending_in_a_place() -> None:
    # "with Fox demanding an apology on Facebook and Trump telling him to "stop lying"":
    # the name after "on Facebook and" is the second clause's subject, alone (fresh45's rw-583)
    copy = (
        "The spat grew, with Tom Hale demanding an apology on Facebook and Ana Ruiz telling "
        "him to “stop lying.”"
    )
    assert _checks(copy, SPOKEN_SOURCE)[0].status == "misattributed"


PRESIDENT_SOURCE = (
    "President Tom Pike said his opponent for president, Ana Ruiz, lied many times. Jo "
    "Bell, his aide, pleaded guilty on Friday to lying to the FBI.\n\nLeaving for Utah, "
    "the president said he felt “very badly” for Bell."
)


def test_two_whole_words_of_the_president_given_to_his_aide_by_an_epithet() -> None:
    # "The disgraced general, fired in February, has said he feels "very badly"": a
    # definite role the copy gave no one, the one person just named, without doubt, as
    # plain as his name before the verb (fresh53's rw-684)
    copy = (
        "Jo Bell pleaded guilty on Friday. The disgraced general, fired in May, has said he "
        "feels “very badly.”"
    )
    assert _checks(copy, PRESIDENT_SOURCE)[0].status == "misattributed"


def test_two_whole_words_after_an_epithet_of_two_people_are_not_claimed() -> None:
    # guard: the role may be either of two people named just before: no one for sure
    copy = (
        "Jo Bell and Tom Hale pleaded guilty on Friday. The disgraced general, fired in May, "
        "has said he feels “very badly.”"
    )
    assert _checks(copy, PRESIDENT_SOURCE)[0].status != "misattributed"


def test_two_whole_words_of_the_president_given_to_his_aide() -> None:
    # B's "the president" is the one titled so, not his opponent for president, who seeks
    # the office: sure, so the copy's aide, named right before his own speech verb, is given
    # the president's words (fresh25's rw-345, fresh53's rw-684's source)
    source = (
        "President Tom Pike said his opponent for president, Ana Ruiz, lied many times. Jo "
        "Bell, his aide, pleaded guilty on Friday to lying to the FBI.\n\nLeaving for Utah, "
        "the president said he felt “very badly” for Bell."
    )
    copy = (
        "Jo Bell pleaded guilty on Friday. Bell, whom Pike fired in May, has said he feels "
        "“very badly.”"
    )
    assert _checks(copy, source)[0].status == "misattributed"


def test_a_short_fragment_given_to_another_is_not_claimed() -> None:
    [check] = _checks(
        "Mayor Ana Ruiz disagrees with Tom Hale. Ruiz wants teachers to “teach,” she said.",
        SHORT_SOURCE,
    )
    assert check.status != "misattributed"


PAIR_SOURCE = (
    "Tom Hale met the governor on Monday.\n\n"
    "“Every day the governor gives us more evidence that he is unfit,” House Leader Ana Ruiz "
    "(D) and Assistant House Leader Joe Pike (D) said in a statement."
)


def test_she_said_against_a_man_the_copy_names_and_calls_a_father() -> None:
    # the copy names its speaker in full beside the words and tells he is a man ("Their
    # father, former senator Tom Hale,"): B's "she" is someone else, whoever she is
    source = (
        "Tom Hale backs the bill, and his daughter Lena Hale echoed him when she added, "
        "“Freedom means freedom for everyone.”"
    )
    derived = (
        "Their father, former Ohio senator Tom Hale, backs the bill and has long said, "
        "“Freedom means freedom for everyone.”"
    )
    [check] = _checks(derived, source)
    assert check.status == "misattributed"
    # a copy that tells nothing of his sex leaves B's "she" a person it may name too
    plain = derived.replace("Their father, former Ohio senator Tom Hale,", "Tom Hale")
    [check] = _checks(plain, source)
    assert check.status == "exact"


# fresh18's rw-261 in small: B gives Hale's words by "began his questions by saying", the
# copy carries its "she" past a sentence naming him to words it gives by "opened with".
_HALE_SOURCE = (
    "Ana Ruiz testified for hours. “What difference does it make?” Mrs. Ruiz said.\n\n"
    "Senator Tom Hale, Republican of Ohio, began his questions by saying, “It is "
    "wonderful to see you in good health and as combative as ever,” and then "
    "complained.\n\nMr. Hale pressed on."
)
_HALE_COPY = (
    "Her sharpest clash came with Senator Ron Pike, on a point where Republicans accused "
    "officials, Ana Ruiz above all, of playing it down. “What difference does it make?” "
    "she said, her voice rising. Senator Tom Hale, Republican of Ohio, opened with “It is "
    "wonderful to see you in good health and as combative as ever,” then complained."
)


def test_the_sex_the_source_tells_of_its_speaker_is_no_sign() -> None:
    # B names Hale next to the words and calls him "Mr. Hale" elsewhere, but B's words are
    # his by its attribution, which tells no sex; the copy's "she", carried over from the
    # quote before to words it attributes in a way not read ("opened with"), is no sign
    source, copy = _HALE_SOURCE, _HALE_COPY
    assert [c.status for c in _checks(copy, source)] == ["exact", "exact"]


def test_a_quote_carried_past_a_sentence_naming_someone_keeps_no_pronoun() -> None:
    # the two texts compared the other way: B (here the copy) does not surely carry its
    # "she" on to the words after "Senator Tom Hale ... opened with", whose sentence names
    # him; the "his" the first text tells of Hale is no sign against a pronoun that is not
    # the quote's (fresh18's rw-261 with the source first, a false claim on main)
    source, copy = _HALE_SOURCE, _HALE_COPY
    assert "misattributed" not in [c.status for c in _checks(source, copy)]
    # a quote that surely goes on with the one before keeps its "she": a woman's words
    copy_on = (
        "Ana Ruiz testified for hours. “What difference does it make?” she said. “It is "
        "wonderful to see you in good health and as combative as ever.”"
    )
    [check] = [c for c in _checks(source, copy_on) if c.text.startswith("It is")]
    assert check.status == "misattributed"


_ONE_MEMBERS_SOURCE = (
    "Senate Majority Leader Tom Hale backed the bill on Tuesday.\n\n"
    "“There will be no new tax inside it,” Hale told a local station. “That is my own "
    "position.”"
)


@pytest.mark.parametrize(
    "group",
    [
        "Voters want a cut, but most Senate Republicans oppose it, insisting: ",
        "Voters want a cut, but hard-line Senate Republicans have signalled otherwise: ",
        "Hardline Senate Republicans insist there ",
    ],
)
def test_one_members_words_given_to_his_group_told_which_of_them(group: str) -> None:
    # a lower-case word telling which of the party's members ("most", "hard-line") opens
    # the group's name; "insist", the plural's verb, is a verb of speech
    derived = "Senate Majority Leader Tom Hale backed the bill on Tuesday. " + group
    derived += "“There will be no new tax inside it.”"
    [check] = _checks(derived, _ONE_MEMBERS_SOURCE)
    assert check.status == "misattributed"


def test_two_quotes_made_one_by_an_attribution_are_checked_piece_by_piece() -> None:
    # B gives the two halves as two quotations, the second with a word changed in the copy:
    # not found whole, each piece is checked on its own
    source = (
        "“We will rebuild the bridge before winter,” said Ana Ruiz, a lawyer with the Tenants "
        "Union, “but it will take more than a promise to finish the work.”"
    )
    copy = (
        "“We will rebuild the bridge before winter,” said Ana Ruiz of the Tenants Union, “but "
        "it will take more than a pledge to finish the work.”"
    )
    assert [c.status for c in _checks(copy, source)] == ["exact", "altered"]


def test_words_after_a_colon_in_lower_case_are_no_whole_sentence() -> None:
    # "two things: that ..." goes on with the sentence before the colon: the words from the
    # colon on are a part of B's quotation, not a sentence of it
    source = (
        "“The tenants asked us for two things: that the rent stop rising and that the heat "
        "stay on all winter,” Mayor Ana Ruiz said. “We will do both.”"
    )
    copy = (
        "Ruiz said tenants want “that the rent stop rising and that the heat stay on all winter.”"
    )
    [check] = _checks(copy, source)
    assert check.status == "truncated"


def test_altered_when_the_character_match_starts_inside_a_word() -> None:
    # the best character match of "disqualify anyone from holding office" in B's quote is
    # "squalify anyone from serving in offic": its first word is still one of the window's
    source = (
        "A spokesperson for Mike Pence said the vice president “found the allegations in the "
        "story disturbing and believes, if true, this would disqualify anyone from serving in "
        "office.”"
    )
    copy = "Mike Pence's office said the claims would, if true, “disqualify anyone from holding office.”"
    [check] = _checks(copy, source)
    assert check.status == "altered"
    assert check.b_text is not None and check.b_text.startswith("disqualify anyone")


def test_a_quote_with_a_word_changed_is_altered_not_joined_from_running_text() -> None:
    # "work at the town hall": the copy changed "for" to "at"; "at the town hall" also
    # stands in B's own narration, but a quotation altered by a word is the reading, not
    # a quoted run joined to the writer's words
    source = (
        "Ana Ruiz spent nine years at the town hall.\n\n"
        "“I feel responsible for the three hundred people who work for the town hall,” Ruiz "
        "told the council."
    )
    copy = "“I feel responsible for the three hundred people who work at the town hall,” Ruiz said."
    [check] = _checks(copy, source)
    assert check.status == "altered"


def test_misattributed_when_a_headlines_words_are_given_to_a_writer() -> None:
    # B's words are a headline's ("The headline ... reads, "..."), no one's; the copy gives
    # them to a writer B names, in another paragraph and with no document beside her
    source = (
        "The magazine put the senator on its cover. The headline advertising the story "
        "reads, “THE QUEEN OF RAGE.”\n\n"
        "The profile is long, though writer Ana Ruiz does criticize the senator's allies."
    )
    copy = "“THE QUEEN OF RAGE,” writer Ana Ruiz calls her."
    [check] = _checks(copy, source)
    assert check.status == "misattributed"
    # B says she wrote the headline: her words, as the copy has them
    hers = source.replace(
        "The profile is long, though writer Ana Ruiz does criticize the senator's allies.",
        "Writer Ana Ruiz wrote that headline for the cover.",
    )
    [check] = _checks(copy, hers)
    assert check.status == "exact"


def test_misattributed_to_one_of_two_people_of_a_surname() -> None:
    # "Mrs. Clinton" of two Clintons is no sure person, but surely a Clinton: B gives the
    # words to Ruiz, whoever of the Clintons the copy means
    copy = (
        "Tom Pike later praised Hillary Clinton and former President Bill Clinton at lunch.\n\n"
        "Democrats were not impressed. “I was pretty shocked by how dark it was,” Mrs. "
        "Clinton said."
    )
    source = (
        "Tom Pike later praised Hillary Clinton at lunch.\n\n"
        "“I was pretty shocked by how dark it was,” Senator Ana Ruiz, Democrat of Ohio, said."
    )
    [check] = _checks(copy, source)
    assert check.status == "misattributed" and check.speaker == "Clinton"
    # B gives them to a Clinton: the copy may mean that one
    hers = source.replace("Senator Ana Ruiz, Democrat of Ohio,", "Hillary Clinton")
    [check] = _checks(copy, hers)
    assert check.status == "exact"


def test_no_misattribution_on_two_guesses_one_across_a_paragraph() -> None:
    # neither text attributes the words, each opening a paragraph after another speaker's
    # quote: a reader's guess on each side, two people, and no evidence of a misattribution
    copy = (
        "Tom Pike listened to residents in a corner booth. “You are the man,” Pike told a "
        "police captain.\n\n“We didn’t know it was the attorney general coming, and then he "
        "sat with us for an hour.”\n\nAna Ruiz called the meeting wonderful."
    )
    source = (
        "Tom Pike came to the town on Wednesday.\n\n“He said there need to be changes made,” "
        "Ana Ruiz said. “If things were done right from the start, none of this would have "
        "happened.”\n\n“We didn’t know it was the attorney general coming, and then he sat "
        "with us for an hour.”\n\nPike also met with prosecutors."
    )
    check = _checks(copy, source)[-1]
    assert (check.speaker, check.b_speaker) == ("Tom Pike", "Ana Ruiz")
    assert check.status == "exact"
    # the copy names its speaker in the quote's own sentence: one guess, a claim
    named = copy.replace("for an hour.”", "for an hour,” Pike said.")
    assert _checks(named, source)[-1].status == "misattributed"


@pytest.mark.parametrize(("given", "status"), [("Ana", "exact"), ("Eva", "misattributed")])
def test_a_speaker_called_by_a_given_name_is_the_one_the_source_names_with_it(
    given: str, status: str
) -> None:
    # the copy never writes "Ana Ruiz" (only "the Ruiz sisters"): "Ana" is still B's Ana
    # Ruiz, who said it; "Eva" is B's Eva Ruiz, who did not
    source = (
        "Ana Ruiz and her sister Eva Ruiz argued on Friday. “I am against the new bridge,” "
        "Ana Ruiz said. “It is not for a show of hands,” Eva Ruiz wrote."
    )
    copy = (
        f"The Ruiz sisters are feuding in public. {given}, the report notes, laid out her "
        "position, saying: “I am against the new bridge.”"
    )
    assert _checks(copy, source)[0].status == status


def test_misattributed_after_a_quote_whose_sentence_began_inside_the_one_before() -> None:
    # '"... I'm hopeful," she said, adding that "..."': she is Ruiz, named before, not "I'm"
    source = (
        "Ana Ruiz and Tom Hale spoke on Friday.\n\n"
        "“We got this done,” Hale said, adding that “we can never hold the town hostage again.”"
    )
    [check] = _checks(
        "Mayor Ana Ruiz met reporters. “We are not at that place. I'm hopeful,” she said, "
        "adding that “we can never hold the town hostage again.”",
        source,
    )[1:]
    assert (check.status, check.b_speaker) == ("misattributed", "Tom Hale")
    assert check.speaker == "Ana Ruiz"


def test_no_misattribution_to_a_word_fronted_before_it_isnt() -> None:
    # B's "Subtle, it isn't." names no one, so its "the prime minister says" is no
    # "Subtle"'s: the words stay the prime minister's, as A's Tom Pike's
    source = (
        "A group airs Tom Pike's own words in an ad. Subtle, it isn't.\n\n"
        "“Every day that passes, the river gets closer to the houses,” the prime minister says."
    )
    [check] = _checks(
        "“Every day that passes, the river gets closer to the houses,” Prime Minister Tom Pike "
        "is shown saying.",
        source,
    )
    assert check.status != "misattributed"


def test_no_misattribution_for_words_inside_a_named_owners_vow() -> None:
    # the copy's 'Pike said when asked about Ruiz's vow to "..."' gives the words to Ruiz,
    # as the source does, not to Pike, the sentence's speaker
    source = (
        "Council member Ana Ruiz vowed to “fire that crook,” meaning the treasurer.\n\n"
        "Mayor Tom Pike shrugged it off."
    )
    copy = (
        "“I am not in the censorship business,” Mayor Tom Pike said when asked about council "
        "member Ana Ruiz's foul-mouthed vow to “fire that crook,” meaning the treasurer."
    )
    checks = _checks(copy, source)
    assert [c.status for c in checks if c.text.startswith("fire")] == ["exact"]
    assert not [c for c in checks if c.status == "misattributed"]


def test_no_misattribution_for_words_inside_a_vow_owned_by_a_party_description() -> None:
    # the copy's "The mayor was asked about the Ohio Democrat's vow, made ..., to "..."": the
    # words are the Democrat's, not the mayor's (fresh50's rw-649b, a false claim)
    source = (
        "Council member Ana Ruiz vowed to “fire that crook,” meaning the treasurer.\n\n"
        "Mayor Tom Pike shrugged it off."
    )
    copy = (
        "Mayor Tom Pike says he won't police council member Ana Ruiz's mouth. The mayor was "
        "asked about the Ohio Democrat's vow, made hours after the vote, to “fire that "
        "crook,” meaning the treasurer."
    )
    assert [c.status for c in _checks(copy, source)] == ["exact"]


@pytest.mark.parametrize(
    ("source", "copy", "claims"),
    [
        # the copy gives the aide's words to the mayor, the sentence's subject, and credits the
        # outlet after them ("BayNews said, citing ..."): the outlet is no speaker (fresh50's
        # rw-646, where the outlet was read as the speaker)
        pytest.param(
            "Ana Ruiz, the press secretary for Rep. Tom Pike (D-Ohio), wrote that the students "
            "should “try showing a little class.”",
            "Ana Ruiz, press secretary to Rep. Tom Pike (D-Ohio), had gone after the students. In "
            "the post, Pike told them to “try showing a little class,” BayNews said, citing the "
            "full text.",
            [("misattributed", "Tom Pike", "Ana Ruiz")],
            id="misattributed_in_a_sentence_a_cited_outlet_relays",
        ),
        # B's "and one blogger asking, "..."" is someone unnamed; the copy gives the question to
        # Ana Ruiz, whom B names (fresh43's rw-559)
        pytest.param(
            "Mayor Ana Ruiz is on the cover. Conservative websites are crying foul over it, with "
            "some saying it makes Ruiz look “crazy” and one blogger asking, “Can anyone really "
            "say with a straight face that the paper is fair?”",
            "Mayor Ana Ruiz is on the cover. “Can anyone really say with a straight face that "
            "the paper is fair?” Ruiz asked.",
            [("misattributed", "Ana Ruiz", "one blogger")],
            id="misattributed_for_a_question_an_unnamed_blogger_asked",
        ),
        # both texts name the father and the son; the copy gives the son's words to the father
        # (a surname long enough for the two keys to pass for one name's spellings)
        pytest.param(
            "Tom Hollister Jr. pleaded guilty on Friday. “I used money I should not have used,” Mr. "
            "Hollister said when asked whether he would accept the deal. His father, the Rev. Tom "
            "Hollister, sat behind him.",
            "Tom Hollister Jr. pleaded guilty on Friday. “I used money I should not have used,” the "
            "Rev. Tom Hollister said when asked whether he would accept the deal.",
            [("misattributed", "Tom Hollister", "Tom Hollister Jr.")],
            id="misattributed_to_the_father_of_the_son_who_said_them",
        ),
        # the copy calls its speaker by a surname alone; B names one person of that surname in
        # full and gives the words to another: a reader takes the copy's word for B's person
        pytest.param(
            "President Barack Obama has refused to meet the prime minister. “It has always been "
            "bipartisan,” Susan Rice added in the interview.",
            "The president refuses to meet the prime minister. “It has always been bipartisan,” "
            "Obama has said of the relationship.",
            [("misattributed", "Obama", "Susan Rice")],
            id="misattributed_to_a_surname_the_copy_never_names_in_full",
        ),
        # "Republican Ana Ruiz touts "..."": the party is no given name, and Ana Ruiz, named in
        # full, is given Tom Pike's words (fresh51's rw-659)
        pytest.param(
            "Tom Pike's apology noted his own stint “doing farm jobs and working a grain "
            "elevator.” Ana Ruiz, a candidate, said she grew up on a farm.",
            "Republican Ana Ruiz touts “doing farm jobs and working a grain elevator.”",
            [("misattributed", "Ana Ruiz", "Tom Pike")],
            id="misattributed_to_a_name_after_its_party",
        ),
        # '"...," Tom Hale said, referring to when Ruiz said she wasn't going to pay for "..."':
        # Ruiz's words, which the copy gives to Hale (fresh51's rw-656b)
        pytest.param(
            "Mayor Ana Ruiz opposed the visit. “She invited me too,” Tom Hale said, referring to "
            "when Ruiz said she wasn't going to pay for “that stupid wall.”",
            "Mayor Ana Ruiz opposed the visit. That was a reference to Tom Hale saying he wasn't "
            "going to pay for “that stupid wall.”",
            [("misattributed", "Tom Hale", "Ana Ruiz")],
            id="misattributed_words_a_speaker_gave_after_another_quote_was_attributed",
        ),
        # "after video emerged of him warning that "..."": Hale's words, given by the copy to
        # Ruiz (fresh51's rw-659b)
        pytest.param(
            "Tom Hale apologized to Senator Ana Ruiz, a Republican, and “anyone I may have "
            "offended” after video emerged of him warning that “a farmer who never went to law "
            "school” could chair the committee.",
            "Senator Ana Ruiz has called herself “a farmer who never went to law school.”",
            [("misattributed", "Ana Ruiz", "Tom Hale")],
            id="misattributed_words_a_recording_shows_another_speaking",
        ),
        # the whip's words given to "House GOP leaders" by a copy that names him too (fresh52's
        # rw-665): one leader's words made the leadership's line
        pytest.param(
            "“There won't be amnesty inside it,” House Majority Whip Tom Pike said. He spoke in "
            "his district.",
            "House Majority Whip Tom Pike backed legal status. “There won't be amnesty inside "
            "it,” House GOP leaders have insisted.",
            [("misattributed", "House GOP leaders", "Tom Pike")],
            id="misattributed_one_leaders_words_given_to_the_leaders",
        ),
        # "in Harkin's words:" gives the words to Harkin, as "in the words of Harkin" does; B's
        # are Braley's (fresh55's rw-709b, read as the quote before's speaker's)
        pytest.param(
            "Rep. Bruce Braley (D-Iowa), who is running to succeed retiring Sen. Tom Harkin "
            "(D-Iowa), faced tough local coverage Tuesday.\n\n“Or you might have a farmer from "
            "Iowa who never went to law school, never practiced law, serving as the next chair of "
            "the Senate Judiciary Committee,” he continued, referring to Grassley.",
            "Rep. Bruce Braley, the Iowa Democrat running for retiring Sen. Tom Harkin's seat, "
            "drew tough local coverage Tuesday. The alternative, in Harkin's words: “a farmer "
            "from Iowa who never went to law school, never practiced law, serving as the next "
            "chair of the Senate Judiciary Committee.”",
            [("misattributed", "Tom Harkin", "Bruce Braley")],
            id="misattributed_to_the_one_in_whose_words_the_copy_says_they_are",
        ),
        # B's "Pelosi reasoned that ...": reasoning aloud is speaking, and the words are hers;
        # the copy gives them to the interviewer (fresh55's rw-706b)
        pytest.param(
            "Asked for her reaction, House Speaker Nancy Pelosi said it was a free speech issue, "
            "she told MSNBC’s Joy Reid.\n\nPelosi reasoned that while Trump’s comments have the "
            "power to “impact people’s lives,” the new congresswoman’s comments do not.",
            "House Speaker Nancy Pelosi shrugged off the remark, she told MSNBC's Joy Reid. Reid "
            "noted that Trump's words can “impact people's lives” while Tlaib's cannot.",
            [("misattributed", "Joy Reid", "Nancy Pelosi")],
            id="misattributed_words_a_speaker_reasoned",
        ),
        # "Trump told Vincente Fox to apologize and "stop lying."": whom the verb addresses,
        # named in full, is one of its few words (fresh55's rw-702b); B's are Fox's
        pytest.param(
            "Donald Trump found himself in a Twitter war with former Mexican President Vicente "
            "Fox.\n\nThis triggered a fiery response from Fox, also on Twitter, as he called on "
            "Trump to apologize and “stop lying.”",
            "Donald Trump was already trading tweets with former Mexican President Vicente Fox. "
            "Then Trump told Vincente Fox to apologize and “stop lying.”",
            [("misattributed", "Donald Trump", "Vicente Fox")],
            id="misattributed_words_put_in_a_mouth_telling_someone_named_in_full",
        ),
        # B's 'she said. "I put my arms around ..."': whoever "she" is (a guess here, past
        # "Joint Base Andrews" read as a person), the quote after is a woman's; the copy gives
        # it to "Mr. Obama" (fresh55's rw-710)
        pytest.param(
            "Hillary Rodham Clinton on Wednesday vigorously defended her handling of the "
            "attack.\n\nBut Mrs. Clinton quickly departed from the script. She choked up as she "
            "described being at Joint Base Andrews outside Washington when the bodies arrived."
            "\n\n“I stood next to President Obama as the Marines carried those flag-draped "
            "caskets off the plane at Andrews,” she said. “I put my arms around the mothers and "
            "fathers, sisters and brothers, sons and daughters.”",
            "Hillary Rodham Clinton on Wednesday vigorously defended her handling of the attack. "
            "“I stood next to President Obama as the Marines carried those flag-draped coffins "
            "off the plane at Andrews,” she said. “I put my arms around the mothers and fathers, "
            "sisters and brothers, sons and daughters,” Mr. Obama said.",
            [
                ("altered", "Hillary Rodham Clinton", "Hillary Rodham Clinton"),
                ("misattributed", "Obama", "Hillary Rodham Clinton"),
            ],
            id="misattributed_to_a_man_a_womans_quote_running_on",
        ),
        # "the Minnesota Democrat said" after the sentence whose one subject is Sen. Al Franken:
        # he, though the text never told his state; B's words are Leahy's (rw-89), a claim
        # that a remark owned in the sentence before would make a guess (rw-706, below)
        pytest.param(
            "Sen. Pat Leahy (D-Vt.) called this “an extraordinary blockade.” “It was totally "
            "unprecedented in our country’s whole history,” he added.\n\nResponding to Gorsuch’s "
            "stated belief, Sen. Al Franken (D-Minn.) explained, “And you know, you said "
            "earlier, there are no Democratic judges.”",
            "Sen. Pat Leahy called that an extraordinary blockade. Sen. Al Franken reminded "
            "Gorsuch that he had said there are no Democratic judges and no Republican judges, "
            "and asked what, in that case, the Garland episode had been about. “It was totally "
            "unprecedented in our country's whole history,” the Minnesota Democrat said.",
            [("misattributed", "Al Franken", "Pat Leahy")],
            id="misattributed_to_a_party_epithet_for_the_subject_just_before",
        ),
    ],
)
def test_a_copy_gives_words_to_another_speaker(
    source: str, copy: str, claims: list[tuple[str, str | None, str | None]]
) -> None:
    claimed = [(c.status, c.speaker, c.b_speaker) for c in _checks(copy, source)]
    assert claimed == claims


@pytest.mark.parametrize(
    ("source", "copy"),
    [
        # the copy's 'When Tom Pike needled him ..., he shot back' gives the words to the man
        # needled, Hale, as the source does (fresh42's rw-555b)
        pytest.param(
            "Tom Pike and Dan Hale met on Tuesday. “But I always say what I mean,” Hale "
            "responded when Pike raised his gaffes.",
            "“They are my neighbors,” Dan Hale said. When Tom Pike needled him over his gaffes, "
            "he shot back: “But I always say what I mean.”",
            id="to_the_one_who_acted_on_him_before_he_answered",
        ),
        # the copy's 'The spot closes on "..."' after Pike's quote gives the words to the ad,
        # not to Pike; the source's announcer is no one the copy contradicts (fresh44's rw-569b)
        pytest.param(
            "The new ad stars Tom Pike. “Why wait until it is too late?” Mr. Pike is shown "
            "saying. Then an unseen announcer concludes: “The town needs strength, not "
            "apologies.”",
            "The group's new ad stars Tom Pike. Pike asks, “Why wait until it is too late?” The "
            "spot closes on “The town needs strength, not apologies,” a jab at the mayor.",
            id="of_a_line_a_medium_carries",
        ),
        # the copy's 'A written statement that "..." calmed no one' after Hale's quote gives
        # the words to a document it names no author for, not to Hale; the source's Pike, who
        # wrote it, is no one the copy contradicts (fresh54's rw-695)
        pytest.param(
            "Dan Hale said the mayor's remarks were “wildly inaccurate.” Trying to calm the "
            "furor, Tom Pike issued a statement saying: “There is no question that the town "
            "must keep its library open.”",
            "Dan Hale called the remarks “wildly inaccurate” and told Tom Pike to reconsider. A "
            "written statement that “the town must keep its library open” calmed no one.",
            id="of_a_statement_the_copy_names_no_author_for",
        ),
        # "The Michigan Democrat had vowed to "..."" after "Pelosi has shrugged off ... Rashida
        # Tlaib's remark": the epithet may be the remark's owner, not the subject; the words
        # are Tlaib's in both texts (fresh55's rw-706, a false claim)
        pytest.param(
            "House Speaker Nancy Pelosi is not upset over Michigan Rep. Rashida Tlaib’s vulgar "
            "comment on impeaching President Donald Trump.\n\nAsked for her reaction to Tlaib’s "
            "“colorful language” ― the new Democratic congresswoman vowed to “impeach that "
            "motherfucker,” referring to Trump ― Pelosi said it was a free speech issue.",
            "House Speaker Nancy Pelosi has shrugged off freshman Rep. Rashida Tlaib's remark "
            "about impeaching President Donald Trump, made hours after Wednesday's swearing-in. "
            "The Michigan Democrat had vowed to “impeach that motherfucker”; Pelosi called it a "
            "free speech issue.",
            id="to_a_party_epithet_after_a_remark_someone_else_owns",
        ),
        # "His words, she argued, can "..."": "his" takes back Trump, just named, and "she" is
        # someone else; the source's "Pelosi reasoned that ..." names her (fresh40's rw-525)
        pytest.param(
            "Trump infamously bragged about grabbing women “by the pussy” in a leaked tape.\n\n"
            "Pelosi reasoned that while Trump’s comments have the power to “impact people’s "
            "lives,” the new congresswoman’s comments do not.",
            "Pelosi said she is not in the censorship business. Trump, after all, bragged on a "
            "2005 tape about grabbing women “by the pussy.” His words, she argued, can “impact "
            "people’s lives”; the congresswoman's can't.",
            id="to_the_man_a_his_before_an_aside_of_she_takes_back",
        ),
    ],
)
def test_no_misattribution_of_the_last_quote(source: str, copy: str) -> None:
    assert [c.status for c in _checks(copy, source)][-1] != "misattributed"


def test_a_line_of_the_one_person_named_given_to_his_chief_of_staff() -> None:
    # the source's "he added", read back over sentences that each refer back ("he
    # announced", "urged him"), is Pike, the one person it has named before; the copy gives
    # the line to Hale by name: misattributed (fresh54's rw-693b)
    source = (
        "Rep. Tom Pike is resigning from Congress, he announced Friday.\n\nPike said in "
        "December that he would not run again. A few of his colleagues urged him to quit, "
        "which Pike has denied.\n\n“I know it is time for me to move along,” he said in the "
        "statement.\n\nIn his video, flanked by a flag, he added: “It has been an honor and "
        "a privilege to serve.”\n\n“He is waiting on the advice of counsel,” Dan Hale, "
        "Pike’s chief of staff, told reporters."
    )
    copy = (
        "Rep. Tom Pike is leaving Congress, announcing it Friday in a statement.\n\n“I know "
        "it is time for me to move along,” he said in the statement. “It has been an honor "
        "and a privilege to serve,” Dan Hale, his chief of staff, added in the video."
    )
    assert [c.status for c in _checks(copy, source)] == ["exact", "misattributed"]


_BODY_SOURCE = (
    "The bill is not expected to pass the Senate, where Majority Leader Tom Pike has said it "
    "is dead on arrival.\n\n"
    "The National Tenants Alliance, in a letter to Congress, urged members to vote no.\n\n"
    "“They will have the effect of silencing necessary voices,” the NTA wrote."
)


@pytest.mark.parametrize(
    ("source", "status"),
    [
        (_BODY_SOURCE, "misattributed"),
        # B names Pike in a sentence with the body: he may speak for it (a guard)
        (_BODY_SOURCE.replace("has said it", "and the NTA have said it"), "exact"),
    ],
)
def test_a_bodys_words_given_to_a_person_b_never_ties_to_it(source: str, status: str) -> None:
    # the copy gives the alliance's letter ('"...," the NTA wrote') to Pike by name, whom B
    # names only as the Senate's leader: misattributed (fresh54's rw-698)
    copy = (
        "The bill is dead on arrival in the Senate, Majority Leader Tom Pike has said.\n\n"
        "“They will have the effect of silencing necessary voices,” Pike said."
    )
    assert [c.status for c in _checks(copy, source)][-1] == status


def test_no_misattribution_of_an_announcers_line_to_another_announcer() -> None:
    # both texts give the line to an ad's voice, each describing it its own way: one voice
    # (a guard, which main passes too)
    source = (
        "A new ad for Tom Pike ends. Then an unseen announcer concludes: “The town needs strength.”"
    )
    copy = "A new ad for Tom Pike ends. A narrator closes: “The town needs strength.”"
    assert [c.status for c in _checks(copy, source)] == ["exact"]


# --- who said it: the copy's one quote, its status and the speakers the two texts give ---

_TAKE_PART_SOURCE = (
    "Ana Ruiz posted on Sunday. So, she added: “Let everybody take part, good and bad, "
    "and we will figure it out!”\n\n"
    "Tom Hale, a radio host, has backed her before."
)


# each case: the copy, the source, then the check's status, speaker and b_speaker; ANY
# where the case does not say
@pytest.mark.parametrize(
    ("copy", "source", "status", "speaker", "b_speaker"),
    [
        pytest.param(
            "“This plan is reckless and far too expensive for the town,” Ruiz said.",
            SOURCE,
            "misattributed",
            "Ruiz",
            "Tom Hale",
            id="misattributed",
        ),
        pytest.param(
            "Representative Elijah E. Cummings, the committee's senior Democrat, cautioned Republicans.\n\n"
            "“We know where that will lead. It will lead to a special prosecutor,” the congressman said.",
            "Representative Stephen F. Lynch of Massachusetts raised the threat of a special prosecutor.\n\n"
            "“We know where that will lead. It will lead to a special prosecutor,” he said.\n\n"
            "Representative Elijah E. Cummings spoke later.",
            "misattributed",
            "Elijah E. Cummings",
            "Stephen F. Lynch",
            id="misattributed-between-a-role-and-a-pronoun",
        ),
        pytest.param(
            "“She has voted for good trade deals and against bad ones,” campaign chairman John Podesta said.",
            "“We'll see where this goes,” Karen Finney told reporters. “She has voted for good trade deals "
            "and against bad ones.”\n\nCampaign chairman John Podesta was on television.",
            "misattributed",
            ANY,
            ANY,
            id="misattributed-when-a-quote-goes-on-with-the-speaker-before",
        ),
        pytest.param(
            "“It was painstaking work, and I'm proud of the team,” Mendes said.",
            "DISTRICT ATTORNEY LAURA MENDES: The money was meant for the children.\n\n"
            "DETECTIVE SERGEANT CARLA IBSEN: It was painstaking work, and I'm proud of the team.",
            "misattributed",
            ANY,
            "Carla Ibsen",
            id="misattributed-against-a-transcripts-speaker",
        ),
        pytest.param(
            "Arkansas Gov. Asa Hutchinson spoke on Monday.\n\n"
            "“It is always a lively and engaging conversation,” the governor said.",
            "Governor Asa Hutchinson spoke on Monday. His son, Seth Hutchinson, wrote to him.\n\n"
            "Father and son talk often, Seth Hutchinson said.\n\n"
            "“It is always a lively and engaging conversation,” Mr. Hutchinson said.",
            "misattributed",
            "Asa Hutchinson",
            "Seth Hutchinson",
            id="misattributed-between-two-people-of-one-surname",
        ),
        # "Goldman" for "Goelman" is a changed fact, not another speaker.
        pytest.param(
            "“This decision is deeply troubling to all of us,” Aitan Goldman said.",
            "“This decision is deeply troubling to all of us,” said Aitan Goelman, the agent's attorney.",
            "exact",
            ANY,
            ANY,
            id="a-misspelt-name-is-no-other-speaker",
        ),
        # the copy gives the words, by a colon after "Rep. Tom Pike (R-Ala.), who ...,", to
        # Pike; B gives them to Dan Hale, by a "he" right after his name
        pytest.param(
            "Rep. Tom Pike (R-Ala.), who used his belt as a tourniquet on a wounded staffer, "
            "credited the officers: “It would have been a massacre without them.”",
            "Rep. Tom Pike (R-Ala.) told reporters that he used his belt as a tourniquet.\n\n"
            "Sen. Dan Hale said the officers saved lives. “It would have been a massacre without "
            "them,” he said.",
            "misattributed",
            "Tom Pike",
            "Dan Hale",
            id="misattributed-to-a-legislator-named-with-his-party-before-a-colon",
        ),
        # B names Dan Hale only in "the choice of Dan Hale" (a full name after "of" may be a
        # place's, so it is not read as a mention); the copy gives Pike's words to him
        pytest.param(
            "“He stole $700 billion from the fund to pay for his plan,” Dan Hale said.",
            "In the wake of the choice of Dan Hale as running mate, the campaigns traded blows.\n\n"
            "“He stole $700 billion from the fund to pay for his plan,” said party chair Tom Pike.",
            "misattributed",
            ANY,
            "Tom Pike",
            id="misattributed-to-someone-b-names-in-full-after-of",
        ),
        # B gives "inappropriate", as a whole quote, to Dan Hale named next to it; the copy to
        # Ana Ruiz, named next to it too: two people named in full, one word is enough
        pytest.param(
            "Ana Ruiz called the meeting “inappropriate” before the vote.",
            "Ana Ruiz spoke on Monday.\n\n"
            "Dan Hale said it would be “inappropriate” to meet the leader before the vote.",
            "misattributed",
            "Ana Ruiz",
            "Dan Hale",
            id="misattributed-one-word-between-two-people-named-in-full",
        ),
        # an organisation ("WikiLeaks") has no given name: it speaks through its founder
        pytest.param(
            "Julian Assange said he would “confirm” the story.",
            "Julian Assange spoke on Monday.\n\nWikiLeaks said it would “confirm” the story.",
            "exact",
            ANY,
            ANY,
            id="no-one-word-misattribution-when-a-speaker-is-not-named-in-full",
        ),
        pytest.param(
            "“This decision is deeply troubling to all of us,” Tom Pike said.",
            "“This decision is deeply troubling to all of us,” said Aitan Goelman, the agent's attorney.",
            "exact",
            ANY,
            ANY,
            id="no-misattribution-when-b-never-names-the-copys-speaker",
        ),
        # "he" after a sentence whose subject is no one person: either of the two
        pytest.param(
            "“The talks went well for both of us,” Ruiz said.",
            "On Monday the talks between Sen. Paul Vance and Governor Ana Ruiz ran late. "
            "“The talks went well for both of us,” he said.",
            "exact",
            ANY,
            ANY,
            id="no-misattribution-when-a-speaker-is-not-sure",
        ),
        pytest.param(
            "“We want a fair and open vote,” Ruiz said.",
            "“We want a fair and open vote,” Tom Hale said. Mayor Ana Ruiz said it too: “We want a "
            "fair and open vote.”",
            "exact",
            ANY,
            ANY,
            id="no-misattribution-when-b-also-gives-the-words-to-the-copys-speaker",
        ),
        # a reader takes "he" for the subject before it, whoever else that sentence names
        pytest.param(
            "“The talks went well for both of us,” Ruiz said.",
            "Paul Vance, the senator, met Governor Tom Ruiz on Monday. "
            "“The talks went well for both of us,” he said.",
            "misattributed",
            "Ruiz",
            "Paul Vance",
            id="he-is-the-subject-of-the-sentence-before",
        ),
        pytest.param(
            "“We will not sign this bill today,” Tom Ruiz said.",
            "Senator Paul Vance met Governor Tom Ruiz. "
            "Asked about the budget, Vance would not budge: “We will not sign this bill today.”",
            "misattributed",
            ANY,
            ANY,
            id="a-quote-announced-by-a-colon-is-its-subjects",
        ),
        # "the governor's plan": the governor is not who "he" is
        pytest.param(
            "“We will not sign this bill today,” Paul Vance said.",
            "Governor Tom Ruiz left early. Senator Paul Vance stayed on. "
            "If the governor's plan passed, he said, "
            "“we will not sign this bill today.”",
            "exact",
            ANY,
            ANY,
            id="an-owner-is-not-the-he-of-the-sentence",
        ),
        # "a Vance spokesman" is not Vance: an indefinite description brings in someone else
        pytest.param(
            "“The senator looks forward to a frank talk about the budget,” Paul Vance said.",
            "Sen. Paul Vance was in Denver on Monday.\n\n"
            "“The senator looks forward to a frank talk about the budget,” a Vance spokesman said.",
            "misattributed",
            ANY,
            "a Vance spokesman",
            id="misattributed-when-b-gives-the-words-to-an-unnamed-spokesman",
        ),
        pytest.param(
            "“The senator looks forward to a frank talk,” a spokesman said.",
            "“The senator looks forward to a frank talk,” Paul Vance's spokesman, Tom Hale, said.",
            "exact",
            ANY,
            ANY,
            id="an-unnamed-speaker-in-the-copy-is-no-misattribution",
        ),
        pytest.param(
            "Vance called the plan “a gift to the developers and nobody else.”",
            "Sen. Paul Vance spoke first.\n\n"
            "A spokesman for the Harbor Commission, Tom Hale, said the plan was “a gift to the "
            "developers and nobody else.”",
            "misattributed",
            ANY,
            "Tom Hale",
            id="a-spokesman-for-the-body-named-after-is-the-speaker",
        ),
        # "Bill" for "William": B names him, and gives his words to no one but Tom Hale
        pytest.param(
            "Bill Vance said the senator was “betting against our troops and rooting for failure.”",
            "William Vance, the publisher, wrote a letter.\n\n"
            "Tom Hale said the senator was “betting against our troops and rooting for failure.”",
            "misattributed",
            ANY,
            ANY,
            id="b-names-the-copys-speaker-by-another-given-name",
        ),
        pytest.param(
            "Dick Vance supports the plan but has also said states should decide. "
            "“Freedom means freedom for everyone,” the former senator has said.",
            "Mary Vance, a daughter of Senator Dick Vance, posted on Monday.\n\n“Freedom means freedom for everyone,” Mary Vance wrote.",
            "misattributed",
            "Dick Vance",
            ANY,
            id="a-role-the-text-gave-no-one-is-the-person-just-named",
        ),
        pytest.param(
            "“Today's charges include no allegations of any kind,” said Lindsey Walters.",
            "“Today's charges include no allegations of any kind,” said Lindsay Walters, the spokeswoman.",
            "exact",
            ANY,
            ANY,
            id="a-misspelt-given-name-of-the-source-speaker-is-no-other-speaker",
        ),
        pytest.param(
            "Mayor Ana Ruiz disagrees with Tom Hale. “Teachers should teach,” Ruiz said.",
            SHORT_SOURCE,
            "misattributed",
            ANY,
            ANY,
            id="a-short-whole-quote-given-to-another-is-misattributed",
        ),
        # the copy's own words give "stop lying" to Ruiz, told to Hale: Hale's words in B
        pytest.param(
            "Tom Hale attacked the plan. Mayor Ana Ruiz hit back, and Ruiz told him to “stop lying.”",
            SPOKEN_SOURCE,
            "misattributed",
            "Ana Ruiz",
            "Tom Hale",
            id="two-whole-words-put-in-a-named-persons-mouth-with-a-speech-verb",
        ),
        # "Ruiz, who also used private email, has said that "...": the clause tells about her,
        # the speech verb is still hers
        pytest.param(
            "Tom Hale attacked the plan. Mayor Ana Ruiz, who backed it, has told him to “stop lying.”",
            SPOKEN_SOURCE,
            "misattributed",
            "Ana Ruiz",
            ANY,
            id="two-whole-words-put-in-the-mouth-of-a-person-a-relative-clause-tells-about",
        ),
        # "Ruiz hit back on Twitter, telling him to "...": the participle is hers
        pytest.param(
            "Tom Hale attacked the plan. Mayor Ana Ruiz hit back on Twitter, telling him to “stop lying.”",
            SPOKEN_SOURCE,
            "misattributed",
            "Ana Ruiz",
            ANY,
            id="two-whole-words-in-a-named-persons-participle-of-speech",
        ),
        # the copy names Schumer by his surname alone; B names him in full, and gives the word
        # to another person named in full, right next to it
        pytest.param(
            "Some Republicans liked the idea, but Schumer said nominating him would be a “mistake.”",
            "Senate Minority Leader Chuck Schumer argued against a career politician. "
            "Sen. Claire McCaskill said it was a “mistake” to nominate him.",
            "misattributed",
            ANY,
            "Claire McCaskill",
            id="one-whole-word-given-to-a-person-the-source-names-in-full",
        ),
        # "declaring it": a participle of the speech verb, its subject named right before it
        pytest.param(
            "Dan Cathy's stand sparked boycotts, and conservatives rallied, Mike Huckabee declaring it “guilty as charged.”",
            "The chain's president, Dan Cathy, said the company was “guilty as charged” for its "
            "stand. Mike Huckabee called for an appreciation day.",
            "misattributed",
            "Mike Huckabee",
            ANY,
            id="a-three-word-whole-quote-declared-by-another-named-person",
        ),
        pytest.param(
            "“We had no defense at all that morning,” Brad Wenstrop said.",
            (
                "“We had no defense at all that morning,” Sen. Rand Paul said.\n\n"
                "Rep. Brad Wenstrup was also at the field."
            ),
            "misattributed",
            ANY,
            "Rand Paul",
            id="misattributed-when-the-copy-misspells-a-speaker-b-names-wenstrop",
        ),
        # "Pena Neito" is B's Enrique Pena Nieto: two surnames, the first no given name of
        # another man, the second misspelt
        pytest.param(
            "“We do not want him here,” said Pena Neito.",
            (
                "“We do not want him here,” former President Vicente Fox said.\n\n"
                "President Enrique Pena Nieto invited him anyway."
            ),
            "misattributed",
            ANY,
            "Vicente Fox",
            id="misattributed-when-the-copy-misspells-a-speaker-b-names-pena-neito",
        ),
        pytest.param(
            "“We do not want him here,” said Pena Neito.",
            "“We do not want him here,” President Enrique Pena Nieto said.",
            "exact",
            ANY,
            ANY,
            id="a-man-called-by-his-two-surnames-misspelt-is-the-source-speaker",
        ),
        # "As Pike put it," frames the sentence: the quotation after the writer's words is his
        pytest.param(
            "Tom Pike spoke for her. As Pike put it, the mayor “has every right to speak her mind "
            "on any case.”",
            "Tom Pike spoke for the mayor. “The mayor has every right to speak her mind on any "
            "case,” Ana Ruiz said.",
            "misattributed",
            ANY,
            "Ana Ruiz",
            id="misattributed-after-as-someone-put-it-then-the-writers-words",
        ),
        # a joint statement's words are the pair's; the copy gives them to Tom Hale
        pytest.param(
            "“Every day the governor gives us more evidence that he is unfit,” Tom Hale said.",
            PAIR_SOURCE,
            "misattributed",
            ANY,
            "Ana Ruiz and Joe Pike",
            id="misattributed-when-a-pairs-words-go-to-a-third-person-b-names",
        ),
        pytest.param(
            "“Every day the governor gives us more evidence that he is unfit,” Ana Ruiz said.",
            PAIR_SOURCE,
            "exact",
            ANY,
            ANY,
            id="a-pairs-words-given-to-one-of-the-pair-are-no-misattribution",
        ),
        # "NAME, OFFICE:" heads the words as "NAME:" does: the name is the speaker
        pytest.param(
            "“A section of the brick arch has given way,” Dune said.",
            "MAYOR RITA OLSEN: Nobody was hurt tonight.\n\n"
            "KARL DUNE, PUBLIC WORKS DIRECTOR: A section of the brick arch has given way.",
            "exact",
            ANY,
            "Karl Dune",
            id="a-transcript-label-may-give-the-office-after-a-comma",
        ),
        # "he" against "she": not one person, whoever each stands for, though B's "she" has two
        # women to stand for and neither resolution alone is sure
        pytest.param(
            "Sen. Paul Vance spoke on Monday. He met Governor Ana Ruiz and Maria Ruiz.\n\n"
            "Paul Vance was blunt. “Freedom means freedom for every family in this state,” he said.",
            "Governor Ana Ruiz and her sister Maria Ruiz met the press on Monday.\n\n"
            "“Freedom means freedom for every family in this state,” she said.",
            "misattributed",
            ANY,
            ANY,
            id="misattributed-when-he-said-is-she-said-in-the-source",
        ),
        pytest.param(
            "Tom Hale left the court. His lawyer, Ann Bell, spoke first.\n\n"
            "“I misled the town and I am sorry for it,” she said.",
            "Tom Hale and his wife, Lena Hale, left the court.\n\n"
            "“I misled the town and I am sorry for it,” Mr. Hale said.",
            "misattributed",
            ANY,
            ANY,
            id="she-said-against-mr-in-the-source",
        ),
        pytest.param(
            "Tom Hale spoke. “The talks went well for both of us,” he said.",
            "On Monday the talks between Sen. Paul Vance and Governor Tom Hale ran late. "
            "“The talks went well for both of us,” he said.",
            "exact",
            ANY,
            ANY,
            id="he-said-against-he-said-is-no-sign",
        ),
        pytest.param(
            "Mayor Ana Ruiz vowed to “fight the closure of the plant in every court in the state.”",
            "Mayor Ana Ruiz welcomed the vote. The council members Tom Hale and Lena Bell wrote "
            "to the governor on Friday.\n\n"
            "They vowed the town would “fight the closure of the plant in every court in the state.”",
            "misattributed",
            ANY,
            ANY,
            id="a-groups-words-given-to-one-person",
        ),
        pytest.param(
            "Tom Hale vowed to “fight the closure of the plant in every court in the state.”",
            "Mayor Ana Ruiz welcomed the vote. The council members Tom Hale and Lena Bell wrote "
            "to the governor on Friday.\n\n"
            "They vowed the town would “fight the closure of the plant in every court in the state.”",
            "exact",
            ANY,
            ANY,
            id="a-groups-words-given-to-one-of-its-members-is-no-misattribution",
        ),
        pytest.param(
            "Senate Majority Leader Tom Hale backed the bill on Tuesday. Hard-line Senate "
            "Republicans insist: “There will be no new tax inside it.”",
            _ONE_MEMBERS_SOURCE,
            "misattributed",
            ANY,
            ANY,
            id="one-members-words-given-to-his-group",
        ),
        # "the White House" speaks through its people: no claim for a body's voice
        pytest.param(
            "Senate Majority Leader Tom Hale backed the bill on Tuesday. The White House "
            "insists: “There will be no new tax inside it.”",
            _ONE_MEMBERS_SOURCE,
            "exact",
            ANY,
            ANY,
            id="one-members-words-given-to-a-body-are-no-misattribution",
        ),
        pytest.param(
            "Senate Majority Leader Tom Hale backed the bill on Tuesday. Senate Republicans "
            "insist: “There will be no new tax inside it.”",
            _ONE_MEMBERS_SOURCE.replace(
                "Hale told a local station", "Hale said on behalf of Senate Republicans"
            ),
            "exact",
            ANY,
            ANY,
            id="no-claim-when-b-says-the-member-speaks-for-the-group",
        ),
        pytest.param(
            "Hard-line Senate Republicans insist: “There will be no new tax inside it.”",
            _ONE_MEMBERS_SOURCE,
            "exact",
            ANY,
            ANY,
            id="no-claim-when-the-copy-does-not-name-the-member",
        ),
        # B's second quote names no one: it goes on with Mr. Hale's, and is still a man's
        pytest.param(
            "Tom Hale left the court. His lawyer, Ann Bell, spoke first.\n\n"
            "“I misled the town and I am sorry for it,” she said.",
            "Tom Hale and his wife, Lena Hale, left the court.\n\n"
            "“I am ashamed of what I did,” Mr. Hale said.\n\n"
            "“I misled the town and I am sorry for it.”",
            "misattributed",
            ANY,
            ANY,
            id="she-said-against-a-quote-that-goes-on-with-mr",
        ),
        # the quote stands in a clause of its own subject ("he gave ... a"): Ruiz, named after
        # it, tweeted the sentence; she did not say the words
        pytest.param(
            "Mayor Tom Hale left the hall at noon. Outside he gave the crowd only a “Thanks for "
            "waiting so long today,” Ana Ruiz tweeted.",
            "Mayor Tom Hale left the hall at noon. “Thanks for waiting so long today,” he said "
            "to the crowd. Ana Ruiz covered the meeting.",
            "exact",
            ANY,
            ANY,
            id="no-misattribution-when-the-name-after-the-quote-only-relays-it",
        ),
        # B gives the words to a memo and never says who wrote it; the copy puts them in the
        # mouth of someone B names elsewhere
        pytest.param(
            "Mayor Tom Hale spoke to the council on Monday.\n\n"
            "“The bridge will need a full year of repairs before it opens,” Hale said.",
            "Mayor Tom Hale spoke to the council on Monday.\n\n"
            "“The bridge will need a full year of repairs before it opens,” a memo from the city "
            "engineers reads.",
            "misattributed",
            ANY,
            ANY,
            id="misattributed-when-a-documents-words-are-given-to-a-person",
        ),
        # B says Hale put out the statement: his words, as the copy has them
        pytest.param(
            "“The bridge will need a full year of repairs before it opens,” Hale said.",
            "Mayor Tom Hale put out a statement on Monday.\n\n"
            "“The bridge will need a full year of repairs before it opens,” the statement said.",
            "exact",
            ANY,
            ANY,
            id="no-misattribution-when-b-ties-the-person-to-the-document",
        ),
        # "NAME (Office):" heads the words as "NAME:" does: the words are the named speaker's,
        # not the one of the label before
        pytest.param(
            "Karl Dune said the repair “could take three weeks.”",
            "MAYOR RITA OLSEN: Nobody was hurt tonight.\n\n"
            "KARL DUNE (Director, Elm County Public Works): The repair of the arch could take "
            "three weeks.",
            "truncated",
            ANY,
            "Karl Dune",
            id="a-transcript-label-may-give-the-office-in-brackets",
        ),
        # "Upwards" opens the sentence as a common word the source writes in lower case too:
        # no person, so the words are given to no one in the source, and the copy's "Tom Hale"
        # takes nobody's words
        pytest.param(
            "Forty residents signed a petition from Tom Hale calling the plan “costly and unfair to every family.”",
            "Turnout rose upwards of ten points. Tom Hale, the council member, voted yes.\n\n"
            "Upwards of forty residents signed a petition from Tom Hale, calling the plan “costly "
            "and unfair to every family.”",
            "exact",
            ANY,
            ANY,
            id="a-common-word-opening-a-sentence-is-no-speaker",
        ),
        # an announcer (or narrator) is a speaker of his own, unnamed: his closing line given
        # to the candidate the ad shows is put in another's mouth
        pytest.param(
            "“Iowa needs a fighter, not a talker,” Senator Ana Ruiz says in the spot.",
            "The new spot shows Senator Ana Ruiz touring a flooded farm. “We stood with you,” she "
            "says.\n\nThen an unseen announcer concludes: “Iowa needs a fighter, not a talker.”",
            "misattributed",
            "Ana Ruiz",
            "an unseen announcer",
            id="an-ads-announcer-is-someone-other-than-the-people-it-shows",
        ),
        # "I'm Karen Voss, superintendent": the speaker's own words name her; "I'm" is no given
        # name, so the "VOSS:" turns are Karen Voss's and the copy's "Karen Voss" is no other
        pytest.param(
            "Superintendent Karen Voss said the schools would close.\n\n"
            "“We are not going to ask a child to sit in a room we would not sit in,” she said.",
            "KAREN VOSS: Good afternoon. I'm Karen Voss, superintendent of the district.\n\n"
            "VOSS: We are not going to ask a child to sit in a room we would not sit in ourselves.",
            "truncated",
            ANY,
            "Karen Voss",
            id="a-transcript-speaker-introducing-herself-is-named-without-im",
        ),
        # "Asked whether Pike was ..., Ms. Ruiz demurred": Pike is what she was asked about;
        # the "she" of the quote is Ruiz, whose words they are in B too
        pytest.param(
            "Governor Tom Pike will speak on Tuesday, and Mayor Ana Ruiz will not attend.\n\n"
            "Asked whether Mr. Pike was seeking political gain, Ms. Ruiz demurred. “I’m not going "
            "to ascribe motives to the governor,” she said.",
            "Ms. Ruiz demurred when asked whether she believed Mr. Pike was seeking political gain.\n\n"
            "“I’m not going to ascribe motives to the governor,” she told reporters.",
            "exact",
            "Ana Ruiz",
            ANY,
            id="no-misattribution-when-a-fronted-question-names-someone-else",
        ),
        # B: the spokesman of a committee whose name joins two words with "and" says it, and
        # names the chairman in his words; the copy gives a sentence of them to the chairman
        pytest.param(
            "“The committee has a constitutional obligation to conduct oversight,” Chairman Tom "
            "Pike said.",
            "Chairman Tom Pike wants Lois Lerner to testify.\n\n"
            "“The committee has been contacted by her lawyer,” Oversight and Government Reform "
            "Committee spokesman Ali Ahmad said in a statement. “Ms. Lerner remains under subpoena "
            "from Chairman Tom Pike — the committee has a constitutional obligation to conduct "
            "oversight.”",
            "misattributed",
            ANY,
            "Ali Ahmad",
            id="misattributed-when-a-spokesmans-words-are-given-to-his-chairman",
        ),
        # the copy: "Hale and Pike urged a veto, Pike warning it had "..."": Pike's words; B
        # gives them to the governor, Ruiz
        pytest.param(
            "The bill passed last week. Sens. Dan Hale and Tom Pike both urged a veto, Pike "
            "warning it had “the potential to create more problems than it purports to solve.”",
            "Gov. Ana Ruiz vetoed the bill on Wednesday. Sen. Tom Pike had urged a veto.\n\n"
            "Ruiz said the bill had “the potential to create more problems than it purports to "
            "solve.”",
            "misattributed",
            "Tom Pike",
            ANY,
            id="misattributed-in-an-absolute-clause-after-another-speech-verb",
        ),
        # B's "he" after a bare "Pike" (Tom or Ana): whichever Pike spoke, Dan Hale did not
        pytest.param(
            "Dan Hale fought Senator Tom Pike all week. “Leave Ana the hell alone, you coward,” Hale said.",
            "Dan Hale fought Senator Tom Pike all week. He mocked Ana Pike online.\n"
            "Pike, who had spent Wednesday quoting a movie in her defense, had had enough. "
            "“Leave Ana the hell alone, you coward,” he said.",
            "misattributed",
            ANY,
            "Pike",
            id="misattributed-against-a-pronoun-sure-of-its-surname-only",
        ),
        # the copy's CEO is B's president: one man, named in both, his title changed
        pytest.param(
            "Rep. Ana Ruiz backed the chain on Thursday. The company's CEO, Tom Pike, had said it "
            "was “guilty as charged,” setting off a firestorm.",
            "Rep. Ana Ruiz backed the chain on Thursday, after its president Tom Pike said the "
            "company was “guilty as charged” on the issue.",
            "exact",
            "Tom Pike",
            ANY,
            id="an-office-in-capitals-before-a-name-set-off-by-commas-is-that-name",
        ),
        # "a fellow Republican, Senator Tom Pike," names Pike as the speaker, whom B names too
        pytest.param(
            "The Senate's president, Dan Hale, broke with the House. “With all due respect, I "
            "completely disagree with his position,” a fellow Republican, Senator Tom Pike, said.",
            "Senator Tom Pike, a Republican, has criticised the governor before.\n\n"
            "“With all due respect, I completely disagree with his position,” the Republican "
            "leader, Dan Hale, said in a statement.",
            "misattributed",
            "Tom Pike",
            ANY,
            id="misattributed-to-one-named-after-his-party-set-off-by-commas",
        ),
        # B's '"...," Mr. Pike is shown saying' is Pike's; the copy gives the words to Ruiz
        pytest.param(
            "“Every day that passes, the river gets closer to the houses,” Ana Ruiz says in it.",
            "The ad, paid for by Ana Ruiz's campaign, uses a clip of Mayor Tom Pike.\n\n"
            "“Every day that passes, the river gets closer to the houses,” Mr. Pike is shown saying.",
            "misattributed",
            ANY,
            "Tom Pike",
            id="misattributed-when-the-source-shows-its-speaker-saying-them",
        ),
        # the copy's 'conspiracy theorist Tom Hale chimed in' reads Hale, sure; so does its
        pytest.param(
            "“Let everybody take part, good and bad, and we will figure it out!” conspiracy theorist Tom Hale chimed in.",
            _TAKE_PART_SOURCE,
            "misattributed",
            "Tom Hale",
            "Ana Ruiz",
            id="misattributed-to-a-name-after-a-lower-case-description-chimed-in",
        ),
        # inverted 'wrote conspiracy theorist Tom Hale'
        pytest.param(
            "“Let everybody take part, good and bad, and we will figure it out!” wrote conspiracy theorist Tom Hale.",
            _TAKE_PART_SOURCE,
            "misattributed",
            "Tom Hale",
            "Ana Ruiz",
            id="misattributed-to-a-name-after-a-lower-case-description-inverted",
        ),
        # the copy drops the "Jr." and names no other Hollister: one man, however spelt (a guard)
        pytest.param(
            "“I used money I should not have used,” Tom Hollister said on Friday.",
            "“I used money I should not have used,” Tom Hollister Jr. said on Friday.",
            "exact",
            ANY,
            ANY,
            id="no-misattribution-to-a-son-called-without-his-suffix",
        ),
        # B names two Obamas in full: the copy's "Obama" may be either (a guard)
        pytest.param(
            "“It has always been bipartisan,” Obama has said of the relationship.",
            "Barack Obama and Michelle Obama hosted the dinner. “It has always been "
            "bipartisan,” Susan Rice added in the interview.",
            "exact",
            ANY,
            ANY,
            id="no-misattribution-to-a-surname-two-people-of-the-source-share",
        ),
        # B names the interviewer only in her show's title ('he said on "On the Record with
        # Dana Ruiz"'); the copy gives the guest's words to her (fresh44's rw-573)
        pytest.param(
            "Tom Hale spoke on Monday. “I need to ask what she did and when she did it and why "
            "she did it,” Dana Ruiz said on her show.",
            "Tom Hale spoke on Monday. “I need to ask what she did and when she did it and why "
            "she did it,” he said on “On the Record with Dana Ruiz.”",
            "misattributed",
            "Dana Ruiz",
            "Tom Hale",
            id="misattributed-to-a-person-the-source-names-only-inside-quotation-marks",
        ),
        # the copy gives the words of the man shown in the clip to the ad's unseen announcer,
        # a speaker of its own (fresh44's rw-569b)
        pytest.param(
            "A new ad uses a clip of Mayor Tom Pike. To a slick score, the ad's unseen announcer "
            "warns: “Every day that passes, the river rises closer to the town.”",
            "A new ad uses a clip of Mayor Tom Pike. “Every day that passes, the river rises "
            "closer to the town,” Mr. Pike is shown saying.",
            "misattributed",
            "the ad's unseen announcer",
            "Tom Pike",
            id="misattributed-to-an-ads-announcer",
        ),
        # B names the interviewer only in her show's title, whose next word is capitalised
        # ('on MSNBC's "Dana Ruiz Reports"'); the copy gives the guest's words to her (fresh46's
        # rw-598)
        pytest.param(
            "Tom Hale spoke on Thursday. “This is the same man who just attacked the council for "
            "hiding its letters,” Dana Ruiz said on MSNBC.",
            "Tom Hale spoke on Thursday. “This is the same man who just attacked the council for "
            "hiding its letters,” Hale said on MSNBC’s “Dana Ruiz Reports.”",
            "misattributed",
            "Dana Ruiz",
            "Tom Hale",
            id="misattributed-to-a-person-the-source-names-in-a-shows-title",
        ),
        # "Ruiz, the report notes, called it a matter of the "..."": Ruiz's words, sure, which
        # B gives to Pike (fresh45's rw-587)
        pytest.param(
            "Tom Pike defended Dana Ruiz on Friday. Ruiz, the report notes, called it a matter of "
            "the “freedom of speech of an individual member.”",
            "Dana Ruiz spoke on Friday. The row concerns the “freedom of speech of an individual "
            "member,” not the caucus, Tom Pike said.",
            "misattributed",
            "Dana Ruiz",
            "Tom Pike",
            id="misattributed-after-an-aside-between-the-subject-and-its-verb",
        ),
    ],
)
def test_who_said_the_quote(
    copy: str, source: str, status: str, speaker: object, b_speaker: object
) -> None:
    [check] = _checks(copy, source)
    assert (check.status, check.speaker, check.b_speaker) == (status, speaker, b_speaker)


def test_no_misattribution_to_the_target_of_a_tirade_fronted_before_he() -> None:
    # "In a Twitter tirade aimed at Ana Ruiz, ..., he wrote "..."": he is the mayor, as in
    # B, not Ruiz (fresh48's rw-624)
    source = (
        "Mayor Tom Pike went after council member Ana Ruiz on Tuesday.\n\n"
        "“Shame!” Pike tweeted early Tuesday. “The council must finally act?”"
    )
    copy = (
        "Mayor Tom Pike lost the vote on Monday.\n\n"
        "In a Twitter tirade aimed at council member Ana Ruiz, as first reported by the "
        "Herald, he wrote “Shame!” and “The council must finally act?” Ruiz did not answer."
    )
    assert [c.status for c in _checks(copy, source)] == ["exact", "exact"]


def test_a_given_name_misspelt_is_the_same_person() -> None:
    # "Vincente Fox" for "Vicente Fox": one man, his given name misspelt (rw-605's reverse
    # order, where the copy's misspelling would have made a false claim)
    copy = Speaker("fox", "Vincente Fox", "vincente")
    assert same_person(copy, Speaker("fox", "Vicente Fox", "vicente"))
    assert not same_person(copy, Speaker("fox", "Ana Fox", "ana"))


def test_no_claim_for_a_she_after_a_sentence_naming_her_father() -> None:
    # the copy's "she wrote" after "their father, Tom Pike": hers, as the source says, not
    # his (fresh52's rw-670b, a false claim on main)
    source = (
        "Ana Pike, who runs a bakery, posted on Friday. Their father, Tom Pike, backs the plan. "
        "“It's not something to be decided by a show of hands,” Ana Pike wrote."
    )
    copy = (
        "“I love my sister, but she is wrong,” wrote Ana Pike, who runs a bakery. The phrasing "
        "borrows from their father, former Vice President Tom Pike. “It's not something to "
        "be decided by a show of hands,” she wrote."
    )
    statuses = [c.status for c in _checks(copy, source)]
    assert "misattributed" not in statuses


def test_no_claim_for_a_message_before_a_reply() -> None:
    # '"... Any comments?" Tom Pike replied, "..."': the message is Leakwire's in both
    # texts; the reply after it does not make it Pike's (fresh52's rw-674)
    source = (
        "“A new site is about to launch,” Leakwire wrote. “We have guessed the password. "
        "Any comments?”\n\nTom Pike replied, “Off the record I don't know who that is.”"
    )
    copy = (
        "“A new site is about to launch,” Leakwire wrote. “We have guessed the password. "
        "Any comments?” Tom Pike replied, “Off the record I don't know who that is.”"
    )
    statuses = [c.status for c in _checks(copy, source)]
    assert "misattributed" not in statuses


# B's writer named, then taken back by "he" as the subject of the verb of speech that runs
# into the one word (fresh20's rw-283, fresh26's rw-355b, fresh51's rw-652's source)
PRONOUN_SOURCE = (
    "The magazine ran a profile of Ana Ruiz this week. The word never appears in the "
    "profile, though author Tom Hale does attack what he calls the “reckless” bill that "
    "Ruiz backs."
)


def test_one_word_a_pronoun_gives_the_writer_just_named_given_to_another() -> None:
    copy = (
        "A magazine profiled Ana Ruiz this week. The word never appears, though Ruiz calls "
        "the bill she backs “reckless.”"
    )
    assert _checks(copy, PRONOUN_SOURCE)[0].status == "misattributed"


def test_one_word_a_pronoun_after_another_person_is_not_claimed() -> None:
    # guard: another person named between the writer and his "he" (fresh25's rw-348b's
    # "Bloomberg, ..., threw several jabs at Trump, whom he called"): an inference
    source = (
        "The magazine ran a profile of Ana Ruiz and Bill Cole this week. Tom Hale, who "
        "wrote it, threw several jabs at Cole, whom he called “reckless.”"
    )
    copy = (
        "A magazine profiled Ana Ruiz and Bill Cole this week. The word never appears, "
        "though Ruiz calls Cole “reckless.”"
    )
    assert _checks(copy, source)[0].status != "misattributed"


def test_one_word_named_with_another_person_between_is_not_next_to_it() -> None:
    # guard: the copy's name before the words, another person between: not hers to a
    # reader who reads the clause (fresh22's rw-311's "Center for Arizona Policy, ...
    # says ...; its president, Kathy Herrod, scoffs at critics' "fear-mongering"")
    copy = (
        "A magazine profiled Ana Ruiz this week. Ruiz says the bill is fine; its author, "
        "Tom Hale, scoffs at “reckless.”"
    )
    assert _checks(copy, PRONOUN_SOURCE)[0].status != "misattributed"


# A headline's words (a document's), B naming the profile's author elsewhere (fresh28's
# rw-376, fresh39's rw-508)
HEADLINE_SOURCE = (
    "The magazine's cover shows Ana Ruiz against a blue background. The headline reads, "
    "“THE QUEEN OF RAGE.”\n\nRage never appears in the profile, though author Tom Hale "
    "criticizes her budget."
)


@pytest.mark.parametrize(
    "author",
    [
        "Tim Hale",  # B's surname, another given name: B names him by surname alone
        "Tom Hales",  # B's given name, the surname misspelt: B's person all the same
    ],
)
def test_a_headline_given_to_the_author_b_names_otherwise(author: str) -> None:
    copy = f"The magazine's cover shows Ana Ruiz. Author {author} dubs her “THE QUEEN OF RAGE.”"
    assert _checks(copy, HEADLINE_SOURCE)[0].status == "misattributed"


def test_a_headline_given_to_the_author_b_ties_to_it_is_not_claimed() -> None:
    # guard: B names him (by surname alone for the copy) in a sentence with the headline:
    # he may have written it
    source = (
        "The magazine's cover shows Ana Ruiz against a blue background. The headline reads, "
        "“THE QUEEN OF RAGE.”\n\nIts editor, Tom Hale, wrote the headline and the profile."
    )
    copy = "The magazine's cover shows Ana Ruiz. Author Tim Hale dubs her “THE QUEEN OF RAGE.”"
    assert _checks(copy, source)[0].status != "misattributed"


def test_a_groups_words_given_to_one_of_its_members_are_misattributed() -> None:
    # fresh57's rw-731: "they" after "The Georgetown scholars pointed ..." is the scholars,
    # and the copy gives their words to Father Reese
    source = (
        "“This is nonsense,” said the Rev. Tom Pike, one of the letter's organizers.\n\n"
        "The Georgetown scholars pointed to cuts in food programs. From personal experience, "
        "they also “know how cuts in Pell Grants will hurt low-income students.”"
    )
    copy = (
        "“This is nonsense,” the Rev. Tom Pike said of the budget. Pike added that the "
        "signers “know how cuts in Pell Grants will hurt low-income students.”"
    )
    assert _checks(copy, source)[-1].status == "misattributed"


def test_a_he_after_a_plural_opening_a_sentence_claims_no_misattribution() -> None:
    # fresh57's rw-725: "Advocates want ..." is no person the "he" of McCarthy's words is
    source = (
        "Rep. Tom Pike said Tuesday he backs legal status.\n\n"
        "Advocates are hoping for a path to citizenship, but most House Republicans refuse "
        "it.\n\n"
        "“That is a decision every Republican will have to make, but that is my personal "
        "position,” Pike added."
    )
    copy = (
        "“I think it will go with legal status,” Rep. Tom Pike said Tuesday.\n\n"
        "Advocates want a path to citizenship, but most House Republicans refuse it. His "
        "comments may hint at the party's plan.\n\n"
        "“That is a decision every Republican will have to make, but that is my personal "
        "position,” he added."
    )
    assert _checks(copy, source)[-1].status != "misattributed"
