#!/usr/bin/env python3
"""Synthetic news articles for benchmarks: several outlets reporting the same fictional events.

Each event has a type (factory fire, drone strike, flood, ferry accident, cyberattack, train
derailment, building collapse, wildfire), a fictional place, a date and a set of figures. Each
article is one outlet's report of one event, written from sentence templates with randomised
attribution, clause order, qualifiers ("at least", "about", ranges), number words, hedges,
negations ("no injuries were reported"), quotes with speakers, dates, section headings, the
occasional embedded post and photo caption. Outlets disagree now and then: a different figure,
a different day, or a toll that grew between two reporting dates.

Everything here is invented; the output is deterministic for a seed.

    python bench/generate.py N OUTDIR [--words 500] [--seed 0] [--events K]

writes N `.md` files with YAML front matter (title, outlet, url, published_at, author).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ArticleDict = dict[str, Any]

# --------------------------------------------------------------------------------------------
# Vocabulary shared by all event types
# --------------------------------------------------------------------------------------------

FIRST_NAMES = [
    "Ana", "Tomas", "Mariam", "Kenji", "Olga", "Samuel", "Leila", "Pieter", "Ines", "Dmitri", "Grace",
    "Ahmed", "Sofia", "Mateo", "Nadia", "Jonas", "Elena", "Kwame", "Priya", "Lucas", "Hana", "Omar",
    "Marta", "Felix", "Zara", "Viktor", "Amara", "Diego", "Ingrid", "Rafael", "Yusuf", "Clara", "Bogdan",
    "Aisha", "Henrik", "Lucia", "Tariq", "Mei", "Pavel", "Rosa", "Emeka", "Greta", "Jamal", "Irina",
    "Nikolai", "Teresa", "Anders", "Fatima", "Carlos", "Noor", "Stefan", "Alma", "Ruth", "Idris", "Paulo",
    "Vera", "Malik", "Nora", "Kofi", "Beatriz", "Miriam", "Jorge", "Helga", "Abdul", "Keiko", "Laszlo",
    "Yara", "Oskar", "Chiara", "Tobias", "Selin", "Ibrahim", "Maren"
]  # fmt: skip
LAST_NAMES = [
    "Ruiz", "Okafor", "Lindqvist", "Moreau", "Petrov", "Haddad", "Novak", "Castillo", "Brandt", "Mensah",
    "Kowalski", "Tanaka", "Santos", "Varga", "Holm", "Delacroix", "Nakamura", "Osei", "Marin", "Fischer",
    "Rahman", "Dubois", "Kaya", "Ferreira", "Sorensen", "Abara", "Quintero", "Hale", "Adeyemi", "Bakker",
    "Cerny", "Duarte", "Eriksen", "Farouk", "Gallo", "Horvat", "Ibarra", "Jansen", "Kovac", "Larsen",
    "Mwangi", "Nilsen", "Ortega", "Pinto", "Quist", "Rossi", "Sato", "Toivonen", "Urban", "Vidal", "Weiss",
    "Yilmaz", "Zeller", "Abbott", "Brennan", "Carver", "Dunmore", "Ellison", "Fairweather", "Gorman",
    "Harlow", "Irvine", "Kessler", "Lockhart", "Merritt", "Nolan", "Pryce", "Rowe", "Sutter", "Thorne",
    "Voss", "Whitlock", "Amadi", "Bergstrom", "Calloway", "Esposito", "Galvan", "Hartmann"
]  # fmt: skip
ROOT_A = [
    "Kel", "Mar", "Dun", "Bel", "Tor", "Ros", "Val", "Sor", "Lin", "Cal", "Bra", "Fen", "Hal", "Mir", "Ost",
    "Tar", "Vor", "Ell", "Gran", "Ash", "Cor", "Dra", "Esk", "Hol", "Kir", "Lor", "Mal", "Nor", "Pel",
    "Riv", "Sal", "Tam", "Wes", "Zan", "Bren", "Cas", "Dor", "Gal", "Her", "Ivo", "Jas", "Lud", "Mon",
    "Ner", "Pra", "Qui", "Rav", "Sten", "Tiv", "Ard"
]  # fmt: skip
ROOT_B = [
    "mora", "haven", "dale", "ford", "wick", "bury", "stead", "ton", "mouth", "vik", "grad", "ano", "ita",
    "eros", "ville", "field", "brook", "ness", "holm", "ova", "ara", "enko", "sund", "berg", "ridge",
    "port", "more", "ley", "ica", "ora", "avo", "ent", "ham", "lin", "mere", "rock", "cester", "ola"
]  # fmt: skip
PLACE_PREFIX = [
    "",
    "",
    "",
    "",
    "",
    "Port ",
    "San ",
    "Lake ",
    "North ",
    "East ",
    "Fort ",
    "Mount ",
    "Upper ",
    "New ",
]
REGION_SUFFIX = ["ia", " Province", " County", " Region", " Valley", "shire", "land", " Oblast", " District"]
STREET_SUFFIX = [" Street", " Road", " Avenue", " Lane", " Boulevard", " Way", " Drive", " Quay"]
TOWN_KINDS = [
    "town",
    "port town",
    "market town",
    "city",
    "mining town",
    "river town",
    "farming town",
    "suburb",
]
KNOWN_FOR = [
    "its shipyards",
    "its wine cooperatives",
    "a textile industry that has shrunk for decades",
    "its railway workshops",
    "a large university hospital",
    "its cement works",
    "a busy ferry terminal",
    "its salt flats",
    "an annual harvest fair",
    "its fishing fleet",
    "a ring of chemical plants",
    "its hillside vineyards",
    "an old fortress above the harbour",
    "its paper mills",
]
DIRECTIONS = ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"]
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December"
]  # fmt: skip
WEEKDAYS = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
]  # fmt: skip
AGENCIES = [
    "Reuters",
    "AFP",
    "AP Photo",
    "EPA",
    "Getty Images",
    "Anadolu Agency",
    "Xinhua",
    "Handout",
    "Pool",
]
OUTLET_A = [
    "Northern", "Coastal", "Valley", "Metro", "Harbor", "Continental", "Eastern", "Highland", "Lakeside",
    "Capital", "River", "Prairie", "Western", "Southern", "Central", "Atlantic", "Border", "Island",
    "Mountain", "Delta", "Evening", "Morning", "National", "Regional"
]  # fmt: skip
OUTLET_B = [
    "Ledger", "Herald", "Wire", "Courier", "Gazette", "Sentinel", "Post", "Times", "Chronicle", "Observer",
    "Dispatch", "Tribune", "Daily", "Review", "Report", "Press", "Bulletin", "Journal", "Record", "Monitor",
    "Standard", "Examiner", "Mercury", "Telegraph"
]  # fmt: skip
OUTLET_C = ["", "", "", "", " News", " Online", " News Network", " Today"]
CYBER_GROUP_A = ["Black", "Silent", "Grey", "Night", "Iron", "Cold", "Hollow", "Red"]
CYBER_GROUP_B = ["Harbor", "Lynx", "Wire", "Vault", "Kite", "Moth", "Lantern", "Viper"]
COMPANY_SUFFIX = [
    "Chemicals",
    "Industries",
    "Textiles",
    "Plastics",
    "Polymers",
    "Foods",
    "Manufacturing",
    "Metals",
    "Coatings",
    "Packaging",
]
OCCUPATIONS = [
    "a shopkeeper on {street}",
    "a taxi driver who was passing by",
    "a nurse at the local clinic",
    "a retired teacher who lives nearby",
    "who runs a bakery on {street}",
    "a student who lives in {district}",
    "a mechanic whose garage is across the road",
    "who lives two streets away",
    "a volunteer with the Red Cross",
    "a father of three from {district}",
    "who has lived in {place} for decades",
    "a security guard at a nearby depot",
    "a fisherman",
    "a delivery driver",
    "who lives on {street}",
    "a pharmacist in {district}",
]

ONES = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"
]  # fmt: skip
TENS = [
    "_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
]  # fmt: skip

# Qualifiers with their weights; "" is an exact figure.
QUALIFIERS = [
    ("", 40),
    ("at least ", 14),
    ("about ", 6),
    ("around ", 4),
    ("roughly ", 3),
    ("some ", 2),
    ("an estimated ", 2),
    ("more than ", 8),
    ("over ", 3),
    ("nearly ", 4),
    ("almost ", 2),
    ("up to ", 3),
    ("close to ", 1),
]
_QUAL_TEXT = [q for q, _ in QUALIFIERS]
_QUAL_CUM = []
_acc = 0
for _, _w in QUALIFIERS:
    _acc += _w
    _QUAL_CUM.append(_acc)

# --------------------------------------------------------------------------------------------
# Sentence templates. "{n}" is the figure with a qualifier; "?dead " at the start of a template
# means it needs a nonzero `dead` figure, "?!dead " a zero one.
# --------------------------------------------------------------------------------------------

FIGURES: dict[str, list[str]] = {
    "dead": [
        "{n} people were killed",
        "{n} people died",
        "{n} {victims} were killed",
        "{n} people lost their lives",
        "the death toll stood at {n}",
        "{n} bodies had been recovered",
        "{n} people were confirmed dead",
        "{n} people were reportedly killed",
        "{n} deaths had been confirmed",
        "{n} people died in {the_incident}",
        "{the_incident} killed {n} people",
        "{n} people are known to have died",
    ],
    "injured": [
        "{n} people were injured",
        "{n} people were hurt",
        "{n} people were taken to hospital",
        "{n} people suffered injuries",
        "{n} people were treated for injuries",
        "{n} {victims} were injured",
        "{the_incident} injured {n} people",
        "{n} people needed hospital treatment",
        "{n} people were wounded",
        "hospitals in the area admitted {n} injured people",
    ],
    "missing": [
        "{n} people were still missing",
        "{n} people remained unaccounted for",
        "rescuers were still searching for {n} people",
        "{n} people were listed as missing",
        "{n} people had not been found",
        "the search continued for {n} missing people",
    ],
    "evacuated": [
        "{n} residents were evacuated",
        "{n} people were forced from their homes",
        "{n} people had to leave their homes",
        "authorities evacuated {n} people",
        "an evacuation order covered {n} residents",
        "{n} people were moved to emergency shelters",
        "{n} people left the area under an evacuation order",
        "the evacuation affected {n} residents",
    ],
    "responders": [
        "{n} {responders} were sent to the scene",
        "{n} {responders} were deployed",
        "{n} {responders} worked through the night",
        "the operation involved {n} {responders}",
        "{n} {responders} took part in the response",
        "{n} {responders} were on site at the peak of the operation",
    ],
    "rescued": [
        "{n} people were rescued",
        "rescuers pulled {n} people to safety",
        "{n} people were brought out alive",
        "{n} survivors had been rescued",
        "emergency crews saved {n} people",
    ],
}
ZERO: dict[str, list[str]] = {
    "dead": [
        "no one was killed",
        "nobody died",
        "there were no deaths",
        "no fatalities were reported",
        "no deaths were reported",
        "none of the {victims} was killed",
        "no one died",
    ],
    "injured": [
        "no injuries were reported",
        "no one was injured",
        "nobody was hurt",
        "there were no reports of injuries",
        "no one was hurt",
        "all of the {victims} escaped unharmed",
        "none of the {victims} was injured",
    ],
    "missing": [
        "no one was reported missing",
        "everyone has been accounted for",
        "no one remained unaccounted for",
    ],
}
UPDATE_FIGURES: dict[str, list[str]] = {
    "dead": [
        "the death toll rose to {n}",
        "the number of dead climbed to {n}",
        "{n} people are now known to have died",
        "the toll increased to {n}",
    ],
    "injured": ["the number of injured rose to {n}", "{n} people have now been treated for injuries"],
    "missing": ["{n} people were still missing", "the number of missing fell to {n}"],
}
CONSEQUENCES: dict[str, list[str]] = {
    "dead": ["killing {n} people", "leaving {n} people dead", "killing {n} {victims}"],
    "injured": ["injuring {n} people", "leaving {n} people injured", "sending {n} people to hospital"],
    "evacuated": ["forcing {n} residents from their homes", "prompting the evacuation of {n} people"],
    "missing": ["leaving {n} people missing"],
}

SAID = [
    "said",
    "said",
    "said",
    "told reporters",
    "said in a statement",
    "confirmed",
    "told a news conference",
]
HEDGED_ENDINGS = [
    ", according to unconfirmed reports",
    ", local media reported",
    ", sources familiar with the matter said",
    ", according to people at the scene",
    ", witnesses said",
    ", according to preliminary reports",
]
HEDGED_OPENINGS = [
    "Local media reported that ",
    "Unconfirmed reports said ",
    "It is believed that ",
    "Early reports suggested that ",
    "There were reports that ",
    "Some witnesses said ",
]

GENERIC_BACKGROUND = [
    "{place}, a {town_kind} of [about|roughly|some] {d_pop} [people|inhabitants|residents], lies {d_km} kilometres {direction} of {city}.",
    "{place} is [best known|known above all|known across {region}] for {known_for}.",
    "?physical The {district} [district|neighbourhood|quarter], where [most of the damage was reported|the damage was worst|rescuers concentrated their efforts], is one of the [oldest|poorest|most densely populated] parts of {place}.",
    "[Many|Thousands of|A large share of] [residents|people|workers] [of|from|in] {place} commute [to|into] {city}, [about|around|some] {d_km} kilometres [away|to the {direction}].",
    "{region} has [seen heavy investment in new industry|attracted new factories and warehouses|grown quickly] over the [past decade|last ten years|past twenty years], though [parts of it remain poor|many of its towns are still losing people|wages there remain low].",
    "The area around {street} is a mix of [workshops|garages|small businesses], [small apartment blocks|low-rise flats] and [family homes|old farmhouses].",
    "{place} had [a population of {d_pop}|{d_pop} residents|{d_pop} inhabitants] at the [last|most recent] census, according to the {region} statistics office.",
    "[The local economy|Employment in {place}|Life in {place}] [depends heavily|relies] on a [handful|small number] of [large|big] employers[, among them {company}|, {company} among them|].",
    "[Regional|Municipal|Local] elections are due [next year|in {month_next}|this autumn], and [safety regulation|emergency planning|public spending on services] [has become|is turning into|is already] a [campaign issue|political fight|hot topic] in {region}.",
    "[Local officials|Councillors in {place}|Union representatives|Critics of the {region} government] have [complained|argued|warned] for [years|a long time|decades] that [the {place} emergency services are|emergency services in {place} are|{place}'s fire and ambulance services are] short of [staff|staff and equipment|money].",
    "The nearest [large hospital|trauma centre|major hospital] is in {city}, [a drive of about|roughly|some] {d_minutes} minutes [from {place}|away|by road].",
    "?physical [Roads|Access roads|The only roads] [into|around] {place} are [narrow|winding|poorly maintained], which [slowed|held up|delayed] [the arrival of|the deployment of] [heavy equipment|cranes and bulldozers|extra crews], {org} said.",
    "[Unions|Engineers|Opposition councillors] in {region} have long warned about [ageing infrastructure|underinvestment|cuts to inspections] [across the region|in towns like {place}|since {year_past}].",
    "The mayor of {place}, {mayor}, was elected in {year_past} on a promise to [modernise the town's services|clean up local government|bring jobs back to {place}].",
    "{place} [sits|lies] [on the {river} River|at the foot of the {river} hills|on the coast road to {city}], [about|roughly] {d_km} kilometres from the {region} capital.",
    "[Tourism|Agriculture|Logistics|Light industry] [accounts for|makes up|provides] [much|a large part|about a third] of [the jobs in|the income of] {place}.",
    "[Most|Many|Half of the] houses in {district} were built [in the 1960s|before 1980|after the war|in the last twenty years].",
    "{place} [last made national headlines|was last in the news|drew national attention] in {year_past}, [when|after] [a strike at the port|a corruption scandal at the town hall|a long drought] [closed|hit|shook] the town.",
]
GENERIC_REACTION = [
    "?dead [The regional governor|{region}'s governor], {leader}, [offered condolences to|expressed sympathy for] the families of the [victims|dead|people who were killed].",
    "?dead Flags on public buildings in {region} were lowered to half-mast [on {pubday}|the following day|as a mark of respect].",
    "?dead {leader} declared {d_mourning} days of mourning in {region}.",
    "The {region} government said it would release [emergency funds|{n_funds} in emergency aid|extra money] for {place}.",
    "[Opposition politicians|Several lawmakers|Residents' groups in {place}] called for [an independent inquiry|a public inquiry|a full investigation] into [the response|what went wrong|the handling of the disaster].",
    "{leader} said the [government|regional administration] would [do everything necessary|do whatever it takes|spare no effort] to help [those affected|the people of {place}|families in {district}].",
    "?physical Messages of sympathy [poured in|arrived] from [neighbouring towns|across {region}|{city} and other cities], and several offered to send [equipment|crews|volunteers].",
    "A [collection|fundraiser|appeal] organised by [local churches|a {place} sports club|neighbours on {street}] had raised [money|thousands|food and clothes] for [affected families|the victims' families|those who lost their homes] by [the evening|{pubday}].",
    "The [national interior ministry|national government|emergencies ministry] said it was [following the situation closely|in contact with the authorities in {region}|ready to send help to {place}].",
    "[Residents|Dozens of people|Angry residents] gathered outside the town hall in {place} on {pubday} evening, [some demanding answers from officials|holding candles|calling for the mayor to resign].",
    "?physical [Several local businesses|Restaurants in {place}|Shops on {street}] offered free [meals|food and water|coffee] to {responders} and [displaced families|people who had to leave their homes].",
    "A lawmaker from {region}, {politician}, said parliament should [hold a hearing on|investigate] [what went wrong|the response|the events in {place}].",
    "?physical [Neighbouring municipalities|Towns across {region}|The army] sent [buses and blankets|tents and field kitchens|trucks and crews] to help with [the evacuation|the relief effort].",
    "The [prime minister's office|president's office|cabinet office] said [it had been briefed|the prime minister had been informed|officials were in touch with {leader}][ on the situation| about the events in {place}|].",
    "[In a video message|On social media|In a brief statement], {leader} thanked {responders} for their [work|courage|efforts].",
    "{politician}, who represents {place} in the [national|regional] parliament, [said the town had been let down|called the response chaotic|praised the volunteers][ on {pubday}| in an interview|].",
    "[Football fans|Students|Church groups] from {city} [organised|set up|ran] a [blood drive|collection point|soup kitchen] for [the injured|displaced families|{responders}].",
]
GENERIC_NEXT = [
    "[An investigation|An official inquiry|A criminal investigation] has been opened, and a [preliminary|first] report is expected within {d_weeks} weeks.",
    "[Officials|The authorities|{place} officials] said they would give [another|a further] update on {nextday}.",
    "?physical Schools in [the area|{place}|the {district} district] will remain closed until at least {nextday}.",
    "Prosecutors in {region} said they had opened a [criminal inquiry|preliminary investigation|case].",
    "The {region} assembly is due to [discuss|debate] [the disaster|the events in {place}] at a special session [next week|on {nextday}].",
    "Insurers said it was [too early|not yet possible] to [estimate|put a figure on] the cost of the damage[ in {place}|, but that claims were already coming in|].",
    "Officials said it could take {d_weeks} weeks before [life in the area returns to normal|{place} gets back to normal|services are fully restored].",
    "A hotline for [relatives|worried families|people looking for information] has been set up, [the municipality|the {region} government|{org}] said.",
    "The [government|transport ministry|interior ministry] said it would review [safety rules|inspection rules|regulations] for [similar sites|operators] across the country.",
    "?physical Engineers will inspect [the surrounding buildings|bridges and roads in the area|the damaged structures] before residents are allowed back.",
    "[Authorities|Officials in {place}] said [a full list|the names] of [those affected|the victims] would be [published|released] once [families had been informed|relatives had been told].",
    "?dead A memorial service [is planned|will be held] [for the weekend|on {nextday}] at {place}'s main [church|square|cemetery], [local clergy|the mayor's office] said.",
    "?physical Road closures around {street} [are expected to stay in place for several days|will remain until at least {nextday}].",
    "{leader} is expected to visit {place} [on {nextday}|later this week|in the coming days].",
    "[Lawyers|A law firm in {city}] representing [some of the families|several victims] said they [were preparing|would file] a [lawsuit|claim for damages].",
    "The [findings|results] of the [inquiry|investigation] will be [made public|sent to prosecutors|presented to the {region} assembly], {org} said.",
]
GENERIC_UNKNOWN = [
    "?physical It was [not immediately|not yet|still not] clear how many people were [in the area|inside|nearby] at the time.",
    "The cause of {the_incident} [was not yet known|remained unclear|has not been established].",
    "[The figures|These figures|The numbers given by officials] could not be [independently verified|confirmed independently|checked].",
    "?physical Officials did not say when residents [would be allowed to return home|of {district} could go back].",
    "It was [unclear|not known] whether [any warning had been issued|residents had been warned] [beforehand|before {the_incident}|in {place}].",
    "[Details of the victims|The names of the victims|The identities of those affected] were not [released|made public].",
    "[Authorities|Investigators|Prosecutors in {region}] gave no [timeline|date] for [the investigation|their findings].",
    "There was no [immediate|official] comment from {site}[ on {pubday}|].",
    "[Conflicting|Contradictory|Unverified] figures circulated on social media [throughout the day|in the first hours|on {day} night].",
    "[Questions|Several questions] about [the first hours of the response|how the alarm was raised|who was in charge] [remained unanswered|were still open] on {pubday}.",
]
GENERIC_HISTORY = [
    "It was the {ordinal} serious {incident} in {region} [this year|in twelve months|since the spring].",
    "In {year_past}, a similar {incident} in {place2} killed {n_hist} people.",
    "The last comparable disaster in {region}, in {year_past}, led to [a change in the law|new safety rules|the resignation of a minister].",
    "[Safety inspectors|Inspectors from the {region} authorities] had visited {site} in {year_past}, according to public records.",
    "?physical Residents said it was the [worst|most serious] [disaster|emergency] in {place} since {year_past}.",
    "[Experts|Engineers|Emergency planners] have warned for years that {region} is poorly prepared for [events of this scale|a disaster like this|such emergencies].",
]
GENERIC_QUOTES = [
    "Our [priority|first concern|focus] right now is [the people|the families] who were [hurt|affected][ in {place}| in {district}|]",
    "We will find out [exactly|precisely] what happened [here|in {place}|on {day}], and [if anyone is responsible|whoever is to blame|anyone who broke the rules] will be held to account",
    "I want to thank [every single person|every volunteer|the firefighters and nurses|the people of {place}] who [came out to help|turned up|worked through the night] [today|on {day}|this week]",
    "It is [too early|far too early|premature] to draw [any conclusions|conclusions about the cause], and I [would ask|am asking|urge] people not to speculate",
    "This is a [difficult|terrible|very sad|dark] day for [{place}|{region}|our community]. We will get through it [together|as we always have]",
    "[We are|Our teams are|Everyone is] working [around the clock|day and night] and we will keep [people|residents|families] [informed|updated]",
    "The response was [fast|quick], but we will [look at|review|go through] every minute of it",
    "The [information|data] we have is still [incomplete|patchy], and the [numbers|figures] [may change|could still rise|will be revised]",
    "Nobody should go back [into the area|to {district}|to their homes] until [we say it is safe|the engineers have checked|we give the all-clear]",
    "We have asked for help from [neighbouring regions|{city}|the national government], and it is [on its way|arriving|already here]",
    "We are getting [a lot of|hundreds of|many] calls from [worried relatives|families]. [Please be patient with us|Please bear with us|We will answer every one]",
    "I have [seen a lot|been to many emergencies] in [thirty|twenty-five|forty] years of [service|this job], but [this was hard|this one was different|nothing like this]",
    "We were [lucky|fortunate]. It could have been [much|far|a lot] worse[ for {place}|]",
    "What matters [now|tonight] is that [everyone|every family] who needs a [bed|roof|place to stay] tonight [has one|gets one]",
    "[People|Residents] in {district} [deserve answers|need to know what happened], and they will get them",
    "[The next|The coming] [few hours|days] will be [critical|crucial|decisive] for [the operation|the search|the people of {place}]",
]
GENERIC_WITNESS = [
    "I heard a [bang|loud noise|crash|roar] and then [everyone was running|people started screaming|the lights went out]",
    "I have never seen anything like it [in my life|in {place}|in all my years here|in {d_years_lived} years]",
    "We didn't know where to go. [Nobody|No one] told us anything for [an hour|hours|a long time]",
    "My [neighbour|brother|landlord|son] [knocked on the door|called me] and told us to get out",
    "The phones stopped working, so I [just drove|went straight] to my [sister's|mother's|cousin's] in {city}",
    "I keep thinking about the people who were still [inside|there|on {street}]",
    "Everybody [helped|looked after] everybody. That's what [this town|{place}|{district}] is like",
    "The children were [crying|terrified], and [the smell was terrible|nobody knew what was happening|we had nowhere to go]",
    "I grabbed my [documents|passport|phone] and the [cat|dog|baby's bag], nothing else",
    "We waited for hours [outside|at the school|by the road], and nobody could tell us [anything|what was going on]",
    "You could [see it|hear it] from the other side of [town|the valley|{place}]",
    "I was sure the whole [street|block|neighbourhood] would go",
    "[My husband|My wife|My father] [has worked|worked] [there|near there] for [years|{d_years_lived} years], and [he|she] never [felt safe|trusted the place]",
]
HEADINGS = [
    "What we know",
    "What happened",
    "The response",
    "What caused it?",
    "What happens next",
    "Questions over safety",
    "Reaction",
    "Background",
    "Latest",
    "Who is affected",
    "The investigation",
    "Aftermath",
    "Residents describe chaos",
    "Unanswered questions",
    "Timeline of events",
    "How the day unfolded",
    "The human cost",
    "A town in shock",
    "Warnings ignored?",
    "Help arrives",
]
ALTERNATION = re.compile(r"\[([^\[\]]*\|[^\[\]]*)\]")  # "[a|b|c]": one of them
A_BEFORE_VOWEL = re.compile(r"\b([Aa])(?= [aeio][a-z])")  # "a appeal" -> "an appeal"
POST_FORMS = [
    "{text}",
    "{text} #{tag}",
    "{text} More updates to follow.",
    "UPDATE: {text}",
    "{text} Please share.",
]


@dataclass
class Kind:
    """One type of event and its vocabulary."""

    key: str
    nouns: list[str]
    responders: list[str]
    victims: list[str]
    sites: list[tuple[str, str]]  # (full name, short reference)
    figures: dict[str, tuple[int, int, float]]  # name -> (low, high, probability of zero)
    leads: list[str]
    causes: list[str]
    details: list[str]
    quotes: list[str]
    witness: list[str]
    roles: list[tuple[str, str]]  # (title before a name, description after a name)
    orgs: list[str]
    accounts: list[tuple[str, str]]  # (display name, handle)
    posts: list[str]
    captions: list[str]
    headlines: list[str]
    figure_text: dict[str, list[str]] = field(default_factory=dict)
    consequences: dict[str, list[str]] = field(default_factory=dict)
    tag: str = "breaking"


KINDS: list[Kind] = [
    Kind(
        key="factory-fire",
        nouns=["fire", "blaze"],
        responders=["firefighters", "fire crews", "emergency crews"],
        victims=["workers", "employees", "people"],
        sites=[
            ("the {company} chemical plant", "the plant"),
            ("the {company} textile factory", "the factory"),
            ("the {company} paint factory", "the factory"),
            ("a {company} warehouse", "the warehouse"),
            ("the {company} plastics plant", "the plant"),
            ("the {company} recycling plant", "the plant"),
            ("the {company} fertiliser plant", "the plant"),
            ("the {company} furniture factory", "the factory"),
        ],
        figures={
            "dead": (2, 14, 0.45),
            "injured": (2, 40, 0.3),
            "evacuated": (200, 5000, 0.2),
            "responders": (20, 160, 0.0),
            "hours": (3, 30, 0.0),
            "engines": (5, 40, 0.0),
        },
        leads=[
            "{a_incident} tore through {site} in {place}",
            "fire broke out at {site} on the edge of {place}",
            "{a_incident} ripped through a production hall at {site} in {place}",
            "a large fire engulfed {site} in {place}",
            "an explosion and fire hit {site} in {place}",
            "{responders} battled a huge fire at {site} in {place}",
            "flames swept through {site} in the industrial zone of {place}",
        ],
        causes=[
            "the fire is believed to have started in a storage area",
            "an electrical fault is suspected of causing the blaze",
            "the fire reportedly began during welding work on the roof",
            "investigators believe a spark from a battery charger ignited stored solvents",
            "the blaze may have started in the boiler room",
            "a leaking gas line appears to have caught fire",
            "the fire was thought to have started near a loading bay",
            "a tank of solvent is believed to have overheated",
        ],
        details=[
            "Thick [black|grey|acrid] smoke could be seen from {n_km} kilometres away.",
            "Residents [of {district}|within two kilometres|living downwind] were told to keep their windows and doors closed.",
            "Part of the roof [collapsed|caved in] shortly after the first crews arrived[ at {site_short}|].",
            "Several gas cylinders exploded during the night, [witnesses said|according to residents of {street}].",
            "Roads around the site, including {street} and {street2}, remained closed[ on {pubday}|].",
            "Air quality monitors set up [downwind|in {district}] showed no dangerous readings, the [environment agency|{region} environment department] said.",
            "{site_cap} employs about {d_staff} people and makes [products for the construction industry|goods for export|materials for car makers].",
            "Crews used [foam|water cannon and foam] to stop the flames from reaching [neighbouring tanks|an adjacent warehouse|a gas store].",
            "A shelter-in-place order covered the {district} district for [most of the day|several hours].",
            "Water used to fight the fire ran into [a drainage canal|the {river} River], raising fears of pollution.",
            "{company} said production would be suspended [until further notice|for at least a week].",
            "Video shared online showed flames rising above the [factory roof|plant|warehouse] as sirens sounded [across {place}|in the distance].",
        ],
        quotes=[
            "The fire spread [very quickly|fast|within minutes] through the [storage area|warehouse|production hall], and our crews had to [pull back|withdraw] [twice|more than once]",
            "We are not [putting anyone|sending anyone] close to those [tanks|buildings] until they have cooled down",
            "We had {d_responders} firefighters out there at the [height|peak] of it[, from {place} and three neighbouring towns|]",
            "The sprinkler system was [working|switched on] when our first engine arrived, [as far as we can tell|according to my crews]",
            "That [product|material] burns [hot|fast], and the smoke is [nasty|toxic]. Keep your windows shut",
            "We will be on site for [at least another day|the next few days] to make sure it does not [flare up|reignite]",
        ],
        witness=[
            "There was a [loud bang|huge explosion] and then the whole sky went [orange|black]",
            "I could feel the heat from [across the road|my garden on {street}]",
            "The smoke was so [black|thick] you couldn't see the other side of [the street|{street}]",
            "Ash was falling on our [cars|washing|roofs] like snow",
        ],
        roles=[
            ("Fire Chief", "the town's fire chief"),
            ("Mayor", "the mayor of {place}"),
            ("Police Superintendent", "the local police chief"),
            ("plant manager", "who manages the site"),
        ],
        orgs=[
            "the fire department",
            "police",
            "the company",
            "local authorities",
            "officials",
            "the municipality",
        ],
        accounts=[
            ("{place} Fire Department", "{slug}Fire"),
            ("{place} Police", "{slug}Police"),
            ("City of {place}", "Cityof{slug}"),
        ],
        posts=[
            "Crews are working a large fire at {site_short_name}. Avoid the area around {street} and keep windows closed.",
            "The fire at {site_short_name} is contained. Residents of {district} remain evacuated. Shelter open at the sports hall.",
            "Smoke is drifting toward {district}. Stay indoors and close all windows until further notice.",
        ],
        captions=[
            "Smoke rises over {site} in {place} on {day}.",
            "Firefighters spray water on the burning warehouse on {day} morning.",
            "Residents watch the fire from {street}.",
            "The burned-out production hall on {pubday}.",
        ],
        headlines=[
            "?dead Fire at {place} factory kills {d_dead}",
            "?dead {d_dead} dead in {place} factory blaze",
            "?!dead Huge fire at {place} plant forces evacuations",
            "Fire tears through {place} factory",
            "?!injured No injuries as fire guts {place} factory",
            "Firefighters battle blaze at {company} site in {place}",
            "?dead Death toll rises after {place} factory fire",
            "Investigators probe cause of {place} plant fire",
        ],
        figure_text={
            "hours": [
                "it took {n} hours to bring the fire under control",
                "{responders} needed {n} hours to put out the flames",
                "the fire burned for {n} hours",
            ],
            "engines": [
                "{n} fire engines were sent to the site",
                "crews from {n} fire engines worked the blaze",
            ],
        },
        tag="fire",
    ),
    Kind(
        key="drone-strike",
        nouns=["strike", "attack", "drone attack"],
        responders=["rescue workers", "emergency crews", "rescuers"],
        victims=["civilians", "people", "residents"],
        sites=[
            ("a fuel depot in the {district} district", "the depot"),
            ("an electricity substation", "the substation"),
            ("the rail yard", "the rail yard"),
            ("an apartment block on {street}", "the building"),
            ("the {place} airfield", "the airfield"),
            ("a grain terminal at the port", "the terminal"),
            ("the {company} plant", "the plant"),
        ],
        figures={
            "dead": (2, 18, 0.35),
            "injured": (3, 60, 0.15),
            "drones": (6, 80, 0.0),
            "downed": (3, 60, 0.0),
            "damaged": (4, 90, 0.0),
            "power": (2000, 90000, 0.3),
        },
        leads=[
            "drones struck {site} in {place}",
            "a drone attack hit {site} in {place}",
            "{place} came under a drone attack that hit {site}",
            "explosive-laden drones slammed into {site} in {place}",
            "a wave of drones targeted {site} in {place}",
            "a drone strike set fire to {site} in {place}",
        ],
        causes=[
            "the drones are believed to have been launched from across the border",
            "the attack was reportedly carried out by {group}",
            "{group} is believed to have been behind the strike",
            "the drones appear to have flown in low over the river to avoid radar",
            "the strike may have been aimed at a military convoy parked nearby",
            "debris from an intercepted drone is thought to have caused the fire",
        ],
        details=[
            "Air raid sirens sounded [across {region}|in {place}|over the city] for [more than two hours|most of the night|several hours].",
            "Windows were [blown out|shattered] in buildings [up to a kilometre away|along {street}|across the {district} district].",
            "{Group} said [in a message on its channel|in a statement|on social media] that it had [hit|struck|destroyed] [a military target|an army depot|a logistics hub].",
            "The defence ministry said the [strike|attack] [hit|damaged] only civilian [buildings|infrastructure|homes].",
            "Schools in {place} [switched to|moved to] [remote lessons|online classes] for [the rest of the week|several days].",
            "Fragments of the drones were [collected|gathered] by [investigators|military experts] for [analysis|examination].",
            "Rescuers [searched|combed through] the rubble of [the building|the block on {street}] [with sniffer dogs|through the night].",
            "[Trains|Buses and trains] through {place} were [delayed|halted] for [several hours|most of the morning] after the attack.",
            "Residents spent the night in [basements|shelters] and [metro stations|underground car parks].",
            "It was the [heaviest|largest|most deadly] attack on {place} since [the conflict began|the start of the year|{month_prev}].",
            "[Officials said|According to officials,] the strike hit [in the early hours|before dawn], when most people were [asleep|at home].",
        ],
        quotes=[
            "This was a deliberate attack on [civilians|homes|families], [nothing else|and the world should see it]",
            "Our air defence worked [all night|for hours]. [Most|Nearly all] of the drones never reached [the city|{place}]",
            "We are still [pulling people out of|searching] the rubble[ on {street}|]",
            "There is no military [site|target|facility] anywhere near that [building|street]",
            "Every family on [that street|{street}] has lost something [tonight|today]",
        ],
        witness=[
            "We heard the buzzing first, like a [moped|lawnmower], and then the explosion",
            "The whole building shook and the windows [came in|shattered]",
            "We ran down to the basement in our [pyjamas|coats]",
            "I counted at least [five|six|seven] explosions before it went quiet",
        ],
        roles=[
            ("Governor", "the regional governor"),
            ("Mayor", "the mayor of {place}"),
            ("military spokesperson", "a spokesperson for the armed forces"),
            ("Colonel", "the regional air defence commander"),
        ],
        orgs=[
            "the defence ministry",
            "regional authorities",
            "the military",
            "officials",
            "emergency services",
        ],
        accounts=[
            ("Ministry of Defence", "MoD_{slug}"),
            ("{region} Regional Administration", "{slug}Admin"),
            ("{group_name}", "{groupslug}_press"),
        ],
        posts=[
            "Air defence units repelled a drone attack on {place} overnight. Most targets were destroyed. Infrastructure is operating normally.",
            "Our units struck a military target in {place} at dawn. The enemy's supply line is cut.",
            "Emergency crews are working at the site of the strike in {place}. Avoid the area around {street}.",
        ],
        captions=[
            "Rescuers search the rubble of the apartment block in {place} on {day}.",
            "A burned-out car near the site of the strike.",
            "Smoke rises over {place} after the attack on {day}.",
            "Residents sweep broken glass outside their building on {street}.",
        ],
        headlines=[
            "?dead Drone strike on {place} kills {d_dead}",
            "?dead {d_dead} killed as drones hit {place}",
            "Drones hit {place} in overnight attack",
            "?!dead No deaths as drones strike {place}",
            "Air defences down drones over {place}",
            "?dead Death toll from {place} drone attack rises",
        ],
        figure_text={
            "drones": [
                "{n} drones were launched at {place}",
                "the attack involved {n} drones",
                "{n} drones took part in the attack",
            ],
            "downed": [
                "air defences shot down {n} of the drones",
                "{n} drones were intercepted",
                "{n} drones were destroyed before reaching their targets",
            ],
            "damaged": [
                "{n} buildings were damaged",
                "{n} homes were damaged",
                "the strike damaged {n} buildings",
            ],
            "power": ["{n} households were left without electricity", "{n} homes lost power"],
        },
        consequences={"power": ["cutting power to {n} homes"]},
        tag="drones",
    ),
    Kind(
        key="flood",
        nouns=["flood", "deluge"],
        responders=["rescue teams", "soldiers", "volunteers", "emergency workers"],
        victims=["residents", "people", "villagers"],
        sites=[
            ("the {river} River", "the river"),
            ("the {river} valley", "the valley"),
            ("the {district} district", "the district"),
        ],
        figures={
            "dead": (2, 30, 0.3),
            "missing": (2, 25, 0.35),
            "evacuated": (500, 20000, 0.0),
            "homes": (100, 6000, 0.0),
            "rain": (80, 320, 0.0),
            "rescued": (20, 400, 0.0),
            "responders": (100, 1500, 0.0),
        },
        leads=[
            "flash floods swept through {place}",
            "torrential rain flooded large parts of {place}",
            "{the_river} burst its banks in {place}",
            "floodwaters inundated {place} and surrounding villages",
            "heavy rain turned streets into rivers in {place}",
            "days of rain sent {the_river} over its banks in {place}",
        ],
        causes=[
            "a blocked culvert is believed to have made the flooding worse",
            "the river may have been swollen by water released from a dam upstream",
            "poor drainage in the newer districts reportedly made the damage worse",
            "the storm was thought to have stalled over the valley for hours",
            "a flood barrier on {street} appears to have failed",
        ],
        details=[
            "Water reached the [first floor|upper floors|ceilings] of [some|many|several] [houses|homes|buildings] in {district}.",
            "[Boats|Rubber dinghies|Army trucks] were used to [ferry|carry|evacuate] [elderly residents|families|patients from a care home] [out of|from] [flooded streets|the worst-hit streets|{district}].",
            "[Two bridges|A road bridge and a footbridge|Several bridges] over {the_river} were closed after [debris|tree trunks|uprooted trees] piled up against them.",
            "Farmers [said their fields had been turned into lakes|in the {river} valley lost their harvest|counted dead livestock on {pubday}].",
            "The weather service issued its [highest|top|red] warning level for {region}[ on {day}|].",
            "[Drinking water|Bottled water] was [distributed|handed out] from [trucks|the town hall] after the [treatment plant|pumping station] was [flooded|knocked out].",
            "More rain is forecast for [the coming days|the weekend|{nextday}], the weather service [said|warned].",
            "Cars were [swept away|carried off] and piled up [against buildings|under a bridge] in [the old town|{district}|the main square].",
            "The [main road|road] [into {place}|between {place} and {city}] [remained|was still] under water[ on {pubday}|].",
            "Sandbags were [handed out|distributed] at the [fire station|town hall|school] on {street}.",
            "Volunteers [arrived|came] from [across {region}|{city}|neighbouring towns] to help [clear mud from homes|shovel mud out of shops|clean the school].",
        ],
        quotes=[
            "The water came up so [fast|quickly] that people had no time to take anything",
            "We have never recorded this much rain in such a short time[ in {region}|]",
            "The river is still rising, and we are asking people to stay [away from it|off the embankments]",
            "Our teams are going [from house to house|door to door][ in {district}|]. Nobody will be left behind",
            "We need [pumps|boats], we need dry clothes, and we need time",
        ],
        witness=[
            "In ten minutes the water was up to my knees, then to my [waist|chest]",
            "We spent the night on the [roof|balcony] waiting for a boat",
            "Everything we own is covered in [mud|sludge]",
            "The river has flooded before, but never like this[ in {place}|]",
        ],
        roles=[
            ("Mayor", "the mayor of {place}"),
            ("Governor", "the regional governor"),
            ("civil protection chief", "who heads the regional civil protection agency"),
            ("meteorologist", "a forecaster at the national weather service"),
        ],
        orgs=[
            "civil protection officials",
            "the weather service",
            "local authorities",
            "officials",
            "the regional government",
        ],
        accounts=[
            ("{region} Civil Protection", "{slug}CivilProt"),
            ("National Weather Service", "WeatherService_{slug}"),
            ("City of {place}", "Cityof{slug}"),
        ],
        posts=[
            "Red alert for {region}: the river at {place} is above the danger mark. Move to higher ground now.",
            "Evacuation centres are open at the sports hall and the secondary school. Bring documents and medicine.",
            "Do not try to drive through floodwater. Roads out of {place} are closed.",
        ],
        captions=[
            "A man wades through a flooded street in {place} on {day}.",
            "Rescuers evacuate residents by boat in {district}.",
            "Cars lie piled up after the water receded.",
            "The swollen river in {place} on {pubday}.",
        ],
        headlines=[
            "?dead Floods kill {d_dead} in {place}",
            "?dead {d_dead} dead as floods hit {place}",
            "Thousands evacuated as river floods {place}",
            "?missing Search for missing after {place} floods",
            "Flash floods swamp {place}",
            "?!dead Floods force mass evacuation in {place}",
        ],
        figure_text={
            "homes": [
                "{n} homes were flooded",
                "water entered {n} homes",
                "{n} houses were damaged by the water",
            ],
            "rain": [
                "{n} millimetres of rain fell in 24 hours",
                "the area received {n} mm of rain in a single day",
            ],
        },
        consequences={"homes": ["flooding {n} homes"]},
        tag="floods",
    ),
    Kind(
        key="ferry-accident",
        nouns=["accident", "sinking", "capsizing"],
        responders=["coast guard crews", "rescue boats", "navy divers", "fishing boats"],
        victims=["passengers", "people"],
        sites=[
            ("the ferry {ship}", "the ferry"),
            ("the passenger ferry {ship}", "the vessel"),
            ("the {ship}", "the ship"),
        ],
        figures={
            "aboard": (80, 600, 0.0),
            "dead": (2, 40, 0.3),
            "missing": (2, 50, 0.3),
            "rescued": (60, 500, 0.0),
            "responders": (8, 40, 0.0),
            "offshore": (2, 20, 0.0),
        },
        leads=[
            "{site} capsized off {place}",
            "{site} sank near {place}",
            "a passenger ferry carrying {n_aboard} people capsized off {place}",
            "{site} ran aground and keeled over near {place}",
            "{site} went down in rough seas off {place}",
        ],
        causes=[
            "the ferry is believed to have been overloaded",
            "an engine failure reportedly left the ship drifting in heavy swell",
            "cargo may have shifted in the hold as the ship turned",
            "the captain is thought to have ignored a storm warning",
            "a hull breach appears to have let water into the car deck",
        ],
        details=[
            "[Relatives|Families|Anxious relatives] [gathered|waited|kept vigil] at the [ferry terminal|port|harbour gates] [in {place}|in {city}|overnight] [waiting for news|hoping for news|for hours].",
            "The coast guard said [waves|swells] of up to [three|four|five] metres [hampered|slowed|complicated] the [search|rescue effort].",
            "[Survivors|Those rescued|The rescued passengers] were [taken|brought] to [the port hospital|a clinic in {place}|hospitals in {city}] and [a school gymnasium|a sports hall|a church hall].",
            "The [ferry operator|shipping company|company that owns the ferry] [suspended|halted|cancelled] all its [sailings|crossings] [pending an inspection|until further notice|for the week].",
            "The passenger list did not include [children under three|infants|people who boarded at the last minute], [officials said|the port authority said|according to the coast guard].",
            "[Fishing boats|Trawlers|Private boats] from {place} [joined the search|went out to help] [at first light|at dawn on {pubday}|overnight].",
            "Divers [were expected to|will] [search|examine] the [hull|wreck] once the [weather improves|sea calms|wind drops].",
            "The [ferry|vessel] had passed a [safety inspection|routine inspection] in [the spring|{month_prev}|{year_past}], the port authority said.",
            "[Life jackets|Suitcases|Debris] [and debris|and life rafts|and seat cushions] washed up [on beaches|along the shore] [near {place}|south of {city}|on {pubday}].",
            "The [captain|ship's master] was among the survivors and was being questioned by [police|prosecutors|investigators].",
        ],
        quotes=[
            "The sea was [very rough|wild], and the ship turned over in a matter of minutes",
            "We are not giving up. There may still be air pockets in the hull",
            "The vessel was licensed to carry far fewer people than that",
            "Every boat that can go out [is out there searching|has joined the search]",
            "We will publish the passenger list as soon as it has been [checked|verified]",
        ],
        witness=[
            "The ship [tilted|leaned over] and everything slid to one side",
            "I jumped with my [son|daughter] and held on to a piece of wood for [two|three] hours",
            "People were screaming in the dark and we could not see anything",
            "There were not enough life jackets for everyone[ on board|]",
        ],
        roles=[
            ("coast guard spokesperson", "a spokesperson for the coast guard"),
            ("Governor", "the provincial governor"),
            ("Transport Minister", "the transport minister"),
            ("port manager", "who runs the port authority"),
        ],
        orgs=["the coast guard", "the ferry operator", "the port authority", "officials", "the navy"],
        accounts=[("Coast Guard Station {place}", "CG{slug}"), ("{region} Port Authority", "{slug}Port")],
        posts=[
            "Search and rescue operations ongoing off {place}. Relatives may proceed to the port terminal for the list of survivors.",
            "All sailings from {place} are suspended until further notice due to the weather.",
            "Survivors are being brought to the pier. Please keep the access road clear.",
        ],
        captions=[
            "Relatives wait at the pier in {place} on {day}.",
            "Rescuers bring a survivor ashore.",
            "The overturned hull of the ferry off {place}.",
            "Coast guard boats search the area on {pubday}.",
        ],
        headlines=[
            "?dead Ferry capsizes off {place}, {d_dead} dead",
            "?missing Dozens missing after ferry sinks off {place}",
            "Ferry with {d_aboard} aboard capsizes near {place}",
            "Rescuers race to find survivors of {place} ferry accident",
            "?dead Death toll in {place} ferry sinking rises",
        ],
        figure_text={
            "aboard": [
                "the vessel was carrying {n} passengers and crew",
                "{n} people were on board",
                "there were {n} people aboard",
            ],
            "rescued": [
                "{n} people were rescued",
                "rescuers pulled {n} people from the water",
                "{n} survivors were brought ashore",
            ],
            "offshore": [
                "the ferry sank {n} kilometres from the coast",
                "the ship went down {n} kilometres offshore",
            ],
        },
        tag="ferry",
    ),
    Kind(
        key="cyberattack",
        nouns=["cyberattack", "ransomware attack", "hack"],
        responders=["IT staff", "security specialists", "technicians"],
        victims=["patients", "customers", "staff"],
        sites=[
            ("{place} General Hospital", "the hospital"),
            ("the {place} water utility", "the utility"),
            ("{company_root} Bank", "the bank"),
            ("the {place} city council", "the council"),
            ("the {region} health authority", "the health authority"),
        ],
        figures={
            "records": (20000, 2400000, 0.0),
            "days": (2, 21, 0.0),
            "ransom": (1, 12, 0.0),
            "diverted": (20, 900, 0.0),
            "branches": (4, 60, 0.0),
            "responders": (10, 80, 0.0),
        },
        leads=[
            "a ransomware attack crippled computer systems at {site}",
            "hackers shut down computer networks at {site}",
            "{a_incident} knocked {site} offline",
            "a cyberattack forced {site} to switch to paper records",
            "{site} was hit by {a_incident}",
        ],
        causes=[
            "the attackers are believed to have got in through a phishing email",
            "a stolen password reportedly gave the hackers access to the network",
            "{group} is believed to be behind the attack",
            "an unpatched server may have been used to enter the network",
            "the ransomware appears to have spread through a supplier's software",
        ],
        details=[
            "Staff switched to paper forms and handwritten notes[ at {site_short}|].",
            "{Group} posted samples of what it said was stolen data on its leak site.",
            "The national cyber security agency sent a team to help restore systems[ at {site_short}|].",
            "Card payments were unavailable for [most of the day|several hours] in {place}.",
            "Police [in {region}|in {place}] have opened a criminal investigation.",
            "{site_cap} said it would contact everyone whose data might have been affected.",
            "Backups were intact, and systems were being restored [one by one|in stages], {org} said.",
            "Phone lines were overwhelmed by people asking whether their data was safe.",
            "Emergency services in {place} continued to operate, officials said.",
            "The [data protection regulator|regulator] said it had been informed of a possible data breach[ at {site_short}|].",
        ],
        quotes=[
            "We will not pay criminals, and we are restoring our systems from [backups|clean copies]",
            "[Patient|Customer] safety has not been compromised at any point",
            "This was a [sophisticated|carefully planned] attack, and it will take [time|weeks] to recover fully",
            "We are working with the police and the national cyber agency[ around the clock|]",
            "We are sorry for the disruption and we understand how [worrying|frustrating] this is",
        ],
        witness=[
            "They told me my appointment was cancelled and to call back [next week|in a few days]",
            "The screens at the reception were all [black|frozen]",
            "I couldn't pay for anything, the cards just didn't work",
            "Nobody could tell us whether our details had been stolen",
        ],
        roles=[
            ("chief executive", "the organisation's chief executive"),
            ("IT director", "who heads its IT department"),
            ("Detective Inspector", "who leads the police cybercrime unit"),
            ("Mayor", "the mayor of {place}"),
        ],
        orgs=[
            "the organisation",
            "police",
            "the national cyber security agency",
            "officials",
            "a spokesperson",
        ],
        accounts=[("National Cyber Security Agency", "NCSA_{slug}"), ("{site_name}", "{slug}Official")],
        posts=[
            "We are experiencing a major IT incident. Please only come to the emergency department if it is urgent.",
            "Our systems are being restored. Appointments for tomorrow are cancelled; we will contact you.",
            "We are aware of an incident affecting {site_short_name} and are supporting the response.",
        ],
        captions=[
            "The entrance of {site} in {place} on {day}.",
            "Staff work with paper records on {pubday}.",
            "A notice about the outage at the reception desk.",
        ],
        headlines=[
            "Cyberattack cripples {site}",
            "Ransomware hits {site}",
            "Hackers demand ransom after attack on {site}",
            "{site_cap} still offline days after cyberattack",
            "Data of thousands may be exposed in {place} hack",
        ],
        figure_text={
            "records": [
                "the personal data of {n} people may have been exposed",
                "{n} records were affected",
                "the hackers claimed to have stolen {n} files",
            ],
            "days": [
                "systems were offline for {n} days",
                "some systems were still down {n} days after the attack",
            ],
            "ransom": ["the attackers demanded {n} in cryptocurrency", "the ransom demand was {n}"],
            "diverted": [
                "{n} appointments were cancelled",
                "{n} ambulances were diverted to other hospitals",
            ],
            "branches": ["{n} offices had to close", "services at {n} sites were disrupted"],
        },
        consequences={"diverted": ["forcing the cancellation of {n} appointments"]},
        tag="cyber",
    ),
    Kind(
        key="train-derailment",
        nouns=["derailment", "crash", "accident"],
        responders=["rescue workers", "paramedics", "firefighters"],
        victims=["passengers", "people"],
        sites=[
            ("a passenger train", "the train"),
            ("an intercity train", "the train"),
            ("a regional train", "the train"),
        ],
        figures={
            "aboard": (80, 700, 0.0),
            "dead": (2, 25, 0.4),
            "injured": (5, 120, 0.1),
            "cars": (2, 9, 0.0),
            "speed": (60, 160, 0.0),
            "responders": (40, 300, 0.0),
        },
        leads=[
            "{site} derailed near {place}",
            "{site} came off the tracks outside {place}",
            "several carriages of {site} overturned near {place}",
            "{site} derailed on a bend south of {place}",
        ],
        causes=[
            "a broken rail is believed to have caused the derailment",
            "the train was reportedly travelling too fast for the bend",
            "a signalling fault may have played a role",
            "a landslide is thought to have covered part of the track",
            "heat is believed to have buckled the rails",
        ],
        details=[
            "The line between {place} and {city} will stay closed for [several days|at least a week].",
            "Passengers climbed out through [broken windows|emergency exits] before help arrived.",
            "Cranes were brought in [from {city}|overnight] to lift the overturned carriages.",
            "The rail operator said the track had been inspected [last month|in {month_prev}].",
            "Replacement buses are running between {place} and {city}[ until further notice|].",
            "The train's data recorder has been recovered, [investigators said|according to the accident investigation board].",
            "[Local farmers|Residents of {district}] were among the first to reach the wreck.",
            "The crash site is in a [cutting|ravine|wooded valley] that is hard to reach by road.",
            "The train was [travelling from {city} to {place2}|on its way to {city}] when it came off the rails.",
            "Rail unions said they had [warned about the state of the line|raised concerns about the track] [for years|in {year_past}].",
        ],
        quotes=[
            "Some carriages were lying on their side, and people were trapped inside",
            "We will look at the track, the train and the signals, and we will not rule anything out",
            "The driver is [co-operating with|helping] the investigation",
            "Our thoughts are with everyone who was on that train[ and their families|]",
        ],
        witness=[
            "There was a terrible noise of metal, and then we were upside down",
            "People helped each other out through the windows",
            "The train was going very fast, faster than [usual|normal]",
            "I was thrown across the carriage with my [suitcase|bag]",
        ],
        roles=[
            ("Transport Minister", "the transport minister"),
            ("rail operator spokesperson", "who speaks for the rail operator"),
            ("Governor", "the regional governor"),
            ("chief investigator", "who leads the accident investigation"),
        ],
        orgs=[
            "the rail operator",
            "police",
            "the accident investigation board",
            "officials",
            "emergency services",
        ],
        accounts=[("{region} Railways", "{slug}Rail"), ("{place} Police", "{slug}Police")],
        posts=[
            "Following an incident near {place}, the line to {city} is closed. Replacement buses are running.",
            "Emergency services are at the scene of a derailment near {place}. Please avoid the area.",
        ],
        captions=[
            "Overturned carriages lie beside the track near {place} on {day}.",
            "Rescue workers at the crash site.",
            "A crane lifts a carriage on {pubday}.",
        ],
        headlines=[
            "?dead Train derailment near {place} kills {d_dead}",
            "Train derails near {place}",
            "?dead {d_dead} dead in {place} train crash",
            "Investigators probe cause of {place} derailment",
            "?injured Dozens hurt as train derails near {place}",
        ],
        figure_text={
            "aboard": [
                "the train was carrying {n} passengers",
                "{n} people were on board",
                "{n} passengers were aboard",
            ],
            "cars": ["{n} carriages left the rails", "{n} of the train's carriages derailed"],
            "speed": [
                "the train was travelling at {n} km/h",
                "the train was going at {n} kilometres per hour",
            ],
        },
        tag="rail",
    ),
    Kind(
        key="building-collapse",
        nouns=["collapse", "disaster"],
        responders=["rescuers", "rescue teams", "firefighters"],
        victims=["residents", "people", "workers"],
        sites=[
            ("a residential building on {street}", "the building"),
            ("a five-storey apartment block", "the block"),
            ("a shopping centre under construction", "the building"),
            ("the old market hall", "the hall"),
        ],
        figures={
            "dead": (2, 30, 0.3),
            "injured": (2, 40, 0.2),
            "trapped": (2, 20, 0.3),
            "rescued": (3, 40, 0.0),
            "responders": (30, 400, 0.0),
            "evacuated": (40, 800, 0.2),
        },
        leads=[
            "{site} collapsed in {place}",
            "{site} caved in near the centre of {place}",
            "{site} came down in {place}",
            "part of {site} collapsed in {place}",
        ],
        causes=[
            "a gas explosion is believed to have brought the building down",
            "illegal extra floors may have overloaded the structure",
            "the building is thought to have been weakened by recent renovation work",
            "water leaking into the foundations reportedly undermined the building",
        ],
        details=[
            "Rescuers used [cameras and listening devices|thermal cameras] to search for survivors.",
            "Neighbouring buildings [on {street}|in the block] were evacuated as a precaution.",
            "The owner of the building was detained for questioning, [police said|according to prosecutors].",
            "Residents had complained about cracks in the walls for [months|a year|years].",
            "Heavy machinery was brought in [from {city}|overnight] to lift slabs of concrete.",
            "The municipality said the building had no permit for [the top floors|the extension|its recent renovation].",
            "Volunteers formed human chains to pass rubble out by hand[ on {street}|].",
            "Sniffer dogs [from {city}|from the army] joined the search [on {day} night|overnight].",
            "The building dated from [the 1970s|1962|the 1980s], [according to|records held by] the {place} land registry.",
        ],
        quotes=[
            "We heard voices under the rubble, and that keeps us going",
            "We have to work slowly, because the rest of the structure is unstable",
            "Nobody should have been living in a building in that condition",
        ],
        witness=[
            "It went down like a house of cards",
            "The dust was everywhere, we couldn't breathe",
            "I had been complaining about the cracks for a year",
        ],
        roles=[
            ("Mayor", "the mayor of {place}"),
            ("Fire Chief", "the fire chief"),
            ("Governor", "the regional governor"),
            ("city engineer", "the municipality's chief engineer"),
        ],
        orgs=["rescuers", "police", "the municipality", "officials", "emergency services"],
        accounts=[("{place} Fire Department", "{slug}Fire"), ("City of {place}", "Cityof{slug}")],
        posts=[
            "Rescue operation continues at the collapsed building in {place}. Please keep the street clear for equipment.",
            "Residents of buildings next to the collapse site should stay with relatives tonight. Shelter available at the town hall.",
        ],
        captions=[
            "Rescuers search the rubble in {place} on {day}.",
            "The remains of the building on {pubday}.",
        ],
        headlines=[
            "?dead Building collapse in {place} kills {d_dead}",
            "Building collapses in {place}",
            "?trapped Rescuers search for people trapped in {place} collapse",
            "?dead {d_dead} dead as building falls in {place}",
        ],
        figure_text={
            "trapped": [
                "{n} people were trapped under the rubble",
                "rescuers believed {n} people were still trapped",
            ]
        },
        tag="collapse",
    ),
    Kind(
        key="wildfire",
        nouns=["wildfire", "fire", "forest fire"],
        responders=["firefighters", "fire crews", "soldiers"],
        victims=["residents", "people"],
        sites=[("the hills above {place}", "the hills"), ("the forest north of {place}", "the forest")],
        figures={
            "hectares": (300, 40000, 0.0),
            "homes": (3, 400, 0.2),
            "evacuated": (300, 30000, 0.0),
            "responders": (100, 2500, 0.0),
            "aircraft": (3, 30, 0.0),
            "dead": (2, 9, 0.7),
            "injured": (2, 30, 0.4),
        },
        leads=[
            "a wildfire swept through {site}",
            "a fast-moving wildfire tore through {site}",
            "wind-driven flames raced through {site}",
            "a forest fire burned out of control in {site}",
        ],
        causes=[
            "lightning is believed to have started the fire",
            "a power line may have sparked the blaze",
            "arson is suspected",
            "the fire reportedly began at a rubbish dump",
            "sparks from farm machinery are thought to have ignited dry grass",
        ],
        details=[
            "Strong winds pushed the flames toward the [edge of {place}|{district} district|villages north of {place}].",
            "Smoke closed the [motorway|main road] to {city} for several hours[ on {day}|].",
            "Temperatures above [38|40|42] degrees and [strong|gusting] winds made the fire hard to fight.",
            "[Neighbouring countries|Other regions] sent water-bombing planes to help[ on {pubday}|].",
            "Residents [hosed down their roofs|cleared dry brush from their gardens] before leaving.",
            "[Livestock were released from farms|Farmers drove their animals away] in the path of the fire.",
            "The fire was still not contained on {pubday}, [officials said|according to the fire service].",
            "[Campsites|Holiday homes] [near {place}|along the coast road] were [evacuated|cleared] [overnight|on {day}].",
            "The [regional|national] weather service had warned of [extreme|very high] fire danger [for {region}|all week].",
        ],
        quotes=[
            "The wind changed direction [three|several] times, and the fire jumped the road",
            "If you are told to leave, leave. Do not wait to see the flames",
            "We are fighting on several fronts at once[ around {place}|]",
        ],
        witness=[
            "The sky went red and ash was falling like rain",
            "We left with the clothes we were wearing",
            "Our house is still standing, but the whole street behind it is gone",
        ],
        roles=[
            ("civil protection chief", "who heads civil protection in {region}"),
            ("Mayor", "the mayor of {place}"),
            ("Governor", "the regional governor"),
            ("Fire Chief", "the regional fire chief"),
        ],
        orgs=["firefighters", "civil protection officials", "officials", "the regional government"],
        accounts=[
            ("{region} Fire Service", "{slug}FireService"),
            ("{region} Civil Protection", "{slug}CivilProt"),
        ],
        posts=[
            "Evacuate now: residents of {district} and the villages north of {place} must leave immediately.",
            "The fire near {place} is not contained. The road to {city} is closed.",
        ],
        captions=[
            "Flames approach houses on the edge of {place} on {day}.",
            "A water-bombing plane over the hills on {pubday}.",
        ],
        headlines=[
            "Wildfire forces thousands to flee {place}",
            "?dead Wildfire near {place} kills {d_dead}",
            "Wildfire rages near {place}",
            "?homes Homes destroyed as wildfire hits {place}",
        ],
        figure_text={
            "hectares": [
                "the fire had burned {n} hectares",
                "{n} hectares of forest and scrub were scorched",
            ],
            "homes": ["{n} homes were destroyed", "the fire destroyed {n} houses"],
            "aircraft": [
                "{n} aircraft were dropping water on the flames",
                "{n} water-bombing planes and helicopters were deployed",
            ],
        },
        consequences={"homes": ["destroying {n} homes"]},
        tag="wildfire",
    ),
]

# Figures that are round estimates, not counts.
MONEY_FIGURES = {"ransom", "funds"}  # in millions of the event's currency
ROUND_FIGURES = {
    "evacuated",
    "homes",
    "records",
    "hectares",
    "power",
    "responders",
    "aboard",
    "rescued",
    "diverted",
}
# Figures that can grow between reporting dates (a cumulative toll).
GROWING = {"dead", "injured"}


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------


def number_words(n: int) -> str:
    """English words for 0 <= n < 1,000,000 ("two hundred forty-five")."""
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + (f"-{ONES[o]}" if o else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return f"{ONES[h]} hundred" + (f" {number_words(r)}" if r else "")
    th, r = divmod(n, 1000)
    return f"{number_words(th)} thousand" + (f" {number_words(r)}" if r else "")


def round_nice(v: int) -> int:
    if v >= 10_000:
        return round(v, -3)
    if v >= 1_000:
        return round(v, -2)
    if v >= 100:
        return round(v, -1)
    return v


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def low_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text else text


def a_an(noun: str) -> str:
    return ("an " if noun[:1].lower() in "aeiou" else "a ") + noun


def _split_cond(template: str) -> tuple[str | None, bool, str]:
    """ "?dead text" -> ("dead", True, "text"); "?!dead text" -> ("dead", False, "text")."""
    if not template.startswith("?"):
        return None, True, template
    head, _, rest = template.partition(" ")
    if head.startswith("?!"):
        return head[2:], False, rest
    return head[1:], True, rest


@dataclass
class Outlet:
    name: str
    domain: str
    abbr: str
    curly: bool
    british: bool
    ap_numbers: bool
    dateline: bool
    byline: bool
    updated: bool
    heading_style: str


OUTLETS = 60


def make_outlets(seed: int, count: int = OUTLETS) -> list[Outlet]:
    rng = random.Random(f"{seed}:outlets")
    names: list[str] = []
    while len(names) < count:
        name = f"{rng.choice(['The ', '', ''])}{rng.choice(OUTLET_A)} {rng.choice(OUTLET_B)}{rng.choice(OUTLET_C)}"
        if name not in names:
            names.append(name)
    outlets = []
    for name in names:
        bare = name.removeprefix("The ")
        outlets.append(
            Outlet(
                name=name,
                domain=f"www.{slug(bare).replace('-', '')}.{rng.choice(['com', 'com', 'net', 'news', 'org'])}",
                abbr="".join(w[0] for w in bare.split()).upper(),
                curly=rng.random() < 0.5,
                british=rng.random() < 0.35,
                ap_numbers=rng.random() < 0.5,
                dateline=rng.random() < 0.45,
                byline=rng.random() < 0.5,
                updated=rng.random() < 0.3,
                heading_style=rng.choice(["## ", "## ", "", "### "]),
            )
        )
    return outlets


def _root(rng: random.Random) -> str:
    return rng.choice(ROOT_A) + rng.choice(ROOT_B)


@dataclass
class Event:
    index: int
    kind: Kind
    place: str
    place2: str
    region: str
    city: str
    day: date
    hour: int
    names: dict[str, str]  # context values fixed for the event
    figures: dict[str, int]
    officials: list[tuple[str, str, str]]  # (title, description, full name)
    outlets: list[int]


def make_event(seed: int, index: int, n_outlets: int) -> Event:
    rng = random.Random(f"{seed}:event:{index}")
    kind = KINDS[rng.randrange(len(KINDS))]
    place = rng.choice(PLACE_PREFIX) + _root(rng)
    region = _root(rng) + rng.choice(REGION_SUFFIX)
    company_root = _root(rng)
    company = f"{company_root} {rng.choice(COMPANY_SUFFIX)}"
    site_full, site_short = rng.choice(kind.sites)
    names = {
        "company": company,
        "company_root": company_root,
        "street": _root(rng) + rng.choice(STREET_SUFFIX),
        "street2": _root(rng) + rng.choice(STREET_SUFFIX),
        "district": rng.choice(["", "", "Old ", "Upper ", "Lower "]) + _root(rng),
        "river": _root(rng),
        "ship": rng.choice(["MV ", "MV ", "", "MS "])
        + rng.choice(
            [
                f"{_root(rng)} Star",
                f"{_root(rng)} Express",
                f"Princess of {_root(rng)}",
                f"{_root(rng)} Voyager",
            ]
        ),
        "group_name": rng.choice(
            [
                f"{rng.choice(CYBER_GROUP_A)}{rng.choice(CYBER_GROUP_B)}",
                f"{_root(rng)} Liberation Front",
                f"{_root(rng)} People's Army",
            ]
        )
        if kind.key != "cyberattack"
        else f"{rng.choice(CYBER_GROUP_A)}{rng.choice(CYBER_GROUP_B)}",
        "town_kind": rng.choice(TOWN_KINDS),
        "known_for": rng.choice(KNOWN_FOR),
        "direction": rng.choice(DIRECTIONS),
        "leader": f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
        "mayor": f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
        "year_past": str(rng.randint(1998, 2021)),
        "ordinal": rng.choice(["second", "third", "fourth", "fifth"]),
        "currency": rng.choice(["$", "€", " euros", " dollars"]),
        "politician": f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
    }
    names["group"] = "the " + names["group_name"] + (" group" if " " not in names["group_name"] else "")
    names["site"] = site_full.format(**names, place=place, region=region)
    names["site_short"] = site_short
    figures = {}
    for name, (low, high, p_zero) in kind.figures.items():
        if rng.random() < p_zero:
            figures[name] = 0
        else:
            v = rng.randint(low, high)
            figures[name] = round_nice(v) if name in ROUND_FIGURES else v
    if "downed" in figures:
        figures["downed"] = min(figures["downed"], max(2, figures["drones"] - rng.randint(0, 6)))
    if "rescued" in figures and "aboard" in figures:
        figures["rescued"] = max(2, figures["aboard"] - figures.get("dead", 0) - figures.get("missing", 0))
    figures.update(
        years_lived=rng.randint(12, 50),
        pop=round_nice(rng.randint(4_000, 240_000)),
        km=rng.randint(12, 140),
        minutes=rng.choice([30, 40, 45, 50, 60, 90]),
        staff=round_nice(rng.randint(60, 1400)),
        weeks=rng.randint(2, 8),
        mourning=rng.choice([2, 3]),
        hist=rng.randint(3, 60),
        funds=rng.randint(2, 50),
    )
    officials = []
    for title, desc in rng.sample(kind.roles, k=len(kind.roles)):
        officials.append(
            (
                title,
                desc.format(place=place, region=region),
                f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
            )
        )
    return Event(
        index=index,
        kind=kind,
        place=place,
        place2=rng.choice(PLACE_PREFIX) + _root(rng),
        region=region,
        city=_root(rng),
        day=date(2024, 1, 1) + timedelta(days=rng.randrange(700)),
        hour=rng.choice([1, 3, 5, 6, 7, 9, 11, 14, 16, 19, 21, 23]),
        names=names,
        figures=figures,
        officials=officials,
        outlets=rng.sample(range(OUTLETS), k=min(OUTLETS, max(n_outlets, 1))),
    )


# --------------------------------------------------------------------------------------------
# One outlet's article about one event
# --------------------------------------------------------------------------------------------


class Context(dict[str, str]):
    """Template fields; figures ("n_dead", "d_dead") and varying words are rendered on lookup."""

    def __init__(self, writer: Writer, fixed: dict[str, str]) -> None:
        super().__init__(fixed)
        self.writer = writer

    def __missing__(self, key: str) -> str:
        w = self.writer
        if key[:1].isupper():
            return cap(self[key[:1].lower() + key[1:]])
        if key.startswith("n_"):
            return w.qty(key[2:])
        if key.startswith("d_"):
            return w.num(w.figures[key[2:]], exact=True)
        if key == "responders":
            return w.rng.choice(w.event.kind.responders)
        if key == "victims":
            return w.rng.choice(w.event.kind.victims)
        if key == "incident":
            return w.noun
        if key == "the_incident":
            return "the " + w.noun
        if key == "a_incident":
            return a_an(w.noun)
        if key == "org":
            return w.fmt(w.rng.choice(w.event.kind.orgs))
        raise KeyError(key)


class Writer:
    def __init__(
        self,
        event: Event,
        outlet: Outlet,
        rng: random.Random,
        published: date,
        view_day: date,
        figures: dict[str, int],
        later: bool,
    ) -> None:
        self.event = event
        self.outlet = outlet
        self.rng = rng
        self.published = published
        self.view_day = view_day
        self.figures = figures
        self.later = later
        self.noun = rng.choice(event.kind.nouns)
        self.used: set[str] = set()
        self.recent: set[str] = set()  # templates used in the current paragraph
        self.mentioned: set[str] = set()
        self.stated: set[str] = set()
        self.q_open, self.q_close = ("“", "”") if outlet.curly else ('"', '"')
        e = event
        place_slug = re.sub(r"[^A-Za-z]", "", e.place)[:20]
        self.ctx = Context(
            self,
            {
                **e.names,
                "place": e.place,
                "place2": e.place2,
                "region": e.region,
                "city": e.city,
                "the_river": f"the {e.names['river']} River",
                "site_cap": cap(e.names["site"]),
                "site_name": cap(e.names["site"].removeprefix("the ")),
                "site_short_name": e.names["site"].removeprefix("the "),
                "day": WEEKDAYS[view_day.weekday()],
                "pubday": WEEKDAYS[published.weekday()],
                "nextday": WEEKDAYS[(published.weekday() + rng.randint(1, 3)) % 7],
                "slug": place_slug,
                "groupslug": re.sub(r"[^A-Za-z]", "", e.names["group_name"])[:20],
                "tag": e.kind.tag + place_slug,
                "month_next": MONTHS[(published.month + rng.randint(0, 4)) % 12],
                "month_prev": MONTHS[(e.day.month - rng.randint(2, 6)) % 12],
            },
        )

    # -- numbers and dates ------------------------------------------------------------------

    def num(self, v: int, exact: bool = False) -> str:
        rng = self.rng
        if v >= 1_000_000:
            return f"{v / 1e6:.1f}".rstrip("0").rstrip(".") + " million"
        r = rng.random()
        if 0 < v < 10 and self.outlet.ap_numbers:
            return number_words(v)
        if exact:
            return f"{v:,}"
        if v <= 20 and r < 0.3:
            return number_words(v)
        if v < 100 and v % 10 == 0 and r < 0.25:
            return number_words(v)
        if v < 1000 and v % 100 == 0 and r < 0.15:
            return number_words(v)
        if 1000 <= v <= 20_000 and v % 1000 == 0 and r < 0.15:
            return number_words(v)
        return f"{v:,}"

    def qty(self, name: str) -> str:
        v = self.figures[name]
        rng = self.rng
        if name in MONEY_FIGURES:
            cur = self.event.names["currency"]
            amount = f"{v} million" if rng.random() < 0.8 else f"{v * 1_000_000:,}"
            return f"{cur}{amount}" if cur.startswith(("$", "€")) else f"{amount}{cur}"
        r = rng.random()
        if v >= 10 and r < 0.08:
            hi = v + max(1, round(v * rng.uniform(0.1, 0.3)))
            hi = round_nice(hi) if name in ROUND_FIGURES else hi
            form = rng.randrange(3)
            if form == 0:
                return f"between {self.num(v)} and {self.num(hi)}"
            if form == 1:
                return f"{self.num(v)} to {self.num(hi)}"
            return f"{v:,}-{hi:,}"
        i = 0
        x = rng.random() * _QUAL_CUM[-1]
        while _QUAL_CUM[i] < x:
            i += 1
        return _QUAL_TEXT[i] + self.num(v)

    def date_md(self, d: date) -> str:
        return f"{d.day} {MONTHS[d.month - 1]}" if self.outlet.british else f"{MONTHS[d.month - 1]} {d.day}"

    def hour(self) -> str:
        h = self.event.hour
        if self.outlet.british:
            return f"{h:02d}:{self.rng.choice(['00', '15', '30', '40'])}"
        return (
            f"{(h - 1) % 12 + 1}{self.rng.choice(['', ':15', ':30', ':45'])} {'a.m.' if h < 12 else 'p.m.'}"
        )

    def when(self) -> str:
        """The event's time, as a phrase placed after a clause ("on Tuesday")."""
        d = self.view_day
        wd = WEEKDAYS[d.weekday()]
        part = "morning" if self.event.hour < 12 else ("afternoon" if self.event.hour < 18 else "evening")
        options = [
            f"on {wd}",
            f"on {wd}",
            f"early on {wd}",
            f"on {wd} {part}",
            f"on {self.date_md(d)}",
            f"late on {wd}",
            f"on {wd}, {self.date_md(d)}",
            f"shortly after {self.hour()} on {wd}",
            f"in the early hours of {wd}" if self.event.hour < 6 else f"on {wd} {part}",
        ]
        if d == self.published:
            options += [f"this {part}", "earlier today"]
        elif (self.published - d).days == 1:
            options.append(f"yesterday {part}" if part != "evening" else "last night")
        return self.rng.choice(options)

    # -- attribution ------------------------------------------------------------------------

    def speaker(self, named: bool | None = None) -> str:
        """A named official (first mention in full) or an organisation."""
        rng = self.rng
        if named is None:
            named = rng.random() < 0.6
        if not named:
            return self.fmt(rng.choice(self.event.kind.orgs))
        title, desc, full = rng.choice(self.event.officials)
        surname = full.split()[-1]
        if full in self.mentioned:
            return surname
        self.mentioned.add(full)
        if rng.random() < 0.6:
            return f"{title} {full}"
        return f"{full}, {desc},"

    def attribute(self, clause: str, hedge: bool = False) -> str:
        """A claim clause as a sentence, credited to someone or not, with varied clause order."""
        rng = self.rng
        time = ""
        lead_time = ""
        if rng.random() < 0.3:
            if rng.random() < 0.5:
                lead_time = cap(self.when()) + ", "
            else:
                time = " " + self.when()
        first = (lambda x: x) if lead_time else cap  # "On Tuesday, the fire ..." / "The fire ..."
        if hedge:
            if rng.random() < 0.5:
                return f"{lead_time}{first(clause)}{time}{rng.choice(HEDGED_ENDINGS)}."
            return f"{rng.choice(HEDGED_OPENINGS)}{low_first(lead_time)}{clause}{time}."
        form = rng.randrange(12)
        if form < 2:
            return f"{lead_time}{first(clause)}{time}."
        s = self.speaker()
        s_end = s.rstrip(",")
        said = rng.choice(SAID)
        if form == 2:
            return f"{lead_time}{first(clause)}{time}, said {s_end}."
        if form == 3:
            return f"{lead_time}{first(clause)}{time}, {s} {said}."
        if form == 4:
            return f"{lead_time}{first(s)} said {clause}{time}."
        if form == 5:
            return f"{lead_time}{first(s)} said that {clause}{time}."
        if form == 6:
            return f"According to {s_end}, {low_first(lead_time)}{clause}{time}."
        if form == 7:
            return f"{lead_time}{first(clause)}{time}, according to {s_end}."
        if form == 8:
            return f"{cap(s)} told {self.outlet.name.removeprefix('The ')} that {clause}{time}."
        if form == 9:
            return f"In a statement, {s} said {clause}{time}."
        if form == 10:
            return f"Speaking to reporters on {self.ctx['pubday']}, {s} said {clause}."
        return f"{cap(s)} confirmed that {clause}{time}."

    def quote(self, text: str, witness: bool = False) -> str:
        rng = self.rng
        o, c = self.q_open, self.q_close
        text = self.fmt(text)
        if witness:
            name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
            occupation = self.fmt(rng.choice(OCCUPATIONS))
            age = rng.randint(19, 84)
            if occupation.startswith("who"):
                who = f"{name}, {age}, {occupation}"
            else:
                who = f"{name}, {occupation}" if rng.random() < 0.5 else f"{name}, {age}, {occupation}"
            form = rng.randrange(3)
            if form == 0:
                return f"{o}{text},{c} said {who}."
            if form == 1:
                return f"{who.split(',')[0]}, {age}, said: {o}{text}.{c}"
            more = self.pick(GENERIC_WITNESS)
            return f"{o}{text},{c} said {who}." + (f" {o}{self.fmt(more)}.{c}" if more else "")
        s = self.speaker(named=rng.random() < 0.85)
        s_end = s.rstrip(",")
        form = rng.randrange(6)
        if form == 0:
            return f"{o}{text},{c} said {s_end}."
        if form == 1:
            return f"{o}{text},{c} {s} said."
        if form == 2:
            return f"{cap(s)} said: {o}{text}.{c}"
        if form == 3:
            return f"{o}{text},{c} {s} told reporters."
        if form == 4:
            return f"{o}{text},{c} {s} said in a statement on {self.ctx['pubday']}."
        more = self.fmt(self.pick(GENERIC_QUOTES + self.event.kind.quotes) or GENERIC_QUOTES[0])
        return f"{o}{text},{c} {s} said. {o}{more}.{c}"

    # -- templates --------------------------------------------------------------------------

    def fmt(self, template: str) -> str:
        if "[" in template:
            template = ALTERNATION.sub(lambda m: self.rng.choice(m[1].split("|")), template)
            template = A_BEFORE_VOWEL.sub(r"\1n", template)
        return template.format_map(self.ctx)

    def allowed(self, template: str) -> str | None:
        name, positive, text = _split_cond(template)
        if name is None:
            return text
        if name == "physical":
            holds = self.event.kind.key != "cyberattack"
        else:
            holds = self.figures.get(name, 0) > 0
        return text if holds == positive else None

    def pick(self, templates: list[str]) -> str | None:
        """A template whose condition holds, one not used yet in this article if there is one."""
        fresh = [t for t in templates if t not in self.used and self.allowed(t) is not None]
        if not fresh:  # all used: start the pool again, but not within one paragraph
            self.used.difference_update(templates)
            fresh = [t for t in templates if t not in self.recent and self.allowed(t) is not None]
            if not fresh:
                return None
        t = self.rng.choice(fresh)
        self.used.add(t)
        self.recent.add(t)
        return self.allowed(t)

    # -- sentences ----------------------------------------------------------------------------

    def figure_sentence(self, name: str | None = None) -> str | None:
        rng = self.rng
        kind = self.event.kind
        if name is None:
            names = [f for f in kind.figures if f not in self.stated] or list(kind.figures)
            name = rng.choice(names)
        self.stated.add(name)
        value = self.figures[name]
        if value == 0:
            templates = ZERO.get(name)
            if not templates:
                return None
            return self.attribute(self.fmt(rng.choice(templates)))
        pool = kind.figure_text.get(name) or FIGURES.get(name, [])
        if self.later and name in UPDATE_FIGURES and rng.random() < 0.5:
            pool = UPDATE_FIGURES[name]
        template = rng.choice(pool)
        self.ctx["n"] = self.qty(name)
        clause = self.fmt(template)
        del self.ctx["n"]
        hedge = "reportedly" not in clause and rng.random() < 0.12
        return self.attribute(clause, hedge=hedge)

    def lead(self) -> str:
        rng = self.rng
        kind = self.event.kind
        clause = self.fmt(rng.choice(kind.leads))
        consequences = []
        for name in ("dead", "injured", "missing", "evacuated", *kind.consequences):
            if self.figures.get(name, 0) > 0:
                consequences.append((name, kind.consequences.get(name) or CONSEQUENCES.get(name, [])))
        dateline = ""
        if self.outlet.dateline:
            dateline = f"{self.event.place.upper()}, {self.event.region} ({self.outlet.abbr}) — "
            if rng.random() < 0.4:
                dateline = f"{self.event.place.upper()} — "
        when = self.when()
        if consequences and rng.random() < 0.8:
            name, templates = rng.choice(consequences)
            self.stated.add(name)
            self.ctx["n"] = self.qty(name)
            consequence = self.fmt(rng.choice(templates))
            del self.ctx["n"]
            if rng.random() < 0.5:
                return f"{dateline}{cap(clause)} {when}, {consequence}, {self.speaker(named=False)} said."
            return f"{dateline}{cap(when)}, {clause}, {consequence}."
        return f"{dateline}{cap(clause)} {when}. {self.figure_sentence() or ''}".rstrip()

    def cause(self) -> str:
        clause = self.fmt(self.pick(self.event.kind.causes) or self.event.kind.causes[0])
        if self.rng.random() < 0.5:
            return self.attribute(clause)
        return cap(clause) + "."

    def post(self) -> str:
        rng = self.rng
        kind = self.event.kind
        account, handle = rng.choice(kind.accounts)
        text = rng.choice(POST_FORMS).format(text=self.fmt(rng.choice(kind.posts)), tag=self.ctx["tag"])
        d = self.view_day + timedelta(days=rng.choice([0, 0, 0, 1]))
        credit = (
            f"— {cap(self.fmt(account))} (@{self.fmt(handle)[:30]}) {MONTHS[d.month - 1]} {d.day}, {d.year}"
        )
        intro = rng.choice(
            [
                "{org} posted on social media:",
                "In a post on X, {org} wrote:",
                "{org} later posted an update:",
                "Shortly afterwards, {org} posted a warning:",
            ]
        ).format(org=cap(self.fmt(rng.choice(kind.orgs))))
        return f"{intro}\n\n{text}\n{credit}" if rng.random() < 0.6 else f"{text}\n{credit}"

    def caption(self) -> str:
        rng = self.rng
        text = self.fmt(rng.choice(self.event.kind.captions))
        photographer = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        form = rng.randrange(4)
        if form == 0:
            return f"{text} / Photo: {rng.choice(AGENCIES)}"
        if form == 1:
            return f"{text} / Photo: {photographer}, {self.outlet.name}"
        if form == 2:
            return f"{text} ({rng.choice(['AFP', 'Reuters', 'EPA', 'AP'])}/{photographer})"
        return f"{text} Photo: {rng.choice(AGENCIES)}/{photographer}"

    def heading(self) -> str:
        text = self.pick(HEADINGS) or "More"
        return self.outlet.heading_style + text

    def paragraph(self, slot: str) -> list[str]:
        rng = self.rng
        kind = self.event.kind
        out: list[str | None] = []
        self.recent.clear()
        if slot == "figures" and len(self.stated) >= len(kind.figures) and rng.random() < 0.6:
            slot = "detail"  # every figure was given already: restate one only now and then
        if slot == "figures":
            out = [self.figure_sentence() for _ in range(rng.choice([1, 1, 2]))]
        elif slot == "cause":
            out = [self.cause()]
            if rng.random() < 0.4:
                out.append(self.fmt(self.pick(GENERIC_UNKNOWN) or GENERIC_UNKNOWN[1]))
        elif slot == "quote":
            t = self.pick(kind.quotes + GENERIC_QUOTES)
            out = [self.quote(t) if t else None]
        elif slot == "witness":
            t = self.pick(kind.witness + GENERIC_WITNESS)
            out = [self.quote(t, witness=True) if t else None]
        else:
            pool = {
                "detail": kind.details,
                "background": GENERIC_BACKGROUND,
                "reaction": GENERIC_REACTION,
                "next": GENERIC_NEXT,
                "unknown": GENERIC_UNKNOWN,
                "history": GENERIC_HISTORY,
            }[slot]
            for _ in range(rng.choice([1, 2, 2, 3])):
                t = self.pick(pool)
                out.append(self.fmt(t) if t else None)
            if slot == "detail" and rng.random() < 0.3:
                out.append(self.figure_sentence())
        return [s for s in out if s]


SLOTS = [
    "figures",
    "cause",
    "quote",
    "witness",
    "detail",
    "background",
    "reaction",
    "next",
    "unknown",
    "history",
]
SLOT_WEIGHTS = [3.0, 1.0, 1.6, 1.0, 2.4, 1.0, 0.8, 0.8, 0.4, 0.4]


def write_article(event: Event, outlet: Outlet, rng: random.Random, words: int, nth: int) -> ArticleDict:
    """One outlet's report of an event: a dict with title, outlet, published_at, url, author, body,
    plus `event` (its id) and `reported` (the day and figures this outlet gives)."""
    offset = 0 if nth == 0 and rng.random() < 0.7 else rng.choice([0, 0, 1, 1, 1, 2, 3])
    published = event.day + timedelta(days=offset)
    view_day = event.day
    if rng.random() < 0.1:  # this outlet got the day wrong
        view_day = event.day + timedelta(days=rng.choice([-1, 1]))
        published = max(published, view_day)
    figures = dict(event.figures)
    for name in list(figures):
        v = figures[name]
        if name in event.kind.figures and v > 0 and rng.random() < 0.15:  # a different figure
            delta = max(1, round(v * rng.uniform(0.1, 0.4)))
            figures[name] = max(2, v + rng.choice([-delta, delta]))
            if name in ROUND_FIGURES:
                figures[name] = round_nice(figures[name])
        elif name in GROWING and v > 0 and offset > 0 and rng.random() < 0.6:  # the toll grew since
            figures[name] = v + rng.randint(1, max(2, v // 3 + 1))
    if "injured" in figures and figures["injured"] == 0 and rng.random() < 0.15:
        figures["injured"] = rng.randint(2, 4)  # reports injuries where others report none
    w = Writer(event, outlet, rng, published, view_day, figures, later=offset > 0)

    lines: list[str] = []
    count = 0

    def add(text: str) -> None:
        nonlocal count
        lines.append(text)
        count += len(text.split())

    author = (
        f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}" if outlet.byline or rng.random() < 0.3 else None
    )
    if outlet.byline and author:
        add(
            f"By {author}"
            + rng.choice(["", "", f"\n{rng.choice(['Staff Writer', 'Correspondent', 'Senior Reporter'])}"])
        )
    if outlet.updated:
        stamp = published
        h = rng.randint(6, 22)
        if outlet.british:
            add(
                f"Last updated: {stamp.day} {MONTHS[stamp.month - 1]} {stamp.year} {h:02d}:{rng.randint(0, 59):02d}"
            )
        else:
            add(
                f"Updated: {MONTHS[stamp.month - 1]} {stamp.day}, {stamp.year}, {(h - 1) % 12 + 1}:{rng.randint(0, 59):02d} "
                f"{'AM' if h < 12 else 'PM'}"
            )
    add(w.lead())
    first = w.figure_sentence()
    if first:
        add(first)
    want_post = rng.random() < 0.3
    want_caption = rng.random() < 0.35
    since_heading = 0
    paragraphs = 2
    while count < words:
        if want_caption and paragraphs >= 2 and rng.random() < 0.25:
            add(w.caption())
            want_caption = False
        if want_post and paragraphs >= 3 and rng.random() < 0.2:
            add(w.post())
            want_post = False
            continue
        if paragraphs >= 4 and since_heading >= 3 and rng.random() < 0.15:
            add(w.heading())
            since_heading = 0
        slot = rng.choices(SLOTS, SLOT_WEIGHTS)[0]
        sentences = w.paragraph(slot)
        if not sentences:
            continue
        text = ""
        for s in sentences:
            if count + len(text.split()) >= words:
                break
            text = f"{text} {s}" if text else s
        add(text)
        paragraphs += 1
        since_heading += 1
    body = "\n\n".join(lines) + "\n"

    title = w.fmt(w.pick(event.kind.headlines) or "{Incident} in {place}")
    title = cap(title)
    return {
        "title": title,
        "outlet": outlet.name,
        "published_at": published.isoformat(),
        "url": f"https://{outlet.domain}/{published.year}/{published.month:02d}/{published.day:02d}/{slug(title)}",
        "author": author,
        "event": f"e{event.index + 1}",
        "body": body,
        # What this outlet was made to report (ground truth; not written to the file).
        "reported": {
            "kind": event.kind.key,
            "place": event.place,
            "event_date": view_day.isoformat(),
            "figures": {k: v for k, v in figures.items() if k in event.kind.figures},
        },
    }


def generate_articles(
    n: int, words: int = 500, seed: int = 0, events: int | None = None
) -> list[ArticleDict]:
    """`n` articles of about `words` words each, reporting `events` events (default n // 4).

    Article i reports event i % events; the articles of one event come from different outlets
    (as long as there are outlets left). The same arguments give the same articles.
    """
    if n <= 0:
        return []
    k = max(1, min(n, events if events else n // 4 or 1))
    per_event = -(-n // k)
    outlets = make_outlets(seed)
    made: dict[int, Event] = {}
    out = []
    for i in range(n):
        e = i % k
        if e not in made:
            made[e] = make_event(seed, e, per_event)
        event = made[e]
        nth = i // k
        outlet = outlets[event.outlets[nth % len(event.outlets)]]
        rng = random.Random(f"{seed}:article:{i}")
        out.append(write_article(event, outlet, rng, words, nth))
    return out


def to_markdown(article: ArticleDict) -> str:
    """The article as a `.md` file: YAML front matter, then the body exactly."""
    lines = [
        "---",
        f"title: {json.dumps(article['title'], ensure_ascii=False)}",
        f"outlet: {json.dumps(article['outlet'], ensure_ascii=False)}",
        f"url: {article['url']}",
        f"published_at: {article['published_at']}",
    ]
    if article.get("author"):
        lines.append(f"author: {json.dumps(article['author'], ensure_ascii=False)}")
    lines.append("---")
    return "\n".join(lines) + "\n" + str(article["body"])


def file_name(i: int, article: ArticleDict) -> str:
    return f"{i + 1:05d}_{article['event']}_{slug(str(article['outlet']))}.md"


def write_articles(articles: list[ArticleDict], outdir: Path) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, article in enumerate(articles):
        path = outdir / file_name(i, article)
        path.write_text(to_markdown(article), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write N synthetic news articles (.md with front matter).")
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("outdir", type=Path, help="directory to write them to (created if missing)")
    parser.add_argument("--words", type=int, default=500, help="approximate words per article (default 500)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--events", type=int, default=None, help="number of distinct events (default N/4)")
    args = parser.parse_args(argv)
    if args.n < 0 or args.words < 1 or (args.events is not None and args.events < 1):
        parser.error("N must be >= 0, --words and --events >= 1")
    articles = generate_articles(args.n, words=args.words, seed=args.seed, events=args.events)
    paths = write_articles(articles, args.outdir)
    print(f"wrote {len(paths)} articles to {args.outdir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
