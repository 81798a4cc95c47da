"""Adding articles from the UI: pasted text with metadata, or a URL fetched with the API's checks.
Refused input comes back with the reason and leaves the store as it was."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from fastapi.testclient import TestClient
from ui_support import SAME_ORIGIN, html, text_of, ui_client

STORY = """Fire at Brindle Street warehouse

ORLEN — Three people were killed in a fire at a furniture warehouse on Brindle Street in Orlen on Saturday, May 3, 2025, fire officials said.

Firefighters brought the blaze under control after six hours, fire chief Mara Lindqvist said. The cause of the fire is under investigation.
"""
PAGE = """<!doctype html><html><head><title>Orlen warehouse fire</title>
<meta property="og:site_name" content="Orlen Herald"></head><body><article>
<h1>Orlen warehouse fire</h1>
<p>ORLEN — Five people were killed in a fire at a furniture warehouse on Brindle Street in Orlen on Saturday, May 3, 2025, fire officials said.</p>
<p>Firefighters fought the blaze for six hours before bringing it under control, the fire chief said.</p>
</article></body></html>"""


def stored_articles(client: TestClient) -> list[str]:
    return [a["id"] for a in client.get("/api/articles", params={"limit": 500}).json()["items"]]


def test_pasted_text_is_stored_with_its_metadata(client: TestClient) -> None:
    before = stored_articles(client)
    form = {"text": STORY.replace("\n", "\r\n"), "title": "Warehouse fire kills three", "outlet": "Valley Post",
            "published_at": "2025-05-04", "author": "", "url": "https://valleypost.example/fire", "format": ""}  # fmt: skip
    response = client.post("/articles", data=form, headers=SAME_ORIGIN, follow_redirects=False)
    assert response.status_code == 303
    article_id = response.headers["location"].split("/")[-1].split("?")[0]
    assert response.headers["location"] == f"/articles/{article_id}?stored=new"
    assert stored_articles(client) == [article_id, *before]
    stored = client.get(f"/api/articles/{article_id}").json()
    assert (stored["title"], stored["outlet"], stored["published_at"], stored["url"]) == (
        "Warehouse fire kills three", "Valley Post", "2025-05-04", "https://valleypost.example/fire",
    )  # fmt: skip
    assert stored["body"] == STORY  # the browser's CRLF line breaks are the body's "\n"
    assert stored["claims"]

    page = html(client.get(response.headers["location"]))
    assert "Stored as a new article" in text_of(page.xpath("//p[@class='notice']")[0])
    assert text_of(page.xpath("//h1")[0]) == "Warehouse fire kills three"
    assert page.xpath("//a[@href='https://valleypost.example/fire']")

    again = client.post("/articles", data=form, headers=SAME_ORIGIN, follow_redirects=False)
    assert again.headers["location"] == f"/articles/{article_id}?stored=again"
    assert stored_articles(client) == [article_id, *before]


@pytest.mark.parametrize(
    ("form", "status", "message"),
    [
        ({"text": "", "url": ""}, 422, "Paste the article's text"),
        ({"text": STORY, "published_at": "yesterday"}, 422, "published at"),
        ({"text": STORY, "outlet": "Valley\x07Post"}, 422, "control characters"),
        ({"text": "   \n\n  "}, 422, "Paste the article's text"),
        ({"url": "http://127.0.0.1:9/private"}, 422, "loopback"),
        ({"url": "http://169.254.169.254/latest/meta-data/"}, 422, "metadata"),
        ({"url": "file:///etc/passwd"}, 422, "only http and https"),
        ({"url": "javascript:alert(1)"}, 422, "only http and https"),
    ],
    ids=[
        "empty",
        "bad-date",
        "control-character",
        "blank-text",
        "loopback-url",
        "metadata-url",
        "file-url",
        "javascript-url",
    ],
)
def test_unusable_articles_come_back_with_the_reason(
    client: TestClient, form: dict, status: int, message: str
) -> None:
    before = stored_articles(client)
    response = client.post("/articles", data=form, headers=SAME_ORIGIN)
    assert response.status_code == status
    assert message in text_of(html(response).xpath("//p[@class='error']")[0])
    page = html(response)
    if form.get("text", "").strip():
        assert (
            page.xpath("//textarea[@name='text']")[0].text.strip() == form["text"].strip()
        )  # nothing typed is lost
    assert stored_articles(client) == before


def test_too_long_articles_are_refused(store_url: str) -> None:
    with ui_client(store_url, max_article_chars=200) as client:
        before = stored_articles(client)
        response = client.post("/articles", data={"text": STORY * 3}, headers=SAME_ORIGIN)
        assert response.status_code == 413
        assert "longer than 200 characters" in text_of(html(response).xpath("//p[@class='error']")[0])
        assert stored_articles(client) == before


def test_articles_posted_from_elsewhere_are_refused(client: TestClient) -> None:
    before = stored_articles(client)
    for headers in ({}, {"Sec-Fetch-Site": "cross-site"}, {"Origin": "https://evil.example"}):
        response = client.post("/articles", data={"text": STORY}, headers=headers)
        assert response.status_code == 403
    assert stored_articles(client) == before


@contextmanager
def serving_page(body: str) -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            data = body.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/2025/05/orlen-fire"
    finally:
        server.shutdown()
        thread.join()


def test_a_url_is_fetched_and_stored(store_url: str) -> None:
    """A local page, so the address check must be lifted as in the API's own tests."""
    with serving_page(PAGE) as address, ui_client(store_url, fetch_allow_private=True) as client:
        response = client.post(
            "/articles", data={"url": address}, headers=SAME_ORIGIN, follow_redirects=False
        )
        assert response.status_code == 303, response.text
        article_id = response.headers["location"].split("/")[-1].split("?")[0]
        stored = client.get(f"/api/articles/{article_id}").json()
        assert stored["url"] == address
        assert "Five people were killed" in stored["body"]
        page = html(client.get(f"/articles/{article_id}"))
        assert page.xpath(f"//a[@href='{address}']")
