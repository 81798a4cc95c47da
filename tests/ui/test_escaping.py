"""Article text, titles, outlets, URLs, notes and searches are untrusted: every page shows them
as text. Two hostile articles that conflict with each other put them on every page."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from ui_support import SAME_ORIGIN, html, text_of, ui_client

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;"
HOSTILE = [
    {
        "title": f"Fire {SCRIPT}", "outlet": IMG, "url": "javascript:alert(1)", "author": SCRIPT,
        "published_at": "2025-05-04", "format": "txt",
        "text": f"Fire at the Brindle Street warehouse {SCRIPT}\n\nThree people were killed in the fire at the "
                f"Brindle Street warehouse in Orlen on Saturday, police said. {IMG}\n\n"
                "The cause of the fire is under investigation, police said.\n",
    },
    {
        "title": f"Warehouse blaze {IMG}", "outlet": f"Herald {SCRIPT}", "url": " JavaScript:alert(2)",
        "published_at": "2025-05-04", "format": "txt",
        "text": f"Warehouse blaze in Orlen\n\nFive people were killed in the fire at the Brindle Street warehouse "
                f"in Orlen on Saturday, police said. {SCRIPT}\n\nThe cause of the fire is under investigation, police said.\n",
    },
]  # fmt: skip


@pytest.fixture
def hostile(store_url: str) -> Iterator[tuple[TestClient, str]]:
    """A client on a store holding the hostile articles, and the conflict between them."""
    with ui_client(store_url) as client:
        for article in HOSTILE:
            assert client.post("/api/articles", json=article).status_code == 201
        ours = client.get(
            "/api/conflicts", params={"article_id": client.get("/api/articles").json()["items"][0]["id"]}
        )
        conflict = next(c for c in ours.json()["items"] if c["kind"] == "numeric")
        note = f"Checked {SCRIPT} {IMG}"
        client.patch(
            f"/api/conflicts/{conflict['id']}", json={"status": "confirmed", "note": note, "reviewer": IMG}
        )
        yield client, conflict["id"]


def assert_inert(response: object, *, expect_escaped: bool = True) -> None:
    """Nothing of the hostile strings became markup: no script or image they would make, no
    handler attribute, no javascript: link; and they are there, as text."""
    body = response.text  # type: ignore[attr-defined]
    assert response.status_code == 200  # type: ignore[attr-defined]
    assert (
        SCRIPT not in body
        and "<img" not in body
        and "onerror=alert" not in body.replace("onerror=alert(1)&gt;", "")
    )
    page = html(response)
    assert [s.get("src") for s in page.xpath("//script")] == ["/static/htmx.min.js", "/static/app.js"]
    assert not page.xpath("//img")
    assert not [a for el in page.iter() for a in el.attrib if a.lower().startswith("on")]
    assert not [h for h in page.xpath("//@href | //@action | //@src") if "javascript:" in h.lower()]
    if expect_escaped:
        assert ESCAPED_SCRIPT in body
        assert SCRIPT in page.text_content()


def test_every_page_shows_hostile_text_as_text(hostile: tuple[TestClient, str]) -> None:
    client, conflict_id = hostile
    detail = client.get(f"/api/conflicts/{conflict_id}").json()
    articles = detail["article_ids"]
    claims = [client.get(f"/api/claims/{i}").json() for i in detail["claim_ids"]]
    clusters = [c["cluster_id"] for c in claims if c["cluster_id"]]
    paths = ["/?status=any", f"/conflicts/{conflict_id}", *(f"/articles/{a}" for a in articles), "/articles",
             f"/?status=any&outlet={IMG}", f"/?status=any&event={articles[0]}"]  # fmt: skip
    for path in paths:
        assert_inert(client.get(path))
    for cluster in clusters:
        assert_inert(client.get(f"/clusters/{cluster}"), expect_escaped=False)


def test_the_conflict_page_quotes_hostile_sides_and_notes(hostile: tuple[TestClient, str]) -> None:
    client, conflict_id = hostile
    page = html(client.get(f"/conflicts/{conflict_id}"))
    headings = [text_of(h) for h in page.xpath("//section[@class='side']/h2")]
    assert headings == [f"A {IMG}", f"B Herald {SCRIPT}"] or headings == [f"A Herald {SCRIPT}", f"B {IMG}"]
    paragraph = " ".join(text_of(p) for p in page.xpath("//blockquote[@class='paragraph']"))
    assert SCRIPT in paragraph and IMG in paragraph
    decided = text_of(page.xpath("//p[@class='decided']")[0])
    assert f"By {IMG}" in decided and f"Checked {SCRIPT} {IMG}" in decided
    assert page.xpath("//textarea[@name='note']")[0].text == f"Checked {SCRIPT} {IMG}"


def test_javascript_urls_are_shown_but_never_linked(hostile: tuple[TestClient, str]) -> None:
    client, _ = hostile
    ours = [a for a in client.get("/api/articles").json()["items"] if "alert" in (a["url"] or "")]
    assert len(ours) == 2
    for article in ours:
        page = html(client.get(f"/articles/{article['id']}"))
        address = page.xpath("//dt[.='Address']/following-sibling::dd[1]")[0]
        assert not address.xpath(".//a")
        assert article["url"].strip() in text_of(address)


def test_hostile_searches_and_filters_are_escaped(hostile: tuple[TestClient, str]) -> None:
    client, _ = hostile
    response = client.get("/", params={"q": f"fire {SCRIPT}", "status": "any"})
    assert_inert(response)
    assert html(response).xpath("//input[@id='search']/@value") == [f"fire {SCRIPT}"]
    refused = client.get("/", params={"severity": SCRIPT})
    assert refused.status_code == 422
    assert SCRIPT not in refused.text
    missing = client.get(f"/articles/{SCRIPT}")
    assert missing.status_code == 404 and SCRIPT not in missing.text


def test_hostile_input_typed_in_a_form_comes_back_escaped(hostile: tuple[TestClient, str]) -> None:
    client, conflict_id = hostile
    response = client.post("/articles", data={"text": SCRIPT, "published_at": IMG}, headers=SAME_ORIGIN)
    assert response.status_code == 422
    assert SCRIPT not in response.text and "<img" not in response.text
    page = html(response)
    assert page.xpath("//textarea[@name='text']")[0].text == SCRIPT
    assert page.xpath("//input[@name='published_at']/@value") == [IMG]
    review = client.post(
        f"/conflicts/{conflict_id}/review", data={"status": IMG, "note": SCRIPT}, headers=SAME_ORIGIN
    )
    assert review.status_code == 422 and SCRIPT not in review.text and "<img" not in review.text
