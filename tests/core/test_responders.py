"""The crews and aircraft an emergency service sends are one count in reports of one emergency,
however differently the sentences around them run ("supported by nine aircraft" / "683
firefighters, 212 vehicles and 14 aircraft"); not a part of them ("Two of the aircraft are
Canadair planes") nor a group listed with others ("140 rescuers, soldiers and medics")."""

from __future__ import annotations

import pytest
from core_support import flagged

LEDE = "A wildfire has forced the evacuation of villages near Mação in central Portugal since Wednesday. "
DAY = "2026-08-06"


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("They were supported by nine aircraft, including two water-bombing planes from Spain.",
         "At 08:30 the following resources were committed to the fire: 683 firefighters, 212 vehicles and 14 aircraft.",
         True),
        ("Two of the aircraft are water-bombing planes provided by Spain.",
         "At 08:30 the following resources were committed to the fire: 683 firefighters, 212 vehicles and 14 aircraft.",
         False),
        ("More than 140 rescuers, soldiers and medics took part in the operation.",
         "A team of 12 specialist rescuers reached the villages overnight.", False),
    ],
)
def test_responders_sent_to_one_emergency(first: str, second: str, expected: bool) -> None:
    assert bool(flagged("numeric", LEDE, first, second, DAY)) is expected
