"""Metadata read from single page lines: dates, bylines, source lines, datelines, name kinds."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sourcetrace.ingest.dates import age_furniture, has_unsettled_date, iso_date, page_date_order, read_date_line
from sourcetrace.ingest.metadata import (
    Dateline,
    date_in,
    date_line,
    date_line_info,
    date_prefix,
    is_link_label,
    is_org_name,
    is_person_name,
    name_shaped,
    parse_attribution,
    parse_bare_byline,
    parse_byline,
    parse_credit,
    parse_dateline,
    republication_note,
    spelled_out,
    strip_link_label,
)
from sourcetrace.ingest.pagemeta import defined_acronym
from sourcetrace.ingest.widgets import kicker, section_label


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
        ("13/01/2022", "2022-01-13"),  # a field over 12 settles the order: day first ...
        ("01/13/2022", "2022-01-13"),  # ... or month first
        ("12.01.2022", "2022-01-12"),  # the dotted form is day first
        ("Wed 12/01/2022", "2022-01-12"),  # only 12 January 2022 was a Wednesday
        ("Thursday, 12/01/2022", "2022-12-01"),  # only 1 December 2022 was a Thursday
    ],
)
def test_date_lines(line: str, iso: str) -> None:
    assert date_line(line) == iso


def test_ambiguous_numeric_date_is_unknown_unless_an_order_is_given() -> None:
    assert date_line("12/01/2022") is None  # 12 January or 1 December: not guessed
    assert date_line_info("12/01/2022") == (None, False)  # still a date line, its value unknown
    assert date_line("12/01/2022", order="dmy") == "2022-01-12"
    assert date_line("12/01/2022", order="mdy") == "2022-12-01"
    assert date_line("13/01/2022", order="mdy") == "2022-01-13"  # the form beats the page's order


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


@pytest.mark.parametrize("name", ["Mira Adeyemo", "Tom Reyes", "J. R. Adeyemo", "Ali al-Hassan", "Dr. Ana Ruiz"])
def test_person_names(name: str) -> None:
    assert is_person_name(name) and not is_org_name(name)


@pytest.mark.parametrize(
    "name",
    ["Harbour News Agency", "The Harbour Gazette", "Coast TV", "Institute for Port Studies", "harbourgazette.com"],
)
def test_org_names(name: str) -> None:
    assert is_org_name(name) and not is_person_name(name)


@pytest.mark.parametrize("name", ["Adeyemo", "mira okafor", "Mira Adeyemo 2023", ""])
def test_not_person_names(name: str) -> None:
    assert not is_person_name(name)


@pytest.mark.parametrize(
    ("line", "author", "outlet", "published"),
    [
        ("by: Mira Adeyemo", "Mira Adeyemo", None, None),
        ("By Mira Adeyemo, March 7, 2023", "Mira Adeyemo", None, "2023-03-07"),
        ("By Mira Adeyemo for The Harbour Gazette", "Mira Adeyemo", "The Harbour Gazette", None),
        ("Written by Mira Adeyemo and Tom Reyes", "Mira Adeyemo and Tom Reyes", None, None),
        ("By Harbour Gazette staff", None, "Harbour Gazette", None),
        # a byline segment after the date line's segments (a section label, the date, a time)
        ("Political section | 14.07.2026 | 13:25 | Author: Mira Adeyemo", "Mira Adeyemo", None, "2026-07-14"),
        ("Opinion · 5 May 2020 · By Tom Reyes", "Tom Reyes", None, "2020-05-05"),
    ],
)
def test_bylines(line: str, author: str | None, outlet: str | None, published: str | None) -> None:
    by = parse_byline(line)
    assert by is not None and (by.author, by.outlet, by.published) == (author, outlet, published)


@pytest.mark.parametrize(
    "line",
    ["By the numbers", "By Tuesday, the ministry had cut 40 jobs.", "Bystanders ran", "News | Sport | By region"],
)
def test_not_bylines(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("line", "author", "outlet", "published"),
    [
        ("Source: Coast Herald", None, "Coast Herald", None),
        ("Source: (Harbour Gazette, January 12, 2022)", None, "Harbour Gazette", "2022-01-12"),
        ("As reported by The Harbour Gazette", None, "The Harbour Gazette", None),
        ("Reported by Harbour News Agency", None, "Harbour News Agency", None),
        ("Reported by Mira Adeyemo", "Mira Adeyemo", None, None),
        ("This article was originally published by Coast Herald.", None, "Coast Herald", None),
        ("Source: https://www.harbourgazette.com/news/1", None, "harbourgazette.com", None),
        ("Source: Fenwick Wire Service (FWS)", None, "Fenwick Wire Service", None),  # its code in brackets
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


# ---------------------------------------------------------------------------- follow-up: date-line furniture, order


@pytest.mark.parametrize(
    ("line", "iso", "lead"),
    [
        ("Published: 17.08.2021 | Updated 5 hours ago", "2021-08-17", None),  # a relative age beside the date
        ("August 17, 2021 9:05 AM EDT · Updated 2 hours ago", "2021-08-17", None),
        ("17/08/2021 • 1 day ago", "2021-08-17", None),
        ("2 Sep 2021 | 12 comments", "2021-09-02", None),
        ("9 June 2024 · Updated yesterday · 4 min read", "2024-06-09", None),
        ("Posted on 9 June 2024 | Leave a comment", "2024-06-09", None),
        ("Riverside Post · 17/08/2021 · 3 hrs ago", "2021-08-17", "Riverside Post"),  # a name before the date
        ("Ana Costa | June 9, 2024 | 6 min read", "2024-06-09", "Ana Costa"),
    ],
)
def test_date_lines_with_ages_counts_and_a_leading_name(line: str, iso: str, lead: str | None) -> None:
    found = read_date_line(line)
    assert found is not None and (found.iso, found.lead) == (iso, lead)


@pytest.mark.parametrize(
    "line",
    [
        "Riverside Post reported on 9 June 2024 that the dam held",  # a clause, not a name, before the date
        "Lakes and rivers · 9 June 2024 · dam opened early",  # a headline segment after the date
        "9 June 2024 | Dam gates open after storm",
    ],
)
def test_not_date_lines_despite_a_date(line: str) -> None:
    assert read_date_line(line) is None


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Updated 40 minutes ago", True),
        ("Published: about an hour ago", True),
        ("6 min read · 31 comments", True),
        ("Just now", True),
        ("Three hours of talks ended without a deal", False),
        ("12 comments on the plan were received by the council", False),
    ],
)
def test_age_furniture(line: str, furniture: bool) -> None:
    assert age_furniture(line) is furniture


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("Filed 09/06/2024. Updated 14/06/2024.", "dmy"),  # a field over 12 elsewhere on the page
        ("Filed 06/09/2024. Updated 06/14/2024.", "mdy"),
        ("Filed 09.06.2024.", "dmy"),  # the dotted form
        ("The dam was opened on 6 June and closed on 8 June.", "dmy"),  # written dates, day first
        ("The dam was opened on June 6 and closed on June 8.", "mdy"),
        ("The harbour authority said the centre would reopen. Mr Costa agreed.", "dmy"),  # British English
        ("The harbor authority said the center would reopen. Mr. Costa agreed.", "mdy"),  # US English
        ("Posted 09/06/2024 10:30 EDT", "mdy"),  # a US time zone
        ("Posted 09/06/2024 10:30 BST", "dmy"),
        ("Opened on 6 June, closed on June 8.", None),  # the page disagrees with itself
        ("Filed 09/06/2024.", None),  # nothing says which
        ("The World Trade Center and Pearl Harbor", None),  # proper names are not spellings
    ],
)
def test_page_date_order(text: str, order: str | None) -> None:
    assert page_date_order(text) == order


@pytest.mark.parametrize(
    ("text", "unsettled"),
    [("Filed 05/03/2025", True), ("Filed 15/03/2025", False), ("Filed 05/05/2025", False), ("Filed 5 May", False)],
)
def test_has_unsettled_date(text: str, unsettled: bool) -> None:
    assert has_unsettled_date(text) is unsettled


_SEPS = st.sampled_from(["/", ".", "-"])


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31)), _SEPS, st.sampled_from(["dmy", "mdy"]))
def test_numeric_dates_are_read_right_or_not_at_all(d: date, sep: str, order: str) -> None:
    first, second = (d.day, d.month) if order == "dmy" else (d.month, d.day)
    text = f"{first:02d}{sep}{second:02d}{sep}{d.year}"
    assert date_line(text, order=order) == d.isoformat()  # type: ignore[arg-type]
    unsettled = date_line(text)  # no order given: the form alone decides, or the value is unknown
    ambiguous = first <= 12 and second <= 12 and first != second
    if not ambiguous:
        assert unsettled == d.isoformat()
    elif sep == ".":  # the dotted form is read day first (D.M.Y)
        assert unsettled == date(d.year, second, first).isoformat() if order == "mdy" else d.isoformat()
    else:
        assert unsettled is None


def test_iso_date_does_not_guess_numeric_field_values() -> None:
    assert iso_date("2024-06-09T10:00:00Z") == "2024-06-09"
    assert iso_date("14/06/2024") == "2024-06-14"
    assert iso_date("09/06/2024") is None
    assert iso_date("09/06/24") is None
    assert iso_date("09/06/2024", order="mdy") == "2024-09-06"


# ---------------------------------------------------------------------------- follow-up: byline shapes


@pytest.mark.parametrize(
    ("line", "author", "published"),
    [
        ("Posted by Ana Costa on 17.08.2021 at 09:40 | 3 comments", "Ana Costa", "2021-08-17"),
        ("Posted by Ana Costa on August 17, 2021 at 9:40 pm | Leave a comment", "Ana Costa", "2021-08-17"),
        ("Posted on 17 August 2021 by Ana Costa", "Ana Costa", "2021-08-17"),
        ("17 August 2021 | By Ana Costa", "Ana Costa", "2021-08-17"),
        ("Filed by Lars Berg · 2 hours ago", "Lars Berg", None),
        ("Story by Lars Berg • 5 min read", "Lars Berg", None),
        ("By Lars Berg in Norvik", "Lars Berg", None),
        ("Posted by Lars Berg on 09/06/2024", "Lars Berg", None),  # 9 June or 6 September: unknown
    ],
)
def test_byline_with_date_and_furniture(line: str, author: str, published: str | None) -> None:
    by = parse_byline(line)
    assert by is not None and (by.author, by.published) == (author, published)


def test_byline_date_order_from_the_page() -> None:
    by = parse_byline("Posted by Lars Berg on 09/06/2024", order="dmy")
    assert by is not None and by.published == "2024-06-09"


@pytest.mark.parametrize(
    ("line", "author", "outlet"),
    [
        ("Lars Berg", "Lars Berg", None),
        ("Lars Berg in Norvik", "Lars Berg", None),
        ("Lars Berg and Yuki Sato in Port Elm", "Lars Berg and Yuki Sato", None),
        ("Yuki Sato, Diplomatic Correspondent", "Yuki Sato", None),
        ("Yuki Sato Transport correspondent", "Yuki Sato", None),  # a role with no separator
        ("Yuki Sato | The Norvik Courier", "Yuki Sato", "The Norvik Courier"),
        ("YUKI SATO", "Yuki Sato", None),
    ],
)
def test_bare_bylines(line: str, author: str, outlet: str | None) -> None:
    by = parse_bare_byline(line)
    assert by is not None and (by.author, by.outlet) == (author, outlet)


@pytest.mark.parametrize(
    "line",
    [
        "Dam gates opened early",
        "Norvik Courier",
        "Lars Berg said the dam held.",
        "Lars Berg in talks with the Norvik Harbour Authority over pay",
        "Minister Lars Berg resigns",
        "Berg",
    ],
)
def test_not_bare_bylines(line: str) -> None:
    assert parse_bare_byline(line) is None


# ---------------------------------------------------------------------------- follow-up: link labels


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("This piece first appeared in the Norvik Courier. Read the original article.",
         "This piece first appeared in the Norvik Courier."),
        ("The dam held, the ministry said. Continue reading »", "The dam held, the ministry said."),
        ("The dam held. Read the full story on Norvik Courier", "The dam held."),
        ("Residents must read the notice. Read it here.", "Residents must read the notice."),
        ("Read the notice before the vote, the ministry said.", "Read the notice before the vote, the ministry said."),
        ("The dam held. Readers were relieved.", "The dam held. Readers were relieved."),
    ],
)  # fmt: skip
def test_strip_link_label(line: str, kept: str) -> None:
    assert strip_link_label(line) == kept


@pytest.mark.parametrize(
    ("line", "label"), [("Read more", True), ("Read the original post here.", True), ("Read the room", False)]
)
def test_is_link_label(line: str, label: bool) -> None:
    assert is_link_label(line) is label


def test_republication_line_with_a_link_label_names_the_source() -> None:
    att = parse_attribution("This story was first published by Norvik Courier. Read the original story.")
    assert att is not None and att.outlet == "Norvik Courier"


_FURNITURE_SEGMENTS = st.sampled_from(
    ["3 hours ago", "Updated 2 hours ago", "5 min read", "12 comments", "Updated 14:05 GMT", "an hour ago", "yesterday"]
)
_DATE_TEXTS = st.sampled_from(["{d:%B} {d.day}, {d.year}", "{d.day} {d:%B} {d.year}", "{d:%Y-%m-%d}", "{d:%d.%m.%Y}"])


@given(
    st.dates(min_value=date(1995, 1, 1), max_value=date(2035, 12, 31)),
    _DATE_TEXTS,
    st.lists(_FURNITURE_SEGMENTS, max_size=3),
    st.sampled_from(["", "Published: ", "Posted on "]),
    st.sampled_from([" | ", " · ", " • "]),
)
def test_date_line_furniture_never_hides_the_date(d: date, form: str, segs: list[str], label: str, sep: str) -> None:
    line = label + form.format(d=d) + "".join(sep + x for x in segs)
    found = read_date_line(line)
    assert found is not None and found.iso == d.isoformat() and not found.updated


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("MEMBERS ONLY · HARBOURS", True),
        ("WORLD | AFRICA", True),
        ("ANALYSIS • ENERGY & CLIMATE", True),
        ("FERRY FARES TO RISE | VALLEY POST", False),  # a verb: a headline
        ("Opinion · Ferries", False),  # not all caps
        ("EXCLUSIVE: FERRY FARES WILL RISE IN SPRING", False),
        ("WORLD | 5 APRIL 2024", False),  # a date line
    ],
)
def test_section_labels(line: str, label: bool) -> None:
    assert section_label(line) is label


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("HARBOUR AND COAST", True),
        ("OPINION", True),
        ("THE FARE IS TOO HIGH", False),
        ("Harbour and Coast", False),
        ("WHY FARES ROSE?", False),
    ],
)
def test_kickers(line: str, label: bool) -> None:
    assert kicker(line) is label


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [
        ("TALLINGE, 3 June 2024 /Pellworth Instruments/ – The company said", "TALLINGE", "Pellworth Instruments"),
        ("MERROW BAY, June 3, 2024 /PRNewswire/ -- Merrow Foods today", "MERROW BAY", "PRNewswire"),
        ("Merrow Bay, June 3, 2024 /PRNewswire/ -- Merrow Foods today", "Merrow Bay", "PRNewswire"),
        ("TALLINGE, 4 June (NNA) – The mayor said", "TALLINGE", "NNA"),
        ("OSTRAVIK, Norland, June 4 (NNA) — The port", "OSTRAVIK", "NNA"),
    ],
)
def test_press_wire_and_dated_datelines(line: str, place: str, agency: str) -> None:
    found = parse_dateline(line)
    assert found is not None and (found[0].place, found[0].agency) == (place, agency)


@pytest.mark.parametrize(
    "line",
    [
        'INTERVIEW – Tallinge mayor: "The baths cannot be saved"',
        "EXPLAINER – What the baths closure means",
        "EXCLUSIVE INTERVIEW – The mayor speaks",
        "FACT CHECK – Did the council lie?",
        "OPINION: The baths must stay open",
        "LIVE – Council debate",
        "WATCH – The vote in two minutes",
    ],
)
def test_genre_labels_are_not_datelines(line: str) -> None:
    assert parse_dateline(line) is None


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("07.03.2025, 06:00 o'clock", "2025-03-07"),
        ("07.03.2025, 06:00 Uhr", "2025-03-07"),
        ("7 March 2025, 06h00", "2025-03-07"),
        ("March 7, 2025, 6 p.m. local time", "2025-03-07"),
        ("March 7, 2025 at 6 pm (GMT+2)", "2025-03-07"),
        ("Updated 06:00 hrs, 7 March 2025", "2025-03-07"),
    ],
)
def test_time_words_after_a_date(line: str, iso: str) -> None:
    assert date_line(line) == iso


def test_a_number_after_a_date_is_not_a_time() -> None:
    assert date_line("7 March 2025 10 people") is None


def test_a_list_of_names_before_a_colon_is_not_a_dateline() -> None:
    assert parse_dateline("NATO, the EU, and the UN: all three want talks") is None
    assert parse_dateline("OSTRAVIK, Norland, 4 June (NNA) – The port") is not None


@pytest.mark.parametrize(
    ("line", "iso", "update_only"),
    [
        ("Publisert 07.02.2025 kl. 14:03", "2025-02-07", False),
        ("Oppdatert 08.02.2025 kl. 16:20", "2025-02-08", True),
        ("Publié le 7 février 2025 à 14h03", "2025-02-07", False),
        ("Mis à jour le 8 février 2025 à 16 h 20", "2025-02-08", True),
        ("Veröffentlicht am 07.02.2025 um 14:03 Uhr", "2025-02-07", False),
        ("Aktualisiert: 7. Februar 2025", "2025-02-07", True),
        ("Publicado el 7 de febrero de 2025 a las 14:03", "2025-02-07", False),
        ("Pubblicato il 7 febbraio 2025 alle 14:03", "2025-02-07", False),
        ("Gepubliceerd op 7 februari 2025 om 14:03", "2025-02-07", False),
        ("Publicerad 7 februari 2025 kl. 14.03", "2025-02-07", False),
        ("Udgivet 7. februar 2025", "2025-02-07", False),
        ("Opublikowano: 07.02.2025, 14:03", "2025-02-07", False),
        ("Yayınlanma: 07.02.2025 14:03", "2025-02-07", False),
        # a published label wins over an update label on the same line
        ("Oppdatert 08.02.2025 kl. 16:20 | Publisert 07.02.2025 kl. 14:03", "2025-02-07", False),
        ("Publisert 07.02.2025 kl. 14:03 | Oppdatert kl. 16:20", "2025-02-07", False),
    ],
)
def test_foreign_date_line_labels_months_and_time_marks(line: str, iso: str, update_only: bool) -> None:
    assert date_line_info(line) == (iso, update_only)


def test_foreign_update_label_is_not_a_publication_date_prefix() -> None:
    p = date_prefix("Oppdatert 08.02.2025 kl. 16:20")
    assert p is not None and p.label == "updated"
    assert date_prefix("Publié le 7 février 2025").label == "published"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("line", "author", "outlet"),
    [
        ("Av Kari Holm", "Kari Holm", None),
        ("Von Jana Doe und Max Muster", "Jana Doe and Max Muster", None),
        ("Par Jean Varnel", "Jean Varnel", None),
        ("Por Ana Ruiz", "Ana Ruiz", None),
        ("Door Jan de Vries", "Jan de Vries", None),
        ("Af Lars Holm og Mette Berg", "Lars Holm and Mette Berg", None),
        ("Autor: Ana Ruiz", "Ana Ruiz", None),
        ("Text: Jana Doe", "Jana Doe", None),
        ("Av Kari Holm | Fjord Post", "Kari Holm", "Fjord Post"),
    ],
)
def test_foreign_bylines(line: str, author: str, outlet: str | None) -> None:
    by = parse_byline(line)
    assert by is not None and (by.author, by.outlet) == (author, outlet)


@pytest.mark.parametrize(
    "line",
    ["Por la tarde llegó la lluvia a la ciudad", "Par ailleurs, le conseil a voté", "Von Varnel", "Av Kari Holm og Ola",
     "Di Varnel Says Council Will Vote On Plan"],
)  # fmt: skip
def test_foreign_marker_without_a_name_is_no_byline(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (["FPA", "Fjord Press Agency", "Home / News"], "Fjord Press Agency"),
        (["© 2025 Fjord Press Agency (FPA). All rights reserved."], "Fjord Press Agency"),
        (["© Fjord Press Agency (FPA) 2025"], "Fjord Press Agency"),
        (["FPA – Fjord Press Agency | English Service"], "Fjord Press Agency"),
        (["FPA | Fjord Press Agency"], "Fjord Press Agency"),
        (["FPA", "Fjord Post"], None),  # initials that do not spell it
        (["FPA: Fjord Press Agency opens a new office in Varnel today"], None),  # a sentence, not a definition
        (["© FPA 2025"], None),
    ],
)
def test_defined_acronym(lines: list[str], name: str | None) -> None:
    assert defined_acronym("FPA", lines) == name


def test_html_page_dateline_is_read_from_its_opening_paragraph() -> None:
    from sourcetrace.ingest.html import extract_html

    body = (
        "<p>PORT ELM, May 3 (FPA) – The harbour council approved the new ferry timetable on Tuesday after a long "
        "debate about the winter crossings and the cost of the extra crews.</p>"
        "<p>Mayor Ana Ruiz said the vote was a turning point for the district and its island villages.</p>"
    )
    html = f"<html><head><title>Ferry timetable approved</title></head><body><article>{body}</article></body></html>"
    page = extract_html(html)
    assert page.dateline == "PORT ELM"
    assert page.outlet == "FPA"  # no outlet declared by the page: the agency of the dateline
    plain = extract_html(html.replace("PORT ELM, May 3 (FPA) – The", "The"))
    assert plain.dateline is None


# ------------------------------------------------------------------ follow-up rules (hn)


@pytest.mark.parametrize(
    ("lines", "names"),
    [
        (["FPB News", "Home | Sport", "© Fjord Public Broadcaster (FPB) 2025"], ["Fjord Public Broadcaster"]),
        (["KNA – Kessel News Agency | English", "© 2025 Kessel News Agency (KNA)"], ["Kessel News Agency"]),
        (["KNA", "Kessel News Agency", "Home / News"], ["Kessel News Agency"]),
        (
            ["© 2025 Fjord Post. All rights reserved.", "© FPB 2025", "FPB | Fjord Post"],
            [],
        ),  # letters that spell no name
    ],
)
def test_spelled_acronyms_are_the_names_the_furniture_defines(lines: list[str], names: list[str]) -> None:
    from sourcetrace.ingest.pagemeta import spelled_acronyms

    assert spelled_acronyms(lines) == names


def test_page_records_the_publisher_name_its_footer_spells_out() -> None:
    from sourcetrace.ingest.clean import clean_page

    raw = (
        "FPB News\nNews | Sport | Weather\n\nHarbour ferry to resume on Monday\n\n"
        "The harbour ferry between Varnel and Ostby will resume its crossings on Monday, the operator said.\n\n"
        "The service was halted last week after a storm damaged the pier at Ostby, the town council said.\n\n"
        "Repairs to the pier cost about 40,000 euros and were finished on Friday, the council added.\n\n"
        "Most read\n1. Storm warnings for the coast\n\n© Fjord Public Broadcaster (FPB) 2025\n"
    )
    page = clean_page(raw)
    assert page.outlet == "FPB News" and page.names == ("Fjord Public Broadcaster",)
    assert "Fjord Public Broadcaster" not in page.text


def test_html_page_records_the_publisher_name_its_footer_spells_out() -> None:
    from sourcetrace.ingest.html import extract_html

    body = "".join(
        f"<p>{s}</p>"
        for s in (
            "The harbour ferry between Varnel and Ostby will resume its crossings on Monday, the operator said.",
            "The service was halted last week after a storm damaged the pier at Ostby, the town council said.",
            "Repairs to the pier cost about 40,000 euros and were finished on Friday, the council added.",
        )
    )
    html = (
        '<html><head><meta property="og:site_name" content="FPB News"></head><body><header>FPB News</header>'
        f"<article><h1>Harbour ferry to resume</h1>{body}</article>"
        '<footer><p>&copy; 2025 <a href="/">Fjord Public Broadcaster</a> (FPB)</p></footer></body></html>'
    )
    page = extract_html(html)
    assert page.outlet == "FPB News" and page.names == ("Fjord Public Broadcaster",)


def test_article_names_survive_the_store_cache_and_stay_out_of_the_export() -> None:
    from sourcetrace.model import Analysis, Article, ArticleAnalysis
    from sourcetrace.store import Store, analysis_to_contract

    art = Article(id="a0", text="Body.", source="a0", outlet="FPB News", names=("Fjord Public Broadcaster",))
    with Store(":memory:") as store:
        store.put_cache([("k", ArticleAnalysis(article=art))], "v1")
        hit = store.cached("a0", "k", "v1")
    assert hit is not None and hit.article == art
    (exported,) = analysis_to_contract(Analysis(articles=(art,)))["articles"]
    assert "names" not in exported and exported["outlet"] == "FPB News"


@pytest.mark.parametrize(
    "line",
    [
        "March 4, 2026 4:31 PM GMT+3:30 Updated 3 hours ago",  # a half-hour zone offset
        "4 March 2026, 09:10 UTC+05:30",
        "4 March 2026 09:10 (GMT+5:45)",  # a quarter-hour offset in brackets
        "4 March 2026 09:10 GMT-9:30 | 4 min read",
        "4 March 2026 09:10 +3:30",
    ],
)
def test_zone_offsets_with_minutes(line: str) -> None:
    found = read_date_line(line)
    assert found is not None and found.iso == "2026-03-04"


@pytest.mark.parametrize(
    ("line", "trail"),
    [
        ("Posted 4 March 2026, 09:12 | Fjord Post Desk", "Fjord Post Desk"),
        ("4 March 2026 · Jane Doe", "Jane Doe"),
        ("4 March 2026 | Jane Doe | 4 min read", "Jane Doe"),
        ("Published 4 March 2026 – Newsroom", "Newsroom"),
    ],
)
def test_a_name_after_the_date_only_when_asked(line: str, trail: str) -> None:
    assert read_date_line(line) is None  # by default the whole line must be dates and furniture
    found = read_date_line(line, trail=True)
    assert found is not None and (found.iso, found.trail) == ("2026-03-04", trail)


@pytest.mark.parametrize(
    "line",
    [
        "4 March 2026 | By Jane Doe",  # a byline, read by parse_byline
        "4 March 2026 | Jane Doe | Fjord Post",  # two names: not a single byline or desk segment
        "4 March 2026 | police said on Monday",
        "4 March 2026, Jane Doe",  # no separator before the name
        "4 March 2026 | Dam gates open after storm",
    ],
)
def test_not_a_name_after_the_date(line: str) -> None:
    assert read_date_line(line, trail=True) is None


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("05.03.2026 | 11:32 | Fenwick", "2026-03-05"),  # a time and a section after the date
        ("5 March 2026, 09:05 | News, Region", "2026-03-05"),  # sections listed after commas
    ],
)
def test_date_line_with_sections_after_it(line: str, iso: str) -> None:
    d = read_date_line(line, trail=True)
    assert d is not None and d.iso == iso


def test_date_line_with_a_page_kind_label_and_a_section() -> None:
    line = read_date_line("Press release | 04.03.2025 | Fisheries", trail=True)
    assert line is not None and line.iso == "2025-03-04" and line.lead == "Press release"
    assert read_date_line("News release | 04.03.2025") is not None
    assert read_date_line("It was | 4 March 2025") is None  # a clause, not a label


@pytest.mark.parametrize("name", ["Le Courrier d'Ostrel", "Gazzetta dell'Arno", "La Voix l'Estuaire"])
def test_names_with_an_elided_particle_are_name_shaped(name: str) -> None:
    assert name_shaped(name)


def test_a_lower_case_word_still_breaks_a_name() -> None:
    assert not name_shaped("Le Courrier dans Ostrel")


# ------------------------------------------------------------------ follow-up rules (md1)


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("14 March 2025, 09:12 | Views: 12 345", "2025-03-14"),  # a count grouped by a space
        ("14 March 2025 · 1 204 518 views", "2025-03-14"),
        ("14 March 2025, Friday", "2025-03-14"),  # the weekday after the date
        ("14.03.2025 (Fri) | 10:05", "2025-03-14"),
        ("14 mars 2025, vendredi", "2025-03-14"),
    ],
)
def test_date_lines_with_grouped_counts_and_a_weekday_after_the_date(line: str, iso: str) -> None:
    assert date_line(line) == iso


@pytest.mark.parametrize(
    ("line", "iso", "update_only"),
    [
        ("Mar. 14, 2025 / 5:52 PM", "2025-03-14", False),  # a slash between the date and the time
        ("16:45 / 14 March 2025", "2025-03-14", False),
        ("14 March 2025 / 3 min read", "2025-03-14", False),
        ("14-Mar-2025", "2025-03-14", False),
        ("14. 3. 2025", "2025-03-14", False),  # spaced dotted numbers: day first
        ("14.3.2025. 11:30", "2025-03-14", False),  # a closing dot, then the time
        ("Date: 14.03.2025 | Time: 16:45", "2025-03-14", False),
        ("14 March 2025 г.", "2025-03-14", False),  # the word for 'year' after it
        ("14 марта 2025", "2025-03-14", False),
        ("14 березня 2025", "2025-03-14", False),
        ("Last update: 14 March 2025", "2025-03-14", True),
        ("Published 13 March 2025 | Update: 14 March 2025", "2025-03-13", False),
    ],
)
def test_more_date_line_forms(line: str, iso: str, update_only: bool) -> None:
    assert date_line_info(line) == (iso, update_only)


@pytest.mark.parametrize("line", ["14 March 2025, Fridays at the harbour", "14 March 2025 | 12 345"])
def test_a_weekday_or_a_number_alone_does_not_make_more_lines_dates(line: str) -> None:
    assert date_line(line) is None


@pytest.mark.parametrize(
    ("code", "code_like"),
    [("TvNA", True), ("MoW", True), ("DfT", True), ("FPA", False), ("FjordBrief", False), ("NewsDesk24", False)],
)
def test_mixed_case_codes(code: str, code_like: bool) -> None:
    from sourcetrace.ingest.metadata import mixed_code

    assert mixed_code(code) is code_like


@pytest.mark.parametrize(
    ("code", "lines", "name"),
    [
        ("TvNA", ["TvNA | Tveria News Agency", "Home | News"], "Tveria News Agency"),
        ("TvNA", ["Menu", "© 2026 Tveria News Agency (TvNA). All rights reserved."], "Tveria News Agency"),
        ("MoW", ["MoW – Ministry of Water"], "Ministry of Water"),  # the small letter is a joining word
        ("MoW", ["MoW – Ministry of the Interior"], None),  # initials that do not fit
        ("TvNA", ["Tveria Northern Airlines flew on Monday (TvNA) is not here"], None),
    ],
)
def test_defined_mixed_case_code(code: str, lines: list[str], name: str | None) -> None:
    from sourcetrace.ingest.metadata import defined_code

    assert defined_code(code, lines) == name


def test_text_page_outlet_given_as_a_mixed_case_code_is_its_full_name() -> None:
    from sourcetrace.ingest.sources import make_article

    raw = (
        "TvNA | Tveria News Agency\n\nHome   Politics   Economy   World\n\n"
        "Ferry crossings to resume on Monday after storm repairs\n\n01.10.2026 | 16:45\n\n"
        "PORT ELM, 1 October (TvNA) – The harbour ferry between Port Elm and Ostby will resume its crossings on "
        "Monday, the operator told TvNA.\n\n"
        "The service was halted last week after a storm damaged the pier at Ostby, the town council said.\n\n"
        "© 2026 TvNA. All rights reserved.\n"
    )
    art = make_article("a0", "a0.txt", raw)
    assert art.outlet == "Tveria News Agency"
    assert art.published == "2026-10-01" and art.dateline == "PORT ELM"


def test_html_dateline_past_a_kicker_and_the_headline() -> None:
    from sourcetrace.ingest.sources import make_article

    paras = "".join(
        f"<p>{s}</p>"
        for s in (
            "PORT ELM – The harbour council approved the new ferry timetable on Tuesday after a long debate "
            "about the winter crossings and the cost of the extra crews.",
            "Mayor Ana Ruiz said the vote was a turning point for the district and its island villages.",
            "The first winter crossing under the new timetable is due to leave Port Elm on 1 December.",
        )
    )
    html = (
        '<html><head><meta property="og:title" content="Ferry timetable approved after long night">'
        '<meta property="og:site_name" content="Fjord Post"></head><body><article>'
        '<p class="kicker">WINTER FERRIES</p><h1>Ferry timetable approved after long night</h1>'
        f"{paras}</article></body></html>"
    )
    art = make_article("a1", "a1.html", html, html=True)
    assert art.dateline == "PORT ELM"
    plain = make_article("a2", "a2.html", html.replace("PORT ELM – The", "The"), html=True)
    assert plain.dateline is None


@pytest.mark.parametrize("name", ["Karin Østby", "Émile Durand", "Łukasz Nowak", "Şahin Çelik", "Đorđe Petrović"])
def test_names_that_begin_with_a_letter_beyond_ascii(name: str) -> None:
    assert is_person_name(name)
    by = parse_byline(f"By {name} | Fjord Post")
    assert by is not None and by.author == name and by.outlet == "Fjord Post"


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [
        ("ØSTVIK, 5 May (FPA) – The council met.", "ØSTVIK", "FPA"),
        ("SÃO VERDE – The council met.", "SÃO VERDE", None),
        ("Östvik (FPA) – The council met.", "Östvik", "FPA"),
    ],
)
def test_datelines_of_places_beyond_ascii(line: str, place: str, agency: str | None) -> None:
    found = parse_dateline(line)
    assert found is not None and found[0] == Dateline(place, agency)


def test_html_dateline_past_a_standfirst_written_as_a_headline() -> None:
    from sourcetrace.ingest.sources import make_article

    paras = "".join(
        f"<p>{s}</p>"
        for s in (
            "PORT ELM – The harbour council yesterday defended its new ferry levy, saying the charge would end "
            "years of losses on the winter crossings to the island villages.",
            "Mayor Ana Ruiz said the levy was a fair price for a service that runs every day of the year.",
            "The first crossing under the new levy is due to leave Port Elm on 1 December.",
        )
    )
    html = (
        '<html><head><meta property="og:title" content="Council defends ferry levy">'
        '<meta property="og:site_name" content="Fjord Post"></head><body><article>'
        "<h1>Council defends ferry levy</h1>"
        '<p class="standfirst">Harbour council defends prudent new ferry levy as island traders are blamed for '
        "the winter losses</p>"
        f"{paras}</article></body></html>"
    )
    art = make_article("a1", "a1.html", html, html=True)
    assert art.dateline == "PORT ELM"


def test_a_dateline_closed_by_a_full_stop_after_the_agency() -> None:
    found = parse_dateline("PORT ELM, 18 August (Varnel News). The council approved the budget on Monday.")
    assert found is not None and found[0] == Dateline("PORT ELM", "Varnel News")
    assert parse_dateline("NATO (the alliance). It met on Monday.") is None  # no date: an aside in brackets
    assert parse_dateline("PORT ELM (Varnel News). The council met.") is None


def test_a_dated_byline_row_with_a_section_or_a_translator_after_the_author() -> None:
    by = parse_byline("Wednesday, 19.08.2026 08:15 | Author: Jane Doe | Translated by the Fjord Post desk")
    assert by is not None and by.author == "Jane Doe" and by.published == "2026-08-19"
    by = parse_byline("Published: 4.10.2026 11:05 | Author: Jane Doe | Neighbours")
    assert by is not None and by.author == "Jane Doe" and by.published == "2026-10-04"
    assert parse_byline("4.10.2026 | Author: Jane Doe | The council approved the budget after a long debate.") is None


def test_a_republication_note() -> None:
    assert republication_note("Originally published by Fjord Post. Republished by Varnel Daily under licence.")
    assert republication_note("This story first appeared in the Varnel Daily.")
    assert not republication_note("The council originally planned to vote in May.")


def test_date_line_with_a_bare_update_label_after_it():
    d = read_date_line("June 3, 2025 9:10 AM GMT Updated")
    assert d is not None and d.iso == "2025-06-03" and not d.updated


def test_date_line_with_a_view_counter_and_a_weather_reading():
    d = read_date_line("03.06.2025 | 09:10 | News desk | \U0001f441 1 204", trail=True)
    assert d is not None and d.iso == "2025-06-03"
    w = read_date_line("Tuesday, 3 June 2025 | Port Elm +14°")
    assert w is not None and w.iso == "2025-06-03"


def test_dateline_with_a_wire_tag_and_a_full_stop():
    found = parse_dateline("PORT ELM, 3 June /FNA/. The mayor of Port Elm opened the new pier on Tuesday.")
    assert found is not None and found[0] == Dateline("PORT ELM", "FNA")


def test_attribution_with_the_republication_date():
    by = parse_attribution(
        "Originally published by Fjord News Agency (FNA) | Republished by Varnel Daily on Jun 4, 2025"
    )
    assert by is not None and by.outlet == "Fjord News Agency" and by.published == "2025-06-04"


# ------------------------------------------------------------------ follow-up rules (ha)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("From our correspondent Nadia Ferrow, Kelmar, and the news desk in Varnel", "Nadia Ferrow"),
        ("From our own special correspondent Teodor Vasse in Kelmar", "Teodor Vasse"),
        ("From our reporter: Ilse Marrow", "Ilse Marrow"),
    ],
)
def test_from_our_correspondent_byline(line: str, author: str) -> None:
    by = parse_byline(line)
    assert by is not None and by.author == author


@pytest.mark.parametrize("line", ["From our correspondent in Port Elm", "From our correspondents", "From our archive"])
def test_from_our_correspondent_without_a_name(line: str) -> None:
    by = parse_byline(line)
    assert by is None or by.author is None


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("The ferry left the quay at 9.40pm and reached the island before midnight.", "dmy"),
        ("The convoy crossed the bridge at 22.15 hours, the harbour master said.", "dmy"),
        ("Fares rose by 10.50 per cent over the year.", None),  # a decimal number, no clock time
    ],
)
def test_a_dotted_clock_time_settles_the_page_date_order(text: str, order: str | None) -> None:
    assert page_date_order(text) == order


def test_html_page_drops_a_tip_request_box_set_into_the_article() -> None:
    from sourcetrace.ingest.html import extract_html

    body = (
        "<p>The harbour council approved the new ferry timetable on Tuesday after a long debate about the winter "
        "crossings and the cost of the extra crews, which the council will pay from its reserves.</p>"
        "<p><em>Do you work on the ferries? Contact the newsroom in confidence: desk@fjordpost.example</em></p>"
        "<p>Mayor Ana Ruiz said the vote was a turning point for the district and its island villages.</p>"
    )
    html = f"<html><head><title>Ferry timetable approved</title></head><body><article>{body}</article></body></html>"
    page = extract_html(html)
    assert "in confidence" not in page.text
    assert "turning point" in page.text


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Friday, 3 April 2026 | High water 04:51 / 17:09 | Wind SW 3-4", "2026-04-03"),  # a harbour paper's tides
        ("3 April 2026 · Sunrise 06:42 · Sunset 19:58", "2026-04-03"),
        ("Thursday 2 April 2026 | Low tide 11:20", "2026-04-02"),
    ],
)
def test_masthead_readings_beside_the_date_are_furniture(line: str, iso: str) -> None:
    found = read_date_line(line)
    assert found is not None and found.iso == iso


def test_a_clause_after_the_date_is_no_reading() -> None:
    assert read_date_line("3 April 2026 | The mayor said 40") is None
