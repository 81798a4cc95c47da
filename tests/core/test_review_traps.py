"""Statements a fact-checker would not call contradictory, found by a review of the rules for
equipment, whole groups said to be safe, times of day, built years, departures, ages, fire
causes, landings, talks, blame, checks, documents, floors, serious injuries and plans, then of
perpetrators, weights and volumes, colleagues and whole groups. Each
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


# each pair with whether it is a conflict of that kind: the traps a review found, and the real
# conflicts next to them that the mends must keep
RANSOM = "A ransomware attack hit the Brenmoor health authority last week. "
BOMB = "A car bomb exploded outside the Varn ministry in Kessel on Sunday. "
BASEMENT = "Floodwater filled the basement of the Orrin Street library in Calder on Tuesday. "
TANKER = "A tanker ran aground off Tellin Point on Tuesday. "
KELM = "Firefighters were called to the Kelm industrial estate in Tolbury on Monday. "
VAN = "Two inmates escaped from Halvern prison near Tessin on Sunday night with the help of two men in a van. "

CASES = [
    # the fourth review: perpetrators, weights and volumes, colleagues, whole groups
    (False, "entity", BOMB, "Separatists claimed responsibility for the attack.", "The Red Dawn Front claimed responsibility for the attack."),
    (False, "entity", BOMB, "Terrorists carried out the attack, the minister said.", "The Red Dawn Front carried out the attack, the minister said."),
    (False, "entity", RANSOM, "Extortionists listed the authority on their leak site.", "Nullfire listed the authority on its leak site."),
    (False, "entity", RANSOM, "On Tuesday, a group calling itself Black Wren claimed responsibility for the attack.", "Black Wren claimed responsibility for the attack."),
    (False, "entity", RANSOM, "A Russian-speaking group listed the authority on its leak site on Tuesday.", "Nullfire listed the authority on its leak site on Tuesday."),
    (False, "entity", RANSOM, "A Kremlin-linked group carried out the attack, analysts said.", "The Ashfall gang carried out the attack, analysts said."),
    (False, "unit", BASEMENT, "Pumps removed 40 tonnes of water from the basement.", "Pumps removed 40 cubic metres of water from the basement."),
    (False, "unit", TANKER, "Salvage crews removed 120 tonnes of fuel oil from the tanker.", "Salvage crews removed 120 barrels of lubricant from the tanker."),
    (False, "numeric", KELM, "Twelve people were injured in the blaze.", "Firefighters said three of their colleagues were injured in the blaze."),
    (False, "outcome", VAN, "Police said on Wednesday that both men had been recaptured.", "The two men who drove the van remain at large, police said on Wednesday."),
    (True, "outcome", VAN, "A guard who helped both men escape was arrested on Wednesday.", "The guard who helped them escape is still at large, police said on Wednesday."),
    # "failed to" holds its own negation
    (False, "outcome", CARE_HOME, "The sprinklers failed to activate.", "The sprinklers malfunctioned."),
    (False, "outcome", CARE_HOME, "The fire alarm failed to sound.", "The fire alarm did not sound."),
    (False, "outcome", LORRY, "The lorry failed its last safety inspection.", "The operator failed to arrange an inspection."),
    # part of a group, or a group not said to be safe
    (False, "negation", BUS, "All but two of the passengers survived.", "Two passengers died at the scene."),
    (False, "negation", BUS, "Almost all of the passengers survived.", "Two passengers died at the scene."),
    (False, "negation", BUS, "All the other passengers survived.", "Two passengers died at the scene."),
    (False, "negation", BUS, "It was unclear whether all 40 passengers survived.", "Two passengers died at the scene."),
    (False, "negation", BUS, "Relatives were praying that all the passengers survived.", "Two passengers died at the scene."),
    (False, "negation", FLATS, "All residents have been accounted for.", "Two firefighters are missing."),
    (False, "negation", PLANE_HOUSE, "No one aboard was hurt.", "Two people in the house were injured."),
    (False, "negation", PLANE_HOUSE, "Everyone on board survived.", "A man in the house was killed."),
    # a later moment of the event, another event, or a time read in part
    (False, "date", WAREHOUSE, "The fire broke out at 2 a.m.", "Smoke from the fire was visible at 9 a.m."),
    (False, "date", WAREHOUSE, "The fire broke out at 2 a.m.", "A second fire broke out at 4 a.m. in Harwick."),
    (False, "date", WAREHOUSE, "The fire broke out at 2.10am.", "The fire broke out at 2:10 a.m."),
    # what was built is the verb's subject
    (False, "date", TUNNEL, "The tunnel was built in 1967.", "Repairs to the tunnel were completed in 2019."),
    # the person who resigned is the subject; a wish to resign is no resignation
    (False, "outcome", WATER, "Maria Kell's deputy resigned on Thursday.", "Maria Kell was sacked on Thursday."),
    (False, "outcome", WATER, "After talks with Maria Kell, the finance director resigned.", "Maria Kell was sacked on Thursday."),
    (False, "outcome", WATER, "Maria Kell refused to resign.", "Maria Kell was sacked by the board."),
    # an age of someone else
    (False, "numeric", STABBING, "On Sunday, detectives arrested a 45-year-old man.", "On Sunday, a 23-year-old woman was discharged."),
    (False, "numeric", COUPLE, "Mr Berg, 45, died at the scene.", "Mrs Berg, 43, died in hospital."),
    (False, "numeric", COUPLE, "Tom Berg, 45, was driving.", "His wife, Anna Berg, 43, was a passenger."),
    # a fire's cause, not words about accidents or arson in general
    (False, "outcome", WAREHOUSE, "Police said the fire was started deliberately.", "A firefighter was accidentally injured."),
    (False, "outcome", WAREHOUSE, "Police said the fire was started deliberately.", "A man was arrested on suspicion of arson."),
    # another check, document, holder, plane or topic; talks and a deal days apart
    (False, "outcome", LORRY, "The driver passed a breath test at the scene.", "The driver later failed a drugs test."),
    (False, "outcome", LORRY, "The driver had a valid licence.", "The firm was operating without an operator licence."),
    (False, "outcome", SPILL, "Tolbury Oil accepted responsibility for the spill.",
     "The pipeline contractor, Harwick Engineering, rejected any responsibility."),
    (False, "outcome", LANDING, "The plane landed safely.", "A second plane crash-landed in Harwick."),
    (False, "outcome", TALKS, "The two sides reached a deal on pay.", "Talks on pensions broke down."),
    (False, "outcome", TALKS, "Talks collapsed on Thursday.", "A deal was reached on Friday."),
    # where something began, not every floor a story names
    (False, "entity", TOWER, "The fire started on the fourth floor.", "Residents on the seventh floor were evacuated."),
    # injuries that are not serious
    (False, "negation", LORRY, "No one was seriously injured.", "Two people were taken to hospital with non-life-threatening injuries."),
    # a limit on a plan, not its denial
    (False, "negation", BRIDGE, "The bridge will not reopen until repairs are finished.", "The bridge will reopen on Monday."),
    (False, "negation", BRIDGE, "The bridge will not reopen to lorries.", "The bridge will reopen to cars on Monday."),
    # closed since the event is its consequence; trying to control a fire is not controlling it
    (False, "outcome", MINE, "The mine was operating at the time of the blast.", "The mine has been closed since the blast."),
    (False, "outcome", WILDFIRE, "Crews were trying to bring the blaze under control.", "The blaze is still spreading."),
    # two spans, and a bare dollar a local paper may mean as its own
    (False, "unit", "Police ended a siege in Tolbury on Thursday. ", "The siege lasted 30 hours.", "The final shootout lasted 30 seconds."),
    (False, "unit", "Hackers hit Tolbury council on Thursday. ", "The hackers demanded $5 million.", "The hackers demanded A$5 million."),
    # from a second review: a negation inside a pole's words turns it; "not sacked" is no resignation
    (False, "outcome", WAREHOUSE, "Police said the fire was not accidental.", "The fire was started deliberately."),
    (False, "outcome", WATER, "Maria Kell was not sacked.", "Maria Kell resigned on Thursday."),
    (False, "outcome", LORRY, "The lorry driver passed a breath test.", "The van driver failed a breath test."),
    (False, "outcome", TALKS, "Talks on a new pensions scheme broke down.", "The two sides reached a deal on a pay rise."),
    (False, "outcome", "Police made arrests in Tolbury on Thursday. ", "A 45-year-old man was charged with murder.",
     "A 19-year-old man was released without charge."),
    (False, "outcome", WAREHOUSE, "Police said the fire was started deliberately.", "A fire at a nearby shop last month was accidental."),
    (False, "outcome", WAREHOUSE, "There was no evidence the fire was started deliberately.", "The fire was accidental."),
    (False, "numeric", "Police made arrests in Tolbury on Thursday. ",
     "Detective Inspector Jane Cole said a 34-year-old woman was arrested.",
     "Detective Inspector Jane Cole said a 52-year-old man was arrested."),
    (False, "numeric", "Two drivers died in a crash near Tolbury on Thursday. ", "The 45-year-old driver died at the scene.",
     "The 19-year-old driver of the other car died in hospital."),
    (False, "numeric", "A storm hit Tolbury on Thursday. ", "The storm caused £1.5 million of damage.",
     "The council announced a £15 million recovery fund."),
    (False, "unit", "A storm hit Tolbury on Thursday. ", "The storm caused £1 million of damage.", "The EU pledged €1 million in aid."),
    (False, "entity", TOWER, "The fire started on the fourth floor.",
     "The fire started in a kitchen, and residents on the seventh floor were trapped."),
    (False, "date", WAREHOUSE, "The fire broke out at 2 a.m.", "A fire broke out at a nearby shop at 5 a.m."),
    (False, "date", "A bridge collapsed in Tolbury on Thursday. ", "The bridge was built in 1967.",
     "The current bridge was built in 1967, replacing a wooden bridge that had been built in 1890."),
    (False, "date", "A bridge collapsed in Tolbury on Thursday. ", "The bridge was built in 1967.", "The original bridge was built in 1890."),
    (False, "negation", LORRY, "No one was seriously injured.",
     "Two people were treated in hospital and are not in a critical condition."),
    (False, "negation", LORRY, "No one suffered life-threatening injuries.", "A man suffered serious injuries."),
    # from a third review: people counted by what befell them are people, and may be some of them
    (False, "numeric", "Floods hit Tolbury on Thursday. ", "About 2,000 people were evacuated.", "About 300 homes were evacuated."),
    (False, "numeric", "A fire hit a Tolbury school on Thursday. ", "Rescuers saved 40 people.",
     "Twelve children were rescued from a school."),
    (False, "numeric", "A bus and a coach collided near Tolbury on Thursday. ", "There were 31 people on the bus.",
     "The coach was carrying 52 passengers."),
    (False, "numeric", "A ferry sank off Tolbury on Thursday. ", "The lifeboat had 6 people on board.",
     "The ferry was carrying 52 passengers."),
    (False, "numeric", WAREHOUSE, "The fire killed four people.", "Officials said the blaze put 300 lives at risk."),
    (False, "numeric", MINE, "About 300 miners were still underground when the blast hit.", "Twelve miners were trapped."),
    # other senses of "failed", "burst" and "went down"; another defendant's verdict
    (False, "date", "A dam collapsed near Tolbury on Thursday. ", "The dam failed a safety inspection on Monday.",
     "The dam collapsed on Thursday."),
    (False, "date", "A dam collapsed near Tolbury on Thursday. ", "A reservoir pipe burst on Monday.", "The dam collapsed on Thursday."),
    (False, "date", "A ferry sank off Tolbury on Thursday. ", "Ferry fares went down on Monday.", "The ferry sank on Thursday."),
    (False, "date", "A jury found Dixon guilty of murder. ", "A second man was found guilty on Monday.",
     "A jury found Dixon guilty on Thursday."),
    (True, "outcome", WAREHOUSE, "Police said the fire was not accidental.", "The fire was accidental."),
    (True, "outcome", "Police arrested a man in Tolbury on Thursday. ", "Tom Berg was not charged with murder.",
     "Tom Berg was charged with murder."),
    (True, "outcome", SPILL, "Tolbury Oil has since accepted responsibility.", "Tolbury Oil denied responsibility."),
    (True, "outcome", LORRY, "The driver had a valid driving licence.", "The driver had been driving without a licence."),
    (True, "outcome", LANDING, "Flight TB401 landed safely.", "The plane crash-landed."),
    (True, "outcome", WATER, "Maria Kell, the chief executive, resigned on Thursday.", "Maria Kell was sacked on Thursday."),
    (True, "outcome", "Tolbury elected a mayor on Thursday. ", "Anna Berg narrowly won the election.", "Anna Berg lost the election."),
    (True, "outcome", TALKS, "Talks on the pay deal broke down on Thursday.", "The two sides reached a deal on Thursday."),
    (True, "outcome", WAREHOUSE, "Police are treating the fire as arson.", "The fire was accidental."),
    (True, "outcome", WAREHOUSE, "Fire investigators ruled the fire accidental.", "Police said the fire was started deliberately."),
    (True, "numeric", "A pensioner died in a fire in Tolbury on Thursday. ", "Pensioner Tom Berg, 81, died in the fire.",
     "Tom Berg, 78, died in the fire."),
    (True, "date", WAREHOUSE, "The fire broke out at 2 a.m.", "The blaze broke out at 5 a.m. and is now under control."),
    (True, "date", "An earthquake hit Tolbury on Thursday. ", "The earthquake struck at 2:15 a.m.", "The quake struck at 4:40 a.m."),
    (True, "negation", LORRY, "No one was seriously injured.", "A man suffered serious head injuries."),
    (True, "numeric", "A riot broke out in Tolbury on Thursday. ", "Police arrested 23 people.",
     "Officers detained more than 60 rioters."),
    (True, "date", "A dam collapsed near Tolbury on Thursday. ", "The dam burst on Monday.", "The dam collapsed on Thursday."),
]


@pytest.mark.parametrize(("expected", "kind", "lede", "first", "second"), CASES)
def test_review_case(expected: bool, kind: str, lede: str, first: str, second: str) -> None:
    assert bool(flagged(kind, lede, first, second, DAY)) is expected
