"""Security headers on every answer, and the check that a form was posted from our own pages.

Article text, titles, outlets, notes and URLs are untrusted. Templates escape them (autoescaping
everywhere, no `|safe` on them); the Content-Security-Policy is the second line: only scripts and
styles from our own `/static` run, none inline, so markup that slipped through escaping still
could not execute."""

from __future__ import annotations

from urllib.parse import urlsplit

from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
    )
)
HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
# FastAPI's API documentation pages load Swagger UI and ReDoc from a CDN with inline scripts;
# they belong to the API and show no article text, so they keep working without the policy.
API_DOCS = ("/docs", "/redoc")


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        with_csp = not scope["path"].startswith(API_DOCS)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in HEADERS.items():
                    headers.setdefault(name, value)
                if with_csp:
                    headers.setdefault("Content-Security-Policy", CSP)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _origin(url: str) -> tuple[str, str, int | None] | None:
    try:
        parts = urlsplit(url)
        port = parts.port or {"http": 80, "https": 443}.get(parts.scheme)
    except ValueError:
        return None
    if not parts.scheme or not parts.hostname:
        return None
    return parts.scheme, parts.hostname.lower(), port


def posted_from_our_pages(request: Request, public_url: str | None = None) -> bool:
    """Whether a form post comes from a page of this site, so another site cannot make a
    reviewer's browser review conflicts or store articles. Browsers say where a request comes
    from in `Sec-Fetch-Site` (all current ones) or `Origin`; older ones at least in `Referer`.
    A post that says nothing is refused: only scripts omit all three, and they have the API."""
    site = request.headers.get("sec-fetch-site")
    if site is not None:
        return site == "same-origin"
    claimed = request.headers.get("origin") or request.headers.get("referer")
    if not claimed or claimed == "null":
        return False
    ours = {_origin(str(request.base_url))} | ({_origin(public_url)} if public_url else set())
    return _origin(claimed) in ours - {None}
