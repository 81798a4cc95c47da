"""Helpers of the `claims check` tests: small articles about one fictional event (a warehouse
fire in the invented town of Orlen) written for these tests, a temporary git repository with
two commits, running the command, and a structural check of SARIF 2.1.0 documents."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from app.cli import app

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "corpus"

VALLEY_POST = """---
title: "Fire destroys Brindle Street warehouse in Orlen"
outlet: Valley Post
published_at: 2025-05-04
---

ORLEN — A fire destroyed a furniture warehouse on Brindle Street in Orlen on Saturday, May 3, 2025, fire officials said.

Three people were killed in the fire on Saturday.

Firefighters brought the blaze under control after six hours. The cause of the fire is under investigation.
"""
ORLEN_HERALD = """---
title: "Warehouse blaze in Orlen under control"
outlet: Orlen Herald
published_at: 2025-05-04
---

ORLEN — Firefighters battled a large fire at a furniture warehouse on Brindle Street in Orlen on Saturday, May 3, 2025.

The blaze was brought under control after six hours, the fire department said. Investigators have not determined the cause.
"""
GARDEN = """Orlen garden show opens

The annual Orlen garden show opened on Friday in the city park with 120 exhibitors.

Organisers expect about 15,000 visitors over the weekend.
"""
# added by the second commit: two reports that contradict the first one's toll (and each other)
RIVER_DAILY = """---
title: "Seven dead in Orlen warehouse fire"
outlet: River Daily
published_at: 2025-05-04
author: Ines Marin
---

ORLEN — A fire destroyed a furniture warehouse on Brindle Street in Orlen on Saturday, May 3, 2025.

Seven people were killed in the fire on Saturday.

Firefighters brought the blaze under control after six hours.
"""
ORLEN_TV = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Orlen warehouse fire: what we know | Orlen TV</title>
<meta property="og:site_name" content="Orlen TV">
<meta name="date" content="2025-05-04">
</head>
<body>
<header><nav><a href="/">Home</a> | <a href="/news">News</a></nav></header>
<article>
<h1>Orlen warehouse fire: what we know</h1>
<p>A fire destroyed a furniture warehouse on Brindle Street in Orlen on Saturday, May 3, 2025.</p>
<p>Firefighters brought the blaze under control after
six hours, and the cause of the fire is under investigation.</p>
<p>Eleven people were killed in the fire on Saturday, the station&#8217;s reporters were told at the scene.</p>
</article>
<footer>&copy; 2025 Orlen TV</footer>
</body>
</html>
"""
LIBRARY = """Orlen library extends opening hours

The Orlen public library will open until 9 p.m. on weekdays from June, the city council said on Tuesday.

The library lends about 40,000 books a year.
"""
# not committed: a second-hand report (so its conflicts are of medium severity)
QUOTED = """---
title: "Warehouse fire toll disputed"
outlet: Evening Courier
published_at: 2025-05-04
---

ORLEN — A fire destroyed a furniture warehouse on Brindle Street in Orlen on Saturday, May 3, 2025.

Four people were killed in the fire, a police spokesman said.
"""

FIRST_COMMIT = {
    "articles/orlen/01_valley-post.md": VALLEY_POST,
    "articles/orlen/02_orlen-herald.md": ORLEN_HERALD,
    "articles/misc/04_garden.txt": GARDEN,
    "README.md": "Our newsroom's articles.\n",
}
SECOND_COMMIT = {
    "articles/orlen/03_river-daily.md": RIVER_DAILY,
    "articles/orlen/05_orlen-tv.html": ORLEN_TV,
    "articles/misc/08_library.txt": LIBRARY,
    "notes/todo.json": '{"todo": []}\n',  # not an article
}
NEW_ARTICLES = [
    "articles/misc/08_library.txt",
    "articles/orlen/03_river-daily.md",
    "articles/orlen/05_orlen-tv.html",
]
GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test",
    "GIT_AUTHOR_EMAIL": "test@example.org",
    "GIT_COMMITTER_NAME": "Test",
    "GIT_COMMITTER_EMAIL": "test@example.org",
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_CONFIG_GLOBAL": os.devnull,
}


def clean_env() -> dict[str, str]:
    """The environment without the store settings of whoever runs the tests."""
    return {k: v for k, v in os.environ.items() if not k.startswith("CLAIMS_")} | GIT_ENV


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", *args], cwd=repo, env=clean_env(), capture_output=True, text=True, check=True
    )
    return done.stdout


def write(repo: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = repo / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def make_repo(repo: Path) -> Path:
    """A git repository with the first commit (the known articles) and the second (new ones)."""
    repo.mkdir(parents=True, exist_ok=True)
    git(repo, "init", "-q", "-b", "main")
    write(repo, FIRST_COMMIT)
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "known articles")
    write(repo, SECOND_COMMIT)
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "new articles")
    return repo


def copy_repo(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


def claims(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The command as CI runs it: a new process."""
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args], cwd=cwd, env=clean_env(), capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip


class Result:
    def __init__(self, exit_code: int, stdout: str, stderr: str) -> None:
        self.returncode, self.stdout, self.stderr = exit_code, stdout, stderr


def claims_here(*args: str, cwd: Path) -> Result:
    """The command in this process (faster), from `cwd`; an unexpected exception fails the test
    instead of being turned into an exit code."""
    old = Path.cwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(
            app, list(args), env={"CLAIMS_DATABASE_URL": None}, catch_exceptions=False
        )
    finally:
        os.chdir(old)
    return Result(result.exit_code, result.stdout, result.stderr)


def refused(result: Result | subprocess.CompletedProcess[str], *reason: str) -> None:
    """Exit code 2 and one line on stderr that says why, no traceback."""
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("claims: "), result.stderr
    assert all(r in lines[0] for r in reason), lines[0]
    assert "Traceback" not in result.stderr and result.stdout == ""


def sentence_at(repo: Path, path: str, line: int, column: int) -> str:
    """The file's text from a 1-based line and column to the end of that line."""
    return (repo / path).read_text(encoding="utf-8").split("\n")[line - 1][column - 1 :]


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


# SARIF 2.1.0, checked by structure (the fields and types the standard requires of what we use)

LEVELS = {"none", "note", "warning", "error"}
SUPPRESSION_KINDS = {"inSource", "external"}
SUPPRESSION_STATUSES = {"accepted", "underReview", "rejected"}


def sarif_problems(doc: Any) -> list[str]:
    """Everything in `doc` that breaks the SARIF 2.1.0 structure; empty when it is sound."""
    problems: list[str] = []

    def need(condition: bool, what: str) -> bool:
        if not condition:
            problems.append(what)
        return condition

    if not need(isinstance(doc, dict), "the document is not an object"):
        return problems
    need(doc.get("version") == "2.1.0", "version is not 2.1.0")
    need(isinstance(doc.get("$schema"), str) and "sarif" in doc["$schema"], "$schema missing")
    runs = doc.get("runs")
    if not need(isinstance(runs, list) and len(runs) > 0, "runs is not a non-empty array"):
        return problems
    for r, run in enumerate(runs):
        where = f"runs[{r}]"
        driver = (run.get("tool") or {}).get("driver") if isinstance(run, dict) else None
        if not need(isinstance(driver, dict), f"{where}.tool.driver missing"):
            continue
        need(isinstance(driver.get("name"), str) and driver["name"] != "", f"{where}: driver.name missing")
        rules = driver.get("rules", [])
        need(isinstance(rules, list), f"{where}: rules is not an array")
        ids = [rule.get("id") for rule in rules if isinstance(rule, dict)]
        need(
            len(ids) == len(rules) and all(isinstance(i, str) and i for i in ids),
            f"{where}: a rule without id",
        )
        need(len(set(ids)) == len(ids), f"{where}: rule ids repeat")
        for rule in rules:
            for name in ("shortDescription", "fullDescription", "help"):
                if name in rule:
                    need(
                        isinstance(rule[name].get("text"), str), f"{where}: rule {rule.get('id')}.{name}.text"
                    )
            level = (rule.get("defaultConfiguration") or {}).get("level", "warning")
            need(level in LEVELS, f"{where}: rule {rule.get('id')} has level {level!r}")
        bases = run.get("originalUriBaseIds", {})
        need(isinstance(bases, dict), f"{where}: originalUriBaseIds is not an object")
        for name, base in bases.items():
            need(isinstance(base.get("uri"), str) and base["uri"].endswith("/"), f"{where}: base {name} uri")
        need(run.get("columnKind", "unicodeCodePoints") in ("utf16CodeUnits", "unicodeCodePoints"),
             f"{where}: columnKind")  # fmt: skip
        results = run.get("results")
        if not need(isinstance(results, list), f"{where}.results is not an array"):
            continue
        for n, result in enumerate(results):
            _result_problems(result, f"{where}.results[{n}]", ids, bases, need)
    return problems


def _result_problems(result: Any, where: str, rule_ids: list[str], bases: dict[str, Any], need: Any) -> None:
    if not need(isinstance(result, dict), f"{where} is not an object"):
        return
    message = result.get("message")
    need(
        isinstance(message, dict) and isinstance(message.get("text"), str) and message["text"],
        f"{where}.message.text",
    )
    rule = result.get("ruleId")
    need(isinstance(rule, str) and rule in rule_ids, f"{where}.ruleId {rule!r} is not a rule")
    if "ruleIndex" in result:
        index = result["ruleIndex"]
        need(isinstance(index, int) and 0 <= index < len(rule_ids) and rule_ids[index] == rule,
             f"{where}.ruleIndex does not point at {rule!r}")  # fmt: skip
    need(result.get("level", "warning") in LEVELS, f"{where}.level")
    locations = result.get("locations")
    need(isinstance(locations, list) and len(locations) >= 1, f"{where}.locations is empty")
    for n, location in enumerate(locations or []):
        _location_problems(location, f"{where}.locations[{n}]", bases, need)
    for n, related in enumerate(result.get("relatedLocations", [])):
        need(isinstance(related.get("id"), int) and related["id"] >= 0, f"{where}.relatedLocations[{n}].id")
        _location_problems(related, f"{where}.relatedLocations[{n}]", bases, need)
    prints = result.get("partialFingerprints", {})
    need(
        isinstance(prints, dict) and all(isinstance(v, str) for v in prints.values()),
        f"{where}.partialFingerprints",
    )
    for n, s in enumerate(result.get("suppressions", [])):
        need(s.get("kind") in SUPPRESSION_KINDS, f"{where}.suppressions[{n}].kind")
        need(s.get("status", "accepted") in SUPPRESSION_STATUSES, f"{where}.suppressions[{n}].status")


def _location_problems(location: Any, where: str, bases: dict[str, Any], need: Any) -> None:
    if not need(isinstance(location, dict), f"{where} is not an object"):
        return
    if "message" in location:
        need(isinstance(location["message"].get("text"), str), f"{where}.message.text")
    physical = location.get("physicalLocation")
    if physical is None:
        need(bool(location.get("logicalLocations") or location.get("message")), f"{where} locates nothing")
        return
    artifact = physical.get("artifactLocation") or {}
    uri = artifact.get("uri")
    need(
        isinstance(uri, str) and uri and "\\" not in uri and not uri.startswith("/"), f"{where}: uri {uri!r}"
    )
    if "uriBaseId" in artifact:
        need(artifact["uriBaseId"] in bases, f"{where}: uriBaseId {artifact['uriBaseId']!r} is not defined")
    region = physical.get("region")
    if region is None:
        return
    start_line, start_column = region.get("startLine"), region.get("startColumn", 1)
    need(isinstance(start_line, int) and start_line >= 1, f"{where}: startLine {start_line!r}")
    need(isinstance(start_column, int) and start_column >= 1, f"{where}: startColumn {start_column!r}")
    if "endLine" in region and isinstance(start_line, int):
        end_line, end_column = region["endLine"], region.get("endColumn")
        need(isinstance(end_line, int) and end_line >= start_line, f"{where}: endLine before startLine")
        if end_line == start_line and isinstance(end_column, int) and isinstance(start_column, int):
            need(end_column > start_column, f"{where}: endColumn not after startColumn")
    if "snippet" in region:
        need(isinstance(region["snippet"].get("text"), str), f"{where}: snippet.text")
