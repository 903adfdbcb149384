"""Claims, dates and quantities: bounds, relative dates, quotes and origins."""

from __future__ import annotations

import pytest

from sourcetrace.analyze.claims import find_claims
from sourcetrace.analyze.quantities import find_quantities
from sourcetrace.analyze.temporal import find_dates
from sourcetrace.model import Article, Quote


def q1(text: str):
    qs = find_quantities(text)
    assert qs, text
    return qs[0]


def test_bounds() -> None:
    assert (q1("at least 12 people died").low, q1("at least 12 people died").high) == (12, None)
    assert q1("more than 300 workers").low == 300 and q1("more than 300 workers").high is None
    about = q1("about 20 trucks")
    assert about.low == pytest.approx(18) and about.high == pytest.approx(22) and about.unit == "truck"
    r = q1("between 3 and 250 km")
    assert (r.low, r.high, r.unit) == (3, 250, "km")
    assert q1("4,000 fans").value == 4000
    t = q1("between 4 and 5 thousand tickets")
    assert (t.low, t.high, t.unit) == (4000, 5000, "ticket")
    w = q1("the road runs two kilometers")
    assert (w.value, w.unit) == (2, "km")
    assert q1("up to 50 ships").high == 50 and q1("up to 50 ships").low is None


def test_explicit_dates() -> None:
    got = {(d.value, d.precision) for d in find_dates("The plant closed on January 3, 2020, and reopened in May 2021.")}
    assert got == {("2020-01-03", "day"), ("2021-05", "month")}
    assert [d.value for d in find_dates("in the 1990s")] == ["1990"]
    assert [d.value for d in find_dates("the conference (1990-1991)")] == ["1990"]
    assert find_dates("He scored 2000 points") == []  # a count, not a year


def test_relative_dates_need_publication_date() -> None:
    text = "The minister resigned on Monday and the budget was cut last year."
    assert find_dates(text) == []
    got = {d.value for d in find_dates(text, published="2023-03-09")}  # a Thursday
    assert got == {"2023-03-06", "2022"}
    assert [d.value for d in find_dates("Fans queued since October 7th.", published="2024-01-01")] == ["2023-10-07"]


@pytest.fixture(scope="module")
def nlp():
    from sourcetrace.analyze import load_nlp

    return load_nlp()


def test_claims_in_quotes_and_origin(nlp) -> None:
    text = (
        "The club signed the striker on Monday for 40 million euros. "
        '"We agreed the fee in March. The player passed his medical," the director told Reuters.'
    )
    art = Article(id="a", text=text, source="a.txt", outlet="Coast Herald", published="2023-07-06")
    qs = text.index("We agreed")
    qe = text.index('," the director')
    quote = Quote("q1", "a", qs, qe, text[qs:qe], "direct", speaker="Ana Lopez", cue="told", via=("Reuters",))
    claims = find_claims(nlp(text), art, [quote], ())
    assert all(text[c.start : c.end] == c.text for c in claims)
    own = [c for c in claims if c.quote is None]
    inside = [c for c in claims if c.quote == "q1"]
    assert own and own[0].origin == "Coast Herald"
    assert own[0].dates and own[0].dates[0].value == "2023-07-03"
    assert any(q.unit == "EUR" or q.value == 40e6 for q in own[0].quantities)
    assert len(inside) == 2, [c.text for c in inside]  # one claim per quoted sentence
    assert all(c.origin == "Reuters" and c.speaker == "Ana Lopez" for c in inside)


def test_negation_flag(nlp) -> None:
    text = "The ministry denied that the factory had closed. The factory closed in June 2022."
    claims = find_claims(nlp(text), Article(id="b", text=text, source="b"), [], ())
    assert [c.negated for c in claims] == [True, False]


def test_coordinated_clauses_with_own_numbers_split(nlp) -> None:
    text = (
        "A storm flooded the valley on Friday, closing 14 schools and cutting power to about 900 homes, "
        "the county said."
    )
    art = Article("s1", text, "s1", outlet="Valley Post")
    claims = find_claims(nlp(text), art, [], ())
    assert any(c.text == text for c in claims)  # the sentence-level claim is kept
    schools = [c for c in claims if "14 schools" in c.text and "900 homes" not in c.text]
    homes = [c for c in claims if "900 homes" in c.text and "14 schools" not in c.text]
    assert schools and homes
    for c in claims:
        assert text[c.start : c.end] == c.text
    # one measure compared across clauses stays one claim
    t2 = "The road was 3 kilometers long in 1990, but now it runs 40 kilometers across the valley."
    c2 = find_claims(nlp(t2), Article("s2", t2, "s2"), [], ())
    assert len(c2) == 1


def test_a_date_and_a_figure_on_two_coordinated_verbs_split(nlp) -> None:
    text = (
        "His lawyer told the radio on Friday that Jane Doe began refusing food on 2 May "
        "and had lost 9 kilograms, falling from 70 kg to 61 kg."
    )
    art = Article("d1", text, "d1", published="2026-05-30")
    claims = find_claims(nlp(text), art, [], ())
    began = [c for c in claims if "2 May" in c.text and "kilograms" not in c.text]
    lost = [c for c in claims if "9 kilograms" in c.text and "2 May" not in c.text]
    assert began and lost and "61 kg" in lost[0].text  # the participle of the same measure stays with it
    # a date in a clause that hangs off another is that fact's time; a span of days is no figure
    for t in (
        "Nine workers were hurt after the roof fell in on 3 May 2026.",
        "The agency ordered the recall on 4 March 2026 and suspended the licence for 90 days.",
    ):
        assert len(find_claims(nlp(t), Article("d2", t, "d2"), [], ())) == 1, t


def test_a_part_ending_on_a_quotation_keeps_its_closing_mark(nlp) -> None:
    t = "The mayor said that the tanker “drifted clear of the pier by itself” and that the port would publish its log."
    parts = [c.text for c in find_claims(nlp(t), Article("q3", t, "q3"), [], ()) if c.text != t]
    assert "The mayor said that the tanker “drifted clear of the pier by itself”" in parts
    t2 = 'The mayor said that the tanker "drifted clear of the pier by itself" and that the port would publish its log.'
    parts = [c.text for c in find_claims(nlp(t2), Article("q4", t2, "q4"), [], ()) if c.text != t2]
    assert 'The mayor said that the tanker "drifted clear of the pier by itself"' in parts


def test_a_relative_clause_dating_another_act_splits(nlp) -> None:
    text = (
        "The ministry said on Friday that the trader Olev Kasko, against whom a warrant was issued by the "
        "county court on 12 March, illegally crossed the border at about 3 a.m. on Sunday, 15 March."
    )
    claims = find_claims(nlp(text), Article("r1", text, "r1", published="2026-03-20"), [], ())
    assert any(c.text == text for c in claims)  # the sentence is kept
    warrant = [c for c in claims if "warrant" in c.text and "crossed" not in c.text]
    crossed = [c for c in claims if "crossed" in c.text and "warrant" not in c.text]
    assert warrant and crossed
    assert [d.value for d in warrant[0].dates] == ["2026-03-12"]
    assert {d.value for d in crossed[0].dates} == {"2026-03-15"}
    # the day a thing was said is no second fact; a relative clause without a date of its own neither
    for t in (
        "Kasko, who was arrested on 12 March, said on Friday that he would appeal the ruling.",
        "Kasko, who owns three trading firms in the port, crossed the border on 15 March.",
    ):
        assert len(find_claims(nlp(t), Article("r2", t, "r2", published="2026-03-20"), [], ())) == 1, t


def test_independent_clauses_joined_by_and_split(nlp) -> None:
    # two facts with the same unit on two verbs, each clause with its own subject
    text = "Three sailors drowned off the cape, and 200 passengers had been rescued by noon, the coastguard said."
    claims = find_claims(nlp(text), Article("c1", text, "c1"), [], ())
    assert any(c.text == text for c in claims)  # the sentence is kept
    drowned = [c for c in claims if "drowned" in c.text and "rescued" not in c.text]
    rescued = [c for c in claims if "rescued" in c.text and "drowned" not in c.text]
    assert drowned and rescued
    assert [q.value for q in drowned[0].quantities] == [3] and [q.value for q in rescued[0].quantities] == [200]
    for c in claims:
        assert text[c.start : c.end] == c.text


def test_denial_and_a_second_statement_split_with_their_own_polarity(nlp) -> None:
    text = (
        "The port authority on Monday denied that any fuel had leaked into the bay, "
        "and said the stain on the water was caused by algae."
    )
    claims = find_claims(nlp(text), Article("c2", text, "c2"), [], ())
    denied = [c for c in claims if "leaked" in c.text and "algae" not in c.text]
    other = [c for c in claims if "algae" in c.text and "leaked" not in c.text]
    assert denied and other
    assert denied[0].negated and not other[0].negated  # the second part denies nothing


def test_contrast_and_one_fact_sentences_stay_whole(nlp) -> None:
    t1 = "The old bridge carried a few carts a day, but now thousands of cars cross it every morning."
    assert len(find_claims(nlp(t1), Article("c3", t1, "c3"), [], ())) == 1
    t2 = "The mayor opened the new library on Friday and thanked the volunteers who built it."
    assert len(find_claims(nlp(t2), Article("c4", t2, "c4"), [], ())) == 1  # one subject, no clause of its own


def test_quoted_fragment_without_verb_continues_the_quote(nlp) -> None:
    # the second quoted passage has no verb: it is the rest of the first, not a claim of its own
    text = (
        'The mayor spoke at the hall. She said: "The board knew exactly what would happen when it shut the canal."'
        "\n\n“We heard nothing,” she added, “not a letter, not a call, not a visit from the board.”"
    )
    claims = find_claims(nlp(text), Article("c5", text, "c5"), [], ())
    assert any("We heard nothing" in c.text and "not a letter" in c.text for c in claims), [c.text for c in claims]


def test_count_of_a_compound_noun_is_its_head(nlp) -> None:
    text = "Rescuers sent three fishing boats to the reef."
    doc = nlp(text)
    qs = find_quantities(text, pos={t.idx: t.pos_ for t in doc})
    assert [(q.value, q.unit) for q in qs] == [(3, "boat")]
    assert find_quantities("Rescuers sent three boats to the reef.")[0].unit == "boat"


# ---------------------------------------------------------------- values in claims: quantities and dates
# (dates are never quantities; fractions of an amount; tense-resolved dates; tagged unit reading)


def test_claim_values_fractions_dates_and_units(nlp) -> None:
    text = (
        "The regulator said less than half of the promised $620 million had been invested. "
        "The results portal went dark on 3 March. "
        "The terminal has 24 ship-to-shore and yard cranes. "
        "The operator has until 12 June to leave."
    )
    claims = find_claims(nlp(text), Article("v1", text, "v1", published="2024-05-14"), [], ())

    def claim_with(words: str):
        return next(c for c in claims if words in c.text)

    money = claim_with("promised").quantities
    assert [(q.role, q.unit, q.high) for q in money] == [("value", "USD", 3.1e8), ("reference", "USD", 6.2e8)]
    dark = claim_with("went dark")
    assert dark.quantities == () and [d.value for d in dark.dates] == ["2024-03-03"]
    assert [(q.value, q.unit) for q in claim_with("cranes").quantities] == [(24, "crane")]
    assert [d.value for d in claim_with("until").dates] == ["2024-06-12"]
    # no page date: "3 March" gives no date, and still no quantity 3
    undated = find_claims(nlp(text), Article("v2", text, "v2"), [], ())
    assert not any(q.value == 3 for c in undated for q in c.quantities)


def test_a_negative_subject_negates_the_claim(nlp) -> None:
    text = "Nobody from the water board warned the farmers about the closure. The board warned the farmers about it."
    claims = find_claims(nlp(text), Article(id="n1", text=text, source="t"), [], ())
    by_start = sorted(claims, key=lambda c: c.start)
    assert [c.negated for c in by_start][:2] == [True, False]


def test_correction_note_states_no_claim(nlp) -> None:
    text = (
        "Clarification: An earlier version of this story said the Varnel bridge opened in 1919.\n\n"
        "The bridge carried 12,000 cars a day last year, the city said.\n\n"
        "This article was amended on 3 May to correct the number of lanes, which is four, not six.\n\n"
        "Update: A previous version of this report gave the toll as 4 crowns.\n\n"
        "This story was updated on 4 May to add comments from the mayor."
    )
    claims = find_claims(nlp(text), Article(id="c", text=text, source="c", outlet="Fjord Post"), [], ())
    notes = ("1919", "lanes", "toll", "comments from the mayor")
    assert [c.text for c in claims if any(w in c.text for w in notes)] == []
    assert any("12,000 cars" in c.text for c in claims)


def test_a_museum_speaks_for_itself() -> None:
    from sourcetrace.analyze.claims import is_institution

    assert is_institution("the museum") and is_institution("the national library")
    assert not is_institution("a museum spokesman")


def test_a_clause_with_a_negative_subject_is_a_part_of_its_own(nlp) -> None:
    text = (
        "Police in Vellby said about 60 people marched through the old market of Norrhamn on Friday "
        "in support of Jane Doe and that nobody was arrested."
    )
    claims = find_claims(nlp(text), Article("n1", text, "n1", published="2026-05-30"), [], ())
    parts = [c for c in claims if "nobody was arrested" in c.text and "60 people" not in c.text]
    assert parts and any("60 people" in c.text and "nobody" not in c.text for c in claims)


def test_according_to_stays_with_the_clause_it_attributes(nlp) -> None:
    text = (
        "A bus left the road on Monday near the Varnel bridge, injuring twelve passengers, according to "
        "the regional police, though officials of the two towns gave different accounts of how many were hurt."
    )
    claims = find_claims(nlp(text), Article("a1", text, "a1", published="2026-05-30"), [], ())
    parts = [c for c in claims if c.text != text]
    assert parts, [c.text for c in claims]
    assert any("twelve passengers, according to the regional police" in c.text for c in parts), [c.text for c in parts]
    assert all("gave different accounts" not in c.text or "according" not in c.text for c in parts)


def test_a_rival_account_after_while_is_a_claim_of_its_own(nlp) -> None:
    text = (
        "Jane Doe has been refusing food for 20 days, her lawyer said on Monday, "
        "while the Orvel prison service insisted her health was stable."
    )
    claims = find_claims(nlp(text), Article("w1", text, "w1", published="2026-05-30"), [], ())
    rival = [c for c in claims if "insisted her health was stable" in c.text and "20 days" not in c.text]
    own = [c for c in claims if "20 days" in c.text and "insisted" not in c.text]
    assert rival and own, [c.text for c in claims]
    assert rival[0].speaker and "prison service" in rival[0].speaker and own[0].speaker == "her lawyer"
    # the parser may hang the rival account off the first speaker's reported clause
    text = (
        "The Varnel Rescue Service said the span gave way at 17:38, while Transport Minister Jon Berg told a "
        "briefing the collapse happened at 17:52."
    )
    claims = find_claims(nlp(text), Article("w2", text, "w2", published="2026-05-30"), [], ())
    assert any(c.text.endswith("gave way at 17:38") for c in claims), [c.text for c in claims]
    assert any(c.text.startswith("while Transport Minister") for c in claims), [c.text for c in claims]


def test_a_body_that_gives_a_figure_is_its_speaker(nlp) -> None:
    # "puts the toll at", "has given a figure of", "speaks of" and "estimated ... at" state the
    # subject's figure: the subject is the claim's speaker, not the outlet
    text = (
        "The river flooded three villages on Sunday. "
        "Brask's farm ministry has given a figure of more than 4,000 hectares. "
        "The Varnel water board speaks of about 1,900 hectares. "
        "The health ministry puts the death toll at 12. "
        "The insurers' association estimated the damage at 40 million euros. "
        "The farmers gave a concert for the flood victims."
    )
    claims = find_claims(nlp(text), Article("f1", text, "f1", published="2026-05-30"), [], ())
    got = {c.text[:25]: c.speaker for c in claims}
    assert got["Brask's farm ministry has"] == "Brask's farm ministry", got
    assert got["The Varnel water board sp"] == "Varnel water board", got
    assert got["The health ministry puts "] == "health ministry", got
    assert got["The insurers' association"] == "insurers' association", got
    assert got["The farmers gave a concer"] is None, got  # a gift, not a figure
    assert got["The river flooded three v"] is None, got


def test_a_dateline_is_no_speaker(nlp) -> None:
    # the parse may hang a dateline on the verb as its subject; a place and a date say no one's words
    text = (
        "VELMORA, March 4 (Northwire) - Varnel's main opposition party on Tuesday rejected the provisional "
        "results of Sunday's election and said it would challenge the outcome in court."
    )
    claims = find_claims(nlp(text), Article("f1", text, "f1", published="2026-03-04"), [], ())
    assert claims
    assert not any(c.speaker and c.speaker.startswith("VELMORA") for c in claims), [c.speaker for c in claims]


def test_a_disaster_that_claims_lives_is_no_speaker(nlp) -> None:
    said = "The flood of last week has so far claimed the lives of 212 people, the civil defence agency said."
    told = "The storm claimed the lives of 12 people on Sunday."
    for text, speaker in ((said, "civil defence agency"), (told, None)):
        claims = find_claims(nlp(text), Article("f1", text, "f1", published="2026-03-04"), [], ())
        assert [c.speaker for c in claims] == [speaker]
