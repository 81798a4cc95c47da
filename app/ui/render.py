"""Rendering pages: one Jinja2 environment with autoescaping for every template, the filters the
templates use, and error pages in HTML (the API's handlers answer JSON, which a reviewer's
browser should not show)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
from fastapi import HTTPException, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from fastapi.templating import Jinja2Templates
from sqlalchemy.exc import OperationalError

from app.db.engine import StoreError

log = logging.getLogger("claims.ui")
TEMPLATES = Path(__file__).parent / "templates"


def web_link(url: str | None) -> str | None:
    """The URL when it is safe to link to (http or https), else None: a stored URL may be
    `javascript:` or `data:`, which must never become an href."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url if scheme in ("http", "https") else None


def day(value: str | date | None) -> str:
    """An ISO date or time as the day it names, e.g. `4 Mar 2025`; empty when unknown."""
    if not value:
        return ""
    when: date
    if isinstance(value, str):
        try:
            when = datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
        except ValueError:
            return value
    else:
        when = value
    if isinstance(when, datetime):
        return f"{when:%-d %b %Y, %H:%M} UTC"
    return f"{when:%-d %b %Y}"


def _environment() -> jinja2.Environment:
    # autoescape=True for every template whatever its name; StrictUndefined so a misspelt
    # variable fails the tests instead of rendering as nothing
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["web_link"] = web_link
    env.filters["day"] = day
    return env


templates = Jinja2Templates(env=_environment())


def page(request: Request, name: str, status_code: int = 200, **context: Any) -> Response:
    return templates.TemplateResponse(request, name, context, status_code=status_code)


class PageError(Exception):
    """A request the UI cannot answer with the page asked for: shown as an error page."""

    def __init__(self, status_code: int, message: str) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.message = message


def error_page(request: Request, status_code: int, message: str) -> Response:
    return page(request, "error.html", status_code=status_code, status=status_code, message=message)


class PageRoute(APIRoute):
    """A UI route: errors become HTML pages with a message and the right status, never a 500
    with a trace, and never the API's JSON."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def handle(request: Request) -> Response:
            try:
                return await handler(request)
            except PageError as err:
                return error_page(request, err.status_code, err.message)
            except HTTPException as err:
                return error_page(request, err.status_code, str(err.detail))
            except RequestValidationError as err:
                problem = err.errors()[0]
                name = ".".join(str(x) for x in problem.get("loc", ())[1:]) or "request"
                return error_page(request, 422, f"The {name!r} is not valid: {problem.get('msg', '')}.")
            except (StoreError, OperationalError) as err:
                log.error("store unavailable: %s", err)
                return error_page(request, 503, "The store is unavailable; try again in a moment.")

        return handle
