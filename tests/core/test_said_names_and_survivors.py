"""A name right after "said" is what was said, not whom it was said to; leaving hospital ends a
stay in care; someone "pulled alive" from the rubble is alive. All sentences are invented."""

from __future__ import annotations

import pytest
from core_support import claim_with, claims_of, flagged

from claims.modality import negation
from claims.status import status_frames


def poles(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.kind, f.value, f.target) for f in status_frames(text, negation(text))]


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("The mayor said Central Hospital was evacuated.", "Central Hospital was evacuated"),
        ("Okafor said Linden Primary School had been closed as a precaution.",
         "Linden Primary School had been closed as a precaution"),
        ("Police said John Marsh had been arrested at his home in Leeds.",
         "John Marsh had been arrested at his home in Leeds"),
        ("The operator confirmed Line 4 would stay shut until Friday.", "Line 4 would stay shut until Friday"),
    ],
)
def test_a_name_after_said_is_what_was_said(sentence: str, said: str) -> None:
    (claim,) = claims_of(sentence)
    assert claim.text == said
    assert claim.speaker is not None and sentence.startswith(claim.speaker + " ")


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("A spokesman told The Chronicle the plant was closed.", "the plant was closed"),
        ("Smith has told Radio Kent the hospital had been evacuated.", "the hospital had been evacuated"),
        ("The company confirmed to Reuters that two workers were hurt.", "two workers were hurt"),
    ],
)
def test_whom_it_was_told_to_is_still_left_out(sentence: str, said: str) -> None:
    assert claim_with(claims_of(sentence), said).text == said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The guide, who had been flown to hospital with injuries, was able to leave hospital on Wednesday",
         [("status:care", "ended", "guide")]),
        ("The driver left hospital on Friday", [("status:care", "ended", "driver")]),
        ("Rescuers pulled 14-year-old Mira Haddad alive from the rubble after nine hours",
         [("status:alive", "going", "haddad")]),
        ("Firefighters dug the farmer alive out of the collapsed barn", [("status:alive", "going", "farmer")]),
    ],
)
def test_left_hospital_and_pulled_alive(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert poles(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Crews pulled the car from the river on Monday",  # no one said to be alive
        "Two people were pulled from the water and taken to hospital",  # a group, and no status of one
        "Visitors are asked to leave the hospital car park clear for ambulances",  # not a person's stay
    ],
)
def test_no_status_of_a_person(text: str) -> None:
    assert [p for p in poles(text) if p[0] in ("status:alive", "status:care")] == []


LEDE = "A magnitude 5.8 earthquake struck the hill town of Vadra before dawn on Tuesday, March 3, 2026. "


def test_pulled_alive_against_her_body_recovered() -> None:
    found = flagged(
        "outcome",
        LEDE,
        "Rescuers pulled 11-year-old Mira Haddad alive from the rubble of her home after nine hours.",
        "Rescuers have recovered the body of 11-year-old Mira Haddad from the ruins of her home.",
        "2026-03-03",
    )
    assert len(found) == 1


def test_left_hospital_against_still_in_intensive_care() -> None:
    found = flagged(
        "outcome",
        LEDE,
        "The injured mountain guide was able to leave hospital on Wednesday morning.",
        "The injured mountain guide remains in intensive care, a hospital spokeswoman said on Wednesday.",
        "2026-03-04",
    )
    assert len(found) == 1


def test_a_governor_who_said_a_named_hospital_was_evacuated_and_denied_it() -> None:
    found = flagged(
        "negation",
        LEDE,
        "Governor Hale said Vadra State Hospital had been evacuated as a precaution.",
        "Governor Hale has denied that Vadra State Hospital was evacuated after the quake.",
        "2026-03-03",
    ) + flagged(
        "attribution",
        LEDE,
        "Governor Hale said Vadra State Hospital had been evacuated as a precaution.",
        "Governor Hale has denied that Vadra State Hospital was evacuated after the quake.",
        "2026-03-03",
    )
    assert len(found) == 1


BLAST = "An explosion tore through the Harlan grain terminal on Monday, October 12, 2026. "


def test_no_one_outside_the_site_against_a_passer_by_hurt() -> None:
    found = flagged(
        "negation",
        BLAST,
        "No one outside the terminal was injured, the company said.",
        "A passing motorist on Route 9 suffered cuts when debris shattered her windscreen.",
        "2026-10-12",
    )
    assert len(found) == 1


def test_no_one_outside_the_site_admits_workers_hurt_inside() -> None:
    assert not flagged(
        "negation",
        BLAST,
        "No one outside the terminal was injured, the company said.",
        "Two workers suffered burns in the blast, the company said.",
        "2026-10-12",
    )
