"""Articles and claims to plain JSON-able dicts and back, losslessly, so a store can keep the
analysed form of an article and link new articles against it without re-extracting."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any, TypeVar

from claims.events import EventTime, MainEvent
from claims.model import Article, Block, BlockKind, Claim, DateMention, Entity, Frame, Quantity, Source

# looked up once: a store read decodes thousands of claims and articles at a time
CLAIM_FIELDS = frozenset(f.name for f in dataclasses.fields(Claim))
ARTICLE_FIELDS = frozenset(f.name for f in dataclasses.fields(Article))
BLOCK_KINDS = {kind.value: kind for kind in BlockKind}
T = TypeVar("T")


def _maker(cls: type[T]) -> Any:
    """`cls(**values)`, without running the dataclass's `__init__` when `values` holds exactly
    its fields (a store read decodes thousands of claims, and their `__init__`s took more than
    half the time); any other dict goes through `__init__` (defaults, unknown keys refused)."""
    names = frozenset(f.name for f in dataclasses.fields(cls))  # type: ignore[arg-type]
    if "__slots__" in vars(cls):  # (no __dict__ to fill)
        return lambda values: cls(**values)
    new = object.__new__

    def make(values: dict[str, Any]) -> T:
        if values.keys() == names:
            made = new(cls)
            made.__dict__.update(values)
            return made
        return cls(**values)

    return make


_claim, _quantity, _mention, _entity, _frame = map(_maker, (Claim, Quantity, DateMention, Entity, Frame))


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _plain(obj: Any) -> dict[str, Any]:
    return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}


def time_to_dict(t: EventTime | None) -> dict[str, Any] | None:
    if t is None:
        return None
    return {
        "date": _iso(t.date),
        "weekday": t.weekday,
        "month": list(t.month) if t.month else None,
        "source": t.source,
        "around": _iso(t.around),
    }


def time_from_dict(d: dict[str, Any] | None) -> EventTime | None:
    if d is None:
        return None
    month = tuple(d["month"]) if d.get("month") else None
    return EventTime(
        _date(d.get("date")),
        d.get("weekday"),
        month,
        d.get("source", "none"),
        _date(d.get("around")),
    )


def claim_to_dict(c: Claim) -> dict[str, Any]:
    d = _plain(c)
    d["quantities"] = [_plain(q) for q in c.quantities]
    d["dates"] = [{**_plain(m), "value": _iso(m.value)} for m in c.dates]
    d["entities"] = [_plain(e) for e in c.entities]
    d["frames"] = [_plain(f) for f in c.frames]
    d["event_date"] = _iso(c.event_date)
    d["reported_at"] = _iso(c.reported_at)
    d["slots"] = sorted(c.slots)
    d["time"] = time_to_dict(c.time)
    return d


def claim_from_dict(d: dict[str, Any]) -> Claim:
    d = dict(d)
    d["quantities"] = [_quantity(q) for q in d.get("quantities", [])]
    d["dates"] = [_mention({**m, "value": _date(m.get("value"))}) for m in d.get("dates", [])]
    d["entities"] = [_entity(e) for e in d.get("entities", [])]
    d["frames"] = [_frame(f) for f in d.get("frames", [])]
    d["event_date"] = _date(d.get("event_date"))
    d["reported_at"] = _date(d.get("reported_at"))
    d["slots"] = set(d.get("slots", []))
    d["time"] = time_from_dict(d.get("time"))
    return _claim(d if d.keys() <= CLAIM_FIELDS else {k: v for k, v in d.items() if k in CLAIM_FIELDS})


def article_to_dict(a: Article) -> dict[str, Any]:
    d = _plain(a)
    d["published_at"] = _iso(a.published_at)
    d["blocks"] = [{**_plain(b), "kind": b.kind.value} for b in a.blocks]
    d["sources"] = [{**_plain(s), "published_at": _iso(s.published_at)} for s in a.sources]
    main = a.main_event
    d["main_event"] = (
        {"kind": main.kind, "time": time_to_dict(main.time), "places": main.places}
        if main is not None
        else None
    )
    return d


def article_from_dict(d: dict[str, Any]) -> Article:
    d = dict(d)
    d["published_at"] = _date(d.get("published_at"))
    d["blocks"] = [
        Block(**{**b, "kind": BLOCK_KINDS.get(b["kind"]) or BlockKind(b["kind"])})
        for b in d.get("blocks", [])
    ]
    d["sources"] = [
        Source(**{**s, "published_at": _date(s.get("published_at"))}) for s in d.get("sources", [])
    ]
    main = d.get("main_event")
    d["main_event"] = (
        MainEvent(main["kind"], time_from_dict(main["time"]) or EventTime(), main["places"]) if main else None
    )
    return Article(**{k: v for k, v in d.items() if k in ARTICLE_FIELDS})
