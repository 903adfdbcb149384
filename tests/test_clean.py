"""Page-text cleaning: furniture out, the whole body in, metadata read from the page itself."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from sourcetrace.ingest.clean import clean_page, furniture_kind

from .conftest import EXAMPLES as CORPUS
from .conftest import GOLD

P1 = "The Port Elm city council approved the new harbour budget on Tuesday after a long debate."
P2 = "Council leader Mira Adeyemo said the vote would fund repairs to the old ferry terminal and the fish market."
P3 = "Opponents argued that the spending plan relied on optimistic forecasts of tourist numbers next summer."
P4 = "The budget now goes to the regional ministry, which has six weeks to raise any objection to it."
QUOTE = "“We will appeal,” said Tom Reyes."  # a short body paragraph: must survive
SHORT_END = "The ministry declined to comment."

PAGE = "\n".join(
    [
        "Home | News | Business | Sport | Opinion",
        "",
        "Debit/Credit Payment",
        "Harbour budget approved after marathon council session",
        "",
        "March 7, 2023",
        "By Mira Adeyemo",
        "Print Friendly, PDF & Email",
        "Share on Facebook | Tweet | Email",
        "The old ferry terminal at dawn (photo credit: HARBOUR GAZETTE/ANA RUIZ)",
        "",
        P1,
        "",
        P2,
        "Also read: Ferry strike ends after three days",
        QUOTE,
        "",
        "The old ferry terminal at dawn (photo credit: HARBOUR GAZETTE/ANA RUIZ)",
        "Photo Credit: Ana Ruiz/",
        "Photo License:",
        P3,
        "• Advertisement",
        P4,
        SHORT_END,
        "",
        "Source: The Harbour Gazette",
        "News ID 48213",
        "Related news",
        "Ferry strike ends after three days",
        "Fish market to close for repairs",
        "Your Comment",
        "You are replying to: .",
        "  • captcha",
        "Great article, thank you for writing about our lovely harbour town and its people.",
    ]
)


@pytest.fixture(scope="module")
def page():
    return clean_page(PAGE)


def test_body_is_kept_whole(page) -> None:
    for para in (P1, P2, QUOTE, P3, P4, SHORT_END):
        assert para in page.text
    assert page.text.index(P1) < page.text.index(P2) < page.text.index(P4)


@pytest.mark.parametrize(
    "furniture",
    [
        "Home | News",
        "Debit/Credit Payment",
        "Print Friendly",
        "Share on Facebook",
        "photo credit",
        "Photo Credit:",
        "Photo License:",
        "Also read:",
        "Advertisement",
        "Source: The Harbour Gazette",
        "News ID",
        "Related news",
        "Fish market to close",
        "Your Comment",
        "You are replying to",
        "captcha",
        "Great article",  # a reader comment after the comment form
        "By Mira Adeyemo",
        "March 7, 2023",
    ],
)
def test_furniture_is_removed(page, furniture: str) -> None:
    assert furniture.lower() not in page.text.lower()


def test_metadata_is_read(page) -> None:
    assert page.title == "Harbour budget approved after marathon council session"
    assert page.published == "2023-03-07"
    assert page.author == "Mira Adeyemo"
    assert page.outlet == "The Harbour Gazette"
    assert page.dateline is None
    assert page.title not in page.text


@pytest.mark.parametrize(
    "line",
    [
        "Hamas officials at the site (photo credit: REUTERS)",
        "Fans outside the stadium on Sunday. (credit: JANE DOE/HARBOUR PHOTOS)",
        "The factory after the fire (AP Photo/Lee Chan)",
        "Photo Credit: Harbour Fire Service/",
        "Photo License:",
        "Also read: Election turnout hits record",
        "READ MORE: Striker signs four-year deal",
        "News ID 210161",
        "•",
        "• Order",
        "Your Comment",
        "You are replying to: .",
        "Print Friendly, PDF & Email",
        "Credit/Debit/Bank Transfer",
        "Search News",
        "Follow us on Twitter",
        "Subscribe to our newsletter",
    ],
)
def test_furniture_shapes(line: str) -> None:
    assert furniture_kind(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        P1,
        QUOTE,
        "He said:",
        "asserted the ministry spokesman, Ana Ruiz.",
        "The news in brief",
        "Credit markets tightened sharply in March, the central bank said.",
        "Donate blood at the town hall, the mayor urged residents after the fire on Monday.",
        "Election results by district",
    ],
)
def test_body_lines_are_not_furniture(line: str) -> None:
    assert furniture_kind(line) is None


def test_repeated_heading_and_caption_go_but_repeated_paragraph_is_kept_once() -> None:
    raw = "\n\n".join(
        [
            "Striker joins Harbour United",
            "Striker joins Harbour United",
            P1,
            "Fans at the stadium gates",
            P2,
            "Fans at the stadium gates",
            P3,
            P3,
            "Striker joins Harbour United",
            P4,
        ]
    )
    page = clean_page(raw)
    paras = page.text.split("\n\n")
    assert page.title == "Striker joins Harbour United"
    assert "Fans at the stadium gates" not in page.text
    assert "Striker joins" not in page.text
    assert paras.count(P3) == 1
    assert paras == [P1, P2, P3, P4]


@pytest.mark.parametrize(
    ("head", "iso"),
    [
        ("January 12, 2022", "2022-01-12"),
        ("Jan 1, 2024, 5:00\u202fPM", "2024-01-01"),
        ("Posted on March 7, 2023", "2023-03-07"),
        ("Published: 7 March 2023 10:32 GMT", "2023-03-07"),
        ("Wednesday, 12 January 2022", "2022-01-12"),
        ("2023-03-07T09:15:00Z", "2023-03-07"),
        ("Updated 8 March 2023", "2023-03-08"),
    ],
)
def test_date_forms(head: str, iso: str) -> None:
    page = clean_page(f"Harbour budget approved\n\n{head}\n\n{P1}\n\n{P2}")
    assert page.published == iso
    assert P1 in page.text and P2 in page.text
    assert head not in page.text


def test_published_beats_updated_and_prose_dates_are_ignored() -> None:
    page = clean_page(f"Updated: March 9, 2023\n\nPublished: March 7, 2023\n\n{P1}\n\n{P2}")
    assert page.published == "2023-03-07"
    prose_only = clean_page(f"On March 7, 2023, the council approved the harbour budget after a long debate.\n\n{P2}")
    assert prose_only.published is None


def test_date_prefixes_on_the_first_paragraph() -> None:
    page = clean_page(f"Wednesday, 12 January 2022 | {P1}\n\n{P2}")
    assert page.published == "2022-01-12"
    assert page.text.startswith(P1)
    page = clean_page(f" date 2025-01-19 PORT ELM – {P1}\n\n{P2}")
    assert page.published == "2025-01-19"
    assert page.dateline == "PORT ELM"
    assert page.text.startswith("PORT ELM – ")


@pytest.mark.parametrize(
    ("line", "author", "outlet"),
    [
        ("by: Mira Adeyemo", "Mira Adeyemo", None),
        ("By Mira Adeyemo and Tom Reyes", "Mira Adeyemo and Tom Reyes", None),
        ("By Mira Adeyemo | The Harbour Gazette", "Mira Adeyemo", "The Harbour Gazette"),
        ("Reported by Mira Adeyemo", "Mira Adeyemo", None),
        ("Reported by Harbour News Agency", None, "Harbour News Agency"),
        ("As reported by The Harbour Gazette", None, "The Harbour Gazette"),
        ("Source: (Harbour Gazette, March 7, 2023)", None, "Harbour Gazette"),
        ("Source: Coast Herald", None, "Coast Herald"),
        ("By The Harbour Gazette staff", None, "The Harbour Gazette"),
    ],
)
def test_byline_and_source_forms(line: str, author: str | None, outlet: str | None) -> None:
    page = clean_page(f"{P1}\n\n{P2}\n\n{line}")
    assert (page.author, page.outlet) == (author, outlet)
    assert line not in page.text


def test_dateline_and_agency_code() -> None:
    body = f"PORT ELM, March 7 (HNA) – {P1}\n\n{P2}"
    page = clean_page(body)
    assert page.dateline == "PORT ELM"
    assert page.outlet == "HNA"  # only the code is known
    page = clean_page(body + "\n\nReported by Harbour News Agency")
    assert page.outlet == "Harbour News Agency"  # a spelled-out name wins
    assert page.published is None  # "March 7" has no year: unknown, not guessed


def test_short_article_and_empty_page() -> None:
    one = "Café owner José Núñez said “prices will rise” in São Paulo."
    assert clean_page(one).text == one
    assert clean_page("").text == ""
    assert clean_page("Search News\nLatest News\n").text == ""


_LINES = st.sampled_from(
    [
        P1,
        P2,
        QUOTE,
        "March 7, 2023",
        "By Mira Adeyemo",
        "Source: The Harbour Gazette",
        "Photo License:",
        "• captcha",
        "Your Comment",
        "Related news",
        "PORT ELM (HNA) – The council met.",
        "Wednesday, 12 January 2022 | " + P3,
        " date 2025-01-19 ",
        "",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_LINES, st.text(max_size=60)), max_size=25))
def test_never_crashes_and_keeps_only_pieces_of_input_lines(lines: list[str]) -> None:
    raw = "\n".join(lines)
    page = clean_page(raw)
    source_lines = raw.splitlines()
    if page.text:
        for para in page.text.split("\n\n"):
            assert para and para == para.strip()
            assert any(para in line for line in source_lines)
    for value in (page.outlet, page.author, page.title, page.dateline):
        assert value is None or (isinstance(value, str) and value.strip())
    assert page.published is None or len(page.published) == 10


def test_dev_corpus_gold_metadata_and_cleaning() -> None:
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))

    def norm(s: str | None) -> str:
        s = (s or "").replace("’", "'").replace("“", '"').replace("”", '"').replace("–", "-").replace("\u00a0", " ")
        return " ".join(s.split()).lower()

    pages = {aid: clean_page((CORPUS / f"{aid}.txt").read_text(encoding="utf-8")) for aid in gold["articles"]}
    for aid, want in gold["articles"].items():
        got = pages[aid]
        for fld, value in want.items():
            found = getattr(got, fld)
            if value is None:
                assert found is None, (aid, fld, found)
            elif fld == "published":
                assert found == value, (aid, fld)
            else:
                assert norm(value) in norm(found) or norm(found) in norm(value), (aid, fld, found)
    for aid, lines in gold["boilerplate"].items():
        for line in lines:
            assert norm(line) not in norm(pages[aid].text), (aid, line)
    for aid, lines in gold["body"].items():
        for line in lines:
            assert norm(line) in norm(pages[aid].text), (aid, line)


def test_related_list_inside_the_body_goes_but_subheadings_stay() -> None:
    raw = "\n\n".join(
        [P1, "Related stories", "Ferry strike ends after three days", "Fish market to close", P2,
         "What happens next", P3, P4, "Most read", "Harbour United sign striker"]
    )  # fmt: skip
    page = clean_page(raw)
    assert page.text.split("\n\n") == [P1, P2, "What happens next", P3, P4]


def test_question_headline_above_date_and_byline() -> None:
    raw = "\n".join(
        [
            "Harbour budget approved: what it means for ferries?",
            "By Mira Adeyemo",
            "Mar 7, 2023 | Updated Mar 8, 2023",
            P1,
            "What the money buys",  # a subheading inside the body stays
            P2,
            "Tags: harbour, budget, council",
            "Share this article",
        ]
    )
    page = clean_page(raw)
    assert page.title == "Harbour budget approved: what it means for ferries?"
    assert (page.author, page.published) == ("Mira Adeyemo", "2023-03-07")
    assert page.text.split("\n\n") == [P1, "What the money buys", P2]


def test_numeric_date_wire_dateline_and_copyright() -> None:
    raw = "\n".join(
        [
            "Menu",
            "Skip to content",
            "Striker signs for Harbour United in record deal",
            "Football | Transfers",
            "7/3/2023",
            "HARBOUR CITY (Coast Wire) — Harbour United have signed the striker Tom Reyes for a club-record fee.",
            "“I am delighted,” Reyes said.",
            "Advertisement",
            "He will wear the number nine shirt.",
            "© 2023 Coast Wire. All rights reserved.",
        ]
    )
    page = clean_page(raw)
    assert page.title == "Striker signs for Harbour United in record deal"
    assert page.published is None  # 7 March or 3 July: nothing on the page says which
    assert (page.dateline, page.outlet) == ("HARBOUR CITY", "Coast Wire")
    assert page.text.split("\n\n")[1:] == ["“I am delighted,” Reyes said.", "He will wear the number nine shirt."]
    assert "7/3/2023" not in page.text
    # a date written day first elsewhere on the page settles it
    dmy = clean_page(raw.replace("He will wear", "On 6 March he passed a medical. He will wear"))
    assert dmy.published == "2023-03-07"
    mdy = clean_page(raw.replace("He will wear", "On March 6 he passed a medical. He will wear"))
    assert mdy.published == "2023-07-03"


# ---------------------------------------------------------------------------- site name and tail furniture

FB1 = "Riverside Rovers completed the signing of the midfielder Lena Marsh on Friday after weeks of talks."
FB2 = "The club said the fee was undisclosed, but local reporters put it at close to two million euros."
FB3 = "Marsh, who is 24, will join the squad for the pre-season tour of the northern lakes next month."


def _page(*lines: str) -> str:
    return "\n\n".join(lines)


def test_copyright_footer_names_the_outlet_and_goes() -> None:
    raw = _page(
        "Rovers sign Marsh in record deal",
        "June 2, 2024",
        FB1,
        FB2,
        FB3,
        "© 2024 The Valley Courier. All rights reserved.",
    )
    page = clean_page(raw)
    assert page.outlet == "The Valley Courier"
    assert "rights reserved" not in page.text and FB3 in page.text


def test_copyright_of_a_photographer_is_not_the_outlet() -> None:
    raw = _page("Rovers sign Marsh in record deal", FB1, FB2, FB3, "© 2024 Lena Brook")
    assert clean_page(raw).outlet is None


def test_masthead_above_the_headline_is_the_outlet() -> None:
    raw = _page(
        "Northfield Echo",
        "Sport | Football | Transfers",
        "Rovers sign Marsh in record deal",
        "June 2, 2024",
        FB1,
        FB2,
        FB3,
    )
    page = clean_page(raw)
    assert page.outlet == "Northfield Echo"
    assert page.title == "Rovers sign Marsh in record deal"
    assert "Northfield Echo" not in page.text


def test_stylised_masthead_takes_the_casing_of_the_footer() -> None:
    raw = _page(
        "NORTHFIELD ECHO", "Rovers sign Marsh in record deal", "June 2, 2024", FB1, FB2, FB3, "Contact Northfield Echo"
    )
    assert clean_page(raw).outlet == "Northfield Echo"


@pytest.mark.parametrize("top", ["World News", "Mira Adeyemo", "Rovers sign Marsh in record deal"])
def test_section_labels_names_and_headlines_are_not_mastheads(top: str) -> None:
    raw = _page(top, "Marsh joins Rovers on long contract", "June 2, 2024", FB1, FB2, FB3)
    assert clean_page(raw).outlet is None


def test_source_line_on_a_page_with_its_own_masthead_means_republished() -> None:
    raw = _page(
        "Lakeside Digest",
        "Home | Sport | Local",
        "Rovers sign Marsh in record deal",
        "June 2, 2024",
        FB1,
        FB2,
        FB3,
        "Source: The Valley Courier",
        "© 2024 Lakeside Digest",
    )
    page = clean_page(raw)
    assert page.outlet == "Lakeside Digest"
    assert page.text.split("\n\n")[-1] == "Source: The Valley Courier"  # left for the citation finder
    # without a masthead of its own, the source line names the outlet and goes
    alone = clean_page(_page("Rovers sign Marsh in record deal", FB1, FB2, FB3, "Source: The Valley Courier"))
    assert alone.outlet == "The Valley Courier" and "Source:" not in alone.text


def test_source_line_agreeing_with_the_masthead_is_read_and_removed() -> None:
    raw = _page("VALLEY COURIER", "Rovers sign Marsh in record deal", FB1, FB2, FB3, "Source: The Valley Courier")
    page = clean_page(raw)
    assert page.outlet == "The Valley Courier" and "Source:" not in page.text


def test_short_lines_around_the_body_are_furniture_unless_they_continue_it() -> None:
    raw = _page(
        "Northfield Echo",
        "Your town. Your team.",
        "Rovers sign Marsh in record deal",
        "June 2, 2024",
        FB1,
        FB2,
        FB3,
        "“I can't wait to start,” Marsh said.",
        "Advertisement",
        "The previous club declined to comment.",
        "(Reporting by Lena Brook)",
        "Our Values: The Echo Editorial Code.",
        "Topics: Rovers, transfers, football.",
        "Read more:",
        "Rovers appoint new coach.",
        "Stadium roof to be repaired.",
    )
    paras = clean_page(raw).text.split("\n\n")
    assert paras == [FB1, FB2, FB3, "“I can't wait to start,” Marsh said.", "The previous club declined to comment."]


def test_a_title_cased_headline_above_a_subtitle_is_not_a_masthead() -> None:
    raw = _page(
        "Ministry Issues New Report", "Figures show more ferry passengers this spring", "June 2, 2024", FB1, FB2, FB3
    )
    assert clean_page(raw).outlet is None


# ---------------------------------------------------------------------------- follow-up: banners, credits, footers

L1 = "The Eastmoor public library reopened on Monday after an eighteen-month renovation of its reading rooms."
L2 = "Head librarian Ines Varga said visitor numbers on the first day were twice the figure the council expected."
L3 = "The renovation cost 4.1 million euros, most of it paid by a regional culture fund and a local bequest."
L4 = "A children's wing with a small theatre will open in the autumn once the fire inspection is complete."

BANNER_PAGE = "\n".join(
    [
        "Your privacy matters to us",
        "We and our advertising partners use cookies to measure traffic and show personalised ads. "
        "By clicking “Agree” you consent to cookies being stored on your device.",
        "Agree | Decline | Cookie settings",
        "",
        "EASTMOOR EVENING POST",
        "Home | Local | Culture | Sport",
        "Culture",
        "Eastmoor library reopens with new reading rooms",
        "Updated 18:20 BST, 4 Sep 2023",
        "By LENA FISCHER",
        L1,
        L2,
        L3,
        L4,
        "© 2023 Eastmoor Evening Post. All rights reserved.",
    ]
)


def test_cookie_banner_is_furniture_and_title_comes_after_it() -> None:
    page = clean_page(BANNER_PAGE)
    assert page.title == "Eastmoor library reopens with new reading rooms"
    assert page.published == "2023-09-04"  # only an update date: it is used
    assert page.author == "Lena Fischer"
    assert page.outlet == "Eastmoor Evening Post"
    for gone in ("privacy", "cookies", "Agree | Decline", "EASTMOOR EVENING POST", "Culture\n"):
        assert gone not in page.text
    assert page.text.split("\n\n") == [L1, L2, L3, L4]


def test_prose_about_cookies_is_not_a_banner() -> None:
    body = "The regulator said websites must let visitors reject cookies as easily as they accept them."
    page = clean_page("\n".join(["Regulator tightens cookie consent rules", "4 Sep 2023", L1, body, L2]))
    assert body in page.text.split("\n\n")
    assert page.title == "Regulator tightens cookie consent rules"


CREDIT_PAGE = "\n".join(
    [
        "Eastmoor library reopens with new reading rooms",
        "4 Sep 2023 | 3 min read",
        "EASTMOOR, Sept 4 (ENS) – " + L1,
        L2,
        L3,
        L4,
        "(Reporting by Lena Fischer in Eastmoor; Editing by Karl Weiss)",
        "Follow ENS Culture for more stories from the region's libraries and museums.",
        "© Eastern News Service 2023. Republication permitted for subscribers only.",
    ]
)


def test_closing_credit_gives_the_reporter_and_footer_gives_the_outlet() -> None:
    page = clean_page(CREDIT_PAGE)
    assert page.published == "2023-09-04"  # "| 3 min read" does not defeat the date line
    assert page.author == "Lena Fischer"  # the reporter, not the editor
    assert page.outlet == "Eastern News Service"  # copyright holder, the year cut off
    paras = page.text.split("\n\n")
    assert paras[-1] == L4
    for gone in ("Reporting by", "Karl Weiss", "Follow ENS", "Republication", "min read"):
        assert gone not in page.text


def test_byline_beats_closing_credit() -> None:
    page = clean_page(CREDIT_PAGE.replace("4 Sep 2023 | 3 min read", "4 Sep 2023 | 3 min read\nBy Ines Varga"))
    assert page.author == "Ines Varga"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Follow the Evening Post on social media for the latest updates.", "call to action"),
        ("Follow Eastmoor Culture for more coverage of the arts.", "call to action"),
        ("© Eastern News Service 2023. Republication permitted for subscribers only.", "copyright"),
        ("Copyright 2023 Eastmoor Evening Post", "caption or credit"),
        ("Follow the canal for more than two kilometres and the library is on the left.", None),
    ],
)
def test_footer_shapes(line: str, kind: str | None) -> None:
    assert furniture_kind(line) == kind


# ---------------------------------------------------------------------------- follow-up: head and tail shapes

D1 = "The Norvik dam operator opened two spillway gates on Friday night as the reservoir rose after the storm."
D2 = "Farmers downstream said the water reached their fields within an hour and that no warning had been given."
D3 = "The operator said the release followed the rules agreed with the regional water board last spring."
D4 = "An inquiry into the timing of the release will report to the water board before the end of the year."


def test_bare_name_byline_under_the_headline_and_a_nav_line_set_by_spaces() -> None:
    raw = _page(
        "NORVIK COURIER",
        "Local   Region   Farming   Weather",
        "Farmers say dam release flooded fields without warning",
        "Yuki Sato",
        "14 June 2024 18:05 · Updated 2 hours ago",
        D1,
        D2,
        D3,
    )
    page = clean_page(raw)
    assert page.title == "Farmers say dam release flooded fields without warning"
    assert (page.author, page.published, page.outlet) == ("Yuki Sato", "2024-06-14", "Norvik Courier")
    assert page.text.split("\n\n") == [D1, D2, D3]


def test_name_in_place_byline_and_a_standfirst_under_the_headline() -> None:
    raw = _page(
        "The Evening Ledger",
        "Sign in | Register",
        "Dam release: farmers count the cost",
        "Operator defends decision to open the gates as the water board orders an inquiry",
        "Lars Berg in Norvik",
        "Sat 15 Jun 2024 07.30 BST",
        D1,
        D2,
        D3,
    )
    page = clean_page(raw)
    assert page.title == "Dam release: farmers count the cost"  # not the standfirst below it
    assert (page.author, page.published, page.dateline) == ("Lars Berg", "2024-06-15", None)
    assert "Lars Berg" not in page.text and "Norvik" in page.text


def test_headline_shaped_name_line_without_a_date_beside_it_is_not_a_byline() -> None:
    raw = _page("Farmers count the cost of the dam release", "Lars Berg", D1, D2, D3)
    assert clean_page(raw).author is None


@pytest.mark.parametrize(
    ("dateline", "published"),
    [
        ("Norvik Courier · 15/06/2024 · 5 hours ago", "2024-06-15"),  # the name of the site, then the date
        ("Norvik Courier · 06/05/2024 · 5 hours ago", None),  # 6 May or 5 June: nothing on the page says
        ("Norvik Courier · 06.05.2024 · 12 comments", "2024-05-06"),  # the dotted form is day first
    ],
)
def test_tagline_under_the_masthead_is_not_the_title(dateline: str, published: str | None) -> None:
    raw = _page(
        "Norvik Courier",
        "All the news from the valley",
        "Home | Valley | Farming | Weather",
        "Dam operator defends spillway release",
        dateline,
        D1,
        D2,
        D3,
    )
    page = clean_page(raw)
    assert page.title == "Dam operator defends spillway release"
    assert (page.outlet, page.published) == ("Norvik Courier", published)
    assert "All the news from the valley" not in page.text and "hours ago" not in page.text


def test_tagline_is_skipped_even_when_no_date_line_is_read() -> None:
    raw = _page(
        "Norvik Courier",
        "All the news from the valley",
        "Home | Valley | Farming | Weather",
        "Dam operator defends spillway release",
        D1,
        D2,
        D3,
    )
    assert clean_page(raw).title == "Dam operator defends spillway release"


def test_blog_masthead_confirmed_by_a_nav_line_and_posted_by_byline() -> None:
    raw = _page(
        "RIVER LEDGER",
        "Notes on water, weather and the people who manage them",
        "Home · About · Archive",
        "What the spillway logs show",
        "Posted by Ines Varga on 16/06/2024 at 22:10 | 4 comments",
        D1,
        D2,
        D3,
        D4,
        "Ines Varga is a hydrologist at a regional university. Views are her own.",
        "Tags: dam, Norvik, floods",
        "4 comments",
        "Leave a reply",
    )
    page = clean_page(raw)
    assert page.outlet == "River Ledger"
    assert (page.author, page.published) == ("Ines Varga", "2024-06-16")  # 16 is a day: the order is settled
    assert page.title == "What the spillway logs show"
    assert page.text.split("\n\n") == [D1, D2, D3, D4]


@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        ("© 2024 Norvik Courier Ltd. All rights reserved.", "Norvik Courier"),
        ("© 2024 Valley Media, Inc.", "Valley Media"),
        ("Copyright © 2024 River Press LLC", "River Press"),
        ("© 2024 Talblick Verlag GmbH", "Talblick Verlag"),
        ("© 2024 Diario del Valle S.A. Todos los derechos reservados.", "Diario del Valle"),
        ("© 2024 Northern Broadcasting Corporation", "Northern Broadcasting Corporation"),  # part of the name
    ],
)
def test_company_suffix_is_cut_from_the_copyright_holder(footer: str, outlet: str) -> None:
    raw = _page("Dam operator defends spillway release", "June 15, 2024", D1, D2, D3, footer)
    assert clean_page(raw).outlet == outlet


def test_republication_line_stays_without_its_link_label() -> None:
    raw = _page(
        "Valley Digest",
        "For you | Valley | Weather",
        "Dam operator defends spillway release",
        "By Lars Berg for The Evening Ledger",
        D1,
        D2,
        D3,
        "This article was first published by The Evening Ledger. Read the original article here.",
        "Valley Digest may earn a commission from links on this page.",
    )
    page = clean_page(raw)
    assert page.outlet == "Valley Digest"
    assert page.text.split("\n\n")[-1] == "This article was first published by The Evening Ledger."


def test_read_more_label_after_a_body_paragraph_goes_but_the_paragraph_stays() -> None:
    page = clean_page(_page("Dam operator defends spillway release", D1, D2, D3 + " Read more"))
    assert page.text.split("\n\n") == [D1, D2, D3]


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        # the author's bio, with a disclaimer
        (["Lars Berg is a water engineer and writes about rivers. The views expressed are his own."], []),
        # a disclaimer on its own line after the bio of the page's author
        (["Lars Berg is a former dam inspector.", "The views expressed in this article are those of the author."], []),
        # a disclaimer closing the last paragraph: the paragraph stays
        ([D4 + " The views expressed in this column do not necessarily reflect those of the Courier."], [D4]),
        # "the writer is …"
        (["The writer is a senior fellow at a water policy institute."], []),
        # someone else's profile with no disclaimer: body text, kept
        (["Ana Costa is a farmer who has worked the flooded fields for thirty years."],
         ["Ana Costa is a farmer who has worked the flooded fields for thirty years."]),
        # a disclaimer after a body sentence on the last line: the sentence stays
        (["It was the worst flood in a century. The views expressed here are my own."],
         ["It was the worst flood in a century."]),
        # a body sentence about views: kept
        (["Views are divided in the valley, the mayor said, and the inquiry will test them."],
         ["Views are divided in the valley, the mayor said, and the inquiry will test them."]),
    ],
)  # fmt: skip
def test_author_bio_and_disclaimer_at_the_end_go(tail: list[str], kept: list[str]) -> None:
    raw = _page("Dam operator defends spillway release", "By Lars Berg", "June 15, 2024", D1, D2, D3, *tail)
    assert clean_page(raw).text.split("\n\n") == [D1, D2, D3, *kept]


def test_bio_of_a_person_named_in_the_body_is_kept_when_not_the_last_line() -> None:
    mid = "Lars Berg is the engineer who signed the release order on Friday night, the operator said."
    raw = _page("Dam operator defends spillway release", "By Lars Berg", "June 15, 2024", D1, mid, D2, D3)
    assert mid in clean_page(raw).text


@pytest.mark.parametrize(
    "line",
    [
        "News   Sport   Weather   Farming",
        "Updated 3 hours ago",
        "8 min read · 12 comments",
        "Tags: dam, floods, Norvik",
    ],
)
def test_more_furniture_shapes(line: str) -> None:
    assert furniture_kind(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "The dam held.  The fields did not.  Farmers are angry.",  # sentences set apart by two spaces
        "Norvik   dam   opens",  # spaced words with no capitalised labels after the first
        "Three hours ago the water was at the top of the wall, the operator said.",
    ],
)
def test_spaced_or_timed_body_lines_are_not_furniture(line: str) -> None:
    assert furniture_kind(line) is None


def test_headline_is_the_top_of_the_lines_above_the_date_block() -> None:
    raw = _page(
        "Breaking: Storm warning issued for the northern coast",
        "Dam operator defends spillway release",
        "Farmers downstream say no warning was given before the gates opened",
        "Updated 3 hours ago",
        "By Yuki Sato",
        D1,
        D2,
        D3,
    )
    page = clean_page(raw)
    assert page.title == "Dam operator defends spillway release"  # not the ticker, nor the standfirst
    assert page.author == "Yuki Sato" and "hours ago" not in page.text


def test_place_above_the_date_is_not_a_bare_byline() -> None:
    raw = _page("Dam operator defends spillway release", "Port Elm", "June 15, 2024", "PORT ELM – " + D1, D2, D3)
    page = clean_page(raw)
    assert page.author is None and page.dateline == "PORT ELM"


def test_last_paragraph_about_someone_sharing_the_authors_surname_is_kept() -> None:
    end = "Berg is expected to give evidence to the inquiry next month, the water board said."
    raw = _page("Dam operator defends spillway release", "By Lars Berg", "June 15, 2024", D1, D2, D3, end)
    assert clean_page(raw).text.split("\n\n")[-1] == end


def test_opinion_page_with_bare_byline_and_the_authors_bio_at_the_end() -> None:
    raw = _page(
        "The Civic Review",
        "Opinion",
        "We should have opened the spillway sooner",
        "Ines Varga",
        "15 June 2024",
        D1,
        D2,
        D3,
        "Ines Varga is a former dam inspector and the author of a book on reservoirs.",
        "The opinions expressed in this article are the author's own.",
    )
    page = clean_page(raw)
    assert (page.author, page.title) == ("Ines Varga", "We should have opened the spillway sooner")
    assert page.text.split("\n\n") == [D1, D2, D3]


@pytest.mark.parametrize(
    ("dateline", "first", "author"),
    [
        ("Ines Varga · 15 June 2024 · 4 min read", D1, "Ines Varga"),  # a person's name before the date
        ("Norvik Courier · 15 June 2024", D1, None),  # the site's name
        ("Port Elm · 15 June 2024", "PORT ELM – " + D1, None),  # the place of the body's dateline
    ],
)
def test_name_before_the_date_on_a_date_line(dateline: str, first: str, author: str | None) -> None:
    page = clean_page(_page("Dam operator defends spillway release", dateline, first, D2, D3))
    assert (page.author, page.published) == (author, "2024-06-15")


# ---------------------------------------------------------------------------- boxes, credits, comments, tags

F1 = "The Talvik ferry company raised its winter fares by eleven percent on Monday, citing the cost of fuel."
F2 = "Harbour master Joran Vell said the increase would hit island families who cross daily for work and school."
F3 = "The regional transport board will review the new fares at its next meeting in the spring."
F4 = "Passenger groups plan a protest at the quay on Saturday, their chairwoman told reporters."
F5 = "The company has not ruled out a further rise in the summer if fuel prices keep climbing."


def _blocks(*blocks: str) -> str:
    """A page whose arguments are blocks of lines: a line break inside one, a blank line between them."""
    return "\n\n".join(blocks)


@pytest.mark.parametrize(
    "line",
    [
        "Fishermen mend their nets on the Talvik quay (Island Courier file photo)",
        "The new ferry at its berth in Talvik. Photo: Ines Varga/TPA",
        "Volunteers clear the beach after the storm | Image: Coastline Weekly",
        "Islanders queue for the morning ferry. Picture: Ole Brandt",
        "The flooded square on Monday. Credit: Rivermouth Civic Trust",
        "The harbour wall at dusk Photo: Jon Eriksen",
    ],
)
def test_captions_ending_in_a_credit_are_furniture(line: str) -> None:
    assert furniture_kind(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "The museum bought the photo for two million euros at an auction in Geneva last week.",
        "The agency's photo editor, Lena Park, resigned in protest on Friday.",
        "He said the picture showed the ferry leaving port with its doors open.",
        "The island's credit union has frozen new loans until the spring. Credit: tight, the manager said",
        "Protesters clashed with police outside the ferry office on Tuesday (see video)",
        F2,
    ],
)
def test_body_lines_about_photos_or_credit_are_not_furniture(line: str) -> None:
    assert furniture_kind(line) is None


def test_caption_beside_its_own_credit_line_goes() -> None:
    raw = _blocks(
        "Ferry fares rise again",
        "By Lena Park",
        F1,
        "Islanders wait for the first crossing of the day\nPhoto: Jon Eriksen/Valley Post",  # same block
        F2,
        "The old ticket office on the quay, closed since March",  # its own block, no full stop
        "(Photo by Mara Lind)",
        F3,
        "Image: Valley Post",  # a credit between two body paragraphs: they stay
        F4,
    )
    page = clean_page(raw)
    assert page.text.split("\n\n") == [F1, F2, F3, F4]


def test_body_paragraphs_around_a_credit_in_one_block_stay() -> None:
    short = "The fares take effect on the first of May."
    raw = _blocks("Ferry fares rise again", "By Lena Park", F1, f"{short}\nPhoto: Jon Eriksen/Valley Post\n{F2}", F3)
    assert clean_page(raw).text.split("\n\n") == [F1, short, F2, F3]


def test_newsletter_box_goes_but_a_body_line_on_subscriptions_stays() -> None:
    subs = "Subscription fees for the island ferry pass will also rise by ten percent in April."
    raw = _blocks(
        "Ferry fares rise again",
        "By Lena Park",
        F1,
        F2,
        "The Valley Evening Digest, delivered to your inbox. Enter your e-mail | Sign up\n"
        "No spam. Unsubscribe whenever you like.",
        subs,
        F3,
        "Harbour news you can use, every Monday. Subscribe",
        F4,
    )
    page = clean_page(raw)
    assert page.text.split("\n\n") == [F1, F2, subs, F3, F4]


@pytest.mark.parametrize(
    "line",
    [
        "Support independent local reporting. The Valley Post is paid for by readers. Donate now",
        "Become a member of the Valley Post today",
        "Support the Valley Post.",
        "Our reporting is funded by readers like you.",
        "Please consider making a donation to keep our newsroom open.",
    ],
)
def test_donation_appeals_are_furniture(line: str) -> None:
    assert furniture_kind(line) is not None
    page = clean_page(_blocks("Ferry fares rise again", "By Lena Park", F1, F2, line, F3, F4))
    assert page.text.split("\n\n") == [F1, F2, F3, F4]


@pytest.mark.parametrize(
    "line",
    [
        "Supporters of the new ferry line gathered outside the town hall on Saturday.",
        "Become a member of the union, the harbour master urged the island's dockworkers.",
        "Readers of the island newsletter were the first to learn of the closure, Vell said.",
        "The island radio station is funded by its members and a small state grant.",
        "Scammers send fake ferry invoices to your email address every week.",
        "Support For Ferry Plan Grows Among Islanders",
    ],
)
def test_body_lines_about_support_or_newsletters_are_not_furniture(line: str) -> None:
    assert furniture_kind(line) is None


def test_blog_comment_section_goes_to_the_end_of_the_page() -> None:
    raw = _blocks(
        "Ferry fares rise again",
        "By Lena Park",
        F1,
        F2,
        F3,
        F4,
        "3 thoughts on “Ferry fares rise again”",
        "Oskar Lind on 4 April 2024 at 18:20\nThese prices are a scandal for anyone who lives on the island.\nReply",
        "Mara\nI have stopped taking the ferry altogether since the last rise in the autumn.\nReply",
        "Leave a Reply",
    )
    page = clean_page(raw)
    assert page.text.split("\n\n") == [F1, F2, F3, F4]


def test_commenter_lines_without_a_heading_close_the_body() -> None:
    raw = _blocks(
        "Ferry fares rise again",
        "By Lena Park",
        F1,
        F2,
        F3,
        F4,
        "Oskar Lind says:\nApril 4, 2024 at 6:20 pm\nThe company should open its books before it raises fares again.",
        "Reply",
    )
    assert clean_page(raw).text.split("\n\n") == [F1, F2, F3, F4]


def test_comment_heading_with_body_prose_after_it_keeps_the_prose() -> None:
    heading = "2 responses to “Ferry fares rise again”"
    page = clean_page(_blocks("Ferry fares rise again", "By Lena Park", F1, F2, F3, heading, F4, F5))
    assert page.text.split("\n\n") == [F1, F2, F3, F4, F5]


@pytest.mark.parametrize(
    "cloud",
    [
        "Topics\nFerries   Fares   Talvik   Transport   Islands",
        "Tags\nferries, fares, Talvik, island transport",
        "Keywords\nFerries\nFares\nTalvik",
    ],
)
def test_tag_cloud_under_a_lone_label_goes(cloud: str) -> None:
    page = clean_page(_blocks("Ferry fares rise again", "By Lena Park", F1, F2, F3, cloud, F4, F5))
    assert page.text.split("\n\n") == [F1, F2, F3, F4, F5]


def test_a_sentence_under_a_lone_tags_label_stays() -> None:
    page = clean_page(_blocks("Ferry fares rise again", "By Lena Park", F1, F2, F3, "Topics", F4, F5))
    assert page.text.split("\n\n") == [F1, F2, F3, F4, F5]


@pytest.mark.parametrize("kicker", ["EXCLUSIVE | ISLAND TRANSPORT", "OPINION · FERRIES & FARES", "HARBOUR AND COAST"])
def test_all_caps_section_label_over_the_headline_is_not_the_title(kicker: str) -> None:
    raw = _blocks("Valley Post", "Home | News | Islands | Opinion", kicker, "Why the ferry fare rise is a mistake",
                  "By Lena Park", "5 April 2024", F1, F2, F3)  # fmt: skip
    page = clean_page(raw)
    assert page.title == "Why the ferry fare rise is a mistake"
    assert kicker not in page.text


def test_all_caps_headline_is_still_the_title() -> None:
    raw = _blocks("FERRY FARES TO RISE IN SPRING", "By Lena Park", "5 April 2024", F1, F2, F3)
    assert clean_page(raw).title == "FERRY FARES TO RISE IN SPRING"


# ---------------------------------------------------------------------------- breadcrumbs, footers, paywalls, datelines

W1 = "Tallinge town council voted on Monday to close the old swimming baths at the end of the summer season."
W2 = "The mayor, Petra Lindqvist, said the building needed repairs that the town could no longer afford to pay for."
W3 = "Residents have collected more than two thousand signatures asking the council to keep the baths open."
W4 = "A public meeting on the future of the site will be held in the town library before the end of the month."


@pytest.mark.parametrize("crumbs", ["Home / Media / Press releases", "Home > News > Region > Tallinge"])
def test_breadcrumb_line_is_not_the_title(crumbs: str) -> None:
    raw = _blocks("Skip to content", crumbs, "Media release", "3 June 2024",
                  "Tallinge council votes to close the old swimming baths", W1, W2, W3)  # fmt: skip
    page = clean_page(raw)
    assert page.title == "Tallinge council votes to close the old swimming baths"
    assert crumbs not in page.text and page.text.split("\n\n") == [W1, W2, W3]


@pytest.mark.parametrize(
    "crumbs",
    [
        "You are here: Home > Newsroom > Statements",
        "Notices > Lakes and the Western Hills > Tallinge",
        "Location: News / Towns",
    ],
)
def test_labelled_or_long_breadcrumb_is_not_the_title(crumbs: str) -> None:
    # a 'You are here:' label before the trail, or a label of five words in title case, is still a trail
    raw = _blocks("Tallinge Town Council", "Skip to main content", crumbs,
                  "Tallinge council votes to close the old swimming baths", "Tallinge, 3 June 2024",
                  W1, W2, W3)  # fmt: skip
    page = clean_page(raw)
    assert page.title == "Tallinge council votes to close the old swimming baths"
    assert crumbs not in page.text


def test_long_formal_name_in_masthead_and_footer_is_the_outlet() -> None:
    # a ministry's press-release page: the body's full name of eight words tops the page and signs the footer
    name = "Ministry of Water and Forests of the Republic of Varnel"
    raw = _blocks(name, "Skip to main content", "The Ministry | Press Office | Contact",
                  "Statement on the closure of the Tallinge baths", "Varnel City, 3 June 2024", W1, W2, W3,
                  f"© {name} | Accessibility | Privacy")  # fmt: skip
    page = clean_page(raw)
    assert page.outlet == name
    assert page.title == "Statement on the closure of the Tallinge baths"


def test_masthead_brand_named_again_beats_its_descriptor() -> None:
    # 'BRAND | descriptor': the part the page names again (the dateline's agency) is the outlet, in the text's casing
    raw = _blocks("VARPRESS | Varnel State News Agency", "Home   Politics   Regions   World",
                  "Tallinge council votes to close the old swimming baths",
                  "TALLINGE, 3 June (Varpress) - " + W1, W2, W3)  # fmt: skip
    assert clean_page(raw).outlet == "Varpress"


def test_masthead_parts_set_apart_by_spaces() -> None:
    raw = _blocks("FWS  Fjordane Wire Service", "World  |  Business  |  Markets  |  Politics",
                  "Tallinge council votes to close the old swimming baths", "3 June 2024", W1, W2, W3)  # fmt: skip
    assert clean_page(raw).outlet == "Fjordane Wire Service"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Home / Media / Releases", "widget"),
        ("Home > Region", "widget"),
        ("You are here: Home > Region", "widget"),
        ("Notices > Lakes and the Western Hills > Tallinge", "widget"),
        ("Analysis > Why the council closed the old baths after all", None),  # a clause, not a label
        ("Wind / Solar", None),  # two parts without a 'Home': a pair, not a trail
        ("Costs rose 4 / 5 / 6 per cent", None),
    ],
)
def test_breadcrumbs_are_furniture(line: str, kind: str | None) -> None:
    assert furniture_kind(line) == kind


def test_copyright_line_with_footer_links_names_the_outlet() -> None:
    raw = _blocks("Tallinge council votes to close the old swimming baths", "3 June 2024", W1, W2, W3,
                  "© 2024 Pellworth Instruments GmbH    Imprint    Privacy policy    Contact us")  # fmt: skip
    page = clean_page(raw)
    assert page.outlet == "Pellworth Instruments"
    assert "Imprint" not in page.text


@pytest.mark.parametrize(
    "opening",
    [
        "TALLINGE, 3 June 2024 /Pellworth Instruments/ – ",
        "TALLINGE, June 3, 2024 /PRNewswire/ -- ",
        "Tallinge, 3 June 2024 /Pellworth Instruments/ – ",
    ],
)
def test_press_wire_dateline(opening: str) -> None:
    raw = _blocks("Pellworth Instruments", "Products    Investors    Newsroom    Careers",
                  "Pellworth to fund new swimming baths in Tallinge", opening + W1, W2, W3)  # fmt: skip
    page = clean_page(raw)
    assert page.dateline == opening.split(",")[0]
    assert page.title == "Pellworth to fund new swimming baths in Tallinge"


QA_PAGE = "\n\n".join(
    [
        "NNA – Norrvik News Agency | World Service Edition Online",
        "Region   Economy   World   Interviews   Video",
        "04.06.2024 | 09:15",
        "Interviews",
        'ANALYSIS – Tallinge mayor: "The baths cannot be saved"',
        "TALLINGE, 4 June (NNA) – " + W1,
        W2,
        W3,
        "© NNA 2024. All rights reserved.",
    ]
)


def test_genre_label_headline_under_a_masthead_with_both_names() -> None:
    page = clean_page(QA_PAGE)
    assert page.title == 'ANALYSIS – Tallinge mayor: "The baths cannot be saved"'  # not the masthead
    assert page.dateline == "TALLINGE"  # not "ANALYSIS"
    assert page.outlet == "Norrvik News Agency"  # the spelled-out name, not "NNA" nor the longest part
    assert page.published == "2024-06-04"
    assert page.text.split("\n\n") == ["TALLINGE, 4 June (NNA) – " + W1, W2, W3]


def test_masthead_brand_beats_the_company_in_the_copyright_line() -> None:
    raw = _blocks("TVB NEWS", "Home | Region | Sport | TVB Radio", "Tallinge council votes to close the old baths",
                  "3 June 2024", W1, W2, W3, "Follow TVB News on the radio every evening.",
                  "Copyright 2024 Tallinge Valley Broadcasting Ltd. All rights reserved.")  # fmt: skip
    assert clean_page(raw).outlet == "TVB News"
    # a masthead that is only an acronym gives way to a holder that spells it out
    bare = raw.replace("TVB NEWS", "TVB").replace("Ltd.", "Ltd").replace("Tallinge Valley Broadcasting Ltd",
                                                                        "Tallinge Valley Broadcasting")  # fmt: skip
    assert clean_page(bare).outlet == "Tallinge Valley Broadcasting"


@pytest.mark.parametrize("stamp", ["04.06.2024, 18:30 o'clock", "04.06.2024, 18:30 Uhr", "4 June 2024, 18h30",
                                   "June 4, 2024, 6 p.m. local time"])  # fmt: skip
def test_translated_time_words_do_not_defeat_the_date_line(stamp: str) -> None:
    raw = _blocks("Tallinger Tageblatt", "Politics | Region | Culture", stamp,
                  "Tallinge council votes to close the old baths", W1, W2, W3)  # fmt: skip
    assert clean_page(raw).published == "2024-06-04"


def test_city_full_stop_opening_is_the_dateline() -> None:
    history = "The baths opened in Tallinge in 1931 and were last renovated in 1978."
    raw = _blocks("Tallinge council votes to close the old baths", "4 June 2024", "By Ottar Berg, Tallinge",
                  "Tallinge. " + W1, W2, history)  # fmt: skip
    page = clean_page(raw)
    assert page.dateline == "Tallinge"
    assert page.text.startswith("Tallinge. " + W1)  # the opening stays in the body
    # a place the page never names as a place, or a one-word sentence, is no dateline
    unnamed = raw.replace("By Ottar Berg, Tallinge", "By Ottar Berg").replace("in Tallinge", "")
    assert clean_page(unnamed).dateline is None
    assert clean_page(raw.replace("Tallinge. ", "Finally. ")).dateline is None


def test_editor_of_a_live_blog_is_its_author() -> None:
    raw = _blocks("LIVE", "Tallinge baths: council debate as it happens", "Edited by Petra Holm", "4 June 2024",
                  "16:40", W1, "16:05", W2, "15:30", W3)  # fmt: skip
    assert clean_page(raw).author == "Petra Holm"
    bylined = raw.replace("Edited by Petra Holm", "Edited by Petra Holm\n\nBy Ottar Berg")
    assert clean_page(bylined).author == "Ottar Berg"
    # on an ordinary article the editor is not the author
    plain = _blocks("Tallinge council votes to close the old baths", "Edited by Petra Holm", "4 June 2024", W1, W2, W3)
    assert clean_page(plain).author is None


def test_paywall_box_after_the_body_goes() -> None:
    raw = _blocks("Tallinge council votes to close the old baths", "4 June 2024", W1, W2, W3, W4,
                  "Read the full article with Tageblatt Plus", "Subscribe now and read the first month for 1 euro.",
                  "Already a subscriber? Log in here")  # fmt: skip
    assert clean_page(raw).text.split("\n\n") == [W1, W2, W3, W4]


@pytest.mark.parametrize(
    "prompt",
    [
        "This article is for subscribers only.",
        "To continue reading, log in or subscribe to the Tageblatt.",
        "Start your free trial and read every article for a month.",
    ],
)
def test_paywall_prompts_are_furniture(prompt: str) -> None:
    assert furniture_kind(prompt) == "paywall"
    raw = _blocks("Tallinge council votes to close the old baths", "4 June 2024", W1, W2, W3, W4, prompt)
    assert clean_page(raw).text.split("\n\n") == [W1, W2, W3, W4]


def test_body_sentences_about_subscriptions_stay() -> None:
    said = "Subscribers can read all the council papers online, the mayor said."
    report = "Read the full report on the council website."
    raw = _blocks("Tallinge council votes to close the old baths", "4 June 2024", W1, said, W2, report, W3)
    assert clean_page(raw).text.split("\n\n") == [W1, said, W2, report, W3]


def test_foreign_byline_and_date_lines_are_read_and_removed() -> None:
    raw = _blocks("Fjord Post", "Nyheter | Kultur | Sport", "Tallinge council votes to close the old baths",
                  "Av Kari Holm", "Publisert 07.02.2025 kl. 14:03", "Oppdatert 08.02.2025 kl. 16:20",
                  W1, W2, W3)  # fmt: skip
    page = clean_page(raw)
    assert (page.author, page.published) == ("Kari Holm", "2025-02-07")
    assert page.text.split("\n\n") == [W1, W2, W3]


def test_a_sentence_opening_with_a_foreign_marker_word_stays() -> None:
    por = "Por Varnel, the old road through the hills, the lorries no longer pass at all."
    raw = _blocks("Tallinge council votes to close the old baths", "4 June 2024", W1, por, W2, W3)
    assert clean_page(raw).text.split("\n\n") == [W1, por, W2, W3]


@pytest.mark.parametrize(
    ("top", "foot"),
    [
        (["FPA", "Fjord Press Agency"], "© 2025 FPA. All rights reserved."),
        (["FPA"], "© 2025 Fjord Press Agency (FPA). Republication only with a link."),
        (["FPA – Fjord Press Agency | English Service"], "© FPA 2025"),
    ],
)
def test_an_acronym_outlet_is_the_name_the_page_spells_out(top: list[str], foot: str) -> None:
    raw = _blocks(*top, "Home / Region / Culture", "Tallinge council votes to close the old baths",
                  "4 June 2024", W1, W2, W3, foot)  # fmt: skip
    assert clean_page(raw).outlet == "Fjord Press Agency"


@pytest.mark.parametrize(
    ("head", "author"),
    [
        ("Posted 4 March 2026, 09:12 | Fjord Post Desk", None),  # a desk names no person
        ("Posted 4 March 2026, 09:12 | Staff", None),
        ("4 March 2026 · Middle East", None),  # a section, not a person
        ("4 March 2026 · Jane Doe", "Jane Doe"),
        ("4 March 2026 | Jane Doe and Tom Reyes", "Jane Doe and Tom Reyes"),
    ],
)
def test_date_line_with_a_desk_or_byline_after_it(head: str, author: str | None) -> None:
    page = clean_page(f"Harbour budget approved\n\n{head}\n\n{P1}\n\n{P2}")
    assert page.published == "2026-03-04"
    assert page.author == author
    assert P1 in page.text and P2 in page.text


def test_half_hour_zone_on_the_date_line() -> None:
    page = clean_page(f"Harbour budget approved\n\nMarch 4, 2026 4:31 PM GMT+3:30 Updated 3 hours ago\n\n{P1}\n\n{P2}")
    assert page.published == "2026-03-04"


def test_player_and_weather_boxes_are_no_headline() -> None:
    page = clean_page(
        "Fjord Coast Radio 101.2 FM\nListen live   Programmes   News   Sport   Contact\n"
        "Now playing: Morning Tide with Jane Doe\nWeather Port Elm 9°C, wind SW 20 km/h\n"
        f"Harbour budget approved after marathon council session\nBy Mira Adeyemo\n"
        f"5 March 2026, 09:05 | News, Region\n\n{P1}\n\n{P2}\n\n{P3}"
    )
    assert page.title == "Harbour budget approved after marathon council session"
    assert page.published == "2026-03-05"
    assert "Now playing" not in page.text and "9°C" not in page.text


def test_date_line_with_a_section_after_its_time_is_no_menu() -> None:
    page = clean_page(
        f"Fenwick Times\nHome   World   Sport\n\nHarbour budget approved\n\n05.03.2026 | 11:32 | Port Elm\n\n{P1}\n\n"
        f"{P2}\n\nMost read\nEvening bulletin, 4 March 2026\n"
    )
    assert page.published == "2026-03-05"


def test_site_notice_above_a_press_release_headline() -> None:
    page = clean_page(
        "Fenwick Ferries\nBook tickets   Timetables   Our fleet   About us   News\n\n"
        "IMPORTANT: All sailings to Port Elm are cancelled until further notice. Refunds are automatic.\n\n"
        "News  ›  Press releases\n\nStatement on the harbour budget (update 2)\n\n"
        f"Published: 5 March 2026, 18:00\n\n{P1}\n\n{P2}\n\n{P3}"
    )
    assert page.title == "Statement on the harbour budget (update 2)"
    assert "All sailings" not in page.text and P1 in page.text


def test_headline_and_date_below_a_long_run_of_furniture() -> None:
    raw = "\n\n".join(
        [
            "Skip to main content",
            "FJORDLAND | EN",
            "Ministry of Coastal Fisheries and Harbours",
            "Kingdom of Fjordland",
            "Home   The Ministry   Press   Fisheries   Grants   Contact",
            "Home › Press › Press releases",
            "We use cookies on this site. By continuing you accept our cookie policy. Accept  Settings",
            "Minister Aalto: northern harbour stays closed to trawlers until the storm damage is repaired",
            "Press release | 04.03.2025 | Fisheries",
            "VARNHOLM, 4 March 2025 – The northern harbour will stay closed to trawlers until the storm damage "
            "to its breakwater is repaired, Minister of Coastal Fisheries Jana Aalto said on Tuesday.",
            "Engineers found two breaches in the breakwater on Monday, and repairs are expected to take a month, "
            "the ministry said in a statement.",
        ]
    )
    page = clean_page(raw)
    assert page.published == "2025-03-04"
    assert page.title is not None and page.title.startswith("Minister Aalto")


def test_edition_label_beside_the_brand_is_no_outlet_name() -> None:
    page = clean_page(
        "Le Courrier d'Ostrel - English Edition\n\nNATION   WORLD   OPINION\n\n"
        "Harbour budget approved after long debate\n\nBy Mira Castell\n\nPublished on 5 March 2026\n\n"
        f"{P1}\n\n{P2}\n\n{P3}"
    )
    assert page.outlet == "Le Courrier d'Ostrel"


def test_all_caps_masthead_of_a_brand_and_its_translation() -> None:
    page = clean_page(
        "NAŠ GRAD | OUR TOWN\n\nNews   Interviews   Column\n\n"
        "Harbour budget approved after long debate\n\n05.03.2026.\n\n"
        f"{P1}\n\nThe vote was close, a councillor told Our Town on Monday.\n\n{P2}\n\nFollow Our Town on Telegram\n\n"
        "© Naš Grad / Our Town 2026"
    )
    assert page.outlet == "Our Town"


def test_section_label_on_top_is_no_masthead() -> None:
    page = clean_page(f"WORLD | EUROPE\n\nHarbour budget approved after long debate\n\nBy Mira Castell\n\n{P1}\n\n{P2}")
    assert page.outlet is None


def test_bare_byline_of_two_authors_and_their_agency() -> None:
    page = clean_page(
        "Fjord Digest\nYour world in five minutes\n\nTop Stories | World | Europe\n\n"
        "Varnel council approves new harbour budget after long debate\n\nMira Castell and Tom Reyes | Fenwick Wire\n\n"
        f"5 May 2024, 10:02\n\n{P1}\n\n{P2}"
    )
    assert page.author == "Mira Castell and Tom Reyes"
    assert page.outlet == "Fjord Digest"


def test_bracketed_translation_note_is_no_headline() -> None:
    page = clean_page(
        "FJORD SPARK — English service\n\nHome | News | World | Support us\n\n"
        "[Machine translation from Varnish. The editors apologise for any errors.]\n\n13 March 2026\n\n"
        f"Harbour budget approved after a night of debate\n\nAuthor: Mira Castell\n\n{P1}\n\n{P2}"
    )
    assert page.title == "Harbour budget approved after a night of debate"


def test_comment_gate_and_related_links_after_the_body_go() -> None:
    page = clean_page(
        f"Fenwick Times\n\nHarbour budget approved\n\nBy Mira Castell\n\n5 March 2026\n\n{P1}\n\n{P2}\n\n"
        "Read also\nWhy the harbour matters: a short history\nPodcast: A year on the quay\n\n"
        "Comments are reserved for subscribers. Log in or subscribe."
    )
    assert P2 in page.text
    assert "Podcast" not in page.text and "reserved for subscribers" not in page.text


@pytest.mark.parametrize(
    "line",
    [
        "Comments are reserved for subscribers. Log in or subscribe.",
        "Only registered users can comment.",
        "You must be logged in to post a comment.",
        "Commenting is open to subscribers only.",
    ],
)
def test_comment_gates_are_furniture(line: str) -> None:
    assert furniture_kind(line) == "comment form"


@pytest.mark.parametrize(
    "line",
    [
        "This text is translated automatically from the Varnish original. In case of discrepancy the Varnish "
        "version is valid.",
        "This article was translated from Varnish by the Fjord Post English desk.",
        "Translated from Varnish language by volunteers of Fjord Spark. We apologise for mistakes.",
        "Machine translation.",
    ],
)
def test_translation_notes_are_furniture(line: str) -> None:
    assert furniture_kind(line) == "translation note"


@pytest.mark.parametrize(
    "line",
    [
        "Translated from Varnish, the slogan on the banner reads as a threat to the harbour board.",
        "The letter was translated by the embassy and sent to the ministry on Monday.",
        "AI translation tools are spreading fast among the ministries of the region.",
        '"We will appeal," said Tom Reyes (translated from Varnish).',
    ],
)
def test_sentences_about_translating_are_no_translation_notes(line: str) -> None:
    assert furniture_kind(line) != "translation note"


def test_translation_notice_above_the_headline_leaves_the_head_to_the_page() -> None:
    # a notice paragraph above the headline is no first body paragraph: masthead, headline, byline and
    # dateline are read as on any page; the notice goes
    page = clean_page(
        "FJORD SPARK\nEnglish service\n\nMain  Politics  Economy  Sport  Weather\n\nTuesday, 14 July 2026\n\n"
        "This text is translated automatically from the Varnish original. In case of discrepancy the Varnish "
        "version is valid.\n\nDoe: the harbour board was warned in May, nobody listened\n\n"
        "Political section | 14.07.2026 | 13:25 | Author: Mira Castell\n\n"
        f"PORT ELM – {P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n© 2026 Fjord Spark"
    )
    assert page.title == "Doe: the harbour board was warned in May, nobody listened"
    assert page.author == "Mira Castell"
    assert page.dateline == "PORT ELM"
    assert page.outlet == "Fjord Spark"
    assert "translated automatically" not in page.text


def test_byline_before_the_date_loses_its_marker() -> None:
    page = clean_page(
        "FENWICK UNCOVERED\nThe news they hide\n\nNEWS | POLITICS | MONEY\n\n"
        "HARBOUR SCANDAL: 600 jobs, zero answers\n\nBy Mira Castell | 14 July 2026, 07:15 | Updated 11:02\n\n"
        f"{P1}\n\n{P2}\n\n{P3}"
    )
    assert page.author == "Mira Castell"


def test_aggregator_brand_with_digits_beats_the_republished_outlet() -> None:
    page = clean_page(
        "FjordBrief24 - the world in five minutes\n\nHome | World | Europe | Energy | Business\n\nENERGY\n\n"
        "Harbour budget approved after a night of debate\n\nPosted 15 July 2026, 08:05 | FB24 Desk\n\n"
        "Originally published by Fenwick News Wire\n\n"
        f"PORT ELM, July 14 (FNW) - {P1}\n\n{P2}\n\n{P3}\n\nComments are closed."
    )
    assert page.outlet == "FjordBrief24"
    assert "Originally published by Fenwick News Wire" in page.text


@pytest.mark.parametrize(
    "top, outlet",
    [
        ("VIPA | Fenwick Information and Press Agency", "Fenwick Information and Press Agency"),
        ("FNA | Fenwick News Agency", "Fenwick News Agency"),
        ("FVM - Federation of Varnish Mineworkers", "Federation of Varnish Mineworkers"),
    ],
)
def test_bare_acronym_masthead_gives_way_to_the_formal_name(top: str, outlet: str) -> None:
    # the initials of a translated name need not be the acronym's (the acronym is the home language's)
    code = top.split()[0]
    page = clean_page(
        f"{top}\n\nHome   Politics   Economy   Regions   World\n\n14.07.2026 - 09:40\n\n"
        f"Harbour budget approved after a night of debate\n\nPORT ELM, 14 July ({code}) – {P1}\n\n{P2}\n\n{P3}"
    )
    assert page.outlet == outlet


def test_brand_word_masthead_keeps_its_brand() -> None:
    # 'VARPRESS' is a brand word (not a bare acronym) and the page names it again: the brand stays
    page = clean_page(
        "VARPRESS | Varnel State News Agency\n\nHome   Politics   Economy   Regions   World\n\n14.07.2026\n\n"
        f"Harbour budget approved after a night of debate\n\nPORT ELM, 14 July (Varpress) – {P1}\n\n{P2}\n\n{P3}"
    )
    assert page.outlet == "Varpress"


def test_date_line_with_a_byline_segment_is_no_navigation() -> None:
    assert furniture_kind("Political section | 14.07.2026 | 13:25 | Author: Mira Castell") is None


_FERRY_BODY = (
    "The harbour ferry between Port Elm and Ostby will resume its crossings on Monday, the operator said.\n\n"
    "The service was halted last week after a storm damaged the pier at Ostby, the town council said.\n\n"
    "Repairs to the pier cost about 40,000 euros and were finished on Friday, the council added.\n"
)


def test_a_section_label_repeating_a_menu_item_is_not_the_headline() -> None:
    raw = (
        "Fjord Post\n\nHome   Politics   Economy   Harbour and Coast   World   Video\n\n"
        "Harbour and Coast\n\nFerry crossings to resume on Monday after storm repairs\n\n"
        "01.10.2026 | 16:45\n\n" + _FERRY_BODY
    )
    assert clean_page(raw).title == "Ferry crossings to resume on Monday after storm repairs"


def test_a_menu_item_with_a_note_is_not_the_headline_and_the_headline_may_sit_under_the_date() -> None:
    raw = (
        "FJORD STEMME — Voice of the Coast\nIndependent regional newspaper. Founded in 1921\n\n"
        "Main | Politics | Economy | Culture | English Service\n\n"
        "English Service — translated from the Fjordish language\n\n02 October 2026, Friday\n\n"
        "FERRIES RETURN: THE PIER IS REPAIRED AT LAST\n\n" + _FERRY_BODY
    )
    page = clean_page(raw)
    assert page.title == "FERRIES RETURN: THE PIER IS REPAIRED AT LAST"
    assert page.outlet == "Fjord Stemme"  # the brand in capitals, not its motto
    assert page.published == "2026-10-02"


def test_a_masthead_with_a_descriptor_that_names_a_body_keeps_the_descriptor() -> None:
    raw = (
        "VNA | Varnel News Agency\n\nHome | Politics | World\n\n"
        "Ferry crossings to resume on Monday after storm repairs\n\n01.10.2026 | 16:45\n\n" + _FERRY_BODY
    )
    assert clean_page(raw).outlet == "Varnel News Agency"


def test_a_headline_after_its_section_name_stays_the_headline() -> None:
    raw = (
        "Fjord Post\n\nHome   Politics   Economy   World   Video\n\n"
        "Politics — Minister resigns over the ferry contract\n\n01.10.2026 | 16:45\n\n" + _FERRY_BODY
    )
    assert clean_page(raw).title == "Politics — Minister resigns over the ferry contract"


def test_a_cookie_notice_above_the_masthead_and_a_republished_wire_credit() -> None:
    page = clean_page(
        "We use cookies to improve your experience and show relevant ads. Accept | Settings\n\n"
        "Fjord Daily Digest\n\nHome | World | Markets | Economy | Trending\n\n"
        "Harbour budget approved after a night of debate\n\nPosted 15 July 2026, 08:05 | Digest Desk\n\n"
        "Originally published by Fenwick News Wire\n\n"
        f"PORT ELM, July 14 (Fenwick) - {P1}\n\n{P2}\n\n{P3}\n\n"
        "(Reporting by Mira Castell; Editing by Tom Reyes)\n\nComments are closed.\n\n© 2026 Fjord Daily Digest"
    )
    assert page.outlet == "Fjord Daily Digest"  # the aggregator that published this copy
    assert page.author is None  # the wire's reporting credit is the wire's, not the page's
    assert "cookies" not in page.text
    # on the wire's own page the credit names the author
    wire = clean_page(
        "Fenwick News Wire\n\nHome | World | Markets\n\nHarbour budget approved after a night of debate\n\n"
        f"PORT ELM, July 14 (Fenwick) - {P1}\n\n{P2}\n\n{P3}\n\n(Reporting by Mira Castell; Editing by Tom Reyes)"
    )
    assert wire.author == "Mira Castell"


P5 = "The harbour master told the session that two of the four ferry berths had been closed since the spring storms."
P6 = "Several councillors asked why the repairs had not gone to tender earlier, and the debate ran past midnight."


def test_the_story_goes_on_under_a_read_also_box_near_its_end() -> None:
    tail1 = "Council leader Mira Adeyemo said the vote kept every promise the council had made to the island villages."
    tail2 = "For the families who waited on the quay through the winter, Tuesday was a night of relief and of hope."
    raw = (
        f"Fjord Post\n\nHome | News | Sport\n\nHarbour budget approved after marathon session\n\nBy Tom Reyes\n\n"
        f"{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{P5}\n\n{P6}\n\nREAD ALSO:\n"
        '>> Adeyemo: "The ferries come first"\n>> VIDEO: The night the vote came in\n\n'
        f"{tail1}\n\n{tail2}\n\nCOMMENTS (12)\n\nAnna_K: about time!"
    )
    page = clean_page(raw)
    assert page.text.split("\n\n")[-2:] == [tail1, tail2]
    assert "ferries come first" not in page.text and "VIDEO" not in page.text
    # a list of teasers, a title and a blurb in turn, still closes the body
    teasers = raw.replace(f"{tail1}\n\n{tail2}", f"{tail1}\n\nWinter ferries\n\n{tail2}")
    assert tail1 not in clean_page(teasers).text


def test_a_holder_joining_the_brand_code_and_the_descriptor_is_the_company() -> None:
    # 'FTV News | Fenwick Television' over '© FTV Fenwick Television': the company behind the brand; the brand wins
    raw = _blocks("FTV News | Fenwick Television", "Home   Region   Sport   Watch Live",
                  "Tallinge council votes to close the old baths", "3 June 2024", W1, W2, W3,
                  "© 2024 FTV Fenwick Television. All rights reserved.")  # fmt: skip
    assert clean_page(raw).outlet == "FTV News"
    # a holder that is the descriptor itself confirms the descriptor
    same = raw.replace("© 2024 FTV Fenwick Television", "© 2024 Fenwick Television")
    assert clean_page(same).outlet == "Fenwick Television"


def test_a_translation_note_over_a_masthead_menu_leaves_the_headline_and_its_dated_byline_row() -> None:
    raw = "\n\n".join(
        [
            "FJORD POSTEN - English edition",
            "Home | Varnel | Region | World | Sport",
            "Machine-assisted translation. Original text in Varnelian language prevails.",
            "Harbour fire: council blames the ferry company, Mayor say",
            "Wednesday, 19.08.2026 08:15 | Author: Jane Doe | Translated by the Fjord Posten desk",
            "PORT ELM - " + P1,
            P2,
            P3,
            P4,
        ]
    )
    page = clean_page(raw)
    assert page.title == "Harbour fire: council blames the ferry company, Mayor say"
    assert page.author == "Jane Doe"
    assert page.published == "2026-08-19"
    assert page.dateline == "PORT ELM"
    assert "translation" not in page.text


def test_a_section_label_run_into_the_date_row_is_no_headline() -> None:
    raw = "\n\n".join(
        [
            "Varnel Wire",
            "World | Business | Markets",
            "HARBOURS MAY 18, 2026 / 4:37 PM / UPDATED 2 HOURS AGO",
            "Port Elm council approves harbour budget after long debate",
            "By Jane Doe",
            P1,
            P2,
            P3,
        ]
    )
    page = clean_page(raw)
    assert page.title == "Port Elm council approves harbour budget after long debate"
    assert page.published == "2026-05-18"


@pytest.mark.parametrize(
    "line",
    [
        "Garden chairs -30%! Only this week at Varnel stores",
        "PHOTO GALLERY: The night the harbour burned (23 photos)",
        "Support Fjord Post: we take no money from governments. Become a member today.",
        "Listen to this article (7 min)",
        "The English edition of Fjord Posten is machine-assisted translation of the Varnelian original.",
    ],
)
def test_adverts_galleries_appeals_players_and_translation_notes_are_furniture(line: str) -> None:
    assert furniture_kind(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Shares in the ferry company fell 40% on Tuesday, the stock exchange said.",
        "Support for the harbour plan: a poll of 500 residents found most in favour.",
        "Mira Adeyemo said the council would listen to the traders before the vote.",
    ],
)
def test_body_lines_near_those_shapes_stay(line: str) -> None:
    assert furniture_kind(line) is None


def test_a_dated_row_with_a_breadcrumb_is_a_date_line() -> None:
    raw = "\n\n".join(
        [
            "Varnel Daily",
            "Port Elm council approves harbour budget after long debate",
            "5 October 2026 | World > Europe | 4 min read",
            P1,
            P2,
            P3,
        ]
    )
    assert clean_page(raw).published == "2026-10-05"


@pytest.mark.parametrize(
    "line",
    [
        "When using the materials, a hyperlink to Fjord Post is obligatory.",
        "Reproduction of our articles is permitted only with a link to the source.",
        "Print version | Send to a friend",
    ],
)
def test_reuse_notice_and_print_tools_are_furniture(line: str) -> None:
    assert furniture_kind(line)


def test_reuse_wording_in_reported_speech_is_not_furniture() -> None:
    assert furniture_kind("The use of the information was only with permission of the court, the judge said.") is None


def test_also_on_the_site_heading_closes_the_body() -> None:
    body = [
        "PORT ELM, 3 June (FPA). The harbour board has closed the north pier after a crane collapsed on Tuesday "
        "morning, the board said in a statement.",
        "Nobody was hurt in the collapse, which happened before the first shift began, the statement said.",
        "Engineers will inspect the other cranes this week before the pier reopens, the board added.",
    ]
    raw = "\n\n".join(
        [
            "FJORD PRESS AGENCY",
            "Harbour board shuts north pier after crane collapse",
            *body,
            "Also on Fjord Press Agency:",
            "- Varnel council approves the new budget",
            "- Tulip harvest in the northern valleys exceeded plan by 6 per cent",
            "The desk of the agency can be reached by telephone at any hour of the day and night.",
        ]
    )
    page = clean_page(raw)
    assert "Engineers will inspect" in page.text
    assert "Tulip harvest" not in page.text


def test_story_goes_on_under_a_related_news_box() -> None:
    para = "The harbour board said the {} crane on the north pier had been inspected in May and found in good order."
    raw = "\n\n".join(
        [
            "FJORD PRESS AGENCY",
            "Harbour board shuts north pier after crane collapse",
            "PORT ELM, 3 June (FPA). The harbour board has closed the north pier after a crane collapsed on Tuesday "
            "morning, the board said in a statement, and nobody was hurt in the collapse.",
            *(para.format(n) for n in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh")),
            "RELATED NEWS",
            "- Varnel council approves the new budget",
            "- Day of mourning declared for Sunday",
            para.format("eighth"),
            "Engineers from Varnel will inspect the other cranes on the pier this week before it reopens to ships.",
            "The mayor of Port Elm thanked the dock workers who cleared the wreck in the hours after the tragic fall.",
            "Share: Facebook | X | E-mail",
        ]
    )
    page = clean_page(raw)
    assert "tragic fall" in page.text
    assert "Day of mourning" not in page.text


# ------------------------------------------------------------------ follow-up rules (ha)


@pytest.mark.parametrize(
    "line",
    [
        "Watch Fjord TV One live",
        "Listen live",
        "Have you been affected by the floods? Email us at newsdesk@fjordpost.example",
        "Do you work at the mine? Write to our newsroom in confidence",
    ],
)
def test_stream_links_and_tip_requests_are_furniture(line: str) -> None:
    assert furniture_kind(line)


@pytest.mark.parametrize(
    "line",
    [
        "The miners told us their story in confidence, and two of them asked not to be named.",
        "Residents were asked to contact us with any tips, the mayor said.",
        "Watch the live debate tonight, the opposition leader urged her supporters on Monday evening.",
    ],
)
def test_body_lines_about_tips_and_streams_are_not_furniture(line: str) -> None:
    assert not furniture_kind(line)


def test_stream_link_above_the_headline_is_not_the_title() -> None:
    raw = "\n\n".join(
        [
            "FJORD TV News",
            "Live TV | Radio | News | Sport",
            "Watch Fjord TV One live",
            "Harbour board shuts north pier after crane collapse",
            "3 June 2026, 09:10",
            "The harbour board has closed the north pier after a crane collapsed on Tuesday morning, the board said "
            "in a statement, and nobody was hurt in the collapse of the old crane.",
            "Engineers will inspect the other cranes on the pier this week before it reopens to ships, the board said.",
        ]
    )
    page = clean_page(raw)
    assert page.title == "Harbour board shuts north pier after crane collapse"


def test_bare_read_more_heading_over_link_items_closes_the_body() -> None:
    para = "The harbour board said the {} crane on the north pier had been inspected in May and found in good order."
    raw = "\n\n".join(
        [
            "FJORD PRESS AGENCY",
            "Harbour board shuts north pier after crane collapse",
            "PORT ELM, 3 June (FPA). The harbour board has closed the north pier after a crane collapsed on Tuesday "
            "morning, the board said in a statement, and nobody was hurt in the collapse.",
            *(para.format(n) for n in ("first", "second", "third", "fourth")),
            "READ MORE",
            '- Actor Lenn Corvo marries his co-star in secret: "We wanted peace"',
            "- Pension day: when will the money arrive? All the dates",
            "YOUR COMMENTS",
        ]
    )
    page = clean_page(raw)
    assert "fourth crane" in page.text
    assert "Lenn Corvo" not in page.text


def test_edition_date_line_with_tides_dates_the_page() -> None:
    raw = _blocks("The Tarrow Bay Herald\nYour bay, your news", "Home | Harbour | Sport | Notices",
                  "Friday, 3 April 2026 | High water 04:51 / 17:09 | Wind SW 3-4", "HARBOUR",
                  "Crab boats stay in as the spring gales return", "By Tova Linde, Harbour Reporter",
                  F1, F2, F3)  # fmt: skip
    page = clean_page(raw)
    assert page.published == "2026-04-03"
    assert page.title == "Crab boats stay in as the spring gales return"


def test_aggregator_copy_keeps_its_own_masthead_and_headline() -> None:
    # a slogan beside the aggregator's name on the top line; the origin agency named under the headline
    raw = _blocks("Pondlight | Headlines, in short", "Home  World  Sport  Tech", "Trending: #ferries #fares",
                  'Island council backs ferry fare rise as unions warn of "a tax on islanders"',
                  "Originally published by Tarrow Press Agency (MPA) | Republished by Pondlight on Apr 5, 2024",
                  F1, F2, F3)  # fmt: skip
    page = clean_page(raw)
    assert page.outlet == "Pondlight"
    assert page.title == 'Island council backs ferry fare rise as unions warn of "a tax on islanders"'
    assert page.published == "2024-04-05"


def test_ticker_and_section_label_both_over_the_headline() -> None:
    raw = _blocks("THE VALLEY POST\nYour valley. Since 1950.", "Home | News | Islands | Opinion",
                  "LIVE: Ferry strike - sailings and refunds", "NEWS / ISLANDS & COAST",
                  '"We were stranded for nine hours": ferry strike leaves 300 on the quay',
                  "By Lena Park | Friday, 5 April 2024, 09:20", F1, F2, F3)  # fmt: skip
    assert clean_page(raw).title == '"We were stranded for nine hours": ferry strike leaves 300 on the quay'
