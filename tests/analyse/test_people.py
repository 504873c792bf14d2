"""The people a text names, their roles, and where each is mentioned."""

from __future__ import annotations

from newstrace.analyse.people import People, parse_name


def _names(people: People) -> list[str]:
    return sorted({person.name for _, person in people.mentions})


def test_titles_before_a_name_are_not_given_names() -> None:
    assert parse_name("Arkansas Gov. Asa Hutchinson".split()) == (
        ["Arkansas", "Gov."],
        ["Asa", "Hutchinson"],
    )
    assert parse_name("Deputy Director David Bowdich".split()) == (
        ["Deputy", "Director"],
        ["David", "Bowdich"],
    )


def test_a_pronouns_contraction_opens_no_name() -> None:
    # a speaker naming herself ("I'm Karen Voss"); an apostrophe inside a name stays
    assert parse_name("I'm Karen Voss".split()) == ([], ["Karen", "Voss"])
    assert parse_name("We've Tomas Reyes".split()) == ([], ["Tomas", "Reyes"])
    assert parse_name("I’m Karen Voss".split()) == ([], ["Karen", "Voss"])  # typographic
    assert parse_name("Conan O'Brien".split()) == ([], ["Conan", "O'Brien"])
    assert _names(People("KAREN VOSS: Hello. I'm Karen Voss.\n\nVOSS: Thanks.")) == ["Karen Voss"]


def test_places_bodies_and_modifiers_are_not_people() -> None:
    text = (
        "Sen. Jack Reed of Rhode Island met House Democrats at Fox News. The Obama plan failed, "
        "and Cummings of Maryland cautioned them."
    )
    assert _names(People(text)) == ["Jack Reed"]


def test_a_name_after_a_place_is_still_a_name() -> None:
    text = "The former attorney for the District of Columbia Joseph diGenova spoke."
    assert _names(People(text)) == ["Joseph diGenova"]


def test_a_surname_alone_mentions_the_person_named_in_full() -> None:
    people = People("Peter Cook spoke first. Later, Mr. Cook left. Cook said no more.")
    assert [(at, p.name) for at, p in people.mentions] == [
        (0, "Peter Cook"),
        (31, "Peter Cook"),
        (46, "Peter Cook"),
    ]
    assert people.evident(people.mentions[0][1])


def test_a_given_name_alone_mentions_the_one_person_who_has_it() -> None:
    people = People("Seth Hutchinson wrote to his father.")
    person = people.named("Seth", 100)
    assert person is not None and person.name == "Seth Hutchinson"


def test_roles_from_titles_and_appositives() -> None:
    text = (
        "Pentagon press secretary Peter Cook spoke. Aitan Goelman, Strzok's attorney, agreed. "
        "The spokesman, Nick Merrill, declined."
    )
    people = People(text)
    assert [p.name for p in people.holders("secretary", len(text))] == ["Peter Cook"]
    assert [p.name for p in people.holders("attorney", len(text))] == ["Aitan Goelman"]
    # a press secretary is a spokesman too: "the spokesman" may be either
    assert [p.name for p in people.holders("spokesman", len(text))] == [
        "Peter Cook",
        "Nick Merrill",
    ]


def test_the_spokesman_is_the_press_secretary() -> None:
    text = "On Wednesday, White House deputy press secretary Josh Earnest said so. Rice left."
    people = People(text)
    assert [p.name for p in people.holders("spokesman", len(text))] == ["Josh Earnest"]


def test_a_role_links_back_not_forward() -> None:
    people = People("The lawyer arrived. Aitan Goelman, the family's lawyer, spoke.")
    assert people.holders("attorney", 5) == []


def test_names_inside_quotes_are_the_speakers_words() -> None:
    text = 'He was nicknamed "Mad Dog Mattis" by the troops. Jim Mattis resigned.'
    quoted = [(text.index("Mad"), text.index('" by'))]
    assert _names(People(text, quoted)) == ["Jim Mattis"]


def test_possessives_and_people_sharing_a_surname() -> None:
    people = People("Asa Hutchinson's son, Seth Hutchinson, wrote to him.")
    asa, seth = (p for _, p in people.mentions)
    assert (0, asa) in people.possessives
    assert people.rivals(asa) == [seth]


def test_a_name_next_to_nothing_personal_is_not_evident() -> None:
    people = People("The speech was grim for an Inaugural Address.")
    [(_, address)] = people.mentions
    assert not people.evident(address)


def test_a_surname_ending_like_an_adverb_is_a_name_once_given_in_full() -> None:
    people = People("The lawyer, William Connelly, spoke first. Connelly blasted the case.")
    assert [p.name for at, p in people.mentions if at > 40] == ["William Connelly"]
    assert People("Clearly the case was weak.").mentions == []


def test_al_opening_a_name_is_a_given_name() -> None:
    assert [p.given for _, p in People("Sen. Al Franken spoke first.").mentions] == ["al"]
    assert [p.given for _, p in People("Then Bashar al Assad spoke.").mentions] == ["bashar"]


def test_a_broadcast_role_before_a_name_is_a_title() -> None:
    people = People("Host Ana Ruiz asked him about it.")
    assert [(p.name, p.given) for _, p in people.mentions] == [("Ana Ruiz", "ana")]


def test_a_possessive_after_the_subject_tells_its_sex_an_object_does_not() -> None:
    told = People("Nora Vance on Monday released her returns. Carl Vance thanked her.")
    sexes = {p.name: told.sex(p) for _, p in told.mentions}
    assert sexes == {"Nora Vance": "f", "Carl Vance": ""}
    said = People("Ana Ruiz said he lied.")
    assert said.sex(said.mentions[0][1]) == ""  # "he": someone else


def test_a_capitalised_word_before_than_opening_a_sentence_is_no_one() -> None:
    # "Rather than ..., he chose": an adverb; a "he" after it is still Mr. Pike
    people = People("Mr. Pike said he might run. Rather than go ahead, he chose to stay home.")
    assert [p.key for _, p in people.mentions] == ["pike"]


def test_a_capitalised_word_fronted_before_it_and_its_verb_is_no_one() -> None:
    # "Subtle, it isn't.": the word describes "it", the subject; "Pike, it seems, ..." is
    # an aside, and Pike still acts
    people = People("A group airs Tom Hale's words. Subtle, it isn't. Pike, it seems, agreed.")
    assert sorted(p.key for _, p in people.mentions) == ["hale", "pike"]


def test_a_name_inside_anothers_appositive_has_no_appositive_of_its_own() -> None:
    # "Mary Ruiz, daughter of Mayor Tom Ruiz, used ...": the comma after the father closes
    # his daughter's appositive; the predicate after it ("her older sister") is not his role
    text = (
        "Mary Ruiz, daughter of former Mayor Tom Ruiz, used Facebook to answer her older "
        "sister Ana, a council candidate, over the bridge."
    )
    people = People(text)
    assert people.holders("sister", len(text)) == []


def test_a_party_before_a_name_is_a_title() -> None:
    # "Republican Joni Ernst" is Joni Ernst, a Republican (fresh51's rw-659): the party is
    # no given name, and the name is a person's
    assert parse_name("Republican Ana Ruiz".split()) == (["Republican"], ["Ana", "Ruiz"])
    people = People("Republican Ana Ruiz, in a primary, touts her record.")
    assert [(p.name, p.given) for _, p in people.mentions] == [("Ana Ruiz", "ana")]


def test_a_magazines_name_is_no_person() -> None:
    # "The Weekly Standard" is a magazine, not a woman named Weekly Standard (fresh51's
    # rw-662): the words magazines and reviews are named by name no person
    people = People(
        "The notes obtained by The Weekly Standard and the Harbor Review name Ana Ruiz."
    )
    assert [p.name for _, p in people.mentions] == ["Ana Ruiz"]


def test_a_kin_word_before_a_titled_name_tells_the_sex() -> None:
    # "their father, former Vice President Dick Cheney": the capitalised title is the name's
    # own, so only "former" stands between the kin word and it (fresh52's rw-670b)
    people = People("Their father, former Vice President Tom Pike, backs the plan.")
    pike = people.named("Tom Pike", 0)
    assert pike is not None
    assert (people.sex(pike), people.sex_beside(pike)) == ("m", "m")


def test_a_sex_read_from_a_pronoun_after_the_name_is_not_told_beside_it() -> None:
    # "Tom Pike argued that having told her side, ...": the "her" is someone else's, so the
    # sex read from it is no sex told next to the name
    people = People("Tom Pike argued that having told her side, Ruiz could not leave.")
    pike = people.named("Tom Pike", 0)
    assert pike is not None
    assert people.sex_beside(pike) == ""


def test_an_office_a_role_serves_or_seeks_is_not_held() -> None:
    # "his opponent for president, Ana Ruiz", "Tom Hale, a spokesman for the governor,":
    # neither holds the office after "for" or "to" (fresh53's rw-684: "the president said"
    # read as the president or his opponent)
    people = People(
        "President Tom Pike said his opponent for president, Ana Ruiz, lied. Tom Hale, a "
        "spokesman for the governor, and Jo Bell, counselor to the mayor, agreed."
    )
    ruiz, hale, bell = (people.named(n, 0) for n in ("Ana Ruiz", "Tom Hale", "Jo Bell"))
    assert ruiz is not None and hale is not None and bell is not None
    assert "president" not in people.roles(ruiz)
    assert people.roles(hale) == {"spokesman"} and "governor" not in people.roles(hale)
    assert "mayor" not in people.roles(bell)
    assert people.holders("president", len(people.text)) == [people.named("Tom Pike", 0)]
