"""One module per `claims` subcommand."""

from __future__ import annotations

import typer


def fail(message: str) -> None:
    """Unusable arguments or input: one line on stderr, exit code 2."""
    typer.echo(f"claims: {message}", err=True)
    raise typer.Exit(2)
