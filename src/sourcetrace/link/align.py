"""Claims telling the same thing in different articles share a cluster.

Three steps, all sub-quadratic:

1. **Features** (``claim_features``): what a claim states, not who states it or when it
   was stated: content stems without the attribution frame ("X, a spokeswoman for Y,
   said"), names, act words, event dates without the report's own date, numbers.
2. **Candidates.** Every claim gets keys: its content-word stems, its names, its
   number+unit pairs, what it counts with the act words near the count (people under any noun:
   "16 men on board" / "14 crew members on board") and random-hyperplane buckets of its embedding (``embed``: MiniLM by
   default, on the text without its frame). An inverted index over keys, ignoring keys held
   by too many claims, gives each claim its top-k neighbours from other articles (cost ~
   claims x keys x cap).
3. **Verification.** Each candidate pair is scored on IDF-weighted overlap of stems and
   names, embedding cosine (on one scale for every model: ``Embedder.calibrate``), verbatim
   runs, numbers and dates (a reference whole, "half of the promised $620 million", is no
   figure of the claim). Incompatible numbers of one unit block a pair, unless the two tell
   one event or count one thing in near words ("1.2 million ballots thrown out" / "210,000
   ballots declared invalid": a clash to show). Dates that clash block or weaken it, unless the
   event happens once: to a person (a death, a killing, a birth), or as one deed (an actor's
   completed act on a definite object, "the cabinet revoked the concession", in one year:
   ``deeds``); dates a day apart are a clash to show, not a second event. Counts of two nouns for
   people ("14 crew" / "17 fishermen") and distances of one thing from a place ("11 miles off
   Cape X" / "31 miles from the coast") are one figure; a shared act timed by both ("at 04:40 on
   Sunday" / "at about 11 p.m. on Saturday") and a negative subject ("Nobody was struck") or a
   denial in so many words ("denied that the ferry was overloaded") against what it denies tie a
   pair; the parties' roles reversed ("X summoned Y's envoy" / "Y summoned
   X's envoy") and one thing placed in two places ("the embassy in Kell has 30 diplomats" / "the
   embassy in Tolm has twelve") block it. A pair without
   enough in common (``_evidence``: one shared word, or only the story's setting) is capped
   below the threshold, unless both date an act to one day and say near things of a word they share
   (``same_day``: "the convoy reached the crossing on 5 October" / "the convoy arrived on Oct. 5"). A
   figure asked for against one given ("had sought seven years" / "was sentenced to seven years")
   blocks a pair, and so does a limit set against what was done ("the speed limit is 60 km per hour" /
   "the train was doing 87 km/h"). Counts of the dead (the hurt, the held) dated to two years are two
   tolls, not one death told twice; one dated to a year outside the story's (written out, or "last
   year" even unresolved) against an undated count is an earlier occurrence (``background_count``).
   Pairs above the threshold are merged best first under the rules of
   ``align_cluster``, which also joins two clusters that date one act of one participant days
   apart, or time one act at clock times that clash (rival accounts; the acts each claim dates:
   ``dated_acts``).
"""

from __future__ import annotations

import dataclasses
import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence

import numpy as np

from ..model import ArticleAnalysis, Claim, Cluster, content_id
from .align_cluster import Linker, agglomerate
from .claim_features import (
    MEASURES,
    ONCE_EVENTS,
    STOP,
    TOKEN,
    ClaimFeatures,
    content_text,
    count_class_clash,
    counted_acts,
    counted_groups,
    counted_match,
    counted_nouns,
    date_relation,
    dates_compatible,
    features,
    group_count,
    idioms,
    is_person_unit,
    located_match,
    longest_run,
    named_group,
    number_relation,
    one_figure_of_people,
    other_groups,
    other_owners,
    other_sums,
    quantities_compatible,
    run_end,
    same_event,
    stem,
    term,
    units_compatible,
    unnamed,
)
from .deeds import one_off, swapped
from .embed import Embedder, embedder

__all__ = [
    "align_claims",
    "align",
    "ClaimFeatures",
    "features",
    "pair_score",
    "dates_compatible",
    "stem",
    "ONCE_EVENTS",
    "STOP",
    "TOKEN",
    "counted_acts",
    "quantities_compatible",
    "units_compatible",
]

THRESHOLD = 0.4
WEAK_CAP = 0.3  # the score of a pair without enough in common (below THRESHOLD)
MIN_RUN = 6  # words copied in a row that tie two claims on their own
RUN_WORDS = 2  # ... of which this many are neither names nor function words
STRONG_COS = 0.8
MID_COS = 0.5
TOPIC_SHARE = 0.1
NAME_WEIGHT = 0.5
MOD_WEIGHT = 0.5
RARE_DF = 4  # a word held by at most this many claims is distinctive
RARE_BONUS = 0.25
TOP_K = 20
MAX_DF = 200
LSH_TABLES = 4
LSH_BITS = 10
TIMED_BONUS = 0.2  # both give the clock time of an act they share
NOBODY_BONUS = 0.2  # one denies of everyone what the other says happened
DAY_BONUS = 0.15  # both date an act to one day, and say near things of a word they share (``same_day``)
MINUTE_BONUS = 0.3  # both give one odd minute of one day ("at 14:52 on 12 July"): one moment
STORY_SHARE = 0.25  # a year of the story's events is dated by this share of the claims of its most dated year
ACT_REACH = 5  # content words before a day that may name the act it dates
CLAUSE_END = re.compile(r"[;()\[\]]|(?<!\d):(?!\d)|[.!?]\s+(?=[A-Z])")  # not "a.m. on", "3:40", "Nov. 12"
_longest_run = longest_run  # the names provenance imports


def pair_score(
    a: ClaimFeatures,
    b: ClaimFeatures,
    idf: dict[str, float],
    cos: float,
    df: dict[str, int] | None = None,
    topic: frozenset[str] = frozenset(),
    meaning: Callable[[], float] | None = None,
) -> tuple[float, bool]:
    """(score, blocked) for two claims; ``cos`` is their embedding cosine on the static scale
    (``Embedder.calibrate``); ``df`` (claims per stem) rewards words only these claims share;
    ``topic`` are the words of the story itself (see ``topic_words``); ``meaning``, where the
    encoder reads words in context (``Embedder.contextual``), gives the cosine of the two texts
    without their names (``claim_features.unnamed``) on the same scale; it is called only when
    its answer can change the score (it costs an encoding)."""
    shared = a.stems & b.stems

    # names describe who is talked about more than what is claimed ... unless the word is also used
    # lower case ("Inspectorate" / "inspection")
    named = (a.names - a.acts) | (b.names - b.acts)
    mods = a.mods | b.mods
    w = {x: idf.get(x, 1.0) for x in a.stems | b.stems}
    for x in named & w.keys():
        w[x] *= NAME_WEIGHT
    for x in mods & w.keys():
        w[x] *= MOD_WEIGHT
    # sums in a fixed order: a float sum over a set would vary with the process's hash seed
    wa = math.fsum(w[x] for x in a.stems) or 1.0
    wb = math.fsum(w[x] for x in b.stems) or 1.0
    ws = math.fsum(w[x] for x in shared)
    lex = ws / math.sqrt(wa * wb)
    cover = ws / min(wa, wb)
    run = _copied_run(a, b)
    date = date_relation(a, b)
    deed = one_off(a.deeds, b.deeds, a.dates, b.dates)  # one act on one thing: dates that differ clash
    # counts of the dead (or the hurt, the held) dated to two years: two tolls, two occurrences ("a 2011
    # quake killed nearly 1,200 people" / "the quake of 4 October has killed 1,174"), not one death
    tolls = date < 0 and two_years_counted(a, b)
    once = (bool(a.events & b.events) and not tolls) or bool(a.unique & b.unique) or deed
    event, strong = same_event(a, b, lex, cos)
    cm = counted_match(a, b) or located_match(a, b)  # one count, or how far one thing is from a place
    cm = cm or one_figure_of_people(a, b)  # "all 412 staff" / "412 employees": one count of people
    # the same things counted ("1.2 million ballots were thrown out" / "210,000 ballots were
    # declared invalid"), told in near words: one count, whatever the figures
    same_count = cos >= MID_COS and bool(counted_nouns(a.quantities) & counted_nouns(b.quantities))
    # counts of one thing in one event: compare them (and across person nouns) even if they clash
    one_time = date >= 0 or deed
    # ... or counts of one group named by the same word ("four Varnish officials" / "six Varnish diplomats")
    num = number_relation(a, b, people=(event or cm or named_group(a, b)) and one_time)
    # a clash of numbers blocks look-alikes (another referent, predicate, place or year), not one
    # event told with different figures; similar numbers with clashing dates are another occurrence
    blocked = (num < 0 and not ((event or cm or same_count) and one_time)) or (date < 0 and num > 0 and not deed)
    blocked = blocked or tolls or two_facts(a, b, num, date)
    score = 0.5 * lex + 0.2 * cover + 0.35 * max(cos, 0.0)
    if run >= MIN_RUN:
        score += min(0.5, 0.05 * run)
    rival_count = not blocked and num == 0 and group_count(a, b)  # "212 Brask detainees" / "197 Brasks"
    if rival_count:
        score += 0.1 + 0.15
    if num > 0:
        score += 0.2 + (0.25 if cm else 0.0)
    elif num < 0 and (event or cm or same_count):
        # one event, or one count of one act ("10 workers hurt" / "12 members hurt"): the figures
        # disagree, the claim is the same
        score += 0.1 + (0.15 if cm else 0.0)
    if date > 0:
        score += 0.08
    elif date < 0 and not once and not strong:
        score -= 0.2
    if df:
        distinctive = [x for x in shared if 2 <= df.get(x, 99) <= RARE_DF and x not in a.mods | b.mods]
        if len(distinctive) >= 2:  # a term of two words both use ("returning officers") is one thing
            rare_words = set(distinctive)
            pairs = [(term(x), term(y)) for x, y in a.bigrams & b.bigrams]
            joined = {y for x, y in pairs if x in rare_words and y in rare_words and x != y}
            distinctive = [x for x in distinctive if x not in joined]
        distinctive += [x for x in figures(a) & figures(b) if 2 <= df.get(x, 99) <= RARE_DF]
        rare = math.fsum(RARE_BONUS * 2 / df[x] for x in distinctive)
        score += min(rare, 3 * RARE_BONUS)
    if once and a.dates and b.dates:
        score += 0.4
    if denies_all(a, b, topic) or denies_all(b, a, topic) or no_such_of(a, b, topic) or no_such_of(b, a, topic):
        score += NOBODY_BONUS
    if a.times and b.times and (a.acts & b.acts) - a.mods - b.mods:
        score += TIMED_BONUS  # one act, each timed to the hour: what clocks an act tells which act it is
    elif same_minute(a, b):  # the act in other words ("tripped" / "the disconnection was registered")
        score += MINUTE_BONUS
    near_day = (
        meaning is not None and same_day(a, b) and bool(a.acts & b.acts - a.mods - b.mods) and meaning() >= MID_COS
    )
    if near_day:  # "the convoy reached the crossing on Monday, 5 October" / "the convoy arrived on Oct. 5"
        score += DAY_BONUS
    if (
        not near_day
        and not rival_count
        and not _evidence(a, b, shared, 1 if cm else num, run, cos, df, topic, meaning if score > WEAK_CAP else None)
    ):
        score = min(score, WEAK_CAP)
    return score, blocked


def two_facts(a: ClaimFeatures, b: ClaimFeatures, num: int, date: int) -> bool:
    """The two tell two facts, whatever their figures say of each other: the parties' roles
    reversed (tit for tat, two acts), counts of another place, class, group or owner, a level held
    against a change to it, a figure asked for against one given, a limit against a value
    (``num``, ``date``: ``number_relation`` and ``date_relation`` of the pair)."""
    if swapped(a.sides, b.sides):  # the parties' roles reversed: tit for tat, two acts
        return True
    if num < 0 and elsewhere(a, b):  # "the embassy in Kell has 30" / "the embassy in Brask, 12"
        return True
    # counts of the dead against counts of the injured (or the arrested): two groups, one unit
    if count_class_clash(a, b):
        return True
    # counts of two named groups ("212 Varnish detainees" / "180 Brask prisoners"): two counts
    if other_groups(a, b):
        return True
    # figures of one thing owned by two names ("Kestmar's storage is 64 percent full" / "Dobrava's storage was
    # 49 percent full"): two owners' figures, not a clash
    if num < 0 and other_owners(a, b):
        return True
    # figures of one unit that name two things they are the sums of ("a fine of 1.2 million" / "bail of
    # 1.5 million"): two sums
    if num < 0 and other_sums(a, b):
        return True
    # a level held since an earlier date against a change to it told undated or of another date: two facts
    if date <= 0 and (held_against_change(a, b) or held_against_change(b, a)):
        return True
    # a figure asked for against one given of one unit ("prosecutors had sought seven years" / "was
    # sentenced to seven years"): the request and the outcome are two facts, whatever the figures
    # a limit set against what was done, in one unit ("the speed limit on the curve is 60 km per hour" /
    # "the train was travelling at 87 km per hour"): the rule and the act are two facts
    return (
        asked_against_given(a, b) or asked_against_given(b, a) or limit_against_value(a, b) or limit_against_value(b, a)
    )


def apart_whatever_figures(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Two facts, whatever their figures: counts of two years (two tolls) or ``two_facts``."""
    date = date_relation(a, b)
    return (date < 0 and two_years_counted(a, b)) or two_facts(a, b, number_relation(a, b), date)


def two_years_counted(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Both count people of one class (the dead, the hurt, the held) and date it to years that are not
    the same: "In 2011 a quake killed nearly 1,200 people" / "the quake of 4 October 2026 has killed
    1,174" are two tolls. A death happens once to a person, a toll is counted once per occurrence."""
    ca = {w for _, w in a.counted if w.startswith("#")}
    cb = {w for _, w in b.counted if w.startswith("#")}
    ya, yb = {d.value[:4] for d in a.dates}, {d.value[:4] for d in b.dates}
    return bool(ca & cb) and bool(ya) and bool(yb) and not ya & yb


def held_against_change(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """``a`` tells a level kept since a date it gives ("the Varnel central bank has kept its rate at 20
    percent since June"), ``b`` a change of a level to a figure from another ("the key rate was raised
    to 20 percent from 14 percent"; ``claim_features.level_told``): a state and a change, two facts
    (another body's rate, or another time), even at one figure."""
    return a.level == "held" and bool(a.dates) and b.level == "changed"


def asked_against_given(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """``a`` gives a figure only as asked for (``claim_features.asked_for``) in a unit ``b`` gives
    as done."""
    given = {q.unit for q in b.quantities if q.unit} - b.asked
    return bool(a.asked & given)


def limit_against_value(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """``a`` gives a figure only as a limit (``claim_features.limit_for``) in a unit ``b`` gives
    otherwise."""
    given = {q.unit for q in b.quantities if q.unit} - b.limits
    return bool(a.limits & given)


def same_day(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Both date an act of their own clause to one day (``dated_acts``), and neither dates another
    day: one act told in other verbs ("reached the crossing on Monday, 5 October" / "pulled up at
    the barrier on Monday, October 5"), when they share an act word (its subject: "the convoy") and
    what they say, names aside, is near."""
    return bool(a.act_days) and a.act_days == b.act_days


def _reach(words: list[str]) -> list[str]:
    """The last ACT_REACH words before a day, not counting function words ("took the decision at an
    extraordinary session on the night of Sunday": "decision" is within reach)."""
    n = 0
    for k in range(len(words) - 1, -1, -1):
        n += words[k].lower().strip(",\"'“”") not in STOP
        if n > ACT_REACH:
            return words[k + 1 :]
    return words


def dated_acts(claim: Claim, f: ClaimFeatures) -> frozenset[tuple[str, str]]:
    """(act stem, ISO day) for each event day the claim gives and each act word within ACT_REACH
    content words before it (or two after it) in its clause: "she was detained on Thursday, 5 March 2026"
    -> ("detain", "2026-03-05"); "the bridge collapsed at about 2:15 a.m. on Friday" ->
    ("collaps", ...); the act of a deed counts even when it is a reporting verb ("the first case was
    confirmed on 3 May" -> ("confirm", ...)). What the day dates, not merely a day the sentence names."""
    out: set[tuple[str, str]] = set()
    text = idioms(claim.text)  # "took effect at 00:00 on Monday": the act "effective", as "entered into force"
    done = {x for x, _, _ in f.deeds}  # "the first case was confirmed on 3 May": a deed, reporting verb or not
    for d in f.dates:
        s, e = d.start - claim.start, d.end - claim.start
        if d.precision != "day" or s < 0 or e > len(text):
            continue
        words = _reach(CLAUSE_END.split(text[:s])[-1].split()) + CLAUSE_END.split(text[e:])[0].split()[:2]
        for w in words:
            for t in TOKEN.findall(w):
                x = term(t)
                if (x in f.acts and x not in f.mods) or x in done:
                    out.add((x, d.value))
    return frozenset(out)


def denies_all(x: ClaimFeatures, y: ClaimFeatures, topic: frozenset[str] = frozenset()) -> bool:
    """``x`` denies of everyone, with a negative subject, what ``y`` says happened: "Nobody was
    struck." / "several of the men were struck" (``claim_features.nobody``; y has no such subject
    and is not negated: "That is not disputed water." tells nothing that happened); or ``x`` denies
    in so many words what ``y`` tells, an act that is not merely the story's topic: "The company
    denied that the ferry was overloaded." / "The ferry was overloaded, a survivor said"
    (``claim_features.denied``), or names a two-word term of it as ``y`` does ("denied that she was
    kept in solitary confinement" / "spent 40 days in solitary confinement":
    ``claim_features.denied_terms``)."""
    if not y.nobody and not y.negated and any(s <= y.acts for s in x.nobody):
        return True
    return denies_term(x, y, topic) or any(s <= y.acts and s - topic - y.mods for s in x.denied)


def denies_term(x: ClaimFeatures, y: ClaimFeatures, topic: frozenset[str] = frozenset()) -> bool:
    """``x`` denies a thing of two words that ``y`` tells (and does not deny): a two-word term of
    the denied clause as ``y`` names it ("denied that she was kept in solitary confinement" / "she
    spent 40 days in solitary confinement": the verbs vary; ``claim_features.denied_terms``), or a
    denied clause of two words that are both acts of ``y`` ("denied that the ferry was overloaded" /
    "the ferry was overloaded"). One denied word ("was never left") may deny many things."""
    if y.denied_terms or y.negated:
        return False
    if any(t in y.bigrams and {term(t[0]), term(t[1])} - topic for t in x.denied_terms):
        return True
    return any(len(s) >= 2 and s <= y.acts and s - topic - y.mods for s in x.denied)


def no_such_of(x: ClaimFeatures, y: ClaimFeatures, topic: frozenset[str] = frozenset()) -> bool:
    """``x`` says, in a short sentence, that the thing ``y`` tells of never was: "There was never a
    licence." / "worked under a licence signed by the governor"; "There was no cover-up, not for a
    day." / "officials covered up the leak" (``claim_features.no_such``)."""
    return bool(x.nothing) and x.nothing <= y.stems and bool(x.nothing - topic - x.mods)


def _copied_run(a: ClaimFeatures, b: ClaimFeatures) -> int:
    """The longest verbatim run when it is long enough to count (MIN_RUN) and says something, else
    0. A quick filter skips the exact search for most pairs: a run of MIN_RUN words has MIN_RUN - 1
    word pairs in common, and only prose that repeats itself has fewer than half as many distinct.
    A run of a name with its article and modifier ("the state-owned Varnel Grain Board (VGB)") copies
    who is talked about, not what is said: it needs RUN_WORDS words that are neither names nor
    function words."""
    if len(a.vocab & b.vocab) < MIN_RUN // 2 or len(a.bigrams & b.bigrams) < MIN_RUN // 2:
        return 0
    run, end = run_end(a.tokens, b.tokens)
    if run < MIN_RUN:
        return 0
    said = 0
    for w in a.tokens[end - run : end]:
        if w not in STOP and not (w[0].isalpha() and (stem(w) in a.names or stem(w) in b.names)):
            said += 1
            if said >= RUN_WORDS:
                return run
    return 0


def placed(f: ClaimFeatures) -> dict[str, frozenset[str]]:
    """{noun stem: stems of the names it is placed in}: "the embassy in Kell" -> {"embassy": {"kell"}}
    ("<common noun> in [the] <name>"; the name as ``f.names`` has it)."""
    out: dict[str, set[str]] = defaultdict(set)
    toks = f.tokens
    for i in range(len(toks) - 2):
        if toks[i + 1] != "in" or not toks[i][0].isalpha() or toks[i] in STOP:
            continue
        k = i + 3 if toks[i + 2] == "the" and i + 3 < len(toks) else i + 2
        noun, where = stem(toks[i]), stem(toks[k])
        if noun not in f.names and where in f.names:
            out[noun].add(where)
    return {n: frozenset(p) for n, p in out.items()}


def elsewhere(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """One thing placed in two places that neither claim names for the other: "Varnel's embassy in
    Kell has about 30 diplomats" / "the Brask embassy in Tolm, which has twelve diplomats": two
    embassies, two counts (not one count told two ways)."""
    pa, pb = placed(a), placed(b)
    return any(not (pa[n] & b.names) and not (pb[n] & a.names) for n in pa.keys() & pb.keys())


def figures(f: ClaimFeatures) -> frozenset[str]:
    """Its exact figures with their unit ("#resident:400"): one used by few claims is distinctive."""
    return frozenset(f"#{q.unit}:{q.value:g}" for q in f.quantities if q.unit)


def topic_words(df: dict[str, int], n: int) -> frozenset[str]:
    """Words so many claims use that they name the story, not a claim in it (the main actor,
    the place): held by more than TOPIC_SHARE of the claims (and more than 2 x RARE_DF)."""
    cut = max(2 * RARE_DF, TOPIC_SHARE * n)
    return frozenset(w for w, k in df.items() if k > cut and not w.startswith("#"))


def _evidence(
    a: ClaimFeatures,
    b: ClaimFeatures,
    shared: frozenset[str],
    num: int,
    run: int,
    cos: float,
    df: dict | None,
    topic: frozenset[str] = frozenset(),
    meaning: Callable[[], float] | None = None,
) -> bool:
    """Enough in common to say the two tell one thing, not only the same story.

    A copied run, close wording, a short sentence that says a thing never existed against one
    that tells of the thing ("There was never a licence." / "worked under a licence signed by the
    governor"; see ``claim_features.no_such``), the same figure of one counted noun (``num`` > 0; a count of one
    act, even of another figure, passes as 1), or a dated death / killing / birth (or a dated "first" /
    "last" act: ``ClaimFeatures.unique``) stand on their own. Otherwise the two must share what
    happened: an act word (lower-case content word)
    that is not a word of the story's topic, and two content words in all (a topic word counts
    half) unless the wording is near (MID_COS): one shared word ("announced", "left") or the setting alone (the
    company, the place, the day) is a topic at most. A name only these two claims use counts
    as an act. So does near ``meaning`` (MID_COS): what the two say happened, read by a
    contextual encoder with the names left out, when they share a word that is not of the topic
    ("stewards were locked out of the Harlow depot" / "stewards barred from the depot at Harlow";
    "switched off the website" / "the website went dark")."""
    if run >= MIN_RUN or cos >= STRONG_COS:
        return True
    if no_such_of(a, b, topic) or no_such_of(b, a, topic):  # "There was never a licence." / "the licence"
        return True
    if denies_all(a, b, topic) or denies_all(b, a, topic):  # "Nobody was struck." against "the men were struck"
        return True
    if located_match(a, b):  # "She was 11 miles off Cape X" / "the trawler was 31 miles from the coast"
        return True
    if one_figure_of_people(a, b):  # "all 412 staff on the payroll" / "thrown 412 employees out of work"
        return True
    content = shared - a.mods - b.mods
    # a dated death / killing / birth, or a dated act marked as the only one of its kind ("the first
    # cases were recorded on Monday" / "the first cases appeared on March 9"): one event
    if content and (a.events & b.events or a.unique & b.unique) and a.dates and b.dates:
        return True
    # both give the clock time of what they share ("boarded at 04:40 on Sunday" / "boarded at about
    # 11 p.m. on Saturday"): one event timed, at the same or another hour (a clash to show)
    if content and a.times and b.times and a.acts & b.acts:
        return True
    if same_minute(a, b):  # "tripped at 14:52 on Sunday" / "the disconnection was registered at 14:52"
        return True
    # a figure names what it counts when its unit is a noun ("400 residents"); a measure
    # ("64 percent", "12 km") needs a word in common besides the figure
    if num > 0:
        counted = {q.unit for q in a.quantities} & {q.unit for q in b.quantities} - MEASURES
        if counted or content - {stem(w) for f in (a, b) for q in f.quantities for w in TOKEN.findall(q.text)}:
            return True
    rare_name = df is not None and any(df.get(w, 99) == 2 and (w in a.names or w in b.names) for w in content)
    if not (a.acts & b.acts) - topic and not rare_name:
        # names set aside, as a static average of word vectors is near for a shared setting alone
        return meaning is not None and bool(content - topic) and meaning() >= MID_COS
    return rare_name or cos >= MID_COS or sum(0.5 if x in topic else 1.0 for x in content) >= 2


def odd_minutes(f: ClaimFeatures) -> frozenset[tuple[str, int]]:
    """Its exact clock times of a known day that are no round quarter hour ("at 14:52 on 12 July";
    not "at 15:00", "at about 14:52" or "14:52" with no day): a moment few other things share."""
    return frozenset((day, minute) for day, minute, approx in f.times if day and not approx and minute % 15)


def same_minute(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Both time something to one odd minute of one day (see ``odd_minutes``)."""
    return bool(odd_minutes(a) & odd_minutes(b))


# ------------------------------------------------------------------ candidates


def _keys(f: ClaimFeatures) -> set[str]:
    keys = {"s:" + s for s in f.stems} | {"n:" + n for n in f.names}
    keys |= {f"q:{q.unit}:{v:g}" for q in f.quantities if q.unit for v in {q.value, q.low, q.high} if v is not None}
    keys |= {f"t:{day}:{minute}" for day, minute in odd_minutes(f)}
    keys |= {"e:" + e for e in f.events}
    # an exact figure of people under any noun: what ``one_figure_of_people`` may tie
    keys |= {f"p:{q.value:g}" for q in f.quantities if is_person_unit(q.unit) and q.low == q.high}
    # a kind of thing counted for one act word, people under any noun: what ``counted_match`` may tie
    keys |= {f"c:{'person' if is_person_unit(u) else u}:{x}" for u, x in f.counted}
    if not f.dates:  # a named group it counts: what ``group_count`` may tie
        keys |= {"g:" + x for x in counted_groups(f)}
    # a day it dates an act to, with each act word: what ``same_day`` may tie, and nothing else
    keys |= {f"d:{d}:{x}" for d in f.act_days for x in f.acts - f.mods}
    return keys


def _lsh_keys(vecs: np.ndarray, seed: int = 7) -> list[list[str]]:
    rng = np.random.default_rng(seed)
    out: list[list[str]] = [[] for _ in range(len(vecs))]
    if len(vecs) == 0:
        return out
    for t in range(LSH_TABLES):
        planes = rng.standard_normal((vecs.shape[1], LSH_BITS)).astype(np.float32)
        bits = (vecs @ planes) > 0
        codes = bits.astype(np.int64) @ (1 << np.arange(LSH_BITS, dtype=np.int64))
        for i, c in enumerate(codes.tolist()):
            out[i].append(f"h{t}:{c}")
    return out


def candidate_pairs(
    feats: Sequence[ClaimFeatures], vecs: np.ndarray, top_k: int = TOP_K, max_df: int = MAX_DF
) -> tuple[list[tuple[int, int]], dict[str, float]]:
    """Pairs (i < j) from different articles worth verifying, and stem IDF weights."""
    keys = [_keys(f) for f in feats]
    for own, extra in zip(keys, _lsh_keys(vecs), strict=True):
        own.update(extra)
    postings: dict[str, list[int]] = defaultdict(list)
    for i, ks in enumerate(keys):
        for key in ks:
            postings[key].append(i)
    n = max(len(feats), 1)
    idf_key = {k: math.log(1 + n / len(p)) for k, p in postings.items()}
    idf = {k[2:]: v for k, v in idf_key.items() if k.startswith("s:")}  # names are stems too
    pairs: set[tuple[int, int]] = set()
    for i, ks in enumerate(keys):
        acc: dict[int, float] = defaultdict(float)
        art = feats[i].article
        for key in sorted(ks):  # a fixed order: float sums and ties must not depend on the hash seed
            p = postings[key]
            if len(p) > max_df or len(p) < 2:
                continue
            w = idf_key[key] * (0.5 if key[0] == "h" else 1.0)
            for j in p:
                if j != i and feats[j].article != art:
                    acc[j] += w
        for j in heapq.nlargest(top_k, acc, key=lambda j: (acc[j], -j)):
            pairs.add((min(i, j), max(i, j)))
    return sorted(pairs), idf


# ------------------------------------------------------------------ clustering


def align(claims: Sequence[Claim], threshold: float = THRESHOLD, embeddings: str | None = None) -> list[Cluster]:
    """Clusters of claims from two or more articles (see ``align_cluster`` for the merge rules).
    ``embeddings``: the sentence model (``embed.MODELS``; None: the default, see ``embed.embedder``)."""
    return _align(claims, threshold, embeddings)[0]


def _align(
    claims: Sequence[Claim], threshold: float = THRESHOLD, embeddings: str | None = None
) -> tuple[list[Cluster], frozenset[str]]:
    """``align``, and the ids of the claims linked to a claim of another article (a pair scoring above
    WEAK_CAP: enough in common to tell one thing, even when no cluster took them)."""
    feats = _in_story([features(c) for c in claims])
    acts_dated = [dated_acts(c, f) for c, f in zip(claims, feats, strict=True)]
    feats = [
        dataclasses.replace(f, act_days=frozenset(d for _, d in x)) for f, x in zip(feats, acts_dated, strict=True)
    ]
    model = embedder(embeddings)
    texts = [content_text(c) for c in claims]  # what is said, not who says it
    vecs = model.encode(texts)
    bare = _Lazy(model, [unnamed(t) for t in texts]) if model.contextual else None
    pairs, idf = candidate_pairs(feats, vecs)
    df: Counter[str] = Counter(x for f in feats for x in f.stems | figures(f))
    topic = topic_words(df, len(feats))

    def score_of(i: int, j: int) -> tuple[float, bool]:
        cos = model.calibrate(float(vecs[i] @ vecs[j]))
        return pair_score(feats[i], feats[j], idf, cos, df, topic, (lambda: bare.cos(i, j)) if bare else None)

    link = Linker(
        feats,
        score_of,
        WEAK_CAP,
        dated=acts_dated,
        denies=lambda i, j: denies_term(feats[i], feats[j], topic),
        two_facts=lambda i, j: apart_whatever_figures(feats[i], feats[j]),
    )
    edges = sorted(
        ((link.pair(i, j), i, j) for i, j in pairs if link.pair(i, j) >= threshold), key=lambda e: (-e[0], e[1], e[2])
    )
    groups = [g for g in agglomerate(claims, edges, link, threshold, pairs) if len({feats[i].article for i in g}) >= 2]
    # A claim left alone whose best link was refused only to keep a cluster tight still repeats
    # that one claim: it gets a cluster of its own with it (clusters may overlap).
    seen = {i for g in groups for i in g}
    best_edge: dict[int, tuple[float, int]] = {}
    for sc, i, j in edges:
        for x, y in ((i, j), (j, i)):
            if x not in seen and (x not in best_edge or sc > best_edge[x][0]):
                best_edge[x] = (sc, y)
    for x, (_, y) in sorted(best_edge.items()):
        if y in seen:
            groups.append(sorted((x, y)))
    clusters = {}
    for g in groups:
        ids = tuple(sorted(claims[i].id for i in g))
        clusters[ids] = Cluster(id=content_id("k", *ids), claims=ids)
    linked = frozenset(claims[x].id for (i, j), sc in link.scores.items() if sc > WEAK_CAP for x in (i, j))
    return sorted(clusters.values(), key=lambda k: k.id), linked


def story_years(feats: Sequence[ClaimFeatures]) -> frozenset[str]:
    """The years the story's own events fall in: those of the days its claims date events to, each
    given by at least STORY_SHARE of as many claims as the most common one (a story may span a New
    Year; a background year dated to the day by one claim is not the story's)."""
    years = Counter(y for f in feats for y in {d.value[:4] for d in f.dates if d.precision == "day"})
    if not years:
        return frozenset()
    top = max(years.values())
    return frozenset(y for y, n in years.items() if n >= STORY_SHARE * top)


def _in_story(feats: list[ClaimFeatures]) -> list[ClaimFeatures]:
    years = story_years(feats)
    return [dataclasses.replace(f, story_years=years) for f in feats] if years else feats


class _Lazy:
    """Vectors of texts, each encoded the first time a pair asks for it."""

    def __init__(self, model: Embedder, texts: Sequence[str]) -> None:
        self.model, self.texts = model, texts
        self.vecs: dict[int, np.ndarray] = {}
        self.cache: dict[str, np.ndarray] = {}  # a text that several claims share is encoded once

    def cos(self, i: int, j: int) -> float:
        todo = [k for k in dict.fromkeys((i, j)) if k not in self.vecs]
        if todo:
            self.vecs.update(zip(todo, self.model.encode([self.texts[k] for k in todo], self.cache), strict=True))
        return self.model.calibrate(float(self.vecs[i] @ self.vecs[j]))


def _parts_only(claims: Sequence[Claim]) -> list[Claim]:
    """A sentence split into sub-claims (clauses with their own numbers) is aligned through its
    parts only, so each part can join its own cluster."""
    out = []
    for c in claims:
        parts = [x for x in claims if x is not c and c.start <= x.start and x.end <= c.end]
        if len(parts) < 2:
            out.append(c)
    return out


def _wholes(claims: Sequence[Claim]) -> dict[str, tuple[str, ...]]:
    """{id of a sentence split into sub-claims: ids of its parts} (see ``_parts_only``)."""
    out = {}
    for c in claims:
        parts = tuple(x.id for x in claims if x is not c and c.start <= x.start and x.end <= c.end)
        if len(parts) >= 2:
            out[c.id] = parts
    return out


def _with_wholes(
    clusters: Sequence[Cluster],
    wholes: dict[str, tuple[str, ...]],
    linked: frozenset[str] | None = None,
    negated: frozenset[str] = frozenset(),
) -> list[Cluster]:
    """A sentence split into sub-claims joins the cluster that holds all its parts ("Nine workers
    died and 14 remain missing", both parts in the cluster of the toll): it tells what they tell, and
    a reader quoting the sentence finds its cluster. A part no other article repeats (in no cluster,
    and, where ``linked`` is given, without a link to another article's claim: "Five remain missing
    and the search continues") is no second fact told across articles: the sentence joins the cluster
    of its other parts, unless the sentence is negated (``negated``: ids) and they are not ("a letter
    was sent in May, and nobody lifted a finger"): it would carry a denial its cluster does not tell.
    A sentence whose parts went to different clusters tells two facts and stays with its parts only."""
    if not wholes:
        return list(clusters)
    clustered = {c for k in clusters for c in k.claims} | (linked or frozenset())
    told = {w: tuple(p for p in parts if p in clustered) for w, parts in wholes.items()}
    by_part: dict[str, list[str]] = defaultdict(list)  # looked up through a part: work per member, not per pair
    for w, parts in told.items():
        if parts and (w not in negated or len(parts) == len(wholes[w]) or negated.intersection(parts)):
            by_part[parts[0]].append(w)
    out = []
    for k in clusters:
        held = set(k.claims)
        extra = [w for c in k.claims for w in by_part.get(c, ()) if w not in held and held.issuperset(told[w])]
        if extra:
            ids = tuple(sorted({*k.claims, *extra}))
            k = Cluster(id=content_id("k", *ids), claims=ids)
        out.append(k)
    return sorted(out, key=lambda k: k.id)


def align_claims(per_article: Sequence[ArticleAnalysis], embeddings: str | None = None) -> list[Cluster]:
    claims: Iterable[Claim] = (c for pa in per_article for c in _parts_only(pa.claims))
    wholes = {w: parts for pa in per_article for w, parts in _wholes(pa.claims).items()}
    clusters, linked = _align(list(claims), embeddings=embeddings)
    negated = frozenset(c.id for pa in per_article for c in pa.claims if c.negated)
    return _with_wholes(clusters, wholes, linked, negated)
