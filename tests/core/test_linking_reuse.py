"""Linking, reuse and the JSON of `claims analyze`: the same claim in other words is one
cluster; a claim about another event, or one that contradicts it, is not; a near-verbatim
copy is found with its direction; and the JSON follows the contract."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from core_support import Spec, claims_of, clustered_together, clusters_by_text, review_worthy, run

from claims.linking import denial_covered
from claims.model import Claim
from claims.report import to_json
from claims.reuse import detect_reuse

FIRE = "An explosion and fire broke out at a chemical plant in Kelmet on Sunday. "


# --- clustering -------------------------------------------------------------------------


def test_troops_and_soldiers_are_the_same_claim() -> None:
    result = run(
        Spec(
            "About 900 troops are stationed at the Harrow Point base, the defence ministry said.\n",
            "Gulf Monitor",
            "2024-07-18",
        ),
        Spec("Roughly 900 soldiers are stationed at the Harrow Point base.\n", "Desert Post", "2024-07-18"),
    )
    assert clusters_by_text(result) == [
        {
            ("a1", "About 900 troops are stationed at the Harrow Point base"),
            ("a2", "Roughly 900 soldiers are stationed at the Harrow Point base"),
        }
    ]
    assert result.conflicts == []


def test_no_injuries_and_no_casualties_are_the_same_claim() -> None:
    result = run(
        Spec(FIRE + "No injuries were reported.\n", "Gulf Monitor", "2024-03-13"),
        Spec(FIRE + "There were no casualties.\n", "Desert Post", "2024-03-13"),
    )
    assert clustered_together(result, "No injuries were reported", "There were no casualties")
    assert result.conflicts == []


def test_the_same_event_told_in_other_words_is_one_cluster() -> None:
    result = run(
        Spec(
            "A drone attack on the Harrow Point base on Tuesday wounded two soldiers.\n",
            "Gulf Monitor",
            "2024-07-18",
        ),
        Spec(
            "Two soldiers were wounded when a drone struck the Harrow Point base on Tuesday.\n",
            "Desert Post",
            "2024-07-18",
        ),
    )
    assert clustered_together(result, "wounded two soldiers", "Two soldiers were wounded")


def test_a_statement_said_again_inside_a_longer_one_is_one_claim() -> None:
    """The longer clause says all the shorter says, and more: their plain similarity is low,
    but they state the same thing."""
    story = "Storm waves damaged the sea wall at Arden on Sunday. "
    result = run(
        Spec(story + "The coastal road remains closed between Arden and Kilmory.\n", "Gulf Monitor", "2025-02-10"),
        Spec(
            story + "The coastal road between Arden and Kilmory will remain closed for repairs to the wall "
            "and the removal of rocks and debris from the carriageway.\n",
            "Desert Post",
            "2025-02-10",
        ),
    )
    assert clustered_together(result, "remains closed between Arden", "will remain closed for repairs")
    alone = run(
        Spec(story + "The coastal road remains closed between Arden and Kilmory.\n", "Gulf Monitor", "2025-02-10"),
        Spec(story + "The harbour road between Arden and the ferry pier reopened on Monday.\n", "Desert Post",
             "2025-02-10"),
    )  # fmt: skip
    assert not clustered_together(alone, "remains closed between Arden", "harbour road between Arden")


def test_a_status_changed_on_a_day_links_with_the_same_act_told_without_its_name() -> None:
    """ "lifted the shelter-in-place order early Wednesday" changes a status and dates an act;
    "It was lifted on Wednesday morning" dates the same act."""
    story = "A reactor exploded at the Corvel resin plant in Ostmark on Tuesday afternoon. "
    result = run(
        Spec(
            story + "Emergency director Dana Pruitt lifted the shelter-in-place order early Wednesday after overnight air "
            "tests found no hazardous readings.\n",
            "Ostmark Courier",
            "2025-09-11",
        ),
        Spec(story + "It was lifted on Wednesday morning, about 16 hours after it was issued.\n", "Resin Week", "2025-09-12"),
    )
    assert clustered_together(result, "lifted the shelter-in-place order", "It was lifted on Wednesday")


def test_a_claim_about_another_event_is_not_merged() -> None:
    result = run(
        Spec(
            "Drones attacked the Harrow Point base on Tuesday. Two soldiers were wounded in the attack.\n",
            "Gulf Monitor",
            "2024-07-18",
        ),
        Spec(
            "Drones attacked the Harrow Point base on March 2. Two soldiers were wounded in the attack.\n",
            "Desert Post",
            "2024-07-18",
        ),
    )
    assert result.clusters == []
    assert review_worthy(result) == []


def test_unrelated_stories_share_nothing() -> None:
    result = run(
        Spec(FIRE + "No injuries were reported.\n", "Gulf Monitor", "2024-03-13"),
        Spec(
            "The town council approved a budget of $4.2 million on Thursday.\n", "Desert Post", "2024-03-13"
        ),
    )
    assert result.clusters == []
    assert result.conflicts == []
    assert result.reuse == []


def test_contradicting_claims_are_not_one_cluster() -> None:
    result = run(
        Spec(FIRE + "No injuries were reported.\n", "Gulf Monitor", "2024-03-13"),
        Spec(FIRE + "Two workers were hurt in the explosion.\n", "Desert Post", "2024-03-13"),
    )
    assert review_worthy(result), "the contradiction itself is found"
    assert not clustered_together(result, "No injuries were reported", "Two workers were hurt")


TRAIN = "A freight train derailed in Hollins Ford, Nebraska, early on Thursday. "


def wreck_reports(second: str):  # type: ignore[no-untyped-def]
    return run(
        Spec(
            TRAIN
            + "The wreckage piled up just east of the Depot Street crossing, beside the grain elevator.\n",
            "Plains Press",
            "2025-09-18",
        ),
        Spec(TRAIN + second + "\n", "Hollins Ford Register", "2025-09-19"),
    )


def test_the_same_designated_place_in_fewer_words_alike_is_one_claim() -> None:
    result = wreck_reports("The wreck sits just east of the Depot Street crossing, close to the elevator.")
    assert clustered_together(result, "piled up just east", "wreck sits just east")


def test_statements_about_one_named_thing_a_little_less_alike_are_one_claim() -> None:
    result = run(
        Spec(
            TRAIN
            + "The Red Cross opened a shelter in the exhibition hall at the Keller County Fairgrounds.\n",
            "Plains Press",
            "2025-09-18",
        ),
        Spec(
            TRAIN
            + "Evacuees can go to the exhibit hall at the Keller County Fairgrounds, where the Red Cross "
            "has cots.\n",
            "KNBT",
            "2025-09-18",
        ),
    )
    assert clustered_together(result, "opened a shelter", "Evacuees can go")


def test_another_designated_place_is_not_the_same_claim() -> None:
    result = wreck_reports("The wreck sits just west of the Miller Road crossing, close to the elevator.")
    assert not clustered_together(result, "piled up just east", "wreck sits just west")


def test_events_in_different_towns_are_not_merged() -> None:
    result = run(
        Spec(
            "A fire broke out on Tuesday at a warehouse in Dunmore. No one was hurt.\n",
            "Gulf Monitor",
            "2023-06-07",
        ),
        Spec(
            "A fire broke out on Tuesday at a sawmill in Kelmet. Two workers were hurt.\n",
            "Desert Post",
            "2023-06-07",
        ),
    )
    assert result.clusters == []


def test_the_same_stock_phrase_in_stories_set_apart_is_not_one_claim() -> None:
    """Stock phrases recur in every story of a kind; across two stories that name different
    places (and the same kind of speaker, not the same person) they are not one claim, or every
    flood story would be clustered with every other. Within one place they are."""
    flood = "Floodwater rose through the night in {town}, the {body} said. Residents had complained about the levee for years, a spokeswoman, {name}, said.\n"
    result = run(
        Spec(
            flood.format(town="Dunmore", body="fire brigade", name="Ana Sato"), "Gulf Monitor", "2023-06-07"
        ),
        Spec(flood.format(town="Kelmet", body="fire brigade", name="Rui Sato"), "Desert Post", "2023-06-09"),
        Spec(
            flood.format(town="Kelmet", body="fire brigade", name="Rui Sato"), "Valley Herald", "2023-06-09"
        ),
    )
    articles_per_cluster = [{aid for aid, _ in members} for members in clusters_by_text(result)]
    assert not any("a1" in ids and ids & {"a2", "a3"} for ids in articles_per_cluster)
    assert {"a2", "a3"} in articles_per_cluster


def test_events_in_different_towns_do_not_conflict() -> None:
    result = run(
        Spec(
            "A fire broke out at a warehouse in Dunmore on Tuesday. No one was hurt.\n",
            "Gulf Monitor",
            "2023-06-07",
        ),
        Spec(
            "A fire broke out at a sawmill in Kelmet on Tuesday. Two workers were hurt.\n",
            "Desert Post",
            "2023-06-07",
        ),
    )
    assert [x for x in review_worthy(result) if x.severity == "high"] == []


def test_floods_in_two_towns_of_one_county_weeks_apart_do_not_conflict() -> None:
    result = run(
        Spec(
            "Floods hit San Torara in Dunhaven County on March 3. The area received 113 mm of rain in a "
            "single day. San Torara had 91,000 inhabitants at the last census.\n",
            "Gulf Monitor",
            "2024-03-04",
        ),
        Spec(
            "Floods hit Mount Pelavo in Dunhaven County on April 20. The area received 313 mm of rain in a "
            "single day. Mount Pelavo had 214,000 inhabitants at the last census.\n",
            "Desert Post",
            "2024-04-21",
        ),
    )
    assert review_worthy(result) == []


def test_figures_of_places_the_claims_name_apart_are_not_compared() -> None:
    result = run(
        Spec(
            FIRE + "The nearest large hospital is in Halridge, 45 minutes away.\n",
            "Gulf Monitor",
            "2024-03-13",
        ),
        Spec(
            FIRE + "The nearest large hospital is in Dunport, 90 minutes away.\n", "Desert Post", "2024-03-13"
        ),
    )
    assert [x for x in review_worthy(result) if x.kind == "numeric"] == []


def test_different_statements_of_one_story_stay_in_different_clusters() -> None:
    result = run(
        Spec(
            "A drone attack on the Harrow Point base on Tuesday wounded two soldiers, the defence ministry said.\n"
            "The ministry said air defences intercepted a second drone over the desert west of the base.\n",
            "Original Wire",
            "2024-07-17",
        ),
        Spec(
            "Two soldiers were wounded when a drone struck the Harrow Point base on Tuesday.\n"
            "A second drone was shot down west of the base, the ministry added.\n",
            "Rewrite Post",
            "2024-07-18",
        ),
    )
    for members in clusters_by_text(result):
        texts = " | ".join(text for _, text in members)
        assert not ("wounded" in texts and ("intercepted" in texts or "shot down" in texts)), texts


def test_independent_sources_and_first_appearance() -> None:
    result = run(
        Spec(FIRE + "No injuries were reported.\n", "Gulf Monitor", "2024-03-12"),
        Spec(FIRE + "There were no casualties at the plant.\n", "Desert Post", "2024-03-11"),
        Spec(FIRE + "There were no casualties at the plant.\n", "Desert Post", "2024-03-13"),
    )
    by_id = {c.id: c for c in result.claims}
    (cluster,) = [k for k in result.clusters if any("casualties" in by_id[i].text for i in k.claim_ids)]
    assert {by_id[i].article_id for i in cluster.claim_ids} == {"a1", "a2", "a3"}
    # two articles of one outlet (and a copy of one another) count once
    assert cluster.independent_sources == 2
    first = by_id[cluster.first_claim_id or ""]
    assert first.article_id == "a2"
    assert first.reported_at == date(2024, 3, 11)


def test_a_claim_is_in_at_most_one_cluster() -> None:
    result = run(
        Spec(FIRE + "No injuries were reported. The plant was evacuated.\n", "Gulf Monitor", "2024-03-13"),
        Spec(
            FIRE + "There were no casualties. Workers were evacuated from the plant.\n",
            "Desert Post",
            "2024-03-13",
        ),
        Spec(FIRE + "Nobody was injured, and the plant was evacuated.\n", "Valley News", "2024-03-13"),
    )
    seen: list[str] = [i for k in result.clusters for i in k.claim_ids]
    assert seen, "there are clusters"
    assert len(seen) == len(set(seen))
    assert all(len(k.claim_ids) >= 2 for k in result.clusters)


# --- reuse ------------------------------------------------------------------------------

ORIGINAL = (
    "Drone attack wounds two soldiers at Harrow Point\n"
    "A drone attack on the Harrow Point base on Tuesday wounded two soldiers and damaged a hangar, the defence "
    "ministry said.\n"
    "The ministry said air defences intercepted a second drone over the desert west of the base.\n"
    "No group has claimed responsibility for the attack, which came a week after a rocket strike on a nearby "
    "airfield.\n"
)
COPY = (
    "Harrow Point base attacked\n"
    + ORIGINAL.split("\n", 1)[1]
    + "The provincial governor called for calm and promised to rebuild the hangar.\n"
)
REWRITE = (
    "Soldiers hurt in drone strike\n"
    "Two soldiers were wounded when a drone struck the Harrow Point base on Tuesday, according to the defence "
    "ministry.\n"
    "A hangar was damaged. A second drone was shot down west of the base, the ministry added.\n"
)


def test_near_verbatim_copy_is_reuse_with_the_earlier_article_as_source() -> None:
    result = run(
        Spec(COPY, "Copy Site", "2024-07-19"),
        Spec(ORIGINAL, "Original Wire", "2024-07-17"),
        Spec(REWRITE, "Rewrite Post", "2024-07-18"),
    )
    assert len(result.reuse) == 1
    r = result.reuse[0]
    assert (r.copy, r.source, r.direction_known) == ("a1", "a2", True)
    assert 0.8 <= r.overlap <= 1.0


def test_direction_follows_the_dates_not_the_order() -> None:
    result = run(Spec(ORIGINAL, "Original Wire", "2024-07-17"), Spec(COPY, "Copy Site", "2024-07-19"))
    (r,) = result.reuse
    assert (r.copy, r.source, r.direction_known) == ("a2", "a1", True)


def test_without_dates_the_text_contained_in_the_other_is_the_copy() -> None:
    longer = ORIGINAL + "Officials said an inquiry into the air defences would report within a month.\n"
    result = run(Spec(longer, "Original Wire"), Spec(ORIGINAL, "Copy Site"))
    (r,) = result.reuse
    assert (r.copy, r.source, r.direction_known) == ("a2", "a1", False)


def test_rewriting_in_other_words_is_not_reuse() -> None:
    assert detect_reuse_for(ORIGINAL, REWRITE) == []


def detect_reuse_for(*bodies: str) -> list[tuple[str, str]]:
    from core_support import article

    from claims.cleaning import classify

    articles = [article(b, f"a{n}") for n, b in enumerate(bodies, 1)]
    for a in articles:
        classify(a)
    return [(r.copy, r.source) for r in detect_reuse(articles)]


LIFTED = (
    "Flooding closed the Kelso ring road for most of Tuesday after the River Aln burst its banks at "
    "Millbrook, the county highways office said. Crews pumped water from the underpass through the "
    "afternoon and the road reopened shortly before eight in the evening. About forty homes on Riverside "
    "Terrace were evacuated as a precaution and residents spent the night at the Millbrook leisure centre, "
    "where volunteers served hot meals. The Environment Agency said river levels had peaked at four metres "
    "and were falling slowly, but warned that more rain was forecast for the weekend.\n"
)


def _own_story(outlet: str) -> str:
    """400 words no other outlet writes (stand-ins for an outlet's own reporting)."""
    return " ".join(f"{outlet}{n}" for n in range(400)) + "."


def test_paragraphs_lifted_whole_into_a_longer_story_are_reuse() -> None:
    # a fifth of the later story, but a hundred words copied word for word
    source = "Kelso floods\n" + LIFTED + _own_story("Wire") + "\n"
    copy = "Insurers count the cost\n" + _own_story("Trade") + "\n" + LIFTED
    assert detect_reuse_for(copy, source) != []


def test_one_paragraph_lifted_whole_is_reuse() -> None:
    # about forty words of a longer story, copied word for word into another
    paragraph = (
        "Crews pumped water from the underpass through the afternoon and the road reopened shortly before "
        "eight in the evening, while about forty homes on Riverside Terrace were evacuated as a precaution.\n"
    )
    source = "Kelso floods\n" + paragraph + _own_story("Wire") + "\n"
    copy = "Insurers count the cost\n" + _own_story("Trade") + "\n" + paragraph
    assert detect_reuse_for(copy, source) != []


def test_a_long_quote_both_stories_give_is_not_reuse() -> None:
    quote = ('"We pumped water from the underpass through the afternoon and reopened the road shortly '
             'before eight," the highways office said.\n')  # fmt: skip
    assert detect_reuse_for(_own_story("Wire") + "\n" + quote, _own_story("Paper") + "\n" + quote) == []


def test_shared_boilerplate_is_not_reuse() -> None:
    footer = (
        "Powered by automated translation\n"
        "__\n"
        "Disclaimer: This newsroom uses software to help research its stories, and it is not always right, so "
        "mistakes are corrected as soon as readers point them out to the editors.\n"
    )
    first = "The town council approved a budget of $4.2 million on Thursday after a long debate.\n" + footer
    second = "A fire broke out at a warehouse in Dunmore on Tuesday and burned for six hours.\n" + footer
    assert detect_reuse_for(first, second) == []


# --- the contract's JSON ----------------------------------------------------------------

QUALIFIERS = {"exact", "at_least", "at_most", "about", "more_than", "less_than"}
KINDS = {"numeric", "outcome", "date", "negation", "attribution", "unit", "entity", "other"}
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def test_json_follows_the_contract() -> None:
    result = run(
        Spec(COPY, "Copy Site", "2024-07-19"),
        Spec(ORIGINAL, "Original Wire", "2024-07-17"),
        Spec(
            "Drone attack at Harrow Point\n"
            "A drone attack on the Harrow Point base on Tuesday caused no damage, officials said.\n"
            "“It was a loud night,” Pentagon spokesperson Dana Whitlow told reporters.\n",
            "Desert Post",
            "2024-07-18",
        ),
        Spec(
            "Two drones attacked the Harrow Point base on Wednesday. Both drones were shot down.\n",
            "Valley News",
        ),
    )
    data = json.loads(json.dumps(to_json(result)))
    bodies = {a.id: a.body for a in result.articles}

    articles = {a["id"]: a for a in data["articles"]}
    assert set(articles) == {"a1", "a2", "a3", "a4"}
    for a in data["articles"]:
        assert {"id", "path", "title", "outlet", "published_at", "published_at_source"} <= set(a)
        assert a["published_at_source"] in ("metadata", "inferred", "none")
        assert a["published_at"] is None or ISO_DAY.match(a["published_at"])
    assert articles["a2"]["published_at"] == "2024-07-17"
    assert articles["a2"]["published_at_source"] == "metadata"
    assert articles["a2"]["outlet"] == "Original Wire"

    claim_ids = set()
    for c in data["claims"]:
        assert {
            "id",
            "article_id",
            "text",
            "sentence",
            "start",
            "end",
            "speaker",
            "quantities",
            "event_date",
        } <= set(c)
        assert c["id"] not in claim_ids
        claim_ids.add(c["id"])
        assert bodies[c["article_id"]][c["start"] : c["end"]] == c["sentence"]
        assert c["text"].strip()
        assert c["event_date"] is None or ISO_DAY.match(c["event_date"])
        assert c["speaker"] is None or isinstance(c["speaker"], str)
        for q in c["quantities"]:
            assert {"value", "unit", "qualifier"} <= set(q)
            assert q["qualifier"] in QUALIFIERS
            assert isinstance(q["value"], int | float)
    assert any(c["speaker"] == "Pentagon spokesperson Dana Whitlow" for c in data["claims"])
    assert any(q["value"] == 2 and q["unit"] == "drones" for c in data["claims"] for q in c["quantities"])

    in_clusters: list[str] = []
    for k in data["clusters"]:
        assert {"id", "claim_ids"} <= set(k)
        assert set(k["claim_ids"]) <= claim_ids
        in_clusters += k["claim_ids"]
    assert len(in_clusters) == len(set(in_clusters))

    for x in data["conflicts"]:
        assert {"id", "kind", "severity", "temporal", "claim_ids", "explanation"} <= set(x)
        assert x["kind"] in KINDS
        assert x["severity"] in ("high", "medium", "low")
        assert x["temporal"] in ("same_time", "different_times", "unknown")
        assert len(x["claim_ids"]) == 2 and set(x["claim_ids"]) <= claim_ids
        assert x["explanation"].strip()
    assert any(x["kind"] == "outcome" for x in data["conflicts"]), "no damage vs damaged a hangar"

    assert data["reuse"] == [
        {"copy": "a1", "source": "a2", "overlap": data["reuse"][0]["overlap"], "direction_known": True}
    ]
    assert 0 < data["reuse"][0]["overlap"] <= 1


STOCK_PHRASE = "No injuries were reported after the warehouse fire in {town}, firefighters said.\n"


def _candidates_among(stored: list[Claim], text: str) -> list[Claim]:
    """`KeyIndex.candidates` of the first claim of `text` among the `stored` claims, each of its own
    article."""
    from claims.linking import KeyIndex

    index = KeyIndex()
    for n, claim in enumerate(stored):
        claim.id, claim.source_id, claim.article_id = f"a{n}.c1", f"a{n}.s0", f"a{n}"
        index.add(claim)
    new = claims_of(text)[0]
    new.id, new.source_id = "new.c1", "new.s0"
    return index.candidates(new)


def test_a_stock_phrase_in_hundreds_of_stories_is_compared_with_its_own_story_first() -> None:
    """One claim is compared with at most MAX_CANDIDATES others, those sharing the most keys
    with it first: a large corpus must not make every ingest score every retelling."""
    from claims.linking import MAX_CANDIDATES

    stored = [claims_of(STOCK_PHRASE.format(town=f"Kelmar{n}"))[0] for n in range(MAX_CANDIDATES + 40)]
    stored.append(claims_of(STOCK_PHRASE.format(town="Dunmore"))[0])
    found = _candidates_among(stored, STOCK_PHRASE.format(town="Dunmore"))
    assert len(found) == MAX_CANDIDATES
    assert stored[-1] in found  # the same story's claim shares its place keys too


def test_a_rare_shared_word_outranks_many_common_ones() -> None:
    """Candidates are ranked by what their shared keys say, not by how many they share: a report
    of the same warehouse fire worded otherwise shares only two words with the new claim, one
    of them the town's, and still comes before sixty retellings of the stock phrase in other
    towns (four shared keys each, all posted sixty times)."""
    from claims.linking import blocking_keys

    stored = [claims_of(STOCK_PHRASE.format(town=f"Kelmar{n}"))[0] for n in range(60)]
    stored.append(
        claims_of("Crews from three stations fought the fire at the Dunmore warehouse until dawn.\n")[0]
    )
    new = STOCK_PHRASE.format(town="Dunmore")
    keys = blocking_keys(claims_of(new)[0])
    assert len(keys & blocking_keys(stored[-1])) < len(keys & blocking_keys(stored[0]))

    assert _candidates_among(stored, new)[0] is stored[-1]


def test_a_dam_that_gave_way_and_one_that_collapsed_is_one_claim() -> None:
    """Phrasal verbs of collapse name the event as the verb does: the occurrence links across
    reports, and a toll dated by the collapse carries its date."""
    result = run(
        Spec("The earthen dam at Lake Hollin gave way early Sunday morning after heavy rain.\n", "Gulf Monitor",
             "2025-04-07"),
        Spec("The Lake Hollin embankment collapsed early on Sunday, flooding the valley.\n", "Desert Post",
             "2025-04-07"),
        Spec("Three people died after the Lake Hollin dam gave way early Sunday, the coroner said.\n",
             "Valley Ledger", "2025-04-07"),
    )  # fmt: skip
    by_id = {c.id: c for c in result.claims}
    gave_way = next(c for c in result.claims if "gave way early Sunday morning" in c.text)
    cluster = next(k for k in result.clusters if gave_way.id in k.claim_ids)
    assert {by_id[i].article_id for i in cluster.claim_ids} == {"a1", "a2", "a3"}
    assert {by_id[i].event_kind for i in cluster.claim_ids} == {"collapse"}


def test_an_emergency_session_is_not_an_emergency() -> None:
    from core_support import article

    from claims.analysis import extract_all

    claims = extract_all(
        [article("The county board will hold an emergency session on Tuesday.", published="2025-04-07")]
    )
    assert [c.event_kind for c in claims["a1"]] != ["incident"]


def test_the_cheap_test_before_scoring_never_drops_a_pair_worth_keeping() -> None:
    """`scored` skips the full scoring of pairs that share no slot and few words; over every
    candidate pair of the example corpora (and the shared one, where present), it gives exactly
    what scoring every pair in full and keeping those `worth_keeping` gives."""
    from pathlib import Path

    from claims.analysis import extract_all, number_claims
    from claims.linking import candidate_pairs, score_pair, scored, worth_keeping
    from claims.readers import read_articles

    root = Path(__file__).resolve().parents[2]
    folders = [root / "examples" / "corpus", root / "examples" / "heldout", root.parent / "shared" / "corpus"]
    pairs = kept = 0
    for folder in (f for f in folders if f.is_dir()):
        claims = number_claims(extract_all(read_articles([folder])))
        for a, b in candidate_pairs(claims):
            full = score_pair(a, b)
            assert scored(a, b) == (full if worth_keeping(full) else None), (a.text, b.text)
            pairs += 1
            kept += worth_keeping(full)
    assert pairs > 5000 and 0 < kept < pairs  # the test has something to tell apart


def test_no_evidence_of_a_thing_denies_the_thing() -> None:
    """ "no evidence that the chicken was undercooked" denies that it was; the word for knowing
    it is not part of what the other report must repeat."""
    denial = claims_of("Inspectors found no evidence that the chicken was undercooked.")[0]
    statement = claims_of("Guests at the Kelso Grange wedding were served undercooked chicken, officials said.")[0]
    assert denial_covered(denial, statement)
    assert not denial_covered(denial, claims_of("Guests at the wedding were served chicken, officials said.")[0])


@pytest.mark.parametrize(
    ("first", "second", "shared"),
    [
        ("A power line sparked the fire.", "A fallen line triggered the blaze.", {"cause", "fire"}),
        ("The closure of the bridge lasted a week.", "Police shut the bridge.", {"close", "bridge"}),
        ("Fans crowded the north entrance.", "Fans crowded the north gate.", {"gate", "north"}),
    ],
)
def test_general_synonyms_are_folded_before_wording_is_compared(first: str, second: str, shared: set[str]) -> None:
    a, b = claims_of(first)[0], claims_of(second)[0]
    assert shared <= set(a.lemmas) & set(b.lemmas)
