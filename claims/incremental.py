"""Analyse a new article against a stored corpus without re-analysing the corpus.

The store is anything that implements `Store` (the service implements it with SQL). The
result of adding articles one by one equals `claims.analysis.analyze` on all of them:

- candidate claims come from the same blocking keys (`claims.linking.blocking_keys`);
- pairs are scored by the same `score_pair`;
- an article whose event has no date of its own takes one from linked reports
  (`adopt_date`); when a new article gives such an older article its date, the older
  article's claims are re-timed and all their pairs re-scored (one hop, as in the batch);
- every finding is kept with its deduplication key and rank, and the conflict shown for a key
  is the best-ranked finding, exactly as `claims.conflicts.deduplicate` picks it;
- clusters are the connected components of confirmed links.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from claims.analysis import extract_all
from claims.conflicts import detect_all
from claims.events import adopt_date, assign_times, known_occurrence
from claims.linking import (
    COMPARABLE,
    KeyIndex,
    PairScore,
    blocking_keys,
    lookup_key,
    scored,
)
from claims.model import Article, Claim, Conflict, Reuse, Source
from claims.pubdate import date_by_event
from claims.reuse import MIN_SHARED, _check, shingles, words


class Store(Protocol):
    """What the incremental analysis needs to read from a stored corpus."""

    def claims_with_keys(self, keys: set[str]) -> list[Claim]:
        """Stored claims indexed under any of these blocking keys (keys shared by too many
        claims, see `claims.linking.MAX_POSTING`, may be skipped)."""
        ...

    def claims_of(self, article_ids: set[str]) -> list[Claim]: ...

    # Optional, used when present:
    # - `claims_by_id(ids: set[str]) -> list[Claim]` (cheaper than loading whole articles to
    #   pick a few of their claims);
    # - `claims_by_key(keys: set[str]) -> dict[str, list[Claim]]`: the stored claims under each of
    #   these keys, as `claims_with_keys` would give them (so their keys need not be recomputed;
    #   keys shared by more than `MAX_POSTING` claims may be left out);
    # - `postings(keys: set[str]) -> dict[str, list[str]]`, the ids of the claims `claims_by_key`
    #   would give, in its order, with `lemmas_of(ids: set[str]) -> dict[str, list[str]]` and
    #   `claims_by_id`: then only the claims that end up compared are loaded (a large store has
    #   thousands under an article's keys, of which MAX_CANDIDATES a claim count).

    def articles(self, article_ids: set[str]) -> list[Article]: ...

    def articles_with_shingles(self, hashes: set[int]) -> dict[str, int]:
        """Stored article ids sharing shingles with the given set, with how many they share."""
        ...


@dataclass
class Delta:
    """What to write back: replace the claims of `articles`, replace every pair and finding that
    touches their claims, add the reuse pairs."""

    articles: list[Article]
    claims: dict[str, list[Claim]]
    pairs: list[PairScore]
    findings: list[Conflict]
    reuse: list[Reuse] = field(default_factory=list)

    @property
    def claim_ids(self) -> set[str]:
        return {c.id for cs in self.claims.values() for c in cs}


def index_keys(claim: Claim) -> set[str]:
    """The blocking keys to store for a claim."""
    return set() if claim.modality == "question" else blocking_keys(claim)


def _pairs_for(
    claims: list[Claim], store: Store, extra: Iterable[Claim] = (), only_with: set[str] | None = None
) -> list[PairScore]:
    """Scored pairs between `claims` and stored (or `extra`) claims they are candidates with:
    the same `KeyIndex.candidates` as the batch uses, over the stored claims sharing a key.
    With `only_with`, only the pairs with those claims (the others are neither loaded nor scored)."""
    keys: set[str] = set()
    for c in claims:
        keys |= {lookup_key(k) for k in index_keys(c)}
    if all(callable(getattr(store, name, None)) for name in ("postings", "lemmas_of", "claims_by_id")):
        return _score(claims, _candidates_by_id(claims, extra, keys, store, only_with))
    index = KeyIndex()
    by_key = getattr(store, "claims_by_key", None)
    if callable(by_key):  # the store knows each stored claim's keys: no need to recompute them
        for key, members in by_key(keys).items():
            index.postings[key].extend(members)
        local = {c.id: c for c in [*extra, *claims]}  # (newer than their stored versions)
        for key in index.postings:
            index.postings[key] = [c for c in index.postings[key] if c.id not in local]
        for c in local.values():
            index.add(c)
    else:
        pool = {c.id: c for c in store.claims_with_keys(keys)}
        pool.update({c.id: c for c in extra})
        pool.update({c.id: c for c in claims})
        for c in pool.values():
            index.add(c)
    found = {c.id: index.candidates(c) for c in claims if c.modality != "question"}
    if only_with is not None:
        found = {i: [o for o in others if o.id in only_with] for i, others in found.items()}
    return _score(claims, found)


class _Posted:
    """A stored claim as `KeyIndex.candidates` sees it: its id and source, and its lemmas, read
    only of claims met through single words (`_candidates_by_id`). The source is known only of
    claims of the asking claims' own articles: another article's claim is of another source
    whatever it is (None)."""

    __slots__ = ("_lemmas", "id", "source_id")

    def __init__(self, claim_id: str, source_id: str | None, lemmas: dict[str, list[str]]) -> None:
        self.id, self.source_id, self._lemmas = claim_id, source_id, lemmas

    @property
    def lemmas(self) -> list[str]:
        return self._lemmas.get(self.id, [])


def _candidates_by_id(
    claims: list[Claim], extra: Iterable[Claim], keys: set[str], store: Store, only_with: set[str] | None = None
) -> dict[str, list[Claim]]:
    """`KeyIndex.candidates` of each claim, over the stored claims' ids and sources, so that only
    the candidates are loaded. The search runs in its two halves: the claims met, then, with the
    lemmas of those met only through single words read, the choice among them."""
    local = {c.id: c for c in [*extra, *claims]}  # (newer than their stored versions)
    # a stored article paired again (re-dated) meets its own other claims: their sources tell
    # its voice from the posts it embeds
    sources = {c.id: c.source_id for c in store.claims_of({c.article_id for c in claims})}
    lemmas: dict[str, list[str]] = {}
    posted: dict[str, Any] = {}  # _Posted stands in for the Claim that KeyIndex expects
    index = KeyIndex()
    found_postings: dict[str, list[str]] = store.postings(keys)  # type: ignore[attr-defined]
    for i in {i for members in found_postings.values() for i in members}.difference(local):
        posted[i] = _Posted(i, sources.get(i), lemmas)  # once per claim, not once per posting
    for key, members in found_postings.items():
        if not local.keys().isdisjoint(members):
            members = [i for i in members if i not in local]
        index.postings[key].extend(map(posted.__getitem__, members))
    for c in local.values():
        index.add(c)
    asking = [c for c in claims if c.modality != "question"]
    met = {c.id: index.met(c) for c in asking}
    lemmas.update(store.lemmas_of({i for m in met.values() for i in m.words_only() if i in posted}))  # type: ignore[attr-defined]
    found = {c.id: index.chosen(c, met[c.id]) for c in asking}
    if only_with is not None:
        found = {i: [o for o in others if o.id in only_with] for i, others in found.items()}
    stored = {o.id for others in found.values() for o in others if o.id not in local}
    loaded = {c.id: c for c in store.claims_by_id(stored)}  # type: ignore[attr-defined]
    loaded.update(local)
    return {claim_id: [loaded[o.id] for o in others if o.id in loaded] for claim_id, others in found.items()}


def _score(claims: list[Claim], candidates: dict[str, list[Claim]]) -> list[PairScore]:
    """Each claim scored against its candidates, each pair once, in the corpus' stable order."""
    seen: set[tuple[str, str]] = set()
    out: list[PairScore] = []
    for c in claims:
        for other in candidates.get(c.id, []):
            a, b = (c, other) if _order(c) < _order(other) else (other, c)
            if (a.id, b.id) in seen:
                continue
            seen.add((a.id, b.id))
            if pair := scored(a, b):
                out.append(pair)
    return out


def _order(claim: Claim) -> tuple[str, int, str]:
    """A stable order of claims across the corpus (article, position), so a pair is always
    scored in the same direction, whatever was ingested first."""
    return (claim.article_id, claim.start, claim.id)


def _position(item_id: str) -> tuple[str | int, ...]:
    """Where an article or claim stands in the corpus as the batch orders it, from its id:
    articles in the order they came (`a9` before `a10`), each one's claims in order (`a9.c2`
    before `a9.c10`). The parts alternate text and number, so any two ids compare."""
    return tuple(int(part) if n % 2 else part for n, part in enumerate(_DIGITS.split(item_id)))


_DIGITS = re.compile(r"(\d+)")


def _dates_from(article_id: str, pairs: list[PairScore], claims: dict[str, Claim]) -> list[date]:
    """Dates that other articles' own words give an event this article reports (as in
    `claims.analysis.adopt_event_dates`), in the order the batch meets them: by the pairs'
    places in the corpus. `adopt_date` settles a tie by that order, and the order in which the
    candidates of a claim come depends on how Python iterates a set of keys (PYTHONHASHSEED)."""
    out = []
    linked = [p for p in pairs if p.topic >= 0.55 and any(known_occurrence(s) for s in p.shared)]
    for p in sorted(linked, key=lambda p: sorted((_position(p.a), _position(p.b)))):
        for x, y in ((claims[p.a], claims[p.b]), (claims[p.b], claims[p.a])):
            own_date = y.time is not None and y.time.source == "own" and y.time.date
            if x.article_id == article_id and y.article_id != article_id and own_date:
                out.append(y.time.date)
    return out


def analyse_new(article: Article, store: Store, pairs_with: set[str] | None = None) -> Delta:
    """Extract a new article's claims and link and compare them with the stored corpus. The
    article's id must be unique in the store; its claims get ids `<article id>.c<n>`.

    `pairs_with`, for a caller that keeps only the conflicts of some articles (this one among
    them, as `claims check` does): a stored article this one re-dates is paired again only
    with their claims, not with the rest of the store (whose pairs with it the delta then
    leaves out). The cost of a re-dating then no longer grows with the store."""
    own = extract_all([article])[article.id]
    for n, claim in enumerate(own, start=1):
        claim.id = f"{article.id}.c{n}"
    pairs = _pairs_for(own, store)
    claims = {c.id: c for c in own}
    claims.update(_stored(pairs, claims, store))
    # this article takes its event's date from stored reports, if it has none of its own
    adopted = adopt_date(article.main_event, _dates_from(article.id, pairs, claims))
    if adopted is not article.main_event:
        article.main_event = adopted
        date_by_event(article, own)
        assign_times(own, adopted)
        # dated now, its claims meet other stored claims (a date key, a higher rank among the
        # candidates): those too are looked up below
        pairs = _pairs_for(own, store)
        claims.update(_stored(pairs, claims, store))
    delta = Delta([article], {article.id: own}, pairs, [])
    # stored articles without a date of their own may now take one from this article
    kept: tuple[set[str], set[str]] | None = None  # the claims whose pairs count (`pairs_with`), and their keys
    for other, other_claims, base in _to_redate(article, pairs, claims, store):
        # only its claims that name a known occurrence can meet a date (see `_dates_from`);
        # the others are paired again below if the date changes
        dating = [c for c in other_claims if any(known_occurrence(s) for s in c.slots)]
        other_pairs = _pairs_for(dating, store, extra=own)
        pool = {c.id: c for c in other_claims} | claims | _stored(other_pairs, claims, store)
        redone = adopt_date(base, _dates_from(other.id, other_pairs, pool))
        if _same_time(redone, other.main_event):
            continue
        other.main_event = redone
        date_by_event(other, other_claims)
        assign_times(other_claims, redone)
        delta.articles.append(other)
        delta.claims[other.id] = other_claims
        retimed = {c.id for c in other_claims}
        # pairs scored above with this article's old times are replaced, not just overridden:
        # a pair that no longer matters must disappear too
        delta.pairs = [p for p in delta.pairs if p.a not in retimed and p.b not in retimed]
        if pairs_with is None:
            delta.pairs.extend(_pairs_for(other_claims, store, extra=own))
            continue
        if kept is None:
            counted = [*own, *store.claims_of(pairs_with - {article.id})]
            kept = ({c.id for c in counted}, {k for c in counted for k in index_keys(c)})
        # a claim can meet theirs only through a key it shares with them (its re-timed fellows
        # stay in the index: they rank its candidates as before)
        meeting = [c for c in other_claims if not index_keys(c).isdisjoint(kept[1])]
        delta.pairs.extend(_pairs_for(meeting, store, extra=[*own, *other_claims], only_with=kept[0]))
    delta.pairs = _unique(delta.pairs)
    everything = {**claims, **{c.id: c for cs in delta.claims.values() for c in cs}}
    everything.update(_stored(delta.pairs, everything, store))
    # the articles of the pairs close enough to compare: the detectors skip every other pair
    # before they look at an article, and a large store has thousands of others
    compared = [p for p in delta.pairs if p.topic >= COMPARABLE or p.negation_candidate]
    articles = {a.id: a for a in store.articles({everything[i].article_id for p in compared for i in (p.a, p.b)})}
    articles.update({a.id: a for a in delta.articles})
    sources: dict[str, Source] = {s.id: s for a in articles.values() for s in a.sources}
    delta.findings = detect_all(everything, delta.pairs, articles, sources)
    delta.reuse = reuse_against_store(article, store)
    return delta


def _stored(pairs: list[PairScore], known: dict[str, Claim], store: Store) -> dict[str, Claim]:
    """Stored claims a list of pairs refers to that are not yet in `known` (by id when the
    store can, else through their articles)."""
    missing = {i for p in pairs for i in (p.a, p.b) if i not in known}
    if not missing:
        return {}
    by_id = getattr(store, "claims_by_id", None)
    if callable(by_id):
        return {c.id: c for c in by_id(missing)}
    articles = {i.rsplit(".c", 1)[0] for i in missing}
    return {c.id: c for c in store.claims_of(articles) if c.id in missing}


MAX_REDATED = 50  # stored articles one new article re-pairs to re-date them, the closest first


def _to_redate(
    article: Article, pairs: list[PairScore], claims: dict[str, Claim], store: Store
) -> list[tuple[Article, list[Claim], Any]]:
    """The stored articles this one may give a date: linked to it by an occurrence whose date
    it states, and without a date of their own words; with their claims and their main event
    as their own words give it. Each is paired again with the store to decide its date, so a
    new article re-dates at most MAX_REDATED, those whose link to it is closest (a report of
    an event told hundreds of times cannot make one ingest re-pair hundreds of articles; a
    normal corpus has a few). In the corpus' order, as the batch re-dates them."""
    closeness = _undated_neighbours(article, pairs, claims)
    found = []
    others = store.articles(set(closeness))
    by_article: dict[str, list[Claim]] = {}
    for claim in store.claims_of({a.id for a in others if not _dated_by_own_words(a)}):
        by_article.setdefault(claim.article_id, []).append(claim)
    for other in others:
        if _dated_by_own_words(other):
            continue  # nothing to adopt
        other_claims = by_article.get(other.id, [])
        base = _base_event(other, other_claims)
        if base.time.date is not None and _same_time(base, other.main_event):
            continue  # its event has a date of its own: nothing to adopt (and no pairs to redo)
        found.append((other, other_claims, base))
    found.sort(key=lambda f: (-closeness[f[0].id], _position(f[0].id)))
    return sorted(found[:MAX_REDATED], key=lambda f: _position(f[0].id))


def _dated_by_own_words(article: Article) -> bool:
    time = article.main_event.time if article.main_event else None
    return time is not None and time.date is not None and time.source != "adopted"


def _undated_neighbours(article: Article, pairs: list[PairScore], claims: dict[str, Claim]) -> dict[str, float]:
    """Stored articles linked to this one by an occurrence whose date this article states, with
    the topic score of their closest such link."""
    out: dict[str, float] = {}
    for p in pairs:
        if not any(known_occurrence(s) for s in p.shared) or p.topic < 0.55:
            continue
        for x, y in ((claims[p.a], claims[p.b]), (claims[p.b], claims[p.a])):
            if (
                y.article_id == article.id
                and x.article_id != article.id
                and y.time
                and y.time.source == "own"
            ):
                out[x.article_id] = max(out.get(x.article_id, 0.0), p.topic)
    return out


def _base_event(article: Article, claims: list[Claim]):
    """The article's main event as its own words give it (before any adopted date)."""
    from claims.events import main_event

    return main_event(article, claims)


def _same_time(a, b) -> bool:
    return a is not None and b is not None and a.time.date == b.time.date and a.time.weekday == b.time.weekday


def _unique(pairs: list[PairScore]) -> list[PairScore]:
    """One score per pair, the latest (a re-timed article's pairs replace earlier scores)."""
    seen: dict[tuple[str, str], PairScore] = {}
    for p in pairs:
        seen[tuple(sorted((p.a, p.b)))] = p  # type: ignore[index]
    return list(seen.values())


def shingle_hashes(article: Article) -> set[int]:
    """The article's shingles as stable 63-bit integers (for a database index)."""
    return shingles(words(article))


def reuse_against_store(article: Article, store: Store) -> list[Reuse]:
    mine = shingle_hashes(article)
    shared = store.articles_with_shingles(mine)
    candidates = [aid for aid, n in shared.items() if n >= MIN_SHARED and aid != article.id]
    found: list[Reuse] = []
    tokens = words(article)
    for other in store.articles(set(candidates)):
        x, y = sorted((article, other), key=lambda a: a.id)
        tx, ty = (tokens, words(other)) if x is article else (words(other), tokens)
        found.extend(_check(x, y, tx, ty))
    return found
