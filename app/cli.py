"""The `claims` command line. Each command lives in its own module under `app.commands`."""

from __future__ import annotations

import typer

from app.commands import analyze, check, ingest, serve

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Claim provenance and source comparison.")


@app.callback()
def _root() -> None:
    """Claim provenance and source comparison for fact-checkers."""


app.command(name="analyze")(analyze.analyze)
app.command(name="ingest")(ingest.ingest)
app.command(name="serve")(serve.serve)
app.command(name="check")(check.check)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
