"""A body's own statement: what a utility's release says in its own voice is the utility's
position, so its denial meets the confirmation a newspaper credits to it."""

from __future__ import annotations

import pytest
from core_support import Spec, of_kind, run

WIRE = (
    "A fault at a substation north of Halifax cut power to about 400,000 customers on Thursday. "
    "Coastal Hydro confirmed that crews had been carrying out scheduled maintenance at the "
    "substation when the fault occurred.\n"
)
UPDATE_TITLE = "Coastal Hydro - Outage Update No. 4"


def update(body: str) -> Spec:
    return Spec(UPDATE_TITLE + "\n\n" + body + "\n", "", "2026-01-23")


def analysed(statement: str, outlet: str = "") -> list:  # type: ignore[type-arg]
    second = Spec(UPDATE_TITLE + "\n\n" + statement + "\n", outlet, "2026-01-23") if outlet else update(statement)
    return of_kind(run(Spec(WIRE, "Maritime Wire", "2026-01-23"), second), "attribution")


OWN = (
    "At 4:52 p.m. on Thursday a transformer failure at our Kestrel Lake substation cut power across "
    "the province. We are working to restore every customer by Saturday. "
)


def test_the_bodys_own_denial_meets_the_confirmation_credited_to_it() -> None:
    found = analysed(OWN + "No maintenance work was underway at the Kestrel Lake substation at the time of the fault.")
    assert len(found) == 1
    assert "Coastal Hydro confirming" in found[0].explanation
    assert "Coastal Hydro denying" in found[0].explanation


@pytest.mark.parametrize(
    "statement",
    [
        # the same words in a report that does not speak for itself: whose denial is not known
        "A transformer failure at the Kestrel Lake substation cut power across the province. "
        "No maintenance work was underway at the Kestrel Lake substation at the time of the fault.",
        # its own voice, but agreeing
        OWN + "Maintenance work was underway at the Kestrel Lake substation at the time of the fault.",
    ],
    ids=["not-its-own-voice", "agreeing"],
)
def test_no_denial_in_its_own_voice_no_conflict(statement: str) -> None:
    assert analysed(statement) == []


def test_another_bodys_statement_denies_nothing_credited_to_this_one() -> None:
    found = analysed(
        OWN + "No maintenance work was underway at the Kestrel Lake substation at the time of the fault.",
        outlet="Nova Scotia Energy Regulator",
    )
    assert found == []


def test_us_in_capitals_is_no_first_person() -> None:
    from claims.conflicts.own_voice import FIRST_PERSON

    assert FIRST_PERSON.findall("US officials said the US Navy would help. We regret it; ask us.") == ["We", "us"]
