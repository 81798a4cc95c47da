"""Bring a new or old store to the current schema with Alembic (run on every start)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from alembic import command
from app.db.engine import Database, StoreError

ROOT = Path(__file__).resolve().parents[2]
MIGRATION_LOCK = 0x636C61696D73  # "claims": several processes starting at once migrate one by one
# The full-text indexes differ by backend and are made by hand in the migrations, not from the models.
HAND_MADE = ("claims_fts", "search_vector", "ix_claims_search_vector")


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """What Alembic compares with the models: everything but the hand-made full-text indexes."""
    return not (name and name.startswith(HAND_MADE))


def alembic_config() -> Config:
    config = Config(str(ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "alembic"))
    return config


def upgrade(db: Database) -> None:
    """Run every pending migration in one transaction; raise StoreError when the store cannot
    be reached."""
    config = alembic_config()
    try:
        with db.engine.execution_options(claims_writer=True).begin() as connection:
            if db.backend == "postgresql":
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except OperationalError as err:
        raise StoreError(f"cannot open the store {db.url}: {_first_line(err)}") from None


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _first_line(err: OperationalError) -> str:
    return str(err.orig).strip().splitlines()[0] if err.orig else str(err).splitlines()[0]
