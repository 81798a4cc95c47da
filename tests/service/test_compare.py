"""POST /api/compare: two statements, same claim or not, conflicting or not."""

from __future__ import annotations

import time

from fastapi.testclient import TestClient


def compare(client: TestClient, **body: object) -> dict:
    response = client.post("/api/compare", json=body)
    assert response.status_code == 200, response.text
    return response.json()


def test_differing_figures_are_a_numeric_conflict(client: TestClient) -> None:
    result = compare(client, a="The fire at the plant killed three workers on Monday.", b="The fire at the plant killed five workers on Monday.")
    assert result["same_claim"] is True
    assert 0.6 <= result["score"] <= 1.0
    assert result["conflict"]["kind"] == "numeric"
    assert result["conflict"]["severity"] in ("high", "medium")
    assert "3" in result["conflict"]["explanation"] and "5" in result["conflict"]["explanation"]


def test_the_same_statement_is_the_same_claim_without_conflict(client: TestClient) -> None:
    text = "Two drones hit the base in western Iraq on Tuesday, the Pentagon said."
    result = compare(client, a=text, b=text)
    assert result["same_claim"] is True and result["score"] >= 0.9
    assert result["conflict"] is None


def test_unrelated_statements_are_neither(client: TestClient) -> None:
    result = compare(client, a="The mayor won the election by 412 votes.", b="The earthquake killed 40 people in Peru.")
    assert result["same_claim"] is False and result["score"] < 0.45
    assert result["conflict"] is None


def test_reporting_dates_make_a_grown_toll_context(client: TestClient) -> None:
    same_day = compare(client, a="The earthquake has killed 12 people so far.", b="The earthquake has killed 31 people so far.",
                       a_date="2025-08-17", b_date="2025-08-17")  # fmt: skip
    later = compare(client, a="The earthquake has killed 12 people so far.", b="The earthquake has killed 31 people so far.",
                    a_date="2025-08-17", b_date="2025-08-19")  # fmt: skip
    assert later["conflict"] is not None
    assert later["conflict"]["severity"] == "low" and later["conflict"]["temporal"] == "different_times"
    assert "2025-08-17" in later["conflict"]["explanation"] or "17" in later["conflict"]["explanation"]
    assert same_day["conflict"] is None or same_day["conflict"]["severity"] != "low"


def test_a_pair_is_compared_in_a_few_milliseconds(client: TestClient) -> None:
    body = {"a": "Three drones hit the base on Tuesday.", "b": "Two drones hit the base on Tuesday."}
    client.post("/api/compare", json=body)  # loads the analysis' word lists once
    started = time.perf_counter()
    for _ in range(20):
        assert client.post("/api/compare", json=body).status_code == 200
    assert (time.perf_counter() - started) / 20 < 0.05


def test_bad_comparisons_are_refused(client: TestClient) -> None:
    refused = [
        {"a": "one"},
        {"a": "", "b": "two"},
        {"a": "   ", "b": "two"},
        {"a": 1, "b": "two"},
        {"a": ["x"], "b": "two"},
        {"a": "x" * 5001, "b": "two"},
        {"a": "one", "b": "two", "a_date": "yesterday"},
        {"a": "one", "b": "two", "a_date": "2025-13-01"},
        {"a": "one", "b": "two", "c": "three"},
        {"a": "one\u0000", "b": "two"},
        "a and b",
    ]
    for body in refused:
        response = client.post("/api/compare", json=body)
        assert response.status_code == 422, (body, response.text)
        assert response.json()["detail"]
    malformed = client.post("/api/compare", content=b"{a: 1}", headers={"Content-Type": "application/json"})
    assert malformed.status_code == 422
