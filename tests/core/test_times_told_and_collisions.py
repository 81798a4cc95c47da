"""A time a sentence goes on to tell of ("revived memories of March 2019, when police broke up a
rally") sets its paragraph in the past; a clause after an opening phrase is no aside; trains
that collide or plough into a bus are an accident; and a day after the event's noun is the
event's when the act on it has its own day ("a report published on Monday into the collision
on Wednesday, March 10")."""

from __future__ import annotations

from core_support import Spec, article, between, run

from claims.analysis import extract_all
from claims.events import dated_event_mention, main_clause
from claims.extract import extract_claims
from claims.model import Article, Claim


def extracted(body: Article) -> list[Claim]:
    """The article's claims with their slots and times (and its main event set)."""
    return extract_all([body])[body.id]


def test_a_clause_after_an_opening_phrase_is_no_aside() -> None:
    text = "For many in Solvar, the crackdown revived memories of March 2019, when police broke up a rally"
    assert "March 2019" in main_clause(text)
    # appositives and relative clauses still go
    assert main_clause("the Red Ridge Brigades, a faction that broke with the ELA last year, carried out the attack") == (
        "the Red Ridge Brigades  carried out the attack"
    )
    assert "2019" not in main_clause("The Brigades, a faction based in Syria since 2019, attacked")


CRACKDOWN = (
    "Police broke up a protest in Quarantina Square in Solvar late on Monday, September 14, 2026.\n\n"
)
FOLLOW_UP = (
    CRACKDOWN
    + "For many in Solvar, the crackdown revived memories of March 2019, when police broke up a rally in the "
    "same square. Three people were killed that night. About 200 people were detained.\n"
)


def test_what_follows_a_time_told_of_is_of_that_time() -> None:
    told = {c.text: c for c in extracted(article(FOLLOW_UP, published="2026-10-03"))}
    assert told["Three people were killed that night"].background
    assert told["About 200 people were detained"].background
    assert not told["Police broke up a protest in Quarantina Square in Solvar late on Monday, September 14, 2026"].background


def test_an_earlier_events_toll_is_no_contradiction() -> None:
    result = run(
        Spec(CRACKDOWN + "A rights group said nine protesters were killed in the crackdown.\n", "Wire", "2026-09-15"),
        Spec(FOLLOW_UP, "Review", "2026-10-03"),
    )
    found = between(result, "numeric", "nine protesters", "Three people were killed that night")
    assert all(x.severity == "low" and x.temporal == "different_times" for x in found), [
        (x.severity, x.explanation) for x in found
    ]


def test_a_train_that_ploughed_into_a_bus_is_an_accident() -> None:
    body = article(
        "A freight train ploughed into a school bus at a level crossing outside Dunmore on Tuesday morning.\n",
        published="2026-03-10",
    )
    extracted(body)
    assert body.main_event is not None and body.main_event.kind == "accident"


def test_two_trains_that_collided_are_an_accident() -> None:
    body = article("Two commuter trains collided on the Bekasi line on Tuesday morning.\n", published="2026-05-19")
    extracted(body)
    assert body.main_event is not None and body.main_event.kind == "accident"
    assert str(body.main_event.time.date) == "2026-05-19"


def test_the_day_after_the_event_noun_is_the_events_when_the_inquiry_has_its_own() -> None:
    result = run(
        Spec(
            "A freight train ploughed into a school bus at a level crossing outside Dunmore on Tuesday morning, "
            "police said.\n",
            "Wire",
            "2026-03-10",
        ),
        Spec(
            "That is the finding of an interim report published on Monday by the rail safety office into the "
            "collision near Dunmore on Wednesday, March 10, in which a freight train struck a school bus.\n",
            "Sentinel",
            "2026-03-24",
        ),
    )
    found = between(result, "date", "on Tuesday morning", "Wednesday, March 10")
    assert found and all(x.severity != "low" for x in found)
    assert "Wednesday" in found[0].explanation and "2026-03-10" in found[0].explanation


def test_an_inquiry_into_the_crash_on_tuesday_still_dates_the_inquiry() -> None:
    """With no other day before it, the day after "an inquiry into the crash" is the inquiry's."""
    (claim,) = extract_claims(article("An inquiry into the crash on Tuesday heard from witnesses.\n", published="2026-03-24"))
    assert dated_event_mention(claim) is None
