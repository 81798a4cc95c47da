"""- A day and month without a year, with a weekday that falls on the coming one ("the deadline
  expires on Tuesday 29 September", reported on Tuesday 22 September): the coming day, not the
  same day a year before; a weekday that fits neither stays the text's error.
- A weight of a substance in one claim and one given of the same substance in the other ("about
  1.5 tonnes of chlorine escaped" / "the amount of chlorine released at roughly 1,500 pounds")
  are one quantity, compared once converted.
- A negation inside a relative clause after the clause's own verb ("410 ambulances were diverted
  over the twelve days in which the departments could not receive patients") denies nothing."""

from __future__ import annotations

from datetime import date

from core_support import Spec, between, claims_of, run

from claims.conflicts.negation import _denied_in_a_relative_clause
from claims.dates import find_dates, resolve

REPORTED = date(2026, 9, 22)  # a Tuesday


def _resolved(text: str) -> date | None:
    return resolve(find_dates(text)[0], REPORTED).value


def test_a_weekday_that_falls_on_the_coming_day_names_it() -> None:
    assert _resolved("The deadline expires on Tuesday 29 September.") == date(2026, 9, 29)


def test_a_day_past_stays_in_the_past() -> None:
    assert _resolved("The attack began on Monday 21 September.") == date(2026, 9, 21)


def test_a_weekday_that_fits_no_near_day_is_left_to_the_date_detector() -> None:
    # 29 September 2026 is a Tuesday: "Friday 29 September" is the text's error, kept as written
    assert _resolved("The deadline expires on Friday 29 September.") == date(2025, 9, 29)


def test_a_future_deadline_does_not_date_the_story() -> None:
    body = (
        "A ransomware attack knocked the Kestrin hospitals offline on Tuesday. "
        "The gang says it stole patient data. The deadline it gives expires on Tuesday 29 September."
    )
    dated = {c.time.date for c in claims_of(body, "2026-09-22") if c.time is not None and c.time.date}
    assert date(2025, 9, 29) not in dated


def test_a_substance_weighed_in_two_units_disagrees() -> None:
    lede = "A freight train carrying chlorine derailed at Brenmoor on Tuesday, March 10, 2026. "
    result = run(
        Spec(lede + "Based on the pressure in the damaged tank, we currently estimate that about 1.5 tonnes of "
             "chlorine escaped before the leak was stopped.", "TransVeld", "2026-03-10"),
        Spec(lede + "She puts the total amount of chlorine released so far at roughly 1,500 pounds.", "RNB", "2026-03-10"),
    )  # fmt: skip
    found = between(result, "unit", "1.5 tonnes", "1,500 pounds")
    assert found and found[0].severity in ("high", "medium"), found


def test_a_substance_weighed_alike_in_two_units_agrees() -> None:
    lede = "A freight train carrying chlorine derailed at Brenmoor on Tuesday, March 10, 2026. "
    result = run(
        Spec(lede + "We estimate that about 1.5 tonnes of chlorine escaped.", "TransVeld", "2026-03-10"),
        Spec(lede + "She puts the amount of chlorine released at roughly 3,300 pounds.", "RNB", "2026-03-10"),
    )
    assert not between(result, "unit", "1.5 tonnes", "3,300 pounds")


def test_a_negation_inside_a_relative_clause_denies_nothing() -> None:
    assert _denied_in_a_relative_clause(
        "Some 410 ambulances were diverted over the twelve days in which the departments could not receive patients"
    )
    assert _denied_in_a_relative_clause("The plane landed at 21:10, when the tower had not yet reopened")
    assert not _denied_in_a_relative_clause("No ambulances were diverted")
    assert not _denied_in_a_relative_clause("The hospital, which is in Aldwick, has not diverted ambulances")


def test_a_count_diverted_against_a_count_diverted_is_no_denial() -> None:
    lede = "A ransomware attack took the Kestrin hospitals offline on Tuesday, September 22, 2026. "
    result = run(
        Spec(lede + "Some 410 ambulances were diverted over the twelve days in which the departments could not "
             "receive ambulance patients.", "Weekly", "2026-10-14"),
        Spec(lede + "The ambulance service says 58 ambulances have been diverted so far today.", "TNV", "2026-09-22"),
    )  # fmt: skip
    assert not between(result, "negation", "410 ambulances", "58 ambulances")
