"""Dates, numbers and denials that disagree inside a cluster.

* **date**: two claims date one event differently at their shared precision
  (2020-01-03 vs 2019-01 clash; 2020-01-03 vs 2020 do not), or give it clock times that cannot
  both hold ("at 3:40 a.m. on Wednesday" / "shortly before 11 p.m. on Tuesday"). A date counts for an
  event word when it sits within a few words of it, so "since 2000 until his
  assassination in 2020" dates the assassination 2020, not 2000. The date of the
  report ("said on Sunday", "on Sunday denied", a dateline) dates no event. A weekday before a
  full date ("on Thursday, 12 November") is that date; a bound ("before 3 May", "since 12 May")
  and a date a denial verb denies ("denied that it was warned in December") may agree, never
  clash; "that same day" is the day given before it in its sentence; "he was stopped" or
  "apprehended" is the detention. A clock time that names a service ("its scheduled 14:15
  sailing") times no event.
* **number**: figures of one counted thing whose bounds cannot both hold ("at least 12" vs
  "10"; "more than 300" vs "above 350" agree). One counted thing: the same unit and an act word
  near both figures in common, or the same noun in near wording (``nearness``); each figure is
  set against its counterpart, not against every figure of the unit; a reference whole ("half
  of the promised $620 million") and a figure of "other" things are left out. A clash is
  carried to members that give the same figure as one side. It is dropped only when the same
  source, in the same article, also gives the agreeing figure, or when two spans in days differ
  by the days between the two reports ("held for eight days" on 24 May, "for ten days" on
  26 May: one count, told on two days). "212 passengers and crew" counts all on board (as "300
  people on board"), not its parts ("201 passengers", "11 crew"); a capacity ("certified to carry
  up to 250") is no count. Two lengths of a custodial sentence given ("sentenced Jane Doe to six
  years", "got nine years behind bars", "a nine-year sentence") are one count whatever the words
  around them; a term sought or risked ("the prosecution asked for nine years", "faces up to ten years")
  or a range of the law is not the term given, and a term given is not set against another
  duration ("banned from reporting for three years"). One visitor's contacts counted differently
  ("the envoy saw her on four occasions" / "her envoy was let in to visit her only once") clash.
  A span told in whole weeks is told to the nearest week ("off the air for two weeks" / "a
  fifteen-day closure" agree; "two weeks" / "ten days" clash).
* **denial**: one claim negates or denies what the other states positively: what is
  denied (the words after the cue, to the end of its clause) must be in the other claim,
  so "it did not find any fault" in a second clause denies nothing about the first. A claim
  that negates the same thing itself ("there is no vaccine left") is not the positive one, and
  rejecting a decision or a request refuses it without denying it was made. A short sentence
  that says a thing never existed ("There was never a licence.") denies it with one word, and a
  negative subject ("Nobody was struck", "no diplomat had been allowed to visit him") denies its
  short predicate of everyone. A statement called false ("claims that X visited him are false")
  denies what it says; a passive refusal ("all three requests have been refused", "was turned
  down") denies that what was asked was granted; "at no time" is "never"; "leaves no doubt that"
  affirms, and so does a denial negated ("does not dispute that"); "..., which X denies." denies
  its own claim. A predicate denied in so many words ("The Varnel was not overloaded", "denied that
  the ferry was overloaded") is denied of any subject the other claim names, not of a count of
  others, and a claim that negates something else besides ("it was overloaded, but nobody said a
  word") still states it. A negative subject with a long phrase ("no lorry carrying grain has
  been allowed into X") denies its predicate, not its subject's words; a contact refused ("no
  diplomat was allowed to see him") denies a visit or access granted. Two distances of one thing
  from a place ("11 miles off Cape X" / "31 miles from the coast") are one figure. A denial of an
  act not done ("denied that the repairs had been skipped", "nobody was denied water": a closed
  class of verbs of skipping, postponing, refusing, ``UNDONE``) tells it done: it agrees with "the
  repairs were carried out" and clashes with "were postponed" or "held without water". An act
  told done and the same act told not done in other verbs ("the repairs were carried out" / "the
  repairs were quietly postponed") clash, and so do an act negated with its object ("has never
  signed any contract") and the same act on that object told as done ("signed the contract").
  What a denier goes on to say (", saying ...") is not in what it denies, and a denial of reports
  ("rejected the reports in two weeklies that X") denies what they say (X, up to a relative
  clause in it). A lack told ("the papers lacked stamps") negates as "did not contain the stamps"
  does: the two agree. "Kept" is read as "held" ("he was kept in a cell" / "denied that he had
  been held in a cell"). "Police picked her up" is the detention, as "he was picked up" is.
  A negation that bounds a figure or ranks a thing denies nothing ("not less than 37", "no more than
  120", "not the first mill to be closed", "not only"); what a negation negates ends at a colon or at
  a relative clause after a comma ("would not ruin the firm, whose budget ..."); "cannot" negates.
* **nli**: an optional entailment model (see ``nli_hook``), off by default.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np

from ..analyze.claims import INSTITUTION_HEADS
from ..analyze.mentions import ROLE_NOUNS
from ..analyze.units import TEMPERATURE_UNITS, is_person_unit
from ..model import ArticleAnalysis, Claim, Cluster, Contradiction, DateValue, Quantity
from .align import MID_COS
from .claim_features import (
    AUXILIARIES,
    CLOCK,
    DENIED_THAT,
    GROUP_SPREAD,
    LENGTHS,
    NEG_SUBJECT,
    NEGATED_ACT,
    ONCE_EVENTS,
    REPORT_FORMS,
    STOP,
    TOKEN,
    clock_times,
    content_text,
    counted_acts,
    counted_nouns,
    dates_compatible,
    event_dates,
    event_term,
    group_of,
    holds,
    located_match,
    quantities_compatible,
    term,
    time_relation,
    units_compatible,
)
from .claim_features import features as _features
from .deeds import is_past
from .embed import embedder

__all__ = ["find_contradictions", "compare_claims", "nearness", "nli_hook"]

Near = Callable[[Claim, Claim], float]  # closeness of two claims' wording (see ``nearness``)
NEAR_COS = MID_COS  # wording near enough to tell one thing (as alignment reads it)
# Each pair of a cluster asks for both claims' features: clusters are compared one after another,
# so a small cache keeps every member's features while its cluster is compared (a pure function).
features = lru_cache(maxsize=4096)(_features)

WINDOW = 5  # content words between a date and the event word it dates
ASIDE = re.compile(r",\s+([^,;:.()“”\"]{1,80}?),(?=\s)")
ASIDE_WORDS = 8
CLAUSE_WORDS = (
    frozenset(
        "who whom whose which that where when while said says is are was were be been being will would has have had "
        "and or but not can could may might must shall should do does did".split()
    )
    | REPORT_FORMS
)
MIN_DENIED = 2  # content words a denial's scope shares with the positive claim ...
DENIED_SHARE = 0.3  # ... and their share of the smaller of the two
NEGATION = re.compile(r"\b(?:not|never|no|nor|none|nobody|nothing|cannot)\b|n[’']t\b", re.I)
VERB_NEGATION = re.compile(r"\b(?:not|never)\b|n[’']t\b", re.I)  # a verb's negation (``_negated_verb``)
NEGATED_VERB_REACH = 40  # characters after it to find the verb it negates
VERB_AUX = AUXILIARIES | frozenset("am shall should can may might must".split())  # before a verb's "not"
# "leaves no doubt that", "there is no question that", "has not stopped the union from printing ...", "did not
# prevent crowds from gathering": a negation that affirms what follows
AFFIRMING = re.compile(
    r"\s+(?:doubt|question)\b|\s+(?:(?:yet|ever)\s+)?(?:stop|stops|stopped|prevent|prevents|prevented|keep|keeps|kept|"
    r"deter|deters|deterred|discourage|discourages|discouraged)\s+(?:[\w'\u2019.,-]+\s+){1,6}?from\s+\w+ing\b",
    re.I,
)
# "does not dispute that", "did not deny it": a denial negated concedes what follows
CONCEDED = re.compile(r"\s+(?:dispute|deny|denies|contest|challenge|question|doubt)\b", re.I)
NEGATED_CUE = re.compile(r"(?:\bnot|\bnever|n[’']t)\s+$", re.I)  # "did not deny": the "deny" of a concession
# a non-restrictive relative clause between commas: ", which did not take sides on the matter,", ", against
# whom a warrant was issued on 12 March," (its dates date its own events, never those around it)
RELATIVE_ASIDE = re.compile(r",\s*(?:(?:[a-z]+\s+){1,2}(?:whom|which|whose)|which|who|whose|whom)\b[^,;.!?]{1,120},")
# titles: what a person is, not what happened ("the president of the union ... on Tuesday")
TITLES = ROLE_NOUNS | frozenset(
    """president presidents minister ministers secretary governor mayor premier chancellor chief chiefs
    leader leaders official officials""".split()
)
# words of a title besides its role noun ("Deputy Prime Minister", "vice president", "acting chairman")
TITLE_MODIFIERS = frozenset("deputy vice prime first acting interim senior general assistant".split())
SCOPE_END = re.compile(r",\s+(?:and|but|while|whereas)\b|;|\bbut\b|[.!?](?:\s|$)")
# "in other planned investments": the figure counts other things than the one compared
OTHERS = frozenset("other another additional further separate".split())
OTHER_REACH = 4  # words after the figure
# nouns that stand for the counted thing: "puts the figure at", "the total was"
PLACEHOLDERS = frozenset("figure figures number total tally count sum estimate".split())
PLACEHOLDER_REACH = 3  # words before the figure
# act stems that name no particular act, only that the counted things were touched by the event
# ("600,000 households were affected" / "380,000 households lost power"): they share an act with any other
GENERAL_ACTS = frozenset({"affect", "impact"})
# what one refuses rather than denies: "rejected the decision", "dismissed calls to resign"
DIRECTIVES = frozenset(
    """decision decisions recall order orders ban plan plans proposal offer request call calls
    demand demands ruling measure measures move policy bill deal sanctions appointment invitation bid""".split()
)
STATEMENTS = frozenset(
    """claim claims report reports accusation accusations allegation allegations suggestion suggestions
    charge charges finding findings account accounts statement statements assertion assertions""".split()
)
REFUSAL_REACH = 6  # words after the cue
# the words before a clock time that make it the time of an event ("at 14:15", "shortly after 3 p.m.") ...
TIME_LEAD = frozenset(
    """at about around approximately roughly after before by until till from to since between and or shortly
    nearly almost just some near circa past than""".split()
)
# ... and those after it that go on telling a time ("16:40 local time", "3 p.m. on Saturday")
TIME_TAIL = frozenset(
    "local time hours hrs on in at when that this the and or gmt utc to until as after before".split()
)
# verbs of meeting a person: under a refused permission ("no diplomat was allowed to see him") one act
CONTACT = frozenset(
    term(w) for w in "see saw seen visit visited visits visiting meet met access accessed contact contacted".split()
)
# how often a contact took place: "visited her four times", "on two occasions", "only twice", "just once"
_COUNTS = "one two three four five six seven eight nine ten eleven twelve".split()
FREQUENCY = re.compile(
    r"\b(?P<bound>(?:at\s+least|more\s+than|over|up\s+to|at\s+most|fewer\s+than|less\s+than|about|around|some)\s+)?"
    r"(?:(?P<word>twice|thrice)|(?:only|just)\s+(?P<once>once)|(?:on\s+)?(?P<n>\d{1,2}|"
    + "|".join(_COUNTS)
    + r")\s+(?:separate\s+)?(?:times|occasions))\b(?!\s+(?:as|more|the|over|higher|larger|bigger|less|fewer)\b)",
    re.I,
)
FREQUENCY_REACH = 8  # words after the verb of contact its count is looked for in
VISITOR_REACH = 8  # words before it the visitor is looked for in
VISIT_ACTS = frozenset(term(w) for w in "see saw seen visit visited visits visiting meet met".split())
REFUSAL_WORDS = re.compile(r"\b(?:refused|denied|turned\s+down|rejected|blocked|barred)\b", re.I)
VISITOR_STOP = frozenset("he she they it we i you that which who whom and but or".split())
VISITOR_SKIP = frozenset("allowed permitted able only also finally just since then once not never".split())
PERMISSION = re.compile(r"\b(?:allowed|permitted|able)\s+to\s*$", re.I)
# a negative subject and its predicate after the first auxiliary: "no truck ... has been allowed into"
NEG_PREDICATE = re.compile(
    r"\b(?:no|nobody|none|no[\s-]one)\b[^,;:.!?“”\"]{0,80}?\b(?:has|have|had|was|were|is|are)\s+(?:been\s+)?"
    r"(?P<pred>[^,;:.!?“”\"]{1,80})",
    re.I,
)
# a term of punishment: "sentenced Jane Doe to six years", "jailed for 18 months", "got nine years
# behind bars", "five years in a labour camp" (closed classes of English words for a custodial sentence)
PENALTY_UNITS = frozenset("year month week day".split())
PENALTY_VERB = re.compile(r"\b(?:sentenc(?:e|es|ed|ing)|jail(?:s|ed|ing)?|imprison(?:s|ed|ing)?|gaol(?:s|ed)?)\b", re.I)
PENALTY_TO = re.compile(r"\b(?:to|for)\s+(?:a\s+term\s+of\s+|a\s+total\s+of\s+)?$", re.I)
PENALTY_AFTER = re.compile(
    r"^(?:\s+[\w-]+){0,4}?\s+(?:in\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:prison|jail|gaol|penitentiary|colony)|"
    r"behind\s+bars|(?:of\s+)?imprisonment|(?:of\s+)?(?:deprivation\s+of\s+(?:liberty|freedom)))\b",
    re.I,
)
# "a nine-year sentence", "a five-year prison term": the figure names the term itself
PENALTY_NOUN = re.compile(r"\s*(?:(?:prison|jail|gaol|custodial)\s+)?(?:sentence|term)\b", re.I)
# a term asked for or risked, not given: "the prosecution asked for nine years", "faces up to ten years"
PENALTY_ASKED = re.compile(
    r"\b(?:s(?:ought|eek|eeks|eeking)|demand(?:s|ed|ing)?|ask(?:s|ed|ing)?\s+for|request(?:s|ed|ing)?|"
    r"call(?:s|ed|ing)?\s+for|carr(?:y|ies|ied|ying)|punishable|fac(?:e|es|ed|ing)|risk(?:s|ed|ing)?|could|would|may|might|up\s+to|maximum)\b",
    re.I,
)
ASKED_REACH = 8  # words before the figure a verb of asking or risking is looked for in
PENALTY_REACH = 16  # words before the figure a sentencing verb is looked for in (its clause)
AND_CREW = re.compile(r"\s+and\s+(?:the\s+|its\s+)?crew(?:\s+members)?\b", re.I)
ABOARD = term("aboard")
YEAR_WORD = re.compile(r"\d{4}|['’]\d{2}\b")  # a year written in a date's words ("2026", "'26")
WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
# a date that bounds the event rather than dates it: "before the fourth of March", "until 3 May"
BOUND = re.compile(r"\b(?:before|until|till|prior\s+to|after|since|by|no\s+later\s+than)\s+(?:the\s+)?$", re.I)
# a source giving a figure as the subject of its claim: "The Varnel ministry put the death toll at 14",
# "Jane Doe's office puts the number of the missing at 30"
PUT_AT = re.compile(
    r"(?P<who>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5}?)\s+(?:put|puts|putting|set|sets|estimated|estimates)\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+){0,4}?(?:toll|figure|number|count|total|tally|estimate)\b"
    r"(?:\s+of\s+(?:the\s+)?[a-z-]+)?\s+at\b"
)
# a day told again by reference to a date before it in the claim
SAME_DAY = re.compile(r"\b(?:(?:on\s+)?(?:that|the)\s+same\s+day|later\s+that\s+day|that\s+very\s+day)\b", re.I)
# a person held, told with another verb: "he was stopped", "she had been apprehended"
APPREHENDED = re.compile(r"(?:stopped|apprehended|captured|seized|snatched|grabbed|picked\s+up)\b", re.I)
# ... or in the active voice with a person as its object: "police picked her up", "guards stopped him"
APPREHENDED_ACTIVE = re.compile(
    r"(?:stopped|apprehended|captured|seized|snatched|grabbed|picked)\s+(?:him|her)\b", re.I
)
PERSON_PASSIVE = re.compile(r"\b(?:he|she)\s+(?:was|had\s+been|has\s+been)\s+$", re.I)
SAME_DAY_REACH = 300  # characters before "that same day" its date is looked for in, without sentences
DENIAL = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|"
    r"did not|didn[’']t|does not|doesn[’']t|do not|don[’']t|was not|wasn[’']t|were not|never|at no time|no longer)\b"
    r"(?!\s+only\b)",
    re.I,
)
# "rejected the reports in two weeklies that ...": what is denied is what the reports say
REPORTS_THAT = re.compile(
    r"\s*(?:the\s+|these\s+|those\s+|all\s+)?(?:\w+\s+){0,2}?"
    r"(?:claims?|reports?|allegations?|accusations?|suggestions?|assertions?|statements?|rumou?rs?)\b"
    r"[^;:.!?“”\"]{0,80}?\bthat\s+",
    re.I,
)
# a relative clause inside what reports say ("that it ignored a warning about the gallery that collapsed"):
# it describes a noun; what is denied ends before it
NESTED_RELATIVE = re.compile(r"\b(?:that|which|who|whom|where)\b", re.I)
# holding a person, in two verbs of one meaning: "he was kept in a cell" / "he was held in a cell" (same length,
# so a text with one put for the other keeps its offsets)
KEPT = re.compile(r"\b(?:kept|keep|keeps|keeping)\b", re.I)
KEPT_AS = {"kept": "held", "keep": "hold", "keeps": "holds", "keeping": "holding"}
# "claims that diplomats had visited him are false", "described reports that X as baseless": what
# the statement says is denied (the words between "that" and the verdict)
FALSITY = re.compile(
    r"\b(?:claims?|reports?|allegations?|accusations?|suggestions?|assertions?|statements?)\s+that\s+"
    r"(?P<what>[^;:.!?“”\"]{3,200}?)\s+(?:(?:are|is|were|was|as)\s+)?(?:completely\s+|totally\s+|entirely\s+)?"
    r"(?:false|untrue|baseless|unfounded|groundless|lies|a\s+lie|fabricated|a\s+fabrication)\b",
    re.I,
)
# "called reports of dumping a crude fabrication", "The reports about dumping the bureau dismissed as lies": a
# verdict of falsehood given to reports of a thing denies it (verbs of calling and nouns of falsehood: closed classes)
_FALSE_NOUNS = (
    r"(?:false|untrue|baseless|unfounded|groundless|lies?|fabricat\w*|fakes?|fiction|inventions?|slander|"
    r"nonsense|hoax(?:es)?|fantas(?:y|ies)|disinformation|propaganda|provocations?)\b"
)
_CALLING = (
    r"(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|brand(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|"
    r"label(?:s|led|ed|ling)?|term(?:s|ed)?)"
)
_REPORT_NOUNS = r"(?:claims?|reports?|allegations?|accusations?|rumou?rs?|stories|accounts?)"
_VERDICT = r"\s+(?:as\s+)?(?:an?\s+|the\s+)?[\"“]?(?:[a-z]+\s+){0,2}?" + _FALSE_NOUNS
CALLED_FALSE = re.compile(
    rf"\b{_CALLING}\s+(?:the\s+|such\s+|these\s+|those\s+|all\s+)?{_REPORT_NOUNS}\s+(?:of|about)\s+"
    rf"(?P<what>[^;:.!?“”\"]{{3,120}}?){_VERDICT}"
    rf"|\b{_REPORT_NOUNS}\s+(?:of|about)\s+(?P<inv>[^;:.!?“”\"]{{3,120}}?)\s+(?:[A-Za-z]+\s+){{0,3}}?{_CALLING}{_VERDICT}",
    re.I,
)
# "All three requests have been refused", "its embassy was refused access", "every request has been
# turned down": what was asked was not granted (the permission class, claim_features.CLASS_TERMS)
REFUSED = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?(?:refused|turned\s+down|denied)\b(?!\s+(?:to|by)\b)",
    re.I,
)
# verbs that tell an act not done (a closed class of general English verbs): "the vote was
# postponed", "skipped the inspection", "failed to pay", "was denied water"
UNDONE = re.compile(
    r"\b(?:skip(?:s|ped|ping)?|postpon(?:e|es|ed|ing)|defer(?:s|red|ring)?|cancel(?:s|led|ed|ling|ing)?|"
    r"call(?:s|ed|ing)?\s+off|put\s+off|push(?:es|ed|ing)?\s+back|shelv(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|"
    r"abandon(?:s|ed|ing)?|neglect(?:s|ed|ing)?|omit(?:s|ted|ting)?|fail(?:s|ed|ing)?\s+to|"
    r"refus(?:e|es|ed|ing)|withh(?:e|o)ld(?:s|ing)?|withheld|denied)\b",
    re.I,
)
# verbs that tell it done: "the inspection was carried out", "all the repairs were completed"
DONE = re.compile(
    r"\b(?:complet(?:e|es|ed|ing)|carr(?:y|ies|ied|ying)\s+out|finish(?:es|ed|ing)?|perform(?:s|ed|ing)?|"
    r"conduct(?:s|ed|ing)?|done|execut(?:e|es|ed|ing)|implement(?:s|ed|ing)?|accomplish(?:es|ed|ing)?|"
    r"fulfil(?:s|ls|led|ling)?)\b",
    re.I,
)
NEG_CUE = re.compile(
    r"\b(?:not|never|no|nor|none|nobody|no[\s-]one|nothing|den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|"
    r"refut(?:e|es|ed|ing))\b|n[’']t\b",
    re.I,
)
PARTICIPLE = re.compile(r",\s+(?:saying|adding|insisting|arguing|stressing|noting|claiming)\b", re.I)
# "held without water", "the papers lacked stamps": a lack, as "no water"
LACK = re.compile(r"\b(?:without|lack(?:s|ed|ing)?)\b", re.I)
UNDONE_REACH = 12  # words between a negation and the act not done it denies
AUX_WORDS = frozenset("be been being was were is are has have had do does did".split())
WEEKS = re.compile(r"\bweeks?\b|\bfortnights?\b", re.I)  # a span told in weeks ...
WEEK_SLACK = 3.0  # ... is told to the nearest week: days either side
# what makes an act in the other claim not told as done: "asked him to sign", "would sign"
UNASSERTED = re.compile(r"\b(?:to|would|will|could|should|might|may|must|shall|can|cannot)\s+$", re.I)
# a negation that bounds a figure or ranks a thing, and denies nothing: "not less than 37", "no more than
# 120 staff", "no later than May"; "not the first channel to be shut": others were shut before; "not only";
# "not even a day had passed before ...", "not a week went by without ...": how soon, not a denial
NOT_DENYING = re.compile(
    r"\s+(?:(?:less|more|fewer|greater|lower|higher|later|earlier|sooner)\s+than\b|(?:under|below|over|above)\s+\d|"
    r"the\s+(?:first|only|last)\b|(?:only|just)\b|"
    r"(?:even\s+)?(?:a\s+single|a|an|one)\s+(?:full\s+)?(?:second|minute|hour|day|night|week|month|year)\s+"
    r"(?:(?:had|has|have)\s+(?:yet\s+)?)?(?:passed|elapsed|gone\s+by|went\s+by|go\s+by|pass)\b)",
    re.I,
)
# what a negation negates ends at a colon or a relative clause after a comma ("would not ruin the firm, whose
# budget is 15 million": the budget is not negated), as well as at the end of its clause
NEGATED_END = re.compile(SCOPE_END.pattern + r"|:|,\s+(?:whose|which|who|whom|where)\b", re.I)

# a movement of people from one side to another, told by the side that gives them ("handed over",
# "released", "freed", "sent back") or by the side that takes them ("received", "came back",
# "returned home"): one flow, whichever side tells it (see ``_one_flow``)
MOVED = re.compile(
    r"\b(?:hand(?:s|ed|ing)?\s+(?:them\s+)?(?:over|back)|releas(?:e|es|ed|ing)|free(?:s|d|ing)?|set\s+free"
    r"|return(?:s|ed|ing)?|repatriat\w*|transferr?(?:s|ed|ing)?|(?:sen[dt]|sending|brought|bring|bringing)"
    r"\s+(?:back|home)|swapp?(?:s|ed|ing)?|exchang(?:e|es|ed|ing)|receiv(?:e|es|ed|ing)|got\s+back"
    r"|(?:come|comes|came|coming)\s+(?:back|home)|welcom(?:e|es|ed|ing))\b",
    re.I,
)
# ", a claim for which he offered no evidence", ", an allegation the ministry has not confirmed": a comment
# set off after what is told, naming it (a noun of saying) and saying something of it; a negation in it
# negates the comment, not what the claim tells
COMMENT_ASIDE = re.compile(
    r",\s+(?:a|an)\s+(?:[a-z-]+\s+)?(?:claim|allegation|assertion|accusation|charge|figure|account|version"
    r"|contention)\s+(?:that|which|for\s+which|he|she|they|it|the|no|not|never)\b[^;]*$"
)
# what stands open or shut: "the gate was locked" / "the gate was open all evening" tell opposite states
# of one thing ("was not locked": open); a closed class of state words (see ``_state_clash``)
STATE = re.compile(
    r"\b(?:was|were|is|are|had\s+been|has\s+been|have\s+been|remained|remains|stayed|stays)\s+(?P<neg>not\s+|never\s+)?"
    r"(?:(?:all|fully|firmly|still|already|wide)\s+)?(?P<state>open|opened|unlocked|unblocked|locked|closed|shut|sealed"
    r"|blocked|barred)\b",
    re.I,
)
OPEN_STATES = frozenset("open opened unlocked unblocked".split())
# a passage told prompt ("the gate was opened within minutes") and the same passage told held for hours ("stewards
# held back the fans at the gate for two hours"): two lengths of one wait that cannot both hold (closed classes
# of verbs and cues)
OPENED = re.compile(
    r"\b(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:re)?opened|let\s+through|waved\s+through"
    r"|allowed\s+through)\b",
    re.I,
)
PROMPT = re.compile(
    r"\b(?:within\s+(?:a\s+few\s+|several\s+)?(?:minutes|seconds)|in\s+a\s+matter\s+of\s+minutes|immediately|at\s+once"
    r"|without\s+(?:any\s+)?delay)\b",
    re.I,
)
HELD_FOR = re.compile(
    r"\b(?:held\s+back|holding\s+back|holds?\s+back|held\s+up|kept\s+waiting|made\s+to\s+wait|stopped|detained"
    r"|delayed|blocked)\b(?P<rest>[^.;!?]{0,120}?)\bfor\s+(?:nearly\s+|almost\s+|about\s+|around\s+|some\s+|over\s+"
    r"|more\s+than\s+|at\s+least\s+|up\s+to\s+)?(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several)"
    r"[\s-]+(?P<unit>hours?|days?)\b",
    re.I,
)
STATE_REACH = 8  # words before the verb the thing in that state is looked for in
MOVED_BEFORE = 60  # characters before a figure its verb of movement is looked for in ...
MOVED_AFTER = 40  # ... and after it


def _event_key(word: str) -> str:
    # "arrested" and "detained" name one event (claim_features.CLASS_TERMS), "took" and "taken" one act
    return event_term(word)


def _event_dates(claim: Claim, strict: bool = True) -> list[DateValue]:
    """The dates that date an event of the claim (``claim_features.event_dates``), less a weekday
    that a full date follows ("on Monday, 16 November": the full date says which day; the weekday
    alone is read against the report's day); ``strict``: less a bound too ("before the fourth of
    March", "until 3 May": the event is not on that day, unless negated: "not before May") and a
    date a denial verb denies ("denied that it was warned in December"): those may agree with
    another account, never clash with one. "That same day" is the day a date before it in the claim
    gives ("acknowledged it on 16 November, saying he was arrested that same day")."""
    text, base = claim.text, claim.start
    dates = sorted(event_dates(claim), key=lambda d: d.start)
    denied = [m.span(1) for m in DENIED_THAT.finditer(text)]  # what a denial verb says did not happen
    out = []
    for k, d in enumerate(dates):
        s, e = d.start - base, d.end - base
        if not 0 <= s <= e <= len(text):
            continue
        nxt = dates[k + 1] if k + 1 < len(dates) else None
        glued = nxt is not None and re.fullmatch(r",?\s*", text[e : nxt.start - base]) is not None
        if WEEKDAY.search(d.text) and glued and nxt is not None and nxt.precision == "day":
            continue  # "on Thursday, 12 November 2026": one day, the full date's
        if strict and BOUND.search(text[max(0, s - 20) : s]) and not NEGATION.search(SCOPE_END.split(text[:s])[-1]):
            continue  # "before the fourth of March": a bound, no day of the event ("not before May" is one)
        if strict and any(a <= s < b for a, b in denied):
            continue  # "denied that it was warned in December": no event of December is told
        out.append(d)
    for m in SAME_DAY.finditer(text):
        before = [d for d in out if d.end - base <= m.start() and d.precision == "day"]
        if before and not any(d.start - base == m.start() for d in out):
            d = before[-1]
            out.append(DateValue(d.value, m.group(0), d.precision, m.start() + base, m.end() + base))
    return out


def _dated_events(claim: Claim, strict: bool = True) -> dict[str, list[DateValue]]:
    """Event words near each date: {event stem: [dates]}. Distance skips function words, so "the
    review of the plant by the Safety Board in 2019" still dates the review; names count (they
    are not event words), so a date does not reach past a name into another clause, but a name of
    several words counts as one ("On 5 May, the Varnel Agency for Grain Exports withdrew"), and a
    short aside between commas does not count (", among them the Varnel Cup,")."""
    dates = _event_dates(claim, strict)  # "said on Sunday" dates the report; "X, who ... in 2016, says" the speaker
    spans = [(d.start, d.end) for d in (*claim.dates, *dates)]
    aside = _asides(claim, spans)
    words = []
    for m in TOKEN.finditer(claim.text):
        p, w = m.start() + claim.start, m.group(0)
        in_date = any(a <= p < b for a, b in spans)
        if any(a <= p < b for a, b in aside):
            continue  # "The first crates, among them the Varnel Cup, will arrive on 3 May": the crates arrive
        if in_date or (w[0].isalpha() and w.lower() not in STOP):
            words.append((p, w, in_date))
    # one name of several words counts as one word ("the Varnel Agency for Grain Exports (VAGE)
    # withdrew"): its words follow each other with only function words or brackets between
    rank, r = [], 0
    for k, (p, w, in_date) in enumerate(words):
        if k and w[0].isupper() and not in_date and _name_goes_on(claim, words[k - 1], p):
            rank.append(r)
            continue
        r += 1
        rank.append(r)
    relative = [(m.start() + claim.start, m.end() + claim.start) for m in RELATIVE_ASIDE.finditer(claim.text)]

    def clause(p: int) -> int:  # the relative clause set off by commas that ``p`` lies in (-1: none)
        return next((k for k, (a, b) in enumerate(relative) if a <= p < b), -1)

    near: dict[str, list[tuple[int, DateValue]]] = {}
    for d in dates:
        idx = [i for i, (p, _, _) in enumerate(words) if d.start <= p < d.end]
        if not idx:
            continue
        first, last = rank[idx[0]], rank[idx[-1]]
        own = clause(d.start)
        for i, (pos, w, in_date) in enumerate(words):
            dist = min(abs(rank[i] - first), abs(rank[i] - last))
            if dist > WINDOW or in_date or w[0].isupper() or len(w) <= 3 or w.lower() in TITLES:
                continue  # "the president of the union ... on Tuesday": a title dates no event
            if clause(pos) != own:
                continue  # ", against whom a warrant was issued on 12 March, entered ...": the warrant's date
            near.setdefault(_apprehension(claim, pos) or _event_key(w), []).append((dist, d))
    # nearest date first: "since 2000 until his assassination in 2020" dates the assassination 2020
    return {k: [d for _, d in sorted(v, key=lambda t: t[0])] for k, v in near.items()}


def _apprehension(claim: Claim, p: int) -> str | None:
    """A person held, told in other words: "he was stopped", "Jane Doe had been apprehended", "they
    picked her up" (not "arrested" or "detained") dates the one detention (the term of "detained");
    not "the lorry was stopped"."""
    if APPREHENDED_ACTIVE.match(claim.text, p - claim.start):
        return _event_key("detained")  # "police picked her up on 2 June": a person taken
    m = APPREHENDED.match(claim.text, p - claim.start)
    before = claim.text[max(0, p - claim.start - 40) : p - claim.start]
    if not m or not (PERSON_PASSIVE.search(before) or m.group(0).lower() == "apprehended"):
        return None  # "the lorry was stopped", "the Varnel Star was seized": not a person
    return _event_key("detained")


def _name_goes_on(claim: Claim, prev: tuple[int, str, bool], p: int) -> bool:
    """The capitalised word at ``p`` continues the name of the word before it (no punctuation between)."""
    if not prev[1][0].isupper() or prev[2]:
        return False
    gap = claim.text[prev[0] - claim.start + len(prev[1]) : p - claim.start]
    return not re.search(r"[,;:.!?“”\"]", gap)


def _asides(claim: Claim, dates: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans (absolute offsets) of short asides between commas that are no clause (", among them
    the Varnel Cup,"): no verb-like word, no date. They stand between a word and its date."""
    out = []
    for m in ASIDE.finditer(claim.text):
        s, e = m.start(1) + claim.start, m.end(1) + claim.start
        words = [w.lower() for w in TOKEN.findall(m.group(1))]
        if len(words) > ASIDE_WORDS or set(words) & CLAUSE_WORDS or any(a < e and b > s for a, b in dates):
            continue
        out.append((s, e))
    return out


def _date_clash(a: Claim, b: Claim) -> str | None:
    ea, eb = _dated_events(a), _dated_events(b)
    shared = set(ea) & set(eb)
    if not shared:
        return None
    la, lb = _dated_events(a, strict=False), _dated_events(b, strict=False)  # bounds agree, never clash
    for key in sorted(shared, key=lambda k: (k not in ONCE_EVENTS.values(), k)):
        da, db = la.get(key, ea[key]), lb.get(key, eb[key])
        if any(_agree(x, y) for x in da for y in db):
            return None  # the two accounts agree on this event's date
    key = sorted(shared, key=lambda k: (k not in ONCE_EVENTS.values(), k))[0]
    return f"{ea[key][0].value} vs {eb[key][0].value}"


def _time_clash(a: Claim, b: Claim) -> str | None:
    """Clock times of the one thing the cluster tells that cannot both hold ("at around 3:40 a.m. on
    Wednesday" / "shortly before 11 p.m. on Tuesday"; see ``claim_features.time_relation``)."""
    fa, fb = (dataclasses.replace(features(c), times=_event_times(c)) for c in (a, b))
    if time_relation(fa, fb, _time_slack(fa.times + fb.times)) >= 0:
        return None
    # the nearest two times tell the clash ("three o'clock" is 03:00 or 15:00: 15:00 vs 16:40)
    x, y = min(
        ((x, y) for x in fa.times for y in fb.times),
        key=lambda p: abs(p[0][1] - p[1][1]) if p[0][0] is None or p[1][0] is None or p[0][0] == p[1][0] else 1440,
    )
    return f"{_clock(x)} vs {_clock(y)}"


def _time_slack(times: Sequence[tuple[str | None, int, bool]]) -> int:
    """Minutes two accounts' clock times may lie apart and still tell one time: 30 where either is
    a round time ("at 5 a.m.", "04:30" may be rounded), 10 where every time is told to the minute
    ("05:12" against "04:50" is a clash, not rounding)."""
    return 10 if all(minute % 15 for _, minute, _ in times) else 30


def _event_times(claim: Claim) -> tuple[tuple[str | None, int, bool], ...]:
    """The claim's clock times (``claim_features.clock_times``) less those that name a thing, not
    the time of an event: a time between a determiner or adjective and a noun ("its scheduled 14:15
    sailing", "the 7.30 train"), with no preposition before it ("at 14:15")."""
    times = features(claim).times
    if not times:
        return times
    masked = claim.text
    for m in CLOCK.finditer(claim.text):
        before = TOKEN.findall(claim.text[max(0, m.start() - 30) : m.start()])[-1:]
        after = re.match(r"\s+([a-z]+)\b", claim.text[m.end() :])
        if before and before[0].lower() not in TIME_LEAD and after and after.group(1) not in TIME_TAIL:
            masked = masked[: m.start()] + " " * (m.end() - m.start()) + masked[m.end() :]
    if masked == claim.text:
        return times
    return clock_times(dataclasses.replace(claim, text=masked), features(claim).dates)


def _clock(t: tuple[str | None, int, bool]) -> str:
    day, minute, _ = t
    return (f"{day} " if day else "") + f"{minute // 60:02d}:{minute % 60:02d}"


def _agree(x: DateValue, y: DateValue) -> bool:
    """Two dates agree at their shared precision; where one names no year in its words ("in August",
    "on 14 March"), its year was inferred, and the month and day it names are compared: "in August" agrees
    with "on August 14, 2026" whatever year "in August" was read in."""
    n = min(len(x.value), len(y.value))
    if x.value[:n] == y.value[:n]:
        return True
    return n >= 7 and (_yearless(x) or _yearless(y)) and x.value[4:n] == y.value[4:n]


def _yearless(d: DateValue) -> bool:
    """A month or day told with no year in its words: its year is the reader's inference."""
    return d.precision in ("month", "day") and not YEAR_WORD.search(d.text)


def _figure_context(claim: Claim, q: Quantity) -> tuple[bool, bool]:
    """(another, unnamed): the words right after a figure say it counts *other* things than the
    one in question ("$2 billion in other planned investments"); a placeholder noun just before
    it stands for what it counts ("puts the figure at $280 million", "the total was 12"; not "a
    total of 12 workers"), so its act words do not say what is counted."""
    s, e = q.start - claim.start, q.end - claim.start
    after = [w.lower() for w in TOKEN.findall(claim.text[e : e + 60])][:OTHER_REACH]
    before = [w.lower() for w in TOKEN.findall(claim.text[max(0, s - 40) : s])][-PLACEHOLDER_REACH:]
    unnamed = any(w in PLACEHOLDERS and nxt != "of" for w, nxt in zip(before, [*before[1:], ""], strict=False))
    return any(w in OTHERS for w in after), unnamed


def _aboard(claim: Claim, q: Quantity) -> frozenset[str]:
    """A count of people "and crew" ("212 passengers and crew") counts all aboard, as "300 people on
    board" does: it has the act "board" (claim_features.CLASS_TERMS reads "aboard" so too); not a
    capacity ("certified to carry up to 250 passengers and crew")."""
    if not is_person_unit(q.unit or "") or not AND_CREW.match(claim.text, q.end - claim.start):
        return frozenset()
    return frozenset() if holds(claim, q) else frozenset({ABOARD})


def _penalty(claim: Claim, q: Quantity) -> str | None:
    """The kind of term the figure tells: "given", the length of a custodial sentence ("sentenced
    Jane Doe to six years", "got nine years behind bars", "five years of deprivation of liberty",
    "jailed for 18 months", "a nine-year sentence"); "asked", a term sought, risked or a range of the
    law ("the prosecution asked for nine years in prison", "faces up to ten years", "carries three to eight years"),
    which is not the one given; None: no term of punishment (a ban "for three years", a stay in a cell).
    Two terms given are the one sentence; a term given is not compared with a figure of another kind."""
    if q.unit not in PENALTY_UNITS:
        return None
    s, e = q.start - claim.start, q.end - claim.start
    clause = SCOPE_END.split(claim.text[:s])[-1]
    lead = " ".join(TOKEN.findall(clause)[-PENALTY_REACH:])
    verb = PENALTY_VERB.search(lead) is not None and PENALTY_TO.search(clause) is not None
    after = PENALTY_AFTER.match(" " + claim.text[e:]) or PENALTY_NOUN.match(claim.text, e)
    if not (verb or after):
        return None
    ranged = q.low is None or q.high is None or q.low != q.high  # "between three and eight years": the law's range
    asked = PENALTY_ASKED.search(" ".join(TOKEN.findall(clause)[-ASKED_REACH:]))
    return "asked" if ranged or asked else "given"


def _number_pairs(a: Claim, b: Claim, near: Near | None = None) -> list[tuple[Quantity, Quantity, int]]:
    """Figures of the two claims that count one thing (one unit, or two nouns for people) for one
    act, with how many act words near them they share. When both numbers have act words near
    them they must share one (a placeholder noun, "the figure", names no act), unless they count
    the same thing (one noun, not a measure) in claims whose wording is near (``near``, the
    cosine alignment uses, >= NEAR_COS): "1.2 million ballots were thrown out" / "210,000 ballots
    were declared invalid". A figure of "other" things is compared only with another such. A
    reference figure (a whole taken a fraction of) is no count."""
    qa = [(x, w | _aboard(a, x), _figure_context(a, x)) for x, w in counted_acts(a, features(a).acts)]
    qb = [(y, w | _aboard(b, y), _figure_context(b, y)) for y, w in counted_acts(b, features(b).acts)]
    out: list[tuple[Quantity, Quantity, int]] = []
    close: list[bool] = []  # asked once, and only when needed

    def paraphrased(x: Quantity, y: Quantity) -> bool:
        if near is None or x.unit != y.unit or not counted_nouns((x,)):
            return False
        if not close:
            close.append(near(a, b) >= NEAR_COS)
        return close[0]

    where = located_match(features(a), features(b))  # how far one thing is from a place: one figure
    dated = _dates_apart(a, b)
    for x, wx, (ox, nx) in qa:
        for y, wy, (oy, ny) in qb:
            gx, gy = group_of(x), group_of(y)
            if gx and gy and not gx & gy:
                continue  # "released 205 Varnish prisoners" / "freed 180 Brask prisoners": two flows
            if gx and ox == oy and not dated and _one_flow(a, x, b, y):
                out.append((x, y, 1))
                continue
            if not units_compatible(x.unit, y.unit) or ox != oy:
                continue
            if where and x.unit in LENGTHS and x.unit == y.unit:
                out.append((x, y, max(len(wx & wy), 1)))
                continue
            px, py = _penalty(a, x), _penalty(b, y)
            if (px or py) and px != py:
                # "asked for nine years" / "sentenced to five years": the term asked for is not the one given,
                # and a ban "on reporting for two years" is no term of it
                continue
            if px == py == "given" and x.unit == y.unit:
                out.append((x, y, max(len(wx & wy), 1)))  # two terms given: the one sentence
                continue
            if holds(a, x) != holds(b, y):
                continue  # "certified to carry up to 250" / "more than 300 on board": a limit is no count
            ux, uy = bool(_aboard(a, x)), bool(_aboard(b, y))
            if ux != uy and (y if ux else x).unit != "person":
                continue  # "212 passengers and crew" / "201 passengers", "11 crew": a part of all aboard
            ca, cb = {w for w in wx if w.startswith("#")}, {w for w in wy if w.startswith("#")}
            if ca and cb and not ca & cb:
                continue  # the dead and the injured (or the arrested): two counts (claim_features.COUNT_CLASS_WORDS)
            if x.unit == y.unit and x.unit in TEMPERATURE_UNITS and _one_day(a, b):
                out.append((x, y, max(len(wx & wy), 1)))  # temperatures of one day: the reading that day
                continue
            named = not (nx or ny)
            # "affected" fits any act on one noun, but not a class of harm ("300 workers affected" /
            # "12 workers injured": the injured are some of the affected)
            general = x.unit == y.unit and not ca | cb and bool(counted_nouns((x,)) and (wx | wy) & GENERAL_ACTS)
            if named and wx and wy and not wx & wy and not general and not paraphrased(x, y):
                continue  # "12 workers injured" and "3 workers in hospital" count different things
            if x.unit != y.unit and not wx & wy:
                continue  # two nouns for people: only for one act
            out.append((x, y, len(wx & wy)))
    return out


def _moved(claim: Claim, q: Quantity) -> bool:
    """A verb of movement of people (MOVED) next to the figure, in its sentence."""
    at = q.start - claim.start
    before = re.split(r"[.;!?]\s", claim.text[max(0, at - MOVED_BEFORE) : at])[-1]
    after = re.split(r"[.;!?](?:\s|$)", claim.text[q.end - claim.start : q.end - claim.start + MOVED_AFTER])[0]
    return bool(MOVED.search(before) or MOVED.search(after))


def _one_flow(a: Claim, x: Quantity, b: Claim, y: Quantity) -> bool:
    """Two counts of one named group of people moved from one side to the other: "the Varnish side handed
    over 212 Brask detainees" / "only 197 Brasks had come back" (the giver's and the taker's telling of one
    transfer, whatever the verbs and nouns), at figures near each other (within GROUP_SPREAD: far apart,
    another movement)."""
    if not group_of(x) & group_of(y) or x.value <= 0 or y.value <= 0:
        return False
    if abs(x.value - y.value) > GROUP_SPREAD * max(x.value, y.value):
        return False
    return _moved(a, x) and _moved(b, y)


def _one_day(a: Claim, b: Claim) -> bool:
    """Both date what they tell to a day, and to the same one."""
    da = {d.value for d in features(a).dates if d.precision == "day"}
    return bool(da) and bool(da & {d.value for d in features(b).dates if d.precision == "day"})


def _dates_apart(a: Claim, b: Claim) -> bool:
    """Both date what they tell and no date of one agrees with one of the other's."""
    da, db = features(a).dates, features(b).dates
    return bool(da and db) and not any(dates_compatible(x, y) for x in da for y in db)


def _agreeing(x: Quantity, y: Quantity) -> bool:
    """Two figures that can both hold (``quantities_compatible``); a span told in whole weeks against one in
    days is told to the nearest week ("off the air for two weeks" / "a fifteen-day suspension" agree; "two
    weeks" / "ten days" do not): within WEEK_SLACK days."""
    if quantities_compatible(x, y):
        return True
    if x.unit != "day" or y.unit != "day" or bool(WEEKS.search(x.text)) == bool(WEEKS.search(y.text)):
        return False
    w = x if WEEKS.search(x.text) else y
    if w.low is not None and w.high is not None and w.low != w.high:
        return False  # "nearly two weeks": a bound told, not a round figure
    low = None if w.low is None else w.low - WEEK_SLACK
    high = None if w.high is None else w.high + WEEK_SLACK
    wide = dataclasses.replace(w, low=low, high=high)
    return quantities_compatible(wide, y if w is x else x)


def _clash_figures(a: Claim, b: Claim, near: Near | None = None) -> tuple[Quantity, Quantity] | None:
    """Counts of one thing whose bounds cannot both hold ("at least 12" vs "10"). A claim may give
    several figures of one unit ("2 km then, 250 km now"): a figure that agrees with one of the
    other claim's is matched, and only figures left unmatched on both sides are compared, the
    pair that shares most act words first. So one agreeing pair does not hide the clash of two
    others, and a figure is not set against one that already has its counterpart."""
    pairs = _number_pairs(a, b, near)
    agreed = {q for x, y, _ in pairs if _agreeing(x, y) for q in (x, y)}
    left = [p for p in pairs if p[0] not in agreed and p[1] not in agreed]
    if not left:
        return None
    x, y, _ = max(left, key=lambda p: p[2])
    return x, y


def _counted_to_report(a: Claim, b: Claim, published: dict[str, str], near: Near | None = None) -> bool:
    """Two spans in days counted up to the day of each claim (its one event day, else its report's)
    agree once the days between those are taken off: "has been held for eight days" (published 24
    May) / "has been held for ten days" (26 May) tell one count from one day, told on two days."""
    clash = _clash_figures(a, b, near)
    if clash is None or clash[0].unit != "day" or clash[1].unit != "day":
        return False
    ends = [_span_end(c, published) for c in (a, b)]
    if ends[0] is None or ends[1] is None:
        return False
    gap = (ends[1] - ends[0]).days
    y = clash[1]
    low, high = (None if v is None else v - gap for v in (y.low, y.high))
    return gap != 0 and quantities_compatible(clash[0], dataclasses.replace(y, value=y.value - gap, low=low, high=high))


def _span_end(c: Claim, published: dict[str, str]) -> dt.date | None:
    """The day a span in days is counted to: the claim's one event day ("on Tuesday charged him,
    eight days after ..."), else, undated, the day of its report."""
    dated = event_dates(c)
    iso = dated[0].value if len(dated) == 1 and dated[0].precision == "day" else None
    if iso is None and not dated:
        iso = published.get(c.article)
    try:
        return dt.date.fromisoformat(iso[:10]) if iso else None
    except ValueError:
        return None


def _number_clash(a: Claim, b: Claim, near: Near | None = None) -> str | None:
    clash = _clash_figures(a, b, near)
    return f"{clash[0].text} vs {clash[1].text}" if clash else None


def _carried(members: Sequence[Claim], found: Sequence[Contradiction], near: Near | None) -> list[Contradiction]:
    """A number clash carried to the members that give the same figure: when x's figure clashes
    with y's and z counts the same thing as x with a figure that agrees with x's, z clashes with
    y as well, though the words around z's figure and y's differ ("212,000 ballots rejected as
    invalid" ~ "about 210,000 ballots declared invalid" vs "1.2 million ballots thrown out")."""
    by_id = {c.id: c for c in members}
    done = {frozenset((c.a, c.b)) for c in found if c.kind == "number"}
    out: list[Contradiction] = []
    for c in found:
        if c.kind != "number":
            continue
        for x, y in ((by_id[c.a], by_id[c.b]), (by_id[c.b], by_id[c.a])):
            clash = _clash_figures(x, y, near)
            if clash is None:
                continue
            qx, qy = clash
            for z in members:
                if z.article in (x.article, y.article) or frozenset((z.id, y.id)) in done:
                    continue
                same = [q for p, q, _ in _number_pairs(x, z, near) if p == qx and _agreeing(p, q)]
                if any(q == qy and _agreeing(p, q) for p, q, _ in _number_pairs(z, y, near)):
                    continue  # z gives y's figure too ("4,300 hectares last year, 600 in 2019"): it agrees with y
                qz = next((q for q in same if not _agreeing(q, qy)), None)
                if qz is not None and not _settled("number", z, y, list(members), near):
                    done.add(frozenset((z.id, y.id)))
                    out.append(Contradiction(z.id, y.id, "number", f"{qz.text} vs {qy.text}"))
    return out


def _words(text: str) -> set[str]:
    return {
        term(w)
        for w in TOKEN.findall(text)
        if w[0].isalpha() and w.lower() not in STOP and w.lower() not in REPORT_FORMS and len(w) > 2
    }


def _lower_words(text: str) -> set[str]:
    """Content words in lower case: what is told, not who (names)."""
    return {
        term(w)
        for w in TOKEN.findall(text)
        if w[0].islower() and w not in STOP and w not in REPORT_FORMS and w not in TITLES and len(w) > 2
    }


def _refusal(cue: str, rest: str) -> bool:
    """A rejection of a decision, plan or request ("rejected yesterday's decision to recall the
    vaccine", "dismissed calls to resign") refuses it; it does not deny that it was made, as a
    rejection of claims, reports or accusations does."""
    if not cue.lower().startswith(("reject", "dismiss")):
        return False
    for w in TOKEN.findall(rest)[:REFUSAL_REACH]:
        if w.lower() == "that" or w.lower() in STATEMENTS:
            return False  # "rejected reports that ...", "rejected that it ..."
        if w.lower() in DIRECTIVES:
            return True
    return False


def _denied(claim: Claim) -> tuple[str, set[str]] | None:
    """(cue, content of what is denied) when the claim denies or negates something: the words
    after the cue (a denial verb, else the negation the parser found) up to the end of its
    clause: "denied that any water was released, and said ..." denies the release; "made in an
    office, not counted at the stations" negates the counting, not the making."""
    false = FALSITY.search(claim.text)
    if false:
        return "false", _words(false.group("what"))
    if called := CALLED_FALSE.search(claim.text):
        return "false", _words(called.group("what") or called.group("inv"))
    refused = REFUSED.search(claim.text)
    if refused:  # the clause, passive subject and all, less what was granted
        clause = SCOPE_END.split(claim.text[: refused.start()])[-1] + " " + claim.text[refused.end() :]
        end = SCOPE_END.search(clause)
        return refused.group(0), _words(clause[: end.start()] if end else clause) | {term("granted")}
    # "The board, which did not take sides, urged ...": a denial or negation in an aside about a
    # name is about the aside, not what the claim states
    asides = [(x.start(), x.end()) for x in RELATIVE_ASIDE.finditer(claim.text)]
    asides += [(x.start(), x.end()) for x in COMMENT_ASIDE.finditer(claim.text)]
    m = next(
        (
            x
            for x in DENIAL.finditer(claim.text)
            if not any(a <= x.start() < b for a, b in asides)
            and not CONCEDED.match(claim.text, x.end())
            and not NOT_DENYING.match(claim.text, x.end())
            and not AFFIRMING.match(claim.text, x.end())
            and not NEGATED_CUE.search(claim.text, 0, x.start())
        ),
        None,
    )
    refusal = m is not None and _refusal(m.group(0), claim.text[m.end() :])
    if refusal:
        m = None  # "rejected the decision to recall it": refusing a decision denies no fact
    if m:
        rest = claim.text[m.end() :]
        end = SCOPE_END.search(rest)
        rest = rest[: end.start()] if end else rest
        said = PARTICIPLE.search(rest)  # "denied that X, saying Y": Y is what it says, not what it denies
        rest = rest[: said.start()] if said else rest
        told = REPORTS_THAT.match(rest)  # "rejected the reports in two weeklies that X": X is denied
        if told:
            rest = rest[told.end() :]
            nested = NESTED_RELATIVE.search(rest)  # "... about cracks in the gallery that collapsed": X ends there
            rest = rest[: nested.start()] if nested else rest
        return m.group(0), _words(rest)
    if claim.negated:
        n = next(
            (
                n
                for n in NEGATION.finditer(claim.text)
                if not AFFIRMING.match(claim.text, n.end())
                and not CONCEDED.match(claim.text, n.end())
                and not NOT_DENYING.match(claim.text, n.end())
                and not any(a <= n.start() < b for a, b in asides)
            ),
            None,
        )
        if n is None and NEGATION.search(claim.text):
            return None  # "leaves no doubt that ...": the only negation affirms, or it is in an aside
        if n is None:  # marked negated with no negation word: the refusal was the cue, if any
            return None if refusal else ("negation", _words(claim.text))
        rest = claim.text[n.end() :]
        end = NEGATED_END.search(rest)
        return "negation", _words(rest[: end.start()] if end else rest)
    return None


def _size_then_words(words: frozenset[str]) -> tuple[int, list[str]]:
    return len(words), sorted(words)


def _held(claim: Claim) -> Claim:
    """The claim with "kept" read as "held" ("he was kept in solitary" tells what "denied that he had
    been held in solitary" denies); same offsets."""
    if not KEPT.search(claim.text):
        return claim

    def swap(m: re.Match[str]) -> str:
        w = KEPT_AS[m.group(0).lower()]
        return w.capitalize() if m.group(0)[0].isupper() else w

    return dataclasses.replace(claim, text=KEPT.sub(swap, claim.text))


def _denial_clash(a: Claim, b: Claim) -> str | None:
    """One claim denies what the other states. Both may deny something: "The ferry was overloaded,
    but nobody from the crew said a word" states the overloading that "The Varnel was not overloaded"
    denies; what each denies must then be apart (two accounts that deny one thing agree)."""
    da, db = _denied(a), _denied(b)
    for neg, pos, dn, dp in ((a, b, da, db), (b, a, db, da)):
        if dn is not None:
            got = _denies(neg, pos, dn, dp)
            if got:
                return got
    return None


def _denies(neg: Claim, pos: Claim, denial: tuple[str, set[str]], own: tuple[str, set[str]] | None) -> str | None:
    """``neg`` denies (``denial``: cue and scope) what ``pos`` states (``own``: what ``pos`` denies itself)."""
    cue, scope = denial
    fn, fp = features(neg), features(pos)
    other = set(fp.stems)
    shared = scope & other
    nothing = fn.nothing  # "There was never a licence.": the one thing it names is denied
    need = len(nothing) if nothing and nothing <= other else MIN_DENIED
    # "Nobody was struck": a negative subject denies its short predicate of everyone, all of it
    everyone: list[frozenset[str]] = [x for x in fn.nobody if x <= fp.acts] if not fp.nobody else []
    everyone += _contact_denied(neg, pos) if not fp.nobody else []
    # "The Varnel was not overloaded", "denied that the ferry was overloaded": its predicate, all of it
    # ("Jane Doe was not hurt" denies nothing of "three passengers were hurt": a count of others)
    said = [x for x in fn.denied if x <= fp.acts and x - fp.mods] if _people(neg) or not _people(pos) else []
    said += _negated_acts(neg, pos)  # "has never signed any memorandum" / "signed the memorandum"
    if everyone or said:
        # widest first; each predicate denied is set against ``pos`` in turn ("Nobody was struck,
        # nobody was denied water": the blows may clash where the water agrees)
        for told in sorted(set(everyone or said), key=_size_then_words, reverse=True):
            got = _against(neg, pos, cue, set(told), len(told), own)
            if got:
                return got
        return None
    # when both deny something, only a predicate denied in so many words sets one against the other
    # ("The Varnel was not overloaded" / "It was overloaded, but nobody said a word"): two negative
    # accounts that merely share words ("leaves no doubt that ..." / "has not presented any evidence
    # that would cast doubt") are not told apart by a word count
    elif own is not None and not (nothing and nothing <= other):
        return None
    # a denial must be about the statement the other claim makes: what it denies is in it
    elif len(shared) < need or len(shared) < DENIED_SHARE * min(len(scope), len(other)):
        return None
    elif cue == "negation" and not _predicate_shared(neg, shared):
        return None
    elif cue == "negation" and (act := _negated_verb(neg)) is not None and act not in shared:
        # "three days of mourning will not fix the 212 other bridges" denies no inspection of the
        # bridges: what is negated is an act the other claim does not tell
        return None
    return _against(neg, pos, cue, shared, need, own)


def _negated_verb(neg: Claim) -> str | None:
    """The word a verb negation negates ("will not fix", "did not pay", "had never signed"): the first
    content word after its "not" or "never", when it is a lower-case word (``term``); None for a
    negative subject or determiner ("nobody", "no hospital") or when nothing follows."""
    for m in VERB_NEGATION.finditer(neg.text):
        if AFFIRMING.match(neg.text, m.end()) or CONCEDED.match(neg.text, m.end()):
            continue
        before = TOKEN.findall(neg.text[max(0, m.start() - 12) : m.start()])[-1:]
        if m.group(0).lower() == "not" and not (before and before[0].lower() in VERB_AUX):
            continue  # "no concealment, not for a day": no verb negated
        for w in TOKEN.findall(neg.text[m.end() : m.end() + NEGATED_VERB_REACH]):
            if w.lower() in STOP:
                continue
            return term(w) if w.isalpha() and w.islower() else None
        return None
    return None


def _against(
    neg: Claim, pos: Claim, cue: str, shared: set[str], need: int, own: tuple[str, set[str]] | None
) -> str | None:
    """The denial of ``shared`` in ``neg`` against ``pos``, which tells it: a clash unless ``pos``
    denies it too, or negates it itself; a denial of an act not done agrees with the act told."""
    # "there is no vaccine left", "the papers lacked stamps": ``pos`` negates it too, or tells its lack
    negates = _negates(pos, shared, need) or _negates(pos, shared, need, LACK)
    if _undone_denied(neg, shared):
        # "denied that the inspection had been skipped" says it was done: it agrees with "the inspection
        # was carried out" and clashes with "was postponed" or "held without water"
        if own is None and negates:
            return f"'{cue}' of an act not done in {neg.id} against its negation"
        if not UNDONE.search(pos.text):
            return None
    if own is not None and (own[1] or _words(pos.text)) & shared:
        return None  # both deny it; "..., which officials deny." denies what its claim says before
    # ... and the other claim states it positively: "there is no vaccine left" (a negation the
    # parse did not mark) agrees with "none had any vaccine left"
    if negates:
        return None
    return f"'{cue}' in {neg.id} against the positive claim"


def _negates(pos: Claim, shared: set[str], need: int, cue: re.Pattern[str] = NEGATION) -> bool:
    """``pos`` negates the shared thing itself ("there is no vaccine left")."""
    for n in cue.finditer(pos.text):
        rest = pos.text[n.end() :]
        end = SCOPE_END.search(rest)
        if len(_words(rest[: end.start()] if end else rest) & shared) >= need:
            return True
    return False


def _undone_regions(text: str) -> list[tuple[int, int]]:
    """Spans of the text where a negation or denial verb denies an act not done (UNDONE): "denied
    that the inspection had been skipped", "nobody was denied water" (a double negative: it was done,
    given); each from the cue to the end of its clause, within UNDONE_REACH words of the cue."""
    out = []
    for m in NEG_CUE.finditer(text):
        rest = text[m.end() :]
        end = SCOPE_END.search(rest)
        rest = rest[: end.start()] if end else rest
        cut = PARTICIPLE.search(rest)
        rest = rest[: cut.start()] if cut else rest
        # the next negation begins a scope of its own ("Nobody was struck, nobody was denied water")
        cut = next((x for x in NEG_CUE.finditer(rest) if not UNDONE.fullmatch(x.group(0))), None)
        rest = rest[: cut.start()] if cut else rest
        u = UNDONE.search(rest)
        if u and len(TOKEN.findall(rest[: u.start()])) <= UNDONE_REACH:
            out.append((m.start(), m.end() + len(rest)))
    return out


def _undone_denied(neg: Claim, shared: set[str]) -> bool:
    """What ``neg`` denies of the shared words is an act not done: each shared word is in such a span."""
    regions = _undone_regions(neg.text)
    if not regions or not shared:
        return False
    inside = {term(m.group(0)) for m in TOKEN.finditer(neg.text) if any(a <= m.start() < b for a, b in regions)}
    return shared <= inside


def _negated_acts(neg: Claim, pos: Claim) -> list[frozenset[str]]:
    """An act negated with its object ("has never signed any memorandum", "did not sign the deal")
    that ``pos`` tells as done with the same object ("signed the memorandum"): {verb, object}. The
    verb must be a past form, or a base form after "did"/"does"; in ``pos`` a form of it that is
    not after "to" or a modal ("asked him to sign", "would sign": not told as done)."""
    fp = features(pos)
    out = []
    for m in NEGATED_ACT.finditer(neg.text):
        verb, obj = m.group("verb"), m.group("obj")
        if verb in STOP or obj in STOP or verb in REPORT_FORMS or verb in AUX_WORDS or obj in AUX_WORDS:
            continue
        base = (m.group("aux") or "").strip().lower() in ("did", "does", "do")
        if not (is_past(verb) or base):
            continue
        pair = frozenset({term(verb), term(obj)})
        if not pair <= fp.acts:
            continue
        told = [
            t
            for t in TOKEN.finditer(pos.text)
            if term(t.group(0)) == term(verb) and not UNASSERTED.search(pos.text, 0, t.start())
        ]
        if told:
            out.append(pair)
    return out


def _people(claim: Claim) -> bool:
    """The claim counts people ("three passengers were hurt")."""
    return any(is_person_unit(q.unit or "") for q in features(claim).quantities)


def _contact_denied(neg: Claim, pos: Claim) -> list[frozenset[str]]:
    """A negative subject refused a contact ("no diplomat had been allowed to see him") denies any
    contact the other claim tells ("consular staff visited him", "officials were granted access to
    him"): the words of ``pos`` that tell one (CONTACT, a closed class of verbs of meeting)."""
    told = frozenset(w for w in features(pos).acts if w in CONTACT)
    if not told:
        return []
    out = []
    for m in NEG_SUBJECT.finditer(neg.text):
        if not PERMISSION.search(neg.text[m.start() : m.start(1)]):
            continue
        if {term(w) for w in TOKEN.findall(m.group(1))} & CONTACT:
            out.append(told)
    return out


def _visits(claim: Claim) -> list[tuple[str, int]]:
    """(visitor, how many times) for each contact the claim counts ("her envoy saw her four times",
    "the envoy was let in to visit her only once", "the envoy of the Varnel embassy saw her on
    two occasions"): the visitor is the nearest lower-case noun before the verb in its clause (names
    and function words skipped); a pronoun or no such noun names none. A bound ("at least twice")
    counts nothing exactly."""
    out = []
    text = claim.text
    for t in TOKEN.finditer(text):
        if term(t.group(0)) not in VISIT_ACTS or not t.group(0).islower():
            continue
        rest = text[t.end() :]
        end = SCOPE_END.search(rest)
        rest = " ".join(TOKEN.findall(rest[: end.start()] if end else rest)[:FREQUENCY_REACH])
        f = FREQUENCY.search(rest)
        if f is None or f.group("bound"):
            continue
        lead = re.split(r"[,;:()“”\"]", text[: t.start()])[-1]
        if NEGATION.search(lead) or REFUSAL_WORDS.search(lead):
            continue  # "was refused a visit four times": visits asked for, not made
        visitor = _visitor(TOKEN.findall(lead)[-VISITOR_REACH:])
        if visitor is None:
            continue
        n = f.group("n")
        count = (
            2 if (f.group("word") or "").lower() == "twice" else 3 if f.group("word") else 1 if f.group("once") else 0
        )
        if n:
            count = int(n) if n.isdigit() else _COUNTS.index(n.lower()) + 1
        out.append((term(visitor), count))
    return out


def _visitor(words: Sequence[str]) -> str | None:
    """The nearest lower-case noun at the end of ``words`` (those before a verb of contact), or the head
    of its "of" phrase ("the envoy of the Varnel embassy": the envoy); None at a pronoun or a clause word."""
    visitor, k = None, len(words)
    while k > 0:
        k -= 1
        w = words[k]
        if w.lower() in VISITOR_STOP:
            return visitor  # "... and that she was allowed to see her": a pronoun subject, or another clause
        if w.lower() == "of" and visitor is not None:
            head = _visitor(words[:k])
            return head or visitor
        if visitor is None and w.islower() and w not in STOP and w not in AUX_WORDS and w not in VISITOR_SKIP:
            if not w.endswith("ly"):
                visitor = w
    return visitor


def _frequency_clash(a: Claim, b: Claim) -> str | None:
    """One visitor's contacts counted differently ("her envoy saw her four times" / "the envoy
    was let in to visit her only once"): a clash unless some count of that visitor agrees."""
    va, vb = _visits(a), _visits(b)
    pairs = [(x, y) for wx, x in va for wy, y in vb if wx == wy]
    if not pairs or any(x == y for x, y in pairs):
        return None
    x, y = pairs[0]
    return f"{x} times vs {y} times"


def _states(claim: Claim) -> list[tuple[frozenset[str], bool, str]]:
    """Things the claim tells open or shut (STATE): the words of its clause before the verb, whether
    open, and the words told. A state in a clause under a denial or negation is left out (what is denied
    is read by ``_denied``)."""
    out = []
    for m in STATE.finditer(claim.text):
        before = claim.text[: m.start()]
        sentence = re.split(r"[.;!?](?:\s|$)", before)[-1]
        if NEGATION.search(sentence) or DENIAL.search(sentence) or UNASSERTED.search(before):
            continue
        clause = re.split(r"[,:()\u201c\u201d\"]|\b(?:that|which|who|and\s+said|but)\b", sentence)[-1]
        words = frozenset(_words(" ".join(TOKEN.findall(clause)[-STATE_REACH:])))
        if words:
            is_open = (m.group("state").lower() in OPEN_STATES) != bool(m.group("neg"))
            out.append((words, is_open, m.group(0)))
    return out


def _state_clash(a: Claim, b: Claim) -> str | None:
    """One thing told open by one claim and shut by the other ("the exit gate had been locked" / "the gate
    was open all evening", "exits were unlocked"), unless the claims date what they tell apart (a
    crossing closed on Monday may be open on Thursday)."""
    sa, sb = _states(a), _states(b)
    if not sa or not sb or _dates_apart(a, b):
        return None
    for wa, oa, ta in sa:
        for wb, ob, tb in sb:
            if oa != ob and wa & wb:
                return f"'{ta}' vs '{tb}'"
    return None


def _prompt_words(claim: Claim) -> tuple[str, set[str]] | None:
    """The prompt cue and the words of a sentence that tells a passage opened promptly (OPENED and PROMPT in it)."""
    for sentence in re.split(r"(?<=[.;!?])\s+", claim.text):
        if OPENED.search(sentence) and (cue := PROMPT.search(sentence)):
            return cue.group(0), _words(sentence)
    return None


def _delay_clash(a: Claim, b: Claim) -> str | None:
    """One claim tells a passage opened promptly ("within minutes"), the other people or vehicles held at it for an
    hour or more ("held back the ambulances at the crossing for two hours"): the wait cannot be both. The two
    must share a word of what they tell (the passage, or who was waiting), and not date it apart."""
    if _dates_apart(a, b):
        return None
    for p, h in ((a, b), (b, a)):
        prompt = _prompt_words(p)
        held = HELD_FOR.search(h.text) if prompt is not None else None
        if prompt is None or held is None:
            continue
        if prompt[1] & _words(held.group(0)) - _words(held.group("n") + " " + held.group("unit")):
            return f"'{prompt[0]}' vs '{held.group('n')} {held.group('unit')}'"
    return None


def _predicate_shared(neg: Claim, shared: set[str]) -> bool:
    """A negative subject with a long noun phrase ("no truck carrying cattle from Varnel has been
    allowed into Dorvan") denies its predicate: a word of it (lower case, after the auxiliary) must
    be among what the two claims share, not only words of the subject ("trucks") or names."""
    m = NEG_PREDICATE.search(neg.text)
    first = NEGATION.search(neg.text)
    if not m or not first or first.start() != m.start():
        return True
    return bool({term(w) for w in TOKEN.findall(m.group("pred")) if w.islower()} & shared)


def compare_claims(a: Claim, b: Claim, near: Near | None = None) -> list[Contradiction]:
    """Every way two claims of one cluster disagree (``near``: see ``nearness``)."""
    out = []
    detail = _date_clash(a, b) or _time_clash(a, b)
    if detail:
        out.append(Contradiction(a.id, b.id, "date", detail))
    detail = _number_clash(a, b, near) or _frequency_clash(a, b) or _delay_clash(a, b)
    if detail:
        out.append(Contradiction(a.id, b.id, "number", detail))
    detail = _denial_clash(_held(a), _held(b)) or _undone_clash(a, b) or _state_clash(a, b)
    if detail:
        out.append(Contradiction(a.id, b.id, "denial", detail))
    return out


def _polarity(claim: Claim) -> int:
    """+1: the claim tells an act done ("the inspection was carried out"), -1: not done ("was
    postponed", "skipped the inspection"), 0: neither, both, or a negation or denial in it (read by
    ``_denied``). A denial of an act not done ("denied that the inspection had been skipped, saying
    all of it was carried out") tells it done."""
    text = claim.text
    regions = _undone_regions(text)
    for a, b in reversed(regions):
        text = text[:a] + " " + text[b:]
    if (claim.negated and not regions) or NEG_CUE.search(text):
        return 0
    done, undone = bool(regions) or DONE.search(text) is not None, UNDONE.search(text) is not None
    return 0 if done == undone else 1 if done else -1


def _undone_clash(a: Claim, b: Claim) -> str | None:
    """One claim tells an act done, the other the same act not done, in other verbs ("all planned
    repairs were carried out in May" / "the repairs were quietly postponed"): what they share, less
    the verbs, must be what ``_denies`` asks of a denial's scope."""
    pa, pb = _polarity(a), _polarity(b)
    if pa * pb != -1:
        return None
    wa, wb = (_lower_words(UNDONE.sub(" ", DONE.sub(" ", c.text))) for c in (a, b))
    shared = wa & wb
    if len(shared) < MIN_DENIED or len(shared) < DENIED_SHARE * min(len(wa), len(wb)):
        return None
    done, undone = (a, b) if pa > 0 else (b, a)
    return f"act done in {done.id}, not done in {undone.id}"


def nli_hook() -> Callable[[str, str], float] | None:
    """An optional contradiction scorer from a local model folder ($SOURCETRACE_NLI_MODEL).

    Returns a function (premise, hypothesis) -> probability of contradiction, or None
    when the variable is unset or the model cannot be loaded (never fetched from a hub).
    """
    folder = os.environ.get("SOURCETRACE_NLI_MODEL")
    if not folder or not os.path.isdir(folder):
        return None
    try:
        from transformers import pipeline  # type: ignore[import-not-found]

        clf = pipeline("text-classification", model=folder, local_files_only=True, top_k=None)
    except Exception:
        return None

    def score(premise: str, hypothesis: str) -> float:
        res = clf({"text": premise, "text_pair": hypothesis})
        rows = res[0] if res and isinstance(res[0], list) else res
        return max((r["score"] for r in rows if "contra" in str(r["label"]).lower()), default=0.0)

    return score


def _source(c: Claim) -> frozenset[str]:
    """The words that name who the claim is from (empty: the article's own voice); with no speaker found,
    the subject that gives the figure in the claim's own words ("The Varnel ministry put the toll at 14")."""
    told = c.speaker or ((m.group("who") if (m := PUT_AT.match(c.text.strip())) else "") if c.text else "")
    return frozenset(w for w in re.findall(r"[a-z0-9]{3,}", told.lower()) if w not in STOP)


def _same_source(a: Claim, b: Claim) -> bool:
    """One source: the same words name who each claim is from. A title shared is not enough when both
    name more than a title ("Minister Ana Roe" / "Interior Minister Jon Berg": two people), nor when its
    rank differs ("Deputy Prime Minister" / "Harbour Minister Jon Berg"), nor is the kind of body shared
    ("Varnel's foreign ministry" / "Tarland's interior ministry": two ministries)."""
    sa, sb = _source(a), _source(b)
    if not (sa and sb):
        return sa == sb
    generic = TITLES | TITLE_MODIFIERS | INSTITUTION_HEADS
    na, nb = sa - generic, sb - generic
    if na and nb:
        return bool(na & nb)
    # a bare title is the person with that title, not one of another rank ("Deputy Minister" / "Minister Jon Berg")
    return sa & TITLE_MODIFIERS == sb & TITLE_MODIFIERS and bool(sa & sb)


def _settled(kind: str, a: Claim, b: Claim, members: list[Claim], near: Near | None = None) -> bool:
    """A clash is dropped when another sentence of the same article and from the same source, in
    this cluster, agrees on that point (a source that gives two figures has not contradicted the
    one it shares). An article that reports both sides' figures ("the company says X; the
    authority puts it at Y") gives them from different sources: each still clashes. A date agrees only
    on an event the two date in common: one dating another thing ("the vote set for Tuesday") settles nothing."""
    for x, y in ((a, b), (b, a)):
        for other in members:
            if other.article != y.article or other.id == y.id or not _same_source(other, y):
                continue
            has = (
                kind == "date"
                and bool(event_dates(other))
                and bool(set(_dated_events(x, False)) & set(_dated_events(other, False)))
                or kind == "number"
                and bool(_number_pairs(x, other, near))
            )
            if has and not any(c.kind == kind for c in compare_claims(x, other, near)):
                return True
    return False


def nearness(embeddings: str | None = None) -> Near:
    """How near two claims' wording is: the cosine of what they report (without the attribution
    frame), on the scale alignment uses (``Embedder.calibrate``); texts encoded once."""
    model = embedder(embeddings)
    cache: dict[str, np.ndarray] = {}

    def near(a: Claim, b: Claim) -> float:
        va, vb = model.encode([content_text(a), content_text(b)], cache)
        return model.calibrate(float(va @ vb))

    return near


def _same_day_in_sentence(claim: Claim, per_article: Sequence[ArticleAnalysis]) -> Claim:
    """The claim with "that same day" dated when the date it refers to stands before the claim, in
    its sentence ("Only on 16 November did the bureau admit it, and it then gave another account,
    claiming he had been arrested that same day": the second clause, a claim of its own, is dated
    16 November); a date of the claim itself before it is read in ``_event_dates``."""
    m = SAME_DAY.search(claim.text)
    if m is None:
        return claim
    at = claim.start + m.start()
    if any(d.end <= at and d.precision == "day" for d in event_dates(claim)):
        return claim
    pa = next((x for x in per_article if x.article.id == claim.article), None)
    if pa is None:
        return claim
    begin = next((sp.start for sp in pa.sentences if sp.start <= at < sp.end), max(0, at - SAME_DAY_REACH))
    before = [
        d
        for other in pa.claims
        if other.id != claim.id
        for d in event_dates(other)
        if d.precision == "day" and begin <= d.start and d.end <= min(at, claim.start)
    ]
    if not before:
        return claim
    d = max(before, key=lambda x: x.end)
    told = DateValue(d.value, m.group(0), d.precision, at, claim.start + m.end())
    return dataclasses.replace(claim, dates=(*claim.dates, told))


def find_contradictions(
    cluster: Cluster,
    per_article: Sequence[ArticleAnalysis],
    nli: Callable[[str, str], float] | None = None,
    near: Near | None = None,
) -> Cluster:
    by_id = {c.id: c for pa in per_article for c in pa.claims if c.id in set(cluster.claims)}
    by_id = {k: _same_day_in_sentence(c, per_article) for k, c in by_id.items()}
    published = {pa.article.id: pa.article.published for pa in per_article if pa.article.published}
    members = [by_id[c] for c in cluster.claims if c in by_id]
    found: list[Contradiction] = []
    for i in range(len(members)):
        for j in range(i + 1, len(members)):
            a, b = members[i], members[j]
            if a.article == b.article:
                continue
            clash = [c for c in compare_claims(a, b, near) if not _settled(c.kind, a, b, members, near)]
            clash = [c for c in clash if not (c.kind == "number" and _counted_to_report(a, b, published, near))]
            if not clash and nli is not None and nli(a.text, b.text) >= 0.9:
                clash = [Contradiction(a.id, b.id, "nli", "entailment model: contradiction")]
            found.extend(clash)
    carried = _carried(members, found, near)
    found.extend(c for c in carried if not _counted_to_report(by_id[c.a], by_id[c.b], published, near))
    if not found:
        return cluster
    return Cluster(cluster.id, cluster.claims, cluster.origins, cluster.independent_origins, tuple(found))
