"""Which day dates the event a sentence tells of: a day the sentence opens with, a day after a
long object with an appositive, a day after an event noun in a sentence that updates a toll;
and words that look like events or updates and are not. All sentences are invented."""

from __future__ import annotations

from datetime import date

import pytest
from core_support import Spec, build, of_kind, quantities, run

from claims.analysis import extract_all


def occurrences(body: str, published: str) -> list[tuple[str, date | None]]:
    """The occurrences the pipeline derives from a one-article body: (text, date)."""
    [claims] = extract_all(build([Spec(body, "Wire", published)])).values()
    return [(c.text, c.event_date) for c in claims if c.derived]


@pytest.mark.parametrize(
    ("body", "published", "day"),
    [
        # a day that opens the sentence dates its verb, however far away
        ("On 10 February 2026, at about 9:20am, Rosewall Tower, an eight-storey building in Kashpur, "
         "collapsed.", "2026-02-12", date(2026, 2, 10)),
        ("On Tuesday, April 21, 2026, at approximately 6:42 p.m., a tornado struck the town of Elmer.",
         "2026-04-22", date(2026, 4, 21)),
        # an appositive in the object, and a participle after an article, are no clause of their own
        ("A fire tore through Club Lyra, a basement music venue in the city, on Friday night.",
         "2026-03-15", date(2026, 3, 13)),
        ("Nine people died when a fire swept through a crowded basement nightclub late on Saturday.",
         "2026-03-15", date(2026, 3, 14)),
        # hanging above a gorge ends nothing
        ("The accident on Friday 13 February left 24 passengers suspended over the gorge for eight hours.",
         "2026-02-16", date(2026, 2, 13)),
    ],
)
def test_the_day_of_the_event(body: str, published: str, day: date) -> None:
    assert [d for _, d in occurrences(body, published)] == [day]


@pytest.mark.parametrize(
    ("body", "published"),
    [
        # the act of the opening day came after the event
        ("On Tuesday, rescuers pulled 14 survivors from the rubble of the collapse.", "2026-02-12"),
        # a proclamation named after a disaster is no disaster
        ("Gov. Ann Lowe toured Main Street on Wednesday and signed a state disaster proclamation.", "2026-04-23"),
    ],
)
def test_no_event_on_that_day(body: str, published: str) -> None:
    assert occurrences(body, published) == []


def test_a_day_after_the_event_noun_dates_it_in_an_updated_toll() -> None:
    body = (
        "The collision on the morning of Tuesday 19 May, in which one train ran into the back of another "
        "as it stood at the entry signal, has now claimed 11 lives."
    )
    assert [d for _, d in occurrences(body, "2026-06-02")] == [date(2026, 5, 19)]


def test_a_day_named_by_a_deictic_word_reads_as_one() -> None:
    [(text, day)] = occurrences("The explosion yesterday shook the whole district.", "2026-02-15")
    assert (text, day) == ("explosion yesterday", date(2026, 2, 14))


def test_tornadoes_are_events_and_their_days_can_clash() -> None:
    found = of_kind(
        run(
            Spec("On Tuesday, April 21, 2026, at approximately 6:42 p.m., a tornado struck the town of Elmer.\n",
                 "County Statement", "2026-04-22"),
            Spec("The April 20 tornado in Elmer carved a 17-mile track through farmland.\n",
                 "Claims Weekly", "2026-05-05"),
        ),
        "date",
    )
    assert [x.severity for x in found] == ["high"]


def test_a_part_named_after_its_whole_is_partial() -> None:
    found = quantities("A total of 63 persons were injured, of whom 58 were taken to hospitals in the city.")
    assert [(q.value, q.partial) for q in found] == [(63, False), (58, True)]
    # (but "Of those, 12 are in a critical condition" counts all in that state: see
    # test_counts_of_a_state)


@pytest.mark.parametrize(
    ("sentence", "partial"),
    [
        ("Five inmates died of their wounds in hospital, and the bodies of three more were found.", True),
        ("Two women died in hospital in the week after the blast.", True),
        ("Two passengers died while being transferred to hospital.", True),
        ("Nine inmates died in the riot.", False),
        ("Three people died at the scene.", False),  # (the scene is where a whole toll is often told)
    ],
)
def test_deaths_of_one_place_or_time_of_dying_are_a_part(sentence: str, partial: bool) -> None:
    assert quantities(sentence)[0].partial is partial
