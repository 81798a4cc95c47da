"""Alembic environment: migrations run on the connection `app.db.migrate.upgrade` passes in,
or, from the `alembic` command line, on the store named by CLAIMS_DATABASE_URL."""

from __future__ import annotations

from sqlalchemy.engine import Connection

from alembic import context
from app.db.migrate import include_object
from app.db.models import SQLModel

target_metadata = SQLModel.metadata


def run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def main() -> None:
    given = context.config.attributes.get("connection")
    if given is not None:
        run(given)
        return
    from app.db.engine import Database
    from app.settings import Settings

    db = Database(context.config.get_main_option("sqlalchemy.url") or Settings().database_url)
    with db.engine.execution_options(claims_writer=True).begin() as connection:
        run(connection)


main()
