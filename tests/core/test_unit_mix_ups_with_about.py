"""The same figure in two units, one of them rounded with "about" ("within 300 metres of the
square" / "a cordon about 300 feet from the square", "800,000 gallons" / "about 800,000 litres"):
a unit mixed up, as when both give the figure alike."""

from __future__ import annotations

import pytest
from core_support import flagged

DAY = "2026-09-14"
CORDON = "Police broke up a rally in Quarantina Square in Solvar overnight on Monday. "
SPILL = "The tanker MT Dona Lucila sank off Guimaras on Saturday, spilling fuel oil. "


@pytest.mark.parametrize(
    ("lede", "first", "second", "expected"),
    [
        (CORDON, "Police had sealed off streets within 300 metres of the square.",
         "Police have set up a cordon about 300 feet from the square.", True),
        (SPILL, "The tanks held 800,000 gallons of fuel oil.",
         "The vessel was carrying about 800,000 litres of industrial fuel oil.", True),
        # the same unit, or units that agree once converted
        (CORDON, "Police had sealed off streets within 300 metres of the square.",
         "Police have set up a cordon about 300 metres from the square.", False),
        (CORDON, "Police had sealed off streets within 300 metres of the square.",
         "Police have set up a cordon about 1,000 feet from the square.", False),
        # (durations abound: two spans, not one mixed up)
        (SPILL, "Crews deployed booms within two hours of the sinking.",
         "The data show the tanker listing about two minutes before it sank.", False),
    ],
)
def test_one_figure_in_two_units_one_rounded(lede: str, first: str, second: str, expected: bool) -> None:
    assert bool(flagged("unit", lede, first, second, DAY)) is expected
