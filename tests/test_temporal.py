"""Dates (analyze.temporal): dates without a year and weekdays resolved by the tense of their
clause, relative dates, and the dateline fallback for an article without a page date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sourcetrace.analyze.temporal import dateline_date, find_dates

PAGE = "2024-05-14"  # a Tuesday


def dates(text: str, published: str | None = PAGE) -> list[str]:
    return [d.value for d in find_dates(text, published=published)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The operator has until 12 June to leave the terminal.", "2024-06-12"),
        ("The court must rule by 20 March.", "2025-03-20"),
        ("The talks will resume on 2 May.", "2025-05-02"),
        ("The hearing is scheduled for 3 April.", "2025-04-03"),
        ("The cabinet revoked the concession on 13 May.", "2024-05-13"),
        ("The portal was down until 3 June.", "2023-06-03"),  # past tense: "until" looks back
        ("The plant opened on 20 July.", "2023-07-20"),
        ("Fans queued on 12 May.", "2024-05-12"),  # no tense word: the latest one before the page
    ],
)
def test_month_and_day_resolve_by_tense(text: str, value: str) -> None:
    assert dates(text) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The cabinet revoked the concession last Friday.", "2024-05-10"),
        ("He arrived on Tuesday.", "2024-05-14"),  # the page's own day
        ("The board will meet on Friday.", "2024-05-17"),
        ("They meet next Tuesday.", "2024-05-21"),
        ("He was arrested on Sunday.", "2024-05-12"),
        ("The crew was cut in the months before Monday's fire.", "2024-05-13"),  # "before" looks back
    ],
)
def test_weekdays_resolve_by_tense(text: str, value: str) -> None:
    assert dates(text) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Last May a fire burned 400 hectares.", "2023-05"),  # the page's own month: the year before
        ("Last April a fire burned 400 hectares.", "2023-04"),  # a month just gone would be "last month"
        ("Last February a fire burned 400 hectares.", "2024-02"),  # this year's
        ("Last December a fire burned 400 hectares.", "2023-12"),
        ("In April a fire burned 400 hectares.", "2024-04"),
    ],
)
def test_last_and_a_month_name(text: str, value: str) -> None:
    assert dates(text) == [value]


def test_bare_months_resolve_by_tense() -> None:
    assert dates("Talks are due to finish by June.") == ["2024-06"]
    assert dates("The plant closed in June.") == ["2023-06"]
    assert dates("The rules change next March.") == ["2025-03"]
    # a forecast told in the past tense of reported speech still looks ahead
    assert dates("An analyst said prices were likely to climb by 8 percent by December.") == ["2024-12"]


def test_may_as_a_month_after_a_day_and_not_the_verb() -> None:
    assert dates("The vote came on 13 May.") == ["2024-05-13"]
    assert dates("Prices may 3 times rise.") == []


def test_dateline_with_a_year_dates_an_undated_article() -> None:
    text = "LUBANZA, May 14, 2024 (KNA) – The cabinet met on Monday and said the operator has until 12 June."
    assert dateline_date(text) == dt.date(2024, 5, 14)
    assert dates(text, None) == ["2024-05-14", "2024-05-13", "2024-06-12"]
    # a page date beats the dateline; a dateline without a year gives no year
    assert dates(text, "2023-05-30")[1:] == ["2023-05-29", "2023-06-12"]
    assert dates("MASSELO, March 4 (Lodestar) – The vote on Sunday was calm.", None) == []
    assert dateline_date("The vote on Sunday was calm, officials said on May 4, 2024.") is None


_MONTHS = "January February March April May June July August September October November December".split()


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31)), st.integers(1, 12), st.integers(1, 28))
def test_forward_and_backward_within_a_year(base: dt.date, month: int, day: int) -> None:
    ahead = find_dates(f"The firm has until {day} {_MONTHS[month - 1]} to pay.", published=base.isoformat())
    behind = find_dates(f"The firm was fined on {day} {_MONTHS[month - 1]}.", published=base.isoformat())
    a = dt.date.fromisoformat(ahead[0].value)
    b = dt.date.fromisoformat(behind[0].value)
    assert (a.month, a.day, b.month, b.day) == (month, day, month, day)
    assert base <= a < base + dt.timedelta(days=366)
    assert base - dt.timedelta(days=366) < b <= base + dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Second round to be held on 2 June", "2024-06-02"),  # a headline: "to be" looks ahead
        ("The court has listed the case for a full hearing on 9 May.", "2025-05-09"),
        ("The ministry set the auction for 30 June.", "2024-06-30"),
        ("The judge adjourned the trial until 2 May.", "2025-05-02"),
        ("The final payment is due on 11 April.", "2025-04-11"),
        ("Rebels set fire to the depot on 2 May.", "2024-05-02"),  # "set" without "for": the past
        ("The clinic was listed in the report on 2 May.", "2024-05-02"),  # "listed" without "for"
    ],
)
def test_scheduling_cues_send_a_yearless_date_ahead(text: str, value: str) -> None:
    assert dates(text) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Nobody called us before the fourth of March.", "2024-03-04"),
        ("The ceasefire began on the twenty-first of April 2019.", "2019-04-21"),
        ("The treaty was signed on the first day of May, 2001.", "2001-05-01"),
        ("Work stopped on March the ninth.", "2024-03-09"),
    ],
)
def test_ordinal_word_days(text: str, value: str) -> None:
    assert dates(text) == [value]


def test_undated_article_takes_the_year_of_its_full_dates() -> None:
    text = "The permit was granted on 3 March 2031. It was revoked on 9 March, and talks resumed in January."
    assert dates(text, None) == ["2031-03-03", "2031-03-09", "2031-01"]
    # a bare year is no hint, and relative dates still need a page date
    assert dates("In 2019 the plant closed on 9 March and reopened on Monday.", None) == ["2019"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The first crates will reach Varnel by mid-March.", "2025-03"),
        ("The crates reached Varnel in the middle of March.", "2024-03"),
        ("Talks began in early March.", "2024-03"),
        ("The storm hit late March.", "2024-03"),
        ("The works must end by the end of June.", "2024-06"),
    ],
)
def test_part_of_a_month_keeps_the_month(text: str, value: str) -> None:
    assert dates(text) == [value]


def test_parts_of_the_page_day_resolve() -> None:
    assert dates("The ship was boarded at 04:40 this morning.") == [PAGE]
    assert dates("They were held on the pier last night.") == ["2024-05-13"]


def test_today_with_a_verb_of_state_means_nowadays() -> None:
    assert dates("The museum does not dispute that the spring lies inside Varnel today.") == []
    assert dates("The find spot is on what is today the Varnel side of the border.") == []
    assert dates("The vote is today.") == [PAGE]
    assert dates("The minister is meeting the envoy today.") == [PAGE]


def test_undated_article_leaves_a_day_and_month_unresolved() -> None:
    # "Nov 7" is not given the year of an earlier month named in the body ("March 2021")
    text = "The Varnel plant opened in March 2021. Workers walked out on Nov 7, the union said."
    assert dates(text, None) == ["2021-03"]


def test_weekday_before_a_yearless_date_picks_its_year() -> None:
    # page of Wednesday 18 Nov 2026; the present tense says nothing, the weekday does: 20 Nov is a Friday in 2026
    text = "The guild calls a stoppage at all depots on Friday 20 November and a march on Sunday 22 November."
    found = {d.text: d.value for d in find_dates(text, published="2026-11-18")}
    assert found == {"Friday 20 November": "2026-11-20", "Sunday 22 November": "2026-11-22"}


def test_weekday_before_a_date_is_part_of_it_not_a_day_of_its_own() -> None:
    # page of Tuesday 13 Oct 2026: "on Monday" alone would be 12 October; written before "October 5"
    # it names that day (a Monday), so the claim tells one day, not two
    text = "The convoy pulled up at the barrier on Monday, October 5, the day after the quake."
    assert [(d.text, d.value) for d in find_dates(text, published="2026-10-13")] == [
        ("Monday, October 5", "2026-10-05")
    ]
    text = "It reached the town on the evening of Tuesday, Oct. 6, after loading in the port."
    assert [(d.text, d.value) for d in find_dates(text, published="2026-10-13")] == [("Tuesday, Oct. 6", "2026-10-06")]


def test_present_perfect_with_an_event_looks_ahead() -> None:
    page = "2026-11-19"  # a Thursday
    assert dates("The guild has called a one-hour stoppage at all depots for Friday.", published=page) == ["2026-11-20"]
    assert dates("The guild has called a strike at depots across the region on Friday.", published=page) == [
        "2026-11-20"
    ]
    assert dates("Police have arrested three men on Monday.", published=page) == ["2026-11-16"]  # no event named
    # "already" looks back: the strike was announced on that day, before the report
    assert dates("We have announced this strike already on 21 October.", published=page) == ["2026-10-21"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The governor declared Thursday a day of mourning.", "2024-05-16"),  # the day it names is to come
        ("The council named Friday a public holiday.", "2024-05-17"),
        ("The governor declared a state of emergency on Thursday.", "2024-05-09"),  # the declaring day
        # a period declared to start from a day starts after the declaration
        ("The governor declared three days of mourning from Friday.", "2024-05-17"),
        ("The strike lasted from Monday to Wednesday.", "2024-05-13"),  # no declaring verb: the past
    ],
)
def test_a_day_declared_something_lies_ahead(text: str, value: str) -> None:
    assert dates(text)[0] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a present passive tells no past: a day a few days after the page is this year's
        ("By decree, signed on 13 May, mourning is declared from 15 to 17 May.", ["2024-05-13", "2024-05-17"]),
        ("Fans queued on 17 May.", ["2023-05-17"]),  # the past tense: last year's
        ("By decree, mourning is declared from 15 to 30 May.", ["2023-05-30"]),  # too far ahead to be this year's
    ],
)
def test_a_day_told_without_tense_may_lie_a_few_days_ahead(text: str, value: list[str]) -> None:
    assert dates(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The verdict of 01.10.2026 was read out in Port Elm.", ["2026-10-01"]),
        ("The ferry sailed on 3.2.2025 from Port Elm.", ["2025-02-03"]),  # dotted: day first
        ("The decree dated 25/03/2026 was annulled.", ["2026-03-25"]),  # 25 can only be the day
        ("The decree dated 03/25/2026 was annulled.", ["2026-03-25"]),
        ("The decree dated 03/04/2026 was annulled.", []),  # day or month first: unknown
    ],
)
def test_numeric_dates_with_a_four_digit_year(text: str, value: list[str]) -> None:
    assert dates(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The embassy asked for access on 13, 17 and 20 April.", ["2024-04-13", "2024-04-17", "2024-04-20"]),
        ("The ferry to Port Elm was cancelled on 5 or 6 March 2023.", ["2023-03-05", "2023-03-06"]),
        # a span is one stretch of time: only its closing date
        ("Rain fell over the hills between 6 and 8 April.", ["2024-04-08"]),
        ("The talks in Port Elm ran from 9 to 12 March 2023.", ["2023-03-12"]),
    ],
)
def test_days_listed_before_one_month_name(text: str, value: list[str]) -> None:
    assert dates(text) == value


def test_a_bare_month_with_last_or_this_year_takes_that_year() -> None:
    assert (
        find_dates("In July of last year a fire burned the Varnel forest.", published="2026-08-18")[0].value
        == "2025-07"
    )
    assert [d.value for d in find_dates("In March this year the council voted.", published="2026-08-18")] == ["2026-03"]
    assert [d.value for d in find_dates("In July the council voted.", published="2026-08-18")] == ["2026-07"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Last year in August the barge Tellin was held for the same offence.", "2023-08"),
        ("This year, in March, the board of the Orvel cooperative met twice.", "2024-03"),
        ("Next year in June the new quay will open.", "2025-06"),
    ],
)
def test_year_phrase_before_a_month_names_its_year(text: str, value: str) -> None:
    assert dates(text) == [value]


@pytest.mark.parametrize(
    ("text", "value", "count"),
    [
        ("Since the heatwave began on 15 July 38 people have died.", "2023-07-15", "38 people"),
        ("On 3 March, 12 people were hurt.", "2024-03-03", "12 people"),
    ],
)
def test_a_count_after_a_day_date_is_not_its_year(text: str, value: str, count: str) -> None:
    # a tagger marks "15 July 38" as one date; the count that follows is no two-digit year (1938)
    from sourcetrace.analyze.quantities import find_quantities

    found = find_dates(text, published="2023-07-24" if "July" in text else PAGE, date_spans=[(0, len(text))])
    assert [d.value for d in found] == [value]
    assert count in [q.text for q in find_quantities(text)]


def test_a_day_date_keeps_the_year_written_after_it() -> None:
    assert dates("The vote was held on 5 May 2021.") == ["2021-05-05"]
    assert dates("The vote was held on May 5, 2021.") == ["2021-05-05"]
