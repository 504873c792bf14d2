"""One part of the government put for another in a copy's sentence."""

from __future__ import annotations

from tests.analyse.facts.aligned import assert_changes

_MEMO = (
    "The senator's target is a memorandum from the State Department telling agencies abroad"
    " to weigh gay rights in aid.",
    "The senator is referring to a memorandum released by the White House, in which agencies"
    " abroad are told to weigh gay rights in aid.",
)


def test_a_part_of_the_government_put_for_another_in_a_copy() -> None:
    assert_changes(*_MEMO, [("organisation", "State Department", "White House")], copy=True)


def test_parts_of_the_government_in_independent_reports_are_not_compared() -> None:
    assert_changes(*_MEMO, [])


def test_one_part_under_two_names_is_no_change() -> None:
    a = "The memo issued by the Pentagon last week told bases to weigh the rules."
    b = "Bases abroad must weigh the new rules, says a memo issued by the Department of Defense."
    assert_changes(a, b, [], copy=True)


def test_parts_of_the_government_in_two_roles_are_two_parts() -> None:
    # nothing said before both: what one objected to is not what the other provided
    a = "Officials said he deleted a line, which the State Department had objected to."
    b = "The only draft provided by the White House shows he deleted a line."
    assert_changes(a, b, [], copy=True)


def test_an_agency_put_for_a_department_in_a_copy() -> None:
    a = "His post seemed to answer Abedin emails the F.B.I. released Friday, aides said."
    b = "The post came in response to Abedin emails released by the State Department on Friday."
    assert_changes(a, b, [("organisation", "F.B.I.", "State Department")], copy=True)
    same = b.replace("the State Department", "the Federal Bureau of Investigation")
    assert_changes(a, same, [], copy=True)


def test_an_agency_in_a_persons_title_is_no_doer() -> None:
    # "then-CIA director" names a person, not what the CIA did
    a = "Emails show then-CIA director Mike Morrow wanted the line out."
    b = "Emails show State Department aides wanted the line out."
    assert_changes(a, b, [], copy=True)
    assert_changes(
        a.replace("then-CIA director Mike Morrow", "the CIA"),
        b,
        [("organisation", "CIA", "State Department")],
        copy=True,
    )


def test_a_conjunction_alone_is_no_deed_in_common() -> None:
    a = "But officials say the CIA wanted the line out."
    b = "He thought it unfair to include the warnings but not allow State Department aides a reply."
    assert_changes(a, b, [], copy=True)


def test_what_each_part_did_after_it() -> None:
    # nothing in common before the parts; the deed follows each ("is investigating" / "has
    # opened an investigation")
    a = "Her memo says the FBI is investigating whether the grants were misused."
    b = "The hearing comes as the Justice Department has opened an investigation into the grants."
    assert_changes(a, b, [("organisation", "FBI", "Justice Department")], copy=True)
    # a deed of its own after each part: two parts of the story
    other = b.replace("has opened an investigation into", "has declined to comment on")
    assert_changes(a, other, [], copy=True)
