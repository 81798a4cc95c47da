"""Statements a fact-checker would not call contradictory, found by a review of the rules for
equipment, whole groups said to be safe, times of day, built years, departures, ages, fire
causes, landings, talks, blame, checks, documents, floors, serious injuries and plans. Each
pair must raise no conflict of the kind named; the rules' real conflicts are tested beside
them (test_states, test_all_safe, test_clock, test_built, test_ages, test_denials)."""

from __future__ import annotations

import pytest
from core_support import flagged

DAY = "2025-03-14"
CARE_HOME = "A fire broke out at a care home in Tolbury on Thursday. "
BUS = "A bus carrying 40 passengers overturned near Tolbury on Thursday. "
FLATS = "A fire broke out at a block of flats in Tolbury on Thursday. "
PLANE_HOUSE = "A light aircraft crashed into a house near Tolbury on Thursday. "
WAREHOUSE = "A fire broke out at a warehouse in Tolbury on Thursday. "
TUNNEL = "A lorry crashed in the Tolbury tunnel on Thursday. "
WATER = "Tolbury Water faced a shake-up after a spill on Thursday. "
STABBING = "Two people were hurt in a stabbing in Tolbury on Saturday night. "
COUPLE = "A couple died when their car left the road near Tolbury on Saturday. "
LORRY = "A lorry crashed into a bus stop in Tolbury on Thursday. "
SPILL = "Oil spilled into the river at Tolbury on Thursday. "
LANDING = "A plane with 80 passengers made an emergency landing at Tolbury airport on Thursday. "
TALKS = "Unions and employers met in Tolbury on Thursday. "
TOWER = "A fire broke out at a tower block in Tolbury on Thursday. "
BRIDGE = "A lorry damaged the Tolbury bridge on Thursday. "
MINE = "An explosion hit a mine near Tolbury on Thursday. "
WILDFIRE = "A wildfire broke out in hills near Tolbury on Thursday. "


@pytest.mark.parametrize(
    ("kind", "lede", "first", "second"),
    [
        # "failed to" holds its own negation
        ("outcome", CARE_HOME, "The sprinklers failed to activate.", "The sprinklers malfunctioned."),
        ("outcome", CARE_HOME, "The fire alarm failed to sound.", "The fire alarm did not sound."),
        ("outcome", LORRY, "The lorry failed its last safety inspection.", "The operator failed to arrange an inspection."),
        # part of a group, or a group not said to be safe
        ("negation", BUS, "All but two of the passengers survived.", "Two passengers died at the scene."),
        ("negation", BUS, "Almost all of the passengers survived.", "Two passengers died at the scene."),
        ("negation", BUS, "All the other passengers survived.", "Two passengers died at the scene."),
        ("negation", BUS, "It was unclear whether all 40 passengers survived.", "Two passengers died at the scene."),
        ("negation", BUS, "Relatives were praying that all the passengers survived.", "Two passengers died at the scene."),
        ("negation", FLATS, "All residents have been accounted for.", "Two firefighters are missing."),
        ("negation", PLANE_HOUSE, "No one aboard was hurt.", "Two people in the house were injured."),
        ("negation", PLANE_HOUSE, "Everyone on board survived.", "A man in the house was killed."),
        # a later moment of the event, another event, or a time read in part
        ("date", WAREHOUSE, "The fire broke out at 2 a.m.", "Smoke from the fire was visible at 9 a.m."),
        ("date", WAREHOUSE, "The fire broke out at 2 a.m.", "A second fire broke out at 4 a.m. in Harwick."),
        ("date", WAREHOUSE, "The fire broke out at 2.10am.", "The fire broke out at 2:10 a.m."),
        # what was built is the verb's subject
        ("date", TUNNEL, "The tunnel was built in 1967.", "Repairs to the tunnel were completed in 2019."),
        # the person who resigned is the subject; a wish to resign is no resignation
        ("outcome", WATER, "Maria Kell's deputy resigned on Thursday.", "Maria Kell was sacked on Thursday."),
        ("outcome", WATER, "After talks with Maria Kell, the finance director resigned.", "Maria Kell was sacked on Thursday."),
        ("outcome", WATER, "Maria Kell refused to resign.", "Maria Kell was sacked by the board."),
        # an age of someone else
        ("numeric", STABBING, "On Sunday, detectives arrested a 45-year-old man.", "On Sunday, a 23-year-old woman was discharged."),
        ("numeric", COUPLE, "Mr Berg, 45, died at the scene.", "Mrs Berg, 43, died in hospital."),
        ("numeric", COUPLE, "Tom Berg, 45, was driving.", "His wife, Anna Berg, 43, was a passenger."),
        # a fire's cause, not words about accidents or arson in general
        ("outcome", WAREHOUSE, "Police said the fire was started deliberately.", "A firefighter was accidentally injured."),
        ("outcome", WAREHOUSE, "Police said the fire was started deliberately.", "A man was arrested on suspicion of arson."),
        # another check, document, holder, plane or topic; talks and a deal days apart
        ("outcome", LORRY, "The driver passed a breath test at the scene.", "The driver later failed a drugs test."),
        ("outcome", LORRY, "The driver had a valid licence.", "The firm was operating without an operator licence."),
        ("outcome", SPILL, "Tolbury Oil accepted responsibility for the spill.",
         "The pipeline contractor, Harwick Engineering, rejected any responsibility."),
        ("outcome", LANDING, "The plane landed safely.", "A second plane crash-landed in Harwick."),
        ("outcome", TALKS, "The two sides reached a deal on pay.", "Talks on pensions broke down."),
        ("outcome", TALKS, "Talks collapsed on Thursday.", "A deal was reached on Friday."),
        # where something began, not every floor a story names
        ("entity", TOWER, "The fire started on the fourth floor.", "Residents on the seventh floor were evacuated."),
        # injuries that are not serious
        ("negation", LORRY, "No one was seriously injured.", "Two people were taken to hospital with non-life-threatening injuries."),
        # a limit on a plan, not its denial
        ("negation", BRIDGE, "The bridge will not reopen until repairs are finished.", "The bridge will reopen on Monday."),
        ("negation", BRIDGE, "The bridge will not reopen to lorries.", "The bridge will reopen to cars on Monday."),
        # closed since the event is its consequence; trying to control a fire is not controlling it
        ("outcome", MINE, "The mine was operating at the time of the blast.", "The mine has been closed since the blast."),
        ("outcome", WILDFIRE, "Crews were trying to bring the blaze under control.", "The blaze is still spreading."),
        # two spans, and a bare dollar a local paper may mean as its own
        ("unit", "Police ended a siege in Tolbury on Thursday. ", "The siege lasted 30 hours.", "The final shootout lasted 30 seconds."),
        ("unit", "Hackers hit Tolbury council on Thursday. ", "The hackers demanded $5 million.", "The hackers demanded A$5 million."),
    ],
)
def test_no_conflict(kind: str, lede: str, first: str, second: str) -> None:
    assert not flagged(kind, lede, first, second, DAY)
