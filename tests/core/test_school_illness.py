"""Reading a school food-poisoning story the way its reports word it: "As many as 130 children
fell ill" (a figure, not an "As ..." clause), "87 students complained of nausea" (illness),
children and students of one school as one group, a girl who "has died", a later day's act
"since the incident", and a road given a name of its own by one report."""

from __future__ import annotations

import pytest
from core_support import article, flagged, quantities
from test_false_flags import harm_frames

from claims.analysis import extract_all
from claims.clauses import split_clauses
from claims.model import Claim

SCHOOL = "Pupils of the Government Middle School in Keshavpur fell ill after a mid-day meal on Wednesday, July 15. "
DAY = "2026-07-16"


def slotted(sentence: str) -> list[Claim]:
    return extract_all([article(sentence + "\n", published=DAY)])["a1"]


class TestReading:
    @pytest.mark.parametrize(
        "sentence",
        [
            "As many as 130 children of the school fell ill after eating the meal on Wednesday afternoon, officials said.",
            "As of Thursday morning, 14 children remained admitted at the hospital in the town.",
        ],
    )
    def test_a_figure_or_time_opened_by_as_is_no_subordinate_clause(self, sentence: str) -> None:
        texts = [c.text(sentence) for c in split_clauses(sentence, 0, len(sentence))]
        assert texts[0].startswith("As "), texts

    def test_as_still_opens_a_clause(self) -> None:
        sentence = "As the rain eased on Monday, crews reopened the road to traffic."
        texts = [c.text(sentence) for c in split_clauses(sentence, 0, len(sentence))]
        assert texts == ["the rain eased on Monday", "crews reopened the road to traffic"]

    @pytest.mark.parametrize(
        ("sentence", "role"),
        [
            ("A total of 87 students of Government Middle School, Keshavpur complained of nausea and vomiting.", "ill"),
            ("Forty workers complained of dizziness and headaches after the leak.", "ill"),
            ("Forty workers complained about their pay.", None),  # no symptom: no illness
        ],
    )
    def test_complained_of_symptoms_is_illness(self, sentence: str, role: str | None) -> None:
        assert [q.role for q in quantities(sentence)] == [role]

    def test_a_girl_who_has_died_is_a_child(self) -> None:
        assert ("death", None, "child") in harm_frames("An eight-year-old girl has died at the district hospital.")

    def test_a_later_days_act_since_the_incident_does_not_date_it(self) -> None:
        claims = slotted("The cook has been absconding since the incident and police were searching for her on Thursday.")
        assert "incident" not in [c.event_kind for c in claims]  # (searching is what Thursday dates)

    def test_since_the_event_with_its_own_verb_still_dates_it(self) -> None:
        claims = slotted("Hospitals have been running on paper since the attack was detected early on Sunday, July 12.")
        assert "attack" in [c.event_kind for c in claims]


class TestConflicts:
    def test_children_and_students_of_one_school_are_one_count(self) -> None:
        found = flagged(
            "numeric",
            SCHOOL,
            "A total of 87 students of Government Middle School, Keshavpur fell ill after the meal.",
            "As many as 130 children of the Government Middle School at Keshavpur fell ill after the meal.",
            DAY,
        )
        assert len(found) == 1 and "130" in found[0].explanation and "87" in found[0].explanation

    def test_a_toll_put_high_admits_a_figure_near_it(self) -> None:
        found = flagged(
            "numeric",
            SCHOOL,
            "A total of 120 students of Government Middle School, Keshavpur fell ill after the meal.",
            "As many as 130 children of the Government Middle School at Keshavpur fell ill after the meal.",
            DAY,
        )
        assert found == []

    def test_no_child_has_died_against_a_girl_who_died(self) -> None:
        found = flagged(
            "negation",
            SCHOOL,
            "No child has died and all students are stable, the district magistrate said.",
            "An eight-year-old girl has died at the Sadar Hospital, her family said.",
            DAY,
        )
        assert len(found) == 1

    def test_one_stretch_of_road_by_two_names_is_one_measure(self) -> None:
        slide = "A landslide buried the Halsema Highway at Paoay on Thursday. "
        found = flagged(
            "unit",
            slide,
            "A 150-meter section of the Halsema Highway was buried under debris.",
            "The slide struck Km 44 of the Baguio-Bontoc Road in Paoay, where a 150-foot section now lies under mud.",
            DAY,
        )
        assert len(found) == 1
