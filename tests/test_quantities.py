"""Quantities (analyze.quantities, analyze.numbers, analyze.units): how numbers are written,
their bounds, fractions of amounts, ranges, and what is not a quantity."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sourcetrace.analyze.quantities import find_quantities
from sourcetrace.model import Quantity


def values(text: str) -> list[Quantity]:
    return [q for q in find_quantities(text) if q.role == "value"]


def one(text: str) -> Quantity:
    qs = values(text)
    assert len(qs) == 1, (text, qs)
    return qs[0]


# ------------------------------------------------------------------ numbers in words and scales


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The firm lost half a billion dollars.", 5e8, "USD"),
        ("Rescuers saw two dozen boats.", 24, "boat"),
        ("A dozen boats sank.", 12, "boat"),
        ("They sold half a dozen boats.", 6, "boat"),
        ("It cost 1.2bn euros.", 1.2e9, "EUR"),
        ("The fund raised $3.5m.", 3.5e6, "USD"),
        ("The fund raised US$2bn.", 2e9, "USD"),
        ("They built twenty-four boats.", 24, "boat"),
        ("They built two hundred and fifty boats.", 250, "boat"),
        ("About one and a half million tourists came.", 1.5e6, "tourist"),
        ("The council wrote eleven times.", 11, "times"),
        ("a 5km road", 5, "km"),
        ("a 1.5-kilometre tunnel", 1.5, "km"),
    ],
)
def test_numbers_in_words_and_scales(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert q.value == pytest.approx(value) and q.unit == unit


def test_lower_bounds_on_word_numbers() -> None:
    q = one("The firm says it spent more than half a million dollars.")
    assert (q.low, q.high, q.unit) == (5e5, None, "USD")
    plus = one("He spent 20 plus years abroad.")
    assert (plus.low, plus.high, plus.unit) == (20, None, "year")


def test_vague_plurals_are_bounds() -> None:
    tens = one("Tens of thousands of farmers marched.")
    assert (tens.low, tens.high, tens.unit) == (20_000, 100_000, "farmer")
    hundreds = one("hundreds of sailors")
    assert hundreds.low == 200 and hundreds.high == 1000
    assert one("dozens of sailors").low == 24


def test_a_word_that_starts_like_a_number_is_none() -> None:
    assert find_quantities("The tender was won by a rival.") == []
    assert find_quantities("Tenants left; the often quiet street emptied.") == []


# ---------------------------------------------------------------------------- fractions


def test_fraction_of_an_amount_bounds_the_fraction_and_marks_the_whole() -> None:
    qs = find_quantities("Less than half of the promised $620 million was spent.")
    value = [q for q in qs if q.role == "value"]
    ref = [q for q in qs if q.role == "reference"]
    assert len(value) == 1 and len(ref) == 1
    assert (value[0].unit, value[0].low, value[0].high) == ("USD", None, 3.1e8)
    assert ref[0].value == 6.2e8 and ref[0].text == "$620 million"


def test_fraction_of_a_counted_whole() -> None:
    qs = find_quantities("Over half of the 1,200 employees went on strike.")
    value = [q for q in qs if q.role == "value"][0]
    assert (value.value, value.unit, value.low, value.high) == (600, "employee", 600, None)
    assert [q.value for q in qs if q.role == "reference"] == [1200]


def test_fraction_of_a_share_is_a_percentage() -> None:
    q = one("Nearly half of the buses are broken.")
    assert (q.unit, q.low, q.high) == ("%", 45, 50)
    fifth = one("The price fell by a fifth.")
    assert (fifth.value, fifth.unit) == (20, "%")
    assert one("a quarter of the voters").value == 25


def test_ordinal_or_counted_halves_and_thirds_are_not_fractions() -> None:
    assert values("Growth slowed in the second half of the year.") == []
    assert values("A third country joined the talks.") == []
    assert values("Fans left at half-time.") == []


# ------------------------------------------------------------------------------- ranges


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("The party won between 40 and 45 percent of the vote.", 40, 45, "%"),
        ("The party won 40-45% of the vote.", 40, 45, "%"),
        ("The party won 40% to 45% of the vote.", 40, 45, "%"),
        ("Rockets flew from 3 to 250 km.", 3, 250, "km"),
        ("Rockets flew between 3 to 250 km.", 3, 250, "km"),
        ("between 4 and 5 thousand tickets", 4000, 5000, "ticket"),
        ("50,000-60,000 people marched", 50_000, 60_000, "person"),
    ],
)
def test_ranges_keep_both_bounds(text: str, low: float, high: float, unit: str) -> None:
    q = one(text)
    assert (q.low, q.high, q.unit) == (low, high, unit)


def test_from_a_larger_to_a_smaller_number_is_a_change() -> None:
    qs = values("The crew was cut from eight workers to three.")
    assert [(q.value, q.unit) for q in qs] == [(8, "worker"), (3, "worker")]


# ------------------------------------------------------------------ not quantities; units


@pytest.mark.parametrize(
    "text",
    [
        "The vote was held on 3 March.",
        "The vote was held on May 13 in the north.",
        "The vote was held in 2024.",
        "The 2016 deal was signed quickly.",
        "The fire started at 11 p.m. near the gate.",
        "The meeting began at 11:30 sharp.",
        "It grew in the 1990s.",
        "Drones were moved to T-4 airbase.",
        "The conference (1990-1991) was long.",
        "Rain fell between 6 and 8 June.",
        "He came 3rd in the race.",
        "He entered the building at 22.50 hours on Monday.",  # a time of day, not a length of time
    ],
)
def test_dates_times_and_labels_are_not_quantities(text: str) -> None:
    assert values(text) == [], text


def test_unit_is_the_noun_counted_not_a_time_word() -> None:
    q = one("Volumes reached about 410,000 TEU last year.")
    assert q.unit == "TEU" and q.low == pytest.approx(369_000)
    assert one("The port handled 600,000 containers a year.").unit == "container"
    assert one("Some 1.2 million first-time voters registered.").unit == "voter"
    assert one("Police held 45 Palestinians.").unit == "palestinian"


def test_bound_modifiers() -> None:
    assert one("as many as 300 people").high == 300 and one("as many as 300 people").low is None
    just = one("He won just over 52 percent.")
    assert just.low == 52 and just.high == pytest.approx(57.2)
    to = one("They lengthened the quay to 1,200 metres.")  # "to" is no modifier
    assert (to.low, to.high) == (1200, 1200)


def test_a_negated_bound_is_the_other_bound() -> None:
    night = one("When the temperature does not fall below 28 degrees at night, the body cannot rest.")
    assert (night.low, night.high) == (28, None)
    toll = one("The toll did not rise above 40 people.")
    assert (toll.low, toll.high) == (None, 40)
    plain = one("The temperature fell below 28 degrees at night.")
    assert (plain.low, plain.high) == (None, 28)


# ------------------------------------------------------------------------------ properties

_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
    "seventeen eighteen nineteen".split()  # fmt: skip
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _spell(n: int) -> str:
    """English words for 0 < n < 1,000,000 ("two hundred and fifty", "twenty-four thousand")."""
    if n >= 1000:
        head, rest = divmod(n, 1000)
        return _spell(head) + " thousand" + ((" and " if rest < 100 else " ") + _spell(rest) if rest else "")
    if n >= 100:
        head, rest = divmod(n, 100)
        return _ONES[head] + " hundred" + (" and " + _spell(rest) if rest else "")
    if n >= 20:
        t, u = divmod(n, 10)
        return _TENS[t] + ("-" + _ONES[u] if u else "")
    return _ONES[n]


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=2, max_value=10**9), st.booleans())
def test_any_count_in_digits_round_trips(n: int, commas: bool) -> None:
    written = f"{n:,}" if commas else str(n)
    if not commas and len(written) == 4 and 1600 <= n <= 2100:
        written = f"{n:,}"  # a bare year-shaped number before a noun may be a year ("2016 boats")
    q = one(f"Inspectors counted {written} boats in the bay.")
    assert (q.value, q.unit, q.low, q.high) == (n, "boat", n, n)


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value="0.1", max_value="999.9", places=1), st.sampled_from(["m", "bn", " million", " billion"]))
def test_any_amount_with_a_currency_and_scale_round_trips(d, scale: str) -> None:
    factor = {"m": 1e6, "bn": 1e9, " million": 1e6, " billion": 1e9}[scale]
    q = one(f"The ministry paid ${d}{scale} last week.")
    assert q.unit == "USD" and q.value == pytest.approx(float(d) * factor)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=2, max_value=999_999))
def test_any_count_in_words_round_trips(n: int) -> None:
    q = one(f"Inspectors counted {_spell(n)} boats in the bay.")
    assert (q.value, q.unit) == (n, "boat")


@settings(max_examples=100, deadline=None)
@given(
    st.integers(min_value=2, max_value=10**6),
    st.sampled_from(["about", "nearly", "at least", "more than", "up to", "less than", "some", "just over", ""]),
)
def test_bounds_hold_the_value(n: int, mod: str) -> None:
    q = one(f"Inspectors counted {mod} {n:,} boats.".replace("  ", " "))
    assert q.low is None or q.low <= q.value + 1e-9
    assert q.high is None or q.value <= q.high + 1e-9
    assert q.low is not None or q.high is not None


def test_a_bare_counted_figure_takes_the_noun_of_the_sentence_before() -> None:
    text = "Varnel now speaks of more than 1,900 cups. The register, which was checked twice, lists 1,712. It rained."
    s = text.index("The register")
    got = find_quantities(text, s, text.index(" It rained"))
    assert [(q.value, q.unit) for q in got] == [(1712.0, "cup")]
    # no counting verb, or a figure that does not end its clause: nothing carried
    other = "Varnel now speaks of 1,900 cups. The register gave 1,712 to the archive."
    assert [q.unit for q in find_quantities(other, other.index("The register"))] == [None]


def test_the_particle_of_a_phrasal_verb_is_no_bound() -> None:
    # "handed over 40 prisoners": the prisoners handed over, exactly 40; "freed over 40": more than 40
    (q,) = find_quantities("The Varnel army handed over 40 prisoners at the bridge.")
    assert (q.text, q.low, q.high) == ("40 prisoners", 40.0, 40.0)
    (q,) = find_quantities("The Varnel army freed over 40 prisoners at the bridge.")
    assert (q.low, q.high) == (40.0, None)


def test_a_decimal_comma_is_read_as_a_decimal_point_and_thousands_commas_are_not() -> None:
    # translated pages write "44,7 degrees" and "2,3 million euro"; a thousands comma has three digits
    got = [(q.value, q.unit) for q in find_quantities("The city measured 44,7 degrees on Tuesday.")]
    assert got == [(44.7, "degree")]
    assert [q.value for q in find_quantities("the bribes of more than 2,3 million euro")] == [2_300_000]
    assert [q.value for q in find_quantities("1,350 head of cattle were culled")] == [1350]
    assert [q.value for q in find_quantities("in 2019, 20 people were hurt")] == [20]


def test_a_scale_in_the_plural_or_glued_by_hyphens_scales_the_figure() -> None:
    # translated pages write "78 millions euro"; English writes "a 78-million-euro contract"
    got = [(q.value, q.unit) for q in find_quantities("the contract of 78 millions euro for the ring road")]
    assert got == [(78_000_000, "EUR")]
    got = [(q.value, q.unit) for q in find_quantities("steering a 78-million-euro contract to the firm")]
    assert got == [(78_000_000, "EUR")]
    assert [q.value for q in find_quantities("a 2-billion-dollar deal")] == [2e9]
    assert [(q.value, q.unit) for q in find_quantities("a 40-km stretch of road")] == [(40, "km")]
    assert [q.value for q in find_quantities("thousands of people marched")] == [2000]  # a vague plural stays vague


def test_a_currency_before_another_noun_is_the_unit_of_the_sum() -> None:
    # "the 78 million euro deal" is a sum of money, not a count of deals
    got = [(q.value, q.unit) for q in find_quantities("The case concerns the 78 million euro deal to build it.")]
    assert got == [(78_000_000, "EUR")]
    assert [q.unit for q in find_quantities("40 euro notes were found")] == ["EUR"]
    assert [q.unit for q in find_quantities("about 5 km of road were closed")] == ["km"]


def test_temperatures_are_read_with_their_scale() -> None:
    text = "The temperature reached 44.7C (112.5F) on Tuesday; it was 46 degrees Celsius at noon and 40 °C at night."
    got = [(q.value, q.unit) for q in find_quantities(text)]
    assert got == [(44.7, "degree"), (112.5, "degree_f"), (46.0, "degree"), (40.0, "degree")]
    planes = find_quantities("The air force sent 7 C-130 planes.")
    assert all(q.unit != "degree" for q in planes)
