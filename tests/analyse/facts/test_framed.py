"""Figures and dates a copy gives otherwise in the same frame, anywhere in the texts."""

from __future__ import annotations

import pytest

from newstrace.analyse.facts.framed import framed_changes, taken_figures
from newstrace.model import Discrepancy, Span


def _changes(a: str, b: str) -> list[tuple[str, str, str]]:
    return [(d.kind, d.a_text, d.b_text) for d in framed_changes(a, b)]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "The mill closed in spring. Its owner, who became a councillor three years later, sold it.",
            "Nobody bought the site. The owner went into politics and became a councillor four years later.",
            [("number", "three", "four")],
            id="a_figure_recast_in_another_sentence",
        ),
        pytest.param(
            "He pleaded guilty and will be sentenced on May 14. His lawyer spoke briefly.",
            "The judge accepted the plea. Sentencing was set for May 4, a clerk said.",
            [("date", "May 14", "May 4")],
            id="a_date_recast_in_another_sentence",
        ),
        # "dating to" / "dates back to": the same preposition and one verb, the custom's year
        pytest.param(
            "He pardoned two turkeys, a custom dating to 1957.",
            "The custom of the turkey pardon dates back to 1947.",
            [("date", "1957", "1947")],
            id="a_year_after_one_verb_in_another_form",
        ),
        # 1989 shares only the next sentence's words ("Lauten later") with 1957: not its frame
        pytest.param(
            "He pardoned two turkeys, a custom dating to 1957. Lauten later apologized.",
            "The custom dates back to 1947, with the pardon being permanently instituted in"
            " 1989. Lauten later apologized.",
            [("date", "1957", "1947")],
            id="words_of_the_next_sentence_tie_no_dates",
        ),
        pytest.param(
            "The council hired 12 new wardens this year.",
            "Nine new wardens were hired in March. By autumn the council had 12 wardens on patrol.",
            [],
            id="a_figure_the_other_text_also_states_is_no_change",
        ),
        pytest.param(
            "The club signed 8 young players this summer.",
            "It signed 5 young players in June and 6 young players in August.",
            [],
            id="a_figure_alike_to_two_of_the_other_is_no_change",
        ),
        pytest.param(
            "Repairs begin soon. Mayor Ruiz said on Monday that the bridge would reopen in spring.",
            "The bridge has been shut since May. Mayor Ruiz announced Tuesday it would reopen.",
            [("date", "Monday", "Tuesday")],
            id="a_weekday_after_a_word_in_common",
        ),
        pytest.param(
            "Touring Ohio on Monday ahead of Sunday's county fair, the senator met farmers.",
            "She toured Ohio on Monday ahead of Thursday's debate. Saturday's county fair is next.",
            [],
            id="a_weekday_of_another_event_is_no_change",
        ),
        pytest.param(
            "The warning came in an Aug. 26 memo from the embassy.",
            "An Aug. 16 memo was read out. Critics said the Aug. 16 memo was urgent.",
            [("date", "Aug. 26", "Aug. 16")],
            id="a_date_the_other_text_states_several_times_is_still_one",
        ),
        pytest.param(
            "The new depot will cost $35.8 million, the agency said. Work starts in May.",
            "Officials gave the total as $38.5 million, more than $20 million of it from the state.",
            [("number", "35.8 million", "38.5 million")],
            id="a_figure_with_its_digits_transposed",
        ),
        pytest.param(
            "The report lists 58 cases. It was published in May.",
            "Inspectors found 85 faults over the year.",
            [],
            id="two_digit_figures_in_another_order_are_not_one_figure",
        ),
        pytest.param(
            "She sued on behalf of some 1.6 million women, her lawyer said.",
            "The lawsuit covers 1.5 million women and could cost the retailer billions.",
            [("number", "1.6 million", "1.5 million")],
            id="a_thing_each_text_counts_once",
        ),
        pytest.param(
            "Rescuers reached 40 miners by noon.",
            "The shaft held 45 miners. By noon 30 miners were out.",
            [],
            id="a_thing_one_text_counts_twice_is_not_counted_once",
        ),
        pytest.param(
            "The firm employs 900 drivers across the region.",
            "It hired 300 drivers last year, a spokesman said.",
            [],
            id="counts_far_apart_are_of_two_things",
        ),
        pytest.param(
            "Reed is expected to take on Moss in a May 12 primary. The race is close.",
            "Reed and Moss meet in a primary in May. The primary will be held on May 19,"
            " officials said.",
            [("date", "May 12", "May 19")],
            id="a_vaguer_date_does_not_vouch_for_a_precise_one",
        ),
        # "the Ledger's story" is the Ledger's; "night" tells the time of day, not the event
        pytest.param(
            "Officials denied the claims. They rebutted the story the Ledger ran on Monday night.",
            "In a statement issued Wednesday night, officials rebutted the Ledger's report"
            " Tuesday that the depot had been sold.",
            [("date", "Monday", "Tuesday")],
            id="a_weekday_after_the_name_its_owner_is_given",
        ),
        # no word in common before the days: each text dates all it tells by one day
        pytest.param(
            "The club put its books online Thursday. It made a loss of some size.",
            "The club made a loss, according to accounts released Friday. Fans were angry.",
            [("date", "Thursday", "Friday")],
            id="the_one_weekday_of_each_text_moved",
        ),
        pytest.param(
            "The club put its books online Thursday. It made a loss of some size.",
            "The club made a loss, according to accounts released Friday. Fans marched Sunday.",
            [],
            id="two_weekdays_on_one_side_may_be_two_events",
        ),
        # the source's remarks were made "over the weekend", its refusal "on Tuesday": the
        # copy's one day is set against the remarks, not against the source's one weekday
        pytest.param(
            "The remarks, made on Friday, drew anger. The councillor stayed on.",
            "The councillor spoke over the weekend. On Tuesday he refused to step down.",
            [],
            id="a_text_that_dates_by_the_weekend_too_names_more_than_one_day",
        ),
        pytest.param(
            "The mayor was filmed over the weekend. On Sunday her office called it a setup.",
            "The mayor apologized over the weekend, according to a statement released Monday.",
            [("date", "Sunday", "Monday")],
            id="the_weekend_named_in_both_texts_leaves_their_one_weekday_moved",
        ),
        pytest.param(
            "He was caught on tape. The 66-year-old, who has held his seat since 1995, will run.",
            "The video spread fast. Observers expect the 68-year-old congressman to hold on.",
            [("number", "66", "68")],
            id="the_one_age_of_each_text",
        ),
        pytest.param(
            "The 66-year-old, who has held his seat since 1995, will run.",
            "The 68-year-old congressman faces a 45-year-old nurse.",
            [],
            id="two_ages_on_one_side_may_be_two_peoples",
        ),
        pytest.param(
            "Corfman says she was approached by a 32-year-old assistant district attorney.",
            "Sexual contact with anyone between 12 and 16 years old is a crime in the state.",
            [],
            id="ages_years_apart_are_two_peoples",
        ),
        # "Three days later" counts days: it does not state the copy's three-year inquiry
        pytest.param(
            "The move caps a three-year police inquiry into his business dealings.",
            "The decision follows a two-year police investigation into his business. "
            "Three days later he resigned.",
            [("number", "three", "two")],
            id="a_small_figure_the_other_text_gives_for_another_thing_is_still_changed",
        ),
        pytest.param(
            "The mayor told reporters in Salem on Thursday that she would run again.",
            "Mayor Ruiz said Wednedsay she will seek a second term, her aides confirmed.",
            [("date", "Thursday", "Wednedsay")],
            id="a_weekday_typed_with_two_letters_swapped_is_that_weekday",
        ),
        # what the sum is of is worded otherwise ("cost" / "price tag"), yet each text gives
        # one sum in billions
        pytest.param(
            "Critics doubt the wall's roughly $10 billion cost. Mexico will not pay, its ex-leader said.",
            "Engineers put the price tag at around $8 billion. The former leader said Mexico won't pay.",
            [("number", "10 billion", "8 billion")],
            id="the_one_sum_of_each_text_at_its_scale_is_one_sum_changed",
        ),
        pytest.param(
            "Critics doubt the wall's roughly $10 billion cost. Upkeep would add $2 billion more.",
            "Engineers put the price tag at around $8 billion. The former leader said Mexico won't pay.",
            [],
            id="two_sums_at_one_scale_leave_which_one_changed_unknown",
        ),
        # "at least one" bounds no count of pages: the report's 250 pages are the source's
        # 225 still.
        pytest.param(
            "Each school should have at least one, he said. The 250-page report asks for more.",
            "The 225-page report also called for checks. Each school needs at least one, he said.",
            [("number", "250", "225")],
            id="a_count_of_one_thing_past_a_bound_of_another",
        ),
        pytest.param(
            "A nonprofit is spending $1.5 million to put him on TV. "
            "A rival runs its own $5 million campaign.",
            "The spot is costing Safe Harbor $1 million, the organization confirmed. "
            "Meanwhile a separate $5 million blitz began.",
            [("number", "1.5 million", "1 million")],
            id="the_one_sum_of_each_text_besides_one_both_give",
        ),
        # the source counts "Dunmore" twice; the words after the figure tell which count the
        # copy's is
        pytest.param(
            "The letter was signed by 80 Dunmore College faculty and staff on Friday.",
            "In all, 90 Dunmore College faculty and staff signed it. Signing it were over a"
            " dozen Dunmore Jesuit priests.",
            [("number", "80", "90")],
            id="a_figure_of_a_thing_named_alike_in_full",
        ),
        # "violent incidents in Libya" / "cases of violence in Libya": Libya is the sixth word
        pytest.param(
            "Records list more than 300 violent incidents in Libya between June and July.",
            "The records documented more than 200 cases of violence in Libya in the year.",
            [("number", "300", "200")],
            id="a_hedged_figure_of_what_is_counted_a_few_words_on",
        ),
    ],
)
def test_a_figure_or_date_given_otherwise_in_the_same_frame(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _changes(a, b) == expected


def test_a_figure_the_source_states_next_to_the_one_it_is_set_against() -> None:
    a = "The fund runs dry in 2040, after which it can pay only 80 percent of pensions."
    b = "After 2040 it can pay 80 percent of pensions. By 2090, it can pay 71 percent of pensions."
    change = Discrepancy(
        "number",
        "80",
        "71",
        Span(a.index("80 "), a.index("80 ") + 2),
        Span(b.index("71"), b.index("71") + 2),
    )
    assert taken_figures([change], a, b) == []


def test_the_one_weekday_of_each_text_is_not_read_for_two_copies() -> None:
    # two copies of one source may each have moved a day of their own: "denied it on
    # Tuesday" in one, "their lawyer said Thursday" in the other (``condensed.py``)
    a = "The club put its books online Thursday. It made a loss of some size."
    b = "The club made a loss, according to accounts released Friday. Fans were angry."
    assert framed_changes(a, b, weekdays=False) == []


def test_a_figure_the_source_states_of_the_same_thing_elsewhere() -> None:
    # the copy's sentence took its figure from the source's last one, not from the one
    # set against it: "22 of its stores" is "the 22 stores", not "38 stores"
    a = "The grocer is pulling self-checkout kiosks out of 22 of its stores."
    b = (
        "The grocer, a chain with 38 stores, raised its wages. It will also remove the "
        + "x" * 400
        + " self-checkout kiosks from the 22 stores where they were installed."
    )
    change = Discrepancy(
        "number",
        "22",
        "38",
        Span(a.index("22"), a.index("22") + 2),
        Span(b.index("38"), b.index("38") + 2),
    )
    assert taken_figures([change], a, b) == []
    other = b.replace("the 22 stores", "the 21 stores")
    assert taken_figures([change], a, other) == [change]


def test_the_one_time_of_day_each_text_gives() -> None:
    a = "The governor will enter the race at 1pm today in his hometown. Polls are dismal."
    b = "He will make the announcement today at 11am from his hometown. He trails badly."
    assert _changes(a, b) == [("number", "1pm", "11am")]
    # a text giving two times tells a timeline: which one moved is not known
    timeline = b.replace("He trails badly.", "A rally follows at 3pm.")
    assert _changes(a, timeline) == []


def test_the_time_of_an_event_and_the_time_of_the_sentence_naming_it() -> None:
    # "a 10am announcement" times the announcement the source makes "at 11am"
    a = "The governor joins the race today, with a 10am announcement in his hometown."
    b = "He will make the announcement today at 11am from his hometown. He trails badly."
    assert _changes(a, b) == [("number", "10am", "11am")]
    # a time of another event is not the announcement's
    other = b.replace("make the announcement", "hold a rally")
    assert _changes(a, other) == []


def test_a_figure_beside_another_word_in_common_elsewhere_is_not_taken() -> None:
    # "House" after "three-term" and before "three months" places neither figure alike
    a = "Sestak, a retired admiral and three-term House member, confirmed it."
    b = (
        "Sestak, a retired admiral and two-term House member, was already running. "
        + "x" * 400
        + " The White House for three months had refused to discuss it."
    )
    change = Discrepancy(
        "number",
        "three",
        "two",
        Span(a.index("three"), a.index("three") + 5),
        Span(b.index("two"), b.index("two") + 3),
    )
    assert taken_figures([change], a, b) == [change]


def test_a_count_in_words_and_one_in_digits_far_apart_are_two_counts() -> None:
    # "three races" of the source are three of its 33: written otherwise and eleven times
    # apart, no copy retyped one as the other, though "could" stands near both
    a = "Democrats are defending 23 of the 33 races, though Republicans could stumble."
    b = "In all, 33 Senate seats are in play. But three races in particular could undermine them."
    assert _changes(a, b) == []
    near = b.replace("three races", "29 races")
    assert _changes(a, near) == [("number", "33", "29")]
    words = "Talks lasted 30 minutes, aides said. The vote came later."
    assert _changes(words, "Fifteen minutes of talks were held.") == [("number", "30", "Fifteen")]


def test_a_sum_with_one_digit_retyped_however_far_apart() -> None:
    a = "The nonprofit is paying $2 million to put him on TV."
    b = "The spot is costing Safe Harbor $1 million, the organization confirmed."
    assert _changes(a, b) == [("number", "2 million", "1 million")]
    # two digits retyped: two sums
    assert _changes(a.replace("$2 million", "$25 million"), b.replace("$1", "$12")) == []


def test_a_span_reckoned_from_an_event_with_a_figure_and_an_article() -> None:
    a = "The panel served its subpoenas on Thursday, two days after the adviser refused."
    b = "The adviser refused to comply. The panel acted a day after that refusal, aides said."
    assert _changes(a, b) == [("number", "two days", "a day")]
    c = "The panel served its subpoenas on Thursday, two days before the adviser refused."
    assert _changes(c, b) == []
    # a span in one role its preposition gives: "for two weeks" / "for a week"
    d = "Twitter, after holding out, suspended him for two weeks."
    e = "The network later suspended the two accounts for a week for inciting violence."
    assert _changes(d, e) == [("number", "two weeks", "a week")]


def test_the_one_figure_each_text_hedges_one_way() -> None:
    # "nearly" in each, a word of what is counted in common ("priests"), recast otherwise
    a = "The letter was sent by nearly 80 Dunmore professors and priests on Tuesday."
    b = "It was released Tuesday and signed by nearly 90 faculty members and priests."
    assert _changes(a, b) == [("number", "80", "90")]
    # "more than" and "over" bound alike from above; a count in words rounded otherwise
    c = "More than 20 Jesuits are among the signers."
    d = "Signing the letter were over a dozen Dunmore Jesuit priests and many others."
    assert _changes(c, d) == [("number", "20", "a dozen")]


def test_figures_hedged_two_ways_or_twice_are_not_paired() -> None:
    b = "It was released Tuesday and signed by about 90 faculty members and priests."
    a = "The letter was sent by nearly 80 Dunmore professors and priests on Tuesday."
    assert _changes(a, b) == []
    b2 = "Nearly 90 faculty members and priests signed it, and nearly 40 priests marched."
    assert _changes(a, b2) == []


def test_a_round_figure_hedged_holds_the_exact_one() -> None:
    # "nearly 60 miles" rounds the source's 58 and says so: no change a reader reports
    a = "Families would have to drive nearly 60 miles to deliver a baby, the senator said."
    b = "The nearest unit would be at St. Anselm in Fairhaven, 58 miles away."
    assert _changes(a, b) == []
    # past the hedge's side, or two bounds apart, the figure changed
    a = "Families would have to drive nearly 60 miles to deliver a baby, the senator said."
    assert _changes(a, b.replace("58", "63")) == [("number", "60", "63")]


def test_the_other_figure_of_the_sources_sentence_is_the_one_taken() -> None:
    # the source's sentence gives two counts; the copy's "Seven" is its "seven"
    a = "Crews searched the building floor by floor. Seven residents needed help on the stairs."
    b = (
        "Firefighters searched every floor. Forty-three residents left the building, and"
        " seven were helped down the stairways by crews."
    )
    change = Discrepancy(
        "number",
        "Seven",
        "Forty-three",
        Span(a.index("Seven"), a.index("Seven") + 5),
        Span(b.index("Forty-three"), b.index("Forty-three") + 11),
    )
    assert taken_figures([change], a, b) == []
    # a figure of another thing named in the sentence is no figure taken
    a = "His record: six months at Paris Island and six years in the reserves."
    b = "His record includes six months on Paris Island and eight years in the reserves."
    years = Discrepancy(
        "number",
        "six",
        "eight",
        Span(a.index("six years"), a.index("six years") + 3),
        Span(b.index("eight"), b.index("eight") + 5),
    )
    assert taken_figures([years], a, b) == [years]
