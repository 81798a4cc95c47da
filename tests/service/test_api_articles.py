"""POST /api/articles (JSON, raw bodies, idempotency), GET /api/articles, GET /api/articles/{id}."""

from __future__ import annotations

from fastapi.testclient import TestClient
from service_support import EXAMPLES, everything, post_file

FIRE = EXAMPLES / "port-meridian-plant-fire"
STORY = (
    "RIVERTON (Wire) — Three people were killed on Monday when a bus overturned on the Riverton bridge, "
    "police said.\n\nThe driver was taken to hospital, according to the fire department.\n"
)


def test_post_json_text_stores_the_article_with_its_metadata(client: TestClient) -> None:
    response = client.post(
        "/api/articles",
        json={"text": STORY, "title": "Bus overturns", "outlet": "Riverton Wire", "published_at": "2025-05-06",
              "url": "https://riverton.example/bus", "author": "J. Doe"},
    )  # fmt: skip
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["created"] is True and body["id"] == "a1"
    assert response.headers["location"] == "/api/articles/a1"
    assert (body["title"], body["outlet"], body["published_at"], body["author"]) == (
        "Bus overturns", "Riverton Wire", "2025-05-06", "J. Doe"
    )  # fmt: skip
    assert body["published_at_source"] == "metadata"
    assert body["claim_count"] > 0
    detail = client.get("/api/articles/a1").json()
    assert detail["body"] == STORY
    assert detail["sources"][0]["id"] == "a1.s0"
    assert len(detail["claims"]) == body["claim_count"]
    for claim in detail["claims"]:
        assert STORY[claim["start"] : claim["end"]] == claim["sentence"]


def test_raw_markdown_html_and_text_bodies_are_read_like_files(client: TestClient) -> None:
    md = post_file(client, FIRE / "01_gulf-coast-wire.md")
    html = post_file(client, FIRE / "03_kpmx7-live.html")
    txt = post_file(client, FIRE / "05_newsline-digest.txt")
    assert (md["outlet"], md["published_at"]) == ("Gulf Coast Wire", "2025-03-04")  # from the front matter
    assert html["outlet"] == "KPMX 7 News"  # from the page's metadata
    assert txt["path"].endswith("05_newsline-digest.txt")
    assert [a["id"] for a in everything(client, "/api/articles")] == ["a3", "a2", "a1"]


def test_a_text_already_stored_is_not_stored_again(client: TestClient) -> None:
    first = post_file(client, FIRE / "02_port-meridian-sentinel.md")
    again = client.post(
        "/api/articles",
        json={"text": (FIRE / "02_port-meridian-sentinel.md").read_text().replace("\n\n", "\n \n"), "format": "md"},
    )
    assert again.status_code == 200
    assert again.json()["created"] is False
    assert again.json()["duplicate_of"] == again.json()["id"] == first["id"]
    assert len(everything(client, "/api/articles")) == 1


def test_list_pages_and_filters(client: TestClient) -> None:
    for path in sorted(FIRE.glob("0*")):
        post_file(client, path)
    page = client.get("/api/articles", params={"limit": 2, "offset": 1}).json()
    assert page["total"] == 5 and (page["limit"], page["offset"]) == (2, 1)
    assert [a["id"] for a in page["items"]] == ["a4", "a3"]
    sentinel = client.get("/api/articles", params={"outlet": "The Port Meridian Sentinel"}).json()
    assert [a["outlet"] for a in sentinel["items"]] == ["The Port Meridian Sentinel"]
    later = client.get("/api/articles", params={"published_from": "2025-03-05"}).json()["items"]
    assert later and all(a["published_at"] >= "2025-03-05" for a in later)
    early = client.get("/api/articles", params={"published_to": "2025-03-04"}).json()["items"]
    assert early and all(a["published_at"] <= "2025-03-04" for a in early)
    assert {a["id"] for a in later} & {a["id"] for a in early} == set()


def test_article_detail_lists_embedded_posts_as_sources(client: TestClient) -> None:
    live = post_file(client, FIRE / "03_kpmx7-live.html")
    detail = client.get(f"/api/articles/{live['id']}").json()
    posts = [s for s in detail["sources"] if s["kind"] == "post"]
    assert posts, "the live blog embeds a fire-department post"
    assert all(s["article_id"] == live["id"] and s["start"] < s["end"] for s in posts)


def test_unknown_articles_are_404(client: TestClient) -> None:
    for article_id in ("a999", "nope", "a1'; DROP TABLE articles; --", "%00"):
        response = client.get(f"/api/articles/{article_id}")
        assert response.status_code == 404
        assert "detail" in response.json()


def test_a_file_that_is_not_utf8_is_decoded_and_says_so(client: TestClient) -> None:
    text = "Le maire de Québec a été réélu avec 412 voix d'avance, selon le décompte officiel.\n"
    response = client.post("/api/articles", content=text.encode("cp1252"), headers={"Content-Type": "text/plain"})
    assert response.status_code == 201, response.text
    assert "Québec" in client.get(f"/api/articles/{response.json()['id']}").json()["body"]
    assert any("not UTF-8" in n for n in response.json()["notes"])


WIRE = (
    "Bridge collapse on Kessel Road kills six\n\n"
    "HARROW MILLS, Ohio, March 11 (TNA) - The Kessel Road bridge over the Harrow River collapsed on Tuesday, "
    "sending cars into the water, officials said.\n\n"
    "Six people were killed in the collapse, a state emergency official said.\n"
)
SHERIFF = (
    "The Kessel Road bridge over the Harrow River collapsed at about 5:40 p.m. on Tuesday, March 10, 2026.\n\n"
    "As of this morning, four people have been confirmed dead.\n"
)


def test_a_stored_wire_datelined_without_a_year_is_dated_by_a_later_report(client: TestClient) -> None:
    """The wire says only "March 11": stored undated, it takes the year of its event once a
    report that dates the event comes (claims.pubdate.date_by_event), in the list and the
    detail alike; its toll then contradicts the sheriff's of the same day."""
    wire = client.post("/api/articles", json={"text": WIRE, "outlet": "TNA"}).json()
    assert wire["published_at"] is None
    client.post("/api/articles", json={"text": SHERIFF, "outlet": "Harrow County Sheriff", "published_at": "2026-03-11"})
    detail = client.get(f"/api/articles/{wire['id']}").json()
    assert (detail["published_at"], detail["published_at_source"]) == ("2026-03-11", "inferred")
    listed = {a["id"]: a for a in everything(client, "/api/articles")}
    assert listed[wire["id"]]["published_at"] == "2026-03-11"
    # (the filter reads the stored column, which the re-dating writes too)
    assert wire["id"] in {a["id"] for a in everything(client, "/api/articles", published_from="2026-03-11")}
    tolls = [
        x for x in everything(client, "/api/conflicts", kind="numeric") if wire["id"] in x["article_ids"]
    ]
    assert tolls and all(x["severity"] != "low" and x["temporal"] == "same_time" for x in tolls), tolls
