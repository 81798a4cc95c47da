#!/usr/bin/env python3
"""How long `claims check` takes to check one new article against a store of N generated articles.

    python bench/check_store.py [--articles 10000] [--words 500] [--seed 0] [--runs 3]
                                [--cli-runs 3] [--db bench/out/check_store_N.db] [--rebuild] [--json]

Articles come from `bench.generate.generate_articles(N + 1, ...)`: the first N are stored, the
last one is the new article (a further report of an event the store already has reports of,
so the check has candidates to compare and conflicts to find).

The store is built once and reused (bench/out/ is ignored by git). It is built with the
service's own writer (`app.store.write.store_delta`): every article with its claims, blocking
keys, sources and shingles, which is everything `claims.incremental.analyse_new` reads. The
claims are extracted in parallel (`claims.analysis.extract_all`, one article at a time, numbered
as the incremental analysis numbers them), and the links and conflicts among the stored
articles themselves are not computed: a check never reads them, and computing them with
`claims ingest`, one article after the other, takes hours for 10,000 articles.

Timed: opening the store, analysing the new article against it (`app.check.run.against_store`,
read-only) and judging the conflicts (`app.check.run.judge`), in this process, `--runs` times;
then the whole command, `claims check FILE --against URL --format json`, in a new process
(start-up and imports included), `--cli-runs` times: its wall time and its CPU time (user and
system, which depends less on what else the machine runs), with the load average. The store is
checked to be unchanged afterwards.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.generate import file_name, generate_articles, to_markdown  # noqa: E402

OUT = ROOT / "bench" / "out"
BATCH = 250  # articles per write transaction


def _extract(job: tuple[int, str, str]) -> tuple[Any, list[Any]]:
    """Read and extract one stored article, with the ids `claims ingest` would give it."""
    from claims.analysis import extract_all
    from claims.readers import article_from_text

    number, text, name = job
    article = article_from_text(text, article_id=f"a{number}", kind="md", name=name, path=name)
    claims = extract_all([article])[article.id]
    for n, claim in enumerate(claims, start=1):
        claim.id = f"{article.id}.c{n}"
    return article, claims


def build_store(url: str, articles: list[dict[str, Any]]) -> float:
    """Write the articles into a new store; returns the seconds it took."""
    from app.db.engine import Database
    from app.db.migrate import upgrade
    from app.ingest import content_hash
    from app.store.write import store_delta
    from claims.incremental import Delta

    started = time.perf_counter()
    db = Database(url)
    upgrade(db)
    jobs = [(i, to_markdown(a), f"generated/{file_name(i - 1, a)}") for i, a in enumerate(articles, start=1)]
    done = 0
    with multiprocessing.Pool(os.cpu_count() or 1) as pool:
        results = pool.imap(_extract, jobs, chunksize=20)
        while done < len(jobs):
            batch = [next(results) for _ in range(min(BATCH, len(jobs) - done))]
            with db.write() as (session, state):
                for article, claims in batch:
                    if article.id != f"a{state.next_article}":
                        raise SystemExit(f"{url}: not a new store (next article a{state.next_article})")
                    state.next_article += 1
                    delta = Delta([article], {article.id: claims}, pairs=[], findings=[])
                    store_delta(session, state, delta, content_hash(article.body))
            done += len(batch)
            print(f"  stored {done}/{len(jobs)} articles", file=sys.stderr, end="\r")
    print(file=sys.stderr)
    db.dispose()
    return time.perf_counter() - started


def migrate(url: str) -> None:
    from app.db.engine import Database
    from app.db.migrate import upgrade

    db = Database(url)
    upgrade(db)
    db.dispose()


def store_version(url: str) -> tuple[int, int]:
    """The store's write counter and its number of articles (both change with any write)."""
    from sqlalchemy import func
    from sqlmodel import select

    from app.db.engine import Database
    from app.db.models import ArticleRow, StoreState

    db = Database(url)
    with db.read() as session:
        state = session.get(StoreState, 1)
        count = session.scalar(select(func.count()).select_from(ArticleRow)) or 0
    db.dispose()
    return (state.version if state else -1, count)


def check_once(url: str, path: Path) -> tuple[float, int, int]:
    """Seconds to check the article in this process, the conflicts found, the failing ones."""
    from app.check.run import FAILING, against_store, judge
    from app.check.store import open_store

    started = time.perf_counter()
    db = open_store(url)
    try:
        outcome = against_store([path], db, path.parent)
        findings = judge(outcome, path.parent, "medium", None)
    finally:
        db.dispose()
    return time.perf_counter() - started, len(findings), sum(f.status == FAILING for f in findings)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000, help="stored articles (default 10000)")
    parser.add_argument("--words", type=int, default=500, help="approximate words per article (default 500)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--runs", type=int, default=3, help="in-process checks to time (default 3)")
    parser.add_argument("--cli-runs", type=int, default=3, help="whole commands to time (default 3)")
    parser.add_argument("--db", type=Path, default=None, help="SQLite file of the store (built if missing)")
    parser.add_argument("--rebuild", action="store_true", help="build the store again")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)

    db_file = args.db or OUT / f"check_store_{args.articles}_w{args.words}_s{args.seed}.db"
    db_file.parent.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{db_file.resolve()}"
    generated = generate_articles(args.articles + 1, words=args.words, seed=args.seed)
    stored, new = generated[:-1], generated[-1]
    built = None
    if args.rebuild:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db_file}{suffix}").unlink(missing_ok=True)
    if not db_file.exists():
        print(f"building a store of {len(stored)} articles in {db_file}", file=sys.stderr)
        built = build_store(url, stored)
    else:
        migrate(url)  # a store built by an older version: the check refuses an old schema
    new_file = db_file.parent / "check_store_new_article.md"
    new_file.write_text(to_markdown(new), encoding="utf-8")

    before = store_version(url)
    if before[1] != args.articles:
        raise SystemExit(f"{db_file} holds {before[1]} articles, not {args.articles}: use --rebuild")
    runs = [check_once(url, new_file) for _ in range(max(1, args.runs))]
    seconds = [r[0] for r in runs]
    command = [
        str(Path(sys.executable).with_name("claims")),
        "check",
        str(new_file),
        "--against",
        url,
        "-f",
        "json",
    ]
    cli_walls, cli_cpus = [], []
    for _ in range(max(1, args.cli_runs)):
        before_children = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
        cli_walls.append(time.perf_counter() - started)
        after_children = resource.getrusage(resource.RUSAGE_CHILDREN)
        cli_cpus.append(
            after_children.ru_utime
            - before_children.ru_utime
            + after_children.ru_stime
            - before_children.ru_stime
        )
        if done.returncode not in (0, 1):
            raise SystemExit(f"claims check failed ({done.returncode}): {done.stderr.strip()}")
    cli_seconds = statistics.median(cli_walls)
    load = os.getloadavg()
    cli = json.loads(done.stdout)
    unchanged = store_version(url) == before

    figures = {
        "stored_articles": args.articles,
        "words": args.words,
        "store_build_seconds": round(built, 1) if built is not None else None,
        "check_seconds_first": round(seconds[0], 3),
        "check_seconds_median": round(statistics.median(seconds), 3),
        "conflicts": runs[0][1],
        "failing": runs[0][2],
        "cli_seconds": round(cli_seconds, 3),
        "cli_seconds_all": [round(x, 3) for x in cli_walls],
        "cli_cpu_seconds": round(statistics.median(cli_cpus), 3),
        "load_average": [round(x, 2) for x in load],
        "cli_exit_code": done.returncode,
        "cli_conflicts": len(cli["conflicts"]),
        "store_unchanged": unchanged,
    }
    if args.json:
        print(json.dumps(figures, indent=1))
    else:
        print(f"store: {args.articles} generated articles of about {args.words} words ({db_file})")
        if built is not None:
            print(f"  built in {built:.1f} s")
        print(
            f"check one new article, in process: {seconds[0]:.3f} s first, "
            f"{statistics.median(seconds):.3f} s median of {len(seconds)}; "
            f"{runs[0][1]} conflicts, {runs[0][2]} failing"
        )
        print(
            f"check one new article, whole command: {cli_seconds:.3f} s median of {len(cli_walls)} "
            f"({', '.join(f'{x:.2f}' for x in cli_walls)}), CPU {statistics.median(cli_cpus):.3f} s "
            f"(exit code {done.returncode})"
        )
        print(
            f"load average: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} (this machine has {os.cpu_count()} cores)"
        )
        print(f"store unchanged: {'yes' if unchanged else 'NO'}")
    return 0 if unchanged else 1


if __name__ == "__main__":
    sys.exit(main())
