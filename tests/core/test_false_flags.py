"""False flags found on articles written blind (heldout4), each turned into a general rule and
tested here on sentences of our own: a trap the rule must keep quiet, and a case it must still
flag. Grouped by detector."""

from __future__ import annotations

import pytest
from core_support import Seen, Spec, article, review_worthy, run

from claims.analysis import extract_all
from claims.dates import find_dates
from claims.model import Analysis

DAY = "2025-06-03"


def pair(first: str, second: str, later: str = DAY) -> Analysis:
    """Two reports of one event, the second published on `later`."""
    return run(Spec(first + "\n", "Valley Echo", DAY), Spec(second + "\n", "Coast Daily", later))


def flagged(result: Analysis, kind: str) -> list[Seen]:
    return [x for x in review_worthy(result) if x.kind == kind]


def harm_frames(sentence: str) -> list[tuple[str, float | None, str | None]]:
    claims = extract_all([article(sentence + "\n")])["a1"]
    return [(f.value, f.count, f.target) for c in claims for f in c.frames if f.kind == "harm"]


BRIDGE = "A footbridge collapsed at the Pell Gorge trailhead on Sunday. "


class TestNegation:
    @pytest.mark.parametrize(
        ("denial", "review"),
        [
            # a restrictive relative clause picks out those spared: others were hurt, if anything
            ("Rangers drove the hikers who were not hurt back to the car park.", False),
            ("Rangers drove the hikers who weren't injured back to the car park.", False),
            # said of the group itself, the denial stands
            ("None of the hikers were hurt, rangers said.", True),
        ],
    )
    def test_a_relative_clause_picks_out_the_spared(self, denial: str, review: bool) -> None:
        result = pair(BRIDGE + denial, BRIDGE + "Four hikers were injured when the bridge gave way.")
        assert bool(flagged(result, "negation")) is review

    @pytest.mark.parametrize(
        ("denial", "review"),
        [
            # "neither" alone points back at two people named before, not at everyone
            ("Two rangers were treated for cuts at the scene. Neither needed hospital treatment.", False),
            ("Two rangers were treated for cuts at the scene. Neither of them was hurt.", False),
            ("No one needed hospital treatment, rangers said.", True),
        ],
    )
    def test_neither_points_back_at_two_people(self, denial: str, review: bool) -> None:
        result = pair(BRIDGE + denial, BRIDGE + "Six hikers were taken to hospital.")
        assert bool(flagged(result, "negation")) is review

    @pytest.mark.parametrize(
        "denial",
        [
            # "neither" with its noun names its people: the drivers, not the cars counted before
            "Neither driver was injured.",
            # alone it points back at people counted, never at the cars
            "Neither was injured.",
        ],
    )
    def test_neither_after_things_counted(self, denial: str) -> None:
        crash = "Two cars collided on the A9 near Dunkeld on Sunday. "
        assert harm_frames(crash + denial) == [("injury", 0, "person")]
        result = pair(crash + denial, crash + "Both drivers were taken to hospital.")
        assert flagged(result, "negation")

    def test_neither_with_its_noun_after_other_people_counted(self) -> None:
        frames = harm_frames("Two firefighters were treated for cuts. Neither driver was hurt.")
        assert ("injury", 0, "person") in frames

    def test_neither_against_the_same_two_counted_without_their_noun(self) -> None:
        # "neither" and "all four" both take the students the paragraph counted: the same group
        ferry = "A river ferry listed near Oxley pier on Sunday. "
        result = pair(
            ferry + "Nine students were on the upper deck, and two managed to swim ashore on their own. "
            "Neither needed hospital treatment.",
            ferry + "Eleven students were on the upper deck. Four swam ashore on their own. "
            "All four were taken to hospital with cuts.",
        )
        assert flagged(result, "negation")

    @pytest.mark.parametrize(
        ("other", "kind"),
        [("No crew members were killed.", "negation"), ("Four crew died.", "numeric")],
    )
    def test_a_figure_after_a_list_of_groups_is_none_of_them(self, other: str, kind: str) -> None:
        plane = "A passenger plane crashed near Kilmory on Monday. "
        result = pair(plane + "It was carrying 40 passengers and six crew. Three died.", plane + other)
        assert not flagged(result, kind)

    def test_the_frame_of_a_relative_denial(self) -> None:
        assert harm_frames("Rangers drove the hikers who were not hurt back to the car park.") == [
            ("injury", 0, "subgroup")
        ]
        # after a comma the clause is about one person named: a denial about that person
        assert harm_frames("The guide, who was not hurt, raised the alarm.") != [("injury", 0, "subgroup")]


RACE = "A rally car left the road at the Hallam forest stage on Saturday. "
PLANE = "A light aircraft crashed near Darrow airfield on Friday. "


class TestScopedDenials:
    @pytest.mark.parametrize(
        ("harm", "review"),
        [
            # a denial of one group's harm says nothing of another group hurt
            ("Three workers were taken to hospital.", False),
            ("Three people were treated for burns at the scene.", False),
            # the same group hurt contradicts it, though the class table counts them as people
            ("Two spectators were treated for cuts.", True),
        ],
    )
    def test_no_group_of_people_hurt(self, harm: str, review: bool) -> None:
        result = pair(RACE + "No spectators were injured, organisers said.", RACE + harm)
        assert bool(flagged(result, "negation")) is review

    @pytest.mark.parametrize(
        ("harm", "review"),
        [
            # the group denied is named, but others were the ones hurt
            ("Two marshals were injured while helping spectators to safety.", False),
            # named as those hurt, by the figure or by the harm's verb
            ("Two spectators were treated for cuts.", True),
            ("Spectators were injured when the car left the road.", True),
            ("The car injured spectators standing by the road.", True),
        ],
    )
    def test_no_group_hurt_against_the_group_hurt(self, harm: str, review: bool) -> None:
        result = pair(RACE + "No spectators were injured, organisers said.", RACE + harm)
        assert bool(flagged(result, "negation")) is review

    @pytest.mark.parametrize(
        ("harm", "review"),
        [
            # the crash's own casualties are those aboard, named or not
            ("The pilot and two passengers were injured.", False),
            ("Two people were taken to hospital with serious injuries.", False),
            # where the aircraft came down is no one outside it
            ("The pilot was injured when the plane came down in a field.", False),
            ("The pilot was injured when the plane hit a house near the road.", False),
            # someone hurt outside what crashed is within the denial
            ("A man was injured in his garden by flying debris.", True),
            ("A farm worker in a field beside the runway was injured by debris.", True),
            ("A pedestrian was injured.", True),
        ],
    )
    def test_no_one_on_the_ground(self, harm: str, review: bool) -> None:
        result = pair(PLANE + "No one on the ground was hurt, police said.", PLANE + harm)
        assert bool(flagged(result, "negation")) is review

    @pytest.mark.parametrize(
        ("harm", "review"),
        [
            # the people around the site: a resident, a neighbour, a passer-by
            ("A Birch Lane resident was treated at the scene for smoke inhalation.", True),
            ("A neighbour was taken to hospital with burns.", True),
            # those inside the site are no part of the community around it
            ("Two workers were taken to hospital with burns.", False),
        ],
    )
    def test_no_one_in_the_surrounding_community(self, harm: str, review: bool) -> None:
        blast = "An explosion tore through the Kelvar paint works in Ostwick on Monday. "
        result = pair(blast + "No one in the surrounding community was injured, the company said.", blast + harm)
        assert bool(flagged(result, "negation")) is review

    def test_the_source_credited_is_set_apart_by_commas(self) -> None:
        """"Coast Daily (date), citing the company, reports": the credited source is an aside."""
        blast = "An explosion tore through the Kelvar paint works in Ostwick on Monday. "
        result = pair(
            blast + "No one in the surrounding community was injured, the company said.",
            blast + "A neighbour was taken to hospital with burns.",
        )
        (found,) = flagged(result, "negation")
        assert "Valley Echo (2025-06-03), citing the company, reports no injuries" in found.explanation


# --- background: an earlier event a sentence measures this one against ------------------


FACTORY = "A fire destroyed a furniture factory in Dunmore on Monday. "


class TestEarlierEvent:
    @pytest.mark.parametrize(
        ("text", "relation"),
        [
            # the year dates the event "since" measures from, not the clause's own
            ("It is the worst blaze in the county since the 2016 fire at a sawmill.", "since"),
            ("It is the worst blaze in the county since the sawmill fire of 2016.", "since"),
            # said of the event itself, the year dates it
            ("The 2016 fire at a sawmill destroyed six homes.", "on"),
            ("The sawmill fire of 2016 destroyed six homes.", "on"),
        ],
    )
    def test_a_year_of_the_event_since_measures_from(self, text: str, relation: str) -> None:
        (m,) = find_dates(text)
        assert m.relation == relation

    def test_the_clause_measured_against_it_is_this_event(self) -> None:
        text = FACTORY + "The blaze, in which one worker died, is the worst since the mill fire of 2019.\n"
        claims = extract_all([article(text, published=DAY)])["a1"]
        (c,) = [c for c in claims if "one worker died" in c.text]
        assert not c.background

    @pytest.mark.parametrize(
        ("denial", "review"),
        [
            # the relative clause cut out of the sentence tells of the earlier fire
            (
                "It is the worst blaze in the county since the Ellery mill fire of 2019, which destroyed the mill "
                "but caused no injuries.",
                False,
            ),
            (
                "It is the worst blaze in the county since the 2019 Ellery mill fire, which destroyed the mill "
                "but caused no injuries.",
                False,
            ),
            ("The fire destroyed the factory but caused no injuries.", True),
        ],
    )
    def test_a_relative_clause_about_the_earlier_event(self, denial: str, review: bool) -> None:
        result = pair(FACTORY + denial, FACTORY + "Six workers were taken to hospital.")
        assert bool(flagged(result, "negation")) is review

    @pytest.mark.parametrize(
        "text",
        [
            # a year before a thing that is no event, in a clause of the story's own
            "The 1911 factory building was gutted and twelve workers were injured.",
            # a number of people is no year
            "The 1900 residents of Dunmore were evacuated.",
        ],
    )
    def test_a_year_of_no_earlier_event(self, text: str) -> None:
        claims = extract_all([article(FACTORY + text + "\n", published=DAY)])["a1"]
        assert not any(c.background for c in claims)

    def test_a_clause_with_a_year_of_no_earlier_event_keeps_its_figures(self) -> None:
        result = pair(
            FACTORY + "The 1911 factory building was gutted and twelve workers were injured.",
            FACTORY + "Nine workers were injured.",
        )
        assert flagged(result, "numeric")


# --- numeric: a smaller total reported later ------------------------------------------------


class TestNumeric:
    @pytest.mark.parametrize(
        ("later", "review"),
        [
            # another group's toll is no shrunken total of the first
            ("Two firefighters were treated for heat exhaustion.", False),
            # the same group, or people at large, counted smaller a day later
            ("Nine workers were taken to hospital.", True),
            ("Nine people were taken to hospital.", True),
        ],
    )
    def test_a_smaller_later_toll_of_another_group(self, later: str, review: bool) -> None:
        result = pair(
            FACTORY + "Eleven workers were taken to hospital.", FACTORY + later, later="2025-06-04"
        )
        assert bool(flagged(result, "numeric")) is review

    @pytest.mark.parametrize(
        ("later", "review"),
        [
            # "now": the toll as it stands a day later; Tuesday is the crash's day, not the count's
            ("Five people have now died after a regional train derailed near Kelso on Tuesday.", False),
            # a toll of that day's crash given otherwise, the same day on both sides
            ("Five people died when a regional train derailed near Kelso on Tuesday.", True),
        ],
    )
    def test_a_toll_as_it_stands_dated_by_its_event(self, later: str, review: bool) -> None:
        first = "A regional train derailed near Kelso on Tuesday, killing three people."
        result = pair(first, later, later="2025-06-04")
        assert bool(flagged(result, "numeric")) is review


# --- outcome: "missed" and "hit" said of other things ---------------------------------------


YARD = "A rocket was fired at the Kessel rail yard on Monday"


class TestOutcome:
    @pytest.mark.parametrize(
        ("other", "review"),
        [
            # weather over a span of days is no strike
            (". The region had been hit by two days of heavy rain before the attack.", False),
            (". The region had been hit by heavy storms before the attack.", False),
            (". The yard was hit, officials said.", True),
            # a span or a hail of strikes is strikes
            (". The yard was hit by two days of shelling.", True),
            (". The yard was hit by a hail of gunfire.", True),
        ],
    )
    def test_hit_by_weather(self, other: str, review: bool) -> None:
        result = pair(YARD + ", and it missed the yard, officials said.", YARD + other)
        assert bool(flagged(result, "outcome")) is review

    @pytest.mark.parametrize(
        ("sentence", "outcomes"),
        [
            ("Commuter Ana Petrova said she missed her train by two minutes.", []),
            ("Commuter Ana Petrova said she missed her train by twelve minutes.", []),
            ("The convoy was hit by a hail of gunfire.", [("hit", True)]),
            ("The depot was hit by two days of shelling.", [("hit", True)]),
            ("The rocket missed the depot by a few metres.", [("missed", True)]),
            ("The depot was hit by a rocket.", [("hit", True)]),
        ],
    )
    def test_a_margin_of_time_is_no_miss(self, sentence: str, outcomes: list[tuple[str, bool]]) -> None:
        claims = extract_all([article(sentence + "\n")])["a1"]
        assert [(f.value, f.polarity) for c in claims for f in c.frames if f.kind == "outcome"] == outcomes


# --- date: the day of another act ----------------------------------------------------------


class TestDate:
    @pytest.mark.parametrize(
        ("first", "review"),
        [
            # the day of the last inspection is not the derailment's, though the clause names it
            (
                "A freight train derailed near Osley on Tuesday. The section of track where the train derailed "
                "was last inspected on Monday, the operator said.",
                False,
            ),
            ("A freight train derailed near Osley on Monday, the operator said.", True),
        ],
    )
    def test_the_day_of_a_last_inspection(self, first: str, review: bool) -> None:
        result = pair(first, "A freight train derailed near Osley on Tuesday, police said.")
        assert bool(flagged(result, "date")) is review

    def test_at_last_is_no_last_act(self) -> None:
        # "at last docked on Tuesday": the day the ferry docked, the event's
        text = "A ferry that lost power in the strait at last docked on Tuesday.\n"
        (c,) = extract_all([article(text, published=DAY)])["a1"]
        assert c.event_weekday == 1


@pytest.mark.parametrize(
    ("sentence", "frames"),
    [
        ("A neighbour was taken to hospital with burns.", [("injury", None, "person")]),
        ("He was rushed to Ostwick General Hospital.", [("injury", None, "person")]),
        ("Two workers were taken to hospital.", [("injury", 2.0, "worker")]),  # counted once
        # a precaution, or patients moved between hospitals, is no harm
        ("The driver was taken to hospital as a precaution.", []),
        ("The patients were taken to another hospital.", []),
        # denied: no harm that needed a hospital (injuries treated at the scene are not denied)
        ("Nobody was taken to hospital.", [("hospital", 0, "person")]),
    ],
)
def test_taken_to_hospital(sentence: str, frames: list[tuple[str, float | None, str | None]]) -> None:
    assert harm_frames(sentence) == frames


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("None of our employees or contractors were injured.", "worker"),
        ("None of the hotel staff were hurt.", "worker"),
        ("None of the passengers required hospital treatment.", "passenger"),
        ("None of them were hurt.", "person"),  # whom "them" means is not known here
    ],
)
def test_none_of_a_group_denies_harm_to_that_group(sentence: str, group: str) -> None:
    assert [target for _, _, target in harm_frames(sentence)] == [group]


HOTEL = "Fire swept through the Coral Palms resort in Mnarani late on Tuesday. "


@pytest.mark.parametrize(
    ("denial", "harm", "review"),
    [
        # a group spared says nothing of others hurt
        ("None of the hotel staff were hurt.", "The injured were taken to hospitals in Malindi.", False),
        ("None of our employees or contractors were injured.", "Three volunteer firefighters were treated for smoke inhalation.", False),
        # the harmed counted as some of that very group
        ("None of the guests were hurt.", "Two of the guests were treated for burns.", True),
        # the group named, but not as those hurt
        ("None of the guests were hurt.", "A man who helped guests escape was injured.", False),
        # the patients of an outbreak are its casualties, not a group spared beside them
        ("None of the patients has died.", "Two people have died.", True),
    ],
)
def test_a_denial_of_one_groups_harm(denial: str, harm: str, review: bool) -> None:
    result = pair(HOTEL + denial, HOTEL + harm)
    assert bool(flagged(result, "negation")) is review
