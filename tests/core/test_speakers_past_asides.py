"""A speaker named behind an aside: a relative clause about the speaker's firm ("Neil Hartigan,
managing director of Dalescamp Leisure, which runs the site, confirmed"), or a long phrase of
when and where it was said ("In an interview with the Observer this week, ..."). Reading the
speaker is what lets a confirmation in one report meet a denial in another."""

from __future__ import annotations

import pytest
from core_support import Spec, between, run

from claims.speakers import SpeakerMemory, attribute


@pytest.mark.parametrize(
    ("sentence", "speaker", "stance", "said"),
    [
        (
            "Neil Hartigan, managing director of Dalescamp Leisure, which runs the site, confirmed that "
            "the company had received a flood alert on Saturday evening.",
            "Neil Hartigan",
            "confirm",
            "the company had received a flood alert on Saturday evening",
        ),
        (
            "In an interview with the Observer this week, Neil Hartigan, Dalescamp Leisure's managing "
            "director, denied that the company had received any flood alert.",
            "Neil Hartigan",
            "deny",
            "the company had received any flood alert",
        ),
        (
            "The operator, which runs four lines, said the cable had been replaced in May.",
            "The operator",
            "say",
            "the cable had been replaced in May",
        ),
    ],
)
def test_the_speaker_behind_an_aside(sentence: str, speaker: str, stance: str, said: str) -> None:
    a = attribute(sentence, SpeakerMemory())
    assert (a.speaker, a.stance) == (speaker, stance)
    assert sentence[a.content_start : a.content_end].strip(" .") == said


def test_a_relative_clause_that_holds_the_verb_of_saying_names_no_speaker() -> None:
    s = "The attack, which the sources said was planned for weeks, killed four guards."
    assert attribute(s, SpeakerMemory()).speaker is None


def test_a_confirmation_and_a_denial_behind_asides_disagree() -> None:
    lede = "A flash flood swept through the Sedd Meadows campsite at Arlow on Saturday, July 18, 2026. "
    result = run(
        Spec(
            lede + "Neil Hartigan, managing director of Dalescamp Leisure, which runs the site, confirmed that "
            "the company had received a flood alert from the rivers authority on Saturday evening.",
            "Courier",
            "2026-07-20",
        ),
        Spec(
            lede + "In an interview with the Observer this week, Neil Hartigan, Dalescamp Leisure's managing "
            "director, denied that the company had received any flood alert before the water arrived.",
            "Observer",
            "2026-07-23",
        ),
    )
    found = between(result, "attribution", "confirmed that", "denied that")
    assert found and found[0].severity in ("high", "medium"), found
