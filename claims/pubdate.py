"""When was an article published? Metadata first, then an "Updated:" stamp or a dateline, then
the latest date the text itself mentions, which is a lower bound (`published_at_source:
"inferred"`)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from claims.cleaning import updated_stamp
from claims.dates import RawDate, find_dates, is_future_at, parse_stamp, resolve
from claims.model import Article, BlockKind, Claim, Source

DATELINE_LAG = 31  # days a wire's dateline may come after the event it reports
DATED_BY_EVENT = "dateline, its year from the event's date"


def infer_publication_date(article: Article) -> None:
    """Fill `published_at` and `published_at_source` when metadata gave none."""
    if article.published_at is not None:
        article.published_at_basis = "metadata"
        return
    stamp = updated_stamp(article)
    if stamp and (when := parse_stamp(stamp)):
        article.published_at, article.published_at_source = when, "metadata"
        article.published_at_basis = "updated line"
        return
    when = _dateline(article)
    if when:
        article.published_at, article.published_at_source = when, "metadata"
        article.published_at_basis = "dateline"
        return
    latest = latest_mentioned_date(article)
    if latest:
        article.published_at, article.published_at_source = latest, "inferred"
        article.published_at_basis = "latest date in text"


def yearless_dateline(article: Article) -> tuple[int, int] | None:
    """(month, day) of a dateline that gives no year ("HARROW MILLS, Ohio, March 11 (TNA) -"),
    as wires write it for news of the current year."""
    for block in article.blocks:
        if block.kind == BlockKind.DATELINE:
            found = find_dates(article.body[block.start : block.end])
            return next(((r.month, r.day) for r in found if r.month and r.day and not r.year), None)
    return None


def lower_bound_of_another_year(article: Article) -> bool:
    """The publication date is inferred from the latest date the text gives with its year, while
    its dateline gives a day without one ("MALATYA, Turkey, March 3 (Transworld) -"): news
    style writes the year only of dates in another year than the report's, so the inferred
    date is likely of another year, and a weekday resolved against it is wrong."""
    return (
        article.published_at_source == "inferred"
        and article.published_at_basis != DATED_BY_EVENT
        and yearless_dateline(article) is not None
    )


def reference_date(article: Article, source: Source) -> date | None:
    """The day a claim was reported: its embedded post's, if dated, else its article's."""
    return source.published_at if source.kind == "post" and source.published_at else article.published_at


def date_by_event(article: Article, claims: Iterable[Claim]) -> None:
    """A report datelined without a year ("March 11") whose event has taken its date from
    linked reports (2026-03-10) was published on that day of the month, in the year that puts
    it within DATELINE_LAG days after the event; without this its figures are "undated" and
    never compared as of one day with a report of March 11. Asked again whenever the event's
    date changes (a later ingest can re-date it), so a date set here is worked out anew."""
    before = article.published_at
    if article.published_at_basis == DATED_BY_EVENT:
        article.published_at, article.published_at_source, article.published_at_basis = None, "none", None
        infer_publication_date(article)
    day = yearless_dateline(article)
    main = article.main_event
    event_day = main.time.date if main is not None and main.time.source == "adopted" else None
    if day and event_day and (article.published_at is None or lower_bound_of_another_year(article)):
        when = _day_after(event_day, *day)
        if when is not None:
            article.published_at, article.published_at_source = when, "inferred"
            article.published_at_basis = DATED_BY_EVENT
    if article.published_at == before:
        return
    sources = {s.id: s for s in article.sources}
    for claim in claims:
        if claim.reported_at == before and (source := sources.get(claim.source_id)) is not None:
            claim.reported_at = reference_date(article, source)


def _day_after(event_day: date, month: int, day: int) -> date | None:
    for year in (event_day.year, event_day.year + 1):
        try:
            when = date(year, month, day)
        except ValueError:  # February 29 of another year
            continue
        if 0 <= (when - event_day).days <= DATELINE_LAG:
            return when
    return None


def _dateline(article: Article) -> date | None:
    """A full date in the dateline ("WASHINGTON, July 18, 2024 (Reuters) -")."""
    for block in article.blocks:
        if block.kind == BlockKind.DATELINE:
            found = [
                r for r in find_dates(article.body[block.start : block.end]) if r.year and r.month and r.day
            ]
            if found:
                r = found[0]
                return date(r.year or 1, r.month or 1, r.day or 1)
    return None


def text_anchors(article: Article) -> tuple[date | None, date | None, list[tuple[RawDate, bool]]]:
    """(latest full date, earliest "since" date with a year, every date expression with whether
    its sentence speaks of the future). Embedded posts' credit dates count: an article is
    published after the posts it embeds."""
    body = article.body
    latest: date | None = None
    period_start: date | None = None
    raws: list[tuple[RawDate, bool]] = []
    for source in article.sources:
        if source.published_at and (latest is None or source.published_at > latest):
            latest = source.published_at
    for block in article.blocks:
        if block.kind in (BlockKind.DISCLAIMER, BlockKind.BOILERPLATE, BlockKind.POST_CREDIT):
            continue
        text = body[block.start : block.end]
        for raw in find_dates(text, block.start):
            future = is_future_at(text, raw.start - block.start)
            raws.append((raw, future))
            if raw.year and raw.month and raw.granularity == "day" and not future:
                full = resolve(raw, None)
                if full.value is None:
                    continue
                if latest is None or full.value > latest:
                    latest = full.value
                if raw.relation == "since" and (period_start is None or full.value < period_start):
                    period_start = full.value
    return latest, period_start, raws


def latest_mentioned_date(article: Article) -> date | None:
    """The latest calendar date the article mentions (years of month-day dates inferred)."""
    latest, period_start, raws = text_anchors(article)
    best = latest
    for raw, future in raws:
        if future or raw.relative or raw.granularity != "day" or raw.year:
            continue
        resolved = resolve(raw, latest, period_start=period_start, near=latest)
        if raw.weekday is not None:  # "Monday, March 6": the weekday picks the year near the latest date
            by_weekday = resolve(raw, None, near=latest)
            # ... unless that is far from it: "Sunday, June 14" beside "June 14, 2025" (a
            # Saturday) is the same day with a wrong weekday, not June 14, 2026
            if latest is None or (by_weekday.value and abs((by_weekday.value - latest).days) <= 183):
                resolved = by_weekday
        if resolved.value and (best is None or resolved.value > best):
            best = resolved.value
    return best
