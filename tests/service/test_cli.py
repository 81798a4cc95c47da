"""`claims ingest` and `claims serve`, run as a user runs them (real processes, real HTTP)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from service_support import EXAMPLES, HEAD, ROOT

FIRE = EXAMPLES / "port-meridian-plant-fire"


def claims(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMS_")} | (env or {})
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args], cwd=cwd, env=environment, capture_output=True, text=True, timeout=180
    )


def refused(result: subprocess.CompletedProcess[str], reason: str) -> None:
    assert result.returncode == 2, result.stderr
    assert reason in result.stderr and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("claims: ")


def test_ingest_stores_files_once(store_url: str) -> None:
    first = claims("ingest", str(FIRE), "--db", store_url)
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip().splitlines()[-1].startswith("5 stored, 0 already stored")
    assert "Ingesting" in first.stderr  # the progress bar, for several files
    again = claims("ingest", str(FIRE / "01_gulf-coast-wire.md"), "--db", store_url, "--format", "json")
    assert again.returncode == 0 and '"created": false' in again.stdout
    assert "Ingesting" not in again.stderr


def test_ingest_refuses_unusable_input_with_one_line(tmp_path: Path) -> None:
    store = f"sqlite:///{tmp_path / 'claims.db'}"
    refused(claims("ingest", "no/such/dir", "--db", store), "no such file or directory")
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\x00\x01" * 100)
    refused(claims("ingest", str(binary), "--db", store), "binary")
    refused(claims("ingest", "http://169.254.169.254/latest", "--db", store), "metadata")
    refused(claims("ingest", str(FIRE), "--db", "not-a-url"), "not a database URL")
    refused(claims("ingest", str(FIRE), "--db", "postgresql://nobody@127.0.0.1:1/none"), "cannot open the store")


def test_ingest_uses_the_environment_and_defaults_to_sqlite_here(tmp_path: Path) -> None:
    result = claims("ingest", str(FIRE / "01_gulf-coast-wire.md"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "claims.db").exists()
    elsewhere = tmp_path / "other.db"
    result = claims("ingest", str(FIRE / "01_gulf-coast-wire.md"), cwd=tmp_path, env={"CLAIMS_DATABASE_URL": f"sqlite:///{elsewhere}"})
    assert result.returncode == 0 and elsewhere.exists()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(store_url: str) -> Iterator[str]:
    port = _free_port()
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMS_")}
    process = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "serve", "--db", store_url, "--port", str(port), "--workers", "2"],
        cwd=ROOT, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                if httpx.get(f"{base}/healthz").status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        else:
            pytest.fail(f"claims serve did not start: {process.stderr.read() if process.stderr else ''}")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_serve_answers_over_http_with_several_workers(server: str) -> None:
    health = httpx.get(f"{server}/healthz").json()
    assert health["status"] == "ok" and health["schema"] == HEAD
    paths = sorted(FIRE.glob("0*"))[:3]
    with httpx.Client(base_url=server, timeout=60) as http:
        for path in paths:
            posted = http.post("/api/articles", content=path.read_bytes(), headers={"Content-Type": "text/markdown" if path.suffix == ".md" else "text/html"})
            assert posted.status_code == 201, posted.text
        conflicts = http.get("/api/conflicts").json()
        assert conflicts["total"] == len(conflicts["items"]) > 0
        assert http.get("/openapi.json").json()["paths"]["/api/compare"]
        assert http.get("/docs").status_code == 200
        assert http.post("/api/articles", content=b"x" * 3_000_000, headers={"Content-Type": "text/plain"}).status_code == 413


def test_serve_refuses_a_bad_store() -> None:
    refused(claims("serve", "--db", "postgresql://nobody@127.0.0.1:1/none", "--port", str(_free_port())), "cannot open the store")
