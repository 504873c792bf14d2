"""Who said a quotation, and how sure that is: each way a reader finds a speaker, on short
texts written for the test."""

from __future__ import annotations

import pytest

from newstrace.analyse.quotations import extract_quotes
from newstrace.model import Article
from newstrace.pipeline import prepare


def _speakers(text: str) -> list[tuple[str | None, bool]]:
    """(name, sure) of each quotation's speaker."""
    return [
        (q.speaker.name, q.speaker.sure) if q.speaker else (None, False)
        for q in extract_quotes(prepare(Article(text)))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "“We will appeal the ruling,” Mayor Ana Ruiz said.",
            [("Ana Ruiz", True)],
            id="a_name_next_to_the_quote_is_sure",
        ),
        pytest.param(
            "Deputy Director Tom Pike had vowed that the office would not “hide from the results.”",
            [("Tom Pike", True)],
            id="the_subject_of_a_speech_verb_before_the_quote",
        ),
        pytest.param(
            "Dozens of residents stayed home, but Mayor Ana Ruiz, a former teacher, came anyway, "
            "saying that “nobody should face this alone.”",
            [("Ana Ruiz", True)],
            id="a_participle_speaks_for_the_subject_of_its_clause",
        ),
        # "with Tom Pike ... comparing it ... and declaring": Pike declares, not the council
        pytest.param(
            "Council members tried to tie the agency to other failures, with Deputy Director Tom "
            "Pike of Ohio comparing it to the bridge affair and declaring: “The people don't buy it.”",
            [("Tom Pike", True)],
            id="a_participle_goes_on_with_the_subject_of_an_absolute_clause",
        ),
        # "who led the council before Tom Pike and ...": the relative set off by commas tells
        # about Ruiz; its "before Tom Pike" makes Pike no subject of the "saying" after it
        pytest.param(
            "Ana Ruiz, who led the council before Tom Pike and once faced the same charge, mostly "
            "stayed out of it, saying only, “We should let the voters decide.”",
            [("Ana Ruiz", True)],
            id="a_conjunction_inside_a_relative_clause_opens_no_clause",
        ),
        # a question's quote runs on into the next words, but "Tom Pike wrote back:" announces
        # the quote after it: the question stays Ruiz's
        pytest.param(
            "During the count, Ana Ruiz asked whether the vote was “really going to pass, right? "
            "Right?!” Tom Pike wrote back: “No. It will fail.”",
            [("Ana Ruiz", True), ("Tom Pike", True)],
            id="a_speech_verb_ending_in_a_colon_announces_the_next_quote",
        ),
        # "But when ...," fronts a clause: the subject of the main clause, "she", speaks, and
        # the "But" opening the sentence is no name
        pytest.param(
            "Tom Pike wrote the first draft.\n\nBut when the final draft was sent to Mayor Ana "
            "Ruiz, she turned it down, saying “I would rather not sign this.”",
            [("Ana Ruiz", True)],
            id="a_clause_fronted_by_a_lower_case_conjunction_after_but",
        ),
        # "... and has called the plan": "has" between "and" and the verb leaves Ruiz its subject
        pytest.param(
            "Mayor Ana Ruiz has refused to meet the developers before the vote and has called the "
            "plan “a cynical land grab.”",
            [("Ana Ruiz", True)],
            id="a_verb_after_and_with_an_auxiliary_shares_the_subject",
        ),
        pytest.param(
            "Sen. Paul Vance, a Texas Republican, was quoted in the Courier as saying: “We need more time.”",
            [("Paul Vance", True)],
            id="quoted_as_saying",
        ),
        pytest.param(
            "Ruiz's remarks came as Tom Pike turned down the offer, saying a meeting could "
            "“deepen the rift between the towns.”",
            [("Tom Pike", True)],
            id="a_possessive_does_not_speak_and_a_clause_after_as_has_its_own_subject",
        ),
        # "which he said": the outer verb's subject, with no one named since, is the inner "he"
        pytest.param(
            "CEO Doug McMillon called on the governor to veto the bill, which he said "
            "“threatens to undermine the spirit of inclusion.”",
            [("Doug McMillon", True)],
            id="speech_within_speech_told_by_the_same_he_is_sure",
        ),
        # "Pike's remarks" is a noun, "the plan announced by Tom Pike" a passive: Ruiz alone speaks
        pytest.param(
            "In a statement late Tuesday, Ana Ruiz called Pike's remarks offensive and said: "
            "“The issues at stake are too big.” Later Ana Ruiz told reporters that the plan "
            "announced by Tom Pike “would leave the town stranded.”",
            [("Ana Ruiz", True), ("Ana Ruiz", True)],
            id="an_owners_speech_noun_and_a_passive_are_no_speech_within_speech",
        ),
        # "He deemed Pike's plan": he is not Pike, so he is Ruiz, the other one named before
        pytest.param(
            "Tom Pike met Dan Ruiz in March. But Pike's hardline approach alienated Ruiz, who "
            "often makes the case for an open policy. "
            "He deemed Pike's economic plan “a disaster in the making.”",
            [("Dan Ruiz", True)],
            id="a_pronoun_is_not_the_person_its_own_clause_names_after_it",
        ),
        pytest.param(
            "“What happened has no place here,” said the club's chief executive, Laura "
            "Benning, who has apologised. "
            "“It was a shock,” Ms. Ruiz's spokesman, Drew Hammill, wrote on Twitter.",
            [("Laura Benning", True), ("Drew Hammill", True)],
            id="a_role_of_two_nouns_before_the_name_it_stands_for",
        ),
        # the role after the quote, not the outlet reporting before it, is who speaks
        pytest.param(
            "As HuffPost reported Wednesday, the agency lifted the ban after finding that hunting "
            "would “enhance the survival of the species,” a spokesperson for the U.S. Fish and "
            "Wildlife Service said.",
            [("a spokesperson for the U.S. Fish and Wildlife Service", True)],
            id="a_role_serving_a_body_of_several_words_speaks_after_the_quote",
        ),
        pytest.param(
            "Aitan Goelman, the family's attorney, spoke first.\n\n"
            "“This decision is deeply troubling,” the lawyer said.",
            [("Aitan Goelman", True)],
            id="a_role_next_to_the_quote_is_the_person_given_that_role_before",
        ),
        pytest.param(
            "“The search was unnecessary,” the attorney said. Later, Tom Pike, an attorney, agreed.",
            [("the attorney", False)],
            id="a_role_no_one_was_given_before_is_not_sure",
        ),
        pytest.param(
            "“We have no concerns,” said the spokesman, Nick Merrill. “None at all.”",
            [("Nick Merrill", True), ("Nick Merrill", True)],
            id="a_role_with_the_name_after_it_is_that_name",
        ),
        pytest.param(
            "“He learned of it from a report,” said Pence press secretary Alyssa Farah.",
            [("Alyssa Farah", True)],
            id="a_title_before_the_name_next_to_the_quote",
        ),
        pytest.param(
            "Representative Elijah E. Cummings of Maryland cautioned Republicans.\n\n"
            "“We know where that will lead,” he said.",
            [("Elijah E. Cummings", True)],
            id="he_is_the_one_person_named_in_the_sentence_before",
        ),
        pytest.param(
            "Sen. Paul Vance met Governor Tom Ruiz on Monday. “It went well,” he said.",
            [("Paul Vance", True)],
            id="he_is_sure_when_the_sentence_before_has_one_subject",
        ),
        pytest.param(
            "“We talked,” Mayor Ana Ruiz said. Tom Pike's plan will “define the options,” she said.",
            [("Ana Ruiz", True), ("Ana Ruiz", True)],
            id="an_owner_is_not_he",
        ),
        pytest.param(
            "“We will appeal,” Mayor Ana Ruiz said.\n\n“And we will win.”",
            [("Ana Ruiz", True), ("Ana Ruiz", True)],
            id="a_quote_without_attribution_goes_on_with_the_quote_before",
        ),
        pytest.param(
            "Governor Asa Hutchinson spoke on Monday. His son, Seth Hutchinson, wrote to him.\n\n"
            "Father and son talk often, Seth Hutchinson said.\n\n"
            "“It is always a lively conversation,” Mr. Hutchinson said.",
            [("Seth Hutchinson", True)],
            id="a_shared_surname_stands_for_the_one_just_named_in_full",
        ),
        pytest.param(
            "“How will we verify that?” Sen. Paul Vance said.",
            [("Paul Vance", True)],
            id="a_question_goes_on_to_its_attribution",
        ),
        pytest.param(
            "Aitan Goelman, Strzok's attorney, spoke first.\n\n"
            "“This decision is deeply troubling,” Strzok's lawyer said.\n\n"
            "“We will appeal,” Pike's lawyer said.",
            [("Aitan Goelman", True), ("Pike's lawyer", False)],
            id="a_role_of_someone_is_the_person_given_that_role_for_them",
        ),
        pytest.param(
            "“We will appeal,” Representative Tom Cole, an Oklahoma Republican, said Sunday.",
            [("Tom Cole", True)],
            id="a_name_with_an_appositive_right_after_the_quote_is_sure",
        ),
        pytest.param(
            "“We will appeal,” White House Press Secretary Josh Earnest said in a statement.",
            [("Josh Earnest", True)],
            id="a_capitalised_title_before_the_name_is_sure",
        ),
        pytest.param(
            "White House press secretary Josh Earnest spoke on Monday. Asked about the prime "
            "minister, the spokesman would not bite: “I am not going to ascribe motives.”",
            [("Josh Earnest", True)],
            id="a_role_announcing_a_quote_after_a_colon",
        ),
        pytest.param(
            "A spokesman for Mr. Hale, Tom Pike, said Tuesday that the senator "
            "“believes this action is purely politically motivated.”",
            [("Tom Pike", True)],
            id="a_spokesman_for_someone_named_in_apposition_speaks",
        ),
        pytest.param(
            "Her lawyer, Gregory A. Vega, said she “will fight these charges in court.”",
            [("Gregory A. Vega", True)],
            id="a_name_with_a_middle_initial_is_a_person",
        ),
        pytest.param(
            "Fellow Tea Party organizer Dana Loesch accused the group of changing its aims.\n\n"
            "“They no longer prioritize civil rights,” she told a radio host.",
            [("Dana Loesch", True)],
            id="an_organizer_named_before_a_pronoun_is_evident",
        ),
        pytest.param(
            "Sen. Paul Vance spoke on Monday. “We will win,” a Vance aide said.",
            [("a Vance aide", True)],
            id="an_indefinite_role_is_someone_unnamed",
        ),
        pytest.param(
            "Dick Vance spoke on Monday. “We will win,” the former senator has said.",
            [("Dick Vance", True)],
            id="a_role_the_text_gave_no_one_is_the_person_just_named",
        ),
        # her doctor is someone else than "her" (fresh39's rw-516b)
        pytest.param(
            "Ann Vance is “fit to serve,” her doctor says in a letter.",
            [("her doctor", False)],
            id="a_role_held_for_the_person_a_pronoun_stands_for_is_not_that_person",
        ),
        # "Their father" and "former Governor Dick Vance" are one man: "he" is sure
        pytest.param(
            "Their father, former Governor Dick Vance, backs the plan (“It is fair,” he has said).",
            [("Dick Vance", True)],
            id="a_role_named_in_its_appositive_after_titles_is_one_person",
        ),
        # "Vance" is Tom Vance Jr., named before; Ana Vance is named only later
        pytest.param(
            "Tom Vance Jr. pleaded guilty on Monday. He and his wife, Ana, had agreed to it.\n\n"
            "Vance told the judge that he had been ill.\n\n"
            "“Not a proud day,” he said.\n\n"
            "The charge against Ana Vance is smaller. “We are fine,” Ana Vance said.",
            [("Tom Vance Jr.", True), ("Ana Vance", True)],
            id="a_surname_alone_is_the_person_named_before_with_a_suffix",
        ),
        # "Lieutenant" is a title, and "of the department's Fraud Unit" says where she works
        pytest.param(
            "Lieutenant Ana Ruiz of the department's Fraud Unit said: “We closed the case.”",
            [("Ana Ruiz", True)],
            id="the_body_after_of_a_possessive_is_not_the_speaker",
        ),
        # the aside hides the names of its own clause only; Ruiz, the subject before the
        # semicolon, is the "she" (not Pike, named in the sentence before)
        pytest.param(
            "Tom Pike, the council president, asked for patience.\n\n"
            "Former Mayor Ana Ruiz of Elm Park said the town should wait; the bridge is needed, "
            "she said, but “it cannot be built this year.”",
            [("Ana Ruiz", True)],
            id="an_aside_after_a_semicolon_is_the_subject_of_the_clause_before",
        ),
        pytest.param(
            "Mayor Ana Ruiz herself said on Friday that the vote was “a very sad day for the town.”",
            [("Ana Ruiz", True)],
            id="an_intensifier_between_the_subject_and_its_verb",
        ),
        pytest.param(
            "Sen. Ana Ruiz (D-Texas) called the plan “a gross abuse of power.”",
            [("Ana Ruiz", True)],
            id="a_party_and_state_in_brackets_after_the_name",
        ),
        pytest.param(
            "Ana Ruiz sued the company. Her lawyer, Tom Pike, went further: “They are not above the law.”",
            [("Tom Pike", True)],
            id="the_subject_of_a_colon_clause_with_an_appositive",
        ),
        pytest.param(
            "“I disagree with the mayor,” the Senate leader, Tom Pike, said.",
            [("Tom Pike", True)],
            id="a_role_after_the_quote_named_in_its_appositive",
        ),
        pytest.param(
            "Ana Ruiz wants more guards. Or, as union chief Tom Pike put it, “Teachers should teach.”",
            [("Tom Pike", True)],
            id="as_someone_put_it",
        ),
        pytest.param(
            "Rep. Tom Pike, R-Texas, who opposes the plan, pressed the point: “It is time to vote.”",
            [("Tom Pike", True)],
            id="the_subject_of_a_colon_clause_with_two_appositives",
        ),
        pytest.param(
            "Senate Majority Leader Tom Pike backed the bill.\n\n"
            "“It must pass this week,” the majority leader said.",
            [("Tom Pike", True)],
            id="a_role_with_the_words_its_holder_was_given_is_sure",
        ),
        pytest.param(
            "“Enough of this delay,” said Greenway co-founder Tom Pike.",
            [("Tom Pike", True)],
            id="a_role_with_a_hyphenated_prefix_before_the_name",
        ),
        pytest.param(
            "Former President Tom Hale met President Ana Ruiz on Monday. "
            "“We disagree on the dam,” the former president said.",
            [("Tom Hale", True)],
            id="a_role_two_people_hold_is_the_one_described_with_its_words",
        ),
        pytest.param(
            "Gov. Ana Ruiz came on Monday, after Gov. Tom Hale had left.\n\n"
            "Mr. Hale's deputy spoke first. Ms. Ruiz was asked about the dam.\n\n"
            "“We will build it,” the governor replied.",
            [("Ana Ruiz", True)],
            id="a_role_two_people_hold_is_the_one_the_sentence_before_speaks_of",
        ),
        pytest.param(
            "Gov. Ana Ruiz and Gov. Tom Hale met on Monday.\n\n"
            "Their engineer, Joe Park, showed the plans. “We will build it,” the governor said.",
            [("the governor", False)],
            id="a_role_two_people_hold_is_a_guess_when_someone_else_was_just_named",
        ),
        pytest.param(
            "Sen. Tom Hale voted no on Monday.\n\n"
            "“This was rushed,” Hale said. “It will fail,” the Ohio Democrat added.",
            [("Tom Hale", True), ("Tom Hale", True)],
            id="a_party_is_the_person_just_spoken_of_whatever_his_office",
        ),
        pytest.param(
            "Tom Hale, a Republican, voted no. “It will fail,” the Democrat said.",
            [("Tom Hale", False)],
            id="a_party_is_not_the_person_just_named_as_of_the_other_party",
        ),
        pytest.param(
            "Mr. Tom Hale, whose view is that the builders were entitled to put the tower at the "
            "site they had chosen if they wished, said, “The fuss will die down in a week.”",
            [("Tom Hale", True)],
            id="a_long_relative_clause_between_the_subject_and_its_speech_verb",
        ),
        pytest.param(
            "Tom Hale said he first heard of it a month ago. Since then, he said he has looked "
            "into it and believes “there is a real chance” it is true.",
            [("Tom Hale", True)],
            id="a_conjunction_opening_the_sentence_is_no_speaker",
        ),
        pytest.param(
            "Sen. Tom Hale of Ohio, the No. 2 Senate Republican, said the vote would come soon "
            "for Ana Ruiz. “We will confirm her,” he said.",
            [("Tom Hale", True)],
            id="a_number_sign_ends_no_sentence",
        ),
        pytest.param(
            "On Monday, Tom Hale tried a new defense: the “mayor cannot be sued for a tweet.”",
            [("Tom Hale", True)],
            id="a_colon_clause_introduces_a_quoted_noun_phrase",
        ),
        pytest.param(
            "Tom Hale has dismissed the inquiry as “a politically driven vendetta.”",
            [("Tom Hale", True)],
            id="a_verb_that_labels_words_attributes_them",
        ),
        pytest.param(
            "To Rep. Ana Ruiz, D-Calif., the bill “gives power back to the people.”",
            [("Ana Ruiz", True)],
            id="to_someone_opening_the_sentence_gives_her_words",
        ),
        # the participle after '"...," calling' shares the clause's subject: no second speaker
        pytest.param(
            "Mayor Ana Ruiz admitted she “made a mistake,” calling the vote rushed and saying "
            "she had “no plans to resign over it.”",
            [("Ana Ruiz", True), ("Ana Ruiz", True)],
            id="a_comma_inside_the_closing_quote_mark_is_the_writers",
        ),
        # "Legislative policy director Tom Pike": one person, the word opens his title
        pytest.param(
            "Legislative policy director Tom Pike went on the radio. “It went well,” he said.",
            [("Tom Pike", True)],
            id="a_capitalised_word_opening_a_title_names_no_one",
        ),
        # Pike speaks inside Ruiz's account; "she" is the teller, the sentence's subject
        pytest.param(
            "Ana Ruiz said Tom Pike told her the bridge would reopen in May. “I believe him,” she said.",
            [("Ana Ruiz", True)],
            id="a_speaker_inside_the_reported_words_is_not_the_sentences_subject",
        ),
        # "admitted" is Pike's, in a clause of its own: Ruiz's "said" reports no one else
        pytest.param(
            "Tom Pike admitted he “took the money,” and Judge Ana Ruiz, who said she had "
            "“no time for excuses,” set a date for the sentencing.",
            [("Tom Pike", True), ("Ana Ruiz", True)],
            id="a_speech_verb_of_an_earlier_clause_is_no_speech_within_speech",
        ),
        # news introduces a quote with a paraphrase: the quote's words are the paraphrased speaker's
        pytest.param(
            "Mayor Ana Ruiz left the hall, saying she bore the council no grudge. "
            "“We move on from here.”",
            [("Ana Ruiz", True)],
            id="a_quote_after_a_sentence_reporting_speech_is_that_speakers",
        ),
        pytest.param(
            "Ana Ruiz walked out full of confidence saying she had “no regrets at all.”",
            [("Ana Ruiz", True)],
            id="a_participle_with_no_comma_and_no_speaker_before_it_goes_with_the_subject",
        ),
        # the role is the subject; the name set off after it is who holds it, and his "his" is
        # his own: "he" is that person, not someone named before
        pytest.param(
            "Mayor Ana Ruiz spoke first.\n\n"
            "The council's budget chief, Rep. Tom Pike of Dover, has said little, and his office "
            "declined to comment. “We will wait,” he said.",
            [("Tom Pike", True)],
            id="a_name_in_apposition_to_the_role_opening_the_sentence_is_its_subject",
        ),
        pytest.param(
            "Councillor Rita Hale asked about the contract. Manager Owen Price replied: "
            '"We signed it in May." Hale said: "Then why was it never published?" Price said: '
            '"I cannot answer that today."',
            [("Owen Price", True), ("Rita Hale", True), ("Owen Price", True)],
            id="a_speech_verb_before_a_colon_announces_the_next_quote_not_the_one_before",
        ),
        pytest.param(
            "“It changes the race,” said Sen. Paul Vance, who leads the party's campaign arm. "
            "Mayor Ana Ruiz's office calls the report unfair. Yet at a school visit she told "
            "pupils, “I grew up on a farm.”",
            [("Paul Vance", True), ("Paul Vance", False)],
            id="he_after_a_sentence_naming_another_as_an_owner_is_not_sure",
        ),
        pytest.param(
            "“We signed it in May,” Manager Owen Price said. “Then why was it never published?” "
            "Councillor Rita Hale pressed.",
            [("Owen Price", True), ("Rita Hale", True)],
            id="a_name_and_one_verb_closing_the_sentence_after_a_quote_is_its_speaker",
        ),
        pytest.param(
            "The council met. “We will not cut the budget,” Sen. Ana Ruiz of New Mexico tweeted.",
            [("Ana Ruiz", True)],
            id="a_name_with_its_home_after_the_quote_speaks",
        ),
        pytest.param(
            "Tom Pike left in May. He had meant to stay until June, “a date that gives us time to "
            "find someone,” as Ana Ruiz put it on Thursday. The board agreed.",
            [("Ana Ruiz", True)],
            id="as_someone_put_it_after_the_quote",
        ),
        pytest.param(
            "Tom Pike testified for hours. “It was a theft. It is plain who did it,” Sen. Ana Ruiz "
            "snapped at Tom Pike on Wednesday.",
            [("Ana Ruiz", True)],
            id="a_name_and_a_verb_aimed_at_someone_after_the_quote",
        ),
        pytest.param(
            "The race tightened. Sen. Tom Pike, R-Ohio, who leads the campaign committee, said "
            "Tuesday, “It is a big story,” and predicted, “This will make the race much closer.”",
            [("Tom Pike", True), ("Tom Pike", True)],
            id="a_party_label_between_commas_is_not_the_speaker",
        ),
        pytest.param(
            "Former Mayor Tom Pike, a retired science teacher running in the county primary against "
            "the banker Ana Ruiz, pounced: “This will make the race much closer.”",
            [("Tom Pike", True)],
            id="a_long_appositive_before_a_colon",
        ),
        # both named in full, Carl last: "Mrs." is still Nora, whom "her" told a woman (and so
        # "Mr. Vance" a man: Carl)
        pytest.param(
            "Nora Vance on Monday released her tax returns. She and Carl Vance, a banker, "
            "earned $2 million. Mr. Vance declined to comment.\n\n"
            "“We have nothing to hide about our income,” Mrs. Vance said.",
            [("Nora Vance", True)],
            id="an_honorific_tells_apart_two_people_of_one_surname",
        ),
        pytest.param(
            "Gov. Tom Reed spoke on Monday. Mr. Reed's wife, Lena Reed, spoke after him.\n\n"
            "“We will not give up on the new bridge,” Mr. Reed said.",
            [("Tom Reed", True)],
            id="a_kin_word_tells_the_sex_that_an_honorific_picks",
        ),
        # "saying Pike should go": Pike is who the reported clause is about; Ruiz speaks
        pytest.param(
            "On Monday, Mayor Ana Ruiz called the report “deeply flawed,” saying Tom Pike should "
            "resign.",
            [("Ana Ruiz", True)],
            id="a_participle_does_not_invert_its_subject",
        ),
        pytest.param(
            "Tom Pike is the new chief. Ana Ruiz at the time said the plan was “a disaster.”",
            [("Ana Ruiz", True)],
            id="a_time_between_the_subject_and_its_speech_verb",
        ),
        # the quote is the words of the "When ... answered that" clause, the name after it the
        # main clause's reaction; a "he" after that sentence is the main clause's subject
        pytest.param(
            "Justice Ed Moss questioned the company's lawyer, Tom Lamb. When Mr. Lamb answered "
            "that staff “follow the handbook on every call,” Justice Moss scoffed. “A handbook is "
            "not a policy,” he said.",
            [("Tom Lamb", False), ("Ed Moss", False)],
            id="a_quote_in_a_clause_before_the_main_one_is_not_the_main_subjects",
        ),
        # the mayor "believes ...": she, after the quote, speaks of him; she may be someone else
        pytest.param(
            "The spokeswoman Lena Hale travelled with the mayor.\n\n"
            "Mayor Tom Pike “believes that the plan is sound,” she said.",
            [("Tom Pike", False)],
            id="a_name_opening_the_quoted_words_is_who_she_speaks_of",
        ),
        # four words of a title before the role noun ("New York City Police Commissioner")
        pytest.param(
            "“We will find whoever did this,” said Salt Lake County Fire Chief Tom Pike.",
            [("Tom Pike", True)],
            id="a_long_title_before_the_name",
        ),
        # the "when" clause's subject acts in it; the main clause's subject asks
        pytest.param(
            "When Tom Pike praised the old budget at the hearing, Ana Ruiz smiled and asked: "
            "“So now you like deficits?”",
            [("Ana Ruiz", True)],
            id="a_clause_fronted_by_when_does_not_hold_the_speaker",
        ),
        pytest.param(
            "Tom Pike spoke up. As Pike put it, the mayor “has every right to speak her mind.”",
            [("Tom Pike", True)],
            id="as_someone_put_it_then_the_writers_words_before_the_quote",
        ),
        # the writer's words after the idiom have a speaker and verb of their own
        pytest.param(
            "Tom Pike spoke up. As Pike put it, Ana Ruiz said the mayor “has every right.”",
            [("Ana Ruiz", True)],
            id="as_someone_put_it_then_another_speech_verb_is_not_his",
        ),
        pytest.param(
            "“The plan is dead,” House Leader Ana Ruiz (D) and Senate Leader Tom Pike (D) said "
            "in a joint statement.",
            [("Ana Ruiz and Tom Pike", False)],
            id="two_people_who_speak_together_are_no_sure_one",
        ),
        # the name in apposition closes with its comma before "put it"
        pytest.param(
            "Mayor Tom Pike refused to step aside. As his spokesman, Ed Mora, put it, “Anyone "
            "who wants him gone can vote in November.”",
            [("Ed Mora", True)],
            id="as_a_role_and_its_name_put_it",
        ),
        pytest.param(
            "“The ban will only feed the black market,” Ana Ruiz, the director of the Growers "
            "Guild, a trade group, said in a statement.",
            [("Ana Ruiz", True)],
            id="two_appositives_after_the_name_that_speaks",
        ),
        # "Minutes later" tells when; Mr. Pike after it is the sentence's subject, and its "he"
        pytest.param(
            "Mayor Tom Pike and Ana Ruiz met on Monday. Ruiz posted a video of the meeting. "
            "Minutes later Mr. Pike answered her. “This budget is a disaster for the town,” he wrote.",
            [("Tom Pike", True)],
            id="a_span_of_time_opening_a_sentence_is_no_person",
        ),
        # "Minutes later Mr. Pike": only the time stands before him, so he opens the clause,
        # and a "he" after his sentence is him, not the subject of the sentence before
        pytest.param(
            "Mayor Tom Pike and Ana Ruiz met on Monday. Ruiz begged the mayor in a video to act. "
            "Minutes later Mr. Pike seemed to agree, turning to the budget, which he called “a "
            "disgrace to the town.” “We will fix it by Friday,” he wrote.",
            [("Tom Pike", True), ("Tom Pike", True)],
            id="a_name_after_opening_adverbs_is_the_subject",
        ),
        # the idiom gives the words to the one it names, not to the speaker of the quote before
        pytest.param(
            "Mayor Tom Pike called the plan “a good start.” Landlords warn it would "
            "“drive the small owners out of town,” in the words of Ana Ruiz of the Owners Guild.",
            [("Tom Pike", True), ("Ana Ruiz", True)],
            id="in_the_words_of_after_the_quote",
        ),
        pytest.param(
            "The report's main finding, in the words of Ana Ruiz, the board's chair, is that "
            "“the schools have been short of money for a decade.”",
            [("Ana Ruiz", True)],
            id="in_the_words_of_before_the_quote",
        ),
        # the whole sentence, the quote in it, is what Mr. Hale said
        pytest.param(
            "Tom Hale led the review. Among its findings is that “the bridge needs new cables” "
            "within a year, Mr. Hale said.",
            [("Tom Hale", True)],
            id="a_name_and_its_speech_verb_closing_the_sentence_after_the_quote",
        ),
        # Pike is what the controversy is over, not one who speaks: the words are Hale's
        pytest.param(
            "Tom Hale and Ann Pike met on Monday. Any dispute over Pike's vote concerns “the "
            "rights of one member,” not the party's line, Hale said.",
            [("Tom Hale", True)],
            id="a_closing_speaker_after_someone_named_only_as_the_topic",
        ),
        # "of Ohio" tells where he is from, as after a quote ("Rep. Tom Pike of Ohio said")
        pytest.param(
            "Representative Tom Pike of Ohio, the chairman of the budget committee, was blunter: "
            "“This plan is dead on arrival.”",
            [("Tom Pike", True)],
            id="a_name_with_its_home_and_an_appositive_before_a_colon",
        ),
        pytest.param(
            "Ana Ruiz spoke first. Managers, Tom Pike chimed in, “are told how to use that freedom.”",
            [("Tom Pike", True)],
            id="chimed_in_is_a_verb_of_speech",
        ),
        # "X said ..., while Y said ...": two clauses, each with its own subject; the speech verb
        # of the first clause does not make the second one's speaker doubtful
        pytest.param(
            "Asked about the delay, Mayor Tom Hale said he had no answer, while Police Chief "
            "Ana Ruiz said the plan “was never properly funded.”",
            [("Ana Ruiz", True)],
            id="a_clause_after_while_has_its_own_speaker",
        ),
        # "who ... before saying ...," tells about Hale; "said" after it is his own speech
        pytest.param(
            "The council met on Monday. Mayor Tom Hale, who had refused to comment for weeks "
            "before saying the audit was fair, said the bridge was “far too expensive to repair.”",
            [("Tom Hale", True)],
            id="a_speech_verb_in_a_relative_clause_leaves_the_subject_sure",
        ),
        # "Prior to the vote," opens the sentence as "Before the vote," would: Ruiz speaks
        pytest.param(
            "Prior to the vote, Mayor Ana Ruiz met the council and vowed that “the bridge will "
            "be rebuilt by winter.”",
            [("Ana Ruiz", True)],
            id="a_fronted_prior_to_phrase_is_no_speaker",
        ),
        # "Progress" is written in lower case elsewhere in the text: capitalised only as the
        # first word of its sentence, it is no person a "he" could stand for: he is the mayor
        pytest.param(
            "Mayor Tom Pike spoke for an hour about progress.\n\n"
            "Progress, he said, is a long road.\n\n"
            "“We are not there yet,” he said.",
            [("Tom Pike", True)],
            id="a_common_word_opening_a_sentence_names_no_one",
        ),
        # "Mr. Pike" is the subject of the sentence before, an honorific telling a person as a
        # given name does; the other man it names is an object
        pytest.param(
            "Later, Mr. Pike, speaking as he met Governor Ana Ruiz, offered a short answer.\n\n"
            "“We will rebuild the bridge,” he told reporters.",
            [("Pike", True)],
            id="he_is_the_subject_named_with_an_honorific_in_the_sentence_before",
        ),
        # a run of capitalised words ending in "Conference" names a meeting, not a person a
        # "he" could stand for
        pytest.param(
            "Tom Pike spoke on Friday.\n\n"
            "Later he told the Lakeside Growers Conference it would meet again.\n\n"
            "“We are not there yet,” he said.",
            [("Tom Pike", True)],
            id="a_conference_is_no_person",
        ),
        # "of Elm County, Ariz.," tells where the sheriff is from, as news abbreviates a state;
        # the relative clause after it is still the sheriff's
        pytest.param(
            "The mayor won the backing of Sheriff Tom Pike of Elm County, Ariz., who proudly "
            "calls himself the “busiest sheriff” in the state.",
            [("Tom Pike", True)],
            id="a_home_with_its_state_is_no_speaker",
        ),
        # "hailed her new ally as the "...": a verb that labels someone in quoted words, as
        # "called" does; the words are the subject's
        pytest.param(
            "Tom Pike endorsed Mayor Ana Ruiz on Tuesday. Ruiz, in turn, hailed her new ally "
            "as the “hardest-working sheriff” in the state.",
            [("Ana Ruiz", True)],
            id="hailing_someone_in_quoted_words_is_speaking",
        ),
        # "has talked up "...": the subject speaking up for himself, in his own words
        pytest.param(
            "Iowa ranks third in farm sales, and Tom Pike has talked up “years of hard work on the farm.”",
            [("Tom Pike", True)],
            id="talking_up_ones_record_is_speaking",
        ),
        # "Ana Ruiz's statement noted": her own statement says her words
        pytest.param(
            "Ana Ruiz's statement noted her years on the farm, including “hard work every day.”",
            [("Ana Ruiz", True)],
            id="a_persons_statement_speaks_for_its_owner",
        ),
        # "asserted the case was "...": he says so, as "claimed" does
        pytest.param(
            "Tom Pike's lawyer, Ana Ruiz, asserted the case was “driven by politics” from the start.",
            [("Ana Ruiz", True)],
            id="asserted_is_a_speech_verb",
        ),
        # '"...," Mayor Tom Pike was quoted as saying': the paper quoting him is no speaker
        pytest.param(
            "“We should all pitch in,” Mayor Tom Pike was quoted as saying, playing the peacemaker.",
            [("Tom Pike", True)],
            id="quoted_as_saying_after_the_quote",
        ),
        # "Millbrook Herald Editor Tom Pike": the paper's name and the title before him are
        # no part of his name
        pytest.param(
            "“We print what we can check,” Millbrook Herald Editor Tom Pike said.",
            [("Tom Pike", True)],
            id="a_papers_editor_is_the_person_after_the_title",
        ),
        # "Singling out Hale, he added": "he" is the participle's subject too, Hale its object
        pytest.param(
            "Mayor Tom Pike toured the flooded streets on Monday.\n\n"
            "Singling out Council Chairman Tom Hale, he added: “We cannot wait for the council.”",
            [("Tom Pike", True)],
            id="a_name_in_a_fronted_participle_is_its_object_not_the_pronoun",
        ),
        # "Not long after," opens the sentence as "Later," would: "Not" is no one, Ruiz speaks
        pytest.param(
            "Not long after, Mayor Ana Ruiz met the council and said the bridge “will be rebuilt "
            "by winter.”",
            [("Ana Ruiz", True)],
            id="a_fronted_time_phrase_ending_in_its_time_word_is_no_speaker",
        ),
        # "Social Security" is a programme, as "Social Services" is: no person, no one "she"
        # could stand for besides Ruiz
        pytest.param(
            "Harbor Trust CEO Ana Ruiz later issued a statement calling the report false.\n\n"
            "She said the bank still backs Social Security in full. “We are not closing a single "
            "branch,” she said.",
            [("Ana Ruiz", True)],
            id="a_programme_named_like_a_person_is_no_one",
        ),
        # "Ohio's Ana Ruiz": the possessive tells where she is from; she is the subject the
        # "she" after the quote stands for, not the mayor the clause names after her
        pytest.param(
            "Lawmakers are divided. Ohio's Ana Ruiz, who chairs the panel, will oppose Mayor "
            'Tom Hale: "We cannot wait for the budget before we vote on the bridge," she said.',
            [("Ana Ruiz", True)],
            id="a_place_possessive_before_a_name_leaves_it_the_subject",
        ),
        # "Ruiz concludes": a closing line is said, as "adds" is; the name next to it speaks
        pytest.param(
            'The spot opens on a farm. "We stood with you when the river rose," Ana Ruiz '
            "concludes, a jab at her rival.",
            [("Ana Ruiz", True)],
            id="concludes_is_a_verb_of_speech",
        ),
        # "When Pike finished ..., Hale shot back": Pike is the subject of the fronted clause
        # only; the "he" who adds the next quote is Hale, the one who spoke
        pytest.param(
            "Tom Pike and Dan Hale met for a debate on Tuesday. When Pike finished his opening "
            'answer on the bridge, Hale shot back: "That is a load of nonsense." "Not a single '
            'thing he said is accurate," he added.',
            [("Dan Hale", True), ("Dan Hale", True)],
            id="the_name_in_a_fronted_clause_is_not_the_sentences_subject",
        ),
        # "Announcing the deal, Mr. Hale showed ...": Hale is the subject, and the "he" of his
        # own sentence is his, not someone the sentence before made its subject
        pytest.param(
            "Speaker Ana Ruiz said the vote would wait. Announcing the deal, Mr. Dan Hale showed "
            'the workers a warmth he had not shown before: "You are fantastic people," he said.',
            [("Dan Hale", True)],
            id="a_name_after_a_fronted_participle_is_the_subject",
        ),
        # 'Ruiz tweeted a photo: "Have you gone today?" Tom Pike tweeted his opposition.': the
        # question closes the quote Ruiz announced; Pike's verb opens a sentence of its own
        pytest.param(
            "Tom Pike opposes the chain. On Wednesday Rep. Ana Ruiz tweeted a photo of her own "
            'visit: "Have you gone today?" Tom Pike tweeted his opposition.',
            [("Ana Ruiz", True)],
            id="a_quote_announced_by_a_colon_is_not_the_next_sentences",
        ),
        # "Oversight and Government Reform Committee spokesman Ali Ahmad said": one title
        pytest.param(
            "“The committee has been contacted by her lawyer,” Oversight and Government Reform "
            "Committee spokesman Ali Ahmad said in a statement.",
            [("Ali Ahmad", True)],
            id="a_body_joined_by_and_before_an_office_names_its_holder",
        ),
        # "Pike and Ruiz urged a veto, Ruiz warning it had "...": Ruiz's words, no speech
        # within the urging
        pytest.param(
            "The bill passed. Sens. Tom Pike and Ana Ruiz both urged a veto, Ruiz warning it had "
            "“the potential to create more problems than it solves.”",
            [("Ana Ruiz", True)],
            id="an_absolute_clause_after_a_speech_verb_is_its_subjects_own",
        ),
        pytest.param(
            '"We have already lost this fight," Senator Tom Pike of Ohio lamented.',
            [("Tom Pike", True)],
            id="lamented_is_a_verb_of_speech",
        ),
        # "When Hale learned ..., he became concerned": the main clause's "he" is Hale, so
        # Hale is the subject a "he said" after it stands for
        pytest.param(
            "Tom Pike ran the office. When Dan Hale learned years later that Pike had been "
            'promoted, he became concerned. "He was being rewarded for what he had done," he said.',
            [("Dan Hale", True)],
            id="the_name_in_a_fronted_clause_is_the_subject_when_a_pronoun_follows",
        ),
        # "published a blog post stating that ...": "stating" is a verb of speech, as "stated" is
        pytest.param(
            "Tom Pike, a former state lawmaker, published a blog post stating that the story was "
            "“fed to the paper by the Ruiz campaign.”",
            [("Tom Pike", True)],
            id="a_participle_stating_takes_its_clauses_subject",
        ),
        # "Rep. Mo Brooks (R-Ala.), who ..., credited the officers:": the party in brackets is
        # the name's label; the clause before the colon is still about him
        pytest.param(
            "Rep. Tom Pike (R-Ala.), who used his belt as a tourniquet on a wounded staffer, "
            "credited the officers: “It would have been a massacre without them.”",
            [("Tom Pike", True)],
            id="a_colon_after_a_name_its_party_and_its_appositive",
        ),
        # "supports it and has long said,": an adverb of how often between "has" and the verb
        pytest.param(
            "Tom Pike supports the plan and has long said, “Freedom means freedom for everyone.”",
            [("Tom Pike", True)],
            id="has_long_said_shares_its_clauses_subject",
        ),
        # "Their father, former Wyoming senator Dick Cheney,": the name after the role's comma
        # may carry a title of its own; the role stands for that name
        pytest.param(
            "Ana Pike and Mary Pike spoke on Friday. Their father, former Wyoming senator Dan Pike, "
            "supports the plan and has said, “Freedom means freedom for everyone.”",
            [("Dan Pike", True)],
            id="a_role_in_apposition_to_a_titled_name_is_that_name",
        ),
        # "A student followed him. '...,' the student said": the student is the unnamed person
        # brought in by "a student", not Pike, whom the role was never given
        pytest.param(
            "Tom Pike walked out of the hall on Monday. A student followed him to the car. "
            "“We're just here for a project,” the student said.",
            [("Tom Pike", False)],
            id="a_role_the_text_brought_in_unnamed_is_not_the_person_just_named",
        ),
        # "Tom Pike just told reporters that": an adverb of when, as "has long said" is of how often
        pytest.param(
            "Tom Pike, the council's treasurer, just told reporters that it “would raise the risk.”",
            [("Tom Pike", True)],
            id="just_between_the_subject_and_its_verb",
        ),
        # "Tom Pike has long said that": an adverb of how often between the subject and its verb
        pytest.param(
            "Tom Pike has long said that “freedom means freedom for everyone.”",
            [("Tom Pike", True)],
            id="has_long_said_after_the_subject",
        ),
        # "Managers, he went on, "..."": the capital is the sentence's; the text writes
        # "managers" in lower case elsewhere, so it names no one who could have said the words
        pytest.param(
            "Tom Pike responded that “there is broad discretion given the managers.” "
            "Managers, he went on, “are informed by the company about how to use it.”",
            [("Tom Pike", True), ("Tom Pike", True)],
            id="a_common_word_opening_the_sentence_is_no_other_agent",
        ),
        # "in the Times" says where she writes, as "of the Times" would; "today" is when
        pytest.param(
            "Ana Ruiz in the Kestrel Times today explains why, “More than any rival, he listens.”",
            [("Ana Ruiz", True)],
            id="a_writer_named_with_the_paper_she_writes_in_speaks",
        ),
        # "(D-Calif.)" is her label, as before a verb ahead of the quote: she is who said it
        pytest.param(
            "The bill “takes power from the elites,” Rep. Ana Ruiz (D-Calif.) said.",
            [("Ana Ruiz", True)],
            id="a_name_with_party_and_state_in_brackets_after_the_quote_is_sure",
        ),
        # "After reporter Tom Pike finished ..., Ana Ruiz ... said": Pike acts in the fronted
        # clause (longer than a phrase of time); Ruiz, the main clause's subject, speaks
        pytest.param(
            "After cable news reporter Tom Pike finished his report, Ana Ruiz stormed back, "
            "leaned into him and said, “Let me be clear to you.”",
            [("Ana Ruiz", True)],
            id="a_clause_fronted_by_after_holds_no_subject_of_the_main_clause",
        ),
        # "..., but Pike made clear he would not fade away:": the clause after "but" is Pike's
        pytest.param(
            "Tom Pike and his wife, Jill, took the train home, but Pike made clear he would not "
            "fade away: “I won’t stop.”",
            [("Tom Pike", True)],
            id="the_subject_of_a_colon_clause_after_but",
        ),
        # "calling the claims false": "claims" is a noun; Ruiz's "shot back" is the verb
        pytest.param(
            "Ana Ruiz shot back in a statement that night, calling the claims false and "
            "appalling: “It's unfounded, but people are running with these accusations.”",
            [("Ana Ruiz", True)],
            id="a_speech_verbs_form_after_a_determiner_is_a_noun",
        ),
        # the "he" ending "headache" is no one: the quote has no speaker
        pytest.param(
            "Tom Pike left office in May. For the town, the headache continues: “We have no money.”",
            [(None, False)],
            id="a_pronoun_is_a_whole_word",
        ),
        # "writing that he and Pike had talked and "..."": the two speak together, not Pike alone
        pytest.param(
            "Ana Ruiz backed the pause on Twitter, writing that she and Tom Pike had talked and "
            "“both believe that conservation is critical.”",
            [("Tom Pike", False)],
            id="two_subjects_of_one_speech_verb_are_no_sure_speaker",
        ),
        # "His co-counsel at Patton Boggs, Robert D. Luskin, said": the firm is no speaker
        pytest.param(
            "The lawyer, Mark D. Sheridan, said the party would respond. His co-counsel at Patton "
            "Boggs, Robert D. Luskin, said both “intend to cooperate with the committee.”",
            [("Robert D. Luskin", True)],
            id="a_role_at_a_firm_then_a_name_is_that_name",
        ),
        # "Notorious conspiracy theorist Alex Jones, banned by big tech, agrees:": his words
        pytest.param(
            "Trump floated a fix for social media. Notorious conspiracy theorist Alex Jones, "
            "banned by big tech, agrees: “Censorship is a very dangerous thing.”",
            [("Alex Jones", True)],
            id="a_description_before_a_full_name_with_an_appositive_and_a_colon",
        ),
        # "said the Rev. Ann Ruiz": the title's full stop ends no sentence, and "the" before a
        # clergyman's title is news style, no role; not the speaker of the quote before
        pytest.param(
            "Tom Pike hailed the crowd: “You are the best.” “We didn’t know it was Pike "
            "coming,” said the Rev. Ann Marie Ruiz of Our Lady of Guadalupe.",
            [("Tom Pike", True), ("Ann Marie Ruiz", True)],
            id="said_the_rev_is_the_clergyman",
        ),
        # "Rev. Ann Ruiz of Our Lady of Guadalupe, told HuffPost.": a body's name holding "of",
        # then a comma before the verb: still Ruiz, not the speaker of the paragraph before
        pytest.param(
            "“The town needs changes,” Tom Pike said.\n\n"
            "“We didn’t know who was coming,” Rev. Ann Marie Ruiz of Our Lady of Guadalupe, "
            "told HuffPost.",
            [("Tom Pike", True), ("Ann Marie Ruiz", True)],
            id="a_name_and_its_body_with_a_stray_comma_before_the_verb",
        ),
        # '"...," Sen. Tom Pike fumed after ...': the name and his verb after the quote
        pytest.param(
            "Ana Ruiz spoke first. “It was an attack. It's clear what the motive was,” Sen. Tom "
            "Pike fumed after Ruiz dodged questions on the budget.",
            [("Tom Pike", True)],
            id="fumed_is_a_verb_of_speech",
        ),
        # "A separate attendee, Ann Ruiz, whose ..., put it this way:": an attendee is a role
        # as a resident is, and the name after it speaks
        pytest.param(
            "Tom Pike said the mayor listened. A separate attendee, Ann Ruiz, whose brother died "
            "after an encounter with police in 2012, put it this way: “He just let us speak.”",
            [("Ann Ruiz", True)],
            id="an_attendee_named_in_apposition_then_a_colon",
        ),
        # '"...," Mayor Tom Pike is shown saying': a clip showing him is no other speaker
        pytest.param(
            "The ad opens on a clip. “We will not wait any longer,” Mayor Tom Pike is shown saying.",
            [("Tom Pike", True)],
            id="shown_saying_after_the_quote",
        ),
        # '"...," conspiracy theorist Tom Pike chimed in': the writer's description, no role
        # noun, before the name that speaks
        pytest.param(
            "“Let everybody in, and we will sort it out!” conspiracy theorist Tom Pike chimed in.",
            [("Tom Pike", True)],
            id="a_lower_case_description_before_a_full_name_after_the_quote",
        ),
        # '"...," wrote conspiracy theorist Tom Pike': the description follows the verb,
        # inverted, before the name that speaks (fresh42's rw-548)
        pytest.param(
            "“Too many voices are being silenced, good and bad,” wrote conspiracy theorist Tom Pike.",
            [("Tom Pike", True)],
            id="a_lower_case_description_after_an_inverted_speech_verb",
        ),
        # '"... to that place. I'm hopeful," she said, adding that "..."': the "I'm" is the
        # speaker's word, not the second quote's speaker, which is hers
        pytest.param(
            "Mayor Ana Ruiz met reporters on Friday. “We are not at that place. I'm hopeful,” she "
            "said, adding that “we can never hold the town hostage again.”",
            [("Ana Ruiz", True), ("Ana Ruiz", True)],
            id="a_sentence_found_inside_an_earlier_quotation_begins_after_it",
        ),
        # 'Pike said when asked about Ana Ruiz's foul-mouthed vow to "..."': the vow names its
        # own speaker, Ruiz; Pike's verb speaks of her words, it does not say them
        pytest.param(
            "“I am not in the censorship business,” Mayor Tom Pike said when asked about council "
            "member Ana Ruiz's foul-mouthed vow to “fire that crook,” meaning the treasurer.",
            [("Tom Pike", True), ("Ana Ruiz", True)],
            id="a_quote_inside_a_named_owners_vow_is_the_owners",
        ),
        # 'Pike told them to "...," BayNews said, citing the post': the outlet relays the whole
        # sentence; the words are Pike's as the text tells it (fresh50's rw-646)
        pytest.param(
            "Ana Ruiz, press secretary to Rep. Tom Pike (D-Ohio), had gone after the students. In "
            "the post, Pike told them to “try showing a little class,” BayNews said, citing the "
            "full text.",
            [("Tom Pike", True)],
            id="the_teller_cited_after_a_quote_relays_the_sentences_own_speaker",
        ),
        # "The sneering message also urged them to ...": the words are the message's, whoever
        # the writer said wrote it (fresh50's rw-646)
        pytest.param(
            "Tom Pike, the mayor, spoke on Monday. “We will try again,” Pike said. The sneering "
            "message also urged them to dress “like you deserve respect.”",
            [("Tom Pike", True), ("Tom Pike", False)],
            id="a_quote_a_piece_of_writing_carries_is_not_surely_the_last_speakers",
        ),
        # 'Pike called Ruiz's comments "disgraceful"': Pike's own word about her comments (a
        # guard, which main passes too)
        pytest.param(
            "Mayor Tom Pike called council member Ana Ruiz's comments “disgraceful” on Friday.",
            [("Tom Pike", True)],
            id="a_quote_after_a_named_owners_comments_is_the_sentences",
        ),
        # 'a drama like "Homeland" plays as the mayor continues. "..."': the show's title is
        # no one's words, so the sentence before still introduces the quote (fresh46's rw-595b)
        pytest.param(
            "Mayor Tom Pike spoke at the fair. A score fit for a drama like “Homeland” plays as "
            "the mayor continues. “They tell us to wait for the river to fall again.”",
            [(None, False), ("Tom Pike", True)],
            id="a_title_in_quotation_marks_in_the_sentence_before_quotes_no_one",
        ),
        # "Ruiz, the report notes, called it a "..."": the aside says who reports the clause;
        # Ruiz's own verb gives her the words, no speech within speech (fresh45's rw-587)
        pytest.param(
            "Dana Ruiz spoke on Friday, and Tom Pike defended her. Ruiz, the report notes, called "
            "it a matter of the “freedom of speech of an individual member.”",
            [("Dana Ruiz", True)],
            id="an_aside_between_a_subject_and_its_verb_leaves_the_words_the_subjects",
        ),
        # '"...," embattled Rep. Tom Pike (R-Ohio) said': an adjective, not a verb (rw-622)
        pytest.param(
            "“We are disappointed, but hardly surprised,” embattled Rep. Tom Pike (R-Ohio) said.",
            [("Tom Pike", True)],
            id="a_word_in_ed_before_a_name_after_the_quote_describes_the_speaker",
        ),
        # "Ruiz warns against ..., and even Pike calls him "...": two clauses, each with its
        # subject; Pike's words are no speech within Ruiz's (fresh48's rw-619)
        pytest.param(
            "Ana Ruiz warns against writing him off, and even Tom Pike calls him “a maestro of "
            "the town hall meeting.”",
            [("Tom Pike", True)],
            id="an_adverb_opening_a_coordinate_clause_leaves_its_subject_the_speaker",
        ),
        # ", though author Lois Romano does criticize what she calls the "radical" ...": the
        # clause's subject, named after the calling "author", is the "she" (fresh51's rw-652)
        pytest.param(
            "The word does not appear in the magazine's profile of Ruiz, though author Ana Pike "
            "does criticize what she calls the “radical” wing that Ruiz leads.",
            [("Ana Pike", True)],
            id="a_pronoun_of_a_clause_whose_subject_is_described_by_a_calling",
        ),
        # '"...," he said, referring to when Fox said he wasn't going to pay for "..."': "he
        # said" has its words, the tweet before it; Fox's are Fox's (fresh51's rw-656b)
        pytest.param(
            "Mayor Ana Ruiz opposed the visit. “She invited me too,” Tom Hale said, referring to "
            "when Ruiz said she wasn't going to pay for “that stupid wall.”",
            [("Tom Hale", True), ("Ana Ruiz", True)],
            id="a_speech_verb_after_one_closing_a_quote_before_is_no_speech_within_speech",
        ),
        # "a dig at Fox's vow not to pay for "that f-----g wall"": the words run on from the
        # vow's "to" and are Fox's, not the tweet's author's (fresh49's rw-630b, fresh43's rw-556b)
        pytest.param(
            "Mayor Ana Ruiz opposed the visit. “She invited me too,” Tom Hale wrote, a dig at "
            "Ruiz's vow not to pay for “that stupid wall.”",
            [("Tom Hale", True), ("Ana Ruiz", True)],
            id="a_quote_inside_what_a_named_owner_vowed_to_do_is_the_owners",
        ),
        # 'Notes obtained by The Weekly Standard ... by spokeswoman Ana Ruiz ... she argued that
        # "...": the magazine is no woman the "she" may be (fresh51's rw-662)
        pytest.param(
            "Notes obtained by The Weekly Standard show efforts by spokeswoman Ana Ruiz to cut "
            "the report. According to the notes, she argued that critics would “beat up” the "
            "department.",
            [("Ana Ruiz", True)],
            id="a_pronoun_after_a_magazines_name_and_one_womans",
        ),
        # 'Tom Pike, she said, "believes ..."': the aside's clause goes on in the speaker's own
        # words; its subject, Pike, is whom she speaks of, not she (fresh52's rw-673)
        pytest.param(
            "Press secretary Ana Ruiz spoke to reporters on the trip. Tom Pike, she said, "
            "“believes that we cannot allow a mere allegation to destroy a life.”",
            [("Ana Ruiz", True)],
            id="a_pronouns_aside_before_her_own_quoted_words",
        ),
        # 'Their father, former Vice President Tom Pike, ... has put it plainly: "..."': the
        # father is the man named after his own title (fresh52's rw-670)
        pytest.param(
            "Their father, former Vice President Tom Pike, backs the plan and has put it "
            "plainly: “Freedom means freedom for everyone.”",
            [("Tom Pike", True)],
            id="a_kin_role_before_a_titled_name_in_apposition_before_a_colon",
        ),
        # 'House GOP leaders have been just as blunt: "..."': the leaders, not "House GOP" read
        # as a name (fresh36's rw-473)
        pytest.param(
            "House GOP leaders have been just as blunt: “There won't be amnesty inside it.”",
            [("House GOP leaders", False)],
            id="a_bodys_leaders_before_a_colon_are_the_group_not_its_name",
        ),
    ],
)
def test_the_speaker_of_each_quotation(text: str, expected: list[tuple[str | None, bool]]) -> None:
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "index"),
    [
        pytest.param(
            "Sen. Paul Vance said Governor Ana Ruiz told them she would “keep the bridge closed for years.”",
            0,
            id="speech_within_speech_is_doubtful",
        ),
        pytest.param(
            "Reporter Tom Pike asked in the interview whether the plan, which the council approved "
            "last spring after a long and bitter debate, would leave the town looking like a place "
            "“trapped in the past.”",
            0,
            id="a_speech_verb_far_before_the_quote_is_doubtful",
        ),
        # two people and neither the sentence's subject ("Vance met Ruiz": "he" is Vance)
        pytest.param(
            "On Monday the talks between Sen. Paul Vance and Governor Ana Ruiz ran late. "
            "“It went well,” he said.",
            0,
            id="he_is_not_sure_when_the_sentence_before_names_two",
        ),
        # Hale is what "according to" cites, set off by commas: the "he" of that sentence is
        # someone else, so Hale is no sure "he" for the quote after it
        pytest.param(
            "Rep. Tom Pike said he would wait for the law.\n\n"
            "According to his chief of staff, Dan Hale, he would decide once the law changed. "
            "“I had no idea how to run an office,” he said.",
            0,
            id="a_name_in_apposition_inside_a_fronted_phrase_is_no_subject",
        ),
        pytest.param(
            "Tyler Shields took the photo. As for his work with comedian Kathy Griffin, he has no "
            "regrets.\n\n"
            "“I know she loves to stir the pot,” he said.",
            0,
            id="a_sentence_with_a_he_of_its_own_points_further_back",
        ),
        pytest.param(
            "The speech was grim for an Inaugural Address, heavy with talk of decline.\n\n"
            "“This carnage stops right here,” he declared.",
            0,
            id="he_needs_someone_the_text_shows_is_a_person",
        ),
        pytest.param(
            "“We will appeal,” Mayor Ana Ruiz said. Tom Pike, the council leader, disagreed. “He is wrong.”",
            1,
            id="a_continuation_is_not_sure_when_someone_else_is_named_in_between",
        ),
        pytest.param(
            "Governor Asa Hutchinson spoke on Monday. His son, Seth Hutchinson, wrote to him. "
            "The bill passed. Lawmakers went home. The vote was close.\n\n"
            "“It is always a lively conversation,” Mr. Hutchinson said.",
            0,
            id="a_shared_surname_named_in_full_long_before_is_a_guess",
        ),
        pytest.param(
            "She praised the pact as the “gold standard” of trade deals, which campaign "
            "spokesman Tom Pike said shows her judgment.",
            0,
            id="the_attribution_after_the_sentence_is_doubtful",
        ),
        pytest.param(
            "Tom Pike's office released a statement, saying the plan was “deeply flawed from the start.”",
            0,
            id="a_possessive_subject_does_not_speak",
        ),
        # "his son" opens a clause of its own: "he" may be either
        pytest.param(
            "On Wednesday, Gov. Tom Ruiz said he would veto the bill, but his son refused to "
            "take any credit. “I did not sway my dad,” he said.",
            0,
            id="he_is_not_sure_when_a_second_clause_has_its_own_subject",
        ),
        # "they" speaks for the members, not for the one person the sentence before names
        pytest.param(
            "The members wrote to Sen. Paul Vance on Monday. “Your plan is false,” they said.",
            0,
            id="they_is_never_surely_one_person",
        ),
        pytest.param(
            "Tom Hale, the mayor, spoke. “We will win,” the governor said.",
            0,
            id="a_role_is_not_the_person_just_named_who_holds_another",
        ),
        pytest.param(
            'Tom Pike said, citing an email from an aide: "Our position has not changed on the bridge."',
            0,
            id="words_relayed_from_someone_cited_are_doubtful",
        ),
        pytest.param(
            "Did Ana Ruiz pay the money back? Representative Tom Pike said he hoped so.\n\n"
            "In her resignation statement, the disgraced congressman said “it is time to go.”",
            -1,
            id="a_role_with_a_word_of_judgment_never_given_its_holder_is_a_guess",
        ),
        pytest.param(
            "Host Tom Pike opened the interview by asking what she had meant. “I meant the developers.”",
            0,
            id="a_quote_after_a_question_is_not_the_askers",
        ),
        # "Pike, who ... in her defense, ... "...," he told Hale": Tom or Ana Pike? The surname
        # alone does not tell which, so neither does the "he"
        pytest.param(
            "Dan Hale fought Senator Tom Pike all week. He mocked Ana Pike online.\n"
            "Pike, who had spent Wednesday quoting a movie in her defense, had had enough. "
            "“Leave Ana the hell alone,” he told Hale.",
            -1,
            id="a_pronoun_after_a_surname_two_people_share_is_a_guess",
        ),
        # '"...act?" Former chief Dan Hale has accused Ruiz of "..."': the words between the
        # question and the next quote are that quote's sentence, naming two others (rw-624)
        pytest.param(
            "Mayor Tom Pike spoke on Monday. He wrote “Shame!” and “The council must finally "
            "act?” Former chief Dan Hale has accused Ana Ruiz of “ignoring basic safety rules.”",
            -1,
            id="a_quote_after_a_question_is_not_surely_its_speakers_when_others_are_named",
        ),
        # "Mary Ruiz, daughter of Tom Ruiz, used Facebook to answer her older sister" gives Tom
        # no "sister" role; "Her sister's answer:" is someone the text does not surely name
        pytest.param(
            "Mary Ruiz, daughter of former Mayor Tom Ruiz, used Facebook to answer her older "
            "sister Ana, a council candidate, over the bridge. Ana Ruiz said on Friday the town "
            "should vote on it. Her sister's scathing answer: “Rights are not put to a show of "
            "hands.”",
            -1,
            id="her_sister_is_not_a_father_named_inside_an_appositive",
        ),
    ],
)
def test_a_doubtful_speaker(text: str, index: int) -> None:
    assert _speakers(text)[index][1] is False


@pytest.mark.parametrize(
    ("text", "index", "speaker"),
    [
        pytest.param(
            "“We will appeal,” Mayor Ana Ruiz said.\n\nThe council met on Monday to discuss the “bridge issue.”",
            1,
            (None, False),
            id="a_quote_without_attribution_in_a_sentence_of_its_own_has_no_speaker",
        ),
        pytest.param(
            "On Wednesday, Senator Tom Ruiz said Paul Vance shared Ana Ortiz's view. "
            "“It went well,” he said.",
            0,
            ("Tom Ruiz", True),
            id="he_is_the_subject_of_a_speech_verb_after_an_opening_phrase",
        ),
        pytest.param(
            "The council met on Monday. Rep. Tom Pike, who has led the inquiry, was not satisfied. "
            "“This is about the mayor. This is not about the budget. We want answers,” he said. "
            "“If this is as innocent as it looks, why did it take three months?” he added.",
            -1,
            ("Tom Pike", True),
            id="a_pronoun_carries_on_the_run_of_the_last_speaker",
        ),
        pytest.param(
            "Mayor Ruiz met Tom Pike on Monday.\n"
            "“Who would call a man that? They are casting her as a villain,” Ruiz said.\n"
            "“It is something you say of wrestlers,” she said.",
            -1,
            ("Ruiz", True),
            id="a_pronoun_inside_a_quote_is_the_speakers_where_a_sentence_begins_in_it",
        ),
        pytest.param(
            "“The plant fouled the water,” said inspector Ana Ruiz. "
            "Mill Creek, she said, is “a treasured trout stream.”",
            -1,
            ("Ana Ruiz", True),
            id="a_name_before_an_aside_attribution_is_what_she_speaks_of",
        ),
        pytest.param(
            "Tom Pike spoke after Ana Ruiz. Ruiz argued for the plan. It would cost $4 million.\n\n"
            "“We need the bridge,” she said. “The town cannot wait.”\n\n"
            "She added: “Every week costs us.”",
            -1,
            ("Ana Ruiz", True),
            id="a_pronoun_opening_the_next_paragraph_goes_on_with_the_last_speaker",
        ),
        # "To Pike she added: "...": Pike is whom she speaks to, not she
        pytest.param(
            "Tom Pike was sworn in on Thursday.\n\nAna Ruiz took to Twitter on Saturday. “They are "
            "hypocrites,” she wrote. To Pike she added: “I got your back @TomPike - we ride together.”",
            -1,
            ("Ana Ruiz", True),
            id="a_name_the_words_are_addressed_to_is_not_the_pronouns_speaker",
        ),
        # "his" and "him" bind to the sentence's subject; they point to no one named earlier
        pytest.param(
            "Mayor Ana Ruiz spoke first. “We are ready,” she said.\n\n"
            "Pike admitted on Friday that his office lost the files, costing him the job. "
            "“I am sorry for it,” he said.",
            1,
            ("Pike", True),
            id="a_his_after_the_one_subject_of_the_sentence_before_is_his_own",
        ),
        # "urged a veto of a bill [that] Hale warned "..."": Hale's own verb, no speech in
        # Pike's; "said the mayor Hale told" (a person) stays in doubt
        pytest.param(
            "Gov. Dan Hale signed a new bill on Thursday. Walmart chief Tom Pike had also urged a "
            "veto of a bill Hale warned “threatens to undermine the spirit of inclusion.”",
            -1,
            ("Dan Hale", True),
            id="a_name_opening_a_relative_clause_after_a_thing_is_its_verbs_subject",
        ),
        # "with some saying ... and one blogger asking, "..."": the blogger asks, not the
        # sentence's subject (fresh43's rw-559, fresh47's rw-604b, fresh49's rw-631)
        pytest.param(
            "Conservative websites are crying foul over the cover, with some saying it makes "
            "Ruiz look “crazy” and one blogger asking, “Can anyone really say with a straight "
            "face that the paper is fair?”",
            1,
            ("one blogger", True),
            id="an_indefinite_subject_of_an_absolute_participle_is_someone_unnamed",
        ),
        # the text made someone its narrator: "the narrator" is that person (a guard, which
        # main passes too)
        pytest.param(
            "The film is narrated by Dana Ruiz, the narrator of many town films. Tom Pike appears "
            "in it. “Every day the river rises,” Pike says. Then the narrator adds: “The town "
            "needs strength, not apologies.”",
            -1,
            ("Dana Ruiz", True),
            id="a_named_narrator_is_still_that_person",
        ),
        # '"...," he said, adding that Ruiz told him "..."': speech within his speech, in doubt
        # (a guard, which main passes too)
        pytest.param(
            "Mayor Ana Ruiz opposed the visit. “She invited me too,” Tom Hale said, adding that "
            "Ruiz told him she would not pay for “that stupid wall.”",
            1,
            ("Ana Ruiz", False),
            id="a_participle_of_speech_carries_the_first_speech_on",
        ),
        # "after video emerged of him warning that "..."": "him" speaks, the sentence's subject
        # (fresh51's rw-659b)
        pytest.param(
            "Tom Hale apologized to Senator Ana Ruiz, a Republican, and “anyone I may have "
            "offended” after video emerged of him warning that “a farmer who never went to law "
            "school” could chair the committee.",
            -1,
            ("Tom Hale", True),
            id="the_one_a_recording_shows_speaking_is_the_participles_subject",
        ),
        # '"...," House GOP leaders have insisted': the leaders speak, not the one quoted before
        pytest.param(
            "“We will wait,” House Majority Whip Tom Pike said. “There won't be amnesty inside "
            "it,” House GOP leaders have insisted.",
            1,
            ("House GOP leaders", False),
            id="a_bodys_leaders_are_read_as_a_group",
        ),
    ],
)
def test_the_speaker_of_one_quotation(
    text: str, index: int, speaker: tuple[str | None, bool]
) -> None:
    assert _speakers(text)[index] == speaker


def test_a_body_or_a_stray_word_is_not_a_sure_speaker() -> None:
    text = "“It was a mistake,” Senate Democrats said. “It was not,” R-Ky. said."
    assert [sure for _, sure in _speakers(text)] == [False, False]


def test_a_transcript_label_is_no_quote_speaker_but_names_a_person() -> None:
    from newstrace.analyse.quotations import people_of

    doc = prepare(Article("DISTRICT ATTORNEY LAURA MENDES: Good afternoon. We filed charges."))
    person = people_of(doc).named("Mendes", 40)
    assert person is not None and person.name == "Laura Mendes"


def test_the_object_of_a_participle_before_a_colon_does_not_speak() -> None:
    # fresh43's rw-556b: Fox knocked Pena Nieto; the words after the colon are not his
    text = (
        "Vicente Fox is a former president of Mexico. Fox had started it on CNN, knocking "
        "President Enrique Pena Nieto for the invitation: "
        "“He is not welcome to Mexico. We reject his visit.”"
    )
    assert _speakers(text)[0][0] != "Enrique Pena Nieto"


def test_a_relational_role_is_not_the_person_just_named() -> None:
    # the spokesman speaks for Vance: he is not Vance
    text = "Paul Vance spoke on Monday. “We will win,” the spokesman said."
    assert _speakers(text)[0][0] != "Paul Vance"


def test_a_name_in_apposition_after_a_quote_is_no_subject_for_she() -> None:
    # '"... the previous chief," Deputy Tom Pike, now retired.': Pike, with no verb, is the
    # quoted words' chief, not a clause's subject; "she" is Ruiz, the sentence's subject
    text = (
        "Mayor Ana Ruiz of Elm Park praised the new chief as “steady and fair,” and said his "
        "work has been “a relief after the reckless tenure of the previous chief,” Deputy Tom "
        "Pike, now retired.\n\n"
        "“What were they afraid of?” she said. “They just do not know what to do.”"
    )
    assert _speakers(text)[-2:] == [("Ana Ruiz", True), ("Ana Ruiz", True)]


def test_the_antecedent_of_who_speaks() -> None:
    text = (
        "Mr. Hale admitted he “took money he should not have,” and Judge Ann Wilks, who said "
        "she had “no wish to waste time,” set a date."
    )
    assert [name for name, _ in _speakers(text)] == ["Hale", "Ann Wilks"]


def test_a_name_in_a_phrase_fronted_before_the_pronoun_is_not_its_speaker() -> None:
    text = (
        "“We will win,” Tom Hale said. He said Ana Ruiz had no plan.\n\n"
        "Of Ruiz, he said, “She means well.”"
    )
    speaker = _speakers(text)[-1]
    assert speaker[0] != "Ana Ruiz" or not speaker[1]


def test_sources_opening_a_sentence_is_no_person() -> None:
    text = "Tom Pike left the room. Sources said he was “furious about the vote.”"
    assert _speakers(text)[0] != ("Sources", True)


def test_a_titles_full_stop_does_not_make_the_name_after_it_the_colons_subject() -> None:
    # "Gov." ends no clause: the governor is what the speaker speaks of, not who speaks
    text = (
        "“We will not back down,” Mayor Ana Ruiz said. She granted that Gov. Tom Pike could "
        "overrule her: “He has the power, and he should use it or stay out.”"
    )
    assert _speakers(text)[1] != ("Tom Pike", True)


def test_no_closing_speaker_for_words_of_someone_named_before_the_quote() -> None:
    # Pike's words, which Hale reports: no one is sure
    text = (
        "Tom Hale and Ann Pike met on Monday. Pike wants the bridge closed “for a year or "
        "more” until it is safe, Hale said."
    )
    assert _speakers(text) != [("Tom Hale", True)]


def test_when_opening_a_sentence_is_no_part_of_a_name() -> None:
    # the "when" clause runs on past its comma, with no subject after it: "When Tom Pike"
    # names no speaker
    text = (
        "When Tom Pike took the stand on Monday the crowd, restless, cheered and asked: "
        "“Where is the money?”"
    )
    assert _speakers(text) != [("Tom Pike", True)]


def test_a_speech_aside_after_a_name_is_someone_else() -> None:
    # "Ruiz, he said, was": the aside's "he" speaks of Ruiz, so is not bound to her, and
    # points back to someone named before; the "he" after is not surely Ruiz
    text = (
        "The crowd cheered when he walked in.\n\n"
        "Blaming Mayor Ruiz, he said, was “too easy.”\n\n"
        "“We all built this town,” he said."
    )
    assert all(not sure for _, sure in _speakers(text))


def test_a_newspaper_is_no_person() -> None:
    # "The Millbrook Herald" names a paper: the "she" who answers two sentences on is not
    # it, though it is the only name of the sentence before her own
    text = (
        "Ana Ruiz has run the shelter since 2010.\n\n"
        "The Millbrook Herald called her “a tireless organiser” in a profile last year. "
        "She has never asked for praise. “We just keep the doors open,” she said."
    )
    assert not any(sure and name and "Herald" in name for name, sure in _speakers(text))


def test_an_organization_named_after_a_person_is_not_that_person() -> None:
    # "the Pike Organization" is a company, as "the Pike Corporation" is: "Mr. Pike" and
    # "the mayor" are not it
    text = (
        "Critics said the deal could hurt Mr. Pike.\n\n"
        "The mayor himself responded on Friday, calling the ruling “a sad day for our city.”\n\n"
        "Executives of the Pike Organization declined to comment."
    )
    assert _speakers(text)[0][0] != "Pike Organization"


def test_a_quote_announced_by_an_unread_speaker_is_not_the_next_sentences() -> None:
    # "His successor, Felipe Ruiz, told CNN: "...!" Pike insists that ...": whoever the
    # colon's announcer is, Pike's verb opens a sentence of its own
    text = (
        "Dan Hale spoke first. His successor, Felipe Ruiz, told CNN this month: "
        "“We are not going to pay a single cent for such a stupid wall!” Tom Pike insists "
        "that he could force them to pay."
    )
    assert _speakers(text)[-1][0] != "Tom Pike"


def test_a_person_and_an_office_holder_are_two_speakers() -> None:
    # "Ruiz and White House spokesman Tom Pike said": two people, not Pike surely
    text = "“We will not back down,” Ana Ruiz and White House spokesman Tom Pike said."
    assert _speakers(text)[0] != ("Tom Pike", True)


def test_a_name_in_a_fronted_question_is_not_the_he_after_it() -> None:
    # "Asked whether Pike had flip-flopped, ... he sidestepped": the question's participle
    # has "he" for its subject; Pike is what he was asked about, never the one who answers
    text = (
        "Tom Pike said this week that he now backs the plan.\n\n"
        "Asked whether Pike had flip-flopped, a charge Ana Ruiz knows well, he sidestepped. "
        "“You are a better judge of that than I am,” he said."
    )
    assert _speakers(text)[-1] != ("Tom Pike", True)


def test_a_party_opening_the_sentence_before_a_he_is_someone() -> None:
    # "The California Democrat still believes ...": the sentence's subject is someone the
    # text called by his party, not the mayor its clause names; the "he" after it is not
    # surely the mayor
    text = (
        "Republicans want Rep. Tom Hale out as chairman over his comments on the inquiry into "
        "Mayor Ana Pike. The California Democrat still believes the campaign broke the law, "
        "though the inquiry ended without charging the mayor. “Undoubtedly there was fraud,” "
        "he said."
    )
    assert _speakers(text)[-1] != ("Ana Pike", True)


def test_answers_is_a_verb_of_speech() -> None:
    # '"...," the student answers;': the student speaks, not surely the man of the quote
    # before it (it would give his words to the congressman without doubt)
    text = (
        "Rep. Tom Pike apologized on Monday. In the clip, a student approaches him on the "
        "street. Pike tries to snatch his phone. “Who are you?” he demands. "
        "“We're just here for a project,” the student answers; Pike grabs his neck."
    )
    assert _speakers(text)[-1] != ("Tom Pike", True)


def test_the_role_of_someone_brought_in_unnamed_is_that_one() -> None:
    # "A spokesperson for Google says ...": "the spokesperson" after it is that unnamed
    # person, sure in the next paragraph; the last one brought in when there are two
    text = (
        "Ana Ruiz runs security at Kestrel. A spokesperson for Google says the company "
        "cares.\n\n“We review all requests,” the spokesperson said.\n\n"
        "A Microsoft spokesperson said little. “We comply with orders,” the spokesperson said."
    )
    assert _speakers(text) == [
        ("A spokesperson for Google", True),
        ("A Microsoft spokesperson", True),
    ]
    # brought in paragraphs before: a guess
    far = text.replace("cares.\n\n", "cares.\n\nMore.\n\nMore.\n\n", 1)
    assert _speakers(far)[0] == ("A spokesperson for Google", False)


def test_a_role_that_describes_one_brought_in_unnamed_is_that_one_however_far() -> None:
    # "A senior Democratic staffer told ..." and, paragraphs on, "the Democratic staffer":
    # the word "Democratic" describes only that one; "the staffer" alone so far is a guess
    text = (
        "A senior Democratic staffer told reporters the vote was near.\n\n"
        "“We will file this week,” said Tom Pike on the floor.\n\n"
        "More.\n\n“We already have things on the calendar,” said the Democratic staffer."
    )
    assert _speakers(text)[-1] == ("A senior Democratic staffer", True)
    bare = text.replace("the Democratic staffer", "the staffer")
    assert _speakers(bare)[-1] == ("A senior Democratic staffer", False)
    # two brought in so, both Democratic: the description picks neither
    two = text.replace("was near.", "was near. Another Democratic staffer agreed.")
    assert _speakers(two)[-1] == ("Another Democratic staffer", False)


@pytest.mark.parametrize("role", ["legislator", "lawmaker"])
def test_a_legislator_in_apposition_to_a_name_is_that_name(role: str) -> None:
    # "said the legislator, Representative Carl Seel": the name after the role speaks
    text = f"Ana Ruiz called. “Of course I was surprised,” said the {role}, Rep. Tom Pike."
    assert _speakers(text) == [("Tom Pike", True)]


def test_a_quote_in_a_sentence_naming_another_agent_does_not_surely_go_on() -> None:
    # "In October, WikiLeaks pressed him to "..."": the quote has no attribution, but its
    # sentence names an agent the text never names as a person; it may be theirs
    text = (
        "“Off the record, I don't know who that is,” Tom Pike answered. In October, WikiLeaks "
        "pressed him to “comment on this story” before the vote."
    )
    assert _speakers(text)[-1] != ("Tom Pike", True)


@pytest.mark.parametrize("verb", ["summarized", "gushed", "quipped", "retorted", "answered"])
def test_verbs_of_speech_that_invert(verb: str) -> None:
    # '"...," summarized Kristol.': the verb before the name reads only as one of speech
    text = (
        f"Ana Ruiz spoke first. “It is inconsistent with this latest statement,” {verb} Tom Pike."
    )
    assert _speakers(text) == [("Tom Pike", True)]


def test_a_journalist_named_by_the_trade_after_the_quote_is_sure() -> None:
    # "reporter Tom Pike writes" right after the quote names him as plainly as "Tom Pike
    # writes"; the role of a journalist is a role like an official's
    text = "The mayor is “a maestro of the town hall meeting,” reporter Tom Pike writes."
    assert _speakers(text) == [("Tom Pike", True)]
    text = "“The queen of the hall,” writer Ana Ruiz calls her."
    assert _speakers(text) == [("Ana Ruiz", True)]


def test_a_named_subject_of_a_clause_after_the_verb_leaves_the_speaker_in_doubt() -> None:
    # "Pike told reporters that Ruiz had phoned to suggest he ...": the words may be Ruiz's,
    # in Pike's account; the subject of "told" is no sure speaker
    text = (
        "Tom Pike told reporters that Ana Ruiz had phoned to suggest he “give some thought "
        "to stepping down.”"
    )
    assert _speakers(text) == [("Tom Pike", False)]
    plain = text.replace("that Ana Ruiz had phoned to suggest he", "that he should")
    assert _speakers(plain) == [("Tom Pike", True)]


def test_a_verb_before_a_title_is_no_word_of_the_title() -> None:
    # "Ruiz blasted Governor Tom Pike ..., saying Pike was "...": Ruiz speaks; her verb and
    # its object are no one titled name ("Ruiz blasted Governor Tom Pike")
    text = (
        "Ana Ruiz blasted Governor Tom Pike for inviting the developer, saying Pike was "
        "“taking an enormous risk by hosting him.”"
    )
    assert _speakers(text) == [("Ana Ruiz", True)]
    # a title's own lower-case words still make one ("Democratic presidential nominee")
    titled = "Democratic presidential nominee Ana Ruiz said she was “taking an enormous risk.”"
    assert _speakers(titled) == [("Ana Ruiz", True)]


@pytest.mark.parametrize(
    "verb", ["hit back that the mayor", "deemed the plan", "torched the plan as"]
)
def test_verbs_of_a_reply_and_of_naming_a_thing_are_speech(verb: str) -> None:
    # "Pike hit back that Ruiz "..."", "Pike deemed the plan "..."": Pike's own words
    text = f"Mayor Ana Ruiz spoke first. Later Tom Pike {verb} “a disaster in the making.”"
    assert _speakers(text) == [("Tom Pike", True)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“We will appeal,” Secretary of State Tom Pike said.", "Tom Pike"),
        ("“We will appeal,” said Secretary of Homeland Security Ana Ruiz.", "Ana Ruiz"),
        ("Speaker of the House Tom Pike said he would “appeal at once.”", "Tom Pike"),
        (
            "Former Secretary of State Ana Ruiz has said she did too, explaining that she "
            "“thought it would be easier.”",
            "Ana Ruiz",
        ),
    ],
)
def test_an_office_of_a_department_before_a_name(text: str, name: str) -> None:
    # "Secretary of State Tom Pike": the office runs to "of State", the name after it speaks
    assert _speakers(text) == [(name, True)]


def test_a_committee_chairman_after_a_lawmaker_is_that_lawmaker() -> None:
    # a committee's chair is one of its house's members: Royce's office is no other role
    text = (
        "California Rep. Ed Royce on Friday questioned the action.\n\n"
        "“The administration should withdraw this decision,” the committee chairman said."
    )
    assert _speakers(text) == [("Ed Royce", True)]
    # ... but a mayor is no committee's chairman of a house: someone else may be
    text = (
        "Mayor Tom Hale on Friday questioned the action.\n\n"
        "“The town should withdraw this decision,” the committee chairman said."
    )
    assert _speakers(text) != [("Tom Hale", True)]


@pytest.mark.parametrize(
    "after",
    [
        "Tom Pike, told of the plan, laughed.",  # a participle's comma: told of it
        "Rep. Tom Pike of Ohio and Rep. Ann Ruiz said.",  # two who speak
    ],
)
def test_no_stray_comma_nor_body_where_none_is(after: str) -> None:
    text = f"“We will appeal the ruling,” {after}"
    assert _speakers(text) != [("Tom Pike", True)]


@pytest.mark.parametrize(
    "after",
    [
        "one of the pastors there later told HuffPost.",
        "several residents said.",
        "recalled one parishioner at Our Lady of Guadalupe.",
    ],
)
def test_an_attribution_not_read_is_no_sure_continuation(after: str) -> None:
    # a verb of speech after the quote in its sentence: someone is named as its speaker,
    # even if not read as one, so the quote is not surely the one before's speaker's
    text = f"“The town needs changes,” Tom Pike said. “We didn’t know who was coming,” {after}"
    assert _speakers(text) == [("Tom Pike", True), ("Tom Pike", False)]
    # ... while one with no words after it goes on with him
    assert _speakers("“The town needs changes,” Tom Pike said. “We move on.”") == [
        ("Tom Pike", True),
        ("Tom Pike", True),
    ]


def test_how_each_speaker_was_read() -> None:
    # an attribution in the quote's own sentence, the sentence before reporting speech, the
    # quote before in the paragraph, and the quote before in the paragraph before
    text = (
        "“The town needs changes,” Tom Pike said. “We move on.”\n\n“We will be back.”\n\n"
        "Ana Ruiz left the hall, saying she bore no grudge. “It went well.”"
    )
    reads = [q.read for q in extract_quotes(prepare(Article(text)))]
    assert reads == ["own sentence", "quote before", "paragraph before", "sentence before"]


def test_a_common_word_before_a_name_after_the_quote_is_no_description() -> None:
    # '"...," which Tom Pike said': a relative clause, not a description of Pike
    text = "She called it “a fair deal,” which Tom Pike said was not true."
    assert _speakers(text) != [("Tom Pike", True)]


def test_a_quote_inside_a_vow_owned_by_a_party_description_is_not_the_subjects() -> None:
    # "The mayor was asked about the Ohio Democrat's vow, made hours after ..., to "..."": the
    # vow is the Democrat's (an aside between the noun and its "to"), not the mayor's, who
    # was asked about it; who the Democrat is, a reader guesses (fresh50's rw-649b)
    text = (
        "Mayor Tom Pike says he won't police council member Ana Ruiz's mouth. The mayor was "
        "asked about the Ohio Democrat's vow, made hours after the vote, to “fire that "
        "crook,” meaning the treasurer."
    )
    [(_, sure)] = _speakers(text)
    assert not sure


@pytest.mark.parametrize(("acted_on", "speaker"), [("him", "Dan Hale"), ("her", "Tom Pike")])
def test_a_he_after_a_clause_whose_subject_acts_on_him_is_not_that_subject(
    acted_on: str, speaker: str
) -> None:
    # "When Ryan needled him ..., he shot back": Ryan acts on "him", and the "he" answering
    # is the one acted on, not Ryan (fresh42's rw-555b); acting on "her", Pike is the "he"
    # (a guard, which main passes too)
    text = (
        "“They are my neighbors,” Dan Hale said. When Tom Pike needled "
        + acted_on
        + " over the budget, he shot back: “But I always say what I mean.”"
    )
    assert _speakers(text)[-1] == (speaker, True)


@pytest.mark.parametrize(
    ("opening", "sure"),
    [("The spot closes on", False), ("Then the new ad ends with", False), ("Pike closes on", True)],
)
def test_a_quote_a_medium_carries_is_not_surely_the_last_speakers(opening: str, sure: bool) -> None:
    # 'Pike asks, "...". The spot closes on "..."': the ad's words, whoever speaks them in
    # it, not surely Pike's (fresh44's rw-569b); a name opening the sentence is no medium,
    # and the quote goes on with the speaker before as ever (a guard, which main passes too;
    # the speaker's own name: another's, "Hale closes on", names someone new in the quote's
    # sentence, after the question, since quotes49)
    text = (
        "The group's new ad stars Tom Pike. Pike asks, “Why wait until it is too late?” "
        + opening
        + " “The town needs strength, not apologies.”"
    )
    assert _speakers(text)[-1] == ("Tom Pike", sure)


@pytest.mark.parametrize(
    ("opening", "sure"),
    [
        ("A written statement that", False),
        ("The statement, which read:", False),
        ("Another short letter that", False),
        ("His statement that", True),
    ],
)
def test_a_quote_a_document_with_no_author_gives_is_not_surely_the_last_speakers(
    opening: str, sure: bool
) -> None:
    # 'A written statement that "..." calmed no one': the document's words, and the sentence
    # names no one who wrote it: not surely Pike's, quoted before (fresh54's rw-695); an
    # owner ("his statement") tells whose it is, and the quote goes on with him as ever (a
    # guard, which main passes too)
    text = (
        "Mayor Tom Pike called the plan “plainly wrong” on Monday. "
        + opening
        + " “the town must keep its library open” calmed no one."
    )
    assert _speakers(text)[-1] == ("Tom Pike", sure)


def test_a_role_before_its_quote_links_back_not_to_a_name_after_it() -> None:
    # "The former mayor blasted current Mayor Ana Ruiz ..., saying she was "..."": the role
    # is the sentence's subject, who speaks; Ruiz, named after it, is whom he blasts, and a
    # reader links a role back, to Pike just named (fresh45's rw-583b)
    text = (
        "Tom Pike spoke on Monday. The former mayor blasted current Mayor Ana Ruiz for the "
        "plan, saying she was “taking an enormous political risk” and more."
    )
    assert _speakers(text) == [("Tom Pike", True)]


@pytest.mark.parametrize(
    "opening", ["Her boss, Rep. Tom Pike, chimed in:", "The statement from attorney Tom Pike said"]
)
def test_a_role_names_its_holder_right_after_it(opening: str) -> None:
    # the name right after the role is its holder, as a reader reads it: linked back from
    # where the name ends, not from where the role begins (a guard, fresh40's rw-526)
    text = "Ana Ruiz spoke first. " + opening + " “Rise to the occasion.”"
    assert _speakers(text)[-1][0] == "Tom Pike"


def test_he_is_never_an_outlet_named_as_a_person() -> None:
    # "..., HuffPost said, citing a statement" then '"...," he said': a reader never takes
    # "he" for HuffPost, but for Pike, the one person named (fresh54's rw-693)
    text = (
        "Tom Pike has resigned from the council, HuffPost said, citing a statement he "
        "released Friday.\n\n“It is time for me to move along,” he said."
    )
    assert _speakers(text) == [("Tom Pike", True)]


def test_he_is_the_one_person_the_text_has_named() -> None:
    # every sentence a "he" looks back over refers back itself ("he announced", "his
    # colleagues urged him"), yet the text has named no one but Pike: "he" is he, no
    # guess (fresh54's rw-693b)
    text = (
        "Rep. Tom Pike is resigning from Congress, he announced Friday.\n\nPike said in "
        "December that he would not run again. A few of his colleagues urged him to quit, "
        "which Pike has denied.\n\n“I know it is time for me to move along,” he said in the "
        "statement.\n\nIn his video, flanked by a flag, he added: “It has been an honor and "
        "a privilege to serve.”"
    )
    assert _speakers(text) == [("Tom Pike", True), ("Tom Pike", True)]


@pytest.mark.parametrize(
    ("voice", "speaker"),
    [
        ("the narrator adds:", "the narrator"),
        ("the ad's unseen announcer warns:", "the ad's unseen announcer"),
        ("a voice-over closes:", "a voice-over"),
    ],
)
def test_an_ads_announcer_or_narrator_is_a_speaker_of_its_own(voice: str, speaker: str) -> None:
    # an ad's voice, heard and not shown, is no one the text names: not the man in the
    # clip just quoted, nor any name before it (fresh46's rw-595b, fresh44's rw-569b)
    text = (
        "A new ad uses a clip of Tom Pike, the mayor. “Every day the river rises,” Pike says. "
        "Over ominous music, " + voice + " “The town needs strength, not apologies.”"
    )
    assert _speakers(text)[-1] == (speaker, True)


def test_a_question_before_a_sentence_that_announces_the_next_quote_stands_alone() -> None:
    # '..., as the mayor continues. "... Wait until when?" Then an announcer concludes:
    # "..."': the sentence after the question announces the next quotation, so the question
    # is a sentence of its own, introduced by the sentence before it (fresh46's rw-595b)
    text = (
        "Mayor Tom Pike spoke at the fair. Music plays as the mayor continues. “They tell us "
        "to wait. Wait for what? Wait until when?” Then an unseen announcer concludes: “The "
        "town needs strength.”"
    )
    assert _speakers(text)[:2] == [("Tom Pike", True), ("an unseen announcer", True)]


def test_the_target_of_a_fronted_phrase_is_not_the_pronoun() -> None:
    # "In a Twitter tirade aimed at Ana Ruiz, ..., he wrote": the tirade's author, not its
    # target (fresh48's rw-624); the one named before is he, as a reader takes him
    text = (
        "Mayor Tom Pike lost the vote on Monday.\n\n"
        "In a Twitter tirade aimed at council member Ana Ruiz, as first reported by the "
        "Herald, he wrote “Shame!” and “The council must finally act?” Ruiz did not answer."
    )
    assert [s for s in _speakers(text) if s[0] == "Ana Ruiz" and s[1]] == []
    assert _speakers(text)[0] == ("Tom Pike", True)


def test_a_that_clause_after_an_owners_claim_does_not_run_on() -> None:
    # "Pike's claim that the mayor went on an "apology tour"": the clause has its subject,
    # and the quote may be another's words (rw-660b: an ad's); no owner read (a guard,
    # which main passes too)
    text = "In June the group pushed Tom Pike's claim that the mayor went on an “apology tour.”"
    assert _speakers(text)[0] != ("Tom Pike", True)


def test_a_she_is_not_the_man_the_sentence_before_names() -> None:
    # '"...," wrote Ana Pike. The phrasing borrows from their father, Tom Pike. "...," she
    # wrote': a reader never takes "she" for the father and looks back past him (fresh52's
    # rw-670b, Mary Cheney's words read as Dick Cheney's)
    text = (
        "“I love my sister, but she is wrong,” wrote Ana Pike, who runs a bakery. The phrasing "
        "borrows from their father, former Vice President Tom Pike. “It's not something to "
        "be decided by a show of hands,” she wrote."
    )
    speakers = _speakers(text)
    assert speakers[0] == ("Ana Pike", True)
    assert speakers[1][0] == "Ana Pike"


def test_a_reply_after_a_question_is_the_next_quotes() -> None:
    # '"... Any comments?" Tom Pike replied, "..."': the reply is the next quotation, and the
    # question before it goes on from the group's message (fresh52's rw-674)
    text = (
        "“A new site is about to launch,” the Harbor Group wrote. “We have guessed the "
        "password. Any comments?” Tom Pike replied, “Off the record I don't know who that is.”"
    )
    speakers = _speakers(text)
    assert speakers[1][0] != "Tom Pike"
    assert speakers[2] == ("Tom Pike", True)


def test_the_president_is_not_his_opponent_for_president() -> None:
    # "his opponent for president, Ana Ruiz" seeks the office, she does not hold it: "the
    # president" later is the one titled so (fresh53's rw-684, Trump's "very badly")
    text = (
        "President Tom Pike said his opponent for president, Ana Ruiz, lied many times. Jo "
        "Bell, his aide, pleaded guilty on Friday to lying to the FBI.\n\nLeaving for Utah, "
        "the president said he felt “very badly” for Bell."
    )
    assert _speakers(text) == [("Tom Pike", True)]


def test_a_name_a_preposition_governs_is_no_second_subject() -> None:
    # "with Hale demanding an apology on Facebook and Ruiz telling him to": Facebook ends
    # the first absolute clause, Ruiz opens the second and speaks alone (fresh45's rw-583)
    text = (
        "The spat grew, with Tom Hale demanding an apology on Facebook and Ana Ruiz telling "
        "him to “stop lying.”"
    )
    assert _speakers(text) == [("Ana Ruiz", True)]


def test_two_subjects_joined_after_with_speak_together() -> None:
    # guard: "with Hale and Ruiz telling him to": two subjects of one clause, neither alone
    text = "The spat grew, with Tom Hale and Ana Ruiz telling him to “stop lying.”"
    assert _speakers(text)[0][1] is False


def test_a_chief_of_staff_names_his_holder_after_the_post() -> None:
    # "His chief of staff, Bob Hale, said the congressman had worked to "..."": the post on
    # a person's staff is a role of three words, and the name after it its holder, as "His
    # spokesman, Bob Hale," is (fresh54's rw-693: "chief" alone was the role noun)
    text = (
        "Rep. Tom Pike resigned on Friday.\n\nHis chief of staff, Bob Hale, said the "
        "congressman had worked to “make government more efficient and responsive.”"
    )
    assert _speakers(text) == [("Bob Hale", True)]


# fresh12's rw-188: "he said" paragraphs after the one person the text names, a run whose
# sentences back name no one
_TRUMP_RUN = (
    "President Trump said Friday that he will support a short-term spending bill.\n\n"
    "“I am very proud to announce we have reached a deal,” he said.\n\n"
    "He said the deal would keep the government open for three weeks.\n\n"
    "The deal appeared to include no money for a wall, but he said he hoped talks would go on.\n\n"
)


def test_a_he_after_the_one_person_named_is_sure_across_paragraphs() -> None:
    text = _TRUMP_RUN + "“Walls should not be controversial,” he said."
    assert _speakers(text)[-1] == ("Trump", True)


@pytest.mark.parametrize(
    "text",
    [
        # someone else named before: "he" may be either
        "Senator Lindsey Graham spoke first.\n\n"
        + _TRUMP_RUN
        + "“Walls should not be controversial,” he said.",
        # a group's quote last (BASIL's report of the Senate Republicans' letter): a
        # spokesman's "he", never named, may follow
        "Every Senate Republican signed a letter to Majority Leader Harry Reid.\n\n"
        "That means putting a push to repeal the policy on the back burner.\n\n"
        "“We cannot agree to prioritize any matters above the critical issues,” they wrote. "
        "“Preventing the tax increase should be our top priority.”\n\n"
        "“This strategy is very cynical but very obvious,” he said in a statement.",
    ],
)
def test_a_he_across_paragraphs_is_unsure_when_another_may_speak(text: str) -> None:
    assert _speakers(text)[-1][1] is False


@pytest.mark.parametrize("verb", ["want", "say", "also argue", "have long", "don't"])
def test_a_word_opening_a_sentence_with_a_plural_verb_is_no_he(verb: str) -> None:
    # fresh57's rw-725: "Advocates want ..." is a group, not a person "he" may be
    text = (
        "“I think it will go with legal status,” Rep. Tom Pike said Tuesday.\n\n"
        f"Advocates {verb} a path to citizenship, but most House Republicans refuse it. "
        "His comments may hint at the party's plan.\n\n"
        "“That is my personal position,” he added."
    )
    assert _speakers(text)[-1][0] != "Advocates"


def test_a_his_in_a_phrase_fronted_before_the_subject_is_the_subjects_own() -> None:
    # fresh57's rw-732: "his" is Obama's, so "he said" after is surely Obama, not Bush
    text = (
        "The programs began under President George W. Bush and have continued under "
        "President Barack Obama.\n\n"
        "In response to a question after his speech, Obama defended the programs. "
        "“They may identify potential leads,” he said."
    )
    assert _speakers(text)[-1] == ("Barack Obama", True)


def test_a_name_that_looks_like_a_participle_is_no_fronted_phrase() -> None:
    # pr-342: "Kettering thanked ...," is her sentence, not a phrase fronted before its object
    text = (
        "“Safety has to come first,” said the club's chair, Dorothy Kettering.\n\n"
        "Kettering thanked Hesketh's chairman, Rob Atherley, whose board offered the ground. "
        "“This is what football communities do for each other,” she said."
    )
    assert _speakers(text)[-1] == ("Dorothy Kettering", True)


_SCHOLARS = (
    "“This is nonsense,” said the Rev. Tom Pike, one of the letter's organizers.\n\n"
    "{subject} pointed to cuts in food programs. From personal experience, they also "
    "“know how cuts in Pell Grants will hurt low-income students.”"
)


def test_a_they_whose_verb_is_quoted_is_the_group_opening_the_sentence_before() -> None:
    # fresh57's rw-731: the scholars' words, which a copy gave to Father Reese
    text = _SCHOLARS.format(subject="The Georgetown scholars")
    assert _speakers(text)[-1] == ("The Georgetown scholars", True)


def test_a_they_after_a_sentence_naming_someone_is_no_sure_group() -> None:
    # Pike is among them: "they" may be him and his colleagues, whose words are no one's
    text = _SCHOLARS.format(subject="The Georgetown scholars and Pike")
    assert _speakers(text)[-1][1] is False
