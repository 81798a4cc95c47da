"""Tell the article's own voice from what surrounds it.

Each non-empty line of the body is a block. Cleaning labels every block: body text, headline,
section heading, photo caption, embedded social post (and the credit line that closes it),
"Updated:" stamp, byline, disclaimer or boilerplate. Embedded posts become sources of their own,
with author, handle and date, because what a post says is not what the outlet says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import regex  # \p{Lu}: capitals of every alphabet ("Łukasz", "Šimon"); re for the rest (faster)

from claims.dates import parse_stamp
from claims.model import Article, Block, BlockKind, Source

# "— EPIC (@enablingpeace) July 18, 2024": how embedded posts from X/Twitter (and the like) end
# when a page is saved as text.
POST_CREDIT = re.compile(
    r"^[—–-]{1,2}\s*(?P<name>[^()\n]{1,80}?)\s*\(@(?P<handle>[A-Za-z0-9_.]{1,40})\)\s*(?P<date>[^\n]{0,40})$"
)
UPDATED = re.compile(
    r"^[*_]{0,2}(?:Updated|Last updated|Published|First published|Posted|Modified|Last modified)"
    r"(?:\s+(?:on|at))?\s*:?\s*(?P<stamp>.{6,60})$",
    re.I,
)
# the same stamp followed by the news it brings, on a line of any length ("Updated 7:40 p.m.: The
# second worker has died.")
UPDATED_NEWS = re.compile(
    r"^[*_]{0,2}(?:Updated|Last updated)(?:\s+(?:on|at))?\s*:?\s*(?P<stamp>(?:[^:—–]|:(?=\d)){6,60}?)(?::|\s[—–-]{1,2})\s+(?=[A-Z\"“])",
    re.I,
)
# Photo agencies and picture desks that end captions ("... the airbase. Reuters").
PHOTO_AGENCIES = (
    r"Reuters|REUTERS|AFP|AP|AP Photo|Associated Press|Getty Images|Getty|EPA|EPA-EFE|Anadolu(?: Agency)?|"
    r"Xinhua|Bloomberg|Shutterstock|Alamy|PA|PA Images|PA Wire|dpa|DPA|Sipa|NurPhoto|SOPA Images|ZUMA|"
    r"Pool|File|File photo|Handout|Supplied"
)
CAPTION_PATTERNS = [
    re.compile(
        r"(?:^|\s|/)\s*(?:Photo|Photograph|Picture|Image|Photo credit|Credit|Source|Video)s?\s*:\s*\S.{0,80}$",
        re.I,
    ),
    re.compile(r"\((?:" + PHOTO_AGENCIES + r")(?:\s+Photo)?\s*/\s*[^()/]{2,60}\)\.?$", re.I),
    regex.compile(r"\(\p{Lu}[\w .&'-]{1,30}/\p{Lu}[\w .'-]{1,40}\)\.?$"),
    re.compile(r"[.!?\"”]\s+(?:" + PHOTO_AGENCIES + r")(?:/[\w .'-]{2,40})?$"),
    re.compile(r"^(?:Photo|Picture|Image|Above|Top|Pictured|File photo)\s*:", re.I),
    regex.compile(
        r"[.!?\"”]\s+(?:Photo|Photograph|Picture|Image)s?\s+by\s+\p{Lu}[\w .'’-]{1,40}(?:/\p{Lu}[\w .&'’-]{1,30})?$"
    ),
]
DISCLAIMER = re.compile(
    r"^(?:Disclaimer|Editor'?s note|Editor’s note|Note to readers|Correction|Clarification|Legal notice|"
    r"Transparency note|Disclosure)\s*:",
    re.I,
)
# A syndication note ("*This story was written by the Press Agency and is republished ...*"): a
# disclaimer of its own paragraph, often above the article.
SYNDICATION = re.compile(
    r"^[*_]*\s*(?:This (?:article|story|report|piece|content) (?:was|is|has been) (?:written|produced|"
    r"originally published|first published|republished|provided|syndicated|supplied|distributed)|"
    r"(?:Republished|Reprinted|Syndicated|Distributed) (?:from|with|by|under|courtesy))\b",
    re.I,
)
BOILERPLATE = re.compile(
    r"^(?:[_\-–—=*~#]{2,}\s*$|Powered by automated translation|This (?:article|story|text) (?:was|has been) "
    r"(?:translated|generated|produced)|Read more\b|Also read\b|Read also\b|Related\s*:|Recommended\b|"
    r"Sign up\b|Subscribe\b|Follow us\b|Share this\b|Advertisement$|Click here\b|Watch\s*:|Listen\s*:|"
    r"Copyright\b|©|All rights reserved)",
    re.I,
)
BYLINE = regex.compile(
    r"^(?:By|Written by|Reporting by|Words by)\s+\p{Lu}[\w.'’-]+(?:\s+\p{Lu}[\w.'’-]+){0,4}(?:\s*(?:,|and|&)\s*.+)?$"
)
JOB_TITLE = re.compile(
    r"\b(?:Director|Editor|Correspondent|Reporter|Writer|Analyst|Fellow|Professor|Chief|Producer|Contributor|"
    r"Columnist|Staff|Researcher|Journalist|Bureau|Manager|Head of|Coordinator|Associate|Assistant)\b"
)
NAME_LINE = regex.compile(r"^\p{Lu}[\p{Ll}'’.-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,3}$")
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+\S")
BULLET = re.compile(r"^(?:[-*•◦»▪‣·]|\d{1,2}[.)])\s+")
TERMINAL = re.compile(r"[.!?…:;\"”’')\]]$")
WORD = re.compile(r"[^\W\d_][\w'’-]*")
SMALL_WORDS = {
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with", "from",
    "as", "is", "vs", "via", "into", "over", "after", "since", "amid", "than",
}  # fmt: skip


@dataclass
class Line:
    start: int
    end: int
    text: str


def split_lines(body: str) -> list[Line]:
    """Non-empty lines with their offsets, stripped of surrounding white space."""
    lines = []
    pos = 0
    for raw in body.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            lines.append(Line(pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw) + 1
    return lines


def is_title_case(text: str) -> bool:
    words = [w for w in WORD.findall(text) if w.lower() not in SMALL_WORDS]
    if len(words) < 2:
        return bool(words) and words[0][0].isupper()
    return sum(w[0].isupper() for w in words) / len(words) >= 0.8


def looks_like_heading(text: str) -> bool:
    """Section headings and headline-like lines: short, or title-cased, without a full stop."""
    if MARKDOWN_HEADING.match(text):
        return True
    words = WORD.findall(text)
    if not words:
        return True
    if text.endswith("?") and len(words) <= 12:
        return True
    if TERMINAL.search(text):
        return False
    return len(words) <= 10 or (is_title_case(text) and len(words) <= 18)


def _is_headline(text: str, title: str | None) -> bool:
    """The first line is the headline when it repeats the title, asks a question, or has no
    full stop (a .txt article's first line "may be a headline", says the contract)."""
    if title and text.lstrip("# ").strip().lower() == title.strip().lower():
        return True
    words = len(WORD.findall(text))
    return words <= 30 and (text.endswith("?") or not TERMINAL.search(text))


def is_caption(text: str) -> bool:
    return any(p.search(text) for p in CAPTION_PATTERNS)


def classify(article: Article) -> None:
    """Label the article's blocks and register embedded posts as sources."""
    lines = split_lines(article.body)
    kinds: list[BlockKind] = [BlockKind.BODY] * len(lines)
    seen_short: dict[str, int] = {}
    first_body = True
    for i, line in enumerate(lines):
        text = line.text
        if POST_CREDIT.match(text):
            kinds[i] = BlockKind.POST_CREDIT
        elif _is_stamp(UPDATED.match(text)) or _is_stamp(UPDATED_NEWS.match(text), clock=True):
            kinds[i] = BlockKind.UPDATED
        elif DISCLAIMER.match(text) or SYNDICATION.match(text):
            kinds[i] = BlockKind.DISCLAIMER
        elif BOILERPLATE.match(text):
            kinds[i] = BlockKind.BOILERPLATE
        elif is_caption(text):
            kinds[i] = BlockKind.CAPTION
        elif (
            (BYLINE.match(text) and len(text) < 80)
            or (i + 1 < len(lines) and NAME_LINE.match(text) and _is_job_title(lines[i + 1].text) and i < 6)
            or (i > 0 and kinds[i - 1] == BlockKind.BYLINE and _is_job_title(text))
        ):
            kinds[i] = BlockKind.BYLINE
        elif first_body and _is_headline(text, article.title):
            kinds[i] = BlockKind.HEADLINE
        elif looks_like_heading(text):
            key = text.lower()
            if key in seen_short:  # a repeated short line is a related-story link
                kinds[i] = kinds[seen_short[key]] = BlockKind.BOILERPLATE
            else:
                kinds[i] = BlockKind.HEADLINE if first_body else BlockKind.HEADING
                seen_short[key] = i
        if kinds[i] not in (BlockKind.BYLINE, BlockKind.BOILERPLATE, BlockKind.UPDATED):
            first_body = False
    # A disclaimer runs to the end of its paragraph group: everything after a separator line
    # near the end that starts a disclaimer is not the article.
    for i, kind in enumerate(kinds):
        if kind == BlockKind.DISCLAIMER and not SYNDICATION.match(lines[i].text):
            for j in range(i + 1, len(lines)):
                if kinds[j] == BlockKind.BODY and not _starts_new_section(lines[j].text):
                    kinds[j] = BlockKind.DISCLAIMER
                else:
                    break
    article.sources = [
        Source(id=f"{article.id}.s0", article_id=article.id, kind="article", name=article.outlet)
    ]
    blocks: list[Block] = []
    posts = 0
    for i, line in enumerate(lines):
        block = Block(line.start, line.end, kinds[i])
        if kinds[i] == BlockKind.POST_CREDIT:
            posts += 1
            source = _post_source(article, line, posts)
            members = _post_members(lines, kinds, i)
            for j in members:
                kinds[j] = BlockKind.POST
                blocks[j].kind = BlockKind.POST
                blocks[j].source_id = source.id
            if members:
                source.start = lines[members[0]].start
            source.end = line.end
            block.source_id = source.id
            article.sources.append(source)
        blocks.append(block)
    article.blocks = _split_dateline(article, _split_update_news(article, blocks))
    if article.title is None:
        heads = [lines[i].text for i, k in enumerate(kinds) if k == BlockKind.HEADLINE]
        if heads:
            article.title = heads[0].lstrip("# ").strip()
    if article.author is None:
        article.author = _byline_author(lines, kinds)


DATELINE = regex.compile(
    r"^(?P<place>\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,3}(?:,\s*\p{Lu}[\p{L}.]{1,15}){0,2})"
    r"(?:,?\s+\p{Lu}[a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
    r"\s*(?:\((?:\p{L}[\w .&-]{0,25})\))?\s*[—–-]{1,2}\s+(?=[\p{Lu}\d\"“])"
)


def _split_dateline(article: Article, blocks: list[Block]) -> list[Block]:
    """ "PORT MERIDIAN, La. (GCW) — A fire tore through ...": the dateline is not part of the
    first sentence; its place is where the story was filed (usually where it happened)."""
    for i, block in enumerate(blocks):
        if block.kind != BlockKind.BODY:
            continue
        m = DATELINE.match(article.body[block.start : block.end])
        if m and any(c.islower() for c in article.body[block.start + m.end() : block.end]):
            article.dateline = m["place"].strip(" ,")
            head = Block(block.start, block.start + m.end(), BlockKind.DATELINE)
            rest = Block(block.start + m.end(), block.end, BlockKind.BODY)
            return [*blocks[:i], head, rest, *blocks[i + 1 :]]
        break
    return blocks


CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b", re.I)


def _is_stamp(m: re.Match[str] | None, clock: bool = False) -> bool:
    """A stamp that gives a date; with `clock`, a time of day is enough ("Updated Wednesday,
    9:15 a.m.: ...", a live page's update that goes on with its news)."""
    return m is not None and (parse_stamp(m["stamp"]) is not None or (clock and CLOCK.search(m["stamp"]) is not None))


# what an update changed in the story, not news: "Adds a statement from the company."
EDITORS_NOTE = re.compile(r"(?:Adds|Added|Corrects|Corrected|Changes|Updates|Recasts|Rewrites|Fixes|Clarifies)\b")


def _split_update_news(article: Article, blocks: list[Block]) -> list[Block]:
    """An update line that goes on with the news it brings keeps that news as article text."""
    out: list[Block] = []
    for block in blocks:
        text = article.body[block.start : block.end]
        m = UPDATED_NEWS.match(text) if block.kind == BlockKind.UPDATED else None
        news = text[m.end() :].rstrip("*_ ") if m else ""  # (an update set in italics: "*Updated ...*")
        if (
            m
            and TERMINAL.search(news)
            and len(WORD.findall(news)) >= 4
            and any(c.islower() for c in news)
            and not EDITORS_NOTE.match(news)
        ):
            out += [Block(block.start, block.start + m.end(), BlockKind.UPDATED),
                    Block(block.start + m.end(), block.start + m.end() + len(news), BlockKind.BODY)]  # fmt: skip
        else:
            out.append(block)
    return out


def _is_job_title(text: str) -> bool:
    return len(text) < 80 and not TERMINAL.search(text) and JOB_TITLE.search(text) is not None


def _starts_new_section(text: str) -> bool:
    return MARKDOWN_HEADING.match(text) is not None


def _post_members(lines: list[Line], kinds: list[BlockKind], credit: int) -> list[int]:
    """The lines of a post: the line just above its credit line, plus one more above it when that
    line is only links (an embed's "pic.twitter.com/..." tail on a line of its own)."""
    members: list[int] = []
    j = credit - 1
    while j >= 0 and len(members) < 3:
        if kinds[j] not in (BlockKind.BODY, BlockKind.HEADING, BlockKind.HEADLINE, BlockKind.CAPTION):
            break
        members.insert(0, j)
        if re.sub(r"(?:https?://|pic\.twitter\.com/)\S+", "", lines[j].text).strip():
            break
        j -= 1
    return members


def _post_source(article: Article, credit: Line, number: int) -> Source:
    m = POST_CREDIT.match(credit.text)
    assert m is not None
    stamp = m["date"].strip()
    return Source(
        id=f"{article.id}.p{number}",
        article_id=article.id,
        kind="post",
        name=m["name"].strip(),
        handle="@" + m["handle"],
        published_at=parse_stamp(stamp) if stamp else None,
    )


def _byline_author(lines: list[Line], kinds: list[BlockKind]) -> str | None:
    for i, kind in enumerate(kinds):
        if kind == BlockKind.BYLINE:
            text = re.sub(r"^(?:By|Written by|Reporting by|Words by)\s+", "", lines[i].text)
            name, _, title = text.partition(",")
            if title and _is_job_title(title.strip()) and NAME_LINE.match(name.strip()):
                return name.strip()  # "By Marta Velez, Political Editor"
            if not _is_job_title(text) or NAME_LINE.match(text):
                return text.strip()
    return None


def updated_stamp(article: Article) -> str | None:
    for block in article.blocks:
        if block.kind == BlockKind.UPDATED:
            m = UPDATED.match(article.body[block.start : block.end])
            if m:
                return m["stamp"]
    return None


def bullet_length(text: str) -> int:
    """Length of a leading list marker ("- ", "» ", "1. "), so sentences start after it."""
    m = BULLET.match(text)
    return m.end() if m else 0
