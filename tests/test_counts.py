"""Counts of people by class (the dead, the hurt, the missing, the held), durations, and a toll told
as background: how claim features compare figures told in other words."""

from __future__ import annotations

from sourcetrace.analyze.quantities import find_quantities
from sourcetrace.analyze.temporal import find_dates
from sourcetrace.link.claim_features import (
    claimed,
    counted_match,
    date_relation,
    features,
    number_relation,
    term,
)
from sourcetrace.link.contradict import compare_claims
from sourcetrace.model import Claim, Quantity


def claim(article: str, text: str, bare: tuple[str, ...] = ()) -> Claim:
    """A claim with the dates and figures the readers find; ``bare``: figures (as written) that
    the unit reader gives no unit, as it does with part-of-speech tags in the pipeline."""
    dates = find_dates(text)
    qs = list(find_quantities(text, exclude=[(d.start, d.end) for d in dates]))
    for word in bare:
        s = text.index(word)
        qs = [q for q in qs if not (q.start <= s < q.end)]
        q = find_quantities(word)[0]
        qs.append(Quantity(q.value, word, s, s + len(word), None, q.low, q.high))
    qs.sort(key=lambda q: q.start)
    return Claim(f"c-{article}", article, 0, len(text), text, dates=tuple(dates), quantities=tuple(qs))


def test_lives_lost_is_a_death_count() -> None:
    a = claim("a", "Eleven workers were killed when the Dorvan quarry wall gave way on Monday.")
    b = claim("b", "Three of the workers have lost their lives, the Fjord Post reported.")
    fa, fb = features(a), features(b)
    assert "death" in fb.events and any(w == "#dead" for _, w in fb.counted)
    assert counted_match(fa, fb) and number_relation(fa, fb, people=True) < 0
    assert "number" in {c.kind for c in compare_claims(a, b)}


def test_a_figure_of_a_group_counts_people() -> None:
    c = claim("c", "We can confirm that four of our colleagues have lost their lives.", bare=("four",))
    assert [q.unit for q in claimed(c)] == ["person"]
    d = claim("d", "Four of our trucks were seen on the bridge.", bare=("Four",))
    assert [q.unit for q in claimed(d)] == [None]  # no class word: what the group is stays unknown


def test_missing_trapped_unaccounted_are_one_class() -> None:
    assert term("trapped") == term("unaccounted") == term("missing")
    a = claim("a", "Twelve miners are still unaccounted for, the Varnel ministry said.")
    b = claim("b", "More than 20 are still trapped below the Varnel shaft.", bare=("More than 20",))
    c = claim("c", "Officials put the number still missing at 20.")
    fa, fb, fc = features(a), features(b), features(c)
    assert [q.unit for q in fb.quantities] == ["person"] and [q.unit for q in fc.quantities] == ["person"]
    assert counted_match(fa, fb) and number_relation(fa, fb, people=True) < 0
    assert number_relation(fb, fc, people=True) > 0
    assert term("wounded") == term("injured") and term("arrested") == term("detained")
    assert term("granted") == term("allowed") == term("permitted")


def test_durations_in_weeks_and_days_compare() -> None:
    a = features(claim("a", "Jane Doe has now been held for nearly three weeks."))
    b = features(claim("b", "Jane Doe has been held for 20 days."))
    c = features(claim("c", "By the ministry's account she has been held for ten days."))
    assert [q.unit for q in a.quantities] == ["day"]
    assert number_relation(a, b) > 0 and number_relation(a, c) < 0


def test_a_toll_dated_by_a_bare_year_is_another_occurrence() -> None:
    now = features(claim("a", "Eleven workers were killed when the quarry wall gave way."))
    then = features(claim("b", "In 2014, a landslide in another part of the quarry killed four workers."))
    same = features(claim("c", "Four workers were killed in the landslide."))
    assert date_relation(now, then) < 0 and date_relation(then, now) < 0
    assert date_relation(same, then) == 0  # the same toll: no sign of another occurrence


def test_a_duration_spans_the_predicate_of_its_clause() -> None:
    a = features(claim("a", "Jane Doe has been in the custody of the Varnel Security Bureau for nearly three weeks."))
    b = features(claim("b", "By the bureau's account she has been held for ten days."))
    assert any(w == "#held" for _, w in a.counted) and counted_match(a, b)


def test_an_open_bound_far_from_a_figure_does_not_agree() -> None:
    a = features(claim("a", "For more than four days the Varnel authorities did not confirm she was in custody."))
    b = features(claim("b", "Jane Doe has now been held for 20 days."))
    c = features(claim("c", "Jane Doe has been held for more than 15 days."))
    assert number_relation(a, b) == 0  # both can hold, neither tells the other's count
    assert number_relation(b, c) > 0
    then = features(claim("d", "More than 12 workers were hurt at the Dorvan plant in May 2019."))
    now = features(claim("e", "40 workers were hurt at the Dorvan plant on 3 March 2023."))
    assert number_relation(then, now) > 0  # another date: similar figures of another occurrence


def test_a_time_since_an_act_spans_that_act() -> None:
    a = features(claim("a", "Prosecutors charged Jane Doe eight days after officers of the bureau (VSB) detained her."))
    b = features(claim("b", "Her employer says she has been held for 14 days."))
    assert counted_match(a, b) and number_relation(a, b) < 0


def test_a_toll_dated_by_a_year_of_the_story_is_its_own_toll() -> None:
    import dataclasses

    from sourcetrace.link.align import story_years

    now = features(claim("a", "Eleven workers were killed when the quarry wall gave way on 3 May 2014."))
    then = features(claim("b", "In 2014, a landslide in the quarry killed four workers."))
    again = features(claim("c", "The quarry wall gave way on Saturday, 3 May 2014, the police said."))
    old = features(claim("d", "A crane collapsed at the quarry on 9 June 2009."))
    assert story_years([now, then, again, old]) == frozenset({"2009", "2014"})
    assert story_years([now, *[old] * 9]) == frozenset({"2009"})  # one claim of 2014 in ten: background
    undated = features(claim("e", "Eleven workers were killed."))
    assert date_relation(then, undated) < 0  # the story's years unknown: a written-out year is another occurrence
    mine = dataclasses.replace(then, story_years=frozenset({"2014"}))
    assert date_relation(mine, undated) == 0  # in a story of 2014, "in 2014" dates its own toll


def test_a_count_of_deaths_or_of_the_dead_counts_people() -> None:
    a = features(claim("a", "The ministry has confirmed only 12 deaths."))
    b = features(claim("b", "Relatives say the real toll is at least 30 dead.", bare=("30",)))
    tagged = features(claim("b", "Relatives say the real toll is at least 30 dead."))  # the unit reader's "dead"
    assert [q.unit for q in tagged.quantities] == ["person"]
    c = features(claim("c", "Twelve people were killed when the stand gave way in Varnel."))
    d = features(claim("d", "He said 30 were killed, far more than the 12 dead the ministry admits.", bare=("12",)))
    assert [q.unit for q in a.quantities] == ["person"] and [q.unit for q in b.quantities] == ["person"]
    assert counted_match(a, c) and counted_match(a, b)
    assert number_relation(a, c, people=True) > 0 and number_relation(a, b, people=True) < 0
    assert [q.unit for q in d.quantities if q.text == "12"] == [None]  # "the 12 dead": a count named in passing


def test_aboard_is_on_board() -> None:
    a = features(claim("a", "Officially, 48 people were aboard the Fjord Flyer."))
    b = features(claim("b", "Witnesses estimated that more than 70 people were on board."))
    assert term("aboard") == term("board") and counted_match(a, b) and number_relation(a, b, people=True) < 0


def test_counts_of_animals_in_other_nouns_are_one_count() -> None:
    from sourcetrace.link.claim_features import units_compatible

    assert units_compatible("animal", "head") and units_compatible("sheep", "animal")
    assert not units_compatible("animal", "truck") and not units_compatible("head", "worker")
    a = claim("a", "More than 2,000 animals have been culled on the Varnel farms, the ministry said.")
    b = claim("b", "A total of 640 head of sheep had been culled as a precaution, the minister said.")
    assert counted_match(features(a), features(b))
    assert number_relation(features(a), features(b), people=True) < 0  # a clash to show
    assert "number" in {c.kind for c in compare_claims(a, b)}


def test_diplomats_envoys_and_youngsters_are_counts_of_people() -> None:
    # "212 youngsters were taken to hospital" / "more than four hundred children were hospitalised":
    # two counts of one group told with two person nouns; so are diplomats and envoys
    a = claim("a", "In all, 212 youngsters were taken to hospital in Varnel on Monday.")
    b = claim("b", "More than four hundred children were taken to hospital in Varnel on Monday.")
    assert "number" in {c.kind for c in compare_claims(a, b)}
    c = claim("c", "Varnel expelled four diplomats on Monday.")
    d = claim("d", "Varnel expelled six envoys on Monday.")
    assert "number" in {x.kind for x in compare_claims(c, d)}
