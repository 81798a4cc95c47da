"""Statuses that change one way (claims.status): which pole a clause asserts, of what or whom,
and the phrases that say nothing of a status."""

from __future__ import annotations

import pytest
from core_support import flagged

from claims.modality import negation
from claims.status import status_frames


def poles(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.kind, f.value, f.target) for f in status_frames(text, negation(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ammonia is still leaking from the damaged tank car", [("status:leak", "going", "leak")]),
        ("Oil continued to leak from the hull overnight", [("status:leak", "going", "leak")]),
        ("Divers sealed the breach in the hull on Monday", [("status:leak", "ended", "leak")]),
        ("The puncture in the tank car was sealed late Thursday", [("status:leak", "ended", "leak")]),
        ("The leak has not been stopped", [("status:leak", "going", "leak")]),
        ("The tank is no longer leaking", [("status:leak", "ended", "leak")]),
        ("The warehouse was still burning at midnight", [("status:fire", "going", "fire")]),
        ("Firefighters put out the blaze shortly after 4 a.m.", [("status:fire", "ended", "fire")]),
        ("The baby remains in the pediatric intensive care unit", [("status:care", "going", "infant")]),
        ("The infant was discharged on Tuesday", [("status:care", "ended", "infant"), ("status:alive", "going", "infant")]),
        ("The dead include a 15-year-old girl from Brava", [("status:alive", "ended", "girl")]),
        ("The girl remains in a critical but stable condition", [("status:alive", "going", "girl")]),
        ("The driver, Keith Holroyd, 57, survived the crash", [("status:alive", "going", "driver")]),
        ("Among the dead was the coach driver", [("status:alive", "ended", "driver")]),
        ("Relatives said the ferry's captain was among those killed", [("status:alive", "ended", "captain")]),
        ("The pilot did not survive", [("status:alive", "ended", "pilot")]),
        ("The 1911 Sabin Valley Grange Hall is still standing", [("status:standing", "going", "hall")]),
        ("Among those brought out alive on Wednesday was shift boss Joseph Mwansa", [("status:alive", "going", "mwansa")]),
        ("Rescuers recovered the body of shift boss Joseph Mwansa", [("status:alive", "ended", "mwansa")]),
        ("The Grange Hall, built in 1911, burned to the ground Wednesday night", [("status:standing", "ended", "hall")]),
        ("The old Kessel footbridge was swept away by the torrent", [("status:standing", "ended", "bridge")]),
        ("The stone pier gave way under the swell", [("status:standing", "ended", "pier")]),
        ("Engineers said the mill building did not collapse", [("status:standing", "going", "mill")]),
        ("The railway bridge held and trains ran again on Sunday", [("status:standing", "going", "bridge")]),
        ("The levee withstood the surge", [("status:standing", "going", "levee")]),
        # an adverb before "been", and a trial's participant is one person
        (
            "The participant has since been discharged",
            [("status:care", "ended", "participant"), ("status:alive", "going", "participant")],
        ),
        ("The hiker had already been sent home", [("status:care", "ended", "hiker")]),
        ("Ruben Sola was shot dead by officers this morning", [("status:alive", "ended", "sola")]),
        (
            "Ruben Sola was arrested unharmed at a farm",
            [("status:alive", "going", "sola"), ("status:caught", "ended", "sola")],
        ),
        # one of a group, named: the named person
        ("Ruben Sola, one of the escapees, was shot dead", [("status:alive", "ended", "sola")]),
        ("The ferry's cook is still among the missing", [("status:missing", "going", "cook")]),
        ("The cook was later found", [("status:missing", "ended", "cook")]),
        # a way closed until it reopens, whatever it is called
        ("The highway is still closed at the crash site", [("status:closure", "going", "road")]),
        ("The road reopened to traffic on Saturday", [("status:closure", "ended", "road")]),
        # told apart from other roads by the word before it
        ("The coast road has not reopened", [("status:closure", "going", "coast road")]),
        # an order in force until lifted
        ("The evacuation order remained in place overnight", [("status:order", "going", "evacuation order")]),
        ("Officials lifted the boil-water advisory on Monday", [("status:order", "ended", "boil-water advisory")]),
        # work at a site stopped, or going on
        ("Production at the Kessel plant has been completely halted", [("status:work", "going", "work")]),
        ("One assembly line kept running on Monday", [("status:work", "ended", "work")]),
        # at large until caught, in custody until released
        ("The gunman is still at large", [("status:caught", "going", "gunman")]),
        ("The gunman was arrested at a roadblock on Tuesday", [("status:caught", "ended", "gunman")]),
        ("The driver remains in custody", [("status:custody", "going", "driver")]),
        ("The driver was released on bail on Friday", [("status:custody", "ended", "driver")]),
        # a search, and power, as processes
        ("The search for the two fishermen continues", [("status:search", "going", "search")]),
        ("The search was called off on Sunday", [("status:search", "ended", "search")]),
        ("About 3,000 homes remain without power", [("status:power", "going", "power")]),
        ("Power has been restored to all customers", [("status:power", "ended", "power")]),
        ("Power has not been restored to all customers", [("status:power", "going", "power")]),
        # a vessel aground until refloated
        ("The ferry remains stuck on the rocks", [("status:aground", "going", "vessel")]),
        ("The tanker was refloated on the evening tide", [("status:aground", "ended", "vessel")]),
        # systems down until restored
        ("The council's website remains offline", [("status:offline", "going", "council's system")]),
        ("Email systems were restored on Tuesday", [("status:offline", "ended", "email system")]),
        # a system named after a preposition is not what was restored
        ("Power to the company's network has been restored", []),
        # a fire spreading until contained
        ("The fire is still spreading", [("status:spread", "going", "fire")]),
        ("The fire has been fully contained", [("status:spread", "ended", "fire")]),
        # raging or out of control until brought under control, in the active voice too
        ("The blaze was still raging late into the night", [("status:spread", "going", "fire")]),
        ("The fire was burning out of control", [("status:spread", "going", "fire")]),
        ("Firefighters brought the fire under control within two hours", [("status:spread", "ended", "fire")]),
        ("The fire is now under control", [("status:spread", "ended", "fire")]),
        ("The gunman is still on the loose", [("status:caught", "going", "gunman")]),
        # a body recovered: dead
        ("The climber's body was recovered by a helicopter crew", [("status:alive", "ended", "climber")]),
        ("The body of the climber was found on Friday", [("status:alive", "ended", "climber"), ("status:missing", "ended", "climber")]),
        # a road by its number
        ("The N7 remains closed in both directions", [("status:closure", "going", "n7 road")]),
        ("The N7 reopened to single-lane traffic at 9am", [("status:closure", "ended", "n7 road")]),
        ("COVID-19 remains closed", []),
        # a leak isolated or what leaked mended: ended; a fire contained: no longer spreading
        ("The leak was isolated at 03:40 hours", [("status:leak", "ended", "leak")]),
        ("The damaged section of the main was repaired on 28 August", [("status:leak", "ended", "leak")]),
        ("The main is still leaking and has not been fully repaired", [("status:leak", "going", "leak")]),
        ("The fire has been contained", [("status:spread", "ended", "fire")]),
        ("The front that reached Valdorna has been contained", [("status:spread", "ended", "fire")]),  # a fire's front
        ("The malware continued to spread to their systems", [("status:spread", "going", "malware")]),
        ("The roof was repaired last year", []),
        ("The damage was contained to the kitchen", []),
        # a crew member is one person
        ("The injured crew member is in stable condition", [("status:alive", "going", "member")]),
    ],
)
def test_poles(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert poles(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Twelve passengers survived the sinking",  # a group: says nothing of one person
        "Two people died in the crash",
        "Crews worked through the night to stop the leak from spreading",  # wished for
        "The pipe could leak again if the pressure rises",
        "Police sealed off the area around the depot",  # sealing off is not sealing a leak
        "The company reported record profits",
        "The old bridge is in poor condition",  # a thing, no person
        "Two of the injured remain in critical condition",  # a group
        "The bridge's owners held a meeting on Friday",  # held: said of the owners, not the bridge
        "The council held talks with the school",
        "His car was swept away by the floodwater",  # no structure
        "The school held a vigil for the victims on Friday",  # held: the ordinary transitive sense
        "Police in Cornwall held a man overnight",  # a name ending in "wall" is no structure
        "A man fishing from the pier was swept away by a wave",  # the man was swept away, not the pier
        "Talks resumed on Monday",  # no workplace
        "The school was closed for two days",  # closed then, not still
        "Passengers kept running toward the exits",  # no workplace
        "The warning was issued at noon",
        "Police arrested three men",  # a group, and no status of one person
        "The driver was found guilty of careless driving",  # found guilty: no one was missing
        "The driver was caught on camera running a red light",
        "Power was restored to 40,000 homes",  # not to all: a count, not the end of the cut
        "The ferry was stuck in a queue of ships",  # stuck, not still stuck: no status
        "The old bridge was restored in 1990",  # restored, but no system
        "Passengers on the ship remain stuck on board",  # the passengers, not the ship
        "The airline's carrier had been grounded",  # grounded is no vessel aground
        "Officers from the police unit remain suspended",  # a unit of people, no workplace
        "Rumours are spreading on social media",  # no fire, spill or outbreak
        "The body of a second climber was found on Friday",  # another person than "the climber"
        "The fire was largely under control",  # largely: not all of it
    ],
)
def test_no_pole(text: str) -> None:
    assert poles(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # equipment at a site is worked, or shut down, like the site
        ("The cooling tower has been shut down", [("status:work", "going", "work")]),
        ("The cooling tower is still operating", [("status:work", "ended", "work")]),
    ],
)
def test_equipment_at_work(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert poles(text) == expected


ESCAPE = "Two inmates escaped from Halvern prison near Tessin on Sunday night. "


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # a whole group, named as one, cannot be both caught and at large
        ("Police said on Wednesday that both men had been recaptured.", "Police said on Wednesday that both men were still at large.", True),
        ("The two inmates were recaptured on Wednesday.", "Both inmates remained at large on Wednesday, police said.", True),
        # some of the group
        ("One of the two men was recaptured on Wednesday.", "Police said on Wednesday that one man was still at large.", False),
        ("Police said on Wednesday that both men had been recaptured.", "Neither of the two men is still at large, police said.", False),
    ],
)
def test_a_whole_group_has_one_status(first: str, second: str, expected: bool) -> None:
    assert bool(flagged("outcome", ESCAPE, first, second, "2026-03-11")) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb after "but" has the subject of the clause before it
        ("Hernan Tapia, a winch operator, was dragged from the rubble but died before reaching hospital",
         [("status:alive", "ended", "operator")]),
        ("The driver was freed by firefighters but later died", [("status:alive", "ended", "driver")]),
        # a subject of its own after "but": its status, not the first clause's
        ("The driver was freed by firefighters but his passenger died", [("status:alive", "ended", "passenger")]),
    ],
)
def test_a_status_after_but(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert poles(text) == expected


COLLAPSE = "A tunnel roof collapsed at the Cerro Alto copper mine on Tuesday. "


def test_one_person_dead_and_in_stable_condition_conflicts() -> None:
    assert flagged(
        "outcome",
        COLLAPSE,
        "Hernan Tapia, a 52-year-old winch operator, was dragged from the rubble but died before reaching hospital.",
        "Hernan Tapia, 52, a winch operator, was in stable condition on Tuesday night, his brother said.",
        "2026-03-10",
    )


REFINERY = "A fire broke out at the Marisco oil refinery in San Telmo early on Tuesday, June 9, 2026. "


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # one day, contained against still out of control
        ("The operator said the fire has been contained.", "The fire is still burning out of control, firefighters said.", True),
        ("The leak was isolated at 03:40, the operator said.", "Ammonia is still leaking from the damaged line, witnesses said.", True),
        ("The front that reached the refinery's tank farm has been contained.", "The fire continued to spread into the tank farm.", True),
        # both say it was contained
        ("The operator said the fire has been contained.", "Firefighters said the fire was brought under control.", False),
    ],
)
def test_contained_or_isolated_against_still_going(first: str, second: str, expected: bool) -> None:
    assert bool(flagged("outcome", REFINERY, first, second, "2026-06-09")) is expected
