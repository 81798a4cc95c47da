"""A claim that names a time well before its report's day tells of an earlier event, even when
the report's own story has no date to compare it with (a dispute, an outbreak, a manhunt
reported as it goes on). Its figures are compared with the story's only as another time."""

from __future__ import annotations

import pytest
from core_support import Spec, article, conflicts, review_worthy, run

from claims.analysis import extract_all
from claims.model import Claim

SEPTEMBER = "2026-09-16"
# a labour dispute reported without a date of its own: the story is "now"
DISPUTE = "Workers at the Halbrook bottling plant near Tarnow remain locked out. "


def claim_of(body: str, fragment: str, published: str = SEPTEMBER) -> Claim:
    claims = extract_all([article(body + "\n", published=published)])["a1"]
    found = [c for c in claims if fragment in c.text]
    assert found, [c.text for c in claims]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "background"),
    [
        # a year, a month, a day long before the report
        ("In 2021, a strike at its plant in Slovakia lasted 11 days and ended with a 7 percent pay rise.", True),
        ("In March, a strike at its plant in Slovakia ended with a 7 percent pay rise.", True),
        ("On 2 February 2026, a strike at its plant in Slovakia ended with a 7 percent pay rise.", True),
        # the last weeks are the story's own time
        ("In August, a strike at its plant in Slovakia ended with a 7 percent pay rise.", False),
        ("On 1 September, workers at the plant voted to strike by 412 votes to 35.", False),
    ],
)
def test_a_time_long_before_the_report_is_an_earlier_event(sentence: str, background: bool) -> None:
    assert claim_of(DISPUTE + sentence, "strike").background is background


def test_a_month_without_its_year_is_the_last_such_month() -> None:
    """"In November" in a January report is two months back, not ten months on."""
    january = "2027-01-12"
    assert not claim_of(DISPUTE + "In December, the union balloted 900 members.", "balloted", january).background
    assert claim_of(DISPUTE + "In October, the union balloted 900 members.", "balloted", january).background


def test_an_earlier_dispute_figure_is_not_a_contradiction_of_this_one() -> None:
    result = run(
        Spec(DISPUTE + "The union is demanding an 18 percent pay rise over two years.\n", "Tarnow Wire", SEPTEMBER),
        Spec(
            DISPUTE + "In 2021, a strike at its plant in Slovakia lasted 11 days and ended with a 7 percent pay "
            "rise over two years.\n",
            "Industry Monitor",
            SEPTEMBER,
        ),
    )
    assert not review_worthy(result)


ESCAPE = "Nine inmates escaped from Dravik Prison near Solbury on Thursday, prison officials said. "


def test_a_background_figure_opening_on_its_year_is_compared_as_another_time() -> None:
    """The story's anchors stay with a claim that opens on its own earlier time, so a reader
    sees the earlier figure beside this one, as context: low, different times, both times named."""
    result = run(
        Spec(ESCAPE + "\n", "Solbury Post", "2026-07-17"),
        Spec(
            "Police are still searching for the inmates who escaped from Dravik Prison. "
            "In 2019, 16 inmates escaped from a prison in the northern province.\n",
            "Northern Weekly",
            "2026-07-24",
        ),
    )
    found = [x for x in conflicts(result) if x.kind == "numeric"]
    assert [(x.severity, x.temporal) for x in found] == [("low", "different_times")]
    assert "earlier event (2019)" in found[0].explanation


@pytest.mark.parametrize(
    "sentence",
    [
        "Two fishing boats were involved in a collision in the outer harbour at Kerrow Point at approximately "
        "5.10am today, 12 May 2026.",
        "Two fishing boats were involved in a collision in the outer harbour at Kerrow Point shortly after "
        "05:10 this morning, 12 May 2026.",
    ],
)
def test_the_hour_before_a_day_leaves_the_day_to_the_event(sentence: str) -> None:
    """The hour is part of the day's time: the day dates the collision named before both."""
    result = run(
        Spec(sentence + "\n", "Kerrow Harbour Authority", "2026-05-12"),
        Spec("The collision happened before dawn on Wednesday, May 13, off Kerrow Point.\n", "Kerrow Gazette", "2026-05-13"),
    )
    found = [x for x in review_worthy(result) if x.kind == "date"]
    assert len(found) == 1
    assert "2026-05-12" in found[0].explanation


@pytest.mark.parametrize(
    ("around", "relation"),
    [
        ("2025-08-13", "same"),  # filed the next day: the same event
        ("2025-08-20", "unknown"),  # a week on: a follow-up, or another event
        ("2025-09-18", "different"),  # five weeks on, its undated news is of something else
    ],
)
def test_undated_news_is_of_the_last_weeks(around: str, relation: str) -> None:
    from datetime import date

    from claims.events import EventTime, time_relation

    dated = EventTime(date=date(2025, 8, 12), source="own")
    undated = EventTime(source="inherited", around=date.fromisoformat(around))
    assert time_relation(dated, undated) == relation
    assert time_relation(undated, dated) == relation


RUNWAY = "A Kestrel Air turboprop overran the runway at Ardmorven airport on Monday evening. "


@pytest.mark.parametrize(
    ("body", "fragment", "background"),
    [
        # a sentence that opens on an earlier time: all its clauses are of that time
        ("In March 2019, a Saab 340 slid off a taxiway at Ardmorven in snow; no one was hurt.", "no one was hurt", True),
        # a time further on dates its own clause only
        ("The crew shut down both engines; a Saab 340 had slid off the same taxiway in March 2019.",
         "The crew shut down", False),
        # "that incident": the other event the sentence before told of, not the story's
        ("Earlier on Monday, a cargo aircraft slid off a taxiway at Strathkeld, 60 miles away. "
         "No one was hurt in that incident.", "No one was hurt", True),
        ("Earlier on Monday, a cargo aircraft slid off a taxiway at Strathkeld, 60 miles away. "
         "No one was hurt in the incident at Ardmorven.", "No one was hurt", False),
    ],
    ids=["opened-by-2019", "later-time-own-clause", "that-incident", "the-incident"],
)
def test_clauses_of_another_event(body: str, fragment: str, background: bool) -> None:
    assert claim_of(RUNWAY + body, fragment, "2025-01-28").background is background


def test_no_one_hurt_in_that_other_incident_denies_no_injury_of_the_story() -> None:
    other = (
        "Earlier on Monday, a cargo aircraft slid off a taxiway at Strathkeld, 60 miles away, in the same storm. "
        "No one was hurt in that incident.\n"
    )
    result = run(
        Spec(RUNWAY + other, "Valley Live", "2025-01-28"),
        Spec(RUNWAY + "Three passengers were taken to hospital with minor injuries.\n", "Ardmorven Herald", "2025-01-28"),
    )
    assert [x for x in review_worthy(result) if x.kind == "negation"] == []


def test_a_report_dated_only_by_its_latest_date_is_not_known_to_be_later() -> None:
    """A weekly with no date of its own tells of "Tuesday 21 April", then of a death "on
    Friday": it came out days after its latest date, so its toll of three is no earlier figure
    that a later report's two contradicts."""
    weekly = (
        "The fire in the early hours of Tuesday 21 April at the Coral Palms resort killed two guests. "
        "The death toll has risen to three since the fire after a Dutch guest died in hospital on Friday.\n"
    )
    live = "Two guests have been killed since the fire at the Coral Palms resort broke out on Tuesday.\n"
    result = run(Spec(weekly, "Holiday Trade Weekly"), Spec(live, "UKN News", "2026-04-22"))
    assert [x for x in review_worthy(result) if x.kind == "numeric"] == []
