"""Which day a clause gives its event, and which clauses tell of an event at all: a climb or a
fall through space is no updated count, and a vehicle that plunged into a gorge had an
accident, and so was someone hit by a lorry; a strike that has lasted "since Monday" began on
Monday. Also where an event lies: a depth in any of its wordings."""

from __future__ import annotations

import pytest
from core_support import Spec, claims_of, flagged, review_worthy, run

from claims.events import event_class

SATURDAY = "2026-04-18"


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("The coach left the road on Friday night, as it climbed towards the summit of the pass.", True),
        ("The minibus left the road on Friday night and fell down the embankment.", True),
        # a count that rose or fell on a day: the day of the count, not of the event
        ("The death toll from Thursday's crash climbed to 14 on Friday.", False),
        ("The number of people in hospital fell to six on Friday.", False),
        ("The death toll rose from 12 to 15 on Friday.", False),
    ],
)
def test_a_climb_through_space_is_no_count_that_grew(text: str, dated: bool) -> None:
    claim = claims_of(text, published=SATURDAY)[0]
    assert (claim.event_date is not None and claim.event_weekday == 4) is dated


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A minibus plunged into a gorge on Sunday.", "accident"),
        ("A lorry careered into a canal near Tolbury on Sunday.", "accident"),
        ("The number of patients in intensive care fell into single figures on Sunday.", None),
        # someone hit by a vehicle was in a road accident; hit by a missile or debris was not
        ("The cyclist was hit by a lorry on Sunday.", "accident"),
        ("A pensioner was knocked down by a van in Tolbury on Sunday.", "accident"),
        ("The ward was hit by falling debris on Sunday.", None),
    ],
)
def test_a_vehicle_that_fell_into_a_gorge_had_an_accident(text: str, kind: str | None) -> None:
    assert event_class(claims_of(text, published=SATURDAY)[0]) == kind


def test_two_days_for_a_coach_that_left_the_road() -> None:
    result = run(
        Spec(
            "At least 12 people were killed when a night coach plunged into a ravine early on Saturday near the "
            "Qorani pass.\n",
            "Andes Wire",
            SATURDAY,
        ),
        Spec(
            "The coach left the road near the Qorani pass on Friday night, as it climbed towards the summit.\n",
            "Valley Mirror",
            SATURDAY,
        ),
    )
    found = [x for x in review_worthy(result) if x.kind == "date"]
    assert len(found) == 1
    assert "2026-04-17" in found[0].explanation and "2026-04-18" in found[0].explanation


def test_the_day_a_road_death_happened_in_other_words() -> None:
    lede = "A cyclist was killed in Tolbury this week. "
    first, second = "The crash happened on Monday, April 13.", "The cyclist was hit by a lorry on April 15."
    assert flagged("date", lede, first, second, SATURDAY)


DOCKS = "Striking dockers walked out at the port of Tolbury this week. "


def test_a_strike_that_has_lasted_since_a_day_began_on_it() -> None:
    first, second = "The strike began on Wednesday.", "Dockers have been on strike since Monday."
    assert flagged("date", DOCKS, first, second, SATURDAY)
    # and in a dispute, striking workers hit nothing
    result = run(Spec(DOCKS + second + "\n", "Port Wire", SATURDAY))
    assert not any(s.startswith("out") for c in result.claims for s in c.slots)
    # a tally over the days since is no start
    assert not flagged("date", DOCKS, first, "Police have made 12 arrests since Monday.", SATURDAY)


MINE = "A roof fall trapped nine miners at the Pella Vista copper mine on Monday. "


QUAKE = "A magnitude 6.1 earthquake struck the Orvale valley on Sunday. "


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # damage to other buildings is no answer to the dam's
        ("Two dozen schools were damaged, six of them beyond repair.", False),
        ("The church of San Telmo collapsed.", False),
        # damage to the dam is
        ("Residents said the dam was damaged and cracks had opened in its wall.", True),
    ],
)
def test_damage_of_one_structure_is_not_damage_of_another(second: str, expected: bool) -> None:
    denial = "Engineers who inspected the Orvale dam found no structural damage."
    assert bool(flagged("outcome", QUAKE, denial, second, SATURDAY)) is expected


COLD = "A substation failure cut power to 300,000 homes in Port Ennis on Thursday. "
LEAK = "A ruptured pipe at the Varno works leaked diesel into the Tull river on Tuesday. "


def test_largely_undamaged_admits_some_damage() -> None:
    lede = "A storm surge flooded the harbour front at Tolbury on Saturday. "
    first, second = "The care home was largely undamaged.", "The care home suffered minor damage."
    assert not [x for x in flagged("outcome", lede, first, second, SATURDAY) if x.severity == "high"]


BLAST = "A fireworks warehouse exploded on the edge of Tolbury on Saturday night. "


@pytest.mark.parametrize(
    ("lede", "first", "second", "expected"),
    [
        # a depth in any of its wordings is one measure, whatever the unit
        (MINE, "The fall happened at a depth of 420 metres.", "The fall happened some 420 feet below the surface.", True),
        (MINE, "The fall happened at a depth of 420 metres.", "The men are trapped 1,380 feet underground.", False),
        # a distance is no depth
        (MINE, "The fall happened at a depth of 420 metres.", "The mine lies 420 feet from the river.", False),
        # the same figure in two units not near equal: a unit mixed up, whatever rounding admits
        (BLAST, "Police set up a 500-metre cordon around the site.", "Police set up a 500-yard exclusion zone around the site.", True),
        (BLAST, "The fire burned at temperatures of up to 1,000C.", "The fire burned at up to 1,000F.", True),
        (BLAST, "The warehouse covers 1,200 square metres.", "The 1,200-square-foot warehouse was destroyed.", True),
        (BLAST, "The flames reached a height of 20 metres.", "Flames shot 20 feet into the sky.", True),
        # units near equal, or figures that agree once converted
        (BLAST, "The warehouse held 12 tonnes of fireworks.", "The warehouse held 12 tons of fireworks.", False),
        (BLAST, "Debris was found 800 metres from the warehouse.", "Debris landed half a mile from the warehouse.", False),
        # temperatures below zero compared in one scale (-18 °F is about -28 °C)
        (COLD, "Overnight, temperatures fell to 18 below zero Fahrenheit.", "Overnight, temperatures dipped to around minus 18 C.", True),
        (COLD, "Overnight, temperatures fell to 18 below zero Fahrenheit.", "Overnight, temperatures dipped to around minus 28 C.", False),
        # a flow compared with flows, not with a total (500 gallons are 1,900 litres)
        (LEAK, "Diesel leaked at 500 litres an hour, the operator said.", "About 500 gallons of diesel leaked, the operator said.", False),
        (LEAK, "Diesel leaked at 500 litres an hour, the operator said.", "Diesel leaked at 500 gallons an hour, the operator said.", True),
        # units over two thousandfold apart with one figure: still a mix-up, not two measures
        (BLAST, "A truck outside carried 40 tonnes of fireworks.", "A truck outside carried 40 pounds of fireworks.", True),
        (BLAST, "A 12-tonne container was thrown across the road.", "A 12-pound container was thrown across the road.", True),
        # metres written "m" before a word that follows distances, not millions
        (BLAST, "Debris was thrown 300m into the air.", "Debris was thrown 300 feet into the air.", True),
        (BLAST, "Debris was thrown 300m into the air.", "Debris was thrown 1,000 feet into the air.", False),
        # a span of time, not a date ("lasted six days before ...")
        (COLD, "The blackout lasted 6 hours before power returned.", "The blackout lasted 6 days before power returned.", True),
        # one sum in two currencies; a conversion given beside it is no mix-up
        (LEAK, "The operator was fined $2 million over the leak.", "The operator was fined €2 million over the leak.", True),
        (LEAK, "The operator was fined $2 million over the leak.", "The operator was fined €1.8 million ($2 million) over the leak.", False),
        (LEAK, "The operator was fined $2 million over the leak.", "The operator was fined €3 million over the leak.", False),
        # whatever qualifier one side gives, and a sum "offered" is the offer "on offer"
        (LEAK, "A reward of up to R50,000 is offered for information.", "A $50,000 reward is on offer for information.", True),
    ],
)
def test_one_measure_in_other_words_and_units(lede: str, first: str, second: str, expected: bool) -> None:
    assert bool(flagged("unit", lede, first, second, SATURDAY)) is expected


def test_barns_burned_down_were_destroyed() -> None:
    lede = "A wildfire swept through hills north of Larkin on Tuesday. "
    assert flagged("outcome", lede, "No structures were damaged.", "Three barns burned down.", SATURDAY)


def test_a_fire_started_on_two_floors() -> None:
    lede = "A fire gutted a garment factory in Tolbury on Saturday. "
    first, second = "The fire broke out on the fourth floor.", "The blaze started on the seventh floor of the building."
    assert flagged("entity", lede, first, second, SATURDAY)
    # a report that names both floors knows of both
    assert not flagged("entity", lede, first, "The fire spread from the fourth floor to the seventh floor.", SATURDAY)


def test_drivers_who_joined_a_strike_or_walked_out_are_one_count() -> None:
    lede = "A bus drivers' strike hit Tolbury on Thursday. "
    first, second = "About 1,200 drivers joined the strike.", "Some 400 drivers walked out, the company said."
    assert flagged("numeric", lede, first, second, SATURDAY)
    # and a drivers' strike is industrial action, not an attack
    result = run(Spec(lede + "\n", "Port Wire", SATURDAY))
    assert not any(s in ("occ:attack", "out:hit") for c in result.claims for s in c.slots)


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # one large figure with its scale slipped, however each sentence words it
        ("The data of 2.3 million customers was stolen.", "The breach affected 230,000 customers.", True),
        # small figures with the same digits are too often two counts
        ("Police detained six customers.", "The breach affected 60 customers.", False),
    ],
)
def test_a_large_figure_with_a_slipped_scale(first: str, second: str, expected: bool) -> None:
    lede = "Hackers stole data from Tolbury Bank on Thursday. "
    assert bool(flagged("numeric", lede, first, second, SATURDAY)) is expected


@pytest.mark.parametrize(
    ("lede", "first", "second", "expected"),
    [
        # one count of people by what befell them, whatever noun one side gives them
        ("A riot broke out in Tolbury on Thursday. ", "Police arrested 23 people.", "Officers detained more than 60 rioters.", True),
        ("A riot broke out in Tolbury on Thursday. ", "Police arrested 23 people.", "Officers detained 23 rioters.", False),
        ("Floods hit Tolbury on Thursday. ", "Some 3,000 people were forced from their homes.",
         "About 800 residents had to leave their homes.", True),
        # everyone aboard counts the passengers and the crew: fewer aboard than passengers is a conflict
        ("A bus crashed near Tolbury on Thursday. ", "The bus was carrying 52 passengers.", "There were 31 people on the bus.", True),
        ("A bus crashed near Tolbury on Thursday. ", "The bus was carrying 52 passengers.", "There were 55 people on the bus.", False),
        ("A plane landed in Tolbury on Thursday. ", "More than 60 passengers and four crew members were on board.",
         "86 people were on board the flight.", False),
        # people pulled aboard a rescuer's boat were rescued, not aboard the ferry
        ("A ferry sank off Tolbury on Thursday. ", "The ferry was carrying 112 passengers.",
         "A fisherman said he pulled seven people aboard his boat.", False),
    ],
)
def test_people_counted_by_what_befell_them(lede: str, first: str, second: str, expected: bool) -> None:
    assert bool(flagged("numeric", lede, first, second, SATURDAY)) is expected


@pytest.mark.parametrize(
    ("lede", "first", "second"),
    [
        # a dam that burst, a ferry that went down, a storm that made landfall, a jury that found
        # a man guilty: each tells the day of its event
        ("A dam failed near Tolbury this week. ", "The dam gave way on Monday, March 10.", "The dam burst on Wednesday."),
        ("A ferry sank off Tolbury this week. ", "The ferry went down on the night of March 11.", "The ferry sank on March 12."),
        ("A storm hit Tolbury this week. ", "The storm made landfall on Monday.",
         "The storm, which struck on Wednesday, cut power to thousands."),
        ("A verdict was delivered in Tolbury this week. ", "The jury returned its verdict on Wednesday.",
         "A jury found Dixon guilty on Thursday."),
    ],
)
def test_one_event_on_two_days_in_other_words(lede: str, first: str, second: str) -> None:
    assert flagged("date", lede, first, second, "2025-03-14")


FIRE_LEDE = "Firefighters were called to the Kelm industrial estate in Tolbury. "


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        # the day closes the fire's own clause, however long its object
        ("Fourteen workers were taken to hospital after a fire tore through a warehouse on the Kelm industrial estate late on Monday.", True),
        ("Staff fled after a blaze swept through the Harrow Road depot of a parcels firm on Monday night.", True),
        # the day is another act's
        ("Fourteen workers were taken to hospital after a fire at a warehouse, and were discharged late on Monday.", False),
        ("Crews fought a fire that destroyed a warehouse, and the estate was reopened on Monday.", False),
    ],
)
def test_a_day_that_closes_the_events_own_clause_dates_the_event(first: str, expected: bool) -> None:
    second = "A huge fire engulfed the warehouse on the Kelm industrial estate on Sunday evening."
    assert bool(flagged("date", FIRE_LEDE, first, second, "2026-03-10")) is expected


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        # rain that fell on a place is no count that fell: the day is the peak's
        ("The river peaked at 6.1 metres on Wednesday afternoon, after 200 mm of rain fell on the catchment in two days.", True),
        ("The river peaked at 6.1 metres on Wednesday afternoon, after snow fell in the hills.", True),
        # a level that fell to a figure is an update: the day is the count's
        ("The river level fell to 4.2 metres on Wednesday afternoon, after a peak on Tuesday night.", False),
    ],
)
def test_rain_that_fell_on_a_place_updates_no_figure(first: str, expected: bool) -> None:
    lede = "The Lenna River burst its banks at Corby Vale. "
    second = "The Lenna River peaked on Thursday morning, the flood service said."
    # (the first report undated, as a wire whose dateline gives no year: only the clause's own
    # weekday can place its peak)
    result = run(Spec(lede + first + "\n", "River Wire"), Spec(lede + second + "\n", "Vale Post", "2026-02-20"))
    assert any(x.kind == "date" for x in review_worthy(result)) is expected
