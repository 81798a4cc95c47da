"""Line and column (1-based, in characters) of a claim's sentence in the file it came from.

For `.txt` and `.md` files the body is the end of the decoded file text (after the front
matter), so a sentence's body offset maps exactly to the file. A web page's body is text
extracted from HTML, so its sentences are searched for in the raw page instead (best effort:
the sentence's first words, allowing tags, entities and punctuation between them); when they
cannot be found the location is the first line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from claims.readers import InputError, decode_text, kind_of

WORD = re.compile(r"\w+")
# between two words of a sentence in raw HTML: white space, punctuation, tags and entities
HTML_GAP = r"(?:<[^>]*>|&#?\w+;|[^\w<&])+"
SEARCH_WORDS = (8, 5, 3)


@dataclass(frozen=True)
class Region:
    line: int
    column: int
    end_line: int | None = None  # the character after the sentence, when known exactly
    end_column: int | None = None
    exact: bool = True  # False: found by searching (HTML) or not found at all (line 1)


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


class FileLocator:
    """Locates sentences in one article file; reads the file once."""

    def __init__(self, path: Path, body: str) -> None:
        self.kind = kind_of(path)
        try:
            self.text, _ = decode_text(path.read_bytes(), str(path))
        except (OSError, InputError):
            self.text = ""
        self.body_offset: int | None = None
        if self.kind != "html":
            if self.text.endswith(body):
                self.body_offset = len(self.text) - len(body)
            elif (found := self.text.find(body)) >= 0:
                self.body_offset = found

    def region(self, sentence: str, start: int) -> Region:
        if self.body_offset is not None:
            begin = self.body_offset + start
            line, column = position(self.text, begin)
            end_line, end_column = position(self.text, begin + len(sentence))
            return Region(line, column, end_line, end_column)
        found = search(self.text, sentence, html=self.kind == "html")
        if found is None:
            return Region(1, 1, exact=False)
        line, column = position(self.text, found)
        return Region(line, column, exact=False)


def search(text: str, sentence: str, html: bool) -> int | None:
    """Offset of the sentence's first words in `text` (in a web page, after `<body`), or None."""
    words = WORD.findall(sentence)
    if not words:
        return None
    gap = HTML_GAP if html else r"\W+"
    body = text.lower().find("<body") if html else -1
    for n in SEARCH_WORDS:
        pattern = re.compile(r"\b" + gap.join(re.escape(w) for w in words[:n]))
        match = pattern.search(text, max(body, 0))
        if match:
            return match.start()
    return None
