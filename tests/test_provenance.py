"""Provenance edges and independent origins."""

from __future__ import annotations

from sourcetrace.analyze.quantities import find_quantities
from sourcetrace.link.origins import (
    canonical_names,
    one_state,
    own_subject,
    people_state,
    role_holder,
    role_of,
    state_of,
    state_organ,
    state_organs,
    whole_of,
    withholds,
)
from sourcetrace.link.provenance import build_provenance, count_origins
from sourcetrace.model import Article, ArticleAnalysis, Citation, Cluster, Mention, Quote
from sourcetrace.model import Claim as _Claim


def Claim(cid: str, aid: str, start: int, end: int, text: str, **kw) -> _Claim:  # noqa: N802
    """A claim with the figures the quantity reader finds in its text, as analyze.claims gives them."""
    kw.setdefault("quantities", tuple(find_quantities(text)))
    return _Claim(cid, aid, start, end, text, **kw)


def article(aid: str, outlet: str, text: str, quotes=(), claims=(), citations=()) -> ArticleAnalysis:
    return ArticleAnalysis(
        Article(aid, text, aid, outlet=outlet), quotes=tuple(quotes), claims=tuple(claims), citations=tuple(citations)
    )


def test_two_outlets_relaying_one_interview_is_one_origin() -> None:
    said = "We will open the new terminal in March with room for 300 ships"
    pas = []
    for aid, outlet in (("a", "Coast Herald"), ("b", "Valley Times")):
        text = f'"{said}," Lena Park told Harbour Wire, {outlet} reported.'
        q = Quote(f"q{aid}", aid, 1, 1 + len(said), said, "direct", "Lena Park", via=("Harbour Wire",))
        c = Claim(f"c{aid}", aid, 1, 1 + len(said), said, quote=q.id, origin="Harbour Wire", speaker="Lena Park")
        pas.append(article(aid, outlet, text, [q], [c]))
    own = "The port authority expects the terminal to open in March with room for 250 ships."
    pas.append(article("c", "Daily Post", own, claims=[Claim("cc", "c", 0, len(own), own, origin="Daily Post")]))
    edges = build_provenance(pas)
    assert any(e.kind == "said-to" and e.source == "Lena Park" and e.target == "Harbour Wire" for e in edges)
    assert any(e.kind == "relayed-by" and e.target == "Coast Herald" for e in edges)
    assert any(e.kind == "copies" for e in edges)
    k = count_origins(Cluster("k", ("ca", "cb", "cc")), pas, edges)
    assert k.independent_origins == 2  # the Post's own figure is an account of its own
    assert "Harbour Wire" in k.origins and "Daily Post" in k.origins
    # an unsourced line that only repeats what a named source told rests on that source
    echo = "The port authority expects the terminal to open in March with room for 300 ships."
    pas[2] = article("c", "Daily Post", echo, claims=[Claim("cc", "c", 0, len(echo), echo, origin="Daily Post")])
    k = count_origins(Cluster("k", ("ca", "cb", "cc")), pas, build_provenance(pas))
    assert k.independent_origins == 1 and k.origins == ("Harbour Wire",)


def test_own_statements_are_separate_origins_and_copied_text_is_not() -> None:
    t1 = "The mill fire destroyed three warehouses on Friday night."
    t2 = "Three warehouses burned down in the mill fire late on Friday."
    pas = [
        article("a", "North News", t1, claims=[Claim("c1", "a", 0, len(t1), t1, origin="North News")]),
        article("b", "South Star", t2, claims=[Claim("c2", "b", 0, len(t2), t2, origin="South Star")]),
        article("c", "West Wire", t1, claims=[Claim("c3", "c", 0, len(t1), t1, origin="West Wire")]),
    ]
    k = count_origins(Cluster("k", ("c1", "c2", "c3")), pas, build_provenance(pas))
    assert k.independent_origins == 2  # c3 copies c1 word for word


def test_unnamed_source_in_quote_falls_back_to_cited_agency() -> None:
    t = "Officials expect 300 ships next year, the agency report says."
    cit = Citation("a", "Harbour Wire", "according to", 0, 5)
    c = Claim("c1", "a", 0, len(t), t, quote="q", origin="Coast Herald", speaker="the report")
    t2 = "Lena Park said the port expects 300 ships next year."
    c2 = Claim("c2", "b", 0, len(t2), t2, origin="Harbour Wire", speaker="Lena Park")
    pas = [article("a", "Coast Herald", t, claims=[c], citations=[cit]), article("b", "Valley Times", t2, claims=[c2])]
    k = count_origins(Cluster("k", ("c1", "c2")), pas, build_provenance(pas))
    assert k.independent_origins == 1 and k.origins == ("Harbour Wire",)


def test_origin_follows_the_claim_not_the_article() -> None:
    # article b cites Harbour Wire elsewhere, but this claim is the company's; a's own figure is its own
    t1 = "The ferry fares will rise by 6 percent in May."
    t2 = "Fares on the ferry will go up 5 percent in May. Harbour Wire reported the strike."
    cit = Citation("b", "Harbour Wire", "reported", t2.index("Harbour Wire"), t2.index("Harbour Wire") + 12)
    c1 = Claim("c1", "a", 0, len(t1), t1, origin="Coast Herald")
    c2 = Claim("c2", "b", 0, 47, t2[:47], origin="Valley Times", speaker="the company")
    pas = [
        article("a", "Coast Herald", t1, claims=[c1]),
        article("b", "Valley Times", t2, claims=[c2], citations=[cit]),
    ]
    k = count_origins(Cluster("k", ("c1", "c2")), pas, build_provenance(pas))
    assert k.independent_origins == 2 and "Harbour Wire" not in k.origins


def test_relayed_story_is_one_origin() -> None:
    # b says "..., Coast Herald reported": its claim shares a's origin
    t1 = "About 300 residents left the island before the storm."
    t2 = "About 300 residents left the island, Coast Herald reported."
    s = t2.index("Coast Herald")
    c1 = Claim("c1", "a", 0, len(t1), t1, origin="Coast Herald")
    c2 = Claim("c2", "b", 0, len(t2), t2, origin="Coast Herald", speaker="Coast Herald")
    pas = [
        article("a", "Coast Herald", t1, claims=[c1]),
        article("b", "Valley Times", t2, claims=[c2], citations=[Citation("b", "Coast Herald", "reported", s, s + 12)]),
    ]
    k = count_origins(Cluster("k", ("c1", "c2")), pas, build_provenance(pas))
    assert k.independent_origins == 1


# ---------------------------------------------------------------- origin identity and paths
# Small constructed analyses: each names its sources in the text, and the claim fields say what
# analyze.claims would have found (speaker, quote, origin, citations).


def said(aid: str, outlet: str, text: str, speaker: str, *, via: tuple[str, ...] = (), cid: str = "", **kw):
    """An article with one claim: the whole text, reported from ``speaker`` (through ``via``)."""
    q = Quote(f"q{aid}", aid, 0, len(text), text, "indirect", speaker, speaker_start=0, speaker_end=0, via=via)
    c = Claim(cid or f"c{aid}", aid, 0, len(text), text, quote=q.id, origin=via[0] if via else speaker, speaker=speaker)
    return article(aid, outlet, text, [q], [c], **kw)


def origins_of(pas: list[ArticleAnalysis]) -> Cluster:
    ids = tuple(c.id for pa in pas for c in pa.claims)
    return count_origins(Cluster("k", ids), pas, build_provenance(pas))


def test_two_people_sharing_a_surname_are_two_origins() -> None:
    pas = [
        said("a", "Fjord Post", "Maria Lund said the ferry fleet would be cut to six boats.", "Maria Lund"),
        said("b", "Tide Daily", "Oskar Lund said the ferry fleet was being cut to six boats.", "Oskar Lund"),
    ]
    assert origins_of(pas).independent_origins == 2


def test_a_bare_surname_that_fits_two_people_joins_neither() -> None:
    pas = [
        said("a", "Fjord Post", "Maria Lund said the ferry fleet would be cut to six boats.", "Maria Lund"),
        said("b", "Tide Daily", "Oskar Lund said the ferry fleet was being cut to six boats.", "Oskar Lund"),
        said("c", "Gull Times", "Lund said six boats would remain in the ferry fleet.", "Lund"),
    ]
    assert origins_of(pas).independent_origins == 3
    assert origins_of([pas[0], pas[2]]).independent_origins == 1  # one fits: the same person


def test_own_voice_claim_relies_on_what_its_article_cites() -> None:
    # b states it in its own voice, in an article that cites Delta Wire: no origin of its own
    tb = "Six boats will stay in the ferry fleet. The cut was first reported by Delta Wire."
    s = tb.index("Delta Wire")
    b = article(
        "b",
        "Tide Daily",
        tb,
        claims=[Claim("cb", "b", 0, 38, tb[:38], origin="Tide Daily")],
        citations=[Citation("b", "Delta Wire", "reported by", s, s + 10)],
    )
    a = said("a", "Fjord Post", "The fleet keeps six boats, Delta Wire reported.", "Delta Wire", via=("Delta Wire",))
    assert origins_of([a, b]).independent_origins == 1
    c = article("c", "Gull Times", tb[:38], claims=[Claim("cc", "c", 0, 38, tb[:38], origin="Gull Times")])
    assert origins_of([a, c]).independent_origins == 1  # unsourced, it repeats the wire's figure: no origin
    tc = "Seven boats will stay in the ferry fleet."
    d = article("d", "Gull Times", tc, claims=[Claim("cd", "d", 0, len(tc), tc, origin="Gull Times")])
    assert origins_of([a, d]).independent_origins == 2  # a figure of its own: an account of its own
    te = "The fleet of the ferry line keeps six of its boats."
    e = article("e", "Elm Times", te, claims=[Claim("ce", "e", 0, len(te), te, origin="Elm Times")])
    assert origins_of([c, e]).independent_origins == 2  # no named source at all: each outlet's own word


def test_surname_resolves_to_the_full_name_in_its_own_article() -> None:
    t = "Oskar Lund spoke first. Later Lund said the fleet would be cut to six boats."
    s = t.index("Later")
    q = Quote("qa", "a", s, len(t), t[s:], "indirect", "Lund", speaker_start=s + 6, speaker_end=s + 10)
    c = Claim("ca", "a", s, len(t), t[s:], quote="qa", origin="Lund", speaker="Lund")
    mention = Mention("a", 0, 10, "Oskar Lund", "PERSON")
    a = ArticleAnalysis(Article("a", t, "a", outlet="Fjord Post"), mentions=(mention,), quotes=(q,), claims=(c,))
    b = said("b", "Tide Daily", "Maria Lund said the ferry fleet was being cut to six boats.", "Maria Lund")
    assert origins_of([a, b]).independent_origins == 2
    c2 = said("c", "Gull Times", "Oskar Lund said six boats would remain in the ferry fleet.", "Oskar Lund")
    assert origins_of([a, b, c2]).independent_origins == 2


def test_acronym_and_long_form_of_one_agency_are_one_origin() -> None:
    long_form = "the Office Côtier d'Information"
    pas = [
        said("a", "Fjord Post", "Ana Riis said the quay would reopen in May.", "Ana Riis", via=(long_form,)),
        said("b", "Gull Times", "The quay will reopen in May, OCI reported.", "OCI", via=("OCI",)),
    ]
    k = origins_of(pas)
    assert k.independent_origins == 1 and len(k.origins) == 1
    # an agency whose name shares only generic words is another origin
    pas.append(said("c", "Bay Herald", "The quay will reopen in May, Office Fluvial reported.", "Office Fluvial"))
    assert origins_of(pas).independent_origins == 2


def test_a_body_described_without_its_name_is_that_body() -> None:
    pas = [
        said("a", "Fjord Post", "The licensing board says 40 berths will be withdrawn.", "The licensing board"),
        said("b", "Tide Daily", "The Harbour Licensing Board said 40 berths would go.", "The Harbour Licensing Board"),
    ]
    assert origins_of(pas).independent_origins == 1
    pas.append(said("c", "Gull Times", "The port police said 40 berths would go.", "The port police"))
    assert origins_of(pas).independent_origins == 2


def test_citation_elsewhere_in_the_article_is_not_the_claims_origin() -> None:
    # article a cites an agency for another story; its claim is told by the board itself
    t = "The licensing board says 40 berths will be withdrawn. Separately, Delta Wire reported a strike."
    s = t.index("Delta Wire")
    cit = Citation("a", "Delta Wire", "reported", s, s + 10)
    c = Claim("ca", "a", 0, 52, t[:52], quote="qa", origin="The licensing board", speaker="The licensing board")
    q = Quote("qa", "a", 0, 52, t[:52], "indirect", "The licensing board")
    a = article("a", "Fjord Post", t, [q], [c], [cit])
    b = said("b", "Tide Daily", "Forty berths will go, Delta Wire reported.", "Delta Wire", via=("Delta Wire",))
    k = origins_of([a, b])
    assert k.independent_origins == 2 and "Delta Wire" in k.origins


def test_republished_article_inherits_the_original_origin() -> None:
    t = "The old ferry terminal will close on 1 June after 60 years of service."
    credit = "This story was originally published by Fjord Post."
    tb = f"{t}\n\n{credit}"
    cit = Citation("b", "Fjord Post", "published by", tb.index("Fjord Post"), tb.index("Fjord Post") + 10)
    a = article("a", "Fjord Post", t, claims=[Claim("ca", "a", 0, len(t), t, origin="Fjord Post")])
    b = article("b", "Link Hub", tb, claims=[Claim("cb", "b", 0, len(t), t, origin="Link Hub")], citations=[cit])
    k = origins_of([a, b])
    assert k.independent_origins == 1 and k.origins == ("Fjord Post",)
    # without the copy and the credit line, two outlets' own statements are two origins
    t2 = "The ferry terminal closes in June, six decades after it opened."
    b2 = article("b", "Link Hub", t2, claims=[Claim("cb", "b", 0, len(t2), t2, origin="Link Hub")])
    assert origins_of([a, b2]).independent_origins == 2


def test_copied_wire_passage_is_one_origin_whatever_each_outlet_says() -> None:
    wire = "Three cranes collapsed at the container port during the storm on Sunday night, injuring 4 workers."
    a = article("a", "Delta Wire", wire, claims=[Claim("ca", "a", 0, len(wire), wire, origin="Delta Wire")])
    b = article("b", "Tide Daily", wire, claims=[Claim("cb", "b", 0, len(wire), wire, origin="Tide Daily")])
    other = "Four workers were hurt when cranes fell at the port."
    c = article("c", "Gull Times", other, claims=[Claim("cc", "c", 0, len(other), other, origin="Gull Times")])
    assert origins_of([a, b, c]).independent_origins == 2


def test_one_interview_cited_by_its_agency_is_one_origin() -> None:
    # b reports a body's claim "citing an interview given to" the agency that interviewed a's speaker
    ta = "Per Holm told Delta Wire that the pilots had worked 14-hour shifts."
    tb = "The pilots' association says its members worked 14-hour shifts, citing an interview given to Delta Wire."
    s = tb.index("Delta Wire")
    a = said("a", "Fjord Post", ta, "Per Holm", via=("Delta Wire",))
    qb = Quote("qb", "b", 0, len(tb), tb, "indirect", "The pilots' association")
    cb = Claim(
        "cb", "b", 0, len(tb), tb, quote="qb", origin="The pilots' association", speaker="The pilots' association"
    )
    b = article("b", "Tide Daily", tb, [qb], [cb], [Citation("b", "Delta Wire", "interview given to", s, s + 10)])
    assert origins_of([a, b]).independent_origins == 1


def test_speaker_and_the_body_they_speak_for() -> None:
    board = said(
        "a", "Fjord Post", "The Harbour Licensing Board said 40 berths would go.", "The Harbour Licensing Board"
    )
    chair = said("b", "Tide Daily", "Board chairwoman Ana Riis said 40 berths would be withdrawn.", "Ana Riis")
    chair = article("b", "Tide Daily", chair.article.text, chair.quotes, chair.claims)
    assert origins_of([board, chair]).independent_origins == 1
    # two members of one party, with no statement of the party itself: two origins
    t1 = "Ana Riis, the Coast Party's harbour spokeswoman, said 40 berths would go."
    t2 = "Per Holm of the Coast Party said 40 berths would be withdrawn."
    assert (
        origins_of(
            [said("c", "Gull Times", t1, "Ana Riis"), said("d", "Bay Herald", t2, "Per Holm")]
        ).independent_origins
        == 2
    )


def test_origins_are_counted_without_comparing_members_pairwise() -> None:
    # 400 outlets' own unrelated statements and one interview relayed 400 times: linear, and 401 origins
    pas = []
    for i in range(400):
        own = f"Outlet {i} says {1000 + i} passengers used the reopened quay."
        pas.append(
            article(
                f"o{i}", f"Outlet {i}", own, claims=[Claim(f"co{i}", f"o{i}", 0, len(own), own, origin=f"Outlet {i}")]
            )
        )
        pas.append(
            said(
                f"r{i}",
                f"Relay {i}",
                f"Ana Riis told Delta Wire the quay {i} reopened.",
                "Ana Riis",
                via=("Delta Wire",),
            )
        )
    assert origins_of(pas).independent_origins == 401


# ---------------------------------------------------------------- attribution carried to a figure (analyze.claims)


def _claim_with(claims, words):
    return next(c for c in claims if words in c.text)


def _name(origin: str | None) -> str:
    return (origin or "").lower().removeprefix("the ")


def test_unattributed_figure_takes_the_attribution_next_to_it(nlp) -> None:
    from sourcetrace.analyze.claims import find_claims

    text = (
        "The port authority said cargo volumes fell 12 percent in May, the steepest drop in a decade. "
        "Container traffic was down 9 percent.\n\n"
        "Ferry traffic was 41 percent below last year. The figure was announced by the ferry board on Monday.\n\n"
        "The mayor was elected in 2019 and has promised a new quay."
    )
    art = Article(id="a", text=text, source="a", outlet="Fjord Post")
    claims = find_claims(nlp(text), art, [], ())
    assert _name(_claim_with(claims, "Container traffic").origin) == "port authority"
    assert _name(_claim_with(claims, "Ferry traffic").origin) == "ferry board"  # named in the next sentence
    assert _claim_with(claims, "The mayor was elected").origin == "Fjord Post"  # no figure: the outlet's own


def test_direct_quote_and_distant_attribution_are_not_carried(nlp) -> None:
    from sourcetrace.analyze.claims import find_claims

    text = (
        '"We handled 300 ships this year," Ana Riis said. Cargo fell 12 percent in May.\n\n'
        "The port authority said wages rose 3 percent.\n\n"
        "The quay opened in 1990.\n\n"
        "Dredging costs 40 million euros."
    )
    s = text.index("We handled")
    q = Quote("q1", "a", s, text.index('," Ana'), "We handled 300 ships this year", "direct", "Ana Riis")
    art = Article(id="a", text=text, source="a", outlet="Fjord Post")
    claims = find_claims(nlp(text), art, [q], ())
    assert _claim_with(claims, "Cargo fell").origin == "Fjord Post"  # a direct quote is not carried on
    assert _name(_claim_with(claims, "wages rose").origin) == "port authority"
    assert _claim_with(claims, "Dredging").origin == "Fjord Post"  # two paragraphs away, other units


def test_body_that_says_something_is_its_own_origin(nlp) -> None:
    from sourcetrace.analyze.claims import find_claims

    text = (
        'The licensing board says 40 berths will be withdrawn by June. "We will fight this," Per Holm told Delta Wire.'
    )
    s = text.index("We will")
    q = Quote("q1", "a", s, s + 16, "We will fight this", "direct", "Per Holm", cue="told", via=("Delta Wire",))
    art = Article(id="a", text=text, source="a", outlet="Fjord Post")
    claims = find_claims(nlp(text), art, [q], ())
    assert _name(_claim_with(claims, "licensing board").origin) == "licensing board"
    assert _claim_with(claims, "We will fight").origin == "Delta Wire"


# ---------------------------------------------------------------- round 3: cues, paragraphs, resolved entities


CLAIM = "The ferry fleet keeps six of its boats."


def _own(aid: str, outlet: str, text: str, claim_text: str, cites: list[tuple[str, str, str]]) -> ArticleAnalysis:
    """An article with one own-voice claim and the citations (name, cue, anchor) it makes."""
    s = text.index(claim_text)
    cits = [Citation(aid, n, cue, text.index(x), text.index(x) + len(x)) for n, cue, x in cites]
    return article(aid, outlet, text, claims=[Claim(f"c{aid}", aid, s, s + len(claim_text), claim_text, origin=outlet)],
                   citations=cits)  # fmt: skip


def test_who_a_person_told_does_not_own_the_outlets_statements() -> None:
    a = said("a", "Fjord Post", "Seven boats will stay in the ferry fleet, Delta Wire reported.", "Delta Wire",
             via=("Delta Wire",))  # fmt: skip
    t = "The ferry fleet keeps six of its boats. Mayor Eva Dahl told Delta Wire she would appeal."
    b = _own("b", "Tide Daily", t, CLAIM, [("Delta Wire", "told", "Delta Wire")])
    assert origins_of([a, b]).independent_origins == 2  # the mayor's words went to the wire; the claim did not
    b2 = _own("b", "Tide Daily", t.replace("Mayor Eva Dahl told Delta Wire she would appeal", "Delta Wire reported it"),
              CLAIM, [("Delta Wire", "reported by", "Delta Wire")])  # fmt: skip
    assert origins_of([a, b2]).independent_origins == 1  # control: a report credited next to it


def test_a_report_credited_in_another_paragraph_does_not_own_a_claim() -> None:
    a = said("a", "Fjord Post", "Seven boats will stay in the ferry fleet, Delta Wire reported.", "Delta Wire",
             via=("Delta Wire",))  # fmt: skip
    t = f"{CLAIM}\n\nThe harbour was dredged in May.\n\nDelta Wire reported the dredging."
    b = _own("b", "Tide Daily", t, CLAIM, [("Delta Wire", "reported by", "Delta Wire")])
    assert origins_of([a, b]).independent_origins == 2


def test_names_the_entity_resolver_joined_are_one_source() -> None:
    pas = [
        said("a", "Fjord Post", "The port board said six boats will stay in the ferry fleet.", "Elm Port Board"),
        said("b", "Tide Daily", "The harbour body said six boats would remain in service.", "Harbour Authority of Elm"),
    ]
    ids = tuple(c.id for pa in pas for c in pa.claims)
    assert count_origins(Cluster("k", ids), pas, build_provenance(pas)).independent_origins == 2

    def entity_of(article: str, start: int | None, end: int | None, surface: str | None) -> str | None:
        return "e1" if surface in ("Elm Port Board", "Harbour Authority of Elm") else None

    assert count_origins(Cluster("k", ids), pas, build_provenance(pas), entity_of).independent_origins == 1


def test_a_named_bodys_finding_is_its_own_origin(nlp) -> None:
    from sourcetrace.analyze.claims import find_claims

    text = (
        "The Ostwick laboratory found traces of the solvent in nine of the twelve batches it tested.\n\n"
        "Our reporter found the warehouse gates locked on Tuesday."
    )
    art = Article(id="a", text=text, source="a", outlet="Fjord Post")
    claims = find_claims(nlp(text), art, [], ())
    assert "ostwick laboratory" in _name(_claim_with(claims, "nine of the twelve").origin)
    assert _claim_with(claims, "warehouse gates").origin == "Fjord Post"  # an unnamed person: the outlet


def _lookup(table: dict[str, str]):
    def entity_of(article: str, start: int | None, end: int | None, surface: str | None) -> str | None:
        return table.get(surface or "")

    return entity_of


def test_a_name_cut_short_is_the_organisation_the_article_names_in_full() -> None:
    t = "Fjord Radio and Television (FRT) reported on Monday that the harbour had closed."
    c = Claim("ca", "a", 0, len(t), t, origin="Fjord Radio", speaker="Fjord Radio")
    a = ArticleAnalysis(
        Article("a", t, "a", outlet="Coast Herald"),
        mentions=(Mention("a", 0, 30, "Fjord Radio and Television", "ORG"), Mention("a", 32, 35, "FRT", "ORG")),
        claims=(c,),
        citations=(Citation("a", "Fjord Radio", "radio", 0, 11),),
    )
    t2 = "The harbour closed on Monday."
    b = article("b", "FRT News", t2, claims=[Claim("cb", "b", 0, len(t2), t2, origin="FRT News")])
    pas = [a, b]
    lookup = _lookup({"Fjord Radio and Television": "e1", "FRT News": "e1", "FRT": "e1"})
    k = count_origins(Cluster("k", ("ca", "cb")), pas, build_provenance(pas), lookup)
    assert k.independent_origins == 1 and k.origins == ("Fjord Radio and Television",)


def test_an_unnamed_spokesman_speaks_for_the_body_the_article_names() -> None:
    t = "The Ministry of Ports said the quay was safe. The ministry shut the quay on Monday, a ministry spokesman said."
    s = t.index("The ministry shut")
    said_ = "The ministry shut the quay on Monday"
    q = Quote(
        "qa", "a", s, s + len(said_), said_, "indirect", "a ministry spokesman", t.index("a ministry"), len(t) - 6
    )
    a = ArticleAnalysis(
        Article("a", t, "a", outlet="Wire One"),
        mentions=(Mention("a", 0, 21, "The Ministry of Ports", "ORG"),),
        quotes=(q,),
        claims=(
            Claim("ca", "a", s, len(t) - 1, t[s:-1], quote="qa", origin="Wire One", speaker="a ministry spokesman"),
        ),
    )
    b = said("b", "Tide Daily", "The Ministry of Ports said it shut the quay on Monday.", "Ministry of Ports")
    ids = ("ca", *(c.id for c in b.claims))
    assert count_origins(Cluster("k", ids), [a, b], build_provenance([a, b])).independent_origins == 1


def test_an_unnamed_spokesman_speaks_for_the_described_body_the_article_quotes() -> None:
    t = "Varnel's port ministry said the quay was safe. The quay shut on Monday, a ministry spokesman said."
    s = t.index("The quay shut")
    said_ = "The quay shut on Monday"
    q0 = Quote("q0", "a", 28, 45, "the quay was safe", "indirect", "Varnel's port ministry", 0, 22)
    q = Quote(
        "qa", "a", s, s + len(said_), said_, "indirect", "a ministry spokesman", t.index("a ministry"), len(t) - 6
    )
    a = ArticleAnalysis(
        Article("a", t, "a", outlet="Wire One"),
        mentions=(Mention("a", 0, 6, "Varnel", "GPE"),),
        quotes=(q0, q),
        claims=(
            Claim("ca", "a", s, len(t) - 1, t[s:-1], quote="qa", origin="Wire One", speaker="a ministry spokesman"),
        ),
    )
    t2 = "The quay was shut on Monday. It will reopen in May, the port ministry said."
    q2 = Quote("qb", "b", 29, 50, "It will reopen in May", "indirect", "the port ministry", 52, 69)
    b = article("b", "Tide Daily", t2, [q2], [Claim("cb", "b", 0, 28, t2[:28], origin="Tide Daily")])
    ids = ("ca", "cb")
    assert count_origins(Cluster("k", ids), [a, b], build_provenance([a, b])).independent_origins == 1


def test_an_origin_is_shown_by_its_full_name() -> None:
    pas = [
        said("a", "Coast Herald", "FRT said the harbour closed on Monday.", "FRT"),
        said("b", "Tide Daily", "FRT said the harbour shut on Monday.", "FRT"),
        said("c", "Elm Times", "Fjord Radio and Television said the harbour closed.", "Fjord Radio and Television"),
    ]
    ids = tuple(c.id for pa in pas for c in pa.claims)
    lookup = _lookup({"Fjord Radio and Television": "e1", "FRT": "e1"})
    k = count_origins(Cluster("k", ids), pas, build_provenance(pas), lookup)
    assert k.origins == ("Fjord Radio and Television",)


def test_an_unnamed_persons_words_are_also_the_outlets_that_heard_them() -> None:
    # the outlet heard the mayor too: its unnamed source is no more independent than its own voice
    t = "Six boats will stay, a port authority spokeswoman said. Mayor Eva Dahl said the fleet was safe."
    q = Quote("qa", "a", 0, 19, "Six boats will stay", "indirect", "a port authority spokeswoman", 21, 49)
    q2 = Quote("qa2", "a", 77, 95, "the fleet was safe", "indirect", "Eva Dahl", 62, 70)
    a = ArticleAnalysis(
        Article("a", t, "a", outlet="Wire One"),
        mentions=(Mention("a", 0, 0, "Elm Port Authority", "ORG"), Mention("a", 62, 70, "Eva Dahl", "PERSON")),
        quotes=(q, q2),
        claims=(
            Claim("ca", "a", 0, 19, t[:19], quote="qa", origin="Wire One", speaker="a port authority spokeswoman"),
        ),
    )
    b = said("b", "Tide Daily", "Eva Dahl said six boats would stay in the fleet.", "Eva Dahl")
    assert count_origins(Cluster("k", ("ca", "cb")), [a, b], build_provenance([a, b])).independent_origins == 1


def test_the_sources_an_article_quotes_are_named_as_the_entity_resolver_joined_them() -> None:
    t = "Five boats will stay in the fleet. The Elm Port Board said the quay was safe."
    q = Quote("qa", "a", 59, 76, "the quay was safe", "indirect", "Elm Port Board", 39, 53)
    a = article("a", "Wire One", t, [q], [Claim("ca", "a", 0, 33, t[:33], origin="Wire One")])
    b = said("b", "Tide Daily", "The harbour body said six boats would stay in the fleet.", "Harbour Authority of Elm")
    pas = [a, b]
    assert count_origins(Cluster("k", ("ca", "cb")), pas, build_provenance(pas)).independent_origins == 2
    lookup = _lookup({"Elm Port Board": "e1", "Harbour Authority of Elm": "e1"})
    assert count_origins(Cluster("k", ("ca", "cb")), pas, build_provenance(pas), lookup).independent_origins == 1


def test_organisers_from_a_banned_body_with_its_acronym_speak_for_it() -> None:
    t1 = "Organisers from the outlawed Tarn Renewal League (TRL) said the march began at 9 p.m."
    t2 = "The Tarn Renewal League said the march began at 9 p.m."
    pas = [
        said("a", "Fjord Post", t1, "Organisers from the outlawed Tarn Renewal League (TRL)"),
        said("b", "Tide Daily", t2, "The Tarn Renewal League"),
    ]
    k = origins_of(pas)
    assert k.independent_origins == 1
    assert len(k.origins) == 1 and k.origins[0].endswith("Tarn Renewal League")  # the body, not its organisers


def test_a_minister_titled_after_a_dateline_speaks_for_the_ministry() -> None:
    t1 = "VARNEL, 3 May (FNA) \u2013 Harbour Minister Dr. Ivo Brandt said the quay would reopen in June."
    t2 = "The Harbour Ministry said the quay would reopen in June, after repairs."
    t3 = "Velland's harbour minister, Ivo Brandt, told reporters the quay would open again in June."
    pas = [
        said("a", "Fjord Post", t1, "Ivo Brandt"),
        said("b", "Tide Daily", t2, "The Harbour Ministry"),
        said("c", "Gull Times", t3, "Ivo Brandt"),
    ]
    assert origins_of(pas[:2]).independent_origins == 1  # "Minister Dr." is a role, kept before the title
    assert origins_of([pas[1], pas[2]]).independent_origins == 1  # "X's harbour minister, Ivo Brandt"


def test_a_body_described_by_its_kind_is_the_named_body_with_those_words() -> None:
    t = "The Varnel Civil Rights Watch, an exile group, said 30 people were held. The rights group said police fired."
    s = t.index("The rights group")
    c = Claim("ca", "a", s, len(t), t[s:], origin="Wire One", speaker="The rights group")
    a = ArticleAnalysis(
        Article("a", t, "a", outlet="Wire One"),
        mentions=(Mention("a", 0, 29, "The Varnel Civil Rights Watch", "ORG"),),
        claims=(c,),
    )
    b = said(
        "b", "Tide Daily", "Varnel Civil Rights Watch said police fired on the crowd.", "Varnel Civil Rights Watch"
    )
    assert count_origins(Cluster("k", ("ca", "cb")), [a, b], build_provenance([a, b])).independent_origins == 1
    # the description's own words must be in the name: "the trade group" is not that body
    t2 = t.replace("The rights group", "The trade group")
    c2 = Claim("ca", "a", s, len(t2), t2[s:], origin="Wire One", speaker="The trade group")
    a2 = ArticleAnalysis(Article("a", t2, "a", outlet="Wire One"), mentions=a.mentions, claims=(c2,))
    assert count_origins(Cluster("k", ("ca", "cb")), [a2, b], build_provenance([a2, b])).independent_origins == 2


def test_a_role_written_only_before_the_full_name_ties_the_surname_to_the_body() -> None:
    # "Interior Minister Dr. Jan Varnel ... Dr. Varnel said": the role is looked up under the full name
    t = "Interior Minister Dr. Jan Varnel opened the briefing on Friday. Three people died in a crush, Dr. Varnel said."
    s = t.index("Three")
    q = Quote("qa", "a", s, t.index(", Dr. V"), t[s : t.index(", Dr. V")], "indirect", "Dr. Varnel",
              t.index("Dr. Varnel"), t.index("Dr. Varnel") + 10)  # fmt: skip
    c = Claim("ca", "a", s, len(t) - 1, t[s:-1], quote="qa", origin="Dr. Varnel", speaker="Dr. Varnel")
    a = ArticleAnalysis(
        Article("a", t, "a", outlet="Wire One"),
        mentions=(Mention("a", t.index("Jan"), t.index("Jan") + 10, "Jan Varnel", "PERSON"),),
        quotes=(q,),
        claims=(c,),
    )
    b = said("b", "Tide Daily", "The Interior Ministry said three people died in a crush.", "The Interior Ministry")
    assert count_origins(Cluster("k", ("ca", "cb")), [a, b], build_provenance([a, b])).independent_origins == 1


def test_an_outlets_own_statement_never_bridges_two_sources_it_carries() -> None:
    # Delta Wire carries the ministry's and the coast guard's accounts and says something in its own voice
    own = "The trawler's crew were taken ashore on Sunday."
    pas = [
        said("a", "Delta Wire", "The Harbour Ministry said 17 fishermen were on board.", "The Harbour Ministry"),
        said("b", "Delta Wire", "The Elm Coast Guard said 14 crew were on board.", "The Elm Coast Guard"),
        article("c", "Delta Wire", own, claims=[Claim("cc", "c", 0, len(own), own, origin="Delta Wire")]),
    ]
    assert origins_of(pas).independent_origins == 2  # it relies on one of them, and proves neither the other
    assert origins_of([pas[0], pas[2]]).independent_origins == 1  # one source carried: no more independent


def test_an_acronym_the_article_defines_in_brackets_is_that_body_whatever_its_letters() -> None:
    # the acronym of the name in another language: "SGT" spells no initials of the English name
    t = "The Federation of Tarn Miners (SGT) met on Monday. The SGT has called a strike for Friday."
    s = t.index("The SGT")
    c = Claim("ca", "a", s, len(t) - 1, t[s:-1], origin="The SGT", speaker="The SGT")
    a = ArticleAnalysis(
        Article("a", t, "a", outlet="Wire One"),
        mentions=(Mention("a", 4, 29, "Federation of Tarn Miners", "ORG"), Mention("a", 31, 34, "SGT", "ORG")),
        claims=(c,),
    )
    tb = "The Federation of Tarn Miners has called a strike on Friday."
    b = said("b", "Tide Daily", tb, "Federation of Tarn Miners")
    k = count_origins(Cluster("k", ("ca", "cb")), [a, b], build_provenance([a, b]))
    assert k.independent_origins == 1 and k.origins == ("Federation of Tarn Miners",)


def test_a_commander_named_after_the_role_and_a_rank_speaks_for_the_body() -> None:
    t1 = "The commander of the Elm Coast Guard, Rear Admiral Ivo Brandt, said the trawler was boarded at dawn."
    t2 = "The Elm Coast Guard said its crew boarded the trawler at dawn."
    pas = [said("a", "Fjord Post", t1, "Ivo Brandt"), said("b", "Tide Daily", t2, "The Elm Coast Guard")]
    assert origins_of(pas).independent_origins == 1
    from sourcetrace.link.origins import affiliations

    t3 = "Lieutenant Commander Ana Riis, a coast guard spokeswoman, said the trawler was boarded at dawn."
    assert "Lieutenant" not in affiliations("Ana Riis", said("c", "Gull Times", t3, "Ana Riis"))  # a rank, no body


def test_a_claim_relaying_a_bodys_statement_depends_on_that_body() -> None:
    # "Asked about the company's statement that ..., Holm said": the claim carries the company's words
    t = (
        "Asked about the company's statement that a contractor had started the fire, Per Holm said the sprinklers "
        "were off. The company, Fjord Freight Lines, did not respond."
    )
    end = t.index(" The company,")
    q = Quote("qa", "a", 0, end, t[:end], "indirect", "Per Holm", t.index("Per Holm"), t.index("Per Holm") + 8)
    a = ArticleAnalysis(
        Article("a", t, "a", outlet="Wire One"),
        mentions=(
            Mention("a", t.index("Per Holm"), t.index("Per Holm") + 8, "Per Holm", "PERSON"),
            Mention("a", t.index("Fjord Freight"), t.index("Fjord Freight") + 19, "Fjord Freight Lines", "ORG"),
        ),
        quotes=(q,),
        claims=(Claim("ca", "a", 0, end, t[:end], quote="qa", origin="Per Holm", speaker="Per Holm"),),
    )
    b = said("b", "Tide Daily", "Fjord Freight Lines said a contractor started the fire.", "Fjord Freight Lines")
    assert count_origins(Cluster("k", ("ca", "cb")), [a, b], build_provenance([a, b])).independent_origins == 1


def test_a_minister_with_no_portfolio_named_speaks_for_the_ministry() -> None:
    pas = [
        said("a", "Fjord Post", "Minister Ivo Brandt said the quay would reopen in June.", "Minister Ivo Brandt"),
        said("b", "Tide Daily", "The Harbour Ministry said the quay would reopen in June.", "The Harbour Ministry"),
    ]
    assert origins_of(pas).independent_origins == 1
    # with two ministries in the cluster, the bare role fits neither
    pas.append(said("c", "Gull Times", "The Finance Ministry said the quay reopens in June.", "The Finance Ministry"))
    assert origins_of(pas).independent_origins == 3


def test_a_claim_naming_its_own_source_beats_a_speaker_carried_from_another_sentence() -> None:
    # "The Varnel foreign ministry accused ...": the claim names its source, whatever speaker the quote
    # finder carried over from an earlier sentence (another body, or a paper the article cites)
    t = 'The prosecutor\'s office charged Jan Holm. The Varnel foreign ministry accused Sarn of "bad faith".'
    s = t.index("The Varnel")
    q = Quote("qa", "a", t.index("bad faith"), len(t) - 2, "bad faith", "direct", "The prosecutor's office", 0, 23)
    c = Claim(
        "ca", "a", s, len(t), t[s:], quote="qa", origin="The prosecutor's office", speaker="The prosecutor's office"
    )
    a = article("a", "Wire One", t, [q], [c])
    b = said("b", "Tide Daily", "The Varnel foreign ministry accused Sarn of bad faith.", "The foreign ministry")
    assert origins_of([a, b]).independent_origins == 1
    t2 = "Ola Brin spoke of hunger, Fjord Post reported. The company said the ship was safe."
    s2 = t2.index("The company")
    q2 = Quote("qc", "c", s2 + 17, len(t2) - 1, "the ship was safe", "indirect", "Fjord Post", 26, 36)
    c2 = Claim("cc", "c", s2, len(t2), t2[s2:], quote="qc", origin="Fjord Post", speaker="Fjord Post")
    cit = Citation("c", "Fjord Post", "reported", 26, 36)
    c3 = article("c", "Gull Times", t2, [q2], [c2], [cit])
    d = said("d", "Elm Times", "Fjord Post reported that the ship was safe.", "Fjord Post")
    assert origins_of([c3, d]).independent_origins == 2  # the company's words, not the paper's report
    # a description the quote finder resolved to a name it fits stays that name
    t3 = "Fjord Freight Lines runs the route. The company said the ship was safe."
    s3 = t3.index("The company")
    q3 = Quote("qe", "e", s3 + 17, len(t3) - 1, "the ship was safe", "indirect", "Fjord Freight Lines", 0, 19)
    c4 = Claim("ce", "e", s3, len(t3), t3[s3:], quote="qe", origin="Fjord Freight Lines", speaker="Fjord Freight Lines")
    e = article("e", "Gull Times", t3, [q3], [c4])
    f = said("f", "Elm Times", "Fjord Freight Lines said the ship was safe.", "Fjord Freight Lines")
    assert origins_of([e, f]).independent_origins == 1


def test_a_speaker_cut_before_the_body_it_owns_is_that_body() -> None:
    # "according to Varnel's interior ministry" with the speaker cut to "Varnel": the ministry speaks
    t = "Some 40 of those on the list were Varnel nationals, according to Varnel's interior ministry."
    at = t.index("Varnel's")
    q = Quote("qa", "a", 0, t.index(","), t[: t.index(",")], "indirect", "Varnel", at, at + 6)
    c = Claim("ca", "a", 0, len(t), t, quote="qa", origin="Varnel", speaker="Varnel")
    a = ArticleAnalysis(
        Article("a", t, "a", outlet="Wire One"),
        mentions=(Mention("a", at, at + 6, "Varnel", "GPE"),),
        quotes=(q,),
        claims=(c,),
    )
    t2 = "Varnel's interior ministry said 40 Varnel nationals were on the list."
    q2 = Quote("qb", "b", 27, len(t2) - 1, t2[27:-1], "indirect", "Varnel's interior ministry", 0, 26)
    b = ArticleAnalysis(
        Article("b", t2, "b", outlet="Tide Daily"),
        mentions=(Mention("b", 0, 6, "Varnel", "GPE"),),
        quotes=(q2,),
        claims=(Claim("cb", "b", 0, len(t2), t2, quote="qb", speaker="Varnel's interior ministry"),),
    )
    assert origins_of([a, b]).independent_origins == 1


def test_a_group_of_people_is_one_source_whatever_its_quantifier() -> None:
    pas = [
        said("a", "Fjord Post", "Several witnesses said the tower fell just after noon.", "Several witnesses"),
        said("b", "Tide Daily", "Some witnesses said the tower collapsed shortly after noon.", "Some witnesses"),
    ]
    assert origins_of(pas).independent_origins == 1


def test_a_description_written_right_before_a_name_resolves_to_it() -> None:
    # "run by the Brisk company Fjord Freight Lines": "the company" later in the article is that firm,
    # even where the entity recogniser did not find the name
    t = "The Gull II barge, run by the Varnel company Fjord Freight Lines, sank. The company said a gust hit it."
    s = t.index("The company")
    q = Quote("qa", "a", s + 17, len(t) - 1, t[s + 17 : -1], "indirect", "The company", s, s + 11)
    a = article("a", "Wire One", t, [q], [Claim("ca", "a", s, len(t), t[s:], quote="qa", speaker="The company")])
    b = said("b", "Tide Daily", "Fjord Freight Lines said a gust hit the barge.", "Fjord Freight Lines")
    assert origins_of([a, b]).independent_origins == 1


def _own_voice(aid: str, outlet: str, text: str) -> ArticleAnalysis:
    """An article with one claim in the outlet's own voice (the whole text)."""
    return article(aid, outlet, text, claims=[Claim(f"c{aid}", aid, 0, len(text), text, origin=outlet)])


def test_an_unattributed_claim_citing_a_bodys_records_is_that_bodys_word() -> None:
    t = "The Gull Museum of Art lent the cup. The museum's inventory lists 2,314 coins."
    s = t.index("The museum's")
    a = article("a", "Wire One", t, claims=[Claim("ca", "a", s, len(t), t[s:], origin="Wire One")])
    a = ArticleAnalysis(a.article, mentions=(Mention("a", 0, 22, "The Gull Museum of Art", "ORG"),), claims=a.claims)
    t2 = "The museum, which has counted them twice, lists 2,314."
    b = ArticleAnalysis(
        Article("b", "The Gull Museum of Art agreed. " + t2, "b", outlet="Tide Daily"),
        mentions=(Mention("b", 0, 22, "The Gull Museum of Art", "ORG"),),
        claims=(Claim("cb", "b", 31, 31 + len(t2), t2, origin="Tide Daily"),),
    )
    c = said("c", "Elm Times", "The Gull Museum of Art said it holds 2,314 coins.", "The Gull Museum of Art")
    assert origins_of([a, b, c]).independent_origins == 1


def test_a_crowd_credited_in_several_outlets_is_one_source() -> None:
    # "..., according to witnesses" / "Witnesses put the time at noon": the witnesses, not each outlet
    pas = [
        _own_voice("a", "Fjord Post", "The tower fell just after noon, according to witnesses."),
        _own_voice("b", "Tide Daily", "Witnesses put the time of the collapse just after noon."),
    ]
    assert origins_of(pas).independent_origins == 1


def test_a_description_another_article_sets_beside_a_name_is_that_name() -> None:
    # "the operator, Fjord Freight Ltd" in one article: "the operator" in another that names no operator
    t = "Ola Brin blamed the operator, Fjord Freight Ltd, for the delay. The barge left at 9 a.m., he said."
    s = t.index("The barge")
    q = Quote("qa", "a", s, s + 24, t[s : s + 24], "indirect", "Ola Brin", 0, 8)
    at = t.index("Fjord")
    a = ArticleAnalysis(
        Article("a", t, "a", outlet="Wire One"),
        mentions=(Mention("a", at, at + 17, "Fjord Freight Ltd", "ORG"),),
        quotes=(q,),
        claims=(Claim("ca", "a", s, len(t), t[s:], quote="qa", speaker="Ola Brin"),),
    )
    b = said("b", "Tide Daily", "The barge left at 9 a.m., the operator said.", "the operator")
    c = said("c", "Elm Times", "Fjord Freight Ltd said the barge left at 9 a.m.", "Fjord Freight Ltd")
    assert origins_of([a, b, c]).independent_origins == 2  # Ola Brin; the operator and Fjord Freight are one


def test_a_body_urging_others_is_the_origin_of_an_unattributed_claim() -> None:
    # "The board urged ...": the board's word, not the wire's own
    t = "The Varnel Harbour Board met on Friday. The board urged both ports to keep their fees low."
    s = t.index("The board")
    a = article("a", "Wire One", t, claims=[Claim("ca", "a", s, len(t), t[s:], origin="Wire One")])
    a = ArticleAnalysis(a.article, mentions=(Mention("a", 0, 23, "The Varnel Harbour Board", "ORG"),), claims=a.claims)
    b = said(
        "b", "Tide Daily", "The Varnel Harbour Board said both ports should keep fees low.", "The Varnel Harbour Board"
    )
    assert origins_of([a, b]).independent_origins == 1


def test_a_claim_about_a_bodys_own_statement_depends_on_that_body() -> None:
    # "X will surely issue its usual statement calling for ...": X's words, foretold by the outlet
    pas = [
        _own_voice(
            "a", "Fjord Post", "The Varnel Harbour Board will surely issue its usual statement calling for calm."
        ),
        said("b", "Tide Daily", "The Varnel Harbour Board called for calm at the docks.", "The Varnel Harbour Board"),
    ]
    assert origins_of(pas).independent_origins == 1


def test_a_state_as_speaker_speaks_through_the_officials_the_article_gives_it() -> None:
    # "Varnel shut its ports, saying ...": Varnel's government (its minister), not the Varnel Port Authority
    t = (
        "The Varnel Port Authority counted 40 ships. Varnel's Interior Minister Jane Doe spoke on Monday. "
        "Varnel shut its ports on Monday, saying it had to protect its fleet."
    )
    s = t.index("Varnel shut")
    q = Quote("qa", "a", s, len(t), t[s:], "indirect", "Varnel", s, s + 6)
    a = ArticleAnalysis(
        Article("a", t, "a", outlet="Wire One"),
        mentions=(Mention("a", 0, 26, "The Varnel Port Authority", "ORG"),),
        quotes=(q,),
        claims=(Claim("ca", "a", s, len(t), t[s:], quote="qa", speaker="Varnel"),),
    )
    b = said("b", "Tide Daily", "Jane Doe said the ports were shut on Monday.", "Jane Doe")
    c = said("c", "Elm Times", "The Varnel Port Authority said the ports shut on Monday.", "The Varnel Port Authority")
    k = origins_of([a, b, c])
    assert k.independent_origins == 2 and "Varnel" in k.origins  # Varnel and its minister; the authority
    assert state_organs("Velmora", "Velmora's board met Velmora's chief executive, Jo Li.") == []


def test_a_name_cut_after_a_linking_word_is_never_the_origins_label() -> None:
    # "The Harbour Board of" (cut by the recogniser) is shown by its full name
    pas = [
        said("a", "Wire One", "The Harbour Board of said fees rise.", "The Harbour Board of"),
        said("b", "Elm Times", "The Harbour Board of said fees will rise.", "The Harbour Board of"),
        said("c", "Tide Daily", "The Harbour Board of Varnel said fees rise.", "The Harbour Board of Varnel"),
    ]
    k = origins_of(pas)
    assert k.independent_origins == 1 and k.origins == ("The Harbour Board of Varnel",)


def test_a_bodys_name_written_in_lower_case_after_its_owner_is_that_body() -> None:
    # "Varnel's national heritage board" is the Varnel National Heritage Board
    pas = [
        said(
            "a",
            "Wire One",
            "Varnel's national heritage board dated the wall to 1120.",
            "Varnel's national heritage board",
        ),
        said(
            "b",
            "Tide Daily",
            "The Varnel National Heritage Board says the old wall was built in 1120.",
            "The Varnel National Heritage Board",
        ),
    ]
    assert origins_of(pas).independent_origins == 1


def own(aid: str, outlet: str, text: str) -> ArticleAnalysis:
    """An article with one claim in the outlet's own voice: the whole text."""
    return article(aid, outlet, text, claims=[Claim(f"c{aid}", aid, 0, len(text), text, origin=outlet)])


def test_a_source_keeping_the_figure_back_is_no_origin_of_it() -> None:
    # "It did not give a number": the outlet tells of a silence, not of the count
    told = said("a", "Wire One", "Jane Doe said 40 passengers were still missing.", "Jane Doe")
    silent = own("b", "Elm Times", "It did not give a number for those still missing.")
    coy = said(
        "c", "Tide Daily", "The coast guard declined to say how many passengers were still missing.", "coast guard"
    )
    late = said("d", "Fjord Post", "The ferry company has yet to give a figure for the missing.", "The ferry company")
    k = origins_of([told, silent, coy, late])
    assert k.independent_origins == 1 and k.origins == ("Jane Doe",)
    assert not withholds("The operator did not provide life jackets to the 40 passengers.")  # a deed, not a silence
    more = own("e", "Elm Times", "It did not give a number, but said 45 passengers were still missing.")
    assert origins_of([told, more]).independent_origins == 2  # a figure told after all


def test_a_long_subject_that_tells_nothing_still_keeps_the_fact_back() -> None:
    # the subject is long, but only says who the silent source is
    assert withholds("Inspectors of a relief agency who toured the depot before the storm declined to comment.")
    told = said("a", "Wire One", "The ferry left from the north pier of Varnel harbour, Jane Doe said.", "Jane Doe")
    coy = own(
        "b",
        "Elm Times",
        "Officials of the shipping board who inspected the pier before the sailing declined to comment.",
    )
    assert origins_of([told, coy]).independent_origins == 1
    # a long subject that tells something (a figure, a verb of saying) is a telling
    assert not withholds("The board said 40 passengers had boarded at the north pier and declined to comment further.")
    assert not withholds("Officials of the board, who counted 40 passengers at the pier, declined to comment.")


def test_a_participle_presupposing_the_claim_before_a_name_is_no_origin_of_it() -> None:
    # "a march called by the banned Fjord Workers League" takes the ban as known; it does not tell it
    wire = own("a", "Wire One", "The Fjord Workers League was banned in 2017.")
    mayor = said(
        "b", "Tide Daily", "Mayor Jo Li said a march called by the banned Fjord Workers League ended calmly.", "Jo Li"
    )
    k = origins_of([wire, mayor])
    assert k.independent_origins == 1 and k.origins == ("Wire One",)
    stated = said("c", "Tide Daily", "Jo Li said the League had been banned by decree in 2017.", "Jo Li")
    assert origins_of([wire, stated]).origins == ("Jo Li",)  # the mayor tells the ban himself
    counted = said("d", "Elm Times", "Jo Li said the banned Fjord Workers League had 300 members.", "Jo Li")
    three = own("e", "Wire One", "The Fjord Workers League, which had 300 members, was banned in 2017.")
    assert origins_of([three, counted]).origins == ("Jo Li",)  # a figure shared: a telling


def test_authorities_in_a_state_and_its_ministry_are_one_source() -> None:
    # "Authorities in Varnel say ..." and "Varnel's harbour ministry said ...": Varnel's state, told twice
    pas = [
        said("a", "Fjord Post", "Authorities in Varnel say the barge sank at about 4 p.m.", "Authorities in Varnel"),
        said("b", "Tide Daily", "Varnel's harbour ministry said the barge sank at 4 p.m.", "Varnel's harbour ministry"),
    ]
    assert origins_of(pas).independent_origins == 1
    other = said("c", "Elm Times", "Authorities in Brisk say the barge sank at 4 p.m.", "Authorities in Brisk")
    assert origins_of([pas[1], other]).independent_origins == 2  # another state's authorities


def test_a_named_member_of_a_crowd_and_the_crowd_are_one_source() -> None:
    # "Witnesses said ..." in one outlet, the one witness the story names in another: one account
    t = (
        "Mira Solne, who witnessed the collapse from her balcony, spoke on Sunday. "
        "The tower fell just after noon, Mira Solne said."
    )
    s = t.index("The tower")
    q = Quote("qa", "a", s, len(t) - 1, t[s:-1], "indirect", "Mira Solne", t.rindex("Mira"), len(t) - 6)
    a = article("a", "Fjord Post", t, [q], [Claim("ca", "a", s, len(t), t[s:], quote="qa", speaker="Mira Solne")])
    b = said("b", "Tide Daily", "Witnesses said the tower fell shortly after noon.", "Witnesses")
    assert origins_of([a, b]).independent_origins == 1
    # a named person the story never places among the witnesses is a source of her own
    t2 = "Mira Solne, a city engineer, spoke on Sunday. The tower fell just after noon, Mira Solne said."
    s2 = t2.index("The tower")
    q2 = Quote("qa", "a", s2, len(t2) - 1, t2[s2:-1], "indirect", "Mira Solne", t2.rindex("Mira"), len(t2) - 6)
    a2 = article(
        "a", "Fjord Post", t2, [q2], [Claim("ca", "a", s2, len(t2), t2[s2:], quote="qa", speaker="Mira Solne")]
    )
    assert origins_of([a2, b]).independent_origins == 2
    # nor is one who only speaks of the witnesses; "witness Mira Solne" is one of them
    leads = (("Mira Solne said the witnesses were wrong.", 2), ("Witnesses spoke to Mira Solne.", 2))
    for lead, n in (*leads, ("The witness Mira Solne spoke.", 1)):
        t3 = f"{lead} The tower fell just after noon, Mira Solne said."
        s3 = t3.index("The tower")
        q3 = Quote("qa", "a", s3, len(t3) - 1, t3[s3:-1], "indirect", "Mira Solne", t3.rindex("Mira"), len(t3) - 6)
        c3 = Claim("ca", "a", s3, len(t3), t3[s3:], quote="qa", speaker="Mira Solne")
        assert origins_of([article("a", "Fjord Post", t3, [q3], [c3]), b]).independent_origins == n


def test_an_outlets_own_statement_relies_on_the_body_of_the_minister_it_quotes() -> None:
    # Fjord Radio quotes Harbour Minister Jane Doe and states the hour in its own voice; another outlet
    # has the hour from the harbour ministry: the ministry's words reached Fjord Radio through its minister
    said_ = "Harbour Minister Jane Doe said on Sunday that the port would stay closed."
    own = "The barge sank at about 4 p.m. near the outer pier."
    t = f"{said_} {own}"
    q = Quote("qa", "a", 0, len(said_), said_, "indirect", "Jane Doe", 16, 24)
    c = Claim("ca", "a", len(said_) + 1, len(t), own, origin="Fjord Radio")
    a = article("a", "Fjord Radio", t, [q], [c])
    b = said("b", "Tide Daily", "The harbour ministry said the barge sank at 4 p.m.", "The harbour ministry")
    assert origins_of([a, b]).independent_origins == 1


def test_state_of_a_speaker() -> None:
    assert state_of("Authorities in Varnel") == ("Varnel", True)
    assert state_of("Varnel's government") == ("Varnel", True)
    assert state_of("Varnel's harbour ministry") == ("Varnel", False)
    assert state_of("the Varnelian authorities") is None  # an adjective, not the state's name
    assert state_of("Varnel's harbour board") is None  # not an organ only a state has


def test_a_piece_of_work_by_a_body_speaks_for_that_body() -> None:
    # "A preliminary review by the Varnel Institute of Hydrology found ...": the institute's word
    t = "A preliminary review by the Varnel Institute of Hydrology (VIH) found that the weir was overtopped at dawn."
    end = len("A preliminary review")
    q = Quote("qa", "a", 0, len(t), t, "indirect", "A preliminary review", speaker_start=0, speaker_end=end)
    c = Claim("ca", "a", 0, len(t), t, quote="qa", origin="Fjord Post", speaker="A preliminary review")
    a = article("a", "Fjord Post", t, [q], [c])
    b = said(
        "b",
        "Tide Daily",
        "The Varnel Institute of Hydrology said the weir was overtopped at dawn.",
        "The Varnel Institute of Hydrology",
    )
    k = origins_of([a, b])
    assert k.independent_origins == 1 and "Varnel Institute of Hydrology" in k.origins[0]
    other = origins_of([a, said("c", "Gull Times", "Jane Doe said the weir was overtopped.", "Jane Doe")])
    assert other.independent_origins == 2 and "Fjord Post" not in other.origins


def test_a_member_of_a_bodys_board_speaks_for_the_body_and_a_bare_role_is_no_carrier() -> None:
    # "According to the Chairman of the Supervisory Board of the X Authority, Mr. J. Doe, ...": the authority's word
    lead = "According to the Chairman of the Supervisory Board of the Fjord Harbour Authority (FHA), Mr. Jon Varnel, "
    t = lead + "the quay was repaired in April."
    s = lead.index("Mr. Jon Varnel")
    q = Quote("qa", "a", 0, len(t), t, "indirect", "Mr. Jon Varnel", speaker_start=s, speaker_end=s + 14)
    c = Claim("ca", "a", 0, len(t), t, quote="qa", origin="Mr. Jon Varnel", speaker="Mr. Jon Varnel")
    cit = Citation("a", "the Chairman", "according to", 0, len("According to the Chairman"))
    a = article("a", "Bay Herald", t, [q], [c], [cit])
    b = said(
        "b",
        "Tide Daily",
        "The Fjord Harbour Authority said the quay was repaired in April.",
        "The Fjord Harbour Authority",
    )
    k = origins_of([a, b])
    assert k.independent_origins == 1 and "Chairman" not in k.origins


def test_a_part_of_a_body_named_with_of_speaks_for_that_body() -> None:
    assert (
        whole_of("Regional Office of the Varnel Institute for Flood Studies (VIFS)")
        == "Varnel Institute for Flood Studies"
    )
    t = "The commission of the Ministry of Ports found that the quay was repaired in April."
    assert whole_of("The commission", t, len("The commission")) == "Ministry of Ports"
    assert whole_of("Ministry of Foreign Affairs") is None  # a portfolio, no body
    assert whole_of("the Minister of Energy of Varnel") is None  # a state, no body
    a = said(
        "a",
        "Fjord Post",
        "The Regional Office of the Varnel Institute for Flood Studies said 4,000 homes were flooded in the valley.",
        "The Regional Office of the Varnel Institute for Flood Studies",
    )
    b = said(
        "b",
        "Tide Daily",
        "About 4,000 homes in the valley were under water, the Varnel Institute for Flood Studies (VIFS) reported.",
        "the Varnel Institute for Flood Studies (VIFS)",
    )
    assert origins_of([a, b]).independent_origins == 1
    # "The commission of the Ministry of Ports found ...": the commission, the claim's origin, is the ministry's
    c = article("c", "Bay Herald", t, claims=[Claim("cc", "c", 0, len(t), t, origin="The commission")])
    d = said("d", "Gull Times", "The ports ministry said the quay was repaired in April.", "The ports ministry")
    assert origins_of([c, d]).independent_origins == 1


def _state_said(aid: str, outlet: str, text: str, speaker: str, place: str) -> ArticleAnalysis:
    pa = said(aid, outlet, text, speaker)
    at = text.index(place)
    mention = Mention(aid, at, at + len(place), place, "GPE")
    return ArticleAnalysis(pa.article, mentions=(mention,), quotes=pa.quotes, claims=pa.claims)


def test_organs_of_two_states_are_two_sources_and_a_states_minister_speaks_for_its_ministry() -> None:
    assert state_organ("Varnel's energy ministry") == state_organ("the energy ministry of Varnel")
    organ = state_organ("The Tarlandian Minister of Energy Jane Doe")
    assert organ is not None and organ.state == "tarlandian" and organ.kind == "minister"
    assert state_organ("Ministry of Energy") is None and state_organ("the energy ministry") is None
    # what a body issued is no state's organ of a portfolio named after its words ("data of the Ministry
    # of Transport" is not a ministry of the state "Transport"); the body it names is one source
    assert state_organ("data of the Ministry of Transport and Infrastructure") is None
    assert state_organ("the press service of the Ministry of Energy of Varnel") is None
    names = [
        "Tarlandian Ministry of Transport and Infrastructure",
        "data of the Ministry of Transport and Infrastructure",
    ]
    assert len(set(canonical_names(names))) == 1
    assert one_state("Tarlandia", "tarlandian") and not one_state("Varnel", "tarlandian")
    a = _state_said(
        "a",
        "Fjord Post",
        "Varnel's energy ministry said the line was inspected in May.",
        "Varnel's energy ministry",
        "Varnel",
    )
    b = said(
        "b",
        "Tide Daily",
        "The Tarlandian Minister of Energy Jane Doe said the line was inspected in May.",
        "The Tarlandian Minister of Energy Jane Doe",
    )
    assert origins_of([a, b]).independent_origins == 2  # two states' energy ministries
    c = said(
        "c",
        "Gull Times",
        "The Minister of Energy of Varnel Jon Berg said the line was inspected in May.",
        "The Minister of Energy of Varnel Jon Berg",
    )
    assert origins_of([a, c]).independent_origins == 1  # Varnel's minister of energy speaks for its ministry
    d = said("d", "Bay Herald", "Jon Berg said an inspection of the line took place in May.", "Jon Berg")
    assert origins_of([c, d]).independent_origins == 1  # the title written with its portfolio names Jon Berg


def test_a_minister_citing_the_ministry_cites_her_own_ministry() -> None:
    # "the Ministry" in a deputy minister's words is her own ministry, not the last one the story named
    t = (
        "Buses were sent by the Ministry of Roads to the border. "
        "Deputy Minister Jane Doe said that, according to the Ministry's data, 300 families were still waiting."
    )
    s = t.index("Deputy Minister")
    w = t.index("according")
    q = Quote("qa", "a", w, len(t) - 1, t[w:-1], "indirect", "Deputy Minister Jane Doe", s, s + 24)
    a = ArticleAnalysis(
        Article("a", t, "a", outlet="Wire One"),
        mentions=(Mention("a", 21, 38, "Ministry of Roads", "ORG"),),
        quotes=(q,),
        claims=(
            Claim(
                "ca", "a", s, len(t) - 1, t[s:-1], quote="qa", origin="the Ministry", speaker="Deputy Minister Jane Doe"
            ),
        ),
    )
    k = count_origins(Cluster("k", ("ca",)), [a], build_provenance([a]))
    assert k.origins and "Roads" not in k.origins[0] and "Jane Doe" in k.origins[0]


def test_an_unnamed_employee_speaking_without_leave_is_not_the_bodys_voice() -> None:
    boss = "Dr. Maren Varnel, director of the Fjord Valley Hospital, said 12 patients were in intensive care."
    nurse = (
        "A porter at the Fjord Valley Hospital, who asked not to be named because he was not authorised to"
        " speak to the media, said nearly 15 patients were in intensive care."
    )
    pas = [
        said("a", "Fjord Post", boss, "Dr. Maren Varnel"),
        said("b", "Tide Daily", nurse, "A porter at the Fjord Valley Hospital"),
    ]
    assert origins_of(pas).independent_origins == 2
    # the same porter, relayed by a second outlet from the first: still one origin with the first telling
    relayed = said("c", "Bay Herald", nurse, "A porter at the Fjord Valley Hospital", via=("Tide Daily",))
    assert origins_of([*pas, relayed]).independent_origins == 2
    # a hospital spokesman (no word of speaking without leave) speaks for the hospital, as its director does
    spokesman = "A spokesman at the Fjord Valley Hospital said 12 patients were in intensive care."
    pas2 = [pas[0], said("d", "Gull Times", spokesman, "A spokesman at the Fjord Valley Hospital")]
    assert origins_of(pas2).independent_origins == 1


def test_a_part_of_a_described_body_speaks_for_the_body_the_article_names() -> None:
    # "the press service of the company": the company is the one the article names with that head noun
    t = (
        "The Brisk Ferry Lines Company has suspended its crossings to Varnel Island because of an engine fault, "
        "the press service of the company reported."
    )
    org = Mention("a", 4, 4 + len("Brisk Ferry Lines Company"), "Brisk Ferry Lines Company", "ORG")
    a = said("a", "Fjord Post", t, "the press service of the company")
    a = ArticleAnalysis(a.article, mentions=(org,), quotes=a.quotes, claims=a.claims)
    b = said(
        "b", "Tide Daily", "Brisk Ferry Lines blamed an engine fault for halting its crossings.", "Brisk Ferry Lines"
    )
    assert origins_of([a, b]).independent_origins == 1
    assert whole_of("the press service of the company") == "the company"
    assert whole_of("the press service of Jane Doe") is None  # a person is no body
    assert whole_of("the press service of the NACB") == "NACB"  # an acronym the article may define


def test_a_persons_name_written_after_a_body_noun_is_no_name_of_the_body() -> None:
    # "the head of the bureau Jane Ostrova" names a person: "the bureau" in another article is no person
    from sourcetrace.link.origins import _premodified

    t = "The Director of the bureau Jane Ostrova spoke. Earlier the company Fjord Freight Lines\nThe end."
    person = (t.index("Jane"), t.index("Jane") + len("Jane Ostrova"))
    found = [(n.text, n.described) for n in _premodified(t, [person])]
    assert found == [("Fjord Freight Lines", "company")]  # no person, and no name across the line
    assert ("Jane Ostrova", "bureau") in [(n.text, n.described) for n in _premodified(t)]


def test_a_researcher_at_a_body_and_its_analysts_are_one_origin() -> None:
    # "head of coastal research at the monitoring group X": X, not the field of research, is her body
    t = (
        "Sea levels at the port rose by 12 cm, according to Jane Doe, head of coastal research at the independent "
        "monitors' group Varnel Tide Watch, who told the paper the rise was the fastest on record."
    )
    a = said("a", "Fjord Post", t, "Jane Doe")
    b = said(
        "b",
        "Tide Daily",
        "The independent analysts of Varnel Tide Watch wrote in their weekly bulletin that sea levels rose 12 cm.",
        "The independent analysts of Varnel Tide Watch",
    )
    assert origins_of([a, b]).independent_origins == 1


def test_a_bare_role_of_a_named_body_speaks_for_that_body() -> None:
    # "The spokeswoman of the X Agency in Y, Mrs J. Doe, told Z ...": the agency's word, not the outlet's
    t = "The spokeswoman of the Tarvel Flood Agency in Ostrin, Mrs. Ilse Varn, told the Gazette 2,300 homes flooded."
    end = len("The spokeswoman")
    assert role_of("The spokeswoman", t, end) == "Tarvel Flood Agency"
    h = "The head of the mission, Jon Berg, said the road was shut."
    assert role_of("The head", h, len("The head")) == "The head"  # an unnamed body: left as it is
    q = Quote("qa", "a", 0, len(t), t, "indirect", "The spokeswoman", speaker_start=0, speaker_end=end)
    c = Claim("ca", "a", 0, len(t), t, quote="qa", origin="Ostrin Gazette", speaker="The spokeswoman")
    a = article("a", "Ostrin Gazette", t, [q], [c])
    b = said("b", "Tide Daily", "The Tarvel Flood Agency said 2,300 homes were flooded.", "The Tarvel Flood Agency")
    k = origins_of([a, b])
    assert k.independent_origins == 1 and "Ostrin Gazette" not in k.origins


def test_a_people_written_as_a_speaker_is_its_states_word() -> None:
    # "The Tarlandians now claim ..." is Tarlandia's side, as its ministry's statement is
    texts = ["The Tarlandian navy and Tarlandia's coastguard were at sea."]
    assert people_state("The Tarlandians", texts) == "Tarlandia"  # the state's name, never the adjective
    assert people_state("The Greens", ["Green Party members met."]) is None  # no people
    assert people_state("Tarlandians", texts) is None  # people without the article: people, not a side
    a = _state_said(
        "a",
        "Fjord Post",
        "Tarlandia's transport ministry said the ferry sank at dawn.",
        "Tarlandia's transport ministry",
        "Tarlandia",
    )
    b = said("b", "Tide Daily", "The Tarlandians now claim the ferry sank at dawn.", "The Tarlandians")
    assert origins_of([a, b]).independent_origins == 1
    c = said("c", "Gull Times", "The Varnelians now claim the ferry sank at dawn.", "The Varnelians")
    assert origins_of([a, c]).independent_origins == 2


def test_a_bare_role_is_the_holder_the_article_named_before() -> None:
    lead = "The Minister of Rivers and Canals of the Ostrin Republic Halvard Mennick stated that the dam held. "
    t = lead + "Speaking later, the Minister said the sluice gates had been opened at dawn."
    pa = article("a", "Ostrin Wire", t)
    at = t.index("Speaking")
    assert role_holder("the Minister", pa, at) == "Halvard Mennick"
    assert role_holder("the Chairman", pa, at) is None  # no chairman named
    apposed = article("x", "Ostrin Wire", "Ida Voss, the harbour director, spoke first. The director said ...")
    assert role_holder("The director", apposed, 45) == "Ida Voss"
    text = t[at:]
    q = Quote("qa", "a", at, len(t), text, "indirect", "the Minister", speaker_start=0, speaker_end=12)
    c = Claim("ca", "a", at, len(t), text, quote="qa", origin="the Minister", speaker="the Minister")
    a = article("a", "Ostrin Wire", t, [q], [c])
    b = said("b", "Tide Daily", "Halvard Mennick said the sluice gates were opened at dawn.", "Halvard Mennick")
    assert origins_of([a, b]).independent_origins == 1


def test_a_source_named_in_an_opening_as_clause_is_the_claims_source() -> None:
    assert own_subject("As informs the Ostrin Port Authority, the barge was towed to Kell.") == "Ostrin Port Authority"
    assert own_subject("As the Ostrin Port Authority reported, the barge was towed to Kell.") == "Ostrin Port Authority"
    assert own_subject("As expected, the barge was towed to Kell.") is None
    # a subordinate clause that opens the claim has no source as its subject
    assert own_subject("While the ministry counts what suits it, whole districts are without power.") is None
    assert own_subject("The ministry counts 38 dead among the pensioners.") == "The ministry"
    t = "As informs the Ostrin Port Authority, the barge was towed to Kell by a tug."
    a = article("a", "Kell Evening", t, claims=[Claim("ca", "a", 0, len(t), t, origin="Kell Evening")])
    told = "The Ostrin Port Authority said a tug towed the barge to Kell."
    b = said("b", "Tide Daily", told, "The Ostrin Port Authority")
    assert origins_of([a, b]).independent_origins == 1


def test_a_named_body_opening_its_own_sentence_with_a_verb_of_saying_is_its_source() -> None:
    # "The Ostwick Port Authority has already accused ...", written in no quote: the authority's word,
    # as another outlet reports it (one source, whatever figure each gives); a passive ("The losses of
    # the Ostwick Port Authority are estimated at ...") names no speaker and stays the outlet's own
    a = said(
        "a",
        "Fjord Post",
        "The Ostwick Port Authority accused the Tarn line of dumping 40 tonnes of waste.",
        "The Ostwick Port Authority",
    )
    tb = "The Ostwick Port Authority has already accused the Tarn line of dumping 45 tonnes of waste."
    b = article("b", "Gull Times", tb, claims=[Claim("cb", "b", 0, len(tb), tb, origin="Gull Times")])
    assert origins_of([a, b]).independent_origins == 1
    tc = "The losses of the Ostwick Port Authority are estimated at 45 tonnes of waste dumped by the Tarn line."
    c = article("c", "Gull Times", tc, claims=[Claim("cc", "c", 0, len(tc), tc, origin="Gull Times")])
    assert origins_of([a, c]).independent_origins == 2
    td = "The Ostwick Port Authority has made it clear: the Tarn line dumped 45 tonnes of waste."
    d = article("d", "Gull Times", td, claims=[Claim("cd", "d", 0, len(td), td, origin="Gull Times")])
    assert origins_of([a, d]).independent_origins == 1  # "has made it clear": a verb of saying


def test_a_minister_titled_with_portfolio_and_state_before_the_name_speaks_for_the_ministry() -> None:
    # "The Minister of Energy of Varnel Jon Berg declared ...", the speaker resolved to the name alone:
    # Varnel's energy ministry speaks through him; Tarland's energy ministry is another source
    t1 = "TAVIK \u2013 The Minister of Energy of Varnel Jon Berg declared today that a letter was sent on 14 May."
    t2 = "Varnel's energy ministry said it had sent a letter to the operator on 14 May."
    t3 = "Tarland's energy ministry said it had sent a letter to the operator on 14 May."
    a = said("a", "Fjord Post", t1, "Jon Berg")
    assert origins_of([a, said("b", "Tide Daily", t2, "Varnel's energy ministry")]).independent_origins == 1
    assert origins_of([a, said("c", "Gull Times", t3, "Tarland's energy ministry")]).independent_origins == 2
