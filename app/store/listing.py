"""Pages of the list of conflicts, the API's most frequent read that its kept answers cannot
serve (deep pages, one article's conflicts: thousands of different answers). Each conflict's
JSON is stored in its row (`conflicts.item`, see `app.store.views.rendered_conflict`), so a page
is the numbers from an index and then those rows' items, joined as they are.

The few fixed queries go straight to the driver's cursor, inside the request's snapshot: through
SQLAlchemy the same page took ten times the CPU (an expanding `IN` list is rendered anew for
every execution, results are wrapped row by row), and every millisecond of Python here is
a millisecond the other reads of the process queue for."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlmodel import Session

from app.db.aio import AsyncReaders
from app.store import MARK, Kept
from app.store import driver_cursor as _cursor

ORDER = "ORDER BY severity_rank DESC, strength DESC, num DESC"
FILTERS = ("status", "kind", "severity", "temporal")
STEP = 1000  # entries between two bookmarks of a list
Bookmark = tuple[int, float, int]  # the sort key of an entry: severity rank, strength, number
# the bookmarks of the lists whose deep pages were asked for, per store (URL), version (read in
# the request's snapshot: a write makes new ones) and filters
BOOKMARKS: Kept[list[Bookmark]] = Kept(64)


def store_version(session: Session) -> int:
    cursor = _cursor(session)
    try:
        cursor.execute("SELECT version FROM store_state WHERE id = 1")
        return int(cursor.fetchone()[0])
    finally:
        cursor.close()


def conflict_page(
    session: Session,
    equal: dict[str, str],
    include_stale: bool,
    article_id: str | None,
    limit: int,
    offset: int,
    count: Callable[[], int],
) -> tuple[list[str], int]:
    """The items of a page of conflicts (most urgent first; `equal`: the filters on `FILTERS`
    columns) and the length of the whole list; `count` is asked for it only when the page does
    not show where the list ends."""
    mark = MARK[session.get_bind().dialect.name]
    cursor = _cursor(session)
    try:
        if article_id:
            nums, total = _of_article(cursor, mark, equal, include_stale, article_id)
            nums = nums[offset : offset + limit]
        else:
            where = ([] if include_stale else ["stale = " + mark]) + [f"{name} = {mark}" for name in equal]
            params: list[Any] = ([] if include_stale else [False]) + list(equal.values())
            nums = None
            if offset >= STEP:  # a deep page: from the bookmark before it
                key = bookmarks_key(str(session.get_bind().engine.url), store_version(session), equal, include_stale)
                marks = BOOKMARKS.get(key, lambda: _bookmarks(cursor, mark, where, params))
                if offset // STEP < len(marks):
                    where = [*where, f"(severity_rank, strength, num) <= ({mark}, {mark}, {mark})"]
                    params += marks[offset // STEP]
                    skip = offset % STEP
                else:
                    nums = []  # past the end of the list
            else:
                skip = offset
            if nums is None:
                # from the listing index of the filters alone: skipping entries, not rows
                cursor.execute(f"SELECT num FROM conflicts {_where(where)} {ORDER} LIMIT {mark} OFFSET {mark}", (*params, limit, skip))
                nums = [n for (n,) in cursor.fetchall()]
            # a page that is not full shows where the list ends: no need to count it
            total = offset + len(nums) if len(nums) < limit and (nums or not offset) else count()
        if not nums:
            return [], total
        cursor.execute(f"SELECT num, item FROM conflicts WHERE num IN ({', '.join([mark] * len(nums))})", nums)
        items = dict(cursor.fetchall())
        return [items[n] for n in nums if n in items], total
    finally:
        cursor.close()


def bookmarks_key(store: str, version: int, equal: dict[str, str], include_stale: bool) -> tuple[Any, ...]:
    return (store, version, tuple(equal.items()), include_stale, STEP)


def _where(conditions: list[str]) -> str:
    return f"WHERE {' AND '.join(conditions)}" if conditions else ""


def _bookmarks(cursor: Any, mark: str, where: list[str], params: list[Any]) -> list[Bookmark]:
    """The sort key (severity rank, strength, number) of every `STEP`-th entry of a list, from
    its first: a deep page is read from the one before it, skipping fewer than `STEP` entries
    of the index instead of up to the whole list (on 60,000 conflicts, 1 ms a page on SQLite).
    One pass over the index, in the database."""
    cursor.execute(
        f"SELECT severity_rank, strength, num FROM (SELECT severity_rank, strength, num,"
        f" row_number() OVER ({ORDER}) AS place FROM conflicts {_where(where)}) AS listed"
        f" WHERE place {'%%' if mark == '%s' else '%'} {STEP} = 1 ORDER BY place",  # psycopg: '%%' is '%'
        params,
    )
    return [tuple(row) for row in cursor.fetchall()]


def _of_article(
    cursor: Any, mark: str, equal: dict[str, str], include_stale: bool, article_id: str
) -> tuple[list[int], int]:
    """The numbers of one article's conflicts that the filters admit, in the list's order, and
    how many. They are few: found through the article indexes alone and sorted here (given the
    other filters too, or `num IN (...)`, planners walked the whole listing index in order
    instead: 17 ms a page on SQLite with 60,000 conflicts)."""
    columns = ("num", "severity_rank", "strength", "stale", *equal)
    found: dict[int, tuple[Any, ...]] = {}
    for side in ("article_a", "article_b"):
        cursor.execute(f"SELECT {', '.join(columns)} FROM conflicts WHERE {side} = {mark}", (article_id,))
        found.update((row[0], row) for row in cursor.fetchall())
    wanted = tuple(equal.values())
    listed = sorted(
        (row for row in found.values() if (include_stale or not row[3]) and row[4:] == wanted),
        key=lambda row: (row[1], row[2], row[0]),
        reverse=True,
    )
    return [row[0] for row in listed], len(listed)


VERSION = "(SELECT version FROM store_state WHERE id = 1)"
JOINED = "string_agg(c.item, ',' ORDER BY p.severity_rank DESC, p.strength DESC, p.num DESC)"


async def conflict_page_async(
    reader: AsyncReaders,
    store: str,
    equal: dict[str, str],
    include_stale: bool,
    article_id: str | None,
    limit: int,
    offset: int,
    version: int | None,
    total_of: Callable[[int], int | None],
) -> tuple[str, int] | None:
    """PostgreSQL: a page (its items joined, and the list's total) read in one statement on the
    process' asynchronous connection, in the event loop; one statement sees one snapshot, and
    it reads the store's version too. What it needs beside, the list's total (`total_of`, by
    version) and a deep page's bookmarks (read at `version`, the version this request was
    checked against), must already be kept; else None: the page is to be read in a thread
    (`conflict_page`), which keeps them."""
    where = ([] if include_stale else ["stale = %s"]) + [f"{name} = %s" for name in equal]
    params: list[Any] = ([] if include_stale else [False]) + list(equal.values())
    if article_id:
        arm = "SELECT num, severity_rank, strength FROM conflicts WHERE {} = %s" + "".join(f" AND {w}" for w in where)
        sql = (
            f"WITH listed AS ({arm.format('article_a')} UNION {arm.format('article_b')})"
            f" SELECT {VERSION}, (SELECT count(*) FROM listed), (SELECT {JOINED} FROM (SELECT * FROM listed"
            f" {ORDER} LIMIT %s OFFSET %s) AS p JOIN conflicts AS c ON c.num = p.num)"
        )
        row = await reader.fetchone(sql, (article_id, *params, article_id, *params, limit, offset))
        assert row is not None
        return row[2] or "", row[1]
    skip = offset
    if offset >= STEP:  # a deep page: from the bookmark before it, if it is kept
        if version is None or (marks := BOOKMARKS.peek(bookmarks_key(store, version, equal, include_stale))) is None:
            return None
        if offset // STEP >= len(marks):  # past the end: what the store held at `version`
            total = total_of(version)
            return None if total is None else ("", total)
        where = [*where, "(severity_rank, strength, num) <= (%s, %s, %s)"]
        params += marks[offset // STEP]
        skip = offset % STEP
    sql = (
        f"SELECT {VERSION}, count(*), {JOINED} FROM (SELECT num, severity_rank, strength FROM conflicts"
        f" {_where(where)} {ORDER} LIMIT %s OFFSET %s) AS p JOIN conflicts AS c ON c.num = p.num"
    )
    row = await reader.fetchone(sql, (*params, limit, skip))
    assert row is not None
    read_at, shown, items = row
    if offset >= STEP and read_at != version:
        return None  # written since the bookmarks were read
    if shown < limit and (shown or not offset):
        return items or "", offset + shown
    total = total_of(read_at)
    return None if total is None else (items or "", total)
