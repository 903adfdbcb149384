"""Entity resolution: name matching rules and the whole resolver over small texts."""

from __future__ import annotations

import dataclasses

import pytest

from sourcetrace.analyze import analyze_article
from sourcetrace.link.entities import candidate_mentions, resolve_entities
from sourcetrace.link.names import name_key, relation, tok_sim, vowel_variant
from sourcetrace.model import Article, ArticleAnalysis, Mention


def rel(a: str, b: str, la: str = "", lb: str = "", first_names: bool = True) -> str:
    return relation(name_key(a, la), name_key(b, lb), first_names=first_names)


# ------------------------------------------------------------------ name rules


def test_honorifics_are_stripped() -> None:
    assert rel("Maj. Gen. Anna Kowalski", "Anna Kowalski", "PERSON", "PERSON") == "same"
    assert rel("Dr Smith", "John Smith", "PERSON", "PERSON") == "a<b"
    assert rel("Mr. Smith", "Smith", "PERSON", "PERSON") == "same"


def test_transliteration_variants() -> None:
    assert rel("Qasem Soleimani", "Qassam Suleimani", "PERSON", "PERSON") == "same"
    assert rel("Jabril", "Jibril", "PERSON", "PERSON") == "same"
    assert tok_sim("khamenei", "khameini")


def test_typo_matches_but_demonym_does_not() -> None:
    assert tok_sim("tasnim", "tansim")
    assert not tok_sim("israel", "israeli")
    assert not tok_sim("iran", "iraq")
    assert not tok_sim("hamas", "hamza")


def test_acronym_and_long_form() -> None:
    assert rel("IRGC", "Islamic Revolutionary Guards Corps", "ORG", "ORG") == "a<b"
    assert rel("the PFLP-GC", "Popular Front for the Liberation of Palestine – General Command", "ORG", "ORG") == "a<b"
    assert rel("NATO", "World Health Organization", "ORG", "ORG") == ""


def test_partial_names() -> None:
    assert rel("al-Sinwar", "Yahya al-Sinwar", "PERSON", "PERSON") == "a<b"
    assert rel("Hajj Qasim", "Qasim Soleimani", "PERSON", "PERSON") == "a<b"
    # a lone given name is only trusted inside one article
    assert rel("Hajj Qasim", "Qasim Soleimani", "PERSON", "PERSON", first_names=False) == ""


def test_same_surname_different_people() -> None:
    assert rel("Khalid Jabril", "Ahmed Jabril", "PERSON", "PERSON") == ""
    assert rel("Jabril", "Ahmed Jabril", "PERSON", "PERSON") == "a<b"


def test_shared_word_different_organisations() -> None:
    assert rel("Quds Force", "al-Quds Brigades", "ORG", "ORG") == ""
    assert rel("Quds Force", "the al-Quds Force", "ORG", "ORG") == "same"
    assert rel("Izz ad-Din al-Qassam Brigades", "Qassem Soleimani", "ORG", "PERSON") == ""
    assert rel("Islamic Jihad", "Palestinian Islamic Jihad", "ORG", "ORG") == "same"
    assert rel("Palestinian Islamic Jihad", "Egyptian Islamic Jihad", "ORG", "ORG") == ""
    assert rel("Islamic Republic of Iran", "Iran", "GPE", "GPE") == ""


# ------------------------------------------------------------------ resolver over texts


@pytest.fixture(scope="module")
def resolve(nlp):
    def _run(*texts: str):
        pas = [analyze_article(Article(id=f"a{i}", text=t, source=f"a{i}"), nlp) for i, t in enumerate(texts)]
        return resolve_entities(pas)

    return _run


def _owner(entities, form: str) -> set[str]:
    return {e.id for e in entities if form in (e.name, *e.aliases)}


def test_within_article_surname_follows_nearest_full_name(resolve) -> None:
    text = (
        "The ministry said Maria Kowalski approved the budget on Monday. "
        "Later, Peter Kowalski, her brother, criticised the plan at a press conference in Warsaw. "
        "Kowalski said the plan would raise taxes."
    )
    ents, entity_of = resolve(text)
    maria, peter = _owner(ents, "Maria Kowalski"), _owner(ents, "Peter Kowalski")
    assert maria and peter and not (maria & peter)
    start = text.rindex("Kowalski said")
    assert entity_of("a0", start, start + len("Kowalski"), "Kowalski") in peter
    assert entity_of("a0", None, None, "Peter Kowalski") in peter


def test_across_articles_spelling_and_acronym(resolve) -> None:
    a = "The Football Association of Wales (FAW) fined the club. Gen. Mikhail Shevchenko attended the hearing."
    b = "The FAW said the fine stands. Mikhail Shevtchenko, a retired officer, left before the vote."
    ents, entity_of = resolve(a, b)
    assert _owner(ents, "FAW") and _owner(ents, "FAW") == _owner(ents, "Football Association of Wales")
    assert _owner(ents, "Mikhail Shevchenko") == _owner(ents, "Mikhail Shevtchenko")
    assert entity_of("a1", None, None, "Shevtchenko") in _owner(ents, "Mikhail Shevchenko")


# ------------------------------------------------------------------ follow-up rules (h2c)


def test_one_letter_given_name_variant_but_not_different_names() -> None:
    assert not tok_sim("karin", "karim")  # a changed final letter is another name
    assert rel("Nikolas Varga", "Nikolaus Varga", "PERSON", "PERSON", first_names=False) == "same"
    assert rel("Andras Varga", "Andrasz Varga", "PERSON", "PERSON", first_names=False) == "same"
    assert rel("Andras Varga", "Bence Varga", "PERSON", "PERSON", first_names=False) == ""


def test_possessive_inside_one_organisation_name(resolve) -> None:
    text = (
        "The Dockers' Union rejected the offer on Friday. "
        "The Dockers' Union (DU) said members would vote next week. "
        "The union's newspaper, The Workers' Herald, backed the strike."
    )
    ents, _ = resolve(text)
    union = _owner(ents, "Dockers' Union")
    assert union and union == _owner(ents, "DU")
    assert not _owner(ents, "Dockers")


def test_possessive_split_keeps_one_name_with_a_generic_head() -> None:
    text = "The Workers' Herald quoted the Harbour Board's Safety Panel on Friday."
    herald = Mention("a0", 0, len("The Workers' Herald"), "The Workers' Herald", "ORG")
    s = text.index("the Harbour")
    board = Mention("a0", s, text.index(" on Friday"), "the Harbour Board's Safety Panel", "ORG")
    pa = ArticleAnalysis(article=Article(id="a0", text=text, source="a0"), mentions=(herald, board))
    got = {c.text for c in candidate_mentions(pa)}
    assert "The Workers' Herald" in got
    assert {"the Harbour Board", "Safety Panel"} <= got


def test_possessive_before_a_distinct_name_still_splits(resolve) -> None:
    text = "Officials from the Northland Football Association's Youth Development Board met on Monday."
    ents, _ = resolve(text)
    assert not _owner(ents, "Northland Football Association's Youth Development Board")


def test_surname_alone_joins_unique_full_name_from_another_article(resolve) -> None:
    a = "The transfer was confirmed by agent Ondrej Halvik on Monday, the club said."
    b = "Halvik declined to comment on the fee. Halvik later left the stadium by car."
    c = "The club's coach, Ondrej Halvik, was not present at the signing in Brno."
    ents, _ = resolve(a, b, c)
    full = _owner(ents, "Ondrej Halvik")
    assert full and full == _owner(ents, "Halvik")


def test_lone_first_word_joins_its_company(resolve) -> None:
    text = (
        "Grevholt Paper Mills announced 200 job cuts on Wednesday. "
        "Grevholt said demand had fallen. Shares in Grevholt fell 6 percent in Oslo."
    )
    ents, _ = resolve(text)
    company = _owner(ents, "Grevholt Paper Mills")
    assert company
    assert all(e.id in company for e in ents if "Grevholt" in (e.name, *e.aliases))


def test_place_word_does_not_join_the_company_named_after_it(resolve) -> None:
    text = "Brno Textile Works said on Monday that Brno had approved its plan. The factory in Brno reopened."
    ents, _ = resolve(text)
    company = _owner(ents, "Brno Textile Works")
    place = {e.id for e in ents if e.type in ("GPE", "LOC") and "Brno" in (e.name, *e.aliases)}
    assert company and not (company & place)


def test_bare_surname_subject_of_reporting_verb_is_a_mention(resolve) -> None:
    text = (
        "Election officer Mirela Dragomanova opened the count at 9 a.m. "
        "\u201cEvery ballot will be checked twice,\u201d Dragomanova said. "
        "\u201cWe expect a result by noon,\u201d said Dragomanova."
    )
    ents, entity_of = resolve(text)
    person = _owner(ents, "Mirela Dragomanova")
    assert person
    (ent,) = [e for e in ents if e.id in person]
    assert len(ent.mentions) >= 3
    start = text.index("Dragomanova said")
    assert entity_of("a0", start, start + len("Dragomanova"), "Dragomanova") in person


# ------------------------------------------------------------------ follow-up rules (h2e)


def test_transliteration_normaliser_folds_romanisation_variants() -> None:
    # kh/h, kh/k, q/k, final -ah/-a, ou/u, y/i and doubled letters are one spelling
    assert rel("Shukhrat Qodirov", "Shuhrat Kodirov", "PERSON", "PERSON", first_names=False) == "same"
    assert rel("Zarinah Ismoilova", "Zarina Ismoillova", "PERSON", "PERSON", first_names=False) == "same"
    assert tok_sim("yousouf", "yusuf") and tok_sim("khalida", "kalida")
    # different given names with one surname stay apart
    assert rel("Timur Qodirov", "Shukhrat Kodirov", "PERSON", "PERSON", first_names=False) == ""
    assert not tok_sim("kamila", "karina")


def test_transliteration_variants_share_a_blocking_key() -> None:
    from sourcetrace.link.names import blocking_keys

    a, b = name_key("Gulnora Khusanova", "PERSON"), name_key("Gulnorah Husanova", "PERSON")
    assert blocking_keys(a) & blocking_keys(b)


def test_transliterated_names_merge_across_articles(resolve) -> None:
    a = "Transport minister Shukhrat Qodirov opened the new bridge over the canal on Tuesday."
    b = "The bridge was opened by Shuhrat Kodirov, who cut the ribbon in front of a small crowd."
    c = "Timur Kodirov, a local shopkeeper, said traffic had doubled since the opening."
    ents, _ = resolve(a, b, c)
    minister = _owner(ents, "Shukhrat Qodirov")
    assert minister and minister == _owner(ents, "Shuhrat Kodirov")
    assert not (minister & _owner(ents, "Timur Kodirov"))


def test_long_organisation_name_stays_whole_and_takes_its_acronym(resolve) -> None:
    text = (
        "On Tuesday the Regional Council for the Upper Marn Valley (RCUMV) approved a new ferry timetable. "
        "The RCUMV said fares would not rise before the summer."
    )
    ents, _ = resolve(text)
    council = _owner(ents, "Regional Council for the Upper Marn Valley")
    assert council and council == _owner(ents, "RCUMV")
    assert not _owner(ents, "Upper Marn Valley")


def test_long_organisation_name_stops_before_a_weekday() -> None:
    from sourcetrace.link.entities import _long_org_cands

    got = [c.text for c in _long_org_cands("The Office of Fair Trading on Monday fined the Board of Control.")]
    assert got == ["Office of Fair Trading", "Board of Control"]


def test_dateline_place_does_not_join_the_company_named_after_it(resolve) -> None:
    ents, _ = resolve(
        "VELDHAM \u2013 Shares in Veldham Brewing Company fell on Monday after the firm said it would close "
        "its old plant in Veldham.",
        "Veldham Brewing Company will cut 300 jobs. Residents of Veldham said the town would suffer.",
        "The mayor of Veldham met Veldham Brewing Company managers on Tuesday.",
    )
    company = _owner(ents, "Veldham Brewing Company")
    assert company
    assert not (company & (_owner(ents, "VELDHAM") | _owner(ents, "Veldham")))


# ------------------------------------------------------------------ names across languages (h2f)


def test_foreign_honorifics_are_stripped() -> None:
    assert rel("Maître Lavergne-Oyono", "Lavergne-Oyono", "PERSON", "PERSON") == "same"
    assert rel("Sra. Beatriz Quintanilla", "Beatriz Quintanilla", "PERSON", "PERSON") == "same"
    assert rel("Herr Dietmar Vollrath", "Dietmar Vollrath", "PERSON", "PERSON") == "same"
    assert rel("Frau Vollrath", "Dietmar Vollrath", "PERSON", "PERSON", first_names=False) == "a<b"
    assert rel("Mme Thibaudeau", "Armelle Thibaudeau", "PERSON", "PERSON", first_names=False) == "a<b"
    assert rel("Dom Anselmo Teixeira", "Anselmo Teixeira", "PERSON", "PERSON") == "same"


def test_postfix_and_suffix_honorifics() -> None:
    from sourcetrace.link.names import strip_honorifics

    assert strip_honorifics("Zeynep Hanım") == "Zeynep"
    assert strip_honorifics("Nakamura-san") == "Nakamura"
    assert rel("Nakamura-san", "Kenji Nakamura", "PERSON", "PERSON", first_names=False) == "a<b"
    assert rel("Zeynep Hanım", "Zeynep Aksoy", "PERSON", "PERSON") == "a<b"  # a given name with its title


def test_short_titles_only_as_written_before_a_capital() -> None:
    from sourcetrace.link.names import strip_honorifics

    assert strip_honorifics("M. Thibaudeau") == "Thibaudeau"
    assert strip_honorifics("Me Thibaudeau") == "Thibaudeau"
    assert strip_honorifics("M Thibaudeau") == "M Thibaudeau"  # an initial, not "Monsieur"
    assert strip_honorifics("me and Thibaudeau") == "me and Thibaudeau"


def test_compound_surname_is_the_surname_of_the_full_name() -> None:
    full = "Thierry Lavergne Oyono"
    assert rel("Lavergne-Oyono", "Thierry Lavergne-Oyono", "PERSON", "PERSON", first_names=False) == "a<b"
    assert rel("Lavergne-Oyono", full, "ORG", "PERSON", first_names=False) == "a<b"  # hyphen = space
    assert rel("Mr Lavergne Oyono", full, "PERSON", "PERSON", first_names=False) == "a<b"
    assert rel("Thierry Lavergne-Oyono", full, "PERSON", "PERSON") == "same"


def test_compound_surname_keeps_relatives_apart() -> None:
    assert rel("Paulette Lavergne-Oyono", "Thierry Lavergne-Oyono", "PERSON", "PERSON") == ""
    assert rel("Paulette Lavergne", "Thierry Lavergne-Oyono", "PERSON", "PERSON") == ""
    # a two-word name without a title or a hyphen may be given name + surname: no guess
    assert rel("Lavergne Oyono", "Thierry Lavergne Oyono", "PERSON", "PERSON") == ""
    # a titled father is not his son named after him
    assert rel("Sheikh Hamad Al Marri", "Tamim bin Hamad Al Marri", "PERSON", "PERSON") == ""


def test_acronym_folds_accents_and_skips_elided_articles() -> None:
    assert rel("ORE", "Office Régional d'Électricité", "ORG", "ORG") == "a<b"
    assert rel("CNE", "the Caisse Nationale d\u2019Épargne", "ORG", "ORG", first_names=False) == "a<b"
    assert rel("FOC", "Friends of Cardamom", "ORG", "ORG", first_names=False) == "a<b"  # function word kept
    assert rel("ORE", "Office for Rail Engineering", "ORG", "ORG") == "a<b"
    assert rel("ORE", "Office Régional de l'Eau", "ORG", "ORG") == "a<b"
    assert rel("ORX", "Office Régional d'Électricité", "ORG", "ORG") == ""


# ------------------------------------------------------------------ span repairs after the model's NER


def _repaired(nlp, text: str, spans: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """Run the repair component on ``text`` with the model's entities replaced by ``spans``."""
    from sourcetrace.analyze.mentions import repair_entities
    from sourcetrace.analyze.nlp import NAME_REPAIR

    with nlp.select_pipes(disable=[NAME_REPAIR]):
        doc = nlp(text)
    ents, at = [], 0
    for surface, label in spans:  # each found after the previous one
        s = text.index(surface, at)
        ents.append(doc.char_span(s, s + len(surface), label=label))
        at = s + len(surface)
    doc.ents = ents
    return {(e.text, e.label_) for e in repair_entities(doc).ents}


def test_repair_extends_over_a_given_name_and_types_a_person(nlp) -> None:
    text = "Officials met on Monday. Anselme Kobinda-Moukoko of the Farmers' Union said the talks had failed."
    got = _repaired(nlp, text, [("Kobinda-Moukoko", "ORG"), ("the Farmers' Union", "ORG")])
    assert ("Anselme Kobinda-Moukoko", "PERSON") in got
    got = _repaired(nlp, "Officials met on Monday. Anselme Kobinda Moukoko said no.", [("Kobinda Moukoko", "PERSON")])
    assert ("Anselme Kobinda Moukoko", "PERSON") in got


def test_repair_title_makes_a_hyphenated_surname_a_person(nlp) -> None:
    text = "Maître Kobinda-Moukoko, speaking outside the court, said the ruling was wrong."
    assert ("Kobinda-Moukoko", "PERSON") in _repaired(nlp, text, [("Kobinda-Moukoko", "ORG")])
    text = "Kobinda-Moukoko said he would appeal the ruling."
    assert ("Kobinda-Moukoko", "PERSON") in _repaired(nlp, text, [("Kobinda-Moukoko", "ORG")])


def test_repair_cuts_the_field_of_an_office_off_a_persons_name(nlp) -> None:
    # "Minister of Sport Drazen Peltic" tagged "Sport Drazen Peltic": "sport" written in lower case elsewhere
    # is the office's field; a three-word name after "of" with no such word keeps all its words
    text = "Varnel's Minister of Sport Drazen Peltic praised the ruling. It was a day for clean sport."
    got = _repaired(nlp, text, [("Sport Drazen Peltic", "PERSON")])
    assert ("Drazen Peltic", "PERSON") in got and ("Sport Drazen Peltic", "PERSON") not in got
    text = "The Minister of Juan Carlos Ruiz praised the ruling. It was a day for clean sport."
    assert ("Juan Carlos Ruiz", "PERSON") in _repaired(nlp, text, [("Juan Carlos Ruiz", "PERSON")])


def test_repair_finds_the_name_a_long_office_title_runs_into_before_a_verb_of_saying(nlp) -> None:
    # "The Minister of Youth and Sport of the Varnel Republic Jon Berg stated ...": the model tags no one
    text = (
        "The Minister of Youth, Culture and Sport of the Varnel Republic Jon Berg stated on Monday that it was unfair."
    )
    assert ("Jon Berg", "PERSON") in _repaired(nlp, text, [])
    text = "The Minister of Energy of Tarland Ana Ruiz declared that letters were sent."
    assert ("Ana Ruiz", "PERSON") in _repaired(nlp, text, [])
    # the office's field is no person: "of Foreign Affairs said", "of Energy and Natural Resources said"
    for text in ("The Minister of Foreign Affairs said no.", "The Minister of Energy and Natural Resources said no."):
        assert not {x for x in _repaired(nlp, text, []) if x[1] == "PERSON"}


def test_repair_keeps_a_hyphenated_company(nlp) -> None:
    text = "Vantor-Kessel said it would cut 300 jobs at its plant."
    assert ("Vantor-Kessel", "ORG") in _repaired(nlp, text, [("Vantor-Kessel", "ORG")])
    text = "Shares in the Vantor-Kessel group fell after Vantor-Kessel said profits would halve."
    got = _repaired(nlp, text, [("Vantor-Kessel", "ORG"), ("Vantor-Kessel", "ORG")])
    assert got == {("Vantor-Kessel", "ORG")}  # "the" before one mention outweighs "said"


def test_repair_no_given_name_from_a_common_word(nlp) -> None:
    text = "The rebel fighters withdrew. Rebel Kobinda-Moukoko said he would fight on."
    got = _repaired(nlp, text, [("Kobinda-Moukoko", "PERSON")])
    assert ("Kobinda-Moukoko", "PERSON") in got


def test_repair_never_extends_over_a_title_role_or_article(nlp) -> None:
    got = _repaired(nlp, "Minister Ilona Vasquez said the plan was ready.", [("Vasquez", "PERSON")])
    assert ("Ilona Vasquez", "PERSON") in got
    got = _repaired(nlp, "On Friday Inspector Vasquez said the plan was ready.", [("Vasquez", "PERSON")])
    assert ("Vasquez", "PERSON") in got
    got = _repaired(nlp, "Fighters of the Ezzat al-Marwan said the plan was ready.", [("al-Marwan", "PERSON")])
    assert ("al-Marwan", "PERSON") in got


def test_repair_splits_a_dangling_acronym(nlp) -> None:
    text = "The Caisse Nationale d'Épargne (CNE) raised its rates on Monday."
    got = _repaired(nlp, text, [("The Caisse Nationale d'Épargne (CNE", "ORG")])
    assert got == {("The Caisse Nationale d'Épargne", "ORG"), ("CNE", "ORG")}


def test_repair_tags_an_untagged_repeat_of_a_surname(nlp) -> None:
    text = "Mr Kobinda-Moukoko left early. “We lost,” Anselme Kobinda-Moukoko told the crowd in the square."
    got = _repaired(nlp, text, [("Kobinda-Moukoko", "ORG")])
    assert ("Anselme Kobinda-Moukoko", "PERSON") in got


def _pa(aid: str, text: str, spans: list[tuple[str, str]]) -> ArticleAnalysis:
    """An analysed article whose NER mentions are ``spans`` (each found after the previous one)."""
    ms, at = [], 0
    for surface, label in spans:
        s = text.index(surface, at)
        ms.append(Mention(aid, s, s + len(surface), surface, label))
        at = s + len(surface)
    return ArticleAnalysis(article=Article(id=aid, text=text, source=aid), mentions=tuple(ms))


def test_compound_surname_variants_merge_but_relatives_stay_apart() -> None:
    a = _pa("a0", "Thierry Lavergne Oyono of the Farmers' Front came second.", [("Thierry Lavergne Oyono", "PERSON")])
    b = _pa(
        "a1",
        "Thierry Lavergne-Oyono spoke first. Maître Lavergne-Oyono said he would appeal.",
        [("Thierry Lavergne-Oyono", "PERSON"), ("Maître Lavergne-Oyono", "PERSON")],
    )
    c = _pa(
        "a2",
        "Paulette Lavergne-Oyono, his sister, chairs the Farmers' Front. Lavergne-Oyono told reporters no.",
        [("Paulette Lavergne-Oyono", "PERSON"), ("Lavergne-Oyono", "ORG")],
    )
    ents, entity_of = resolve_entities([a, b, c])
    thierry = _owner(ents, "Thierry Lavergne Oyono")
    assert thierry and thierry == _owner(ents, "Maître Lavergne-Oyono") == _owner(ents, "Thierry Lavergne-Oyono")
    paulette = _owner(ents, "Paulette Lavergne-Oyono")
    assert paulette and not (paulette & thierry)
    bare = c.mentions[1]
    assert entity_of("a2", bare.start, bare.end, bare.text) in paulette  # her article's bare surname is hers


# ------------------------------------------------------------------ generic heads, state heads, titles (ent2)


def test_generic_head_is_dropped_only_for_variants_of_one_body() -> None:
    # an outlet may drop "News Agency" ("Reuters News Agency"/"Reuters") ...
    assert rel("Marvesh News Agency", "Marvesh", "ORG", "ORG") == "same"
    # ... but never to become the place it is named after, nor another kind of body
    assert rel("Marvesh News Agency", "Marvesh", "ORG", "GPE") == ""
    assert rel("Marvesh News Agency", "Marvesh", "ORG", "NORP") == ""
    assert rel("Marvesh Press Agency", "Marvesh Group", "ORG", "ORG") == ""
    assert rel("Marvesh Holdings Ltd", "Marvesh Group", "ORG", "ORG") == "same"


def test_agency_named_after_a_country_stays_apart_from_it() -> None:
    # the model tags the country as an organisation; the corpus shows it is a place (a demonym)
    a = _pa(
        "a0",
        "Tarvia said on Monday that the Tarvia Rail Authority would close the line. "
        "Tarvian officials confirmed it, according to the Tarvia Press Agency.",
        [
            ("Tarvia", "ORG"),
            ("the Tarvia Rail Authority", "ORG"),
            ("Tarvian", "NORP"),
            ("the Tarvia Press Agency", "ORG"),
        ],
    )
    b = _pa(
        "a1",
        "The Tarvia Press Agency (TPA) reported the closure. Tarvia has not commented, the TPA said.",
        [("The Tarvia Press Agency", "ORG"), ("TPA", "ORG"), ("Tarvia", "ORG"), ("TPA", "ORG")],
    )
    ents, _ = resolve_entities([a, b])
    agency, country = _owner(ents, "Tarvia Press Agency"), _owner(ents, "Tarvia")
    authority = _owner(ents, "Tarvia Rail Authority")
    assert agency and agency == _owner(ents, "TPA")
    assert country and authority
    assert not (agency & country) and not (authority & country) and not (agency & authority)


def test_state_head_links_the_formal_name_with_the_state() -> None:
    assert rel("Sultanate of Merrow", "Merrow", "GPE", "GPE") == "same"
    assert rel("the Principality of Merrow", "Merrow", "ORG", "ORG") == "same"
    assert rel("Kingdom of Upper Merrow", "Upper Merrow", "GPE", "GPE") == "same"
    assert rel("Valdorian Federation", "Valdoria", "GPE", "GPE") == "same"
    assert rel("Sultanate", "Sultanate of Merrow", "ORG", "GPE") == "a<b"  # inside one article
    assert rel("Sultanate", "Sultanate of Merrow", "ORG", "GPE", first_names=False) == ""
    # the state is a place: its agency is not it, and "of" after another head is no state
    assert rel("Merrow News Agency", "Sultanate of Merrow", "ORG", "GPE") == ""
    assert rel("Bank of Merrow", "Merrow", "ORG", "GPE") == ""


def test_transliterated_given_names_match_short_tokens_included() -> None:
    assert tok_sim("rafeeq", "rafiq") and tok_sim("kareem", "karim")  # ee/i, four letters
    assert tok_sim("philippa", "filipa") and tok_sim("djibril", "jibril")  # ph/f, dj/j, doubled letters
    assert tok_sim("moussa", "musa") and tok_sim("marc", "mark")  # ou/u, c/k
    assert tok_sim("yacoub", "yakubu")  # c/k, ou/u, a final vowel
    assert rel("Rafeeq Nasserdine", "Rafiq Nasserdine", "PERSON", "PERSON", first_names=False) == "same"
    # different given names of one family stay apart
    assert rel("Samir Nasserdine", "Rafiq Nasserdine", "PERSON", "PERSON", first_names=False) == ""
    assert not tok_sim("marco", "marek") and not tok_sim("yusuf", "yosef")
    assert not tok_sim("karin", "karim") and not tok_sim("omar", "umar")


def test_partial_name_joins_spellings_of_one_full_name() -> None:
    # "Omar"/"Umar" is too far for a match of its own, "Haqqani"/"Hakkani" a transliteration
    a = _pa("a0", "Karim Omar Haqqani opened the port.", [("Karim Omar Haqqani", "PERSON")])
    b = _pa("a1", "Karim Umar Hakkani said the port was ready.", [("Karim Umar Hakkani", "PERSON")])
    c = _pa("a2", "Karim Haqqani cut the ribbon.", [("Karim Haqqani", "PERSON")])
    ents, _ = resolve_entities([a, b, c])
    one = _owner(ents, "Karim Omar Haqqani")
    assert one and one == _owner(ents, "Karim Umar Hakkani") == _owner(ents, "Karim Haqqani")
    # two men whose middle names differ: the short form fits both and joins neither
    d = _pa("a1", "Karim Samir Hakkani said the port was ready.", [("Karim Samir Hakkani", "PERSON")])
    ents, _ = resolve_entities([a, d, c])
    omar, samir = _owner(ents, "Karim Omar Haqqani"), _owner(ents, "Karim Samir Hakkani")
    assert omar and samir and not (omar & samir)
    assert not (_owner(ents, "Karim Haqqani") & (omar | samir))


def test_title_that_is_a_given_name_and_professional_abbreviations() -> None:
    from sourcetrace.link.names import strip_honorifics, title_only

    assert strip_honorifics("Sheikh Sultan bin Hamdan Al-Rami") == "Sultan bin Hamdan Al-Rami"
    assert strip_honorifics("Sheikh Sultan") == "Sultan"
    assert strip_honorifics("Sultan bin Hamdan Al-Rami") == "Sultan bin Hamdan Al-Rami"  # before "bin"
    assert strip_honorifics("Sultan Hamdan") == "Hamdan"  # a title before a given name
    assert rel("Sheikh Sultan", "Sultan bin Hamdan Al-Rami", "PERSON", "PERSON") == "a<b"
    for t in ("Engr.", "Eng.", "Arch.", "Atty.", "Adv.", "Amb.", "Fr.", "Sgt.", "Capt.", "Gov.", "Rev."):
        assert strip_honorifics(f"{t} Musa Danjuma") == "Musa Danjuma", t
        assert title_only(t), t
    assert strip_honorifics("Arch Danjuma") == "Arch Danjuma"  # "Arch" without its stop is a name
    assert not title_only("Sheikh Sultan")


def test_lone_title_is_never_an_entity() -> None:
    text = "Engr. Musa Danjuma inspected the bridge. The Minister said it was safe."
    pa = _pa("a0", text, [("Engr", "PERSON"), ("Musa Danjuma", "PERSON"), ("Minister", "ORG")])
    got = {c.text for c in candidate_mentions(pa)}
    assert "Musa Danjuma" in got and not got & {"Engr", "Minister"}


def test_repair_lone_titles(nlp) -> None:
    got = _repaired(nlp, "Engr. Danjuma said the bridge was safe.", [("Engr", "PERSON")])
    assert ("Engr. Danjuma", "PERSON") in got and ("Engr", "PERSON") not in got
    got = _repaired(nlp, "On Monday Engr. Musa Danjuma spoke.", [("Engr", "PERSON"), ("Musa Danjuma", "PERSON")])
    assert ("Engr. Musa Danjuma", "PERSON") in got
    got = _repaired(nlp, "The Minister declined to comment.", [("Minister", "ORG")])
    assert not got
    got = _repaired(nlp, "Sheikh Sultan said the talks would go on.", [("Sultan", "PERSON")])
    assert ("Sheikh Sultan", "PERSON") in got


def test_repair_rejoins_an_organisation_cut_at_and(nlp) -> None:
    text = "The head of the Marrowby Rail and Ferry Workers' Federation (MRFWF) said the strike would go on."
    spans = [("the Marrowby Rail and", "ORG"), ("Ferry Workers' Federation", "ORG"), ("MRFWF", "ORG")]
    got = _repaired(nlp, text, spans)
    assert ("the Marrowby Rail and Ferry Workers' Federation", "ORG") in got and ("MRFWF", "ORG") in got
    # the acronym does not spell the joined name: two names, left as they are
    text = "The head of the Marrowby Rail and Ferry Workers' Federation (FWF) said the strike would go on."
    spans = [("the Marrowby Rail and", "ORG"), ("Ferry Workers' Federation", "ORG"), ("FWF", "ORG")]
    got = _repaired(nlp, text, spans)
    assert ("Ferry Workers' Federation", "ORG") in got
    assert ("the Marrowby Rail and Ferry Workers' Federation", "ORG") not in got


def test_repair_lone_title_before_an_organisation_is_dropped(nlp) -> None:
    text = "The Minister Harbour Board met on Monday."
    got = _repaired(nlp, text, [("Minister", "ORG"), ("Harbour Board", "ORG")])
    assert got == {("Harbour Board", "ORG")}


# ------------------------------------------------------------------ forms the writer defines


def _same_entity(ents, *forms: str) -> bool:
    owners = [_owner(ents, f) for f in forms]
    return all(owners) and all(o == owners[0] for o in owners[1:])


def test_bracketed_acronym_in_another_word_order_is_an_alias() -> None:
    a = _pa(
        "a0",
        "The Delmark Agency for Rail Regulation (DRRA) suspended the licence. The DRRA said it was final.",
        [("The Delmark Agency for Rail Regulation", "ORG"), ("DRRA", "ORG"), ("DRRA", "ORG")],
    )
    b = _pa("a1", "Officials at the DRRA declined to comment.", [("DRRA", "ORG")])
    c = _pa("a2", "The Delmark Rail Regulatory Agency met on Monday.", [("The Delmark Rail Regulatory Agency", "ORG")])
    ents, _ = resolve_entities([a, b, c])
    assert _same_entity(ents, "Delmark Agency for Rail Regulation", "DRRA", "Delmark Rail Regulatory Agency")


def test_bracketed_acronym_with_letters_from_inside_a_compound() -> None:
    a = _pa(
        "a0",
        "The figures were confirmed by the Polarstar Broadcasting agency (PSB) on Friday.",
        [("the Polarstar Broadcasting", "ORG"), ("PSB", "ORG")],
    )
    b = _pa("a1", "According to PSB, the plant stays shut.", [("PSB", "ORG")])
    ents, _ = resolve_entities([a, b])
    assert _same_entity(ents, "Polarstar Broadcasting", "PSB")


def test_no_definition_from_an_agency_credit_or_letters_that_do_not_fit() -> None:
    a = _pa("a0", "MERVILLE, 4 May (QNA) – The port reopened.", [("MERVILLE", "ORG"), ("QNA", "ORG")])
    b = _pa("a1", "Shares of Volta Bank (XYZ) rose on Monday.", [("Volta Bank", "ORG"), ("XYZ", "ORG")])
    ents, _ = resolve_entities([a, b])
    assert _owner(ents, "QNA") and not _owner(ents, "QNA") & _owner(ents, "MERVILLE")
    assert _owner(ents, "XYZ") and not _owner(ents, "XYZ") & _owner(ents, "Volta Bank")


def test_an_acronym_defined_two_ways_in_the_corpus_is_not_linked_across_articles() -> None:
    a = _pa(
        "a0",
        "The Polarstar Broadcasting agency (PSB) aired it.",
        [("The Polarstar Broadcasting", "ORG"), ("PSB", "ORG")],
    )
    b = _pa("a1", "The Southern Port Board (PSB) denied it.", [("The Southern Port Board", "ORG"), ("PSB", "ORG")])
    ents, _ = resolve_entities([a, b])
    polar, port = _owner(ents, "Polarstar Broadcasting"), _owner(ents, "Southern Port Board")
    assert polar and port and polar != port and _owner(ents, "PSB") == polar | port


def test_product_with_a_model_number_and_its_bare_stem() -> None:
    a = _pa("a0", "The Velmora-5 drone crashed on Monday.", [])
    b = _pa("a1", "Pilots blamed the Velmora scandal on the firm.", [("Velmora", "PERSON")])
    c = _pa("a2", "A Velmora-7 prototype flew in June.", [])
    ents, _ = resolve_entities([a, b, c])
    five, seven = _owner(ents, "Velmora-5"), _owner(ents, "Velmora-7")
    assert five and seven and not five & seven  # two model numbers, two products
    assert {e.type for e in ents if e.id in five} == {"PRODUCT"}
    assert not [e for e in ents if e.type == "PERSON" and "Velmora" in (e.name, *e.aliases)]
    assert rel("Velmora", "Velmora-5", "PRODUCT", "PRODUCT", first_names=False) == "a<b"
    assert rel("Velmora-5", "Velmora-7", "PRODUCT", "PRODUCT") == ""


def test_role_phrase_before_a_name_is_split_off(nlp) -> None:
    text = '"We will appeal," Kelmar Chief Executive Odile Fenwick-Hart told reporters.'
    got = _repaired(nlp, text, [("Kelmar Chief Executive Odile Fenwick-Hart", "WORK_OF_ART")])
    assert ("Odile Fenwick-Hart", "PERSON") in got
    # the role phrase alone, then an untagged given name and the surname's span
    got = _repaired(nlp, text, [("Kelmar Chief Executive", "WORK_OF_ART"), ("Fenwick-Hart", "ORG")])
    assert ("Odile Fenwick-Hart", "PERSON") in got and ("Kelmar Chief Executive", "WORK_OF_ART") not in got
    # the employer keeps its own label; a role with no name after it is left alone
    got = _repaired(
        nlp,
        "Harlow Insurance Chief Executive Marta Quist said so.",
        [("Harlow Insurance Chief Executive Marta Quist", "ORG")],
    )
    assert got == {("Harlow Insurance", "ORG"), ("Marta Quist", "PERSON")}
    got = _repaired(nlp, "The Harlow Insurance Chief Executive said so.", [("Harlow Insurance Chief Executive", "ORG")])
    assert got == {("Harlow Insurance Chief Executive", "ORG")}


def test_hyphenated_descriptor_before_a_name(nlp) -> None:
    text = "Father-of-three Tomas Reyes, 41, said the clinic had closed."
    got = _repaired(nlp, text, [("Father", "PERSON")])
    assert got == {("Tomas Reyes", "PERSON")}
    got = _repaired(nlp, text, [("of-three Tomas Reyes", "PERSON")])
    assert got == {("Tomas Reyes", "PERSON")}
    got = _repaired(nlp, "The self-styled Baron Ortiz Vela arrived.", [("Baron Ortiz Vela", "PERSON")])
    assert ("Baron Ortiz Vela", "PERSON") in got  # a descriptor before a span leaves it alone


def test_two_bodies_sharing_an_acronym_are_not_merged_by_it() -> None:
    a = _pa(
        "a0",
        "The Kelso Medical Research Agency (KMRA) said so.",
        [("The Kelso Medical Research Agency", "ORG"), ("KMRA", "ORG")],
    )
    b = _pa(
        "a1",
        "The Kormak Mining Rights Authority (KMRA) denied it.",
        [("The Kormak Mining Rights Authority", "ORG"), ("KMRA", "ORG")],
    )
    ents, _ = resolve_entities([a, b])
    medical, mining = _owner(ents, "Kelso Medical Research Agency"), _owner(ents, "Kormak Mining Rights Authority")
    assert medical and mining and medical != mining


# ------------------------------------------------------------------ names known from metadata; places (he)


def _with_outlet(pa: ArticleAnalysis, outlet: str) -> ArticleAnalysis:
    return dataclasses.replace(pa, article=dataclasses.replace(pa.article, outlet=outlet))


def test_acronym_joins_the_outlet_named_only_in_metadata() -> None:
    # the agency's full name stands only in its own page's masthead (its outlet), never in a body
    a = _pa("a0", "MERVAL, 3 June (FPA) - The FPA learned that the pier shut.", [])
    a = _with_outlet(a, "Fjordane Press Agency")
    b = _pa("a1", "The minister told FPA on Monday that the pier would reopen.", [])
    ents, _ = resolve_entities([a, b])
    fpa = [e for e in ents if "FPA" in e.aliases]
    assert len(fpa) == 1 and fpa[0].name == "Fjordane Press Agency" and "Fjordane Press Agency" in fpa[0].aliases
    assert {m.article for m in fpa[0].mentions} == {"a0", "a1"}
    for m in fpa[0].mentions:  # mentions stay spans of the cleaned texts
        assert {"a0": a, "a1": b}[m.article].article.text[m.start : m.end] == "FPA"


def test_distinctive_word_joins_the_outlet_named_only_in_metadata() -> None:
    a = _with_outlet(
        _pa("a0", "Kjeldby has looked at the figures, the Rundskau learned.", [("Rundskau", "ORG")]),
        "Kjeldby Rundskau",
    )
    b = _pa("a1", "The Kjeldby council met.", [("Kjeldby", "GPE")])
    ents, _ = resolve_entities([a, b])
    paper = [e for e in ents if "Rundskau" in e.aliases]
    assert len(paper) == 1 and paper[0].name == "Kjeldby Rundskau"
    assert not _owner(ents, "Kjeldby") & _owner(ents, "Rundskau")  # the town is not the paper


def test_metadata_name_never_takes_a_lone_place_or_another_body() -> None:
    a = _with_outlet(_pa("a0", "Merval said the port would reopen.", [("Merval", "PERSON")]), "Merval News Agency")
    b = _pa("a1", "Merval and Ostby signed. Merval agreed.", [("Merval", "GPE"), ("Ostby", "GPE"), ("Merval", "GPE")])
    c = _pa(
        "a2",
        "The Merval Nursing Association (MNA) said so. The MNA agreed.",
        [("The Merval Nursing Association", "ORG"), ("MNA", "ORG"), ("MNA", "ORG")],
    )
    ents, _ = resolve_entities([a, b, c])
    assert not [e for e in ents if "Merval News Agency" in e.aliases and "Merval" in e.aliases]
    assert not [e for e in ents if "Merval News Agency" in e.aliases and "MNA" in e.aliases]


def test_place_word_is_not_a_given_name_of_a_longer_name_opening_with_it() -> None:
    # the model tags "the Varnel Hoard" and the lone place word as persons in one article
    a = _pa(
        "a0",
        "The Varnel Hoard left the museum. Where the Varnel silver belongs is argued.",
        [("The Varnel Hoard", "PERSON"), ("Varnel", "PERSON")],
    )
    b = _pa("a1", "Varnel lies in the hills. Varnel is small.", [("Varnel", "GPE"), ("Varnel", "GPE")])
    c = _pa("a2", "VARNEL - Elders in Varnel met.", [("Varnel", "GPE")])
    ents, _ = resolve_entities([a, b, c])
    hoard, place = _owner(ents, "Varnel Hoard"), _owner(ents, "Varnel")
    assert hoard and place and not hoard & place


def test_outlet_name_is_the_canonical_name_among_names_as_full() -> None:
    # "Brisvane News Agency" drops its generic words as "Brisvane": as full a name, the one the outlet goes by
    a = _with_outlet(_pa("a0", "Brisvane reported it first.", [("Brisvane", "ORG")]), "Brisvane News Agency")
    b = _pa("a1", "Brisvane said so, and Brisvane was right.", [("Brisvane", "ORG"), ("Brisvane", "ORG")])
    ents, _ = resolve_entities([a, b])
    agency = [e for e in ents if "Brisvane" in e.aliases]
    assert len(agency) == 1 and agency[0].name == "Brisvane News Agency"


def test_outlet_name_is_never_taken_as_part_of_a_longer_name() -> None:
    # "The Gazette" (an article's own outlet) is not "the Sunday Gazette" its body cites
    a = _with_outlet(_pa("a0", "The mayor resigned.", []), "The Gazette")
    b = _pa("a1", "The Sunday Gazette reported it.", [("The Sunday Gazette", "ORG")])
    ents, _ = resolve_entities([a, b])
    assert not [e for e in ents if "Gazette" in e.aliases]


# ------------------------------------------------------------------ follow-up rules (hn)


def test_slavic_romanisations_are_one_spelling() -> None:
    # x/ks, c/tz/ts, w/v, j/y, sch/sh, cz/ch: one name romanised two ways
    assert tok_sim("ksenia", "xenia") and tok_sim("dravec", "dravetz") and tok_sim("dravec", "dravets")
    assert tok_sim("wladimir", "vladimir") and tok_sim("jelena", "yelena") and tok_sim("schmidt", "shmidt")
    assert tok_sim("czeslaw", "cheslav") and tok_sim("aleksei", "alexei")
    assert rel("Aleksandra Dravec", "Alexandra Dravetz", "PERSON", "PERSON", first_names=False) == "same"
    assert rel("Dravec", "Alexandra Dravetz", "PERSON", "PERSON", first_names=False) == "a<b"
    # short tokens, and letters the equivalences keep apart, stay different names
    assert not tok_sim("jiang", "yang") and not tok_sim("dravec", "draves") and not tok_sim("zoran", "soran")
    assert not tok_sim("mendez", "mendes")
    assert rel("Aleksandra Dravec", "Irina Dravetz", "PERSON", "PERSON", first_names=False) == ""


def test_slavic_romanisations_share_a_blocking_key() -> None:
    from sourcetrace.link.names import blocking_keys

    a, b = name_key("Aleksandra Dravec", "PERSON"), name_key("Alexandra Dravetz", "PERSON")
    assert blocking_keys(a) & blocking_keys(b)


def test_slavic_romanisations_merge_across_articles() -> None:
    a = _pa(
        "a0",
        "Foreign Minister Aleksandra Dravec spoke. Dravec left.",
        [("Aleksandra Dravec", "PERSON"), ("Dravec", "PERSON")],
    )
    b = _pa("a1", "The minister, Alexandra Dravetz, demanded a release.", [("Alexandra Dravetz", "PERSON")])
    c = _pa("a2", "Irina Dravetz, a teacher, disagreed.", [("Irina Dravetz", "PERSON")])
    ents, _ = resolve_entities([a, b, c])
    minister = _owner(ents, "Aleksandra Dravec")
    assert minister and minister == _owner(ents, "Alexandra Dravetz") == _owner(ents, "Dravec")
    assert not minister & _owner(ents, "Irina Dravetz")


def test_acronym_joins_the_name_the_furniture_spells_out() -> None:
    # the outlet is "FPB News" (masthead); its full name stands only in its footer "© Fjord Public Broadcaster (FPB)"
    a = _pa("a0", "The director told FPB that the loan stands.", [])
    a = dataclasses.replace(
        a, article=dataclasses.replace(a.article, outlet="FPB News", names=("Fjord Public Broadcaster",))
    )
    b = _pa("a1", "Speaking to FPB on Monday, the minister said the loan was a first step.", [])
    ents, _ = resolve_entities([a, b])
    fpb = [e for e in ents if "FPB" in e.aliases]
    assert len(fpb) == 1 and fpb[0].name == "Fjord Public Broadcaster" and "FPB News" in fpb[0].aliases
    assert {m.article for m in fpb[0].mentions} == {"a0", "a1"}
    # a name known only from furniture, written in no body, is no entity
    c = dataclasses.replace(b.article, id="a2", names=("Kessel News Agency",))
    ents, _ = resolve_entities([ArticleAnalysis(article=c)])
    assert not [e for e in ents if "Kessel News Agency" in e.aliases]


def test_vessel_name_in_apposition_is_an_entity_wherever_written() -> None:
    # the model tags no span for the ship's name; the corpus writes it after "trawler"
    a = _pa("a0", "In 2021 the coast guard held another trawler, the Marta Lind, for 11 days.", [])
    b = _pa(
        "a1",
        "The Marta Lind was held in Varnel for 11 days. Varnel lies in the south.",
        [("Varnel", "GPE"), ("Varnel", "GPE")],
    )
    ents, _ = resolve_entities([a, b])
    ship = [e for e in ents if "Marta Lind" in (e.name, *e.aliases)]
    assert len(ship) == 1 and {m.article for m in ship[0].mentions} == {"a0", "a1"}


def test_no_vessel_name_from_a_place_a_surname_or_a_function_word() -> None:
    from sourcetrace.link.entity_forms import vessel_names

    texts = [
        "The boat Varnel seized was small. The ship The crew left. The vessel Korvel's family owns sank.",
        "The boat Korvel skippered sank, said Anna Korvel. The ship Captain Ostby named is new.",
        "The hard-liner Ilves spoke.",
    ]
    assert vessel_names(texts, [[]], {"varnel"}, {"Korvel"}) == set()
    assert vessel_names(["the patrol ship Kestrel Dawn left"], [[]], set(), set()) == {"Kestrel Dawn"}


def test_name_in_capitals_blocks_with_its_written_form() -> None:
    # a dateline "OSTBY –" (an acronym's shape) and "Ostby" in another article are compared, and match
    from sourcetrace.link.names import blocking_keys

    a, b = name_key("OSTBY", "ORG"), name_key("Ostby", "GPE")
    assert blocking_keys(a) & blocking_keys(b) and relation(a, b, first_names=False) == "same"


def test_names_romanised_with_other_vowels() -> None:
    # Persian/Arabic romanisations swap u/o, a/e, e/i in several places at once
    assert rel("Murtaza Qanbarzadi", "Morteza Qanbarzadi", "PERSON", "PERSON") == "same"
    assert rel("Hossein Tarvandi", "Husayn Tarvandi", "PERSON", "PERSON") == "same"
    assert vowel_variant("Murtaza", "Morteza") and vowel_variant("Mohsen", "Muhsin")
    # other vowels, not a romanisation, or other consonants: not read as one spelling
    assert not vowel_variant("Martin", "Morton") and not vowel_variant("Miller", "Muller")
    assert not vowel_variant("Carter", "Curtis") and not vowel_variant("Mara", "Mera")  # four letters: too short
    # every token differing: nothing to anchor the loose reading; a lone token stays strict
    assert rel("Murtaza Belvani", "Morteza Bolvena", "PERSON", "PERSON") == ""
    assert not tok_sim("murtaza", "morteza")


# ---------------------------------------------------------------- outlets written with 'The'; places inside names (qm)


def test_outlet_written_with_the_keeps_that_form_as_an_alias() -> None:
    a = _with_outlet(_pa("a0", "An official told the Tribune on Monday.", [("Tribune", "ORG")]), "The Fjordby Tribune")
    b = _pa("a1", "The pro-government Fjordby Tribune reported the arrest.", [("Fjordby Tribune", "ORG")])
    ents, _ = resolve_entities([a, b])
    assert _same_entity(ents, "The Fjordby Tribune", "Fjordby Tribune")


def test_a_longer_name_ending_with_a_country_is_not_the_country() -> None:
    # 'Nova Varnel' (a newspaper) is named after the country; 'Republic of Varnel' is the country
    a = _pa(
        "a0",
        "Varnel has a free press. The Varnelian state sold the mine. Nova Varnel reported the collapse.",
        [("Varnel", "GPE"), ("Varnelian", "NORP"), ("Nova Varnel", "GPE")],
    )
    b = _pa("a1", "Nova Varnel has seen the report. Varnel denies it.", [("Nova Varnel", "GPE"), ("Varnel", "GPE")])
    c = _pa("a2", "The Republic of Varnel signed.", [("The Republic of Varnel", "GPE")])
    ents, _ = resolve_entities([a, b, c])
    paper, country = _owner(ents, "Nova Varnel"), _owner(ents, "Varnel")
    assert paper and country and not paper & country
    assert _same_entity(ents, "Varnel", "Republic of Varnel")


def test_repair_a_name_ending_in_a_number_is_no_person(nlp) -> None:
    text = "According to Fjord 24, the pier was closed."
    assert ("Fjord 24", "ORG") in _repaired(nlp, text, [("Fjord 24", "PERSON")])


def test_repair_a_name_in_apposition_to_a_family_noun_is_a_person(nlp) -> None:
    text = "His wife, Ilona, said the family was waiting. The mayor, Vera Olenska, agreed. Olenska said so."
    got = _repaired(nlp, text, [("Ilona", "GPE"), ("Vera Olenska", "ORG"), ("Olenska", "GPE")])
    assert {("Ilona", "PERSON"), ("Vera Olenska", "PERSON"), ("Olenska", "PERSON")} <= got


def test_near_given_names_split_alike_are_two_people() -> None:
    # the squashed comparison is for names split differently ("Saif ad-Din" / "Seifeddin"), not for two
    # tokens the token comparison has already told apart (qm)
    assert rel("Martin Hollis", "Morton Hollis", "PERSON", "PERSON") == ""
    assert rel("Saif ad-Din al-Karmi", "Seifeddin al-Karmi", "PERSON", "PERSON") == "same"
    assert rel("Bay of Elden", "Bay of Alden", "LOC", "LOC") == "same"  # a place's typo is still the place


# ------------------------------------------------------------------ sibilants written with or without a diacritic


def test_sh_and_s_as_one_letter_in_a_name() -> None:
    # "Novášek" folds to "novasek"; "Novashek" writes the š as "sh": one name
    assert tok_sim("zhashkova", "zaskova")  # two sibilants, each written both ways
    assert tok_sim("chashinek", "casinek")
    assert rel("Wenke Novashek", "Wenke Novášek", "PERSON", "PERSON") == "same"
    assert not tok_sim("marsh", "mars")  # short tokens are too many names to read so loosely


def test_sibilant_spellings_merge_across_articles(resolve) -> None:
    a = "Wenke Novashek, 52, a nurse from Tarvel, said the bridge shook. Novashek said she ran."
    b = "A nurse, Wenke Novášek, told the radio that the bridge shook. Novášek was unhurt."
    c = "A nurse, Wenke Novasek, said the bridge shook. Novasek was unhurt."
    ents, _ = resolve(a, b, c)
    one = _owner(ents, "Wenke Novashek") | _owner(ents, "Novashek")
    assert one and one == _owner(ents, "Wenke Novášek")
    assert one == _owner(ents, "Wenke Novasek") | _owner(ents, "Novasek")


# ------------------------------------------------------------------ follow-up rules (q3)


def test_disease_name_with_its_noun_and_bracket_acronym(resolve) -> None:
    a = "The outbreak of Tarrow Ridge fever (TRF) spread to three farms. In 2011 Essel pox hit the same valley."
    b = "Vets said TRF had reached a fourth farm, and recalled the Essel pox outbreak."
    ents, _ = resolve(a, b)
    fever = _owner(ents, "Tarrow Ridge fever")
    assert fever and fever == _owner(ents, "TRF")
    pox = _owner(ents, "Essel pox")
    assert pox and not pox & fever


def test_tv_name_is_a_broadcaster_not_someones_initials(resolve) -> None:
    text = "Interior Minister Tomas Vilder spoke on Monday. In an interview with TV Norda, Vilder defended the plan."
    ents, _ = resolve(text)
    assert _owner(ents, "TV Norda")
    assert not _owner(ents, "TV") & _owner(ents, "Tomas Vilder")


def test_full_name_lends_its_surname_as_alias_when_unique(resolve) -> None:
    a = "“The rules are clear,” said agency spokeswoman Dr. Maelle Quintard. The agency met on Monday."
    b = "Maria Oster and Peter Oster, two farmers, said the agency had ignored them."
    ents, _ = resolve(a, b)
    assert _owner(ents, "Quintard") and _owner(ents, "Quintard") == _owner(ents, "Maelle Quintard")
    assert not _owner(ents, "Oster")  # two persons share it: the surname alone names neither


def test_namesakes_holding_one_post_are_one_person(resolve) -> None:
    a = "The losses are huge, the president of the Varnel Growers Association, Jaroslav Pelinek, said on Monday."
    b = "In a radio interview, the president of the Varnel Growers Association, Yaro Pelinek, said prices fell."
    c = "Anna Pelinek, a teacher, said the school was closed. Tomas Brandl, a driver, said the road was shut."
    ents, _ = resolve(a, b)
    assert _owner(ents, "Jaroslav Pelinek") and _owner(ents, "Jaroslav Pelinek") == _owner(ents, "Yaro Pelinek")
    ents, _ = resolve(a, c)
    assert not _owner(ents, "Jaroslav Pelinek") & _owner(ents, "Anna Pelinek")


# ------------------------------------------------------------------ surface forms as written (titles, spellings)


def test_titled_forms_as_written_are_aliases() -> None:
    a = _pa(
        "a0",
        "The Regional Commissioner for Health, Dr. Maren Voss, said the wards were full. "
        "“We lost no hour,” Dr. Voss told the agency. On Monday Governor Pell met her.",
        [("Maren Voss", "PERSON"), ("Voss", "PERSON"), ("Pell", "PERSON")],
    )
    b = _pa(
        "a1",
        "Health chief Dr Maren Voss told reporters that Governor Aldo Pell, said to be ill, stayed away.",
        [("Voss", "PERSON"), ("Aldo Pell", "PERSON")],
    )
    ents, _ = resolve_entities([a, b])
    voss = _owner(ents, "Maren Voss")
    assert voss and voss == _owner(ents, "Dr. Maren Voss") == _owner(ents, "Dr. Voss") == _owner(ents, "Dr Maren Voss")
    pell = _owner(ents, "Aldo Pell")
    assert pell and pell == _owner(ents, "Governor Pell") == _owner(ents, "Governor Aldo Pell")
    assert not voss & pell
    # a word before a comma is no title of the name: "Health, Dr. Maren Voss" gives no "Health Dr. ..."
    assert not any(al.startswith(("Health", "Commissioner", "chief")) for e in ents for al in e.aliases)


def test_slavic_patronymic_endings_are_one_spelling() -> None:
    assert tok_sim("petranovic", "petranovitch")
    assert tok_sim("petranovich", "petranovic")
    assert tok_sim("petranovitch", "petranovicz")
    assert not tok_sim("petranovic", "petranek")
    a = _pa(
        "a0",
        "Interior Minister Dušan Petranović spoke. Petranović left.",
        [("Dušan Petranović", "PERSON"), ("Petranović", "PERSON")],
    )
    b = _pa("a1", "Hours later Mr Petranovitch stepped in front of the cameras.", [("Mr Petranovitch", "PERSON")])
    c = _pa("a2", "Jelena Petranek, a lawyer, disagreed.", [("Jelena Petranek", "PERSON")])
    ents, _ = resolve_entities([a, b, c])
    minister = _owner(ents, "Dušan Petranović")
    assert minister and minister == _owner(ents, "Petranovitch")
    assert not minister & _owner(ents, "Jelena Petranek")


def test_ch_inside_a_name_is_kh() -> None:
    from sourcetrace.link.names import blocking_keys, translit_variants

    assert translit_variants("varkhov") & translit_variants("varchov")
    assert not translit_variants("chang") & translit_variants("kang")  # an opening "ch" is another sound
    assert blocking_keys(name_key("Varkhov", "PERSON")) & blocking_keys(name_key("Mrs Varchov", "PERSON"))
    a = _pa("a0", "Union leader Mirela Varkhov said the strike goes on.", [("Mirela Varkhov", "PERSON")])
    b = _pa("a1", "Mrs Varchov told reporters no.", [("Mrs Varchov", "PERSON")])
    ents, _ = resolve_entities([a, b])
    assert _owner(ents, "Mirela Varkhov") and _owner(ents, "Mirela Varkhov") == _owner(ents, "Mrs Varchov")


def test_region_written_with_its_division_word_is_no_short_form_of_a_body() -> None:
    a = _pa(
        "a0",
        "Miners in Oskel province were trapped, a deputy told Radio Oskel.",
        [("Oskel province", "GPE"), ("Radio Oskel", "ORG")],
    )
    b = _pa("a1", "Families in Oskel waited at the gate.", [("Oskel", "ORG")])
    ents, _ = resolve_entities([a, b])
    region = _owner(ents, "Oskel province")
    assert region and region == _owner(ents, "Oskel")
    assert not region & _owner(ents, "Radio Oskel")
    assert next(e for e in ents if e.id in region).type == "GPE"


def test_place_and_place_with_its_division_word() -> None:
    assert rel("Oskel", "Oskel Province", "GPE", "GPE") == "same"
    assert rel("Oskel", "Oskel county", "ORG", "GPE") == "same"
    assert rel("Oskel Province", "Oskel District", "GPE", "GPE") == ""
    assert rel("Oskel", "Oskel Province", "PERSON", "GPE") == ""  # maybe a person named after the place
    assert rel("Oskel", "Oskel District Hospital", "GPE", "ORG") != "same"
    a = _pa("a0", "Pupils in Oskel Province fell ill on Monday.", [("Oskel Province", "GPE")])
    b = _pa("a1", "Schools in Oskel stayed shut.", [("Oskel", "ORG")])
    ents, _ = resolve_entities([a, b])
    assert _owner(ents, "Oskel") and _owner(ents, "Oskel") == _owner(ents, "Oskel Province")


def test_party_short_form_with_an_adjective() -> None:
    assert rel("Civic Dawn's", "Civic Dawn Party", "ORG", "ORG") == "same"
    assert rel("Democratic", "Democratic Party", "ORG", "ORG") == ""  # one word: too loose
    # a nationality is no word of the name
    assert rel("Varnelian Authority", "Varnelian Authority Forces", "ORG", "ORG") == ""


def test_acronym_may_skip_an_inner_generic_word() -> None:
    assert rel("FNA", "Fjordane National News Agency", "ORG", "ORG", first_names=False) == "a<b"
    assert rel("FNNA", "Fjordane National News Agency", "ORG", "ORG", first_names=False) == "a<b"
    assert rel("FN", "Fjordane National News Agency", "ORG", "ORG", first_names=False) == ""


def test_bracket_acronym_of_a_translated_name() -> None:
    a = _pa(
        "a0",
        "The head of the Directorate for Border Safety (DSG), Ivo Marek, spoke.",
        [("Directorate for Border Safety", "ORG"), ("DSG", "ORG"), ("Ivo Marek", "PERSON")],
    )
    b = _pa("a1", "Officers of the DSG said the border was calm.", [("DSG", "ORG")])
    ents, _ = resolve_entities([a, b])
    body = _owner(ents, "Directorate for Border Safety")
    assert body and body == _owner(ents, "DSG")


def test_name_tagged_as_organisation_is_a_person_after_a_courtesy_title() -> None:
    a = _pa(
        "a0",
        "Ministry spokeswoman Lia Marvent said the talks failed. The Marvent Foundation disagreed. "
        "Ms Marvent said the door remained open.",
        [("Lia Marvent", "ORG"), ("Marvent Foundation", "ORG"), ("Ms Marvent", "PERSON")],
    )
    ents, _ = resolve_entities([a])
    person = _owner(ents, "Lia Marvent")
    assert person and person == _owner(ents, "Ms Marvent")
    assert not person & _owner(ents, "Marvent Foundation")
    assert next(e for e in ents if e.id in person).type == "PERSON"


def test_person_named_after_a_body_is_split_from_it() -> None:
    # the model reads "Fjordnet Ivo Marevich" as one body's name; the surname is a person's of the corpus
    a = _pa(
        "a0",
        "Fjordnet said the line failed. The spokesman of Fjordnet Ivo Marevich said the grid held. "
        '"Nothing broke," Marevich said.',
        [("Fjordnet", "ORG"), ("Fjordnet Ivo Marevich", "ORG"), ("Marevich", "PERSON")],
    )
    b = _pa(
        "a1",
        "Ivo Marevic, a spokesman for the operator, declined to comment. Deputy chairman of FPU Ana Tolvanic spoke.",
        [("Ivo Marevic", "PERSON"), ("FPU Ana Tolvanic", "ORG")],
    )
    c = _pa("a2", "Ana Tolvanich of the FPU said more homes were hit.", [("Ana Tolvanich", "PERSON"), ("FPU", "ORG")])
    ents, _ = resolve_entities([a, b, c])
    ivo = _owner(ents, "Ivo Marevich")
    assert ivo and ivo == _owner(ents, "Ivo Marevic") == _owner(ents, "Marevich")
    assert not ivo & _owner(ents, "Fjordnet")
    assert next(e for e in ents if e.id in ivo).type == "PERSON"
    ana = _owner(ents, "Ana Tolvanic")
    assert ana and ana == _owner(ents, "Ana Tolvanich")
    assert _owner(ents, "FPU") and not ana & _owner(ents, "FPU")


def test_body_written_whole_elsewhere_is_not_split() -> None:
    # "Varn Global Ports" ends like a person's name only because the model once tagged it as a person
    a = _pa(
        "a0",
        "The concession of Varn Global Ports ended. Shares of Varn Global Ports fell.",
        [("Varn Global Ports", "ORG"), ("Varn Global Ports", "ORG")],
    )
    b = _pa("a1", "Varn Global Ports appealed. Varn said nothing.", [("Varn Global Ports", "PERSON"), ("Varn", "ORG")])
    ents, _ = resolve_entities([a, b])
    assert _owner(ents, "Varn Global Ports")
    assert not _owner(ents, "Global Ports")


def test_portfolio_word_is_no_body() -> None:
    a = _pa(
        "a0",
        "The Minister of Transport Lena Ostrova spoke. Transport Minister Lena Ostrova left. "
        "The Transport Safety Board disagreed.",
        [
            ("Transport Lena Ostrova", "ORG"),
            ("Transport", "ORG"),
            ("Lena Ostrova", "PERSON"),
            ("Transport Safety Board", "ORG"),
        ],
    )
    b = _pa("a1", "Lena Ostrowa said the ferry was safe.", [("Lena Ostrowa", "PERSON")])
    ents, _ = resolve_entities([a, b])
    lena = _owner(ents, "Lena Ostrova")
    assert lena and lena == _owner(ents, "Lena Ostrowa")
    assert not _owner(ents, "Transport")
    assert not _owner(ents, "Transport Lena Ostrova")


def test_known_person_missed_by_the_model_is_found() -> None:
    a = _pa("a0", "Operator chief Pavel Dorsavic denied it.", [("Pavel Dorsavic", "PERSON")])
    b = _pa("a1", "The chief of FGO Pavel Dorsavich has claimed all work was done.", [])
    c = _pa("a2", "Pavel Dorsan and Pavel Dorsavic met.", [("Pavel Dorsavic", "PERSON")])
    ents, entity_of = resolve_entities([a, b, c])
    pavel = _owner(ents, "Pavel Dorsavic")
    assert pavel and pavel == _owner(ents, "Pavel Dorsavich")
    assert not _owner(ents, "Pavel Dorsan")  # only the full name of a person of the corpus is taken


def test_name_cut_before_its_last_word_takes_it_from_its_acronym() -> None:
    a = _pa(
        "a0",
        "The Chairman of the Board of the Fjord Power Grid Operator (FPGO), Ivo Lenz, spoke. "
        "The Fjord Power Grid Operator said on Monday that power was back.",
        [
            ("the Board of the Fjord Power Grid", "ORG"),
            ("FPGO", "ORG"),
            ("Ivo Lenz", "PERSON"),
            ("The Fjord Power Grid", "ORG"),
        ],
    )
    b = _pa(
        "a1",
        "The state-owned Fjord Power Grid Operator (FPGO) said 300 homes lost power.",
        [("Fjord Power Grid", "ORG"), ("FPGO", "ORG")],
    )
    ents, _ = resolve_entities([a, b])
    grid = _owner(ents, "Fjord Power Grid Operator")
    assert grid and grid == _owner(ents, "FPGO")
    assert not _owner(ents, "Fjord Power Grid")
    assert not grid & _owner(ents, "Board")


def test_outlet_short_name_written_alone_joins_the_outlet() -> None:
    a = _pa("a0", "Tolvik Avisen has looked at the records. Avisen found gaps, the curator told Avisen.", [])
    a = dataclasses.replace(a, article=dataclasses.replace(a.article, outlet="Tolvik Avisen"))
    b = _pa("a1", "A report by Tolvik Avisen said the hoard was real.", [("Tolvik Avisen", "ORG")])
    ents, _ = resolve_entities([a, b])
    paper = _owner(ents, "Tolvik Avisen")
    assert paper and paper == _owner(ents, "Avisen")


# ------------------------------------------------------------------ initials, cut given names, acronym heads (en1)


def test_initials_stand_for_given_names_as_a_part() -> None:
    assert rel("B. Varnak", "Boris Varnak", "PERSON", "PERSON", first_names=False) == "a<b"
    assert rel("Boris Tomasovich Varnak", "B.T. Varnak", "PERSON", "PERSON") == "b<a"
    assert rel("B. Varnak", "Boris Tomasovich Varnak", "PERSON", "PERSON", first_names=False) == "a<b"
    assert rel("Y. Orlen", "Jakob Orlen", "PERSON", "PERSON") == "a<b"  # J/Y: one letter romanised two ways
    assert rel("K. Varnak", "Boris Varnak", "PERSON", "PERSON") == ""
    assert rel("T. Varnak", "Boris Tomasovich Varnak", "PERSON", "PERSON") == ""  # a middle initial alone


def test_an_initial_shared_by_two_namesakes_joins_neither() -> None:
    a = _pa(
        "a0",
        "Boris Varnak and his sister Bela Varnak ran the farm.",
        [("Boris Varnak", "PERSON"), ("Bela Varnak", "PERSON")],
    )
    b = _pa("a1", "The farm of B. Varnak was sold.", [("B. Varnak", "PERSON")])
    c = _pa(
        "a2",
        "Boris Varnak left. The court heard B. Varnak on Monday.",
        [("Boris Varnak", "PERSON"), ("B. Varnak", "PERSON")],
    )
    ents, _ = resolve_entities([a, b])
    assert _owner(ents, "Boris Varnak") and not _owner(ents, "B. Varnak") & _owner(ents, "Boris Varnak")
    assert not _owner(ents, "B. Varnak") & _owner(ents, "Bela Varnak")
    ents, _ = resolve_entities([c])
    assert _owner(ents, "B. Varnak") == _owner(ents, "Boris Varnak")
    assert [e.name for e in ents if "Boris Varnak" in e.aliases] == ["Boris Varnak"]  # the initial is not the name


def test_kh_read_as_k_with_one_vowel_romanised_otherwise() -> None:
    assert tok_sim("shakhboz", "shakbaz")
    assert tok_sim("rakhmon", "rakman")
    assert not tok_sim("rakhmon", "rakmanov")
    assert not tok_sim("rakhmon", "rikmen")


def test_hyphenated_rank_is_a_title() -> None:
    from sourcetrace.link.names import strip_honorifics

    assert strip_honorifics("Major-General Tomas Velder") == "Tomas Velder"
    assert strip_honorifics("Lieutenant-Colonel Velder") == "Velder"
    assert strip_honorifics("Anna-Maria Velder") == "Anna-Maria Velder"
    text = "The minister, Colonel-General Ivo Marten, said the road was open. Marten spoke first."
    cands = candidate_mentions(_pa("a0", text, [("Marten", "PERSON")]))
    assert not [c.text for c in cands if c.text.startswith("el-")]  # no particle name inside "Colonel-General"


def test_person_span_ends_before_a_preposition_and_a_channel_name() -> None:
    text = "“The gates stay shut,” said Velt on NRV2 in the evening. The channel NRV2 later cut the interview."
    ents, _ = resolve_entities([_pa("a0", text, [("Velt on NRV2", "PERSON")])])
    assert _owner(ents, "Velt")
    assert _owner(ents, "NRV2") and not _owner(ents, "NRV2") & _owner(ents, "Velt")
    assert not _owner(ents, "Velt on NRV2")


def test_acronym_of_the_head_of_a_long_name_gives_the_head_as_alias() -> None:
    text = (
        "The press office of the Office for Border Safety of the Ministry of Transport (OBS) denied it. "
        "An OBS officer said the crossing was open."
    )
    long_name = "the Office for Border Safety of the Ministry of Transport"
    ents, _ = resolve_entities([_pa("a0", text, [(long_name, "ORG"), ("OBS", "ORG"), ("OBS", "ORG")])])
    obs = _owner(ents, "OBS")
    assert obs and obs == _owner(ents, "Office for Border Safety")


def test_given_name_the_model_cut_off_joins_the_name() -> None:
    a = _pa(
        "a0",
        "Pavel Orlik, a reporter, was arrested. Orlik denies it.",
        [("Pavel Orlik", "PERSON"), ("Orlik", "PERSON")],
    )
    b = _pa(
        "a1",
        "The court sentenced a citizen of Varnel Paval Orlyk to six years.",
        [("Varnel", "GPE"), ("Orlyk", "PERSON")],
    )
    c = _pa(
        "a2",
        "Deputy Minister Pavel Ivanovich Orlik said the trial was fair.",
        [("Ivanovich Orlik", "PERSON")],
    )
    ents, _ = resolve_entities([a, b, c])
    orlik = _owner(ents, "Pavel Orlik")
    assert orlik and orlik == _owner(ents, "Paval Orlyk") == _owner(ents, "Pavel Ivanovich Orlik")
    assert orlik == _owner(ents, "Orlyk")  # the surname as each spelling writes it
    assert not _owner(ents, "Varnel") & orlik


def test_body_name_written_head_first_or_head_last() -> None:
    assert rel("the Ministry of Fisheries", "Fisheries Ministry", "ORG", "ORG") == "same"
    assert rel("Department of Roads and Bridges", "the Roads Department", "ORG", "ORG") == "b<a"
    assert rel("Ministry of Fisheries", "Forestry Ministry", "ORG", "ORG") == ""
    assert rel("Ministry of Fisheries of Varnel", "Fisheries Ministry", "ORG", "ORG") == ""  # a state's: unknown
    assert rel("Ministry of Fisheries", "Ministry of Forestry", "ORG", "ORG") == ""


# ------------------------------------------------------------------ office names, state names, titles (en3)


def test_repair_no_given_name_from_the_end_of_an_office_name(nlp) -> None:
    # "Energy" / "Harbours" close the office's name: never a given name of the holder after it
    text = "The Minister of Mines and Energy Vesna Korlat said the plan was ready."
    got = _repaired(nlp, text, [("Vesna Korlat", "PERSON")])
    assert ("Vesna Korlat", "PERSON") in got
    text = "The Ombudsman for Harbours Wenke Marrow told reporters the port was shut."
    got = _repaired(nlp, text, [("Wenke Marrow", "PERSON")])
    assert ("Wenke Marrow", "PERSON") in got
    # a given name after a lower-case word before "of" is still taken
    got = _repaired(nlp, "Officials met. The daughter of Vesna Korlat said no.", [("Korlat", "PERSON")])
    assert ("Vesna Korlat", "PERSON") in got


def test_repair_ombudsman_is_a_role_before_a_name(nlp) -> None:
    text = "On Friday Ombudsman Marrow said the port was shut."
    got = _repaired(nlp, text, [("Ombudsman Marrow", "PERSON")])
    assert ("Marrow", "PERSON") in got and ("Ombudsman Marrow", "PERSON") not in got


def test_repair_state_formal_name_and_the_person_run_on_after_it(nlp) -> None:
    text = "The order was signed by the Ombudsman of Republic of Varnelia Wenke Marrow on Friday."
    got = _repaired(nlp, text, [("Varnelia Wenke Marrow", "PERSON")])
    assert ("Republic of Varnelia", "GPE") in got and ("Wenke Marrow", "PERSON") in got
    text = "The President of Kingdom of Varnelia signed the order on Friday."
    got = _repaired(nlp, text, [("Varnelia", "PERSON")])
    assert ("Kingdom of Varnelia", "GPE") in got
    # a common word after "State of" is no state ("State of emergency" as written elsewhere)
    text = "The State of Emergency ended. The state of emergency had lasted a week."
    assert not any(lab == "GPE" for _, lab in _repaired(nlp, text, []))


def test_repair_untagged_name_after_a_rank_is_a_person(nlp) -> None:
    text = "Among those who came back is Junior Sergeant Wenke Marrow of the 3rd Rifle Brigade."
    got = _repaired(nlp, text, [("3rd Rifle Brigade", "ORG")])
    assert ("Wenke Marrow", "PERSON") in got
    # a title before a common word written in lower case elsewhere, or a longer capitalised run, is no name
    text = "Major Works Begin Today. The major works will close the bridge."
    assert not any(lab == "PERSON" for _, lab in _repaired(nlp, text, []))


def test_name_cut_after_its_first_word_takes_it_back() -> None:
    a = _pa(
        "a0",
        "The watchdog Fjord Watch International said 30 reporters were held. Fjord Watch's director spoke.",
        [("Fjord Watch International", "ORG"), ("Watch", "PERSON")],
    )
    b = _pa("a1", "Observer Fjord Watch International said so.", [("Watch International", "ORG")])
    ents, _ = resolve_entities([a, b])
    watch = _owner(ents, "Fjord Watch International")
    assert watch and watch == _owner(ents, "Fjord Watch")
    assert not _owner(ents, "Watch") and not _owner(ents, "Watch International")


def test_one_word_outlet_written_in_a_body_is_a_mention() -> None:
    a = _pa("a0", "This story has not been edited by Fjordnet staff. Fjordnet is not responsible for it.", [])
    a = _with_outlet(a, "Fjordnet")
    b = _pa("a1", "A report said the hoard was real.", [])
    ents, _ = resolve_entities([a, b])
    net = [e for e in ents if e.name == "Fjordnet"]
    assert len(net) == 1 and len(net[0].mentions) == 2


def test_titled_full_name_lends_title_and_surname_as_alias(resolve) -> None:
    ents, _ = resolve("The spokesman, Colonel Wenke Marrow, told journalists the line held.")
    marrow = [e for e in ents if e.name == "Wenke Marrow"]
    assert marrow and "Colonel Marrow" in marrow[0].aliases
    # two persons of one surname: neither takes it
    ents, _ = resolve("Colonel Wenke Marrow and Captain Jan Marrow spoke.")
    assert not any("Colonel Marrow" in e.aliases or "Captain Marrow" in e.aliases for e in ents)


def test_romanised_name_spellings_across_outlets_but_not_near_names() -> None:
    # oo/u, an initial J/Y and a doubled consonant are one spelling of one name ...
    assert rel("Yusef Varrani", "Yoosef Varrani", "PERSON", "PERSON") == "same"
    assert rel("Yusef Varrani", "Jusef Varani", "PERSON", "PERSON") == "same"
    assert rel("Varrani", "Varani", "PERSON", "PERSON") == "same"
    # ... never two names two letters apart, nor another surname with one shared given name
    assert rel("Yusef Varrani", "Yusef Vardoni", "PERSON", "PERSON") == ""
    assert rel("Yusef Varrani", "Yusef Morani", "PERSON", "PERSON") == ""
    assert rel("Mara Koss", "Mira Kess", "PERSON", "PERSON") == ""


def test_unknown_person_run_on_after_a_body_name_is_split_when_it_speaks() -> None:
    text = "No ship was turned away, the Head of the Department of Harbour Safety Wenke Varnok informed."
    a = _pa("a0", text, [("the Department of Harbour Safety Wenke Varnok", "ORG")])
    ents, _ = resolve_entities([a])
    assert _owner(ents, "Wenke Varnok") and _owner(ents, "Department of Harbour Safety")
    # two words written in lower case elsewhere are the body's own ("Dock Works"), not a person
    text = "The dock works went on. The Office of Harbour Dock Works informed the crews."
    b = _pa("a0", text, [("The Office of Harbour Dock Works", "ORG")])
    ents, _ = resolve_entities([b])
    assert _owner(ents, "Office of Harbour Dock Works") and not _owner(ents, "Dock Works")


def test_syllabic_acronym_takes_two_letters_of_the_first_word() -> None:
    # 'VANA' for 'Varnel News Agency': the first word gives two letters, the others one each
    assert rel("VANA", "Varnel News Agency", "ORG", "ORG") == "a<b"
    assert rel("VENA", "Varnel News Agency", "ORG", "ORG") == ""
    assert rel("VNA", "Varnel News Agency", "ORG", "ORG") == "a<b"


def test_repair_cuts_a_role_noun_opening_an_organisation_span(nlp) -> None:
    text = "The ministry went further. Spokeswoman Wenke Varnholt said in a statement that no road was closed."
    got = _repaired(nlp, text, [("Spokeswoman Wenke Varnholt", "ORG")])
    assert ("Wenke Varnholt", "PERSON") in got
    text = "The parade passed Prince Edward Hall on Monday."
    assert ("Prince Edward Hall", "ORG") in _repaired(nlp, text, [("Prince Edward Hall", "ORG")])


def test_off_ending_is_the_ov_ending_but_a_feminine_form_is_another_person() -> None:
    # 'Varnikoff' is 'Varnikov' romanised the French way; 'Varnikova' is his wife or daughter
    assert tok_sim("varnikoff", "varnikov") and tok_sim("talieff", "taliev")
    assert rel("Boris Varnikoff", "Boris Varnikov", "PERSON", "PERSON") == "same"
    assert not tok_sim("varnikov", "varnikova") and not tok_sim("lisowski", "lisowska")
    assert rel("Varnikov", "Olga Varnikova", "PERSON", "PERSON") == ""
    assert rel("Boris Varnikov", "Boris Varnikova", "PERSON", "PERSON") == ""


def test_firm_full_name_the_model_missed_joins_its_short_name() -> None:
    text = (
        "Fjordane has raised its water prices, the press service of the company said on Monday. The Fjordane "
        "State Water Supply Joint Stock Company said the rise was needed."
    )
    a = _pa("a0", text, [("Fjordane", "ORG")])
    ents, _ = resolve_entities([a])
    firm = _owner(ents, "Fjordane State Water Supply Joint Stock Company")
    assert firm and firm == _owner(ents, "Fjordane")
    # a combine's name with "and", which the model cuts there ("Merkova Mining and" as a person)
    text = "The spill came from the Varkova Mining and Metallurgical Combine at Pelsk. Varkova denied any leak."
    b = _pa("a1", text, [("Varkova Mining and", "PERSON"), ("Varkova", "ORG")])
    ents, _ = resolve_entities([b])
    firm = _owner(ents, "Varkova Mining and Metallurgical Combine")
    assert firm and firm == _owner(ents, "Varkova")


def test_word_labelled_a_place_after_its_body_joins_the_body() -> None:
    # the model tags the short name as a place, but every mention of it follows the body's full name
    text = (
        "The analysts of Varnholm Energy Institute wrote on Monday that stocks were low. "
        "Varnholm's analysts also noted that prices rose."
    )
    a = _pa("a0", text, [("Varnholm Energy Institute", "ORG"), ("Varnholm", "GPE")])
    ents, _ = resolve_entities([a])
    body = _owner(ents, "Varnholm Energy Institute")
    assert body and body == _owner(ents, "Varnholm")
    # a word the corpus shows to be a place (its demonym is written, or 'in X') stays the place
    for text in (
        "Varnholm Energy Institute said Varnholm was short of gas. Varnholmian firms agreed.",
        "Varnholm Energy Institute said Varnholm was short of gas. Farms in Varnholm agreed.",
    ):
        b = _pa("a0", text, [("Varnholm Energy Institute", "ORG"), ("Varnholm", "GPE")])
        ents, _ = resolve_entities([b])
        assert _owner(ents, "Varnholm Energy Institute") != _owner(ents, "Varnholm")


def test_surname_closed_by_consonants_of_one_sound_is_one_name() -> None:
    # a surname romanised with and without the letters of its last sound, the given name the same
    assert rel("Radek Volemat", "Radek Volematch", "PERSON", "PERSON") == "same"
    assert rel("Radek Volemat", "Radek Volematsch", "PERSON", "PERSON") == "same"
    # other given names, a vowel in the extra letters, a bare surname or a short one: no match
    assert rel("Radek Volemat", "Irena Volematch", "PERSON", "PERSON") == ""
    assert rel("Jonas Brandt", "Jonas Brandtson", "PERSON", "PERSON") == ""
    assert rel("Volemat", "Volematch", "PERSON", "PERSON") == ""
    assert rel("Pia Lund", "Pia Lundsch", "PERSON", "PERSON") == ""


def test_naval_ranks_are_titles() -> None:
    assert rel("Commodore Ilse Varrick", "Ilse Varrick", "PERSON", "PERSON") == "same"
    a = _pa("a0", "Commodore Ilse Varrick said the ship was ready.", [("Commodore Ilse Varrick", "PERSON")])
    ents, _ = resolve_entities([a])
    assert _same_entity(ents, "Commodore Ilse Varrick", "Ilse Varrick")


def test_body_without_its_trailing_generic_word_is_an_alias_where_written() -> None:
    a = _pa(
        "a0",
        "Figures come from Tidewatch International. Tidewatch director Pol Remy said so.",
        [("Tidewatch International", "ORG"), ("Pol Remy", "PERSON")],
    )
    ents, _ = resolve_entities([a])
    assert _same_entity(ents, "Tidewatch International", "Tidewatch")
    b = _pa("a0", "Figures come from Tidewatch International.", [("Tidewatch International", "ORG")])
    ents, _ = resolve_entities([b])
    assert not _owner(ents, "Tidewatch")  # never written alone: no alias made up


def test_trailing_generic_head_that_another_entity_goes_by_is_no_alias() -> None:
    a = _pa(
        "a0",
        "Figures come from Marlow International. Marlowian farms in Marlow agreed.",
        [("Marlow International", "ORG"), ("Marlow", "GPE")],
    )
    ents, _ = resolve_entities([a])
    assert _owner(ents, "Marlow") and not (_owner(ents, "Marlow") & _owner(ents, "Marlow International"))


# ------------------------------------------------------------------ initials the model missed, first letters (rb)


def test_initials_and_surname_tagged_as_a_body_or_missed_join_the_full_name() -> None:
    a = _pa(
        "a0",
        "The Mayor of Orlesk Yuliana Ravenko opened the dam. Y. Ravenko said the water was safe.",
        [("Orlesk", "GPE"), ("Yuliana Ravenko", "PERSON"), ("Y. Ravenko", "ORG")],
    )
    b = _pa("a1", "Work was stopped, T. Morvalin stressed on Friday.", [])
    c = _pa("a2", "The engineer Tomas Morvalin left the site.", [("Tomas Morvalin", "PERSON")])
    ents, _ = resolve_entities([a, b, c])
    assert _owner(ents, "Y. Ravenko") and _owner(ents, "Y. Ravenko") == _owner(ents, "Yuliana Ravenko")
    assert _owner(ents, "T. Morvalin") and _owner(ents, "T. Morvalin") == _owner(ents, "Tomas Morvalin")


def test_a_first_letter_written_otherwise_is_another_name_but_folded_spellings_are_one() -> None:
    assert not tok_sim("pelcourt", "belcourt")  # one edit apart, but the first letter differs
    assert not tok_sim("halverson", "calverson")
    assert tok_sim("merricourt", "merrikour")  # "c" as "k", a final consonant dropped
    assert tok_sim("lukas", "lukasz")


def test_a_relative_named_by_the_given_name_is_the_one_person_of_the_corpus_so_named() -> None:
    # "Tobiah Dossan ... his son Emeric": Emeric is Emeric Dossan, named in full in another article; not when
    # the article writes no such surname, nor when the lone name is no one's relative ("A crewman, Emeric,")
    a = _pa("a0", "The master, Emeric Dossan, signed the protocol.", [("Emeric Dossan", "PERSON")])

    def joined(text: str, spans: list[tuple[str, str]]) -> bool:
        ents, _ = resolve_entities([a, _pa("a1", text, spans)])
        return bool(_owner(ents, "Emeric") & _owner(ents, "Emeric Dossan"))

    t = "Her father, Tobiah Dossan, handed the wheel to his son Emeric in 2019."
    assert joined(t, [("Tobiah Dossan", "PERSON"), ("Emeric", "PERSON")])
    t = "Her father, Tobiah Varn, handed the wheel to his son Emeric in 2019."
    assert not joined(t, [("Tobiah Varn", "PERSON"), ("Emeric", "PERSON")])
    t = "Tobiah Dossan hired a crewman, Emeric, in 2019."
    assert not joined(t, [("Tobiah Dossan", "PERSON"), ("Emeric", "PERSON")])
