"""Where a browser says a request comes from, so that another web site cannot make a user's
browser write to the store (the service has no login, so a page on any site could otherwise
post to a claims server on localhost or the intranet).

Browsers say it in `Sec-Fetch-Site` (all current ones) or `Origin`; older ones at least in
`Referer`. Scripts and command-line clients send none of these."""

from __future__ import annotations

from urllib.parse import urlsplit

from starlette.requests import Request

Origin = tuple[str, str, int | None]


def origin_of(url: str) -> Origin | None:
    try:
        parts = urlsplit(url)
        port = parts.port or {"http": 80, "https": 443}.get(parts.scheme)
    except ValueError:
        return None
    if not parts.scheme or not parts.hostname:
        return None
    return parts.scheme, parts.hostname.lower(), port


def _ours(request: Request, public_url: str | None) -> set[Origin | None]:
    return {origin_of(str(request.base_url))} | ({origin_of(public_url)} if public_url else set())


def from_our_pages(request: Request, public_url: str | None = None) -> bool:
    """Whether a form post comes from a page of this site. A post that says nothing is refused:
    only scripts omit all three headers, and they have the API."""
    site = request.headers.get("sec-fetch-site")
    if site is not None:
        return site == "same-origin"
    claimed = request.headers.get("origin") or request.headers.get("referer")
    if not claimed or claimed == "null":
        return False
    return origin_of(claimed) in _ours(request, public_url) - {None}


def from_another_site(request: Request, public_url: str | None = None) -> bool:
    """Whether a browser sent this request on behalf of another site's page. A request that
    says nothing (curl, scripts, CI) is not: the API is for them."""
    site = request.headers.get("sec-fetch-site")
    if site is not None:
        return site not in ("same-origin", "none")  # "none": typed by the user, or a bookmark
    claimed = request.headers.get("origin")
    if claimed is None:
        return False
    return claimed == "null" or origin_of(claimed) not in _ours(request, public_url) - {None}
