"""One act in other words: a thing that "burst into flames" or "went up in flames" caught fire,
so a denial in the one wording meets a report in the other."""

from __future__ import annotations

import pytest
from core_support import flagged

LEDE = "An air-ambulance helicopter crashed on a hillside near Redmoor late on Thursday. "
DAY = "2026-04-24"


@pytest.mark.parametrize(
    ("denial", "report", "expected"),
    [
        ("The aircraft did not catch fire, police said.",
         "It burst into flames on impact, according to a mountain rescue volunteer.", True),
        # agreeing
        ("The aircraft did not catch fire, police said.",
         "The wreck did not burst into flames, a rescuer said.", False),
    ],
)
def test_a_denial_in_other_words(denial: str, report: str, expected: bool) -> None:
    assert bool(flagged("negation", LEDE, denial, report, DAY)) is expected
