"""Counts of the state of things when a report was written ("remain without power") against
counts of all an event took (the peak). Sentences of our own."""

from __future__ import annotations

from core_support import Spec, review_worthy, run

DAY = "2025-01-13"


def test_a_peak_and_those_still_in_the_dark_are_two_figures() -> None:
    storm = "An ice storm knocked out power across Dunmore on Sunday. "
    result = run(
        Spec(storm + "Some 90,000 customers lost power at the height of the storm.\n", "Valley Echo", DAY),
        Spec(storm + "About 35,000 customers remain without power, the utility said.\n", "Coast Daily", DAY),
    )
    assert not [x for x in review_worthy(result) if x.kind == "numeric"]


def test_two_counts_of_those_still_in_the_dark_the_same_day_clash() -> None:
    storm = "An ice storm knocked out power across Dunmore on Sunday. "
    result = run(
        Spec(storm + "Some 52,000 customers were still without power on Monday evening.\n", "Valley Echo", DAY),
        Spec(storm + "About 15,000 customers remained without power on Monday evening.\n", "Coast Daily", DAY),
    )
    assert [x for x in review_worthy(result) if x.kind == "numeric"]
