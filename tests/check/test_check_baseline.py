"""The baseline of accepted conflicts, and `--fail-on`."""

from __future__ import annotations

import json
from pathlib import Path

from check_support import QUOTED, claims_here, git, refused, write

CHANGED = ("check", "--changed-since", "HEAD~1", "--against", "articles")
BASELINE = ".claims-baseline.json"


def statuses(repo: Path, *args: str, cwd: Path | None = None) -> tuple[int, list[str]]:
    done = claims_here(*args, "--format", "json", cwd=cwd or repo)
    assert done.returncode in (0, 1), done.stderr
    return done.returncode, sorted(c["status"] for c in json.loads(done.stdout)["conflicts"])


def test_update_baseline_accepts_the_current_conflicts(repo: Path) -> None:
    done = claims_here(*CHANGED, "--update-baseline", cwd=repo)
    assert done.returncode == 0, done.stderr
    assert f"3 conflict(s) accepted in {BASELINE}" in done.stderr
    assert "3 in the baseline" in done.stdout
    data = json.loads((repo / BASELINE).read_text())
    assert data["tool"] == "claims check" and data["version"] == 1
    entries = data["conflicts"]
    assert [e["key"] for e in entries] == sorted(e["key"] for e in entries)
    river = next(
        e
        for e in entries
        if e["articles"] == ["articles/orlen/01_valley-post.md", "articles/orlen/03_river-daily.md"]
    )
    # readable in a review: what, where, and the sentences; keyed by paths, not by run-local ids
    assert river["kind"] == "numeric" and river["severity"] == "high"
    assert (
        "articles/orlen/03_river-daily.md: Seven people were killed in the fire on Saturday."
        in river["sentences"]
    )
    assert "articles/orlen/01_valley-post.md.s0" in river["key"] and "a1.s0" not in river["key"]

    assert statuses(repo, *CHANGED, "--baseline", BASELINE) == (0, ["baselined"] * 3)
    # the same keys when run from elsewhere in the repository, with other paths (and so other ids)
    code, found = statuses(
        repo, "check", "orlen/03_river-daily.md", "orlen/05_orlen-tv.html", "--against", ".", "--baseline",
        f"../{BASELINE}", cwd=repo / "articles",
    )  # fmt: skip
    assert (code, found) == (0, ["baselined"] * 3)

    # a conflict that is not in the baseline still fails
    write(repo, {"articles/misc/06_quoted.md": QUOTED})
    code, found = statuses(repo, *CHANGED, "--baseline", BASELINE)
    assert code == 1 and found == ["baselined"] * 3 + ["failing"] * 3


def test_updating_for_some_articles_keeps_the_others(repo: Path) -> None:
    claims_here(*CHANGED, "--update-baseline", cwd=repo)
    before = json.loads((repo / BASELINE).read_text())["conflicts"]
    # the TV page changes its toll to the Valley Post's: its two old conflicts go, its new one
    # (with River Daily) comes, and the entry about the two other articles stays
    tv = repo / "articles/orlen/05_orlen-tv.html"
    tv.write_text(tv.read_text().replace("Eleven people were killed", "Three people were killed"))
    done = claims_here("check", "articles/orlen/05_orlen-tv.html", "--against", "articles", "--update-baseline",
                       cwd=repo)  # fmt: skip
    assert done.returncode == 0, done.stderr
    after = json.loads((repo / BASELINE).read_text())["conflicts"]
    assert len(before) == 3
    kept = [e for e in before if "articles/orlen/05_orlen-tv.html" not in e["articles"]]
    assert len(kept) == 1 and kept[0] in after
    (new,) = [e for e in after if e not in kept]
    assert new["articles"] == ["articles/orlen/03_river-daily.md", "articles/orlen/05_orlen-tv.html"]
    assert new not in before
    assert any("05_orlen-tv.html: Three people were killed" in s for s in new["sentences"])


def test_fail_on_sets_the_lowest_failing_severity(repo: Path) -> None:
    write(repo, {"articles/misc/06_quoted.md": QUOTED})  # second-hand: medium conflicts only
    quoted = ("check", "articles/misc/06_quoted.md", "--against", "articles")
    assert statuses(repo, *quoted) == (1, ["failing"] * 3)
    assert statuses(repo, *quoted, "--fail-on", "high") == (0, ["below_threshold"] * 3)
    # an untracked file counts as changed
    git(repo, "status")
    code, found = statuses(repo, *CHANGED, "--fail-on", "high")
    assert code == 1 and found == ["below_threshold"] * 3 + ["failing"] * 3


def test_unusable_baselines_are_refused(repo: Path) -> None:
    refused(claims_here(*CHANGED, "--baseline", "missing.json", cwd=repo), "no such baseline file")
    (repo / "bad.json").write_text("{not json")
    refused(claims_here(*CHANGED, "--baseline", "bad.json", cwd=repo), "bad.json", "not valid JSON")
    (repo / "other.json").write_text('{"conflicts": [{"kind": "numeric"}]}')
    refused(claims_here(*CHANGED, "--baseline", "other.json", cwd=repo), "not a claims baseline")
    (repo / "bad.json").write_text("[1, 2]")
    refused(
        claims_here(*CHANGED, "--update-baseline", "--baseline", "bad.json", cwd=repo),
        "not a claims baseline",
    )
