"""Cleaning: telling the article's own voice from what surrounds it. Captions, bylines,
stamps, disclaimers and boilerplate are not claims; an embedded social post is a source of
its own, with its author, handle and date."""

from __future__ import annotations

from datetime import date

import pytest
from core_support import article, claims_of

from claims.cleaning import classify
from claims.extract import extract_claims, prepare
from claims.model import Article, BlockKind


def kinds(body: str, **meta: str) -> dict[str, BlockKind]:
    """Each non-empty line of `body` with the kind cleaning gives it (a dateline and the rest
    of its paragraph are two blocks, keyed by their own text)."""
    a = article(body, **meta)  # type: ignore[arg-type]
    classify(a)
    return {a.body[b.start : b.end]: b.kind for b in a.blocks}


def cleaned(body: str) -> Article:
    a = article(body)
    classify(a)
    return a


def claim_sentences(body: str, published: str | None = None) -> list[str]:
    return [c.sentence for c in claims_of(body, published)]


# --- embedded posts ---------------------------------------------------------------------

POST_ARTICLE = (
    "Storm cuts power in Delmore\n"
    "A late-winter storm cut power to about 18,000 homes across Delmore County on Monday, the utility said.\n"
    "We have had no power since yesterday and the road to the clinic is blocked by a fallen pine.\n"
    "— Lena Marsh (@lenamarsh_dc) March 13, 2023\n"
    "The county opened two warming centers on Tuesday.\n"
)


def test_embedded_post_is_a_source_of_its_own() -> None:
    a = cleaned(POST_ARTICLE)
    posts = [s for s in a.sources if s.kind == "post"]
    assert len(posts) == 1
    post = posts[0]
    assert post.name == "Lena Marsh"
    assert post.handle == "@lenamarsh_dc"
    assert post.published_at == date(2023, 3, 13)
    assert post.start is not None and post.end is not None
    span = a.body[post.start : post.end]
    assert span.startswith("We have had no power since yesterday")
    assert span.endswith("(@lenamarsh_dc) March 13, 2023")
    # the article itself is a source too
    assert [s.kind for s in a.sources].count("article") == 1


def test_embedded_post_lines_are_labelled() -> None:
    k = kinds(POST_ARTICLE)
    assert k["— Lena Marsh (@lenamarsh_dc) March 13, 2023"] == BlockKind.POST_CREDIT
    assert (
        k["We have had no power since yesterday and the road to the clinic is blocked by a fallen pine."]
        == BlockKind.POST
    )
    assert k["The county opened two warming centers on Tuesday."] == BlockKind.BODY


def test_claims_of_a_post_are_credited_to_its_author_not_the_outlet() -> None:
    claims = claims_of(POST_ARTICLE, published="2023-03-14")
    from_post = [c for c in claims if c.sentence.startswith("We have had no power")]
    assert from_post, "the post's sentence is a claim"
    for c in from_post:
        assert c.source_id.endswith(".p1")
        assert c.speaker == "Lena Marsh"
        assert c.speaker_kind == "post"
        # the post's own date is the reference for its "yesterday"
        assert c.reported_at == date(2023, 3, 13)
    body_claims = [c for c in claims if c.sentence.startswith("The county opened")]
    assert body_claims and all(c.source_id.endswith(".s0") for c in body_claims)
    assert not any("@lenamarsh_dc" in c.sentence for c in claims)


def test_post_whose_text_ends_in_a_link_line_takes_the_text_above() -> None:
    body = (
        "The ferry service was suspended on Friday.\n"
        "Ferries cancelled again today, nobody at the terminal can tell us why\n"
        "pic.twitter.com/a1b2c3d4\n"
        "— Harbour Watch (@harbourwatch) June 2, 2023\n"
        "The operator blamed a broken ramp.\n"
    )
    a = cleaned(body)
    post = next(s for s in a.sources if s.kind == "post")
    assert post.start is not None
    assert a.body[post.start :].startswith("Ferries cancelled again today")
    k = kinds(body)
    assert k["Ferries cancelled again today, nobody at the terminal can tell us why"] == BlockKind.POST
    assert k["The ferry service was suspended on Friday."] == BlockKind.BODY


def test_dash_in_ordinary_prose_is_not_a_post_credit() -> None:
    body = "The ferry left at dawn.\n— and it never came back, said the harbour master.\n"
    a = cleaned(body)
    assert [s.kind for s in a.sources] == ["article"]


# --- captions ---------------------------------------------------------------------------

CAPTIONS = [
    "Utility workers repair a downed line on Pine Street. / Photo: Harbor Wire",
    "A fallen oak blocks a road near the county fairground (Harbor Wire/Tom Reyes).",
    "Residents clear branches outside the library on Monday. Reuters",
    "Crews inspect the damaged substation on Tuesday. AFP",
    "Photo: A lineman climbs a pole in Delmore on Monday.",
]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_photo_captions_are_not_claims(caption: str) -> None:
    body = (
        "Storm cuts power in Delmore\n"
        "A late-winter storm cut power to about 18,000 homes across Delmore County on Monday.\n"
        f"{caption}\n"
        "Crews worked through the night to restore the lines.\n"
    )
    assert kinds(body)[caption] == BlockKind.CAPTION
    sentences = claim_sentences(body)
    assert not any(s in caption for s in sentences)
    assert any(s.startswith("Crews worked through the night") for s in sentences)


def test_caption_credited_photo_by_name_slash_agency_is_not_a_claim() -> None:
    caption = "Mayor Ruth Alder speaks to reporters after the vote. Photo by Kim Dale/Getty Images"
    body = f"Council approves budget\nThe council approved the budget on Thursday.\n{caption}\nIt takes effect in April.\n"
    assert kinds(body)[caption] == BlockKind.CAPTION


def test_sentence_ending_in_a_common_word_is_not_a_caption() -> None:
    # "Pool" is a photo credit, but "the pool." closing a sentence is prose
    body = "Council approves budget\nThe council approved money to repair the public pool.\n"
    assert kinds(body)["The council approved money to repair the public pool."] == BlockKind.BODY


# --- stamps, bylines, disclaimers, boilerplate ------------------------------------------


@pytest.mark.parametrize(
    ("line", "news"),
    [
        ("Updated Nov. 18, 2025, 7:40 p.m.: The second worker has died, the company said.", True),
        ("UPDATED 18/11/2025 19:40 — Police have named the two workers who died.", True),
        ("*Updated Wednesday, 9:15 a.m.: Police have named the two workers who died.*", True),  # a live page's
        ("Updated Nov. 18, 2025 — Adds a statement from the company.", False),  # what the update changed
        ("Updated: November 18, 2025, 7:40 PM", False),
    ],
)
def test_an_update_line_keeps_the_news_it_brings(line: str, news: bool) -> None:
    found = kinds("A blast hit the Kelso plant on Tuesday, killing one worker.\n" + line + "\n")
    body = [text for text, kind in found.items() if kind == BlockKind.BODY]
    assert (len(body) == 2) is news
    assert BlockKind.UPDATED in found.values()
    assert not any(text.endswith("*") for text in body)


def test_updated_stamp_is_not_a_claim_and_dates_the_article() -> None:
    body = (
        "Updated: March 14, 2023, 6:10 PM\n"
        "A late-winter storm cut power to about 18,000 homes across Delmore County on Monday.\n"
    )
    assert kinds(body)["Updated: March 14, 2023, 6:10 PM"] == BlockKind.UPDATED
    a = article(body)
    prepare(a)
    assert a.published_at == date(2023, 3, 14)
    assert a.published_at_basis == "updated line"
    assert claim_sentences(body) == [
        "A late-winter storm cut power to about 18,000 homes across Delmore County on Monday."
    ]


def test_byline_on_two_lines_with_job_title() -> None:
    body = (
        "Council Approves New Budget\n"
        "Marta Velez\n"
        "Political Editor, Northern Ledger\n"
        "The town council approved a budget of $4.2 million on Thursday after a three-hour debate.\n"
    )
    k = kinds(body)
    assert k["Marta Velez"] == BlockKind.BYLINE
    assert k["Political Editor, Northern Ledger"] == BlockKind.BYLINE
    a = cleaned(body)
    assert a.author == "Marta Velez"
    assert a.title == "Council Approves New Budget"
    assert claim_sentences(body) == [
        "The town council approved a budget of $4.2 million on Thursday after a three-hour debate."
    ]


def test_byline_with_by_and_job_title_line() -> None:
    body = (
        "By Rita Okafor\n"
        "Senior Weather Correspondent\n"
        "A late-winter storm cut power to about 18,000 homes across Delmore County on Monday.\n"
    )
    k = kinds(body)
    assert k["By Rita Okafor"] == BlockKind.BYLINE
    assert k["Senior Weather Correspondent"] == BlockKind.BYLINE
    assert cleaned(body).author == "Rita Okafor"


def test_byline_with_title_on_one_line_is_not_a_claim() -> None:
    body = "By Marta Velez, Political Editor\nThe town council approved the budget on Thursday.\n"
    assert kinds(body)["By Marta Velez, Political Editor"] == BlockKind.BYLINE
    assert claim_sentences(body) == ["The town council approved the budget on Thursday."]


def test_byline_with_title_on_one_line_gives_the_author() -> None:
    assert (
        cleaned("By Marta Velez, Political Editor\nThe council approved the budget.\n").author
        == "Marta Velez"
    )


def test_disclaimer_after_separator_is_not_the_article() -> None:
    body = (
        "The town council approved a budget of $4.2 million on Thursday.\n"
        "Councillors voted 7 to 2 in favour of the plan.\n"
        "__\n"
        "Disclaimer: The Northern Ledger uses software to help research its stories. It is not always right.\n"
        "Mistakes are corrected as soon as readers point them out.\n"
    )
    k = kinds(body)
    assert k["__"] == BlockKind.BOILERPLATE
    assert (
        k[
            "Disclaimer: The Northern Ledger uses software to help research its stories. It is not always right."
        ]
        == BlockKind.DISCLAIMER
    )
    assert k["Mistakes are corrected as soon as readers point them out."] == BlockKind.DISCLAIMER
    assert claim_sentences(body) == [
        "The town council approved a budget of $4.2 million on Thursday.",
        "Councillors voted 7 to 2 in favour of the plan.",
    ]


def test_automated_translation_notice_is_boilerplate() -> None:
    body = (
        "Powered by automated translation\n"
        "The regional parliament approved the new water tariff on Wednesday by 41 votes to 30.\n"
    )
    assert kinds(body)["Powered by automated translation"] == BlockKind.BOILERPLATE
    assert claim_sentences(body) == [
        "The regional parliament approved the new water tariff on Wednesday by 41 votes to 30."
    ]


def test_headline_and_section_headings_are_not_claims() -> None:
    body = (
        "Storm Knocks Out Power Across Delmore County\n"
        "A late-winter storm cut power to about 18,000 homes across Delmore County on Monday.\n"
        "Where the outages hit hardest\n"
        "Most of the outages were in the hills east of the river.\n"
        "## What happens next\n"
        "The utility expects to restore most lines by Thursday.\n"
    )
    k = kinds(body)
    assert k["Storm Knocks Out Power Across Delmore County"] == BlockKind.HEADLINE
    assert k["Where the outages hit hardest"] == BlockKind.HEADING
    assert k["## What happens next"] == BlockKind.HEADING
    sentences = claim_sentences(body)
    assert sentences == [
        "A late-winter storm cut power to about 18,000 homes across Delmore County on Monday.",
        "Most of the outages were in the hills east of the river.",
        "The utility expects to restore most lines by Thursday.",
    ]
    assert cleaned(body).title == "Storm Knocks Out Power Across Delmore County"


def test_title_from_metadata_is_kept() -> None:
    a = article("Storm hits Delmore\nA storm cut power on Monday.\n", title="Delmore storm", kind="txt")
    classify(a)
    assert a.title == "Delmore storm"


# --- datelines --------------------------------------------------------------------------


def test_dateline_is_split_from_the_first_sentence() -> None:
    body = (
        "PORT HALVERN, La. (GCW) — A chemical tank caught fire at a riverside terminal on Saturday, "
        "the parish sheriff said.\n"
        "Nobody was hurt.\n"
    )
    a = article(body)
    sentences = prepare(a)
    assert a.dateline == "PORT HALVERN, La."
    dateline_blocks = [b for b in a.blocks if b.kind == BlockKind.DATELINE]
    assert len(dateline_blocks) == 1
    assert a.body[dateline_blocks[0].start : dateline_blocks[0].end].startswith("PORT HALVERN, La. (GCW) —")
    first = sentences[0]
    assert first.text.startswith("A chemical tank caught fire")
    assert a.body[first.start : first.end] == first.text
    claims = extract_claims(article(body))
    assert not any("PORT HALVERN" in c.text for c in claims)


def test_dateline_with_a_date_dates_the_article() -> None:
    body = "KELMET, Ore., March 3, 2023 (Harbor Wire) — A gas leak forced the evacuation of a school on Thursday.\n"
    a = article(body)
    prepare(a)
    assert a.dateline == "KELMET, Ore."
    assert a.published_at == date(2023, 3, 3)
    assert a.published_at_basis == "dateline"


def test_an_ordinary_first_sentence_is_not_a_dateline() -> None:
    body = "Officials in Kelmet said a gas leak forced the evacuation of a school on Thursday.\n"
    a = article(body)
    prepare(a)
    assert a.dateline is None
    assert not any(b.kind == BlockKind.DATELINE for b in a.blocks)


def test_a_syndication_note_above_the_article_is_a_disclaimer_of_its_own() -> None:
    body = (
        "*This story was written by the Harbor Wire and is republished under a content-sharing agreement. "
        "We do not edit syndicated content.*\n\n"
        "TAMFORD, Kenya, June 15 (HW) - 9 people were killed in a crush at a stadium on Saturday, police said.\n\n"
        "The crush happened at Gate 4 about an hour before kick-off.\n"
    )
    a = article(body)
    prepare(a)
    kinds = [(b.kind, a.body[b.start : b.end][:12]) for b in a.blocks]
    assert kinds[0][0] == BlockKind.DISCLAIMER
    assert (BlockKind.DATELINE, "TAMFORD, Ken") in kinds  # a dateline before a figure
    texts = [c.text for c in extract_claims(article(body))]
    assert "9 people were killed in a crush at a stadium on Saturday" in texts
    assert "The crush happened at Gate 4 about an hour before kick-off" in texts
