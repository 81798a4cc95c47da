"""Days that date the story's event though the sentence words them loosely: an opening hour
"shortly after 5:15 on the evening of" a day, and an event noun owning its day while the clause
goes on to something that ended ("The collapse on the evening of Friday, July 17 has reopened an
argument")."""

from __future__ import annotations

from datetime import date

import pytest
from core_support import Spec, article, between, run

from claims.analysis import extract_all


def occurrences(sentence: str, published: str) -> list[tuple[str, date | None]]:
    """(slot, day) of each claim of the sentence that tells when an event happened."""
    claims = extract_all([article(sentence, published=published)])["a1"]
    return [(s, c.event_date) for c in claims for s in sorted(c.slots) if s.startswith("occ:")]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "Shortly after 5:15 on the evening of Tuesday, March 10, 2026, the State Route 38 bridge over "
            "the Kessick River collapsed while carrying rush-hour traffic.",
            date(2026, 3, 10),
        ),
        (
            "Just before 9 p.m. on the night of Friday, May 8, 2026, the roof of the sports hall caved in.",
            date(2026, 5, 8),
        ),
        (
            "The collapse on the evening of Friday, July 17 has also reopened an argument that the "
            "industry thought it had settled.",
            date(2026, 7, 17),
        ),
    ],
)
def test_the_day_of_the_event_in_looser_words(sentence: str, day: date) -> None:
    assert occurrences(sentence, "2026-07-25" if "July" in sentence else "2026-05-09") in (
        [("occ:collapse", day)],
        [("occ:collapse", day), ("occ:collapse", day)],
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The fire was put out on Tuesday.",  # the day it ended, not the day it broke out
        "The road reopened on Tuesday after the crash.",
        "The inquiry into the collapse on Friday has reopened an old argument.",  # an inquiry's day
    ],
)
def test_a_day_of_what_ended_dates_no_event(sentence: str) -> None:
    assert not [slot for slot, _ in occurrences(sentence, "2026-07-25") if slot != "occ:act:reopen"]


def test_a_follow_up_that_puts_the_collapse_a_day_later_is_a_date_conflict() -> None:
    result = run(
        Spec(
            "Shortly after 5:15 on the evening of Tuesday, March 10, 2026, the State Route 38 bridge over "
            "the Kessick River in Harrow Mills collapsed while carrying rush-hour traffic, the sheriff said.",
            "Sheriff",
            "2026-03-11",
        ),
        Spec(
            "Seven people are now known to have died in the collapse of the State Route 38 bridge in "
            "Harrow Mills, which happened on Wednesday, March 11.",
            "Weekly",
            "2026-03-24",
        ),
    )
    found = between(result, "date", "Shortly after 5:15", "which happened on Wednesday, March 11")
    assert found and found[0].severity in ("high", "medium")
