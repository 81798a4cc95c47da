"""Unusable arguments and input: exit code 2 and one line on stderr, never a traceback; and the
pieces that find the input (git) and locate sentences in files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from check_support import EXAMPLES, claims, claims_here, git, refused, write

from app.check.git import GitError, changed_files
from app.check.locate import FileLocator
from claims.analysis import extract_all
from claims.readers import read_article


def test_bad_arguments(repo: Path, tmp_path: Path) -> None:
    refused(claims("check", "no/such.md", cwd=repo), "no/such.md: no such file or directory")
    outside = tmp_path / "not-a-repo"
    outside.mkdir()
    refused(claims_here("check", "--changed-since", "HEAD~1", cwd=outside), "not inside a git repository")
    refused(
        claims("check", "--changed-since", "no-such-branch", cwd=repo), "unknown git ref 'no-such-branch'"
    )


def test_bad_stores_are_refused_and_never_created(repo: Path) -> None:
    article = "articles/orlen/03_river-daily.md"
    refused(
        claims_here("check", article, "--against", "sqlite:///missing.db", cwd=repo), "no such database file"
    )
    assert not (repo / "missing.db").exists()
    sqlite3.connect(repo / "other.db").execute("create table t (x)").connection.commit()
    refused(claims_here("check", article, "--against", "other.db", cwd=repo), "is not a claims store")
    (repo / "text.db").write_text("this is not a database\n" * 100)
    refused(
        claims_here("check", article, "--against", "sqlite:///text.db", cwd=repo), "cannot open the store"
    )
    refused(
        claims_here("check", article, "--against", "mysql://u@h/db", cwd=repo), "only SQLite and PostgreSQL"
    )
    refused(
        claims_here("check", article, "--against", "postgresql://nobody@127.0.0.1:1/none", cwd=repo),
        "cannot open the store",
    )
    refused(
        claims_here("check", article, "--against", "no/such/folder", cwd=repo), "no such folder or database"
    )


def test_a_store_of_another_schema_is_refused_and_left_alone(repo: Path) -> None:
    """The schema check reads Alembic's version table and the migration scripts without
    Alembic: it must name the head Alembic names, and refuse an older or newer store as
    before, changing nothing."""
    from alembic.script import ScriptDirectory

    from app.check.store import _head
    from app.db.engine import Database
    from app.db.migrate import alembic_config, upgrade

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None and _head() == head
    db = Database(f"sqlite:///{repo / 'old.db'}")
    upgrade(db)
    db.dispose()
    article = "articles/orlen/03_river-daily.md"
    assert claims_here("check", article, "--against", "old.db", cwd=repo).returncode == 0  # the current schema, empty
    for stored in ("0001", "9999"):
        with sqlite3.connect(repo / "old.db") as connection:
            connection.execute("UPDATE alembic_version SET version_num = ?", (stored,))
        before = (repo / "old.db").read_bytes()
        refused(
            claims_here("check", article, "--against", "old.db", cwd=repo),
            f"has schema {stored}, this version needs {head}",
        )
        assert (repo / "old.db").read_bytes() == before
    with sqlite3.connect(repo / "old.db") as connection:
        connection.execute("DROP TABLE alembic_version")
    refused(claims_here("check", article, "--against", "old.db", cwd=repo), "is not a claims store")


def test_bad_articles_and_arguments(repo: Path) -> None:
    refused(claims_here("check", cwd=repo), "--changed-since")
    (repo / "binary.txt").write_bytes(b"\x00\x01" * 200)
    refused(claims_here("check", "binary.txt", "--against", "articles", cwd=repo), "binary")
    refused(claims_here("check", "README.json", cwd=repo), "README.json")
    write(repo, {"articles/broken.md": "---\ntitle: [unclosed\n---\nText.\n"})
    refused(claims_here("check", "--changed-since", "HEAD", cwd=repo), "front matter")
    refused(claims_here("check", "--changed-since", "--help", cwd=repo), "not a git ref")
    done = claims_here("check", "articles", "--fail-on", "severe", cwd=repo)
    assert done.returncode == 2 and "severe" in done.stderr  # typer's own usage error


def test_changed_files_since_a_ref(repo: Path) -> None:
    new = [
        "articles/misc/08_library.txt",
        "articles/orlen/03_river-daily.md",
        "articles/orlen/05_orlen-tv.html",
    ]
    assert [p.relative_to(repo).as_posix() for p in changed_files("HEAD~1", repo)] == new
    assert changed_files("HEAD", repo) == []
    # renamed, modified, deleted, untracked and ignored files; found from a subdirectory too
    git(repo, "mv", "articles/orlen/03_river-daily.md", "articles/orlen/03_river.md")
    (repo / "articles/misc/04_garden.txt").write_text("Changed.\n\nThe show opened on Friday.\n")
    git(repo, "rm", "-q", "articles/orlen/02_orlen-herald.md")
    write(repo, {".gitignore": "drafts/\n", "drafts/x.md": "Draft.\n", "articles/new.md": "New.\n"})
    found = [p.relative_to(repo).as_posix() for p in changed_files("HEAD", repo / "articles")]
    assert found == ["articles/misc/04_garden.txt", "articles/new.md", "articles/orlen/03_river.md"]


def test_changed_files_since_the_branch_point(repo: Path) -> None:
    """Files changed on the other branch after this one left it are not this change's."""
    git(repo, "checkout", "-q", "-b", "feature")
    write(repo, {"articles/feature.md": "Feature article.\n"})
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "feature")
    git(repo, "checkout", "-q", "main")
    write(repo, {"articles/on-main.md": "Main article.\n"})
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "main moves on")
    git(repo, "checkout", "-q", "feature")
    assert [p.name for p in changed_files("main", repo)] == ["feature.md"]
    with pytest.raises(GitError, match="unknown git ref"):
        changed_files("nope", repo)


def test_locations_in_markdown_and_text_files(tmp_path: Path) -> None:
    md = tmp_path / "a.md"
    md.write_text("---\ntitle: x\noutlet: Y\n---\n\nFirst line.\nSecond: the toll was 5.\n", encoding="utf-8")
    article = read_article(md, "a1")
    start = article.body.index("the toll")
    region = FileLocator(md, article.body).region("the toll was 5.", start)
    assert (region.line, region.column, region.end_line, region.end_column, region.exact) == (
        7,
        9,
        7,
        24,
        True,
    )
    txt = tmp_path / "b.txt"
    txt.write_bytes("\ufeffHeadline\r\n\r\nIt rained, and the ferry sank.\r\n".encode())
    article = read_article(txt, "a2")
    region = FileLocator(txt, article.body).region("the ferry sank.", article.body.index("the ferry"))
    assert (region.line, region.column) == (3, 16)


def test_sentences_of_a_saved_web_page_are_found_in_its_html(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes((EXAMPLES / "port-meridian-plant-fire" / "03_kpmx7-live.html").read_bytes())
    article = read_article(page, "a1")
    claims = extract_all([article])["a1"]
    raw = page.read_text(encoding="utf-8").split("\n")
    locator = FileLocator(page, article.body)
    found = 0
    for claim in claims:
        region = locator.region(claim.sentence, claim.start)
        assert not region.exact
        if region.line > 1:
            first = claim.sentence.split()[0].strip("\"'“‘(")
            assert raw[region.line - 1][region.column - 1 :].startswith(first), (claim.sentence, region)
            found += 1
    assert found >= 0.9 * len(claims) and found > 10
