"""Word lists of general news English that the extractors and detectors rely on.

These are the project's own, small, and about the language of reporting (how sources are
credited, how outcomes and harm are described), never about one story.
"""

from __future__ import annotations

import re

from babel import Locale

# Verbs that introduce what someone said; keys are lemmas, values the stance they express.
COMMUNICATION_VERBS = {
    "say": "say", "tell": "say", "add": "say", "note": "say", "state": "say", "announce": "confirm",
    "confirm": "confirm", "acknowledge": "confirm", "admit": "confirm", "verify": "confirm",
    "deny": "deny", "reject": "deny", "refute": "deny", "dispute": "deny", "dismiss": "deny",
    "claim": "say", "report": "say", "insist": "say", "argue": "say", "warn": "say", "explain": "say",
    "write": "say", "tweet": "say", "post": "say", "declare": "say", "estimate": "say", "specify": "say",
    "indicate": "say", "disclose": "say", "reveal": "say", "assert": "say", "maintain": "say",
    "stress": "say", "emphasise": "say", "emphasize": "say", "caution": "say", "predict": "say",
    "agree": "say", "suggest": "say", "believe": "say", "allege": "say", "contend": "say", "recall": "say",
    "describe": "say", "blame": "say", "accuse": "say", "comment": "say", "decline": "say",
}  # fmt: skip
# Past and present forms whose lemma simplemma may not give as the verb.
SPEECH_FORMS = {
    "said": "say", "says": "say", "told": "tell", "tells": "tell", "wrote": "write", "writes": "write",
    "added": "add", "adds": "add", "noted": "note", "notes": "note", "stated": "state", "states": "state",
}  # fmt: skip

HEDGES = [
    "reportedly", "allegedly", "purportedly", "apparently", "supposedly", "possibly", "probably", "presumably",
    "likely", "unlikely", "may", "might", "could", "perhaps", "unconfirmed", "unverified", "suspected",
    "is believed to", "are believed to", "was believed to", "were believed to", "is believed", "it is believed",
    "believed to be", "is thought to", "are thought to", "is said to", "are said to", "was said to",
    "appears to", "appeared to", "appear to", "seems to", "seemed to", "seem to", "it is unclear",
    "it was unclear", "rumoured", "rumored", "according to unconfirmed", "is understood to", "are understood to",
    "an estimated", "estimated", "preliminary", "initial reports", "early reports", "it is feared", "feared",
    "not rule out", "not ruled out", "not ruling out",
]  # fmt: skip

NEGATION_CUES = [
    "not", "n't", "never", "no", "none", "nobody", "no one", "no-one", "nothing", "neither", "nor",
    "without", "rather than", "instead of", "failed to", "fail to", "fails to", "unable to", "free of",
    "yet to", "have yet to", "has yet to",
    # "police ruled out speed as a factor" denies that it was one ("did not rule out" is masked)
    "ruled out", "rules out", "rule out", "ruling out",
]  # fmt: skip

# Harm: what kind of casualties a word speaks of.
HARM_WORDS = {
    "kill": "death", "killed": "death", "killing": "death", "injuring": "injury", "wounding": "injury", "dead": "death", "die": "death", "died": "death", "death": "death",
    "deaths": "death", "fatality": "death", "fatalities": "death", "fatal": "death", "perish": "death",
    "perished": "death", "death toll": "death", "lives": "death", "bodies": "death", "body": "death",
    "injure": "injury", "injured": "injury", "injury": "injury", "injuries": "injury", "wound": "injury",
    "wounded": "injury", "hurt": "injury", "hospitalised": "injury", "hospitalized": "injury",
    "deceased": "death", "toll": "death", "dead.": "death", "fatalities.": "death",
    "missing": "missing", "unaccounted": "missing", "hospital treatment": "injury", "medical treatment": "injury",
    "hospital care": "injury", "treatment": "injury",  # ("none of the residents needed treatment")
    "casualty": "any", "casualties": "any", "harmed": "any", "harm": "any", "victims": "any",
    # illness is harm of its own kind (an outbreak, a gas leak, food poisoning): "no illnesses
    # have been reported" denies "two people fell ill", not a death or an injury
    "illness": "ill", "illnesses": "ill", "sickened": "ill", "fell ill": "ill", "fallen ill": "ill",
    "became ill": "ill", "become ill": "ill", "fell sick": "ill", "got sick": "ill", "gotten sick": "ill",
    "hospitalisation": "injury", "hospitalisations": "injury", "hospitalization": "injury",
    "hospitalizations": "injury",
    "stabbed": "injury",
}  # fmt: skip

# What else a count of people can be a count of: each a figure of its own ("240 rescued" and
# "45 missing" are not one number).
PERSON_ROLES = {
    "rescued": "rescued", "rescue": "rescued", "saved": "rescued", "evacuated": "evacuated",
    "evacuees": "evacuated", "evacuation": "evacuated", "airlifted": "evacuated", "airlift": "evacuated",
    "flown out": "evacuated", "winched": "rescued", "displaced": "displaced", "homeless": "displaced",
    "arrested": "arrested", "arrests": "arrested", "detained": "arrested", "trapped": "trapped",
    "stranded": "stranded", "hospitalised": "injury", "hospitalized": "injury", "treated": "injury",
    "treatment": "injury",
    "ill": "ill", "sick": "ill", "sickened": "ill", "infected": "ill", "poisoned": "ill", "symptoms": "ill",
    # everyone on a vehicle: "41 people on board", "carrying 48 people", "48 aboard"
    "aboard": "aboard", "onboard": "aboard", "carrying": "aboard", "carried": "aboard",
}  # fmt: skip

# Outcome of an attack on a target, keyed by lemma or by a two-word phrase.
OUTCOME_WORDS = {
    "intercept": "intercepted", "shoot down": "intercepted", "shot down": "intercepted", "down": "intercepted",
    "downed": "intercepted", "bring down": "intercepted", "brought down": "intercepted",
    "neutralise": "intercepted", "neutralize": "intercepted", "thwart": "intercepted", "foil": "intercepted",
    "repel": "intercepted", "repelled": "intercepted", "take down": "intercepted", "took down": "intercepted",
    "destroy before": "intercepted", "destroyed before": "intercepted", "jam": "intercepted",
    "hit": "hit", "strike": "hit", "struck": "hit", "land": "hit", "landed": "hit", "impact": "hit",
    "slam": "hit", "slammed": "hit", "crash into": "hit", "crashed into": "hit", "smash": "hit",
    "miss": "missed", "missed": "missed", "fell short": "missed", "fall short": "missed",
}  # fmt: skip

# Damage described on a scale.
DAMAGE_LEVEL = {
    "no": 0, "none": 0, "without": 0, "undamaged": 0, "unscathed": 0, "intact": 0, "unharmed": 0,
    "minimal": 1, "minor": 1, "slight": 1, "limited": 1, "little": 1, "light": 1, "superficial": 1,
    "negligible": 1, "small": 1, "some": 2, "moderate": 2, "partial": 2, "heavy": 3, "significant": 3,
    "extensive": 3, "severe": 3, "major": 3, "serious": 3, "considerable": 3, "substantial": 3,
    "widespread": 3, "massive": 3, "catastrophic": 3, "huge": 3, "big": 3, "large": 3,
}  # fmt: skip
DAMAGE_NAMES = {0: "no damage", 1: "minor damage", 2: "some damage", 3: "heavy damage"}
MINOR_DAMAGE_WORDS = {"crack", "cracks", "cracked", "cracking", "dented", "scorched", "chipped"}
DESTRUCTION_WORDS = {
    "destroyed",
    "flattened",
    "gutted",
    "razed",
    "levelled",
    "leveled",
    "demolished",
    "collapsed",
}

# Counted nouns: surface lemma -> class. Classes decide what may be compared with what.
NOUN_CLASS = {
    # military people
    "troop": "military", "troops": "military", "soldier": "military", "personnel": "military",
    "serviceman": "military", "servicemen": "military", "service member": "military",
    "servicemember": "military", "marine": "military", "airman": "military",
    # (a ship's sailors are its crew, in navy and merchant copy alike; a navy's "service members" are military)
    "sailor": "crew", "seafarer": "crew",
    "airmen": "military",
    # people in general
    "people": "person", "person": "person", "individual": "person", "other": "person", "others": "person",
    "civilian": "civilian", "resident": "person", "villager": "person", "inhabitant": "person",
    "worker": "worker", "employee": "worker", "staff": "worker", "staffer": "worker", "miner": "worker",
    "workforce": "worker", "contractor": "worker", "subcontractor": "worker", "labourer": "worker",
    "laborer": "worker", "technician": "worker", "guard": "worker", "security guard": "worker", "prison guard": "worker",
    "warden": "worker", "jailer": "worker",
    # whoever the speaker works beside ("nine of our colleagues remain trapped"): compared with
    # other people only by what befell them (claims.linking.people_by_role), never as all the hurt
    "colleague": "colleague", "co-worker": "colleague", "coworker": "colleague", "workmate": "colleague",
    "passenger": "passenger", "crew": "crew", "crew member": "crew", "child": "child", "children": "child",
    "student": "student", "patient": "patient", "participant": "patient", "officer": "officer", "police officer": "officer",
    "policeman": "officer", "firefighter": "firefighter", "fireman": "firefighter", "firemen": "firefighter",
    "rescuer": "rescuer", "rescue worker": "rescuer", "rescue personnel": "rescuer", "rescue volunteer": "rescuer",
    # whoever answers an emergency: a denial of harm to them covers firefighters and rescuers
    "responder": "responder", "first responder": "responder", "emergency responder": "responder",
    "emergency worker": "responder", "emergency personnel": "responder", "intervention personnel": "responder",
    "paramedic": "paramedic", "medic": "paramedic", "fan": "person", "spectator": "person", "migrant": "person", "refugee": "person",
    "protester": "protester", "protestor": "protester", "demonstrator": "protester", "militant": "militant",
    "fighter": "militant", "insurgent": "militant", "victim": "person", "survivor": "person", "man": "person",
    "men": "person", "woman": "person", "women": "person", "tourist": "person", "voter": "voter",
    "commander": "militant", "leader": "person", "official": "person", "journalist": "person",
    "doctor": "person", "nurse": "person", "teacher": "person", "driver": "person",
    "customer": "person", "diner": "person", "guest": "person", "visitor": "person", "shopper": "person",
    "patron": "person", "consumer": "person", "attendee": "person", "commuter": "person",
    "pedestrian": "person", "motorist": "person", "neighbour": "person", "neighbor": "person",
    "bystander": "person", "onlooker": "person", "passer-by": "person", "passerby": "person", "cyclist": "person", "hiker": "person", "climber": "person",
    "swimmer": "person", "adult": "person", "teenager": "person", "baby": "child", "infant": "child",
    "girl": "child", "boy": "child", "schoolgirl": "child", "schoolboy": "child", "schoolchild": "child",
    "toddler": "child", "kid": "child",
    "pupil": "student", "inmate": "person", "prisoner": "person",
    "family": "family", "household": "household", "home": "home", "house": "home", "building": "building",
    "dwelling": "home",
    # attacks and weapons
    "attack": "attack", "assault": "attack", "raid": "attack", "incident": "attack",
    "occasion": "attack", "strike": "strike", "airstrike": "strike", "air strike": "strike",
    "drone": "drone", "uav": "drone", "unmanned aerial vehicle": "drone", "missile": "missile",
    "rocket": "rocket", "shell": "shell", "mortar": "shell", "projectile": "projectile",
    "bomb": "bomb", "round": "round",
    # other common counts
    "vote": "vote", "ballot": "ballot", "seat": "seat", "case": "case", "vehicle": "vehicle",
    "car": "vehicle", "truck": "vehicle", "vessel": "vessel", "ship": "vessel", "boat": "vessel",
    "hospital": "hospital", "school": "school", "hectare": "area", "acre": "area",
    # a fire service's vehicles, by their names on either side of the Atlantic
    "fire engine": "fire engine", "fire appliance": "fire engine", "fire truck": "fire engine",
    # scheduled journeys a carrier runs: "cancelled 312 flights" / "scrapped 231 services"
    "flight": "trip", "service": "trip", "sailing": "trip", "departure": "trip", "trip": "trip",
}  # fmt: skip
# Generic classes that can stand for any more specific one ("people" may be soldiers).
GENERIC_CLASS = {"person": {"military", "civilian", "worker", "passenger", "crew", "child", "student",
                            "patient", "officer", "firefighter", "rescuer", "protester", "militant", "voter",
                            "responder", "paramedic"},
                 "responder": {"firefighter", "rescuer", "officer", "paramedic"},
                 "projectile": {"drone", "missile", "rocket", "shell", "bomb"}}  # fmt: skip
PERSON_CLASSES = {"person"} | GENERIC_CLASS["person"]
# who makes up a vehicle's crew: "the crew were unhurt" speaks of them too
CREW_ROLES = {"pilot", "co-pilot", "copilot", "captain", "driver", "conductor", "engineer", "skipper", "helmsman",
              "deckhand", "steward", "stewardess", "attendant", "navigator", "guard"}  # fmt: skip

# Words that make a figure a running total, so two dates may legitimately differ.
CUMULATIVE_CUES = [
    "since", "so far", "to date", "in total", "total", "tally", "toll", "overall", "cumulative",
    "altogether", "in all", "running", "rose to", "risen to", "climbed to", "has reached", "have reached",
    "has risen", "has climbed", "increased to", "jumped to", "up to now", "thus far", "as of",
]  # fmt: skip

# Verbs of an event happening (for linking "when did it happen" claims).
EVENT_NOUNS = {
    "attack", "strike", "assault", "raid", "explosion", "blast", "fire", "blaze", "inferno", "earthquake",
    "quake", "tremor", "crash", "collision", "incident", "shooting", "bombing", "flood", "flooding", "storm",
    "outbreak", "protest", "capsizing", "sinking", "collapse", "breach", "derailment", "cyberattack",
    "hack", "stampede", "landslide", "eruption", "shelling", "ambush", "clash", "accident", "disaster",
    "evacuation", "emergency", "leak", "spill", "wildfire", "outage", "vote", "election", "count", "recount",
    "intrusion", "meeting", "certification", "hearing", "aftershock", "overturning", "diversion", "landing",
    "crush", "verdict", "conviction", "acquittal", "sentencing", "ruling", "recall", "walkout", "stoppage",
    "heatwave", "blackout", "excursion", "overrun", "rupture", "avalanche", "tornado", "twister", "hurricane",
    "typhoon", "cyclone", "pile-up", "pileup", "mudslide", "tsunami", "riot", "mutiny", "uprising", "massacre",
    "jailbreak",
}  # fmt: skip

# Lemma synonyms folded together before comparing wording.
SYNONYMS = {
    "blaze": "fire", "inferno": "fire", "quake": "earthquake", "tremor": "earthquake", "participate": "join",
    "assault": "attack", "raid": "attack", "soldier": "troop", "personnel": "troop", "serviceman": "troop",
    "servicemember": "troop", "wound": "injure", "hurt": "injure", "injury": "injure", "die": "kill",
    "dead": "kill", "death": "kill", "fatality": "kill", "casualty": "casualty", "down": "intercept",
    "neutralise": "intercept", "neutralize": "intercept", "airbase": "base", "uav": "drone",
    "target": "attack", "launch": "attack", "strike": "hit", "struck": "hit", "medium": "moderate",
    "nearly": "about", "roughly": "about", "approximately": "about", "around": "about",
    # general news verbs and nouns that say the same thing
    "shut": "close", "scrap": "cancel", "axe": "cancel", "cancellation": "cancel", "postponement": "postpone",
    "fixture": "match", "blast": "explosion", "twister": "tornado",
    "detonation": "explosion", "deploy": "send", "dispatch": "send", "perish": "kill", "detain": "arrest",
    "apprehend": "arrest", "flee": "escape", "embankment": "dam", "halt": "stop", "unaccounted": "missing",
    "suspend": "stop", "pause": "stop", "capsize": "overturn", "plane": "aircraft", "jet": "aircraft",
    "airliner": "aircraft", "lorry": "truck", "probe": "investigation", "inquiry": "investigation",
    "investigate": "investigation", "employee": "worker", "staffer": "worker", "kid": "child",
    "youngster": "child", "infant": "baby", "physician": "doctor", "almost": "about", "commence": "begin",
    "wildfire": "fire", "bushfire": "fire", "hospitalise": "hospitalize", "fatal": "kill",
    "closure": "close", "trigger": "cause", "spark": "cause", "entrance": "gate", "alert": "warning",
}  # fmt: skip
PHRASES = [
    ("shot down", "intercepted"), ("shoot down", "intercept"), ("shooting down", "intercept"),
    ("brought down", "intercepted"), ("bring down", "intercept"), ("air base", "airbase"),
    ("air bases", "airbases"), ("air strike", "airstrike"), ("air strikes", "airstrikes"),
    ("air defence", "airdefence"), ("air defense", "airdefence"), ("no one", "nobody"), ("no-one", "nobody"),
    ("death toll", "deathtoll"), ("took place", "occurred"), ("take place", "occur"),
    ("service members", "troops"), ("service member", "troop"), ("gave way", "collapsed"),
    ("give way", "collapse"), ("given way", "collapsed"), ("giving way", "collapsing"), ("caved in", "collapsed"),
    ("called off", "cancelled"), ("call off", "cancel"), ("calling off", "cancelling"), ("per day", "daily"),
    ("burst into flames", "caught fire"), ("bursts into flames", "catches fire"), ("went up in flames", "caught fire"),
]  # fmt: skip

# Words that mark opinion or prescription rather than a checkable statement of fact.
PRESCRIPTIVE = {"must", "should", "ought", "need to", "needs to"}

# Titles before names (speaker and person detection).
PERSON_TITLES = {
    "mr", "mrs", "ms", "dr", "prof", "professor", "president", "prime minister", "minister", "gen", "general",
    "col", "colonel", "lt", "lieutenant", "maj", "major", "capt", "captain", "sgt", "sergeant", "adm",
    "admiral", "sen", "senator", "rep", "gov", "governor", "mayor", "spokesperson", "spokesman",
    "spokeswoman", "secretary", "chief", "director", "commander", "ambassador", "judge", "justice",
    "sheikh", "king", "queen", "prince", "pope", "rev", "father", "sir", "lord", "lady", "st",
}  # fmt: skip
ORG_HEADS = {
    "ministry", "department", "agency", "office", "forces", "force", "army", "navy", "police", "council",
    "foundation", "center", "centre", "institute", "group", "party", "coalition", "committee", "commission",
    "authority", "authorities", "service", "services", "company", "corporation", "corp", "inc", "ltd",
    "university", "hospital", "court", "government", "administration", "brigade", "battalion", "militia",
    "resistance", "front", "movement", "organisation", "organization", "union", "association", "bureau",
    "guard", "guards", "pentagon", "press", "news", "times", "post", "world", "network", "television",
}  # fmt: skip
PLACE_HEADS = {
    "base", "airbase", "airport", "province", "city", "region", "district", "county", "state", "port",
    "river", "bridge", "border", "street", "square", "valley", "island", "bay", "sea", "gulf", "mountain",
    "mountains", "lake", "village", "town", "camp", "station", "plant", "factory", "refinery", "harbor",
    "harbour", "dam", "mine", "field", "park", "highway", "road", "crossing", "strait", "coast", "governorate",
}  # fmt: skip

DEMONYMS = {
    "american": "united states", "us": "united states", "u.s.": "united states", "usa": "united states",
    "u.s.a.": "united states", "america": "united states", "united states": "united states",
    "iraqi": "iraq", "iranian": "iran", "syrian": "syria", "israeli": "israel", "russian": "russia",
    "ukrainian": "ukraine", "british": "united kingdom", "uk": "united kingdom", "u.k.": "united kingdom",
    "britain": "united kingdom", "french": "france", "german": "germany", "chinese": "china",
    "turkish": "turkey", "jordanian": "jordan", "lebanese": "lebanon", "yemeni": "yemen", "saudi": "saudi arabia",
    "egyptian": "egypt", "palestinian": "palestine", "kurdish": "kurdistan", "afghan": "afghanistan",
    "pakistani": "pakistan", "indian": "india", "japanese": "japan", "korean": "korea", "canadian": "canada",
    "mexican": "mexico", "italian": "italy", "spanish": "spain", "greek": "greece", "polish": "poland",
    "dutch": "netherlands", "swedish": "sweden", "norwegian": "norway", "european": "europe",
    "australian": "australia", "brazilian": "brazil", "nigerian": "nigeria", "kenyan": "kenya",
}  # fmt: skip


def _territories() -> list[str]:
    """The English names of the world's countries and territories (CLDR, through Babel:
    "Portugal", "Peru", "Myanmar (Burma)" as two names)."""
    names: list[str] = []
    for code, name in Locale("en").territories.items():
        if code.isalpha():  # (numeric codes are regions: "World", "Western Europe")
            # (CLDR writes "Bosnia & Herzegovina"; news writes "and")
            names += [part for part in re.split(r"\s*[()]\s*", name.replace("&", "and")) if part]
    return names


# Countries: too coarse a place to tell two events apart. `claims.entities.COUNTRIES` holds
# them as entity keys.
COUNTRY_NAMES = sorted(set(DEMONYMS.values()) | set(_territories()))
ALIASES = {
    "un": "united nations", "u.n.": "united nations", "eu": "european union", "nato": "nato",
    "isis": "islamic state", "isil": "islamic state", "daesh": "islamic state", "is": "",
    "irgc": "islamic revolutionary guard corps", "revolutionary guards": "islamic revolutionary guard corps",
    "dod": "pentagon", "department of defense": "pentagon", "defense department": "pentagon",
    "who": "world health organization", "fbi": "federal bureau of investigation",
}  # fmt: skip
