"""Alignment: paraphrases across articles share a cluster; look-alikes do not."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from sourcetrace.analyze.quantities import find_quantities
from sourcetrace.analyze.temporal import find_dates
from sourcetrace.link.align import align, candidate_pairs, features
from sourcetrace.link.embed import embed
from sourcetrace.model import Claim, content_id

SHARED = Path(__file__).resolve().parents[2] / "shared"


def claim(article: str, text: str, published: str | None = None) -> Claim:
    dates = find_dates(text, published=published)
    qs = find_quantities(text, exclude=[(d.start, d.end) for d in dates])
    return Claim(content_id("c", article, text), article, 0, len(text), text, dates=tuple(dates), quantities=tuple(qs))


FILLER = [
    "The weather in the capital stayed mild throughout the week.",
    "Local schools announced new opening hours for the autumn term.",
    "A museum exhibition on medieval maps drew large crowds.",
]


def together(clusters, a: Claim, b: Claim) -> bool:
    return any(a.id in k.claims and b.id in k.claims for k in clusters)


def test_paraphrase_aligned_lookalike_not() -> None:
    a = claim("a", "Fire crews said the blaze at the Norvik paint factory injured at least 12 workers on 3 March 2023.")
    b = claim("b", "At least 12 workers were hurt when fire broke out at the Norvik paint factory on March 3, 2023.")
    c = claim("c", "A fire at a paint factory in Dunmore injured 40 workers in May 2019.")
    d = claim("d", "The transfer of striker Lena Park to Harbour City was completed for a fee of 30 million euros.")
    e = claim("e", "Harbour City completed the transfer of Lena Park for 30 million euros.")
    claims = [a, b, c, d, e] + [claim(f"f{i}", t) for i, t in enumerate(FILLER)]
    clusters = align(claims)
    assert together(clusters, a, b)
    assert together(clusters, d, e)
    assert not together(clusters, a, c) and not together(clusters, b, c)
    assert not together(clusters, a, d)
    for k in clusters:
        assert len({x.article for x in claims if x.id in k.claims}) >= 2


def test_incompatible_numbers_block_only_lookalikes() -> None:
    # one event told with two figures: aligned (the clash is for contradict.py to flag)
    a = claim("a", "Eight passengers were hurt when the Dunmore ferry struck the pier on Sunday, the port said.")
    b = claim("b", "At least 14 passengers were hurt when the Dunmore ferry struck the pier on Sunday.")
    # another predicate with the same unit: kept apart
    c = claim("c", "The Dunmore ferry sails 250 kilometers to the island.")
    d = claim("d", "The new Dunmore bridge over the river is 24 kilometers long.")
    assert together(align([a, b]), a, b)
    assert not together(align([c, d]), c, d)


def test_person_count_nouns_compatible_for_one_event() -> None:
    a = claim("a", "Twelve members of the rowing club were injured when the boathouse roof fell in.")
    b = claim("b", "At least 12 employees were injured when the boathouse roof collapsed, the club said.")
    e = claim("e", "The national federation says 400 members have renewed their licences.")
    clusters = align([a, b, e])
    assert together(clusters, a, b)
    assert not together(clusters, a, e) and not together(clusters, b, e)


def test_candidates_are_bounded() -> None:
    claims = [
        claim(f"a{i % 50}", f"Council {i} approved budget item {i} for the harbour district.") for i in range(400)
    ]
    feats = [features(c) for c in claims]
    pairs, _ = candidate_pairs(feats, embed([c.text for c in claims]), top_k=5)
    assert len(pairs) <= 5 * len(claims)


@pytest.mark.skipif(not SHARED.exists(), reason="needs ../shared")
def test_bench_runs_small() -> None:
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run(
        [sys.executable, str(root / "bench" / "align_scale.py"), "--sizes", "20,60", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    res = json.loads(out.stdout.strip().splitlines()[-1])
    assert res["sizes"] == [20, 60] and all(t > 0 for t in res["seconds"])


def test_topic_chaining_does_not_grow_a_cluster() -> None:
    # three accounts of one staff cut; a fourth claim shares only place, owner and day with one of
    # them: it must not be chained into the cluster through that single loose link
    a = claim(
        "a",
        "The Torvald Mill owner had cut the night cleaning staff from ten people to four last spring, "
        "the union said on Friday.",
    )
    b = claim("b", "The union said the mill's night cleaning staff was reduced from ten people to four.")
    c = claim("c", "According to the union, the night cleaning staff at the mill was slashed from ten to four.")
    d = claim("d", "The Torvald Mill owner met the mayor on Friday to discuss the flood last spring.")
    clusters = align([a, b, c, d] + [claim(f"f{i}", t) for i, t in enumerate(FILLER)])
    assert together(clusters, a, b) and together(clusters, a, c) and together(clusters, b, c)
    assert not together(clusters, d, b) and not together(clusters, d, c)


def test_last_event_dates_clash_instead_of_splitting(monkeypatch: pytest.MonkeyPatch) -> None:
    # "the last audit" happens once: two years for it are one event told two ways, and the shared
    # word is not discounted as part of a name ("Audit Office" / "audit")
    from collections import Counter

    import sourcetrace.link.align as mod
    import sourcetrace.link.claim_features as cf

    x = claim("a", "The plant's last audit by the National Audit Office was in 2018, the operator said.")
    y = claim("b", "The plant was last audited in 2016, according to union papers.")
    fx, fy = features(x), features(y)
    assert fx.unique & fy.unique
    cl = [x, y] + [claim(f"f{i}", t) for i, t in enumerate(FILLER)]
    feats = [features(c) for c in cl]
    vecs = embed([c.text for c in cl])
    _, idf = candidate_pairs(feats, vecs)
    df = Counter(s for f in feats for s in f.stems)
    cos = float(vecs[0] @ vecs[1])
    with_marker = mod.pair_score(fx, fy, idf, cos, df)[0]
    monkeypatch.setattr(cf, "UNIQUE_MARKERS", {})
    without = mod.pair_score(features(x), features(y), idf, cos, df)[0]
    assert with_marker > without + 0.3  # no penalty for the date clash, and a bonus for one dated event


def test_stems_match_across_inflections() -> None:
    from sourcetrace.link.align import stem

    assert stem("release") == stem("released") == stem("releasing")
    assert stem("missile") == stem("missiles")
    assert stem("planned") == stem("plan")
    assert stem("d'Information") == stem("information") and stem("Korte's") == stem("korte")


def test_report_dates_and_datelines_are_not_event_dates() -> None:
    from sourcetrace.link.claim_features import event_dates

    a = claim("a", "The river board said on Sunday that the sluice was opened on Friday.", published="2024-06-10")
    assert [d.value for d in event_dates(a)] == ["2024-06-07"]  # Friday; Sunday dates the statement
    b = claim("b", "The ministry on Sunday denied that the sluice was opened.", published="2024-06-10")
    assert b.dates and event_dates(b) == ()
    c = claim("c", "LUNDEN, June 9 (NPA) – Engineers opened the sluice on 6 June.", published="2024-06-10")
    assert [d.value for d in event_dates(c)] == ["2024-06-06"]
    d = claim("d", "The vote was held on May 3, 2022, officials said.")
    assert [x.value for x in event_dates(d)] == ["2022-05-03"]  # a comma between: the date is the event's
    # the date of the figure a change starts from is not the change's
    e = claim("e", "The bank set the rate at 540 per euro, down from 443 on Friday.", published="2024-06-10")
    assert e.dates and event_dates(e) == ()
    f = claim("f", "Fees rose to 20 percent from 14 percent in January, the board said.", published="2024-06-10")
    assert f.dates and event_dates(f) == ()
    g = claim("g", "Families fled from 3 villages on Friday.", published="2024-06-10")
    assert [x.value for x in event_dates(g)] == ["2024-06-07"]  # a place counted, not a figure changed


def test_attribution_frame_is_not_content() -> None:
    from dataclasses import replace

    text = "Ana Ruiz, a spokeswoman for the Harbour Board, said the ferry left the quay late."
    c = replace(claim("a", text), speaker="Ana Ruiz")
    f = features(c)
    assert {"ferry", "quay"} <= f.stems
    assert not f.stems & {"ruiz", "spokesw", "harbour", "board"}
    # what follows the reporting verb is what is reported, names included
    e = replace(claim("e", "The ministry said on Monday that Norland opened the gates."), speaker="The ministry")
    assert {"norland", "open", "gat"} <= features(e).stems and "ministr" not in features(e).stems
    # without a reporting verb after it, a name is content wherever it stands
    d = replace(claim("b", "The Harbour Board will be led by Ana Ruiz, the ministry said."), speaker="the ministry")
    assert {"harbour", "board", "ruiz"} <= features(d).stems


def test_one_shared_word_or_the_setting_alone_does_not_link() -> None:
    a = claim("a", "The council announced a new timetable for the night buses.")
    b = claim("b", "Police announced the arrest of two men after the robbery.")
    clusters = align([a, b] + [claim(f"f{i}", t) for i, t in enumerate(FILLER)])
    assert not together(clusters, a, b)
    # the story's setting (the firm, the place, the blaze at the depot) is in most claims: two
    # claims sharing only the setting tell different things
    c = claim("c", "Shares in Norwood Freight fell sharply after the blaze at its Quayside depot in Alderby.")
    d = claim(
        "d", "Nine workers were hurt when the blaze swept through the Norwood Freight depot at Quayside, Alderby."
    )
    story = [
        "Firefighters fought the blaze at the Quayside depot for six hours.",
        "The Norwood Freight depot stored paint and solvents before the blaze.",
        "Smoke from the depot blaze drifted over Alderby.",
        "Norwood Freight, the owner of the depot, promised to rebuild after the blaze.",
        "Police closed the road beside the depot during the blaze.",
        "Residents near the depot were told to keep windows shut during the blaze.",
        "The blaze at the depot was the third in the port this year.",
        "Investigators searched the depot a day after the blaze.",
        "Insurers sent assessors to the depot after the blaze.",
        "The blaze destroyed two warehouses at the depot.",
    ]
    clusters = align([c, d] + [claim(f"s{i}", t) for i, t in enumerate(story)])
    assert not together(clusters, c, d)


def test_measure_figure_alone_is_no_evidence() -> None:
    a = claim("a", "Turnout in the province was about 64 percent of registered voters.")
    b = claim("b", "A poll found 64 percent of residents distrust the council.")
    e = claim("e", "About 400 residents were moved out of their homes overnight.")
    f = claim("f", "The blaze forced the evacuation of about 400 residents from nearby streets.")
    clusters = align([a, b, e, f] + [claim(f"f{i}", t) for i, t in enumerate(FILLER)])
    assert not together(clusters, a, b)  # "64 percent" of two different things
    assert together(clusters, e, f)  # "400 residents": the figure names what it counts


def test_dates_a_day_apart_align_as_one_event() -> None:
    # "on Friday" read against a page date vs "on 6 June": one event told with two dates
    a = claim("a", "The operator opened two sluice gates at the Brenna weir on Friday.", published="2024-06-09")
    b = claim("b", "The operator of the Brenna weir opened two sluice gates on 6 June.", published="2024-06-09")
    c = claim("c", "The operator of the Brenna weir opened two sluice gates on 20 March.", published="2024-06-09")
    clusters = align([a, b, c] + [claim(f"f{i}", t) for i, t in enumerate(FILLER)])
    assert together(clusters, a, b)
    assert not together(clusters, b, c) and not together(clusters, a, c)


def test_alignment_does_not_depend_on_the_hash_seed() -> None:
    # "Harbour" is a name in one claim and a plain word in others: its weight must be the same
    # whatever order a set of keys is walked in (it once depended on PYTHONHASHSEED)
    code = (
        "import sys; sys.path.insert(0, 'tests'); from test_align import claim, FILLER\n"
        "from sourcetrace.link.align import align, candidate_pairs, features\n"
        "from sourcetrace.link.embed import embed\n"
        "texts = ['The Harbour Board cut the night staff from ten to four, the union said.',"
        " 'The union said the night staff at the harbour was cut from ten people to four.',"
        " 'Night staff at the harbour were reduced to four, according to the union.',"
        " 'The harbour master met the mayor on Friday.', 'A new harbour wall was built in May.'] + FILLER\n"
        "cl = [claim(f'a{i}', t) for i, t in enumerate(texts)]\n"
        "f = [features(c) for c in cl]\n"
        "print(round(candidate_pairs(f, embed([c.text for c in cl]))[1]['harbour'], 9))\n"
        "print(sorted(k.claims for k in align(cl)))\n"
    )
    root = Path(__file__).resolve().parents[1]
    outs = set()
    for seed in ("1", "2", "3", "4", "5", "6"):
        env = {**__import__("os").environ, "PYTHONHASHSEED": seed}
        res = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, cwd=root, env=env, timeout=120
        )
        assert res.returncode == 0, res.stderr
        outs.add(res.stdout)
    assert len(outs) == 1, outs


def test_a_claim_moves_to_the_cluster_that_holds_it_best() -> None:
    # links taken best first tie x to a look-alike y (0.49) before it can join the cluster of
    # three accounts it agrees with (0.47, 0.36, 0.36): the local moves put it there
    from sourcetrace.link.align_cluster import Linker, agglomerate

    names = ["p", "q", "r", "x", "y"]
    cl = [claim(n, f"Account {n} of the event at the weir, told its own way.") for n in names]
    ix = {n: i for i, n in enumerate(names)}
    table = {("p", "q"): 0.9, ("p", "r"): 0.9, ("q", "r"): 0.9, ("x", "y"): 0.49}
    table |= {("p", "x"): 0.47, ("q", "x"): 0.36, ("r", "x"): 0.36}

    def score_of(i: int, j: int) -> tuple[float, bool]:
        a, b = sorted((names[i], names[j]))
        return table.get((a, b), 0.0), False

    link = Linker([features(c) for c in cl], score_of, 0.3)
    edges = sorted((link.pair(i, j), i, j) for i in range(5) for j in range(i + 1, 5) if link.pair(i, j) >= 0.4)
    groups = [g for g in agglomerate(cl, edges[::-1], link, 0.4) if len(g) > 1]
    assert sorted(ix[n] for n in "pqrx") in groups
    assert not any(ix["y"] in g for g in groups)


def test_near_meaning_stands_in_for_the_act_word() -> None:
    # "switched off" / "went dark": no act word in common once the story's topic (the results
    # portal) is set aside; the place they share is not of the topic
    import sourcetrace.link.align as mod

    a = features(claim("a", "Officials switched off the results portal in Vessa."))
    b = features(claim("b", "The results portal in Vessa went dark for hours."))
    topic = frozenset({"result", "portal"})
    shared = a.stems & b.stems
    assert not (a.acts & b.acts) - topic and shared - topic == {"vessa"}
    near, far = mod.MID_COS + 0.05, mod.MID_COS - 0.05
    asked: list[int] = []

    def meaning(value: float):
        return lambda: asked.append(1) or value

    assert mod._evidence(a, b, shared, 0, 0, far, {}, topic, meaning(near))
    assert not mod._evidence(a, b, shared, 0, 0, near, {}, topic, None)  # no contextual model: topic, not meaning
    assert not mod._evidence(a, b, shared, 0, 0, near, {}, topic, meaning(far))
    n = len(asked)
    assert not mod._evidence(a, b, shared & topic, 0, 0, near, {}, topic, meaning(near))  # the topic alone
    assert len(asked) == n  # not even asked
    # asked for only when the cap would change the score (the words only one claim has weigh most)
    idf = {x: 0.2 if x in shared else 3.0 for x in a.stems | b.stems}
    assert mod.pair_score(a, b, idf, 0.0, {}, topic, None)[0] <= mod.WEAK_CAP
    mod.pair_score(a, b, idf, 0.0, {}, topic, meaning(near))
    assert len(asked) == n


def test_shared_names_are_not_near_meaning() -> None:
    # a contextual encoder finds two sentences about one firm and one place close; with the names
    # left out, "shares fell" and "workers were hurt" are not (see test_one_shared_word_...)
    from sourcetrace.link.align import unnamed
    from sourcetrace.link.embed import embedder

    assert unnamed("Shares in Norwood Freight fell at Quayside, Alderby.").split() == "Shares in fell at , .".split()
    assert unnamed("“Ten workers,” said Ana Ruiz. Then Ruiz left.") == "“Ten workers,” said . Then left."
    m = embedder("minilm")
    a = "Shares in Norwood Freight fell sharply after the blaze at its Quayside depot in Alderby."
    b = "Nine workers were hurt when the blaze swept through the Norwood Freight depot at Quayside, Alderby."
    v, w = m.encode([a, b]), m.encode([unnamed(a), unnamed(b)])
    assert m.calibrate(float(w[0] @ w[1])) < m.calibrate(float(v[0] @ v[1]))


def test_align_takes_either_model() -> None:
    a = claim("a", "At least 12 workers were hurt when fire broke out at the Norvik paint factory on 3 March 2023.")
    b = claim("b", "Fire crews said the blaze at the Norvik paint factory injured 12 workers on March 3, 2023.")
    c = claim("c", "The transfer of striker Lena Park to Harbour City was completed for 30 million euros.")
    for name in ("minilm", "static"):
        clusters = align([a, b, c] + [claim(f"f{i}", t) for i, t in enumerate(FILLER)], embeddings=name)
        assert together(clusters, a, b) and not together(clusters, a, c), name
    with pytest.raises(ValueError):
        align([a, b], embeddings="nonsense")


def test_deeds_one_act_on_one_definite_thing() -> None:
    from sourcetrace.link.claim_features import stem
    from sourcetrace.link.deeds import deeds

    assert deeds("The city council on Monday revoked the 20-year licence of the Pier Casino.", stem) == {
        ("revok", "licenc", "council")
    }
    assert deeds("The licence was formally revoked on Monday.", stem) == {("revok", "licenc", None)}
    assert deeds("Its licence has been revoked.", stem) == {("revok", "licenc", None)}
    # indefinite, counted or mass objects repeat: no deed
    assert not deeds("The operator opened two sluice gates.", stem)
    assert not deeds("Engineers released water from the weir.", stem)
    assert not deeds("The mayor ordered an inquiry.", stem)
    assert not deeds("The council will revoke the licence.", stem)  # not done (yet)
    # the object's phrase ends where another clause starts
    assert deeds("The treaty capped the royalties it paid at four percent.", stem) == {("capp", "royalt", "treaty")}


def test_one_deed_with_two_dates_aligns_and_clashes() -> None:
    from sourcetrace.link.contradict import compare_claims
    from sourcetrace.link.deeds import one_off

    pub = "2024-05-15"
    a = claim(
        "a", "The city council revoked the licence of the Pier Casino last Friday, giving it a week to close.", pub
    )
    b = claim("b", "The city council revoked the licence of the Pier Casino on 13 May, giving it a week to close.", pub)
    c = claim("c", "The Pier Casino's licence was revoked by the city council on 13 May, with a week to close.", pub)
    fa, fb, fc = features(a), features(b), features(c)
    assert fa.dates[0].value != fb.dates[0].value  # 10 May vs 13 May
    assert one_off(fa.deeds, fb.deeds, fa.dates, fb.dates) and one_off(fa.deeds, fc.deeds, fa.dates, fc.dates)
    clusters = align([a, b, c] + [claim(f"f{i}", t) for i, t in enumerate(FILLER)])
    assert together(clusters, a, b) and together(clusters, b, c)
    assert "date" in {x.kind for x in compare_claims(a, b)}
    # the same deed in another year is another occurrence; another actor or object, another deed
    d = features(claim("d", "In 2019 the city council revoked the licence of the Pier Casino.", pub))
    assert not one_off(fb.deeds, d.deeds, fb.dates, d.dates)
    e = features(claim("e", "The port board revoked the licence of the Pier Casino on 2 May.", pub))
    assert not one_off(fb.deeds, e.deeds, fb.dates, e.dates)
    g = features(claim("g", "The city council renewed the licence of the Pier Casino on 2 May.", pub))
    assert not one_off(fb.deeds, g.deeds, fb.dates, g.dates)
    # without the deed the date clash keeps the accounts apart (a penalty, and a block with the
    # same "week" figure): the test above depends on the rule
    import sourcetrace.link.align as mod

    idf = {x: 1.0 for x in fa.stems | fb.stems}
    with_deed = mod.pair_score(fa, fb, idf, 0.6)
    from dataclasses import replace

    without = mod.pair_score(replace(fa, deeds=frozenset()), fb, idf, 0.6)
    assert not with_deed[1] and with_deed[0] > without[0]


def test_counts_of_one_thing_in_near_words_are_not_blocked() -> None:
    import sourcetrace.link.align as mod

    a = features(claim("a", "At least 9,000 tents were handed out by volunteers."))
    b = features(claim("b", "About 2,100 tents were distributed, the agency said."))
    idf = {x: 1.0 for x in a.stems | b.stems}
    assert not mod.pair_score(a, b, idf, mod.MID_COS + 0.05)[1]  # one count told two ways
    assert mod.pair_score(a, b, idf, mod.MID_COS - 0.05)[1]  # look-alikes: kept apart


def _groups(cl: list[Claim], table: dict[tuple[int, int], float], blocked: set[tuple[int, int]]) -> list[list[int]]:
    """The clusters (two members or more) ``agglomerate`` forms from hand-set pair scores, with
    ``blocked`` pairs blocked for their figures; links at 0.4, the weak cap at 0.3."""
    from sourcetrace.link.align_cluster import Linker, agglomerate

    def score_of(i: int, j: int) -> tuple[float, bool]:
        return table[(i, j)], (i, j) in blocked

    link = Linker([features(c) for c in cl], score_of, 0.3)
    edges = sorted(((sc, i, j) for (i, j), sc in table.items() if sc >= 0.4), reverse=True)
    return [g for g in agglomerate(cl, edges, link, 0.4) if len(g) > 1]


def test_a_figure_clash_already_taken_vouches_for_the_same_figure() -> None:
    # x and z give one figure (2,100 / 2,080 tents), y another (9,000): y is linked to x despite the
    # clash, so its clash with z (blocked) does not keep it out of the cluster
    cl = [
        claim("x", "About 2,100 tents were distributed, the agency said."),
        claim("z", "Aid workers said 2,080 tents had been distributed."),
        claim("y", "At least 9,000 tents were handed out by volunteers."),
    ]

    def run(zy: float) -> list[list[int]]:
        return _groups(cl, {(0, 1): 1.2, (0, 2): 0.5, (1, 2): zy}, {(1, 2)})  # the clash of z and y blocks that pair

    assert [0, 1, 2] in run(0.25)
    # without the link that takes the clash (x-y) there is nothing to vouch: y stays out
    from sourcetrace.link import align_cluster

    orig = align_cluster._vouched
    try:
        align_cluster._vouched = lambda *a: False  # type: ignore[assignment]
        assert [0, 1, 2] not in run(0.25)
    finally:
        align_cluster._vouched = orig


def test_a_stray_with_a_clashing_figure_is_not_vouched_into_a_cluster_it_shares_little_with() -> None:
    # three outlets give one figure (about 2,100 tents); a stray with another figure (9,000) is linked
    # to one of them only: its clashes with the other two are vouched for (the linked member gives
    # their figure) but count as links only where the pair has enough in common to be weighed
    cl = [
        claim("a1", "About 2,100 tents were distributed, the agency said."),
        claim("a2", "Aid workers said 2,080 tents had been distributed."),
        claim("a3", "Some 2,100 tents have been distributed so far."),
        claim("x", "At least 9,000 tents were handed out by volunteers."),
    ]

    def run(blocked: float) -> list[list[int]]:
        table = {(0, 1): 1.2, (0, 2): 1.2, (1, 2): 1.2, (0, 3): 0.9, (1, 3): blocked, (2, 3): blocked}
        return _groups(cl, table, {(1, 3), (2, 3)})

    assert [0, 1, 2, 3] in run(0.3)  # at the cap: something in common, the clash is one event's
    assert [0, 1, 2, 3] not in run(0.12)


def test_a_sentence_of_two_facts_joins_both_clusters() -> None:
    from sourcetrace.link.align_cluster import Linker, agglomerate

    texts = [
        ("p", "Party agents collected tally sheets at more than 900 polling stations."),
        ("q", "The agents collected tally sheets from 900 polling stations."),
        ("r", "Mara Vell won 61 percent of the vote, the board said."),
        ("s", "Vell won about 61 percent of the vote."),
        ("x", "From tally sheets its agents collected at 900 polling stations, the party says Vell won 48 percent."),
    ]
    cl = [claim(a, t) for a, t in texts]
    feats = [features(c) for c in cl]
    table = {(0, 1): 1.5, (2, 3): 1.5, (0, 4): 0.9, (1, 4): 0.9, (2, 4): 0.6, (3, 4): 0.6}

    def score_of(i: int, j: int) -> tuple[float, bool]:
        return table.get((i, j), 0.05), False

    link = Linker(feats, score_of, 0.3)
    edges = sorted(((s, i, j) for (i, j), s in table.items()), reverse=True)
    groups = [g for g in agglomerate(cl, edges, link, 0.4) if len(g) > 1]
    assert [0, 1, 4] in groups and [2, 3, 4] in groups
    # one fact told twice (the same words shared with both) has one home only
    texts[4] = ("x", "Agents collected tally sheets at 900 polling stations; agents collected tally sheets.")
    cl[4] = claim("x", texts[4][1])
    feats[4] = features(cl[4])
    link = Linker(feats, score_of, 0.3)
    groups = [g for g in agglomerate(cl, edges, link, 0.4) if len(g) > 1]
    assert sum(4 in g for g in groups) == 1


def test_modifiers_are_attributive_adjectives_only() -> None:
    assert "portal" not in features(claim("a", "The results portal went offline on Monday.")).mods
    assert "portal" not in features(claim("b", "Officials switched off the results portal.")).mods
    assert "peacefu" not in features(claim("c", "The vote was peaceful and orderly.")).mods
    assert "brutal" in features(claim("d", "A brutal attack shook the town.")).mods
    assert "constit" in features(claim("e", "They will go to the Constitutional Court.")).mods


def test_function_word_contractions_and_date_markers_are_not_content() -> None:
    f = features(claim("a", "They told me there's no bread left anywhere in Varno."))
    assert not {s for s in f.stems if s.startswith("ther")}
    g = features(claim("b", "The board closed the canal last Friday, giving barges a day to leave.", "2024-05-15"))
    assert not g.unique  # "last Friday" is a date, not "the last giving"
    assert features(claim("c", "The last inspection of the canal was in 2019.")).unique


def test_a_shared_term_is_one_distinctive_thing() -> None:
    from collections import Counter
    from dataclasses import replace

    import sourcetrace.link.align as mod

    a = features(claim("a", "Results from all provinces were verified by returning officers."))
    b = features(claim("b", "Ballots were thrown out by returning officers in the north."))
    idf = {x: 1.0 for x in a.stems | b.stems}
    df = Counter({x: 2 if x in a.stems & b.stems else 30 for x in a.stems | b.stems})
    joined = mod.pair_score(a, b, idf, 0.2, df)[0]
    apart = mod.pair_score(replace(a, bigrams=frozenset()), b, idf, 0.2, df)[0]
    assert joined < apart  # "returning officers" earns one rare-word bonus, not two


def test_reference_figures_are_not_claimed_figures() -> None:
    f = features(claim("a", "Less than half of the promised 800 flats had been built."))
    assert [(q.unit, q.high) for q in f.quantities] == [("flat", 400.0)]


def test_a_hyphenated_compound_before_a_word_is_a_modifier() -> None:
    f = features(claim("a", "The state-owned Varnel Grain Board began selling its own seed in May."))
    assert "state-o" in f.mods and "state-o" not in f.acts
    assert "well-kn" not in features(claim("b", "The tune is well-known.")).mods  # a predicate


def test_a_copied_name_phrase_is_no_copied_run() -> None:
    from sourcetrace.link import align as mod

    a = features(
        claim("a", "The minister said the decision was meant to help the state-owned Varnel Grain Board (VGB).")
    )
    b = features(claim("b", "The state-owned Varnel Grain Board (VGB) in Dalmor has sold seed since May."))
    assert mod._copied_run(a, b) == 0
    c = features(claim("c", "Jane Doe said the board had sold its seed to farmers since May."))
    d = features(claim("d", "The board had sold its seed to farmers since May, the ministry said."))
    assert mod._copied_run(c, d) >= mod.MIN_RUN


def test_a_thing_said_never_to_have_existed_is_evidence_against_its_account() -> None:
    from sourcetrace.link import align as mod

    a = features(claim("a", "There was never a licence."))
    b = features(claim("b", "The crew dug under a licence signed by the regional governor."))
    assert a.nothing == {"licenc"}
    assert mod._evidence(a, b, a.stems & b.stems, 0, 0, 0.2, {}, frozenset())
    assert not mod._evidence(a, b, a.stems & b.stems, 0, 0, 0.2, {}, frozenset({"licenc"}))  # the topic alone
    assert not features(claim("c", "There was no doubt about the licence, the crew said.")).nothing


def test_counts_of_two_person_nouns_clash_as_one_count() -> None:
    a = claim("a", "The ferry had 9 crew on board, the harbour master said.")
    b = claim("b", "The agency said 12 fishermen were on board.")
    assert together(align([a, b, *(claim(f"f{i}", t) for i, t in enumerate(FILLER))]), a, b)


def test_clock_times_of_one_act_align_and_clash() -> None:
    from sourcetrace.link.claim_features import time_relation

    a = claim("a", "The patrol boat Tessel boarded the Varna Star at 05:10 on Sunday.", published="2025-03-03")
    b = claim("b", "It said the boarding took place at about 10 p.m. on Saturday.", published="2025-03-03")
    c = claim("c", "It said the boarding took place at about 5 a.m. on Sunday.", published="2025-03-03")
    fa, fb, fc = features(a), features(b), features(c)
    assert fa.times == (("2025-03-02", 310, False),)
    assert time_relation(fa, fb) == -1 and time_relation(fa, fc) == 1
    assert together(align([a, b, *(claim(f"f{i}", t) for i, t in enumerate(FILLER))]), a, b)


def test_a_negative_subject_denial_aligns_with_what_it_denies() -> None:
    a = claim("a", '"Nobody was kicked, nobody was denied food," the spokeswoman said.')
    b = claim("b", "The union leader said several of the dockers were kicked and made to kneel on the pier.")
    assert together(align([a, b, *(claim(f"f{i}", t) for i, t in enumerate(FILLER))]), a, b)


def test_fire_crews_count_teams_not_people() -> None:
    from sourcetrace.link.claim_features import counted_match

    a = features(claim("a", "Twelve crews fought the flames through the night."))
    b = features(claim("b", "At least 12 workers fought the flames through the night."))
    c = features(claim("c", "The ship had 9 crew on board."))
    assert [q.unit for q in a.quantities] == ["crews"] and [q.unit for q in c.quantities] == ["crew"]
    assert not counted_match(a, b)


def test_distances_from_a_place_are_one_fact() -> None:
    from sourcetrace.link.claim_features import located_match

    a = claim("a", "She was 12 km off Cape Marrow.")
    b = claim("b", "The ministry said the ferry was 40 km from the Dorsk coast.")
    c = claim("c", "The new Varnel bridge is 40 km long.")
    fa, fb, fc = features(a), features(b), features(c)
    assert located_match(fa, fb) and not located_match(fb, fc)
    d = claim("d", "The ferry was 12 km off Cape Marrow when the cutter stopped it.")
    e = claim("e", "The ministry said the ferry was 40 km from the Dorsk coast, in open water.")
    assert together(align([d, e, *(claim(f"f{i}", t) for i, t in enumerate(FILLER))]), d, e)


def test_roles_reversed_are_two_acts() -> None:
    a = claim("a", "Varnel's foreign ministry summoned the Dorskian envoy in Kell on Monday.", published="2025-03-04")
    b = claim("b", "The ministry summoned Varnel's ambassador in Brask on Monday.", published="2025-03-04")
    c = claim("c", "The ministry summoned the Varnelian ambassador on Monday morning.", published="2025-03-04")
    clusters = align([a, b, c, *(claim(f"f{i}", t) for i, t in enumerate(FILLER))])
    assert together(clusters, b, c)
    assert not together(clusters, a, b)


def at(article: str, start: int, text: str) -> Claim:
    """A claim of ``text`` at offset ``start`` of its article."""
    c = claim(article, text, published="2025-03-03")
    dates = tuple(type(d)(d.value, d.text, d.precision, d.start + start, d.end + start) for d in c.dates)
    qs = tuple(type(q)(q.value, q.text, q.start + start, q.end + start, q.unit, q.low, q.high) for q in c.quantities)
    return Claim(c.id, article, start, start + len(text), text, dates=dates, quantities=qs)


def test_two_accounts_in_one_article_join_one_cluster() -> None:
    wire = [
        at("w", 0, "The coast guard said its cutter boarded the Varna Star at 05:10 on Sunday."),
        at("w", 100, "The weather in the capital stayed mild throughout the week."),
        at("w", 200, "Local schools announced new opening hours for the autumn term."),
        at("w", 300, "A museum exhibition on medieval maps drew large crowds."),
        at("w", 400, "The ministry said the boarding took place at about 10 p.m. on Saturday."),
    ]
    one = at("x", 0, "The cutter Tessel boarded the Varna Star at 05:10 on Sunday.")
    other = at("y", 0, "Coast guard officers boarded the Varna Star at around 10 p.m. on Saturday, March 1.")
    clusters = align([*wire, one, other])
    assert together(clusters, wire[0], wire[4])


def test_a_negative_subject_denies_nothing_of_a_negated_claim() -> None:
    from sourcetrace.link.align import denies_all

    a = features(claim("a", '"Nobody was kicked, nobody was denied food."'))
    b = features(claim("b", "The union leader said several of the dockers were kicked on the pier."))
    c = features(Claim("c", "c", 0, 26, "That is not disputed food.", negated=True))
    assert denies_all(a, b) and not denies_all(a, c)


def test_a_count_of_people_restated_in_one_article_stays_in_its_cluster() -> None:
    page = [
        at("w", 0, "The ministry said 12 fishermen were on board."),
        *(at("w", 100 * (n + 1), t) for n, t in enumerate(FILLER)),
        at("w", 400, "The 12 men on board are from Kell and the villages around it."),
    ]
    one = at("x", 0, "The ferry had 9 crew on board, the admiral said.")
    other = at("y", 0, "All 12 fishermen on board were taken to Port Dorsk.")
    clusters = align([*page, one, other])
    assert together(clusters, page[0], page[-1])


def test_counts_of_the_dead_are_one_thing_apart_from_the_injured() -> None:
    died = claim("a", "The council said four people died in a stampede near the Varnel bridge.")
    killed = claim("b", "At least 15 people were killed near the Varnel bridge, the Fjord Post reported.")
    hurt = claim("c", "Around 15 people were injured near the Varnel bridge, doctors said.")
    put = claim("d", "The council put the number of injured at 9.")
    arrested = claim("e", "Police said 40 people were arrested after the march on the Varnel bridge.")
    detained = claim("f", "More than 200 people have been detained since the march on the Varnel bridge.")
    claims = [died, killed, hurt, put, arrested, detained] + [claim(f"f{i}", t) for i, t in enumerate(FILLER)]
    clusters = align(claims)
    assert together(clusters, died, killed)
    assert not together(clusters, killed, hurt) and not together(clusters, died, hurt)
    assert together(clusters, hurt, put)
    assert together(clusters, arrested, detained)


FRAMED = [
    # (text, speaker, what is said): the attribution frame around it is not content
    (
        "The council said in a statement carried by the state news agency VNA that four people died.",
        "The Varnel Council",  # named in full earlier; "the council" here
        "four people died.",
    ),
    ("Mayor Jane Doe told the state news agency VNA that no one was hurt.", "Mayor Jane Doe", "no one was hurt."),
    # where it was said
    (
        "Mayor Jane Doe told a briefing in Old Harbour that the ferry left on Monday, 5 October.",
        "Mayor Jane Doe",
        "the ferry left on Monday, 5 October.",
    ),
    (
        "Mayor Jane Doe said at a news conference in Old Harbour that the ferry left on Monday.",
        "Mayor Jane Doe",
        "the ferry left on Monday.",
    ),
    # whoever it was told, in a few words or with what they are between commas, before "that"
    (
        "His lawyer, Jane Doe, told a press freedom group that no diplomat had seen him.",
        "Jane Doe",
        "no diplomat had seen him.",
    ),
    (
        "Berk's lawyer, Jane Doe, told the Open Press Alliance, a press freedom group, that no one came.",
        "Jane Doe",
        "no one came.",
    ),
    # the medium it was said on, and a carrier closing the claim with the one it cites
    (
        "Mayor Jane Doe said on state television that the ferry left on Monday, Fjord Wire reported, citing"
        " the state agency VNA.",
        "Mayor Jane Doe",
        "the ferry left on Monday",
    ),
    (
        "Observers said the vote was calm, the state-run Varnel News Agency (VNA) reported.",
        "Observers",
        "the vote was calm",
    ),
    # a pronoun or a bare role closing the claim
    ("“The ferry left on Monday,” she told reporters in Old Harbour.", "Jane Doe", "“The ferry left on Monday"),
    ("The ferry left on Monday, the harbour master said.", "Jane Doe", "The ferry left on Monday"),
    # when the report was given, to the part of the day
    (
        "Mayor Jane Doe told Radio Varnel on Sunday morning that the ferry had left.",
        "Mayor Jane Doe",
        "the ferry had left.",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "said"), FRAMED)
def test_the_frame_of_a_statement_is_not_what_is_said(text: str, speaker: str, said: str) -> None:
    from sourcetrace.link.claim_features import content_text

    assert content_text(replace(claim("a", text), speaker=speaker)) == said


def test_a_denial_or_a_relative_clause_closing_the_claim_is_what_is_said() -> None:
    from sourcetrace.link.claim_features import content_text

    denied = replace(claim("g", "The ferry left on Monday, the harbour master denied."), speaker="Jane Doe")
    clause = replace(claim("l", "Prices rose, which the ministry reported."), speaker="the ministry")
    assert "denied" in content_text(denied)
    assert "which" in content_text(clause)


def test_a_role_before_the_name_and_a_clause_opening_on_its_verb_are_frame() -> None:
    from sourcetrace.link.claim_features import content_text

    role = replace(
        claim("a", "Its economic spokesman, lawmaker Jan Berk, said the plant was closed on Thursday."),
        speaker="lawmaker Jan Berk",
    )
    aside = replace(claim("b", "claimed, without offering any evidence, that the plant was closed on Thursday."))
    inside = replace(
        claim("c", "The closure of the plant, lawmaker Jan Berk said, was decided on Thursday."),
        speaker="lawmaker Jan Berk",
    )
    assert content_text(role) == "the plant was closed on Thursday."
    assert content_text(aside) == "the plant was closed on Thursday."
    # no comma after the name: the words before it are what is said, not the speaker's role
    assert content_text(inside).startswith("The closure of the plant")


def _rival_accounts() -> tuple[list[Claim], list[Claim], list[Claim]]:
    police = [
        claim("a", "The ministry said its officers detained Varnel on Monday, 9 March 2026, at a hotel in Old Town."),
        claim("b", "Officers detained Jana Varnel in an Old Town hotel on 9 March 2026, the ministry said."),
    ]
    paper = [
        claim("c", "She was detained on Thursday, 5 March 2026, at the Ostra border crossing as she drove home."),
        claim("d", "Her paper says Varnel was detained at the Ostra border crossing on 5 March 2026 while driving."),
    ]
    earlier = [
        claim("e", "In June 2019 the authorities detained the photographer Milan Oster for two days."),
        claim("f", "Milan Oster, a photographer, was detained for two days in June 2019."),
    ]
    return police, paper, earlier


def test_rival_accounts_of_one_detention_share_a_cluster() -> None:
    # each side's account of one arrest forms its own cluster (they share little but the act and
    # who it befell); dated days apart in one year, the two are joined so the clash can be shown.
    # The same kind of act in another year, to another person, stays apart.
    police, paper, earlier = _rival_accounts()
    clusters = align([*police, *paper, *earlier] + [claim(f"f{i}", t) for i, t in enumerate(FILLER)])
    assert together(clusters, police[0], paper[0]) and together(clusters, police[1], paper[1])
    assert together(clusters, earlier[0], earlier[1])
    assert not any(together(clusters, x, y) for x in earlier for y in police + paper)


def test_rival_accounts_a_month_apart_are_two_events() -> None:
    from dataclasses import replace

    police, paper, earlier = _rival_accounts()
    later = [replace(c, dates=tuple(replace(d, value="2026-04-23") for d in c.dates)) for c in paper]
    clusters = align([*police, *later, *earlier] + [claim(f"f{i}", t) for i, t in enumerate(FILLER)])
    assert not together(clusters, police[0], later[0])


def test_the_acts_a_day_dates() -> None:
    from sourcetrace.link.align import dated_acts

    c = claim("a", "The ministry said the bridge collapsed at about 3:40 a.m. on Wednesday, 4 March 2026.")
    d = claim("b", "Farmers marched on Friday, 6 March 2026. The bridge had collapsed long before.")
    assert ("collaps", "2026-03-04") in dated_acts(c, features(c))
    assert all(act != "collaps" for act, _ in dated_acts(d, features(d)))  # another sentence


def test_function_words_do_not_use_up_the_reach_of_a_day() -> None:
    # "took the decision at an extraordinary session on the night of Sunday": nine words stand
    # between the act and its day, four of them content words
    from sourcetrace.link.align import dated_acts
    from sourcetrace.link.claim_features import term

    c = claim(
        "a",
        "The bank said its board took the decision at an extraordinary session on the night of Sunday, 4 October 2026.",
    )
    assert (term("decision"), "2026-10-04") in dated_acts(c, features(c))
    far = claim(
        "b",
        "The board took the decision, then met the unions, the employers, the mayor and the press"
        " on Sunday, 4 October 2026.",
    )
    assert (term("decision"), "2026-10-04") not in dated_acts(far, features(far))


def test_one_outlets_rival_date_joins_the_account_it_disputes() -> None:
    # one outlet's own version, told by no other article, joins the account told by two; a claim
    # that marks the act as a repeat ("detained again") tells another event and stays apart
    police, _, earlier = _rival_accounts()
    lone = claim("c", "Her paper says Varnel was detained at the Ostra border crossing on Thursday, 5 March 2026.")
    again = claim("d", "Police say Varnel was detained again on Thursday, 12 March 2026, at the Ostra border crossing.")
    clusters = align([*police, lone, *earlier] + [claim(f"f{i}", t) for i, t in enumerate(FILLER)])
    assert together(clusters, police[0], lone) and together(clusters, police[1], lone)
    clusters = align([*police, again, *earlier] + [claim(f"f{i}", t) for i, t in enumerate(FILLER)])
    assert not together(clusters, police[0], again)


def test_a_denial_in_so_many_words_aligns_with_what_it_denies() -> None:
    from sourcetrace.link.align import denies_all
    from sourcetrace.link.claim_features import denied, term

    a = claim("a", "The operator denied that the coach was overcrowded.")
    b = claim("b", "Passengers said the coach was overcrowded when it left Varnel station, with people standing.")
    c = claim("c", "The Fjord Flyer was not overcrowded.")
    assert denied(c.text) == (frozenset({term("overcrowded")}),) and denied(a.text)
    assert denied("He rejected claims that the pier had collapsed, saying it was sound.") == (
        frozenset({"pier", term("collapsed")}),
    )
    assert not denied("The minister denied that talks with the unions, the employers and the city had stalled.")
    fa, fb, fc = features(a), features(b), features(c)
    assert denies_all(fa, fb) and denies_all(fc, fb) and not denies_all(fb, fa)
    assert not denies_all(fa, fb, topic=frozenset({term("overcrowded"), "coach"}))  # the topic alone ties nothing
    clusters = align([a, b, c, *(claim(f"f{i}", t) for i, t in enumerate(FILLER))])
    assert together(clusters, a, b) and together(clusters, c, b)


def test_an_act_said_never_done_denies_the_act_on_its_object() -> None:
    # "We never towed that boat anywhere" denies "the patrol ship towed the rubber boat": the act and
    # its object, whatever the subject; a reporting verb or a function word after the negation denies
    # nothing of the kind
    from sourcetrace.link.align import denies_all
    from sourcetrace.link.claim_features import denied, term

    never = claim("a", "“We never towed that boat anywhere,” the commodore told a newspaper.")
    towed = claim("b", "The patrol ship towed the rubber boat for nearly three hours, the aid group said.")
    assert frozenset({term("towed"), term("boat")}) in denied(never.text)
    assert frozenset({term("tow"), term("boat")}) in denied("The coast guard did not tow the boat.")
    assert not any(term("said") in s for s in denied("The minister did not say when the talks resume."))
    assert not denied("The ministry has not responded to requests for comment.")
    assert denies_all(features(never), features(towed)) and not denies_all(features(towed), features(never))
    # two acts sharing one object after a comma: "never received, and therefore never ignored, any warning"
    both = 'The company "has never received, and therefore never ignored, any warning" about the track.'
    assert frozenset({term("ignored"), term("warning")}) in denied(both)
    assert not denied("The driver did not stop, the police said.")  # no "any": the comma ends the act


def test_figure_clashes_taken_as_one_count_count_as_links() -> None:
    # y (9,000 tents) is linked to two accounts of 2,100 tents and blocked against two more that
    # give that figure: those clashes were already taken as one count told with two figures, so they
    # count as links and y joins the cluster of five (two direct links alone are under half); those
    # two pairs have enough in common to be weighed (a score at the cap), else they would not count
    cl = [
        claim("a", "About 2,100 tents were distributed, the agency said."),
        claim("b", "Aid workers said 2,080 tents had been distributed."),
        claim("c", "Some 2,100 tents were delivered to the camp."),
        claim("d", "The agency counted 2,090 tents."),
        claim("e", "Tents were distributed across the camp."),
        claim("y", "At least 9,000 tents were handed out by volunteers."),
    ]
    table = {(i, j): 1.0 for i in range(5) for j in range(i + 1, 5)}
    table.update({(0, 5): 0.5, (1, 5): 0.45, (2, 5): 0.3, (3, 5): 0.3, (4, 5): 0.2})
    assert [0, 1, 2, 3, 4, 5] in _groups(cl, table, {(2, 5), (3, 5)})


def test_a_split_sentence_joins_the_cluster_of_all_its_parts() -> None:
    from sourcetrace.link.align import _wholes, _with_wholes
    from sourcetrace.model import Cluster

    text = "Nine workers died and 14 remain missing after the pier collapsed."
    whole = Claim("w", "a", 0, len(text), text)
    p1, p2 = Claim("p1", "a", 0, 17, text[:17]), Claim("p2", "a", 22, len(text), text[22:])
    other = Claim("o", "a", 70, 100, "The harbour reopened on Friday.")
    wholes = _wholes([whole, p1, p2, other])
    assert wholes == {"w": ("p1", "p2")}
    both = Cluster(id="k1", claims=("p1", "p2", "x"))
    one = Cluster(id="k2", claims=("p1", "y"))
    out = _with_wholes([both, one], wholes)
    assert sorted(k.claims for k in out) == [("p1", "p2", "w", "x"), ("p1", "y")]
    # parts in different clusters: two facts, the sentence stays out
    assert sorted(k.claims for k in _with_wholes([one, Cluster(id="k3", claims=("p2", "z"))], wholes)) == [
        ("p1", "y"),
        ("p2", "z"),
    ]


def test_a_split_sentence_joins_its_part_cluster_when_the_other_part_is_told_nowhere_else() -> None:
    from sourcetrace.link.align import _with_wholes
    from sourcetrace.model import Cluster

    # "Three climbers are still missing and the search goes on": only the first part is told elsewhere
    wholes = {"w": ("p1", "p2")}
    out = _with_wholes([Cluster(id="k1", claims=("p1", "x"))], wholes)
    assert [k.claims for k in out] == [("p1", "w", "x")]
    # a part in no cluster at all does not keep the sentence out; two clusters still do
    two = [Cluster(id="k1", claims=("p1", "x")), Cluster(id="k2", claims=("p2", "y"))]
    assert sorted(k.claims for k in _with_wholes(two, wholes)) == [("p1", "x"), ("p2", "y")]
    # ... nor does a part linked to another article's claim, though no cluster took it
    out = _with_wholes([Cluster(id="k1", claims=("p1", "x"))], wholes, frozenset({"p1", "x", "p2"}))
    assert [k.claims for k in out] == [("p1", "x")]
    # ... nor a negation the sentence owes to the part told nowhere else ("and nobody lifted a finger")
    out = _with_wholes([Cluster(id="k1", claims=("p1", "x"))], wholes, negated=frozenset({"w", "p2"}))
    assert [k.claims for k in out] == [("p1", "x")]


def test_a_nominal_denial_with_an_emphatic_tail_aligns_with_what_it_denies() -> None:
    from sourcetrace.link.align import no_such_of
    from sourcetrace.link.claim_features import no_such, term

    assert no_such("“There was no cover-up, not for a single hour.") == frozenset({term("cover-up")})
    assert no_such("There was no embargo, never.") == frozenset({term("embargo")})
    assert not no_such("There was no embargo, the minister said on Monday after talks with Varnel.")
    a = claim("a", "“There was no concealment, not for a day.")
    b = claim("b", "Rival officials said the Varnel authorities had concealed the spill from the harbour for a week.")
    assert no_such_of(features(a), features(b))
    clusters = align([a, b, *(claim(f"f{i}", t) for i, t in enumerate(FILLER))])
    assert together(clusters, a, b)


def test_nominal_and_verbal_forms_of_sion_share_a_stem() -> None:
    from sourcetrace.link.claim_features import stem

    assert stem("decision") == stem("decided") == stem("decisions") == stem("decide")
    assert stem("explosion") == stem("exploded") and stem("invasion") == stem("invaded")
    # only a vowel before "-sion" makes it a verb's noun: "tension", "admission" keep theirs
    assert stem("tension") != stem("tend") and stem("admission") != stem("admit")


def test_nominal_and_verbal_forms_of_ification_share_a_stem() -> None:
    from sourcetrace.link.claim_features import stem

    assert stem("notification") == stem("notified") == stem("notifications")
    assert stem("verification") == stem("verified") and stem("ratification") == stem("ratified")
    a = claim("a", "The port authority said Varnel notified the Fjord Shipping Board on 4 May 2026.")
    b = claim("b", "The Fjord Shipping Board said it received Varnel's notification of the spill on 4 May 2026.")
    clusters = align([a, b, *(claim(f"f{i}", t) for i, t in enumerate(FILLER))])
    assert together(clusters, a, b)


def test_a_passive_reporting_verb_dates_the_thing_it_confirms() -> None:
    from sourcetrace.link.claim_features import event_dates, stem
    from sourcetrace.link.deeds import deeds

    a = claim("a", "The first case in Varnel was confirmed on 3 May 2026, the inspector said.")
    assert [d.value for d in event_dates(a)] == ["2026-05-03"]
    said = claim("b", "It was announced on 3 May 2026 that the port would close.")
    assert not event_dates(said)  # "it was announced on ... that": the date of a report
    assert ("confirm", "cas", None) in deeds("the first case in Varnel was confirmed on 3 May", stem)


def test_rival_days_for_one_deed_on_one_thing_join_weeks_apart() -> None:
    # "the first case was confirmed": one deed on one thing, so two accounts dating it weeks apart
    # in one year are rivals to show, not two events; an act that is no such deed keeps the week
    from sourcetrace.link.align import dated_acts
    from sourcetrace.link.align_cluster import Linker, _account, _rivals

    def rivals(texts: list[str]) -> bool:
        cl = [claim(str(n), t) for n, t in enumerate(texts)]
        feats = [features(c) for c in cl]
        link = Linker(
            feats, lambda i, j: (0.5, True), 0.3, dated=[dated_acts(c, f) for c, f in zip(cl, feats, strict=True)]
        )
        ax, ay = _account([0], link), _account([1], link)
        return ax is not None and ay is not None and _rivals([0], [1], ax, ay, link)

    early = "Dr Jane Doe said the first case in Varnel was confirmed on 20 April 2026."
    late = "The first case was confirmed on 9 May 2026 by the Varnel veterinary institute."
    assert rivals([early, late])
    assert not rivals([early, "The first case was confirmed on 9 September 2026 by the Varnel institute."])
    assert not rivals(
        ["Varnel troops crossed the river on 20 April 2026.", "Varnel troops crossed the river on 9 May 2026."]
    )


def test_a_count_of_bodies_counts_the_dead() -> None:
    # "14 bodies recovered" and "fourteen people were killed" count one group (the dead): one figure,
    # comparable across the two nouns; the injured stay another group
    from sourcetrace.link.claim_features import count_class_clash, counted_match, number_relation

    bodies = features(claim("a", "Divers have recovered 14 bodies from the Varnel river."))
    dead = features(claim("b", "Fourteen people were killed when the Varnel bridge collapsed."))
    hurt = features(claim("c", "Fourteen people were injured when the Varnel bridge collapsed."))
    assert [q.unit for q in bodies.quantities] == ["person"]
    assert counted_match(bodies, dead) and number_relation(bodies, dead, people=True) > 0
    assert count_class_clash(bodies, hurt)


def test_an_hour_in_words_is_a_clock_time() -> None:
    # "just after four o'clock": either half of the day (without "in the morning"), with slack
    from sourcetrace.link.claim_features import time_relation

    words = features(claim("a", "It was just after four o'clock when the Varnel bridge fell."))
    assert sorted(m for _, m, _ in words.times) == [240, 960] and all(x for _, _, x in words.times)
    assert time_relation(words, features(claim("b", "The Varnel bridge fell shortly after 4 p.m."))) > 0
    assert time_relation(words, features(claim("c", "The Varnel bridge fell at 18:30."))) < 0
    morning = features(claim("d", "The bridge fell at ten o'clock in the morning."))
    assert [m for _, m, _ in morning.times] == [600]


def test_minutes_past_an_hour_in_words_are_a_clock_time() -> None:
    # "half past five", "at twenty to seven on Saturday morning": times of day, not a share (50%) nor
    # counts; "from five to seven people" stays a range of people
    from sourcetrace.link.claim_features import time_relation

    half = features(claim("a", "Organisers said the Varnel gates opened at around half past five."))
    assert sorted(m for _, m, _ in half.times) == [330, 1050] and all(x for _, _, x in half.times)
    assert not half.quantities
    assert time_relation(half, features(claim("b", "The Varnel gates opened at 4 p.m., the ministry said."))) < 0
    assert time_relation(half, features(claim("c", "The Varnel gates opened around 17:30."))) > 0
    to = features(claim("d", "They stopped the first barge at twenty to seven on Saturday morning."))
    assert [m for _, m, _ in to.times] == [400] and not to.quantities
    night = features(claim("e", "Firemen went up the ridge road at about half past two in the night."))
    assert [m for _, m, _ in night.times] == [150]
    span = features(claim("f", "The crowd grew from five to seven people."))
    assert not span.times and [(q.low, q.high) for q in span.quantities] == [(5.0, 7.0)]


def test_rival_clock_times_of_one_act_join_but_repeats_and_other_days_do_not() -> None:
    # each side of a contested hour forms its own cluster ("the roof fell at about 16:40 on 2 May" by
    # the council, "shortly after 3 p.m." by residents); a link above the threshold between the two
    # that clashes on the hour of one act joins them. A repeat ("a second roof") or another day stays apart
    from sourcetrace.link.align_cluster import Linker, _rival_clocks, agglomerate

    cl = [
        claim("a", "The Varnel council said the roof fell at about 16:40 on 2 May 2026."),
        claim("b", "The roof fell at around 4:40 p.m. on 2 May 2026, the Varnel council said."),
        claim("c", "Residents said the roof fell shortly after 3 p.m."),
        claim("d", "The roof fell shortly after 3 p.m., according to residents."),
        claim("e", "A second roof fell at 11 a.m., residents said."),
        claim("f", "The roof fell at 9 p.m. on 3 May 2019, residents said."),
    ]
    feats = [features(c) for c in cl]
    table = {(0, 1): 1.0, (2, 3): 1.0, (0, 2): 0.45, (1, 4): 0.45, (1, 5): 0.45}
    for p in ((0, 3), (1, 2), (1, 3)):
        table[p] = 0.05

    def score_of(i: int, j: int) -> tuple[float, bool]:
        return table.get((i, j), 0.0), False

    link = Linker(feats, score_of, 0.3)
    edges = [(s, i, j) for (i, j), s in sorted(table.items(), key=lambda x: -x[1]) if s >= 0.4 and 4 not in (i, j)]
    groups = agglomerate(cl, [e for e in edges if 5 not in e[1:]], link, 0.4, list(table))
    assert [0, 1, 2, 3] in groups and [4] in groups and [5] in groups
    assert not _rival_clocks([0, 1], [4], link, 0.4)  # a repeat
    assert not _rival_clocks([0, 1], [5], link, 0.4)  # another day
    assert not _rival_clocks([0, 1], [2, 3], link, 0.5)  # no link above the threshold


def test_what_a_thing_can_hold_is_no_count_of_what_it_held() -> None:
    # "certified to carry up to 400 passengers" is the boat's capacity: it neither agrees with nor
    # clashes with a count of those on board, and two capacities compare with each other
    from sourcetrace.link.claim_features import number_relation

    held = features(claim("a", "The Fjord Star was carrying 380 passengers when it ran aground."))
    cap = features(claim("b", "The Fjord Star is certified to carry up to 400 passengers."))
    cap2 = features(claim("c", "The operator said the Fjord Star was licensed for 400."))
    assert [q.unit for q in cap.quantities] == ["capacity"]
    assert number_relation(held, cap, people=True) == 0
    assert number_relation(cap, cap2) > 0


def test_a_group_named_by_a_proper_adjective_is_a_part_of_a_count_of_people() -> None:
    # "131 Varnish citizens were on the list" counts a part of "212 passengers": no clash of one
    # count across the two nouns; the same noun (or no qualifier) still compares
    from sourcetrace.link.claim_features import number_relation

    total = features(claim("a", "The manifest lists 212 passengers, the Fjord Lines operator said."))
    part = features(claim("b", "The ministry said 131 Varnish citizens were on the manifest."))
    other = features(claim("c", "The ministry said 180 citizens were on the manifest."))
    assert number_relation(total, part, people=True) == 0
    assert number_relation(total, other, people=True) < 0
    assert number_relation(part, features(claim("d", "Some 131 Varnish citizens were on board."))) > 0


def test_the_first_cases_mark_one_onset() -> None:
    # "the first cases" is an occurrence that happens once, though "cases" is a generic noun left out
    # of a claim's words: two dated accounts of it are one event (not merely the story's setting)
    from sourcetrace.link.align import _evidence

    a = features(claim("a", "Dr Jane Doe said the first cases were recorded on Monday afternoon at Brask schools."))
    b = features(claim("b", "Health officials said the first cases appeared on 9 March 2026 at Brask schools."))
    assert "first:cas" in a.unique and "first:cas" in b.unique
    topic = frozenset({"school"})
    assert _evidence(a, b, a.stems & b.stems, 0, 0, 0.45, {}, topic)
    c = features(claim("c", "Health officials said the fever appeared on 9 March 2026 at Brask schools."))
    assert not _evidence(a, c, a.stems & c.stems, 0, 0, 0.45, {}, topic)


def test_one_thing_placed_in_two_places_is_two_things() -> None:
    # "the embassy in Kell" and "the embassy in Tolm": two embassies, so their counts of diplomats
    # are no clash of one count; the same place (or none named) still compares
    from sourcetrace.link.align import elsewhere

    kell = features(claim("a", "Varnel's embassy in Kell has about 30 accredited diplomats, the list shows."))
    tolm = features(claim("b", "The Brask embassy in Tolm, which has twelve accredited diplomats, will be cut."))
    again = features(claim("c", "The embassy in Kell had 25 accredited diplomats last year."))
    bare = features(claim("d", "The embassy has twelve accredited diplomats."))
    assert elsewhere(kell, tolm)
    assert not elsewhere(kell, again) and not elsewhere(kell, bare)


def test_counts_of_one_named_group_compare_across_person_nouns() -> None:
    # "four Varnish officials" and "six Varnish staff" count one group named alike: the
    # figures clash; a group named otherwise ("Brask") is another group
    from sourcetrace.link.claim_features import named_group, number_relation

    four = features(claim("a", "Four Varnish officials were told to leave on Monday."))
    six = features(claim("b", "The ministry said six Varnish staff had been ordered out."))
    brask = features(claim("c", "Six Brask staff had been ordered out, the ministry said."))
    assert named_group(four, six) and not named_group(four, brask)
    assert number_relation(four, six, people=True) < 0
    assert number_relation(four, brask, people=True) == 0


def test_one_odd_minute_of_one_day_is_one_moment() -> None:
    # two outlets time one failure to the same minute in other words ("the pumps went silent at 09:47
    # on 3 March" / "the control room registered a fault at 09:47 on 3 March"): one moment. A round
    # hour, an approximate time, or the same minute on another day is no such match
    from sourcetrace.link import align as mod

    def pair(at: str, day: str = "3 March 2026") -> tuple[Claim, Claim]:
        return (
            claim("a", f"The Varnel pumps went silent at {at} on 3 March 2026, residents said."),
            claim("b", f"Fjord Water said its control room in Dalmor registered a fault at {at} on {day}."),
        )

    def joined(a: Claim, b: Claim) -> bool:
        return together(align([a, b, *(claim(f"f{i}", t) for i, t in enumerate(FILLER))]), a, b)

    a, b = pair("09:47")
    assert mod.same_minute(features(a), features(b)) and joined(a, b)
    for at, day in (("10:00", "3 March 2026"), ("09:47", "8 June 2019")):
        a, b = pair(at, day)
        assert not mod.same_minute(features(a), features(b)) and not joined(a, b)
    # an approximate time is no such match (whether the two join is left to the rest of what they share)
    a, b = pair("about 09:47")
    assert not mod.same_minute(features(a), features(b))


TWO_FACTS = "Mayor Jane Doe also said 52,000 homes had lost water and accused the council of hiding the repair records."


def test_a_sentence_of_two_facts_with_its_wire_copy_joins_both_clusters() -> None:
    from sourcetrace.link.align_cluster import Linker, agglomerate

    texts = [
        ("p", "Some 52,000 homes lost water after the main burst, the utility said."),
        ("q", "About 52,000 homes in Doe's district lost water."),
        ("r", "Mayor Jane Doe accused the council of hiding the repair records."),
        ("s", "The mayor accused the council of hiding repair records for years."),
        ("x", TWO_FACTS),
        ("y", TWO_FACTS),  # the same sentence in another outlet
    ]
    cl = [claim(a, t) for a, t in texts]
    feats = [features(c) for c in cl]
    table = {(0, 1): 1.5, (2, 3): 1.5, (4, 5): 1.5, (2, 4): 0.9, (2, 5): 0.9, (3, 4): 0.9, (3, 5): 0.9}
    table.update({(0, 4): 0.45, (1, 4): 0.45, (0, 5): 0.45, (1, 5): 0.45})

    def score_of(i: int, j: int) -> tuple[float, bool]:
        return table.get((i, j), 0.05), False

    link = Linker(feats, score_of, 0.3)
    edges = sorted(((s, i, j) for (i, j), s in table.items()), reverse=True)
    groups = [g for g in agglomerate(cl, edges, link, 0.4) if len(g) > 1]
    # the copy in another outlet shares both facts: what the sentence shares with its own cluster
    # is judged on the other members; a name (who speaks) may be in both
    assert [2, 3, 4, 5] in groups
    assert any({0, 1, 4} <= set(g) and 2 not in g for g in groups)


def test_a_count_restated_further_down_joins_the_cluster_of_its_first_telling() -> None:
    from sourcetrace.link.align_cluster import Linker, agglomerate

    def run(first: str, again: str, copy: str) -> list[list[int]]:
        cl = [
            at("w", 0, first),
            at("w", 100, "The council said more than 90,000 homes were affected."),
            *(at("w", 200 + 100 * n, t) for n, t in enumerate(FILLER)),
            at("w", 600, again),
            at("x", 0, copy),
            at("y", 0, "More than 90,000 homes were affected, the council said."),
        ]
        feats = [features(c) for c in cl]
        table = {(0, 6): 1.5, (1, 7): 1.5, (5, 6): 0.9, (6, 7): 0.7, (0, 7): 0.6, (1, 6): 0.6, (5, 7): 0.5}

        def score_of(i: int, j: int) -> tuple[float, bool]:
            return table.get((i, j), 0.05), False

        link = Linker(feats, score_of, 0.3)
        edges = sorted(((s, i, j) for (i, j), s in table.items()), reverse=True)
        return [g for g in agglomerate(cl, edges, link, 0.4) if len(g) > 1]

    groups = run(
        "Some 52,000 homes lost water, the utility said.",
        "About 52,000 homes had lost water by noon, and the mayor blamed the council.",
        "About 52,000 homes lost water, the utility said.",
    )
    assert [0, 1, 5, 6, 7] in groups
    # a small count recurs in other things said: no restatement
    groups = run(
        "Two pumps stopped at the plant, the utility said.",
        "If two pumps stopped again, the town would run dry, an engineer said.",
        "Two pumps stopped at the plant, the utility said.",
    )
    assert not any({0, 5} <= set(g) for g in groups)


def test_a_denied_term_of_two_words_aligns_with_what_it_tells() -> None:
    # the denial names the thing as the accounts do ("solitary confinement"), with another verb
    # ("kept" / "held" / "spent"); a denial of one word ("was never left") ties nothing
    from sourcetrace.link.align import denies_term
    from sourcetrace.link.claim_features import denied_terms

    assert denied_terms("The warden denied that Doe had been kept in solitary confinement.") == {
        ("solitary", "confinement")
    }
    assert denied_terms("It refuted the reports spread by some media that the vessel was held in dry dock.") == {
        ("dry", "dock")
    }
    assert not denied_terms("She denied that the pier had collapsed.")
    told = [
        claim("a", "Fjord Watch said Jane Doe had spent 30 days in solitary confinement after her arrest."),
        claim("b", "Fjord Watch says Doe was held in solitary confinement for 30 days after her arrest."),
    ]
    deny = [
        claim(
            "c",
            "The Varnel prison service denied that she had been kept in solitary confinement, saying she had company.",
        ),
        claim("d", "The prison service of Varnel denied that Doe had been kept in solitary confinement at any time."),
    ]
    fa, fc = features(told[0]), features(deny[0])
    assert denies_term(fc, fa) and not denies_term(fa, fc)
    assert not denies_term(features(claim("e", "The ward was never left without nurses.")), fa)
    clusters = align([*told, *deny] + [claim(f"f{i}", t) for i, t in enumerate(FILLER)])
    assert together(clusters, told[0], deny[0]) and together(clusters, told[1], deny[1])


def test_one_act_told_in_other_verbs_on_one_day_aligns() -> None:
    # one act dated to one day in other verbs ("reached" / "arrived"), the subject shared and the
    # names apart: one claim; another act of that day shares no subject and stays apart
    a = claim("a", "According to the agency, the ship reached the Kell harbour on Monday, 5 October 2026.")
    b = claim("b", "Port chief Jane Doe told reporters in Brask that the ship arrived on Monday, Oct. 5, 2026.")
    c = claim("c", "Fishermen held a protest about quotas in Tolm on Monday, 5 October 2026.")
    clusters = align([a, b, c] + [claim(f"f{i}", t) for i, t in enumerate(FILLER)])
    assert together(clusters, a, b)
    assert not together(clusters, a, c) and not together(clusters, b, c)


def test_a_figure_asked_for_is_no_figure_given() -> None:
    # "prosecutors had sought seven years" / "was sentenced to seven years": the request and the
    # outcome are two facts of one unit, kept apart; two accounts of the sentence stay together
    from sourcetrace.link.align import asked_against_given

    sought = claim("a", "Prosecutors had sought seven years in a high-security prison for Jane Doe, her lawyer said.")
    given = [
        claim("b", "Jane Doe was sentenced on Thursday to seven years in prison by a court in Kell."),
        claim("c", "A Kell court sentenced Jane Doe to seven years in prison on Thursday."),
    ]
    fa, fb = features(sought), features(given[0])
    assert asked_against_given(fa, fb) and not asked_against_given(fb, fa)
    assert not asked_against_given(features(given[1]), fb)
    clusters = align([sought, *given] + [claim(f"f{i}", t) for i, t in enumerate(FILLER)])
    assert together(clusters, *given)
    assert not together(clusters, sought, given[0]) and not together(clusters, sought, given[1])


def test_the_terms_a_charge_carries_are_no_term_given() -> None:
    # "the charge carries between three and eight years" tells the law, not the sentence
    from sourcetrace.link.claim_features import claimed

    law = claim("a", "The charge carries between three and eight years in prison.")
    given = claim("b", "Jane Doe was sentenced on Thursday to seven years in prison by a court in Kell.")
    assert [q.unit for q in claimed(law)] == ["year-penalty"] and [q.unit for q in claimed(given)] == ["year"]
    assert [q.unit for q in claimed(claim("c", "The offence is punishable by up to ten years."))] == ["year-penalty"]


def test_a_cluster_of_denials_joins_the_cluster_it_denies() -> None:
    # half the denying side denies, most of the told side is denied, and nothing blocks: one
    # contested claim; a denial of one claim out of two told is not enough
    from sourcetrace.link.align import denies_term
    from sourcetrace.link.align_cluster import Linker, _denial_of

    texts = [
        ("a", "Fjord Watch said Jane Doe had spent 30 days in solitary confinement after her arrest."),
        ("b", "Fjord Watch says Doe was held in solitary confinement for 30 days after her arrest."),
        ("c", "The Varnel prison service denied that she had been kept in solitary confinement."),
        ("d", "She shared a cell with two other women, the prison service said."),
        ("e", "Her lawyer was allowed to see her twice in the first month."),
    ]
    feats = [features(claim(a, t)) for a, t in texts]
    link = Linker(feats, lambda i, j: (0.5, False), 0.3, denies=lambda i, j: denies_term(feats[i], feats[j]))
    assert _denial_of([0, 1], [2, 3], link, 0.4)
    assert not _denial_of([0, 4], [2, 3], link, 0.4)  # one of two told is denied: not most
    assert not _denial_of([0, 1], [2, 3], Linker(feats, lambda i, j: (0.5, False), 0.3), 0.4)


def test_counts_of_two_named_groups_stay_apart() -> None:
    # who went which way in an exchange: the count of one nation's people is not the other's
    from sourcetrace.link.claim_features import counted_groups, other_groups

    a = claim("a", "For its part, the Varnish side handed over 212 Brask detainees, the ministry stressed.")
    b = claim("b", "The Brask side in turn released 180 Varnish prisoners, as agreed in the lists, he said.")
    c = claim("c", "The Brask side for its part released 180 Varnish detainees, he stressed.")
    assert counted_groups(features(a)) == {"brask"} and counted_groups(features(b)) == {"varnish"}
    assert other_groups(features(a), features(b))
    clusters = align([a, b, c])
    assert not together(clusters, a, b) and not together(clusters, a, c)
    assert together(clusters, b, c)


def test_rival_counts_of_one_named_group_align() -> None:
    # one side's count of the people it handed over, the other side's count of those who came back;
    # a count of that group dated to another month is another exchange
    a = claim("a", "For its part, the Varnish side handed over 212 Brask detainees, the ministry stressed.")
    b = claim("b", "The Brask ombudsman for captives told reporters that only 197 Brasks had come back.")
    d = claim("d", "In March, 210 Brask prisoners came home in the first exchange of the war.", published="2026-11-26")
    clusters = align([a, b, d] + [claim(f"f{i}", t) for i, t in enumerate(FILLER)])
    assert together(clusters, a, b)
    assert not together(clusters, a, d) and not together(clusters, b, d)


def test_a_level_held_since_a_date_is_no_change_to_it() -> None:
    # "keeps its rate at 20 percent since June" (another bank, or another time) / "raised to 20
    # percent from 14 percent": a state and a change, even at one figure
    from sourcetrace.link.claim_features import level_told

    held = claim("h", "The Varnel central bank keeps its main interest rate at 20 percent since June.", "2026-11-26")
    rise = claim("k", "The bank's key interest rate was raised to 20 percent from 14 percent with immediate effect.")
    assert level_told(held.text) == "held" and level_told(rise.text) == "changed"
    assert level_told("The rate, unchanged since June, was raised to 20 percent from 14 percent.") == ""
    assert not together(align([held, rise]), held, rise)


def test_one_odd_figure_of_people_under_two_nouns_is_one_count() -> None:
    # "all 412 staff" / "412 employees": a figure like 412 seldom comes twice by chance; a round 400 may
    from sourcetrace.link.claim_features import one_figure_of_people

    def texts(n: int) -> list[Claim]:
        return [
            claim("a", f"Jane Doe said all {n} staff on the paper's payroll, reporters and printers, had gone home."),
            claim("b", f"The union said the closure had thrown {n} employees out of work overnight."),
        ]

    odd, even = texts(412), texts(400)
    assert one_figure_of_people(features(odd[0]), features(odd[1]))
    assert not one_figure_of_people(features(even[0]), features(even[1]))
    filler = [claim(f"f{i}", t) for i, t in enumerate(FILLER)]
    assert together(align(odd + filler), *odd)
    assert not together(align(even + filler), *even)


def test_a_rule_taking_effect_is_one_act_however_told() -> None:
    # "took effect" / "entered into force": one idiom for a rule starting to apply, dated to one day
    from sourcetrace.link.claim_features import content_text, idioms

    a = claim(
        "a",
        "The suspension of the licence of the Fjord Post radio station took effect at 00:00 on Monday, October 12,"
        " the regulator said.",
        published="2026-10-14",
    )
    b = claim(
        "b",
        "In reality, as the regulator explained, the suspension of the licence entered into force at midnight on"
        " Monday, and nothing happened on Friday.",
        published="2026-10-14",
    )
    assert idioms("The ban came into effect on Monday.") == "The ban effective        on Monday."
    # who said it is frame on both sides (", the regulator said.", ", as the regulator explained,")
    assert "regulator" not in content_text(a) and "regulator" not in content_text(b)
    assert together(align([a, b] + [claim(f"f{i}", t) for i, t in enumerate(FILLER)]), a, b)


def test_one_anchored_link_to_one_member_does_not_join_a_cluster() -> None:
    # a cluster told in three outlets, and a stray sharing one figure with one of its members only
    from sourcetrace.link.align_cluster import Linker, _mergeable

    texts = [
        ("a", "The Varnel central bank raised its key rate to 20 percent from 14 percent."),
        ("b", "Varnel's central bank lifted the key rate to 20 percent from 14 percent."),
        ("c", "The key rate now stands at 20 percent, up from 14 percent, the Varnel bank said."),
        ("d", "Timber exports from Varnel fell by 20 percent in the following year."),
    ]
    feats = [features(claim(art, t)) for art, t in texts]
    strong = {(0, 1), (0, 2), (1, 2)}

    def score_of(i: int, j: int) -> tuple[float, bool]:
        if (i, j) in strong:
            return 1.2, False
        return (0.5, False) if (i, j) == (2, 3) else (0.29, False)

    link = Linker(feats, score_of, 0.3)
    pos = {i: i for i in range(4)}
    assert _mergeable([0, 1], [2], link, 0.4, pos)  # the cluster itself still forms
    assert not _mergeable([3], [0, 1, 2], link, 0.4, pos)  # one shared figure with one member: apart
    # a lone pair sharing a figure still joins on that link alone
    assert _mergeable([3], [2], link, 0.4, pos)


def _dated(text: str, article: str = "a", published: str | None = "2026-05-10", years: str = "2026"):
    import dataclasses

    return dataclasses.replace(features(claim(article, text, published)), story_years=frozenset(years.split()))


def test_lives_taken_counts_the_dead() -> None:
    # "took the lives of" is a killing told as an idiom: a count of the dead, as "killed" is
    f = features(claim("a", "The collapse of the Orvel footbridge took the lives of at least 14 people."))
    assert ("person", "#dead") in f.counted
    g = features(claim("b", "Nine people were killed when the Orvel footbridge collapsed."))
    from sourcetrace.link.claim_features import counted_match

    assert counted_match(f, g)


def test_written_year_outside_story_is_another_occurrence_even_at_one_figure() -> None:
    from sourcetrace.link.claim_features import date_relation

    # dated to the day in a year the story's events are not in, the same figure by chance: the earlier toll
    old = _dated("On 4 June 2019 a ferry capsized off Varnel Point and nine people lost their lives.")
    now = _dated("Nine people lost their lives, the coast guard said.", "b")
    assert date_relation(old, now) < 0 and date_relation(now, old) < 0
    # a year of the story's own events is its toll
    same = _dated("On 4 May 2026 nine people lost their lives off Varnel Point.")
    assert date_relation(same, now) == 0


def test_relative_past_year_unresolved_is_another_occurrence() -> None:
    from sourcetrace.link.claim_features import date_relation

    # a page without its date: "last year" is not resolved, it still tells an earlier fire
    old = _dated("Last year, a fire in Fjordmark county burned about 3,100 hectares over nine days.", published=None)
    assert not old.dates and old.past_year
    now = _dated("About 3,000 hectares have burned so far, the forestry agency said.", "b")
    assert date_relation(old, now) < 0
    again = _dated("More than 3,000 hectares have burned, the county said.", "c")
    assert date_relation(again, now) == 0


def test_rival_days_need_counts_of_one_thing() -> None:
    from sourcetrace.link.align_cluster import Linker, _other_things

    feats = [
        features(claim("a", "Two firefighters from the Varnel brigade suffered burns on Monday.", "2026-05-12")),
        features(claim("b", "Two Varnel firefighters were treated for burns on Monday.", "2026-05-12")),
        features(claim("c", "More than 5,000 hectares had burned in Varnel by Tuesday.", "2026-05-12")),
        features(claim("d", "About 4,800 hectares burned near Varnel by Tuesday.", "2026-05-12")),
        features(claim("e", "Three firefighters suffered burns near Varnel on Tuesday.", "2026-05-12")),
    ]
    link = Linker(feats, lambda i, j: (0.0, False), 0.3)
    assert _other_things([0, 1], [2, 3], link)  # firefighters hurt / hectares burned: two counts
    assert not _other_things([0, 1], [4], link)  # firefighters both: rival days of one act may be


def test_tolls_of_two_years_are_two_occurrences() -> None:
    from sourcetrace.link.align import pair_score

    # a death happens once to a person; a toll dated to another year is another disaster's toll
    old = _dated("It was the worst flood since a flood in Brevik county killed nearly 300 people in March 2014.")
    now = _dated("The flood that hit Orvel on Sunday, 3 May, has so far claimed the lives of 291 residents.", "b")
    score, blocked = pair_score(old, now, {}, 0.5)
    assert blocked, score


def test_limit_against_value_blocks() -> None:
    from sourcetrace.link.align import pair_score

    # the limit set on a thing and what the thing did, in one unit: two facts
    limit = features(claim("a", "The speed limit on the Orvel bridge is 40 km per hour, the city said."))
    done = features(claim("b", "The Orvel bus was travelling at 70 km per hour on the bridge, the city said."))
    assert limit.limits and not done.limits
    assert pair_score(limit, done, {}, 0.6)[1]
    again = features(claim("c", "The permitted speed for buses on the Orvel bridge is 40 km per hour."))
    assert not pair_score(limit, again, {}, 0.6)[1]  # two tellings of the limit


def test_unresolved_past_year_against_a_dated_count() -> None:
    from sourcetrace.link.claim_features import date_relation

    old = _dated("Last year, a fire in Fjordmark county burned about 3,100 hectares over nine days.", published=None)
    now = _dated("About 3,000 hectares had burned by Tuesday, the forestry agency said.", "b")
    assert now.dates and date_relation(old, now) < 0 and date_relation(now, old) < 0


def test_one_thing_of_two_named_owners_stays_apart() -> None:
    from sourcetrace.link.align import pair_score

    # two countries' stocks (two owners' figures of one thing) are two facts, not a clash
    a = features(claim("a", "Varnel's own grain silos are 64 percent full, the farm ministry said."))
    b = features(claim("b", "Brask's grain silos were about 41 percent full, analysts said."))
    assert pair_score(a, b, {}, 0.6)[1]
    c = features(claim("c", "Brask's grain silos were 52 percent full on Monday, the Brask board said."))
    assert not pair_score(b, c, {}, 0.6)[1]  # one owner, rival figures: a clash to show
    d = features(claim("d", "Monday's storm flooded 64 percent of the fields, officials said."))
    e = features(claim("e", "Sunday's storm flooded 41 percent of the fields."))
    assert not d.owned and not e.owned  # a day is when, not whose


def test_another_figure_for_one_act_in_another_year_is_an_earlier_occurrence() -> None:
    from sourcetrace.link.claim_features import date_relation

    old = _dated("A similar strike at the Orvel docks in May 2019 lasted nine days.")
    now = _dated("Stocks at the Orvel mills could last 35 days, the millers' union said.", "b")
    assert date_relation(old, now) < 0
    same = _dated("The Orvel dock strike lasted nine days.", "c")
    assert date_relation(old, same) == 0  # one figure: the earlier strike told again, undated


def test_demand_as_a_noun_asks_for_nothing() -> None:
    a = features(claim("a", "Stocks are enough to cover demand for around six weeks, analysts said."))
    b = features(claim("b", "The union demands a raise of 12 percent, its leader said."))
    assert not a.asked and b.asked


def test_short_verb_forms_share_a_stem() -> None:
    from sourcetrace.link.align import stem

    # "owes" / "owed" / "owe": the forms of a three-letter verb are one word
    assert stem("owes") == stem("owed") == stem("owe")
    assert stem("uses") == stem("used") == stem("use")
    a = features(claim("a", "The Orvel utility says it owes 90 million euros to the Brask grid."))
    b = features(claim("b", "The Orvel utility owed the Brask grid 140 million euros, the grid said."))
    assert "owe" in a.acts & b.acts


def test_counts_of_people_for_one_act_word_are_candidates() -> None:
    # two rival counts of the people aboard, under other nouns, sharing little else: still verified
    a = claim("a", "The harbour union's roll of those on board names 22 men, among them three apprentices.")
    b = claim("b", "On board were 19 crew members, all from the island of Tessa.")
    others = [
        claim("f", "The harbour union's roll of members grew by 22 this spring, among them apprentices."),
        claim("g", "The island of Tessa sent all its members to the harbour festival."),
        claim("h", "The harbour union named a new chair, among them three from Tessa."),
    ]
    cl = [a, b, *others]
    pairs, _ = candidate_pairs([features(c) for c in cl], embed([c.text for c in cl]), top_k=2)
    assert (0, 1) in pairs


def _rivals_joined(
    side_x: list[str], side_y: list[str], published: str | None = None, background: tuple[str, ...] = ()
) -> bool:
    """Whether ``_join_rivals`` joins two clusters of two claims each (articles a, b / c, d) whose
    one candidate pair across scores 0.6 and is blocked by its figures (the scores are fixed; the
    features, the figures, the dated acts and the checks are those of the texts), in a story of
    2026; ``background`` claims (articles of their own) are the rest of the story, in no cluster."""
    from dataclasses import replace

    from sourcetrace.link.align import WEAK_CAP, apart_whatever_figures, dated_acts
    from sourcetrace.link.align_cluster import Linker, _join_rivals

    cs = [claim(a, t, published) for a, t in zip("ab", side_x, strict=True)] + [
        claim(a, t, published) for a, t in zip("cd", side_y, strict=True)
    ]
    cs += [claim(f"bg{n}", t, published) for n, t in enumerate(background)]
    feats = [replace(features(c), story_years=frozenset({"2026"})) for c in cs]
    link = Linker(
        feats,
        lambda i, j: (0.6, True),
        WEAK_CAP,
        dated=[dated_acts(c, f) for c, f in zip(cs, feats, strict=True)],
        two_facts=lambda i, j: apart_whatever_figures(feats[i], feats[j]),
    )
    return len(_join_rivals([[0, 1], [2, 3]], [(0, 2)], link, 0.4)) == 1


PROSECUTORS = [
    "Prosecutors say the mayor received 1.4 million euros in three payments.",
    "The mayor received 1.4 million euros, the prosecutor said.",
]
RIVAL_SIDES = [
    # (one side, the other side, the first side's figure dated to an earlier year): each side of a
    # contested figure forms its own cluster; the two are joined so the clash can be shown, but a
    # figure of another year is an earlier occurrence told as background
    (
        PROSECUTORS,
        [
            "The party says the mayor received bribes of more than 2.3 million euros.",
            "The mayor received more than 2.3 million euros in bribes, the party said.",
        ],
        [
            "In 2019 the mayor received 1.4 million euros in three payments.",
            "The mayor received 1.4 million euros in 2019, the prosecutor said.",
        ],
    ),
    # one death toll, counted by two sides ("14 people died" / "17 dead"), a death or a killing
    (
        [
            "The ministry said 14 people died in the crush at the stadium.",
            "Fourteen people were killed in the crush, the ministry said.",
        ],
        ["The union says its own count is 17 dead.", "The union counted 17 people dead after the crush."],
        [
            "In 2011 a crush at the old ground killed 13 people.",
            "Thirteen people died in the 2011 crush at the old ground.",
        ],
    ),
]


@pytest.mark.parametrize(("side", "other", "earlier"), RIVAL_SIDES)
def test_rival_figures_join_but_not_those_of_an_earlier_year(
    side: list[str], other: list[str], earlier: list[str]
) -> None:
    assert _rivals_joined(side, other)
    assert not _rivals_joined(earlier, other)


def test_rival_figures_of_one_thing_join_but_counts_of_people_do_not() -> None:
    # counts of people (aboard, rescued, missing) are many figures of one story and stay with the
    # pair rules (a toll of one death is joined: see RIVAL_SIDES)
    aboard = ["Officials say 41 people were on board the boat.", "The guard recorded 41 people on board."]
    captain = ["The captain said 63 people were on board.", "There had been 63 people on board, the captain said."]
    assert not _rivals_joined(aboard, captain)
    # figures that agree are no rival accounts; one figure written alike joins (see below)
    court = [
        "Court papers show the mayor received 1.4 million euros.",
        "The mayor took 1.4 million euros, the papers say.",
    ]
    assert _rivals_joined(PROSECUTORS, court)
    papers = [
        "Court papers show the mayor received about 1.4 million euros.",
        "The papers say about 1.4 million euros.",
    ]
    assert not _rivals_joined(PROSECUTORS, papers)  # figures that agree, not alike: the pair rules decide


def test_one_figure_written_alike_joins_clusters_worded_apart() -> None:
    # "more than 6,000 hectares" told as a burned area and as "a figure given": one fact, worded apart
    burned = [
        "More than 6,000 hectares were burned, the ministry said.",
        "The ministry says more than 6,000 hectares have burned.",
    ]
    given = [
        "The ministry has given a figure of more than 6,000 hectares.",
        "Its figure is more than 6,000 hectares, the ministry has said.",
    ]
    assert _rivals_joined(burned, given)
    assert not _rivals_joined(burned, [t.replace("more than", "about") for t in given])  # other bounds
    earlier = [
        "In 2019 the ministry gave a figure of more than 6,000 hectares.",
        given[1].replace("has said", "said in 2019"),
    ]
    assert not _rivals_joined(burned, earlier)  # another year: an earlier fire told as background
    again = [t.replace("a figure", "a fresh figure") for t in given[:1]] + given[1:]
    assert not _rivals_joined(burned, again)  # a repeat
    # counts of people and small round figures are many figures of one story
    aboard = ["Officials say 140 people were on board the boat.", "The guard recorded 140 people on board."]
    listed = ["The list names 140 people.", "There were 140 people on the list, the guard said."]
    assert not _rivals_joined(aboard, listed)
    small = ["More than 60 hectares were burned, the ministry said.", "The ministry says more than 60 hectares burned."]
    assert not _rivals_joined(small, [t.replace("6,000", "60") for t in given])


def test_rival_days_of_one_act_on_one_thing_join_without_a_name() -> None:
    # no name is shared, but both accounts tell the convoy's arrival on days four days apart: rival
    # accounts of one event. When the words they share are what the whole story tells (the act words
    # of most claims), they tell nothing of which event, and the clusters stay apart.
    monday = [
        "The convoy arrived on 5 October, the organisers said.",
        "Organisers say the convoy arrived on 5 October.",
    ]
    night = [
        "The convoy arrived only in the night of 9 October, witnesses said.",
        "Witnesses say the convoy arrived on 9 October.",
    ]
    assert _rivals_joined(monday, night, "2026-10-12")
    story = tuple(f"The convoy had arrived at checkpoint {n} by then, officials said." for n in range(1, 8))
    assert not _rivals_joined(monday, night, "2026-10-12", story)
    # one shared word beside the story's own is enough
    assert _rivals_joined(monday, night, "2026-10-12", tuple(t.replace("convoy", "lorry") for t in story))
    # a lone shared act word is not
    other = ["The ferry arrived on 9 October, witnesses said.", "Witnesses say the ferry arrived on 9 October."]
    assert not _rivals_joined(monday, other, "2026-10-12")


def test_sums_of_two_named_things_are_two_facts() -> None:
    # "a fine of 1.2 million" and "bail of 1.5 million" are two sums, not one told two ways; a sum
    # that names nothing it is of ("received 1.4 million euros") may be either
    from sourcetrace.link.align import apart_whatever_figures

    def f(t: str):
        return features(claim("a", t))

    fine = f("The court imposed the fine in the amount of 1.2 million kharzi on the reporter.")
    bail = f("In May a judge refused to release the reporter on bail of 1.5 million kharzi.")
    fined = f("The reporter was also fined 1.5 million kharzi by the court.")
    assert sorted(fine.sums) == [("kharzi", "fin")] and sorted(bail.sums) == [("kharzi", "bail")]
    assert apart_whatever_figures(fine, bail)
    assert not apart_whatever_figures(fine, fined)  # one fine, two figures: a clash, not two facts
    budget = f("The broadcaster's entire annual budget is around 18 million ducats.")
    penalty = f("The regulator imposed on the broadcaster a fine of 1.8 million ducats.")
    assert apart_whatever_figures(budget, penalty)
    took = f("Prosecutors say the mayor received 1.4 million euros in three payments.")
    bribes = f("The party says the mayor received bribes totalling more than 2.3 million euros.")
    assert not apart_whatever_figures(took, bribes)
    same = f("The court put the bail at 1.5 million kharzi, the fine of 1.5 million kharzi aside.")
    assert not apart_whatever_figures(same, bail)  # figures that agree: no clash to explain


def test_an_ordinal_read_as_a_share_or_a_part_of_a_year_marks_no_repeat() -> None:
    from sourcetrace.link.align_cluster import marks_repeat

    def rep(text: str) -> bool:
        return marks_repeat(features(claim("a", text)))

    assert rep("Police detained the editor again on Friday.")
    assert rep("A second blast hit the depot an hour later.")
    assert rep("A third explosion was heard after midnight.")
    assert not rep("The opposition said the real fall was close to a third")
    assert not rep("The lira has lost almost a third of its value in a week.")
    assert not rep("Repayments will be up to a third higher from next month.")
    # ... nor one that names a part of a year
    assert not rep("The board decided late on Sunday, after reviewing the data for the third quarter.")
    assert not rep("Exports fell in the second half of the year.")
    assert rep("The board met for the third time on Sunday.")


def test_words_of_one_movement_are_one_act_and_a_qualified_noun_is_no_shared_act() -> None:
    from sourcetrace.link.align_cluster import _qualified_apart
    from sourcetrace.link.claim_features import moved

    devalued = features(claim("a", "The central bank said the lira was devalued by 18 percent."))
    fallen = features(claim("b", "The trade ministry said the lira had fallen by at least 25 percent."))
    assert {"fall", "lira"} <= moved(devalued.acts) & moved(fallen.acts)
    assert "fall" not in devalued.acts & fallen.acts  # the stems alone differ
    interest = features(claim("c", "The bank also raised its key interest rate to 20 percent."))
    exchange = features(claim("d", "The bank defended its decision to adjust the exchange rate by 18 percent."))
    assert _qualified_apart("rat", interest, exchange)
    official = features(claim("e", "It set the official rate at 540 per dollar, the bank said."))
    assert not _qualified_apart("lira", devalued, fallen)
    assert _qualified_apart("rat", interest, official)


def test_a_speaker_owns_no_figure_and_a_figure_word_names_no_sum() -> None:
    # "Brask's farm ministry" is whose words, not whose hectares; "a figure of" and "speaks of" name
    # no thing the figure is the sum of: the two ministries' figures are rivals for one area
    from sourcetrace.link.align import apart_whatever_figures

    a = replace(
        claim("a", "Brask's farm ministry has given a figure of more than 4,000 hectares."),
        speaker="Brask's farm ministry",
    )
    b = replace(
        claim("b", "Varnel's water ministry speaks of about 1,900 hectares."), speaker="Varnel's water ministry"
    )
    fa, fb = features(a), features(b)
    assert not fa.owned and not fb.owned and not fa.sums and not fb.sums
    assert not apart_whatever_figures(fa, fb)
    # without the speaker known, the possessives are owners of two ministries: two facts
    assert apart_whatever_figures(features(replace(a, speaker=None)), features(replace(b, speaker=None)))
