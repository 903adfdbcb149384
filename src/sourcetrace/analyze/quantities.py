"""Numbers with their unit and bounds ("at least 12", "between 3 and 250 km", "half a billion dollars").

Works on plain text (no tagger needed), so the link stage and benches can use it too; with
part-of-speech tags the unit reader skips adjectives and participles more reliably. How numbers
are written (digits, words, scales, fractions, vague plurals) is read by ``analyze.numbers``.

Bounds:

* "at least/more than/over X", "X plus", "X+" -> low=X; "up to/less than/under/as many as X" -> high=X;
* "about/around/some X" -> X +/- 10%; "nearly/almost/just under X" -> 0.9X..X; "just over X" -> X..1.1X;
* "between X and Y", "from X to Y", "X to Y", "X-Y", "40%-45%" -> X..Y (both keep the scale and
  unit written once: "4 and 5 thousand", "40 to 45 percent"); "from 8 to 3" is a change: two figures;
* vague plurals ("hundreds", "tens of thousands") -> the bounds ``analyze.numbers`` gives them;
* a fraction of a share ("nearly half of the cranes", "by a fifth") -> a percentage;
* a fraction of an amount ("less than half of the promised $620 million") -> a bound on the
  fraction (under $310M) in the amount's unit, and the amount itself with role "reference": the
  whole the fraction is taken of, not a figure the claim asserts.

Not quantities: dates ("3 March", "May 13", a year such as "the 2016 deal"), times of day
("11 p.m.", "11:30"), ordinals ("3rd"), decades ("1990s"), labels glued to a name ("T-4",
"COVID-19", "Flight 370"). The unit is the noun counted, never a time word that dates the figure
("410,000 TEU last year" counts TEU).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from ..model import Quantity
from .numbers import SCALE_WORDS, Amount, Tok, glued, read_amount, tokenize
from .units import TIME_UNITS, UNITS, normalise_unit, participle, unit_after

__all__ = ["find_quantities", "normalise_unit", "UNITS"]

CURRENCY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP"}
CURRENCY_CODES = {"usd": "USD", "eur": "EUR", "gbp": "GBP"}
DOLLAR_PREFIXES = {"US": "USD", "A": "AUD", "C": "CAD", "NZ": "NZD", "HK": "HKD", "S": "SGD"}
# modifier phrase -> how it bounds the number it comes before
_MOD_KIND = {
    **dict.fromkeys(
        ["at least", "more than", "over", "above", "upwards of", "in excess of", "no fewer than", "no less than",
         "not less than", "exceeding", "well over", "well above", "greater than", "a minimum of"], "lower"),
    **dict.fromkeys(
        ["just over", "just above", "slightly more than", "a little over", "a little more than", "just more than",
         "slightly over"], "just-over"),
    **dict.fromkeys(
        ["up to", "at most", "less than", "fewer than", "under", "below", "no more than", "not more than",
         "as many as", "as much as", "well under", "well below", "a maximum of", "not exceeding"], "upper"),
    **dict.fromkeys(
        ["nearly", "almost", "close to", "just under", "just below", "slightly less than", "a little under",
         "a little less than", "just shy of", "not quite", "nearly all of"], "near"),
    **dict.fromkeys(
        ["about", "around", "approximately", "roughly", "some", "an estimated", "estimated", "circa",
         "approx", "an approximate", "or so"], "about"),
    "between": "range",
    "from": "range",
}  # fmt: skip
_MODS = sorted(((tuple(k.split()), v) for k, v in _MOD_KIND.items()), key=lambda kv: -len(kv[0]))
_MODS_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _words, _kind in _MODS:  # longest first within each first word, as in _MODS
    _MODS_BY_FIRST.setdefault(_words[0], []).append((_words, _kind))
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# A year written before a noun ("the 2016 deal", "in 2008 attacks") follows one of these.
_YEAR_CUES = frozenset(
    "in since until till by from during of after before early late mid through around the its his her their "
    "our this that last year s".split()
)
_TIME_OF_DAY = frozenset({"am", "pm", "gmt", "utc", "hrs", "h", "cet", "est", "edt", "bst"})
_ORDINAL = frozenset({"st", "nd", "rd", "th"})
_DASHES = frozenset({"-", "\u2013", "\u2014", "\u2010", "\u2011"})
_BEFORE_HALF = frozenset(
    "the this that first second third last other latter former each every its their his her".split()
)
_DETERMINERS = frozenset("the its his her their our this that these those a an".split())
_FRACTION_STOP = frozenset(
    "that which who whom what and or but was were is are had has have will would could said says".split()
)
# Verbs whose object is a count: "the register lists 1,712", "the register numbers 40".
COUNTING_VERBS = frozenset(
    "list lists listed count counts counted number numbers numbered total totals totalled totaled tally tallies "
    "tallied record records recorded register registers registered catalogue catalogues catalogued "
    "catalog catalogs cataloged inventories inventoried".split()
)
# verbs whose particle is "over" ("hand over", "turn over", "sign over"): the figure after is their object
OVER_VERBS = frozenset("hand hands handed handing turn turns turned turning sign signs signed signing".split())
_SENT_END = re.compile(r"[.!?][\"”’')\]]*(?=\s|$)")
CARRY_REACH = 400  # characters back to look for the counted noun
# ------------------------------------------------------------------------------------ reader


# a bound negated just before it is the other bound: "did not fall below 28", "not more than 300"
NEGATIONS = frozenset({"not", "never", "n't", "n’t"})
NEGATION_REACH = 3  # tokens back
_FLIPPED = {"lower": "upper", "upper": "lower"}


def _modifier(toks: list[Tok], i: int) -> tuple[str, str, int]:
    """(modifier phrase, its kind, index after it) at token ``i``; ("", "", i) when none. The "over" of a
    phrasal verb ("handed over 40 prisoners", "turned over 12 files") is its particle, no bound."""
    if i < len(toks) and toks[i].low == "over" and i > 0 and toks[i - 1].low in OVER_VERBS:
        return "", "", i
    for words, kind in _MODS_BY_FIRST.get(toks[i].low, ()) if i < len(toks) else ():
        n = len(words)
        if i + n <= len(toks) and tuple(t.low for t in toks[i : i + n]) == words:
            if kind in _FLIPPED and any(t.low in NEGATIONS for t in toks[max(0, i - NEGATION_REACH) : i]):
                kind = _FLIPPED[kind]  # "does not fall below 28 degrees": at least 28
            return " ".join(words), kind, i + n
    return "", "", i


_HYPHEN_SCALE = re.compile(r"-(thousand|million|billion|trillion)(?:-([a-z]+))?\b", re.I)


def _currency(toks: list[Tok], i: int) -> tuple[str | None, int]:
    """A currency sign or code before a number: "$", "US$", "€", "USD"."""
    if i >= len(toks):
        return None, i
    t = toks[i]
    if t.text in CURRENCY_SIGNS:
        return CURRENCY_SIGNS[t.text], i + 1
    if t.text in DOLLAR_PREFIXES and i + 1 < len(toks) and toks[i + 1].text == "$" and glued(toks, i + 1):
        return DOLLAR_PREFIXES[t.text], i + 2
    if t.low in CURRENCY_CODES and t.text.isupper() and i + 1 < len(toks) and toks[i + 1].is_digits:
        return CURRENCY_CODES[t.low], i + 1
    return None, i


def _percent(toks: list[Tok], j: int) -> tuple[str | None, int]:
    """A percent sign or word after a number: (unit, index after)."""
    if j >= len(toks):
        return None, j
    w = toks[j].low
    if toks[j].text == "%":
        return "%", j + 1
    if w in ("percent", "pct"):
        return "%", j + 1
    if w == "per" and j + 1 < len(toks) and toks[j + 1].low == "cent":
        return "%", j + 2
    if w == "percentage" and j + 1 < len(toks) and toks[j + 1].low in ("point", "points"):
        return "pp", j + 2
    return None, j


def _bounds(value: float, kind: str) -> tuple[float | None, float | None]:
    if kind == "lower":
        return value, None
    if kind == "upper":
        return None, value
    if kind == "near":
        return value * 0.9, value
    if kind == "just-over":
        return value, value * 1.1
    if kind == "about":
        return value * 0.9, value * 1.1
    return value, value


# "at 22.50 hours", "until 06.30 hrs": a time of day written with a dot and "hours"
CLOCK_PREPOSITIONS = frozenset("at from until till by before after since".split())
HOURS_DOT_MINUTES = re.compile(r"^(?:[01]?\d|2[0-3])\.[0-5]\d$")
HOURS = frozenset({"hours", "hrs", "h"})


# A time of day told in words: "half past five", "at twenty to seven" (minutes, past or to, an hour).
HOUR_NAMES = {w: n for n, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split(), 1)}
CLOCK_MINUTES = {"half": 30, "quarter": 15, "five": 5, "ten": 10, "twenty": 20}  # minutes past or to the hour
# words after which "twenty to seven" is a time, not a range ("from five to seven people")
BEFORE_CLOCK_TO = (CLOCK_PREPOSITIONS - {"from"}) | {"about", "around", "nearly", "almost", "roughly", "approximately"}


def word_clock_at(toks: list[Tok], k: int) -> bool:
    """Whether a time of day in words starts at token ``k`` ("half past five"); "five to seven" only
    after a preposition of time or "about" ("at twenty to seven"): else it may be a range."""
    if k < 0 or k + 2 >= len(toks) or toks[k].low not in CLOCK_MINUTES or toks[k + 1].low not in ("past", "to"):
        return False
    hour = toks[k + 2]
    if not (hour.low in HOUR_NAMES or (hour.text.isdigit() and 1 <= int(hour.text) <= 12)):
        return False
    return toks[k + 1].low == "past" or (k > 0 and toks[k - 1].low in BEFORE_CLOCK_TO)


def _not_a_count(toks: list[Tok], i: int, a: Amount, has_mod: bool, cur: str | None) -> bool:
    """The number at ``a`` is a date, a time of day, an ordinal, a decade or part of a label."""
    n = len(toks)
    j = a.end
    t = toks[a.start]
    if word_clock_at(toks, a.start) or word_clock_at(toks, a.start - 2):
        return True  # "half past five": its minutes and its hour
    if not cur and j + 2 < n and toks[j].low == "o" and toks[j + 2].low == "clock":
        return True  # "five o'clock", "5 o'clock"
    if a.kind == "digits" and not cur:
        prev = toks[a.start - 1] if a.start > 0 else None
        if prev is not None and glued(toks, a.start) and (prev.text in "-/.:#" or prev.text.isalpha()):
            return True  # "T-4", "COVID-19", "9/11", "A4", "11:30"
        if j < n and glued(toks, j) and toks[j].text.isalpha() and toks[j].low in _ORDINAL | _TIME_OF_DAY | {"s"}:
            return True  # "3rd", "10am", "1990s"
        if j < n and toks[j].text in "/:" and glued(toks, j):
            return True  # "24/7", "11:30"
        if j + 1 < n and toks[j].low in ("a", "p") and toks[j + 1].text == "." and glued(toks, j + 1):
            return True  # "11 p.m."
        if j < n and toks[j].low in _TIME_OF_DAY and toks[j].text.lower() != "h":
            return True
        prev_low = toks[a.start - 1].low if a.start > 0 else ""
        if prev_low in CLOCK_PREPOSITIONS and HOURS_DOT_MINUTES.match(t.text) and j < n and toks[j].low in HOURS:
            return True  # "at 22.50 hours": a time of day, not a length of time
        integer = "." not in t.text and "," not in t.text
        if integer and t.text.isdigit() and int(t.text) <= 31 and a.end == a.start + 1:
            k = j + 1 if j < n and toks[j].low == "of" else j
            if k < n and toks[k].low in _MONTHS and toks[k].text[0].isupper():
                return True  # "3 March", "3 of March"
            p = a.start - 1
            if p >= 0 and toks[p].text == "." and p > 0:
                p -= 1
            if p >= 0 and toks[p].low in _MONTHS and toks[p].text[0].isupper() and not has_mod:
                return True  # "May 13", "Jan. 1"
        if p_is_label(toks, a.start) and not has_mod:
            return True
    return False


def p_is_label(toks: list[Tok], i: int) -> bool:
    """A number right after "No." or a capitalised label word on the same line: "Flight 370"."""
    if i == 0:
        return False
    p = toks[i - 1]
    if p.low in ("no", "nos", "number", "#") or (p.text == "." and i > 1 and toks[i - 2].low in ("no", "nos")):
        return True
    return False


def _year_like(toks: list[Tok], a: Amount, cur: str | None, unit: str | None, mod: str) -> bool:
    """A bare four-digit number that dates rather than counts: "the 2016 deal", "in 2019"."""
    t = toks[a.start].text
    if (
        a.kind != "digits"
        or cur
        or a.end != a.start + 1
        or not (len(t) == 4 and t.isdigit() and 1600 <= int(t) <= 2100)
    ):
        return False
    if unit is None or unit in TIME_UNITS or mod in ("from", "between"):
        return True
    prev = toks[a.start - 1].low if a.start > 0 else ""
    return prev in _YEAR_CUES


def _year_shaped(toks: list[Tok], a: Amount) -> bool:
    t = toks[a.start].text
    return a.kind == "digits" and a.end == a.start + 1 and len(t) == 4 and t.isdigit() and 1600 <= int(t) <= 2100


def _year_range(toks: list[Tok], a: Amount, b: Amount, cur: str | None, unit: str | None, pct: str | None) -> bool:
    """Two years joined as a range: a span of time, not a count."""
    if cur or pct or not (_year_shaped(toks, a) and _year_shaped(toks, b)):
        return False
    return unit is None or unit in TIME_UNITS or (a.start > 0 and toks[a.start - 1].low in _YEAR_CUES)


def _month_after(toks: list[Tok], b: Amount) -> bool:
    """A day number followed by a month name: the end of a date range ("between 6 and 8 June")."""
    t = toks[b.start].text
    k = b.end
    return t.isdigit() and int(t) <= 31 and k < len(toks) and toks[k].low in _MONTHS and toks[k].text[0].isupper()


def _of_amount(
    text: str, toks: list[Tok], j: int, limit: int, pos: dict[int, str] | None
) -> tuple[Amount, str | None, int, float | None, float | None, int] | None:
    """After "half of": the amount a few words on ("the promised $620 million", "its 1,800 workers"):
    (amount, unit, end offset, low, high, token index after)."""
    if j >= len(toks) or toks[j].low != "of":
        return None
    for k in range(j + 1, min(j + 6, len(toks))):
        t = toks[k]
        wordlike = t.is_digits or t.text.isalnum() or t.text in CURRENCY_SIGNS or t.text in "'’"
        if t.low in _FRACTION_STOP or not wordlike:
            return None
        if pos and pos.get(t.start) in ("VERB", "AUX") and not (toks[k - 1].low in _DETERMINERS and participle(t.low)):
            return None  # "half of what was promised"; but "half of the promised $620 million"
        mod, kind, k2 = _modifier(toks, k)
        cur, k3 = _currency(toks, k2)
        if k3 < len(toks) and (toks[k3].is_digits or cur):
            a = read_amount(toks, k3, bool(cur))
            if a is None or a.kind in ("fraction", "vague"):
                return None
            pct, after = _percent(toks, a.end)
            unit: str | None
            if cur:
                unit, end = cur, toks[a.end - 1].end
            elif pct:
                unit, end = pct, toks[after - 1].end
            else:
                unit, end = unit_after(text, toks[a.end - 1].end, pos, limit)
                end = max(end, toks[a.end - 1].end)
            low, high = _bounds(a.value, kind)
            return Amount(a.value, k, a.end, "digits"), unit, end, low, high, a.end
    return None


def _trim(text: str, s: int, e: int) -> str:
    t = text[s:e].rstrip()
    if t.endswith(".") and len(t.split()[-1]) > 4:
        t = t[:-1]
    return t


def _quantity_at(
    text: str, toks: list[Tok], i: int, limit: int, pos: dict[int, str] | None
) -> tuple[list[Quantity], int] | None:
    """The quantities a number phrase starting at token ``i`` gives, and the token index after it."""
    mod, kind, k = _modifier(toks, i)
    cur, k = _currency(toks, k)
    if k >= len(toks):
        return None
    a = read_amount(toks, k, bool(cur))
    if a is None:
        return None
    if a.kind in ("fraction", "words") and toks[a.start].low in ("half", "a", "one") and not mod and i > 0:
        if toks[i - 1].low in _BEFORE_HALF:
            return None  # "the second half", "the other half", "a third one"
    if _not_a_count(toks, i, a, bool(mod), cur):
        return None
    if a.kind == "words" and a.value == 1 and a.end == a.start + 1:
        return None  # "one of the", "one day": too vague to count
    s = toks[i].start
    j = a.end
    if a.kind == "fraction":
        return _fraction(text, toks, i, a, mod, kind, limit, pos)
    # a glued "+", "-plus" or a following "plus": a lower bound ("20-plus years")
    plus = False
    if j < len(toks) and toks[j].text == "+" and glued(toks, j):
        plus, j = True, j + 1
    elif j + 1 < len(toks) and toks[j].text in _DASHES and toks[j + 1].low == "plus" and glued(toks, j + 1):
        plus, j = True, j + 2
    elif j < len(toks) and toks[j].low == "plus" and not (j + 1 < len(toks) and toks[j + 1].is_digits):
        plus, j = True, j + 1
    pct, j = _percent(toks, j)
    lo_v, hi_v = a.value, None
    second: Quantity | None = None
    j_second = j
    b_amt: Amount | None = None
    # a range: "40-45%", "between 40 and 45 percent", "from 3 to 250 km", "4 and 5 thousand"
    if not plus and j < len(toks) and a.kind in ("digits", "words"):
        joiner = toks[j].low
        dash = toks[j].text in _DASHES
        if dash or joiner == "to" or (joiner == "and" and mod == "between"):
            cur2, k2 = _currency(toks, j + 1)
            b = read_amount(toks, k2, bool(cur or cur2)) if k2 < len(toks) else None
            ok = b is not None and b.kind in ("digits", "words") and (cur2 is None or cur2 == cur)
            if ok and dash:
                ok = b is not None and (b.kind == a.kind == "digits") and toks[j].end - toks[j].start == 1
            if ok and b is not None:
                b_amt = b
                pct_b, after_b = _percent(toks, b.end)
                b_val = b.value
                if a.scale == 1.0 and b.scale > 1.0 and a.value * b.scale <= b_val:
                    lo_v = a.value * b.scale  # "4 and 5 thousand": the scale is written once
                if b_val > lo_v:
                    hi_v, j = b_val, after_b
                    pct = pct or pct_b
                elif mod == "from" and b_val < lo_v:  # "from 8 to 3": a change, two figures
                    second = Quantity(b_val, "", toks[b.start].start, toks[after_b - 1].end, None, b_val, b_val)
                    j_second = after_b
    e = toks[j - 1].end
    unit: str | None
    if cur:
        unit = cur
    elif pct:
        unit = pct
    else:
        number_end = e
        unit, ue = unit_after(text, e, pos, limit)
        if unit is not None:
            e = max(e, ue)
        glued_scale = _HYPHEN_SCALE.match(text, number_end) if unit in SCALE_WORDS else None
        if glued_scale:  # "a 78-million-euro contract": the scale and the unit glued to the number
            f = SCALE_WORDS[glued_scale.group(1).lower()]
            lo_v, hi_v = lo_v * f, (hi_v * f if hi_v is not None else None)
            unit = normalise_unit(glued_scale.group(2)) if glued_scale.group(2) else None
    if hi_v is None and _year_like(toks, a, cur, unit, mod):
        return [], a.end
    if hi_v is not None and b_amt is not None and _year_range(toks, a, b_amt, cur, unit, pct):
        return [], j  # "1990-1991", "from 2014 to 2016", "between 2010 and 2015"
    if hi_v is not None and b_amt is not None and _month_after(toks, b_amt):
        return [], j  # "between 6 and 8 June"
    low: float | None
    high: float | None
    if hi_v is not None:
        low, high = lo_v, hi_v
    elif plus:
        low, high = lo_v, None
    elif a.kind == "vague":
        low, high = a.low, a.high
        if kind == "lower":
            high = None
        elif kind == "upper":
            low = None
    else:
        low, high = _bounds(lo_v, kind)
    t = _trim(text, s, e)
    out = [Quantity(lo_v, t, s, s + len(t), unit, low, high)]
    nxt = _token_after(toks, s + len(t), j)
    if second is not None:
        su, se = (unit, second.end) if unit else unit_after(text, second.end, pos, limit)
        st = _trim(text, second.start, max(se, second.end))
        out.append(Quantity(second.value, st, second.start, second.start + len(st), su, second.low, second.high))
        nxt = max(nxt, j_second)
    elif mod == "from" and unit and not pct:
        follow = _change_to(text, toks, nxt, unit, limit, pos)  # "from eight workers to three"
        if follow is not None:
            out.append(follow[0])
            nxt = follow[1]
    return out, nxt


def _token_after(toks: list[Tok], offset: int, j: int) -> int:
    k = j
    while k < len(toks) and toks[k].start < offset:
        k += 1
    return k


def _change_to(
    text: str, toks: list[Tok], k: int, unit: str, limit: int, pos: dict[int, str] | None
) -> tuple[Quantity, int] | None:
    """The "to N" that ends "from N1 <unit> to N": N counts the same unit."""
    if k + 1 >= len(toks) or toks[k].low != "to":
        return None
    b = read_amount(toks, k + 1)
    if b is None or b.kind not in ("digits", "words") or _not_a_count(toks, k + 1, b, False, None):
        return None
    e = toks[b.end - 1].end
    own, ue = unit_after(text, e, pos, limit)
    if own is not None and own != unit:
        return None
    t = _trim(text, toks[k + 1].start, max(e, ue if own else e))
    s = toks[k + 1].start
    return Quantity(b.value, t, s, s + len(t), unit, b.value, b.value), _token_after(toks, s + len(t), b.end)


def _fraction(
    text: str, toks: list[Tok], i: int, a: Amount, mod: str, kind: str, limit: int, pos: dict[int, str] | None
) -> tuple[list[Quantity], int] | None:
    """A fraction: of an amount ("half of the promised $620 million") a bound in its unit, with the
    amount as the reference; of anything else ("nearly half of the cranes", "by a fifth") a share."""
    s = toks[i].start
    j = a.end
    whole = _of_amount(text, toks, j, limit, pos)
    if whole is not None:
        amt, unit, end, w_low, w_high, after = whole
        v = a.value * amt.value
        if kind:
            low, high = _bounds(v, kind)
        else:
            low = a.value * w_low if w_low is not None else None
            high = a.value * w_high if w_high is not None else None
        t = _trim(text, s, end)
        r0 = toks[amt.start].start
        rt = _trim(text, r0, end)
        ref = Quantity(amt.value, rt, r0, r0 + len(rt), unit, w_low, w_high, role="reference")
        return [Quantity(v, t, s, s + len(t), unit, low, high), ref], _token_after(toks, s + len(t), after)
    has_of = j < len(toks) and toks[j].low == "of"
    if not (mod or has_of or (i > 0 and toks[i - 1].low == "by")):
        return None  # "a third country", "a quarter century": not a share
    v = a.value * 100
    low, high = _bounds(v, kind)
    t = _trim(text, s, toks[j - 1].end)
    return [Quantity(v, t, s, s + len(t), "%", low, high)], j


def find_quantities(
    text: str,
    start: int = 0,
    end: int | None = None,
    exclude: Iterable[tuple[int, int]] = (),
    pos: dict[int, str] | None = None,
    carry: bool = True,
) -> list[Quantity]:
    """Quantities inside ``text[start:end]`` (offsets into ``text``), skipping ``exclude`` spans (dates).
    ``carry``: a bare figure counted by a verb takes its unit from the sentence before (``_carried_unit``).

    ``pos`` maps token start offsets to part-of-speech tags when a tagger ran: it
    lets the unit reader skip adjectives ("two terrorist groups" -> groups).
    """
    end = len(text) if end is None else end
    blocked = list(exclude)
    toks = tokenize(text, start, end)
    out: list[Quantity] = []
    i = 0
    while i < len(toks):
        got = _quantity_at(text, toks, i, end, pos)
        if got is None:
            i += 1
            continue
        qs, nxt = got
        if not qs:  # a date or a span of years read as a whole: nothing to count
            i = max(nxt, i + 1)
            continue
        main = qs[0]
        if any(main.start < b and main.end > a for a, b in blocked):
            i += 1
            continue
        out.extend(q for q in qs if not any(q.start < b and q.end > a for a, b in blocked))
        i = max(nxt, i + 1)
    if carry:
        out = [_carried_unit(text, toks, q, start, end) for q in out]
    return out


def _carried_unit(text: str, toks: list[Tok], q: Quantity, start: int, end: int) -> Quantity:
    """A bare figure that ends its clause as the object of a counting verb ("The register, which
    was checked twice, lists 1,712.") counts what the sentence before counted ("Varnel speaks of
    more than 1,900 cups."): it takes the unit of the last counted noun there (not a currency,
    percentage or time)."""
    if q.unit or q.role != "value":
        return q
    before = [t for t in toks if t.end <= q.start]
    if not before or before[-1].low not in COUNTING_VERBS:
        return q
    after = text[q.end : q.end + 3].lstrip()
    if after and after[0] not in ".;!?":
        return q
    head = text[max(0, start - CARRY_REACH) : start].rstrip()
    lo = max(0, start - CARRY_REACH)
    ends = [m.end() for m in _SENT_END.finditer(head)]
    if ends and ends[-1] == len(head):  # the claim opens its sentence: the one before
        ends.pop()
    ctx_start = lo + (ends[-1] if ends else 0)
    prev = find_quantities(text, ctx_start, lo + len(head), carry=False)
    nouns = [
        p.unit
        for p in prev
        if p.unit and p.role == "value" and p.unit not in TIME_UNITS and p.unit != "%" and not p.unit.isupper()
    ]
    return replace(q, unit=nouns[-1]) if nouns else q
