"""Decoding stored claims and articles skips the dataclasses' `__init__` when a stored dict holds
exactly the fields (`claims.serialize._maker`): the objects must be the same as those `__init__`
builds, and a dict of another shape (a field added or dropped since it was stored) must still
decode as before."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from claims.analysis import extract_all
from claims.model import Claim, Quantity
from claims.readers import read_articles
from claims.serialize import article_from_dict, article_to_dict, claim_from_dict, claim_to_dict

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus" / "port-meridian-plant-fire"


def _built(obj: object) -> object:
    """The same object built through its dataclass's `__init__`, nested ones too."""
    if isinstance(obj, list):
        return [_built(x) for x in obj]
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        values = {f.name: _built(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
        return type(obj)(**values)
    return obj


def test_decoded_claims_and_articles_are_what_init_builds() -> None:
    articles = read_articles([CORPUS])
    claims = [c for cs in extract_all(articles).values() for c in cs]
    assert len(claims) > 50
    for claim in claims:
        decoded = claim_from_dict(claim_to_dict(claim))
        assert decoded == claim == _built(decoded)
        assert vars(decoded) == vars(_built(decoded))
        assert all(type(q) is Quantity for q in decoded.quantities)
    for article in articles:
        decoded_article = article_from_dict(article_to_dict(article))
        assert decoded_article == article
        assert vars(decoded_article) == vars(_built(decoded_article))


def test_dicts_of_another_shape_still_decode() -> None:
    claim = next(c for cs in extract_all(read_articles([CORPUS])).values() for c in cs if c.quantities)
    stored = claim_to_dict(claim)
    older = {k: v for k, v in stored.items() if k != "places"}  # stored before a field was added
    older["quantities"] = [{k: v for k, v in q.items() if k != "partial"} for q in stored["quantities"]]
    newer = {**stored, "a_field_since_dropped": 1}
    assert claim_from_dict(older).places == []  # the default
    assert claim_from_dict(older).quantities[0].partial is False
    assert claim_from_dict(older) == dataclasses.replace(claim, places=[])
    assert claim_from_dict(newer) == claim
    assert not hasattr(claim_from_dict(newer), "a_field_since_dropped")
    assert isinstance(claim_from_dict(newer), Claim)
