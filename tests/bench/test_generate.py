"""The synthetic article generator of bench/generate.py."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import pytest
import yaml

from bench.generate import HEADINGS, generate_articles, main, to_markdown, write_articles
from claims.readers import read_articles

FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.S)
CREDIT = re.compile(r"^— [^()\n]+ \(@[A-Za-z0-9_.]+\) [A-Z][a-z]+ \d{1,2}, \d{4}$", re.M)


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return generate_articles(240, seed=11)


def test_same_seed_same_articles_other_seed_other_articles() -> None:
    a = generate_articles(25, words=300, seed=4)
    b = generate_articles(25, words=300, seed=4)
    c = generate_articles(25, words=300, seed=5)
    assert a == b
    assert [x["body"] for x in a] != [x["body"] for x in c]
    # An article does not depend on how many are generated after it.
    assert generate_articles(40, seed=4, events=10)[:20] == generate_articles(20, seed=4, events=10)


def test_fields_have_the_contract_formats(corpus: list[dict]) -> None:
    for art in corpus:
        assert {"title", "outlet", "published_at", "url", "body"} <= art.keys()
        assert art["title"].strip() and art["outlet"].strip()
        published = date.fromisoformat(art["published_at"])
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", art["published_at"])
        assert art["url"].startswith("https://") and f"/{published.year}/{published.month:02d}/" in art["url"]
        assert art["body"].endswith("\n") and "\r" not in art["body"]
        # published on or after the day the outlet says the event happened
        assert published >= date.fromisoformat(art["reported"]["event_date"])


def test_no_template_syntax_left_in_the_text(corpus: list[dict]) -> None:
    for art in corpus:
        for text in (art["title"], art["body"]):
            assert not re.search(r"[{}|\[\]]", text), text
            assert "  " not in text and " ." not in text and " ," not in text
            assert not re.search(r"\b[Aa] [aeio][a-z]", text)


def test_front_matter_parses_and_matches_the_fields(corpus: list[dict]) -> None:
    for art in corpus:
        text = to_markdown(art)
        match = FRONT.match(text)
        assert match, text[:200]
        meta = yaml.safe_load(match.group(1))
        assert meta["title"] == art["title"]
        assert meta["outlet"] == art["outlet"]
        assert meta["url"] == art["url"]
        assert meta["published_at"] == date.fromisoformat(art["published_at"])
        assert meta.get("author") == art["author"]
        assert text[match.end() :] == art["body"]


def test_front_matter_survives_quotes_and_colons() -> None:
    art = dict(generate_articles(1, seed=0)[0])
    art["title"] = 'Fire: "worst in years", says chief'
    art["outlet"] = "The O'Neill: Daily"
    meta = yaml.safe_load(FRONT.match(to_markdown(art)).group(1))  # type: ignore[union-attr]
    assert meta["title"] == art["title"] and meta["outlet"] == art["outlet"]


@pytest.mark.parametrize("words", [80, 500, 1500])
def test_words_per_article_near_the_request(words: int) -> None:
    counts = [len(a["body"].split()) for a in generate_articles(60, words=words, seed=2)]
    assert all(words <= n <= words + max(45, words * 0.1) for n in counts), (min(counts), max(counts))
    assert abs(sum(counts) / len(counts) - words) <= max(25, words * 0.05)


def test_several_outlets_report_each_event(corpus: list[dict]) -> None:
    by_event: dict[str, list[dict]] = defaultdict(list)
    for art in corpus:
        by_event[art["event"]].append(art)
    assert len(by_event) == 240 // 4
    for arts in by_event.values():
        assert len(arts) == 4
        assert len({a["outlet"] for a in arts}) == 4
        assert len({a["reported"]["place"] for a in arts}) == 1
        # the place is named in every report
        assert all(arts[0]["reported"]["place"] in a["body"] for a in arts)


def test_events_option_sets_the_number_of_events() -> None:
    arts = generate_articles(30, words=150, seed=1, events=3)
    counts = Counter(a["event"] for a in arts)
    assert sorted(counts.values()) == [10, 10, 10]
    assert len({a["outlet"] for a in arts if a["event"] == "e1"}) == 10
    assert {a["event"] for a in generate_articles(5, words=100, seed=1, events=50)} == {
        f"e{i}" for i in range(1, 6)
    }


def test_outlets_disagree_now_and_then(corpus: list[dict]) -> None:
    by_event: dict[str, list[dict]] = defaultdict(list)
    for art in corpus:
        by_event[art["event"]].append(art["reported"])
    figures_differ = sum(
        1 for reps in by_event.values() if len({tuple(sorted(r["figures"].items())) for r in reps}) > 1
    )
    days_differ = sum(1 for reps in by_event.values() if len({r["event_date"] for r in reps}) > 1)
    assert figures_differ >= len(by_event) // 3
    assert days_differ >= 3


def test_news_features_are_present(corpus: list[dict]) -> None:
    bodies = [a["body"] for a in corpus]
    text = "\n".join(bodies)

    def share(pattern: str | re.Pattern[str]) -> float:
        return sum(1 for b in bodies if re.search(pattern, b)) / len(bodies)

    assert share(r"\b(?:at least|more than|about|around|nearly|up to) \d") > 0.5
    assert share(r"\bbetween [\w,]+ and [\w,]+|\b\d[\d,]* to \d|\b\d+-\d+ ") > 0.1
    assert share(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|forty) ") > 0.5
    assert share(r"\bno (?:injuries|one|deaths|fatalities)\b|\bnobody\b|\bnone of the\b") > 0.2
    assert (
        share(r"\breportedly\b|\b(?:is|are|was) (?:believed|thought) to\b|\bmay have\b|\bappears? to\b") > 0.5
    )
    assert share(r"[,”\"] (?:said|told reporters)|\bsaid: [“\"]") > 0.8
    assert share(r"\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b") > 0.8
    assert (
        share(
            r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d"
        )
        > 0.4
    )
    headings = "|".join(re.escape(h) for h in HEADINGS)
    assert share(rf"(?m)^(?:#{{2,3}} )?(?:{headings})$") > 0.3  # section headings
    assert 0.1 < share(CREDIT) < 0.6  # embedded posts, each closed by a credit line
    assert 0.1 < share(r"(?m)(?:/ Photo: |\((?:AFP|Reuters|EPA|AP)/|Photo: \w)") < 0.7
    for credit in CREDIT.finditer(text):  # the post text is on the line above the credit
        above = text[: credit.start()].rstrip("\n").rsplit("\n", 1)[-1]
        assert len(above.split()) >= 5


def test_text_is_varied(corpus: list[dict]) -> None:
    sentences: Counter[str] = Counter()
    for art in corpus:
        for s in set(re.split(r"(?<=[.!?”\"])\s+", art["body"])):
            if len(s.split()) >= 6:
                sentences[s] += 1
    assert len(sentences) > 0.7 * sum(sentences.values())
    most_common = sentences.most_common(1)[0][1]
    assert most_common < 0.15 * len(corpus), sentences.most_common(3)
    titles = Counter(a["title"] for a in corpus)
    assert len(titles) > 0.4 * len(corpus)


def test_files_are_read_back_by_the_project_reader(tmp_path: Path, corpus: list[dict]) -> None:
    paths = write_articles(corpus[:60], tmp_path)
    assert all(p.suffix == ".md" for p in paths)
    articles = read_articles([tmp_path])
    assert len(articles) == 60
    by_path = {Path(a.path).name: a for a in articles if a.path}
    for path, art in zip(paths, corpus[:60], strict=True):
        read = by_path[path.name]
        assert read.body == art["body"]
        assert read.title == art["title"]
        assert read.outlet == art["outlet"]
        assert read.published_at == date.fromisoformat(art["published_at"])
        assert read.published_at_source == "metadata"


def test_command_line_writes_n_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["12", str(out), "--words", "200", "--seed", "3", "--events", "3"]) == 0
    files = sorted(out.glob("*.md"))
    assert len(files) == 12
    assert {re.match(r"\d{5}_(e\d+)_", f.name)[1] for f in files} == {"e1", "e2", "e3"}  # type: ignore[index]
    expected = generate_articles(12, words=200, seed=3, events=3)
    assert [f.read_text(encoding="utf-8") for f in files] == [to_markdown(a) for a in expected]
