"""Numbers as news text writes them, read from a token list: the parsing half of ``quantities``.

* digits, with thousands separators and decimals: "1,800", "52.4";
* a scale after digits, as a word or glued suffix: "7.9 million", "1.2bn", "$3.5m" (the one-letter
  suffixes "m", "b" and "k" only after a currency sign: without one "5m" is five metres);
* cardinals in words: "eleven", "twenty-four", "two hundred and fifty", "a dozen", "two dozen",
  "one and a half million";
* fractions: "half", "a third", "two-thirds", "three quarters"; of a scale they are a number
  ("half a billion", "a quarter of a million", "half a dozen"), else a share, which the caller
  reads against what follows ("half of the cranes", "half of the promised $620 million");
* vague plurals, as bounds: "dozens" (24..120), "hundreds" (200..1000), "tens of thousands"
  (20,000..100,000), "hundreds of thousands" (200,000..1,000,000); "thousands", "millions" and
  "billions" alone have a lower bound only (they are used loosely for far larger counts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

__all__ = ["Tok", "Amount", "tokenize", "glued", "read_amount", "read_scale", "CARDINALS", "SCALE_WORDS", "FRACTIONS"]

CARDINALS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALE_WORDS = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "mn": 1e6, "mln": 1e6,
    "tn": 1e12, "trn": 1e12, "lakh": 1e5, "crore": 1e7,
}  # fmt: skip
_PLURAL_SCALES = frozenset({"thousands", "millions", "billions", "trillions"})
# glued to digits ("1.2bn"); the one-letter ones only after a currency sign ("$3.5m", "€2b")
SUFFIX_SCALES = {"bn": 1e9, "mn": 1e6, "mln": 1e6, "tn": 1e12, "trn": 1e12}
CURRENCY_SUFFIXES = {"m": 1e6, "b": 1e9, "k": 1e3}
FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
    "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
}  # fmt: skip
# vague plural -> (base, upper bound as a multiple of the base, or None)
VAGUE = {"dozens": (12.0, 10.0), "scores": (20.0, 10.0), "hundreds": (100.0, 10.0),
         "thousands": (1e3, None), "millions": (1e6, None), "billions": (1e9, None)}  # fmt: skip
VAGUE_OF = {"hundreds": 1e2, "thousands": 1e3, "millions": 1e6, "billions": 1e9}

# a decimal comma ("44,7 degrees", "2,3 million euros": one or two digits after it) or digits with
# thousands commas and a decimal point
_TOKEN = re.compile(r"\d+,\d{1,2}(?![\d,])|\d+(?:,\d{3})*(?:\.\d+)?|[^\W\d_]+|\S")
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")


@dataclass(frozen=True)
class Tok:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def is_digits(self) -> bool:
        return self.text[0].isdigit()


@dataclass(frozen=True)
class Amount:
    """A number read from tokens ``[start, end)``; ``kind`` says how it was written."""

    value: float
    start: int
    end: int
    kind: Literal["digits", "words", "fraction", "vague"]
    low: float | None = None  # bounds a vague plural implies
    high: float | None = None
    scale: float = 1.0  # the scale word or suffix read after it ("thousand" in "5 thousand")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """Digit runs, letter runs and single other characters, with offsets into ``text``."""
    end = len(text) if end is None else end
    return [Tok(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


def glued(toks: list[Tok], i: int) -> bool:
    """Token ``i`` touches the token before it (no space between)."""
    return 0 < i < len(toks) and toks[i - 1].end == toks[i].start


def _digits(s: str) -> float | None:
    try:
        return float(s.replace(",", ".") if _DECIMAL_COMMA.fullmatch(s) else s.replace(",", ""))
    except ValueError:
        return None


def read_scale(toks: list[Tok], j: int, currency: bool) -> tuple[float, int]:
    """The scale after a number at token ``j``: (factor, index after it); (1, j) when there is none.
    Two words multiply when the second is larger ("two hundred thousand")."""
    factor, k = 1.0, j
    if k < len(toks) and glued(toks, k) and toks[k - 1].is_digits:
        w = toks[k].low
        f = SUFFIX_SCALES.get(w) or SCALE_WORDS.get(w) or (CURRENCY_SUFFIXES.get(w) if currency else None)
        if f:
            return f, k + 1
        return 1.0, j
    last = 0.0
    while k < len(toks):
        w = toks[k].low
        f = 100.0 if w == "hundred" else SCALE_WORDS.get(w)
        if f is None and k == j and toks[k - 1].is_digits and w in _PLURAL_SCALES:
            f = SCALE_WORDS[w[:-1]]  # "78 millions euro": a scale written in the plural after digits
        if not f or f <= last:
            break
        factor *= f
        last = f
        k += 1
    return factor, k


def _read_words(toks: list[Tok], i: int) -> tuple[float, int] | None:
    """A cardinal in words from token ``i``: "twenty-four", "two hundred and fifty", "a dozen"."""
    n = len(toks)
    total, cur = 0.0, 0.0
    last: str | None = None
    j = i
    if toks[i].low in ("a", "an") and i + 1 < n and toks[i + 1].low in ("hundred", "dozen", *SCALE_WORDS):
        cur, last, j = 1.0, "a", i + 1
    back = j  # index after the last complete number
    while j < n:
        w = toks[j].low
        if w in CARDINALS and last in (None, "hundred", "scale", "and"):
            cur += CARDINALS[w]
            last, j = "unit", j + 1
        elif w in TENS and last in (None, "hundred", "scale", "and"):
            cur += TENS[w]
            last, j = "tens", j + 1
            if (
                j + 1 < n
                and toks[j].text in "-\u2010\u2011"
                and glued(toks, j)
                and glued(toks, j + 1)
                and 1 <= CARDINALS.get(toks[j + 1].low, 0) <= 9
            ):
                cur += CARDINALS[toks[j + 1].low]
                j += 2
        elif w == "hundred" and last in ("a", "unit"):
            cur *= 100
            last, j = "hundred", j + 1
        elif w in SCALE_WORDS and w.isalpha() and len(w) > 3 and last in ("a", "unit", "tens", "hundred"):
            total += cur * SCALE_WORDS[w]
            cur = 0.0
            last, j = "scale", j + 1
        elif w == "dozen" and last in ("a", "unit"):
            cur *= 12
            last, j = "dozen", j + 1
            back = j
            break
        elif w == "and" and last in ("hundred", "scale") and j + 1 < n and toks[j + 1].low in (*CARDINALS, *TENS):
            last, j = "and", j + 1
            continue
        else:
            break
        back = j
    if last in (None, "a") or back == i:
        return None
    value = total + cur
    return (value, back) if value > 0 or toks[i].low == "zero" else None


def _read_fraction(toks: list[Tok], i: int) -> tuple[float, int] | None:
    """ "half", "a third", "one-third", "two thirds", "three quarters": (fraction, index after)."""
    n = len(toks)
    w = toks[i].low
    if w == "half":
        return 0.5, i + 1
    num = 1.0 if w in ("a", "an", "one") else float(CARDINALS.get(w, 0))
    if not 1 <= num <= 9 or i + 1 >= n:
        return None
    j = i + 1
    if toks[j].text in "-\u2010\u2011" and glued(toks, j) and j + 1 < n:
        j += 1
    den = FRACTIONS.get(toks[j].low)
    if not den or (num > 1) != toks[j].low.endswith("s") or num >= den:
        return None
    return num / den, j + 1


def read_amount(toks: list[Tok], i: int, currency: bool = False) -> Amount | None:
    """The number that starts at token ``i``, with its scale, or None."""
    n = len(toks)
    t = toks[i]
    if t.is_digits:
        v = _digits(t.text)
        if v is None:
            return None
        j = i + 1
        v, j = _and_a_half(toks, j, v)
        f, j = read_scale(toks, j, currency)
        return Amount(v * f, i, j, "digits", scale=f)
    w = t.low
    if w in VAGUE:
        base, up = VAGUE[w]
        j = i + 1
        if j + 1 < n and toks[j].low == "of" and toks[j + 1].low in VAGUE_OF and VAGUE_OF[toks[j + 1].low] > base:
            base *= VAGUE_OF[toks[j + 1].low]
            up = 10.0
            j += 2
        return Amount(2 * base, i, j, "vague", 2 * base, base * up if up else None)
    if w == "tens" and i + 2 < n and toks[i + 1].low == "of" and toks[i + 2].low in VAGUE_OF:
        base = 10 * VAGUE_OF[toks[i + 2].low]
        return Amount(2 * base, i, i + 3, "vague", 2 * base, 10 * base)
    frac = _read_fraction(toks, i)
    if frac is not None:
        v, j = frac
        # "half a billion", "a quarter of a million", "half a dozen": a fraction of a scale
        k = j + 1 if j < n and toks[j].low == "of" else j
        if k + 1 < n and toks[k].low in ("a", "an"):
            s = toks[k + 1].low
            f = 12.0 if s == "dozen" else (100.0 if s == "hundred" else SCALE_WORDS.get(s, 0.0))
            if f and s.isalpha() and len(s) > 3:
                f2, end = read_scale(toks, k + 2, currency)
                return Amount(v * f * f2, i, end, "words")
            if w == "half" and k == j:
                return Amount(v, i, k + 1, "words")  # "half an hour", "half a mile"
        return Amount(v, i, j, "fraction")
    words = _read_words(toks, i)
    if words is None:
        return None
    v, j = words
    v, j = _and_a_half(toks, j, v)
    f, j = read_scale(toks, j, currency)
    return Amount(v * f, i, j, "words", scale=f)


def _and_a_half(toks: list[Tok], j: int, v: float) -> tuple[float, int]:
    """ "one and a half million", "2 and a half years": +0.5 before the scale."""
    if j + 2 < len(toks) and toks[j].low == "and" and toks[j + 1].low == "a" and toks[j + 2].low == "half":
        return v + 0.5, j + 3
    return v, j
