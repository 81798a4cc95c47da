"""Fetch a web page to ingest, safely: the service must not become a way into the network it
runs in. Every hop (the URL and each redirect) is checked the same way: http(s) only, the host
resolved first and refused when any of its addresses is loopback, private, link-local,
metadata or otherwise not public (unless `fetch_allow_private`), and the connection made to
the address that was checked, so a second DNS answer cannot swap it. Responses are limited in
time, size and content type."""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from app.settings import Settings
from claims.readers import InputError, decode_text

Resolver = Callable[[str, int], list[str]]
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
CONTENT_KINDS = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "txt",
    "text/markdown": "md",
}
METADATA = {
    ipaddress.ip_address(a) for a in ("169.254.169.254", "169.254.170.2", "100.100.100.200", "fd00:ec2::254")
}
REDIRECTS = {301, 302, 303, 307, 308}


class FetchError(Exception):
    """A URL that cannot be ingested; the message says why, for a person."""


@dataclass
class Page:
    url: str  # where the page was found, after redirects
    text: str
    kind: str  # "html" | "txt" | "md", as for files
    note: str | None = None  # how the text was decoded, when it was not UTF-8


def system_resolver(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise FetchError(f"{host}: no such host") from None
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def refusal(address: IPAddress) -> str | None:
    """Why a connection to this address is refused, or None when it is public."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    if address in METADATA:
        return "a cloud metadata address"
    if address.is_loopback:
        return "a loopback address"
    if address.is_unspecified:
        return "an unspecified address"
    if address.is_link_local:
        return "a link-local address"
    if address.is_private:
        return "a private address"
    if not address.is_global or address.is_multicast:
        return "not a public address"
    return None


class Fetcher:
    def __init__(
        self,
        settings: Settings,
        transport: httpx.BaseTransport | None = None,
        resolver: Resolver = system_resolver,
    ) -> None:
        self.settings = settings
        self.resolver = resolver
        timeout = httpx.Timeout(
            settings.fetch_read_timeout,
            connect=settings.fetch_connect_timeout,
            pool=settings.fetch_connect_timeout,
        )
        # trust_env=False: no proxy from the environment may reach where the checks said no;
        # no kept-alive connections: one made for a host's checked address and TLS name must not
        # serve another host that resolves to the same address
        self.client = httpx.Client(
            transport=transport or httpx.HTTPTransport(retries=0, limits=httpx.Limits(max_keepalive_connections=0)),
            timeout=timeout,
            follow_redirects=False,
            trust_env=False,
            headers={"User-Agent": settings.fetch_user_agent, "Accept": "text/html, text/plain;q=0.8"},
        )

    def fetch(self, raw_url: str) -> Page:
        deadline = time.monotonic() + self.settings.fetch_total_timeout
        url = _parse(raw_url)
        for _ in range(self.settings.fetch_max_redirects + 1):
            try:
                response = self.client.send(self._pinned_request(url), stream=True)
            except httpx.TimeoutException:
                raise FetchError(f"{url.host}: timed out") from None
            except httpx.HTTPError as err:
                raise FetchError(f"{url.host}: cannot fetch the page ({type(err).__name__})") from None
            try:
                if response.status_code in REDIRECTS and "location" in response.headers:
                    url = _parse(str(url.join(response.headers["location"])), redirected=True)
                    continue
                return self._page(url, response, deadline)
            finally:
                response.close()
        raise FetchError(f"more than {self.settings.fetch_max_redirects} redirects")

    def _pinned_request(self, url: httpx.URL) -> httpx.Request:
        """A request to the checked address of the URL's host, naming the host in the Host
        header and (for https) in TLS, so certificates are still verified against it."""
        address = self._checked_address(url)
        target = url.copy_with(host=address)
        host_header = url.netloc.decode("ascii")
        extensions = {"sni_hostname": url.host} if url.scheme == "https" else {}
        return self.client.build_request("GET", target, headers={"Host": host_header}, extensions=extensions)

    def _checked_address(self, url: httpx.URL) -> str:
        port = url.port or (443 if url.scheme == "https" else 80)
        try:
            addresses = [ipaddress.ip_address(url.host)]
        except ValueError:
            addresses = [ipaddress.ip_address(a.split("%")[0]) for a in self.resolver(url.host, port)]
        if not addresses:
            raise FetchError(f"{url.host}: no such host")
        if not self.settings.fetch_allow_private:
            for address in addresses:
                if reason := refusal(address):
                    resolved = "" if str(address) == url.host else f" ({address})"
                    raise FetchError(f"{url.host} is {reason}{resolved}; refused")
        return str(addresses[0])

    def _page(self, url: httpx.URL, response: httpx.Response, deadline: float) -> Page:
        if response.status_code >= 400:
            raise FetchError(f"{url} answered HTTP {response.status_code}")
        if response.status_code != 200:
            raise FetchError(f"{url} answered HTTP {response.status_code}, not a page")
        media = response.headers.get("content-type", "").split(";")[0].strip().lower()
        kind = CONTENT_KINDS.get(media)
        if kind is None:
            raise FetchError(f"{url} serves {media or 'no content type'}, not a web page or text")
        limit = self.settings.fetch_max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(f"{url} is larger than {limit} bytes")
        body = bytearray()
        try:
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > limit:
                    raise FetchError(f"{url} is larger than {limit} bytes")
                if time.monotonic() > deadline:
                    raise FetchError(f"{url}: timed out")
        except httpx.TimeoutException:
            raise FetchError(f"{url}: timed out") from None
        except httpx.HTTPError as err:
            raise FetchError(f"{url}: the download failed ({type(err).__name__})") from None
        text, note = _decode(bytes(body), response.charset_encoding, str(url))
        return Page(str(url), text, kind, note)


def _decode(data: bytes, charset: str | None, name: str) -> tuple[str, str | None]:
    if charset:
        try:
            return data.decode(charset).replace("\r\n", "\n").replace("\r", "\n"), None
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown charset: guess, as for files
    try:
        return decode_text(data, name)
    except InputError as err:
        raise FetchError(str(err)) from None


def _parse(raw: str, redirected: bool = False) -> httpx.URL:
    where = "redirected to " if redirected else ""
    try:
        url = httpx.URL(raw)
    except (httpx.InvalidURL, TypeError):
        raise FetchError(f"{where}{raw!r}: not a valid URL") from None
    if url.scheme not in ("http", "https"):
        raise FetchError(f"{where}{raw!r}: only http and https URLs can be fetched")
    if not url.host:
        raise FetchError(f"{where}{raw!r}: the URL has no host")
    if url.userinfo:
        raise FetchError(f"{where}{raw!r}: URLs with credentials are not fetched")
    return url
