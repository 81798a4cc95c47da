"""One error shape for every client error, `{"detail": ...}`, and the request size limit.

Whatever a client sends, the answer is a 4xx with a reason; a 500 would mean a bug here."""

from __future__ import annotations

import json
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.db.engine import StoreError
from app.fetch import FetchError
from app.origin import from_another_site
from claims.readers import InputError

log = logging.getLogger("claims.api")


def _brief(error: dict[str, Any]) -> dict[str, Any]:
    """A validation error without the echoed input (which may be the whole oversized body)."""
    return {"loc": list(error.get("loc", ())), "msg": error.get("msg", ""), "type": error.get("type", "")}


def validation_detail(errors: Any) -> list[dict[str, Any]]:
    return [_brief(e) for e in errors]


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": validation_detail(exc.errors())}, status_code=422)

    @app.exception_handler(InputError)
    async def _unusable(_: Request, exc: InputError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=422)

    @app.exception_handler(FetchError)
    async def _unfetchable(_: Request, exc: FetchError) -> JSONResponse:
        return JSONResponse({"detail": f"cannot ingest the URL: {exc}"}, status_code=422)

    @app.exception_handler(StoreError)
    @app.exception_handler(OperationalError)
    async def _store_down(_: Request, exc: Exception) -> JSONResponse:
        log.error("store unavailable: %s", exc)
        return JSONResponse({"detail": "the store is unavailable; try again later"}, status_code=503)


class BodyLimit:
    """Refuse request bodies over `max_bytes` with 413, before any handler reads them: the body is
    read here (declared length or not) and handed on only when it fits."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared and not declared.isdigit():
            await _send_error(send, 400, "the Content-Length header is not a number")
            return
        if declared and int(declared) > self.max_bytes:
            await self._refuse(send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await self._refuse(send)
                return
            chunks.append(chunk)
            if not message.get("more_body"):
                break
        whole: Message = {"type": "http.request", "body": b"".join(chunks), "more_body": False}
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if delivered:
                return await receive()
            delivered = True
            return whole

        await self.app(scope, replay, send)

    async def _refuse(self, send: Send) -> None:
        await _send_error(send, 413, f"the request body is larger than {self.max_bytes} bytes")


async def _send_error(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class CrossSiteWrites:
    """Refuse (403) writes to the API that a browser makes on behalf of another site's page: the
    API has no login, and a plain HTML form elsewhere may post `text/plain` to it without any
    CORS check. Clients that are not browsers send no origin and are not affected."""

    def __init__(self, app: ASGIApp, public_url: str | None) -> None:
        self.app = app
        self.public_url = public_url

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] == "http"
            and scope["method"] not in ("GET", "HEAD", "OPTIONS")
            and scope["path"].startswith("/api/")
            and from_another_site(Request(scope), self.public_url)
        ):
            await _send_error(send, 403, "the API does not accept writes sent by another web site's page")
            return
        await self.app(scope, receive, send)
