"""Some of the hurt counted by their state ("three of the injured are in critical condition",
"two of them remain in hospital"): the whole count of people in that state, compared with
another report's count of that state, never with the count of all the hurt."""

from __future__ import annotations

import pytest
from core_support import Spec, between, quantities, review_worthy, run


def _only(sentence: str, value: float):
    found = [q for q in quantities(sentence) if q.value == value]
    assert len(found) == 1, [(q.value, q.text) for q in quantities(sentence)]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "value", "role"),
    [
        ("Three of the injured are in critical condition.", 3, "injury"),
        ("Two of the injured remain in hospital.", 2, "care"),
        ("Nine of the 27 injured are still in hospital.", 9, "care"),
        ("Forty-three people were hurt, 11 of whom are still in hospital.", 11, "care"),
        ("Of those, 12 are in a critical condition.", 12, "injury"),
    ],
)
def test_a_state_of_some_of_the_hurt_is_a_whole_count(sentence: str, value: float, role: str) -> None:
    q = _only(sentence, value)
    assert q.role == role
    assert not q.partial


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Four of the injured were children.", 4),  # who they were: a part of the hurt
        ("Eight of the dead were tourists.", 8),
        ("Two of the injured later died.", 2),  # a part of the hurt who died: the deaths may be more
    ],
)
def test_a_part_of_the_hurt_by_who_they_are_stays_a_part(sentence: str, value: float) -> None:
    assert _only(sentence, value).partial


def test_two_counts_of_the_critically_hurt_disagree() -> None:
    result = run(
        Spec(
            "A hot-air balloon crashed near Ribeira on Saturday, April 18, 2026, killing two people. "
            "Three of the injured are in critical condition, the aviation authority said.",
            "Authority",
            "2026-04-18",
        ),
        Spec(
            "A hot-air balloon crashed near Ribeira on Saturday, killing two passengers. "
            "Five people are in critical condition, hospital sources said.",
            "Daily",
            "2026-04-18",
        ),
    )
    found = between(result, "numeric", "Three of the injured", "Five people are in critical")
    assert found and found[0].severity in ("high", "medium")


def test_the_critically_hurt_are_some_of_all_the_hurt() -> None:
    result = run(
        Spec(
            "A train derailed near Oberfeld on Monday, March 2, 2026. At least three people were "
            "killed and 27 injured, police said.",
            "Wire",
            "2026-03-02",
        ),
        Spec(
            "A train derailed near Oberfeld on Monday. Four of the injured are in a critical "
            "condition, the hospital said.",
            "Radio",
            "2026-03-02",
        ),
    )
    assert not [x for x in review_worthy(result) if x.kind == "numeric"]


BUS_WIRE = Spec(
    "A freight train struck a school bus at the Mill Lane crossing near Dunmore on Tuesday, "
    "March 10, 2026. The bus was carrying 31 pupils to Dunmore Academy when it was struck.",
    "Wire",
    "2026-03-10",
)


def _valley(second_sentence: str) -> Spec:
    return Spec(
        "A freight train hit a school bus at a level crossing near Dunmore on Tuesday morning. " + second_sentence,
        "Valley",
        "2026-03-10",
    )


def test_pupils_and_children_aboard_are_one_count() -> None:
    """Children and pupils of one school bus, counted aboard by two names: one count."""
    result = run(
        BUS_WIRE,
        _valley("There were 42 children on board at the time, the operator said."),
    )
    found = between(result, "numeric", "31 pupils", "42 children")
    assert found and found[0].severity in ("high", "medium")


def test_children_aboard_and_pupils_of_the_school_are_two_counts() -> None:
    result = run(
        BUS_WIRE,
        _valley("Dunmore Academy has 640 pupils, and classes were cancelled for the day."),
    )
    assert not [x for x in review_worthy(result) if x.kind == "numeric"]


def test_patients_and_people_treated_are_one_count() -> None:
    lede = "A heatwave has gripped Karachi since Sunday, June 14, 2026. "
    result = run(
        Spec(lede + "Hospitals have treated 2,100 people for heatstroke, officials said.", "Wire", "2026-06-17"),
        Spec(lede + "A total of 1,240 patients have been treated for heatstroke, the department said.", "Dept", "2026-06-17"),
    )
    found = between(result, "numeric", "2,100 people", "1,240 patients")
    assert found and found[0].severity in ("high", "medium")


@pytest.mark.parametrize(
    ("sentence", "partial"),
    [
        ("One of the riders who was in the car died on Friday.", True),  # one of a group counted elsewhere
        ("One of them was a child.", True),
        ("One of the injured remains in hospital.", False),  # all those still in care: one
        ("One person died.", False),
    ],
)
def test_one_of_a_group(sentence: str, partial: bool) -> None:
    assert _only(sentence, 1).partial is partial
