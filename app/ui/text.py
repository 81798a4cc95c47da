"""Article text cut into pieces for the templates: paragraphs, and within them the stretches to
mark (a claim's sentence). Text stays text: templates print each piece escaped inside its own
element, so marking never builds HTML from an article's words."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from claims.model import Article, BlockKind

QUOTED = {BlockKind.POST, BlockKind.POST_CREDIT}
HEADINGS = {BlockKind.HEADING, BlockKind.HEADLINE}
CLAIM_STATES = ("conflict", "agrees", "alone")  # most telling first: a sentence shows the first


@dataclass
class Mark:
    """What a marked stretch is: a claim's state, where it links to, and a hover text."""

    state: str
    href: str | None = None
    title: str = ""
    anchor: str | None = None  # the element id, so other pages can link to the sentence
    other_anchors: tuple[str, ...] = ()  # more ids for the same place (claims sharing a sentence)


@dataclass
class Piece:
    text: str
    mark: Mark | None = None


@dataclass
class Paragraph:
    kind: str  # a BlockKind value: body, heading, headline, caption, post, byline, ...
    pieces: list[Piece]
    source_id: str | None = None  # for quoted posts


@dataclass
class Quote:
    """An embedded post: its paragraphs and credit line, and who posted it."""

    source: Any  # claims.model.Source
    paragraphs: list[Paragraph] = field(default_factory=list)


def cut(text: str, offset: int, marks: list[tuple[int, int, Mark]]) -> list[Piece]:
    """`text` (which starts at `offset` in the body) as plain and marked pieces. Marks are
    body offsets; overlapping ones keep the first, and parts outside the text are dropped."""
    pieces: list[Piece] = []
    at = 0
    for start, end, mark in sorted(marks, key=lambda m: (m[0], -m[1])):
        if start < offset:  # a sentence begun in an earlier line: its anchor is there
            mark = replace(mark, anchor=None, other_anchors=())
        start, end = max(start - offset, at), min(end - offset, len(text))
        if start >= end:
            continue
        if start > at:
            pieces.append(Piece(text[at:start]))
        pieces.append(Piece(text[start:end], mark))
        at = end
    if at < len(text):
        pieces.append(Piece(text[at:]))
    return pieces


def line_around(body: str, start: int, end: int) -> tuple[int, int]:
    """The line (paragraph) of the body holding [start, end)."""
    newline = body.find("\n", end)
    return body.rfind("\n", 0, start) + 1, len(body) if newline < 0 else newline


def sentence_in_paragraph(body: str, start: int, end: int) -> list[Piece]:
    """The paragraph around a sentence, with the sentence marked."""
    first, last = line_around(body, start, end)
    return cut(body[first:last], first, [(start, end, Mark("sentence"))])


def paragraphs(article: Article, marks: list[tuple[int, int, Mark]]) -> list[Paragraph | Quote]:
    """The body as paragraphs, one per non-empty line, with the marks inside them; the lines of
    an embedded post grouped into one quote. A line's kind is its last block's (a dateline and
    the first sentence share a line, which is body text). Blocks and marks are walked along
    with the lines, so a long article costs no more than its length."""
    sources = {s.id: s for s in article.sources}
    blocks = sorted(article.blocks, key=lambda b: b.start)
    marks = sorted(marks, key=lambda m: (m[0], m[1]))
    out: list[Paragraph | Quote] = []
    at = next_block = next_mark = 0
    for line in article.body.split("\n"):
        first, last = at, at + len(line)
        at = last + 1
        while next_block < len(blocks) and blocks[next_block].end <= first:
            next_block += 1
        while next_mark < len(marks) and marks[next_mark][1] <= first:
            next_mark += 1
        if not line.strip():
            continue
        kind, source_id = BlockKind.BODY, None
        i = next_block
        while i < len(blocks) and blocks[i].start < last:
            kind, source_id = blocks[i].kind, blocks[i].source_id
            i += 1
        mine, i = [], next_mark
        while i < len(marks) and marks[i][0] < last:
            mine += [marks[i]] if marks[i][1] > first else []
            i += 1
        if kind in HEADINGS and not mine:
            line = line.lstrip("#").strip()  # Markdown heading marks are not part of what it says
        paragraph = Paragraph(kind, cut(line, first, mine), source_id)
        if kind in QUOTED and source_id in sources:
            previous = out[-1] if out else None
            if isinstance(previous, Quote) and previous.source.id == source_id:
                previous.paragraphs.append(paragraph)
            else:
                out.append(Quote(sources[source_id], [paragraph]))
        else:
            out.append(paragraph)
    return out
