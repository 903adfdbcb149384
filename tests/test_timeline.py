"""Timeline: dated claims sorted by date, merged per date and cluster."""

from __future__ import annotations

from sourcetrace.analyze.temporal import find_dates
from sourcetrace.link.timeline import build_timeline
from sourcetrace.model import Article, ArticleAnalysis, Claim, Cluster


def pa(aid: str, text: str, published: str | None = None) -> ArticleAnalysis:
    c = Claim(f"c{aid}", aid, 0, len(text), text, dates=tuple(find_dates(text, published=published)))
    return ArticleAnalysis(Article(aid, text, aid, published=published), claims=(c,))


def test_sorted_and_merged_by_cluster() -> None:
    pas = [
        pa("a", "The election was held on May 3, 2022."),
        pa("b", "Voters went to the polls on 3 May 2022."),
        pa("c", "The old stadium opened in 1990."),
        pa("d", "The club was relegated last year.", published="2024-02-01"),
    ]
    tl = build_timeline(pas, [Cluster("k", ("ca", "cb"))])
    assert [t.date for t in tl] == ["1990", "2022-05-03", "2023"]
    may = tl[1]
    assert may.precision == "day" and set(may.articles) == {"a", "b"} and set(may.claims) == {"ca", "cb"}


def test_same_date_different_events_stay_apart() -> None:
    pas = [pa("a", "The election was held on May 3, 2022."), pa("b", "A factory fire broke out on May 3, 2022.")]
    tl = build_timeline(pas)
    assert len(tl) == 2 and all(t.date == "2022-05-03" for t in tl)


def test_deadline_without_a_year_lands_ahead_of_the_page() -> None:
    tl = build_timeline([pa("a", "The operator has until 12 June to leave the terminal.", published="2024-05-14")])
    assert [t.date for t in tl] == ["2024-06-12"]
    tl = build_timeline([pa("b", "The terminal was opened on 12 June.", published="2024-05-14")])
    assert [t.date for t in tl] == ["2023-06-12"]


def test_a_listed_hearing_lands_ahead_of_the_page() -> None:
    tl = build_timeline([pa("a", "The tribunal has listed the appeal for a first hearing on 2 April.", "2031-03-10")])
    assert [t.date for t in tl] == ["2031-04-02"]


def test_an_undated_page_takes_the_year_of_its_own_full_dates() -> None:
    text = "The licence, granted on 1 June 2030, was withdrawn on 4 March."
    assert [t.date for t in build_timeline([pa("a", text)])] == ["2030-03-04", "2030-06-01"]
    assert build_timeline([pa("b", "The licence was withdrawn on 4 March.")]) == []
