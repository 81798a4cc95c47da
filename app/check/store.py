"""The store, opened for reading only: a check never changes it.

`CheckStore` is the stored corpus as the core's `claims.incremental.Store` (through the
service's `SqlCorpus`), with an overlay kept in memory: the articles this check analysed (so
the second checked article is compared with the first, as if the first had been stored) and
stored articles they replace (an older version of a checked file is hidden, not compared with
its own new version).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col, select

from app.db.engine import Database, StoreError, parse_url
from app.db.models import ArticleRow, ConflictRow
from app.store import chunked
from app.store.corpus import SqlCorpus
from claims.incremental import index_keys, shingle_hashes
from claims.model import Article, Claim


def open_store(raw_url: str) -> Database:
    """Open an existing store without creating or migrating anything; StoreError otherwise."""
    url = parse_url(raw_url)
    if url.get_backend_name() == "sqlite":
        name = url.database
        if not name or name == ":memory:" or name.startswith("file:"):
            raise StoreError(f"{raw_url!r}: name a SQLite file (sqlite:///path.db)")
        if not Path(name).is_file():
            raise StoreError(f"{raw_url}: no such database file")
    db = Database(raw_url)
    try:
        revision = _revision(db)
    except SQLAlchemyError as err:
        db.dispose()
        reason = str(getattr(err, "orig", None) or err).strip().splitlines()[0]
        raise StoreError(f"cannot open the store {db.url}: {reason}") from None
    head = _head()
    if revision != head:
        db.dispose()
        if revision is None:
            raise StoreError(f"{db.url} is not a claims store (store articles with `claims ingest` first)")
        raise StoreError(
            f"{db.url} has schema {revision}, this version needs {head}; "
            "run `claims ingest` or `claims serve` on it once to migrate it"
        )
    return db


# The schema check reads what Alembic reads, without Alembic: importing it and loading every
# migration script took a tenth of a whole check (0.1 s CPU), and a check migrates nothing.
VERSIONS = Path(__file__).resolve().parents[2] / "alembic" / "versions"
VERSION_TABLE = "alembic_version"
_REVISION_LINE = re.compile(r"^(down_revision|revision)\s*(?::[^=\n]*)?=\s*(.*?)\s*$", re.M)
_QUOTED = re.compile(r"""^(?:"([^"]*)"|'([^']*)')$""")


def _revision(db: Database) -> str | None:
    """The store's schema revision, as Alembic records it (None when it records none; several,
    which no version of this program writes, are listed)."""
    with db.engine.connect() as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            return None
        found = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    return ", ".join(sorted(map(str, found))) or None


def _head() -> str | None:
    """The newest revision of the migration scripts: the one no other script revises. Read
    from their `revision = "..."` and `down_revision = ...` lines; a script this cannot read
    (a merge of two branches, say) leaves the question to Alembic."""
    revisions: set[str] = set()
    revised: set[str] = set()
    for script in sorted(VERSIONS.glob("*.py")):
        lines = {m[1]: m[2] for m in _REVISION_LINE.finditer(script.read_text(encoding="utf-8"))}
        own = _QUOTED.match(lines.get("revision", ""))
        down = lines.get("down_revision", "")
        previous = _QUOTED.match(down)
        if own is None or (previous is None and down != "None"):
            return _alembic_head()
        revisions.add(own.group(1) or own.group(2))
        if previous is not None:
            revised.add(previous.group(1) or previous.group(2))
    heads = revisions - revised
    return heads.pop() if len(heads) == 1 else _alembic_head()


def _alembic_head() -> str | None:
    from alembic.script import ScriptDirectory

    from app.db.migrate import alembic_config

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def is_url(value: str) -> bool:
    """Whether `--against` names a database (a URL) rather than a folder."""
    if "://" not in value:
        return False
    try:
        make_url(value)
    except Exception:
        return False
    return True


class CheckStore:
    """The stored corpus plus the articles analysed during this check (see the module)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.corpus = SqlCorpus(session)
        self.hidden: set[str] = set()  # stored versions replaced by the overlay
        self.mem_articles: dict[str, Article] = {}
        self.mem_claims: dict[str, list[Claim]] = {}
        self.mem_postings: dict[str, dict[str, Claim]] = defaultdict(dict)
        self.mem_shingles: dict[str, set[int]] = {}
        # what the store gave under each key, and each claim's lemmas: a check only reads, and
        # re-dating stored reports of one event asks for the same keys again and again
        self._postings: dict[str, list[str]] = {}
        self._lemmas: dict[str, list[str]] = {}

    def hide(self, article_ids: set[str]) -> None:
        self.hidden |= article_ids

    def put(self, article: Article, claims: list[Claim]) -> None:
        """Keep an analysed article (new, or stored and re-timed) in the overlay."""
        old = self.mem_claims.get(article.id, [])
        for claim in old:
            for key in index_keys(claim):
                self.mem_postings[key].pop(claim.id, None)
        self.hidden.add(article.id)
        self.mem_articles[article.id] = article
        self.mem_claims[article.id] = claims
        for claim in claims:
            for key in index_keys(claim):
                self.mem_postings[key][claim.id] = claim
        self.mem_shingles[article.id] = shingle_hashes(article)

    # claims.incremental.Store

    def claims_with_keys(self, keys: set[str]) -> list[Claim]:
        found = [c for c in self.corpus.claims_with_keys(keys) if c.article_id not in self.hidden]
        mine: dict[str, Claim] = {}
        for key in keys:
            mine.update(self.mem_postings.get(key, {}))
        return found + list(mine.values())

    def claims_by_key(self, keys: set[str]) -> dict[str, list[Claim]]:
        """As `claims_with_keys`, by key (the stored index already holds each claim's keys, so
        the analysis need not recompute them for thousands of neighbours)."""
        found = {
            key: [c for c in members if c.article_id not in self.hidden]
            for key, members in self.corpus.claims_by_key(keys).items()
        }
        for key in keys:
            if mine := self.mem_postings.get(key):
                found.setdefault(key, []).extend(mine.values())
        return found

    def postings(self, keys: set[str]) -> dict[str, list[str]]:
        """As `claims_by_key`, ids only."""
        if missing := keys - self._postings.keys():
            read = self.corpus.postings(missing)
            self._postings.update((key, read.get(key, [])) for key in missing)  # [] : none, or too common
        found = {
            key: [m for m in members if m.rsplit(".c", 1)[0] not in self.hidden]
            for key in keys
            if (members := self._postings[key])
        }
        for key in keys:
            if mine := self.mem_postings.get(key):
                found.setdefault(key, []).extend(c.id for c in mine.values())
        return found

    def lemmas_of(self, ids: set[str]) -> dict[str, list[str]]:
        mine = {c.id: c.lemmas for cs in self.mem_claims.values() for c in cs if c.id in ids}
        if missing := ids - mine.keys() - self._lemmas.keys():
            self._lemmas.update(self.corpus.lemmas_of(missing))
        return {i: self._lemmas[i] for i in ids - mine.keys() if i in self._lemmas} | mine

    def claims_by_id(self, ids: set[str]) -> list[Claim]:
        mine = {c.id: c for cs in self.mem_claims.values() for c in cs if c.id in ids}
        stored = [
            c for c in self.corpus.claims_by_id(ids - set(mine)) if c.article_id not in self.hidden
        ]
        return stored + list(mine.values())

    def claims_of(self, article_ids: set[str]) -> list[Claim]:
        stored = self.corpus.claims_of(article_ids - self.hidden)
        return stored + [c for i in sorted(article_ids) for c in self.mem_claims.get(i, [])]

    def articles(self, article_ids: set[str]) -> list[Article]:
        stored = self.corpus.articles(article_ids - self.hidden)
        return stored + [self.mem_articles[i] for i in sorted(article_ids) if i in self.mem_articles]

    def articles_with_shingles(self, hashes: set[int]) -> dict[str, int]:
        shared = {k: n for k, n in self.corpus.articles_with_shingles(hashes).items() if k not in self.hidden}
        for article_id, mine in self.mem_shingles.items():
            if n := len(mine & hashes):
                shared[article_id] = n
        return shared

    # what a check reads beside the corpus

    def stored_version(self, digest: str, paths: list[str]) -> tuple[str | None, set[str]]:
        """The stored article a checked file is (the same text, else the latest article stored
        from the same path), and every stored article it replaces."""
        same = self.session.scalar(select(ArticleRow.id).where(col(ArticleRow.content_hash) == digest))
        rows = self.session.execute(
            select(ArticleRow.id, ArticleRow.seq).where(col(ArticleRow.path).in_(paths))
        ).all()
        older = {row[0] for row in rows}
        if same:
            return same, older | {same}
        if rows:
            return max(rows, key=lambda r: r[1])[0], older
        return None, set()

    def reviews(self, keys: set[str]) -> dict[str, Review]:
        found: dict[str, Review] = {}
        for part in chunked(sorted(keys)):
            for row in self.session.scalars(select(ConflictRow).where(col(ConflictRow.key).in_(part))):
                found[row.key] = Review(row.id, row.status, row.note, row.reviewer)
        return found

    def content_hashes(self, article_ids: set[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for part in chunked(sorted(article_ids)):
            rows = self.session.execute(
                select(ArticleRow.id, ArticleRow.content_hash).where(col(ArticleRow.id).in_(part))
            )
            found.update((article_id, digest) for article_id, digest in rows)
        return found

    def count(self) -> int:
        return self.session.scalar(select(func.count()).select_from(ArticleRow)) or 0


@dataclass(frozen=True)
class Review:
    conflict_id: str
    status: str  # open | confirmed | dismissed
    note: str | None = None
    reviewer: str | None = None
