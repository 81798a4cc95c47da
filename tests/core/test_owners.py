"""Who owns or runs a thing (claims.owners), what type an aircraft is, and the entity conflicts of
two reports that name different owners, or types, of the same thing."""

from __future__ import annotations

import pytest
from core_support import flagged

from claims.owners import Owner, causes, owners


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The coach, operated by Rutas del Norte, was carrying 38 passengers", [Owner("coach", "Rutas del Norte")]),
        ("The vehicle belonged to Andes Express, a Tarma-based company", [Owner("vehicle", "Andes Express")]),
        ("The mill, owned by the Finnish group Halla since 2019, employs 800 people", [Owner("mill", "Halla")]),
        ("The depot is run by Corvel Logistics", [Owner("depot", "Corvel Logistics")]),
        ("The march, organised by the Green Future party, drew thousands", [Owner("march", "Green Future", "organised")]),
        # no name, or no thing it is said of
        ("The ship was chartered by a German firm", []),
        ("It was operated by Corvel Logistics", []),
        ("The fire was put out by crews from three stations", []),
        # the name must come before a verb or a preposition ends the phrase
        ("The coach operated by a local firm had left from Huancayo", []),
        ("The tanker was owned by a Greek company since March", []),
        ("The tanker, chartered by Trafigura, ran aground", [Owner("tanker", "Trafigura", "hired")]),
    ],
)
def test_owners(text: str, found: list[Owner]) -> None:
    assert list(owners(text)) == found


DAY = "2026-04-18"
CRASH = "A night coach overturned on the Tarma highway early on Saturday, killing nine people. "


def entity_flags(first: str, second: str) -> list[str]:
    return [x.explanation for x in flagged("entity", CRASH, first, second, DAY)]


def test_two_operators_of_one_coach() -> None:
    (flag,) = entity_flags(
        "The coach, operated by Rutas del Norte, was carrying 38 passengers.",
        "The vehicle belonged to Andes Express, a Tarma-based company.",
    )
    assert "Rutas del Norte" in flag and "Andes Express" in flag


@pytest.mark.parametrize(
    "second",
    [
        # the same operator, named alike
        "The coach, operated by Rutas del Norte SA, left Lima on Friday.",
        # another thing's owner
        "The bus terminal is run by Andes Express.",
        # a report that names both knows of both (a parent and its subsidiary)
        "The vehicle belonged to Andes Express, which bought Rutas del Norte last year.",
        # who hired a thing is not who runs it
        "The coach, chartered by Andes Express, was carrying 38 passengers.",
    ],
)
def test_owners_that_do_not_clash(second: str) -> None:
    assert not entity_flags("The coach, operated by Rutas del Norte, was carrying 38 passengers.", second)


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Flight GA207, an Airbus A321neo, was carrying 186 passengers", "AIRBUS A321NEO"),
        ("The aircraft, a Boeing 737 MAX 8, landed safely", "BOEING 737 MAX 8"),
        ("An Embraer E190 of the airline was diverted", "EMBRAER E190"),
        ("The Dash 8-400 landed in fog", "DASH 8-400"),
        ("The Boeing 737 landed safely", "BOEING 737"),
    ],
)
def test_an_aircraft_type_is_a_designator_of_the_aircraft(text: str, model: str) -> None:
    from claims.entities import find_designators

    assert ("aircraft", model) in find_designators(text)


LANDING = "A Nordvia jet made an emergency landing at Tallin airport on Sunday after an engine failed. "


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("The aircraft, a Boeing 737 MAX 8 carrying 170 passengers, touched down safely.", True),
        ("The aircraft, an Airbus A320neo carrying 170 passengers, touched down safely.", False),
        ("The aircraft, an Airbus A320 carrying 170 passengers, touched down safely.", False),  # named less fully
    ],
)
def test_two_types_for_one_aircraft(second: str, expected: bool) -> None:
    first = "The jet, an Airbus A320neo with 176 people on board, was flying to Oslo."
    assert bool(flagged("entity", LANDING, first, second, DAY)) is expected


def test_a_strike_is_not_a_protest() -> None:
    lede = "Dock workers walked out at the port of Callard on Monday. "
    assert not flagged("entity", lede, "The strike was called by the Unite union.", "The protest was organised by Greenpeace.", DAY)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The fire was started by a downed power line", [Owner("fire", "downed power line", "cause")]),
        ("The explosion was caused by a gas leak, officials said", [Owner("explosion", "gas leak", "cause")]),
        ("The blaze was sparked by lightning", []),  # no article: not read
        ("Damage was caused by a falling tree", []),  # no event's cause
    ],
)
def test_causes(text: str, found: list[Owner]) -> None:
    assert list(causes(text)) == found


WILDFIRE = "A wildfire swept through hills north of Larkin on Tuesday. "


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("The fire was started by a discarded cigarette.", True),
        ("The blaze was sparked by a power line that fell in high winds.", False),  # the same cause
    ],
)
def test_two_causes_for_one_fire(second: str, expected: bool) -> None:
    first = "The fire was started by a downed power line."
    assert bool(flagged("entity", WILDFIRE, first, second, DAY)) is expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # who built, installed or supplied a thing: a question of its own
        ("The stage was erected by Halberd Rigging", [Owner("stage", "Halberd Rigging", "made")]),
        ("The aerial tramway was installed by the Italian firm Ventaglia Impianti in 2017",
         [Owner("tramway", "Ventaglia Impianti", "made")]),
        ("The line was built in 2017 by Austrian manufacturer Hollerbach Seilbahnbau",
         [Owner("line", "Hollerbach Seilbahnbau", "made")]),
        # the thing before an aside set off by commas
        ("The tram, a VarioStar T6 with fleet number 1942, was manufactured by Moravia Rail Vehicles in 2009",
         [Owner("tram", "Moravia Rail Vehicles", "made")]),
        # whom the people worked for, named in the appositive when the phrase names no one
        ("Three of them were employed by our maintenance contractor, Tarrant Industrial Services",
         [Owner("person", "Tarrant Industrial Services", "employer")]),
        ("Three of the four dead were employed by Kellby Engineering, a subcontractor",
         [Owner("person", "Kellby Engineering", "employer")]),
        # a name, then what it runs
        ("Mtkvari Ropeways, the operator of the Sololaki Ridge cable car, said the cabin was inspected",
         [Owner("car", "Mtkvari Ropeways")]),
        # (a participle after the thing's own comma is said of the thing, not of the word before)
        ("The blast happened on the 36-inch line, owned by Prairie Crest", [Owner("line", "Prairie Crest")]),
        ("The workers were employed by a local firm", []),
        # who services a thing, passive or active
        ("The boiler was serviced in March by ThermaCore Services, a heating contractor",
         [Owner("boiler", "ThermaCore Services", "maintained")]),
        ("Brightwell Heating, which had serviced the boiler since 2021, says it warned the hotel",
         [Owner("boiler", "Brightwell Heating", "maintained")]),
        # a thing named by its own name after "The"
        ("The Riptide was manufactured by Vellmann Ride Systems", [Owner("riptide", "Vellmann Ride Systems", "made")]),
    ],
)
def test_makers_employers_and_named_operators(text: str, found: list[Owner]) -> None:
    assert list(owners(text)) == found


COLLAPSE = "Part of the main stage at the Harbourfest festival in Port Selby collapsed in a storm on Saturday night. "


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("The stage was erected by Halberd Rigging.", True),
        ("The stage was erected by Arcstage Structures, a local firm.", False),  # the same maker
        ("The stage was owned by Halberd Rigging.", False),  # who owns it is another question
    ],
)
def test_two_makers_of_one_stage(second: str, expected: bool) -> None:
    first = "The stage and its roof were built by Arcstage Structures."
    assert bool(flagged("entity", COLLAPSE, first, second, DAY)) is expected


def test_two_employers_of_the_dead() -> None:
    lede = "An explosion tore through a grain silo at the port of Vellmouth on Thursday, killing four workers. "
    (flag,) = flagged(
        "entity",
        lede,
        "Three of the four dead were employed by Kellby Engineering, a subcontractor.",
        "Three of them were employed by our maintenance contractor, Tarrant Industrial Services.",
        DAY,
    )
    assert "Kellby Engineering" in flag.explanation and "Tarrant Industrial Services" in flag.explanation


def test_two_operators_of_one_cable_car_line() -> None:
    lede = "A cabin fell from the Sololaki Ridge cable car in Tbilisi on Saturday afternoon. "
    (flag,) = flagged(
        "entity",
        lede,
        "The seven-year-old line, which carries tourists up to the ridge, is operated by the city-owned company "
        "Tbilisi Transport Lifts.",
        "Mtkvari Ropeways, the operator of the Sololaki Ridge cable car, expressed its condolences.",
        DAY,
    )
    assert "Tbilisi Transport Lifts" in flag.explanation and "Mtkvari Ropeways" in flag.explanation


def _owning_claim(text: str):
    from core_support import article

    from claims.analysis import extract_all

    (claim,) = [c for c in extract_all([article(text)])["a1"] if "own" in c.slots]
    return claim


@pytest.mark.parametrize(
    ("second", "compared"),
    [
        ("Residents said the dam belongs to Tembea Agri Ventures, a maize and dairy company.", True),
        ("Residents said the bus belongs to Tembea Agri Ventures, a maize and dairy company.", False),
    ],
)
def test_two_owners_named_for_one_thing_are_compared(second: str, compared: bool) -> None:
    """Two owners named for one thing share no name by nature (no story anchors here either):
    the pair is close enough to compare all the same."""
    from claims.linking import COMPARABLE, score_pair

    first = _owning_claim("The dam is owned by Sunvale Horticulture Ltd, a flower exporter, county records show.")
    assert (score_pair(first, _owning_claim(second)).topic >= COMPARABLE) is compared


def test_two_operators_of_one_campsite() -> None:
    lede = "A flash flood swept through the Sedd Meadows campsite at Arlow early on Sunday. "
    (flag,) = flagged(
        "entity",
        lede,
        "About 240 people were staying at the campsite, which is operated by Dalescamp Leisure, when the torrent hit.",
        "The site, run by Sedd Valley Holidays, sits on a low meadow.",
        DAY,
    )
    assert "Dalescamp Leisure" in flag.explanation and "Sedd Valley Holidays" in flag.explanation
