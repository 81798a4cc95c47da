"""Where the hurt were taken: hospitals named after a saint or with a possessive ("St. Brendan's
Medical Center", "St Agathe Children's Hospital") are one name each; the group taken there is
read past a participle phrase ("the two children injured in the slide") or an appositive; and a
report that sends one group to one hospital disagrees with one that sends it to another, even
when each report names both hospitals (for other groups)."""

from __future__ import annotations

import pytest
from core_support import Spec, between, run

from claims.complements import complements
from claims.entities import find_entities


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The injured were taken to St. Brendan's Medical Center in Norbury.", "St. Brendan's Medical Center"),
        ("Two were flown to St Agathe Children's Hospital in Merrin.", "St Agathe Children's Hospital"),
        ("She was taken to King's College Hospital.", "King's College Hospital"),
    ],
)
def test_a_hospital_named_with_a_possessive_is_one_entity(text: str, name: str) -> None:
    assert name in [e.text for e in find_entities(text)]


def test_an_owner_and_its_thing_stay_two_entities() -> None:
    found = [e.text for e in find_entities("Iraq's Prime Minister Mohammed Shia al-Sudani said.")]
    assert "Iraq" in found and "Mohammed Shia al-Sudani" in found


@pytest.mark.parametrize(
    ("text", "subject", "run"),
    [
        (
            "The two children injured in the slide were flown overnight to St Agathe Children's Hospital",
            "child",
            "St Agathe Children Hospital",
        ),
        ("The men trapped in the mine were taken to Mercy Hospital", "man", "Mercy Hospital"),
        (
            "The children, a boy of seven and his older sister, were flown by helicopter to Torvel General Hospital",
            "child",
            "Torvel General Hospital",
        ),
        ("The injured were taken to St. Brendan's Medical Center in Norbury", "casualty", "St Brendan Medical Center"),
    ],
)
def test_who_was_taken_where(text: str, subject: str, run: str) -> None:
    taken = [c for c in complements(text) if c.verb == "take"]
    assert [(c.subject, c.runs[0]) for c in taken] == [(subject, run)]


LEDE = "A landslide buried part of the N7 near Brennach on Tuesday, March 10, 2026, injuring eleven people. "


def test_one_group_sent_to_two_hospitals_disagrees_though_both_are_named() -> None:
    result = run(
        Spec(
            LEDE + "The children, a boy of seven and his older sister, were flown by helicopter to Torvel General "
            "Hospital overnight. The other injured were also treated at Torvel General Hospital.",
            "Courier",
            "2026-03-11",
        ),
        Spec(
            LEDE + "The two children injured in the slide were flown overnight to St Agathe Children's Hospital in "
            "Merrin. The other injured were taken by road to Torvel General Hospital.",
            "Police",
            "2026-03-11",
        ),
    )
    found = between(result, "entity", "were flown by helicopter", "flown overnight to St Agathe")
    assert found and found[0].severity in ("high", "medium"), found


def test_two_groups_sent_to_the_hospitals_each_report_names_do_not_disagree() -> None:
    result = run(
        Spec(
            LEDE + "Two workers were flown to Torvel General Hospital. Three drivers went to Merrin Clinic.",
            "Courier",
            "2026-03-11",
        ),
        Spec(
            LEDE + "The injured were taken to Merrin Clinic, and some later to Torvel General Hospital.",
            "Police",
            "2026-03-11",
        ),
    )
    assert not [x for x in between(result, "entity", "Two workers were flown", "The injured were taken")
                if x.severity != "low"]  # fmt: skip


def test_the_same_place_given_twice_is_no_disagreement() -> None:
    sentence = "The crew shut down the left engine and turned towards Bordeaux-Merignac airport, where it landed."
    result = run(
        Spec("A Riga-Lisbon flight made an emergency landing on Sunday, June 7, 2026. " + sentence, "Wire", "2026-06-07"),
        Spec("A Riga-Lisbon flight diverted on Sunday after smoke in the cabin. " + sentence, "Daily", "2026-06-08"),
    )
    assert not between(result, "entity", "turned towards", "turned towards")
