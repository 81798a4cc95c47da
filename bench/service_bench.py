#!/usr/bin/env python3
"""Service benchmark: ingest throughput, and the latency of `GET /api/conflicts` and
`POST /api/compare` under concurrent clients, on a store of generated articles.

    python bench/service_bench.py --db sqlite:///bench/out/service.db
    python bench/service_bench.py --db postgresql://postgres@127.0.0.1/claims_bench
        [--articles 10000] [--seed-articles 200] [--ingest 50] [--clients 50] [--seconds 20]
        [--workers 2] [--out bench/out/service_sqlite.json]
    python bench/service_bench.py --db ... --ingest 20 --clients 0    # ingest alone, no server
    python bench/service_bench.py --db ... --ingest 20 --clients 0 --batch 20    # 20 per transaction

The store must be new (empty), or already built by this script (then only the measurements run).

1. Seed: the first `--seed-articles` generated articles (bench/generate.py) are ingested for real,
   one by one, as `POST /api/articles` and `claims ingest` do; their throughput is measured, with
   the time the core's analysis takes apart from the store's reading and writing.
2. Scale: the seed's rows are copied until the store holds `--articles` articles (ids, numbers
   and content hashes made new for each copy; entity keys made distinct per copy, as other events
   have other names; word keys and shingles shared, as a real corpus shares its vocabulary).
   Entities and places inside the stored claims are renamed the same way, so the linker tells the
   copies apart as it tells events apart. Ingesting 10,000 articles for real takes hours with
   today's core (its pair scoring dominates, see docs/service.md), so the copies stand in for
   them; the reads see a store of full size.
3. `--ingest` more generated articles (further reports of the seeded events) are ingested for
   real into the full store (one per transaction, or `--batch` per transaction): the ingest throughput at that size, in wall time and in CPU seconds
   of this process (mean, median and max per article), with the load average (the machine may
   be shared: the CPU figures hold where the wall time does not).
4. (Unless `--clients 0`.) `claims serve --workers W` on the store; `--clients` concurrent clients, each sending its next
   request as soon as the previous is answered (closed loop: the latency includes queueing), for
   `--seconds`: first `GET /api/conflicts` with a mix of filters and pages, then
   `POST /api/compare` with pairs of generated statements. Then the compare of one pair alone,
   in process.

Figures go to `--out` (JSON) and stdout (a table). The machine's load average is recorded: other
work on it slows every figure.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import func, insert, select, update  # noqa: E402
from sqlmodel import Session  # noqa: E402

from app.db.engine import Database  # noqa: E402
from app.db.migrate import upgrade  # noqa: E402
from app.db.models import (  # noqa: E402
    ArticleRow,
    ClaimKeyRow,
    ClaimRow,
    ClusterMemberRow,
    ClusterRow,
    ConflictRow,
    FindingRow,
    LinkRow,
    ReuseRow,
    ShingleRow,
    SourceRow,
    StoreState,
)
from app.store.conflicts import render_every_conflict  # noqa: E402
from bench.generate import generate_articles, to_markdown  # noqa: E402

Request = tuple[str, str, bytes]  # method, path with query, JSON body
ARTICLE_ID = re.compile(r"(?<![A-Za-z0-9])a(\d+)(?=[.@|]|$)")
WHOLE_ID = re.compile(r"a\d+(\.[a-z]\d+d?)?")
BATCH = 5000


# ------------------------------------------------------------------------------------------
# 1 and 3: real ingests


def as_article(i: int, generated: dict[str, Any]) -> Any:
    from claims.readers import article_from_text

    text = to_markdown(generated)
    return article_from_text(text, article_id="new", kind="md", name=f"generated {i}", path=f"generated/{i:05d}.md")


def ingest_timed(
    db: Database, generated: list[tuple[int, dict[str, Any]]], budget: float = float("inf"), batch: int = 1
) -> dict[str, Any]:
    """Ingest for real, until done or `budget` seconds are spent: the wall seconds in all, the
    CPU seconds of this process (`time.process_time`: the figure that holds on a machine other
    work shares; a PostgreSQL server's own CPU is not in it), per article and in the core's
    `analyse_new`, and the load average before and after. With `batch` above 1, that many
    articles at a time go in one transaction (`app.ingest.ingest_articles`, as `claims ingest`
    of several files and `POST /api/articles/batch` store them); each counts for its batch's
    CPU time shared out."""
    import app.ingest

    core = core_cpu = 0.0
    analyse = app.ingest.analyse_new

    def timed(article: Any, store: Any, pairs_with: Any = None) -> Any:
        nonlocal core, core_cpu
        started, started_cpu = time.perf_counter(), time.process_time()
        try:
            return analyse(article, store, pairs_with)
        finally:
            core += time.perf_counter() - started
            core_cpu += time.process_time() - started_cpu

    app.ingest.analyse_new = timed
    per_article: list[float] = []
    load_start = os.getloadavg()
    try:
        started, started_cpu = time.perf_counter(), time.process_time()
        for at in range(0, len(generated), batch):
            if time.perf_counter() - started > budget:
                break
            articles = [as_article(i, g) for i, g in generated[at : at + batch]]
            before = time.process_time()
            app.ingest.ingest_articles(db, articles)
            per_article += [(time.process_time() - before) / len(articles)] * len(articles)
            print(f"  ingested {len(per_article)}/{len(generated)}", file=sys.stderr, end="\r")
        total, cpu = time.perf_counter() - started, time.process_time() - started_cpu
    finally:
        app.ingest.analyse_new = analyse
    print(file=sys.stderr)
    done = len(per_article)
    return {
        "articles": done,
        "batch": batch,
        "seconds": round(total, 2),
        "articles_per_s": round(done / total, 3) if total else 0.0,
        "cpu_seconds": round(cpu, 2),
        "articles_per_cpu_s": round(done / cpu, 3) if cpu else 0.0,
        "cpu_ms_per_article": {
            "mean": round(cpu / max(done, 1) * 1000, 1),
            "median": round(statistics.median(per_article) * 1000, 1) if per_article else 0.0,
            "max": round(max(per_article, default=0.0) * 1000, 1),
        },
        "core_analysis_share": round(core / total, 3) if total else 0.0,
        "core_analysis_cpu_share": round(core_cpu / cpu, 3) if cpu else 0.0,
        "store_ms_per_article": round((total - core) / max(done, 1) * 1000, 1),
        "loadavg": [round(load_start[0], 2), round(os.getloadavg()[0], 2)],
    }


# ------------------------------------------------------------------------------------------
# 2: copies of the seed


def _renumber(value: Any, shift: int) -> Any:
    """Article numbers in ids, keys and stored documents moved by `shift`."""
    if isinstance(value, str):
        if WHOLE_ID.fullmatch(value) or "|" in value:
            return ARTICLE_ID.sub(lambda m: f"a{int(m.group(1)) + shift}", value)
        return value
    if isinstance(value, dict):
        return {k: _renumber(v, shift) for k, v in value.items()}
    if isinstance(value, list):
        return [_renumber(v, shift) for v in value]
    return value


def _other_names(data: dict[str, Any], copy: int) -> dict[str, Any]:
    """A stored claim or article as if its event had other names: its entity keys and places
    are the copy's own, so the linker tells copies apart as it tells events apart."""
    data = dict(data)
    if "entities" in data:
        data["entities"] = [{**e, "key": f"{e['key']}#{copy}"} for e in data["entities"]]
    if data.get("places"):
        data["places"] = [f"{p}#{copy}" for p in data["places"]]
    if data.get("main_event") and data["main_event"].get("places"):
        data["main_event"] = {**data["main_event"], "places": [f"{p}#{copy}" for p in data["main_event"]["places"]]}
    return data


def _table(model: Any) -> Any:
    """The SQLAlchemy table of a SQLModel class (typed loosely: the metaclass hides it from mypy)."""
    return model.__table__


def _rows(db: Database, model: Any) -> list[dict[str, Any]]:
    table = _table(model)
    with db.engine.connect() as connection:
        return [dict(r._mapping) for r in connection.execute(select(table))]


def replicate(db: Database, articles: int) -> dict[str, Any]:
    """Copy the seed until the store holds `articles` articles."""
    started = time.perf_counter()
    seed = {m: _rows(db, m) for m in (ArticleRow, SourceRow, ClaimRow, ClusterMemberRow, ClaimKeyRow, ShingleRow,
                                      LinkRow, FindingRow, ConflictRow, ClusterRow, ReuseRow)}  # fmt: skip
    k = len(seed[ArticleRow])
    copies = max(0, articles // k - 1)
    max_seq = max(r["seq"] for r in seed[ClaimRow])
    max_conflict = max((r["num"] for r in seed[ConflictRow]), default=0)
    max_finding = max((r["id"] for r in seed[FindingRow]), default=0)
    for c in range(1, copies + 1):
        shift, seq_shift = c * k, c * max_seq

        def cluster(cid: str | None, seq_shift: int = seq_shift) -> str | None:
            return f"k{int(cid[1:]) + seq_shift}" if cid else None

        rows: dict[Any, list[dict[str, Any]]] = {
            ArticleRow: [{**_renumber(r, shift), "seq": r["seq"] + shift,
                          "content_hash": hashlib.sha256(f"{r['content_hash']}:{c}".encode()).hexdigest(),
                          "data": _other_names(_renumber(r["data"], shift), c)}
                         for r in seed[ArticleRow]],
            SourceRow: [_renumber(r, shift) for r in seed[SourceRow]],
            ClaimRow: [{**_renumber(r, shift), "seq": r["seq"] + seq_shift,
                        "data": _other_names(_renumber(r["data"], shift), c)} for r in seed[ClaimRow]],
            ClusterMemberRow: [{**_renumber(r, shift), "claim_seq": r["claim_seq"] + seq_shift,
                                "cluster_id": cluster(r["cluster_id"])} for r in seed[ClusterMemberRow]],
            # other events have other names: keys on an entity are the copy's own
            ClaimKeyRow: [{"key": f"{r['key']}#{c}" if "|e:" in r["key"] else r["key"],
                           "claim_id": _renumber(r["claim_id"], shift)} for r in seed[ClaimKeyRow]],
            ShingleRow: [_renumber(r, shift) for r in seed[ShingleRow]] if c < 50 else [],  # claims.reuse.MAX_SPREAD
            LinkRow: [_renumber(r, shift) for r in seed[LinkRow]],
            FindingRow: [{**_renumber(r, shift), "id": r["id"] + c * max_finding} for r in seed[FindingRow]],
            ConflictRow: [{**_renumber(r, shift), "num": r["num"] + c * max_conflict,
                           "id": f"x{r['num'] + c * max_conflict}"} for r in seed[ConflictRow]],
            ClusterRow: [{**r, "id": cluster(r["id"]), "first_claim_id": _renumber(r["first_claim_id"], shift),
                          "openers": _renumber(r["openers"], shift),
                          "first_of_outlet": _renumber(r["first_of_outlet"], shift)}
                         for r in seed[ClusterRow]],
            ReuseRow: [_renumber(r, shift) for r in seed[ReuseRow]],
        }  # fmt: skip
        with db.engine.begin() as connection:
            for model, batch in rows.items():
                for i in range(0, len(batch), BATCH):
                    connection.execute(insert(_table(model)), batch[i : i + BATCH])
        print(f"  copies {c}/{copies}", file=sys.stderr, end="\r")
    with db.engine.begin() as connection:
        connection.execute(
            update(_table(StoreState))
            .where(_table(StoreState).c.id == 1)
            .values(
                next_article=(copies + 1) * k + 1,
                next_conflict=(copies + 1) * max_conflict + 1,
                version=_table(StoreState).c.version + 1,
            )
        )
    with Session(db.engine) as session, session.begin():  # the copies' sides name their own claims
        render_every_conflict(session)
    if db.backend == "postgresql":
        with db.engine.begin() as connection:  # the serial columns go on after the copies
            for table, column in (("claims", "seq"), ("findings", "id")):
                connection.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), (SELECT max({column}) FROM {table}))"
                )
        # (VACUUM too: a server's autovacuum would have marked the copies' pages all-visible, so
        # index-only scans need not visit the table; without it, probing common keys reads the
        # table row of every posting, and this machine's server runs without autovacuum)
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("VACUUM ANALYZE")
    print(file=sys.stderr)
    return {"seed_articles": k, "copies": copies, "seconds": round(time.perf_counter() - started, 1)}


def sizes(db: Database) -> dict[str, int]:
    with db.engine.connect() as connection:
        return {
            name: int(connection.execute(select(func.count()).select_from(_table(model))).scalar_one())
            for name, model in (("articles", ArticleRow), ("claims", ClaimRow), ("links", LinkRow),
                                ("conflicts", ConflictRow), ("clusters", ClusterRow))
        }  # fmt: skip


# ------------------------------------------------------------------------------------------
# 4: the server under load


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serving(url: str, workers: int) -> Iterator[int]:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMS_")}
    process = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "serve", "--db", url, "--port", str(port), "--workers", str(workers)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        for _ in range(300):
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                    s.sendall(b"GET /healthz HTTP/1.1\r\nHost: bench\r\n\r\n")
                    if b" 200 " in s.recv(200):
                        break
            except OSError:
                time.sleep(0.2)
        else:
            raise SystemExit("claims serve did not start")
        yield port
    finally:
        process.terminate()
        process.wait(timeout=30)


async def _client(port: int, make: Callable[[random.Random], Request], seed: int, deadline: float,
                  latencies: list[float], statuses: list[int]) -> None:  # fmt: skip
    """One client on one keep-alive connection; plain HTTP/1.1, so the client costs little CPU."""
    rng = random.Random(seed)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while time.perf_counter() < deadline:
            method, path, body = make(rng)
            head = (
                f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(body)}\r\n\r\n"
            )
            started = time.perf_counter()
            writer.write(head.encode() + body)
            await writer.drain()
            status = int((await reader.readline()).split()[1])
            length = 0
            while (line := await reader.readline()) not in (b"\r\n", b""):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            await reader.readexactly(length)
            latencies.append(time.perf_counter() - started)
            statuses.append(status)
    finally:
        writer.close()


def hammer(port: int, clients: int, seconds: float, make: Callable[[random.Random], Request]) -> dict[str, Any]:
    latencies: list[float] = []
    statuses: list[int] = []

    async def run() -> None:
        deadline = time.perf_counter() + seconds
        await asyncio.gather(*(_client(port, make, n, deadline, latencies, statuses) for n in range(clients)))

    asyncio.run(run())
    latencies.sort()
    return {
        "clients": clients,
        "requests": len(latencies),
        "requests_per_s": round(len(latencies) / seconds, 1),
        "p50_ms": round(latencies[len(latencies) // 2] * 1000, 1),
        "p99_ms": round(latencies[int(len(latencies) * 0.99)] * 1000, 1),
        "errors": sum(s >= 400 for s in statuses),
    }


def conflict_requests(articles: int, conflicts: int) -> Callable[[random.Random], Request]:
    """What reviewers ask: the first page, pages further on, filters, one article's conflicts."""

    def make(rng: random.Random) -> Request:
        query = rng.choice(
            [
                "",
                "severity=high",
                "severity=medium&status=open",
                f"kind={rng.choice(['numeric', 'date', 'negation', 'outcome', 'attribution'])}",
                f"offset={rng.randrange(0, max(conflicts - 50, 1)) // 50 * 50}",
                f"article_id=a{rng.randrange(1, articles + 1)}",
            ]
        )
        return "GET", f"/api/conflicts?{query}", b""

    return make


def statement_pairs(count: int) -> list[tuple[str, str]]:
    """Pairs of generated sentences: the same figure changed, or two sentences of one event."""
    sentences = [
        s.strip() + "."
        for a in generate_articles(40, seed=7)
        for s in re.split(r"(?<=[.!?])\s+", str(a["body"]))
        if 40 < len(s) < 220 and not s.startswith(("#", "—", "-"))
    ]
    rng = random.Random(3)
    pairs = []
    for _ in range(count):
        a = rng.choice(sentences)
        if re.search(r"\d+", a) and rng.random() < 0.5:
            b = re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randint(1, 9)), a, count=1)
        else:
            b = rng.choice(sentences)
        pairs.append((a, b))
    return pairs


def compare_requests(pairs: list[tuple[str, str]]) -> Callable[[random.Random], Request]:
    def make(rng: random.Random) -> Request:
        a, b = rng.choice(pairs)
        return "POST", "/api/compare", json.dumps({"a": a, "b": b}).encode()

    return make


def compare_in_process(pairs: list[tuple[str, str]]) -> dict[str, float]:
    from app.compare import compare_statements

    compare_statements(*pairs[0])  # word lists load once
    times = []
    for a, b in pairs:
        started = time.perf_counter()
        compare_statements(a, b)
        times.append(time.perf_counter() - started)
    times.sort()
    return {
        "pairs": len(pairs),
        "mean_ms": round(statistics.mean(times) * 1000, 2),
        "p50_ms": round(times[len(times) // 2] * 1000, 2),
        "p99_ms": round(times[int(len(times) * 0.99)] * 1000, 2),
    }


# ------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="store URL (a new store, or one this script built)")
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed-articles", type=int, default=200)
    parser.add_argument("--ingest", type=int, default=50, help="articles ingested into the full store")
    parser.add_argument("--ingest-seconds", type=float, default=300, help="at most this long for those")
    parser.add_argument("--batch", type=int, default=1, help="articles per transaction for those (default one)")
    parser.add_argument("--clients", type=int, default=50, help="0: no load on a server, ingest only")
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)

    def save() -> None:  # after every step: a long run stopped halfway keeps what it measured
        if args.out:
            args.out.parent.mkdir(parents=True, exist_ok=True)
            args.out.write_text(json.dumps(result, indent=1) + "\n")

    db = Database(args.db)
    upgrade(db)
    generated = list(enumerate(generate_articles(args.seed_articles + args.ingest, seed=0), start=1))
    result: dict[str, Any] = {"backend": db.backend, "cpus": os.cpu_count(), "workers": args.workers,
                              "loadavg_start": os.getloadavg()}  # fmt: skip
    if args.out and args.out.exists():  # a run on a store built before keeps the figures of its building
        earlier = json.loads(args.out.read_text())
        result |= {k: earlier[k] for k in ("seed_ingest", "scale") if k in earlier}
    stored = sizes(db)["articles"]
    if stored == 0:
        print(f"seed: ingesting {args.seed_articles} articles", file=sys.stderr)
        result["seed_ingest"] = ingest_timed(db, generated[: args.seed_articles])
        save()
        print(f"scale: copying to {args.articles} articles", file=sys.stderr)
        result["scale"] = replicate(db, args.articles)
        save()
    elif stored < args.articles:
        raise SystemExit(f"{args.db} holds {stored} articles: give a new store, or one this script built")
    if args.ingest:
        print(f"ingest: {args.ingest} more articles into the full store", file=sys.stderr)
        before = sizes(db)["articles"]
        fresh = [(i + before, g) for i, g in generated[args.seed_articles :]]
        # a rerun on the same store ingests the same texts: change them so they are new
        for n, (_, g) in enumerate(fresh):
            g["body"] = f"{g['body']}\nUpdated {before + n}.\n"
        result["ingest_into_full_store"] = ingest_timed(db, fresh, args.ingest_seconds, args.batch)
    result["store"] = sizes(db)
    save()
    db.dispose()
    if args.clients == 0:
        result["loadavg_end"] = os.getloadavg()
        save()
        print(report(result))
        return 0

    pairs = statement_pairs(300)
    with serving(args.db, args.workers) as port:
        print(f"load: {args.clients} clients, {args.seconds:g} s each", file=sys.stderr)
        make = conflict_requests(result["store"]["articles"], result["store"]["conflicts"])
        hammer(port, args.clients, 3, make)  # warm up: connections, caches, plans
        result["get_conflicts"] = hammer(port, args.clients, args.seconds, make)
        hammer(port, args.clients, 3, compare_requests(pairs))  # each worker loads the word lists once
        result["post_compare"] = hammer(port, args.clients, args.seconds, compare_requests(pairs))
    result["compare_one_pair"] = compare_in_process(pairs)
    result["loadavg_end"] = os.getloadavg()
    save()
    print(report(result))
    return 0


def report(r: dict[str, Any]) -> str:
    store = r["store"]
    lines = [
        f"## {r['backend']}: {store['articles']} articles, {store['claims']} claims, {store['links']} links, "
        f"{store['conflicts']} conflicts ({r['cpus']} CPUs, {r['workers']} workers, "
        f"load average {r['loadavg_start'][0]:.1f} at start)",
        "",
        "| measure | figure |",
        "|---|---|",
    ]
    for name, what in (("seed_ingest", "ingest, empty store to {n} articles"),
                       ("ingest_into_full_store", "ingest into the full store ({n} articles in {s:.0f} s{b})")):  # fmt: skip
        if i := r.get(name):
            b = f", {i['batch']} per transaction" if i.get("batch", 1) > 1 else ""
            lines.append(f"| {what.format(n=i['articles'], s=i['seconds'], b=b)} | {i['articles_per_s']} articles/s, "
                         f"{i.get('articles_per_cpu_s', '?')} per CPU second ({_cpu(i)}; "
                         f"{i['core_analysis_share']:.0%} of the wall time in the core's analysis; load {_load(i)}) |")  # fmt: skip
    for name, label in (("get_conflicts", "GET /api/conflicts"), ("post_compare", "POST /api/compare")):
        if not (x := r.get(name)):
            continue
        lines.append(f"| {label}, {x['clients']} clients | p50 {x['p50_ms']} ms, p99 {x['p99_ms']} ms, "
                     f"{x['requests_per_s']} requests/s, {x['errors']} errors |")  # fmt: skip
    if c := r.get("compare_one_pair"):
        lines.append(f"| compare one pair, in process | mean {c['mean_ms']} ms, p99 {c['p99_ms']} ms |")
    return "\n".join(lines) + "\n"


def _cpu(i: dict[str, Any]) -> str:
    """CPU ms per article (mean, median, max), or what an older result file kept."""
    if per := i.get("cpu_ms_per_article"):
        return f"CPU ms per article: mean {per['mean']}, median {per['median']}, max {per['max']}"
    return f"store {i['store_ms_per_article']} ms/article"


def _load(i: dict[str, Any]) -> str:
    return "{} to {}".format(*i["loadavg"]) if "loadavg" in i else "not recorded"


if __name__ == "__main__":
    sys.exit(main())
