"""Cutting article text into plain and marked pieces (`app.ui.text`): the pieces always add up to
the text, marks land on the right characters, whatever the marks do."""

from __future__ import annotations

from app.ui.text import Mark, Quote, cut, paragraphs, sentence_in_paragraph
from claims.model import Article, Block, BlockKind, Source

BODY = "HEADLINE\nFirst sentence. <b>Second</b> sentence.\nThird one\ncontinues here.\n\nLast."


def test_pieces_add_up_to_the_text_and_overlaps_keep_the_first() -> None:
    text = "abcdefghij"
    first, second, outside = Mark("conflict", anchor="one"), Mark("agrees", anchor="two"), Mark("alone")
    pieces = cut(text, 100, [(103, 106, second), (101, 104, first), (120, 130, outside)])
    assert "".join(p.text for p in pieces) == text
    assert [(p.text, p.mark.anchor if p.mark else None) for p in pieces] == [
        ("a", None), ("bcd", "one"), ("ef", "two"), ("ghij", None),
    ]  # fmt: skip


def test_a_sentence_is_marked_inside_its_line() -> None:
    start = BODY.index("<b>Second</b>")
    end = BODY.index("sentence.", start) + len("sentence.")
    pieces = sentence_in_paragraph(BODY, start, end)
    assert "".join(p.text for p in pieces) == "First sentence. <b>Second</b> sentence."
    assert [p.text for p in pieces if p.mark] == ["<b>Second</b> sentence."]


def test_paragraphs_follow_the_lines_and_a_sentence_across_two_keeps_one_anchor() -> None:
    start, end = BODY.index("Third"), BODY.index("here.") + len("here.")
    article = Article(
        "a1", BODY, blocks=[Block(0, 8, BlockKind.HEADLINE), Block(9, len(BODY), BlockKind.BODY)]
    )
    shown = paragraphs(article, [(start, end, Mark("alone", anchor="claim-a1.c3"))])
    assert [p.kind for p in shown] == ["headline", "body", "body", "body", "body"]  # type: ignore[union-attr]
    texts = ["".join(piece.text for piece in p.pieces) for p in shown]  # type: ignore[union-attr]
    assert texts == [
        "HEADLINE",
        "First sentence. <b>Second</b> sentence.",
        "Third one",
        "continues here.",
        "Last.",
    ]
    anchors = [piece.mark.anchor for p in shown for piece in p.pieces if piece.mark]  # type: ignore[union-attr]
    assert anchors == ["claim-a1.c3", None]


def test_the_lines_of_an_embedded_post_are_one_quote() -> None:
    body = "The fire department posted:\nEvacuate now.\nStay indoors.\n— Fire Dept (@fd) March 4, 2025\nMore text."
    post_start, credit = body.index("Evacuate"), body.index("—")
    article = Article(
        "a1",
        body,
        blocks=[
            Block(0, post_start - 1, BlockKind.BODY),
            Block(post_start, credit - 1, BlockKind.POST, "a1.p1"),
            Block(credit, body.index("\nMore"), BlockKind.POST_CREDIT, "a1.p1"),
            Block(body.index("More"), len(body), BlockKind.BODY),
        ],
        sources=[Source("a1.p1", "a1", "post", "Fire Dept", "@fd")],
    )
    shown = paragraphs(article, [])
    assert [type(p).__name__ for p in shown] == ["Paragraph", "Quote", "Paragraph"]
    quote = shown[1]
    assert isinstance(quote, Quote) and quote.source.handle == "@fd"
    assert [p.kind for p in quote.paragraphs] == ["post", "post", "post_credit"]
