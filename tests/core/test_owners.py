"""Who owns or runs a thing (claims.owners), and the entity conflict of two reports that name
different owners of the same thing."""

from __future__ import annotations

import pytest
from core_support import Spec, review_worthy, run

from claims.owners import Owner, owners


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The coach, operated by Rutas del Norte, was carrying 38 passengers", [Owner("coach", "Rutas del Norte")]),
        ("The vehicle belonged to Andes Express, a Tarma-based company", [Owner("vehicle", "Andes Express")]),
        ("The mill, owned by the Finnish group Halla since 2019, employs 800 people", [Owner("mill", "Halla")]),
        ("The depot is run by Corvel Logistics", [Owner("depot", "Corvel Logistics")]),
        # no name, or no thing it is said of
        ("The ship was chartered by a German firm", []),
        ("It was operated by Corvel Logistics", []),
        ("The fire was put out by crews from three stations", []),
    ],
)
def test_owners(text: str, found: list[Owner]) -> None:
    assert list(owners(text)) == found


DAY = "2026-04-18"
CRASH = "A night coach overturned on the Tarma highway early on Saturday, killing nine people. "


def entity_flags(first: str, second: str) -> list[str]:
    result = run(Spec(CRASH + first + "\n", "Andes Wire", DAY), Spec(CRASH + second + "\n", "Tarma Mirror", DAY))
    return [x.explanation for x in review_worthy(result) if x.kind == "entity"]


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
    ],
)
def test_owners_that_do_not_clash(second: str) -> None:
    assert not entity_flags("The coach, operated by Rutas del Norte, was carrying 38 passengers.", second)
