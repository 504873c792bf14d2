"""Added and omitted passages, and loaded wording from the lexicon (extendable)."""

from __future__ import annotations

import pytest

import newstrace
from newstrace.analyse.additions import loaded_words
from newstrace.analyse.report import copy_side
from newstrace.config import Config
from newstrace.loaded_words import LOADED_WORDS
from newstrace.model import Alignment, Article, Coverage, Span
from newstrace.segment.document import Document
from tests.analyse.links import sentence_link

SOURCE = (
    "The minister met the opposition leader on Monday to discuss the budget.\n\n"
    "Both sides said the talks had been useful and would continue next week.\n\n"
    "Separately, the central bank kept interest rates unchanged at four percent."
)
COPY = (
    "The minister met the opposition leader on Monday to discuss the budget.\n\n"
    "Both sides said the talks had been useful and would continue next week.\n\n"
    "Critics have long accused the minister of ignoring rural voters."
)


def test_added_and_omitted_follow_the_direction() -> None:
    result = newstrace.compare(
        Article(COPY, published="2020-01-02"), Article(SOURCE, published="2020-01-01")
    )
    [added] = result.analysis.added
    [omitted] = result.analysis.omitted
    assert added.side == "a" and added.text.startswith("Critics have long accused")
    assert omitted.side == "b" and omitted.text.startswith("Separately, the central bank")


def test_loaded_words_added_by_the_rewrite_are_flagged() -> None:
    copy = COPY.replace("The minister met", "The embattled minister met")
    words = [w.word for w in newstrace.compare(copy, SOURCE).analysis.wording]
    assert words == ["embattled"]


def test_users_can_extend_the_lexicon() -> None:
    copy = COPY.replace("opposition leader", "opposition wunderkind leader")
    config = Config().with_lexicon(frozenset({"Wunderkind"}))
    assert [w.word for w in newstrace.compare(copy, SOURCE, config=config).analysis.wording] == [
        "wunderkind"
    ]
    assert newstrace.compare(copy, SOURCE).analysis.wording == ()


def test_a_word_of_any_partner_of_a_merged_sentence_is_not_added() -> None:
    a = Document(Article("The regime talks began, and the embattled minister left early."))
    b = Document(Article("The regime talks began on Monday. The embattled minister left early."))

    def link(j: int) -> Alignment:
        return sentence_link(a, b, 0, j, score=0.6)

    assert loaded_words(a, b, [link(0), link(1)], frozenset({"embattled", "regime"})) == []


def test_without_a_copy_call_the_more_contained_text_is_read_as_the_copy() -> None:
    aligned = [Alignment("verbatim", 1.0, Span(0, 10), Span(0, 10), "x" * 10, "x" * 10)]
    assert copy_side("shared_source", Coverage(a=0.3, b=0.9), aligned) == "b"
    assert copy_side("unrelated", Coverage(a=0.6, b=0.2), aligned) == "a"
    # A copy call decides, whatever the coverage.
    assert copy_side("b_from_a", Coverage(a=0.9, b=0.1), aligned) == "b"
    assert copy_side("a_from_b", Coverage(a=0.1, b=0.9), aligned) == "a"


def test_nothing_is_added_or_omitted_between_texts_with_nothing_aligned() -> None:
    other = (
        "The harbour festival opens on Saturday with a parade of tall ships.\n\n"
        "Organisers expect forty thousand visitors over the weekend."
    )
    result = newstrace.compare(other, SOURCE)
    assert not result.alignments
    assert result.analysis.added == () and result.analysis.omitted == ()


def _flagged(copy: str, source: str, lexicon: frozenset[str] = LOADED_WORDS) -> list[str]:
    """The loaded words of ``copy`` against ``source``, every sentence aligned in order."""
    a, b = Document(Article(copy)), Document(Article(source))
    pairs = range(min(len(a.sentences), len(b.sentences)))
    alignments = [sentence_link(a, b, i, i) for i in pairs]
    return [w.word for w in loaded_words(a, b, alignments, lexicon)]


def test_a_loaded_word_the_source_uses_elsewhere_is_not_the_copys() -> None:
    copy = "The embattled minister met the unions. He left early."
    assert _flagged(copy, "The minister met the unions. He left early.") == ["embattled"]
    source = "The minister met the unions. The embattled man left early."
    assert _flagged(copy, source) == []


@pytest.mark.parametrize(
    ("copy", "source", "flagged"),
    [
        pytest.param(
            "The plan had a horrendous start.",
            "The plan had a slow start.",
            ["horrendous"],
            id="an-adjective-vader-rates-strongly",
        ),
        # VADER rates "favorable" 2.1, under the 2.5 of AnalyseConfig.min_loaded_rating
        pytest.param(
            "The judge gave a favorable ruling.",
            "The judge gave a ruling.",
            [],
            id="an-adjective-vader-rates-weakly",
        ),
        pytest.param(
            "He blissfully cut the ribbon.",
            "He cut the ribbon.",
            ["blissfully"],
            id="an-adverb-rates-as-its-adjective",
        ),
        # VADER rates "killed" -3.5, but a rewrite that reports a death does not colour it
        pytest.param(
            "Two men were killed on the road.",
            "Two men died on the road.",
            [],
            id="an-event-vader-rates-strongly",
        ),
        pytest.param(
            "The senator tested positive.",
            "The senator has the virus.",
            [],
            id="a-rated-word-that-states-a-fact",
        ),
        pytest.param(
            "Republicans opposed it in lockstep.",
            "Republicans opposed it.",
            ["in lockstep"],
            id="a-listed-phrase-as-a-phrase",
        ),
        # the source's "illegal" and the copy's "illegally" are one word to a reader
        pytest.param(
            "Relatives of people killed by men in the country illegally stood there. "
            "Crossings fell.",
            "Relatives of people killed by men without papers stood there. Illegal crossings fell.",
            [],
            id="an-adverb-of-the-sources-adjective",
        ),
        # "enraged" for the source's "incensed", "notorious" for "infamous": the colour is
        # the source's, in other words, wherever the source gives it
        pytest.param(
            "The retreat enraged the hard-liners. It recalled a notorious cover.",
            "The retreat came on Friday. The hard-liners were incensed by an infamous cover.",
            [],
            id="a-synonym-of-the-sources-loaded-word",
        ),
        # "lashed out" for the source's "tore into", "outburst" for "tirade", "jab" for
        # "swipe", "thinly veiled" for "not-so-veiled", "relentless" for "ceaseless", each
        # in the passage the sentence is read against: the colour is the source's;
        # "slammed" for "criticized" still adds its own
        pytest.param(
            "The mayor lashed out at the council. The outburst came late. It was a thinly"
            " veiled jab at the press. Relentless pressure followed. The mayor slammed the plan.",
            "The mayor tore into the council. The tirade came late. It was a not-so-veiled"
            " swipe at the press. Ceaseless pressure followed. The mayor criticized the plan.",
            ["slammed"],
            id="the-sources-charge-on-the-same-act-in-other-words",
        ),
        # the source's "tirade" is of a later speech; the copy's "rant" is of the voicemail
        pytest.param(
            "He left a rant on the voicemail. It was late. Aides met. Lawmakers met on Monday.",
            "He left a message on the voicemail. It was late. Aides met. "
            "Lawmakers met over his latest tirade.",
            ["rant"],
            id="a-charge-the-source-lays-on-another-act",
        ),
        # the source's "excoriated" is the senator's, kept in the copy's quotation; the
        # copy's "lambasted" for the source's "criticized" is its own colour
        pytest.param(
            '"She just excoriated the old administration," the senator said. As a senator,'
            " she lambasted the White House for its secrecy.",
            '"She just excoriated the old administration," the senator said. As a senator,'
            " she criticized the White House for its secrecy.",
            ["lambasted"],
            id="a-synonym-the-copy-keeps-in-a-quotation",
        ),
        # "deranged" is listed; "deranged-looking" says it of a face
        pytest.param(
            "It shows a wide-eyed, deranged-looking mayor on the cover.",
            "It shows the mayor on the cover.",
            ["deranged-looking"],
            id="a-listed-word-looking",
        ),
        pytest.param(
            "The garish cover shows a listless mayor.",
            "The cover shows the mayor.",
            ["garish", "listless"],
            id="judging-a-look-and-a-manner",
        ),
        pytest.param(
            "Democrats, who chose not to gloat, said they would work in good faith.",
            "Democrats, who declined to revel in their victory, said they would work in good"
            " faith.",
            [],
            id="not-to-gloat-is-the-sources-declining-to-revel",
        ),
    ],
)
def test_the_loaded_words_of_a_copy_read_sentence_by_sentence(
    copy: str, source: str, flagged: list[str]
) -> None:
    assert _flagged(copy, source) == flagged


def test_the_words_of_a_quotation_are_the_speakers() -> None:
    copy = 'The mayor called it "a horrific and disastrous plan" on Monday.'
    assert _flagged(copy, "The mayor criticised the plan on Monday.") == []
    assert _flagged(copy.replace('"', ""), "The mayor criticised the plan on Monday.") == [
        "horrific",
        "disastrous",
    ]


def test_a_rated_word_capitalised_inside_a_sentence_is_a_name() -> None:
    assert _flagged("They met at Horrendous Farm.", "They met at the farm.") == []
    assert _flagged("Horrendous scenes followed.", "Scenes followed.") == ["Horrendous"]


def test_a_listed_word_capitalised_inside_a_sentence_is_a_title() -> None:
    # "Scandal" the television show, not the listed "scandal"; capitals for stress are not
    assert _flagged("The ad had music worthy of Scandal.", "The ad had music.") == []
    assert _flagged("The ad was a SCANDAL, critics said.", "The ad ran, critics said.") == [
        "SCANDAL"
    ]
    assert _flagged("Scandal followed the ad.", "Questions followed the ad.") == ["Scandal"]
    assert _flagged("He made a U-turn on the ban.", "He changed course on the ban.") == ["U-turn"]


def test_loaded_words_come_strongest_first() -> None:
    a = Document(Article("The embattled mayor gave a horrific speech."))
    b = Document(Article("The mayor gave a speech."))
    words = loaded_words(a, b, [sentence_link(a, b, 0, 0)], LOADED_WORDS)
    assert [(w.word, w.strength) for w in words] == [("horrific", 0.85), ("embattled", 0.5)]
    assert words[0].to_dict()["strength"] == 0.85


def _wording(copy: str, source: str) -> list[str]:
    """The loaded words ``newstrace.compare`` reports (its own alignment and copy side)."""
    return [w.word for w in newstrace.compare(copy, source).analysis.wording]


_TAIL = " the opposition leader on Monday to discuss the budget and the coming vote."


@pytest.mark.parametrize(
    ("copy", "source", "wording"),
    [
        # "needled" is listed; "needling" and "needle" are the same verb
        pytest.param(
            "The minister was needling" + _TAIL,
            "The minister was meeting" + _TAIL,
            ["needling"],
            id="a-listed-verb-in-any-of-its-forms",
        ),
        # VADER rates "betrayed" -3.0; the source's "met" is unrated
        pytest.param(
            "The minister betrayed" + _TAIL,
            "The minister met" + _TAIL,
            ["betrayed"],
            id="a-strongly-negative-verb-vader-rates",
        ),
        # VADER rates "forced" -2.0 and "ban" -2.6: under AnalyseConfig's 2.7 for verbs and
        # nouns, they report what happened, they do not judge it
        pytest.param(
            "The mill was forced to shut after the ban on coal.",
            "The mill shut after the new rules on coal.",
            [],
            id="a-middling-negative-event-vader-rates",
        ),
        # "claimed" is a plain verb of attribution (its stem caught the noun "claims"),
        # "finally" a word of time, "back down" a plain verb: rewrites use them unloaded
        pytest.param(
            "The claims were finally heard, and the mayor would not back down.",
            "The case was heard, and the mayor held firm.",
            [],
            id="plain-attribution-and-time-words",
        ),
        # "turned on" flagged 4 plain words on the development splits for 1 found
        pytest.param(
            "Voters turned on the television. Some later turned on Hale.",
            "Voters switched on the television. Some later criticised Hale.",
            [],
            id="turned-on-is-not-listed",
        ),
    ],
)
def test_the_wording_compare_reports(copy: str, source: str, wording: list[str]) -> None:
    assert _wording(copy, source) == wording


def test_a_compound_with_a_judging_second_half_is_loaded() -> None:
    source = "The senator gave an answer about the sum the fund paid."
    copy = "The senator gave a jargon-laden answer about the mind-popping sum the fund paid."
    assert _wording(copy, source) == ["jargon-laden", "mind-popping"]
    # a second half that also describes a place is no judgement
    assert _wording("The flood-prone town voted.", "The town voted.") == []


def test_a_verb_no_stronger_than_the_source_is_not_wording() -> None:
    # "defeated" (-2.1) for "lost" (-1.3) says no more; "won" is an event, not a judgement
    assert _wording("The minister defeated" + _TAIL, "The minister lost to" + _TAIL) == []
    assert _wording("The minister won over" + _TAIL, "The minister met" + _TAIL) == []


def test_evaluative_words_and_idioms_of_the_broader_list_are_wording() -> None:
    source = "The senator criticised the plan. Aides said the bill was changed. He voted no."
    copy = (
        "The snarky senator tore into the plan. Aides said the bill was watered down. He voted no."
    )
    assert sorted(_wording(copy, source)) == ["snarky", "tore into", "watered down"]
    # neutral reporting verbs are never flagged
    assert _wording("The senator noted the plan. Aides added that.", source) == []


def test_an_adverb_of_a_pejorative_adjective_and_a_compound_are_rated() -> None:
    from newstrace.analyse.lexicon import strength

    # "stubbornly" (VADER: "stubborn" -1.7) colours the verb; "crisis-hit" as "crisis"
    assert strength("stubbornly", frozenset(), min_rating=2.5, min_other_rating=2.0)
    assert strength("crisis-hit", frozenset(), min_rating=2.5, min_other_rating=2.0)
    # a positive adverb under the adjectives' rating is not: "gently" ("gentle" 2.0)
    assert strength("gently", frozenset(), min_rating=2.5, min_other_rating=2.0) is None
    # a compound praising through a part ranks, it does not judge: "best" rates 3.2
    assert strength("best-funded", frozenset(), min_rating=2.5, min_other_rating=2.0) is None


def test_a_sentence_of_the_copys_own_is_read_against_the_passage_beside_it() -> None:
    a = Document(Article("The minister met the unions. The embattled man fumed. He left."))
    b = Document(Article("The minister met the unions. He left early."))
    links = [sentence_link(a, b, 0, 0), sentence_link(a, b, 2, 1)]
    copy = loaded_words(a, b, links, LOADED_WORDS, copy=True)
    assert {(w.word, w.b_span.start) for w in copy} == {("embattled", 0), ("fumed", 0)}
    # read only when A is the copy: two reports of one event each have sentences of their own
    assert loaded_words(a, b, links, LOADED_WORDS) == []


def test_a_verb_vader_rates_in_a_sentence_of_the_copys_own_is_not_wording() -> None:
    # "killed" needs a source passage to be stronger than; a sentence of its own has none
    a = Document(Article("The minister met the unions. Two men were killed there. He left."))
    b = Document(Article("The minister met the unions. He left early."))
    links = [sentence_link(a, b, 0, 0), sentence_link(a, b, 2, 1)]
    assert loaded_words(a, b, links, LOADED_WORDS, copy=True) == []


def test_a_bare_word_is_not_a_listed_inflected_form() -> None:
    from newstrace.analyse.lexicon import is_listed

    # "railed" is listed; the noun "rail" is not it, and "railing" is the same verb
    assert not is_listed("rail", frozenset({"railed"}))
    assert is_listed("railing", frozenset({"railed"}))
    # a bare word ending in a doubled letter, whose crude stem drops one ("chill" ->
    # "chil"), is no form of a listed word stemmed alike: "Expect the chill to last"
    assert not is_listed("chill", frozenset({"chilling"}))
    assert not is_listed("bankroll", frozenset({"bankrolled"}))
    assert is_listed("chilled", frozenset({"chilling"}))


def test_the_text_read_as_the_copy_has_its_own_sentences_read_under_a_cautious_verdict() -> None:
    """Under a verdict that names no copy, the text more contained in the other is read as
    the copy (``copy_side``), for loaded words as for additions."""
    from newstrace.analyse.report import analyse
    from newstrace.config import AnalyseConfig

    a = Document(Article("The minister met the unions. The embattled man fumed. He left."))
    b = Document(Article("The minister met the unions. He left early. Rain fell all day."))
    links = [sentence_link(a, b, 0, 0), sentence_link(a, b, 2, 1)]
    config = AnalyseConfig()

    def words(coverage: Coverage) -> set[str]:
        found = analyse(a, b, links, "shared_source", coverage=coverage, config=config)
        return {word.word for word in found.wording}

    assert words(Coverage(a=0.9, b=0.6)) == {"embattled", "fumed"}
    assert words(Coverage(a=0.6, b=0.9)) == set()  # B is read as the copy


def test_an_adverb_of_a_listed_adjective_is_listed() -> None:
    from newstrace.analyse.lexicon import is_listed

    listed = frozenset({"vicious", "catastrophic", "pompous", "dire"})
    for adverb in ("viciously", "catastrophically", "pompously"):
        assert is_listed(adverb, listed)
    assert not is_listed("directly", listed)  # not "dire"
    a = Document(Article("The minister pompously met the unions."))
    b = Document(Article("The minister met the unions."))
    words = loaded_words(a, b, [sentence_link(a, b, 0, 0)], listed)
    assert [w.word for w in words] == ["pompously"]


def test_a_bare_word_does_not_take_an_inflected_forms_rating() -> None:
    from newstrace.analyse.lexicon import rating, vader_ratings

    assert "beat" not in vader_ratings() and vader_ratings()["beating"] < 0
    assert rating("beat") == 0.0  # "beat" the rival is not a "beating"
    assert "bullies" not in vader_ratings() and rating("bullies") < 0  # an inflected form is


def test_a_listed_phrasal_verb_is_flagged_with_its_object_inside() -> None:
    # "shrugged off" and "rammed through" are listed; a pronoun object stands between the
    # verb and its particle
    source = "The mayor answered the report. The council passed the plan on Monday."
    copy = "The mayor shrugged it off. The council rammed them through on Monday."
    assert sorted(_wording(copy, source)) == ["rammed them through", "shrugged it off"]
    # a longer object between often leaves the verb its plain sense: not read
    assert _wording("The mayor waved the reporters away.", "The mayor left the hall.") == []
    # a particle that also opens a prepositional phrase keeps its phrase whole
    assert _wording("The mayor turned the lights on.", "The mayor lit the hall.") == []
    # the source's own "shrugged it off" is no addition
    assert _wording("The mayor shrugged it off.", "The mayor shrugged it off, aides said.") == []


def test_phrases_of_the_wider_classes_are_wording() -> None:
    source = "The group ran an ad about the tax. The senator met donors in the capital."
    copy = "The group ran a scare ad about the tax. The senator met donors in the capital."
    assert _wording(copy, source) == ["scare ad"]
    copy = "The group ran an ad about the tax. The bill was held hostage in committee."
    assert _wording(copy, "The group ran an ad about the tax. The bill waited in committee.") == [
        "held hostage"
    ]


def test_siblings_whose_stem_is_a_plain_word_are_not_listed() -> None:
    # "schooled" would catch "schools", "doctored" "doctors", "striking" "strikes"
    assert not {"schooled", "doctored", "striking"} & LOADED_WORDS
    copy = "The schools and doctors met after the strikes."
    assert _wording(copy, "The teachers and nurses met after the walkouts.") == []


def test_the_fourth_blocks_classes_are_wording() -> None:
    # manner (with the adverb), panic, venom, quarrel, swagger and cowering, and the
    # phrases of hunting, fighting and forced speech the fifteenth session listed
    source = (
        "The senator answered the critics. Aides searched for votes. "
        "The two leaders disagreed about the budget. The mayor showed the new car."
    )
    copy = (
        "The senator meekly answered the critics. Aides made a frantic search for votes. "
        "The two leaders bickered about the budget. The mayor flaunted the new car."
    )
    assert sorted(_wording(copy, source)) == ["bickered", "flaunted", "frantic", "meekly"]
    source = "The rival wants the seat. The governor spoke about the vote."
    copy = "The rival is gunning for the seat. The governor broke his silence about the vote."
    assert sorted(_wording(copy, source)) == ["broke his silence", "gunning for"]


def test_reported_judgements_in_plain_phrases_are_not_listed() -> None:
    # "out of touch" is mostly a judgement a reporter attributes ("Republicans said he was
    # out of touch": BASIL's two matches) and "fired off" a plain verb of sending: neither
    # is listed, while the attributive "out-of-touch" is
    assert not {"out of touch", "fired off"} & LOADED_WORDS
    assert "out-of-touch" in LOADED_WORDS


def test_only_phrases_whose_first_word_the_text_has_are_looked_for() -> None:
    from newstrace.analyse.additions import _present

    phrases = ["shrug off", "take a swipe", "dead on arrival", "piled on"]
    text = "The bill was DEAD on arrival, and he shrugged it off."
    assert _present(phrases, text) == ["shrug off", "dead on arrival"]
    # the listed verb-particle phrase with a pronoun between is still found
    assert _present(["shrugged off"], text) == ["shrugged off"]


def test_of_two_listed_phrases_starting_at_one_place_the_longer_is_reported() -> None:
    # The lexicon is a frozenset, whose order changes from one process to the next: the
    # phrase reported must not.  Several pairs so that a lucky order rarely hides a fault.
    lexicon = frozenset(
        {"slammed the", "slammed the door", "shut down", "shut down the talks", "ripped into"}
    )
    copy = "The mayor slammed the door on the union and shut down the talks on Monday."
    source = "The mayor ended the meeting with the union and stopped the talks on Monday."
    assert _flagged(copy, source, lexicon) == ["slammed the door", "shut down the talks"]


def test_a_listed_phrase_the_source_says_in_another_form_is_the_sources() -> None:
    # "doubled down" for the source's "doubling down", as "slammed" for "slams"
    copy = "She doubled down on Friday. He left."
    assert _flagged(copy, "She was doubling down on Friday. He left.") == []
    assert _flagged(copy, "She spoke again on Friday. He left.") == ["doubled down"]
    # "thinly veiled" for the source's "thinly-veiled", wherever the source has it
    copy = "He took a thinly veiled shot at the star. He left."
    assert _flagged(copy, "He spoke at a summit. He left after a thinly-veiled attack.") == []


def test_the_noun_of_the_sources_quality_is_the_sources_word() -> None:
    # the source's "partisanship" and the copy's "partisan" are one judgement
    copy = "She said the invitation had made the relationship partisan. He left."
    source = "She said the invitation had injected partisanship into the relationship. He left."
    assert _flagged(copy, source) == []
    assert _flagged(copy, source.replace("partisanship", "politics")) == ["partisan"]
    # the noun of another thing, elsewhere in the source, leaves the copy's word added
    copy += " It rained. Aides met. They spoke."
    source = (
        "She said the invitation had changed the relationship. He left. It rained. "
        "Aides met. They decried partisanship."
    )
    assert _flagged(copy, source) == ["partisan"]


def test_the_adjective_of_a_listed_adverb_is_loaded_before_its_noun() -> None:
    # "bitterly" and "cynically" are listed, and VADER rates "bitter" and "cynical" mildly
    # negative: "a bitter quarrel" colours the quarrel
    lexicon = frozenset({"bitterly", "cynically", "angrily", "pointedly", "suspiciously"})
    copy = "The bitter quarrel mirrors a wider split. It was a cynical move."
    source = "The quarrel mirrors a wider split. It was a move."
    assert _flagged(copy, source, lexicon) == ["bitter", "cynical"]
    # a clause ("how bitter the fight"), a time or the weather ("a bitter week") is left
    copy = "It shows how bitter the fight is. It came after a bitter week."
    assert _flagged(copy, "It shows the fight. It came after a week.", lexicon) == []
    # unrated ("pointed"), rated past VADER's weighed middle ("angry"), or a fact of news
    copy = "The pointed remark drew angry replies about a suspicious package."
    assert _flagged(copy, "The remark drew replies about a package.", lexicon) == []


def test_mocking_looks_preaching_and_show_are_listed() -> None:
    # the sixth block of the lexicon: each word missed on a read split, none rated by VADER
    source = "It shows Bachmann against blue. The House passed a bill. Critics spoke."
    copy = (
        "It shows a bug-eyed Bachmann against blue. The House passed a preachy bill."
        " Critics were grandstanding."
    )
    assert sorted(_flagged(copy, source)) == ["bug-eyed", "grandstanding", "preachy"]


def test_foreboding_prizing_and_the_tabloids_shock_are_listed() -> None:
    source = "The report was released. The seat went to Hale, a newcomer, who decided not to run."
    copy = (
        "The ominous report was released. The coveted seat went to Hale, a political nobody,"
        " who made a shock decision not to run."
    )
    assert sorted(_wording(copy, source)) == [
        "coveted",
        "ominous",
        "political nobody",
        "shock decision",
    ]
    # the noun alone is plain
    assert _wording("Medics gave a shock to the heart.", "Medics treated the heart.") == []


def test_plain_gestures_and_a_fires_damage_are_not_listed() -> None:
    # "waved off" and "scorched" alone flagged plain words on the development splits
    source = "The fire burned 45 hectares. Mayor Hale answered the questions."
    copy = "The fire scorched 45 hectares. Mayor Hale waved off the questions."
    assert _wording(copy, source) == []
    assert _wording("Its scorched-earth campaign began.", "Its campaign began.") == [
        "scorched-earth"
    ]


def test_news_plain_idioms_and_a_fact_checks_wrongly_are_not_loaded() -> None:
    # "standoff", "under fire", "cheap shot" and "wrongly": 23 flags on the development
    # splits, none annotated (credits33); "came under fire" stays listed
    source = "The impasse began in May. Hale is criticised. Was it fair? He said the law is old."
    copy = (
        "The standoff began in May. Hale is under fire. Was it a cheap shot? He said, "
        "wrongly, the law is old."
    )
    assert _wording(copy, source) == []
    assert _wording("Hale came under fire.", "Hale was criticised.") == ["came under fire"]


def test_hit_back_is_not_listed() -> None:
    # "hit back" flagged 18 plain replies on the development splits for 2 found
    source = "Mayor Hale replied on Tuesday."
    assert _wording("Mayor Hale hit back on Tuesday.", source) == []
    assert _wording("Mayor Hale shot back on Tuesday.", source) == ["shot back"]


def test_mogul_is_not_listed() -> None:
    # "mogul" flagged 3 plain labels on the development splits for 1 found
    source = "The businessman said he will run."
    assert _wording("The real estate mogul said he will run.", source) == []
    assert _wording("The real estate tycoon said he will run.", source) == ["tycoon"]


@pytest.mark.parametrize(
    ("source", "copy", "listed"),
    [
        # sneering speech verbs, dismissals and belittling adjectives
        (
            "The senator said the offer was small. Aides answered the critics. He voted no.",
            "The senator groused that the offer was paltry. Aides brushed off the critics."
            " He voted no.",
            ["brushed off", "groused", "paltry"],
        ),
        # the list's wider classes: judging adjectives of manner come with their "-ly"
        # adverbs; coarseness, scope, contention labels, spin, plunder, quarrel, pretence,
        # panic and siege metaphors
        (
            "The governor answered questions about the plan. Aides moved funds from the "
            "reserve. The board that sets the rates met. Officials described the long reform "
            "package.",
            "The governor glibly answered questions about the plan. Aides raided funds from "
            "the reserve. The unelected board that sets the rates met. Officials fudged the "
            "sprawling reform package.",
            ["fudged", "glibly", "raided", "sprawling", "unelected"],
        ),
        # the eighth block of the lexicon: each missed on fresh30, no match unmarked elsewhere
        (
            "The bill runs to 1,000 pages. The hearing was tense at times. Holder was greeted"
            " warmly at the restaurant.",
            "The behemoth bill runs to 1,000 pages. The hearing was testy at times. Holder got"
            " a hero's welcome at the restaurant.",
            ["behemoth", "hero's welcome", "testy"],
        ),
        # the ninth block of the lexicon: each missed on fresh34, marked more than left
        # unmarked
        (
            "The campaign has faced problems. The agency fined the firm. He won a contract and"
            " said his plan worked.",
            "The campaign has been plagued by problems. The agency slapped the firm with a"
            " fine. He won a lucrative contract and boasted that his plan worked.",
            ["boasted", "lucrative", "plagued", "slapped"],
        ),
        # the tenth block of the lexicon: each missed on fresh35, never left unmarked
        (
            "The campaign released an ad. Officials warned of a serious failure.",
            "The campaign released a slick ad. Officials warned of a catastrophe.",
            ["catastrophe", "slick"],
        ),
        # the eleventh block of the lexicon: each missed on fresh36, never left unmarked
        (
            "The plan failed. The report found an error. Officials disputed the claim.",
            "The plan was a dud. The report found a glaring error. "
            "Officials called the claim a myth.",
            ["dud", "glaring", "myth"],
        ),
        # the twelfth: each missed on fresh38, never left unmarked
        (
            "Trump criticised the companies. She declined to say. His rise was quick.",
            "Trump was raging at the companies. She was coy. His meteoric rise was quick.",
            ["coy", "meteoric", "raging"],
        ),
        # the thirteenth: each missed on fresh41 or fresh42, never left unmarked, never
        # added on BASIL
        (
            "The senator kept his position. Voters went to the rally. "
            "The aide declined to say. The governor delayed the decision.",
            "The entrenched senator kept his position. Voters flocked to the rally. "
            "The aide was cagey. The governor dragged her feet on the decision.",
            ["cagey", "dragged her feet", "entrenched", "flocked"],
        ),
        # the fourteenth: each missed over tune … fresh44, never left unmarked, never (or
        # once, in an outlet's own colouring) added on BASIL
        (
            "The group ran an ad. The committee opened an inquiry. Members oppose the plan. "
            "The bill would end asylum for minors.",
            "The group ran a hard-hitting ad. The committee opened an inquiry, a dramatic "
            "escalation. Members can't stomach the plan. The bill would slam the door on "
            "asylum for minors.",
            ["can't stomach", "dramatic escalation", "hard-hitting", "slam the door"],
        ),
        (
            "The agency wrote back to the senator. The campaign starts behind. "
            "The plan was for the state's weapons program.",
            "The agency coolly wrote back to the senator. The campaign is limping in. "
            "The backroom plan was for the state's rogue weapons program.",
            ["backroom", "coolly", "limping", "rogue"],
        ),
    ],
    ids=[
        "sneering-speech-dismissals-belittling",
        "wider-classes-with-adverbs",
        "eighth-block",
        "ninth-block",
        "tenth-block",
        "eleventh-block",
        "twelfth-block",
        "thirteenth-block",
        "fourteenth-block",
        "fourteenth-block-more",
    ],
)
def test_the_later_blocks_of_the_lexicon_are_listed(
    source: str, copy: str, listed: list[str]
) -> None:
    assert sorted(_wording(copy, source)) == listed


def test_the_sources_judging_compound_of_the_same_half_adds_nothing() -> None:
    # "headline-grabbing" for the source's "attention-grabbing": one charge
    copy = "It is his latest headline-grabbing move. Aides met."
    source = "It is his latest attention-grabbing maneuver. Aides met."
    assert _flagged(copy, source) == []
    assert _flagged(copy, "It is his latest move. Aides met.") == ["headline-grabbing"]


def test_humiliating_and_embarrassing_are_one_colour() -> None:
    copy = "The retreat was all the more embarrassing after the march."
    source = "The retreat was particularly humiliating after the march."
    assert _flagged(copy, source) == []
    assert _flagged(copy, "The retreat came after the march.") == ["embarrassing"]


@pytest.mark.parametrize("word", ["much-maligned", "scandal-battered", "corny", "blowup"])
def test_fresh50s_missed_words_are_listed(word: str) -> None:
    copy = f"The {word} plan was read out on Monday."
    assert _flagged(copy, "The plan was read out on Monday.") == [word]


def test_a_grueling_climb_and_the_bare_verb_scrub_are_flagged() -> None:
    source = "Democrats face a climb against the majority. Aides tried to cut references."
    copy = "Democrats face a grueling climb against the majority. Aides tried to cut references."
    assert _flagged(copy, source) == ["grueling"]
    copy = "Democrats face a climb against the majority. Aides tried to scrub references."
    assert _flagged(copy, source) == ["scrub"]


def test_a_muddle_a_swagger_snobbery_and_gloom_are_flagged() -> None:
    # the eighteenth block (loaded55): classes missed over tune … fresh52
    source = (
        "He also had a fix. The Texan says he would seal the border. "
        "She called the plan unfair. He gave an assessment on Tuesday."
    )
    copy = (
        "He also had a muddled fix. The swaggering Texan says he would seal the border. "
        "She called the plan elitist. He gave a gloomy assessment on Tuesday."
    )
    assert sorted(_wording(copy, source)) == ["elitist", "gloomy", "muddled", "swaggering"]
    # a listed label dated with "now-" is one word the listed "notorious" does not read
    assert _flagged("He accepted a now-notorious meeting.", "He accepted a meeting.") == [
        "now-notorious"
    ]


def test_a_structure_that_caved_in_fell() -> None:
    """pr-340's "When part of the roof caved in around 2:50 a.m." is a roof that fell, the
    verb's plain sense; a legislature that "caved" yielded (rw-667)."""
    source = "Crews switched to a defensive attack after part of the roof collapsed."
    copy = "When part of the roof caved in around 2:50 a.m., crews pulled out."
    assert _flagged(copy, source) == []
    assert _flagged(copy.replace("the roof", "the union"), source) == ["caved in"]
    yielded = "The governor signed a reworked law after GOP lawmakers caved to his request."
    assert _flagged(yielded, "The governor signed a reworked law at his request.") == ["caved to"]


def test_a_razor_thin_margin_is_flagged() -> None:
    """rw-704b's "A razor-thin 87,000 votes" for its source's "a total of 78,000 votes"."""
    copy = "A razor-thin 87,000 votes in Wisconsin, Michigan and Ohio put Donald Trump in office."
    source = "Trump won Wisconsin, Michigan and Pennsylvania by a total of 78,000 votes."
    assert _flagged(copy, source) == ["razor-thin"]


def test_a_pejorative_participle_before_its_noun_is_loaded() -> None:
    """rw-724b's "a damaging stream of hacked Democratic emails": "damaging" (VADER -2.3)
    is under the verbs' cut, but before its noun it judges what the emails did."""
    source = "Clinton led nearly the entire race until a stream of hacked Democratic emails."
    copy = "Clinton led nearly the entire race until a damaging stream of hacked Democratic emails."
    assert _flagged(copy, source) == ["damaging"]
    # a verb with its object, or with its particle (rw-220), is not an adjective
    assert _flagged(copy.replace("a damaging stream", "damaging the stream"), source) == []
    lying = "The administration is not taking that lying down."
    assert _flagged(lying, "The administration is not accepting that.") == []
    # "the offending photo" is the one at issue
    assert (
        _flagged("He sent the offending photo late Friday.", "He sent the photo late Friday.") == []
    )


def test_a_word_of_a_name_in_the_source_does_not_say_its_verb() -> None:
    """rw-731: the source's "the Whittington Lecture" is the thing named; the copy's "his
    Thursday lecture" is the source's word, its "lectured Ryan" a verb it adds."""
    source = "Ryan came to give the Whittington Lecture. The group wrote to Ryan on subsidiarity."
    copy = "Ryan came to give his Thursday lecture. The group lectured Ryan on subsidiarity."
    assert _flagged(copy, source) == ["lectured"]
    # a word at a sentence's start is not a name's
    source = "Ryan came to give a talk. Lecture notes were handed out to Ryan on subsidiarity."
    assert _flagged(copy, source) == []
