"""Reading article files: the body is exactly the text after any front matter, metadata is
taken from where the format keeps it, and unusable input is refused with a message a person
can act on (never a traceback)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from claims.readers import InputError, article_from_text, read_article, read_articles

MD_BODY = (
    "The Oster Lane footbridge reopened on Thursday after repairs.\n"
    "\n"
    "Cyclists must still dismount on the ramp, the council said.\n"
)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- .txt -------------------------------------------------------------------------------


def test_txt_body_is_the_file_exactly(tmp_path: Path) -> None:
    text = "Footbridge reopens\n\nThe Oster Lane footbridge reopened on Thursday.\n  Indented line stays.\n"
    a = read_article(write(tmp_path / "bridge.txt", text), "a1")
    assert a.body == text
    assert a.id == "a1"
    assert a.path == str(tmp_path / "bridge.txt")
    assert a.published_at is None
    assert a.published_at_source == "none"


def test_txt_windows_newlines_are_folded(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"First line.\r\nSecond line.\r\n")
    assert read_article(path, "a1").body == "First line.\nSecond line.\n"


def test_txt_utf8_byte_order_mark_is_not_part_of_the_body(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffThe ferry left at dawn.\n".encode())
    assert read_article(path, "a1").body == "The ferry left at dawn.\n"


# --- .md with front matter --------------------------------------------------------------


def test_markdown_front_matter_metadata_and_body(tmp_path: Path) -> None:
    text = (
        "---\n"
        "title: Footbridge reopens after repairs\n"
        "outlet: Oster Valley Courier\n"
        "url: https://courier.example/footbridge\n"
        "published_at: 2023-05-04\n"
        "author: Ines Varga\n"
        "---\n" + MD_BODY
    )
    a = read_article(write(tmp_path / "bridge.md", text), "a7")
    assert a.body == MD_BODY
    assert a.title == "Footbridge reopens after repairs"
    assert a.outlet == "Oster Valley Courier"
    assert a.url == "https://courier.example/footbridge"
    assert a.author == "Ines Varga"
    assert a.published_at == date(2023, 5, 4)
    assert a.published_at_source == "metadata"


def test_markdown_body_starts_right_after_the_closing_fence(tmp_path: Path) -> None:
    # a blank line after the front matter belongs to the body, as read
    text = "---\ntitle: Footbridge\n---\n\n# Footbridge reopens\n\nThe bridge reopened.\n"
    a = read_article(write(tmp_path / "b.md", text), "a1")
    assert a.body == "\n# Footbridge reopens\n\nThe bridge reopened.\n"
    assert text.endswith(a.body)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-05-04", date(2023, 5, 4)),
        ("2023-05-04T22:15:00", date(2023, 5, 4)),
        ("2023-05-04T22:15:00Z", date(2023, 5, 4)),
        ("2023-05-04T08:15:00+02:00", date(2023, 5, 4)),
        ('"2023-05-04"', date(2023, 5, 4)),
    ],
)
def test_markdown_published_at_as_date_or_iso_datetime(tmp_path: Path, value: str, expected: date) -> None:
    text = f"---\npublished_at: {value}\n---\n{MD_BODY}"
    a = read_article(write(tmp_path / "b.md", text), "a1")
    assert a.published_at == expected
    assert a.published_at_source == "metadata"


def test_markdown_without_front_matter_is_all_body(tmp_path: Path) -> None:
    text = "# Footbridge reopens\n\nThe bridge reopened on Thursday.\n"
    a = read_article(write(tmp_path / "b.md", text), "a1")
    assert a.body == text
    assert a.title is None


def test_horizontal_rule_later_in_markdown_is_not_front_matter(tmp_path: Path) -> None:
    text = "The bridge reopened.\n---\nA second section follows.\n"
    assert read_article(write(tmp_path / "b.md", text), "a1").body == text


def test_invalid_yaml_front_matter_is_refused_with_the_file_name(tmp_path: Path) -> None:
    path = write(
        tmp_path / "broken.md", "---\ntitle: [Footbridge reopens\noutlet: Courier\n---\nBody text.\n"
    )
    with pytest.raises(InputError) as err:
        read_article(path, "a1")
    message = str(err.value)
    assert "broken.md" in message
    assert "front matter" in message
    assert "Traceback" not in message


def test_front_matter_that_is_not_a_mapping_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "list.md", "---\n- one\n- two\n---\nBody text.\n")
    with pytest.raises(InputError, match=r"list\.md"):
        read_article(path, "a1")


def test_markdown_with_front_matter_only_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "hollow.md", "---\ntitle: Nothing here\n---\n\n   \n")
    with pytest.raises(InputError, match=r"hollow\.md"):
        read_article(path, "a1")


def test_metadata_given_by_the_caller_overrides_front_matter() -> None:
    text = "---\noutlet: Old Name\npublished_at: 2023-05-04\n---\nThe bridge reopened.\n"
    a = article_from_text(
        text, article_id="a1", kind="md", name="x.md", meta={"outlet": "New Name", "published_at": None}
    )
    assert a.outlet == "New Name"
    assert a.published_at == date(2023, 5, 4)  # an empty override does not erase the file's date


# --- .html ------------------------------------------------------------------------------

SAVED_PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Floodwaters recede in Marlow | River Times</title>
<meta property="og:title" content="Floodwaters recede in Marlow">
<meta property="og:site_name" content="River Times">
<meta name="author" content="Pat Quinn">
<meta property="article:published_time" content="2022-11-08T10:00:00Z">
</head><body>
<header><nav><ul>
<li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/weather">Weather</a></li><li><a href="/subscribe">Subscribe today</a></li>
</ul></nav></header>
<main><article>
<h1>Floodwaters recede in Marlow</h1>
<p>Floodwaters began to recede in the town of Marlow on Monday after three days of heavy rain,
the county emergency office said.</p>
<p>About 400 residents spent the weekend in a school gym that had been turned into a shelter,
according to volunteers who ran it.</p>
<p>The county said the main bridge over the Wend river would stay closed until engineers had
inspected its piers.</p>
</article></main>
<footer><p>Copyright 2022 River Times. All rights reserved.</p>
<a href="/privacy">Privacy policy</a> <a href="/contact">Contact us</a> <a href="/jobs">Careers</a></footer>
</body></html>
"""


def test_html_main_text_without_navigation_or_footer(tmp_path: Path) -> None:
    a = read_article(write(tmp_path / "page.html", SAVED_PAGE), "a1")
    assert "Floodwaters began to recede in the town of Marlow on Monday" in a.body
    assert "About 400 residents spent the weekend" in a.body
    assert "inspected its piers" in a.body
    for boilerplate in (
        "Home",
        "Sport",
        "Subscribe today",
        "Privacy policy",
        "Contact us",
        "All rights reserved",
    ):
        assert boilerplate not in a.body
    assert a.body.endswith("\n")


EMBEDDED_POST = """
<div class="social-embed">
<blockquote class="twitter-tweet">
<p lang="en" dir="ltr">The Wend bridge stays closed until further notice. Please use the ring road.</p>
&mdash; County Roads (@CountyRoads) <a href="https://social.example/CountyRoads/status/1">November 8, 2022</a>
</blockquote>
</div>
"""


def test_an_embedded_post_in_a_social_box_is_kept_with_its_author(tmp_path: Path) -> None:
    """A post embedded in a "social-embed" box, which trafilatura would drop as share buttons:
    the post is a source of its own, so its text and its author line stay in the body."""
    page = SAVED_PAGE.replace("<p>The county said", EMBEDDED_POST + "<p>The county said")
    a = read_article(write(tmp_path / "page.html", page), "a1")
    assert "The Wend bridge stays closed until further notice." in a.body
    assert "County Roads (@CountyRoads)" in a.body
    assert "inspected its piers" in a.body


def test_html_metadata_is_extracted(tmp_path: Path) -> None:
    a = read_article(write(tmp_path / "page.htm", SAVED_PAGE), "a1")
    assert a.title == "Floodwaters recede in Marlow"
    assert a.outlet == "River Times"
    assert a.author == "Pat Quinn"
    assert a.published_at == date(2022, 11, 8)
    assert a.published_at_source == "metadata"


LIVE_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Airport outage: live updates | Harbour News</title>
<meta property="article:published_time" content="2026-07-17T09:00:00Z">
</head><body><main><article>
<h1>Airport outage: live updates</h1>
<ul class="entries">
<li class="entry"><span class="time">11:05</span><h3>'No screens, no info'</h3>
<p>Airline staff are checking passengers in by hand at both terminals, according to people in the queues.</p></li>
<li class="entry"><span class="time">10:40</span><h3>Cancellations mount</h3>
<p>At least 40 departures have been cancelled so far, according to the airport's website.</p></li>
</ul>
</article></main></body></html>
"""


def test_a_live_blog_entrys_title_is_not_run_into_its_first_sentence(tmp_path: Path) -> None:
    a = read_article(write(tmp_path / "live.html", LIVE_PAGE), "a1")
    assert "Airline staff are checking passengers in by hand" in a.body
    assert "At least 40 departures have been cancelled so far" in a.body
    for line in a.body.splitlines():
        assert not re.search(r"info'\s+Airline|mount\s+At least", line), line


def test_html_page_without_article_text_is_refused(tmp_path: Path) -> None:
    page = "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
    with pytest.raises(InputError, match=r"empty\.html"):
        read_article(write(tmp_path / "empty.html", page), "a1")


# --- directories ------------------------------------------------------------------------


def test_directories_are_walked_recursively_and_other_files_ignored(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "The second story.\n")
    write(tmp_path / "a.md", "---\ntitle: First\n---\nThe first story.\n")
    write(tmp_path / "deep" / "er" / "c.html", SAVED_PAGE)
    write(tmp_path / "deep" / "notes.json", '{"not": "an article"}')
    write(tmp_path / "meta.yaml", "title: not an article\n")
    write(tmp_path / "deep" / "README", "not an article either\n")
    articles = read_articles([tmp_path])
    names = [Path(a.path or "").relative_to(tmp_path).as_posix() for a in articles]
    assert names == ["a.md", "b.txt", "deep/er/c.html"]
    assert [a.id for a in articles] == ["a1", "a2", "a3"]
    assert articles[0].body == "The first story.\n"


def test_a_file_named_twice_is_read_once(tmp_path: Path) -> None:
    path = write(tmp_path / "one.txt", "A single story.\n")
    articles = read_articles([path, tmp_path])
    assert [a.body for a in articles] == ["A single story.\n"]


def test_ids_can_start_after_existing_ones(tmp_path: Path) -> None:
    write(tmp_path / "x.txt", "A story.\n")
    write(tmp_path / "y.txt", "Another story.\n")
    assert [a.id for a in read_articles([tmp_path], first_id=5)] == ["a5", "a6"]


# --- errors -----------------------------------------------------------------------------


def test_missing_path_is_refused_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "story.txt"
    with pytest.raises(InputError) as err:
        read_articles([missing])
    assert str(missing) in str(err.value)
    assert "no such file" in str(err.value)


def test_directory_without_articles_is_refused(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    write(tmp_path / "other" / "data.json", "{}")
    for folder in ("empty", "other"):
        with pytest.raises(InputError, match="no article files"):
            read_articles([tmp_path / folder])


def test_file_that_is_not_an_article_named_directly_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "data.json", "{}")
    with pytest.raises(InputError, match=r"data\.json"):
        read_articles([path])


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    with pytest.raises(InputError) as err:
        read_article(path, "a1")
    assert "photo.txt" in str(err.value)
    assert "binary" in str(err.value)


@pytest.mark.parametrize("content", [b"", b"   \n\n\t\n"])
def test_empty_file_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as err:
        read_article(path, "a1")
    assert "blank.txt" in str(err.value)
    assert "empty" in str(err.value)


# --- encodings --------------------------------------------------------------------------

CP1252_TEXT = (
    "Residents of the town said the “temporary” closure of the bridge — which carries 12,000 "
    "vehicles a day — would last until Friday.\n"
    "The mayor’s office declined to comment on the café owners’ complaints.\n"
)


def test_cp1252_text_is_decoded_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(CP1252_TEXT.encode("cp1252"))
    a = read_article(path, "a1")
    assert a.body == CP1252_TEXT
    assert len(a.notes) == 1
    assert "not UTF-8" in a.notes[0]


def test_utf8_text_has_no_decoding_note(tmp_path: Path) -> None:
    path = write(tmp_path / "modern.txt", CP1252_TEXT)
    a = read_article(path, "a1")
    assert a.body == CP1252_TEXT
    assert a.notes == []


def test_cp1252_accented_names_survive_decoding(tmp_path: Path) -> None:
    text = "Mayor Luis Peña said the crème brûlée stall on the plaza reopened on Tuesday.\n"
    path = tmp_path / "accents.txt"
    path.write_bytes(text.encode("cp1252"))
    assert read_article(path, "a1").body == text
