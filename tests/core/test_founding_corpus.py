"""The acceptance checks of the analysis on the five articles the project was founded on, read in
place from ../shared (never copied here), and the evaluation script's figures on them."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from claims.analysis import Analysis, analyze
from claims.readers import read_articles
from claims.report import to_json

SHARED = Path(__file__).resolve().parents[3] / "shared"
CORPUS = SHARED / "corpus" / "iraq-drone-2024"
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"{CORPUS} is not here")


@pytest.fixture(scope="module")
def result() -> Analysis:
    return analyze(read_articles([CORPUS]))


def article(result: Analysis, prefix: str):  # type: ignore[no-untyped-def]
    return next(a for a in result.articles if Path(a.path or "").name.startswith(prefix))


def test_every_claim_points_at_its_verbatim_sentence(result: Analysis) -> None:
    bodies = {a.id: a.body for a in result.articles}
    assert result.claims
    for c in result.claims:
        assert bodies[c.article_id][c.start : c.end] == c.sentence


def test_the_four_embedded_posts_of_001_are_sources_with_author_and_date(result: Analysis) -> None:
    posts = [s for s in article(result, "001").sources if s.kind == "post"]
    assert len(posts) == 4
    assert all(p.name and p.handle and p.published_at for p in posts)
    assert {p.handle for p in posts} >= {"@starsandstripes", "@FDD"}


def test_tuesday_july_16_is_resolved(result: Analysis) -> None:
    dated = [c for c in result.claims if "Tuesday, July 16" in c.sentence]
    assert dated and all(date(2024, 7, 16) in [m.value for m in c.dates] for c in dated)


@pytest.mark.parametrize(
    ("text", "value", "noun", "qualifier"),
    [
        ("106 attacks", 106, "attacks", "exact"),
        ("at least 176 attacks", 176, "attacks", "at_least"),
        ("over 100 attacks", 100, "attacks", "more_than"),
        ("2,500 American personnel", 2500, "personnel", "exact"),
        ("three American troops", 3, "troops", "exact"),
    ],
)
def test_figures_with_their_qualifiers_and_nouns(
    result: Analysis, text: str, value: float, noun: str, qualifier: str
) -> None:
    found = [q for c in result.claims for q in c.quantities if q.text.lower().endswith(text.lower())]
    assert found, f"no quantity {text!r}"
    assert {(q.value, q.unit, q.qualifier) for q in found} == {(value, noun, qualifier)}


@pytest.mark.parametrize("speaker", ["Glen E. Howard", "Bilgay Duman", "Sabrina Singh"])
def test_quotes_carry_their_speaker(result: Analysis, speaker: str) -> None:
    assert any(c.speaker and speaker in c.speaker for c in result.claims)


def test_003_is_dated_from_its_metadata(result: Analysis) -> None:
    a = article(result, "003")
    assert a.published_at == date(2024, 1, 1)


def test_the_evaluation_script_figures(result: Analysis, tmp_path: Path) -> None:
    """The figures issue 3 asks for: conflicts 5/5, context 2/2, no trap alarm, links at least
    16/20, reuse 1/1, at most 15 conflicts flagged high or medium."""
    out = tmp_path / "result.json"
    out.write_text(json.dumps(to_json(result)))
    score = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), str(out), str(CORPUS / "gold.json"), "--json"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    total = json.loads(score.stdout)["total"]
    assert total["conflict_recall"] == [5, 5]
    assert total["context_recall"] == [2, 2]
    assert total["trap_alarms"][0] == 0
    assert total["link_recall"][0] >= 16
    assert total["reuse_recall"] == [1, 1]
    assert total["flagged"] <= 15
