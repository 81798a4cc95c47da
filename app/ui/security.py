"""Security headers on every answer, and the check that a form was posted from our own pages.

Article text, titles, outlets, notes and URLs are untrusted. Templates escape them (autoescaping
everywhere, no `|safe` on them); the Content-Security-Policy is the second line: only scripts and
styles from our own `/static` run, none inline, so markup that slipped through escaping still
could not execute."""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.origin import from_our_pages

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


def posted_from_our_pages(request: Request, public_url: str | None = None) -> bool:
    """Whether a form post comes from a page of this site, so another site cannot make a
    reviewer's browser review conflicts or store articles (see `app.origin`)."""
    return from_our_pages(request, public_url)
