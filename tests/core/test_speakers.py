"""Speakers: who a sentence credits (a quoted person, a credited source, or the outlet
itself), what exactly they are credited with, and whether they confirm, deny or decline."""

from __future__ import annotations

import pytest
from core_support import claim_with, claims_of

from claims.report import speaker_label
from claims.speakers import Attribution, SpeakerMemory, attribute, person_name


def attr(sentence: str, memory: SpeakerMemory | None = None) -> Attribution:
    return attribute(sentence, memory or SpeakerMemory())


def content(sentence: str, a: Attribution) -> str:
    return sentence[a.content_start : a.content_end].strip(' ,."“”')


def test_quote_then_name_told_outlet() -> None:
    s = "“The dam is holding,” Hana Okoro, the regional water director, told Delta Radio."
    a = attr(s)
    assert a.speaker == "Hana Okoro"
    assert a.kind == "quoted"
    assert a.stance == "say"
    assert content(s, a) == "The dam is holding"
    assert a.described is not None and "regional water director" in a.described


def test_quote_then_said_name() -> None:
    s = '"We evacuated everyone before midnight," said Hana Okoro.'
    a = attr(s)
    assert (a.speaker, a.kind) == ("Hana Okoro", "quoted")
    assert content(s, a) == "We evacuated everyone before midnight"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The levee was reinforced overnight, officials said.", "officials"),
        (
            "The levee was reinforced overnight, the regional government said on Sunday.",
            "the regional government",
        ),
        pytest.param(
            "The levee was reinforced overnight, police told reporters.",
            "police",
        ),
        # when and where it was said may follow the verb
        (
            "The levee was reinforced overnight, Mayor Ana Ruiz said in an interview with DZRB on Sunday morning.",
            "Ana Ruiz",
        ),
        (
            "The levee was reinforced overnight, officials said at a news conference in Lurin on Monday.",
            "officials",
        ),
    ],
)
def test_sentence_final_credit(sentence: str, speaker: str) -> None:
    a = attr(sentence)
    assert (a.speaker, a.kind) == (speaker, "credited")
    assert content(sentence, a) == "The levee was reinforced overnight"


def test_subject_said_that() -> None:
    s = "Fire chief Paul Ames said that two crews were still on site."
    a = attr(s)
    assert a.speaker == "Paul Ames"
    assert a.described == "Fire chief Paul Ames"
    assert content(s, a) == "two crews were still on site"


@pytest.mark.parametrize(
    "aside",
    ["speaking to reporters in the capital before travelling to the scene", "addressing the council on Monday"],
)
def test_subject_with_an_aside_on_how_they_spoke(aside: str) -> None:
    s = f"Transport Minister Helena Varga, {aside}, confirmed that investigators were examining a broken rail."
    a = attr(s)
    assert (a.speaker, a.stance) == ("Helena Varga", "confirm")
    assert content(s, a) == "investigators were examining a broken rail"


def test_subject_said_on_a_day_that() -> None:
    s = "Police said on Monday that three men were arrested."
    a = attr(s)
    assert a.speaker == "Police"
    assert content(s, a) == "three men were arrested"


def test_an_institution_named_with_s_after_an_opening_phrase() -> None:
    s = "After two days of questions, St. Brigid's confirmed Wednesday that the patient waited five hours."
    a = attr(s)
    assert (a.speaker, a.stance) == ("St. Brigid's", "confirm")
    assert content(s, a) == "the patient waited five hours"


def test_a_contraction_is_no_speaker() -> None:
    assert attr("It's believed that the dam failed.").speaker is None


def test_a_noun_like_a_speech_verb_at_the_end_credits_no_one() -> None:
    # "states" closes the sentence with nothing said after it: a noun, not "the report states"
    sentence = "Its track ran for 160 kilometres across four states."
    assert attr(sentence).speaker is None
    assert claims_of("A tornado ripped through Mayfield on Saturday. " + sentence, "2025-03-10")[-1].text.startswith("Its track")


@pytest.mark.parametrize(
    "sentence",
    [
        "Two crews remained on site, according to the county fire service.",
        "According to the county fire service, two crews remained on site.",
    ],
)
def test_according_to(sentence: str) -> None:
    a = attr(sentence)
    assert a.speaker == "the county fire service"
    assert a.kind == "credited"
    assert content(sentence, a).lower() == "two crews remained on site"


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        # the source named inside the sentence: what comes before it is credited too
        (
            "The barge, carrying 40 containers according to the harbour master's log, sank two miles off the pier.",
            "The barge, carrying 40 containers",
            "sank two miles off the pier",
        ),
        # a clause of its own after the source
        ("Three crew died, according to the coast guard, and two are missing.", "Three crew died", "two are missing"),
    ],
)
def test_according_to_inside_a_sentence_credits_both_parts(sentence: str, first: str, second: str) -> None:
    a = attr(sentence)
    assert a.kind == "credited"
    assert content(sentence, a) == first
    assert a.more is not None
    assert sentence[a.more[0] : a.more[1]].strip(' ,.') == second


def test_pronoun_and_surname_resolve_to_the_last_named_person() -> None:
    memory = SpeakerMemory()
    first = attr("Fire chief Paul Ames said that two crews were still on site.", memory)
    assert first.speaker == "Paul Ames"
    assert attr("Ames said the blaze was contained by noon.", memory).speaker == "Paul Ames"
    assert attr("He added that no one was hurt.", memory).speaker == "Paul Ames"
    again = attr("“We were lucky,” he said.", memory)
    assert (again.speaker, again.kind) == ("Paul Ames", "quoted")
    # the description given once stays with the person
    assert again.described == "Fire chief Paul Ames"


def test_pronoun_follows_the_latest_speaker() -> None:
    memory = SpeakerMemory()
    attr("Fire chief Paul Ames said the roof had collapsed.", memory)
    attr("Coast guard spokeswoman Lt. Ana Tagle said the ferry sank at dawn.", memory)
    assert attr("She said the search would continue.", memory).speaker == "Ana Tagle"


def test_plural_pronoun_is_not_resolved_to_a_person() -> None:
    memory = SpeakerMemory()
    attr("Fire chief Paul Ames said the roof had collapsed.", memory)
    assert attr("They said the search would continue.", memory).speaker == "They"


@pytest.mark.parametrize(
    ("sentence", "name", "described"),
    [
        (
            "Pentagon spokesperson Dana Whitlow said the strike hit a fuel depot.",
            "Dana Whitlow",
            "Pentagon spokesperson Dana Whitlow",
        ),
        (
            "Coast guard spokeswoman Lt. Ana Tagle said the ferry sank at dawn.",
            "Ana Tagle",
            "Coast guard spokeswoman Lt. Ana Tagle",
        ),
        ("Gen. Mark Ellison said the base was quiet.", "Mark Ellison", "Gen. Mark Ellison"),
        # a title in lowercase before the name
        (
            "“We have been pushed to the brink,” said union national secretary Jodie Marr.",
            "Jodie Marr",
            "union national secretary Jodie Marr",
        ),
        (
            "“Two workers were hurt,” union secretary Jodie Marr said.",
            "Jodie Marr",
            "union secretary Jodie Marr",
        ),
        ("“Two workers were hurt,” police said.", "police", "police"),
        (
            "“Two workers were hurt,” county fire officials told reporters.",
            "county fire officials",
            "county fire officials",
        ),
        (
            "Two workers were injured in the blast, said fire chief Tomas Holm.",
            "Tomas Holm",
            "fire chief Tomas Holm",
        ),
    ],
)
def test_title_is_split_from_the_name(sentence: str, name: str, described: str) -> None:
    a = attr(sentence)
    assert a.speaker == name
    assert a.described == described


def test_person_name_drops_ranks_and_titles() -> None:
    assert person_name("Pentagon Spokesperson Sabrina Oduya") == "Sabrina Oduya"
    assert person_name("coast guard spokesman Commander Arnel Tagle") == "Arnel Tagle"
    assert person_name("the regional government") is None


def test_speaker_label_in_the_report_keeps_the_title() -> None:
    claims = claims_of("Pentagon spokesperson Dana Whitlow said the strike hit a fuel depot.\n")
    c = claim_with(claims, "fuel depot")
    assert c.speaker == "Dana Whitlow"
    assert speaker_label(c) == "Pentagon spokesperson Dana Whitlow"
    assert c.text == "the strike hit a fuel depot"


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Pentagon spokesperson Dana Whitlow confirmed that the depot was hit.", "confirm"),
        ("Pentagon spokesperson Dana Whitlow denied that the depot was hit.", "deny"),
        ("The ministry rejected reports that the depot was hit.", "deny"),
        ("Pentagon spokesperson Dana Whitlow said the depot was hit.", "say"),
        ("Pentagon spokesperson Dana Whitlow did not specify how many troops were hurt.", "decline"),
        ("The ministry declined to confirm the figure.", "decline"),
        ("The ministry did not confirm the figure.", "decline"),
    ],
)
def test_stances(sentence: str, stance: str) -> None:
    assert attr(sentence).stance == stance


def test_an_organisations_confirmation_reported_by_its_officer_is_its_confirmation() -> None:
    sentence = (
        "Borelli Air confirmed that a bird strike had damaged the right engine, operations chief "
        "Claire Hutchings said at a news conference on Friday."
    )
    a = attr(sentence)
    assert (a.speaker, a.stance) == ("Borelli Air", "confirm")
    assert content(sentence, a) == "a bird strike had damaged the right engine"


def test_declining_to_specify_is_not_a_statement_of_the_content() -> None:
    claims = claims_of("Pentagon spokesperson Dana Whitlow did not specify how many troops were hurt.\n")
    assert claims, "the sentence is kept"
    for c in claims:
        assert c.stance == "decline"
        assert c.speaker == "Dana Whitlow"
        # "did not specify how X" is not a denial that X happened
        assert not c.negated


def test_outlet_voice_has_no_speaker() -> None:
    a = attr("The ferry capsized near the harbour mouth shortly after dawn.")
    assert a.speaker is None
    assert a.kind is None


def test_passive_or_clause_subject_is_not_a_speaker() -> None:
    assert attr("The attack was claimed by a little-known group.").speaker is None
    assert (
        attr("The strike, which the sources said was launched from the hills, hit a depot.").speaker is None
    )


def test_quote_then_unnamed_source() -> None:
    s = "“It was chaos,” a witness told the Harbor Gazette."
    a = attr(s)
    assert a.speaker == "a witness"
    assert a.kind == "quoted"


def test_told_reporters_is_not_part_of_the_content() -> None:
    s = "Ana Tagle told reporters the ferry had not been overloaded."
    a = attr(s)
    assert a.speaker == "Ana Tagle"
    assert content(s, a) == "the ferry had not been overloaded"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"The dam is holding," said Łukasz Wójcik.', "Łukasz Wójcik"),
        (
            "“The dam is holding,” Şebnem Öztürk, the regional water director, told Delta Radio.",
            "Şebnem Öztürk",
        ),
    ],
)
def test_names_in_any_alphabet(sentence: str, speaker: str) -> None:
    a = attr(sentence)
    assert (a.speaker, a.kind) == (speaker, "quoted")


@pytest.mark.parametrize(
    ("sentence", "speaker", "said"),
    [
        (
            "Speaking to reporters on Tuesday, the ferry operator said 343 survivors were brought ashore.",
            "the ferry operator",
            "343 survivors were brought ashore",
        ),
        ("Fire Chief Tomas Holm said two people were injured.", "Tomas Holm", "two people were injured"),
        (
            "Two people were injured in the fire, said Fire Chief Tomas Holm.",
            "Tomas Holm",
            "Two people were injured in the fire",
        ),
        (
            "Five buildings were damaged in the strike, said Pieter Kaya, the regional air defence commander.",
            "Pieter Kaya",
            "Five buildings were damaged in the strike",
        ),
        (
            "On Tuesday, the coast guard said 343 survivors were brought ashore.",
            "the coast guard",
            "343 survivors were brought ashore",
        ),
        (
            "Late on Wednesday, Olga Mensah, who leads the police cybercrime unit, said that the servers were restored.",
            "Olga Mensah",
            "the servers were restored",
        ),
    ],
)
def test_credits_with_openers_titles_and_inversions(sentence: str, speaker: str, said: str) -> None:
    a = attr(sentence)
    assert (a.speaker, a.kind) == (speaker, "credited")
    assert content(sentence, a) == said


def test_quote_credited_to_an_institution_after_the_verb() -> None:
    s = "“We are working around the clock,” said the navy."
    a = attr(s)
    assert (a.speaker, a.kind) == ("the navy", "quoted")
    assert content(s, a) == "We are working around the clock"


def test_inverted_credit_with_a_stance_verb() -> None:
    s = "No foreigners figure among the victims, confirmed the Ministry of Foreign Affairs."
    a = attr(s)
    assert (a.speaker, a.stance) == ("the Ministry of Foreign Affairs", "confirm")
    assert content(s, a) == "No foreigners figure among the victims"


def test_inverted_credit_keeps_a_following_clause_out_of_the_speaker() -> None:
    s = "The toll rose to 23 on Monday, reported the health directorate, while the injured exceed 150."
    a = attr(s)
    assert a.speaker == "the health directorate"
    assert content(s, a) == "The toll rose to 23 on Monday"
    assert a.more is not None and s[a.more[0] : a.more[1]] == "the injured exceed 150"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Within a day of the diversion to Tamford, the Calgary-based airline had told reporters that a bird "
            "strike was to blame.",
            "the Calgary-based airline",
        ),
        ("After a long night of talks, the union said the strike would go ahead.", "the union"),
    ],
)
def test_an_opening_phrase_is_not_the_speaker(sentence: str, speaker: str) -> None:
    a = attr(sentence)
    assert a.speaker == speaker
    assert a.opener is not None and sentence[a.opener[0] : a.opener[1]].split()[0] in ("Within", "After")


def test_a_figure_before_the_comma_is_not_an_opening_phrase() -> None:
    sentence = (
        "At least 14 people were killed and 87 injured, the health directorate said, warning that "
        "the figures could rise."
    )
    a = attr(sentence)
    assert a.opener is None
    assert "At least 14 people were killed" in content(sentence, a)


def test_the_day_of_a_statement_is_not_the_day_of_what_it_reports() -> None:
    (c,) = claims_of("Nine people died, Governor Ana Ruiz said in an interview on Sunday.\n", "2025-06-15")
    assert c.stated_at is not None and c.stated_at.isoformat() == "2025-06-15"
    assert c.event_date is None and c.event_weekday is None


def test_an_opening_phrase_still_dates_the_event() -> None:
    claims = claims_of(
        "Within a day of Wednesday's diversion, the airline had told reporters that a bird strike was to blame.\n",
        "2025-07-12",
    )
    assert any(c.event_date is not None and c.event_date.isoformat() == "2025-07-09" for c in claims)


def test_a_later_clause_with_its_own_speech_verb_takes_its_stance() -> None:
    claims = claims_of(
        "NTSB spokeswoman Dana Whitcomb said on Thursday that it was far too early to name a cause, "
        "and she denied that investigators had identified a cracked rail.\n"
    )
    assert claim_with(claims, "too early").stance == "say"
    assert claim_with(claims, "cracked rail").stance == "deny"


def test_a_confirmation_reported_by_someone_else_is_the_confirmation() -> None:
    (c,) = claims_of(
        "Commissioner Dale Pruett told KNBT 8 that NTSB investigators had confirmed a cracked rail "
        "caused the derailment.\n"
    )
    assert (c.speaker, c.stance) == ("NTSB investigators", "confirm")
    assert c.text == "a cracked rail caused the derailment"


def test_a_lowercase_phrase_without_a_name_after_said_credits_no_one() -> None:
    assert attr("Two workers were injured in the blast, said local media.").speaker is None


def test_a_second_saying_ends_what_was_confirmed() -> None:
    """ "X confirmed A, but said B": B is said, not confirmed, and a "not" in B does not turn
    the confirmation of A into a denial."""
    claims = claims_of(
        "The club's owner Rita Vance confirmed a bid had been received, but said the board would follow "
        "league rules, which tell clubs not to sell mid-season."
    )
    confirmed = claim_with(claims, "a bid had been received")
    assert "board" not in confirmed.text
    assert (confirmed.stance, confirmed.negated) == ("confirm", False)
    said = claim_with(claims, "the board would follow league rules")
    assert said.stance == "say"


def test_and_added_splits_two_statements_of_one_speaker() -> None:
    claims = claims_of("The harbour master said the pier had reopened and added that nobody was hurt.")
    assert claim_with(claims, "the pier had reopened").negated is False
    assert claim_with(claims, "nobody was hurt").speaker == claim_with(claims, "the pier had reopened").speaker


def test_said_colon_then_a_quotation_is_quoted() -> None:
    s = 'Defence lawyer Omar Reyes said: "My client was never at the warehouse." He left.'
    a = attr(s)
    assert (a.speaker, a.kind) == ("Omar Reyes", "quoted")
    assert content(s, a) == "My client was never at the warehouse"


def test_a_scare_quote_after_said_is_no_quotation() -> None:
    s = 'Police said "several" people were injured in the blast.'
    a = attr(s)
    assert a.kind == "credited"
    assert content(s, a) == 'several" people were injured in the blast'


@pytest.mark.parametrize(
    ("sentence", "speaker", "first", "second"),
    [
        (
            "The west wing will stay closed overnight, the fire marshal said, and the inspectors will return at dawn.",
            "the fire marshal",
            "The west wing will stay closed overnight",
            "the inspectors will return at dawn",
        ),
        (
            "Four of the climbers were flown to Lukla, a park ranger said, but the others walked down.",
            "a park ranger",
            "Four of the climbers were flown to Lukla",
            "the others walked down",
        ),
        (
            "By Friday, 31 people were confirmed dead, the navy said, and the search had been called off.",
            "the navy",
            "By Friday, 31 people were confirmed dead",
            "the search had been called off",
        ),
    ],
)
def test_a_speaker_between_two_clauses_is_credited_with_both(
    sentence: str, speaker: str, first: str, second: str
) -> None:
    a = attr(sentence)
    assert (a.speaker, a.kind) == (speaker, "credited")
    assert content(sentence, a) == first
    assert a.more is not None and sentence[a.more[0] : a.more[1]].strip(" .") == second


def test_a_name_before_an_appositive_is_no_clause_before_a_speaker() -> None:
    s = "Ana Ruiz, the agency's director, said, and repeated later, that the wells were safe."
    assert attr(s).speaker != "the agency's director"


def test_a_second_part_that_is_no_clause_stays_with_the_first() -> None:
    """ "..., the district said, and about 1,800 residents remain on alert": which fire's
    residents is in the first part, so the statement is not cut in two."""
    s = (
        "The Tessor Lake fire has destroyed 31 cabins, the regional district said on Sunday, and about "
        "1,800 residents remain on evacuation alert."
    )
    a = attr(s)
    assert a.speaker == "the regional district"
    assert a.more is None and content(s, a).endswith("remain on evacuation alert")


def test_a_clause_credited_in_the_middle_is_its_own_claim() -> None:
    claims = claims_of(
        "An eight-week-old boy remains in the neonatal intensive care unit, the health board said, and "
        "the other child is in stable condition."
    )
    boy = claim_with(claims, "remains in the neonatal intensive care unit")
    assert "stable" not in boy.text
    assert boy.speaker == "the health board"
    assert claim_with(claims, "the other child is in stable condition").speaker == "the health board"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("On Wednesday morning a hospital spokesperson denied that records had been taken.", "a hospital spokesperson"),
        ("Late on Friday the ministry confirmed the crash.", "the ministry"),
        ("In a statement the operator said the line would reopen.", "the operator"),
        ("Sunday Times reporters said the mine had flooded.", "Sunday Times"),  # a name, not a day
    ],
)
def test_when_it_was_said_is_not_the_speaker(sentence: str, speaker: str) -> None:
    assert attr(sentence).speaker == speaker


def test_added_with_a_reported_clause_is_still_speech() -> None:
    (claim,) = claims_of("Harlow added the blaze had spread to the roof by midnight.")
    assert claim.speaker == "Harlow"


def test_a_confirmation_with_an_aside_meets_the_same_ministers_denial() -> None:
    from core_support import flagged

    found = flagged(
        "attribution",
        "A passenger train derailed near Oberwald on Thursday. ",
        "Transport Minister Helena Varga, speaking to reporters before travelling to the scene, confirmed that investigators "
        "were examining a broken rail.",
        "Transport Minister Helena Varga on Friday denied reports that a broken rail was to blame.",
        "2026-05-08",
    )
    assert len(found) == 1
