"""Figures a party asks for or offers are positions, not outcomes: a union's demand and the
employer's offer differ by design, while two reports of the same demand must agree."""

from __future__ import annotations

import pytest
from core_support import Spec, article, flagged, review_worthy, run

from claims.analysis import extract_all

DAY = "2026-03-02"
DISPUTE = "Dock workers at the port of Callard walked out on Monday in a dispute over pay. "


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("The union is demanding a 14 percent pay rise.", "qty:percent:demand"),
        ("The union wants 4 percent a year for three years.", "qty:percent:demand:per-year"),
        ("The port authority has offered 5 percent over two years.", "qty:percent:offer"),
        ("The port authority tabled a 5 percent, two-year offer.", "qty:percent:offer"),
        ("Prosecutors asked for a sentence of nine years.", "qty:time:demand"),
        # what was agreed or happened is no position
        ("Basic pay will rise by 7 percent in two stages.", "qty:percent"),
        # a figure per period is a rate, compared with rates over the same period only
        ("The stoppage is costing the port about 2 million zloty a day.", "qty:money:per-day"),
        ("The terminal handles about 9,000 containers per week.", "qty:container:per-week"),
        ("The stoppage has cost the port 30 million zloty.", "qty:money"),
        # a cue in another clause, or a period that dates rather than divides
        ("Police are seeking witnesses after 2 million zloty was stolen from the depot.", "qty:money"),
        ("The union, which wants talks, accepted a 6 percent rise.", "qty:percent"),
        ("Divers recovered 12 containers a day later.", "qty:container"),
    ],
)
def test_what_a_figure_stands_for(text: str, slot: str) -> None:
    claims = extract_all([article(DISPUTE + text + "\n", published=DAY)])["a1"]
    (claim,) = [c for c in claims if c.text == text.rstrip(".")]
    assert slot in claim.slots


def flags(first: str, second: str, kind: str = "numeric") -> list[str]:
    result = run(Spec(DISPUTE + first + "\n", "Callard Post", DAY), Spec(DISPUTE + second + "\n", "Harbour Wire", DAY))
    return [x.kind for x in review_worthy(result) if x.kind == kind]


def test_a_demand_and_an_offer_are_not_one_figure() -> None:
    assert not flags(
        "The union is demanding a 14 percent pay rise.", "The port authority has made an offer of a 5 percent rise."
    )


def test_two_reports_of_one_demand_must_agree() -> None:
    assert flags("The union is demanding a 14 percent pay rise.", "The union's demand is for a 9 percent pay rise.")


@pytest.mark.parametrize(
    ("denial", "review"),
    [
        # a response refused is not the act it responds to
        ("The union said it would not accept the port authority's offer of 5 percent over two years.", False),
        # the act itself denied still clashes
        ("The port authority has not offered a 5 percent rise over two years.", True),
    ],
)
def test_refusing_an_offer_does_not_deny_it_was_made(denial: str, review: bool) -> None:
    assert bool(flags("The port authority has offered 5 percent over two years.", denial, "negation")) is review


def test_a_daily_cost_is_not_a_running_total() -> None:
    assert not flags("The stoppage is costing the port about 2 million zloty a day.", "Losses have reached 30 million zloty.")
    assert flags("The stoppage is costing the port about 2 million zloty a day.", "The stoppage costs the port 5 million zloty a day.")


def test_jailed_for_is_sentenced_to() -> None:
    lede = "A former port director was sentenced in Callard on Tuesday for taking bribes. "
    first, second = "He was sentenced to seven years in prison.", "He was jailed for five years."
    assert flagged_kinds(lede, first, second) & {"numeric", "unit"}


def flagged_kinds(lede: str, first: str, second: str) -> set[str]:
    return {x.kind for kind in ("numeric", "unit") for x in flagged(kind, lede, first, second, DAY)}


def test_time_in_jail_is_no_sentence() -> None:
    lede = "A former port director was sentenced in Callard on Tuesday for taking bribes. "
    first, second = "Harlow was sentenced to seven years.", "Harlow had spent two years in jail awaiting trial."
    assert not flagged_kinds(lede, first, second)
