"""What a claim states, as features that alignment and contradiction detection compare.

A claim's text mixes what is said with who says it and when they said it. Features keep
the first and set the rest apart:

* **content**: stems of its words, minus function words, negation contractions, date words
  and number words (dates and numbers are compared as values), and minus the words of its
  own speaker where the speaker is named inside it ("..., the ministry said");
* **names** (capitalised words), **acts** (lower-case content words: what happened),
  **events** that happen once to a person (a death, a killing, a birth);
* **event dates**: its dates, less those that date the report rather than the event
  ("said on Sunday", "on Sunday denied", a "CITY, June 9 (Agency) –" dateline), the speaker
  ("X, who catalogued the finds in 2016, says") or the question answered ("Asked about ...,");
* **numbers** with the noun they count and the act words next to them; a count of people of a
  class (the dead, the hurt, the missing, the held: "were killed", "lost their lives", "are still
  unaccounted for") is one count whatever the class's word, and a duration is counted in days.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from ..analyze.claims import DENIAL_VERBS, FIGURE_NAMES, REPORTING_VERBS
from ..analyze.numbers import CARDINALS, SCALE_WORDS
from ..analyze.quantities import BEFORE_CLOCK_TO, CLOCK_MINUTES, CLOCK_PREPOSITIONS, HOUR_NAMES, HOURS
from ..analyze.units import TEMPERATURE_UNITS, is_person_unit
from ..model import Claim, DateValue, Quantity
from .deeds import PASSIVE_HELPERS, Sides, deeds, is_past, sides

__all__ = [
    "ClaimFeatures",
    "features",
    "moved",
    "move_term",
    "holds",
    "stem",
    "event_dates",
    "report_date_indices",
    "group_of",
    "GROUP_SPREAD",
    "dates_compatible",
    "quantities_compatible",
    "units_compatible",
    "number_relation",
    "date_relation",
    "longest_run",
    "count_class_clash",
    "counted_acts",
    "counted_match",
    "counted_nouns",
    "claimed",
    "same_event",
    "content_text",
    "unnamed",
    "frame_spans",
    "no_such",
    "time_relation",
    "located_match",
    "days_clash",
    "nobody",
    "denied",
    "clock_times",
    "is_person_unit",
    "counted_groups",
    "other_groups",
    "group_count",
    "one_figure_of_people",
]

STOP = frozenset(
    """a an the and or but if then than that this these those there their they them he she it its his her him
    we our us you your i me my of to in on at by for from with without into onto over under about after before
    during since until while as is are was were be been being has have had do does did will would can could
    shall should may might must not no nor so such too very also just only even still yet already more most
    much many some any all each every other another same own who whom whose which what when where why how
    both either neither one ones here now today once twice times ever never always often
    through throughout across against among amongst between within upon via per toward towards around
    said says say told tell according report reports reported
    claim claims claimed added adding mr mrs ms dr gen new us
    level levels way ways part parts kind kinds sort type types aspect aspects issue issues matter matters thing
    things area areas field fields role roles fact facts case cases point points lot lots""".split()
)
# Events that happen once to a person: a date disagreement about them is a contradiction
# of one event, not a second event.
ONCE_EVENTS = {
    **dict.fromkeys("kill killed killing kills assassinate assassinated assassination murder murdered "
                    "execution executed slain slay".split(), "killing"),
    **dict.fromkeys("die died dies death deaths dead drown drowned drowns drowning perish perished "
                    "perishes".split(), "death"),
    **dict.fromkeys("born birth".split(), "birth"),
}  # fmt: skip
# "the last inspection", "was first elected", "its latest report": a word that makes the event it
# qualifies a single one, so two dates for it are a clash, not two occurrences.
UNIQUE_MARKERS = {"first": "first", "last": "last", "latest": "last", "final": "last"}
# generic nouns (left out of a claim's words) that name an occurrence after such a marker: "the first
# cases were recorded on 9 March" / "the first cases appeared on March 9" tell one onset
UNIQUE_NOUNS = frozenset("case cases".split())
TIME_ACTS = frozenset("night morn afterno even overnig day week month year hour minut tim".split())
PERIODS = frozenset("year years month months week weeks night time".split())  # "last Friday", "last year": dates
SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "edly", "ies", "ied", "ed", "es", "s", "ly")
ADJ_SUFFIXES = ("al", "ic", "ous", "ive", "ful", "less", "able", "ible", "ary", "ish", "ical", "ly")
TOKEN = re.compile(r"[^\W\d_](?:[\w'’\-]*[^\W\d_])?|\d[\d,.]*")  # words (any script) and numbers
NEG_CONTRACTION = re.compile(r"n['’]t$", re.I)
CONTRACTION = re.compile(r"^([^\W\d_]+)['’](?:s|re|ve|ll|d|m)$", re.I)  # "there's", "they've"
DATE_WORDS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday week weeks weekend yesterday tomorrow tonight
    ago""".split()
)

COLLECTIVES = frozenset({"crew", "staff"})  # one counts people, many count groups ("fire crews")


NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen twenty thirty
    forty fifty hundred hundreds thousand thousands million millions billion dozen dozens least""".split()
)
# units of measure (quantities.UNITS): a figure in one of them does not say what is measured
MEASURES = frozenset(
    {"km", "mi", "m", "kg", "t", "%", "USD", "EUR", "GBP", "km2", "hour", "minute", "day", "week", "month", "year"}
    | TEMPERATURE_UNITS
)
# a clock time: "04:40", "23:15", "11 p.m.", "7.30 am"; "about" / "around" before it gives slack
CLOCK = re.compile(
    r"(?<![\d:.])(?:(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![:.]?\d)(?:\s*(?P<ap>[ap])\.?m\b\.?)?"
    r"|(?P<h2>1[0-2]|0?[1-9])(?:[.:](?P<m2>[0-5]\d))?\s*(?P<ap2>[ap])\.?m\b\.?"
    # "at 22.50 hours", "until 06.30 hrs": the forms ``quantities`` reads as no length of time
    r"|(?:" + "|".join(rf"(?<=\b{p}\s)" for p in sorted(CLOCK_PREPOSITIONS)) + ")"
    r"(?P<h3>[01]?\d|2[0-3])\.(?P<m3>[0-5]\d)\s+(?:" + "|".join(sorted(HOURS)) + r")\b)",
    re.I,
)
APPROX = re.compile(
    r"\b(?:about|around|approximately|roughly|some|nearly|almost|(?:shortly|just|soon)\s+(?:before|after))\s*$", re.I
)
# "just after three o'clock", "at 11 o'clock in the morning": an hour told in words; without a part
# of the day it may be either half of the day
HOUR_WORDS = HOUR_NAMES
O_CLOCK = re.compile(
    r"\b(?P<h>" + "|".join(HOUR_WORDS) + r"|1[0-2]|0?[1-9])\s+o['’]clock\b"
    r"(?:\s+(?:in\s+the\s+|at\s+)(?P<part>morning|afternoon|evening|night))?",
    re.I,
)
# "half past five", "at twenty to seven on Saturday morning": a time of day in words (the forms
# ``quantities`` reads as no count); "to" only after a word of time, as there; without a part of the
# day it may be either half of the day
_PART_OF_DAY = r"(?:\s+(?:in\s+the\s+|at\s+|on\s+[A-Z][a-z]+\s+)(?P<part>morning|afternoon|evening|night))?"
WORD_CLOCK = re.compile(
    r"(?:\b(?P<pre>" + "|".join(sorted(BEFORE_CLOCK_TO)) + r")\s+)?"
    r"\b(?P<m>" + "|".join(sorted(CLOCK_MINUTES)) + r")\s+(?P<dir>past|to)\s+"
    r"(?P<h>" + "|".join(sorted(HOUR_NAMES)) + r"|1[0-2]|0?[1-9])\b" + _PART_OF_DAY,
    re.I,
)
# "Nobody was struck", "no one was harmed", "none of them were hurt", "no diplomat had been allowed
# to visit him": a negative subject denies the predicate of everyone (its words up to the end of the
# clause, past a permission: "allowed to"; see ``nobody``)
NEG_SUBJECT = re.compile(
    r"\b(?:nobody|no[\s-]one|none(?:\s+of\s+(?:them|the\s+\w+))?"
    r"|no\s+(?!(?:longer|doubt|matter|less|more|sooner|one)\b)(?:[A-Z][\w'’-]*\s+)?[a-z]+"
    r"(?:\s+from\s+(?:his|her|their|its|the)\s+[a-z]+)?)"
    r"\s+(?:was|were|is|are|got|has\s+been|had\s+been|have\s+been)\s+(?:ever\s+|being\s+)?"
    r"(?:(?:allowed|permitted|able)\s+to\s+)?([^,;:.!?“”\"]{2,60})",
    re.I,
)
NOBODY_WORDS = 2
# "X denied that the ferry was overloaded", "rejected claims that the pier had collapsed": what a
# denial verb says did not happen (its clause up to a comma or "and"); "The ferry was not
# overloaded": a negated predicate (see ``denied``)
DENIED_THAT = re.compile(
    r"\b(?:deny|denie[sd]|denying|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|disput(?:e|es|ed|ing)|rebut(?:s|ted)?)"
    r"\s+(?:(?:the\s+|any\s+)?(?:claims?|reports?|allegations?|suggestions?|accusations?)\s+"
    r"(?:[a-z][\w-]*\s+){0,5}?)?"  # "the reports spread by certain media that"
    r"that\s+"
    r"((?:(?!\b(?:and|but|while|because|saying)\b)[^,;:.!?“”\"])+)",
    re.I,
)
AUXILIARIES = frozenset("was were is are be been had has have did does do will would could".split())
NOT_PREDICATE = re.compile(
    r"\b(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:not|never)\s+(?:been\s+)?([a-z][\w-]+)\b"
)
# "We never towed that boat anywhere", "the coast guard did not tow the boat", "has never signed any
# memorandum": an act, with its object, negated (see ``denied``; ``contradict`` sets it against the
# act told as done)
NEGATED_ACT = re.compile(
    r"(?P<aux>\b(?:has|have|had|did|does|do)\s+)?(?P<neg>\bnot|\bnever|n[’']t)\s+(?:ever\s+|once\s+)?"
    # "never received, and therefore never ignored, any warning": a comma before "any" keeps the object
    r"(?P<verb>[a-z][\w-]*)(?:\s*,\s*(?=any\s)|\s+)"
    r"(?:(?:any|a|an|the|this|that|these|those|such|his|her|its|their|our|your)\s+)?"
    r"(?P<obj>[a-z][\w-]*)\b"
)
DONE_AUX = frozenset("did has have had".split())  # "did not", "hasn't": an act said not done
# "11 nautical miles off Cape X", "40 km from the border": a length before a place word tells
# where the claim's subject is (see ``located``)
LENGTHS = frozenset({"km", "mi", "m", "nmi", "ft"})
LOCATIVE = frozenset(
    "off from offshore inside outside beyond north south east west northeast northwest southeast southwest "
    "upstream downstream away short".split()
)
SUBJECT_PRONOUNS = frozenset("she he it they".split())
COPULAS = frozenset("was is were are lay lies sat stood".split())
# a level kept since an earlier time ("has kept its rate at 20 percent since June")
HELD_SINCE = re.compile(
    r"\b(?:keep|keeps|kept|keeping|hold|holds|held|holding|maintain(?:s|ed|ing)?|remain(?:s|ed|ing)?|"
    r"stay(?:s|ed|ing)?|unchanged)\b[^.;:!?]{0,80}?\bsince\b",
    re.I,
)
# a level changed to a figure from another ("raised to 20 percent from 14 percent", "from 14 to 20 percent")
CHANGED_TO = re.compile(
    r"\bto\s+\d[\d.,]*\s*(?:%|percent|per\s+cent)?\s+from\s+\d|\bfrom\s+\d[\d.,]*\s*(?:%|percent|per\s+cent)?\s+to\s+\d",
    re.I,
)
GROUP_SPREAD = 0.2  # rival counts of one named group differ by at most this share of the larger
COUNT_WINDOW = 3  # content words around a number that say what was counted happening
# Verbs and nouns that count one thing whatever the word: the dead ("3 died", "12 were killed",
# "a toll of 40"), the hurt ("17 injured", "50 wounded"), the held ("84 arrested", "300 detained").
# A figure near one of them counts its class (see ``counted_acts``); the classes never count one thing.
COUNT_CLASS_WORDS = {
    "dead": """kill killed killing kills die died dies death deaths dead fatality fatalities toll murdered slain
    bodies""",
    "hurt": """injure injured injures injuring injury injuries wound wounded wounding wounds hurt""",
    "held": """arrest arrested arrests arresting detain detained detaining detention detentions custody held""",
    "missing": """missing unaccounted trapped""",
}
# The verbs and adjectives of one class read as one term ("17 were wounded" / "nine were injured",
# "14 are unaccounted for" / "more than 30 are trapped", "was arrested" / "was detained"): one
# thing told in other words, for what two claims share as for what their figures count.
CLASS_TERMS = {
    **dict.fromkeys("injure injured injures injuring wound wounded wounding hurt".split(), "injur"),
    **dict.fromkeys("missing unaccounted trapped".split(), "miss"),
    **dict.fromkeys("arrest arrested arrests arresting detain detained detaining".split(), "detain"),
    # an act allowed, in the words of one class: "was granted access" / "was allowed to visit" (and
    # its refusal, contradict.REFUSED: "has been refused", "was turned down")
    **dict.fromkeys("allow allowed allows allowing grant granted grants granting permit permitted".split(), "allow"),
    "aboard": "board",  # "212 people were aboard" / "300 people on board"
    # "the convoy reached the crossing on Monday" / "it arrived at the customs point on Oct. 9"
    **dict.fromkeys("arrive arrived arrives arriving reach reached reaches reaching".split(), "arriv"),
}
# A figure's movement, in the words of one direction: "was devalued by 18 percent" / "had fallen by
# at least 25 percent" / "put the fall at about 15 percent" (irregular forms included). Read as one
# act only where rival figures are weighed (``align_cluster``): elsewhere a rise of a river and a rise
# in discharge are two facts.
_MOVE_WORDS = {
    "fall": """fall falls fallen fell falling decline declines declined declining devalue devalues devalued
        devaluing devaluation slide slides slid sliding plunge plunges plunged plunging plummet plummets
        plummeted plummeting slump slumps slumped slumping tumble tumbles tumbled tumbling""",
    "rise": """rise rises rose risen rising climb climbs climbed climbing soar soars soared soaring surge surges
        surged surging""",
}
# "lost their lives", "lost his life": a death told as an idiom; read as "died" (see ``idioms``)
# a rule, ban or decision starting to apply: "took effect", "entered into force", "came into effect"
IN_FORCE = re.compile(
    r"\b(?:(?:take|takes|took|taken|taking)\s+effect|(?:enter|enters|entered|entering|come|comes|came|coming|"
    r"go|goes|went|gone|going)\s+into\s+(?:force|effect)|(?:become|becomes|became|becoming)\s+effective)\b",
    re.I,
)
LIVES_LOST = re.compile(r"\b(?:lost|lose|loses|losing)\s+(?:their|his|her|its|our|your|my)\s+li(?:fe|ves)\b", re.I)
# "took the lives of at least 14 people", "claimed the life of a guard": a killing told as an idiom; read as "killed"
LIVES_TAKEN = re.compile(
    r"\b(?:took|take|takes|taking|taken|claimed|claim|claims|claiming|cost|costs|costing)\s+the\s+li(?:fe|ves)\s+of\b",
    re.I,
)
# "nine of our colleagues", "three of the workers": the noun a figure counts, after "of"
OF_GROUP = re.compile(
    r"^\s*[\"“”]?\s*of\s+(?:our|their|the|his|her|its|my|your|these|those)\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]+)[\"“”]?",
    re.I,
)
# "14 remain trapped", "nine were killed": a bare figure that is the subject of a class word
BARE_SUBJECT = re.compile(
    r"^\s+(?:(?:were|was|are|is|have|has|had|been|being|remain|remained|remains|still|reported|confirmed)\s+){1,3}"
    r"(?P<word>[a-z]+)",
    re.I,
)
# "38 deaths", "11 fatalities", "38 bodies": a noun of a class of people as a figure's unit counts those people;
# "at least 60 dead", "17 injured": a class word right after a bare figure names what it counts
CLASS_NOUN_UNITS = frozenset(
    """death deaths fatality fatalities casualty casualties injury injuries dead injured wounded missing
    body bodies""".split()
)
CLASS_AFTER = re.compile(
    r"^\s+(?:dead|killed|injured|wounded|hurt|missing|trapped|arrested|detained)\b(?!\s+(?:by|in|on|at)\s+the\b)",
    re.I,
)
# durations in one unit: "nearly two weeks" / "14 days" (a month is another scale: "ordered held for two
# months" / "held for 14 days" tell two spans)
IN_DAYS = {"week": 7.0}
YEAR = re.compile(r"\b\d{4}\b")
# an earlier year told relative to the report, resolved to a date or not (a page without its date):
# "last year", "the previous year", "a year earlier", "two years ago" (not "last spring", which may be
# this year's, nor "the past year", a span up to now)
PAST_YEAR = re.compile(
    r"\b(?:(?:last|previous)\s+year|(?:a|one|two|three|four|five|several)\s+years?\s+(?:earlier|ago|before))\b",
    re.I,
)
DURATIONS = frozenset({"minute", "hour", "day", "week", "month", "year"})
SPAN_SINCE = re.compile(r"\s+(?:after|since)\b", re.I)
SPAN_FOR = re.compile(r"\bfor\s+(?:(?:about|around|nearly|almost|more\s+than|over|some|at\s+least)\s+)?$", re.I)
OPEN_REACH = 2.0  # an open bound ("more than 4") agrees with figures up to this many times the bound
SPAN_WORDS = 10  # words of the clause before "for" that a duration's act is looked for in
# "certified to carry up to 250 passengers", "a capacity of 600,000 containers", "can hold 40 buses":
# what a thing can hold, not what it held (see ``claimed``)
CAPACITY = re.compile(
    r"(?:\b(?:certified|licen[cs]ed|rated|designed|built|approved|permitted|authori[sz]ed|equipped)\s+"
    r"(?:to\s+(?:carry|hold|accommodate|take|seat|transport|house)\s+|for\s+)"
    r"|\bcapacity\s+(?:of|for)\s+|\b(?:can|could|may)\s+(?:carry|hold|accommodate|seat|house)\s+)"
    r"(?:up\s+to\s+|a\s+maximum\s+of\s+|no\s+more\s+than\s+|at\s+most\s+)?$",
    re.I,
)
# "the charge carries between three and eight years", "punishable by up to ten years": the terms a
# law allows, not a term given (a length of time read as its own unit, see ``claimed``)
PENALTY = re.compile(r"\b(?:carr(?:y|ies)|punishable\s+by)\s+(?:a\s+(?:maximum\s+)?(?:sentence|term)\s+of\s+)?$", re.I)
PENALTY_UNITS = frozenset({"year", "month"})
# "put the number of injured at 17", "put the death toll at 12": a count of the people of a class
PUT_AT = re.compile(
    r"\b(?:put|puts|putting|placed|places|placing|set|sets|setting)\s+(?:the|its|their|a|an)\s+"
    r"(?:(?P<pre>[a-z]+)\s+)?(?P<noun>number|toll|figure|tally|count|total)"
    r"(?:\s+of\s+(?:the\s+)?(?:people\s+)?(?P<what>[a-z]+)|\s+(?:still\s+|now\s+)?(?P<state>[a-z]+))?\s+(?:at|to)\s*$",
    re.I,
)


def _forms(lemmas: frozenset[str]) -> frozenset[str]:
    """Inflected forms of reporting verbs ("say" -> says, said; "deny" -> denies, denied)."""
    irregular = {"say": ("said", "says"), "tell": ("told", "tells"), "write": ("wrote", "writes", "written")}
    out: set[str] = set()
    for v in lemmas:
        out.add(v)
        out.update(irregular.get(v, ()))
        if v.endswith("y"):
            out.update((v[:-1] + "ies", v[:-1] + "ied"))
        elif v.endswith("e"):
            out.update((v + "s", v + "d"))
        else:
            out.update((v + "s", v + "es", v + "ed"))
    return frozenset(out)


REPORT_FORMS = _forms(REPORTING_VERBS | DENIAL_VERBS | frozenset({"accuse", "announce", "insist", "tweet"}))
# between a reporting verb and the date of the report: "said late on Sunday", "announced this Monday"
# nouns that count animals: "head" as in "1,350 head of cattle"; livestock, farm and wild animals
ANIMAL_UNITS = frozenset(
    """animal animals head beast beasts livestock cattle cow cows bull bulls heifer heifers calf calves ox oxen
    sheep lamb lambs ewe ewes goat goats pig pigs hog hogs swine sow sows horse horses bird birds poultry
    chicken chickens hen hens duck ducks goose geese turkey turkeys deer camel camels""".split()
)
REPORT_GAP = frozenset("on late early last this".split())
PASSIVE_AUX = PASSIVE_HELPERS
_REPORT_ALT = "|".join(sorted(REPORT_FORMS, key=len, reverse=True))
REPORT_VERB = re.compile(r"\b(?:" + _REPORT_ALT + r")\b", re.I)
# the day a report was given, after its verb: "said on Sunday", "told X late on Monday"
_REPORT_DAY = r"(?:on|late|early|last|this)(?:\s+on)?\s+[A-Z]?[a-z]+day(?:\s+(?:morning|afternoon|evening|night))?"
# a clause cut from its speaker that opens on the reporting verb, an aside between commas, then "that"
LEADING_REPORT = re.compile(
    r"^\W*(?P<verb>(?:" + _REPORT_ALT + r"))"
    r"(?:\s*,[^,;:.“”\"]{1,60},)?\s+that\b",
    re.I,
)
# the speaker's role before the name, opening the sentence: "Its economic spokesman, lawmaker X, said";
# a determiner first, no figure or date in it
LEAD_APPOSITION = re.compile(
    r"^\W*(?P<nominal>(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?|[Oo]ne|[A-Z][\w-]*['’]s)\s+"
    r"(?:[\w'’-]+\s+){0,4}?[a-z][\w'’-]*\s*,)\s*$"
)
# a speaker named by a pronoun or a role after "the" ("she said", "the minister said") closing the
# claim; a denial is left in (what it denies is content). (The same frame opening a claim, "He said the
# talks ...", measured worse on the fixture corpora: the mean fell 0.8881 -> 0.8849.)
_PLAIN_REPORT = "|".join(sorted(_forms(REPORTING_VERBS - {"deny"}), key=len, reverse=True))
_PRONOUN_SPEAKER = r"(?:he|she|they|we|it|the\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
# ... or a short name, the carrier of a speaker's words ("..., the state-run Varnel National Agency (VNA) reported.")
_TRAIL_SPEAKER = (
    r"(?:" + _PRONOUN_SPEAKER + r"|(?!(?:which|who|whom|that|and|but|as|while|when|where|if|because|after|before)\b)"
    r"(?:[\w'’.-]+|\([A-Z]{2,}\))(?:\s+(?:[\w'’.-]+|\([A-Z]{2,}\))){0,7}?)"
)
SPEAKER_TRAIL = re.compile(
    rf"(?P<frame>[,”\"]\s*[”\"]?\s*{_TRAIL_SPEAKER}\s+(?:{_PLAIN_REPORT})"
    r"(?:\s+(?:reporters|journalists|(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})"
    r"(?:\s+(?:in|at)\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})?)?"
    r"(?:\s+(?:yesterday|today|" + _REPORT_DAY + r"))?"
    r"(?:,\s*(?:citing|quoting)\s+[^,;:“”\"]{1,60})?)\W*$",
    re.I,
)
# ... or set between commas with "as": "In reality, as the regulator explained, its decision ..."
PRONOUN_ASIDE = re.compile(
    rf"(?:^|,)\s*(?P<frame>as\s+{_PRONOUN_SPEAKER}\s+(?:{_PLAIN_REPORT})\s*,)",
    re.I,
)
MAX_FRAME = 120  # characters between a speaker and its reporting verb ("X, a spokeswoman for Y, said")
MAX_GAP_WORDS = 6  # words between them without commas ("The body that oversees the river said")
# after the reporting verb: when, and "that" ("said on Sunday that"); after "told", to whom
# "said in a statement carried by the state news agency X that": where the report was given
MEDIUM = r"(?:agency|newspaper|paper|broadcaster|channel|television|radio|station|outlet|website|wire)"
# where a statement was made: "a briefing in Amsoya", "a news conference at the ministry"
VENUE = (
    r"(?:[a-z]+\s+)?(?:statement|interview|post|message|speech|briefing|conference|meeting|session|hearing)"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?"
)
STATEMENT_TAIL = (
    r"(?:\s+(?:in|at|during)\s+(?:a|an|its|their|his|her|the)\s+"
    + VENUE
    + r"(?:\s+(?:carried|published|posted|issued|released|broadcast|relayed)\s+(?:by|on)(?:\s+[\w'’.-]+){1,6}?)?"
    r"(?=\s+that\b))?"
)
# the medium it was said on: "said on state television that"
ON_MEDIUM = r"(?:\s+(?:on|to)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}" + MEDIUM + r"(?:\s+[A-Z][\w'’.-]*){0,3}(?=\s+that\b))?"
FRAME_TAIL = re.compile(r"(?:\s+" + _REPORT_DAY + r")?" + ON_MEDIUM + STATEMENT_TAIL + r"(?:\s+that\b)?")
# after "told", to whom: a name, reporters, or a medium ("told the state news agency X")
TOLD_TAIL = re.compile(
    # whoever it was told, in a few words before "that" ("told a press freedom group that")
    r"(?:\s+(?:a|an|the|his|her|their|its)(?:\s+[^\s,;:.“”\"]+){1,4}?\s+that\b|"
    r"(?:\s+(?:the\s+)?(?:(?:[a-z][\w-]*\s+){0,3}" + MEDIUM + r"(?:\s+[A-Z][\w'’.-]*){0,3}"
    r"|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}|reporters|journalists|(?:a|an)\s+" + VENUE + r"))?"
    # what the one told is, between commas before "that": "told the X Alliance, a press freedom group, that"
    r"(?:,\s+(?:a|an|the)\s+[^,;:.“”\"]{1,40},(?=\s+that\b))?"
    r"(?:\s+" + _REPORT_DAY + r")?(?:\s+that\b)?)"
)
# a leading question the claim answers: "Asked about the report that ..., the minister said"
QUESTION = re.compile(r"^\W*(?:when\s+)?asked\s+(?:about|whether|if|why|how|what|when|on|for)\b[^,;.]{0,200},", re.I)
# "There was never a licence.", "There is no such agreement": the whole sentence denies a thing exists
NOTHING = re.compile(
    r"^\W*there\s+(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+(?:never|no|not)\s+"
    r"(?:been\s+|ever\s+|any\s+|a\s+|an\s+|such\s+|one\s+)*([^,;:.!?“”\"]{2,60}?)"
    # an emphatic tail that repeats the negation: "There was no cover-up, not for a day."
    r"(?:\s*,\s*(?:not|never|none|nor)\b[^,;:.!?“”\"]{0,30})?\W*$",
    re.I,
)
NOTHING_WORDS = 3
NOT_THINGS = frozenset("such doubt question need reason way sign evidence".split())  # "there is no doubt that"
MAX_APPOSITION = 20  # words of an apposition between them (", a spokeswoman for Y, which runs Z,")
DATELINE = re.compile(
    r"^\s*[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+)*(?:,\s*(?P<date>[^()–—\n]{3,25}?))?"
    r"\s*(?:\([^)]{1,40}\))?\s*[–—-]{1,2}\s"
)


# The past forms of common irregular verbs, read as the verb ("took" / "taken" / "take") where an
# event is dated (``event_term``): English grammar, no word of any story. Forms that are as often a
# name or another word ("rose", "left", "saw", "lead") are not listed; a figure's movement ("fell",
# "rose") is read by ``MOVES``. Not read so in what two claims share: "took" and "taken" tell
# look-alikes apart as often as they tie one fact together.
_IRREGULAR = {
    form: verb
    for verb, forms in (
        ("take", "took taken"), ("give", "gave given"), ("go", "went gone"), ("come", "came"),
        ("make", "made"), ("find", "found"), ("hold", "held"), ("begin", "began begun"),
        ("break", "broke broken"), ("bring", "brought"), ("lose", "lost"), ("meet", "met"),
        ("see", "seen"), ("send", "sent"), ("shoot", "shot"), ("speak", "spoke spoken"),
        ("tell", "told"), ("throw", "threw thrown"), ("win", "won"), ("write", "wrote written"),
        ("sink", "sank sunk"), ("strike", "struck"), ("flee", "fled"), ("fight", "fought"),
        ("catch", "caught"), ("buy", "bought"), ("sell", "sold"), ("build", "built"), ("pay", "paid"),
        ("keep", "kept"), ("spend", "spent"), ("stand", "stood"), ("freeze", "froze frozen"),
        ("choose", "chose chosen"), ("drive", "drove driven"), ("fly", "flew flown"),
        ("grow", "grew grown"), ("hide", "hid hidden"), ("swear", "swore sworn"),
        ("withdraw", "withdrew withdrawn"), ("draw", "drew drawn"), ("know", "knew known"),
        ("steal", "stole stolen"), ("shake", "shook shaken"), ("blow", "blew blown"), ("tear", "tore torn"),
        ("forbid", "forbade forbidden"), ("arise", "arose arisen"), ("bear", "bore borne"),
    )
    for form in forms.split()
}  # fmt: skip


@lru_cache(maxsize=1 << 17)  # a pure function of the word, asked for the same words again and again
def stem(word: str) -> str:
    """A crude stem: lower case, common suffixes cut, a final "e" and a doubled final consonant
    dropped ("release"/"released", "vote"/"voting", "plan"/"planned"), at most 7 letters."""
    parts = word.lower().replace("’", "'").split("'")
    # "Carrowby's" -> carrowby; an elided article is dropped: "d'Information" -> information
    w = parts[1] if len(parts) > 1 and len(parts[0]) == 1 and parts[1] else parts[0]
    for suf in SUFFIXES:
        # "-ing" / "-ed" leave a stem of three letters when it has a vowel: voting, fired, dated
        least = 3 if suf in ("ing", "ed") else 4
        if suf == "ed" and w.endswith("eed"):
            continue  # agreed, freed: "-eed" is cut to "-ee" below
        if w.endswith(suf) and len(w) - len(suf) >= least and any(v in w[: -len(suf)] for v in "aeiouy"):
            w = w[: -len(suf)]
            break
    if w.endswith("eed"):
        w = w[:-1]
    if len(w) == 4 and w.endswith(("es", "ed")) and w[0] in "aeiouy" or w in ("uses", "used", "dies", "died"):
        w = w[:3]  # "owes" / "owed" / "owe", "uses" / "used" / "use": a short verb's forms are one stem
    if len(w) >= 4 and w.endswith("e") and not w.endswith("ee"):
        w = w[:-1]
    if w.endswith("ific") and word.lower().endswith(("ification", "ifications")):
        w = w[:-2]  # "notification" / "notified", "verification" / "verified": one stem
    low = word.lower()
    if re.search(r"[a-z]{2}[aeiou]sions?$", low):
        w = low[: low.rindex("sion")] + "d"  # "decision" / "decided", "explosion" / "exploded": one stem
    if len(w) >= 5 and w[-1] == w[-2] and w[-1] not in "aeiouslz":
        w = w[:-1]
    return w[:7]


def report_date_indices(claim: Claim) -> frozenset[int]:
    """Indices of the claim's dates that date the report, not the event: next to a reporting
    verb with no punctuation between ("said on Sunday", "on Sunday denied that"), or in a
    dateline at the start ("DALMOR, June 9 (Agency) –")."""
    out: set[int] = set()
    text, base = claim.text, claim.start
    line = DATELINE.match(text)
    for n, d in enumerate(claim.dates):
        s, e = d.start - base, d.end - base
        if s < 0 or e > len(text):
            continue
        if line and s < line.end():
            out.add(n)
            continue
        before = re.findall(r"[A-Za-z’']+|[^\sA-Za-z’']", text[max(0, s - 40) : s])
        while before and before[-1].lower() in REPORT_GAP:
            before.pop()
        if before and before[-1].lower() in REPORT_FORMS and not _passive_event(before, text[e:]):
            out.add(n)
            continue
        after = re.match(r"\s+([A-Za-z]+)", text[e : e + 30])
        if after and after.group(1).lower() in REPORT_FORMS:
            out.add(n)
    return frozenset(out)


def _passive_event(before: Sequence[str], after: str) -> bool:
    """A reporting verb in the passive with a thing for its subject dates that thing's act, not a
    report: "the first case was confirmed on 3 May" (not "it was announced on Monday that ...")."""
    return (
        len(before) >= 2
        and before[-2].lower() in PASSIVE_AUX
        and not re.match(r"\s*,?\s*that\b", after, re.I)
        and not (len(before) >= 3 and before[-3].lower() in ("it", "this"))
    )


# A figure a change starts from, right before a date: the date is the old figure's ("the rate was set
# at 540 from 443 on Friday", "raised to 20 percent from 14 percent in June"), not the act's.
_BASELINE = re.compile(
    r"\b(?:from|compared (?:with|to))\s+(?:about |around )?[$€£]?\d[\d.,]*"
    r"(?:\s*(?:%|percent|per cent|points?|billion|million|thousand|bn|m)\b)?\s*,?\s*(?:on|in|at|as of)?\s*$",
    re.I,
)


def baseline_date_indices(claim: Claim) -> frozenset[int]:
    """Indices of the claim's dates that date the figure a change starts from (see ``_BASELINE``)."""
    text, base = claim.text, claim.start
    return frozenset(
        n
        for n, d in enumerate(claim.dates)
        if d.start - base > 0 and _BASELINE.search(text[max(0, d.start - base - 60) : d.start - base])
    )


def event_dates(claim: Claim, frame: Sequence[tuple[int, int]] | None = None) -> tuple[DateValue, ...]:
    """The claim's dates less the dates of the report (see ``report_date_indices``), those of
    its attribution frame, which date the speaker ("X, who catalogued the finds in 2016, says"),
    those of a question it answers ("Asked about the plan to open in May, Y said ...") and those
    of the figure a change starts from ("... at 540 from 443 on Friday", see ``_BASELINE``).
    ``frame``: the claim's ``frame_spans`` when already known."""
    skip = report_date_indices(claim) | baseline_date_indices(claim)
    frame = frame_spans(claim) if frame is None else list(frame)
    asked = QUESTION.match(claim.text)
    if asked:  # "Asked about the claim that X would happen by June, Y said ...": the question's date
        frame.append((0, asked.end()))
    return tuple(
        d
        for n, d in enumerate(claim.dates)
        if n not in skip and not any(a <= d.start - claim.start < b for a, b in frame)
    )


@dataclass(frozen=True)
class ClaimFeatures:
    id: str
    article: str
    tokens: tuple[str, ...]  # lower-cased word tokens (for verbatim runs)
    stems: frozenset[str]
    names: frozenset[str]
    events: frozenset[str]  # once-in-a-life event words present
    mods: frozenset[str]  # stems of adjective-looking words (modifiers say less about what is claimed)
    dates: tuple[DateValue, ...]  # event dates (the report's own date left out)
    quantities: tuple[Quantity, ...]  # the figures it states (not a reference whole, see claimed)
    negated: bool
    units: frozenset[str] = frozenset()  # stems of the nouns counted by its quantities
    acts: frozenset[str] = frozenset()  # stems of lower-case content words: what happened (see same_event)
    counted: frozenset[tuple[str, str]] = frozenset()  # (unit, act stem near the number): "12 workers injured"
    unique: frozenset[str] = frozenset()  # "last:inspect": an event marked as the only one of its kind
    deeds: frozenset[tuple[str, str, str | None]] = frozenset()  # (act, object, actor): see ``deeds``
    vocab: frozenset[str] = frozenset()  # the distinct tokens (a quick bound on verbatim runs)
    bigrams: frozenset[tuple[str, str]] = frozenset()  # the distinct pairs of adjacent tokens (idem)
    nothing: frozenset[str] = frozenset()  # "There was never a licence.": what it says never existed
    nobody: tuple[frozenset[str], ...] = ()  # "Nobody was struck": what a negative subject denies (see ``nobody``)
    times: tuple[tuple[str | None, int, bool], ...] = ()  # clock times: (day or None, minute of day, approximate)
    located: tuple[tuple[str, frozenset[str], bool], ...] = ()  # (length unit, subject stems, pronoun subject)
    sides: Sides = frozenset()  # (past verb, names before it, names after it): see ``deeds.sides``
    denied: tuple[frozenset[str], ...] = ()  # "X denied that the ferry was overloaded" (see ``denied``)
    denied_terms: frozenset[tuple[str, str]] = frozenset()  # two-word terms a denial names (``denied_terms``)
    story_years: frozenset[str] = frozenset()  # years of the story's dated events (set by align: background_count)
    asked: frozenset[str] = frozenset()  # units of figures asked for, not given (see ``asked_for``)
    act_days: frozenset[str] = frozenset()  # ISO days it dates an act of its own clause to (set by align: dated_acts)
    level: str = ""  # "held": a level kept since a time; "changed": a level changed from one figure to another
    past_year: bool = False  # "last year", "a year earlier": it tells of an earlier year (``PAST_YEAR``)
    limits: frozenset[str] = frozenset()  # units of figures told as a limit, not as done (see ``limit_for``)
    owned: frozenset[tuple[str, str]] = frozenset()  # (owner stem, stem of a noun it owns): see ``owned``
    sums: frozenset[tuple[str, str]] = frozenset()  # (unit, stem of the noun a figure is the sum of): ``sums_of``


def term(word: str) -> str:
    """The comparable form of a content word: the event it names, the class of people it counts
    (CLASS_TERMS), else its stem."""
    w = word.lower()
    return ONCE_EVENTS.get(w) or CLASS_TERMS.get(w) or stem(w)


def event_term(word: str) -> str:
    """``term``, an irregular verb's past form read as the verb ("took", "taken" -> "tak")."""
    return term(_IRREGULAR.get(word.lower(), word))


MOVES = {term(w): way for way, words in _MOVE_WORDS.items() for w in words.split()}  # stem -> direction


def moved(acts: frozenset[str]) -> frozenset[str]:
    """The act words with those that tell a figure's movement read as its direction ("devalu",
    "fallen" -> "fall"; see ``_MOVE_WORDS``)."""
    return frozenset(MOVES.get(a, a) for a in acts)


def move_term(word: str) -> str:
    """``term``, a figure's movement read as its direction ("devalued" -> "fall")."""
    t = term(word)
    return MOVES.get(t, t)


def idioms(text: str) -> str:
    """The text with a death told as an idiom ("lost their lives") read as "died" ("took the lives
    of", "claimed the life of": "killed"), and a rule's
    start told as one ("took effect", "entered into force", "came into effect", "became effective")
    read as "effective", offsets kept."""
    low = text.lower()
    if "lo" in low:
        text = LIVES_LOST.sub(lambda m: "died".ljust(len(m.group(0))), text)
    if "li" in low:
        text = LIVES_TAKEN.sub(lambda m: "killed".ljust(len(m.group(0))), text)
    if "effect" in low or "force" in low:
        text = IN_FORCE.sub(lambda m: "effective".ljust(len(m.group(0))), text)
    return text


def frame_spans(claim: Claim) -> list[tuple[int, int]]:
    """Spans of the claim's text (relative offsets) that say who reports it, not what is reported:
    a dateline, and its own speaker with what stands between the speaker and the reporting verb
    ("The body that oversees the river said", "Ann Sorvik, a spokeswoman for the firm, denied")."""
    text = claim.text
    out: list[tuple[int, int]] = []
    line = DATELINE.match(text)
    if line:
        out.append((0, line.end()))
    lead = LEADING_REPORT.match(text)
    if lead:  # a clause that opens on its reporting verb: "claimed, without offering any evidence, that"
        out.append((lead.start("verb"), lead.end()))
    # a speaker closing the claim: "..., the minister said.", "," she said.", "..., Fjord Wire reported, citing X."
    trail = SPEAKER_TRAIL.search(text)
    if trail:
        out.append((trail.start("frame"), trail.end()))
    out.extend((m.start("frame"), m.end("frame")) for m in PRONOUN_ASIDE.finditer(text))
    sp = (claim.speaker or "").strip()
    if len(sp) < 3:
        return out
    found = list(re.finditer(re.escape(sp), text))
    head = sp.split()[-1]
    if not found and len(sp.split()) >= 2 and head[:1].isupper() and head.isalpha():
        # "The Interior Ministry" named once, "the ministry said" after: its head noun stands for it
        found = list(re.finditer(r"\b[Tt]he\s+" + re.escape(head.lower()) + r"\b", text))
    for m in found:
        end, start = m.end(), m.start()
        verb = REPORT_VERB.search(text, end, min(len(text), end + MAX_FRAME))
        if verb and _frame_gap(text[end : verb.start()]):
            tail = (TOLD_TAIL if verb.group(0).lower() in ("told", "tells", "tell") else FRAME_TAIL).match(
                text, verb.end()
            )
            # the role before the name when a comma closes it after the name: "Its economic spokesman,
            # lawmaker X, said" (not "The decision, lawmaker X said, was taken")
            before = LEAD_APPOSITION.match(text[:start])
            if before and text[end : verb.start()].strip().startswith(","):
                start = before.start("nominal")
            end = tail.end() if tail else verb.end()
        out.append((start, end))
    return out


def _frame_gap(gap: str) -> bool:
    """What may stand between a speaker and its reporting verb: nothing, a few words ("on
    Sunday", "that oversees the river") or one apposition between commas (", a spokeswoman for
    the firm,"); not a clause of content ("... will be led by X, the ministry said")."""
    if re.search(r"[“”\".;:]", gap):
        return False
    if "," not in gap:
        return len(gap.split()) <= MAX_GAP_WORDS
    return gap.strip().startswith(",") and gap.strip().endswith(",") and len(gap.split()) <= MAX_APPOSITION


def content_text(claim: Claim, frame: Sequence[tuple[int, int]] | None = None) -> str:
    """The claim's text without its attribution frame (``frame``, else ``frame_spans``): what is reported."""
    spans = sorted(frame_spans(claim) if frame is None else frame)
    if not spans:
        return claim.text
    out, pos = [], 0
    for a, b in spans:
        if a > pos:
            out.append(claim.text[pos:a])
        pos = max(pos, b)
    out.append(claim.text[pos:])
    text = " ".join(x.strip(" ,") for x in out if x.strip(" ,"))
    return text if len(text.split()) >= 3 else claim.text


SENTENCE_OPEN = frozenset(".!?:;(\"“‘'—–")


def unnamed(text: str) -> str:
    """The text with its names left out (capitalised words, but not one that opens the text or a
    sentence or quote): what happened, not to whom or where ("Union stewards were locked out of
    the Harlow depot" -> "Union stewards were locked out of the depot"). Names are compared as
    names; this is for comparing what claims say happened."""
    out, pos = [], 0
    for m in TOKEN.finditer(text):
        before = text[: m.start()].rstrip()
        if m.group(0)[0].isupper() and before and before[-1] not in SENTENCE_OPEN:
            out.append(text[pos : m.start()])
            pos = m.end()
    out.append(text[pos:])
    bare = re.sub(r"\s+", " ", "".join(out)).strip()
    return bare if bare else text


def _content_words(claim: Claim, frame: Sequence[tuple[int, int]]) -> list[tuple[int, str]]:
    """(offset, word) of the words that can carry content: not inside a date, not a number, not
    a negation contraction, not a reporting verb, not the claim's own attribution frame."""
    spans = [(d.start - claim.start, d.end - claim.start) for d in claim.dates] + list(frame)
    out = []
    for m in TOKEN.finditer(idioms(claim.text)):
        w, p = m.group(0), m.start()
        if not w[0].isalpha() or NEG_CONTRACTION.search(w) or any(a <= p < b for a, b in spans):
            continue
        if w.lower() in DATE_WORDS or w.lower() in NUMBER_WORDS or w.lower() in REPORT_FORMS:
            continue
        short = CONTRACTION.match(w)
        if short and short.group(1).lower() in STOP:
            continue  # a function word with its verb: "there's", "it's", "they've"
        out.append((p, w))
    return out


def features(claim: Claim) -> ClaimFeatures:
    words = TOKEN.findall(claim.text)
    lower = tuple(w.lower() for w in words)
    frame = frame_spans(claim)  # who reports it, read once
    content = _content_words(claim, frame)
    first = TOKEN.search(claim.text)
    first_pos = first.start() if first else -1
    stems = frozenset(term(w) for _, w in content if w.lower() not in STOP and len(w) > 2)
    names = frozenset(
        stem(w) for p, w in content if w[0].isupper() and p != first_pos and w.lower() not in STOP and len(w) > 2
    )
    events = frozenset(ONCE_EVENTS[w.lower()] for w in TOKEN.findall(idioms(claim.text)) if w.lower() in ONCE_EVENTS)
    mods = _modifiers(claim.text)
    values = claimed(claim)
    units = frozenset(stem(u) for q in values if q.unit for u in (q.unit, q.unit + "s"))
    in_numbers = {stem(w) for q in claim.quantities for w in TOKEN.findall(q.text)}
    acts = (
        frozenset(term(w) for _, w in content if w.lower() not in STOP and len(w) > 2 and not w[0].isupper())
        - mods
        - units
        - in_numbers
    )
    dated, said = event_dates(claim, frame), content_text(claim, frame)
    return ClaimFeatures(
        claim.id,
        claim.article,
        lower,
        stems,
        names,
        events,
        mods,
        dated,
        values,
        claim.negated,
        units,
        acts,
        _counted(claim, acts),
        _unique(lower, acts),
        deeds(said, stem),
        frozenset(lower),
        frozenset(zip(lower, lower[1:], strict=False)),
        no_such(claim.text),
        nobody(claim.text),
        clock_times(claim, dated),
        located(claim),
        sides(said, stem),
        denied(claim.text),
        denied_terms(claim.text),
        asked=asked_for(claim, values),
        level=level_told(claim.text),
        past_year=bool(PAST_YEAR.search(claim.text)),
        limits=limit_for(claim, values),
        owned=owned(claim.text, frame),
        sums=sums_of(claim, values),
    )


OWNED = re.compile(r"(?<![\w'’])([A-Z][^\W\d_][\w-]*)['’]s\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)")


def owned(text: str, frame: Sequence[tuple[int, int]] = ()) -> frozenset[tuple[str, str]]:
    """(owner, noun) stems for each thing a name owns in the possessive: "Varnel's own underground
    storage sites" -> ("varnel", "storag"), ("varnel", "sit"), ... (the lower-case words after "Name's",
    up to four, function words and "own" left out). Not a day or a month ("Monday's blast": when, not
    whose) nor a function word ("It's"), nor one inside ``frame`` (the speaker: "Taldaria's
    environment ministry says ..." tells whose words, not whose figure)."""
    out: set[tuple[str, str]] = set()
    for m in OWNED.finditer(text):
        if any(a <= m.start() < b for a, b in frame):
            continue
        owner = m.group(1)
        if owner.lower() in STOP or owner.lower() in DATE_WORDS:
            continue
        for w in m.group(2).split():
            if w not in STOP and w != "own" and w not in DATE_WORDS and len(w) > 2:
                out.add((stem(owner), term(w)))
    return frozenset(out)


# "a fine of 1.2 million", "bail in the amount of 1.5 million", "bribes totalling 2 million", "the budget
# is around 18 million": the noun the figure is the sum of, just before it.
_SUM_OF = re.compile(
    r"\b([a-z][a-z-]{2,})\s+(?:(?:in\s+(?:the\s+)?amount|to\s+the\s+(?:amount|tune))\s+of|of|totall?ing|worth"
    r"|(?:is|was|stands\s+at|stood\s+at|amounts\s+to|amounted\s+to))"
    r"\s+(?:(?:about|around|some|nearly|almost|roughly|approximately|over|up\s+to|more\s+than|at\s+least)\s+)?$"
)
# "was fined 1.2 million", "was fined some 2 million": a verb that names what the sum is.
# Words for a figure itself, not for what it is the sum of ("a figure of 6,000", "speaks of 2,800").
FIGURE_WORDS = FIGURE_NAMES | frozenset("estimates sum speak speaks spoke".split())
_FINED = re.compile(r"\b(fined|charged|paid|awarded)\s+(?:(?:about|around|some|nearly|almost|over)\s+)?$")


def sums_of(claim: Claim, values: Sequence[Quantity]) -> frozenset[tuple[str, str]]:
    """(unit, noun stem) for each figure that names the thing it is the sum of: "a fine of 1.2
    million kharzi" -> ("kharzi", "fine"), "bail in the amount of 1.5 million kharzi" -> ("kharzi",
    "bail"), "was fined 1.2 million" -> the fine. Not a count of people ("a crowd of 300 people")."""
    out: set[tuple[str, str]] = set()
    for q in values:
        if not q.unit or is_person_unit(q.unit):
            continue
        before = claim.text[max(0, q.start - claim.start - 40) : q.start - claim.start]
        if m := _SUM_OF.search(before):
            word = m.group(1)
            if not (
                word in STOP or word in CARDINALS or word in SCALE_WORDS or word in REPORT_FORMS or word in FIGURE_WORDS
            ):
                out.add((q.unit, term(word)))
        elif m := _FINED.search(before):
            out.add((q.unit, term(m.group(1)[:-1] if m.group(1).endswith("ed") else m.group(1))))
    return frozenset(out)


def other_sums(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Figures of one unit that each name what they are the sum of, and name two things ("a fine of
    1.2 million kharzi" / "bail of 1.5 million kharzi", "a fine of 1.8 million ducats" / "a budget of
    18 million ducats"): two sums, not one told two ways."""
    for unit in {u for u, _ in a.sums} & {u for u, _ in b.sums}:
        xs, ys = {w for u, w in a.sums if u == unit}, {w for u, w in b.sums if u == unit}
        if not xs & ys:
            return True
    return False


def other_owners(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """One thing owned by two names, neither named by the other claim: "Kestmar's own storage sites
    are 64 percent full" / "Dobrava's underground storage was 49 percent full" tell two countries'
    stocks (two firms' debts, two armies' losses), not one figure told two ways."""
    for owner, noun in a.owned:
        for other, thing in b.owned:
            if noun != thing or owner == other:
                continue
            if (other, noun) in a.owned or (owner, noun) in b.owned or owner in b.names or other in a.names:
                continue
            return True
    return False


def level_told(text: str) -> str:
    """The level it tells: "held" for a level kept since a time and no change ("has kept its rate at 20 percent since
    June"), "changed" for a change of a level from one figure to another and no such state ("was
    raised to 20 percent from 14 percent"), else ""."""
    held, changed = bool(HELD_SINCE.search(text)), bool(CHANGED_TO.search(text))
    if held == changed:
        return ""
    return "held" if held else "changed"


def located(claim: Claim) -> tuple[tuple[str, frozenset[str], bool], ...]:
    """Where its subject is said to be: a length followed by a place word ("She was 11 nautical
    miles off Cape X", "the trawler was 31 nautical miles from the coast"): (unit, the content stems
    of its clause before the figure, after any reporting verb, whether that subject is a pronoun or
    an event, "the boarding took place", which stands for whoever took part)."""
    out = []
    for q in claimed(claim):
        if q.unit not in LENGTHS:
            continue
        s, e = q.start - claim.start, q.end - claim.start
        after = [w.lower() for w in TOKEN.findall(claim.text[e : e + 30])][:1]
        if not after or after[0] not in LOCATIVE:
            continue
        clause = re.split(r"[,;:()“”\"]", claim.text[max(0, s - 100) : s])[-1]
        words = [w.lower() for w in TOKEN.findall(clause)]
        cut = max((i + 1 for i, w in enumerate(words) if w in REPORT_FORMS or w == "that"), default=0)
        words = words[cut:]
        pronoun = len(words) >= 2 and words[-2] in SUBJECT_PRONOUNS and words[-1] in COPULAS
        # "the boarding took place 11 miles off ...": where an event happened is where its parties were
        event = words[-2:] == ["took", "place"] or words[-1:] in (["happened"], ["occurred"])
        pronoun = pronoun or event
        stems = frozenset(term(w) for w in words if w[0].isalpha() and w not in STOP and w not in COPULAS)
        out.append((q.unit, stems, pronoun))
    return tuple(out)


def located_match(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Both say how far from a place their subject is, in one unit, and the subject is one: a word of
    one's subject is in the other claim, or one is a pronoun ("She was 11 miles off ..." / "the
    trawler was 31 miles from ..."). Two such figures that differ are a clash of one fact."""
    for u, sa, pa in a.located:
        for v, sb, pb in b.located:
            if u == v and (pa or pb or sa & b.acts or sb & a.acts):
                return True
    return False


def nobody(text: str) -> tuple[frozenset[str], ...]:
    """What a negative subject denies, clause by clause: "Nobody was struck, nobody was denied
    water." -> ({struck}, {water}) (content stems, reporting and denial verbs left out; at most
    NOBODY_WORDS of them, else the clause says more than one thing)."""
    out = []
    for m in NEG_SUBJECT.finditer(text):
        words = [w for w in TOKEN.findall(m.group(1)) if w[0].isalpha() and w.lower() not in STOP | REPORT_FORMS]
        if 1 <= len(words) <= NOBODY_WORDS:
            out.append(frozenset(term(w) for w in words))
    return tuple(out)


def _said_undone(text: str, m: re.Match[str]) -> bool:
    """The ``NEGATED_ACT`` match says the act was not done: "never", or "not" after "did", "has",
    "have" or "had" ("didn't", "hasn't": the auxiliary is glued to it)."""
    if m.group("neg") == "never":
        return True
    aux = m.group("aux") or (text[: m.start("neg")].split() or [""])[-1]
    return aux.strip().lower() in DONE_AUX


def denied(text: str) -> tuple[frozenset[str], ...]:
    """What the claim says did not happen, as the act stems of the denied clause: "The company
    denied that the ferry was overloaded." -> ({ferry, overloa}); "rejected claims that the pier had
    collapsed"; "The Gull II was not overloaded." -> ({overloa}) (a negated past participle, the
    predicate); "We never towed that boat" -> ({tow, boat}) (an act and its object). Lower-case
    content words only (names say who, not what), reporting verbs left out, at most NOBODY_WORDS of
    them, else the clause says more than one thing; a clause without a verb was cut before its
    predicate and denies nothing."""
    out = []
    for m in DENIED_THAT.finditer(text):
        toks = TOKEN.findall(m.group(1))
        if not any(w.lower() in AUXILIARIES or is_past(w) for w in toks):
            continue  # no verb: the clause was cut before its predicate ("denied that talks with the unions, ...")
        words = [w for w in toks if w[0].isalpha() and w.islower() and w not in STOP | REPORT_FORMS]
        if 1 <= len(words) <= NOBODY_WORDS:
            out.append(frozenset(term(w) for w in words))
    for m in NOT_PREDICATE.finditer(text):
        w = m.group(1)
        if is_past(w) and w not in STOP | REPORT_FORMS:
            out.append(frozenset({term(w)}))
    for m in NEGATED_ACT.finditer(text):
        if not _said_undone(text, m):
            continue
        verb, thing = m.group("verb"), m.group("obj")
        if verb not in STOP | REPORT_FORMS | AUXILIARIES and thing not in STOP | REPORT_FORMS and not is_past(thing):
            out.append(frozenset({term(verb), term(thing)}))
    return tuple(out)


def denied_terms(text: str) -> frozenset[tuple[str, str]]:
    """The two-word terms of what a denial verb says did not happen, as lower-case word pairs: "The
    warden denied that she had been kept in solitary confinement" -> {("solitary", "confinement")};
    "refuted the reports spread by some media that the pier had been built without a permit" ->
    {} (no two content words side by side). Two lower-case content words in a row, neither a
    function word, an auxiliary, a reporting verb nor a past form (the act's verb varies: "held",
    "kept", "spent"): the thing denied, named as the other account names it (``denied`` keeps the
    short clauses whole)."""
    out = set()
    for m in DENIED_THAT.finditer(text):
        toks = TOKEN.findall(m.group(1))
        if not any(w.lower() in AUXILIARIES or is_past(w) for w in toks):
            continue  # no verb: the clause was cut before its predicate
        for x, y in zip(toks, toks[1:], strict=False):
            if all(
                w.isalpha()
                and w.islower()
                and len(w) > 2
                and w not in STOP | REPORT_FORMS | AUXILIARIES
                and not is_past(w)
                for w in (x, y)
            ):
                out.add((x, y))
    return frozenset(out)


def clock_times(claim: Claim, dated: Sequence[DateValue] | None = None) -> tuple[tuple[str | None, int, bool], ...]:
    """Its clock times ("at 04:40 on Sunday", "at about 11 p.m."): (the event date nearest to the
    time in the text, when it gives a day; minute of the day; whether "about" / "around" comes
    before it). ``dated``: its event dates, when known."""
    if not CLOCK.search(claim.text) and not O_CLOCK.search(claim.text) and not WORD_CLOCK.search(claim.text):
        return ()
    days = [d for d in (event_dates(claim) if dated is None else dated) if d.precision == "day"]
    found: list[tuple[int, list[int]]] = []  # (offset, minutes of the day it may be)
    for m in CLOCK.finditer(claim.text):
        h = int(m.group("h") or m.group("h2") or m.group("h3"))
        minute = int(m.group("m") or m.group("m2") or m.group("m3") or 0)
        ap = (m.group("ap") or m.group("ap2") or "").lower()
        if ap and h > 12:
            continue
        if ap == "p" and h < 12:
            h += 12
        elif ap == "a" and h == 12:
            h = 0
        found.append((m.start(), [h * 60 + minute]))
    for m in O_CLOCK.finditer(claim.text):
        word = m.group("h").lower()
        h = HOUR_WORDS.get(word) or int(word)
        part = (m.group("part") or "").lower()
        am, pm = h % 12 * 60, (h % 12 + 12) * 60
        found.append((m.start(), [am] if part == "morning" else [pm] if part else [am, pm]))
    for m in WORD_CLOCK.finditer(claim.text):
        if m.group("dir").lower() == "to" and not m.group("pre"):
            continue  # "five to seven people": a range
        word = m.group("h").lower()
        h = HOUR_WORDS.get(word) or int(word)
        past = CLOCK_MINUTES[m.group("m").lower()]
        minute = h % 12 * 60 + (past if m.group("dir").lower() == "past" else -past)
        part = (m.group("part") or "").lower()
        am, pm = minute % 1440, (minute + 720) % 1440
        if part == "night":  # "half past two in the night": before dawn, or late in the evening
            found.append((m.start("m"), [am] if h < 6 else [pm]))
        else:
            found.append((m.start("m"), [am] if part == "morning" else [pm] if part else [am, pm]))
    out: list[tuple[str | None, int, bool]] = []
    for start, minutes in found:
        pos = claim.start + start
        near = min(days, key=lambda d: min(abs(d.start - pos), abs(d.end - pos)), default=None)
        approx = bool(APPROX.search(claim.text[max(0, start - 25) : start]))
        out.extend((near.value if near else None, minute, approx) for minute in minutes)
    return tuple(out)


def time_relation(a: ClaimFeatures, b: ClaimFeatures, slack: int = 30) -> int:
    """+1: a clock time in common (within ``slack`` minutes, an hour when either says "about"); -1:
    clock times, none within it (on a day both give, or on days a day apart, or with no day);
    0: none to compare."""
    if not a.times or not b.times:
        return 0
    for da, ma, xa in a.times:
        for db, mb, xb in b.times:
            gap = _minutes_apart(da, ma, db, mb)
            if gap is not None and gap <= (60 if xa or xb else slack):
                return 1
    return -1


def _minutes_apart(da: str | None, ma: int, db: str | None, mb: int) -> int | None:
    if da and db:
        try:
            days = (dt.date.fromisoformat(db) - dt.date.fromisoformat(da)).days
        except ValueError:
            return None
        return abs(days * 1440 + mb - ma)
    d = abs(ma - mb)
    return min(d, 1440 - d)  # "11 p.m." and "00:30" are near across midnight


def no_such(text: str) -> frozenset[str]:
    """The content stems of a short sentence that says a thing never existed, the whole of it: "There
    was never a licence.", "There is no such deal." (at most NOTHING_WORDS content words); else empty."""
    m = NOTHING.match(text)
    if not m:
        return frozenset()
    words = [w for w in TOKEN.findall(m.group(1)) if w.lower() not in STOP and w.lower() not in NOT_THINGS]
    if not words or len(words) > NOTHING_WORDS or any(not w[0].isalpha() for w in words):
        return frozenset()
    return frozenset(term(w) for w in words)


def _modifiers(text: str) -> frozenset[str]:
    """Stems of adjective-looking words ("-al", "-ic", "-ous", ...), unless a lower-case one ends its
    phrase: then it is what is said, not a modifier: a predicate ("the vote was peaceful and
    orderly") or a noun ("the results portal on Sunday", "the terminal went"). One right before
    another content word modifies it ("an independent inquiry"); in a name, the suffix is all
    there is to go by ("the Constitutional Court", "the Appeals Tribunal"). A lower-case compound
    with a hyphen before a word ("the state-owned Grain Board") modifies it too."""
    toks = list(TOKEN.finditer(text))
    out = set()
    for n, m in enumerate(toks):
        w = m.group(0)
        compound = "-" in w and w.islower()  # "state-owned", "long-term": adjectives whatever their suffix
        if not (compound or w.lower().endswith(ADJ_SUFFIXES)) or w.lower() in ONCE_EVENTS:
            continue
        nxt = toks[n + 1] if n + 1 < len(toks) else None
        attributive = (
            nxt is not None
            and not re.search(r"[^\s'’-]", text[m.end() : nxt.start()])
            and nxt.group(0)[0].isalpha()
            and nxt.group(0).lower() not in STOP
            and not is_past(nxt.group(0))
        )
        if (w[0].isupper() and not compound) or attributive:
            out.add(stem(w))
    return frozenset(out)


def _unique(lower: Sequence[str], acts: frozenset[str]) -> frozenset[str]:
    """Marker + the next act word within two words: "the last full inspection" -> "last:inspect";
    "the first cases" -> "first:cas" (``UNIQUE_NOUNS``)."""
    out: set[str] = set()
    for i, w in enumerate(lower):
        if w in UNIQUE_MARKERS and not (i + 1 < len(lower) and lower[i + 1] in DATE_WORDS | PERIODS):
            nxt = [(x, term(x)) for x in lower[i + 1 : i + 3]]
            out.update(f"{UNIQUE_MARKERS[w]}:{t}" for x, t in nxt if t in acts or x in UNIQUE_NOUNS)
    return frozenset(out)


@lru_cache(maxsize=1)
def count_classes() -> dict[str, str]:
    """{term: class} of COUNT_CLASS_WORDS ("killed" and "died" both count the dead)."""
    return {term(w): "#" + c for c, words in COUNT_CLASS_WORDS.items() for w in words.split()}


def put_at_unit(claim: Claim, q: Quantity) -> str | None:
    """The unit of a bare figure that a "put the number of X at" frame names: "person" for a class
    of people ("the number of injured", "the death toll"), the noun for a count of people
    ("the number of refugees at 300"); else None."""
    m = PUT_AT.search(claim.text[max(0, q.start - claim.start - 80) : q.start - claim.start])
    if not m:
        return None
    what, pre, noun = (m.group("what") or "").lower(), (m.group("pre") or "").lower(), m.group("noun").lower()
    classes = count_classes()
    if term(what) in classes or (not what and (noun == "toll" or term(pre) in classes)):
        return "person"
    if m.group("state") and term(m.group("state")) in classes:
        return "person"  # "put the number still trapped at 30"
    single = what[:-1] if what.endswith("s") and not what.endswith("ss") else what
    return single if what and is_person_unit(single) else None


def group_unit(claim: Claim, q: Quantity) -> str | None:
    """The unit of a bare figure that counts a group: "nine of our colleagues" (the noun when it
    counts people; "person" when a class word, COUNT_CLASS_WORDS, follows: "nine of our colleagues
    have lost their lives"), or a figure that is the subject of a class word ("14 remain trapped",
    "nine were killed"; not "the nine dead", a count named in passing), or a figure a class word
    follows ("at least 60 dead", "17 injured"); else None."""
    rest = idioms(claim.text)[q.end - claim.start :]
    classes = count_classes()
    m = OF_GROUP.match(rest)
    if m:
        noun = m.group("noun").lower()
        single = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
        if is_person_unit(single):
            return single
        after = [w for w in TOKEN.findall(rest[m.end() : m.end() + 60]) if w.lower() not in STOP][:2]
        return "person" if any(term(w) in classes for w in after) else None
    m = BARE_SUBJECT.match(rest)
    if m and term(m.group("word")) in classes:
        return "person"
    before = claim.text[max(0, q.start - claim.start - 12) : q.start - claim.start]
    named = re.search(r"\b(?:the|these|those|its|their|his|her)\s*$", before, re.I)  # "the nine dead": in passing
    return "person" if CLASS_AFTER.match(rest) and not named else None


def _in_days(q: Quantity) -> Quantity:
    """A duration in weeks as days ("nearly two weeks": 12.6 to 14 days)."""
    k = IN_DAYS[q.unit or ""]
    low, high = (None if v is None else v * k for v in (q.low, q.high))
    return replace(q, unit="day", value=q.value * k, low=low, high=high)


def claimed(claim: Claim) -> tuple[Quantity, ...]:
    """The figures the claim states: not a whole it takes a fraction of ("less than half of the
    promised $620 million" states at most $310 million; the $620 million is a reference). A bare
    figure in a "put the number of injured at 17" frame counts people (``put_at_unit``), and so does
    a count of deaths or injuries ("38 deaths": CLASS_NOUN_UNITS). What a thing can hold ("certified
    to carry up to 250 passengers") is a capacity, not a count (``_capacity``)."""
    out = tuple(q for q in claim.quantities if q.role != "reference")
    out = tuple(replace(q, unit="person") if (q.unit or "").lower() in CLASS_NOUN_UNITS else q for q in out)
    if any(q.unit is None for q in out):
        out = tuple(q if q.unit else replace(q, unit=put_at_unit(claim, q) or group_unit(claim, q)) for q in out)
    out = tuple(_in_days(q) if q.unit in IN_DAYS else q for q in out)
    out = tuple(replace(q, unit=_capacity(q.unit)) if holds(claim, q) else q for q in out)
    out = tuple(replace(q, unit=f"{q.unit}-penalty") if allowed_term(claim, q) else q for q in out)
    # "14 crew" counts people; "twelve fire crews" counts teams (the unit reader gives both "crew")
    return tuple(
        replace(q, unit="crews") if q.unit in COLLECTIVES and q.text.lower().rstrip(". ").endswith("s") else q
        for q in out
    )


def holds(claim: Claim, q: Quantity) -> bool:
    """A figure of what a thing can hold, not of what it held ("certified to carry up to 250 passengers",
    "a capacity of 40,000 spectators": CAPACITY)."""
    return bool(CAPACITY.search(claim.text[max(0, q.start - claim.start - 60) : q.start - claim.start]))


# "prosecutors had sought seven years", "the union demands a raise of 12 percent", "called for a
# fine of 2 million": a figure asked for, not given (see ``asked_for``); not demand as a noun of use
# ("enough to cover demand for six weeks", "to meet the demand")
ASKED = re.compile(
    r"\b(?:sought|seek(?:s|ing)?|(?<!cover )(?<!covers )(?<!meet )(?<!meets )(?<!the )(?<!of )demand(?:s|ed|ing)?"
    r"|request(?:s|ed|ing)?|(?:ask|call)(?:s|ed|ing)?\s+for)"
    r"\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)


# "the speed limit on the curve is 60 km per hour", "the permitted speed ... is 60", "a maximum of 40
# people": a figure told as a limit set on a thing, not as what the thing did (see ``limit_for``)
LIMIT = re.compile(r"\b(?:limits?|permitted|permissible|maximum|ceiling)\b[^,;:.!?()\d]{0,60}$", re.I)


def limit_for(claim: Claim, values: Sequence[Quantity]) -> frozenset[str]:
    """Units of its figures told as a limit (a limit word before the figure in its clause: "The speed
    limit on the curve is 60 km per hour" -> {km}; "the train was travelling at 87 km per hour" -> {}).
    A unit it also gives otherwise is left out (it tells both)."""
    limit: set[str] = set()
    given: set[str] = set()
    for q in values:
        if q.unit:
            before = claim.text[max(0, q.start - claim.start - 60) : q.start - claim.start]
            (limit if LIMIT.search(before) else given).add(q.unit)
    return frozenset(limit - given)


def asked_for(claim: Claim, values: Sequence[Quantity]) -> frozenset[str]:
    """Units of its figures that are asked for, not given: a request verb within three words before
    the figure ("Prosecutors had sought seven years" -> {year}; "was sentenced to seven years" -> {}).
    A unit it also gives as done is left out (it tells both)."""
    asked: set[str] = set()
    given: set[str] = set()
    for q in values:
        if q.unit:
            before = claim.text[max(0, q.start - claim.start - 60) : q.start - claim.start]
            (asked if ASKED.search(before) else given).add(q.unit)
    return frozenset(asked - given)


def allowed_term(claim: Claim, q: Quantity) -> bool:
    """A length of time a charge carries, not one given ("The charge carries between three and
    eight years in prison" / "was sentenced to seven years"): PENALTY."""
    return q.unit in PENALTY_UNITS and bool(
        PENALTY.search(claim.text[max(0, q.start - claim.start - 60) : q.start - claim.start])
    )


def _capacity(unit: str | None) -> str:
    """The unit of a capacity: of people ("250 passengers", "350 persons", a bare "250"), or of a
    thing ("600,000 containers"): never a count of those on board or of those handled."""
    return "capacity" if unit is None or is_person_unit(unit) else unit + "-capacity"


def q_inside(claim: Claim, pos: int) -> bool:
    return any(q.start <= pos < q.end for q in claim.quantities)


def counted_acts(
    claim: Claim, acts: frozenset[str], window: int = COUNT_WINDOW
) -> list[tuple[Quantity, frozenset[str]]]:
    """Each quantity with a unit, with the act words a few content words around its number."""
    if not claim.quantities:
        return []
    toks = [
        (m.start() + claim.start, term(m.group(0)))
        for m in TOKEN.finditer(idioms(claim.text))
        if m.group(0).lower() not in STOP or q_inside(claim, m.start() + claim.start)
    ]
    out: list[tuple[Quantity, frozenset[str]]] = []
    for q in claimed(claim):
        if not q.unit:
            continue
        idx = [i for i, (p, _) in enumerate(toks) if q.start <= p < q.end]
        if not idx:
            continue
        lo, hi = max(0, idx[0] - window), min(len(toks), idx[-1] + window + 1)
        near = frozenset(w for _, w in toks[lo:hi] if w in acts) | _span_acts(claim, q, acts)
        classes = count_classes()
        near |= {t for t in (term(w) for w in TOKEN.findall(q.text)) if t in classes}  # "38 deaths"
        out.append((q, near | {classes[w] for w in near if w in classes}))
    return out


def _span_acts(claim: Claim, q: Quantity, acts: frozenset[str]) -> frozenset[str]:
    """A duration ("for nearly two weeks", "for ten days") spans the predicate of its clause: its act
    words before "for", back to the clause's start, however many names stand between ("has been in
    the custody of the Varnel security service for two weeks"); a time since an act ("eight days
    after officers detained him") spans the act of the clause after "after" or "since"."""
    if q.unit not in DURATIONS:
        return frozenset()
    before = claim.text[max(0, q.start - claim.start - 150) : q.start - claim.start]
    m = SPAN_FOR.search(before)
    if m:
        clause = re.split(r"[,;:()“”\"]", before[: m.start()])[-1]
        return frozenset(term(w) for w in TOKEN.findall(clause)[-SPAN_WORDS:]) & acts
    after = SPAN_SINCE.match(claim.text, q.end - claim.start)
    if after:  # "eight days after officers of the bureau (VSB) detained him": the time since the act
        clause = re.split(r"[,;:“”\"]", re.sub(r"\([^()]{0,40}\)", " ", claim.text[after.end() : after.end() + 150]))[0]
        return frozenset(term(w) for w in TOKEN.findall(clause)[:SPAN_WORDS]) & acts
    return frozenset()


def count_class_clash(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Both count people of a class (COUNT_CLASS_WORDS) and share none: "12 were killed" / "17 were
    injured" count two groups, whatever the unit ("people") they share."""
    ca = {w for _, w in a.counted if w.startswith("#")}
    cb = {w for _, w in b.counted if w.startswith("#")}
    return bool(ca and cb) and not ca & cb


def _counted(claim: Claim, acts: frozenset[str]) -> frozenset[tuple[str, str]]:
    return frozenset((q.unit, w) for q, ws in counted_acts(claim, acts) if q.unit for w in ws)


def counted_nouns(quantities: Sequence[Quantity]) -> frozenset[str]:
    """The things figures count, not measures ("ballots", "villages"; not "percent", "km")."""
    return frozenset(q.unit for q in quantities if q.unit and q.unit not in MEASURES)


def counted_match(a: ClaimFeatures, b: ClaimFeatures, strict: bool = False) -> bool:
    """Both count one kind of thing (or people) for one act: "12 workers injured" ~ "ten members hurt".
    ``strict``: the act is no word of time ("12 workers injured on Monday night" / "the night crew
    cut from eight workers to three" share only "night")."""
    return any(
        units_compatible(u, v) and w == x and not (strict and x in TIME_ACTS)
        for u, w in a.counted
        for v, x in b.counted
    )


# ------------------------------------------------------------------ dates and numbers


def dates_compatible(a: DateValue, b: DateValue) -> bool:
    """Equal at their shared precision: 2020-01-03 ~ 2020, 2020-01-03 !~ 2019-01."""
    n = min(len(a.value), len(b.value))
    return a.value[:n] == b.value[:n]


def _bounds(q: Quantity) -> tuple[float, float]:
    lo = q.low if q.low is not None else (q.value if q.high is None else -math.inf)
    hi = q.high if q.high is not None else (math.inf if q.low is not None else q.value)
    return lo, hi


def quantities_compatible(a: Quantity, b: Quantity, tolerance: float = 0.02) -> bool:
    """Both can hold at once: their ranges overlap (with a small tolerance for rounding)."""
    alo, ahi = _bounds(a)
    blo, bhi = _bounds(b)
    slack = tolerance * max(abs(a.value), abs(b.value), 1.0)
    return alo <= bhi + slack and blo <= ahi + slack


def units_compatible(u: str | None, v: str | None) -> bool:
    """One unit, or two nouns that both count people, or both animals ("4,800 animals" / "1,350 head
    of cattle"; only meaningful for one event)."""
    return bool(u and v) and (
        u == v or (is_person_unit(u) and is_person_unit(v)) or (u in ANIMAL_UNITS and v in ANIMAL_UNITS)
    )


def number_relation(a: ClaimFeatures, b: ClaimFeatures, people: bool = False) -> int:
    """+1: a shared unit with compatible numbers; -1: shared units, none compatible; 0: nothing to compare,
    or only an open bound far from the other figure ("more than four days" / "14 days", see ``_close``;
    +1 when their dates differ: similar figures of another occurrence).

    ``people``: counts of two person nouns ("workers", "members") are compared too, unless one
    names a group of them by a proper adjective ("212 passengers" / "131 Varnish citizens": a part
    of those aboard, not a count of them; see ``_qualified``) that the other does not share ("four
    Varnish embassy officials" / "six Varnish diplomats": one group)."""
    ua = {q.unit for q in a.quantities if q.unit}
    ub = {q.unit for q in b.quantities if q.unit}
    units = [(x, y) for x in ua for y in ub if x == y or (people and units_compatible(x, y))]
    pairs = [
        (x, y)
        for u, v in units
        for x in a.quantities
        if x.unit == u
        for y in b.quantities
        if y.unit == v and (u == v or _one_group(x, y))
    ]
    if not pairs:
        return 0
    loose = False
    for x, y in pairs:
        if quantities_compatible(x, y):
            if _close(x, y):
                return 1
            loose = True
    if loose:  # neither ties the two nor sets them apart; with dates that differ, still a look-alike
        return 1 if a.dates and b.dates and not any(dates_compatible(x, y) for x in a.dates for y in b.dates) else 0
    return -1


def _qualified(q: Quantity) -> frozenset[str]:
    """The capitalised words that qualify a count's noun ("131 Varnish citizens", "40 Fjord Post
    staff"): a group named by its nation or its employer (stems; empty when none)."""
    words = q.text.split()
    return frozenset(stem(w) for w in words[1:-1] if w[:1].isupper() and not any(ch.isdigit() for ch in w))


def named_group(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Both count people of one group named by the same word ("four Varnish embassy officials" /
    "four Varnish diplomats"): who is counted, whatever the act each tells (``_qualified``)."""
    qa = [q for q in a.quantities if is_person_unit(q.unit) and _qualified(q)]
    qb = [q for q in b.quantities if is_person_unit(q.unit) and _qualified(q)]
    return any(_qualified(x) & _qualified(y) for x in qa for y in qb)


def group_of(q: Quantity) -> frozenset[str]:
    """The name of the group of people a count counts: the capitalised words qualifying a noun for
    people ("212 Varnish detainees", "40 Fjord Post staff": ``_qualified``) or a capitalised noun
    counted itself ("197 Varnishmen", "180 Brasks"); stems, empty when the count names none."""
    words = q.text.split()
    if len(words) < 2 or not any(w[:1].isdigit() for w in words[:-1]):
        return frozenset()
    out = _qualified(q) if is_person_unit(q.unit) else frozenset()
    last = words[-1]
    if last[:1].isupper() and last[1:].isalpha() and last[1:].islower():
        out |= {stem(last)}
    return out


def counted_groups(f: ClaimFeatures) -> frozenset[str]:
    """The names of the groups of people its counts count (``group_of``)."""
    return frozenset(x for q in f.quantities for x in group_of(q))


def other_groups(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Each counts people of a named group and none of the names is the other's: "the Varnish side
    handed over 212 Brask detainees" / "Brask released 180 Varnish prisoners" count two groups (who
    went which way in an exchange, two nations' soldiers), whatever the act words share."""
    ga, gb = counted_groups(a), counted_groups(b)
    return bool(ga) and bool(gb) and not ga & gb


def group_count(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Both count people of one named group at figures near each other (within GROUP_SPREAD), and
    neither dates its count: rival counts of one group told by two sides ("the Varnish side handed
    over 212 Brask detainees" / "only 197 Brasks had come back"), whatever the verbs (a handing over
    and a coming back are one movement). A count dated to another time ("210 Brask prisoners came home
    in March") is another occurrence."""
    if a.dates or b.dates:
        return False
    for x in a.quantities:
        gx = group_of(x)
        if not gx:
            continue
        for y in b.quantities:
            if gx & group_of(y) and x.value > 0 and y.value > 0:
                if abs(x.value - y.value) <= GROUP_SPREAD * max(x.value, y.value):
                    return True
    return False


def one_figure_of_people(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Both count people, under any nouns, at one exact figure that is no round number ("all 412 staff
    on the payroll" / "thrown 412 employees out of work"): one count, told of one group, as a figure
    like 412 rarely comes twice by chance (a round 400 or 120 may)."""
    fa = {q.value for q in a.quantities if is_person_unit(q.unit) and q.low == q.high}
    fb = {q.value for q in b.quantities if is_person_unit(q.unit) and q.low == q.high}
    return any(v == int(v) and v % 10 and v > 20 for v in fa & fb)


def _one_group(x: Quantity, y: Quantity) -> bool:
    """Two counts of people that may count one group: neither is qualified by a name, or both by the
    same one ("four Varnish officials" / "six Varnish diplomats"; not "131 Varnish citizens" / "212
    passengers")."""
    qx, qy = _qualified(x), _qualified(y)
    return (not qx and not qy) or bool(qx & qy)


def _close(x: Quantity, y: Quantity) -> bool:
    """Two compatible figures that say one count: not an open bound far below or above the other
    figure ("more than four days" / "14 days": both can hold, but the bound does not tell that count)."""
    for p, q in ((x, y), (y, x)):
        lo, hi = _bounds(p)
        if math.isinf(hi) and q.value > OPEN_REACH * max(lo, 1.0):
            return False
        if math.isinf(lo) and q.value * OPEN_REACH < hi:
            return False
    return True


def days_apart(a: DateValue, b: DateValue) -> int | None:
    """Days between two day-precision dates (None unless both are days)."""
    if a.precision != "day" or b.precision != "day":
        return None
    try:
        return abs((dt.date.fromisoformat(a.value) - dt.date.fromisoformat(b.value)).days)
    except ValueError:
        return None


def date_relation(a: ClaimFeatures, b: ClaimFeatures) -> int:
    """+1: an event date in common (at shared precision); -1: event dates, none compatible; 0: none
    to compare, or days one apart: accounts of one event often differ by a day (time zones, an
    event around midnight, "on Friday" read against another page date), so that is a clash to
    show, not proof of a second occurrence. One dated by a bare year only against an undated
    count of the same class that differs is another occurrence (see ``background_count``)."""
    if not a.dates or not b.dates:
        return -1 if background_count(a, b) or background_count(b, a) else 0
    if any(dates_compatible(x, y) for x in a.dates for y in b.dates):
        return 1
    if any((days_apart(x, y) or 9) <= 1 for x in a.dates for y in b.dates):
        return 0
    return -1


def background_count(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """``a`` counts people of a class (the dead, the hurt, the missing, the held; or how long they were
    held) in a claim dated only by a year or a month of a year it writes out, ``b`` counts the same
    class, undated, and the figures cannot both hold: "In 2011 a collapse killed six miners" / "17
    miners were killed", "In March 2021 a reporter was held for three days" / "he has been held for
    ten days". A story's own toll is dated by its day, if at all; a written-out year marks an
    earlier occurrence told as background, unless it is a year of the story's own dated events
    (``story_years``, where known: "In 2026, 17 miners were killed" in a story of 2026 is its toll).
    Where the story's years are known, a written-out year outside them, even to the day, marks the
    earlier occurrence whatever the figures (``of_other_year``); a year told relative to the report
    ("last year") does so for a count of one thing for one act too ("Last year a fire burned 4,300
    hectares" / "about 4,250 hectares have burned"), and a written-out year outside the story's does so for
    another figure of one thing for one act ("In May 2019 a similar strike lasted nine days" / "stocks
    could last 35 days")."""
    if b.past_year or not (a.dates or a.past_year) or (b.dates and (a.dates or not a.past_year)):
        return False  # (an unresolved "last year" is another year than any date of the story)
    ca = {w for _, w in a.counted if w.startswith("#")}
    cb = {w for _, w in b.counted if w.startswith("#")}
    if a.past_year:  # "last year": an earlier occurrence, a count of the same class or of one thing for one act
        return bool(ca & cb) or counted_match(a, b, strict=True)
    if of_other_year(a):  # "On 11 March 2021 nine people lost their lives": an earlier toll
        # ... or another figure for one act ("In May 2019 a strike lasted nine days" / "stocks could last 35 days")
        return bool(ca & cb) or (_lasted(a, b) and number_relation(a, b) < 0)
    if not ca & cb or not a.dates:
        return False
    if any(d.precision == "day" or not YEAR.search(d.text) for d in a.dates):
        return False
    if any(d.value[:4] in a.story_years for d in a.dates):
        return False
    return number_relation(a, b, people=True) < 0


def of_other_year(f: ClaimFeatures) -> bool:
    """Its dates write out a year, each one outside the story's years (``story_years``): "On 11 March
    2021 nine people lost their lives" in a story of 2026 tells an earlier occurrence, whatever its
    figure (nine then, nine now by chance), even beside a day of the story it refers to ("40 km
    north of Saturday's crash", no year written; not a span up to now: "since 2016"); so does a year
    told relative to the report ("Last year, a fire burned 4,300 hectares"), whether the page's date
    resolves it or not."""
    if f.past_year:  # "last year", "a year earlier", resolved or not: never the story's own year
        return True
    # a year a span starts from ("has invested $540 million since 2016") reaches the story's time
    years = {d.value[:4] for d in f.dates if YEAR.search(d.text) and not _span_from(f, d)}
    return bool(f.story_years) and bool(years) and not years & f.story_years


def _span_from(f: ClaimFeatures, d: DateValue) -> bool:
    """The date follows "since" or "from": where a span up to now starts, not when a thing happened
    (a number token may carry the comma after it: "since 1934, ...")."""
    first = TOKEN.findall(d.text.lower())[:1]
    if not first:
        return False
    head = first[0].rstrip(",.")
    pairs = zip(f.tokens, f.tokens[1:], strict=False)
    return any(w in ("since", "from") and nxt.rstrip(",.") == head for w, nxt in pairs)


def _lasted(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Both give how long one act lasted ("a similar strike lasted nine days" / "the stocks could last
    35 days"): a duration of one act (``counted_match``, strict)."""
    return any(
        u in DURATIONS and v in DURATIONS and w == x and x not in TIME_ACTS for u, w in a.counted for v, x in b.counted
    )


def days_clash(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Both give event days and none agrees, even a day apart ("on Sunday" / "on Saturday")."""
    days = [(x, y) for x in a.dates for y in b.dates if x.precision == "day" and y.precision == "day"]
    return bool(days) and not any(dates_compatible(x, y) for x, y in days)


def same_event(a: ClaimFeatures, b: ClaimFeatures, lex: float, cos: float) -> tuple[bool, bool]:
    """(same event, strongly) from shared lower-case content words (the predicate and its
    object/subject, not names or counted nouns), backed by a shared name or close wording."""
    acts = a.acts & b.acts
    if not acts:
        return False, False
    backed = bool(a.names & b.names) or cos >= 0.6 or lex >= 0.3
    return backed, backed and len(acts) >= 2 and (lex >= 0.3 or cos >= 0.6)


def longest_run(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest common run of tokens (verbatim copying)."""
    return run_end(a, b)[0]


def run_end(a: Sequence[str], b: Sequence[str]) -> tuple[int, int]:
    """(length, end index in ``a``) of the longest common run of tokens (the first on a tie)."""
    pos: dict[str, list[int]] = defaultdict(list)
    for j, w in enumerate(b):
        pos[w].append(j)
    best, end = 0, 0
    prev: dict[int, int] = {}
    for i, w in enumerate(a):
        cur: dict[int, int] = {}
        for j in pos.get(w, ()):
            cur[j] = prev.get(j - 1, 0) + 1
            if cur[j] > best:
                best, end = cur[j], i + 1
        prev = cur
    return best, end
