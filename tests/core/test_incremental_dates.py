"""Incremental analysis when an article's event takes its date from linked reports: a new
undated article adopting a date, and stored undated articles re-dated by a new one.

The store is the in-memory `MemoryStore` of `test_incremental_store`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from core_support import Spec, build
from test_incremental_store import REPORTS, MemoryStore

import claims.incremental
import claims.linking
from claims.analysis import analyze
from claims.incremental import Delta, analyse_new

HERE = Path(__file__).resolve().parent

# An attack on a Tuesday; a new report gives only the weekday and takes the date from the
# stored report that states it (2024-07-16 was a Tuesday).
DATED = Spec("Gunmen attacked the Harrow Point base on Tuesday, July 16, 2024.\n", "Wire One", "2024-07-17")
# Another report of it, whose "Friday" fits no linked date: it stays undated.
FRIDAY = Spec("Gunmen attacked the Harrow Point base on Friday.\n", "Wire Two")
# A third report, dated, that shares fewer words with the new article than the undated one.
ALSO_DATED = Spec("Gunmen attacked the Harrow Point base on July 16.\n", "Wire Three", "2024-07-18")
NEW = Spec("Gunmen attacked the Harrow Point base on Tuesday.\n", "Wire Four")


def test_an_adopted_date_that_brings_new_stored_neighbours_does_not_lose_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A large store gives a claim more candidates than it compares (`MAX_CANDIDATES`), those
    sharing the most keys first. Once the new article's event takes a date, its claims carry a
    date key, and the dated reports climb the ranking: the pairs scored again after adopting
    the date reach stored claims the first scoring did not. They must be looked up like the
    others (this raised KeyError, a 422 on ingest)."""
    articles = build([DATED, FRIDAY, ALSO_DATED, NEW])
    store = MemoryStore()
    for article in articles[:3]:
        store.ingest(article)
    # three candidates for one claim, two compared: as in a store with hundreds
    monkeypatch.setattr(claims.linking, "MAX_CANDIDATES", 2)

    delta = analyse_new(articles[3], store)

    assert articles[3].main_event is not None
    assert str(articles[3].main_event.time.date) == "2024-07-16"
    linked = {p.a.split(".")[0] for p in delta.pairs} | {p.b.split(".")[0] for p in delta.pairs}
    # the dated reports rank first once the date is known; the Friday report drops out
    assert linked == {"a1", "a3", "a4"}


# Two dated reports of attacks on the Harrow Point base on two Tuesdays, each linked once to an
# undated report "on Tuesday": a tie, which the batch settles by the corpus' order (the first
# report's date). Each shares words with the undated report that the other does not, so the
# order in which the candidates meet depends on how Python orders a set of strings.
TIE = [
    Spec(
        "Gunmen attacked the Harrow Point base on July 16, 2024.\nFive soldiers were wounded.\n",
        "One",
        "2024-07-17",
    ),
    Spec(
        "Militants attacked the Harrow Point base on Tuesday, July 9, 2024.\nThe base was damaged.\n",
        "Two",
        "2024-07-10",
    ),
    Spec("Gunmen attacked the Harrow Point base on Tuesday.\nThree soldiers were wounded.\n", "Three"),
]
ORDERS = [[0, 1, 2], [2, 1, 0], [2, 0, 1], [1, 2, 0]]

TIE_SCRIPT = """
import json, sys
sys.path.insert(0, sys.argv[1])
from test_incremental_dates import tie_dates
print(json.dumps(tie_dates()))
"""


def tie_dates() -> list[str]:
    """The undated report's adopted date after ingesting the reports in each of `ORDERS`: when
    it comes last it adopts a date, else a later report re-dates it."""
    found = []
    for order in ORDERS:
        articles = build(TIE)
        store = MemoryStore()
        for n in order:
            store.ingest(articles[n])
        main = store.articles({"a3"})[0].main_event
        found.append(str(main.time.date if main else None))
    return found


def test_a_tie_between_linked_dates_is_settled_as_the_batch_settles_it() -> None:
    batch = analyze(build(TIE))
    main = batch.articles[2].main_event
    assert main is not None and str(main.time.date) == "2024-07-16"
    assert tie_dates() == ["2024-07-16"] * len(ORDERS)


@pytest.mark.parametrize("seed", ["0", "1", "2", "6"])
def test_dates_do_not_depend_on_the_hash_seed(seed: str) -> None:
    """The same corpus gives the same dates whatever PYTHONHASHSEED a process runs with."""
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", TIE_SCRIPT, str(HERE)], capture_output=True, text=True, env=env, check=True
    )
    assert json.loads(done.stdout) == ["2024-07-16"] * len(ORDERS)


def test_a_check_pairs_a_re_dated_article_with_the_checked_ones_only() -> None:
    """`pairs_with`: stored undated reports re-dated by the new one are paired again only with
    the given articles' claims; the conflicts that involve those are the same as when they are
    paired again with the whole store, and only the scoring of their other pairs is saved."""
    # the dating report, and two reports that give only the weekday
    specs = [REPORTS[0], Spec(REPORTS[1].body, REPORTS[1].outlet), REPORTS[2]]
    full_store, check_store = MemoryStore(), MemoryStore()
    for store in (full_store, check_store):
        for stored in build(specs)[1:]:
            store.ingest(stored)
    assert full_store.articles({"a2"})[0].main_event.time.date is None

    full = analyse_new(build(specs)[0], full_store)
    checked = analyse_new(build(specs)[0], check_store, pairs_with={"a1"})

    assert [a.id for a in full.articles] == [a.id for a in checked.articles] == ["a1", "a2", "a3"]
    assert {str(a.main_event.time.date) for a in checked.articles[1:]} == {
        "2024-07-16"
    }  # re-dated all the same

    def involving_new(delta: Delta) -> set[tuple[str, str, tuple[str, ...]]]:
        return {
            (f.kind, f.severity, tuple(f.claim_ids))
            for f in delta.findings
            if any(i.startswith("a1.") for i in f.claim_ids)
        }

    assert involving_new(checked) == involving_new(full)
    assert any(i.startswith("a3.") for k in involving_new(checked) for i in k[2])  # five wounded, not two
    full_pairs, checked_pairs = ({(p.a, p.b) for p in d.pairs} for d in (full, checked))
    assert checked_pairs == {
        pair for pair in full_pairs if pair[0].startswith("a1.") or pair[1].startswith("a1.")
    }
    assert checked_pairs < full_pairs  # the re-dated reports' pairs with each other were not scored


def test_one_article_re_dates_at_most_max_redated_stored_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each stored article re-dated is paired again with the store: a report of an event told
    hundreds of times re-dates the MAX_REDATED whose link to it is closest, not all."""
    specs = [REPORTS[0], Spec(REPORTS[1].body, REPORTS[1].outlet), REPORTS[2]]
    store = MemoryStore()
    for stored in build(specs)[1:]:
        store.ingest(stored)
    monkeypatch.setattr(claims.incremental, "MAX_REDATED", 1)
    capped = analyse_new(build(specs)[0], store)
    # the Desert Post's report says what the dating report says nearly word for word
    assert [a.id for a in capped.articles] == ["a1", "a2"]
    monkeypatch.setattr(claims.incremental, "MAX_REDATED", 2)
    assert [a.id for a in analyse_new(build(specs)[0], store).articles] == ["a1", "a2", "a3"]
