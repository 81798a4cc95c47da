"""Entities: the spellings of one place or group share a key, so reports of one event can be
matched; different places stay different; titles are split from names."""

from __future__ import annotations

import itertools

import pytest

from claims.entities import entity_key, find_designators, find_entities, same_entity

BASE_SPELLINGS = [
    "Ain al-Asad",
    "Ain Al Asad airbase",
    "Al Asad Airbase",
    "Ain al-Assad base",
    "Al-Asad Air Base",
]


@pytest.mark.parametrize(("x", "y"), list(itertools.combinations(BASE_SPELLINGS, 2)))
def test_spellings_of_one_base_are_one_entity(x: str, y: str) -> None:
    assert same_entity(entity_key(x), entity_key(y))


def test_doubled_letters_and_facility_words_do_not_change_the_key() -> None:
    assert entity_key("Ain al-Assad base") == entity_key("Ain al-Asad") == entity_key("Ain Al Asad airbase")
    assert entity_key("Erbil airport") == entity_key("Erbil")
    assert entity_key("Tall Afar") == entity_key("Tal Afar")


@pytest.mark.parametrize(
    ("x", "y"),
    [
        ("Erbil", "Ain al-Asad"),
        ("Harir base", "Al Asad Airbase"),
        ("Port Meridian", "Port Arthur"),
        ("Austria", "Australia"),
        ("Kirkuk", "Baghdad"),
    ],
)
def test_different_places_are_not_one_entity(x: str, y: str) -> None:
    assert not same_entity(entity_key(x), entity_key(y))


def test_a_short_name_within_a_longer_one_matches() -> None:
    assert same_entity(entity_key("Northvale"), entity_key("Northvale Hospital"))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Iraqi", "iraq"),
        ("Iraq", "iraq"),
        ("American", "united states"),
        ("U.S.", "united states"),
        ("US", "united states"),
        ("United States", "united states"),
        ("British", "united kingdom"),
        ("UK", "united kingdom"),
        ("Syrian", "syria"),
    ],
)
def test_demonyms_and_country_names_share_a_key(text: str, key: str) -> None:
    assert entity_key(text) == key


@pytest.mark.parametrize(
    ("x", "y"),
    [
        ("U.N.", "UN"),
        ("ISIS", "Daesh"),
        ("Pentagon", "Department of Defense"),
        ("IRGC", "Revolutionary Guards"),
    ],
)
def test_aliases_share_a_key(x: str, y: str) -> None:
    assert entity_key(x) == entity_key(y)


def test_demonym_inside_a_sentence_is_the_country() -> None:
    found = find_entities("Gen. Mark Ellison met Iraqi officials in Baghdad.")
    keys = {e.key: e for e in found}
    assert "iraq" in keys
    assert keys["baghdad"].kind == "place"


def test_title_is_split_from_the_name() -> None:
    text = "Pentagon Spokesperson Sabrina Oduya said the base was hit."
    found = [(e.text, e.kind) for e in find_entities(text)]
    assert found == [("Pentagon", "org"), ("Sabrina Oduya", "person")]


def test_rank_before_a_name_is_not_part_of_it() -> None:
    found = find_entities("Gen. Mark Ellison met the governor.")
    assert [(e.text, e.kind) for e in found] == [("Mark Ellison", "person")]


def test_entity_offsets_point_into_the_text() -> None:
    text = "Drones attacked the Ain al-Asad base in western Iraq on Tuesday."
    found = find_entities(text, offset=50)
    assert found
    for e in found:
        assert text[e.start - 50 : e.end - 50].startswith(e.text)
    assert any(e.key == entity_key("Ain al-Asad") for e in found)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("A fire broke out in Dunmore on Tuesday.", ["Dunmore"]),
        ("The dam near Kelmet failed in March.", ["Kelmet"]),
    ],
)
def test_dates_at_the_end_of_a_sentence_are_not_entities(text: str, names: list[str]) -> None:
    assert [e.text for e in find_entities(text)] == names


def test_sentence_initial_common_word_is_not_an_entity() -> None:
    assert find_entities("Ambulances were diverted to the hospital.") == []


def test_affiliation_suffix_is_dropped() -> None:
    found = find_entities("The attack was blamed on Iran-backed militias.")
    assert [e.key for e in found] == ["iran"]


def test_two_word_title_is_split_from_the_name() -> None:
    found = find_entities("Iraq's Prime Minister Adel Karim visited Mosul.")
    assert [e.text for e in found] == ["Iraq", "Adel Karim", "Mosul"]


def test_person_of_a_place_is_two_entities() -> None:
    found = find_entities("Mayor Ruth Alder of Carrow Springs spoke to reporters.")
    assert [(e.text, e.kind) for e in found] == [("Ruth Alder", "person"), ("Carrow Springs", "other")]


@pytest.mark.parametrize(
    ("x", "y"),
    [("San Bartolomé", "San Bartolome"), ("Jastrzębie-Zdrój", "Jastrzebie-Zdroj"), ("Łódź", "Lodz")],
)
def test_spellings_with_and_without_diacritics_are_one_entity(x: str, y: str) -> None:
    assert entity_key(x) == entity_key(y)


def test_a_hyphenated_common_word_opening_a_sentence_is_not_an_entity() -> None:
    keys = [e.key for e in find_entities("Wind-driven flames raced through the hills above Draberg.")]
    assert keys == ["draberg"]


@pytest.mark.parametrize(
    "text", ["It was 98 degrees Fahrenheit in Draberg.", "The dam in Draberg failed on Sept. 17."]
)
def test_units_and_month_abbreviations_are_not_entities(text: str) -> None:
    assert [e.key for e in find_entities(text)] == ["draberg"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a fire at the Mesquite Road substation", ("substation", "mesquite")),
        ("at Vantor Electric's Dos Palmas substation", ("substation", "dos palmas")),
        ("understood to be a Dash 8-400 turboprop", ("turboprop", "dash 8 40")),
        ("capsized near Tinago Island", ("island", "tinago")),
        ("U.S. District Judge Helena Quarrie imposed the sentence", ("judge", "helena quarie")),
        ("flames out of the LEFT engine", ("engine", "left")),
        ("the crush began at Gate 7", ("gate", "7")),
        ("the cars left the rails at the Miller Road crossing", ("crossing", "miler")),
        ("The collapse happened in the Kabwata shaft of the mine", ("shaft", "kabwata")),
        ("The teen also went to the Maple Street Family Clinic", ("clinic", "maple family")),
        ("The Liberian-flagged tanker struck the ledges", ("flag", "liberian")),
        ("The Marshall Islands-flagged ship grounded", ("flag", "marshal islands")),
        ("the driver of the 06:15 service to Porthaven", ("service", "06:15")),
        ("passengers on the 6.15 from Kilbride", ("service", "06:15")),  # the same run
        ("The tram, a two-car Tarsen LX-7, left the rails", ("tarsen", "LX7")),
        ("an Avella KX20 carrying 40 people", ("avella", "KX20")),  # with or without the hyphen
        # a floor, deck or carriage by its ordinal, in words or digits
        ("The fire broke out on the fourth floor", ("floor", "4")),
        ("The blaze started on the 7th floor of the block", ("floor", "7")),
        ("The fire started in the third carriage", ("carriage", "3")),
    ],
)
def test_designators_name_which_one(text: str, expected: tuple[str, str]) -> None:
    assert expected in find_designators(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Island was calm",
        "a 20,000-seat stadium",
        "The bridge held",
        "came from the east shortly after 4 a.m.",
        "the Winnipeg Fire Department said",  # an organisation's name
        "the Walk-In Clinic Foundation said",  # the head does not end the name
        "at 06:15 the service resumed",  # a time of day, not a named run
        "The inquiry opened on Monday March 3",
        "The Corvan 2019 models were recalled",  # a code of digits alone is too often a count or a year
        "The second drone hit the base",  # an ordinal of events, not of a row of floors
        "Passengers in the third carriage were hurt",  # only where something began is compared
        # (an aircraft maker's type is named by digits: tests/core/test_owners.py)
    ],
)
def test_no_designator_without_a_name(text: str) -> None:
    assert find_designators(text) == []


def test_a_time_zone_is_not_a_place() -> None:
    found = find_entities("The quake hit at 3:42 a.m. local time (0842 GMT) near Lurin, at 10:00 UTC.")
    assert [e.key for e in found] == ["lurin"]


@pytest.mark.parametrize("name", ["Portugal", "Peru", "Indonesia", "Greece", "the Philippines", "Chile"])
def test_every_country_is_too_coarse_to_place_an_event(name: str) -> None:
    """A country, whether or not our demonyms name it, says too little to tell two events apart;
    its name is matched as an entity's key is, doubled letters and accents folded."""
    from claims.events import specific_places
    from claims.extract import extract_claims
    from claims.readers import article_from_text

    text = f"---\ntitle: Bridge collapse\npublished_at: 2025-03-02\n---\nA footbridge collapsed in {name} on Sunday.\n"
    (claim,) = extract_claims(article_from_text(text, article_id="a1", kind="md", name="x.md"))
    assert entity_key(name.removeprefix("the ")) and not specific_places(claim)


def test_a_town_is_a_specific_place() -> None:
    from claims.events import specific_places
    from claims.extract import extract_claims
    from claims.readers import article_from_text

    text = "---\ntitle: Bridge collapse\npublished_at: 2025-03-02\n---\nA footbridge collapsed in Alvarinha on Sunday.\n"
    (claim,) = extract_claims(article_from_text(text, article_id="a1", kind="md", name="x.md"))
    assert specific_places(claim) == ["alvarinha"]


def test_a_side_written_with_hand_or_side_is_the_side() -> None:
    from claims.entities import find_designators

    assert find_designators("a fault in the right-hand engine") == [("engine", "right")]
    assert find_designators("through the left-side door") == [("door", "left")]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # "General" and "St" before an institution's head are part of its name, no title of a person
        ("He was brought to Benguet General Hospital, where he is stable.", ["Benguet General Hospital"]),
        ("Pentagon Spokesperson Sabrina Singh spoke.", ["Pentagon", "Sabrina Singh"]),
    ],
)
def test_an_institution_named_with_a_title_word(sentence: str, names: list[str]) -> None:
    assert [e.text for e in find_entities(sentence)] == names


def test_a_kind_of_place_alone_is_no_name() -> None:
    """ "Hospital" cut from a longer name would make every hospital the same one."""
    assert "hospital" not in {e.key for e in find_entities("The injured were taken to the Hospital.")}
