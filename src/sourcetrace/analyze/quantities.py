"""Numbers with their unit and bounds ("at least 12", "between 3 and 250 km", "two kilometers").

Works on plain text (no tagger needed), so the link stage and benches can use it too.
Bounds: "at least/more than/over X" -> low=X; "up to/less than/under X" -> high=X;
"about/around/some X" -> X +/- 10%; "nearly/almost X" -> 0.9X..X; "between X and Y",
"X to Y", "X-Y" -> X..Y; a plain number -> low=high=X.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Quantity

__all__ = ["find_quantities", "normalise_unit"]

WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "a dozen": 12, "hundred": 100,
    "a hundred": 100, "a thousand": 1000,
}  # fmt: skip
SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6}
UNITS = {
    "kilometer": "km", "kilometre": "km", "km": "km", "kms": "km", "mile": "mi", "mi": "mi",
    "meter": "m", "metre": "m", "kilogram": "kg", "kg": "kg", "kilo": "kg", "ton": "t", "tonne": "t",
    "percent": "%", "per cent": "%", "%": "%", "dollar": "USD", "$": "USD", "usd": "USD", "euro": "EUR",
    "€": "EUR", "eur": "EUR", "£": "GBP", "pound": "GBP", "km²": "km2", "square kilometer": "km2",
    "hour": "hour", "hr": "hour", "minute": "minute", "min": "minute", "day": "day", "week": "week",
    "month": "month", "year": "year", "people": "person", "persons": "person", "men": "man", "women": "woman",
    "children": "child",
}  # fmt: skip
# Words that sit between a number and its unit noun and are skipped ("12 more people", "5 new cases").
SKIP = frozenset("more additional other new extra further of the".split())
LOWER = {"at least": 1.0, "more than": 1.0, "over": 1.0, "above": 1.0, "upwards of": 1.0, "in excess of": 1.0,
         "no fewer than": 1.0, "no less than": 1.0, "exceeding": 1.0}  # fmt: skip
UPPER = {"up to": 1.0, "at most": 1.0, "less than": 1.0, "fewer than": 1.0, "under": 1.0, "below": 1.0,
         "no more than": 1.0, "not more than": 1.0}  # fmt: skip
ABOUT = frozenset("about around approximately roughly some an estimated estimated nearly almost close to".split())

_NUMW = "|".join(sorted((re.escape(w) for w in WORDS), key=len, reverse=True))
_NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:{_NUMW}))"
_SCALE = r"(?:\s*(?:hundred|thousand|million|billion|trillion|bn)\b)?"
_MODS = "|".join(sorted((re.escape(w) for w in [*LOWER, *UPPER, *ABOUT, "between", "from"]), key=len, reverse=True))
QTY = re.compile(
    rf"(?<![\w.,])(?:(?P<mod>{_MODS})\s+)?(?P<cur>[$€£])?(?P<a>{_NUM})(?P<sa>{_SCALE})"
    rf"(?:\s*(?:-|–|to|and|or)\s*(?P<b>{_NUM})(?P<sb>{_SCALE}))?(?![\w]*\d)(?!st\b|nd\b|rd\b|th\b)(?P<pct>\s*%)?",
    re.I,
)
WORD = re.compile(r"[A-Za-z²\-]+\.?|%")


def _num(s: str) -> float | None:
    s = s.lower().strip()
    if s in WORDS:
        return float(WORDS[s])
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


def _scale(s: str | None) -> float:
    s = (s or "").strip().lower()
    return SCALES.get(s, 1.0) if s else 1.0


def normalise_unit(word: str | None) -> str | None:
    """A unit noun to one spelling: 'kilometers' -> 'km', 'rockets' -> 'rocket'."""
    if not word:
        return None
    w = word.lower().strip(".")
    if w in UNITS:
        return UNITS[w]
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        w = w[:-1]
    return UNITS.get(w, w)


def _unit_after(text: str, pos: int, tags: dict[int, str] | None = None) -> tuple[str | None, int]:
    """The unit noun after a number: skips capitalised modifiers and a few filler words."""
    i = pos
    for _ in range(3):
        m = WORD.match(text, i + len(text[i:]) - len(text[i:].lstrip(" ")))
        if not m:
            return None, pos
        w = m.group(0)
        i = m.end()
        lw = w.lower().strip(".")
        tag = tags.get(m.start()) if tags else None
        if tag == "ADJ" or (tag == "ADV" and lw != "%"):
            continue
        if tag in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON", "DET"):
            return None, pos
        if w.startswith("-"):
            lw = lw.lstrip("-")
            if lw in ("year-old", "years-old"):
                return None, pos
        if lw in SKIP or (w[:1].isupper() and normalise_unit(lw) not in UNITS.values()):
            continue
        if lw in ("and", "or", "to", "in", "on", "at", "by", "with", "for", "from", "times"):
            return None, pos
        if lw.split("-")[0] in ("year", "day", "week", "month", "hour", "minute") and "-" in lw:
            return normalise_unit(lw.split("-")[0]), i
        if tag == "NOUN":
            lw, i = _compound_head(text, lw, i, tags or {})
        return normalise_unit(lw.split("-")[0] if "-" in lw and lw.split("-")[0] else lw), i
    return None, pos


def _compound_head(text: str, word: str, end: int, tags: dict[int, str]) -> tuple[str, int]:
    """The head of a noun compound counted by a number: "two spillway gates" counts gates."""
    for _ in range(2):
        m = WORD.match(text, end + len(text[end:]) - len(text[end:].lstrip(" ")))
        if not m or m.start() == end or tags.get(m.start()) != "NOUN" or m.group(0)[:1].isupper():
            break
        word, end = m.group(0).lower().strip("."), m.end()
    return word, end


def find_quantities(
    text: str,
    start: int = 0,
    end: int | None = None,
    exclude: Iterable[tuple[int, int]] = (),
    pos: dict[int, str] | None = None,
) -> list[Quantity]:
    """Quantities inside ``text[start:end]`` (offsets into ``text``), skipping ``exclude`` spans (dates).

    ``pos`` maps token start offsets to part-of-speech tags when a tagger ran: it
    lets the unit reader skip adjectives ("two terrorist groups" -> groups).
    """
    end = len(text) if end is None else end
    blocked = list(exclude)
    out: list[Quantity] = []
    for m in QTY.finditer(text, start, end):
        s, e = m.start(), m.end()
        if any(s < b and e > a for a, b in blocked):
            continue
        a = _num(m["a"])
        if a is None:
            continue
        a_word = not m["a"][0].isdigit()
        if a_word and m["a"].lower() in ("one",) and not m["sa"] and not m["b"]:
            continue  # "one of the", "one day": too vague to count
        b = _num(m["b"]) if m["b"] else None
        joiner = text[m.end("a") + len(m["sa"] or "") : m.start("b")].strip().lower() if m["b"] else ""
        mod = (m["mod"] or "").lower()
        if b is not None and joiner in ("and", "or") and mod != "between":
            b = None  # "3 and 4 people" is a list, not a range, unless "between"
            e = m.end("sa") if m["sa"] else m.end("a")
        sb = _scale(m["sb"]) if b is not None else 1.0
        sa = _scale(m["sa"]) if m["sa"] else (sb if b is not None else 1.0)
        if b is not None and not m["sa"] and sb != 1.0 and a * sa > b * sb:
            sa = 1.0
        lo_v, hi_v = a * sa, (b * sb if b is not None else None)
        if hi_v is not None and hi_v < lo_v:
            hi_v = None
            e = m.end("sa") if m["sa"] else m.end("a")
        pct = bool(m["pct"]) and hi_v is None or bool(m["pct"])
        unit: str | None
        if m["cur"]:
            unit = UNITS[m["cur"]]
        elif pct:
            unit = "%"
        else:
            unit, ue = _unit_after(text, e, pos)
            if unit is not None and ue <= end:
                e = ue
        if unit is None and not a_word and m["a"].isdigit() and len(m["a"]) == 4 and 1600 <= a <= 2100:
            continue  # a year the date reader did not take
        value = lo_v
        low: float | None
        high: float | None
        if hi_v is not None:
            low, high = lo_v, hi_v
        elif mod in LOWER:
            low, high = lo_v, None
        elif mod in UPPER:
            low, high = None, lo_v
        elif mod in ("nearly", "almost", "close to"):
            low, high = lo_v * 0.9, lo_v
        elif mod in ABOUT:
            low, high = lo_v * 0.9, lo_v * 1.1
        else:
            low, high = lo_v, lo_v
        t = text[s:e].rstrip()
        if t.endswith(".") and len(t.split()[-1]) > 4:
            t = t[:-1]
        out.append(Quantity(value, t, s, s + len(t), unit, low, high))
    return out
