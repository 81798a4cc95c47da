#!/usr/bin/env python3
"""How fast the review UI's pages answer on a store of generated articles.

    python bench/ui_pages.py [--db sqlite:///bench/out/ui_pages.db] [--articles 10000]
                             [--seed-articles 200] [--requests 40] [--json]

The store is built once by the service benchmark's own builder (bench/service_bench.py): the
first `--seed-articles` generated articles are ingested for real, then their rows are copied
until the store holds `--articles` articles. A store this script (or service_bench.py) built
is reused as it is; bench/out/ is ignored by git.

Timed, in process through the ASGI app (`create_app` + `app.ui.install`, as `claims serve`
runs it, one request at a time): the queue (first page, further pages, each filter, a search),
the conflict page, the article page and the cluster page, `--requests` times each with
different ids. Printed: p50, p95 and max per page, the store's size and the load average.
Every answer must be 200; the script stops at the first that is not.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import func, select  # noqa: E402
from sqlmodel import col  # noqa: E402

from app.api import create_app  # noqa: E402
from app.db.engine import Database  # noqa: E402
from app.db.migrate import upgrade  # noqa: E402
from app.db.models import ArticleRow, ClusterMemberRow, ClusterRow, ConflictRow  # noqa: E402
from app.settings import Settings  # noqa: E402
from app.ui import install  # noqa: E402
from bench.generate import generate_articles  # noqa: E402

# The store is built by the service benchmark's own functions. Imported by name so mypy, which
# checks this script, does not check that script too (it has typing errors of its own).
service_bench = importlib.import_module("bench.service_bench")

DEFAULT_DB = f"sqlite:///{ROOT / 'bench' / 'out' / 'ui_pages.db'}"
PageRequest = Callable[[random.Random], str]


def build(db: Database, articles: int, seed_articles: int) -> dict[str, Any]:
    """Fill a new store the way service_bench.py does: real ingests, then copies of them."""
    generated = list(enumerate(generate_articles(seed_articles, seed=0), start=1))
    print(f"seed: ingesting {seed_articles} articles", file=sys.stderr)
    seeded = service_bench.ingest_timed(db, generated)
    print(f"scale: copying to {articles} articles", file=sys.stderr)
    return {"seed_ingest": seeded, "scale": service_bench.replicate(db, articles)}


def samples(db: Database, rng: random.Random, count: int) -> dict[str, list[str]]:
    """Ids to ask for, spread over the whole store (not only the first rows, which a cache or
    a lucky index order would favour)."""

    def pick(column: Any) -> list[str]:
        with db.read() as session:
            every = list(session.scalars(select(column)))
        return rng.sample(every, min(count, len(every)))

    with db.read() as session:
        outlets = list(
            session.scalars(
                select(col(ArticleRow.outlet)).distinct().where(col(ArticleRow.outlet).is_not(None))
            )
        )
    return {
        "conflicts": pick(ConflictRow.id),
        "articles": pick(ArticleRow.id),
        "clusters": pick(ClusterRow.id),
        "outlets": [o for o in outlets if o],
    }


def page_requests(ids: dict[str, list[str]], conflicts: int) -> dict[str, PageRequest]:
    def each(values: list[str], template: str) -> PageRequest:
        return lambda rng: template.format(rng.choice(values))

    last_page = max(conflicts // 50 - 1, 0)
    return {
        "queue (first page)": lambda rng: "/",
        "queue, later page": lambda rng: f"/?status=any&page={rng.randint(2, max(last_page, 2))}",
        "queue, severity+kind": lambda rng: "/?severity={}&kind={}".format(
            rng.choice(["high", "medium", "low"]), rng.choice(["numeric", "date", "negation", "outcome"])
        ),
        "queue, outlet": each(ids["outlets"], "/?status=any&outlet={}"),
        "queue, event": each(ids["articles"], "/?status=any&event={}"),
        "queue, search": lambda rng: "/?q={}".format(
            rng.choice(["fire", "killed", "drone", "ferry", "police"])
        ),
        "conflict page": each(ids["conflicts"], "/conflicts/{}"),
        "article page": each(ids["articles"], "/articles/{}"),
        "cluster page": each(ids["clusters"], "/clusters/{}"),
    }


def timed(client: TestClient, make: PageRequest, rng: random.Random, requests: int) -> dict[str, float]:
    client.get(make(rng))  # the first request of a kind warms the query plans
    seconds = []
    for _ in range(requests):
        path = make(rng)
        started = time.perf_counter()
        response = client.get(path)
        seconds.append(time.perf_counter() - started)
        if response.status_code != 200:
            raise SystemExit(f"GET {path}: {response.status_code}\n{response.text[:2000]}")
    seconds.sort()
    return {
        "p50_ms": round(statistics.median(seconds) * 1000, 1),
        "p95_ms": round(seconds[min(len(seconds) - 1, int(len(seconds) * 0.95))] * 1000, 1),
        "max_ms": round(seconds[-1] * 1000, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--db", default=DEFAULT_DB, help="store URL (a new store, or one built by a bench script)"
    )
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed-articles", type=int, default=200)
    parser.add_argument("--requests", type=int, default=40, help="requests per page kind")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)

    if args.db.startswith("sqlite:///"):
        Path(args.db.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    db = Database(args.db)
    upgrade(db)
    result: dict[str, Any] = {"backend": db.backend, "cpus": os.cpu_count(), "loadavg_start": os.getloadavg()}
    with db.read() as session:
        stored = session.scalar(select(func.count()).select_from(ArticleRow)) or 0
    if stored == 0:
        result["build"] = build(db, args.articles, args.seed_articles)
    elif stored < args.articles:
        raise SystemExit(f"{args.db} holds {stored} articles: give a new store, or one a bench script built")
    result["store"] = service_bench.sizes(db)
    with db.read() as session:
        result["store"]["claims_in_clusters"] = session.scalar(select(func.count()).select_from(ClusterMemberRow)) or 0
    rng = random.Random(1)
    requests = page_requests(samples(db, rng, args.requests), result["store"]["conflicts"])
    db.dispose()

    # no response cache: it only keeps /api answers, and the UI must be fast without one
    app = create_app(Settings(database_url=args.db, response_cache=0))
    install(app)
    pages: dict[str, dict[str, float]] = {}
    with TestClient(app) as client:
        for name, make in requests.items():
            pages[name] = timed(client, make, rng, args.requests)
            print(f"  {name}: {pages[name]}", file=sys.stderr)
    app.state.db.dispose()
    result["pages"] = pages
    result["loadavg_end"] = os.getloadavg()
    print(json.dumps(result, indent=1) if args.json else report(result))
    return 0


def report(r: dict[str, Any]) -> str:
    s = r["store"]
    lines = [
        f"## {r['backend']}: {s['articles']} articles, {s['claims']} claims, {s['clusters']} clusters, "
        f"{s['conflicts']} conflicts ({r['cpus']} CPUs; load average {r['loadavg_start'][0]:.1f} at start, "
        f"{r['loadavg_end'][0]:.1f} at end)",
        "",
        "| page | p50 | p95 | max |",
        "|---|---|---|---|",
    ]
    for name, p in r["pages"].items():
        lines.append(f"| {name} | {p['p50_ms']} ms | {p['p95_ms']} ms | {p['max_ms']} ms |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
