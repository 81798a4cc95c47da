"""GET /api/export/claimreview (schema.org JSON-LD), /api/export/conflicts.csv, /api/export/clusters.json."""

from __future__ import annotations

import csv
import io

from fastapi.testclient import TestClient
from service_support import EXAMPLES, api_client, everything, post_file

from app.exports import conflicts_csv

FIRE = sorted((EXAMPLES / "port-meridian-plant-fire").glob("0*"))


def test_claimreview_for_reviewed_conflicts_only(store_url: str) -> None:
    with api_client(store_url, public_url="https://checks.example.org/") as client:
        for path in FIRE:
            post_file(client, path)
        confirmed, dismissed, *_ = everything(client, "/api/conflicts")
        client.patch(f"/api/conflicts/{confirmed['id']}", json={"status": "confirmed", "note": "both cannot be true"})
        client.patch(f"/api/conflicts/{dismissed['id']}", json={"status": "dismissed"})
        response = client.get("/api/export/claimreview")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/ld+json")
    reviews = {r["url"].rsplit("/", 1)[1]: r for r in response.json()}
    assert set(reviews) == {confirmed["id"], dismissed["id"]}
    for conflict, rating in ((confirmed, "Conflicting reports"), (dismissed, "No conflict found")):
        review = reviews[conflict["id"]]
        assert (review["@context"], review["@type"]) == ("https://schema.org", "ClaimReview")
        assert review["url"] == f"https://checks.example.org/api/conflicts/{conflict['id']}"
        assert review["claimReviewed"] == conflict["sides"][0]["sentence"]
        assert review["reviewRating"]["alternateName"] == rating
        assert conflict["explanation"] in review["reviewRating"]["ratingExplanation"]
        item = review["itemReviewed"]
        assert item["@type"] == "Claim" and item["appearance"]
        dates = [w["datePublished"] for w in item["appearance"] if "datePublished" in w]
        assert dates == sorted(dates)
        assert item["firstAppearance"].get("datePublished", "") <= min(dates, default="9999")
        assert review["datePublished"] and review["author"]["@type"] == "Organization"
    assert "both cannot be true" in reviews[confirmed["id"]]["reviewRating"]["ratingExplanation"]


def test_conflicts_csv_has_a_row_per_conflict_and_filters(corpus_client: TestClient) -> None:
    every = everything(corpus_client, "/api/conflicts")
    response = corpus_client.get("/api/export/conflicts.csv")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["id"] for r in rows] == [x["id"] for x in every]
    first = rows[0]
    assert (first["claim_a"], first["claim_b"]) == tuple(every[0]["claim_ids"])
    assert first["sentence_a"] == every[0]["sides"][0]["sentence"]
    severity = every[-1]["severity"]
    only = list(csv.DictReader(io.StringIO(corpus_client.get("/api/export/conflicts.csv", params={"severity": severity}).text)))
    assert only and {r["severity"] for r in only} == {severity}
    assert corpus_client.get("/api/export/conflicts.csv", params={"severity": "all"}).status_code == 422


def test_csv_cells_cannot_run_as_spreadsheet_formulas() -> None:
    side = {"claim_id": "a1.c1", "outlet": "=HYPERLINK(\"http://evil\")", "sentence": "+1 more", "published_at": None, "url": None}
    text = conflicts_csv([{"id": "x1", "explanation": "@SUM(A1)", "sides": [side, {**side, "claim_id": "a2.c1"}]}])
    row = next(csv.DictReader(io.StringIO(text)))
    assert row["outlet_a"].startswith("'=") and row["sentence_b"].startswith("'+") and row["explanation"].startswith("'@")


def test_clusters_json_has_every_cluster_with_its_sources(corpus_client: TestClient) -> None:
    exported = corpus_client.get("/api/export/clusters.json").json()
    listed = everything(corpus_client, "/api/clusters")
    assert [(c["id"], c["claim_ids"]) for c in exported] == [(c["id"], c["claim_ids"]) for c in listed]
    for cluster in exported:
        assert cluster["independent_sources"] >= 1 and cluster["sources"]
        assert cluster["first_claim_id"] in cluster["claim_ids"]
