"""Analyse the checked articles against a corpus and keep the conflicts that involve them.

Three corpora:
- a folder of articles: the folder and the checked articles are analysed together in memory
  (`claims.analysis.analyze`; a checked file inside the folder counts once);
- a store: each checked article is analysed against it incrementally
  (`claims.incremental.analyse_new`), nothing is written, and reviewers' decisions on the
  conflicts are read by key;
- nothing: the checked articles among themselves.

Only conflicts that involve at least one checked article count: conflicts within the corpus
alone are not the new article's fault.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from app.check.baseline import Baseline
from app.check.locate import FileLocator, Region
from app.check.store import CheckStore, Review
from app.db.engine import Database
from claims.conflicts import deduplicate
from claims.conflicts.base import Side as CoreSide
from claims.model import Article, Claim, Conflict, Source
from claims.readers import find_article_files, read_article
from claims.report import speaker_label

SEVERITY = {"low": 0, "medium": 1, "high": 2}
FAILING, DISMISSED, BASELINED, BELOW = "failing", "dismissed", "baselined", "below_threshold"


@dataclass
class Side:
    """One side of a conflict: where the sentence is and who says it."""

    claim_id: str
    article_id: str
    checked: bool
    path: str | None  # the file, relative to the root, when the article is a file here
    label: str  # the path, or "stored article a12"
    source: str  # who says it: outlet and date, the quoted speaker, the embedded post
    outlet: str | None
    title: str | None
    published_at: str | None
    url: str | None
    speaker: str | None
    sentence: str
    start: int
    end: int
    region: Region | None = None


@dataclass
class Finding:
    id: str
    kind: str
    severity: str
    temporal: str
    explanation: str
    key: str  # the core's key (with this run's or the store's article ids)
    baseline_key: str  # the key with paths for article ids (see app.check.baseline)
    claim_ids: list[str]
    sides: list[Side]
    status: str = FAILING  # failing | dismissed | baselined | below_threshold
    review: Review | None = None

    @property
    def checked_sides(self) -> list[Side]:
        return [s for s in self.sides if s.checked]


@dataclass
class CheckedArticle:
    article_id: str
    path: str
    title: str | None
    outlet: str | None
    claims: int
    stored_as: str | None = None  # the stored article this file is (same text or same path)


@dataclass
class Report:
    against: str  # the store's URL (without password) or the folder; "" for none
    against_kind: str  # store | folder | none
    corpus: int  # articles in it
    fail_on: str
    checked: list[CheckedArticle]
    findings: list[Finding]
    root: Path  # paths in the report are relative to it (the git working tree, else the directory)

    @property
    def failing(self) -> list[Finding]:
        return [f for f in self.findings if f.status == FAILING]

    @property
    def exit_code(self) -> int:
        return 1 if self.failing else 0

    def counts(self) -> dict[str, int]:
        return {s: sum(f.status == s for f in self.findings) for s in (FAILING, DISMISSED, BASELINED, BELOW)}


@dataclass
class Outcome:
    """What an analysis found, before it is judged: the conflicts involving checked articles and
    everything needed to show them."""

    checked: list[Article]
    conflicts: list[Conflict]
    claims: dict[str, Claim]
    articles: dict[str, Article]
    files: dict[str, Path]  # article id -> file, for articles read from files
    corpus: int
    claim_counts: dict[str, int]  # checked article id -> its claims
    stored_as: dict[str, str] = field(default_factory=dict)
    reviews: dict[str, Review] = field(default_factory=dict)
    hashes: dict[str, str] = field(default_factory=dict)  # stored article id -> content hash

    @classmethod
    def empty(cls) -> Outcome:
        """Nothing to check (no article changed)."""
        return cls([], [], {}, {}, {}, 0, {})


def in_memory(checked_files: list[Path], folder: Path | None) -> Outcome:
    """The checked files analysed with the folder's articles (or alone), in memory."""
    from claims.analysis import analyze

    corpus = find_article_files([folder]) if folder else []
    known = {p.resolve() for p in corpus}
    files = corpus + [p for p in checked_files if p.resolve() not in known]
    wanted = {p.resolve() for p in checked_files}
    articles = [read_article(p, f"a{i}") for i, p in enumerate(files, start=1)]
    result = analyze(articles)
    checked = [a for a, p in zip(articles, files, strict=True) if p.resolve() in wanted]
    claims = {c.id: c for c in result.claims}
    return Outcome(
        checked=checked,
        conflicts=_involving(result.conflicts, checked, claims),
        claims=claims,
        articles={a.id: a for a in articles},
        files={a.id: p for a, p in zip(articles, files, strict=True)},
        corpus=len(corpus),
        claim_counts={a.id: sum(c.article_id == a.id for c in result.claims) for a in checked},
    )


def _involving(conflicts: list[Conflict], checked: list[Article], claims: dict[str, Claim]) -> list[Conflict]:
    ids = {a.id for a in checked}
    return [x for x in conflicts if any(claims[i].article_id in ids for i in x.claim_ids)]


def against_store(checked_files: list[Path], db: Database, root: Path) -> Outcome:
    """Each checked file analysed against the store, one after the other, none of them
    written: the store's session only reads, the checked articles stay in `CheckStore`'s
    overlay. A file whose text, or path, is already stored takes the stored article's id and
    hides its stored versions, so its conflicts have the keys reviewers decided on."""
    from app.ingest import content_hash
    from claims.incremental import analyse_new

    with db.read() as session:
        store = CheckStore(session)
        checked: list[Article] = []
        files: dict[str, Path] = {}
        stored_as: dict[str, str] = {}
        for n, path in enumerate(checked_files, start=1):
            article = read_article(path, f"new{n}")
            stored, replaced = store.stored_version(content_hash(article.body), _path_names(path, root))
            if stored and stored not in files:
                article.id = stored
                stored_as[stored] = stored
            store.hide(replaced)
            checked.append(article)
            files[article.id] = path
        findings: list[Conflict] = []
        for article in checked:
            # only the conflicts of checked articles count: a stored article re-dated by one is
            # paired again with them, not with the whole store
            delta = analyse_new(article, store, pairs_with=set(files))
            # findings on claims this analysis redid (a stored article re-timed) are replaced
            findings = [f for f in findings if not set(f.claim_ids) & delta.claim_ids] + delta.findings
            for a in delta.articles:
                store.put(a, delta.claims[a.id])
        mine = {c.id for a in checked for c in store.mem_claims[a.id]}
        conflicts = deduplicate([f for f in findings if set(f.claim_ids) & mine])
        involved = {i.rsplit(".c", 1)[0] for x in conflicts for i in x.claim_ids}
        return Outcome(
            checked=checked,
            conflicts=conflicts,
            claims={c.id: c for c in store.claims_of(involved)},
            articles={a.id: a for a in store.articles(involved)},
            files=files,
            corpus=store.count(),
            claim_counts={a.id: len(store.mem_claims[a.id]) for a in checked},
            stored_as=stored_as,
            reviews=store.reviews({x.key for x in conflicts}),
            hashes=store.content_hashes(involved - set(files)),
        )


def _path_names(path: Path, root: Path) -> list[str]:
    """The ways a file may have been named when it was stored."""
    resolved = path.resolve()
    names = {str(path), path.as_posix(), str(resolved)}
    for base in (Path.cwd().resolve(), root.resolve()):
        if resolved.is_relative_to(base):
            names.add(resolved.relative_to(base).as_posix())
    return sorted(names)


def relative(path: Path, root: Path) -> str:
    resolved = path.resolve()
    base = root.resolve()
    return resolved.relative_to(base).as_posix() if resolved.is_relative_to(base) else str(resolved)


def judge(outcome: Outcome, root: Path, fail_on: str, baseline: Baseline | None) -> list[Finding]:
    """The conflicts as findings for the report, each with its status, most urgent first."""
    locators: dict[str, FileLocator] = {}  # read when a conflict needs them
    checked = {a.id for a in outcome.checked}
    labels = {aid: relative(p, root) for aid, p in outcome.files.items()}
    keys = {**{aid: f"sha256:{h[:16]}" for aid, h in outcome.hashes.items()}, **labels}
    found: list[Finding] = []
    for x in outcome.conflicts:
        sides = [_side(outcome, outcome.claims[i], checked, labels, locators) for i in x.claim_ids]
        review = outcome.reviews.get(x.key)
        portable = baseline_key(x.key, {s.article_id for s in sides}, keys)
        if SEVERITY[x.severity] < SEVERITY[fail_on]:
            status = BELOW
        elif review is not None and review.status == "dismissed":
            status = DISMISSED
        elif baseline is not None and portable in baseline:
            status = BASELINED
        else:
            status = FAILING
        found.append(
            Finding("", x.kind, x.severity, x.temporal, x.explanation, x.key, portable, list(x.claim_ids),
                    sides, status, review)
        )  # fmt: skip
    order = {FAILING: 0, DISMISSED: 1, BASELINED: 1, BELOW: 2}
    found.sort(key=lambda f: (order[f.status], -SEVERITY[f.severity], _where(f), f.key))
    for n, f in enumerate(found, start=1):
        f.id = f"x{n}"
    return found


def _where(f: Finding) -> tuple[str, int]:
    side = (f.checked_sides or f.sides)[0]
    return (side.label, side.region.line if side.region else 0)


SEGMENT = re.compile(r"^(?P<article>[^.@]+)(?P<rest>[.@].*)$")


def baseline_key(key: str, article_ids: set[str], labels: dict[str, str]) -> str:
    """The core's key with the article ids in its source segments (`a3.s0`, `a3@412`) replaced
    by stable labels (paths), so it means the same in every run."""
    out = []
    for segment in key.split("|"):
        m = SEGMENT.match(segment)
        if m and m["article"] in article_ids and m["article"] in labels:
            segment = labels[m["article"]] + m["rest"]
        out.append(segment)
    return "|".join(out)


def _side(
    outcome: Outcome,
    claim: Claim,
    checked: set[str],
    labels: dict[str, str],
    locators: dict[str, FileLocator],
) -> Side:
    article = outcome.articles[claim.article_id]
    source = next((s for s in article.sources if s.id == claim.source_id), None) or Source(
        claim.source_id, article.id, "article", article.outlet
    )
    locator = None
    if article.id in outcome.files:
        if article.id not in locators:
            locators[article.id] = FileLocator(outcome.files[article.id], article.body)
        locator = locators[article.id]
    return Side(
        claim_id=claim.id,
        article_id=article.id,
        checked=article.id in checked,
        path=labels.get(article.id),
        label=labels.get(article.id) or _stored_label(article),
        source=CoreSide(claim, article, source).who,
        outlet=article.outlet,
        title=article.title,
        published_at=article.published_at.isoformat() if article.published_at else None,
        url=article.url,
        speaker=speaker_label(claim),
        sentence=claim.sentence,
        start=claim.start,
        end=claim.end,
        region=locator.region(claim.sentence, claim.start) if locator else None,
    )


def _stored_label(article: Article) -> str:
    return f"stored article {article.id}" + (
        f" ({article.path or article.url})" if article.path or article.url else ""
    )


def checked_articles(outcome: Outcome, root: Path) -> list[CheckedArticle]:
    return [
        CheckedArticle(
            article_id=a.id,
            path=relative(outcome.files[a.id], root),
            title=a.title,
            outlet=a.outlet,
            claims=outcome.claim_counts[a.id],
            stored_as=outcome.stored_as.get(a.id),
        )
        for a in outcome.checked
    ]
