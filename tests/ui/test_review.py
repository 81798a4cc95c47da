"""Reviewing from the conflict page: the decision goes through the API's review, shows on both
sides, and a post from another site, or with bad input, changes nothing."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from ui_support import SAME_ORIGIN, html, queue_ids, text_of


def first_open(client: TestClient, **filters: str) -> dict:
    return client.get("/api/conflicts", params={"status": "open", **filters}).json()["items"][0]


def review_state(client: TestClient, conflict_id: str) -> tuple:
    body = client.get(f"/api/conflicts/{conflict_id}").json()
    return body["status"], body["note"], body["reviewer"], len(body["history"])


def test_confirm_with_a_note_is_recorded_and_shown(client: TestClient) -> None:
    conflict = first_open(client, severity="medium")
    response = client.post(
        f"/conflicts/{conflict['id']}/review?severity=medium",
        data={
            "status": "confirmed",
            "note": "Checked with the fire department:\nfive were hurt.",
            "reviewer": "ana",
        },
        headers=SAME_ORIGIN,
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert response.headers["location"] == f"/conflicts/{conflict['id']}?severity=medium"
    assert "claims_reviewer=ana" in response.headers["set-cookie"]
    assert "samesite=strict" in response.headers["set-cookie"].lower()
    assert review_state(client, conflict["id"]) == (
        "confirmed",
        "Checked with the fire department:\nfive were hurt.",
        "ana",
        1,
    )

    page = html(client.get(response.headers["location"]))
    review = page.xpath("//section[@id='review']")[0]
    assert text_of(review.xpath(".//span[@id='review-status']")[0]) == "confirmed"
    assert "By ana" in text_of(review.xpath(".//p[@class='decided']")[0])
    assert text_of(review.xpath(".//ol[@class='history']/li")[0]).startswith("confirmed")
    assert (
        review.xpath(".//textarea[@name='note']")[0].text
        == "Checked with the fire department:\nfive were hurt."
    )
    assert review.xpath(".//input[@name='reviewer']/@value") == ["ana"]  # remembered from the cookie
    assert not review.xpath(".//button[@id='confirm-button']")  # already confirmed
    assert review.xpath(".//button[@id='reopen-button']")


def test_a_review_made_in_the_api_shows_in_the_ui_and_the_other_way(client: TestClient) -> None:
    first, second = client.get("/api/conflicts", params={"status": "open", "limit": 2}).json()["items"]
    client.patch(
        f"/api/conflicts/{first['id']}",
        json={"status": "dismissed", "note": "Same figure, rounded.", "reviewer": "bo"},
    )
    page = html(client.get(f"/conflicts/{first['id']}"))
    assert text_of(page.xpath("//span[@id='review-status']")[0]) == "dismissed"
    assert "Same figure, rounded." in text_of(page.xpath("//p[@class='decided']")[0])
    assert first["id"] not in queue_ids(client)
    assert queue_ids(client, "status=dismissed") == [first["id"]]

    client.post(
        f"/conflicts/{second['id']}/review", data={"status": "dismissed", "note": ""}, headers=SAME_ORIGIN
    )
    assert review_state(client, second["id"]) == ("dismissed", None, None, 1)
    client.post(
        f"/conflicts/{second['id']}/review",
        data={"status": "open", "note": "needs a second look"},
        headers=SAME_ORIGIN,
    )
    client.post(
        f"/conflicts/{second['id']}/review",
        data={"status": "", "note": "asked the desk"},
        headers=SAME_ORIGIN,
    )
    assert review_state(client, second["id"]) == ("open", "asked the desk", None, 3)


def test_next_after_a_review_is_the_next_open_conflict(client: TestClient) -> None:
    """Once reviewed, a conflict leaves the open queue; its next link still leads on from its place."""
    order = [a.get("href") for a in html(client.get("/")).xpath("//a[@class='queue-link']")]
    client.post(order[0] + "/review", data={"status": "confirmed"}, headers=SAME_ORIGIN)
    page = html(client.get(order[0]))
    assert page.xpath("//a[@id='next-conflict']/@href") == [order[1]]
    assert "not in this queue any more" in text_of(page.xpath("//span[@class='position']")[0])


@pytest.mark.parametrize(
    "headers",
    [
        {},  # no word of where it comes from: a script, not our page
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site"},
        {"Origin": "https://evil.example"},
        {"Origin": "null"},
        {"Referer": "https://evil.example/page"},
        {"Origin": "http://testserver.evil.example"},
    ],
    ids=["nothing", "cross-site", "same-site", "other-origin", "null-origin", "other-referer", "lookalike"],
)
def test_reviews_posted_from_elsewhere_are_refused(client: TestClient, headers: dict[str, str]) -> None:
    conflict = first_open(client)
    before = review_state(client, conflict["id"])
    response = client.post(
        f"/conflicts/{conflict['id']}/review", data={"status": "dismissed"}, headers=headers
    )
    assert response.status_code == 403
    assert "not recorded" in text_of(html(response).xpath("//p[@class='error']")[0])
    assert review_state(client, conflict["id"]) == before


def test_reviews_from_our_pages_are_accepted_by_any_of_the_browser_headers(client: TestClient) -> None:
    ids = [
        c["id"] for c in client.get("/api/conflicts", params={"status": "open", "limit": 3}).json()["items"]
    ]
    for conflict_id, headers in zip(
        ids,
        (
            {"Sec-Fetch-Site": "same-origin"},
            {"Origin": "http://testserver"},
            {"Referer": "http://testserver/"},
        ),
        strict=True,
    ):
        response = client.post(
            f"/conflicts/{conflict_id}/review", data={"status": "confirmed"}, headers=headers
        )
        assert response.status_code == 200, headers  # after the redirect
        assert review_state(client, conflict_id)[0] == "confirmed"


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ({"status": "approved"}, "status"),
        ({"status": "confirmed", "note": "x" * 5001}, "note"),
        ({"status": "confirmed", "note": "bell \x07 in the note"}, "control characters"),
        ({"status": "confirmed", "reviewer": "r" * 201}, "reviewer"),
    ],
    ids=["unknown-status", "note-too-long", "control-character", "reviewer-too-long"],
)
def test_bad_reviews_come_back_with_the_reason(
    client: TestClient, form: dict[str, str], message: str
) -> None:
    conflict = first_open(client)
    before = review_state(client, conflict["id"])
    response = client.post(f"/conflicts/{conflict['id']}/review", data=form, headers=SAME_ORIGIN)
    assert response.status_code == 422
    review = html(response).xpath("//section[@id='review']")[0]
    assert message in text_of(review.xpath(".//p[@class='error']")[0])
    assert review.xpath(".//textarea[@name='note']")[0].text == (
        form.get("note") or None
    )  # what was typed stays
    assert review_state(client, conflict["id"]) == before


def test_reviewing_an_unknown_conflict_is_a_404(client: TestClient) -> None:
    response = client.post("/conflicts/x999999/review", data={"status": "confirmed"}, headers=SAME_ORIGIN)
    assert response.status_code == 404
    assert "x999999" in text_of(html(response).xpath("//p[@class='error']")[0])


def test_a_queue_of_every_status_lists_open_conflicts_first(client: TestClient) -> None:
    every = client.get("/api/conflicts", params={"limit": 500}).json()["items"]
    reviewed = {every[0]["id"]: "confirmed", every[5]["id"]: "dismissed", every[-1]["id"]: "confirmed"}
    for conflict_id, status in reviewed.items():
        client.post(f"/conflicts/{conflict_id}/review", data={"status": status}, headers=SAME_ORIGIN)
    rank = {"high": 2, "medium": 1, "low": 0}
    status_of = {c["id"]: reviewed.get(c["id"], c["status"]) for c in every}
    expected = sorted(
        every, key=lambda c: (status_of[c["id"]] != "open", -rank[c["severity"]], -int(c["id"][1:]))
    )
    pages = -(-len(every) // 50)
    shown = [i for page in range(1, pages + 1) for i in queue_ids(client, f"status=any&page={page}")]
    assert shown == [c["id"] for c in expected]
    assert [status_of[i] != "open" for i in shown[-3:]] == [True, True, True]
