"""One act of one subject told with different complements: where it began, where someone was
taken, on which day a thing was done (claims.complements and the entity and date detectors that
ask it). All sentences are invented."""

from __future__ import annotations

import pytest
from core_support import Spec, review_worthy, run

from claims.complements import complements

GALE = "A gale tore through the harbour town of Port Elwen on Friday, March 6, 2026. "


def two(first: str, second: str):  # type: ignore[no-untyped-def]
    return run(Spec(GALE + first + "\n", "North Wire", "2026-03-07"), Spec(GALE + second + "\n", "South Gazette", "2026-03-07"))


def flagged(result, kind: str) -> list:  # type: ignore[no-untyped-def]
    return [x for x in review_worthy(result) if x.kind == kind]


class TestReading:
    def test_subject_verb_and_place(self) -> None:
        (c,) = complements("the blaze started in the paint store at the back of the depot")
        assert (c.subject, c.verb, c.relation, c.slot) == ("blaze", "start", "at", "pc:start:at")
        assert c.phrase == "in the paint store at the back of the depot"
        assert c.sides == {"back"}

    def test_verbs_of_one_act_share_a_reading(self) -> None:
        (a,) = complements("The skipper was airlifted to Carrow General Hospital")
        (b,) = complements("the skipper was flown to St Brannoc's Infirmary in Tallow")
        assert a.slot == b.slot == "pc:take:to"
        assert a.runs == ("Carrow General Hospital",) and b.runs == ("St Brannoc Infirmary", "Tallow")

    def test_subject_across_an_appositive_and_a_second_verb(self) -> None:
        (a,) = complements("One of the divers, a 41-year-old woman, was rushed to Carrow General Hospital")
        (b,) = complements("One diver was in a serious condition and was taken to Tallow Infirmary")
        assert a.subject == b.subject == "diver"

    @pytest.mark.parametrize(
        "text",
        [
            "Residents were forced to leave their homes",  # an infinitive, not a destination
            "The harbour master said in a statement that the quay was shut",  # where it was said
            "The water rose to 3.2 metres at the pier",  # a change of amount
            "The pilot was in a stable condition",  # a state
        ],
    )
    def test_no_reading(self, text: str) -> None:
        assert [c.slot for c in complements(text)] == []

    def test_another_subject_is_not_read_as_the_same(self) -> None:
        (c,) = complements("Another diver was taken to Tallow Infirmary")
        assert c.subject is None


class TestPlaces:
    def test_opposite_sides_of_where_it_began(self) -> None:
        result = two(
            "Investigators believe the fire started in the net loft at the rear of the chandlery.",
            "The fire started in a storeroom at the front of the chandlery, a fire officer said.",
        )
        (x,) = flagged(result, "entity")
        assert "rear" in x.explanation and "front" in x.explanation

    def test_two_hospitals_for_one_casualty(self) -> None:
        result = two(
            "The skipper was airlifted to Carrow General Hospital with head injuries.",
            "The skipper was flown to St Brannoc's Infirmary in Tallow, the coastguard said.",
        )
        (x,) = flagged(result, "entity")
        assert "Carrow General Hospital" in x.explanation and "St Brannoc" in x.explanation

    def test_swept_off_two_named_places(self) -> None:
        result = two(
            "His van was swept off the slipway at Gannet Point as waves broke over the quay.",
            "His van was swept from the Mill Lane slipway, according to the lifeboat crew.",
        )
        assert len(flagged(result, "entity")) == 1

    @pytest.mark.parametrize(
        ("first", "second"),
        [
            # the same place, named more or less fully
            (
                "The skipper was airlifted to Carrow General Hospital with head injuries.",
                "The skipper was flown to Carrow General in Tallow, the coastguard said.",
            ),
            # a report that names both places knows of both (a transfer, two sites)
            (
                "The skipper was airlifted to Carrow General Hospital. He was later moved to St Brannoc's Infirmary.",
                "The skipper was flown to St Brannoc's Infirmary in Tallow, the coastguard said.",
            ),
            # two casualties, the second set apart
            (
                "One diver was airlifted to Carrow General Hospital with head injuries.",
                "Another diver was taken to St Brannoc's Infirmary in Tallow.",
            ),
            # different subjects of one verb
            (
                "The fire started in the net loft at the rear of the chandlery.",
                "The clean-up started at the front of the chandlery on Saturday.",
            ),
            # a denial is the negation detector's question
            (
                "The fire started in the net loft at the rear of the chandlery.",
                "The fire did not start at the front of the chandlery, a fire officer said.",
            ),
        ],
        ids=["same-hospital", "names-both", "another-diver", "other-subject", "denied"],
    )
    def test_traps(self, first: str, second: str) -> None:
        assert flagged(two(first, second), "entity") == []


class TestDays:
    def test_one_inspection_on_two_days(self) -> None:
        result = two(
            "The sea wall was last inspected on February 11, the council said.",
            "The sea wall was last inspected on February 3, records show.",
        )
        (x,) = flagged(result, "date")
        assert "2026-02-11" in x.explanation and "2026-02-03" in x.explanation

    def test_the_same_day_told_two_ways_agrees(self) -> None:
        result = two(
            "The sea wall was last inspected on February 11, the council said.",
            "The sea wall was last inspected on Wednesday, February 11, records show.",
        )
        assert flagged(result, "date") == []

    def test_two_acts_on_two_days_do_not_conflict(self) -> None:
        result = two(
            "The sea wall was inspected on February 11, the council said.",
            "The harbour crane was inspected on February 3, records show.",
        )
        assert flagged(result, "date") == []


BUMP = "Two trawlers collided in fog off Port Elwen on Friday morning. "


class TestRoles:
    def test_doer_and_undergoer_swapped(self) -> None:
        result = two(
            BUMP + "The trawler Morwenna Grey struck the Silver Kittiwake amidships, the coastguard said.",
            BUMP + "The Silver Kittiwake struck the port bow of the trawler Morwenna Grey.",
        )
        (x,) = flagged(result, "entity")
        assert "other way round" in x.explanation

    @pytest.mark.parametrize(
        "second",
        [
            "The trawler Morwenna Grey struck the port bow of the Silver Kittiwake.",  # the same way round
            "The Silver Kittiwake was struck by the Morwenna Grey, the coastguard said.",  # a passive, agreeing
        ],
        ids=["same-way", "passive"],
    )
    def test_the_same_roles_agree(self, second: str) -> None:
        result = two(BUMP + "The trawler Morwenna Grey struck the Silver Kittiwake amidships.", BUMP + second)
        assert flagged(result, "entity") == []


class TestCasualtiesTakenSomewhere:
    @pytest.mark.parametrize(
        ("text", "reading"),
        [
            ("The injured were taken by road and by helicopter to Kellbridge Royal Infirmary",
             ("casualty", "take", "to", ("Kellbridge Royal Infirmary",))),
            ("Two crew members were flown overnight to Torvel General Hospital",
             ("member", "take", "to", ("Torvel General Hospital",))),
        ],
    )
    def test_means_and_times_between_the_verb_and_where_to(self, text: str, reading: tuple) -> None:  # type: ignore[type-arg]
        (c,) = complements(text)
        assert (c.subject, c.verb, c.relation, c.runs) == reading

    @pytest.mark.parametrize(
        ("second", "expected"),
        [
            # all the injured at one hospital, some of them at another
            ("Four guests were taken to Carrow General Hospital by ambulance.", True),
            # two hospitals whose names share only "General Hospital"
            ("The injured were taken to Kilvane General Hospital in the town.", True),
            # the same hospital
            ("Four guests were taken to Tallow General Hospital by ambulance.", False),
        ],
    )
    def test_the_injured_and_some_of_them_at_two_hospitals(self, second: str, expected: bool) -> None:
        result = two("The injured were taken to Tallow General Hospital, the coastguard said.", second)
        assert bool(flagged(result, "entity")) is expected
