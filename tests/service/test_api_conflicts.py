"""GET /api/conflicts (filters, pages), GET /api/conflicts/{id}, PATCH /api/conflicts/{id}:
reviews, their history, and how they survive later ingests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from service_support import (
    EXAMPLES,
    api_client,
    everything,
    post_file,
    snapshot,
    stale_renderings,
    stale_renderings_in,
)
from sqlmodel import col, delete, select, update

from app.db.engine import Database
from app.db.models import ClaimRow, ConflictRow, FindingRow
from app.store import listing
from app.store.conflicts import refresh_conflicts
from app.store.write import now

FIRE = sorted((EXAMPLES / "port-meridian-plant-fire").glob("0*"))


def test_filters_select_what_they_say(corpus_client: TestClient) -> None:
    every = everything(corpus_client, "/api/conflicts")
    assert len(every) > 3
    for name in ("kind", "severity", "temporal", "status"):
        for value in {x[name] for x in every}:
            chosen = everything(corpus_client, "/api/conflicts", **{name: value})
            assert chosen and all(x[name] == value for x in chosen)
            assert len(chosen) == sum(x[name] == value for x in every)
    article = every[0]["article_ids"][1]
    touching = everything(corpus_client, "/api/conflicts", article_id=article)
    assert touching and all(article in x["article_ids"] for x in touching)
    assert len(touching) == sum(article in x["article_ids"] for x in every)
    both = everything(corpus_client, "/api/conflicts", severity=every[0]["severity"], kind=every[0]["kind"])
    assert every[0]["id"] in {x["id"] for x in both}


def test_conflicts_come_most_urgent_first_in_pages(corpus_client: TestClient) -> None:
    every = everything(corpus_client, "/api/conflicts")
    rank = {"high": 0, "medium": 1, "low": 2}
    assert [rank[x["severity"]] for x in every] == sorted(rank[x["severity"]] for x in every)
    first = corpus_client.get("/api/conflicts", params={"limit": 2}).json()
    second = corpus_client.get("/api/conflicts", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == len(every)
    assert [x["id"] for x in first["items"] + second["items"]] == [x["id"] for x in every[:4]]


def test_a_conflict_carries_the_analyze_fields_and_both_sides(corpus_client: TestClient) -> None:
    conflict = everything(corpus_client, "/api/conflicts")[0]
    assert {"id", "kind", "severity", "temporal", "claim_ids", "explanation", "status", "note"} <= set(conflict)
    assert [s["claim_id"] for s in conflict["sides"]] == conflict["claim_ids"]
    for side in conflict["sides"]:
        claim = corpus_client.get(f"/api/claims/{side['claim_id']}").json()
        assert claim["sentence"] == side["sentence"] and claim["article_id"] == side["article_id"]
    assert corpus_client.get(f"/api/conflicts/{conflict['id']}").json()["history"] == []


def test_review_is_kept_with_its_history(client: TestClient) -> None:
    for path in FIRE[:2]:
        post_file(client, path)
    target = everything(client, "/api/conflicts")[0]["id"]
    first = client.patch(f"/api/conflicts/{target}", json={"status": "dismissed", "note": "two counts, two times", "reviewer": "ana"})
    assert first.status_code == 200, first.text
    assert (first.json()["status"], first.json()["note"], first.json()["reviewer"]) == ("dismissed", "two counts, two times", "ana")
    assert first.json()["reviewed_at"]
    second = client.patch(f"/api/conflicts/{target}", json={"status": "confirmed", "reviewer": "ben"}).json()
    assert second["note"] == "two counts, two times"  # a review without a note keeps the note
    cleared = client.patch(f"/api/conflicts/{target}", json={"note": None}).json()
    assert cleared["status"] == "confirmed" and cleared["note"] is None
    history = client.get(f"/api/conflicts/{target}").json()["history"]
    assert [(h["status"], h["note"], h["reviewer"]) for h in history] == [
        ("dismissed", "two counts, two times", "ana"),
        ("confirmed", "two counts, two times", "ben"),
        ("confirmed", None, None),
    ]
    assert [h["at"] for h in history] == sorted(h["at"] for h in history)
    assert [x["id"] for x in everything(client, "/api/conflicts", status="confirmed")] == [target]


def test_reviews_survive_later_ingests(client: TestClient) -> None:
    """Every conflict reviewed while the event was being reported keeps its review, whatever the
    later articles change; one that later analysis no longer finds is kept as stale."""
    reviewed: dict[str, str] = {}
    for n, path in enumerate(reversed(FIRE)):
        post_file(client, path)
        for conflict in everything(client, "/api/conflicts", status="open"):
            note = f"checked after article {n}"
            assert client.patch(f"/api/conflicts/{conflict['id']}", json={"status": "dismissed", "note": note}).status_code == 200
            reviewed[conflict["id"]] = note
    assert reviewed
    listed = {x["id"] for x in everything(client, "/api/conflicts")}
    with_stale = {x["id"] for x in everything(client, "/api/conflicts", include_stale=True)}
    for conflict_id, note in reviewed.items():
        conflict = client.get(f"/api/conflicts/{conflict_id}").json()
        assert (conflict["status"], conflict["note"]) == ("dismissed", note)
        assert [h["note"] for h in conflict["history"]] == [note]
        assert conflict_id in with_stale
        assert (conflict_id in listed) == (not conflict["stale"])


def test_a_key_without_findings_keeps_its_row_only_when_reviewed(store_url: str) -> None:
    with api_client(store_url) as client:
        for path in FIRE[:2]:
            post_file(client, path)
        reviewed, untouched = everything(client, "/api/conflicts")[:2]
        client.patch(f"/api/conflicts/{reviewed['id']}", json={"status": "confirmed", "note": "real"})
        db = Database(store_url)
        try:  # what a later ingest does when the findings of these keys disappear
            with db.write() as (session, state):
                keys = {reviewed["key"], untouched["key"]}
                session.execute(delete(FindingRow).where(col(FindingRow.key).in_(keys)))
                refresh_conflicts(session, state, keys, now())
            with db.read() as session:
                left = {r.id: r.stale for r in session.exec(select(ConflictRow).where(col(ConflictRow.key).in_(keys)))}
        finally:
            db.dispose()
        assert left == {reviewed["id"]: True}
        assert stale_renderings(store_url) == {}
        assert client.get(f"/api/conflicts/{untouched['id']}").status_code == 404
        stale = client.get(f"/api/conflicts/{reviewed['id']}").json()
        assert (stale["stale"], stale["status"], stale["note"]) == (True, "confirmed", "real")
        assert reviewed["id"] not in {x["id"] for x in everything(client, "/api/conflicts")}
        post_file(client, FIRE[2])  # later ingests keep the stale review
        assert client.get(f"/api/conflicts/{reviewed['id']}").json()["note"] == "real"


def test_bad_reviews_are_refused_and_change_nothing(client: TestClient, tmp_path: Path) -> None:
    for path in FIRE[:2]:
        post_file(client, path)
    target = everything(client, "/api/conflicts")[0]["id"]
    before = snapshot(client)
    refused = {
        "invalid status": ({"status": "closed"}, 422),
        "null status": ({"status": None}, 422),
        "nothing to record": ({}, 422),
        "reviewer only": ({"reviewer": "ana"}, 422),
        "unknown field": ({"status": "dismissed", "verdict": "false"}, 422),
        "wrong type": ({"status": "dismissed", "note": ["a"]}, 422),
        "number status": ({"status": 1}, 422),
        "NUL in note": ({"note": "a\u0000b"}, 422),
        "note too long": ({"note": "x" * 5001}, 422),
        "not an object": (["dismissed"], 422),
    }
    for reason, (body, status) in refused.items():
        response = client.patch(f"/api/conflicts/{target}", json=body)
        assert response.status_code == status, (reason, response.text)
        assert response.json()["detail"], reason
    malformed = client.patch(f"/api/conflicts/{target}", content=b'{"status": "dismissed"', headers={"Content-Type": "application/json"})
    assert malformed.status_code == 422
    assert client.patch("/api/conflicts/x999", json={"status": "dismissed"}).status_code == 404
    assert client.patch("/api/conflicts/..%2F..", json={"status": "dismissed"}).status_code == 404
    assert client.get("/api/conflicts/x999").status_code == 404
    for params in ({"status": "closed"}, {"severity": "urgent"}, {"kind": 3}, {"limit": 0}, {"limit": 501},
                   {"offset": -1}, {"article_id": "a1\u0000"}, {"staus": "open"}, {"limit": "ten"}):  # fmt: skip
        response = client.get("/api/conflicts", params=params)
        assert response.status_code == 422, (params, response.text)
    assert snapshot(client) == before


def test_each_conflict_keeps_its_rendering_up_to_date(store_url: str, client: TestClient) -> None:
    """Lists send each conflict as rendered in its row when it was written: after every ingest
    and every review, that is what rendering it afresh from the store gives."""
    for n, path in enumerate(reversed(FIRE)):
        post_file(client, path)
        assert stale_renderings(store_url) == {}, f"after article {n}"
        listed = everything(client, "/api/conflicts")
        target = listed[n % len(listed)]["id"] if listed else None
        for review in ({"status": "dismissed", "note": f"seen {n}", "reviewer": "ana"}, {"note": None}, {"status": "confirmed"}) * bool(target):
            assert client.patch(f"/api/conflicts/{target}", json=review).status_code == 200
            assert stale_renderings(store_url) == {}, f"after review {review} of {target}"
    listed = everything(client, "/api/conflicts", include_stale=True)
    for item in listed:  # the list and a conflict's own page agree
        alone = client.get(f"/api/conflicts/{item['id']}").json()
        assert {k: v for k, v in alone.items() if k != "history"} == item


def test_a_re_dated_article_renders_its_conflicts_again(store_url: str) -> None:
    """A re-dated article's claims change their dates in place (`store_delta`), and with them
    the sides of its conflicts, even of a reviewed one that is stale, whose key no ingest
    refreshes: `refresh_conflicts` renders every conflict of the articles written again."""
    with api_client(store_url) as client:
        for path in FIRE[:3]:
            post_file(client, path)
        reviewed = everything(client, "/api/conflicts")[0]
        client.patch(f"/api/conflicts/{reviewed['id']}", json={"status": "confirmed"})
    article = reviewed["article_ids"][0]
    db = Database(store_url)
    try:
        with db.write() as (session, state):  # the reviewed conflict loses its findings: stale
            session.execute(delete(FindingRow).where(col(FindingRow.key) == reviewed["key"]))
            refresh_conflicts(session, state, {reviewed["key"]}, now())
        with db.write() as (session, state):  # its article is re-dated, as an ingest does it
            session.execute(update(ClaimRow).where(col(ClaimRow.article_id) == article).values(reported_at=date(2025, 2, 28)))
            touching = set(
                session.scalars(
                    select(ConflictRow.id).where((col(ConflictRow.article_a) == article) | (col(ConflictRow.article_b) == article))
                )
            )
            assert reviewed["id"] in touching
            assert set(stale_renderings_in(session)) == touching  # out of date until rendered
            refresh_conflicts(session, state, set(), now(), rewritten={article})
        assert stale_renderings(store_url) == {}
        with db.read() as session:
            row = session.scalar(select(ConflictRow).where(col(ConflictRow.id) == reviewed["id"]))
            assert row is not None and row.stale and "2025-02-28" in row.item
    finally:
        db.dispose()


FILTERINGS = [{}, {"severity": "medium"}, {"kind": "numeric"}, {"status": "open", "temporal": "same_time"}, {"include_stale": True}]


@pytest.mark.parametrize("filters", FILTERINGS, ids=lambda f: "&".join(f"{k}={v}" for k, v in f.items()) or "all")
def test_every_page_is_its_slice_of_the_whole_list(
    corpus_client: TestClient, monkeypatch: pytest.MonkeyPatch, filters: dict
) -> None:
    """Deep pages are read from bookmarks every `listing.STEP` entries (here 3, so that the
    example corpus has many), one article's conflicts apart; each page is the slice of the
    whole list it names, with the whole list's total, past its end too."""
    monkeypatch.setattr(listing, "STEP", 3)
    every = everything(corpus_client, "/api/conflicts", **filters)
    assert len(every) > 7
    articles = sorted({a for x in every for a in x["article_ids"]})
    for article in [None, *articles[:3]]:
        mine = [x for x in every if article is None or article in x["article_ids"]]
        extra = {"article_id": article} if article else {}
        for limit in (1, 2, 5):
            for offset in range(0, len(mine) + 4):
                page = corpus_client.get("/api/conflicts", params={**filters, **extra, "limit": limit, "offset": offset}).json()
                assert [x["id"] for x in page["items"]] == [x["id"] for x in mine[offset : offset + limit]], (article, limit, offset)
                assert page["items"] == mine[offset : offset + limit]
                assert (page["total"], page["limit"], page["offset"]) == (len(mine), limit, offset)


def test_pages_are_answered_in_the_event_loop_once_what_they_need_is_kept(
    corpus_client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On SQLite every page, on PostgreSQL every page whose list's total and bookmarks are
    kept (one statement on the asynchronous connection), is answered without a read thread,
    and is the same page."""
    monkeypatch.setattr(listing, "STEP", 3)
    every = everything(corpus_client, "/api/conflicts", kind="numeric")
    article = every[0]["article_ids"][0]
    for offset in range(len(every) + 2):  # read once, in threads on PostgreSQL: totals, bookmarks kept
        corpus_client.get("/api/conflicts", params={"kind": "numeric", "limit": 2, "offset": offset})

    def no_thread(*args: object) -> None:
        raise AssertionError("a page was read in a thread")

    monkeypatch.setattr("app.api.conflicts.run_in_threadpool", no_thread)
    for offset in range(len(every) + 2):
        page = corpus_client.get("/api/conflicts", params={"kind": "numeric", "limit": 3, "offset": offset}).json()
        assert (page["items"], page["total"]) == (every[offset : offset + 3], len(every))
    mine = [x for x in everything(corpus_client, "/api/conflicts") if article in x["article_ids"]]
    for offset in range(len(mine) + 1):
        page = corpus_client.get("/api/conflicts", params={"article_id": article, "limit": 1, "offset": offset}).json()
        assert (page["items"], page["total"]) == (mine[offset : offset + 1], len(mine))
