"""docker-compose.yml and the Dockerfile agree with the settings (no Docker engine is needed)."""

from __future__ import annotations

import yaml
from service_support import ROOT

from app.db.engine import parse_url
from app.settings import Settings


def test_compose_sets_only_real_settings_and_a_postgres_store() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    app = compose["services"]["app"]
    env = app["environment"]
    fields = {f"CLAIMS_{name.upper()}" for name in Settings.model_fields}
    assert set(env) <= fields
    url = parse_url(env["CLAIMS_DATABASE_URL"].replace("${CLAIMS_DB_PASSWORD:-claims}", "pw"))
    assert (url.drivername, url.host, url.database) == ("postgresql+psycopg", "db", compose["services"]["db"]["environment"]["POSTGRES_DB"])
    assert app["depends_on"]["db"]["condition"] == "service_healthy"
    assert app["command"][:2] == ["claims", "serve"]


def test_the_image_carries_the_migrations() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    for needed in ("COPY alembic ./alembic", "COPY alembic.ini", "COPY app ./app", "COPY claims ./claims"):
        assert needed in dockerfile
    settings_in_image = [line.split("=", 1)[0].strip() for line in dockerfile.splitlines() if "CLAIMS_" in line and "=" in line]
    assert all(name in {f"CLAIMS_{f.upper()}" for f in Settings.model_fields} for name in settings_in_image)


def test_every_setting_is_documented() -> None:
    docs = (ROOT / "docs" / "service.md").read_text()
    missing = [name for name in Settings.model_fields if f"`CLAIMS_{name.upper()}`" not in docs]
    assert missing == []
