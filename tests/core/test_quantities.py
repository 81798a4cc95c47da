"""Quantities: what is counted or measured, how many, and how exact the text is about it.
Years, identifiers and clock times are not quantities. Each quantity admits an interval of
values, which is how compatible figures ("over 100" and 106) are told from contradictions."""

from __future__ import annotations

import math

import pytest
from core_support import claim_with, claims_of, only_quantity, quantities

from claims.units import converted_interval


def test_digits_with_thousands_separator() -> None:
    q = only_quantity("The blaze destroyed 1,250 homes.")
    assert (q.value, q.value_max, q.unit, q.canonical_unit, q.qualifier) == (
        1250,
        None,
        "homes",
        "home",
        "exact",
    )
    assert q.dimension == "count"
    assert q.text == "1,250 homes"


def test_decimals_with_scale_word() -> None:
    q = only_quantity("The reservoir lost 3.5 million litres overnight.")
    assert q.value == 3_500_000
    assert q.dimension == "volume"
    assert q.canonical_unit == "liter"


def test_offsets_point_into_the_text() -> None:
    text = "Officials said at least 14 people were killed."
    q = only_quantity(text)
    assert text[q.start : q.end] == q.text == "at least 14 people"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Two thousand five hundred troops arrived at the port.", 2500, "troops"),
        ("Twenty-one passengers were rescued from the ferry.", 21, "passengers"),
        ("Eleven firefighters were treated for smoke inhalation.", 11, "firefighters"),
        ("A dozen drones were launched at the base.", 12, "drones"),
        ("Two dozen rockets landed near the town.", 24, "rockets"),
        ("Half a dozen boats searched the bay.", 6, "boats"),
        ("Police arrested three men near the stadium.", 3, "men"),
        ("Police set up a two-mile cordon around the depot.", 2, "mile"),  # as "a 2-mile cordon"
        ("Crews cleared a twenty-five-kilometre stretch of the highway.", 25, "kilometre"),
    ],
)
def test_number_words(text: str, value: float, unit: str) -> None:
    q = only_quantity(text)
    assert (q.value, q.unit, q.qualifier) == (value, unit, "exact")


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("Tens of people were hurt in the crush.", 20, 99, "people"),
        ("Scores of houses were flooded overnight.", 40, 200, "houses"),
        ("Hundreds of homes lost power.", 200, 999, "homes"),
        ("Thousands of residents fled the fire.", 2000, 9999, "residents"),
        ("Several thousand troops crossed the river.", 3000, 9000, "troops"),
    ],
)
def test_vague_amounts_are_ranges_qualified_about(text: str, low: float, high: float, unit: str) -> None:
    q = only_quantity(text)
    assert (q.value, q.value_max, q.unit, q.qualifier) == (low, high, unit, "about")


@pytest.mark.parametrize(
    "text",
    [
        "Between 20 and 25 people died in the fire.",
        "20-25 people died in the fire.",
        "20 to 25 people died in the fire.",
    ],
)
def test_ranges(text: str) -> None:
    q = only_quantity(text)
    assert (q.value, q.value_max, q.unit, q.canonical_unit) == (20, 25, "people", "person")
    assert q.interval() == (20, 25)
    assert q.role == "death"


@pytest.mark.parametrize(
    ("text", "qualifier", "value"),
    [
        ("At least 14 people were killed.", "at_least", 14),
        ("No fewer than 30 boats joined the search.", "at_least", 30),
        ("More than 300 workers walked out.", "more_than", 300),
        ("Over 100 attacks were recorded this year.", "more_than", 100),
        ("About 2,500 troops are stationed there.", "about", 2500),
        ("Some 40 firefighters responded.", "about", 40),
        ("Nearly 40 families were evacuated.", "about", 40),
        ("Up to 60 vehicles were damaged.", "at_most", 60),
        ("As many as 200 migrants were on board.", "at_most", 200),
        ("Fewer than 10 boats returned to port.", "less_than", 10),
        ("Only three ambulances arrived.", "exact", 3),
        # the longest phrase wins: "no more than" is not "more than"
        ("No more than 40 people were hurt.", "at_most", 40),
        ("Not more than 40 people were hurt.", "at_most", 40),
        ("Not fewer than 12 boats sank.", "at_least", 12),
    ],
)
def test_qualifiers(text: str, qualifier: str, value: float) -> None:
    q = only_quantity(text)
    assert (q.qualifier, q.value) == (qualifier, value)


def test_nearly_and_only_keep_their_detail() -> None:
    assert only_quantity("Nearly 40 families were evacuated.").detail == "nearly"
    assert only_quantity("Only three ambulances arrived.").detail == "only"


@pytest.mark.parametrize(
    "text", ["Turnout rose 12 percent.", "Turnout rose 12%.", "Turnout rose 12 per cent."]
)
def test_percentages(text: str) -> None:
    q = only_quantity(text)
    assert (q.value, q.unit, q.dimension) == (12, "%", "percent")


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("The town spent $4.2 million on repairs.", 4_200_000, "USD"),
        ("The fine was 30,000 euros.", 30_000, "EUR"),
        ("Tickets cost £15 each.", 15, "GBP"),
        # a sign before the number keeps "m" a million, whatever word follows
        ("The club took £40m from the fund.", 40_000_000, "GBP"),
        # other countries' dollars, codes and signs before a figure
        ("The state paid A$5 million.", 5_000_000, "AUD"),
        ("The fund paid HK$10m to the victims.", 10_000_000, "HKD"),
        ("The bank was fined CHF 3 million.", 3_000_000, "CHF"),
        ("A reward of up to R50,000 is offered.", 50_000, "ZAR"),
        ("The repairs cost R2.5 million.", 2_500_000, "ZAR"),
        ("The fine was Rs 500.", 500, "INR"),
        ("The fine was ₹500.", 500, "INR"),
        ("The losses came to ₦2 billion.", 2_000_000_000, "NGN"),
    ],
)
def test_money(text: str, value: float, currency: str) -> None:
    q = only_quantity(text)
    assert (q.value, q.unit, q.dimension) == (value, currency, "money")


def test_a_sign_in_dollars_keeps_its_qualifier_and_a_model_name_is_no_sum() -> None:
    assert only_quantity("It cost more than A$5 million.").qualifier == "more_than"
    assert quantities("The R44 helicopter crashed.") == []


@pytest.mark.parametrize(
    ("text", "unit", "dimension"),
    [
        ("The drone crashed 3 km north of the base.", "kilometer", "length"),
        ("The drone crashed 3 miles north of the base.", "mile", "length"),
        ("The cordon extends 500 metres around the plant.", "meter", "length"),
        ("The barge carried 40 tonnes of grain.", "metric_ton", "mass"),
        ("The fire burned 1,200 hectares of forest.", "hectare", "area"),
        ("Winds reached 70 mph overnight.", "mile / hour", "speed"),
        ("It was 35 degrees Celsius at noon.", "degC", "temperature"),
        ("The ship was 12 nautical miles offshore.", "nautical_mile", "length"),
        ("Authorities set up a 5-kilometre exclusion zone.", "kilometer", "length"),
        ("The crane dropped a 12-pound weight.", "pound", "mass"),
        ("A 1-kilo bag of cocaine was found.", "kilogram", "mass"),
        ("The video runs for 30 seconds.", "second", "time"),
        ("The clip is a 30-second video.", "second", "time"),
        # "m" before a word that follows distances is metres; a glued "20m-high" too
        ("The climber fell 100m down a gully.", "meter", "length"),
        ("The climber fell 100 m down a gully.", "meter", "length"),
        ("The sea wall is 20m high.", "meter", "length"),
        ("A 20m-high wave hit the coast.", "meter", "length"),
        # a magnitude before its figure with "of", or after it on the Richter scale
        ("The quake had a magnitude of 6.2.", "magnitude", "magnitude"),
        ("It measured 6.1 on the Richter scale.", "magnitude", "magnitude"),
        ("The 15-storey tower collapsed.", "storey", "count"),
    ],
)
def test_units_of_measurement(text: str, unit: str, dimension: str) -> None:
    q = only_quantity(text)
    assert (q.canonical_unit, q.dimension) == (unit, dimension)


def test_conversion_tells_kilometres_from_miles() -> None:
    km = converted_interval(only_quantity("The drone crashed 3 km north of the base."))
    mi = converted_interval(only_quantity("The drone crashed 3 miles north of the base."))
    assert km is not None and mi is not None
    assert km[0] <= 3000 <= km[1]
    assert mi[0] <= 4828 <= mi[1]
    assert km[1] < mi[0]  # they cannot both be right


def test_conversion_admits_a_rounded_equivalent() -> None:
    km = converted_interval(only_quantity("The drone crashed 5 km north of the base."))
    mi = converted_interval(only_quantity("The drone crashed about 3 miles north of the base."))
    assert km is not None and mi is not None
    assert km[0] <= mi[1] and mi[0] <= km[1]


@pytest.mark.parametrize(
    ("text", "unit", "noun_class"),
    [
        ("Three American soldiers were wounded.", "soldiers", "military"),
        ("Two armed drones approached the base.", "drones", "drone"),
        ("Five chemical plant workers were hurt.", "workers", "worker"),
        ("Seven railway maintenance workers were hurt.", "workers", "worker"),
        ("Nine suspected militants were arrested.", "militants", "militant"),
        pytest.param(
            "Three neighboring departments sent crews.",
            "departments",
            "department",
        ),
    ],
)
def test_counted_noun_skips_adjectives_and_compounds(text: str, unit: str, noun_class: str) -> None:
    q = quantities(text)[0]
    assert (q.unit, q.canonical_unit) == (unit, noun_class)


def test_unmanned_aerial_vehicles_are_drones() -> None:
    assert only_quantity("Four unmanned aerial vehicles were shot down.").canonical_unit == "drone"


def test_soldiers_and_troops_are_one_class() -> None:
    assert only_quantity("About 900 troops are stationed there.").canonical_unit == "military"
    assert only_quantity("About 900 soldiers are stationed there.").canonical_unit == "military"


@pytest.mark.parametrize(
    "text",
    [
        "In 2014, the dam failed for the first time.",
        "The 2019 flood is still remembered here.",
        "Passengers waited at Gate 4 for hours.",
        "Since 9/11, airport security has tightened.",
        "The quake struck at 1:35 PM local time.",
        "The ferry left at 6 a.m. on Monday.",
        "Flight 370 vanished over the ocean.",
        "Security was tightened after the 2014-2018 war.",
    ],
)
def test_years_identifiers_and_times_are_not_quantities(text: str) -> None:
    assert quantities(text) == []


def test_model_designation_is_not_counted() -> None:
    q = only_quantity("Two F-16 jets took off from the base.")
    assert (q.value, q.unit) == (2, "jets")


def test_numbered_designation_is_not_a_count() -> None:
    assert quantities("Reactor No. 2 was shut down after the leak.") == []


def test_pronoun_one_is_not_a_count() -> None:
    assert quantities("The second one hit the base.") == []


# --- admitted intervals -----------------------------------------------------------------


def admits(text: str, value: float) -> bool:
    low, high = only_quantity(text).interval()
    return low <= value <= high


def test_over_100_admits_106_but_not_100() -> None:
    assert admits("Over 100 attacks were recorded.", 106)
    assert admits("Over 100 attacks were recorded.", 176)
    assert not admits("Over 100 attacks were recorded.", 100)


def test_at_least_admits_anything_above() -> None:
    low, high = only_quantity("At least 14 people were killed.").interval()
    assert low == 14 and math.isinf(high)


def test_about_2500_admits_2480_but_not_2000() -> None:
    assert admits("About 2,500 troops are stationed there.", 2480)
    assert admits("About 2,500 troops are stationed there.", 2600)
    assert not admits("About 2,500 troops are stationed there.", 2000)


def test_a_round_figure_admits_what_it_rounds() -> None:
    assert admits("The strike involved 2,500 troops.", 2480)
    assert not admits("The strike involved 2,500 troops.", 2400)


def test_three_equals_3_and_nothing_else() -> None:
    assert only_quantity("Three people were injured.").interval() == (3, 3)
    assert not admits("Three people were injured.", 4)


def test_nearly_admits_less_but_not_more() -> None:
    assert admits("Nearly 40 families were evacuated.", 37)
    assert not admits("Nearly 40 families were evacuated.", 41)


def test_fewer_than_and_up_to() -> None:
    assert only_quantity("Fewer than 10 boats returned.").interval() == (0, 9)
    assert only_quantity("Up to 60 vehicles were damaged.").interval() == (0, 60)


# --- harm roles and running totals in the pipeline --------------------------------------


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("An explosion at the depot killed 31 people.", "death"),
        # in other words: lives claimed, people pulled from the mud, still underground, led to safety
        ("The crash claimed 11 lives.", "death"),
        ("Lifeguards saved 11 lives.", "rescued"),
        ("Rescuers pulled 14 survivors from the mud.", "rescued"),
        ("Twelve people remain underground.", "trapped"),
        ("Staff led 350 guests to safety.", "evacuated"),
        # what the clause goes on to say befell the people on the bus
        ("Some 30 people on the train were injured.", "injury"),
        ("The fire left 4 people dead.", "death"),
        ("At least 14 people were injured in the crush.", "injury"),
        ("The death toll rose to 23 on Tuesday.", "death"),
        pytest.param(
            "The blast tore through the depot, killing 31 people.",
            "death",
        ),
        # what happened to them, after a place and a compound verb
        ("Forty-one people in three counties have fallen ill since March.", "ill"),
        # confirmed cases of an outbreak are people who fell ill
        ("Health officials have confirmed 58 cases so far.", "ill"),
        # a relative clause says which people the figure is taken from, not what it counts
        ("Six of the people who were rescued later needed hospital treatment.", "injury"),
        ("The 12 people who were rescued spent the night in a shelter.", "rescued"),
        # in hospital in a stated condition: hurt, or still in care as the report finds them
        ("Seven were in a serious condition in hospital.", "injury"),
        ("Seven remain in a serious condition in hospital.", "care"),
        # everyone on a vehicle
        ("The coach had 41 people on board.", "aboard"),
        ("The coach was carrying 48 people when it left the road.", "aboard"),
        # harm counted by its own noun counts the people it befell
        ("The coroner has confirmed 2 deaths.", "death"),
        ("The hospital treated 14 injuries after the crush.", "injury"),
        ("The crash caused 12 casualties.", "any"),
    ],
)
def test_harm_role_of_a_figure(sentence: str, role: str) -> None:
    figures = [q for c in claims_of(sentence + "\n") for q in c.quantities]
    assert figures, f"no figure in {sentence!r}"
    assert figures[0].role == role
    assert figures[0].canonical_unit == "person"


def test_running_total_since_a_date_is_cumulative() -> None:
    claims = claims_of("Rebels have carried out 52 attacks on the pipeline since March 3, 2023.\n")
    (q,) = claim_with(claims, "52 attacks").quantities
    assert q.cumulative
    assert q.period_total


def test_a_stock_is_not_a_running_total() -> None:
    claims = claims_of("About 900 troops have been stationed at the base since 2019.\n")
    (q,) = claim_with(claims, "900 troops").quantities
    assert not q.cumulative


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The dead were named as Anton Res, 52, and Vasil Korin, 34, members of a track crew.", 52),
        ("A 7-year-old girl was taken to hospital.", 7),
        ("The driver, aged 61, was arrested.", 61),
        ("Her father is 80 years old.", 80),
    ],
)
def test_ages_are_ages_not_counts(text: str, value: float) -> None:
    ages = [q for q in quantities(text) if q.dimension == "age"]
    assert ages and ages[0].value == value
    assert all(q.role is None for q in quantities(text)), "an age is not a toll"


def test_a_number_after_a_place_name_is_still_a_count() -> None:
    q = only_quantity("In Springfield, 12 people died.")
    assert (q.dimension, q.canonical_unit, q.role) == ("count", "person", "death")


def test_part_of_a_group_is_partial() -> None:
    assert only_quantity("Eight of the dead were from the upper valley.").partial
    assert not only_quantity("Eight people died.").partial


@pytest.mark.parametrize(
    ("text", "unit", "role"),
    [
        ("The number of postponed appointments has risen to 2,600, the network said.", "appointment", None),
        ("The number of deceased rose to 23 on Monday.", "person", "death"),
        ("The number of people at the rally was 300.", "person", None),
    ],
)
def test_the_number_of_something_counts_it(text: str, unit: str, role: str | None) -> None:
    q = only_quantity(text)
    assert (q.canonical_unit, q.role) == (unit, role)


@pytest.mark.parametrize(
    ("text", "unit", "dimension"),
    [
        ("The trial gave a 120-microgram dose.", "microgram", "mass"),
        ("The plant produces 450 MW of power.", "megawatt", "power"),
        ("Pressure fell to 980 hectopascals.", "hectopascal", "pressure"),
        ("Each vial held 20 ml of the vaccine.", "milliliter", "volume"),
    ],
)
def test_units_the_lexicon_lacks_come_from_pint(text: str, unit: str, dimension: str) -> None:
    q = only_quantity(text)
    assert (q.canonical_unit, q.dimension) == (unit, dimension)


@pytest.mark.parametrize(
    "text", ["Three barns burned.", "He scored 5 points.", "They used 40 cups of flour."]
)
def test_everyday_nouns_pint_reads_as_units_stay_counts(text: str) -> None:
    assert only_quantity(text).dimension == "count"


def test_doses_in_different_units_are_converted_before_comparing() -> None:
    low = only_quantity("Patients got a 0.12-milligram dose.")
    high = only_quantity("Patients got a 1.2-milligram dose.")
    same = only_quantity("Patients got a 120-microgram dose.")
    low_i, high_i, same_i = (converted_interval(q) for q in (low, high, same))
    assert low_i and high_i and same_i
    assert low_i[0] <= same_i[1] and same_i[0] <= low_i[1], "0.12 mg is 120 micrograms"
    assert high_i[0] > same_i[1], "1.2 mg is ten times as much"


def test_ages_after_names_with_diacritics() -> None:
    found = quantities("The dead were named as Anton Reš, 52, and Vasil Korin, 34.")
    assert [(q.value, q.dimension) for q in found] == [(52, "age"), (34, "age")]


def test_a_toll_named_far_before_its_figure() -> None:
    q = only_quantity(
        "The number of deceased for the earthquake that shook the province of Tambocancha in the early "
        "hours of Sunday rose to 23 this Monday."
    )
    assert (q.value, q.canonical_unit, q.role) == (23, "person", "death")


def test_a_death_toll_named_far_before_its_figure() -> None:
    """(and the hospital where two more died does not make the 14 people in care)"""
    found = quantities(
        "The death toll from the collapse at the Ostrava Vale market hall in Pilsen, Czechia, has risen to 14 "
        "after two more people died in hospital."
    )
    assert [(q.value, q.role) for q in found] == [(14, "death"), (2, "death")]


def test_harm_words_far_back_that_name_no_toll_are_not_the_figures() -> None:
    q = only_quantity(
        "Injured passengers from the first coach waited by the road at the Varna junction near Lom until 40 "
        "buses arrived."
    )
    assert q.role is None


def test_durations_are_measures_that_convert() -> None:
    weeks = only_quantity("Symptoms can take up to 10 weeks to appear.")
    days = only_quantity("Symptoms can appear up to 70 days after eating.")
    assert (weeks.dimension, days.dimension) == ("time", "time")
    assert weeks.canonical_unit != "capacity", "a span of time is not what something can hold"
    assert converted_interval(weeks) == converted_interval(days)


def test_more_than_a_measure_admits_fractions_but_a_count_steps_by_one() -> None:
    assert not admits("More than 40 people were injured.", 40.5)
    assert admits("More than 40 people were injured.", 41)
    assert admits("Gauges recorded more than 6 inches of rain.", 6.2)
    assert not admits("Gauges recorded more than 6 inches of rain.", 6)
    assert admits("Winds of less than 50 km/h were forecast.", 49.5)


def test_a_qualifier_before_magnitude_qualifies_the_figure() -> None:
    q = only_quantity("Seismologists put the tremor at about magnitude 3.")
    assert (q.unit, q.qualifier) == ("magnitude", "about")
    assert q.interval()[0] <= 3.1 <= q.interval()[1]


@pytest.mark.parametrize(
    ("sentence", "partial"),
    [
        ("A further 43 people were treated for injuries.", [True]),
        ("Another 12 homes were damaged overnight.", [True]),
        ("An additional 300 troops arrived on Friday.", [True]),
        ("Forty-three people were treated for injuries.", [False]),
        # a subset named by a relative clause is part of the figure before it
        ("Officials said 43 people were hurt, 11 of whom were children.", [False, True]),
        # (but one named by its state is the whole count of that state: see test_counts_of_a_state)
        ("Officials said 43 people were hurt, 11 of whom are still in hospital.", [False, False]),
        # things a participle picks out as the whole was counted: a share of that count
        ("The harbour district accounts for about 300 of the damaged shops.", [True]),
        ("About 60 of the evacuated residents have returned.", [True]),
        # the whole count of what the clause says happened
        ("Some 312 of its flights were cancelled.", [False]),
    ],
)
def test_increments_and_subsets_are_partial_figures(sentence: str, partial: list[bool]) -> None:
    assert [q.partial for q in quantities(sentence)] == partial


def test_a_part_of_an_owners_whole_counts_the_noun_after_the_owner() -> None:
    found = quantities("Systems at four of the network's six hospitals were taken offline.")
    assert [(q.value, q.canonical_unit) for q in found] == [(4.0, "hospital")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("About 200 armed men attacked the convoy.", "men"),  # an irregular plural before a past verb
        ("Four managed to escape.", None),  # a past verb is no counted noun
        ("Two escaped from the mine.", None),
        ("Three women were hurt.", "women"),
    ],
)
def test_a_past_verb_after_a_figure_is_not_its_noun(text: str, unit: str | None) -> None:
    assert only_quantity(text).unit == unit


def test_a_figure_whose_noun_the_paragraph_just_named_counts_it() -> None:
    from core_support import article

    from claims.analysis import extract_all

    body = (
        "Seven miners were trapped by the rockfall on Tuesday. Four managed to reach safety on their own, "
        "the company said.\n\nTwo are from Rybnik."
    )
    found = {
        c.text: [q.canonical_unit for q in c.quantities]
        for c in extract_all([article(body)])["a1"]
        if c.quantities
    }
    assert found["Four managed to reach safety on their own"] == ["worker"]
    assert found["Two are from Rybnik"] == [None]  # another paragraph: no antecedent


def test_a_figure_after_two_groups_counted_takes_neither_noun() -> None:
    # "Three" may be passengers, crew or both: the noun is not the last of the list
    claims = claims_of("The plane was carrying 40 passengers and six crew. Three died in the crash.")
    (c,) = [c for c in claims if c.text.startswith("Three")]
    assert [q.canonical_unit for q in c.quantities] == ["person"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Three people were rushed to hospital.", "injury"),
        ("Two of the passengers were in hospital.", "injury"),
        ("Two of the passengers remain in hospital.", "care"),  # still in care, as of the report
        ("Two nurses at the hospital said the ward was full.", None),  # staff of a hospital
    ],
)
def test_people_taken_to_hospital_were_hurt(text: str, role: str | None) -> None:
    assert quantities(text)[0].role == role


def test_another_figure_of_another_kind_is_a_whole_count() -> None:
    claims = claims_of(
        "At least nine people have been confirmed dead. Another 27 people remain unaccounted for.\n"
    )
    (q,) = claim_with(claims, "27 people").quantities
    assert (q.role, q.partial) == ("missing", False)


def test_another_figure_of_the_same_kind_is_a_part() -> None:
    claims = claims_of("Nine people died on Monday. Another 3 people died in hospital on Tuesday.\n")
    (q,) = claim_with(claims, "3 people").quantities
    assert q.partial


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("The storm left 140,000 without power on Saturday.", None),
        ("About 180,000 customers were without power.", None),
        ("Roughly 183,400 homes and businesses lost power.", None),
        ("The utility reported 140,000 power outages.", None),
        ("Outages peaked at 140,000 on Saturday.", None),
        ("Crews restored power to 90,000 customers.", "restored"),
        # those still in the dark when the report was written: fewer as power comes back
        ("About 40,000 customers remain without power.", "current"),
        ("By noon 3,200 homes were still without electricity.", "current"),
    ],
)
def test_those_a_power_cut_left_in_the_dark_are_one_count(sentence: str, role: str | None) -> None:
    q = only_quantity(sentence)
    assert (q.canonical_unit, q.role) == ("outage", role)


def test_a_death_during_a_power_cut_and_buildings_among_those_cut_off_keep_their_nouns() -> None:
    assert only_quantity("Three people died during the power outage.").role == "death"
    found = quantities("The 140,000 customers who lost power include two hospitals.")
    assert [q.canonical_unit for q in found] == ["outage", "hospital"]


@pytest.mark.parametrize(
    ("sentence", "partial"),
    [
        ("Of the deaths, two were caused by carbon monoxide.", True),
        ("The remaining two deaths were caused by falling trees.", True),
        ("The other two died of hypothermia.", True),
        ("The remaining deaths were two by falling trees.", True),
        # a part that says what happened to it counts all of those it happened to
        ("Of the people confirmed ill, 19 have been treated in hospital.", False),
        ("Three people died in the storm.", False),
    ],
)
def test_an_item_of_a_breakdown_is_part_of_the_whole(sentence: str, partial: bool) -> None:
    assert quantities(sentence)[0].partial is partial


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Of the train's 96 cars, 14 left the tracks.", "cars"),
        ("Of the 27 people confirmed ill, 19 have been treated in hospital.", "people"),
        # no counted whole before the part: nothing to borrow
        ("Of the deaths, two were caused by carbon monoxide.", None),
        ("Of those, 14 left the tracks.", None),
    ],
)
def test_a_bare_part_counts_the_noun_of_the_whole_set_before_it(sentence: str, unit: str | None) -> None:
    assert quantities(sentence)[-1].unit == unit


@pytest.mark.parametrize(
    ("sentence", "value", "dimension"),
    [
        ("Up to three-quarters of an inch of ice coated the lines.", 0.75, "length"),
        ("About half an inch of ice fell overnight.", 0.5, "length"),
        ("A quarter of a mile of the road was closed.", 0.25, "length"),
        ("One and a half inches of ice fell.", 1.5, "length"),
        ("The outage lasted 2 and a half hours.", 2.5, "time"),
        ("Two and a half thousand people fled.", 2500, "count"),
    ],
)
def test_fractions_of_a_unit_and_halves(sentence: str, value: float, dimension: str) -> None:
    q = only_quantity(sentence)
    assert (q.value, q.dimension) == (pytest.approx(value), dimension)


@pytest.mark.parametrize(
    ("sentence", "dimension"),
    [
        ("The tanker was moving at about 26 kilometres an hour.", "speed"),
        ("Gusts of 60 miles per hour were recorded.", "speed"),
        ("The convoy covered 40 miles a day.", "length"),  # a day's distance, no speed
    ],
)
def test_a_length_an_hour_is_a_speed(sentence: str, dimension: str) -> None:
    q = only_quantity(sentence)
    assert q.dimension == dimension
    if dimension == "speed":  # and converts like "km/h"
        assert converted_interval(q) is not None


@pytest.mark.parametrize(
    ("sentence", "canonical"),
    [
        ("The ship has a crew of 22.", "crew"),
        ("The plant has a workforce of about 300.", "worker"),
        ("The ferry sailed with a load of 300.", None),  # not a body of people
    ],
)
def test_a_body_of_people_counted_after_it(sentence: str, canonical: str | None) -> None:
    assert only_quantity(sentence).canonical_unit == canonical


@pytest.mark.parametrize("text", ["The roof fell in at 02:30 on Tuesday.", "At 22:07 on Monday the alarm sounded."])
def test_a_time_of_day_is_no_count(text: str) -> None:
    assert quantities(text) == []


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "interval"),
    [
        # a temperature under zero keeps its sign, however written
        ("Temperatures fell to 18 below zero Fahrenheit.", -18.0, "°F", (-18.0, -18.0)),
        ("Temperatures dipped to around minus 18 C overnight.", -18.0, "°C", (-19.8, -16.2)),
        ("The temperature was -18C at dawn.", -18.0, "°C", (-18.0, -18.0)),
        ("It was 5 degrees below zero Celsius.", -5.0, "°C", (-5.0, -5.0)),
        ("A high of 104F was recorded.", 104.0, "°F", (103.5, 104.5)),
        ("It was about -18C at dawn.", -18.0, "°C", (-19.8, -16.2)),
    ],
)
def test_temperatures_below_zero(sentence: str, value: float, unit: str, interval: tuple[float, float]) -> None:
    q = only_quantity(sentence)
    assert (q.value, q.unit, q.dimension) == (value, unit, "temperature")
    assert q.interval() == pytest.approx(interval)


@pytest.mark.parametrize(
    ("sentence", "temperature"),
    [
        ("Overnight it fell to minus 18 C in the hills.", True),
        ("Fans queued at Gate 4 C Block before the match.", False),  # no temperature spoken of
        ("The temperature reached 30 C Monday.", False),  # a name goes on: not sure it is a scale
    ],
)
def test_a_letter_after_a_number_is_a_scale_only_when_temperature_is_spoken_of(sentence: str, temperature: bool) -> None:
    assert any(q.dimension == "temperature" for q in quantities(sentence)) is temperature


def test_a_range_below_zero_runs_from_the_colder_end() -> None:
    q = only_quantity("Overnight it was between 5 and 10 below zero Fahrenheit.")
    assert (q.value, q.value_max) == (-10.0, -5.0)
    q = only_quantity("Temperatures ranged from minus 5 to 10 C.")  # the minus is the first figure's
    assert (q.value, q.value_max) == (-5.0, 10.0)


@pytest.mark.parametrize(
    ("sentence", "canonical"),
    [
        ("The building covered 2,000 square feet.", "foot ** 2"),
        ("The office has 2,000 sq ft of floor space.", "foot ** 2"),
        ("The office has 1,500 sq. ft. of floor space.", "foot ** 2"),
        ("The fire destroyed a 2,000-square-metre hall.", "meter ** 2"),
        ("It spread over 5 square miles.", "mile ** 2"),
    ],
)
def test_areas_in_square_units(sentence: str, canonical: str) -> None:
    q = only_quantity(sentence)
    assert (q.dimension, q.canonical_unit) == ("area", canonical)


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Nine patients are in hospital.", "care"),  # as the report found them
        ("Four patients remain in hospital.", "care"),
        ("Nine patients were taken to hospital.", "injury"),  # all who were hurt
    ],
)
def test_people_in_hospital_now_are_in_care(sentence: str, role: str) -> None:
    assert only_quantity(sentence).role == role


@pytest.mark.parametrize(
    "sentence",
    ["Some 8,000 people were ordered to leave their homes.", "About 1,200 residents were ordered out of their homes."],
)
def test_people_ordered_out_are_evacuated(sentence: str) -> None:
    assert only_quantity(sentence).role == "evacuated"
