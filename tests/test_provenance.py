"""Provenance edges and independent origins."""

from __future__ import annotations

from sourcetrace.link.provenance import build_provenance, count_origins
from sourcetrace.model import Article, ArticleAnalysis, Citation, Claim, Cluster, Quote


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
    own = "The port authority expects the terminal to open in March."
    pas.append(article("c", "Daily Post", own, claims=[Claim("cc", "c", 0, len(own), own, origin="Daily Post")]))
    edges = build_provenance(pas)
    assert any(e.kind == "said-to" and e.source == "Lena Park" and e.target == "Harbour Wire" for e in edges)
    assert any(e.kind == "relayed-by" and e.target == "Coast Herald" for e in edges)
    assert any(e.kind == "copies" for e in edges)
    k = count_origins(Cluster("k", ("ca", "cb", "cc")), pas, edges)
    assert k.independent_origins == 2
    assert "Harbour Wire" in k.origins and "Daily Post" in k.origins


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
    # article b cites Harbour Wire elsewhere, but this claim is in its own voice: its own origin
    t1 = "The ferry fares will rise by 5 percent in May."
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
