"""A bare figure given as the value of a tally ("the ministry's figure for injured police officers
has since risen to 52", "the toll among firefighters rose to 5") counts the tally's group, with
the harm the tally names."""

from __future__ import annotations

import pytest
from core_support import Spec, quantities, review_worthy, run


@pytest.mark.parametrize(
    ("sentence", "unit", "role"),
    [
        ("The ministry's figure for injured police officers has since risen to 52.", "police officers", "injury"),
        ("The number of injured police officers rose to 52.", "police officers", "injury"),
        ("The toll among firefighters rose to 5.", "firefighters", "death"),
        ("The number of injured rose to 52.", None, "injury"),  # (not "rose" as the counted noun)
        ("The number of people killed rose to 12.", "people", "death"),
        ("The number of postponed appointments has risen to 2,600.", "appointments", None),
    ],
)
def test_the_group_and_harm_of_a_tally(sentence: str, unit: str | None, role: str | None) -> None:
    (q,) = quantities(sentence)
    assert (q.unit, q.role) == (unit, role)


def test_a_grown_tally_of_injured_officers_is_not_all_the_injured() -> None:
    result = run(
        Spec(
            "Police cleared protesters from Quarantina Square in Solvar overnight on Tuesday, September 15, 2026. "
            "A total of 113 people were injured, including 47 police officers, the ministry said.",
            "Ministry",
            "2026-09-15",
        ),
        Spec(
            "Two weeks after police cleared Quarantina Square in Solvar, questions remain. The ministry's "
            "figure for injured police officers has since risen to 52, a number it cites often.",
            "Review",
            "2026-10-03",
        ),
    )
    assert not [x for x in review_worthy(result) if x.kind == "numeric"]


@pytest.mark.parametrize(
    ("sentence", "running"),
    [
        # "so far" of another participle, in a phrase of its own before the figure
        ("Based on witness accounts and the recovery work completed so far, investigators believe "
         "nine vehicles went into the river.", False),
        ("So far, nine vehicles have been pulled from the river.", True),
        ("Nine vehicles have been recovered so far.", True),
    ],
)
def test_so_far_of_another_participle(sentence: str, running: bool) -> None:
    from claims.quantities import is_running_total

    (q,) = quantities(sentence)
    assert is_running_total(q, sentence, 0) is running


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The personal data of about 6.3 million current and former customers was affected.", "customers"),
        ("About 300 past and present employees signed the letter.", "employees"),
        ("The firm has 300 current customers.", "customers"),
    ],
)
def test_paired_modifiers_before_the_counted_noun(sentence: str, unit: str) -> None:
    (q,) = quantities(sentence)
    assert q.unit == unit
