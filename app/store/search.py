"""Full-text search over claim sentences: FTS5 on SQLite, a tsvector column on PostgreSQL."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import bindparam, text
from sqlmodel import col

from app.db.models import ClaimRow

WORD = re.compile(r"\w+")


def sentence_matches(backend: str, query: str) -> Any:
    """A condition on `claims` rows whose sentence has every word of the query. The query's
    words are quoted one by one, so no search syntax reaches the index from a client."""
    words = WORD.findall(query)
    if not words:
        raise ValueError("the search has no words")
    if backend == "sqlite":
        expression = " ".join(f'"{w}"' for w in words)
        matching = text("SELECT rowid FROM claims_fts WHERE claims_fts MATCH :q").bindparams(
            bindparam("q", expression)
        )
        return col(ClaimRow.seq).in_(matching)
    return text("claims.search_vector @@ plainto_tsquery('english', :q)").bindparams(
        bindparam("q", " ".join(words))
    )
