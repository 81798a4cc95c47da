"""Sentence segmentation: every sentence points into the body by exact offsets, and
abbreviations, initials, quotes and times do not cut a sentence in two."""

from __future__ import annotations

import itertools

import pytest
from core_support import article, sentence_texts, sentences

from claims.extract import prepare


def assert_offsets_exact(body: str) -> None:
    for s in sentences(body):
        assert body[s.start : s.end] == s.text


MIXED = (
    "Talks stall in Vienna\n"
    "\n"
    "The U.S. delegation left the talks early on Friday. Gen. Mark T. Ellison said the team would return.\n"
    "  Delegates met in Room No. 2 of the palace. John R. Smith, a negotiator, called the mood tense.\n"
    "“We are not leaving,” the envoy said.\n"
    "- The session opened at 9 a.m. Tuesday and ran late.\n"
    "Officials confirmed the delay.https://t.co/abc123 A new round is planned.\n"
)


def test_offsets_are_exact_for_every_sentence() -> None:
    assert_offsets_exact(MIXED)
    found = sentences(MIXED)
    assert len(found) == 8  # the headline is not a sentence of the body text
    # sentences are in body order and do not overlap
    assert all(x.end <= y.start for x, y in itertools.pairwise(found))


def test_offsets_are_exact_after_front_matter() -> None:
    text = "---\ntitle: Talks\n---\nThe U.S. delegation left early. Talks resume on Monday.\n"
    a = article(text, kind="md")
    found = prepare(a)
    assert [s.text for s in found] == ["The U.S. delegation left early.", "Talks resume on Monday."]
    for s in found:
        assert a.body[s.start : s.end] == s.text


def test_list_marker_is_not_part_of_the_sentence() -> None:
    texts = sentence_texts("Key points\n- The session opened at 9 a.m. Tuesday and ran late.\n")
    assert texts == ["The session opened at 9 a.m. Tuesday and ran late."]


@pytest.mark.parametrize(
    "sentence",
    [
        "The U.S. delegation left the talks early on Friday.",
        "Gen. Mark Ellison said the team would return.",
        "Delegates met in Room No. 2 of the palace.",
        "John R. Smith, a negotiator, called the mood tense.",
        "The envoy met J. K. Rowan and Dr. Ilse Ward in Washington, D.C. on Monday.",
        "Capt. Ana Ruiz said the base was quiet.",
        "Sen. Bo Diaz voted against the bill.",
        "The firm, Harlan & Co. Ltd., paid $2.5 million.",
        "The firm was fined in Jan. 2021 for the same breach.",
        "The session opened at 9 a.m. Tuesday and ran late.",
        "The ferry sank at 10:47 p.m. Sept. 16 near the reef.",
    ],
)
def test_abbreviations_and_initials_do_not_end_a_sentence(sentence: str) -> None:
    body = f"{sentence} A second sentence follows here.\n"
    assert sentence_texts(body) == [sentence, "A second sentence follows here."]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Lt. Col. Ray Burns said the base was quiet.",
        ),
        pytest.param(
            "Rep. Ann Cole voted against the bill.",
        ),
    ],
)
def test_military_and_political_titles_do_not_end_a_sentence(sentence: str) -> None:
    body = f"{sentence} A second sentence follows here.\n"
    assert sentence_texts(body) == [sentence, "A second sentence follows here."]


def test_time_abbreviation_can_end_a_sentence() -> None:
    body = "The meeting ended at 4 p.m. Most delegates flew home that night.\n"
    assert sentence_texts(body) == ["The meeting ended at 4 p.m.", "Most delegates flew home that night."]


def test_a_decimal_can_end_a_sentence() -> None:
    body = "Several quakes a year reach between 3 and 3.5. Most cause no damage underground.\n"
    assert sentence_texts(body) == [
        "Several quakes a year reach between 3 and 3.5.",
        "Most cause no damage underground.",
    ]
    assert_offsets_exact(body)


@pytest.mark.parametrize(
    "follower",
    ["Tuesday", "Eastern", "Sept. 16", "on Monday"],
)
def test_time_abbreviation_before_a_day_or_zone_does_not_end_a_sentence(follower: str) -> None:
    body = f"Polls closed at 8 p.m. {follower} in most of the state.\n"
    assert sentence_texts(body) == [f"Polls closed at 8 p.m. {follower} in most of the state."]


def test_quotes_stay_inside_their_sentence() -> None:
    body = (
        '“We are not leaving,” the envoy said. "It was loud," said Ana Ruiz.\n'
        'The mayor said: "We will rebuild." No date was given.\n'
    )
    assert sentence_texts(body) == [
        "“We are not leaving,” the envoy said.",
        '"It was loud," said Ana Ruiz.',
        'The mayor said: "We will rebuild."',
        "No date was given.",
    ]
    assert_offsets_exact(body)


def test_sentence_ending_inside_nested_quotes_is_split_there() -> None:
    body = (
        "A resident described the scene. “He called the plan ‘reckless.’” Officials said the plan stands.\n"
    )
    assert sentence_texts(body) == [
        "A resident described the scene.",
        "“He called the plan ‘reckless.’”",
        "Officials said the plan stands.",
    ]
    assert_offsets_exact(body)


def test_nested_straight_quotes_are_split_too() -> None:
    body = "\"She said the shelter was 'full by noon.'\" The county disputed that account.\n"
    assert sentence_texts(body) == [
        "\"She said the shelter was 'full by noon.'\"",
        "The county disputed that account.",
    ]


def test_link_glued_to_a_full_stop_is_cut_off() -> None:
    body = "Officials confirmed the delay.https://t.co/abc123 A new round is planned.\n"
    assert sentence_texts(body) == ["Officials confirmed the delay.", "A new round is planned."]
    assert_offsets_exact(body)


def test_trailing_link_is_not_part_of_the_sentence() -> None:
    body = (
        "The operator blamed a broken ramp.\n"
        "Ferries were cancelled again today, passengers said pic.twitter.com/a1b2c3d4\n"
    )
    texts = sentence_texts(body)
    assert texts == [
        "The operator blamed a broken ramp.",
        "Ferries were cancelled again today, passengers said",
    ]
    assert all("pic.twitter.com" not in t for t in texts)


def test_each_paragraph_is_segmented_on_its_own() -> None:
    # a heading without a full stop never runs into the paragraph below it
    body = "A long night in Delmore county after the storm\nCrews worked until dawn. Power returned at six.\n"
    assert sentence_texts(body) == ["Crews worked until dawn.", "Power returned at six."]


def test_a_run_in_bold_heading_is_not_part_of_the_sentence() -> None:
    body = "- **Lighting.** The airport operator has confirmed that the edge lighting failed. Whether it mattered is unclear.\n"
    texts = [s.text for s in sentences(body)]
    assert texts == [
        "The airport operator has confirmed that the edge lighting failed.",
        "Whether it mattered is unclear.",
    ]
