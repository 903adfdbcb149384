"""Contradictions: dates and numbers that cannot both hold, denials; agreeing pairs are not flagged."""

from __future__ import annotations

from sourcetrace.analyze.quantities import find_quantities
from sourcetrace.analyze.temporal import find_dates
from sourcetrace.link.contradict import compare_claims, find_contradictions, nli_hook
from sourcetrace.model import Article, ArticleAnalysis, Claim, Cluster


def claim(article: str, text: str, negated: bool = False) -> Claim:
    dates = find_dates(text)
    qs = find_quantities(text, exclude=[(d.start, d.end) for d in dates])
    return Claim(f"c-{article}", article, 0, len(text), text, dates=tuple(dates), quantities=tuple(qs), negated=negated)


def kinds(a: Claim, b: Claim) -> set[str]:
    return {c.kind for c in compare_claims(a, b)}


def test_date_clash_at_shared_precision() -> None:
    a = claim("a", "On January 3, 2020, the old mayor died in the capital.")
    b = claim("b", "The old mayor died in January 2019, his family said.")
    c = claim("c", "Until his death in 2020, the old mayor ran the port.")
    got = compare_claims(a, b)
    assert [x.kind for x in got] == ["date"] and got[0].detail == "2020-01-03 vs 2019-01"
    assert "date" not in kinds(a, c)  # 2020-01-03 vs 2020 agree
    assert "date" in kinds(b, c)


def test_date_attached_to_other_event_is_not_compared() -> None:
    a = claim("a", "Since the strike began in 2000 until his death in 2020, the mayor backed the union.")
    b = claim("b", "The mayor died in 2020 after a long illness.")
    assert "date" not in kinds(a, b)


def test_number_bounds() -> None:
    assert "number" in kinds(
        claim("a", "At least 12 people died in the flood."), claim("b", "10 people died in the flood.")
    )
    assert "number" not in kinds(
        claim("a", "More than 300 workers joined the strike."), claim("b", "Above 350 workers joined the strike.")
    )
    assert "number" not in kinds(
        claim("a", "The trail is between 3 and 250 km long."), claim("b", "The trail is 250 km long.")
    )


def test_denial() -> None:
    a = claim("a", "The ministry approved the new factory permit in June.")
    b = claim("b", "The ministry denied that it approved the new factory permit.", negated=True)
    assert "denial" in kinds(a, b)
    c = claim("c", "The ministry did not comment on the football transfer.", negated=True)
    assert "denial" not in kinds(a, c)


def test_cluster_pairs_and_no_nli_by_default(monkeypatch) -> None:
    monkeypatch.delenv("SOURCETRACE_NLI_MODEL", raising=False)
    assert nli_hook() is None
    a = claim("a", "The election was held on May 3, 2022, officials said.")
    b = claim("b", "The election was held on May 5, 2022.")
    pas = [ArticleAnalysis(Article(x.article, x.text, "s"), claims=(x,)) for x in (a, b)]
    k = find_contradictions(Cluster("k1", (a.id, b.id)), pas)
    assert [(c.a, c.b, c.kind) for c in k.contradictions] == [(a.id, b.id, "date")]


def test_not_only_is_not_a_denial() -> None:
    a = claim("a", "The new mayor was a firm reformer of the city budget.")
    b = claim("b", "The new mayor was not only a firm reformer of the city budget but also a builder.")
    assert "denial" not in kinds(a, b)


def test_person_counts_of_one_act_clash_others_do_not() -> None:
    a = claim("a", "Eight employees were hurt when the bakery oven exploded.")
    b = claim("b", "The union said eleven members had been hurt in the explosion.")
    c = claim("c", "Three employees are still in hospital, the bakery said.")
    assert "number" in kinds(a, b)  # two person nouns, one act ("hurt"), 8 vs 11
    assert "number" not in kinds(b, c)  # "3 in hospital" counts something else than "11 hurt"


def test_date_reaches_event_across_a_long_name() -> None:
    # function words and a long body name sit between the event word and its year
    from sourcetrace.analyze.temporal import find_dates
    from sourcetrace.link.contradict import compare_claims
    from sourcetrace.model import Claim

    def mk(art: str, text: str) -> Claim:
        return Claim(art + "1", art, 0, len(text), text, dates=tuple(find_dates(text)))

    a = mk("a", "The final review of the reservoir by the Valley Water Board was in 2017.")
    b = mk("b", "Its final review of the reservoir by the Valley Water Board came in 2015.")
    kinds = [c.kind for c in compare_claims(a, b)]
    assert "date" in kinds


def dated(article: str, text: str, published: str, negated: bool = False) -> Claim:
    dates = find_dates(text, published=published)
    qs = find_quantities(text, exclude=[(d.start, d.end) for d in dates])
    return Claim(f"c-{article}", article, 0, len(text), text, dates=tuple(dates), quantities=tuple(qs), negated=negated)


def test_the_date_of_a_statement_is_not_the_date_of_the_event() -> None:
    a = dated(
        "a",
        "The operator said on Sunday that a small team of its engineers working at the old weir near the "
        "town released water on 6 June.",
        "2024-06-10",
    )
    b = dated("b", "The ministry on Sunday denied that water was released.", "2024-06-10", negated=True)
    c = dated("c", "Engineers released water from the weir on Friday.", "2024-06-10")
    assert "date" not in kinds(a, b)  # both "Sunday"s date statements; b gives no date for the release
    assert "denial" in kinds(a, b)
    assert "date" in kinds(a, c)  # 6 June vs Friday 7 June for the release


def test_denial_inside_a_long_sentence_is_found_and_scoped() -> None:
    a = claim("a", "The operator released water from the Brenna weir through two sluice gates on Thursday night.")
    b = claim(
        "b",
        "The water ministry denied that any water had been released from the Brenna weir before the floods in "
        "the lowland districts, and blamed the heavy rain in the hills.",
        negated=True,
    )
    assert "denial" in kinds(a, b)
    # a negation in another clause of the sentence does not deny what the other claim says
    c = claim("c", "The last audit of the plant was in 2019, and it did not find any serious fault.", negated=True)
    d = claim("d", "The plant's last audit took place in 2019.")
    assert "denial" not in kinds(c, d)
    # "X, not Y": the negation is about Y
    e = claim("e", "The count was made in a back office, not at the polling stations.", negated=True)
    f = claim("f", "The count was made in a back office in the capital.")
    assert "denial" not in kinds(e, f)
