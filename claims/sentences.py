"""Sentence segmentation with character offsets into the article body.

syntok does the segmenting (it knows "U.S.", "Gen.", "No. 2", initials and quotes). Each block is
segmented on its own, so a heading never runs into the paragraph below it. Two repairs follow:
links glued to a sentence's full stop ("reported.https://t.co/x") are cut off, and a sentence
that ends inside nested quotes ("... reckless.'\" Officials said") or after a decimal ("3.5. Most")
is split where syntok merged.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

import regex  # \p{Lu}: capitals of every alphabet ("Łukasz", "Šimon"); re for the rest (faster)
import syntok.segmenter as segmenter

from claims.cleaning import bullet_length
from claims.model import Article, BlockKind
from claims.text import contains_any, folded

URL = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S+")
TRAILING_JUNK = re.compile(r"(?:\s*(?:Read more|More|Watch|Via)\s*:?)?\s*$", re.I)
JUNK_WORDS = ("more", "watch", "via")  # without one, the junk is the trailing white space
QUOTE_END_SPLIT = regex.compile(
    r"[.!?]['\"”’]{2,}\s+(?=[\p{Lu}“\"])"
    # "shortly after 4 a.m. Most were shot down": a time abbreviation can end a sentence, unless a
    # day, a month or a time zone follows ("at 10:47 p.m. Sept. 16", "9 a.m. Tuesday")
    r"|\b[ap]\.m\.\s+(?=\p{Lu}[a-z]+\b)(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Eastern|Central|Pacific|Mountain|Local|GMT|UTC)\w*\b)"
    # "between 3 and 3.5. Most cause no damage": syntok does not end a sentence after a decimal
    r"|\d\.\d+\.\s+(?=\p{Lu}[a-z]+\b)"
)
LETTER = re.compile(r"[^\W\d_]")


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    block_kind: BlockKind
    source_id: str
    block_start: int
    block_end: int


TITLE_ABBREVIATION = re.compile(
    r"(?:^|\s)(?:Lt|Col|Gen|Rep|Sen|Sgt|Capt|Maj|Dr|St|Gov|Adm|Cmdr|Mr|Mrs|Ms|Prof|Rev|Jr|Sr|Lieut|Cpl|Pvt|Brig|"
    r"Supt|Insp|Det|Atty|Hon|Fr)\.$"
)


# Where a sentence could end inside a block: a stop (or "?", "!") then space, possibly after a
# closing quote or bracket. A block without one is a single sentence and skips the segmenter.
POSSIBLE_BOUNDARY = re.compile(r"[.!?…;:]['\"”’)\]]*\s+\S|\n\s*\n")


# A boundary no segmenter would doubt: a lower-case word of two letters or more (not a known
# abbreviation), a full stop, a space, a capital. Blocks are cut there first, so the segmenter
# only reads the stretches with a doubtful stop ("U.S.", "Gen.", "No. 2", "p.m.").
CLEAR_BOUNDARY = re.compile(r"(?<![.\w])(?P<word>[a-z]{2,})[.!?](?=\s+[A-Z])")
LOWER_ABBREVIATIONS = {"vs", "etc", "approx", "incl", "esp", "fig", "no", "nos", "st", "ft", "mt", "ca", "cf", "al",
                       "jr", "sr", "inc", "ltd", "co", "corp", "dept", "est", "govt", "min", "max", "mr", "mrs",
                       "ms", "dr", "op", "vol", "pp", "ed", "eds", "rev", "gen", "col", "lt", "sgt", "capt"}  # fmt: skip


def _segment(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = 0
    for m in CLEAR_BOUNDARY.finditer(text):
        if m["word"] in LOWER_ABBREVIATIONS:
            continue
        spans.extend((cursor + a, cursor + b) for a, b in _segment_stretch(text[cursor : m.end()]))
        cursor = m.end()
    spans.extend((cursor + a, cursor + b) for a, b in _segment_stretch(text[cursor:]))
    return spans


def _segment_stretch(text: str) -> list[tuple[int, int]]:
    stripped = text.strip()
    if not stripped:
        return []
    if not POSSIBLE_BOUNDARY.search(stripped):
        start = text.index(stripped[0])
        return [(start, start + len(stripped))]
    spans: list[tuple[int, int]] = []
    for paragraph in segmenter.analyze(text):
        for sentence in paragraph:
            if not sentence:
                continue
            first, last = sentence[0], sentence[-1]
            span = (first.offset, last.offset + len(last.value))
            if spans and TITLE_ABBREVIATION.search(text[spans[-1][0] : spans[-1][1]]):
                span = (spans.pop()[0], span[1])  # "Lt. Col. Ray Burns said": a title, not a full stop
            spans.append(span)
    return spans


# A run-in heading in Markdown bold or italics opening a paragraph ("**Lighting.** The ...").
RUN_IN_HEADING = re.compile(r"(?:\*\*|__)[^*_\n]{1,80}?[.:!?]?(?:\*\*|__)[.:]?\s+")


# A live blog entry's time and the dash after it, or the dash after a run-in time in bold
TIME_LABEL = re.compile(r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}\s+)?)?[-–—|]\s+")


def _repair(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut links out of a sentence span and split at quote-closing full stops."""
    pieces: list[tuple[int, int]] = []
    cursor = start
    for m in URL.finditer(text, start, end):
        pieces.append((cursor, m.start()))
        cursor = m.end()
    pieces.append((cursor, end))
    out: list[tuple[int, int]] = []
    for a, b in pieces:
        split_at = [m.end() for m in QUOTE_END_SPLIT.finditer(text, a, b)]
        bounds = [a, *split_at, b]
        for x, y in itertools.pairwise(bounds):
            seg = text[x:y]
            if contains_any(folded(seg), JUNK_WORDS):
                tail = TRAILING_JUNK.search(seg)
                y2 = x + tail.start() if tail else y
            else:  # the pattern is slow to find just the white space at the end
                y2 = x + len(seg.rstrip())
            seg = text[x:y2]
            lead = len(seg) - len(seg.lstrip())
            run_in = RUN_IN_HEADING.match(seg, lead)
            if run_in:  # "**Lighting.** The airport operator has confirmed ...": a label, not the claim
                lead = run_in.end()
            stamp = TIME_LABEL.match(seg, lead) if run_in or seg[lead : lead + 1].isdigit() else None
            if stamp:  # "**12:30** - At a briefing, ..." and "12:30 - Police said ...": a live blog's time
                lead = stamp.end()
            x2 = x + lead
            y2 = x + len(seg.rstrip())
            if y2 > x2 and LETTER.search(text, x2, y2):
                out.append((x2, y2))
    return out


def split_sentences(article: Article, kinds: set[BlockKind]) -> list[Sentence]:
    """Sentences of the article's blocks of the given kinds, in body order."""
    body = article.body
    default_source = f"{article.id}.s0"
    sentences: list[Sentence] = []
    for block in article.blocks:
        if block.kind not in kinds:
            continue
        text = body[block.start : block.end]
        skip = bullet_length(text)
        for a, b in _segment(text[skip:]):
            for x, y in _repair(text, a + skip, b + skip):
                sentences.append(
                    Sentence(
                        start=block.start + x,
                        end=block.start + y,
                        text=text[x:y],
                        block_kind=block.kind,
                        source_id=block.source_id or default_source,
                        block_start=block.start,
                        block_end=block.end,
                    )
                )
    return sentences
