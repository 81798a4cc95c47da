""" "Three days ago", "4 weeks before": resolved without dateparser, to the very date dateparser
gives (loading it cost a check a tenth of a second), and everything else still left to it."""

from __future__ import annotations

from datetime import date

import pytest
from fresh_process import run_fresh

from claims.dates import _COUNT_WORDS, RawDate, _dateparser, find_dates, resolve

REFS = [date(2024, 1, 31), date(2024, 3, 31), date(2024, 2, 29), date(2023, 12, 31), date(2024, 7, 16),
        date(2025, 5, 4), date(2024, 1, 1), date(2020, 2, 29), date(2024, 5, 31), date(1, 3, 1)]  # fmt: skip
COUNTS = [*_COUNT_WORDS, "0", "1", "4", "13", "30", "100", "2024", "99999999"]
UNITS = ["day", "days", "week", "weeks", "month", "months", "year", "years"]


def resolved(phrase: str, ref: date) -> date | None:
    """The phrase resolved as `find_dates` hands it over (lower case, as written)."""
    return resolve(RawDate(phrase, 0, len(phrase), relative=phrase.lower()), ref).value


@pytest.mark.parametrize("ref", REFS, ids=str)
def test_counted_phrases_resolve_as_dateparser_resolves_them(ref: date) -> None:
    for count in COUNTS:
        for unit in UNITS:
            for tail in ("ago", "before", "earlier"):
                phrase = f"{count} {unit} {tail}"
                assert resolved(phrase, ref) == _dateparser(phrase, ref), phrase


def test_others_are_still_left_to_dateparser() -> None:
    ref = date(2024, 7, 16)
    for phrase in ("a few days ago", "several weeks ago", "two days earlier", "Three  Days Ago"):
        assert resolved(phrase, ref) == _dateparser(phrase.lower(), ref)
    assert resolved("four weeks before", ref) == date(2024, 6, 18)
    assert resolved("a month ago", date(2024, 3, 31)) == date(2024, 2, 29)
    (raw,) = find_dates("The dam was inspected 4 weeks before the flood.")
    assert resolve(raw, ref).value == date(2024, 6, 18)


def test_a_counted_phrase_does_not_load_dateparser() -> None:
    printed, loaded = run_fresh(
        """
        from datetime import date
        from claims.dates import find_dates, resolve
        (raw,) = find_dates("The ferry sank three weeks ago.")
        print(resolve(raw, date(2024, 7, 16)).value)
        """,
        "dateparser",
    )
    assert printed == "2024-06-25" and not loaded
