"""The article files added or changed since a git ref, found with git.

"Since the ref" is since the merge base of the ref and the working tree's HEAD, as in a pull
request: files changed on the other branch after this one left it are not this change's.
Uncommitted changes and untracked (not ignored) files count too, so a check run before a
commit sees what the commit will add. Deleted files are not articles to check.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from claims.readers import ARTICLE_SUFFIXES


class GitError(Exception):
    """Git cannot answer (not a repository, unknown ref, git missing): a message for a person."""


def _git(args: list[str], cwd: Path) -> str:
    try:
        done = subprocess.run(
            ["git", *args], cwd=cwd, capture_output=True, text=True, encoding="utf-8", check=False
        )
    except FileNotFoundError:
        raise GitError("git is not installed (needed by --changed-since)") from None
    if done.returncode != 0:
        message = (done.stderr.strip().splitlines() or [f"git {args[0]} failed"])[-1]
        raise GitError(message.removeprefix("fatal: "))
    return done.stdout


def toplevel(cwd: Path) -> Path | None:
    """The root of the git working tree `cwd` is in, or None outside one (or without git)."""
    try:
        return Path(_git(["rev-parse", "--show-toplevel"], cwd).strip())
    except GitError:
        return None


def changed_files(ref: str, cwd: Path) -> list[Path]:
    """Article files (absolute paths) added or changed since `ref`, sorted."""
    root = toplevel(cwd)
    if root is None:
        raise GitError(f"{cwd}: not inside a git repository (needed by --changed-since)")
    if ref.startswith("-"):
        raise GitError(f"{ref!r} is not a git ref")
    try:
        commit = _git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}"], root)
    except GitError:
        raise GitError(f"unknown git ref {ref!r}") from None
    diff = _git(
        ["diff", "--name-only", "-z", "--diff-filter=ACMR", "--find-renames", "--merge-base", commit.strip()],
        root,
    )
    untracked = _git(["ls-files", "-z", "--others", "--exclude-standard"], root)
    names = {n for n in (diff + untracked).split("\0") if n}
    found = [root / n for n in names if Path(n).suffix.lower() in ARTICLE_SUFFIXES]
    return sorted(p for p in found if p.is_file())
