"""`claims ingest PATH|URL... [--db URL]`: store articles, each analysed against the store."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from app.commands import fail

if TYPE_CHECKING:  # the command line starts fast: the store and the analysis load when used
    from app.ingest import Ingested
    from claims.model import Article

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Store URL (default: $CLAIMS_DATABASE_URL, else sqlite:///claims.db).",
        show_default=False,
    ),
]


BATCH = 20  # articles per transaction: each batch's claims and articles read once are kept in memory
MAX_BATCH = 200


class IngestFormat(StrEnum):
    text = "text"
    json = "json"


def _read(sources: list[str], allow_private: bool) -> list[Article]:
    """Every article named, read (and fetched) before anything is stored, so unusable input
    stops the command with the store untouched."""
    from app.fetch import Fetcher
    from app.settings import Settings
    from claims.readers import article_from_text, read_articles

    urls = [s for s in sources if s.startswith(("http://", "https://"))]
    paths = [s for s in sources if s not in urls]
    articles = read_articles(paths) if paths else []
    if urls:
        fetcher = Fetcher(Settings(fetch_allow_private=allow_private) if allow_private else Settings())
        for url in urls:
            page = fetcher.fetch(url)
            articles.append(
                article_from_text(
                    page.text, article_id="new", kind=page.kind, name=page.url, meta={"url": page.url}
                )
            )
    return articles


def ingest(
    sources: Annotated[
        list[str], typer.Argument(help="Article files, directories (searched recursively) or http(s) URLs.")
    ],
    db: DbOption = None,
    allow_private_urls: Annotated[
        bool, typer.Option("--allow-private-urls", help="Allow fetching loopback and private addresses.")
    ] = False,
    format: Annotated[
        IngestFormat, typer.Option("--format", "-f", help="Output format.")
    ] = IngestFormat.text,
    batch: Annotated[
        int,
        typer.Option(
            "--batch", min=1, max=MAX_BATCH, help="Articles stored per transaction (the store is the same; larger is faster)."
        ),
    ] = BATCH,
) -> None:
    """Store articles in the store, each analysed against what is already there, in the order
    given. A text that is already stored is not stored again."""
    from app.db.engine import Database, StoreError
    from app.db.migrate import upgrade
    from app.fetch import FetchError
    from app.ingest import AnalysisError, ingest_article, ingest_articles
    from app.settings import Settings
    from claims.readers import InputError

    try:
        articles = _read(sources, allow_private_urls)
        database = Database(db or Settings().database_url)
        upgrade(database)
    except (InputError, FetchError, StoreError) as err:
        fail(str(err))
    done: list[tuple[Article, Ingested]] = []
    failed: list[str] = []
    with typer.progressbar(length=len(articles), label="Ingesting", file=sys.stderr, hidden=len(articles) < 2) as bar:
        for start in range(0, len(articles), batch):
            part = articles[start : start + batch]
            try:  # several at once: as one by one, in one transaction
                done.extend(zip(part, ingest_articles(database, part), strict=True))
            except (AnalysisError, InputError):  # one of them is unusable: the others are stored one by one
                for article in part:
                    try:
                        done.append((article, ingest_article(database, article)))
                    except (AnalysisError, InputError) as err:
                        failed.append(str(err))
            bar.update(len(part))
    _report(done, format)
    if failed:
        fail("; ".join(failed))


def _report(done: list[tuple[Article, Ingested]], format: IngestFormat) -> None:
    if format == IngestFormat.json:
        rows = [
            {
                "id": r.article_id,
                "path": a.path,
                "url": a.url,
                "created": r.created,
                "claims": r.claims,
                "conflict_ids": r.conflicts,
            }
            for a, r in done
        ]
        sys.stdout.write(json.dumps(rows, indent=1) + "\n")
        return
    for article, result in done:
        what = f"stored, {result.claims} claims" if result.created else "already stored"
        sys.stdout.write(f"{result.article_id}\t{what}\t{article.path or article.url or ''}\n")
    created = [r for _, r in done if r.created]
    sys.stdout.write(
        f"{len(created)} stored, {len(done) - len(created)} already stored; {sum(r.claims for r in created)} claims\n"
    )
