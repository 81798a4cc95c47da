"""From one article to its atomic claims with their evidence.

Pipeline: clean (label blocks, register embedded posts) -> publication date -> sentences ->
per sentence: attribution, dates, quantities, clauses -> per clause: negation, hedges, entities,
frames. Everything points back into the body by character offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from claims.clauses import AUXILIARIES, PARTICIPLES, has_verb, is_finite, split_clauses
from claims.cleaning import classify
from claims.dates import FUTURE_CUES, find_dates, is_future, is_future_at, resolve
from claims.entities import find_designators, find_entities
from claims.frames import NEITHER, extract_frames
from claims.lexicon import EVENT_NOUNS, NOUN_CLASS, PERSON_CLASSES, PHRASES, SYNONYMS
from claims.modality import generic, hedges, negation
from claims.model import Article, BlockKind, Claim, DateMention, Quantity, Source
from claims.pubdate import infer_publication_date, lower_bound_of_another_year, reference_date, text_anchors
from claims.quantities import find_quantities, is_period_statistic, is_running_total, phone_numbers
from claims.sentences import Sentence, split_sentences
from claims.speakers import Attribution, SpeakerMemory, attribute
from claims.text import clean_text, contains_any, content_lemmas, folded

# (not "should have" or "must have": what ought to have happened, or is inferred, is told of the
# past; nor "as it should": a comparison, "the signal did not show red as it should")
PRESCRIPTIVE = re.compile(
    r"\b(?:(?<!\bas\sit\s)(?<!\bas\sthey\s)(?:must|should)(?!\s+(?:not\s+)?have\b)|ought\s+to(?!\s+have\b)|"
    r"needs?\s+to|will\s+require)\b",
    re.I,
)
# a request that something not be done ("We ask members of the public not to speculate about the
# causes and not to share images"): what is asked, not what happened
REQUEST_NOT = re.compile(
    r"\b(?:ask|urge|appeal|call|advise|warn|tell|told|instruct|order|request|remind|encourage|beg)\w*\s+"
    r"(?:(?:on|to)\s+)?(?:[\w'’-]+\s+){0,5}?not\s+to\s+\w+",
    re.I,
)
# the rest of such a request, cut off as a clause of its own ("... and not to share images")
REQUEST_GOES_ON = re.compile(r"\W*(?:and\s+|or\s+)?not\s+to\b", re.I)
CONDITIONAL = re.compile(r"^(?:if|unless|should)\b|\bif\b.*\b(?:would|could|will)\b", re.I)
# What each pattern cannot match without, for a cheap test first (see `folded`).
PRESCRIPTIVE_WORDS = ("must", "should", "ought to", "need", "will require")
# a request or an order to the reader ("Please do not drive into the damage area"): nothing told
IMPERATIVE = re.compile(r"^[\"“‘']?(?:please|do\s+not|don['’]t|avoid|stay\s+away|keep\s+away|keep\s+clear)\b", re.I)
CONDITIONAL_WORDS = ("if", "unless", "should")
MIN_CONTENT_WORDS = 3


def prepare(article: Article) -> list[Sentence]:
    """Clean the article, settle its publication date, and segment its claim-bearing text."""
    classify(article)
    infer_publication_date(article)
    return split_sentences(article, {BlockKind.BODY, BlockKind.POST})


def extract_claims(article: Article) -> list[Claim]:
    """The article's atomic claims, numbered `<article id>.c1`, `.c2`, ... in body order."""
    sentences = prepare(article)
    sources = {s.id: s for s in article.sources}
    _, period_start, _ = (
        text_anchors(article) if article.published_at_source == "inferred" else (None, None, [])
    )
    memory = SpeakerMemory()
    claims: list[Claim] = []
    updates = _update_dates(article)
    weekdays_only = lower_bound_of_another_year(article)  # (asked once: it reads the dateline)
    for sentence in sentences:
        claims.extend(
            _sentence_claims(
                article,
                sentence,
                sources[sentence.source_id],
                memory,
                period_start,
                updates.get(sentence.block_start),
                weekdays_only,
            )
        )
    _count_elided_nouns(claims)
    _whole_increments(claims)
    _resolve_neither(claims)
    for n, claim in enumerate(claims, start=1):
        claim.id = f"{article.id}.c{n}"
    return claims


NEXT_WORD = re.compile(r"\s*([A-Za-z']+)")


def _people_counted(claims: list[Claim]) -> Iterator[tuple[Claim, Quantity | None, list[Quantity]]]:
    """Walk the claims in order: each claim (with None), then each of its figures, together with
    the figures of people counted, before that point, by the latest sentence of its paragraph
    that counted any (the last of them is the people last counted)."""
    counted: list[Quantity] = []
    block = sentence = -1
    for claim in claims:
        if claim.block_start != block:
            block, counted = claim.block_start, []
        yield claim, None, counted
        for q in claim.quantities:
            yield claim, q, counted
            if _counts_people(q):
                counted = [*counted, q] if claim.start == sentence else [q]
                sentence = claim.start


KNOWN_CLASSES = frozenset(NOUN_CLASS.values())


def _counts_people(q: Quantity) -> bool:
    """A figure of people: of a class of people, or of a noun the class table does not know, as
    people, when a harm or a role befalls them ("Two rangers were treated"; not "Two cars collided")."""
    if q.dimension != "count" or q.canonical_unit is None:
        return False
    return q.canonical_unit in PERSON_CLASSES or (
        q.role is not None and q.canonical_unit not in KNOWN_CLASSES
    )


def _count_elided_nouns(claims: list[Claim]) -> None:
    """A figure whose noun is left out because the paragraph just named it ("Seven miners were
    trapped. Four managed to reach safety. All four were taken to hospital") counts that noun:
    the people its paragraph counted last, when the figure is the subject of the next
    verb (a harm's figure without a noun was only "people", and its harm frame is re-told)."""
    for claim, q, counted in _people_counted(claims):
        if q is None or not counted or not _no_noun(q) or not _subject_figure(claim, q):
            continue
        last = counted[-1]
        if any(x.canonical_unit != last.canonical_unit for x in counted):
            continue  # "carrying 40 passengers and six crew. Three died": which of them is not said
        for f in claim.frames:  # the harm frame took its people from the figure
            if f.kind == "harm" and f.cue == q.text and f.target == "person":
                f.target = last.canonical_unit
        q.unit, q.canonical_unit, q.dimension = last.unit, last.canonical_unit, "count"


def _subject_figure(claim: Claim, q: Quantity) -> bool:
    """The figure is the subject of the next verb ("Four managed ...", "all four were ...")."""
    after = NEXT_WORD.match(claim.sentence, q.end - claim.start)
    return after is not None and (after.group(1).lower() in AUXILIARIES or is_finite(after.group(1).lower()))


def _resolve_neither(claims: list[Claim]) -> None:
    """ "Two firefighters were treated at the scene. Neither needed hospital treatment": the harm
    "neither" denies is denied of the people last counted in its paragraph (firefighters), not of
    everyone; with none counted there, of people at large."""
    for claim, q, counted in _people_counted(claims):
        if q is None:
            for f in claim.frames:
                if f.kind == "harm" and f.target == NEITHER:
                    f.target = counted[-1].canonical_unit if counted else "person"


def _no_noun(q: Quantity) -> bool:
    """A figure without its noun: none at all ("Four managed to reach safety"), or only the
    people a harm implies ("All four were taken to hospital"), which the paragraph can name."""
    if q.unit is not None and q.canonical_unit is not None:
        return False
    return q.dimension in (None, "count") and q.canonical_unit in (None, "person")


INCREMENT_BEFORE = re.compile(r"\b(?:another|an? (?:further|additional|extra))\s+$", re.I)


def _whole_increments(claims: list[Claim]) -> None:
    """ "At least nine people have been confirmed dead. Another 27 remain unaccounted for": a
    figure "on top of" one of another kind (the dead, then the missing) is the whole count of its
    own kind. On top of one of the same kind ("another 12 died") it stays a part."""
    last: tuple[int, Quantity] | None = None
    for claim in claims:
        if last is not None and last[0] != claim.block_start:
            last = None
        for q in claim.quantities:
            if q.canonical_unit not in PERSON_CLASSES or q.dimension != "count":
                continue
            before = claim.sentence[max(0, q.start - claim.start - 20) : q.start - claim.start]
            if (
                q.partial
                and last is not None
                and q.role is not None
                and last[1].role not in (None, q.role)
                and INCREMENT_BEFORE.search(before)
            ):
                q.partial = False
            last = (claim.block_start, q)


def _update_dates(article: Article) -> dict[int, date]:
    """The news an "Updated" stamp brings, by where its block starts, with the day the stamp
    gives ("*Updated Wednesday, Sept. 10, 8:05 a.m.: The chief lifted the order early
    Wednesday*": that Wednesday is the stamp's, not the one before the story was published)."""
    out: dict[int, date] = {}
    ref = article.published_at
    for stamp, news in zip(article.blocks, article.blocks[1:], strict=False):
        if (
            stamp.kind != BlockKind.UPDATED
            or news.kind != BlockKind.BODY
            or news.start != stamp.end
            or ref is None
        ):
            continue
        days = [
            m.value
            for raw in find_dates(article.body[stamp.start : stamp.end])
            if (m := resolve(raw, ref, future=True)).value
        ]
        if days and days[0] >= ref:
            out[news.start] = days[0]
    return out


def _sentence_claims(
    article: Article,
    sentence: Sentence,
    source: Source,
    memory: SpeakerMemory,
    period_start: date | None,
    updated: date | None = None,
    weekdays_only: bool = False,
) -> list[Claim]:
    text = sentence.text
    attribution = attribute(text, memory)
    question = text.rstrip(" \"”'").endswith("?")
    ref = updated or reference_date(article, source)
    mentions = [
        resolve(raw, ref, future=is_future_at(text, raw.start), period_start=period_start, near=ref)
        for raw in find_dates(text)
    ]
    mentions = [_shift_mention(m, sentence.start) for m in mentions]
    if weekdays_only and ref is not None and ref == article.published_at:
        # the latest date a text mentions is only a lower bound of its publication ("devastated on
        # Feb. 6, 2023" in a report of a 2026 quake): "on Tuesday" keeps its weekday, and takes
        # its date from the event's, once linked reports give it (see claims.events.assign_times)
        mentions = [
            replace(m, value=None) if m.relative and m.weekday is not None and m.month is None else m for m in mentions
        ]
    skip = [(m.start, m.end) for m in mentions]
    quantities = find_quantities(text, sentence.start, skip)
    speaker, speaker_kind = attribution.speaker, attribution.kind
    if source.kind == "post" and not speaker:
        speaker, speaker_kind = source.name, "post"
    modality = "unasserted" if attribution.stance == "decline" else _modality(text, question)
    claims = []
    spans = [(attribution.content_start, attribution.content_end)]
    if attribution.more:
        spans.append(attribution.more)
    opener = attribution.opener
    if opener and (attribution.own_clause or any(opener[0] <= m.start - sentence.start < opener[1] for m in mentions)):
        spans.append(opener)  # "After Tuesday's blast, the ministry said ...": when the event was
    clauses = [c for s, e in spans for c in split_clauses(text, s, e)]
    for clause in sorted(clauses, key=lambda c: c.start):
        voiced = not (opener and opener[0] <= clause.start < opener[1])  # the outlet's own words
        clause_text = clause.text(text)
        lemmas = content_lemmas(_fold_phrases(clause_text))
        c_start, c_end = sentence.start + clause.start, sentence.start + clause.end
        c_quantities = [q for q in quantities if c_start <= q.start < c_end]
        for q in c_quantities:
            if is_period_statistic(q, text, sentence.start):
                q.role, q.cumulative = None, True  # many events' harm over years: a period total
            q.cumulative = q.cumulative or is_running_total(q, text, sentence.start)
        neg = negation(clause_text)
        frames = extract_frames(clause_text, c_start, neg, c_quantities)
        short = len(lemmas) < MIN_CONTENT_WORDS and not c_quantities and not frames
        # "No ambulances are being diverted" is short but a statement, and so is "There was no
        # fire" (one content word, denied); "Photo" is not
        few = len(lemmas) < (1 if neg.predicate_cues else 2)
        if short and (few or not has_verb(clause_text)):
            continue
        content = (sentence.start + attribution.content_start, sentence.start + attribution.content_end)
        stated = (
            next(
                (
                    m.value
                    for m in mentions
                    if m.value and m.granularity == "day" and not content[0] <= m.start < content[1]
                ),
                None,
            )
            if attribution.speaker
            else None
        )
        c_dates = (
            [m for m in mentions if c_start <= m.start < c_end]
            or _sentence_level(mentions, content)
            or _of_the_cause(mentions, content, c_start, clause_text)
            or _opened_on(mentions, sentence.start, content)
        )
        event = _event_date(c_dates, clause_text, c_start)
        claims.append(
            Claim(
                id="",
                article_id=article.id,
                source_id=source.id,
                sentence=text,
                start=sentence.start,
                end=sentence.end,
                text=clean_text(clause_text),
                clause_start=c_start,
                clause_end=c_end,
                speaker=speaker if voiced else None,
                speaker_kind=speaker_kind if voiced else None,
                speaker_description=attribution.described if attribution.speaker and voiced else None,
                hedges=hedges(clause_text),
                negated=bool(neg.predicate_cues),
                negation_cues=neg.predicate_cues,
                negated_terms=neg.predicate_terms,
                quantities=c_quantities,
                dates=c_dates,
                entities=find_entities(text[clause.start : clause.end], c_start),
                designators=find_designators(clause_text),
                event_date=event.value if event else None,
                event_weekday=event.weekday if event else None,
                reported_at=ref,
                stated_at=stated,
                lemmas=[SYNONYMS.get(w, w) for w in lemmas] + phone_numbers(clause_text),
                frames=frames,
                block_start=sentence.block_start,
                stance=_clause_stance(clause_text, _span_stance(attribution, clause.start))
                if voiced
                else None,
                modality=_clause_modality(modality, clause_text),
            )
        )
    return claims


def _shift_mention(m: DateMention, delta: int) -> DateMention:
    from dataclasses import replace

    return replace(m, start=m.start + delta, end=m.end + delta)


def _sentence_level(mentions: list[DateMention], content: tuple[int, int]) -> list[DateMention]:
    """Dates stated elsewhere in the sentence hold for a clause that refers back to the event
    ("On Tuesday, two drones were fired; one hit the base"), but not the date of the saying
    ("officials said on Sunday that ...")."""
    return [
        m
        for m in mentions
        if m.granularity == "day" and m.relation == "on" and content[0] <= m.start < content[1]
    ]


def _opened_on(mentions: list[DateMention], sentence_start: int, content: tuple[int, int]) -> list[DateMention]:
    """A month or year the sentence opens on, before a speaker ("In November 2022, rival operator
    Stellan Telecom disclosed a breach affecting 2.4 million customers"): what was said is of
    that time. (Not a day: "On Tuesday, the ministry said" dates the saying.)"""
    return [
        m
        for m in mentions
        if m.start - sentence_start <= 8 and m.start < content[0] and m.granularity in ("month", "year")
    ][:1]


CONSEQUENCE = re.compile(rf"^(?:{PARTICIPLES})\b", re.I)


def _of_the_cause(
    mentions: list[DateMention], content: tuple[int, int], c_start: int, clause: str
) -> list[DateMention]:
    """A consequence split off its cause (", killing 12 people") happened when the cause did,
    to the year or month ("In 2023 another bus fell from the road, killing 12 people")."""
    if not CONSEQUENCE.match(clause):
        return []
    return [m for m in mentions if m.relation == "on" and content[0] <= m.start < c_start]


START_CUES = re.compile(
    r"\b(?:caught fire|broke out|started|began|erupted|struck|hit|occurred|happened|took place|was launched|"
    r"were launched|capsized|overturned|sank|collapsed|exploded|attacked|targeted|launched|was detected|"
    r"were detected|was discovered|made\s+landfall|came\s+ashore)\b",
    re.I,
)


UPDATE_CUES = re.compile(
    # ("as it stood at the entry signal", "the North Stand at Kessler Park": a place, not a count)
    r"\b(?:rose|risen|climbed|increased|jumped|reached|(?-i:st(?:oo|an)ds?)\s+at(?=\s+(?:\d|about|around|nearly|almost|"
    r"more|over|some|least|roughly|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+(?:teen|ty)\b))|"
    r"was revised|has grown|grew|"
    r"fell|dropped|was raised|was lowered)\s+(?:to\s+)?"
    # (a climb or a fall through space tells of no count: "as it climbed towards the pass",
    # "the bus fell into a ravine on Friday")
    r"(?!(?:towards?|up|down|into|onto|over|off|out|through|along|across|back|away)\b)"
    # (nor rain that "fell on the catchment" or snow that "fell in the hills")
    r"(?!(?:on|in|at)\s+(?:the|a|an)\b)",
    # ("rose from 12 to 15" is a count that grew)
    re.I,
)


# A relative clause after a comma dates its own verb: "flown to Santa Chiara hospital, where
# relatives arrived on Sunday" (the flight was not on Sunday), unless it tells the event itself
# ("at Ardmorven Airport, where a plane left the runway while landing last night").
RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|whose|where)\b[^,;]*")


# "The track where the train derailed was last inspected on May 11": the day of the last check
# or service, an act of its own before the event, never the event's day ("at last docked on
# Tuesday" is the event's)
LAST_DONE = re.compile(r"(?<!\bat\s)\blast\s+(?:been\s+)?[a-z]+ed\s+(?:on\s+)?$", re.I)


def _names_an_event(text: str) -> bool:
    words = re.findall(r"[a-z]+", text.lower())
    return any(w in EVENT_NOUNS or w.removesuffix("s") in EVENT_NOUNS for w in words) or bool(
        START_CUES.search(text)
    )


# A state that has lasted since a day began on it: "dockers have been on strike since Monday",
# "the kitchen has been closed since Tuesday" (not "12 arrests have been made since Monday":
# a tally over a period)
BEEN_SINCE = re.compile(
    r"\b(?:has|have|had)\s+been\s+(?:on\s+strike|closed|shut|missing|offline|down|out\s+of\s+action|"
    r"suspended|halted|evacuated|without\s+power|stranded|trapped|detained|held)\b[^.;]{0,40}?\bsince\s*$",
    re.I,
)


def _event_date(mentions: list[DateMention], clause: str, offset: int) -> DateMention | None:
    """The date an event happened on: the day-level date nearest the words that say it began
    ("put out the flames Wednesday, 30 hours after the tank caught fire on March 4" -> March 4),
    or the first one."""
    relative = [
        (offset + r.start(), offset + r.end())
        for r in RELATIVE_CLAUSE.finditer(clause)
        if not _names_an_event(r.group())
    ]
    days = [
        m
        for m in mentions
        if m.granularity == "day"
        and (m.relation == "on" or (m.relation == "since" and BEEN_SINCE.search(clause[: m.start - offset])))
        and (m.value or m.weekday is not None)
        and not any(a <= m.start < b for a, b in relative)
        and not LAST_DONE.search(clause[: m.start - offset])
    ]
    if not days:
        return None  # (what follows returns None too, whatever the clause says)
    if len(days) < 2 and not UPDATE_CUES.search(clause):
        return days[0] if days else None
    possessive = [  # "Sunday's earthquake", "last night's incident"
        m for m in days if m.text.endswith(("'s", "’s")) or clause[m.end - offset :].startswith(("'s", "’s"))
    ]
    if possessive:
        return possessive[0]  # "Sunday's earthquake ... rose to 31 on Tuesday": Sunday
    if UPDATE_CUES.search(clause):
        return None  # "the death toll rose to 14 on Monday": the day of the count, not of the event
    starts = [offset + s.start() for s in START_CUES.finditer(clause)]
    if not starts:
        return days[0]
    return min(days, key=lambda m: min(abs(m.start - s) for s in starts))


# A later clause with a speech verb of its own: "... said it was too early to name a cause, and
# she denied that investigators had found a cracked rail".
OWN_SPEECH_VERB = re.compile(
    r"^(?:and\s+|but\s+)?(?:he|she|they|it|the\s+\w+|[A-Z][\w'’-]+)\s+(?P<neg>did\s+not\s+|didn['’]t\s+)?"
    r"(?P<verb>denied|confirmed|acknowledged|admitted|rejected|disputed|declined\s+to\s+(?:say|confirm|comment))\b"
)


def _span_stance(attribution: Attribution, clause_start: int) -> str | None:
    """The stance of the span a clause lies in: "confirmed A, but said B" confirms A, says B."""
    more = attribution.more
    if attribution.more_stance and more and more[0] <= clause_start < more[1]:
        return attribution.more_stance
    return attribution.stance


def _clause_stance(clause_text: str, sentence_stance: str | None) -> str | None:
    m = OWN_SPEECH_VERB.match(clause_text.strip())
    if m is None or sentence_stance is None:
        return sentence_stance
    verb = m["verb"].split()[0]
    stance = {"denied": "deny", "rejected": "deny", "disputed": "deny", "declined": "decline"}.get(
        verb, "confirm"
    )
    if m["neg"]:
        return "decline" if stance == "confirm" else stance
    return stance


def _modality(text: str, question: bool) -> str:
    if question or text.startswith(("Whether ", "Whether,")):
        return "question"  # (and "Whether the state sets a cleanup standard.": an open question)
    low = folded(text)
    if contains_any(low, CONDITIONAL_WORDS) and CONDITIONAL.search(text):
        return "conditional"
    if _prescribed(text, low):
        return "prescriptive"
    return "assertion"


def _prescribed(text: str, low: str) -> bool:
    return (
        (contains_any(low, PRESCRIPTIVE_WORDS) and PRESCRIPTIVE.search(text) is not None)
        or IMPERATIVE.match(text) is not None
        or (" not to " in low and REQUEST_NOT.search(text) is not None)
    )


def _clause_modality(sentence_modality: str, clause_text: str) -> str:
    """A clause of an asserting sentence may speak of the future or of what events of a kind
    usually do ("Bird strikes rarely cause an engine to fail")."""
    if (
        sentence_modality == "prescriptive"
        and not _prescribed(clause_text, folded(clause_text))
        and not REQUEST_GOES_ON.match(clause_text)
    ):
        sentence_modality = "assertion"  # "Our clinics remain open, and patients should come as usual"
    if sentence_modality != "assertion":
        return sentence_modality
    if UNKNOWN_WHETHER.match(clause_text):
        return "question"  # "It was not immediately clear whether either vessel had been damaged"
    opening = " ".join(clause_text.split()[:8])
    if is_future(opening) and not _told_done_first(opening):
        return "future"
    return "generic" if generic(clause_text) else "assertion"


# A clause that says it is not known whether something happened asks, and asserts nothing
UNKNOWN_WHETHER = re.compile(
    r"^\W*(?:(?:but|and|yet)\s+)?(?:"
    r"it\s+(?:is|was|remains|remained|has\s+not\s+been|had\s+not\s+been)\s+(?:still\s+|as\s+yet\s+)?"
    r"(?:not\s+(?:yet\s+|immediately\s+|entirely\s+)?(?:clear|known|certain|confirmed|established)|unclear|unknown|uncertain)"
    r"|(?:no\s+one|nobody)\s+(?:yet\s+)?(?:knows|knew|could\s+say|can\s+say)"
    r")\s+(?:whether|if|how|what|who|why|when|where|which)\b",
    re.I,
)


DONE_BEFORE = re.compile(r"\b(?:had|has|have|was|were)\s+(?:been\s+)?[a-z]+ed\b", re.I)


def _told_done_first(opening: str) -> bool:
    """The clause tells what was done before what will be: "the driver had been detained and
    would be questioned by investigators" reports the detention."""
    future = FUTURE_CUES.search(opening)
    done = DONE_BEFORE.search(opening)
    return bool(future and done and done.start() < future.start())


def _fold_phrases(text: str) -> str:
    low = text.lower()
    for phrase, replacement in PHRASES:
        if phrase in low:
            low = low.replace(phrase, replacement)
    return low
