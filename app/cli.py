"""The `claims` command line: analyze, ingest, serve, check."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from claims.readers import InputError

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Claim provenance and source comparison.")


@app.callback()
def _root() -> None:
    """Claim provenance and source comparison for fact-checkers."""


class AnalyzeFormat(StrEnum):
    json = "json"
    text = "text"


def fail(message: str) -> None:
    """Unusable arguments or input: one line on stderr, exit code 2."""
    typer.echo(f"claims: {message}", err=True)
    raise typer.Exit(2)


@app.command()
def analyze(
    paths: Annotated[list[Path], typer.Argument(help="Article files or directories (searched recursively).")],
    format: Annotated[
        AnalyzeFormat, typer.Option("--format", "-f", help="Output format.")
    ] = AnalyzeFormat.text,
) -> None:
    """Analyse articles in memory and print their claims, clusters, conflicts and reuse."""
    from claims.analysis import analyze as run
    from claims.readers import read_articles
    from claims.report import to_json, to_text

    try:
        articles = read_articles(paths)
    except InputError as err:
        fail(str(err))
    result = run(articles)
    if format == AnalyzeFormat.json:
        sys.stdout.write(json.dumps(to_json(result), ensure_ascii=False, indent=1) + "\n")
    else:
        sys.stdout.write(to_text(result))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
