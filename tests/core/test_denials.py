"""What a denial covers: a negation ends where a predicate of its own begins, and a denial of
harm is compared only with harm. Sentences of our own."""

from __future__ import annotations

import pytest
from core_support import Spec, claims_of, flagged, review_worthy, run

from claims.modality import negation
from claims.model import Analysis

DAY = "2025-05-12"
SIEGE = "A gunman held staff at a Dunmore bank branch for six hours on Sunday. "


def pair(first: str, second: str) -> Analysis:
    return run(Spec(SIEGE + first + "\n", "Valley Echo", DAY), Spec(SIEGE + second + "\n", "Coast Daily", DAY))


def negation_flags(result: Analysis) -> list[str]:
    return [x.explanation for x in review_worthy(result) if x.kind == "negation"]


@pytest.mark.parametrize(
    ("text", "denied", "not_denied"),
    [
        ("She did not release his name and said charges would be filed Monday", {"release", "name"}, {"charge", "Monday"}),
        ("The bank has not reopened and will stay shut until Friday", {"reopen"}, {"Friday"}),
        # verbs under one auxiliary are denied together
        ("Engineers did not open the gates and release the water", {"open", "release", "water"}, set()),
    ],
)
def test_a_predicate_of_its_own_ends_the_denial(text: str, denied: set[str], not_denied: set[str]) -> None:
    terms = set(negation(text).predicate_terms)
    assert denied <= terms
    assert not (not_denied & terms)


@pytest.mark.parametrize(
    ("other", "review"),
    [
        ("The detective was released on Monday morning.", False),
        ("A detective released the gunman's name to reporters.", True),
    ],
)
def test_the_saying_after_a_denial_is_not_denied(other: str, review: bool) -> None:
    result = pair("The detective did not release the gunman's name and said charges would be filed Monday.", other)
    assert bool(negation_flags(result)) is review


@pytest.mark.parametrize(
    ("other", "review"),
    [
        # what else befell the people spared is no harm
        ("All five people held inside were freed unharmed by police.", False),
        ("All five people held inside were freed by police.", False),
        ("Two of the people held inside were injured.", True),
    ],
)
def test_a_denial_of_harm_meets_only_harm(other: str, review: bool) -> None:
    result = pair("None of the people held inside was hurt.", other)
    assert bool(negation_flags(result)) is review


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        # a possibility left open is no denial, but a hedge
        ("The regulator would not rule out suspending the bank's licence", False),
        ("The regulator wouldn't rule out a fine", False),
        ("The regulator did not suspend the bank's licence", True),
        # ruling a thing out denies it
        ("Police ruled out speed as a factor in the crash", True),
    ],
)
def test_not_ruling_out_denies_nothing(text: str, denied: bool) -> None:
    assert bool(negation(text).predicate_cues) is denied



COACH = "A coach carrying 38 people left the road in the Tollan hills on Friday night. "


def test_a_place_named_under_a_denial_is_not_what_is_denied() -> None:
    # the coach "failed to negotiate" a bend: what is denied is the negotiating, not the pass
    result = run(
        Spec(COACH + "The coach failed to negotiate a sharp bend near the Tollan Pass.\n", "Hill Wire", DAY),
        Spec(COACH + "Witnesses said the coach went off the road near the Tollan Pass.\n", "Coast Daily", DAY),
    )
    assert negation_flags(result) == []


def test_where_a_denied_thing_went_is_what_is_denied() -> None:
    result = run(
        Spec(COACH + "None of the diesel made it into the Marrow Brook, the council said.\n", "Hill Wire", DAY),
        Spec(COACH + "Diesel from the coach flowed into the Marrow Brook on Saturday.\n", "Coast Daily", DAY),
    )
    assert negation_flags(result) != []


TRIAL = "Regulators paused a trial of the Lumora vaccine LMV-9 on Monday after a volunteer fell ill. "


@pytest.mark.parametrize(
    ("other", "review"),
    [
        # a thing named as one of two alternatives is affirmed of no one
        ("Volunteers receive either two doses of LMV-9 or a saline placebo.", False),
        ("Volunteers in the trial receive either LMV-9 or a placebo injection.", False),
        # said of the volunteer, it is what the denial denies
        ("The monitoring board found that the volunteer had received LMV-9.", True),
    ],
)
def test_one_of_two_alternatives_is_no_claim_that_it_happened(other: str, review: bool) -> None:
    result = run(
        Spec(TRIAL + "The volunteer was in the placebo arm and had not received LMV-9.\n", "Trial Desk", DAY),
        Spec(TRIAL + other + "\n", "Pharma Wire", DAY),
    )
    assert bool(negation_flags(result)) is review


LANDING = "A Fenwick Air jet made an emergency landing at Carrow airport on Sunday after smoke filled the cabin. "


@pytest.mark.parametrize(
    ("denial", "other", "review"),
    [
        # no hospital care denies no injuries treated on the spot
        ("None of the passengers required hospital treatment.", "Three passengers were treated for minor injuries at the scene.", False),
        ("No passengers were hospitalised.", "Three passengers were treated for minor injuries at the scene.", False),
        # it does deny injuries treated in hospital
        ("None of the passengers required hospital treatment.", "Three passengers were taken to hospital with minor injuries.", True),
        # a denial of any injury denies them all
        ("No one on board was injured.", "Three passengers were treated for minor injuries at the scene.", True),
    ],
)
def test_no_hospital_care_denies_only_injuries_put_in_hospital(denial: str, other: str, review: bool) -> None:
    result = run(Spec(LANDING + denial + "\n", "Fenwick Air", DAY), Spec(LANDING + other + "\n", "Carrow Post", DAY))
    assert bool(negation_flags(result)) is review


@pytest.mark.parametrize(
    ("other", "review"),
    [
        # a stabbing is an injury, and so is smoke inhalation treated at the scene
        ("A cashier was stabbed in the hand during the siege.", True),
        ("A cashier was treated at the scene for smoke inhalation.", True),
        ("A security guard was stabbed in the arm.", True),
        # treated for something else, or a stab that hurt no one
        ("The cashier was treated to lunch by colleagues the next day.", False),
    ],
)
def test_harm_told_by_what_was_done_to_the_body(other: str, review: bool) -> None:
    assert bool(negation_flags(pair("No one was injured.", other))) is review


@pytest.mark.parametrize(
    ("denial", "other", "review"),
    [
        # acts denied by their noun, told by their verb
        ("No arrests were made.", "Police detained two onlookers outside the branch.", True),
        ("No arrests were made.", "Police arrested two onlookers outside the branch.", True),
        # a relation denied is no act ("no link" / "linked to")
        ("Police found no link between the siege and a robbery in Tolbury.", "Staff were linked to the branch by phone.", False),
    ],
)
def test_acts_denied_by_their_noun(denial: str, other: str, review: bool) -> None:
    assert bool(negation_flags(pair(denial, other))) is review


@pytest.mark.parametrize(
    ("denial", "other", "review"),
    [
        # the members of a team named by its work are its workers
        ("No members of the rescue teams were injured.", "Two rescuers suffered minor injuries.", True),
        ("No members of the crew were hurt.", "Two crew members suffered minor injuries.", True),
        # members of the public are not the rescuers
        ("No members of the public were injured.", "Two rescuers suffered minor injuries.", False),
    ],
)
def test_members_of_a_group_are_the_group(denial: str, other: str, review: bool) -> None:
    assert bool(negation_flags(pair(denial, other))) is review


BLAST = "A fireworks warehouse exploded on the edge of Tolbury on Saturday night. "


@pytest.mark.parametrize(
    ("denial", "other", "kind"),
    [
        # neighbours taken to hospital were hurt
        ("Nobody was hurt.", "Two neighbours were taken to hospital.", "negation"),
        # treatment denied of a group some of whom were treated
        ("None of the residents needed treatment.", "Two residents were treated for smoke inhalation.", "negation"),
        # acts denied by a noun made from their verb
        ("The council said it had received no complaints about the site.", "Neighbours had complained to the council about the site twice.", "negation"),
        ("No evacuation was ordered.", "Police evacuated 40 homes near the warehouse.", "negation"),
        # a building is any of them
        ("No other buildings were damaged.", "Two neighbouring houses were badly damaged.", "outcome"),
    ],
)
def test_denials_in_other_words(denial: str, other: str, kind: str) -> None:
    assert flagged(kind, BLAST, denial, other, DAY)


GROUNDING = "A passenger ferry ran aground off Kestrel Point on Saturday night. "


@pytest.mark.parametrize(
    ("first", "second", "kind"),
    [
        # the same act denied of whom the other says it befell
        ("The captain was arrested.", "The captain has not been arrested.", "negation"),
        ("The fuel tanks were not breached.", "Diesel leaked from a breached fuel tank.", "negation"),
        # no damage, in one word
        ("The ship's hull was badly damaged.", "The hull was undamaged.", "outcome"),
        # aground until refloated; dead or alive
        ("The ferry was refloated on Sunday.", "The ferry remains stuck on the rocks.", "outcome"),
        ("The injured crew member died in hospital.", "The injured crew member is in stable condition.", "outcome"),
    ],
)
def test_opposites_in_plain_words(first: str, second: str, kind: str) -> None:
    assert flagged(kind, GROUNDING, first, second, DAY)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a denial of another act in a later clause ("could not open"), not of the detection
        (
            "The attack was detected on Sunday, when staff found they could not open patient charts.",
            "The hospitals have been on paper since the attack was detected early on Sunday.",
        ),
        # "undamaged" said of another thing than the one damaged
        ("A section of the span shifted and was damaged.", "Ships passed through the undamaged northern channel."),
    ],
)
def test_no_opposite_in_plain_words(first: str, second: str) -> None:
    assert not flagged("negation", GROUNDING, first, second, DAY) and not flagged("outcome", GROUNDING, first, second, DAY)


CLASHES = "Police clashed with protesters outside the parliament in Velmora on Thursday. "


@pytest.mark.parametrize(
    ("first", "second", "kind", "expected"),
    [
        # a crowd counted by those who took part or joined
        ("About 5,000 people took part in the protest.", "Some 20,000 people joined the protest, organisers said.", "numeric", True),
        # an act denied of anyone
        ("Nobody was arrested.", "Police detained 12 protesters.", "negation", True),
        ("Nobody wants to be arrested.", "Police detained 12 protesters.", "negation", False),
        # two organisers named for one protest
        ("The protest was organised by the Green Future party.", "The protest was organised by the National Students Union.", "entity", True),
    ],
)
def test_a_protest_told_two_ways(first: str, second: str, kind: str, expected: bool) -> None:
    assert bool(flagged(kind, CLASHES, first, second, DAY)) is expected


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # what follows the act denied of anyone must be the other's too
        ("Nobody was evacuated from the school.", "Police evacuated 40 homes on Harlow Street."),
        # an active verb, or "none" of a group named before, is no act denied of anyone
        ("Nobody has contacted the school.", "Parents contacted the council."),
        ("Three men were questioned. None were arrested.", "Police arrested a fourth man."),
        # people denied an act are not denied to exist, nor is a noun of their doing an act
        ("No protesters were arrested at the depot.", "Hundreds protested at the depot."),
        # what a denial is said of is the head of its subject, not its possessor
        ("The ship's owner has not been charged.", "The ship's captain was charged."),
    ],
)
def test_denials_of_other_things(first: str, second: str) -> None:
    assert not flagged("negation", CLASHES, first, second, DAY)


def test_a_plan_and_its_denial_but_not_a_plan_and_what_was_done() -> None:
    lede = "A lorry damaged the Tolbury bridge on Thursday. "
    first = "The bridge will reopen to traffic on Monday."
    found = flagged("negation", lede, first, "The bridge will not reopen to traffic on Monday.", "2025-03-14")
    assert found and "will not happen" in found[0].explanation
    assert not flagged("negation", lede, first, "The bridge did not reopen on Monday.", "2025-03-14")


def test_a_cause_ruled_out_against_the_same_cause_given() -> None:
    lede = "A train crashed near Tolbury on Thursday. "
    first, second = "Police said speed was a factor in the crash.", "Police ruled out speed as a factor in the crash."
    assert flagged("negation", lede, first, second, "2025-03-14")


def test_an_alert_is_a_warning() -> None:
    lede = "Floods swept through Tolbury on Thursday. "
    first, second = "A red alert had been issued on Monday.", "No warning was issued before the floods."
    assert flagged("negation", lede, first, second, "2025-03-14")


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # a denial of grave injuries meets injuries said to be grave, of the same people
        ("None of our employees suffered life-threatening injuries.", "One worker was in critical condition.", True),
        ("No one was seriously hurt.", "Two workers were seriously injured.", True),
        ("No one was seriously hurt.", "Two workers suffered minor injuries.", False),
        ("None of the children were seriously hurt.", "Four of the injured are in a critical condition.", False),
    ],
)
def test_no_serious_injuries_against_grave_ones(first: str, second: str, expected: bool) -> None:
    lede = "An explosion tore through the Tolbury plant on Thursday. "
    assert bool(flagged("negation", lede, first, second, "2025-03-14")) is expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The driver was killed, police said, adding that none of the dead had been formally identified.",
        "None of the injured is in a serious condition.",
        "We are not releasing the names of the deceased until their families have been told.",
    ],
)
def test_a_negation_about_the_harmed_denies_no_harm(sentence: str) -> None:
    """ "The dead", "the injured": people already harmed; what is denied of them is not their harm."""
    denied = [f for c in claims_of(sentence, "2026-03-11") for f in c.frames if f.kind == "harm" and f.count == 0]
    assert denied == []


@pytest.mark.parametrize(
    ("sentence", "group"),
    [("No children were among the dead.", "child"), ("None of the dead were children.", "child")],
)
def test_a_group_denied_among_the_harmed_is_still_denied(sentence: str, group: str) -> None:
    denied = [f for c in claims_of(sentence, "2026-03-11") for f in c.frames if f.kind == "harm" and f.count == 0]
    assert [f.target for f in denied] == [group]
