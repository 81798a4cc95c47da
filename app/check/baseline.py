"""The baseline: conflicts a team has accepted, so they no longer fail the build (as linters
keep a baseline of known warnings). A JSON file, readable in a review:

    {"tool": "claims check", "version": 1, "conflicts": [
      {"key": "numeric|articles/a.md.s0|articles/b.md.s0|occ:death|same_time",
       "kind": "numeric", "severity": "high", "articles": ["articles/a.md", "articles/b.md"],
       "explanation": "...", "sentences": ["...", "..."]}]}

An entry is matched by `key`: the core's conflict key with article ids replaced by the
articles' paths (or, for stored articles that are no file here, their content hashes), so it
holds across runs, folders and stores. Everything else in an entry is for people.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.check.run import Finding

VERSION = 1


class BaselineError(Exception):
    """An unusable baseline file: a message for a person."""


@dataclass
class Baseline:
    path: Path
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)

    def __contains__(self, key: str) -> bool:
        return key in self.entries


def load(path: Path, missing_ok: bool = False) -> Baseline:
    if not path.exists():
        if missing_ok:
            return Baseline(path)
        raise BaselineError(f"{path}: no such baseline file (write one with --update-baseline)")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise BaselineError(f"{path}: cannot read the baseline ({err})") from None
    except json.JSONDecodeError as err:
        raise BaselineError(
            f"{path}: the baseline is not valid JSON (line {err.lineno}: {err.msg})"
        ) from None
    conflicts = data.get("conflicts") if isinstance(data, dict) else None
    if not isinstance(conflicts, list) or not all(
        isinstance(e, dict) and isinstance(e.get("key"), str) for e in conflicts
    ):
        raise BaselineError(
            f"{path}: not a claims baseline (expected an object with a list of conflicts, each with a key)"
        )
    return Baseline(path, {e["key"]: e for e in conflicts})


def entry(f: Finding) -> dict[str, Any]:
    """A conflict as a baseline entry: its key, and what a person needs to recognise it."""
    return {
        "key": f.baseline_key,
        "kind": f.kind,
        "severity": f.severity,
        "temporal": f.temporal,
        "articles": sorted({s.label for s in f.sides}),
        "explanation": f.explanation,
        "sentences": [f"{s.label}: {s.sentence}" for s in f.sides],
    }


def update(baseline: Baseline, accepted: list[dict[str, Any]], checked: set[str]) -> Baseline:
    """The baseline after a run that checked the articles `checked` (paths) and accepts the
    `accepted` entries: entries about the checked articles are replaced by what this run found;
    entries about other articles are kept (a run on a few changed files keeps the rest)."""
    kept = {k: e for k, e in baseline.entries.items() if not set(e.get("articles") or []) & checked}
    kept.update((e["key"], e) for e in accepted)
    return Baseline(baseline.path, kept)


def save(baseline: Baseline) -> None:
    data = {
        "tool": "claims check",
        "version": VERSION,
        "about": "Conflicts accepted for now: `claims check --baseline` does not fail on them. "
        "Rewritten by `claims check --update-baseline`; entries are matched by key.",
        "conflicts": [baseline.entries[k] for k in sorted(baseline.entries)],
    }
    try:
        baseline.path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as err:
        raise BaselineError(f"{baseline.path}: cannot write the baseline ({err.strerror or err})") from None
