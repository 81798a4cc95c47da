"""Incremental analysis when an article's event takes its date from linked reports: a new
undated article adopting a date, and stored undated articles re-dated by a new one.

The store is the in-memory `MemoryStore` of `test_incremental_store`."""

from __future__ import annotations

import pytest
from core_support import Spec, build
from test_incremental_store import MemoryStore

import claims.linking
from claims.incremental import analyse_new

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
