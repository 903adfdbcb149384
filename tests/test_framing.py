"""Descriptors (analyze.framing) and the cross-outlet framing comparison (link.framing)."""

from __future__ import annotations

import dataclasses

import pytest

from sourcetrace.analyze import analyze_article
from sourcetrace.link.framing import THRESHOLD, compare_framing, log_odds_z
from sourcetrace.model import Article, ArticleAnalysis, Descriptor

from .conftest import EXAMPLES as CORPUS


@pytest.fixture(scope="module")
def nlp():
    from sourcetrace.analyze import load_nlp

    return load_nlp()


def _descriptors(nlp, text: str) -> list[Descriptor]:
    return list(analyze_article(Article(id="a1", text=text, source="test"), nlp).descriptors)


def _terms(ds: list[Descriptor], voice: str | None = None) -> list[str]:
    return [d.term for d in ds if voice is None or d.voice == voice]


def _no_entities(article: str, start: int | None, end: int | None, surface: str | None) -> str | None:
    return None


# ----------------------------------------------------------------- descriptors


def test_title_before_a_name(nlp):
    ds = _descriptors(nlp, "On Monday, Gen. Marcus Whitfield inspected the new barracks near the river.")
    titles = [d for d in ds if d.kind == "title"]
    assert any(d.term.startswith("Gen") and "Whitfield" in d.referent for d in titles)
    assert all(d.voice == "own" for d in titles)


def test_apposition(nlp):
    ds = _descriptors(nlp, "Ramon Alvarez, the veteran club captain, signed a new contract on Friday.")
    appos = [d for d in ds if d.kind == "apposition"]
    assert any("captain" in d.term and "Alvarez" in d.referent for d in appos)
    assert not any(d.term.lower().startswith("the ") for d in appos)


def test_premodifiers_and_adjective_head_subphrase(nlp):
    ds = _descriptors(nlp, "Inspectors blamed the two reckless chemical companies for the fire at the port.")
    terms = _terms(ds)
    assert "reckless chemical companies" in terms
    assert "chemical companies" in terms
    assert not any(t.lower().startswith(("the ", "two ")) for t in terms)
    assert any(d.referent == "company" for d in ds if d.term == "chemical companies")


def test_hyphenated_descriptor_kept_whole(nlp):
    ds = _descriptors(nlp, "The board thanked the outgoing chairman-founder for his service.")
    assert any("chairman-founder" in t for t in _terms(ds))


def test_quoted_descriptor_has_quoted_voice(nlp):
    text = (
        "The opposition leader spoke after the vote. "
        "\u201cThis corrupt government must resign,\u201d she told supporters. "
        "The elected government held a majority in parliament."
    )
    ds = _descriptors(nlp, text)
    assert "corrupt government" in _terms(ds, "quoted")
    assert "corrupt government" not in _terms(ds, "own")
    assert "elected government" in _terms(ds, "own")


def test_offsets_point_at_the_term(nlp):
    text = "The beleaguered ministry denied the claims. Rival parties welcomed the decision."
    ds = _descriptors(nlp, text)
    assert ds
    for d in ds:
        assert text[d.start : d.end] == d.term
        if d.referent_start is not None:
            assert d.referent_end is not None and 0 <= d.referent_start < d.referent_end <= len(text)


def test_labelling_verb_complements_are_descriptors(nlp):
    ds = _descriptors(
        nlp,
        "Opposition councillors dismissed the budget as fantasy. "
        "The mayor defended the stadium plan, which the newspaper called wasteful.",
    )
    preds = {(d.term, d.referent) for d in ds if d.kind == "predicate"}
    assert ("fantasy", "budget") in preds
    assert ("wasteful", "plan") in preds
    voices = {d.term: d.voice for d in ds if d.kind == "predicate"}
    # a label credited to no one in particular is the outlet's; one a definite labeller gives is that one's
    assert voices["fantasy"] == "own" and voices["wasteful"] == "quoted"


def test_labelled_complement_keeps_modifiers_and_head(nlp):
    ds = _descriptors(nlp, "The new tram line was branded a costly blunder by residents.")
    preds = {d.term for d in ds if d.kind == "predicate" and d.referent == "line"}
    assert {"costly blunder", "blunder"} <= preds


def test_labelled_complement_in_quotes_is_quoted(nlp):
    ds = _descriptors(nlp, 'A council member called the mayor "a shameless opportunist" on Tuesday.')
    preds = [d for d in ds if d.kind == "predicate" and "opportunist" in d.term]
    assert preds and all(d.voice == "quoted" for d in preds)


def test_headline_descriptors_have_no_offsets(nlp):
    art = Article(
        id="a1",
        text="Fire crews worked through the night at the bakery.",
        source="test",
        title="Bakery blaze: neighbours count the cost of the disaster",
    )
    ds = analyze_article(art, nlp).descriptors
    head = [d for d in ds if d.start == -1]
    assert any(d.term == "Bakery blaze" and d.voice == "own" for d in head)
    assert all(d.end == -1 and d.referent_start is None for d in head)
    assert all(art.text[d.start : d.end] == d.term for d in ds if d.start >= 0)


def test_headline_speaker_colon_is_attributed(nlp):
    art = Article(
        id="a1",
        text="The council met on Monday.",
        source="test",
        title="Union chief: greedy landlords ruined the market",
    )
    head = [d for d in analyze_article(art, nlp).descriptors if d.start == -1]
    assert any("greedy landlords" in d.term for d in head)
    assert all(d.voice == "quoted" for d in head if "greedy" in d.term)


def test_bare_person_name_is_not_a_framing_term(nlp):
    ds = _descriptors(nlp, "Ramon Alvarez signed a new contract with the club on Friday.")
    assert not any(d.term == "Ramon Alvarez" for d in ds)


# ----------------------------------------------------------------- comparison


def _pa(aid: str, outlet: str | None, terms: list[tuple[str, str, str]]) -> ArticleAnalysis:
    """An article analysis holding the given (term, referent, voice) descriptors, one occurrence each."""
    text = " ".join(t for t, _, _ in terms)
    ds, pos = [], 0
    for term, ref, voice in terms:
        ds.append(Descriptor(aid, pos, pos + len(term), term, ref, voice))  # type: ignore[arg-type]
        pos += len(term) + 1
    return ArticleAnalysis(article=Article(id=aid, text=text, source=aid, outlet=outlet), descriptors=tuple(ds))


def _two_outlets(a_name: str = "Daily Ledger", b_name: str = "Evening Courier") -> list[ArticleAnalysis]:
    a = [("reckless developer", "developer", "own")] * 6 + [("local developer", "developer", "own")] * 2
    b = [("visionary developer", "developer", "own")] * 6 + [("local developer", "developer", "own")] * 2
    b += [("reckless developer", "developer", "quoted")]
    return [_pa("a", a_name, a), _pa("b", b_name, b)]


def test_log_odds_ranks_outlet_specific_terms_first():
    z = log_odds_z({"A": {"reckless": 6, "local": 2}, "B": {"visionary": 6, "local": 2}})
    assert z["A"]["reckless"] > THRESHOLD
    assert z["B"]["visionary"] > THRESHOLD
    assert z["A"]["reckless"] > z["A"]["local"]
    assert abs(z["A"]["local"]) < 1.0  # shared evenly: not distinctive


def test_compare_framing_records_and_scores():
    out = compare_framing(_two_outlets(), [], _no_entities)
    by = {(f.article, f.term, f.voice): f for f in out}
    assert by[("a", "reckless developer", "own")].count == 6
    assert by[("a", "reckless developer", "own")].distinctive
    assert by[("b", "visionary developer", "own")].distinctive
    assert not by[("a", "local developer", "own")].distinctive
    assert by[("a", "local developer", "own")].outlet == "Daily Ledger"
    # a quoted-only term is reported as quoted, never as the outlet's own voice
    assert ("b", "reckless developer", "quoted") in by
    assert ("b", "reckless developer", "own") not in by
    assert by[("b", "reckless developer", "quoted")].score is None


def test_outlet_defaults_to_article_id():
    out = compare_framing(_two_outlets(None, None), [], _no_entities)  # type: ignore[arg-type]
    assert {f.outlet for f in out} == {"a", "b"}


def test_swapping_outlet_names_changes_only_the_names():
    first = compare_framing(_two_outlets("Daily Ledger", "Evening Courier"), [], _no_entities)
    swapped = compare_framing(_two_outlets("Evening Courier", "Daily Ledger"), [], _no_entities)
    rename = {"Daily Ledger": "Evening Courier", "Evening Courier": "Daily Ledger"}
    assert [dataclasses.replace(f, outlet=rename[f.outlet or ""]) for f in first] == swapped


def test_entity_comes_from_the_lookup():
    def lookup(article: str, start: int | None, end: int | None, surface: str | None) -> str | None:
        return "e1" if surface == "developer" else None

    out = compare_framing(_two_outlets(), [], lookup)
    assert all(f.entity == "e1" for f in out)


# ----------------------------------------------------------------- corpus


def test_corpus_own_and_quoted_terms(nlp):
    from sourcetrace.ingest import ingest

    articles = {a.id: a for a in ingest([str(CORPUS)]).articles}
    pas = [analyze_article(articles[k], nlp) for k in ("001_3f4f0aa755c6cd0b", "004_50fc99b74158c4de")]
    out = compare_framing(pas, [], _no_entities)
    own = {f.article: [] for f in out}
    for f in out:
        if f.voice == "own":
            own[f.article].append(f.term.lower())
    assert any("terrorist-general" in t for t in own["001_3f4f0aa755c6cd0b"])
    assert any("jewish state" in t for t in own["004_50fc99b74158c4de"])
    for aid in own:
        assert not any("zionist regime" in t for t in own[aid]), aid


def test_descriptor_in_a_closing_summative_apposition_is_own_voice(nlp):
    text = (
        "The festival office said 8,000 people came on Saturday, a total far short of the "
        'inflated estimate of "at least 20,000" put out by the organisers.'
    )
    ds = _descriptors(nlp, text)
    assert any("inflated" in d.term and d.voice == "own" for d in ds)
    assert all(d.voice == "quoted" for d in ds if "20,000" in d.term)


# ----------------------------------------------------------------- re-descriptions and anaphora


def _refs(ds: list[Descriptor], voice: str | None = None) -> set[tuple[str, str]]:
    return {(d.term, d.referent) for d in ds if voice is None or d.voice == voice}


def test_single_word_possessor_is_a_descriptor(nlp):
    ds = _descriptors(
        nlp,
        "Voters in Marova queued for hours on Sunday. The junta's electoral board closed the polls at noon.",
    )
    assert ("junta", "junta") in _refs(ds, "own")
    assert any(d.kind == "reference" and d.term == "junta" for d in ds)


def test_possessor_already_named_before_is_not_a_new_descriptor(nlp):
    ds = _descriptors(nlp, "The city council met on Monday. The council's budget was approved without debate.")
    assert "city council" in _terms(ds)
    assert not any(d.kind == "reference" for d in ds)


def test_demonstrative_redescription_of_an_event(nlp):
    ds = _descriptors(
        nlp,
        "Ballots in the northern districts were counted behind closed doors. "
        "This charade cost the treasury four million dollars.",
    )
    assert ("charade", "charade") in _refs(ds, "own")


def test_bare_definite_redescription_as_subject(nlp):
    ds = _descriptors(
        nlp,
        "The inquiry into the bridge collapse opened in March. The fiasco has already cost two ministers their jobs.",
    )
    assert "fiasco" in _terms(ds, "own")


def test_connectives_and_dates_are_not_redescriptions(nlp):
    ds = _descriptors(
        nlp,
        "The port handled a record tonnage. In this regard, the harbour master praised the crews. "
        "This year the port expects more ships.",
    )
    terms = _terms(ds)
    assert "regard" not in terms
    assert "year" not in terms


def test_quoted_redescription_is_quoted(nlp):
    ds = _descriptors(
        nlp,
        "Ballots in the northern districts were counted behind closed doors. "
        "\u201cThis charade must end,\u201d said Maria Lopez, the opposition candidate.",
    )
    assert "charade" in _terms(ds, "quoted")
    assert "charade" not in _terms(ds, "own")


def test_anaphoric_role_description_links_to_the_only_person(nlp):
    text = (
        "Parliament confirmed Tomas Berendt as head of government on Friday. "
        "The silver-haired chancellor, 71, has led the coalition since 2009."
    )
    ds = _descriptors(nlp, text)
    linked = {d.term: d for d in ds if "Berendt" in d.referent}
    assert {"silver-haired chancellor", "chancellor"} <= set(linked)
    d = linked["silver-haired chancellor"]
    assert d.voice == "own" and d.referent_start is not None and d.referent_end is not None
    assert "Berendt" in text[d.referent_start : d.referent_end]  # the referent offsets point at the name


def test_anaphoric_role_description_prefers_the_person_with_that_role(nlp):
    text = (
        "Opposition leader Maria Lopez addressed the rally in the capital. "
        "Later, Mayor John Walker met the organisers. "
        "The veteran leader told the crowd to stay calm."
    )
    ds = _descriptors(nlp, text)
    veteran = [d for d in ds if d.term == "veteran leader"]
    assert veteran and all(d.referent == "Maria Lopez" for d in veteran)


def test_ambiguous_role_description_is_not_linked(nlp):
    ds = _descriptors(
        nlp,
        "Maria Lopez met John Walker in the capital on Monday. The elderly lawyer left without comment.",
    )
    elderly = [d for d in ds if d.term == "elderly lawyer"]
    assert elderly and all(d.referent == "lawyer" for d in elderly)


def test_role_description_of_an_unnamed_person_is_not_linked(nlp):
    ds = _descriptors(
        nlp,
        "Maria Lopez spoke first. A senior official, who asked not to be named, disagreed. "
        "The cautious official said the figures were incomplete.",
    )
    cautious = [d for d in ds if d.term == "cautious official"]
    assert cautious and all(d.referent == "official" for d in cautious)


def test_navigation_lines_give_no_descriptors(nlp):
    text = (
        "Home  World  Politics  Business  Fact Check\n"
        "The harbour authority approved the new terminal on Monday.\n"
        "Share: WhatsApp | Facebook | Telegram | Copy link"
    )
    art = Article(id="a1", text=text, source="test", title="News  Europe  Markets  Weather Desk")
    ds = analyze_article(art, nlp).descriptors
    assert "new terminal" in _terms(list(ds))
    for d in ds:
        assert d.start >= 0, d  # nothing from the navigation line taken for the headline
        assert text.index("The harbour") <= d.start < text.index("\nShare"), d


@pytest.mark.parametrize(
    "line,expected",
    [
        ("World  Africa  Politics  Business  Fact Check", True),
        ("News \u203a Europe \u203a Lorvania", True),
        ("Share: WhatsApp | Facebook | Telegram | Copy link", True),
        ("Tags: Lorvania, election, courts, data", True),
        ("The minister, the mayor and the judge met on Monday.", False),
        ("Flood victims demand answers as the river keeps rising", False),
        ("Lorvania's opposition leader: 'This result was invented'", False),
    ],
)
def test_is_furniture_line(line, expected):
    from sourcetrace.analyze.reference import is_furniture_line

    assert is_furniture_line(line) is expected


def test_bare_noun_reference_is_not_looked_up_by_name():
    d = Descriptor("a", 0, 5, "count", "count", "own", "reference", 0, 5)  # type: ignore[arg-type]
    pa = ArticleAnalysis(article=Article(id="a", text="count", source="a", outlet="X"), descriptors=(d,))

    def lookup(article: str, start: int | None, end: int | None, surface: str | None) -> str | None:
        return "e-court" if surface else None  # a name lookup would match anything

    (f,) = compare_framing([pa], [], lookup)
    assert f.entity is None


def test_swapping_outlet_names_on_the_example_corpus_changes_only_the_names(nlp):
    """The whole link stage over real articles: rotate the outlet names, the framing result only renames."""
    from sourcetrace.ingest import ingest
    from sourcetrace.link import link

    arts = [a for a in ingest([str(CORPUS)]).articles]
    analysed = [analyze_article(a, nlp) for a in arts]
    names = [a.outlet or f"Outlet {i}" for i, a in enumerate(arts)]
    assert len(set(names)) == len(names) >= 4
    rotated = names[1:] + names[:1]
    rename = dict(zip(names, rotated, strict=True))
    swapped = [
        dataclasses.replace(pa, article=dataclasses.replace(pa.article, outlet=new))
        for pa, new in zip(analysed, rotated, strict=True)
    ]
    first = link(
        [
            dataclasses.replace(pa, article=dataclasses.replace(pa.article, outlet=n))
            for pa, n in zip(analysed, names, strict=True)
        ]
    ).framing
    second = link(swapped).framing
    assert first and any(f.score is not None for f in first)
    assert [dataclasses.replace(f, outlet=rename[f.outlet or ""]) for f in first] == list(second)


# ------------------------------------------------- verbs of classification beyond the copula


@pytest.mark.parametrize(
    ("text", "term", "referent"),
    [
        ("The cabinet revoked the licence, in a move that amounts to an expropriation of capital.", "expropriation",
         "move"),
        ("The decision constitutes a flagrant violation of the treaty.", "flagrant violation", "decision"),
        ("The seizure of the farms is tantamount to theft.", "theft", "seizure"),
        ("The new deal represents a betrayal of the workers.", "betrayal", "deal"),
        ("The old concession was a sweetheart deal from the start.", "sweetheart deal", "concession"),
    ],
)  # fmt: skip
def test_class_after_a_verb_of_classification_describes_the_subject(nlp, text, term, referent):
    ds = [d for d in _descriptors(nlp, text) if d.kind == "predicate"]
    assert any(d.term == term and d.referent == referent and d.voice == "own" for d in ds), ds


def test_classification_in_attributed_speech_is_quoted(nlp):
    ds = _descriptors(nlp, "The minister said the seizure constitutes a violation of the treaty.")
    found = [d for d in ds if d.kind == "predicate" and d.term == "violation"]
    assert found and all(d.voice == "quoted" for d in found)


def test_a_counted_or_definite_object_is_no_class(nlp):
    ds = _descriptors(nlp, "The union represents about 1,800 workers at the plant. The union represents the drivers.")
    assert not [d for d in ds if d.kind == "predicate"]
    assert not [d for d in _descriptors(nlp, "It amounts to theft.") if d.kind == "predicate"]  # no referent


@pytest.mark.parametrize(
    ("text", "term", "referent"),
    [
        ("The new tariff smells of favouritism.", "favouritism", "tariff"),
        ("The council's ruling smacks of cronyism.", "cronyism", "ruling"),
        ("Critics said nothing, but the deal reeks of corruption.", "corruption", "deal"),
        ("The sentence borders on cruelty.", "cruelty", "sentence"),
    ],
)  # fmt: skip
def test_verbs_of_resemblance_classify_like_amounts_to(nlp, text, term, referent):
    ds = [d for d in _descriptors(nlp, text) if d.kind == "predicate"]
    assert any(d.term == term and d.referent == referent and d.voice == "own" for d in ds), ds


def test_resemblance_to_a_place_or_a_definite_object_is_no_class(nlp):
    ds = _descriptors(nlp, "Norland borders on Estavia. The estate borders on the old canal.")
    assert not [d for d in ds if d.kind == "predicate"]


# ------------------------------------------- what a referent does or undergoes, in the outlet's words


def _actions(nlp, text: str) -> list[Descriptor]:
    return [d for d in _descriptors(nlp, text) if d.kind == "action"]


@pytest.mark.parametrize(
    ("text", "term", "referent"),
    [
        ("The manuscripts have been safeguarded in Brelland for almost a century.", "safeguarded", "manuscript"),
        ("The archive was plundered and the scrolls were scattered.", "plundered", "archive"),
        ("The council caved within a week.", "caved", "council"),
        ("The panel rubber-stamped the plan on Monday.", "rubber-stamped", "panel"),
        ("The farms seized and plundered in 1931 were never returned.", "plundered", "farm"),
    ],
)  # fmt: skip
def test_evaluative_verb_of_a_referent_is_an_own_voice_action(nlp, text, term, referent):
    ds = _actions(nlp, text)
    assert any(d.term == term and d.referent == referent and d.voice == "own" for d in ds), ds


@pytest.mark.parametrize(
    ("text", "term", "referent"),
    [
        ("Varnel\u2019s grandstanding is not.", "grandstanding", "Varnel"),
        ("After the vote, the ministry's stonewalling continued for months.", "stonewalling", "ministry"),
    ],
)  # fmt: skip
def test_act_in_ing_owned_by_a_referent_is_an_action(nlp, text, term, referent):
    ds = _actions(nlp, text)
    assert any(d.term == term and d.referent == referent and d.voice == "own" for d in ds), ds


def test_neutral_reporting_and_event_verbs_give_no_action(nlp):
    text = (
        "The museum agreed to send the coins in March. The board met on Friday and the first pieces arrived. "
        "The minister said the plan was approved. Jane Doe was re-elected in 2019. The ministry's handling "
        "of the request and the board's meeting were reported."
    )
    assert not _actions(nlp, text)


def test_negated_hypothetical_and_pronoun_subject_verbs_give_no_action(nlp):
    text = (
        "The coins were not looted. If the archive was plundered, nobody noticed. They were ransacked. "
        "The scrolls could be pillaged."
    )
    assert not [d for d in _actions(nlp, text) if d.voice == "own"]


def test_action_in_quotes_or_reported_speech_is_quoted(nlp):
    text = (
        "\u201cThe coins were looted,\u201d the minister told reporters. "
        "Jane Doe claimed that the archive was plundered."
    )
    ds = _actions(nlp, text)
    assert {"looted", "plundered"} <= {d.term for d in ds}
    assert all(d.voice == "quoted" for d in ds)


def test_points_in_calendar_time_are_no_modifier_descriptors(nlp):
    text = (
        "Last week the embattled ministry published its report. On Monday night the reckless operator "
        "closed the depot, and in the same year the board approved a new loan."
    )
    terms = {d.term for d in _descriptors(nlp, text) if d.kind == "modifier"}
    assert not terms & {"Last week", "Monday night", "same year"}, terms
    assert {"embattled ministry", "reckless operator", "new loan"} <= terms


# ------------------------------------------------- "our" in the outlet's voice, verbs with a predicate


def test_our_before_a_noun_in_own_voice_is_a_descriptor(nlp):
    text = (
        "Our fishermen were detained off Cape Varnel on Sunday. A vigil for our brave sailors is planned. "
        "\u201cEstavia must release our crews,\u201d the minister said."
    )
    ds = [d for d in _descriptors(nlp, text) if d.kind == "modifier"]
    own = {d.term: d.referent for d in ds if d.voice == "own"}
    assert own.get("Our fishermen") == "fisherman", ds
    assert own.get("our brave sailors") == "sailor", ds
    assert not any(d.term == "our crews" for d in ds), ds  # the minister's side, not the outlet's


def test_our_for_the_newsroom_itself_is_no_descriptor(nlp):
    text = "Our correspondent in Varnel followed the talks. Sign up for our newsletter to read our coverage."
    assert not [d for d in _descriptors(nlp, text) if d.term.lower().startswith("our ")]


@pytest.mark.parametrize(
    ("text", "term", "referent"),
    [
        ("The crew were held hostage in the harbour.", "held hostage", "crew"),
        ("The two engineers were kept prisoner in a farmhouse.", "kept prisoner", "engineer"),
        ("The detainees, who were held incommunicado for weeks, were released.", "held incommunicado", "detainee"),
        ("The 17 men on board are from Varnel. For two days they have been held hostage in Estavia.",
         "held hostage", "man"),
    ],
)  # fmt: skip
def test_neutral_verb_with_a_predicate_of_its_passive_subject_is_an_action(nlp, text, term, referent):
    ds = _actions(nlp, text)
    assert any(d.term == term and d.referent == referent and d.voice == "own" for d in ds), ds


def test_predicate_after_an_object_describes_the_object(nlp):
    ds = _descriptors(nlp, "The gang kept the villagers captive for a month.")
    assert any(d.kind == "predicate" and d.term == "captive" and d.referent == "villager" for d in ds), ds


def test_offices_verdicts_and_quoted_predicates_give_no_own_action(nlp):
    text = (
        "Jane Doe was elected president in 2019. The skipper was found guilty on Friday. "
        "\u201cOur men are being held hostage,\u201d the union leader said."
    )
    ds = _actions(nlp, text)
    assert not [d for d in ds if d.voice == "own"], ds


# ----------------------------------------------------------------- people-group nouns


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Vandals set fire to six buses in Varnel overnight.", "Vandals"),
        ("Hours after dawn, police cleared the squatters who had occupied the old mill.", "squatters"),
        ("The mayor spoke on Sunday, as families of the hostages demanded answers.", "hostages"),
        ("By noon the picketers had left the gates of the Fjord Post plant.", "picketers"),
    ],
)
def test_bare_plural_noun_for_an_unnamed_group_is_an_own_term(nlp, text, term):
    """A bare (or determiner-only) plural noun for the people of the story is the outlet's choice of word."""
    ds = _descriptors(nlp, text)
    assert any(d.term == term and d.voice == "own" and d.kind == "reference" for d in ds), _terms(ds)


def test_people_group_nouns_share_one_referent_and_quoted_ones_stay_quoted(nlp):
    ds = _descriptors(
        nlp,
        'Police arrested 40 strikers near the Varnel docks. "These vandals will face the courts," the minister said.',
    )
    groups = {d.term: d for d in ds if d.kind == "reference"}
    assert groups["strikers"].voice == "own" and groups["strikers"].referent == "people"
    assert groups["vandals"].voice == "quoted"


def test_plural_nouns_for_things_and_units_are_no_group_terms(nlp):
    text = "The ministry sorted the files quickly, and the convoy travelled 30 kilometers inside its waters."
    ds = _descriptors(nlp, text)
    assert not any(d.referent == "people" for d in ds), [(d.term, d.referent) for d in ds]


def test_a_republished_copy_is_counted_for_its_own_outlet():
    """Two outlets with the same text (a wire copy) have their descriptors at the same offsets: each
    article's occurrences still count for its outlet, so the copy is compared like any other article."""
    terms = [("reckless developer", "developer", "own"), ("local developer", "developer", "own")]
    out = compare_framing([_pa("a", "Daily Ledger", terms), _pa("b", "Evening Courier", terms)], [], _no_entities)
    scores = {(f.article, f.term): f.score for f in out}
    assert scores[("b", "reckless developer")] is not None
    assert scores[("b", "reckless developer")] == scores[("a", "reckless developer")]


# ------------------------------------------- own-voice wording the earlier rules missed


def test_a_hyphenated_premodifier_counts_as_one_word(nlp):
    ds = _descriptors(nlp, "The agency uses couriers and so-called human-rights monitors as cover.")
    assert "so-called human-rights monitors" in _terms(ds, "own")


def test_our_before_a_participle(nlp):
    ds = _descriptors(nlp, "The guild mourns our fallen comrades of the Varnel quarry.")
    assert "our fallen comrades" in _terms(ds, "own")


def test_a_redescription_in_indirect_speech_is_the_outlets_wording(nlp):
    text = (
        "Jane Doe reached the port in May. The impostor was stopped on Monday at a hotel, the agency said. "
        'Police said "the impostor" had fled.'
    )
    ds = [d for d in _descriptors(nlp, text) if d.term == "impostor"]
    assert sorted(d.voice for d in ds) == ["own", "quoted"]  # the paraphrase is own; the quote marks are not


def test_prepositional_idioms_of_state_and_act(nlp):
    ds = _descriptors(nlp, "At least three other reporters are currently behind bars in Varnel.")
    assert "behind bars" in _terms(ds, "own")
    ds = _descriptors(nlp, "It is not the first time a Brellander has been caught in the act.")
    assert "caught in the act" in _terms(ds, "own")
    ds = _descriptors(nlp, "Protesters rallied in the square.")
    assert "rallied in the square" not in _terms(ds)  # an active verb and a place: no idiom


def test_adjective_predicates_of_a_copula(nlp):
    ds = _descriptors(nlp, "The allegations made by the council are absurd and baseless.")
    preds = {d.term for d in ds if d.kind == "predicate" and d.voice == "own"}
    assert {"absurd", "baseless"} <= preds
    ds = _descriptors(nlp, "The ferry timetable is likely to change.")
    assert "likely" not in _terms(ds)  # an adjective with a complement of its own


def test_a_noun_for_the_power_ruling_a_named_place(nlp):
    ds = _descriptors(nlp, "The junta in Varnel has never explained the delay.")
    assert any(d.term == "junta" and d.referent == "Varnel" and d.kind == "reference" for d in ds)


def test_verbs_of_administering_documents_are_no_actions(nlp):
    ds = _descriptors(nlp, "The cabinet revoked the licence and the museum catalogued the finds.")
    assert not [d for d in ds if d.kind == "action"]


def test_an_agent_ending_shown_to_be_a_thing_is_no_group(nlp):
    ds = _descriptors(nlp, "The depot stores about 400 tonnes of solvents. Dockers loaded the solvents onto trucks.")
    groups = [d.term for d in ds if d.kind == "reference" and d.referent == "people"]
    assert "Dockers" in groups
    assert "solvents" not in groups  # "tonnes of solvents": a substance
    ds = _descriptors(nlp, "The yard can handle 90,000 containers a year. Crews stacked the containers.")
    assert "containers" not in [d.term for d in ds if d.referent == "people"]


def test_a_bare_noun_that_a_copula_makes_the_value_of_a_definite_noun(nlp):
    # "Greed is the motive": the outlet names the motive; a negated copula or a counted subject gives none
    ds = _descriptors(nlp, "Greed, not bad luck, is the thread that links the Varnel collapse to the Ostry fire.")
    assert any(d.term == "Greed" and d.kind == "predicate" and d.voice == "own" for d in ds)
    ds = _descriptors(nlp, "Patience is not the answer to the Varnel collapse.")
    assert not any(d.term == "Patience" for d in ds)
    ds = _descriptors(nlp, "The report is the first account of the Varnel collapse.")
    assert not any(d.term == "report" and d.kind == "predicate" for d in ds)


def test_a_title_inside_a_longer_name_phrase_is_no_modified_noun(nlp):
    # "Minister" in "Transport Minister Jane Doe" heads nothing: the title is read with the name
    ds = _descriptors(nlp, "Transport Minister Jane Doe said on Monday that the Varnel bridge would reopen.")
    assert not any(d.kind == "modifier" and d.referent == "minister" for d in ds)
    assert any(d.term == "Transport Minister" and "Doe" in d.referent for d in ds)


def test_words_of_a_name_the_tagger_missed_are_no_modifiers(nlp):
    from sourcetrace.analyze.framing import _name_words_only

    doc = nlp("Fjord Freight Lines said in a statement that the ferry was hit by a sudden squall.")
    assert _name_words_only(doc, 0, 3, next(iter(doc.sents)))
    doc = nlp("The foreign ministry said in a statement that the ferry was overloaded.")
    assert not _name_words_only(doc, 1, 3, next(iter(doc.sents)))  # lower case: a modifier and its noun
    doc = nlp("Heroic Rescuers Pull Forty From Icy Waters")
    assert not _name_words_only(doc, 0, 2, next(iter(doc.sents)))  # a title-case headline


def test_no_modifier_starts_inside_a_hyphenated_measure(nlp):
    ds = _descriptors(nlp, "The board revoked the 30-year concession of the Varnel port operator on Monday.")
    assert "year concession" not in _terms(ds)


def test_short_stems_and_chance_events_are_no_agent_plurals(nlp):
    ds = _descriptors(
        nlp, "She kept the lists on her knees as fatal accidents piled up, while volunteers searched the lake."
    )
    groups = [d.term for d in ds if d.referent == "people"]
    assert "volunteers" in groups
    assert not {"lists", "knees", "accidents"} & set(groups)


def test_quantifying_adjectives_and_dates_give_no_modifier_or_apposition(nlp):
    ds = _descriptors(nlp, "The Varnel institute sells its own rotavirus vaccine, and exports to other markets.")
    terms = _terms(ds)
    assert "rotavirus vaccine" in terms
    assert not any(t.startswith(("own ", "other ")) for t in terms)
    ds = _descriptors(nlp, "OSTRY, 18 November (FPA) - Nine workers were hurt at the Varnel plant.")
    assert not any(d.kind == "apposition" and d.term.endswith("November") for d in ds)


def test_a_definite_thing_in_indirect_speech_stays_the_speakers(nlp):
    # only a definite noun for people is read in the outlet's words inside indirect speech
    ds = _descriptors(nlp, "The company had missed every deadline, the minister said on Monday.")
    assert all(d.voice == "quoted" for d in ds if d.term == "company")
    ds = _descriptors(nlp, "The spy was detained on Monday in a hotel in Ostry, the bureau said.")
    assert any(d.term == "spy" and d.voice == "own" for d in ds)


def test_a_partitive_label_gives_the_noun_after_of(nlp):
    ds = _descriptors(nlp, "The broadcaster dismissed the testimony as part of a smear campaign.")
    preds = [d.term for d in ds if d.kind == "predicate"]
    assert "smear campaign" in preds
    assert "part" not in preds


def test_words_before_a_name_that_modifies_a_noun_belong_to_the_noun(nlp):
    ds = _descriptors(nlp, "The martyr Korvath leader was buried in Ostry.")
    assert not any(d.term == "martyr" and d.referent == "Korvath" for d in ds)
    assert "martyr Korvath leader" in _terms(ds)


def test_heads_that_are_no_words_and_clock_times_give_no_modifier(nlp):
    ds = _descriptors(nlp, "Dozens of workers were hired in the late 1990s, at 16:40 local time, to run the plant.")
    terms = _terms(ds)
    assert "late 1990s" not in terms and "local time" not in terms
    ds = _descriptors(nlp, "Jane Doe's spokesman, Col. Rick Moe, told the Varnel Post the talks had failed.")
    assert "Col." not in _terms(ds)


def test_a_count_is_no_group_and_stands_for_what_it_counts(nlp):
    ds = _descriptors(nlp, "A total of 155 people were rescued alive, and dozens of relatives waited at the quay.")
    groups = [d.term for d in ds if d.referent == "people" and d.kind == "reference"]
    assert "relatives" in groups and "dozens" not in groups
    assert any(d.term == "rescued" and d.referent == "people" for d in ds)


def test_no_term_ends_on_the_hyphen_of_a_split_word(nlp):
    ds = _descriptors(nlp, "The boat was stopped at dawn, Vice-Admiral Jan Ostrow told reporters.")
    assert not any(d.term.endswith("-") for d in ds)


# ------------------------------ conduct a name owns, a speaker's word taken up, hyphenated heads, rank qualifiers


@pytest.mark.parametrize(
    ("text", "term", "referent"),
    [
        ("Varnel's silence put the herds at risk.", "Varnel's silence", "Varnel"),
        ("Since then Brelland\u2019s protectionism has hidden behind the rulebook.", "Brelland\u2019s protectionism",
         "Brelland"),
        ("The ferry sailed at noon. But the arrogance in Varnel has little to do with safety.", "arrogance", "Varnel"),
    ],
)  # fmt: skip
def test_abstract_noun_a_name_owns_is_its_conduct(nlp, text, term, referent):
    ds = _descriptors(nlp, text)
    assert any(d.term == term and d.referent == referent and d.kind == "action" and d.voice == "own" for d in ds), ds


def test_concrete_or_people_nouns_a_name_owns_are_no_conduct(nlp):
    ds = _descriptors(nlp, "Varnel's farmers lost their herds. Varnel's capital was quiet on Monday.")
    assert not any(d.kind == "action" and "'s" in d.term for d in ds), ds


def test_word_first_used_by_a_speaker_is_new_when_the_outlet_takes_it_up(nlp):
    text = (
        "Trucks queued at the Fjordgate crossing on Monday. \u201cWhat we face is an embargo,\u201d Jane Doe said. "
        "The embargo has left hundreds of drivers stranded."
    )
    ds = _descriptors(nlp, text)
    assert any(d.term == "embargo" and d.kind == "reference" and d.voice == "own" for d in ds), ds


def test_hyphenated_head_is_one_word(nlp):
    ds = _descriptors(nlp, "The mill closed on Friday. This cover-up continued, a cynical cover-up that fools nobody.")
    assert not any(d.referent == "up" for d in ds), ds
    refs = {(d.term, d.referent, d.kind) for d in ds}
    assert ("cover-up", "cover-up", "reference") in refs, refs
    assert ("cynical cover-up", "cover-up", "modifier") in refs, refs


def test_deputy_office_is_not_the_office_named_before(nlp):
    ds = _descriptors(
        nlp, "Jane Doe, the prime minister, spoke on Monday. The deputy transport minister resigned on Tuesday."
    )
    assert not any(d.referent == "Jane Doe" and "deputy" in d.term for d in ds), ds
    assert not any(d.referent == "Jane Doe" and d.kind == "reference" for d in ds), ds


# ----------------------------------------------------------------- unnamed ruling power, causative nouns, kinds


def test_a_ruling_noun_without_a_name_is_the_outlets_word_for_the_power(nlp):
    ds = _descriptors(
        nlp,
        "The teachers are described in all the loyal papers of regime as paid agents. "
        'Later the regime closed the square. "The regime is afraid of us," said Jana Doe.',
    )
    own = [d for d in ds if d.term == "regime" and d.voice == "own"]
    assert len(own) == 2 and all(d.kind == "reference" for d in own)
    assert any(d.term == "regime" and d.voice == "quoted" for d in ds)
    # a ruling noun with a name is read with the name, and one that modifies a noun is none
    ds = _descriptors(nlp, "The Varnel regime opened a new government building in Port Elm on Monday.")
    assert not any(d.term in ("regime", "government") and d.kind == "reference" for d in ds)


def test_a_causative_noun_with_an_object_is_what_the_object_undergoes(nlp):
    ds = _descriptors(
        nlp,
        "The marches, marked by repeated attempts at the destabilisation of public order, began in May. "
        "The organisation of the count took a week.",
    )
    acts = [d for d in ds if d.term == "destabilisation"]
    assert acts and acts[0].kind == "action" and acts[0].voice == "own" and acts[0].referent == "order"
    assert "organisation" not in _terms(ds)


def test_the_kind_a_copula_puts_a_matter_in(nlp):
    ds = _descriptors(
        nlp,
        "Jana Doe said the kitchens were closed. It is the kind of panic that does nothing for the sick children.",
    )
    assert any(d.term == "panic" and d.kind == "predicate" and d.voice == "own" for d in ds)
    ds = _descriptors(nlp, 'Jana Doe said: "It is the kind of panic that helps nobody."')
    assert not any(d.term == "panic" and d.voice == "own" for d in ds)


# ----------------------------------------------------------------- headline labels, misread verbs


def _head_terms(nlp, title: str, text: str) -> list[str]:
    art = Article(id="a1", text=text, source="test", title=title)
    return [d.term for d in analyze_article(art, nlp).descriptors if d.start == -1 and d.voice == "own"]


def test_a_coined_capitals_label_before_a_headline_colon_is_the_outlets_name(nlp):
    title = "DARK MONDAY: 9,000 homes, 12 hours, no answers – and now the harbour engineers speak"
    terms = _head_terms(nlp, title, "The lights went out in Port Elm.")
    assert "DARK MONDAY" in terms


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("EXCLUSIVE INTERVIEW: the harbour chief speaks", "The council met on Monday."),
        ("JANE DOE: I will not resign", "Jane Doe, the mayor of Port Elm, said on Monday that she would stay."),
    ],
)
def test_genre_labels_and_speakers_before_a_headline_colon_are_no_coined_name(nlp, title, text):
    label = title.split(":")[0]
    assert label not in _head_terms(nlp, title, text)


def test_a_verb_read_as_a_plural_noun_leaves_the_subject_phrase(nlp):
    # the small tagger reads "forgets" as a plural noun: "Varnel elite" is still the outlet's phrase for the elite
    text = "Power cuts are nothing new for the regions that the Varnel elite forgets between elections."
    ds = _descriptors(nlp, text)
    assert any(d.term == "Varnel elite" and d.voice == "own" for d in ds), ds
    assert not any(d.term.endswith("forgets") for d in ds), ds
    # a verbless clause gives its noun a subject, not an object: the noun keeps its modifiers
    ds = _descriptors(nlp, "Fenwick imported 9,000 head of cattle in 2025, most of them young animals for fattening.")
    assert any(d.term == "young animals" for d in ds), ds


def test_a_light_verb_with_an_indefinite_object_is_the_subjects_action(nlp):
    # "take", "make" are neutral alone; with a bare or indefinite noun object the noun carries the act
    ds = _descriptors(nlp, "The junta in Port Elm has taken a hostage, and now it wants to name its price.")
    assert any(d.kind == "action" and d.term == "taken a hostage" and d.voice == "own" for d in ds), ds
    ds = _descriptors(nlp, "The harbour board made a humiliating U-turn on Monday.")
    assert any(d.kind == "action" and "humiliating U-turn" in d.term for d in ds), ds
    # a definite or owned object is no light-verb act, nor is a fixed idiom with a bare singular noun
    ds = _descriptors(nlp, "The harbour board took the bus to Port Elm and made its case.")
    assert not any(d.kind == "action" and d.term.startswith(("took", "made")) for d in ds), ds
    ds = _descriptors(nlp, "The new harbour board took office in Port Elm on Monday.")
    assert not any(d.kind == "action" and d.term.startswith("took") for d in ds), ds


def test_an_of_noun_qualifying_a_stretch_of_time_is_the_outlets_description(nlp):
    text = "After nine days of disgrace at the Fjord gate, the ferry finally sailed for Port Elm."
    ds = _descriptors(nlp, text)
    assert any(d.term == "days of disgrace" and d.voice == "own" for d in ds), ds
    ds = _descriptors(nlp, "The mayor called the raid an act of aggression against the harbour.")
    assert any(d.term == "act of aggression" for d in ds), ds
    # a determiner or an owner after "of" gives none
    ds = _descriptors(nlp, "The ferry sails on two days of the week from Port Elm.")
    assert not any(d.term.startswith("days of") for d in ds), ds


def test_a_manner_adverb_of_a_pre_modifier_belongs_to_the_modifier(nlp):
    ds = _descriptors(nlp, "The politically motivated walkout is backed by the Fjord Post and its allies.")
    assert "politically motivated walkout" in _terms(ds, "own"), ds
    assert "motivated walkout" in _terms(ds, "own"), ds


def test_a_particle_read_as_an_adverb_stays_with_its_verb(nlp):
    # the small parser reads "in" here as an adverb of "caved", not as its particle
    text = (
        "Last winter some 3,000 nurses stayed away from wards for five days, until the government caved in and "
        "handed them 6 percent."
    )
    ds = _descriptors(nlp, text)
    assert any(d.kind == "action" and d.term == "caved in" for d in ds), ds


def test_a_noun_in_an_all_caps_headline_read_as_a_name_is_still_new_in_the_body(nlp):
    # the tagger reads a common noun of an all-caps headline as a name ("THE SABOTEUR" typed PERSON): the headline
    # yields no descriptor for it, so the body's first "the saboteur" is the outlet's wording, as under a
    # headline in mixed case
    text = "The court in Port Elm ruled on Monday. Last spring the saboteur cut the cables of the harbour crane twice."
    for title in ("NO MERCY: THE SABOTEUR WAS JAILED FOR SIX YEARS", "No mercy: the saboteur was jailed for six years"):
        art = Article(id="a1", text=text, source="test", title=title)
        own = [d.term.lower() for d in analyze_article(art, nlp).descriptors if d.voice == "own"]
        assert "saboteur" in own, title


def test_a_label_given_by_a_named_labeller_is_quoted_without_marks(nlp):
    ds = _descriptors(
        nlp,
        "The council of Varnel banned the weekly market on Monday. Mayor Jane Doe dismissed the criticism as "
        "Ostrian meddling in the town's affairs. The trade minister dismissed it as foreign interference. "
        "We call the ban a disgrace. Industry figures dismissed the traders' claims as scaremongering.",
    )
    own = _terms(ds, "own")
    assert not any("meddling" in t or "interference" in t for t in own)
    assert any("meddling" in t for t in _terms(ds, "quoted"))
    assert any("disgrace" in t for t in own)  # "we": the outlet's own label
    assert "scaremongering" in own  # credited to no one in particular: the outlet's label


def test_certain_before_a_group_is_kept(nlp):
    ds = _descriptors(nlp, "The minister replied to the statements of certain opposition circles on Monday.")
    assert "certain opposition circles" in _terms(ds, "own")


def test_the_subject_of_make_believe_is_a_group_of_people(nlp):
    ds = _descriptors(nlp, "The market closed on Friday, not on Monday as the council's trumpets now pretend.")
    assert any(d.term == "trumpets" and d.kind == "reference" for d in ds)


def test_a_noun_set_against_a_referent_keeps_its_against_phrase(nlp):
    ds = _descriptors(nlp, "The council of Varnel has made one more step in its war against free trade.")
    assert any(d.term == "war against free trade" and d.kind == "action" and d.voice == "own" for d in ds)


def test_so_called_in_reported_speech_is_the_outlets_word(nlp):
    ds = _descriptors(
        nlp,
        "The union said on Tuesday that the fee was set days before the so-called independent Harbour Board "
        'met. "The so-called experts got it wrong," Jane Doe said.',
    )
    voices = {d.term: d.voice for d in ds if d.term.startswith("so-called")}
    assert voices.get("so-called independent Harbour Board") == "own"
    assert voices.get("so-called experts") == "quoted"  # inside quotation marks: the speaker's


def test_event_noun_of_a_place_as_the_subject(nlp):
    # "the N of <place>" as the subject: the outlet's word for what happened there
    ds = _descriptors(nlp, "The carnage of Varnelia has shaken the whole nation. The city of Varnelia voted.")
    assert any(d.term == "carnage" and d.voice == "own" and d.referent == "Varnelia" for d in ds)
    assert "city" not in _terms(ds)  # a noun for the place itself only locates


def test_measured_quantities_of_time_are_no_qualified_time(nlp):
    text = (
        "The plant exported two terawatt-hours of electricity last year. The new manager, Jane Doe, has "
        "20 years of experience. The crew came home after eight days of shame at the border."
    )
    terms = _terms(_descriptors(nlp, text))
    assert "hours of electricity" not in terms and "years of experience" not in terms
    assert "days of shame" in terms


def test_manner_adverb_before_a_participle_modifier(nlp):
    ds = _descriptors(nlp, "Rescuers reached the temporarily occupied slopes near the village on Sunday.")
    assert "temporarily occupied slopes" in _terms(ds, "own")


def test_french_agent_plural_is_a_group(nlp):
    ds = _descriptors(nlp, "Minister Jane Doe answered the provocateurs with dignity.")
    assert any(d.term == "provocateurs" and d.kind == "reference" and d.voice == "own" for d in ds)


def test_treated_as_gives_a_predicate_of_the_object(nlp):
    ds = _descriptors(nlp, "The state firm, which has treated our island as a hostage for two decades, raised prices.")
    assert any(d.term == "hostage" and d.kind == "predicate" and d.voice == "own" for d in ds)


def test_make_with_a_bare_noun_is_an_action(nlp):
    ds = _descriptors(nlp, "Varnel again makes hysteria instead of paying its bills.")
    assert any(d.term == "makes hysteria" and d.kind == "action" and d.referent == "Varnel" for d in ds)
    idiom = _descriptors(nlp, "The Varnel council made progress on Monday.")
    assert not any(d.kind == "action" and "progress" in d.term for d in idiom)


def test_modifier_before_a_name_in_quotation_marks_is_own(nlp):
    ds = _descriptors(nlp, 'The foreign-sponsored "Fjord Tide" structure has for years worked against the order.')
    assert any(d.term == "foreign-sponsored" and d.voice == "own" and d.kind == "modifier" for d in ds)


def test_purpose_infinitive_is_an_action_of_the_main_subject(nlp):
    ds = _descriptors(nlp, "Everyone remembers how the union used the Varnel crash to blackmail the government.")
    assert any(d.term == "blackmail" and d.kind == "action" and d.referent == "union" for d in ds)


def test_passive_left_with_an_infinitive_is_an_action(nlp):
    ds = _descriptors(nlp, "Satellite data tell a grim story about a valley that has been left to burn.")
    assert any(d.term == "left to burn" and d.kind == "action" and d.referent == "valley" for d in ds)
    plain = _descriptors(nlp, "The Varnel board left to attend a meeting.")
    assert not any(d.kind == "action" and d.term.startswith("left") for d in plain)


def test_so_called_before_a_scare_quoted_word_is_the_outlets_marker(nlp):
    ds = _descriptors(
        nlp,
        "The harbour master told reporters that the boats had left on Monday, not on Sunday as the so-called "
        '"report" of the ministry claims. "This so-called \u201cinquiry\u201d is a joke," Lena Park said.',
    )
    own = _terms(ds, "own")
    assert any(t.startswith("so-called") for t in own)
    assert not any("inquiry" in d.referent for d in ds if d.term.startswith("so") and d.voice == "own")
