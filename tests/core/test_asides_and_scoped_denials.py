"""Figures, days and denials that say less than they seem to: a train's designation, a time in
another zone, a background year, parts of a toll, patients still in care, requests to the
reader, denials of another group or place. All sentences are invented."""

from __future__ import annotations

import pytest
from core_support import Spec, claims_of, flagged, quantities, run

from claims.dates import find_dates
from claims.linking import time_between


def figures(sentence: str) -> list[tuple[float, str | None, str | None, bool]]:
    return [(q.value, q.unit, q.role, q.partial) for q in quantities(sentence)]


def test_a_service_designation_is_no_count() -> None:
    assert figures("The driver of KA 1047 survived with head injuries.") == []
    assert figures("Flight BA 283 landed safely.") == []
    assert [q.value for q in quantities("The contract was worth USD 300 million.")] == [300_000_000]


def test_the_head_of_a_compound_is_what_is_counted() -> None:
    assert [(q.value, q.unit) for q in quantities("Two commuter trains collided near the station.")] == [
        (2, "trains")
    ]
    assert [(q.value, q.unit) for q in quantities("Three passenger jets were grounded.")] == [(3, "jets")]
    assert [(q.value, q.unit) for q in quantities("One man says he saw the crash.")] == [(1, "man")]


def test_harm_before_when_befalls_no_figure_after_it() -> None:
    found = figures("Nine people were killed and hundreds injured when two commuter trains collided.")
    assert (2, "trains", None, False) in found
    assert (9, "people", "death", False) in found


@pytest.mark.parametrize(
    ("sentence", "value", "partial"),
    [
        ("Seventeen people lost their lives, 14 of them at the scene.", 14, True),
        ("17 people have died, including three who died in hospital.", 3, True),
        ("The study includes more than 24,000 participants.", 24_000, False),
    ],
)
def test_parts_of_a_toll(sentence: str, value: float, partial: bool) -> None:
    assert [q.partial for q in quantities(sentence) if q.value == value] == [partial]


def test_people_still_receiving_treatment_are_a_count_in_care() -> None:
    assert [q.role for q in quantities("Officials say 31 people are still receiving treatment.")] == ["care"]
    assert [q.role for q in quantities("Twelve people received treatment for smoke inhalation.")] == ["injury"]


def test_a_time_in_another_zone_gives_no_day() -> None:
    text = "The collision happened at 6:40 a.m. local time (2340 GMT on Monday) near the station."
    assert [r.weekday for r in find_dates(text) if r.weekday is not None] == []
    assert [r.weekday for r in find_dates("The trains collided on Tuesday (in Jakarta).")] == [1]


def test_harm_in_a_year_before_the_report_is_another_events() -> None:
    result = run(
        Spec("Two trains collided near Rawa station on Tuesday. In 2017, two trains collided near Bogor "
             "station, killing six people and injuring 84.\n", "First Wire", None),
        Spec(TRAINS + "The operator said 214 people were injured.\n", "Second Post", "2026-05-19"),
    )
    earlier = next(c for c in result.claims if "injuring 84" in c.text)
    report = next(c for c in result.claims if c.text == "214 people were injured")
    assert time_between(earlier, report) == "different"
    rawa = next(c for c in result.claims if c.text.startswith("Two trains collided near Rawa"))
    assert time_between(rawa, report) != "different"


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("Please do not drive into the damage area.", "prescriptive"),
        ("Do not use tap water until further notice.", "prescriptive"),
        ("Residents were told to stay away from the river.", "assertion"),
    ],
)
def test_a_request_to_the_reader_asserts_nothing(sentence: str, modality: str) -> None:
    assert [c.modality for c in claims_of(sentence)] == [modality]


TRAINS = "Two commuter trains collided near Rawa station in the city on Tuesday, May 19, 2026. "


def test_an_evacuation_completed_is_no_service_held() -> None:
    assert not flagged(
        "outcome",
        TRAINS,
        "Services on the eastern line were suspended for most of the day.",
        "The evacuation of passengers was completed at 09:15.",
        "2026-05-19",
    )


@pytest.mark.parametrize(
    ("denial", "harm"),
    [
        ("No deaths were reported elsewhere in the storm.", "Two people died when the tornado hit the town."),
        ("No one aboard the second cabin was hurt.", "Seven people were hospitalised after the cabin stalled."),
        ("She said it was too early to say why the second train had not stopped.",
         "The train was running too fast to stop when its driver saw the danger."),
    ],
)
def test_denials_of_another_place_group_or_question(denial: str, harm: str) -> None:
    for kind in ("negation", "outcome"):
        assert not flagged(kind, TRAINS, denial, harm, "2026-05-19")


def test_neither_denies_only_what_the_sentence_before_named() -> None:
    assert not flagged(
        "negation",
        TRAINS,
        "It was the only line linking the suburb with the city centre.",
        "Two other lines were closed last week for repairs. Neither was linked to the crash.",
        "2026-05-19",
    )


def test_a_denial_of_harm_to_the_whole_train_still_meets_the_harm() -> None:
    assert flagged(
        "negation",
        TRAINS,
        "No one aboard the train was hurt, the operator said.",
        "Seven passengers aboard the train were hospitalised.",
        "2026-05-19",
    )
