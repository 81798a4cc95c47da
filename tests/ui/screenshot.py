#!/usr/bin/env python3
"""Take the README's screenshot of the conflict page, with the end-to-end tests' setup: the
example corpus in a temporary SQLite store, the app served in this process, Debian's Chromium
driven by Playwright.

    .venv/bin/python tests/ui/screenshot.py [--out docs/img/conflict-page.png] [--conflict ID]
                                            [--page conflict|queue|article|cluster]

Without --conflict, the first conflict of the queue whose sides show the most (a speaker on
each side, a hedge on one, a sentence inside a longer paragraph) is shown.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ui_support import CHROMIUM, live_server, template_store

ROOT = Path(__file__).resolve().parents[2]

VIEWPORT: Any = {"width": 1280, "height": 1000}


def telling_conflict(base: str) -> str:
    """The first conflict of the queue that shows what the page can show."""
    queue = httpx.get(f"{base}/api/conflicts", params={"status": "open", "limit": 500}).json()["items"]

    def shows(conflict: dict[str, Any]) -> int:
        claims = [httpx.get(f"{base}/api/claims/{i}").json() for i in conflict["claim_ids"]]
        return (
            all(c["speaker"] for c in claims)
            + any(c["hedges"] for c in claims)
            + any(c["cluster"] for c in claims)
            + (conflict["severity"] != "low")
        )

    return max(queue[:40], key=shows)["id"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img" / "conflict-page.png")
    parser.add_argument("--conflict", help="the conflict to show (default: the first of the queue)")
    parser.add_argument("--page", choices=("conflict", "queue", "article", "cluster"), default="conflict")
    parser.add_argument("--full-page", action="store_true", help="the whole page, not the first screen")
    args = parser.parse_args(argv)
    if not CHROMIUM.exists():
        raise SystemExit(f"{CHROMIUM} is missing: apt-get install -y chromium")
    from playwright.sync_api import sync_playwright

    with (
        tempfile.TemporaryDirectory() as folder,
        template_store("sqlite", Path(folder)) as url,
        live_server(url) as base,
        sync_playwright() as playwright,
    ):
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        page = browser.new_page(viewport=VIEWPORT, device_scale_factor=1)
        page.goto(f"{base}/")
        if args.page != "queue":
            page.goto(f"{base}/conflicts/{args.conflict or telling_conflict(base)}")
            if args.page == "article":
                page.locator(".side h2 a").first.click()
            elif args.page == "cluster":
                page.locator(".cluster-part h3 a").first.click()
        page.wait_for_load_state("networkidle")
        args.out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(args.out), full_page=args.full_page)
        browser.close()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
