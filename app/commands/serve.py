"""`claims serve [--db URL] [--host H] [--port P]`: the REST API (and, later, the review UI)."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from app.commands import fail
from app.commands.ingest import DbOption


def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
    workers: Annotated[int, typer.Option(help="Worker processes (they share the store).", min=1, max=64)] = 1,
    allow_private_urls: Annotated[
        bool, typer.Option("--allow-private-urls", help="Allow fetching loopback and private addresses.")
    ] = False,
) -> None:
    """Serve the API, after bringing the store to the current schema."""
    import uvicorn

    from app.db.engine import Database, StoreError
    from app.db.migrate import upgrade
    from app.settings import Settings

    # the workers build their app from the environment (uvicorn's factory), so options go there
    if db:
        os.environ["CLAIMS_DATABASE_URL"] = db
    if allow_private_urls:
        os.environ["CLAIMS_FETCH_ALLOW_PRIVATE"] = "true"
    try:
        database = Database(Settings().database_url)
        upgrade(database)
        database.dispose()
    except StoreError as err:
        fail(str(err))
    uvicorn.run("app.api:create_app", factory=True, host=host, port=port, workers=workers, proxy_headers=True)
