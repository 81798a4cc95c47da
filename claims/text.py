"""Tokens, lemmas and normalisation shared by the extractors and the linker."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

import simplemma

TOKEN = re.compile(
    r"\d+(?:[.,]\d+)*(?:st|nd|rd|th)?%?"  # numbers, "2,500", "6.1", "16th", "12%"
    # the rand sign before a sum ("R50,000", "R2.5 million"), not a name ("R44", "R2-D2")
    r"|[Rr](?=\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?\s?(?:m|bn|million|billion)\b)"
    r"|(?:[A-Za-z]\.){2,}"  # U.S., D.C.
    # words in any alphabet ("Reš", "Łódź", "Đà Nẵng"), al-Asad, didn't
    r"|[^\W_]+(?:['’][^\W\d_]+)*(?:-[^\W_]+(?:['’][^\W\d_]+)*)*"
    r"|[^\s\w]|_"
)
MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
URL = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S+")
SPACE = re.compile(r"\s+")
QUOTE_FOLDS = {"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"}
QUOTES = str.maketrans(QUOTE_FOLDS)


def fold_quotes(text: str) -> str:
    """`text.translate(QUOTES)`, for hot paths: translate looks every character up in the table
    once the table maps letters outside ASCII, and six replaces cost a tenth of that."""
    for typographic, plain in QUOTE_FOLDS.items():
        text = text.replace(typographic, plain)
    return text


DOUBLE_QUOTES = ('"', "“", "”")
# A single quotation mark that opens a quotation (at the start, or after a space or an opening
# bracket or dash, before a word), and one that may close it (after a word or punctuation, before
# a space, punctuation or the end). An apostrophe inside a word ("didn’t") is neither.
SINGLE_OPENING = re.compile(r"(?:^|(?<=[\s(\[—–-]))[‘'](?=[^\W_])")
SINGLE_CLOSING = re.compile(r"(?<=[^\s‘'])[’'](?=$|[\s,.;:!?)\]—–-])")
CLOSED_BY_PUNCTUATION = re.compile(r"[,.!?]$")


def as_double_quotes(sentence: str) -> str:
    """The sentence with British single quotation marks (‘We are devastated,’ she said) written
    as double ones, character for character, so that offsets hold. A sentence that has double
    quotes keeps its single ones: they are quotations inside quotations, or apostrophes. A closing
    mark is one after punctuation if the quotation has one ("‘We had no warning,’"); else the first
    one not after an "s", which may be a plural's apostrophe ("the workers’ union")."""
    if not ("‘" in sentence or "'" in sentence) or any(q in sentence for q in DOUBLE_QUOTES):
        return sentence
    chars = list(sentence)
    pos = 0
    while (opening := SINGLE_OPENING.search(sentence, pos)) is not None:
        after = SINGLE_OPENING.search(sentence, opening.end())
        limit = after.start() if after else len(sentence)
        closings = [m.start() for m in SINGLE_CLOSING.finditer(sentence, opening.end() + 1, limit)]
        if not closings:
            pos = opening.end()
            continue
        closing = next(
            (c for c in closings if CLOSED_BY_PUNCTUATION.search(sentence, 0, c)),
            next((c for c in closings if sentence[c - 1] != "s"), closings[0]),
        )
        chars[opening.start()], chars[closing] = "“", "”"
        pos = closing + 1
    return "".join(chars)


STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "so",
        "yet",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "without",
        "about",
        "against",
        "between",
        "into",
        "through",
        "during",
        "before",
        "after",
        "above",
        "below",
        "over",
        "under",
        "again",
        "further",
        "then",
        "once",
        "here",
        "there",
        "when",
        "where",
        "why",
        "how",
        "all",
        "any",
        "both",
        "each",
        "few",
        "more",
        "most",
        "other",
        "some",
        "such",
        "only",
        "own",
        "same",
        "than",
        "too",
        "very",
        "s",
        "t",
        "can",
        "will",
        "just",
        "don",
        "should",
        "now",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "have",
        "has",
        "had",
        "having",
        "do",
        "does",
        "did",
        "doing",
        "would",
        "could",
        "might",
        "must",
        "shall",
        "may",
        "i",
        "me",
        "my",
        "we",
        "our",
        "ours",
        "you",
        "your",
        "he",
        "him",
        "his",
        "she",
        "her",
        "hers",
        "it",
        "its",
        "they",
        "them",
        "their",
        "theirs",
        "what",
        "which",
        "who",
        "whom",
        "this",
        "that",
        "these",
        "those",
        "am",
        "as",
        "until",
        "while",
        "also",
        "not",
        "no",
        "its",
        "it's",
        "itself",
        "themselves",
        "himself",
        "herself",
        "up",
        "down",
        "out",
        "off",
        "if",
        "because",
        "said",
        "says",
        "say",
        "told",
        "according",
        "reportedly",
        "since",
        "however",
        "although",
        "though",
        "despite",
        "just",
        "even",
        "still",
        "yet",
        "ago",
        "per",
        "via",
        "amid",
        "among",
        "toward",
        "towards",
        "mr",
        "mrs",
        "ms",
        "dr",
    ]
)


class Token(NamedTuple):
    text: str
    start: int
    end: int
    lower: str  # lower case with typographic quotes folded, computed once


def tokenize(text: str, offset: int = 0) -> Sequence[Token]:
    """Word, number and punctuation tokens with offsets (shifted by `offset`), read-only. The
    same sentence or clause is tokenized by several extractors, so the tokens are cached."""
    return _tokens(text) if not offset else _shifted(text, offset)


# Tokens are built by the hundred thousand: tuple.__new__ skips the NamedTuple constructor's
# argument handling, which costs as much as the tokenizing regex.
_new_token = tuple.__new__


@lru_cache(maxsize=8192)
def _shifted(text: str, offset: int) -> tuple[Token, ...]:
    return tuple(_new_token(Token, (t[0], t[1] + offset, t[2] + offset, t[3])) for t in _tokens(text))


@lru_cache(maxsize=8192)
def _tokens(text: str) -> tuple[Token, ...]:
    low = fold_quotes(text.lower())
    # Lower-casing the whole text once and slicing it gives each word's own lower case, unless
    # a letter grows ("İ" -> "i̇") or a capital sigma is lowered by what follows it.
    if len(low) != len(text) or "Σ" in text:
        low = ""
    out = []
    for m in TOKEN.finditer(text):
        start, end = m.span()
        word = text[start:end]
        out.append(
            _new_token(Token, (word, start, end, low[start:end] if low else word.lower().translate(QUOTES)))
        )
    return tuple(out)


# Irregular past forms the lemmatizer reads as adjectives or nouns ("broke", "shot").
IRREGULAR = {
    "broke": "break", "caught": "catch", "struck": "strike", "began": "begin", "begun": "begin", "rose": "rise",
    "risen": "rise", "fell": "fall", "fallen": "fall", "shot": "shoot", "took": "take", "gave": "give",
    "sank": "sink", "sunk": "sink", "flew": "fly", "blew": "blow", "burnt": "burn", "froze": "freeze",
    "hid": "hide", "led": "lead", "fled": "flee", "spoke": "speak", "swept": "sweep", "tore": "tear",
    "torn": "tear", "wound": "wound", "ran": "run", "drove": "drive", "thrown": "throw", "threw": "throw",
    # British doubled l the lemmatizer keeps ("cancelled" -> "cancell")
    "cancelled": "cancel", "cancelling": "cancel", "labelled": "label", "labelling": "label",
    "signalled": "signal", "signalling": "signal", "modelled": "model", "modelling": "model",
    # verbs the lemmatizer reads as nouns ("the line remains closed"; news seldom means "human remains")
    "remains": "remain",
}  # fmt: skip


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    w = word.lower().translate(QUOTES)
    if w.endswith("'s"):
        w = w[:-2]
    if not w:
        return w
    return IRREGULAR.get(w) or simplemma.lemmatize(w, lang="en")


HASHTAG_MARK = re.compile(r"(?<!\w)#(?=\w)")


def clean_text(text: str) -> str:
    """Readable normalised text: markdown links unwrapped, links and hashtag marks dropped,
    typographic quotes folded, white space collapsed."""
    # Each pattern is tried only when the text holds the characters it cannot match without.
    if "](" in text:
        text = MARKDOWN_LINK.sub(r"\1", text)
    if "http" in text or "www." in text or "pic.twitter.com/" in text:
        text = URL.sub("", text)
    if "#" in text:
        text = HASHTAG_MARK.sub("", text)
    text = fold_quotes(text)
    return SPACE.sub(" ", text).strip(" ,;")


def folded(text: str) -> str:
    """The text for cheap `in` tests before a case-blind pattern: any run of ASCII letters and
    spaces that such a pattern matches in `text` appears, in lower case, in `folded(text)`."""
    # re.IGNORECASE matches four letters outside ASCII to ASCII ones, and nothing else: "İ" to
    # "i" (replaced before lower-casing, which would make it two characters), "ſ" and "ı" to "s"
    # and "i" (lower-casing keeps them), and the Kelvin sign to "k" (lower-casing gives "k").
    return text.replace("İ", "i").lower().replace("ſ", "s").replace("ı", "i")


def contains_any(text: str, parts: Iterable[str]) -> bool:
    # a plain loop: any() over a generator costs a fifth more, and this runs on every clause
    for part in parts:  # noqa: SIM110
        if part in text:
            return True
    return False


def content_lemmas(text: str) -> list[str]:
    """Lemmas of the content words: what the linker compares."""
    out = []
    for w in TOKEN.findall(text):  # (the pattern has no groups: whole matches)
        if not (w[0].isalnum()):
            continue
        low = w.lower()
        if low in STOPWORDS or (len(low) < 2 and not low.isdigit()):
            continue
        out.append(lemma(low) if not low[0].isdigit() else low.replace(",", ""))
    return out


PAIR_WORD = re.compile(r"[A-Za-z][a-z'-]*")


def word_pairs(text: str) -> set[tuple[str, str]]:
    """Pairs of adjacent common words, lemmatised ("warning sirens" -> (warning, siren)): the
    names of things that one word does not make ("tear gas", "distress call")."""
    words = [lemma(w) if w.islower() else "" for w in PAIR_WORD.findall(text)]
    return {
        (x, y) for x, y in itertools.pairwise(words) if x and y and x not in STOPWORDS and y not in STOPWORDS
    }
