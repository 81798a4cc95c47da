"""Opposed states read off a clause (claims.states): which pole, what it is about, and the
phrases that only wish for, fear or prevent a state."""

from __future__ import annotations

import pytest
from core_support import flagged

from claims.modality import negation
from claims.states import state_frames


def poles(text: str) -> list[tuple[str, str, str | None, str]]:
    return [(f.kind, f.value, f.target, f.scope) for f in state_frames(text, negation(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A jury convicted him on three counts", [("verdict", "guilty", None, "some")]),
        ("The jury found her guilty of fraud", [("verdict", "guilty", None, "some")]),
        ("He pleaded guilty to two charges", [("verdict", "guilty", None, "some")]),
        ("The jury found him not guilty", [("verdict", "not guilty", None, "some")]),
        ("She was acquitted of all charges", [("verdict", "not guilty", None, "all")]),
        ("The court cleared him of the charges", [("verdict", "not guilty", None, "some")]),
        ("He was not convicted", [("verdict", "not guilty", None, "some")]),
        ("A jury convicted him on all 14 counts in August", [("verdict", "guilty", None, "all")]),
        ("Flames spread to an adjacent warehouse", [("spread", "spread", None, "some")]),
        ("Flames spread from the mixing hall to an adjacent warehouse", [("spread", "spread", None, "some")]),
        ("The fire was confined to a single unit", [("spread", "confined", None, "some")]),
        ("The fire did not spread to the other buildings", [("spread", "confined", None, "some")]),
        ("The union called off Friday's strike", [("held", "cancelled", "strike", "some")]),
        ("calling off the second day of a planned 48-hour strike", [("held", "cancelled", "strike", "some")]),
        (
            "Tuesday's strike went ahead after talks failed",
            [("talks", "failed talks", None, "some"), ("held", "held", "strike", "some")],
        ),
        ("The final was postponed because of rain", [("held", "cancelled", "final", "some")]),
        ("The vote took place as planned", [("held", "held", "vote", "some")]),
        ("The attack was repelled after a two-hour battle", [("defence", "repelled", None, "some")]),
        (
            "The attackers overran the post and set fire to the barracks",
            [("defence", "overrun", None, "some")],
        ),
        # a place that serves the public, open or closed, by the first place named
        ("The ferry terminal at Kell Harbour remained open overnight", [("open", "open", "terminal", "some")]),
        ("Tarrow's A&E was forced to close to new patients", [("open", "closed", "emergency", "some")]),
        (
            "The emergency department at Wexby General Hospital has been closed since Monday",
            [("open", "closed", "emergency", "some")],
        ),
        ("The clinics never closed their doors", [("open", "open", "clinic", "some")]),
        ("The airport was shut for about six hours", [("open", "closed", "airport", "some")]),
        ("The mine was operating at the time of the collapse", [("open", "open", "mine", "some")]),
        # a contest won or lost by one named side; a charge brought or not; a civil verdict
        ("Anna Berg won the election", [("contest", "won", "berg", "some")]),
        ("Tolbury United lost 3-1", [("contest", "lost", "united", "some")]),
        ("The suspect was charged with armed robbery", [("charge", "charged", "suspect", "some")]),
        ("The suspect was released without charge", [("charge", "uncharged", "suspect", "some")]),
        ("The judge ordered Dixon to pay $2 million in damages", [("verdict", "guilty", None, "some")]),
        ("The judge dismissed the case against Dixon", [("verdict", "not guilty", None, "some")]),
        # equipment that did its job or failed, by the device named before
        ("The flood barriers had worked as planned", [("function", "worked", "barrier", "some")]),
        ("A council spokesperson admitted the barriers had failed", [("function", "failed", "barrier", "some")]),
        ("The fire alarm sounded at 2am", [("function", "worked", "alarm", "some")]),
        ("The sprinklers did not work", [("function", "failed", "sprinkler", "some")]),
        ("The brakes did not fail", [("function", "worked", "brake", "some")]),
        # (the device placed before its verb: "in the guest wing", "at the plant")
        ("The fire alarms in the guest wing had not sounded", [("function", "failed", "alarm", "some")]),
        ("The sirens at the plant failed", [("function", "failed", "alarm", "some")]),
        # how a fire was started, how someone left, how a flight ended, how talks ended
        ("Investigators said the fire was started deliberately", [("intent", "deliberate", None, "some")]),
        ("The cause of the fire was an electrical fault", [("intent", "accidental", None, "some")]),
        ("Chief executive Maria Kell resigned on Thursday", [("departure", "resigned", "kell", "some")]),
        ("Maria Kell was fired by the board", [("departure", "removed", "kell", "some")]),
        ("The plane landed safely", [("landing", "safe", "aircraft|", "some")]),
        ("The plane crash-landed and caught fire", [("landing", "crashed", "aircraft|", "some")]),
        ("The union reached a deal with management", [("talks", "agreed", None, "some")]),
        ("No agreement was reached", [("talks", "failed talks", None, "some")]),
        ("Talks between the union and management collapsed", [("talks", "failed talks", None, "some")]),
        ("The shipping company accepted responsibility for the spill", [("blame", "accepted", "shipping company|", "some")]),
        ("The firm denied any liability", [("blame", "rejected", "firm|", "some")]),
        # a check passed or failed; a document valid or not (its own "without" turns nothing)
        ("The firm said it had passed its last safety inspection", [("check", "passed", "|safety inspection", "some")]),
        ("Records show the firm failed its last safety inspection", [("check", "failed check", "firm|safety inspection", "some")]),
        ("The driver had a valid licence", [("papers", "valid", "driver|licence", "some")]),
        ("The driver was driving without a licence", [("papers", "invalid", "driver|licence", "some")]),
        ("The driver did not have a valid licence", [("papers", "invalid", "driver|licence", "some")]),
        ("The bus had an inspection certificate that expired in January", [("papers", "invalid", "|inspection certificate", "some")]),
    ],
)
def test_poles(text: str, expected: list[tuple[str, str, str | None, str]]) -> None:
    assert poles(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He pleaded not guilty to all charges",  # a plea is not a verdict
        "Crews cooled the neighbouring tanks to stop it spreading to the rest of the depot",
        "Firefighters worked to prevent the blaze from spreading into the forest",
        "The fire could spread to the nearby homes",
        "The blaze was confined to the tank where it started and one next to it",  # two tanks
        "The company reported record profits",
        "The plane overran the runway on landing",  # a runway overrun is no lost position
        "The crush began about 20 minutes before the match was played",  # a point in time, not that it was
        "The gates closed an hour before the final went ahead",
        "Several roads were closed by the flooding",  # no one place the story is about
        "The school reopened on Monday",  # a change, not a state
        "The lift broke down on Friday",  # no equipment the story names as such
        "The company failed to warn residents",
        "A car bomb went off near the market",  # a bomb going off is no device doing its job
        "Dozens of staff quit in protest",  # no one person
        "Anna Berg won an award",  # no contest
    ],
)
def test_no_pole(text: str) -> None:
    assert poles(text) == []


def test_a_split_verdict_has_both_poles() -> None:
    found = poles("The jury acquitted him on two counts and convicted him on the remaining 12")
    assert {v for _, v, _, _ in found} == {"guilty", "not guilty"}


def test_a_strike_in_an_article_about_industrial_action_is_a_walkout() -> None:
    from core_support import article

    from claims.analysis import extract_all

    def kinds(body: str) -> set[str | None]:
        return {c.event_kind for c in extract_all([article(body)])["a1"] if "strike" in c.text}

    assert kinds("Nurses at Kell Hospital, members of the nurses' union, began a strike on Monday.") == {
        "walkout"
    }
    assert kinds("A drone strike on Monday hit the Kell Hospital car park.") == {"attack"}


def test_open_and_closed_of_one_place_are_an_outcome_conflict_and_agreeing_forms_agree() -> None:
    from core_support import Spec, review_worthy, run

    outage = "A power cut hit the Kell Harbour ferry terminal on Sunday. "
    closed = Spec(outage + "The terminal was forced to close for about four hours.\n", "Harbour Post", "2025-02-03")
    still_open = Spec(
        outage + "The terminal remained open, and anyone travelling should check sailing times online.\n",
        "Kell Courier",
        "2025-02-03",
    )
    never_closed = Spec(outage + "The terminal never closed its doors.\n", "Coastal Wire", "2025-02-03")
    assert [c.kind for c in review_worthy(run(closed, still_open))] == ["outcome"]
    assert review_worthy(run(still_open, never_closed)) == []


def test_equipment_that_worked_against_equipment_that_failed() -> None:
    lede = "Flooding hit the centre of Tolbury on Thursday. "
    first = "The council said the flood barriers had worked as planned."
    second = "A council spokesperson admitted the barriers had failed."
    found = flagged("outcome", lede, first, second, "2025-03-14")
    assert found and "not working" in found[0].explanation
    assert not flagged("outcome", lede, first, "Talks on new flood defences broke down.", "2025-03-14")


@pytest.mark.parametrize(
    ("lede", "first", "second"),
    [
        ("A factory fire broke out in Tolbury on Thursday. ", "The cause of the fire was an electrical fault.",
         "Investigators said the fire was started deliberately."),
        ("The head of Volta Motors left the company on Thursday. ", "Chief executive Maria Kell resigned on Thursday.",
         "Chief executive Maria Kell was fired by the board on Thursday."),
        ("A plane landed at Cork airport on Thursday after an engine failure. ", "The plane landed safely.",
         "The plane crash-landed and caught fire."),
        ("Rail workers and management met in Tolbury on Thursday. ", "Talks between the union and management collapsed.",
         "The union reached a deal with management."),
        ("An oil spill fouled the coast at Tolbury on Thursday. ", "The shipping company accepted responsibility for "
         "the spill.", "The shipping company rejected any responsibility for the spill."),
        ("A factory explosion killed two workers in Tolbury on Thursday. ", "The firm said it had passed its last "
         "safety inspection.", "Records show the firm failed its last safety inspection."),
        ("A bus crashed near Tolbury on Thursday. ", "The driver had a valid licence.",
         "The driver was driving without a licence."),
        ("A mine collapsed near Tolbury on Thursday. ", "The mine had been closed since 2019.",
         "The mine was operating at the time of the collapse."),
        ("Tolbury elected a mayor on Thursday. ", "Anna Berg won the election.", "Anna Berg lost the election to Tom Reed."),
        ("Police in Tolbury arrested a man on Thursday. ", "The suspect was charged with armed robbery.",
         "The suspect was released without charge."),
        ("A court in Tolbury ruled on Thursday. ", "The judge ordered Dixon to pay $2 million in damages.",
         "The judge dismissed the case against Dixon."),
    ],
)
def test_opposite_endings_are_an_outcome_conflict(lede: str, first: str, second: str) -> None:
    assert flagged("outcome", lede, first, second, "2025-03-14")


def test_a_gunman_shot_dead_was_not_arrested_unharmed() -> None:
    lede = "A gunman took hostages at a bank in Tolbury on Thursday. "
    first, second = "Police shot the gunman dead.", "The gunman was arrested unharmed."
    assert flagged("outcome", lede, first, second, "2025-03-14")


def test_one_side_winning_and_the_other_losing_agree() -> None:
    lede = "Tolbury elected a mayor on Thursday. "
    assert not flagged("outcome", lede, "Anna Berg won the election.", "Tom Reed lost the election.", "2025-03-14")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a device named before a participle phrase, or by its system
        ("The signal protecting the stationary train had malfunctioned shortly before the collision",
         [("function", "failed", "signal", "some")]),
        ("The signalling system was functioning normally at the time of the incident",
         [("function", "worked", "signal", "some")]),
        ("The alarm was working properly", [("function", "worked", "alarm", "some")]),
        # (a person's work is no device's)
        ("The driver was working normally that day", []),
    ],
)
def test_devices_that_worked_or_failed(text: str, expected: list[tuple[str, str, str | None, str]]) -> None:
    assert poles(text) == expected


def test_a_signal_working_normally_against_one_that_failed() -> None:
    assert flagged(
        "outcome",
        "A commuter train ran into the back of a stationary train near Rawa Kemuning station on Monday. ",
        "The operator said the signalling system was functioning normally at the time of the incident.",
        "Investigators said the signal protecting the stationary train had malfunctioned before the collision.",
        "2026-03-09",
    )
