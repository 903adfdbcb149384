"""Unit nouns after a number: which noun a figure counts, in one spelling ("kilometres" -> "km").

Used by ``analyze.quantities``. The reader walks right from the number over modifiers
(adjectives, participles before a noun, capitalised names, hyphenated compounds, "ship-to-shore
and yard") and filler words ("12 more people", "three of the injured workers") to the first
noun; it gives up at a word that leaves the noun phrase ("410,000 TEU last year" counts TEU,
never "year"). Abbreviated units of measure count even when capitalised ("TEU", "MW").
"""

from __future__ import annotations

import re

__all__ = [
    "UNITS",
    "MEASURE_ABBREVIATIONS",
    "TEMPERATURE_UNITS",
    "TIME_UNITS",
    "normalise_unit",
    "unit_after",
    "participle",
]

UNITS = {
    "kilometer": "km", "kilometre": "km", "km": "km", "kms": "km", "mile": "mi", "mi": "mi",
    "meter": "m", "metre": "m", "kilogram": "kg", "kg": "kg", "kilo": "kg", "ton": "t", "tonne": "t",
    "percent": "%", "per cent": "%", "%": "%", "pct": "%", "dollar": "USD", "$": "USD", "usd": "USD",
    "euro": "EUR", "€": "EUR", "eur": "EUR", "£": "GBP", "pound": "GBP", "gbp": "GBP", "km²": "km2",
    "square kilometer": "km2", "hour": "hour", "hr": "hour", "minute": "minute", "min": "minute",
    "day": "day", "week": "week", "month": "month", "year": "year", "people": "person", "persons": "person",
    "men": "man", "women": "woman", "children": "child", "lives": "life", "times": "times", "centimetre": "cm",
    "centimeter": "cm", "cm": "cm", "millimetre": "mm", "millimeter": "mm", "mm": "mm", "foot": "ft",
    "feet": "ft", "ft": "ft", "hectare": "ha", "ha": "ha", "litre": "l", "liter": "l",
}  # fmt: skip
# Units of measure written as abbreviations or acronyms: a unit even when capitalised ("410,000 TEU").
MEASURE_ABBREVIATIONS = frozenset(
    "teu feu mw gw kw kwh mwh gwh twh bpd mph kph km kg cm mm ml ft mi ha sq km² pct".split()
)
# Words that sit between a number and its unit noun and are skipped ("12 more people", "5 new cases").
SKIP = frozenset("more additional other new extra further of the".split())
# A unit reader that meets one of these has left the noun phrase: "410,000 TEU last year".
UNIT_STOP = frozenset(
    "last next this that these those every each per a an ago since earlier later previous following "
    "to in on at by with for from into over under than as through until till when where which who whom "
    "whose while is are was were will would has have had be been not but because if nor yet then though although "
    "unless whether".split()
)
TIME_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute"})
# a temperature: "44.7C", "44.7 °C", "46.1 degrees", "112.5F", "46 degrees Celsius" (a scale that is not
# named, as in "46.1 degrees", is read as Celsius; Fahrenheit is a unit of its own)
TEMPERATURE_UNITS = frozenset({"degree", "degree_f"})  # what ``unit_after`` gives a temperature
TEMPERATURE = re.compile(
    r"\s?(?:°\s?(?:(?P<c>C)|(?P<f>F))|(?:(?P<c2>C)|(?P<f2>F))(?![\w'’-])|degrees?(?:\s+(?:Celsius|centigrade|(?P<f3>Fahrenheit)))?\b)"
)

WORD = re.compile(r"-?(?:[^\W\d_]|²)(?:[^\W\d_]|[²\-'’])*\.?|%")


def normalise_unit(word: str | None) -> str | None:
    """A unit noun to one spelling: 'kilometers' -> 'km', 'rockets' -> 'rocket'."""
    if not word:
        return None
    w = word.lower().strip(".")
    if w in UNITS:
        return UNITS[w]
    if w.upper() == word.strip(".") and w in MEASURE_ABBREVIATIONS:
        return word.strip(".").upper() if len(w) > 2 else w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        w = w[:-1]
    return UNITS.get(w, w)


def _next_word(text: str, i: int, limit: int) -> re.Match[str] | None:
    j = i + len(text[i:limit]) - len(text[i:limit].lstrip(" "))
    m = WORD.match(text, j, limit)
    return m


def participle(word: str) -> bool:
    return len(word) > 4 and (word.endswith("ed") or word.endswith("ing"))


def _is_currency(unit: str | None) -> bool:
    """A currency code as ``normalise_unit`` writes it ("EUR", "USD")."""
    return unit is not None and len(unit) == 3 and unit.isalpha() and unit.isupper()


def unit_after(
    text: str, pos: int, tags: dict[int, str] | None = None, limit: int | None = None
) -> tuple[str | None, int]:
    """The unit noun after a number: skips modifiers (adjectives, participles before a noun,
    capitalised names, hyphenated compounds, "ship-to-shore and yard"), stops at a word that
    leaves the noun phrase."""
    limit = len(text) if limit is None else limit
    tags = tags or {}
    i = pos
    after_modifier = False
    fallback: tuple[str | None, int] = (None, pos)
    scale = TEMPERATURE.match(text, pos, limit)
    if scale:  # "44.7C", "112.5 °F", "46 degrees Celsius"
        fahrenheit = scale.group("f") or scale.group("f2") or scale.group("f3")
        return ("degree_f" if fahrenheit else "degree"), scale.end()
    for _ in range(6):
        m = _next_word(text, i, limit)
        if not m:
            return fallback
        w = m.group(0)
        lw = w.lower().strip(".")
        tag = tags.get(m.start())
        if lw == "per":
            nxt = _next_word(text, m.end(), limit)
            if nxt and nxt.group(0).lower() == "cent":
                return "%", nxt.end()
        if lw in UNIT_STOP or lw.strip("-") in ("year-old", "years-old"):
            return fallback
        i = m.end()
        if lw in MEASURE_ABBREVIATIONS and (w.isupper() or w.islower()):
            return normalise_unit(w), i
        if w.startswith("-"):  # glued to the number: "30-year", "11-day"
            head = lw.lstrip("-").split("-")[0]
            return (normalise_unit(head), i) if head else fallback
        if lw in SKIP:
            continue
        nxt = _next_word(text, i, limit)
        next_is_noun = nxt is not None and (
            tags.get(nxt.start()) == "NOUN"
            if tags
            else nxt.group(0).islower() and nxt.group(0).lower() not in UNIT_STOP | SKIP | {"and", "or"}
        )
        if tag == "ADJ" or (tag == "ADV" and lw != "%"):
            after_modifier = True
            continue
        if tag in ("VERB", "AUX") or (not tags and participle(lw) and lw not in UNITS):
            if participle(lw) and next_is_noun:  # "7.9 million registered voters"
                after_modifier = True
                continue
            return fallback
        if lw in ("and", "or"):
            if after_modifier:  # "24 ship-to-shore and yard cranes"
                continue
            return fallback
        if tag in ("ADP", "CCONJ", "SCONJ", "PRON", "DET"):
            return fallback
        if lw == "times" or lw == "time" and text[pos : m.start()].strip() == "":
            return "times", i
        if w[:1].isupper() and normalise_unit(lw) not in UNITS.values():
            after_modifier = True  # a name or adjective of origin: "2,400 Velundian dockworkers"
            if lw.endswith("s") and not lw.endswith("ss") and w[1:].islower():
                fallback = (normalise_unit(lw), i)  # unless no noun follows: "45 Velundians"
            continue
        if "-" in lw.strip("-"):
            parts = lw.split("-")
            if parts[0] in TIME_UNITS or parts[0].rstrip("s") in TIME_UNITS:
                return normalise_unit(parts[0]), i
            after_modifier = True  # a hyphenated modifier: "ship-to-shore", "first-time"
            fallback = (normalise_unit(parts[-1]), i)
            continue
        if _is_currency(normalise_unit(lw)):  # "a 78 million euro deal": a sum of money, not a count of deals
            return normalise_unit(lw), i
        if tag == "NOUN":
            lw, i = _compound_head(text, lw, i, tags)
        return normalise_unit(lw), i
    return fallback


def _compound_head(text: str, word: str, end: int, tags: dict[int, str]) -> tuple[str, int]:
    """The head of a noun compound counted by a number: "two spillway gates" counts gates."""
    for _ in range(2):
        m = WORD.match(text, end + len(text[end:]) - len(text[end:].lstrip(" ")))
        if not m or m.start() == end or tags.get(m.start()) != "NOUN" or m.group(0)[:1].isupper():
            break
        word, end = m.group(0).lower().strip("."), m.end()
    return word, end


# Nouns for people (a closed class, shared by counts and framing): counts of any two of them may
# describe one group ("12 workers", "twelve members of the union") when the claims tell one event.
PERSON_UNITS = frozenset(
    """person man woman child boy girl worker employee staff member resident civilian soldier officer
    official victim passenger student patient citizen refugee migrant fighter volunteer protester
    demonstrator prisoner hostage firefighter player fan voter adult teenager casualty crew sailor seafarer
    people fisher miner farmer journalist reporter doctor nurse pilgrim tourist guest delegate inmate detainee
    survivor rescuer trader pupil teacher crewmember youngster diplomat envoy ambassador participant attendee
    marcher mourner spectator onlooker picketer""".split()
)
# "fishermen", "policemen", "firemen": a noun for people whatever its first part ("specimen" is not)
PERSON_SUFFIX = re.compile(r"^[a-z]{3,}(?:man|men|woman|women)$")
NOT_PERSONS = frozenset("specimen regimen abdomen stamen".split())


def is_person_unit(unit: str | None) -> bool:
    """A noun that counts people: "crew", "workers", "fishermen" (see PERSON_UNITS, PERSON_SUFFIX)."""
    return bool(unit) and (unit in PERSON_UNITS or (bool(PERSON_SUFFIX.match(unit or "")) and unit not in NOT_PERSONS))
