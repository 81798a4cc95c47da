"""Dates: found in text and resolved the way a reader resolves them against the day the
story was published. A date that cannot be resolved keeps what it states (a weekday, a
month); a stated weekday that does not fit its date is kept, for the date detector."""

from __future__ import annotations

from datetime import date

import pytest
from core_support import article, claim_with, claims_of

from claims.dates import find_dates, resolve, weekday_mismatch
from claims.extract import prepare
from claims.model import DateMention

THURSDAY = date(2024, 7, 18)
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


def one(text: str, ref: date | None, *, future: bool = False, near: date | None = None) -> DateMention:
    found = find_dates(text)
    assert len(found) == 1, f"expected one date in {text!r}, got {[r.text for r in found]}"
    return resolve(found[0], ref, future=future, near=near)


# --- weekdays ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strike happened on Tuesday.", date(2024, 7, 16)),
        ("The strike happened on Thursday.", date(2024, 7, 18)),  # the day of the paper itself
        ("The strike happened on Friday.", date(2024, 7, 12)),  # never after the paper
        ("The strike happened Sunday night.", date(2024, 7, 14)),
    ],
)
def test_weekday_is_the_one_on_or_before_the_reference(text: str, expected: date) -> None:
    m = one(text, THURSDAY)
    assert m.value == expected
    assert m.weekday == expected.weekday()
    assert m.relative is True


def test_last_weekday() -> None:
    assert one("It happened last Tuesday.", THURSDAY).value == date(2024, 7, 16)
    assert one("It happened last Thursday.", THURSDAY).value == date(2024, 7, 11)


def test_next_weekday_and_future_weekday_are_after_the_reference() -> None:
    assert one("The vote is next Tuesday.", THURSDAY).value == date(2024, 7, 23)
    assert one("The vote will be held on Tuesday.", THURSDAY, future=True).value == date(2024, 7, 23)


def test_possessive_weekday_names_the_event_day() -> None:
    m = one("Sunday's earthquake damaged the old bridge.", THURSDAY)
    assert m.value == date(2024, 7, 14)
    assert m.relation == "on"


def test_weekday_without_reference_keeps_the_weekday() -> None:
    m = one("The strike happened on Tuesday.", None)
    assert m.value is None
    assert m.weekday == TUE


# --- month and day without a year -------------------------------------------------------


@pytest.mark.parametrize("text", ["The fire broke out on Dec. 28.", "The fire broke out on December 28."])
def test_yearless_date_resolves_across_the_year_end(text: str) -> None:
    assert one(text, date(2024, 1, 3)).value == date(2023, 12, 28)


def test_yearless_date_earlier_in_the_same_year() -> None:
    assert one("The fire broke out on March 2.", date(2024, 3, 9)).value == date(2024, 3, 2)


def test_yearless_date_of_a_future_event_is_the_next_one() -> None:
    assert one("The hearing is expected on Jan. 4.", date(2023, 12, 28), future=True).value == date(
        2024, 1, 4
    )


def test_weekday_and_date_pin_the_year_when_there_is_no_reference() -> None:
    # June 14 fell on a Sunday in 2015, 2020 and 2026: the one nearest the hint wins
    m = one("It happened on Sunday, June 14.", None, near=date(2021, 2, 1))
    assert m.value == date(2020, 6, 14)
    assert m.weekday == SUN
    assert not weekday_mismatch(m)


def test_weekday_and_date_of_the_reference_year() -> None:
    m = one("The drones struck on Tuesday, July 16.", THURSDAY)
    assert m.value == date(2024, 7, 16)
    assert m.weekday == TUE
    assert not weekday_mismatch(m)


def test_mismatched_weekday_is_kept_with_the_full_date() -> None:
    m = one("The drones struck on Thursday, March 5, 2025.", None)
    assert m.value == date(2025, 3, 5)  # a Wednesday
    assert m.weekday == THU
    assert weekday_mismatch(m)


def test_mismatched_weekday_does_not_move_the_year_when_the_reference_is_known() -> None:
    # July 16, 2024 is a Tuesday; the text says Monday: an error in the text to report,
    # not a reason to move the event to another year
    m = one("The drones struck on Monday, July 16.", THURSDAY)
    assert m.value == date(2024, 7, 16)
    assert m.weekday == MON
    assert weekday_mismatch(m)


def test_full_dates_in_other_formats() -> None:
    assert one("The report is dated 16 July 2024.", None).value == date(2024, 7, 16)
    assert one("The report is dated 2024-07-16.", None).value == date(2024, 7, 16)
    assert one("It opened on July 16, 2024.", None).value == date(2024, 7, 16)


# --- relative expressions ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ref", "expected", "granularity"),
    [
        ("Prices rose last month.", date(2024, 1, 15), date(2023, 12, 1), "month"),
        ("Prices rose last month.", date(2024, 3, 31), date(2024, 2, 1), "month"),
        ("The plant closed last year.", date(2024, 1, 15), date(2023, 1, 1), "year"),
        ("The dam cracked yesterday.", date(2024, 1, 1), date(2023, 12, 31), "day"),
        ("The dam cracked yesterday.", date(2024, 3, 1), date(2024, 2, 29), "day"),
        ("The dam cracked three days ago.", date(2024, 3, 2), date(2024, 2, 28), "day"),
        ("The dam cracked two weeks ago.", date(2024, 1, 5), date(2023, 12, 22), "week"),
        ("The dam was inspected earlier this month.", date(2024, 1, 13), date(2024, 1, 1), "month"),
        ("The dam was inspected today.", date(2024, 1, 13), date(2024, 1, 13), "day"),
    ],
)
def test_relative_dates_across_month_and_year_ends(
    text: str, ref: date, expected: date, granularity: str
) -> None:
    m = one(text, ref)
    assert m.value == expected
    assert m.granularity == granularity
    assert m.relative is True


def test_relative_date_without_reference_is_unresolved() -> None:
    assert one("The dam cracked yesterday.", None).value is None


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("The quake struck in January.", date(2024, 3, 1), date(2024, 1, 1)),
        ("The quake struck in November.", date(2024, 3, 1), date(2023, 11, 1)),
        ("The count resumed in May.", date(2024, 7, 18), date(2024, 5, 1)),
    ],
)
def test_month_alone_is_the_latest_such_month(text: str, ref: date, expected: date) -> None:
    m = one(text, ref)
    assert m.value == expected
    assert m.granularity == "month"


def test_the_verb_may_is_not_a_month() -> None:
    assert find_dates("Rain may delay the count, officials said.") == []
    assert find_dates("Officials said the count may resume.") == []


# --- relations and times ----------------------------------------------------------------


def test_since_a_date_is_a_relation_since() -> None:
    m = one("Rebels have carried out 40 attacks since October 17, 2023.", None)
    assert m.value == date(2023, 10, 17)
    assert m.relation == "since"


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("The road stays closed until Friday.", "until"),
        ("No ships have sailed since Monday.", "since"),
        ("Ferries ran normally before March 2, 2024.", "before"),
        ("Talks resumed after July 4, 2024.", "after"),
        # a place ending in "by" or "from" is no relation word ("near Ashby on Monday")
        ("The barge ran aground near Ashby on Monday.", "on"),
    ],
)
def test_relations(text: str, relation: str) -> None:
    assert one(text, THURSDAY).relation == relation


@pytest.mark.parametrize("phrase", ["1:35 PM", "4 a.m.", "10:47 p.m.", "noon", "midnight"])
def test_times_of_day(phrase: str) -> None:
    m = one(f"The blast was heard at {phrase} in the harbour district.", THURSDAY)
    assert m.text == phrase
    assert m.granularity == "time"
    assert m.value is None


def test_time_and_weekday_in_one_sentence() -> None:
    found = [resolve(r, THURSDAY) for r in find_dates("The blast was heard at 1:35 PM on Monday.")]
    assert [(m.text, m.granularity, m.value) for m in found] == [
        ("1:35 PM", "time", None),
        ("Monday", "day", date(2024, 7, 15)),
    ]


def test_offsets_point_at_the_expression() -> None:
    text = "Officials said the bridge closed on Tuesday, July 16, after the storm."
    (raw,) = find_dates(text, offset=100)
    assert text[raw.start - 100 : raw.end - 100] == raw.text == "Tuesday, July 16"


# --- the date of a claim's event --------------------------------------------------------


def test_claim_event_date_from_a_weekday_and_the_publication_date() -> None:
    claims = claims_of("A fire broke out at a warehouse in Dunmore on Tuesday.\n", published="2023-06-08")
    c = claim_with(claims, "fire broke out")
    assert c.event_date == date(2023, 6, 6)
    assert c.event_weekday == TUE
    assert c.reported_at == date(2023, 6, 8)


def test_claim_event_date_is_the_start_not_the_end_of_the_event() -> None:
    claims = claims_of(
        "Firefighters put out the flames on Wednesday, 30 hours after the tank caught fire on March 4.\n",
        published="2024-03-08",
    )
    assert claims[0].event_date == date(2024, 3, 4)


@pytest.mark.parametrize(
    ("sentence", "event_date"),
    [
        # the relative clause dates the relatives' arrival, not the flight
        (
            "The injured were flown to Santa Chiara hospital in Bressola, where relatives arrived on Sunday.",
            None,
        ),
        ("The flood reached the old mill, which had been restored on Monday.", None),
        # a relative clause that tells the event itself dates it
        (
            "Crews remain at Ardmorven Airport, where a plane left the runway while landing on Monday.",
            date(2025, 10, 20),
        ),
    ],
)
def test_a_relative_clause_dates_its_own_verb(sentence: str, event_date: date | None) -> None:
    claims = claims_of(sentence + "\n", published="2025-10-21")
    assert claims[0].event_date == event_date


# --- publication date inference ---------------------------------------------------------


def inferred(body: str, **meta: str) -> tuple[date | None, str, str | None]:
    a = article(body, **meta)  # type: ignore[arg-type]
    prepare(a)
    return a.published_at, a.published_at_source, a.published_at_basis


def test_publication_date_from_metadata_wins() -> None:
    body = "Updated: Jan 9, 2024 at 8:00 a.m.\nThe school reopened on March 2, 2025.\n"
    assert inferred(body, published="2024-01-05") == (date(2024, 1, 5), "metadata", "metadata")


def test_publication_date_from_updated_line() -> None:
    body = "Updated: Jan 5, 2024 at 8:00 a.m.\nA gas leak forced the evacuation of a school on Thursday.\n"
    assert inferred(body) == (date(2024, 1, 5), "metadata", "updated line")


def test_the_news_an_update_brings_is_dated_by_its_stamp() -> None:
    """ "early Wednesday" in the news of a stamp "Updated Wednesday, Sept. 10" is Sept. 10, not
    the Wednesday before a story published on Tuesday, Sept. 9."""
    body = (
        "*Updated Wednesday, Sept. 10, 8:05 a.m.: The county lifted the shelter-in-place order early Wednesday "
        "after overnight air tests.*\n\n"
        "An explosion killed two workers at the Corvel resin plant on Tuesday.\n"
    )
    claims = claims_of(body, published="2025-09-09")
    assert claim_with(claims, "lifted the shelter-in-place order").event_date == date(2025, 9, 10)
    assert claim_with(claims, "An explosion killed two workers").event_date == date(2025, 9, 9)


def test_publication_date_from_dateline() -> None:
    body = "KELMET, Ore., March 3, 2023 (Harbor Wire) — A gas leak forced the evacuation of a school on Thursday.\n"
    assert inferred(body) == (date(2023, 3, 3), "metadata", "dateline")


def test_latest_mentioned_date_is_a_lower_bound() -> None:
    body = (
        "A gas leak forced the evacuation of a school in Kelmet on March 2, 2023.\n"
        "The district first reported problems with the boiler on Feb. 27, 2023.\n"
    )
    assert inferred(body) == (date(2023, 3, 2), "inferred", "latest date in text")


def test_future_date_is_not_a_lower_bound() -> None:
    body = "The bridge fell on April 2, 2019. The inquiry will report on June 30, 2025.\n"
    assert inferred(body)[:2] == (date(2019, 4, 2), "inferred")


def test_embedded_post_date_is_a_lower_bound() -> None:
    body = (
        "The ferry service was suspended, the operator said.\n"
        "Ferries cancelled again, nobody at the terminal can tell us why.\n"
        "— Harbour Watch (@harbourwatch) June 2, 2023\n"
    )
    assert inferred(body)[:2] == (date(2023, 6, 2), "inferred")


def test_no_date_anywhere_leaves_the_publication_date_unknown() -> None:
    assert inferred("A gas leak forced the evacuation of a school on Thursday.\n") == (None, "none", None)


def test_weekday_pinned_date_raises_the_lower_bound() -> None:
    body = (
        "A gas leak forced the evacuation of a school in Kelmet on March 2, 2023.\n"
        "Classes resumed on Monday, March 6, the district said.\n"
    )
    assert inferred(body)[:2] == (date(2023, 3, 6), "inferred")


def test_a_wrong_weekday_does_not_move_a_date_a_year_from_the_text() -> None:
    # June 14, 2025 was a Saturday; "Sunday, June 14" beside it is that day misnamed, not 2026
    body = (
        "The crush happened on Sunday, June 14, outside the stadium.\n"
        "Fans had queued since the morning of June 14, 2025, witnesses said.\n"
    )
    assert inferred(body)[:2] == (date(2025, 6, 14), "inferred")


def test_a_date_an_event_was_set_for_is_ahead_of_the_reference() -> None:
    assert one(
        "The final, originally set for 28 June, was postponed.", date(2025, 6, 17), future=True
    ).value == date(2025, 6, 28)
    # the clause itself is about the past
    (c,) = claims_of("The final, originally set for 28 June, has been postponed.\n", published="2025-06-17")
    assert c.modality == "assertion"
    assert [m.value for m in c.dates] == [date(2025, 6, 28)]


def test_lookalike_letters_read_as_the_month_and_weekday_they_spell() -> None:
    # re.IGNORECASE matches "ſ" to "s" and "ı" to "i"; the tables must read them the same way
    found = [
        (r.month, r.day, r.weekday) for r in find_dates("It happened on Auguſt 5, Aprıl 4 and on Tueſday.")
    ]
    assert found == [(8, 5, None), (4, 4, None), (None, None, 1)]


# --- a year that dates an earlier event --------------------------------------------------


@pytest.mark.parametrize(
    "text", ["The 2019 blast injured six workers.", "A 2019 chemical fire at the plant injured six people."]
)
def test_a_year_before_an_event_noun_dates_that_event(text: str) -> None:
    found = find_dates(text)
    assert [(r.text, r.granularity, r.relation) for r in found] == [("2019", "year", "on")]


def test_a_year_before_other_nouns_is_no_date() -> None:
    assert find_dates("The 2000 residents of the town were evacuated.") == []


def test_since_a_year_when_dates_the_when_clause_in_that_year() -> None:
    found = find_dates("The plant has had problems since 2019, when a fire injured six workers.")
    assert [(r.year, r.relation) for r in found] == [(2019, "on")]
    assert [r.relation for r in find_dates("The plant has been closed since 2019.")] == ["since"]
