"""The UI's pages, read over HTTP (TestClient) on a store holding the example corpus: what each
shows, checked against the API's answers on the same store."""

from __future__ import annotations

from datetime import date

import pytest
from fastapi.testclient import TestClient
from ui_support import html, queue_ids, text_of

from app.ui.events import event_of

SEVERITY_RANK = {"high": 3, "medium": 2, "low": 1}


def api(client: TestClient, path: str, **params: object) -> dict:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def fact(element: object, label: str) -> str:
    """The value of a `<dt>label</dt><dd>value</dd>` pair."""
    return text_of(element.xpath(f".//dt[.='{label}']/following-sibling::dd[1]")[0])  # type: ignore[attr-defined]


def shown_name(appearance: dict) -> str:
    """How a page names where a claim appears: the post's author, or the article's outlet."""
    if appearance["source_kind"] == "post":
        return str(appearance["source_name"] or "A post")
    return str(appearance["outlet"] or "Unknown outlet")


def conflicts(client: TestClient, **filters: object) -> list[dict]:
    return api(client, "/api/conflicts", limit=500, **filters)["items"]


# -- the queue -----------------------------------------------------------------------------------


def test_queue_lists_open_conflicts_most_severe_and_newest_first(reader: TestClient) -> None:
    open_ones = {c["id"]: c for c in conflicts(reader, status="open")}
    shown = queue_ids(reader)
    assert len(shown) == min(50, len(open_ones)) > 10
    ranks = [(SEVERITY_RANK[open_ones[i]["severity"]], int(i[1:])) for i in shown]
    assert ranks == sorted(ranks, reverse=True)


def test_queue_counts_match_the_store(reader: TestClient) -> None:
    page = html(reader.get("/"))
    tabs = {text_of(t).split()[0]: int(text_of(t).split()[1]) for t in page.xpath("//nav[@class='tabs']/a")}
    every = conflicts(reader)
    assert (
        tabs["Open"]
        == sum(c["status"] == "open" for c in every)
        == api(reader, "/api/conflicts", status="open")["total"]
    )
    assert tabs["All"] == len(every)
    summary = text_of(page.xpath("//p[@class='summary']")[0])
    assert summary.startswith(f"{tabs['Open']} conflicts, 1–50 shown.")
    for severity in SEVERITY_RANK:
        expected = sum(c["severity"] == severity and c["status"] == "open" for c in every)
        assert f"{severity} {expected}" in summary


def test_queue_pages(reader: TestClient) -> None:
    total = api(reader, "/api/conflicts", status="open")["total"]
    first, second = queue_ids(reader), queue_ids(reader, "page=2")
    assert len(first) + len(second) == min(total, 100) and not set(first) & set(second)
    page = html(reader.get("/?page=2"))
    assert page.xpath("//nav[@class='pages']/a[@rel='prev']/@href") == ["/"]


def test_queue_filters_by_severity_kind_outlet_and_words(reader: TestClient) -> None:
    every = {c["id"]: c for c in conflicts(reader)}
    high = queue_ids(reader, "severity=high")
    assert high and all(every[i]["severity"] == "high" for i in high)
    numeric = queue_ids(reader, "status=any&kind=numeric")
    assert set(numeric) <= {i for i, c in every.items() if c["kind"] == "numeric"}
    assert len(numeric) == min(50, sum(c["kind"] == "numeric" for c in every.values()))
    outlet = "KPMX 7 News"
    of_outlet = queue_ids(reader, f"status=any&outlet={outlet.replace(' ', '+')}")
    expected = {i for i, c in every.items() if any(s["outlet"] == outlet for s in c["sides"])}
    assert of_outlet and set(of_outlet) == expected
    injured = queue_ids(reader, "status=any&q=injured")
    assert injured and all(
        any("injured" in s["sentence"].lower() for s in every[i]["sides"]) for i in injured
    )


def test_queue_filters_by_event(reader: TestClient) -> None:
    """An event is the articles that state the same claims: within one of the example events."""
    ferry = {
        a["id"]
        for a in api(reader, "/api/articles", limit=500)["items"]
        if "santa-lucia" in (a["path"] or "")
    }
    anchor = min(ferry, key=lambda a: int(a[1:]))
    with reader.app.state.db.read() as session:  # type: ignore[attr-defined]
        event = event_of(session, anchor)
    assert event is not None and anchor in event.article_ids
    assert (
        event.article_ids <= ferry and len(event.article_ids) >= 3
    )  # a heuristic: most of the event, nothing else
    every = {c["id"]: c for c in conflicts(reader)}
    shown = queue_ids(reader, f"status=any&event={anchor}")
    assert shown and set(shown) == {i for i, c in every.items() if set(c["article_ids"]) & event.article_ids}
    page = html(reader.get(f"/?status=any&event={anchor}"))
    assert f"({len(event.article_ids)} articles)" in text_of(page.xpath("//p[@class='summary']")[0])
    assert page.xpath("//select[@name='event']/option[@selected]/@value") == [event.id]


def test_queue_refuses_bad_filters_with_a_page(reader: TestClient) -> None:
    for query, words in (
        ("severity=urgent", "severity"),
        ("page=0", "page"),
        ("colour=red", "colour"),
        ("status=open&status=any", "once"),
        ("event=../../etc", "event"),
        ("q=%2B%2B%2B", "no words"),
    ):
        response = reader.get(f"/?{query}")
        assert response.status_code == 422, query
        assert response.headers["content-type"].startswith("text/html")
        assert words in text_of(html(response).xpath("//p[@class='error']")[0])
    response = reader.get("/?event=a999999")
    assert response.status_code == 404


# -- the conflict page ---------------------------------------------------------------------------


def test_conflict_page_shows_both_sides_in_their_paragraphs(reader: TestClient) -> None:
    for item in conflicts(reader, severity="high")[:4]:
        page = html(reader.get(f"/conflicts/{item['id']}"))
        assert text_of(page.xpath("//p[contains(@class, 'explanation')]")[0]) == " ".join(
            item["explanation"].split()
        )
        sides = page.xpath("//section[@class='side']")
        assert len(sides) == 2
        for side, expected in zip(sides, item["sides"], strict=True):
            assert shown_name(expected) in text_of(side.xpath(".//h2")[0])
            marked = side.xpath(".//blockquote[@class='paragraph']/mark[contains(@class, 'claim-sentence')]")
            assert [m.text_content() for m in marked] == [expected["sentence"]]
            published = date.fromisoformat(expected["published_at"]) if expected["published_at"] else None
            assert fact(side, "Published") == (f"{published:%-d %b %Y}" if published else "date unknown")


def test_conflict_page_shows_speakers_and_hedges(reader: TestClient) -> None:
    checked = 0
    for item in conflicts(reader, status="open"):
        claims = [api(reader, f"/api/claims/{i}") for i in item["claim_ids"]]
        if not any(c["hedges"] for c in claims):
            continue
        sides = html(reader.get(f"/conflicts/{item['id']}")).xpath("//section[@class='side']")
        for side, claim in zip(sides, claims, strict=True):
            assert [text_of(h) for h in side.xpath(".//span[contains(@class, 'hedge')]")] == claim["hedges"]
            assert fact(side, "Speaker") == (claim["speaker"] or "the outlet's own voice")
        checked += 1
    assert checked >= 3


@pytest.mark.parametrize("query", ["severity=medium", "status=any", "status=any&kind=numeric", "q=said"])
def test_conflict_page_links_next_and_previous_in_queue_order(reader: TestClient, query: str) -> None:
    order = queue_ids(reader, query)
    assert len(order) > 3
    for number, conflict_id in enumerate(order[:8], start=1):
        page = html(reader.get(f"/conflicts/{conflict_id}?{query}"))
        previous = page.xpath("//a[@id='previous-conflict']/@href")
        following = page.xpath("//a[@id='next-conflict']/@href")
        assert previous == ([f"/conflicts/{order[number - 2]}?{query}"] if number > 1 else [])
        assert following == [f"/conflicts/{order[number]}?{query}"]
        assert text_of(page.xpath("//span[@class='position']")[0]).startswith(f"{number} of ")


def test_conflict_page_shows_the_rest_of_the_cluster_with_copies_marked(reader: TestClient) -> None:
    """The aggregator copy (Worldbrief) of the Eastern Provinces Herald is marked as a copy."""
    known = [r for r in api(reader, "/api/reuse") if r["direction_known"]]
    assert known
    copy, source = known[0]["copy"], known[0]["source"]
    source_outlet = api(reader, f"/api/articles/{source}")["outlet"]
    clustered = {c["cluster_id"] for c in api(reader, f"/api/articles/{copy}")["claims"] if c["cluster_id"]}
    for item in conflicts(reader, status="open"):
        detail = [api(reader, f"/api/claims/{i}") for i in item["claim_ids"]]
        if any(d["cluster_id"] in clustered for d in detail):
            break
    else:
        raise AssertionError("no conflict touches a cluster the copy is in")
    page = html(reader.get(f"/conflicts/{item['id']}"))
    rest = page.xpath("//section[@class='rest']")[0]
    copies = rest.xpath(".//li[contains(@class, 'copy')]")
    assert copies and any(f"copy of {source_outlet}" in text_of(c) for c in copies)
    cluster = next(d["cluster"] for d in detail if d["cluster"])
    assert f"{cluster['independent_sources']} independent" in text_of(rest)


# -- the article page ----------------------------------------------------------------------------


def test_article_page_marks_claims_by_state(reader: TestClient) -> None:
    item = conflicts(reader, status="open")[0]
    article_id, claim_id = item["article_ids"][0], item["claim_ids"][0]
    detail = api(reader, f"/api/articles/{article_id}")
    page = html(reader.get(f"/articles/{article_id}"))
    assert text_of(page.xpath("//h1")[0]) == detail["title"]
    # the claim's own anchor is on its sentence, or just before it when it shares the sentence
    anchored = page.xpath(f"//*[@id='claim-{claim_id}']")[0]
    in_conflict = [anchored] if anchored.tag != "span" else anchored.xpath("following-sibling::*[1]")
    sentence = next(c["sentence"] for c in detail["claims"] if c["id"] == claim_id)
    assert in_conflict and in_conflict[0].get("class") == "claim claim-conflict"
    assert in_conflict[0].text_content() == sentence
    assert in_conflict[0].get("href", "").startswith("/conflicts/x")
    states = {el.get("class") for el in page.xpath("//*[contains(@class, 'claim-')][@id]")}
    assert {"claim claim-conflict", "claim claim-agrees", "claim claim-alone"} <= states
    agrees = page.xpath("//a[@class='claim claim-agrees']")[0]
    cluster = api(reader, f"/api/clusters/{agrees.get('href').rsplit('/', 1)[1]}")
    assert len({s["source_id"] for s in cluster["sources"]}) > 1
    body = text_of(page.xpath("//div[@class='article-text']")[0])
    assert " ".join(detail["body"].split()[-8:]) in body  # the text is all there


def test_article_page_quotes_embedded_posts(reader: TestClient) -> None:
    with_post = next(
        a
        for a in api(reader, "/api/articles", limit=500)["items"]
        if len(api(reader, f"/api/articles/{a['id']}")["sources"]) > 1
    )
    post = next(s for s in api(reader, f"/api/articles/{with_post['id']}")["sources"] if s["kind"] == "post")
    quotes = html(reader.get(f"/articles/{with_post['id']}")).xpath("//blockquote[@class='post']")
    assert quotes
    assert any(post["handle"] in text_of(q) and "quoted source" in text_of(q) for q in quotes)


def test_article_page_shows_reuse_both_ways(reader: TestClient) -> None:
    pair = next(r for r in api(reader, "/api/reuse") if r["direction_known"])
    copy_page = text_of(html(reader.get(f"/articles/{pair['copy']}")).xpath("//section[@class='reuse']")[0])
    source_page = html(reader.get(f"/articles/{pair['source']}"))
    source_title = api(reader, f"/api/articles/{pair['source']}")["title"]
    assert f"Copied from {source_title}" in copy_page
    reuse = source_page.xpath("//section[@class='reuse']")[0]
    assert "Copied by" in text_of(reuse) and reuse.xpath(f".//a[@href='/articles/{pair['copy']}']")


def test_articles_are_listed_newest_first(reader: TestClient) -> None:
    page = html(reader.get("/articles"))
    listed = [a.get("href") for a in page.xpath("//ul[contains(@class, 'articles')]/li/a")]
    stored = [f"/articles/{a['id']}" for a in api(reader, "/api/articles", limit=50)["items"]]
    assert listed == stored


# -- the cluster page ----------------------------------------------------------------------------


def test_cluster_page_is_a_timeline_of_the_claim(reader: TestClient) -> None:
    cluster = api(reader, "/api/clusters", limit=1)["items"][0]
    page = html(reader.get(f"/clusters/{cluster['id']}"))
    first = cluster["first_appearance"]
    assert fact(page, "Independent sources").startswith(f"{cluster['independent_sources']} ")
    assert fact(page, "Sources") == str(len(cluster["sources"]))
    assert shown_name(first) in fact(page, "First appearance")
    entries = page.xpath("//ol[@class='timeline']/li")
    assert len(entries) == len(cluster["sources"])
    shown = [text_of(e.xpath("./div[@class='when']")[0]) for e in entries]
    expected = [
        f"{date.fromisoformat(s['published_at']):%-d %b %Y}" if s["published_at"] else "undated"
        for s in cluster["sources"]
    ]
    assert shown == expected
    assert "first appearance" in text_of(entries[0])


# -- the add form, errors, headers ---------------------------------------------------------------


def test_add_article_form(reader: TestClient) -> None:
    page = html(reader.get("/articles/new"))
    forms = page.xpath("//form[@method='post'][@action='/articles']")
    assert len(forms) == 2
    assert {"text", "title", "outlet", "url", "published_at", "author", "format"} <= set(
        forms[0].xpath(".//*[@name]/@name")
    )
    assert forms[1].xpath(".//*[@name]/@name") == ["url"]


def test_unknown_ids_get_a_404_page(reader: TestClient) -> None:
    for path in (
        "/conflicts/x999999",
        "/articles/a999999",
        "/clusters/k999999",
        "/conflicts/x%20y",
        "/articles/%3Cscript%3E",
    ):
        response = reader.get(path)
        assert response.status_code == 404, path
        assert response.headers["content-type"].startswith("text/html")
        assert html(response).xpath("//p[@class='error']")


def test_every_page_carries_the_security_headers(reader: TestClient) -> None:
    item = conflicts(reader)[0]
    cluster = api(reader, "/api/clusters", limit=1)["items"][0]
    for path in ("/", f"/conflicts/{item['id']}", f"/articles/{item['article_ids'][0]}", f"/clusters/{cluster['id']}",
                 "/articles", "/articles/new", "/static/app.css", "/static/htmx.min.js", "/conflicts/x999999"):  # fmt: skip
        headers = reader.get(path).headers
        csp = headers["content-security-policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp and "style-src 'self'" in csp, path
        assert "frame-ancestors 'none'" in csp and "'unsafe-inline'" not in csp
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"
        assert headers["referrer-policy"] == "same-origin"
    assert "content-security-policy" not in reader.get("/docs").headers  # Swagger UI loads from a CDN


def test_pages_have_no_inline_scripts_or_styles(reader: TestClient) -> None:
    item = conflicts(reader)[0]
    for path in ("/", f"/conflicts/{item['id']}", f"/articles/{item['article_ids'][0]}", "/articles/new"):
        page = html(reader.get(path))
        assert [s.get("src") for s in page.xpath("//script")] == ["/static/htmx.min.js", "/static/app.js"]
        assert not page.xpath("//style | //*[@style]")
        assert not [a for el in page.iter() for a in el.attrib if a.lower().startswith("on")]


def test_htmx_is_served_from_our_own_files(reader: TestClient) -> None:
    script = reader.get("/static/htmx.min.js")
    assert script.status_code == 200 and "javascript" in script.headers["content-type"]
    assert 'version:"2.' in script.text
    assert "Zero-Clause BSD" in reader.get("/static/htmx-LICENSE.txt").text
