"""`claims check PATH... [--against DB_URL|FOLDER] [--changed-since REF] [--format ...]`: for CI
on newly added articles. Exit 0 when they introduce no conflict of severity `--fail-on`
(default medium) or higher that a reviewer has not dismissed (and that is not in the
baseline), 1 when they do, 2 for unusable arguments or unreadable input. See docs/ci.md."""

from __future__ import annotations

import json
import sys
import time
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from app.commands import fail

if TYPE_CHECKING:
    from app.check.baseline import Baseline
    from app.check.run import Report

DEFAULT_BASELINE = Path(".claims-baseline.json")


class CheckFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"
    sarif = "sarif"
    junit = "junit"


class Severity(StrEnum):
    high = "high"
    medium = "medium"
    low = "low"


def check(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Article files or directories to check; with --changed-since, only changed files under them."
        ),
    ] = None,
    against: Annotated[
        str | None,
        typer.Option(
            "--against",
            help="The known corpus: a store URL (sqlite:///claims.db, postgresql://...), a SQLite file, or a "
            "folder of articles analysed on the fly. Default: $CLAIMS_DATABASE_URL, else ./claims.db if it "
            "exists, else the checked articles among themselves.",
            show_default=False,
        ),
    ] = None,
    changed_since: Annotated[
        str | None,
        typer.Option(
            "--changed-since",
            metavar="GIT_REF",
            help="Check the article files added or changed since this git ref.",
        ),
    ] = None,
    format: Annotated[CheckFormat, typer.Option("--format", "-f", help="Output format.")] = CheckFormat.text,
    fail_on: Annotated[
        Severity, typer.Option("--fail-on", help="Lowest severity that fails the check.")
    ] = Severity.medium,
    baseline: Annotated[
        Path | None,
        typer.Option("--baseline", help="Baseline of accepted conflicts (JSON); they do not fail the check."),
    ] = None,
    update_baseline: Annotated[
        bool,
        typer.Option(
            "--update-baseline",
            help=f"Accept the current conflicts: write them to the baseline (default {DEFAULT_BASELINE}) and exit 0.",
        ),
    ] = False,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write the report in --format to this file; stdout then gets the readable text report.",
        ),
    ] = None,
) -> None:
    """Check new articles for conflicts with what is already known (for CI)."""
    from sqlalchemy.exc import SQLAlchemyError

    from app.check import baseline as baselines
    from app.check.formats import to_github, to_json, to_text
    from app.check.git import GitError
    from app.check.run import BASELINED, FAILING
    from app.db.engine import StoreError
    from claims.readers import InputError

    started = time.perf_counter()
    if update_baseline and baseline is None:
        baseline = DEFAULT_BASELINE
    try:
        accepted = baselines.load(baseline, missing_ok=update_baseline) if baseline else None
        report = _run(
            paths or [], against, changed_since, fail_on.value, None if update_baseline else accepted
        )
    except (InputError, StoreError, GitError, baselines.BaselineError) as err:
        fail(str(err))
    except SQLAlchemyError as err:  # the store went away while it was read
        fail(f"cannot read the store: {str(getattr(err, 'orig', None) or err).strip().splitlines()[0]}")
    if update_baseline and accepted is not None:
        entries = [baselines.entry(f) for f in report.findings if f.status in (FAILING, BASELINED)]
        try:
            baselines.save(baselines.update(accepted, entries, {a.path for a in report.checked}))
        except baselines.BaselineError as err:
            fail(str(err))
        for f in report.findings:
            if f.status == FAILING:
                f.status = BASELINED
        typer.echo(f"claims: {len(entries)} conflict(s) accepted in {accepted.path}", err=True)
    if format == CheckFormat.json:
        text = json.dumps(to_json(report), ensure_ascii=False, indent=1) + "\n"
    elif format == CheckFormat.sarif:
        from app.check.sarif import to_sarif

        text = json.dumps(to_sarif(report), ensure_ascii=False, indent=1) + "\n"
    elif format == CheckFormat.junit:
        from app.check.junit import to_junit  # (xml.etree: only for this report)

        text = to_junit(report, time.perf_counter() - started)
    elif format == CheckFormat.github:
        text = to_github(report)
    else:
        text = to_text(report)
    if output is not None:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as err:
            fail(f"{output}: cannot write the report ({err.strerror or err})")
        text = to_text(report)
    sys.stdout.write(text)
    raise typer.Exit(report.exit_code)


def _run(
    paths: list[Path], against: str | None, changed_since: str | None, fail_on: str, accepted: Baseline | None
) -> Report:
    """Find the files, analyse them against the corpus and judge the conflicts."""
    from app.check import git
    from app.check.run import Outcome, Report, against_store, checked_articles, in_memory, judge
    from app.check.store import open_store
    from claims.readers import InputError, find_article_files

    cwd = Path.cwd()
    root = git.toplevel(cwd) or cwd
    kind, location = _corpus(against)
    if changed_since is not None:
        for p in paths:
            if not p.exists():
                raise InputError(f"{p}: no such file or directory")
        files = [
            f for f in git.changed_files(changed_since, cwd) if not paths or any(_under(f, p) for p in paths)
        ]
    elif not paths:
        raise InputError("give the article files or directories to check, or --changed-since GIT_REF")
    else:
        files = find_article_files(paths)
    if kind == "store":
        db = open_store(location)
        location = db.url  # without a password
        try:
            outcome = against_store(files, db, root) if files else Outcome.empty()
        finally:
            db.dispose()
    else:
        outcome = in_memory(files, Path(location) if kind == "folder" else None) if files else Outcome.empty()
        if kind == "none":
            typer.echo(
                "claims: no store or folder given (--against): checking the articles among themselves",
                err=True,
            )
    return Report(
        against=location,
        against_kind=kind,
        corpus=outcome.corpus,
        fail_on=fail_on,
        checked=checked_articles(outcome, root),
        findings=judge(outcome, root, fail_on, accepted),
        root=root,
    )


def _corpus(against: str | None) -> tuple[str, str]:
    """What to check against: ("store", url), ("folder", path) or ("none", "")."""
    from app.check.store import is_url
    from claims.readers import InputError

    if against is None:
        from pydantic import ValidationError

        from app.settings import Settings  # (pydantic-settings: only when no --against is given)

        try:
            settings = Settings()
        except ValidationError as err:
            problem = err.errors()[0]
            raise InputError(f"setting {problem['loc'][0]}: {problem['msg']}") from None
        if "database_url" in settings.model_fields_set or Path("claims.db").is_file():
            return "store", settings.database_url
        return "none", ""
    if is_url(against):
        return "store", against
    path = Path(against)
    if path.is_dir():
        return "folder", against
    if path.is_file():
        return "store", f"sqlite:///{path.resolve()}"
    raise InputError(
        f"--against {against}: no such folder or database (give a folder or a URL like sqlite:///claims.db)"
    )


def _under(file: Path, path: Path) -> bool:
    target = path.resolve()
    return file.resolve() == target or file.resolve().is_relative_to(target)
