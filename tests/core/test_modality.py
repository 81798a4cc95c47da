"""Modality: hedges that make a claim less than an assertion, and negations with the words
they deny. A denial must deny what the sentence denies, nothing more: "did not say how the
workers were injured" does not deny that they were."""

from __future__ import annotations

import pytest
from core_support import Spec, claim_with, claims_of, review_worthy, run

from claims.modality import hedges, in_scope, negation


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("The blast was reportedly caused by a gas leak.", "reportedly"),
        ("The gunman is believed to have fled north.", "is believed to"),
        ("The toll will likely rise.", "likely"),
        ("Residents cited unconfirmed reports of a second blast.", "unconfirmed"),
        ("Rain may delay the count.", "may"),
        ("The count might resume on Monday.", "might"),
        ("The vote could be annulled.", "could"),
        ("The fire appears to have started in the kitchen.", "appears to"),
        ("Officials said an estimated 400 people were evacuated.", "an estimated"),
        ("The suspect allegedly fired two shots.", "allegedly"),
    ],
)
def test_hedges(text: str, hedge: str) -> None:
    assert hedge in hedges(text)


@pytest.mark.parametrize(
    "text",
    [
        "The count resumed in May.",
        "May was the wettest month on record.",
        "Police said the fire was accidental.",
        "The bridge was closed for repairs.",
    ],
)
def test_no_hedge_in_plain_statements_or_the_month_may(text: str) -> None:
    assert hedges(text) == []


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("Unconfirmed reports spoke of a second blast.", "unconfirmed"),
        ("Reportedly, the gunman fled north.", "reportedly"),
    ],
)
def test_sentence_initial_hedges(text: str, hedge: str) -> None:
    assert hedge in hedges(text)


def test_hedge_reaches_the_claim() -> None:
    claims = claims_of("The blast was reportedly caused by a gas leak.\n")
    assert claim_with(claims, "gas leak").hedges == ["reportedly"]
    plain = claims_of("The blast was caused by a gas leak.\n")
    assert claim_with(plain, "gas leak").hedges == []


# --- negation ---------------------------------------------------------------------------


def test_negation_scope_covers_a_coordinated_object() -> None:
    text = "The strike did not cause casualties or damage."
    n = negation(text)
    assert n.cues == ["not"]
    assert {"casualty", "damage"} <= set(n.terms)
    assert in_scope(n, text.index("casualties"))
    assert in_scope(n, text.index("damage"))
    assert not in_scope(n, text.index("strike"))


def test_no_injuries_were_reported() -> None:
    text = "No injuries were reported."
    n = negation(text)
    assert n.cues == ["no"]
    assert "injury" in n.terms
    assert in_scope(n, text.index("injuries"))


def test_scope_ends_at_the_clause_boundary() -> None:
    text = "No one was killed, but two guards were hurt."
    n = negation(text)
    assert n.cues == ["no one"]
    assert in_scope(n, text.index("killed"))
    assert not in_scope(n, text.index("hurt"))
    assert "injure" not in n.terms and "hurt" not in n.terms


@pytest.mark.parametrize(
    "text",
    [
        "Not only the school but also the clinic was damaged.",
        "The storm, no longer a hurricane, moved east.",
        "Reactor No. 2 was shut down.",
        "There is no doubt the dam was damaged.",
    ],
)
def test_phrases_that_are_not_negations(text: str) -> None:
    assert negation(text).cues == []


@pytest.mark.parametrize(
    "text",
    [
        "The mayor did not say how the workers were injured.",
        "Officials did not specify whether the depot was hit.",
        "The ministry did not disclose how many soldiers were wounded.",
    ],
)
def test_declining_to_say_is_not_denying(text: str) -> None:
    n = negation(text)
    assert n.cues == []
    assert n.terms == []


def test_did_not_say_how_is_not_a_denial_of_the_injuries_in_the_pipeline() -> None:
    claims = claims_of("The mayor did not say how the workers were injured.\n")
    assert claims
    for c in claims:
        assert not c.negated
        assert not any(f.kind == "harm" and f.count == 0 for f in c.frames)


@pytest.mark.parametrize(
    ("text", "cue", "term"),
    [
        ("The drone never reached the base.", "never", "reach"),
        ("There were no casualties.", "no", "casualty"),
        ("Nobody was injured in the blast.", "nobody", "injure"),
        ("The ministry didn't confirm the toll.", "n't", "toll"),
        ("The ferry sailed without its lifeboats.", "without", "lifeboat"),
        ("The drones failed to reach the base.", "failed to", "reach"),
    ],
)
def test_negation_cues(text: str, cue: str, term: str) -> None:
    n = negation(text)
    assert cue in n.cues
    assert term in n.terms


def test_neither_nor() -> None:
    n = negation("Neither the driver nor the passengers were hurt.")
    assert "neither" in n.cues
    assert {"driver", "passenger"} <= set(n.terms)


def test_negated_claim_carries_its_cues_and_terms() -> None:
    claims = claims_of("The strike did not cause casualties or damage.\n")
    c = claim_with(claims, "casualties")
    assert c.negated
    assert c.negation_cues == ["not"]
    assert {"casualty", "damage"} <= set(c.negated_terms)
    # and the frames read it as no harm and no damage
    assert any(f.kind == "harm" and f.count == 0 for f in c.frames)
    assert any(f.kind == "damage" and f.value == "0" for f in c.frames)


def test_no_injuries_reported_is_a_zero_harm_frame() -> None:
    c = claims_of("No injuries were reported.\n")[0]
    harm = [f for f in c.frames if f.kind == "harm"]
    assert [(f.value, f.count) for f in harm] == [("injury", 0)]


def test_could_not_is_no_hedge() -> None:
    assert hedges("The hospital could not open its doors") == []
    assert hedges("The fire could spread overnight") == ["could"]


def test_a_denied_toll_is_no_harm_and_a_qualifier_is_no_denial() -> None:
    denied = claims_of("So far, nothing suggests any of the seven has been killed.\n")
    assert [(c.speaker, c.negated) for c in denied] == [(None, True)]
    assert [(f.value, f.count) for f in denied[0].frames if f.kind == "harm"] == [("death", 0)]
    qualified = claims_of("No fewer than 12 people died in the fire.\n")[0]
    assert not qualified.negated
    assert [(f.value, f.count) for f in qualified.frames if f.kind == "harm"] == [("death", 12)]


@pytest.mark.parametrize(
    "sentence",
    ["Nobody has confirmed that the dam failed.", "No official has said that the plant will close."],
)
def test_a_negative_subject_credits_no_one(sentence: str) -> None:
    (c,) = claims_of(sentence + "\n")
    assert c.speaker is None and c.negated
    assert c.text == sentence.rstrip(".")


def test_a_negative_word_inside_a_speakers_appositive_keeps_the_credit() -> None:
    (c,) = claims_of("Officials, who gave no details, said the plant would close.\n")
    assert (c.speaker, c.negated, c.text) == ("Officials", False, "the plant would close")


@pytest.mark.parametrize(
    ("text", "is_generic"),
    [
        ("Most cause no damage underground.", True),
        ("Bird strikes are common in aviation but rarely cause an engine to fail.", True),
        ("Such fires typically burn for days.", True),
        # a participle after a comma is no past tense
        ("Cholera usually begins with watery diarrhoea, followed two or three days later by dehydration.", True),
        ("Cholera usually began with diarrhoea, and a fever followed within hours.", False),
        # what happened, or how things stand now, is about this event
        ("Most were shot down before they reached the base.", False),
        ("Many fled the town overnight.", False),
        ("Most are in stable condition.", False),
        ("Most of the victims died at the scene.", False),
        ("The dam was usually inspected every year.", False),
        ("Passengers disembarked normally at the gate.", False),
    ],
)
def test_generic_statements_about_a_kind_of_event(text: str, is_generic: bool) -> None:
    assert (claims_of(text + "\n")[0].modality == "generic") is is_generic


def test_a_generic_statement_is_not_compared_with_the_event() -> None:
    quake = "A tremor hit the Orlov colliery on Tuesday night. "
    result = run(
        Spec(
            quake + "Rescuers cleared about 60 metres of the collapsed roadway.\n",
            "Silesia Today",
            "2025-09-17",
        ),
        Spec(
            quake + "The basin records dozens of tremors a year. Most cause no damage underground.\n",
            "Mining Review",
            "2025-09-18",
        ),
    )
    assert review_worthy(result) == []


def test_none_of_a_group_who_denies_the_predicate_after_the_relative_clause() -> None:
    text = "None of the 27 people who fell ill has died"
    neg = negation(text)
    assert in_scope(neg, text.index("died")) and not in_scope(neg, text.index("fell"))


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # a plan named as the predicate speaks of the future
        ("The hearing is due to begin on Friday.", "future"),
        ("The vote is now scheduled for Monday.", "future"),
        ("Crews will restore power next week.", "future"),
        # a plan that only describes a noun, or "due to" as "because of", does not
        ("About 60 flights scheduled for Sunday were cancelled.", "assertion"),
        ("Some 200 lessons due to take place today have been called off.", "assertion"),
        ("Two schools closed due to the flooding.", "assertion"),
        ("Relatives gathered in a hall next to the quarry.", "assertion"),
    ],
)
def test_future_only_when_the_plan_is_the_predicate(text: str, modality: str) -> None:
    assert claims_of(text + "\n")[0].modality == modality


def test_figures_of_cancelled_events_are_compared() -> None:
    result = run(
        Spec("About 60 flights scheduled for Sunday were cancelled at Norrby airport.\n", "Kestrel Post", "2025-03-10"),
        Spec("Some 25 flights due to leave Norrby airport on Sunday were cancelled.\n", "Norrby Daily", "2025-03-10"),
    )
    assert [c.kind for c in review_worthy(result)] == ["numeric"]
