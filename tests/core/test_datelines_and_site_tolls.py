"""A wire datelined without a year ("HARROW MILLS, Ohio, March 11 (TNA) -") takes its year from
its event's date once linked reports give it; the toll of one collapsed building or wall in an
earthquake is no count of the whole; a statistic of "an average winter" is no toll; and a long
"according to" source is never cut inside a word."""

from __future__ import annotations

from typing import Any

import pytest
from core_support import Seen, Spec, between, build, run
from test_incremental_store import MemoryStore, signatures

from claims.analysis import analyze
from claims.incremental import analyse_new
from claims.model import Analysis
from claims.pubdate import DATED_BY_EVENT
from claims.speakers import SpeakerMemory, attribute

SHERIFF = Spec(
    "Statement on the Kessel Road bridge collapse\n\n"
    "The Kessel Road bridge over the Harrow River collapsed at about 5:40 p.m. on Tuesday, March 10, 2026.\n\n"
    "As of this morning, four people have been confirmed dead.\n",
    "Harrow County Sheriff",
    "2026-03-11",
)


def wire(dateline: str) -> Spec:
    return Spec(
        "Bridge collapse on Kessel Road kills six\n\n"
        f"HARROW MILLS, Ohio, {dateline} (TNA) - The Kessel Road bridge over the Harrow River collapsed on "
        "Tuesday, sending cars into the water, officials said.\n\n"
        "Six people were killed in the collapse, a state emergency official said.\n",
        "TNA",
    )


def toll_conflicts(result: Analysis) -> list[Seen]:
    """The numeric conflicts, at any severity, between the wire's six dead and the sheriff's four."""
    return between(result, "numeric", "Six people", "four people")


def test_a_wire_datelined_without_a_year_is_published_in_the_year_of_its_event() -> None:
    result = run(SHERIFF, wire("March 11"))
    wire_article = result.articles[1]
    assert wire_article.published_at is not None
    assert wire_article.published_at.isoformat() == "2026-03-11"
    assert (wire_article.published_at_source, wire_article.published_at_basis) == ("inferred", DATED_BY_EVENT)
    assert all(str(c.reported_at) == "2026-03-11" for c in result.claims if c.article_id == wire_article.id)


def test_two_tolls_told_on_one_day_contradict_each_other() -> None:
    """The sheriff counts four dead "as of this morning" (March 11), the wire six killed in the
    collapse of the evening before, in a report of March 11: two counts told the same day."""
    found = toll_conflicts(run(SHERIFF, wire("March 11")))
    assert found, "the tolls of one day were not compared"
    assert all(x.severity != "low" and x.temporal == "same_time" for x in found), [
        (x.severity, x.temporal, x.explanation) for x in found
    ]


def test_a_dateline_long_after_the_event_gives_no_year() -> None:
    """"May 20" is ten weeks after the bridge fell: the wire is not dated by guessing."""
    result = run(SHERIFF, wire("May 20"))
    assert result.articles[1].published_at is None
    found = toll_conflicts(result)
    assert all(x.severity == "low" for x in found)


def ingested(order: list[int], specs: list[Spec]) -> tuple[set[Any], set[Any], set[Any]]:
    articles = build(specs)
    store = MemoryStore()
    for n in order:
        store.ingest(articles[n])
    return signatures(store._all_claims(), store.conflicts(), store.clusters(), list(store.reuse.values()))


@pytest.mark.parametrize("order", [[0, 1], [1, 0]], ids=["statement-first", "wire-first"])
def test_ingesting_one_by_one_dates_the_wire_as_the_batch_does(order: list[int]) -> None:
    specs = [SHERIFF, wire("March 11")]
    result = analyze(build(specs))
    batch = signatures(result.claims, result.conflicts, [k.claim_ids for k in result.clusters], result.reuse)
    assert ingested(order, specs) == batch


def test_a_stored_wire_is_re_dated_by_a_new_report() -> None:
    wire_article, statement = build([wire("March 11"), SHERIFF])
    store = MemoryStore()
    store.ingest(wire_article)
    assert store.articles({wire_article.id})[0].published_at is None
    delta = analyse_new(statement, store)
    redated = [a for a in delta.articles if a.id == wire_article.id]
    assert redated and str(redated[0].published_at) == "2026-03-11"
    assert all(str(c.reported_at) == "2026-03-11" for c in delta.claims[wire_article.id])


QUAKE = (
    "A magnitude 6.1 earthquake struck Dersan province before dawn on Tuesday, March 3, 2026.\n\n"
)


def numeric_between(result: Analysis, first: str, second: str) -> list[Seen]:
    return [x for x in between(result, "numeric", first, second) if x.severity != "low"]


def test_two_sites_tolls_in_an_earthquake_are_not_one_count() -> None:
    result = run(
        Spec(
            QUAKE + "Two people were killed in the city of Dersan when a garden wall collapsed onto a parked car.\n",
            "Wire",
            "2026-03-03",
        ),
        Spec(
            QUAKE + "In Kalbur town, the five-storey Cinar apartment building collapsed, killing three residents.\n",
            "Daily",
            "2026-03-03",
        ),
    )
    assert not numeric_between(result, "garden wall", "killing three")


def test_one_sites_toll_is_a_part_of_the_whole() -> None:
    result = run(
        Spec(
            QUAKE + "Two people were killed in the city of Dersan when a garden wall collapsed onto a parked car.\n",
            "Wire",
            "2026-03-03",
        ),
        Spec(QUAKE + "Fourteen people were killed in the earthquake, the disaster agency said.\n", "Daily", "2026-03-03"),
    )
    assert not numeric_between(result, "garden wall", "Fourteen people")


def test_one_sites_toll_told_two_ways_still_disagrees() -> None:
    result = run(
        Spec(
            QUAKE + "In Kalbur town, the Cinar apartment building collapsed, killing three residents.\n",
            "Wire",
            "2026-03-03",
        ),
        Spec(
            QUAKE + "In Kalbur town, the Cinar apartment building collapsed, killing seven residents.\n",
            "Daily",
            "2026-03-03",
        ),
    )
    assert numeric_between(result, "killing three", "killing seven")


def test_a_toll_of_an_average_winter_is_a_statistic() -> None:
    result = run(
        Spec(
            "An avalanche buried skiers on the Gamsberg run at Lattach on Saturday, February 14, 2026.\n\n"
            "Three people died in the avalanche, police said.\n",
            "Police",
            "2026-02-14",
        ),
        Spec(
            "An avalanche buried skiers on the Gamsberg run at Lattach on Saturday, February 14, 2026.\n\n"
            "Three people were killed.\n\n"
            "Avalanches kill around 20 people in Austria in an average winter.\n",
            "Wire",
            "2026-02-14",
        ),
    )
    assert not numeric_between(result, "average winter", "Three people died")


def test_a_long_source_is_cut_between_words() -> None:
    sentence = (
        "Six people were killed, according to a state emergency management official who briefed reporters "
        "near the riverbank early on Wednesday, speaking on condition of anonymity."
    )
    found = attribute(sentence, SpeakerMemory())
    assert found.speaker is not None and found.speaker.startswith("a state emergency management official")
    assert found.speaker.split()[-1] in sentence.split(), found.speaker
    if found.more:
        rest = sentence[found.more[0] : found.more[1]]
        assert rest[0] == " " or sentence[found.more[0] - 1] in " ,", rest
