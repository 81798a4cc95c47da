"""GET /api/claims (search, filters), GET /api/claims/{id} (the claim view), GET /api/clusters."""

from __future__ import annotations

from fastapi.testclient import TestClient
from service_support import everything

from claims.analysis import analyze
from claims.readers import read_articles
from claims.report import claim_json


def _clustered_claim(client: TestClient) -> dict:
    biggest = client.get("/api/clusters", params={"limit": 1}).json()["items"][0]
    return client.get(f"/api/claims/{biggest['first_claim_id']}").json()


def test_claims_carry_the_analyze_fields(corpus_client: TestClient) -> None:
    claim = everything(corpus_client, "/api/claims")[0]
    article = corpus_client.get(f"/api/articles/{claim['article_id']}").json()
    fresh = analyze(read_articles([article["path"]])).claims[0]
    assert set(claim_json(fresh)) <= set(claim)
    assert (claim["sentence"], claim["start"], claim["text"]) == (fresh.sentence, fresh.start, fresh.text)
    assert article["body"][claim["start"] : claim["end"]] == claim["sentence"]


def test_claim_view_shows_its_cluster_sources_speakers_and_conflicts(corpus_client: TestClient) -> None:
    view = _clustered_claim(corpus_client)
    cluster = view["cluster"]
    assert view["id"] in cluster["claim_ids"] and cluster["size"] == len(cluster["claim_ids"]) >= 2
    sources = view["sources"]
    assert {c["claim_id"] for s in sources for c in s["claims"]} == set(cluster["claim_ids"])
    assert len({s["source_id"] for s in sources}) == len(sources)  # each source once
    dates = [s["published_at"] or "9999" for s in sources]
    assert dates == sorted(dates), "sources come in order of publication"
    assert cluster["first_appearance"]["claim_id"] == cluster["first_claim_id"]
    assert 1 <= cluster["independent_sources"] <= len({s["article_id"] for s in sources}) + len(sources)
    speakers = {c["speaker"] for s in sources for c in s["claims"] if c["speaker"]}
    assert set(cluster["speakers"]) == speakers
    for conflict in view["conflicts"]:
        assert set(conflict["claim_ids"]) & set(cluster["claim_ids"])


def test_every_conflict_shows_in_the_view_of_its_claims(corpus_client: TestClient) -> None:
    conflict = everything(corpus_client, "/api/conflicts")[0]
    for claim_id in conflict["claim_ids"]:
        view = corpus_client.get(f"/api/claims/{claim_id}").json()
        assert conflict["id"] in {x["id"] for x in view["conflicts"]}


def test_a_claim_in_no_cluster_lists_its_own_source(corpus_client: TestClient) -> None:
    lonely = next(c for c in everything(corpus_client, "/api/claims") if c["cluster_id"] is None)
    view = corpus_client.get(f"/api/claims/{lonely['id']}").json()
    assert view["cluster"] is None
    assert [c["claim_id"] for s in view["sources"] for c in s["claims"]] == [lonely["id"]]


def test_search_finds_sentences_with_every_word(corpus_client: TestClient) -> None:
    found = everything(corpus_client, "/api/claims", q="styrene tank")
    assert found
    assert all("styrene" in c["sentence"].lower() and "tank" in c["sentence"].lower() for c in found)
    assert everything(corpus_client, "/api/claims", q="zzyzx") == []
    ferry = everything(corpus_client, "/api/claims", q="ferry")
    one_article = ferry[0]["article_id"]
    narrowed = everything(corpus_client, "/api/claims", q="ferry", article_id=one_article)
    assert narrowed and all(c["article_id"] == one_article for c in narrowed)


def test_search_syntax_from_clients_is_only_words(corpus_client: TestClient) -> None:
    for q in ('"tank', "tank*", "NEAR(tank fire)", "tank OR", "-tank", "'; DROP TABLE claims; --", "^tank", "tank:fire"):
        response = corpus_client.get("/api/claims", params={"q": q})
        assert response.status_code == 200, (q, response.text)
    for q in ('"', "(", "!!!", "tank\u0000"):
        response = corpus_client.get("/api/claims", params={"q": q})
        assert response.status_code == 422, (q, response.text)


def test_clusters_list_largest_first(corpus_client: TestClient) -> None:
    clusters = everything(corpus_client, "/api/clusters")
    assert [c["size"] for c in clusters] == sorted((c["size"] for c in clusters), reverse=True)
    big = everything(corpus_client, "/api/clusters", min_size=3)
    assert big and all(c["size"] >= 3 for c in big)
    one = corpus_client.get(f"/api/clusters/{clusters[0]['id']}").json()
    assert one["claim_ids"] == clusters[0]["claim_ids"]
    members = everything(corpus_client, "/api/claims", cluster_id=clusters[0]["id"])
    assert [c["id"] for c in members] == one["claim_ids"]


def test_unknown_claims_and_clusters_are_404(corpus_client: TestClient) -> None:
    for path in ("/api/claims/a1.c9999", "/api/claims/zzz", "/api/clusters/k0", "/api/clusters/a%00"):
        response = corpus_client.get(path)
        assert response.status_code == 404 and response.json()["detail"]
