"""Outlets and agencies an article relies on (analyze.citations)."""

from __future__ import annotations

import pytest

from sourcetrace.analyze.citations import find_citations
from sourcetrace.analyze.cues import same_outlet
from sourcetrace.analyze.quotes import find_quotes
from sourcetrace.model import Article, Citation, Mention

from .conftest import EXAMPLES as CORPUS
from .conftest import GOLD


def cite(nlp, text: str, outlet: str | None = None) -> list[Citation]:
    art = Article(id="t1", text=text, source="test", outlet=outlet)
    doc = nlp(text)
    mentions = tuple(Mention("t1", e.start_char, e.end_char, e.text, e.label_) for e in doc.ents)
    return find_citations(doc, art, find_quotes(doc, art, mentions))


def names(cs: list[Citation]) -> list[str]:
    return [c.cites for c in cs]


def has(cs: list[Citation], name: str) -> bool:
    return any(name.lower() in c.cites.lower() for c in cs)


def test_according_to_outlet(nlp) -> None:
    cs = cite(nlp, "According to the BBC, the football club has agreed a fee for the striker.")
    assert has(cs, "BBC")
    assert all(c.cue for c in cs)


def test_according_to_institute(nlp) -> None:
    cs = cite(nlp, "According to the Washington Institute, the ministry delayed the tender twice.")
    assert has(cs, "Washington Institute")


def test_outlet_reports(nlp) -> None:
    cs = cite(nlp, "Reuters reported that the election commission postponed the regional vote.")
    assert has(cs, "Reuters")


def test_told_outlet_and_as_quoted_by(nlp) -> None:
    text = (
        "Ahmed Karimi told the Coastal Times that the ministry had approved the budget, "
        "as quoted by the Jerusalem Post."
    )
    cs = cite(nlp, text)
    assert has(cs, "Coastal Times") and has(cs, "Jerusalem Post")
    for c in cs:
        assert text[c.start : c.end] == c.cites


def test_told_name_known_as_outlet_elsewhere(nlp) -> None:
    text = (
        "A report from the Tasnim news agency described the meeting.\n\n"
        "“The talks went well,” Jabril told Tasnim on Sunday."
    )
    cs = cite(nlp, text)
    assert any(c.cue == "told" and "Tasnim" in c.cites for c in cs)


def test_interview_with_and_news_agency_phrase(nlp) -> None:
    cs = cite(nlp, "In an interview with Al Jazeera, the coach said the team was ready for the final.")
    assert has(cs, "Al Jazeera")
    cs = cite(nlp, "The Mehr News Agency published the full list of candidates on Monday.")
    assert has(cs, "Mehr")


def test_as_reported_by(nlp) -> None:
    cs = cite(nlp, "As reported by the Evening Herald, the mayor resigned after the vote on Tuesday.")
    assert has(cs, "Evening Herald")


@pytest.mark.parametrize(
    "text",
    [
        "As informs the state agency KORVA, on Tuesday the meteorologists measured 41 degrees in the capital.",
        "The mayor resigned after the vote on Tuesday, as reported the agency Korva.",
        "The mayor resigned after the vote on Tuesday, as transmitted the state agency Korva.",
    ],
)
def test_as_reported_with_the_verb_before_the_agency(nlp, text: str) -> None:
    assert has(cite(nlp, text), "Korva")


def test_dateline_agency(nlp) -> None:
    cs = cite(nlp, "PARIS (AFP) – The football club confirmed the transfer of its captain on Monday.")
    assert has(cs, "AFP")


def test_source_line(nlp) -> None:
    text = "The factory fire was put out after six hours.\n\nSource: Daily Courier\n"
    assert has(cite(nlp, text, outlet="Regional Digest"), "Daily Courier")


def test_own_outlet_is_not_a_citation(nlp) -> None:
    text = "Ahmed Karimi told the Coastal Times that the new budget would be approved by Friday."
    assert not has(cite(nlp, text, outlet="The Coastal Times"), "Coastal Times")
    text = "PARIS (CTN) – The club confirmed the transfer on Monday.\n\nReported by Coastal Times News\n"
    assert not has(cite(nlp, text), "CTN")


def test_persons_are_not_citations(nlp) -> None:
    text = "The factory employed 400 workers, according to Helen Ward, a union representative."
    assert not has(cite(nlp, text), "Helen Ward")
    text = "Maria Lopez told John Smith that the plant would reopen in the spring."
    assert cite(nlp, text) == []


def test_photo_credits_are_not_citations(nlp) -> None:
    text = "Players at the training ground (photo credit: REUTERS)\n\nThe club confirmed the signing on Monday."
    assert not has(cite(nlp, text), "REUTERS")


def test_quoting_outlet_and_report_by(nlp) -> None:
    text = (
        "State television quoted the president as saying the vote would go ahead. "
        "A report by the Daily Observer said the count had been delayed."
    )
    cs = cite(nlp, text)
    assert has(cs, "State television") and has(cs, "Daily Observer")


def test_statements_and_bare_outlet_nouns_are_not_citations(nlp) -> None:
    text = (
        "A statement from the Interior Ministry said two people were arrested. "
        "The newspaper reported that the factory would close."
    )
    cs = cite(nlp, text)
    assert not has(cs, "Interior Ministry")
    assert not any(c.cites.lower() in ("the newspaper", "newspaper") for c in cs)


def test_dev_corpus_citation_recall(nlp) -> None:
    import yaml

    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    outlets = {aid: g.get("outlet") for aid, g in gold["articles"].items()}
    found: dict[str, list[Citation]] = {}
    hit = 0
    for g in gold["citations"]:
        aid = g["article"]
        if aid not in found:
            found[aid] = cite(nlp, (CORPUS / f"{aid}.txt").read_text(encoding="utf-8"), outlet=outlets.get(aid))
        hit += any(g["cites"].lower() in c.cites.lower() for c in found[aid])
    assert hit / len(gold["citations"]) >= 0.9
    # an article's own outlet is never listed as something it cites
    for aid, cs in found.items():
        own = outlets.get(aid)
        if own:
            assert not any(own.lower().removeprefix("the ") in c.cites.lower() for c in cs), names(cs)


# ---------------------------------------------------------------- follow-up: general rules (invented texts)


def test_according_to_the_name_without_outlet_word(nlp) -> None:
    cs = cite(nlp, "The striker's transfer fee was 40 million euros, according to The Evening Lantern.")
    assert has(cs, "Evening Lantern")


def test_strong_cue_name_of_known_person_is_not_outlet(nlp) -> None:
    text = (
        "Club president Marta Kovalenko met the players on Friday. "
        "The fee was agreed last week, according to Kovalenko."
    )
    assert not has(cite(nlp, text), "Kovalenko")


def test_source_line_in_body_is_citation_unless_own_outlet(nlp) -> None:
    text = (
        "The school board voted to close two primary schools in the valley.\n\n"
        "Parents plan to appeal the decision.\n\n"
        "Source: The Valley Courier"
    )
    assert has(cite(nlp, text, outlet="Regional Digest"), "Valley Courier")
    assert not has(cite(nlp, text, outlet="The Valley Courier"), "Valley Courier")


def _quotes(nlp, text: str):
    art = Article(id="t1", text=text, source="test")
    return find_quotes(nlp(text), art, ())


def test_trailing_agency_relay_is_cited_and_extends_the_via_chain(nlp) -> None:
    text = (
        "Monitors from the Lakeside Observer Group said the count had been calm and orderly, "
        "the state-run Corvan Press Agency (CPA) reported."
    )
    assert has(cite(nlp, text), "Corvan Press Agency")
    q = next(q for q in _quotes(nlp, text) if "calm and orderly" in q.text)
    assert q.speaker is not None and "Monitors" in q.speaker
    assert any("Corvan Press Agency" in v for v in q.via), q.via
    assert "reported" not in q.text


def test_relayed_finding_cites_the_relaying_outlet(nlp) -> None:
    text = "Auditors also found that two ledgers had been altered, the Dunmore Gazette reported on Friday."
    assert has(cite(nlp, text), "Dunmore Gazette")
    q = next(q for q in _quotes(nlp, text) if "two ledgers had been altered" in q.text)
    assert q.speaker is not None and "Auditors" in q.speaker
    assert any("Dunmore Gazette" in v for v in q.via), q.via


# ---------------------------------------------------------------- own outlet, descriptors, credits, negation


def test_agency_sharing_a_place_name_with_the_page_outlet_is_cited(nlp) -> None:
    text = "According to the Velmar News Agency (VNA), the cabinet met in emergency session on Monday."
    assert has(cite(nlp, text, outlet="The Velmar Herald"), "Velmar News Agency")
    assert not has(cite(nlp, text, outlet="Velmar News Agency"), "Velmar News Agency")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("The Velmar Herald", "the Velmar News Agency", False),
        ("Velmar", "Velmar Herald", False),
        ("Corvan", "Corvan News Agency", True),
        ("the Corvan news agency in Orland", "Corvan", True),
        ("Press TV", "PressTV", True),
        ("The Times of Orland", "Times of Orland", True),
        ("Al Monitor", "Al Monitor English", True),
        ("The Tribune", "The People's Tribune", True),
        ("VNA", "Velmar News Agency", True),
        ("Reuters", "Thomson Reuters Foundation", False),
    ],
)
def test_same_outlet_compares_whole_names(a: str, b: str, same: bool) -> None:
    assert same_outlet(a, b) is same
    assert same_outlet(b, a) is same


def test_descriptor_before_outlet_name_is_skipped(nlp) -> None:
    text = "The minister had told the French-language daily L'Écho de Port Tamsin on Tuesday that the era was over."
    cs = cite(nlp, text)
    assert has(cs, "Écho de Port Tamsin"), names(cs)
    assert not has(cs, "French"), names(cs)


def test_additional_reporting_by_an_outlet_is_a_citation(nlp) -> None:
    text = "The operator said it would appeal the ruling.\n\nAdditional reporting by the Orland Courier."
    cs = cite(nlp, text, outlet="Harbour Weekly")
    assert has(cs, "Orland Courier"), names(cs)
    assert any(c.cue == "additional reporting by" for c in cs)


def test_additional_reporting_by_a_person_is_no_citation(nlp) -> None:
    text = "The operator said it would appeal the ruling.\n\nAdditional reporting by Ana Ruiz in Port Tamsin."
    assert cite(nlp, text, outlet="Harbour Weekly") == []


def test_not_publishing_is_no_citation(nlp) -> None:
    text = "The authority said it had written to KGP eleven times since 2021. KGP has not published its replies."
    assert not has(cite(nlp, text), "KGP")


def test_descriptor_before_outlet_name_in_the_via_chain(nlp) -> None:
    text = "Ana Ruiz told the state-run Velmar Broadcasting Corporation that the talks would resume."
    q = next(q for q in _quotes(nlp, text) if "talks would resume" in q.text)
    assert any("Velmar Broadcasting Corporation" in v for v in q.via), q.via


# ---------------------------------------------------------------- relays, audiences, the outlet itself, public bodies


def test_told_a_state_outlet_according_to_a_news_agency_cites_both(nlp) -> None:
    text = (
        '"We will take the matter to the supreme court," the mayor Ottar Ekdahl told the state-run Velmar '
        "Press Agency (VPA), according to news agency Nordwire."
    )
    cs = cite(nlp, text, outlet="The Daily Lantern")
    assert has(cs, "Velmar Press Agency") and has(cs, "Nordwire")


def test_announced_to_the_state_agency_is_a_citation(nlp) -> None:
    text = "Nordline chief Tomas Reinholt announced to the state agency KPN that the company would appeal the ban."
    assert has(cite(nlp, text, outlet="Ostvik Morning Post"), "KPN")


@pytest.mark.parametrize("audience", ["MPs", "reporters", "the committee", "Parliament", "the Senate"])
def test_an_audience_after_told_is_no_citation(nlp, audience: str) -> None:
    text = f"The inspector told {audience} that four of the nine pillars had cracks."
    assert cite(nlp, text, outlet="Ostvik Morning Post") == []


@pytest.mark.parametrize(
    "text, outlet, self_name",
    [
        (
            'A ministry insider told the Beacon: "We sent them every result in December."',
            "The Kelmar Evening Beacon",
            "Beacon",
        ),
        (
            "You can follow the rest of the hearing on the VTN News website and on VTN Radio tonight.",
            "VTN News",
            "VTN Radio",
        ),
        ("You can follow the rest of the hearing on VTN Radio tonight.", "Velmar Television Network", "VTN Radio"),
    ],
)
def test_the_outlet_citing_itself_is_no_citation(nlp, text: str, outlet: str, self_name: str) -> None:
    assert not has(cite(nlp, text, outlet=outlet), self_name)


def test_another_outlet_with_a_shared_word_is_still_cited(nlp) -> None:
    text = 'A ministry insider told the Daily Beacon: "We sent them every result in December."'
    assert has(cite(nlp, text, outlet="The Kelmar Evening Beacon"), "Daily Beacon")


@pytest.mark.parametrize(
    "text",
    [
        "The decision by the Korsland Medicines Regulatory Agency was published on Tuesday.",
        "The Korsland Environment Agency said the river had been cleaned.",
        "According to the Ostvik Ports Authority, the quay will reopen in June.",
        "The chief engineer told the Korsland Highways Authority that the bridge was safe.",
    ],
)
def test_a_body_named_agency_or_authority_is_no_news_agency(nlp, text: str) -> None:
    assert cite(nlp, text, outlet="Ostvik Morning Post") == []


def test_a_state_run_agency_that_reports_is_cited(nlp) -> None:
    text = "Observers said the count had been orderly, the state-run Korsland National Agency (KNA) reported."
    assert has(cite(nlp, text, outlet="Ostvik Morning Post"), "Korsland National Agency")


def test_cited_by_x_means_x_cites(nlp) -> None:
    text = "None of the 31 complaints cited by the Ostvik Ferry Board has been linked to the new engines."
    assert cite(nlp, text, outlet="Nordline") == []
    text = "The engines failed twice in May, as cited by the Kelmar Herald."
    assert has(cite(nlp, text, outlet="Ostvik Morning Post"), "Kelmar Herald")


# ------------------------------------------------------------------ citations named by their resolved source (he)


def _cited(
    aid: str, text: str, cites: list[tuple[str, str]], names: list[tuple[str, str]] = (), outlet: str | None = None
):
    """An analysed article whose citations are (cited span, cue) pairs and NER mentions (surface,
    label) pairs, each found in order."""
    from sourcetrace.model import ArticleAnalysis

    cs, ms, at = [], [], 0
    for span, cue in cites:
        s = text.index(span, at)
        cs.append(Citation(aid, span, cue, s, s + len(span)))
        at = s + len(span)
    at = 0
    for surface, label in names:
        s = text.index(surface, at)
        ms.append(Mention(aid, s, s + len(surface), surface, label))
        at = s + len(surface)
    art = Article(id=aid, text=text, source=aid, outlet=outlet)
    return ArticleAnalysis(article=art, citations=tuple(cs), mentions=tuple(ms))


def _canonical(*pas) -> list[str]:
    from sourcetrace.link.entities import canonical_citations, resolve_entities

    _, entity_of = resolve_entities(pas)
    return [c.cites for c in canonical_citations(pas, [c for pa in pas for c in pa.citations], entity_of)]


def test_citation_takes_the_full_name_of_its_resolved_source() -> None:
    a = _cited(
        "a0",
        "Officials spoke to the Varnel News Service (VNS) on Monday. The Varnelian state news agency VNS writes "
        "that the dam is safe. A reporter at the VNS said so. Varnel has not commented, VNS said.",
        [("The Varnelian state news agency VNS", "writes"), ("A reporter at the VNS", "said"), ("VNS", "said")],
        [("the Varnel News Service", "ORG"), ("Varnelian", "NORP"), ("Varnel", "GPE")],
    )
    b = _cited(
        "a1",
        "The minister told VNS that the dam would open, according to the QXR.",
        [("VNS", "told"), ("QXR", "according to")],
    )
    assert _canonical(a, b) == [
        "Varnel News Service (VNS)",  # the description before the name is no part of it
        "A reporter at the VNS",  # names more than the source: as written
        "Varnel News Service (VNS)",
        "Varnel News Service (VNS)",  # another article's acronym, resolved across articles
        "QXR",  # a source known by no fuller name stays as written
    ]


def test_citation_of_an_acronym_known_from_the_outlet_metadata() -> None:
    a = _cited(
        "a0",
        "MERVAL, 3 June (FPA) - The pier shut, the minister told FPA.",
        [("FPA", "told")],
        outlet="Fjordane Press Agency",
    )
    b = _cited("a1", "According to FPA, the pier would reopen.", [("FPA", "according to")])
    assert _canonical(a, b) == ["Fjordane Press Agency (FPA)", "Fjordane Press Agency (FPA)"]


def test_citation_of_a_shorter_form_takes_the_outlet_name() -> None:
    a = _cited(
        "a0",
        "The figures, the Kelby Herald learned, were wrong. Kelby said nothing, the Herald reported.",
        [("the Herald", "reported")],
        [("the Kelby Herald", "ORG"), ("Kelby", "GPE"), ("the Herald", "ORG")],
    )
    b = _cited("a1", "Staff at the Kelby paper agreed.", [], [("Kelby", "GPE")], outlet="The Kelby Herald")
    assert _canonical(a, b) == ["Kelby Herald"]


# ---------------------------------------------------------------- golzar-square round (invented text)


def test_statement_carried_by_a_news_agency_cites_it(nlp) -> None:
    text = "The ministry said in a statement carried by the state news agency VNA that two people died in a crush."
    assert has(cite(nlp, text), "VNA")


def test_carried_by_a_carrier_is_no_citation(nlp) -> None:
    text = "Most of the pilgrims were carried by Fjord Air to Dorvel on Sunday, the ministry said."
    assert not has(cite(nlp, text), "Fjord Air")


def test_a_party_or_rights_body_speaking_for_itself_is_no_citation(nlp) -> None:
    text = (
        "The Varnel Renewal Front (VRF) was banned in 2019.\n\n"
        "More than 300 people were detained, according to VRF organisers.\n\n"
        "At least 12 people were killed, the Fjord Rights Monitor said.\n\n"
        "The figures could not be checked, the Dorvel Post reported.\n"
    )
    cs = cite(nlp, text)
    assert not has(cs, "VRF") and not has(cs, "Renewal Front"), names(cs)
    assert not has(cs, "Rights Monitor"), names(cs)
    assert has(cs, "Dorvel Post"), names(cs)


def test_sources_opening_a_sentence_is_no_source_line(nlp) -> None:
    text = "Sources at the commission told the Dorvel Chronicle that the results had been typed in by hand."
    cs = cite(nlp, text)
    assert not [c for c in cs if c.cue == "source line"], [(c.cites, c.cue) for c in cs]
    assert has(cs, "Dorvel Chronicle")


def test_according_to_a_channel_named_with_a_number(nlp) -> None:
    # the model reads 'Aurora 24' as a person; no personal name ends in a number (qm)
    text = (
        "Ivo Marr, a correspondent for the broadcaster Aurora 24, has been in custody for nearly two weeks. "
        "According to Aurora 24, he was detained at the border on 12 November while leaving the country."
    )
    assert has(cite(nlp, text, outlet="Open Press Watch"), "Aurora 24")


def test_outlet_noun_after_a_medium_noun(nlp) -> None:
    cs = cite(nlp, "The mayor told the private television channel TV Norda that the bridge would reopen.")
    assert "TV Norda" in names(cs)
    cs = cite(nlp, "In an interview with the regional radio station Radio Fjell, the mayor said the bridge was safe.")
    assert has(cs, "Radio Fjell")


def test_a_described_medium_is_no_named_citation(nlp) -> None:
    text = "The growers' leader, Jaroslav Pelinek, spoke to Varnelian television and put the losses at 2 million."
    cs = cite(nlp, text)
    assert not has(cs, "Varnelian television")
    cs = cite(nlp, "The mayor told Fjell Radio that the bridge would reopen on Friday.")
    assert has(cs, "Fjell Radio")


def test_an_outlet_relaying_a_label_is_cited(nlp) -> None:
    text = (
        "Jaroslav Pelinek heads the growers' association. He called the ban "
        '"a trade war dressed up as science", Glas Varna reported, and said prices had halved.'
    )
    assert has(cite(nlp, text), "Glas Varna")


def test_told_a_portal_named_after_its_descriptor(nlp) -> None:
    # a web portal is an outlet like a daily: 'told the opposition portal Free Voice' cites Free Voice
    cs = cite(nlp, "Anton Reisz told the opposition portal Free Voice that the meeting was about student visas.")
    assert names(cs) == ["Free Voice"]
    assert not cite(nlp, "The portal said it had seen the letter.")


def test_speaker_described_as_a_medium_is_cited(nlp) -> None:
    text = (
        "The Varnelian opposition portal Fjord Uncovered has written that some homes in Orvik were without "
        "water for two days."
    )
    assert has(cite(nlp, text, outlet="Dalsk Courier"), "Fjord Uncovered")
    text = "The newspaper Editor Jane Doe has written that the homes were without water for two days."
    assert not has(cite(nlp, text, outlet="Dalsk Courier"), "Jane Doe")


def test_name_presented_as_a_medium_is_cited(nlp) -> None:
    # 'his newspaper X says' and, once X is so presented, 'told X'
    text = (
        "The ferry was late, his newspaper Varnelbladet says. Jane Doe told Varnelbladet on Monday: "
        '"We will sue the port."'
    )
    cs = cite(nlp, text, outlet="Dalsk Courier")
    assert [c.cue for c in cs if c.cites == "Varnelbladet"] == ["says", "told"]


def test_on_the_air_of_a_broadcaster(nlp) -> None:
    text = 'Captain Edda Marrow declared on the air of the state television FTV2 that the port "stayed open all night."'
    assert names(cite(nlp, text, outlet="Dalsk Courier")) == ["FTV2"]


def test_described_agency_that_writes_is_cited(nlp) -> None:
    text = (
        'The Varnelian mayor Brekke accused the port in "open sabotage" and "criminal delay", as the agency VARNA '
        "was writing. The Ministry of Transport of Fjordland characterised these statements as a provocation and "
        '"an attempt to hide own failures in the harbour."'
    )
    assert has(cite(nlp, text, outlet="Dalsk Courier"), "VARNA")
    assert not has(cite(nlp, "The agency Fjordwater said the pipes were safe.", outlet="Dalsk Courier"), "Fjordwater")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The independent Quiet Walls Project says in its latest report that 800 people are held.", "Quiet Walls"),
        ("In a report released on Monday, the watchdog Open Lens Forum said 12 reporters were held.", "Open Lens"),
        ("According to Harbor Rights Watch's annual count, 40 newsrooms were closed.", "Harbor Rights Watch"),
    ],
)
def test_a_body_whose_report_the_article_relies_on_is_cited(nlp, text: str, body: str) -> None:
    assert has(cite(nlp, text), body)


def test_a_ministry_or_person_report_is_no_citation(nlp) -> None:
    text = "The Ministry of Ports said in its report that trade grew. Ana Ruiz said in her report that it fell."
    cs = cite(nlp, text)
    assert not has(cs, "Ministry") and not has(cs, "Ruiz")


def test_translated_word_orders_cite_the_agency(nlp) -> None:
    text = (
        "The governor said the dam was safe, as reported the agency Tarvo. "
        "The spokesman Ivan Petr declared for the Dalmatian agency KVN that the claims were false. "
        "He said for the first time that prices would rise."
    )
    cs = cite(nlp, text)
    assert has(cs, "Tarvo") and has(cs, "KVN")
    assert not any("first time" in c.cites for c in cs)


def test_programme_title_between_programme_and_its_channel(nlp) -> None:
    text = (
        'Speaking in the programme "Week in Focus" of the Second Channel of Dalmatian Radio (DR-2), the minister '
        "explained the plan."
    )
    assert has(cite(nlp, text), "DR-2")


def test_an_agency_that_spreads_a_statement_is_cited(nlp) -> None:
    text = "The agency KVN of Dalmora spread the statement that all the men were soldiers. Ruiz called it a lie."
    assert has(cite(nlp, text), "KVN")


def test_outlet_name_ending_in_a_number(nlp) -> None:
    # 'Fjord24' or 'Skyline 24': a name closed by digits is an outlet's, never a person's
    cs = cite(nlp, "The school was closed on Monday, the mayor told Fjord24 late in the evening.")
    assert has(cs, "Fjord24")
    cs = cite(nlp, "The school was closed, according to Skyline 24.")
    assert "Skyline 24" in names(cs)
    cs = cite(nlp, "The school was closed, the mayor told the Fjord Post 24 hours later.")
    assert "Skyline" not in " ".join(names(cs)) and all(not c.cites.endswith("24") for c in cs)


def test_inverted_publishing_verb_and_citing_a_medium(nlp) -> None:
    cs = cite(nlp, "He said the line should be closed until everything is checked, writes the portal Fjord24.")
    assert has(cs, "Fjord24")
    cs = cite(nlp, "In the house of the mayor were found 310 thousands euro in cash, informs VANA.")
    assert has(cs, "VANA")  # a translated report's 'informs X': as X reported
    cs = cite(
        nlp,
        "As the news agency Fjord Press reported, citing the statement of the Varnel Rowing Union, six were banned.",
    )
    assert has(cs, "Varnel Rowing Union")  # the body whose document the medium relied on
    cs = cite(nlp, "Speaking on the evening programme of the state television channel Varnel-1, the minister said no.")
    assert has(cs, "Varnel-1")
    cs = cite(nlp, "The minister said the bridge was safe, citing the state agency VANA.")
    assert has(cs, "VANA")
    assert not cite(nlp, "The airline cancelled the flight, citing the Interior Ministry.")
    assert not cite(nlp, "The airline cancelled the flight, citing Jane Doe, its chief.")


def test_monitor_presented_as_such_estimates(nlp) -> None:
    text = "The Quiet Walls Initiative, a monitoring group based in Varn, estimates that 1,200 people are held."
    cs = cite(nlp, text)
    assert has(cs, "Quiet Walls Initiative")
    assert not cite(nlp, "The Fjord Power Company, a utility, estimates that 3,000 homes lost power.")


def test_told_to_a_described_broadcaster(nlp) -> None:
    text = "The jailed mayor was moved to a clinic, as told his lawyer to the foreign broadcaster Radio Velmar."
    assert has(cite(nlp, text), "Radio Velmar")


def test_agency_distributing_a_statement(nlp) -> None:
    text = "In Ostvald the state agency OSNA on Friday distributed the statement of the prison service."
    assert has(cite(nlp, text), "OSNA")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Nine clinics were shut last year, according to the annual census of Harbor Care Watch.", "Harbor Care"),
        ("The group Tallow Rights Network counts in its yearly report 30 reporters in Ostvald jails.", "Tallow Rights"),
        ("According to the latest bulletin of the Ostvald Water Commission, 400 wells ran dry.", "Water Commission"),
        ("The site was offline for a day, according to the internet monitoring group WebWarden.", "WebWarden"),
    ],
)
def test_a_report_of_a_body_or_a_monitor_the_article_relies_on(nlp, text: str, body: str) -> None:
    assert has(cite(nlp, text), body)


def test_a_report_of_a_place_or_a_council_speaking_is_no_citation(nlp) -> None:
    assert not has(cite(nlp, "The annual census of Ostvald counted 9,000 people."), "Ostvald")
    assert not cite(nlp, "The Ostvald Water Commission said in its bulletin that 400 wells ran dry.")


def test_translated_as_transmitted_the_agency(nlp) -> None:
    text = "The minister declared on Monday, as transmitted the state agency VANA, that the border stays shut."
    assert has(cite(nlp, text), "VANA")


def test_a_relays_own_source_is_cited(nlp) -> None:
    # 'X, which cited Y' and 'as X reported, citing Y': the relay names where it had the words from
    text = "The route was halted, the minister said, according to Brinewater Wire, which cited the state agency BOVA."
    cs = cite(nlp, text)
    assert has(cs, "Brinewater Wire") and has(cs, "BOVA")
    cs = cite(nlp, '"We will not reopen the route," Quorvik said, as the Brinewater Wire reported, citing BOVA.')
    assert has(cs, "BOVA")
    # a body cited by someone who is no medium stays out
    assert not cite(nlp, "The airline cancelled the flight, which cited the Interior Ministry.")
    assert not has(cite(nlp, "The airline said it cancelled the flight, citing OKTA rules."), "OKTA")
