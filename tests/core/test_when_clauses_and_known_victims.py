"""A day followed by a when-clause is the day of what that clause tells ("nine injured on
Saturday when a hot-air balloon ... struck a power line"), and victims named as known under a
negation of something else ("did not release the names of the victims") deny no harm."""

from __future__ import annotations

from datetime import date

import pytest
from core_support import Spec, article, claims_of, run

from claims.analysis import extract_all

WIRE = (
    "Four people were killed and nine injured on Saturday when a hot-air balloon carrying tourists "
    "struck a power line and caught fire over the Velhoeiro valley, emergency officials said."
)


def test_a_day_before_a_when_clause_dates_its_event() -> None:
    arts = [article(WIRE, published="2026-04-18")]
    claims = extract_all(arts)["a1"]
    dated = {c.event_date for c in claims if any(s.startswith("occ:") for s in c.slots)}
    assert dated == {date(2026, 4, 18)}
    assert arts[0].main_event.time.date == date(2026, 4, 18)


def test_a_day_before_an_after_clause_is_not_the_events() -> None:
    arts = [article("Two miners were trapped on Wednesday after a tremor hit the Kessel mine.", published="2026-04-18")]
    claims = extract_all(arts)["a1"]
    assert not [c for c in claims if "occ:earthquake" in c.slots and c.event_date == date(2026, 4, 15)]


def harm(sentence: str) -> list[tuple[str, float | None]]:
    return [(f.value, f.count) for c in claims_of(sentence, "2026-04-18") for f in c.frames if f.kind == "harm"]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # the victims are known: what is denied is the release of their names
        ("Authorities did not release the names of the victims, saying relatives were still being told.", []),
        ("Police would not give the ages of the victims.", []),
        ("We are not naming any of the victims until their families have been informed.", []),
        ("The ministry has not released any figures on casualties.", []),
        # denials of harm still
        ("There were no victims.", [("any", 0)]),
        ("None of the injuries was serious.", [("severe", 0)]),
        ("No one was among the victims.", [("any", 0)]),
    ],
)
def test_known_victims_under_a_negation(sentence: str, found: list[tuple[str, float | None]]) -> None:
    assert harm(sentence) == found


def test_unnamed_victims_do_not_deny_the_deaths() -> None:
    result = run(
        Spec(WIRE + " Authorities did not release the names of the victims.", "Wire", "2026-04-18"),
        Spec(
            "A hot-air balloon crashed in the Velhoeiro valley on Saturday. Five people are in critical "
            "condition, hospital sources said.",
            "Live",
            "2026-04-18",
        ),
    )
    assert not [x for x in result.conflicts if x.kind == "negation" and x.severity != "low"]


def test_a_month_the_sentence_opens_on_dates_what_a_speaker_said_then() -> None:
    claims = extract_all(
        [
            article(
                "Hackers stole the data of 6.3 million Corvell customers this month. In November 2022, rival "
                "operator Stellan Telecom disclosed a breach affecting 2.4 million customers.",
                published="2026-05-11",
            )
        ]
    )["a1"]
    (old,) = [c for c in claims if "2.4 million" in c.text]
    assert old.background and old.time.month == (2022, 11)


def test_a_day_the_sentence_opens_on_dates_the_saying_not_the_content() -> None:
    claims = extract_all(
        [article("On Tuesday, the ministry said 14 people had been injured in the blast.", published="2026-05-14")]
    )["a1"]
    (said,) = [c for c in claims if "14 people" in c.text]
    assert not said.background
