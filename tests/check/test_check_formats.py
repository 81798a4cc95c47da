"""`claims check --changed-since` in a git repository with two commits, run as CI runs it (a
new process), in every output format."""

from __future__ import annotations

import json
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from check_support import NEW_ARTICLES, claims, sarif_problems, sentence_at, words

CHECK = ("check", "--changed-since", "HEAD~1", "--against", "articles")
SENTENCES = {
    "articles/orlen/01_valley-post.md": "Three people were killed in the fire on Saturday.",
    "articles/orlen/03_river-daily.md": "Seven people were killed in the fire on Saturday.",
    "articles/orlen/05_orlen-tv.html": "Eleven people were killed in the fire on Saturday",
}
GITHUB = re.compile(
    r"^::(?P<command>error|warning|notice) file=(?P<file>[^,]+),line=(?P<line>\d+),col=(?P<col>\d+)"
    r"(?:,endLine=(?P<end_line>\d+),endColumn=(?P<end_col>\d+))?,title=(?P<title>[^:,]+)::(?P<message>.+)$"
)


def test_text_names_both_sides_of_each_new_conflict(shared_repo: Path) -> None:
    done = claims(*CHECK, cwd=shared_repo)
    assert done.returncode == 1, done.stderr
    out = done.stdout
    # the three changed articles are checked, the old one and the JSON file are not
    for path in NEW_ARTICLES:
        assert f"  {path} (" in out
    assert "04_garden" not in out and "todo.json" not in out
    blocks = [b for b in out.split("\n\n") if re.match(r"x\d+ FAIL", b)]
    assert len(blocks) == 3  # 03 vs 01, 05 vs 01, 03 vs 05; 01 vs 02 agree
    river = next(b for b in blocks if "Valley Post" in b and "River Daily" in b)
    assert "HIGH numeric (same_time)" in river
    assert "says 7 people" in river and "says 3 people" in river  # the explanation
    assert "[checked] River Daily (2025-05-04) — articles/orlen/03_river-daily.md:10:1" in river
    assert "[known] Valley Post (2025-05-04) — articles/orlen/01_valley-post.md:9:1" in river
    for sentence in (
        SENTENCES["articles/orlen/01_valley-post.md"],
        SENTENCES["articles/orlen/03_river-daily.md"],
    ):
        assert f"\u201c{sentence}\u201d" in river
    assert out.rstrip().endswith("Result: 3 conflict(s) of severity medium or higher need a reviewer.")


def test_json_locates_every_side_on_its_sentence(shared_repo: Path) -> None:
    done = claims(*CHECK, "--format", "json", cwd=shared_repo)
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    assert report["exit_code"] == 1 and report["fail_on"] == "medium"
    assert report["against"] == {"kind": "folder", "location": "articles", "articles": 6}
    assert sorted(a["path"] for a in report["checked"]) == NEW_ARTICLES
    failing = {a["path"]: a["failing"] for a in report["checked"]}
    assert failing == {NEW_ARTICLES[0]: 0, NEW_ARTICLES[1]: 2, NEW_ARTICLES[2]: 2}
    assert report["summary"] == {
        "checked": 3, "conflicts": 3, "failing": 3, "dismissed": 0, "baselined": 0, "below_threshold": 0,
    }  # fmt: skip
    for conflict in report["conflicts"]:
        assert {"id", "kind", "severity", "temporal", "claim_ids", "explanation"} <= set(conflict)
        assert conflict["status"] == "failing" and conflict["severity"] == "high"
        assert any(side["checked"] for side in conflict["sides"])
        for side in conflict["sides"]:
            assert side["sentence"] == SENTENCES[side["path"]] or side["sentence"].startswith(
                SENTENCES[side["path"]]
            )
            located = sentence_at(shared_repo, side["path"], side["line"], side["column"])
            if side["path"].endswith(".md"):  # exact: the body offset plus the front matter
                assert side["location_exact"] and located.startswith(side["sentence"])
                assert side["end_line"] == side["line"] and side["end_column"] == side["column"] + len(
                    side["sentence"]
                )
            else:  # a web page: found in the raw HTML by its first words
                assert not side["location_exact"] and side["line"] == 16 and side["column"] == 4
                assert located.startswith(
                    "Eleven people were killed in the fire on Saturday, the station&#8217;s"
                )


def test_github_annotations_land_on_the_checked_sentences(shared_repo: Path) -> None:
    done = claims(*CHECK, "--format", "github", cwd=shared_repo)
    assert done.returncode == 1, done.stderr
    lines = done.stdout.strip().splitlines()
    commands = [GITHUB.match(line) for line in lines[:-1]]
    assert all(commands), lines
    assert lines[-1].startswith("Result: 3 conflict(s)")
    # one error per checked side: 03 vs 01 and 05 vs 01 once each, 03 vs 05 on both articles
    seen = sorted((m["file"], int(m["line"])) for m in commands if m)
    assert seen == [
        ("articles/orlen/03_river-daily.md", 10), ("articles/orlen/03_river-daily.md", 10),
        ("articles/orlen/05_orlen-tv.html", 16), ("articles/orlen/05_orlen-tv.html", 16),
    ]  # fmt: skip
    for m in commands:
        assert m is not None and m["command"] == "error"
        assert m["title"] == "claims%3A high numeric conflict (same time)"
        at = sentence_at(shared_repo, m["file"], int(m["line"]), int(m["col"]))
        assert words(at)[:3] == words(SENTENCES[m["file"]])[:3]
        explanation, *others = m["message"].replace("%0A", "\n").replace("%25", "%").split("\n")
        assert "No qualifier reconciles the two figures." in explanation
        other = next(path for path, sentence in SENTENCES.items() if sentence in "\n".join(others))
        assert other != m["file"]  # the annotation shows the other side


@pytest.fixture(scope="module")
def sarif_run(shared_repo: Path) -> subprocess.CompletedProcess[str]:
    return claims(*CHECK, "--format", "sarif", cwd=shared_repo)


def test_sarif_is_sound_and_points_at_the_sentences(
    shared_repo: Path, sarif_run: subprocess.CompletedProcess[str]
) -> None:
    done = sarif_run
    assert done.returncode == 1, done.stderr
    doc = json.loads(done.stdout)
    assert sarif_problems(doc) == []
    run = doc["runs"][0]
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert {"claims/numeric", "claims/date", "claims/negation", "claims/outcome"} <= set(rules)
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == shared_repo.resolve().as_uri() + "/"
    results = run["results"]
    assert len(results) == 3
    for result in results:
        assert result["ruleId"] == "claims/numeric" and result["level"] == "error"
        location = result["locations"][0]["physicalLocation"]
        path = location["artifactLocation"]["uri"]
        assert path in NEW_ARTICLES
        region = location["region"]
        at = sentence_at(shared_repo, path, region["startLine"], region["startColumn"])
        assert words(at)[:3] == words(SENTENCES[path])[:3]
        (related,) = result["relatedLocations"]
        other = related["physicalLocation"]["artifactLocation"]["uri"]
        assert other != path and other in SENTENCES
        assert related["physicalLocation"]["region"]["snippet"]["text"].startswith(SENTENCES[other][:30])
    fingerprints = {r["partialFingerprints"]["claimsConflictKey/v1"] for r in results}
    assert len(fingerprints) == 3


def test_sarif_check_catches_broken_documents(sarif_run: subprocess.CompletedProcess[str]) -> None:
    """The structural check above can fail: each break is reported."""
    doc = json.loads(sarif_run.stdout)
    result = doc["runs"][0]["results"][0]
    result["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    result["ruleId"] = "claims/nonsense"
    result["level"] = "fatal"
    doc["runs"][0]["tool"]["driver"]["rules"].append({"id": "claims/numeric"})
    problems = sarif_problems(doc)
    for expected in ("startLine 0", "'claims/nonsense' is not a rule", ".level", "rule ids repeat"):
        assert any(expected in p for p in problems), (expected, problems)
    assert sarif_problems({"version": "2.0.0", "runs": []}) == [
        "version is not 2.1.0", "$schema missing", "runs is not a non-empty array",
    ]  # fmt: skip


def test_junit_has_one_case_per_checked_article(shared_repo: Path, tmp_path: Path) -> None:
    report = tmp_path / "claims-junit.xml"
    done = claims(*CHECK, "--format", "junit", "--output", str(report), cwd=shared_repo)
    assert done.returncode == 1, done.stderr
    assert done.stdout.startswith("claims check: 3 article(s) checked")  # the text report for the log
    root = ET.fromstring(report.read_text(encoding="utf-8"))
    assert root.tag == "testsuites"
    (suite,) = root.findall("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("3", "2", "0")
    cases = {case.get("name"): case for case in suite.findall("testcase")}
    assert sorted(cases) == NEW_ARTICLES
    assert cases[NEW_ARTICLES[0]].find("failure") is None
    for name in NEW_ARTICLES[1:]:
        failure = cases[name].find("failure")
        assert failure is not None
        assert failure.get("message") == "2 conflict(s): " + ", ".join(
            ["high numeric conflict (same time)"] * 2
        )
        assert SENTENCES[name][:40] in (failure.text or "")
        assert "Valley Post" in (failure.text or "")


def test_nothing_changed_passes(shared_repo: Path) -> None:
    done = claims("check", "--changed-since", "HEAD", "--against", "articles", "-f", "json", cwd=shared_repo)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["checked"] == [] and report["conflicts"] == [] and report["exit_code"] == 0
