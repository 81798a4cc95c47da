"""Stored claims and articles, through the core's lossless serialisation (`claims.serialize`).

One guard on top: a date field the core adds before its serialiser learns about it is written
as an ISO string (see `app.db.engine.to_json`) and read back here as a date, so the store keeps
working (and comparing stored claims correctly) while the core catches up."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any, get_type_hints

from claims.model import Article, Claim
from claims.serialize import article_from_dict, claim_from_dict


def _date_fields(cls: type) -> list[str]:
    hints = get_type_hints(cls)
    return [f.name for f in dataclasses.fields(cls) if hints.get(f.name) in (date, date | None)]


CLAIM_DATES = _date_fields(Claim)
ARTICLE_DATES = _date_fields(Article)


def _dated(obj: Any, names: list[str]) -> Any:
    for name in names:
        value = getattr(obj, name)
        if isinstance(value, str):
            setattr(obj, name, date.fromisoformat(value))
    return obj


def load_claim(data: dict[str, Any]) -> Claim:
    claim: Claim = _dated(claim_from_dict(data), CLAIM_DATES)
    return claim


def load_article(data: dict[str, Any]) -> Article:
    article: Article = _dated(article_from_dict(data), ARTICLE_DATES)
    return article
