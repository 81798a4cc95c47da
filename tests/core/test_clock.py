"""Times of day (claims.clock) and one event put at two of them (a date conflict)."""

from __future__ import annotations

import pytest
from core_support import claims_of, flagged

from claims.clock import clock_span, minutes
from claims.events import event_class

THURSDAY = "2025-03-14"
BLAST = "A gas explosion destroyed a bakery in Lille on Thursday. "
SHOOTING = "A shooting at a mall in Tolbury on Thursday left three people dead. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [("3:15 p.m.", 915), ("5 p.m.", 1020), ("4.20am", 260), ("12 a.m.", 0), ("noon", 720), ("5 o'clock", None),
     ("13:00", None)],
)
def test_minutes(text: str, expected: int | None) -> None:
    assert minutes(text) == expected


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("It began at 3:15 p.m.", (905, 925)),
        ("It began at about 5 p.m.", (990, 1050)),
        ("It began shortly after 6 a.m.", (360, 420)),
        ("It began just before 6 a.m.", (300, 360)),
    ],
)
def test_a_time_admits_a_span(sentence: str, span: tuple[int, int]) -> None:
    start = next(n for n, ch in enumerate(sentence) if ch.isdigit())
    assert clock_span(sentence, start, len(sentence)) == span


@pytest.mark.parametrize(
    ("lede", "first", "second", "expected"),
    [
        (BLAST, "The explosion happened at 2:15 a.m.", "The blast occurred at about 4 a.m.", True),
        (SHOOTING, "The gunman opened fire at 3:15 p.m.", "The shooting began at about 5 p.m.", True),
        # within rounding, "about" or "shortly after"
        (BLAST, "The explosion happened at 2:15 a.m.", "The blast occurred at about 2.30am.", False),
        (BLAST, "The explosion happened shortly after 2 a.m.", "The blast occurred at 2:40 a.m.", False),
        # in two time zones, or a period rather than a time
        (BLAST, "The explosion happened at 2:15 a.m. local time.", "The blast occurred at 5:15 a.m. GMT.", False),
        (BLAST, "The explosion happened at 2:15 a.m.", "Crews worked at the site from 5 a.m. to 9 a.m.", False),
    ],
)
def test_one_event_at_two_times_of_day(lede: str, first: str, second: str, expected: bool) -> None:
    assert bool(flagged("date", lede, first, second, THURSDAY)) is expected


def test_opening_fire_is_an_attack_not_a_fire() -> None:
    claim = claims_of(SHOOTING + "The gunman opened fire at 3:15 p.m.", THURSDAY)[-1]
    assert event_class(claim) == "attack"
