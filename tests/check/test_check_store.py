"""`claims check --against DB_URL`: the new articles analysed against a store, which the check
never changes, with the reviewers' decisions of the store respected."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from check_support import QUOTED, ROOT, claims_here, write
from fastapi.testclient import TestClient
from sqlalchemy import event, func
from sqlmodel import select

from app.api import create_app
from app.db.engine import Database
from app.db.models import ArticleRow, ClaimRow, ConflictRow, FindingRow, StoreState
from app.settings import Settings
from claims.incremental import index_keys

sys.path.insert(0, str(ROOT / "tests" / "service"))
from service_support import BACKENDS, throwaway_store  # the service tests' throwaway stores

RIVER = "articles/orlen/03_river-daily.md"
TV = "articles/orlen/05_orlen-tv.html"
KNOWN = ["articles/orlen/01_valley-post.md", "articles/orlen/02_orlen-herald.md"]


def ingest(repo: Path, url: str, *paths: str) -> None:
    done = claims_here("ingest", *paths, "--db", url, cwd=repo)
    assert done.returncode == 0, done.stderr


def check(repo: Path, *args: str) -> tuple[int, dict[str, Any]]:
    done = claims_here("check", *args, "--format", "json", cwd=repo)
    assert done.returncode in (0, 1), done.stderr
    report = json.loads(done.stdout)
    assert report["exit_code"] == done.returncode
    return done.returncode, report


def snapshot(url: str) -> tuple[int, ...]:
    """The store's write counter and the size of its tables: any write changes one of them."""
    db = Database(url)
    with db.read() as session:
        state = session.get(StoreState, 1)
        counts = [session.scalar(select(func.count()).select_from(t)) or 0
                  for t in (ArticleRow, ClaimRow, FindingRow, ConflictRow)]  # fmt: skip
    db.dispose()
    assert state is not None
    return (state.version, *counts)


def pairs(report: dict[str, Any]) -> set[tuple[str, str, frozenset[str]]]:
    return {
        (c["kind"], c["severity"], frozenset(s["sentence"] for s in c["sides"])) for c in report["conflicts"]
    }


@pytest.mark.parametrize("backend", BACKENDS)
def test_check_against_a_store_leaves_it_unchanged(repo: Path, tmp_path: Path, backend: str) -> None:
    with throwaway_store(backend, tmp_path) as url:
        check_against_store(repo, url)


def check_against_store(repo: Path, url: str) -> None:
    ingest(repo, url, *KNOWN)
    before = snapshot(url)
    code, report = check(repo, RIVER, TV, "--against", url)
    assert code == 1
    assert snapshot(url) == before  # nothing written, not even the checked articles
    assert report["against"]["kind"] == "store" and report["against"]["articles"] == 2
    assert [a["stored_as"] for a in report["checked"]] == [None, None]
    # the new articles against the stored one, and against each other (checked one after the other)
    labels = sorted(sorted(s["label"] for s in c["sides"]) for c in report["conflicts"])
    assert labels == [
        [RIVER, TV],
        [RIVER, "stored article a1 (articles/orlen/01_valley-post.md)"],
        [TV, "stored article a1 (articles/orlen/01_valley-post.md)"],
    ]
    stored = next(s for c in report["conflicts"] for s in c["sides"] if not s["checked"])
    assert stored["path"] is None and stored["line"] is None and stored["outlet"] == "Valley Post"
    # the same findings as against the folder of the same articles
    folder_code, folder = check(repo, RIVER, TV, "--against", "articles/orlen")
    assert folder_code == 1 and pairs(folder) == pairs(report)


def test_without_against_the_default_store_is_used(repo: Path) -> None:
    ingest(repo, "sqlite:///claims.db", *KNOWN)  # ./claims.db, the default store
    code, report = check(repo, RIVER)
    assert code == 1 and report["against"]["kind"] == "store"
    (repo / "claims.db").unlink()
    for suffix in ("-wal", "-shm"):
        (repo / f"claims.db{suffix}").unlink(missing_ok=True)
    done = claims_here("check", RIVER, cwd=repo)  # no store: the article among itself only
    assert done.returncode == 0 and "checking the articles among themselves" in done.stderr


def test_a_conflict_dismissed_by_a_reviewer_does_not_fail(repo: Path) -> None:
    url = f"sqlite:///{repo / 'claims.db'}"
    ingest(repo, url, *KNOWN, RIVER)  # the article was stored, and its conflict reviewed
    app = create_app(Settings(database_url=url))
    with TestClient(app) as client:
        (conflict,) = client.get("/api/conflicts").json()["items"]
        answer = client.patch(
            f"/api/conflicts/{conflict['id']}",
            json={"status": "dismissed", "note": "toll rose", "reviewer": "kim"},
        )
        assert answer.status_code == 200, answer.text
    app.state.db.dispose()

    code, report = check(repo, RIVER, "--against", url)
    assert code == 0
    (found,) = report["conflicts"]
    assert found["status"] == "dismissed" and found["key"] == conflict["key"]
    assert found["review"] == {
        "conflict_id": conflict["id"],
        "status": "dismissed",
        "note": "toll rose",
        "reviewer": "kim",
    }
    assert report["checked"][0]["stored_as"] == "a3"

    # edited elsewhere, the article is still the stored one (by its path): the decision holds
    path = repo / RIVER
    path.write_text(path.read_text().replace("after six hours", "after six long hours"))
    code, report = check(repo, RIVER, "--against", url)
    assert code == 0 and [c["status"] for c in report["conflicts"]] == ["dismissed"]
    assert report["checked"][0]["stored_as"] == "a3"

    # a new figure is a new conflict, which nobody has dismissed; the older version of the same
    # file is not compared with it
    path.write_text(path.read_text().replace("Seven people", "Nine people"))
    code, report = check(repo, RIVER, "--against", url)
    assert code == 1
    (found,) = report["conflicts"]
    assert found["status"] == "failing" and found["review"] is None
    assert {s["sentence"] for s in found["sides"]} == {
        "Nine people were killed in the fire on Saturday.",
        "Three people were killed in the fire on Saturday.",
    }

    # another new article fails on its own conflicts
    write(repo, {"articles/misc/06_quoted.md": QUOTED})
    code, report = check(repo, "articles/misc/06_quoted.md", "--against", url)
    assert code == 1 and {c["status"] for c in report["conflicts"]} == {"failing"}


def test_the_check_store_reads_each_key_once_and_still_hides(repo: Path) -> None:
    """`CheckStore` keeps what the store gave under each key (a check only reads): asked again,
    it answers the same without a query, and articles hidden meanwhile are still left out."""
    from app.check.store import CheckStore, open_store

    ingest(repo, "sqlite:///claims.db", *KNOWN)
    db = open_store(f"sqlite:///{repo / 'claims.db'}")
    try:
        with db.read() as session:
            fresh, cached = CheckStore(session), CheckStore(session)
            claims = cached.claims_of({"a1", "a2"})
            keys = {k for c in claims for k in index_keys(c)}
            ids = {c.id for c in claims}
            first = cached.postings(keys)
            assert first == fresh.postings(keys) and any(m.startswith("a1.") for ms in first.values() for m in ms)
            assert cached.lemmas_of(ids) == fresh.lemmas_of(ids) == {c.id: c.lemmas for c in claims}
            queries: list[str] = []
            listen = lambda *args: queries.append(args[2])  # noqa: E731
            event.listen(session.get_bind(), "before_cursor_execute", listen)
            try:
                assert cached.postings(keys) == first
                assert cached.lemmas_of(ids) == {c.id: c.lemmas for c in claims}
            finally:
                event.remove(session.get_bind(), "before_cursor_execute", listen)
            assert queries == []  # answered from what it read
            cached.hide({"a1"})
            fresh.hide({"a1"})
            assert cached.postings(keys) == fresh.postings(keys)
            assert not any(m.startswith("a1.") for ms in cached.postings(keys).values() for m in ms)
    finally:
        db.dispose()
