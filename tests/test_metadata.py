"""Metadata read from single page lines: dates, bylines, source lines, datelines, name kinds."""

from __future__ import annotations

import pytest

from sourcetrace.ingest.metadata import (
    date_in,
    date_line,
    date_line_info,
    date_prefix,
    is_org_name,
    is_person_name,
    parse_attribution,
    parse_byline,
    parse_credit,
    parse_dateline,
    spelled_out,
)


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("January 12, 2022", "2022-01-12"),
        ("Jan. 1, 2024", "2024-01-01"),
        ("Jan 1, 2024, 5:00 PM", "2024-01-01"),
        ("12 January 2022", "2022-01-12"),
        ("Wednesday, 12 January 2022", "2022-01-12"),
        ("Posted on January 12, 2022", "2022-01-12"),
        ("Published: 7 March 2023 10:32 GMT", "2023-03-07"),
        ("Last updated: March 8, 2023 at 9:15 am (EST)", "2023-03-08"),
        ("date 2025-01-19", "2025-01-19"),
        ("2023-03-07T09:15:00+02:00", "2023-03-07"),
        ("12/01/2022", "2022-01-12"),  # day first ...
        ("01/13/2022", "2022-01-13"),  # ... unless impossible
    ],
)
def test_date_lines(line: str, iso: str) -> None:
    assert date_line(line) == iso


@pytest.mark.parametrize(
    "line",
    [
        "Search News",
        "March 7",  # no year: unknown, not guessed
        "On January 3, 2020, the council met.",  # a date inside prose is not a date line
        "February 30, 2023",  # impossible date
        "Election results by district",
    ],
)
def test_not_date_lines(line: str) -> None:
    assert date_line(line) is None


def test_date_prefix_reports_label_and_rest() -> None:
    p = date_prefix(" date 2025-01-19 PORT ELM – The council met.")
    assert p is not None and p.iso == "2025-01-19" and p.label == "date"
    assert " date 2025-01-19 PORT ELM – The council met."[p.rest :].strip().startswith("PORT ELM")
    assert date_prefix("The council met on January 3, 2020.") is None


def test_date_in_finds_the_first_dated_expression() -> None:
    text = "Filed 7 March 2023; the vote on 2023-03-09 was delayed."
    iso, start, end = date_in(text) or ("", 0, 0)
    assert iso == "2023-03-07" and text[start:end] == "7 March 2023"


@pytest.mark.parametrize("name", ["Mira Okafor", "Tom Reyes", "J. R. Okafor", "Ali al-Hassan", "Dr. Ana Ruiz"])
def test_person_names(name: str) -> None:
    assert is_person_name(name) and not is_org_name(name)


@pytest.mark.parametrize(
    "name",
    ["Harbour News Agency", "The Harbour Gazette", "Coast TV", "Institute for Port Studies", "harbourgazette.com"],
)
def test_org_names(name: str) -> None:
    assert is_org_name(name) and not is_person_name(name)


@pytest.mark.parametrize("name", ["Okafor", "mira okafor", "Mira Okafor 2023", ""])
def test_not_person_names(name: str) -> None:
    assert not is_person_name(name)


@pytest.mark.parametrize(
    ("line", "author", "outlet", "published"),
    [
        ("by: Mira Okafor", "Mira Okafor", None, None),
        ("By Mira Okafor, March 7, 2023", "Mira Okafor", None, "2023-03-07"),
        ("By Mira Okafor for The Harbour Gazette", "Mira Okafor", "The Harbour Gazette", None),
        ("Written by Mira Okafor and Tom Reyes", "Mira Okafor and Tom Reyes", None, None),
        ("By Harbour Gazette staff", None, "Harbour Gazette", None),
    ],
)
def test_bylines(line: str, author: str | None, outlet: str | None, published: str | None) -> None:
    by = parse_byline(line)
    assert by is not None and (by.author, by.outlet, by.published) == (author, outlet, published)


@pytest.mark.parametrize("line", ["By the numbers", "By Tuesday, the ministry had cut 40 jobs.", "Bystanders ran"])
def test_not_bylines(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("line", "author", "outlet", "published"),
    [
        ("Source: Coast Herald", None, "Coast Herald", None),
        ("Source: (Harbour Gazette, January 12, 2022)", None, "Harbour Gazette", "2022-01-12"),
        ("As reported by The Harbour Gazette", None, "The Harbour Gazette", None),
        ("Reported by Harbour News Agency", None, "Harbour News Agency", None),
        ("Reported by Mira Okafor", "Mira Okafor", None, None),
        ("This article was originally published by Coast Herald.", None, "Coast Herald", None),
        ("Source: https://www.harbourgazette.com/news/1", None, "harbourgazette.com", None),
    ],
)
def test_attribution_lines(line: str, author: str | None, outlet: str | None, published: str | None) -> None:
    att = parse_attribution(line)
    assert att is not None and (att.author, att.outlet, att.published) == (author, outlet, published)


@pytest.mark.parametrize(
    "line", ["Sources said the minister will resign.", "Source:", "As reported earlier, prices rose"]
)
def test_not_attribution_lines(line: str) -> None:
    assert parse_attribution(line) is None


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [
        ("PORT ELM – The council met.", "PORT ELM", None),
        ("PORT ELM, Jan. 1 (HNA) – The council met.", "PORT ELM", "HNA"),
        ("LONDON (Coast Wire) - The council met.", "LONDON", "Coast Wire"),
        ("Port Elm (HNA) – The council met.", "Port Elm", "HNA"),
    ],
)
def test_datelines(line: str, place: str, agency: str | None) -> None:
    found = parse_dateline(line)
    assert found is not None
    dl, end = found
    assert (dl.place, dl.agency) == (place, agency)
    assert line[end:] == "The council met."


@pytest.mark.parametrize(
    "line", ["ACCORDING TO the report, the council met.", "UPDATE – the council met.", "The council met – again."]
)
def test_not_datelines(line: str) -> None:
    assert parse_dateline(line) is None


def test_spelled_out_agency_code() -> None:
    assert spelled_out("HNA", "Reported by Harbour News Agency\n") == "Harbour News Agency"
    assert spelled_out("HNA", "Nothing here matches") is None


# ---------------------------------------------------------------------------- follow-up: robust date lines


@pytest.mark.parametrize(
    ("line", "iso", "update_only"),
    [
        ("Updated 09:40 CET, 3 March 2021", "2021-03-03", True),  # label + time with zone before the date
        ("11:15 a.m. EST · Feb 2, 2022", "2022-02-02", False),
        ("2 Feb 2022 | 4 min read", "2022-02-02", False),  # reading-time furniture after the date
        ("Feb 2, 2022 • Reading time: 7 minutes", "2022-02-02", False),
        ("Last modified: 5 May 2020 16:20 +02:00", "2020-05-05", True),
        ("Published 4 May 2020 | Updated 5 May 2020 08:00 UTC", "2020-05-04", False),  # Published wins
        ("Updated 5 May 2020 · Published 4 May 2020", "2020-05-04", False),  # in either order
        ("Posted: 4 May 2020 at 3:05 p.m. | Updated 17:00", "2020-05-04", False),
    ],
)
def test_date_line_info_strips_labels_times_and_furniture(line: str, iso: str, update_only: bool) -> None:
    assert date_line_info(line) == (iso, update_only)
    assert date_line(line) == iso


@pytest.mark.parametrize(
    "line",
    [
        "The ferry timetable changed on 2 Feb 2022 after the strike.",  # a date inside prose
        "2 Feb 2022 | Mayor resigns over harbour contract",  # a date heading a headline
    ],
)
def test_date_line_info_rejects_non_date_lines(line: str) -> None:
    assert date_line_info(line) is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("(Reporting by Ana Costa; editing by Piet de Vries)", "Ana Costa"),
        ("Reporting by Ana Costa in Port Elm; Editing by Piet de Vries", "Ana Costa"),
        ("Reporting by Ana Costa and Lars Berg; Additional reporting by Yuki Sato; Editing by Piet de Vries",
         "Ana Costa and Lars Berg"),
        ("Writing by Lars Berg; Editing by Piet de Vries", "Lars Berg"),  # no reporter: the writer
        ("(Editing by Piet de Vries)", None),  # an editor is never the author
    ],
)  # fmt: skip
def test_parse_credit_takes_the_reporter(line: str, author: str | None) -> None:
    credit = parse_credit(line)
    assert credit is not None
    assert credit.author == author


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by volunteers helped the council map the flooded streets.",  # body prose, no credited person
        "By Ana Costa",  # a byline, not a closing credit
        "Photos by Ana Costa",
    ],
)
def test_parse_credit_rejects_other_lines(line: str) -> None:
    assert parse_credit(line) is None


def test_all_caps_byline_name_is_title_cased() -> None:
    by = parse_byline("By ANA COSTA")
    assert by is not None and by.author == "Ana Costa"
