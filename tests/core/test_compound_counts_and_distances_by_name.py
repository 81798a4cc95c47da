"""- A count's head noun after a compound ("four bottled water stations", "six bottled-water
  stations") is what is counted; "one man dies" still counts men.
- "A mile and a half" is 1.5 miles.
- Fire engines, fire appliances and fire trucks are one kind of vehicle, counted as responders.
- A distance from a landmark named in one report and left unnamed in the other ("upstream of
  the intake" / "upstream of the Hollins Beck intake") is one measure.
- "The cancellation of 2,000 appointments" and "cancel 1,240 appointments" count one thing."""

from __future__ import annotations

import pytest
from core_support import Spec, between, quantities, run


@pytest.mark.parametrize(
    "sentence, value, unit",
    [
        ("We opened four bottled water stations on Saturday.", 4.0, "stations"),
        ("The company opened six bottled-water stations on Saturday.", 6.0, "stations"),
        ("One man dies in the crash.", 1.0, "man"),
        ("Two plant workers were hurt.", 2.0, "workers"),
        ("Families within a mile and a half of the plant stayed indoors.", 1.5, "mile"),
        ("The search lasted two hours and a half.", 2.5, "hours"),
        ("Some 20 fire engines were sent.", 20.0, "fire engines"),
    ],
)
def test_what_a_figure_counts(sentence: str, value: float, unit: str) -> None:
    first = quantities(sentence)[0]
    assert (first.value, first.unit) == (value, unit)


def test_fire_engines_and_appliances_are_one_kind() -> None:
    assert quantities("14 fire appliances are on scene.")[0].canonical_unit == "fire engine"
    assert quantities("Some 20 fire trucks were sent.")[0].canonical_unit == "fire engine"


OUTBREAK = "A boil-water notice was issued for Quenby on Thursday, 9 April 2026, after a parasite was found. "


def test_one_count_in_compound_words_disagrees() -> None:
    result = run(
        Spec(OUTBREAK + "We opened four bottled water stations on Saturday.", "Quenby Water", "2026-04-12"),
        Spec(OUTBREAK + "Quenby Water opened six bottled-water stations on Saturday.", "Gazetteer", "2026-04-14"),
    )
    assert between(result, "numeric", "four bottled water", "six bottled-water")


def test_a_distance_from_a_landmark_named_once_is_one_measure() -> None:
    result = run(
        Spec(OUTBREAK + "Investigators are examining a field about 1.5 kilometres upstream of the intake.",
             "Gazetteer", "2026-04-14"),
        Spec(OUTBREAK + "The likely source remains a field some 1.5 miles upstream of the Hollins Beck intake.",
             "Weekly", "2026-05-08"),
    )  # fmt: skip
    assert between(result, "unit", "1.5 kilometres", "1.5 miles")


SUBSTATION = "A fire broke out at the Ebbinford substation on Monday, 18 May 2026. "


def test_a_radius_of_a_mile_and_a_half_is_no_kilometre_and_a_half() -> None:
    result = run(
        Spec(SUBSTATION + "Residents within 1.5 kilometres of the substation were told to keep windows shut.",
             "Wire", "2026-05-18"),
        Spec(SUBSTATION + "Families within a mile and a half of the substation were told to keep windows shut.",
             "Clarion", "2026-05-19"),
    )  # fmt: skip
    assert between(result, "unit", "1.5 kilometres", "a mile and a half")


def test_fire_engines_and_fire_appliances_sent_disagree() -> None:
    result = run(
        Spec(SUBSTATION + "Some 20 fire engines and about 100 firefighters were sent to the site.", "Wire",
             "2026-05-18"),
        Spec(SUBSTATION + "14 fire appliances are on scene.", "Live", "2026-05-18"),
    )  # fmt: skip
    assert between(result, "numeric", "20 fire engines", "14 fire appliances")


HACK = "A ransomware attack crippled the computers of the Wenmoor hospitals on Monday, 11 May 2026. "


def test_a_cancellation_and_cancelling_count_one_thing() -> None:
    result = run(
        Spec(HACK + "The attack forced the cancellation of more than 2,000 outpatient appointments, officials said.",
             "Wire", "2026-05-12"),
        Spec(HACK + "We have had to cancel 1,240 outpatient appointments on Monday and Tuesday.", "Trust",
             "2026-05-12"),
    )  # fmt: skip
    assert between(result, "numeric", "2,000 outpatient", "1,240 outpatient")
