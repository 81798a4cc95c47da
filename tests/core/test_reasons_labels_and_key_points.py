"""A denial's reason is not what it denies, a live blog's time label is not part of a sentence,
an event named as the object of another act is not dated by that act's day, a thing asked for is
not had, one kind of a thing denied says nothing of another kind, "half a million", a live
blog's key points, and a date's comma inside a leading clause. All texts are invented."""

from __future__ import annotations

import pytest
from core_support import article, claims_of, flagged, quantities

from claims.analysis import extract_all
from claims.extract import extract_claims
from claims.readers import parse_html

CRUSH = "A crush at Brannock Park stadium in Elvar killed 14 people on Saturday, March 7, 2026. "
HACK = "A ransomware attack hit the Wenmoor hospitals on Monday, May 11, 2026. "


def test_a_denial_with_its_reason_opposes_a_confirmation() -> None:
    assert flagged(
        "attribution",
        CRUSH,
        "City official Teodora Vasko confirmed that the stadium's safety certificate had expired in January and had not been renewed.",
        "City official Teodora Vasko denied on Sunday that the stadium's safety certificate had expired, telling the Courier "
        "that it had been renewed in January for a further year.",
        "2026-03-08",
    )


@pytest.mark.parametrize(
    "body",
    [
        "**12:30** - At a briefing at the command post, regional commander Rui Sardinha denied that the fire had been started deliberately.",
        "12:30 - Regional commander Rui Sardinha denied that the fire had been started deliberately.",
    ],
)
def test_a_live_blog_time_label_is_not_part_of_the_sentence(body: str) -> None:
    [claim] = extract_claims(article(body, kind="md"))
    assert (claim.speaker, claim.stance) == ("Rui Sardinha", "deny")
    assert not claim.sentence.startswith(("12:30", "-"))


def test_a_dash_inside_a_sentence_stays() -> None:
    [claim] = extract_claims(article("12 people died - police said.", kind="md"))
    assert claim.sentence == "12 people died - police said."


def test_an_attack_claimed_on_a_day_is_not_dated_by_the_claim() -> None:
    claims = extract_all(
        [
            article(
                "A criminal group called BlackMarrow claimed responsibility for the ransomware attack on its leak site on "
                "Tuesday morning, posting screenshots of trust documents.",
                published="2026-05-12",
            )
        ]
    )["a1"]
    assert not [c.text for c in claims if "occ:attack" in c.slots]


def test_a_ransom_demanded_is_no_ransom_paid() -> None:
    assert not flagged(
        "negation", HACK, "No ransom has been paid.", "BlackMarrow demanded a ransom of $4.5 million in bitcoin.", "2026-05-12"
    )


def test_one_kind_of_appointment_denied_says_nothing_of_another_kind() -> None:
    assert not flagged(
        "negation",
        HACK,
        "No chemotherapy or radiotherapy appointments have been cancelled.",
        "Since the attack, 9,800 outpatient appointments have been cancelled, the trust said.",
        "2026-05-12",
    )


def test_no_arrests_still_meets_an_arrest() -> None:
    assert flagged(
        "negation", CRUSH, "No arrests have been made.", "Two stewards have been arrested on suspicion of gross negligence.", "2026-03-08"
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [("the service serves half a million people", 500_000), ("a quarter of a million people live there", 250_000)],
)
def test_a_fraction_of_a_scale(text: str, value: float) -> None:
    [q] = quantities(text)
    assert q.value == value


def test_a_cabin_number_counts_nothing() -> None:
    assert quantities("Cabin 4 stopped while cabin 4 of the line was moving.") == []


KEY_POINTS = """<html><head><title>Live: stadium crush</title></head><body><main><article>
<h1>Live: crush at Brannock Park</h1>
<section class="summary"><h2>Key points</h2><ul>
<li>Fourteen people have died in a crush on an exit stairway at Brannock Park, police say.</li>
<li>The crush happened at the end of the match on Saturday, 7 March 2026, as fans left the North Stand.</li>
</ul></section>
<div class="entry"><p class="time">13:10</p>
<p>The federation has postponed next weekend's fixtures across the top two divisions, its president told a news conference.
Players will wear black armbands when the league resumes after the tragedy in Elvar.</p></div>
<div class="entry"><p class="time">12:20</p>
<p>Police have issued their first full statement on the crush. Fourteen people have died and 62 were injured, police said.</p></div>
</article></main></body></html>"""


def test_a_live_blogs_key_points_are_kept() -> None:
    _, body = parse_html(KEY_POINTS, "live.html")
    assert "The crush happened at the end of the match on Saturday, 7 March 2026" in body


def test_a_comma_inside_a_date_does_not_end_a_leading_clause() -> None:
    texts = [c.text for c in claims_of("When the cabin fell on the afternoon of Sunday, May 24, it took two lives with it.")]
    assert "the cabin fell on the afternoon of Sunday, May 24" in texts


def test_a_comma_before_a_count_still_ends_a_leading_clause() -> None:
    assert [c.text for c in claims_of("When the fire broke out, 12 people were inside.")] == [
        "the fire broke out",
        "12 people were inside",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said late on Tuesday that all of the escapees had been recaptured.",
        "Police said early on Tuesday morning that all of the escapees had been recaptured.",
        "Police said on Tuesday that all of the escapees had been recaptured.",
    ],
)
def test_a_time_between_the_speech_verb_and_that_belongs_to_the_speech(sentence: str) -> None:
    [claim] = claims_of(sentence)
    assert (claim.speaker, claim.text) == ("Police", "all of the escapees had been recaptured")


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("Police said the driver had been detained and would be questioned by investigators.", "assertion"),
        ("The bridge will reopen on Monday.", "future"),
        ("The minister said talks would be held next week after the plant was closed.", "future"),
    ],
)
def test_what_was_done_before_what_will_be_is_told(sentence: str, modality: str) -> None:
    [claim] = claims_of(sentence)
    assert claim.modality == modality


def test_secondary_cases_are_a_part() -> None:
    [q] = quantities("A handful of secondary cases among siblings showed some spread within households.")
    assert q.partial


@pytest.mark.parametrize(
    ("sentence", "negated"),
    [
        ('"Heat does not kill evenly," said an epidemiologist who led the analysis.', False),
        ("The heat did not kill anyone in the town.", True),
    ],
)
def test_a_manner_denied_denies_no_act(sentence: str, negated: bool) -> None:
    [claim] = claims_of(sentence)
    assert claim.negated == negated
