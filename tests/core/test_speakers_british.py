"""Speakers as British and Commonwealth papers write them: quotations between single marks
(‘We had no warning,’ she said), a role followed by its holder's name ("the mayor, Peter Lund,
said"), and a source told in the middle of a sentence ("told the BBC that")."""

from __future__ import annotations

import pytest
from core_support import Spec, of_kind, run

from claims.speakers import Attribution, SpeakerMemory, attribute
from claims.text import as_double_quotes


def attr(sentence: str) -> Attribution:
    return attribute(sentence, SpeakerMemory())


def said(sentence: str, a: Attribution) -> str:
    return sentence[a.content_start : a.content_end].strip(" ,.'‘’“”")


@pytest.mark.parametrize(
    ("sentence", "speaker", "words"),
    [
        ("‘We have no record of any injuries,’ said Tom Reid, the council’s spokesman.", "Tom Reid",
         "We have no record of any injuries"),
        ("'We have no record of any injuries,' said Tom Reid, the council's spokesman.", "Tom Reid",
         "We have no record of any injuries"),
        ("‘We didn’t know the river would rise so fast,’ Ann Bell said.", "Ann Bell",
         "We didn’t know the river would rise so fast"),
        ("Tom Reid said: ‘The workers’ union has been told everything.’", "Tom Reid",
         "The workers’ union has been told everything"),
        ("‘The bridge will reopen on Friday,’ the mayor, Peter Lund, said.", "Peter Lund",
         "The bridge will reopen on Friday"),
    ],
    ids=["curly", "straight", "apostrophe-inside", "colon-then-quote", "role-then-name"],
)
def test_single_quotation_marks_quote_their_speaker(sentence: str, speaker: str, words: str) -> None:
    a = attr(sentence)
    assert (a.speaker, a.kind) == (speaker, "quoted")
    assert said(sentence, a) == words


@pytest.mark.parametrize(
    ("sentence", "speaker", "words"),
    [
        ("The mayor, Peter Lund, said the bridge would reopen on Friday.", "Peter Lund",
         "the bridge would reopen on Friday"),
        ("The bridge would reopen on Friday, said the mayor, Peter Lund.", "Peter Lund",
         "The bridge would reopen on Friday"),
        ("The council leader, Ann Bell, told the BBC that the bridge would reopen.", "Ann Bell",
         "the bridge would reopen"),
    ],
    ids=["role-name-said", "said-role-name", "told-the-outlet"],
)
def test_a_role_and_its_holders_name_credit_the_holder(sentence: str, speaker: str, words: str) -> None:
    a = attr(sentence)
    assert (a.speaker, a.kind) == (speaker, "credited")
    assert said(sentence, a) == words


def test_what_follows_said_is_no_speaker_when_it_has_a_verb() -> None:
    """', said the bridge would reopen' is what was said, not who said it."""
    sentence = "The mayor, Peter Lund, said the bridge would reopen on Friday."
    assert attr(sentence).speaker != "the bridge would reopen"


def test_adding_after_a_final_credit_is_more_of_what_was_credited() -> None:
    sentence = "Two firefighters were hurt, said the fire service, adding that the blaze was out."
    a = attr(sentence)
    assert (a.speaker, said(sentence, a)) == ("the fire service", "Two firefighters were hurt")
    assert a.more is not None and sentence[a.more[0] : a.more[1]] == "the blaze was out"


@pytest.mark.parametrize(
    "sentence",
    [
        "The company’s plant at Harwick didn’t reopen until the 1990s.",  # apostrophes only
        'He called it "a disgrace" and said the workers’ union would fight.',  # double quotes used
    ],
)
def test_apostrophes_and_double_quoted_sentences_are_left_as_they_are(sentence: str) -> None:
    assert as_double_quotes(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "mapped"),
    [
        ("He called it ‘a disgrace’ and said the workers’ union would fight.",
         "He called it “a disgrace” and said the workers’ union would fight."),
        ("The statement said 'it's under control'.", "The statement said “it's under control”."),
        ("‘We didn’t know,’ she said, ‘and nobody told us.’", "“We didn’t know,” she said, “and nobody told us.”"),
    ],
)
def test_single_quotation_marks_become_double_ones(sentence: str, mapped: str) -> None:
    assert as_double_quotes(sentence) == mapped


STRIKE = "Cabin crew at Coralwing Airlines walked out on Monday, grounding most flights. "
QUOTE = "‘We have been pushed to the brink, and our members have had enough,’"


def test_one_single_quoted_quotation_credited_to_two_people_conflicts() -> None:
    result = run(
        Spec(STRIKE + QUOTE + " said union national secretary Jodie Marr.\n", "North Wire", "2025-04-01"),
        Spec(STRIKE + QUOTE + " said cabin manager Trent Ollivier.\n", "South Gazette", "2025-04-01"),
    )
    found = of_kind(result, "attribution")
    assert len(found) == 1
    assert "Jodie Marr" in found[0].explanation and "Trent Ollivier" in found[0].explanation
