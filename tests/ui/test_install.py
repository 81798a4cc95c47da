"""`app.ui.install`: once or twice on the same app, the UI is there once; on an empty store every
page still answers."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient
from ui_support import html, text_of

from app.api import create_app
from app.settings import Settings
from app.ui import install
from app.ui.security import SecurityHeaders


def test_installing_twice_mounts_the_ui_once(tmp_path: Path) -> None:
    app = create_app(Settings(database_url=f"sqlite:///{tmp_path / 'claims.db'}"))
    install(app)
    routes, middleware = len(app.routes), len(app.user_middleware)
    install(app)  # as when create_app itself installs it and a caller does too
    try:
        assert (len(app.routes), len(app.user_middleware)) == (routes, middleware)
        assert sum(m.cls is SecurityHeaders for m in app.user_middleware) == 1
        with TestClient(app) as client:
            assert client.get("/healthz").status_code == 200  # the API is untouched
            assert client.get("/api/conflicts").json()["total"] == 0
            empty = html(client.get("/"))
            assert text_of(empty.xpath("//p[@class='empty']")[0]) == "No conflicts match these filters."
            assert (
                text_of(html(client.get("/articles")).xpath("//p[@class='empty']")[0]) == "No articles yet."
            )
            assert client.get("/articles/new").status_code == 200
    finally:
        app.state.db.dispose()
