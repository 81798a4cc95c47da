"""Malformed or hostile requests get a 4xx with a reason in `{"detail": ...}`, never a 500, and
leave the store as it was."""

from __future__ import annotations

from collections.abc import Iterator

from service_support import EXAMPLES, api_client, post_file, snapshot

FIRE = EXAMPLES / "port-meridian-plant-fire"
LIMITS = {"max_request_bytes": 20_000, "max_article_chars": 8_000}


def test_oversize_bodies_are_413(store_url: str) -> None:
    with api_client(store_url, **LIMITS) as client:
        post_file(client, FIRE / "01_gulf-coast-wire.md")
        before = snapshot(client)
        declared = client.post("/api/articles", json={"text": "word " * 10_000})
        assert declared.status_code == 413 and "larger than 20000 bytes" in declared.json()["detail"]

        def chunks() -> Iterator[bytes]:  # no Content-Length: the limit still holds
            for _ in range(100):
                yield b"word " * 100

        streamed = client.post("/api/articles", content=chunks(), headers={"Content-Type": "text/plain"})
        assert streamed.status_code == 413
        long_text = client.post("/api/articles", json={"text": "A sentence about the fire. " * 400})
        assert long_text.status_code == 413 and "longer than 8000 characters" in long_text.json()["detail"]
        big_compare = client.post("/api/compare", json={"a": "x" * 30_000, "b": "y"})
        assert big_compare.status_code == 413
        assert snapshot(client) == before


def test_malformed_and_hostile_articles_are_refused(client) -> None:  # type: ignore[no-untyped-def]
    post_file(client, FIRE / "01_gulf-coast-wire.md")
    before = snapshot(client)
    json_bodies = {
        "no text and no url": {"title": "empty"},
        "empty text": {"text": ""},
        "blank text": {"text": "  \n\n  "},
        "text of the wrong type": {"text": 42},
        "list for a title": {"text": "The fire burned.", "title": ["a", "b"]},
        "unknown field": {"text": "The fire burned.", "rating": 5},
        "unknown format": {"text": "The fire burned.", "format": "pdf"},
        "date that is no date": {"text": "The fire burned.", "published_at": "last Tuesday"},
        "impossible date": {"text": "The fire burned.", "published_at": "2025-02-30"},
        "NUL in the text": {"text": "The fire\u0000 burned."},
        "control character in the outlet": {"text": "The fire burned.", "outlet": "Wire\u0007"},
        "title far too long": {"text": "The fire burned.", "title": "T" * 1001},
        "broken front matter": {"text": "---\ntitle: [unclosed\n---\nThe fire burned.\n", "format": "md"},
        "front matter that is a list": {"text": "---\n- a\n- b\n---\nThe fire burned.\n", "format": "md"},
        "a page without text": {"text": "<html><body></body></html>", "format": "html"},
        "a url of the wrong type": {"url": 5},
        "a JSON array": ["The fire burned."],
        "a JSON string": "The fire burned.",
    }
    for reason, body in json_bodies.items():
        response = client.post("/api/articles", json=body)
        assert 400 <= response.status_code < 500, (reason, response.status_code, response.text)
        assert response.json()["detail"], reason
    raw = {
        "malformed JSON": (b'{"text": "The fire', "application/json"),
        "JSON with a lone surrogate": (b'{"text": "The fire \\ud800 burned."}', "application/json"),
        "binary data as text": (b"\x00\x01\x02PK\x03\x04" * 50, "text/plain"),
        "a PDF": (b"%PDF-1.4 ...", "application/pdf"),
        "a form": (b"text=The+fire+burned.", "application/x-www-form-urlencoded"),
        "multipart": (b"--x\r\n\r\nThe fire\r\n--x--", "multipart/form-data; boundary=x"),
        "empty raw body": (b"", "text/plain"),
    }
    for reason, (content, media) in raw.items():
        response = client.post("/api/articles", content=content, headers={"Content-Type": media})
        assert 400 <= response.status_code < 500, (reason, response.status_code, response.text)
        assert response.json()["detail"], reason
    unknown_param = client.post("/api/articles?rating=5", content=b"The fire burned.", headers={"Content-Type": "text/plain"})
    assert unknown_param.status_code == 422
    assert client.post("/api/articles", content=b"x", headers={"Content-Type": "image/png"}).status_code == 415
    assert snapshot(client) == before


def test_strange_but_valid_text_never_breaks_the_service(client) -> None:  # type: ignore[no-untyped-def]
    strange = [
        "!!!",
        "1 2 3 4 5 6 7 8 9 10",
        "🔥" * 200,
        "word " * 2000,
        "Lorem ipsum " + "a" * 5000,
        "<script>alert(1)</script>",
        "=HYPERLINK(\"http://evil.example\") said 3 people died.",
        "Ελληνικά κείμενα και 中文 و العربية, 12 killed.",
        "\u202eThe fire killed 3.\u202c",
        "The fire killed 3 people.\n" * 300,
    ]
    for text in strange:
        response = client.post("/api/articles", json={"text": text})
        assert response.status_code in (200, 201, 422), (text[:30], response.status_code, response.text)
        assert client.get("/api/conflicts").status_code == 200


def test_unknown_routes_and_methods_keep_the_error_shape(client) -> None:  # type: ignore[no-untyped-def]
    for method, path, status in (("GET", "/api/nothing", 404), ("DELETE", "/api/articles", 405), ("PUT", "/api/compare", 405)):
        response = client.request(method, path)
        assert response.status_code == status and "detail" in response.json()


def test_writes_sent_by_another_sites_page_are_refused(client) -> None:  # type: ignore[no-untyped-def]
    """A form on any web page can post text/plain to a claims server without a CORS check; the
    browser says where it comes from, and such writes are refused. curl and scripts say nothing
    and are not affected, nor are the service's own pages."""
    post_file(client, FIRE / "01_gulf-coast-wire.md")
    before = snapshot(client)
    text = (FIRE / "02_port-meridian-sentinel.md").read_text(encoding="utf-8")
    plain = {"Content-Type": "text/markdown"}
    for hostile in (
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site"},
        {"Origin": "https://evil.example"},
        {"Origin": "null"},
    ):
        answer = client.post("/api/articles", content=text, headers={**plain, **hostile})
        assert answer.status_code == 403, hostile
        assert "another web site" in answer.json()["detail"]
        review = client.patch("/api/conflicts/x1", json={"status": "dismissed"}, headers=hostile)
        assert review.status_code == 403
    assert snapshot(client) == before
    # reading is not a write, and the service's own pages and plain clients may write
    assert client.get("/api/articles", headers={"Sec-Fetch-Site": "cross-site"}).status_code == 200
    own = client.post("/api/articles", content=text, headers={**plain, "Origin": "http://testserver"})
    assert own.status_code == 201, own.text
    assert client.post("/api/compare", json={"a": "One.", "b": "Two."}, headers={"Sec-Fetch-Site": "same-origin"}).status_code == 200
