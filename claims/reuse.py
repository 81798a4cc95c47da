"""Text reuse: which articles are near-verbatim copies of (part of) another.

Word 6-gram shingles find candidate pairs through an inverted index (shingles shared by very
many articles, such as boilerplate, are ignored); an exact check then measures how much of the
copy lies in runs of six or more words that the source also contains, word for word (the
shingles' positions say which words; linear in the length of the texts, unlike an alignment). The earlier
publication is the source when both dates are known; otherwise the article whose text is
mostly contained in the other is taken as the copy, and the direction is marked unknown.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from hashlib import blake2b

from claims.model import Article, BlockKind, Reuse

SHINGLE = 6
MIN_SHARED = 12  # shingles in common before a pair is checked
MIN_OVERLAP = 0.45  # share of the copy found in the source
MIN_COPIED = 80  # or words copied in runs, whatever their share: a few paragraphs lifted whole
LIFTED_RUN = 30  # or one run of this many words: a paragraph lifted whole
MAX_SPREAD = 50  # a shingle in more articles than this is boilerplate
WORD = re.compile(r"[a-z0-9]+")
TEXT_BLOCKS = {BlockKind.BODY, BlockKind.POST, BlockKind.HEADLINE, BlockKind.HEADING}


def words(article: Article) -> list[str]:
    body = article.body
    parts = (
        [body[b.start : b.end] for b in article.blocks if b.kind in TEXT_BLOCKS] if article.blocks else [body]
    )
    return WORD.findall(" ".join(parts).lower().replace("’", "'"))


def shingle_list(tokens: list[str]) -> list[int]:
    """Stable 63-bit hashes of the word 6-grams, in text order (stable across processes, so a
    database can index them)."""
    return [
        int.from_bytes(blake2b(" ".join(tokens[i : i + SHINGLE]).encode(), digest_size=8).digest(), "big")
        >> 1
        for i in range(max(0, len(tokens) - SHINGLE + 1))
    ]


def shingles(tokens: list[str]) -> set[int]:
    return set(shingle_list(tokens))


def covered(copy: list[int], source: set[int]) -> tuple[int, int]:
    """Words of the copy (given by its shingles in order) inside runs of at least a shingle's
    length that the source contains too, and the length of the longest such run."""
    marked = [False] * (len(copy) + SHINGLE - 1) if copy else []
    longest = run = 0
    for i, h in enumerate(copy):
        if h in source:
            marked[i : i + SHINGLE] = [True] * SHINGLE
            run += 1
            longest = max(longest, run + SHINGLE - 1)
        else:
            run = 0
    return sum(marked), longest


def detect_reuse(articles: list[Article]) -> list[Reuse]:
    tokens = {a.id: words(a) for a in articles}
    ordered = {aid: shingle_list(t) for aid, t in tokens.items()}
    sets = {aid: set(hashes) for aid, hashes in ordered.items()}
    index: dict[int, list[str]] = defaultdict(list)
    for aid, s in sets.items():
        for h in s:
            index[h].append(aid)
    shared: Counter[tuple[str, str]] = Counter()
    for members in index.values():
        if 1 < len(members) <= MAX_SPREAD:
            for i in range(len(members)):
                for j in range(i + 1, len(members)):
                    shared[tuple(sorted((members[i], members[j])))] += 1  # type: ignore[index]
    by_id = {a.id: a for a in articles}
    found = []
    for (x, y), count in sorted(shared.items()):
        if count < MIN_SHARED:
            continue
        found.extend(
            _direction(by_id[x], by_id[y], covered(ordered[y], sets[x]), covered(ordered[x], sets[y]), tokens)
        )
    return found


def local_shingles(tokens: list[str]) -> list[int]:
    """The word 6-grams hashed with Python's own (per-process) hash: fast, and enough to compare
    two texts within one process (the stable `shingle_list` is for what a database keeps)."""
    return [hash(tuple(tokens[i : i + SHINGLE])) for i in range(max(0, len(tokens) - SHINGLE + 1))]


def _check(x: Article, y: Article, tx: list[str], ty: list[str]) -> list[Reuse]:
    """Whether one of two articles (given by their words) copies the other."""
    hx, hy = local_shingles(tx), local_shingles(ty)
    return _direction(x, y, covered(hy, set(hx)), covered(hx, set(hy)), {x.id: tx, y.id: ty})


def _direction(
    x: Article, y: Article, y_run: tuple[int, int], x_run: tuple[int, int], tokens: dict[str, list[str]]
) -> list[Reuse]:
    """Whether one of two articles copies the other, given how many words of each lie in runs
    the other contains too, and the longest run: most of one article, a few paragraphs of it, or
    one paragraph lifted whole (words a story's reports share by chance come in short runs)."""
    (y_copied, y_longest), (x_copied, x_longest) = y_run, x_run
    in_y = x_copied / max(len(tokens[x.id]), 1)  # share of x found in y
    in_x = y_copied / max(len(tokens[y.id]), 1)
    if (
        max(in_x, in_y) < MIN_OVERLAP
        and max(x_copied, y_copied) < MIN_COPIED
        and max(x_longest, y_longest) < LIFTED_RUN
    ):
        return []
    overlap = round(max(in_x, in_y), 3)
    if _dated(x) and _dated(y) and x.published_at != y.published_at:
        assert x.published_at and y.published_at
        copy, source = (x, y) if x.published_at > y.published_at else (y, x)
        return [Reuse(copy.id, source.id, overlap, direction_known=True)]
    # no reliable dates: the text found (mostly) inside the other is the copy
    copy, source = (x, y) if in_y >= in_x else (y, x)
    return [Reuse(copy.id, source.id, overlap, direction_known=False)]


def _dated(article: Article) -> bool:
    """A publication date stated by the publisher (an inferred lower bound cannot order copies)."""
    return article.published_at is not None and article.published_at_source == "metadata"
