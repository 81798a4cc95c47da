"""`claims analyze PATH... --format json|text`: the whole pipeline in memory."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from app.commands import fail
from claims.readers import InputError


class AnalyzeFormat(StrEnum):
    json = "json"
    text = "text"


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
