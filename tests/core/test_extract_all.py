"""extract_all pauses the cycle collector while it runs: the switch is process-wide, so it must
be back as the caller had it afterwards, even when extraction fails."""

from __future__ import annotations

import gc

import pytest
from core_support import article

from claims.analysis import cycle_collection_paused, extract_all

BODY = "Two people were killed in the fire on Tuesday, police said."


def test_collector_is_off_during_extraction_and_on_after() -> None:
    seen: list[bool] = []
    with cycle_collection_paused():
        seen.append(gc.isenabled())
    assert seen == [False]
    assert gc.isenabled()
    claims = extract_all([article(BODY)])
    assert gc.isenabled()
    assert any(c.quantities for cs in claims.values() for c in cs)


def test_collector_left_off_when_the_caller_had_it_off() -> None:
    gc.disable()
    try:
        extract_all([article(BODY)])
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_collector_back_on_when_extraction_fails() -> None:
    with pytest.raises(RuntimeError), cycle_collection_paused():
        raise RuntimeError("extraction failed")
    assert gc.isenabled()


def test_an_opening_participial_phrase_is_not_the_main_verb() -> None:
    from claims.events import main_verb

    text = (
        "Based on statements from the administration, accounts from staff and imagery shared online, "
        "a swarm of 11 drones approached the bridge"
    )
    assert main_verb(text) == "approach"
    assert main_verb("Speaking to reporters, the mayor said the road was closed") == "say"
    assert main_verb("Crews worked through the night") == "work"
