"""Read article files (.txt, .md with YAML front matter, .html) into `Article`s.

The body is kept exactly as read (newlines folded to ``\\n``) because every claim points into it
by character offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from claims.model import Article

ARTICLE_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}
MIN_ARTICLE_WORDS = 8  # a page whose main text is a menu ("Home") is not an article
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)


class InputError(Exception):
    """Unusable input: a message for a person, never a traceback."""


def find_article_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files named directly, plus article files found recursively in directories."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"{raw}: no such file or directory")
        if path.is_dir():
            inside = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
            )
            if not inside:
                raise InputError(f"{raw}: no article files (.txt, .md, .html) in this directory")
            found.extend(inside)
        elif path.suffix.lower() in ARTICLE_SUFFIXES:
            found.append(path)
        else:
            raise InputError(f"{raw}: not an article file (expected .txt, .md or .html)")
    unique: dict[Path, None] = {}
    for p in found:
        unique.setdefault(p, None)
    return list(unique)


def decode_text(data: bytes, name: str) -> tuple[str, str | None]:
    """Decode bytes as UTF-8; else as Windows-1252 when that reads cleanly (the usual legacy
    encoding of Western news text); else charset-normalizer's best guess. Say which.

    Binary data (NUL bytes, or no plausible encoding) is refused.
    """
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        return _normalise(data.decode("utf-8-sig"), name), None
    except UnicodeDecodeError:
        pass
    text = _windows_1252(data)
    if text is not None:
        return _normalise(text, name), "not UTF-8: decoded as Windows-1252 (cp1252)"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(f"{name}: not UTF-8 and no text encoding fits; convert it to UTF-8")
    return _normalise(
        str(best), name
    ), f"not UTF-8: decoded as {best.encoding} (detected by charset-normalizer)"


def _windows_1252(data: bytes) -> str | None:
    """cp1252 text, if the bytes decode to it without control characters (charset guessing
    misreads short Western texts as cp1250 or worse: "Peña" becomes "Peńa")."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    if any(0x80 <= ord(ch) <= 0x9F or (ord(ch) < 32 and ch not in "\n\r\t") for ch in text):
        return None
    return text


def _normalise(text: str, name: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{name}: the file is empty")
    return text


def to_date(value: Any) -> date | None:
    """A front-matter or metadata date (date, datetime or ISO string) as a date."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    return None


def parse_markdown(text: str, name: str) -> tuple[dict[str, Any], str]:
    """Split YAML front matter from the body; the body is everything after it, as is."""
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as err:
        raise InputError(f"{name}: the YAML front matter is not valid ({err.__class__.__name__})") from None
    if not isinstance(meta, dict):
        raise InputError(f"{name}: the front matter must be a mapping of fields")
    return meta, text[match.end() :]


def parse_html(html: str, name: str) -> tuple[dict[str, Any], str]:
    """Main text and metadata of a saved web page, by trafilatura."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        _entries_as_blocks(html), with_metadata=True, include_comments=False, favor_precision=True
    )
    if doc is None:
        raise InputError(f"{name}: no article text could be extracted from this page")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    body = (data.get("text") or "").strip("\n")
    if len(body.split()) < MIN_ARTICLE_WORDS or not re.search(r"[.!?]", body):
        raise InputError(f"{name}: no article text could be extracted from this page")
    meta = {
        "title": data.get("title"),
        "outlet": data.get("sitename"),
        "url": data.get("url"),
        "author": data.get("author"),
        "published_at": data.get("date"),
    }
    return meta, body + "\n"


ENTRY_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "div", "figure"}


def _entries_as_blocks(html: str) -> str:
    """A list item that holds paragraphs (a live blog's entries: a time, a title, paragraphs,
    an embedded post) becomes a block of its own: trafilatura would run its title and its first
    paragraph into one line ("'No screens, no info' Airline staff are checking ..."). An
    embedded post loses the class that marks it as one, so that it is kept as text."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return html
    changed = False
    for item in tree.iter("li"):
        if any(child.tag in ENTRY_BLOCKS for child in item):
            item.tag, changed = "div", True
            parent = item.getparent()
            if parent is not None and parent.tag in ("ul", "ol"):
                parent.tag = "div"
    for element in tree.iter("blockquote", "div", "figure", "section", "aside"):
        holds_post = element.tag == "blockquote" or element.find(".//blockquote") is not None
        if holds_post and EMBED_CLASS.search(element.get("class") or ""):
            # an embedded post ("twitter-tweet", a "social-embed" box): trafilatura drops such
            # boxes as share buttons or sidebars now and then, and the post is a source of its own
            del element.attrib["class"]
            changed = True
    for listing in list(tree.iter("ul", "ol")):
        # a live blog's "Key points" are the outlet's own claims, which trafilatura would drop
        # with the box they stand in
        heading = listing.getprevious()
        if heading is not None and heading.tag in SUMMARY_HEADINGS and SUMMARY.match(heading.text_content() or ""):
            listing.tag, changed = "div", True
            for item in listing:
                if item.tag == "li":
                    item.tag = "p"
    return lxml.html.tostring(tree, encoding="unicode") if changed else html


# the classes of an embedded post's box ("twitter-tweet", "instagram-media", "social-embed")
EMBED_CLASS = re.compile(r"tweet|twitter|social|instagram|tiktok|facebook|embed", re.I)
SUMMARY_HEADINGS = {"h2", "h3", "h4", "h5", "p", "strong", "b"}
SUMMARY = re.compile(
    r"\s*(?:key\s+(?:points|facts|events|developments)|summary|at\s+a\s+glance|what\s+we\s+know|the\s+latest|in\s+brief|"
    r"highlights)\b",
    re.I,
)


def article_from_text(
    text: str,
    *,
    article_id: str,
    kind: str,
    name: str,
    path: str | None = None,
    meta: dict[str, Any] | None = None,
) -> Article:
    """Build an article from decoded text of the given kind ("txt", "md" or "html")."""
    found: dict[str, Any] = {}
    if kind == "md":
        found, body = parse_markdown(text, name)
    elif kind == "html":
        found, body = parse_html(text, name)
    else:
        body = text
    merged = {**found, **{k: v for k, v in (meta or {}).items() if v not in (None, "")}}
    if not body.strip():
        raise InputError(f"{name}: the article has no text")
    published = to_date(merged.get("published_at") or merged.get("date"))
    return Article(
        id=article_id,
        body=body,
        path=path,
        title=_text_or_none(merged.get("title")),
        outlet=_text_or_none(merged.get("outlet") or merged.get("source") or merged.get("publisher")),
        url=_text_or_none(merged.get("url")),
        author=_text_or_none(merged.get("author")),
        published_at=published,
        published_at_source="metadata" if published else "none",
    )


def _text_or_none(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    text = str(value).strip()
    return text or None


def kind_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in (".md", ".markdown"):
        return "md"
    if suffix in (".html", ".htm"):
        return "html"
    return "txt"


def read_article(path: Path, article_id: str) -> Article:
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot be read ({err.strerror or err})") from None
    text, note = decode_text(data, str(path))
    article = article_from_text(
        text, article_id=article_id, kind=kind_of(path), name=str(path), path=str(path)
    )
    if note:
        article.notes.append(note)
    return article


def read_articles(paths: Iterable[str | Path], first_id: int = 1) -> list[Article]:
    """Read every article under `paths`; ids are a1, a2, ... in path order."""
    files = find_article_files(paths)
    return [read_article(p, f"a{i}") for i, p in enumerate(files, start=first_id)]
