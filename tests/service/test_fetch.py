"""URL ingestion: only public addresses (checked before connecting, on every redirect), limited
in time, size and content type. Hostile cases use httpx mock transports and a fake resolver;
one local server is fetched for real, where the setting allows private addresses."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
from fastapi.testclient import TestClient
from service_support import EXAMPLES, api_client, snapshot

from app.fetch import Fetcher, FetchError
from app.settings import Settings

PAGE = (EXAMPLES / "port-meridian-plant-fire" / "03_kpmx7-live.html").read_bytes()
DNS = {
    "news.example": ["93.184.216.34"],
    "intranet.example": ["10.1.2.3"],
    "dual.example": ["93.184.216.35", "127.0.0.1"],
    "metadata.example": ["169.254.169.254"],
    "v6.example": ["::ffff:192.168.1.1"],
}


def resolver(host: str, port: int) -> list[str]:
    if host not in DNS:
        raise FetchError(f"{host}: no such host")
    return DNS[host]


class Recorder:
    """A mock web: answers by the Host header and remembers every request it got."""

    def __init__(self, routes: dict[str, httpx.Response]) -> None:
        self.routes = routes
        self.seen: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        key = f"{request.headers['host']}{request.url.path}"
        if key not in self.routes:
            return httpx.Response(404)
        return self.routes[key]


def fetcher(routes: dict[str, httpx.Response], **settings: object) -> tuple[Fetcher, Recorder]:
    web = Recorder(routes)
    return Fetcher(Settings(**settings), transport=httpx.MockTransport(web), resolver=resolver), web  # type: ignore[arg-type]


def html(body: bytes = PAGE, **headers: str) -> httpx.Response:
    return httpx.Response(200, headers={"content-type": "text/html; charset=utf-8", **headers}, content=body)


def test_a_public_page_is_fetched_from_the_checked_address() -> None:
    f, web = fetcher({"news.example/story": html()})
    page = f.fetch("https://news.example/story")
    assert page.kind == "html" and "Port Meridian" in page.text and page.url == "https://news.example/story"
    (request,) = web.seen
    assert request.url.host == "93.184.216.34"  # connected to the address that was checked
    assert request.headers["host"] == "news.example"
    assert request.extensions["sni_hostname"] == "news.example"  # TLS still verifies the name


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://127.0.0.1/", "loopback"),
        ("http://localhost.localdomain.invalid/", "no such host"),
        ("http://10.0.0.8/admin", "private"),
        ("http://192.168.0.1/", "private"),
        ("http://169.254.169.254/latest/meta-data/", "metadata"),
        ("http://metadata.example/", "metadata"),
        ("http://169.254.1.1/", "link-local"),
        ("http://[::1]:8080/", "loopback"),
        ("http://[::ffff:10.0.0.1]/", "private"),
        ("http://v6.example/", "private"),
        ("http://0.0.0.0/", "unspecified"),
        ("http://224.0.0.1/", "not a public address"),
        ("http://intranet.example/", "private"),
        ("http://dual.example/", "loopback"),
        ("ftp://news.example/story", "only http and https"),
        ("file:///etc/passwd", "only http and https"),
        ("javascript:alert(1)", "only http and https"),
        ("http://user:secret@news.example/", "credentials"),
        ("http://", "no host"),
    ],
)
def test_hostile_urls_are_refused_before_any_connection(url: str, reason: str) -> None:
    f, web = fetcher({})
    with pytest.raises(FetchError, match=reason):
        f.fetch(url)
    assert web.seen == []


def test_redirects_are_checked_like_the_first_url() -> None:
    f, web = fetcher(
        {
            "news.example/a": httpx.Response(302, headers={"location": "/b"}),
            "news.example/b": httpx.Response(301, headers={"location": "http://intranet.example/secret"}),
        }
    )
    with pytest.raises(FetchError, match=r"redirected|private"):
        f.fetch("http://news.example/a")
    assert [r.url.path for r in web.seen] == ["/a", "/b"]  # the private address was never asked
    relative, _ = fetcher({"news.example/a": httpx.Response(302, headers={"location": "/b"}), "news.example/b": html()})
    assert relative.fetch("http://news.example/a").url == "http://news.example/b"


def test_redirect_loops_end() -> None:
    f, web = fetcher({"news.example/loop": httpx.Response(302, headers={"location": "/loop"})}, fetch_max_redirects=3)
    with pytest.raises(FetchError, match="more than 3 redirects"):
        f.fetch("http://news.example/loop")
    assert len(web.seen) == 4


@pytest.mark.parametrize("media", ["application/pdf", "image/png", "application/json", "application/octet-stream", ""])
def test_only_pages_and_text_are_read(media: str) -> None:
    f, _ = fetcher({"news.example/x": httpx.Response(200, headers={"content-type": media}, content=b"%PDF-1.4")})
    with pytest.raises(FetchError, match="not a web page"):
        f.fetch("http://news.example/x")


def test_huge_responses_are_cut_off() -> None:
    declared, _ = fetcher({"news.example/big": html(b"x" * 10, **{"content-length": "999999999"})}, fetch_max_bytes=1000)
    with pytest.raises(FetchError, match="larger than 1000 bytes"):
        declared.fetch("http://news.example/big")

    def endless() -> Iterator[bytes]:
        while True:
            yield b"<p>" + b"a" * 4096 + b"</p>"

    streamed, _ = fetcher(
        {"news.example/big": httpx.Response(200, headers={"content-type": "text/html"}, content=endless())},
        fetch_max_bytes=100_000,
    )
    with pytest.raises(FetchError, match="larger than 100000 bytes"):
        streamed.fetch("http://news.example/big")


def test_timeouts_and_errors_are_reasons() -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    f = Fetcher(Settings(), transport=httpx.MockTransport(slow), resolver=resolver)
    with pytest.raises(FetchError, match="timed out"):
        f.fetch("http://news.example/")
    gone, _ = fetcher({})
    with pytest.raises(FetchError, match="HTTP 404"):
        gone.fetch("http://news.example/missing")


def test_the_declared_charset_decodes_the_page() -> None:
    body = "<html><body><p>Le maire a gagné par 412 voix à Québec.</p></body></html>".encode("latin-1")
    f, _ = fetcher({"news.example/fr": httpx.Response(200, headers={"content-type": "text/html; charset=iso-8859-1"}, content=body)})
    assert "gagné" in f.fetch("http://news.example/fr").text


def test_posting_a_url_stores_the_fetched_page(client: TestClient) -> None:
    client.app.state.fetcher, _ = fetcher(  # type: ignore[attr-defined]
        {"news.example/live": httpx.Response(301, headers={"location": "https://news.example/live/"}), "news.example/live/": html()}
    )
    response = client.post("/api/articles", json={"url": "http://news.example/live"})
    assert response.status_code == 201, response.text
    article = response.json()
    assert article["url"] == "https://news.example/live/" and article["outlet"] == "KPMX 7 News"
    assert client.post("/api/articles", json={"url": "http://news.example/live"}).json()["created"] is False


def test_refused_urls_leave_the_store_as_it_was(client: TestClient) -> None:
    client.app.state.fetcher, _ = fetcher({"news.example/pdf": httpx.Response(200, headers={"content-type": "application/pdf"})})  # type: ignore[attr-defined]
    before = snapshot(client)
    for url, reason in (("http://127.0.0.1:1/", "loopback"), ("http://169.254.169.254/", "metadata"),
                        ("http://news.example/pdf", "not a web page"), ("gopher://x/", "only http")):  # fmt: skip
        response = client.post("/api/articles", json={"url": url})
        assert response.status_code == 422 and reason in response.json()["detail"], response.text
    assert snapshot(client) == before


class LocalSite(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # the http.server interface
        routes = {
            "/page.html": (200, "text/html", PAGE),
            "/moved": (302, "text/html", b""),
            "/report.pdf": (200, "application/pdf", b"%PDF-1.4"),
            "/big.html": (200, "text/html", b"<p>" + b"a" * 300_000 + b"</p>"),
        }
        if self.path == "/slow.html":
            time.sleep(1.5)
        status, media, body = routes.get(self.path, (200, "text/html", PAGE))
        self.send_response(status)
        self.send_header("Content-Type", media)
        if status == 302:
            self.send_header("Location", "/page.html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def local_site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), LocalSite)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_a_local_server_is_fetched_for_real_only_when_allowed(local_site: str) -> None:
    with pytest.raises(FetchError, match="loopback"):
        Fetcher(Settings()).fetch(f"{local_site}/page.html")
    allowed = Fetcher(Settings(fetch_allow_private=True, fetch_read_timeout=0.5, fetch_max_bytes=200_000))
    page = allowed.fetch(f"{local_site}/moved")
    assert page.url == f"{local_site}/page.html" and "Port Meridian" in page.text
    for path, reason in (("/report.pdf", "not a web page"), ("/big.html", "larger than"), ("/slow.html", "timed out")):
        with pytest.raises(FetchError, match=reason):
            allowed.fetch(local_site + path)


def test_the_api_ingests_from_a_local_server_when_allowed(store_url: str, local_site: str) -> None:
    with api_client(store_url, fetch_allow_private=True) as client:
        response = client.post("/api/articles", json={"url": f"{local_site}/page.html", "outlet": "KPMX"})
        assert response.status_code == 201, response.text
        assert (response.json()["outlet"], response.json()["url"]) == ("KPMX", f"{local_site}/page.html")
