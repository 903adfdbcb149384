"""Clusters from scored claim pairs: links taken best first, merges under constraints.

Pairs that pass the threshold are candidate links. Taken best first, each merges the clusters
of its two claims, unless

* it would put two claims of one article in a cluster that are not nearby sentences;
* a pair across the two is blocked (incompatible figures or dates), no sentence beside one of
  its claims agrees, and (for figures) no member that gives one's figure is linked to the other;
* the average score over the cross-article pairs is below ``link_factor * threshold``, or
  fewer than half (of the larger side's size) of those pairs are linked, unless one is anchored
  by the same figure or a copied run: sharing a topic (place, day, people) is not enough.

A refused link is tried again after the pass (its clusters may have grown links since); local
moves then put a claim in the cluster that holds it best; two clusters that give rival days for
one act of one participant (not counts of two things: ``_other_things``), or rival clock times for
one act (``_rival_clocks``), or rival figures of one thing (``_rival_figures``), are joined
(``_join_rivals``: each side of a contested date or hour forms its own cluster, the clash is shown
inside one); and a sentence that tells two facts may join a second
cluster (``_second_homes``). Work
per merge is bounded (MAX_CHECK members per side), and only clusters joined by a candidate
link are compared, so the stage stays sub-quadratic.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from ..model import Claim
from .claim_features import (
    DURATIONS,
    MEASURES,
    STOP,
    ClaimFeatures,
    counted_match,
    date_relation,
    days_clash,
    is_person_unit,
    located_match,
    longest_run,
    move_term,
    moved,
    number_relation,
    of_other_year,
    stem,
    time_relation,
    units_compatible,
)
from .deeds import swapped
from .entity_context import UnionFind

__all__ = ["Linker", "agglomerate"]

NEAR = 3  # sentences apart
MIN_DIRECT = 0.5
LINK_FACTOR = 0.65
MAX_CHECK = 12
ANCHOR_RUN = 6
ANCHOR_LINKS = 2  # direct links an anchored link needs beside it to join two groups (``_mergeable``)
COPY_SHARE = 0.8  # share of their words two claims have in common when one copies the other
RESTATED_MIN = 20  # a count an article restates further down (``_same_count``) is at least this
PASSES = 2  # rounds over the refused links, and of local moves
MOVE_MARGIN = 0.05  # support a claim must gain to move to another cluster
RIVAL_DAYS = 7  # two accounts of one act whose days are at most this far apart tell one event
RIVAL_DEED_DAYS = 31  # ... or this far, when both tell one deed on one thing (``deeds``)
RIVAL_PER_ARTICLE = 3  # claims of one article in two rival accounts joined
TOLL_PER_ARTICLE = 5  # ... in two rival tolls of one death or killing
TOLL_EVENTS = frozenset({"death", "killing"})  # claim_features.ONCE_EVENTS that a toll counts
TOPIC_SHARE = 0.1  # share of all claims that use a word the whole story is about (``Linker.topic_words``)
TOPIC_MIN = 5
RIVAL_ARTICLES = 3  # articles the two accounts span together
RIVAL_TRIES = 30  # other clusters one cluster is weighed against as a rival account (the closest first)
PERIOD_PARTS = frozenset("quarter half semester".split())  # "the third quarter": a part of a year, no repeat
REPEATS = frozenset("again another second third fresh renewed repeated anew".split())  # a repeat, not a rival date


def marks_repeat(f: ClaimFeatures) -> bool:
    """The claim marks its act as a repeat ("detained again", "a second collapse"); an ordinal that
    the quantity reader took as a share ("close to a third", "up to a third higher") or that names a
    part of a year ("data for the third quarter") marks none."""
    shares = {w for q in f.quantities for w in q.text.lower().split()}
    toks = f.tokens
    return any(
        w in REPEATS and w not in shares and (k + 1 == len(toks) or toks[k + 1] not in PERIOD_PARTS)
        for k, w in enumerate(toks)
    )


@dataclass
class Linker:
    """Scores of claim pairs, computed once (candidates) or on demand (bounded by MAX_CHECK)."""

    feats: Sequence[ClaimFeatures]
    score_of: Callable[[int, int], tuple[float, bool]]
    weak: float  # a pair scoring above this has enough in common to count as linked
    scores: dict[tuple[int, int], float] = field(default_factory=dict)
    blocked: set[tuple[int, int]] = field(default_factory=set)
    # per claim, (act stem, ISO day) for each act word dated in its clause (``align.dated_acts``)
    dated: Sequence[frozenset[tuple[str, str]]] = ()
    # whether claim i denies in so many words what claim j tells (``align.denies_term``)
    denies: Callable[[int, int], bool] | None = None
    # whether claims i and j tell two facts whatever their figures (``align.apart_whatever_figures``)
    two_facts: Callable[[int, int], bool] | None = None
    _topic: frozenset[str] | None = field(default=None, repr=False)
    _repeats: dict[int, bool] = field(default_factory=dict, repr=False)

    def repeat(self, i: int) -> bool:
        """Whether claim ``i`` marks its act as a repeat (``marks_repeat``), read once per claim."""
        if i not in self._repeats:
            self._repeats[i] = marks_repeat(self.feats[i])
        return self._repeats[i]

    def pair(self, i: int, j: int) -> float:
        """The pair's score, 0 when blocked."""
        p = (min(i, j), max(i, j))
        if p not in self.scores:
            sc, blk = self.score_of(*p)
            self.scores[p] = sc
            if blk:
                self.blocked.add(p)
        return 0.0 if p in self.blocked else self.scores[p]

    def raw(self, i: int, j: int) -> float:
        """The pair's score, blocked or not (for a blocked pair a merge has tolerated)."""
        self.pair(i, j)
        return self.scores[(min(i, j), max(i, j))]

    def topic_words(self) -> frozenset[str]:
        """The act words more than TOPIC_SHARE of all claims use (at least TOPIC_MIN): what the whole
        story is about ("fire" in a wildfire's), which tells no one account from another. Counted once."""
        if self._topic is None:
            df = Counter(w for f in self.feats for w in f.acts)
            least = max(TOPIC_MIN, TOPIC_SHARE * len(self.feats))
            self._topic = frozenset(w for w, n in df.items() if n > least)
        return self._topic


def _covered(pair: tuple[int, int], group: list[int], link: Linker) -> bool:
    """A blocked pair is tolerated when a sentence beside one of its claims (same article) agrees."""
    x, y = pair
    feats = link.feats
    for a, b in ((x, y), (y, x)):
        for z in group:
            if z not in (a, b) and feats[z].article == feats[a].article:
                link.pair(z, b)
                if (min(z, b), max(z, b)) not in link.blocked:
                    return True
    return False


def _vouched(pair: tuple[int, int], group: list[int], link: Linker) -> bool:
    """A pair blocked for its figures alone is tolerated when a member that gives one claim's
    figure (same unit, compatible) is linked to the other despite the clash: that clash was
    already taken as one event told with two figures ("212,000 ballots rejected" ~ "about 210,000
    ballots declared invalid", and the latter linked to "1.2 million ballots thrown out")."""
    feats = link.feats
    if date_relation(feats[pair[0]], feats[pair[1]]) < 0 or number_relation(feats[pair[0]], feats[pair[1]]) >= 0:
        return False  # blocked for its dates, or not for its figures
    for a, b in (pair, pair[::-1]):
        for z in group:
            if z in pair or feats[z].article in (feats[a].article, feats[b].article):
                continue
            if number_relation(feats[z], feats[a]) > 0 and link.pair(z, a) > 0 and link.pair(z, b) > link.weak:
                return True
    return False


def _adjacent(xs: list[int], ys: list[int], link: Linker, pos: dict[int, int]) -> bool:
    """Members from one article may join only as nearby sentences (one account told in a few), or
    as two accounts of one fact that the article sets side by side: every claim of it on one side
    clashes with every claim of it on the other, on a figure of one thing, a day or a clock time
    ("the coast guard said it boarded at 04:40 on Sunday" ... "the ministry said the boarding
    took place at about 11 p.m. on Saturday"), or as one count of people it restates further down
    ("17 fishermen were on board" ... "the 17 men on board"). A claim that restates a count of the
    other side from its own article (``_same_count``) is placed by that first telling."""
    feats = link.feats
    shared = {feats[i].article for i in xs} & {feats[i].article for i in ys}
    for art in shared:
        both = [i for i in (*xs, *ys) if feats[i].article == art]
        # a count the article restates further down is placed by its first telling
        again = {i for i in both if any(pos[j] < pos[i] and _same_count(feats[i], feats[j]) for j in both)}
        xr, yr = [i for i in xs if i in both and i not in again], [j for j in ys if j in both and j not in again]
        if len(xr) + len(yr) > 3:
            return False
        if not xr or not yr:
            continue
        p = sorted(pos[i] for i in (*xr, *yr))
        if p[-1] - p[0] > NEAR and not _two_accounts(xr, yr, link):
            return False
    return True


def _same_count(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """The same figure of one counted noun (not a measure) for one act (not a word of time) in
    both: "about 380,000 households lost power" ... "around 380,000 households had lost power". A
    small count ("two gates opened") recurs in other things said (an expert's "if two gates are
    opened ..."): at least RESTATED_MIN."""
    ua = {q.unit for q in a.quantities if q.unit and q.unit not in MEASURES and q.value >= RESTATED_MIN}
    if not ua & {q.unit for q in b.quantities if q.unit}:
        return False
    return counted_match(a, b, strict=True) and number_relation(a, b) > 0


def _same_head_count(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """The same figure of people for one act (not a word of time) in both."""
    people = [q for q in a.quantities if is_person_unit(q.unit)], [q for q in b.quantities if is_person_unit(q.unit)]
    return bool(people[0] and people[1]) and counted_match(a, b, strict=True) and number_relation(a, b, True) > 0


def _two_accounts(xs: list[int], ys: list[int], link: Linker) -> bool:
    """Each claim of one side clashes with each of the other (see ``_adjacent``) and the two are
    linked: figures of one counted thing for one act (``counted_match``), or another day or clock
    time for an act both tell."""
    feats = link.feats
    for x in xs:
        for y in ys:
            a, b = feats[x], feats[y]
            one_act = bool(a.acts & b.acts - a.mods - b.mods)
            one_thing = counted_match(a, b, strict=True) or located_match(a, b)
            figures = one_thing and number_relation(a, b, people=True) < 0
            # the article restates its count of people further down ("17 fishermen were on board" ...
            # "the 17 men on board")
            figures = figures or _same_head_count(a, b)
            clash = figures or one_act and (time_relation(a, b) < 0 or days_clash(a, b))
            if not clash or link.raw(x, y) <= link.weak:
                return False
    return True


def _anchored(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """A link that stands on its own: the same figure of one unit, or a long verbatim run."""
    return number_relation(a, b) > 0 or longest_run(a.tokens, b.tokens) >= ANCHOR_RUN


def _support(xs: list[int], ys: list[int], link: Linker) -> tuple[float, int, list[tuple[int, int]]]:
    """(sum of capped scores, number of cross-article pairs, linked pairs) between two groups. A
    blocked pair counts with its score: a merge only goes ahead when each one is tolerated."""
    total, count, links = 0.0, 0, []
    for x in xs:
        for y in ys:
            if link.feats[x].article == link.feats[y].article:
                continue
            sc = link.raw(x, y)
            total += max(min(sc, 1.0), 0.0)
            count += 1
            if sc > link.weak:
                links.append((min(x, y), max(x, y)))
    return total, count, links


def _pull(x: int, ys: list[int], link: Linker) -> float:
    """How strongly a claim is held by a group: the sum of its scores with the members from other
    articles, uncapped (a copied passage outweighs several look-alikes)."""
    return sum(max(link.pair(x, y), 0.0) for y in ys if link.feats[y].article != link.feats[x].article)


def _held(x: int, group: list[int], near: dict[int, set[int]], link: Linker) -> bool:
    """The claim has a link to another member of its group from another article."""
    art = link.feats[x].article
    if any(link.feats[y].article != art for y in near.get(x, set()) & set(group)):
        return True  # a candidate link inside the group
    return any(link.pair(x, y) > link.weak for y in group[:MAX_CHECK] if link.feats[y].article != art)


def _mergeable(xs: list[int], ys: list[int], link: Linker, threshold: float, pos: dict[int, int]) -> bool:
    if not _adjacent(xs, ys, link, pos):
        return False
    cross = [(min(x, y), max(x, y)) for x in xs for y in ys]
    total, count, links = _support(xs, ys, link)
    vouched = 0  # figures of one count that clash, taken as such: they count as linked
    for p in cross:
        if p in link.blocked:
            one_count = _vouched(p, xs + ys, link)
            if not one_count and not _covered(p, xs + ys, link):
                return False
            # ... when the pair has enough in common to be weighed at all (a score at the cap, see
            # ``Linker.weak``): a stray with a clashing figure and a few shared words is not vouched for
            vouched += int(one_count and p not in links and link.raw(*p) >= link.weak)
    if not count:
        return False
    if total / count < LINK_FACTOR * threshold:
        return False
    need = MIN_DIRECT * max(len(xs), len(ys))
    if len(links) + vouched >= need:
        return True
    # a link that stands on its own (``_anchored``) stands in for the share of direct links only
    # between two claims, or with a second link beside it: one shared figure with one member of a
    # cluster is a look-alike as often as a restatement ("exports fell by one fifth" ~ "the rate
    # went to 20 percent"), and through such single links a cluster pulls in a chain of strays
    if count > 1 and len(links) < ANCHOR_LINKS:
        return False
    return any(_anchored(link.feats[a], link.feats[b]) for a, b in links)


def agglomerate(
    claims: Sequence[Claim],
    edges: Sequence[tuple[float, int, int]],
    link: Linker,
    threshold: float,
    pairs: Sequence[tuple[int, int]] = (),
) -> list[list[int]]:
    """Groups of claim indices: candidate links (score >= threshold), best first, merge the
    clusters of their two claims when the merge rules allow. A link refused because a cluster
    was not yet linked enough is tried again once the clusters have grown (PASSES in all).
    ``pairs``: all candidate pairs (scored or not), through which two clusters that tell rival
    accounts of one act may be joined (``_join_rivals``)."""
    order = sorted(range(len(claims)), key=lambda i: (claims[i].article, claims[i].start))
    pos = {i: n for n, i in enumerate(order)}
    parent = list(range(len(claims)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(claims))}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    todo = sorted(edges, key=lambda e: (-e[0], e[1], e[2]))
    tried: dict[tuple[int, int], tuple[int, int]] = {}  # clusters' sizes when a link was refused
    for _ in range(PASSES):
        refused = []
        merged = False
        for e in todo:
            ri, rj = find(e[1]), find(e[2])
            if ri == rj:
                continue
            sizes = (len(members[ri]), len(members[rj]))
            if tried.get((ri, rj)) == sizes:  # the same two clusters as when refused: still refused
                refused.append(e)
                continue
            if not _mergeable(members[ri][:MAX_CHECK], members[rj][:MAX_CHECK], link, threshold, pos):
                tried[(ri, rj)] = sizes
                refused.append(e)
                continue
            keep, gone = (ri, rj) if len(members[ri]) >= len(members[rj]) else (rj, ri)
            parent[gone] = keep
            members[keep].extend(members.pop(gone))
            merged = True
        if not merged:
            break
        todo = refused
    groups = [sorted(idx) for idx in members.values()]
    groups = _join_rivals(_refine(groups, edges, link, threshold, pos), pairs, link, threshold)
    return _second_homes(groups, edges, link, threshold, pos)


def _refine(
    groups: list[list[int]],
    edges: Sequence[tuple[float, int, int]],
    link: Linker,
    threshold: float,
    pos: dict[int, int],
) -> list[list[int]]:
    """Local moves after the greedy pass: a claim moves to another cluster that the merge rules
    admit it to when it is held more strongly there (see ``_pull``) than in its own: links
    taken best first can tie a claim to a loose look-alike before the cluster it belongs to has
    formed. Members left without any link to the rest of their cluster are let go."""
    where = {i: n for n, g in enumerate(groups) for i in g}
    near: dict[int, set[int]] = {}
    for _, i, j in edges:
        near.setdefault(i, set()).add(j)
        near.setdefault(j, set()).add(i)
    for _ in range(PASSES):
        moved = False
        for x in sorted(near):
            others = {where[y] for y in near[x]} - {where[x]}
            if not others:
                continue
            own = [m for m in groups[where[x]] if m != x]
            here = _pull(x, own[:MAX_CHECK], link)
            best, target = here + MOVE_MARGIN, None
            for n in sorted(others):
                ys = groups[n][:MAX_CHECK]
                sup = _pull(x, ys, link)
                if sup > best and _mergeable([x], ys, link, threshold, pos):
                    best, target = sup, n
            if target is not None:
                groups[where[x]] = own
                groups[target] = sorted([*groups[target], x])
                where[x] = target
                moved = True
        if not moved:
            break
    out = []
    for g in groups:
        kept = [x for x in g if _held(x, g, near, link)]
        if kept:
            out.append(kept)
        out.extend([x] for x in g if x not in kept)
    return out


def _copy(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """The same sentence in another outlet (a wire copy): nearly all its words in common."""
    return len(a.stems & b.stems) >= COPY_SHARE * len(a.stems | b.stems)


def _told(x: int, group: list[int], link: Linker) -> frozenset[str]:
    """What a claim has in common with the members of a group it is linked to (their shared words).
    Its copies in other outlets are left out: they share all it says, not the fact the group tells."""
    fx, out = link.feats[x], set[str]()
    for y in group[:MAX_CHECK]:
        fy = link.feats[y]
        if fy.article != fx.article and not _copy(fx, fy) and link.pair(x, y) > link.weak:
            out |= fx.stems & fy.stems
    return frozenset(out)


def _second_homes(
    groups: list[list[int]],
    edges: Sequence[tuple[float, int, int]],
    link: Linker,
    threshold: float,
    pos: dict[int, int],
) -> list[list[int]]:
    """A sentence that tells two facts ("compiled from tally sheets from 9,000 stations, the tally
    gives him 40 to 45 percent") can repeat one claim of each of two clusters: it joins a second
    cluster that the merge rules admit it to, when it is linked to that cluster's claims in two
    other articles and what it shares with them and what it shares with its own cluster are
    different words (two facts, not one told twice; names, who speaks or where, may be in both;
    the sentence's copies in other outlets tell both facts and are left out of that test: ``_told``).
    One more at most."""
    where = {i: n for n, g in enumerate(groups) for i in g}
    near: dict[int, set[int]] = {}
    for _, i, j in edges:
        near.setdefault(i, set()).add(j)
        near.setdefault(j, set()).add(i)
    extra: list[tuple[int, int]] = []
    for x in sorted(near):
        fx = link.feats[x]
        own = [m for m in groups[where[x]] if m != x]
        held = _told(x, own, link)
        if not held:
            continue
        for n in sorted({where[y] for y in near[x]} - {where[x]}):
            ys = groups[n]
            linked = {link.feats[y].article for y in ys[:MAX_CHECK] if link.pair(x, y) > link.weak}
            if len(linked - {link.feats[x].article}) < 2:
                continue  # linked to the accounts of two other articles, not to one look-alike
            other = _told(x, ys, link)
            if other and not held & other - fx.names and _mergeable([x], ys[:MAX_CHECK], link, threshold, pos):
                extra.append((n, x))
                break
    for n, x in extra:
        groups[n] = sorted([*groups[n], x])
    return groups


@dataclass
class _Account:
    """What a cluster tells of when things happened: for each act word that half of its members
    use, the days its members give that act (``Linker.dated``); and the names its members use."""

    days: dict[str, frozenset[dt.date]]
    names: frozenset[str]
    deeds: frozenset[tuple[str, str]] = frozenset()  # (act, object) of its members' deeds (``deeds``)
    acts: frozenset[str] = frozenset()  # the act words half of its members use


def _account(group: list[int], link: Linker) -> _Account | None:
    """The cluster's (or a lone claim's) account, when a member dates an act most tell and none
    marks its act as a repeat ("detained again", "a second collapse")."""
    feats = [link.feats[i] for i in group]
    if not link.dated or any(link.repeat(i) for i in group):
        return None
    acts = Counter(x for f in feats for x in f.acts | {d[0] for d in f.deeds})
    days: dict[str, set[dt.date]] = {}
    for act, day in {x for i in group for x in link.dated[i]}:
        if 2 * acts[act] >= len(feats):
            try:
                days.setdefault(act, set()).add(dt.date.fromisoformat(day))
            except ValueError:
                continue
    if not days:
        return None
    return _Account(
        {a: frozenset(d) for a, d in days.items()},
        frozenset(x for f in feats for x in f.names),
        frozenset((d[0], d[1]) for f in feats for d in f.deeds),
        frozenset(a for a, n in acts.items() if 2 * n >= len(feats)),
    )


def _rivals(xs: list[int], ys: list[int], ax: _Account, ay: _Account, link: Linker) -> bool:
    """Two accounts of one act: both date the same act word, on days at most RIVAL_DAYS apart in
    one year, they share a name (who or what it befell), and a day or a clock time clashes between
    them; no pair across them is blocked for another reason than its dates or lengths of time
    (counts of another thing, the parties' roles reversed). Another year, or a month apart, is
    another occurrence ("In June 2019 the authorities detained a photographer" / "she was detained
    on 5 March")."""
    # who or what it befell: a shared name, or two words both accounts tell, one of them no word of
    # the whole story ("the convoy arrived on Monday, Oct. 5" / "the convoy arrived only in the night
    # of 9 October"; "fire" and "burned" are told all through a wildfire's story). Without a name,
    # only days a week apart tell one event.
    named = bool(ax.names & ay.names)
    shared = ax.acts & ay.acts
    if not (named or (len(shared) >= 2 and shared - link.topic_words())):
        return False
    if _other_things(xs, ys, link):
        return False
    clash, near = False, False
    for act in ax.days.keys() & ay.days.keys():
        # one deed on one thing both tell ("the first case was confirmed"): happens once, so days
        # further apart in one year are still rival accounts
        deed = named and any(a == act and (a, o) in ay.deeds for a, o in ax.deeds)
        reach = RIVAL_DEED_DAYS if deed else RIVAL_DAYS
        for dx in ax.days[act]:
            for dy in ay.days[act]:
                if dx.year == dy.year and abs((dx - dy).days) <= reach:
                    near, clash = True, clash or dx != dy
    if not near:
        return False
    for x, y, a, b in _across(xs, ys, link):
        if (min(x, y), max(x, y)) in link.blocked and (swapped(a.sides, b.sides) or _counts_clash(a, b)):
            return False
        clash = clash or time_relation(a, b) < 0
    return clash


def _counted_units(group: list[int], link: Linker) -> set[str]:
    """The units its members count, when at least half of them give a figure with a unit."""
    units = [{q.unit for q in link.feats[i].quantities if q.unit} for i in group[:MAX_CHECK]]
    if 2 * sum(bool(u) for u in units) < len(units):
        return set()
    return set().union(*units)


def _other_things(xs: list[int], ys: list[int], link: Linker) -> bool:
    """Most members of each side count something, and no unit of one side is one of the other: two
    counts of two things ("two firefighters received burns on Monday" / "6,000 hectares had burned
    by Tuesday"), not rival dates of one act."""
    ux, uy = _counted_units(xs, link), _counted_units(ys, link)
    return bool(ux and uy) and not any(units_compatible(u, v) for u in ux for v in uy)


def _across(xs: list[int], ys: list[int], link: Linker) -> Iterator[tuple[int, int, ClaimFeatures, ClaimFeatures]]:
    """The pairs across two groups from different articles (the first MAX_CHECK members of each),
    each scored (``Linker.pair`` fills ``link.blocked``), with their features."""
    feats = link.feats
    for x in xs[:MAX_CHECK]:
        for y in ys[:MAX_CHECK]:
            if feats[x].article != feats[y].article:
                link.pair(x, y)
                yield x, y, feats[x], feats[y]


def _rival_clocks(xs: list[int], ys: list[int], link: Linker, threshold: float) -> bool:
    """Two accounts of one act told at clock times that clash ("the bridge fell at about 02:15,
    the ministry said" / "residents said it went down shortly after midnight"): at least half the
    members of each side give a clock time, no member marks a repeat ("a second blast"), a pair
    across them that passes the threshold shares an act and clashes on the time, and no pair across
    them is blocked or gives days that clash (another occurrence)."""
    feats = link.feats
    for side in (xs, ys):
        if 2 * sum(bool(feats[i].times) for i in side) < len(side):
            return False
        if any(link.repeat(i) for i in side):
            return False
    clash = False
    for x, y, a, b in _across(xs, ys, link):
        if (min(x, y), max(x, y)) in link.blocked or date_relation(a, b) < 0:
            return False
        one_act = bool(a.acts & b.acts - a.mods - b.mods)
        clash = clash or (one_act and time_relation(a, b) < 0 and link.raw(x, y) >= threshold)
    return clash


def _denial_of(xs: list[int], ys: list[int], link: Linker, threshold: float) -> bool:
    """One side denies what the other tells ("the prison service denied that she had been kept in
    solitary confinement" / "she spent 40 days in solitary confinement", each told by two outlets):
    at least half the members of one side deny, in so many words, a member of the other from
    another article (``Linker.denies``) with a link that passes the threshold, most members of the
    other side are so denied, and no pair across them is blocked. The denial and what it denies
    are one contested claim."""
    if link.denies is None:
        return False
    feats, denies = link.feats, link.denies
    for side, other in ((xs, ys), (ys, xs)):
        # no member denies one across in so many words: nothing to score (the scores only decide
        # among the pairs that do deny; most pairs of clusters deny nothing)
        if not any(
            feats[x].article != feats[y].article and denies(x, y) for x in side[:MAX_CHECK] for y in other[:MAX_CHECK]
        ):
            continue
        deniers, denied = set(), set()
        for x, y, _, _ in _across(side, other, link):
            if (min(x, y), max(x, y)) in link.blocked:
                return False
            if link.denies(x, y) and link.raw(x, y) >= threshold:
                deniers.add(x)
                denied.add(y)
        if deniers and 2 * len(deniers) >= len(side) and 2 * len(denied) > len(other):
            return True
    return False


def _other_fact(x: int, y: int, a: ClaimFeatures, b: ClaimFeatures, link: Linker) -> bool:
    """The pair tells two facts whatever its figures (``Linker.two_facts``), days that clash, or one
    of them an earlier occurrence told as background (another year): no rival account of one figure."""
    assert link.two_facts is not None
    return link.two_facts(x, y) or date_relation(a, b) < 0 or of_other_year(a) != of_other_year(b)


def _rival_figures(xs: list[int], ys: list[int], link: Linker, threshold: float) -> bool:
    """Two accounts of one figure ("prosecutors say he received 1.4 million euros" / "the mayor
    received bribes totalling more than 2.3 million euros", each side told by its own outlets): most
    members of each side give a figure, a unit of one side is one of the other (not a count of people
    nor a length of time: a story tells many of those), a pair across them that passes the threshold
    shares an act word (two for percentages and money; words of one movement are one: ``moved``) and
    its figures clash, and no pair across them tells two
    facts for another reason than its figures (``Linker.two_facts``: another place, class, group,
    owner, year, request or limit) or gives days that clash. A side most of whose members mark a
    repeat is another occurrence; a pair one of which marks one shows no clash. A shared word each
    claim qualifies with another noun ("interest rate" / "exchange rate") is no shared act."""
    if link.two_facts is None:
        return False
    feats = link.feats
    for side in (xs, ys):
        if 2 * sum(bool(feats[i].quantities) for i in side[:MAX_CHECK]) < len(side[:MAX_CHECK]):
            return False
        if 2 * sum(link.repeat(i) for i in side) >= len(side):
            return False  # most of a side tell a repeat (another occurrence)
    # counts of people (aboard, rescued, missing, held) and lengths of time (held, waited) are many
    # figures of one story: each side must count one thing of another kind ("euros", "tonnes")
    ux, uy = _counted_units(xs, link), _counted_units(ys, link)
    units = {u for u in ux & uy if u not in DURATIONS and not is_person_unit(u)}
    if not units:
        return False
    # a story gives shares of many things in percent and many sums of money ("bribes totalling 1.4
    # million euros" / "310,000 euros in cash were found"): those need two act words in common
    need = 2 if all(u == "%" or (len(u) == 3 and u.isupper()) for u in units) else 1
    clash = False
    for x, y, a, b in _across(xs, ys, link):
        if _other_fact(x, y, a, b, link):
            return False
        if link.repeat(x) or link.repeat(y):
            continue  # "expressed again its concern": this pair may tell a repeat
        counted = frozenset(w for q in (*a.quantities, *b.quantities) if q.unit for w in (q.unit, stem(q.unit)))
        shared = moved(a.acts) & moved(b.acts) - moved(a.mods | b.mods | counted)
        one_act = len({w for w in shared if not _qualified_apart(w, a, b)}) >= need
        if one_act and number_relation(a, b) < 0 and link.raw(x, y) >= threshold:
            clash = True
    return clash


def _rival_tolls(xs: list[int], ys: list[int], link: Linker, threshold: float) -> bool:
    """Two tolls of one death or killing: most members of each side count people and tell it
    ("14 people died in the crush" / "his organisation counted 17 dead, not 14"), a pair across them
    that passes the threshold tells it with figures that clash, and no pair across them tells two
    facts (``Linker.two_facts``: another place, group, year), days that clash or a repeat."""
    if not (_toll(xs, link) and _toll(ys, link)) or link.two_facts is None:
        return False
    clash = False
    for x, y, a, b in _across(xs, ys, link):
        if _other_fact(x, y, a, b, link):
            return False
        if link.repeat(x) or link.repeat(y):
            continue
        if _deaths(a) and _deaths(b) and number_relation(a, b, people=True) < 0 and link.raw(x, y) >= threshold:
            clash = True
    return clash


def _deaths(f: ClaimFeatures) -> bool:
    """The claim tells a death or a killing (one toll, whichever word it uses)."""
    return bool(f.events & TOLL_EVENTS)


def _toll(group: list[int], link: Linker) -> bool:
    """Most of the group's members count people and tell a death or a killing: the group gives a toll."""
    feats = [link.feats[i] for i in group[:MAX_CHECK]]
    n = sum(_deaths(f) and any(is_person_unit(q.unit) for q in f.quantities if q.unit) for f in feats)
    return 2 * n > len(feats)


def _qualifier(word: str, f: ClaimFeatures) -> str | None:
    """The content word right before the first use of an act word ("interest" in "its key interest
    rate"), when there is one."""
    toks = f.tokens
    for k, w in enumerate(toks):
        if k and move_term(w) == word:
            before = toks[k - 1]
            return move_term(before) if before.isalpha() and before not in STOP else None
    return None


def _qualified_apart(word: str, a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Both claims qualify the shared word with other nouns ("its key interest rate" / "the exchange
    rate of the ruval"), neither used by the other: two things of one kind, not one."""
    qa, qb = _qualifier(word, a), _qualifier(word, b)
    return bool(qa and qb) and qa != qb and qa not in moved(b.acts) | b.names and qb not in moved(a.acts) | a.names


def _figure_keys(side: list[int], link: Linker) -> set[tuple[float, str | None, float | None, float | None]]:
    """The figures of ``side`` that ``_same_figures`` may find written alike (value, unit and bounds:
    "more than 6,000 hectares" twice) on the other side: with a unit, not a count of people nor a
    length of time, a hundred at least."""
    return {
        (q.value, q.unit, q.low, q.high)
        for i in side
        for q in link.feats[i].quantities
        if q.unit is not None and q.unit not in DURATIONS and not is_person_unit(q.unit) and q.value >= 100
    }


def _same_figures(xs: list[int], ys: list[int], link: Linker, threshold: float) -> bool:
    """Two clusters that give one figure of one thing, worded apart ("more than 6,000 hectares were
    burned, according to the ministry" / "the ministry has given a figure of more than 6,000
    hectares"): a pair across them that passes the threshold states one figure with one unit and
    bounds (not a count of people nor a length of time, nor a round figure under a hundred: a story
    tells many of those), and no pair across them tells two facts (``Linker.two_facts``),
    days that clash, another year or a repeat."""
    if link.two_facts is None:
        return False
    if any(link.repeat(i) for i in (*xs, *ys)):
        return False
    # no figure written alike on both sides (of the members compared): nothing to look for
    if not _figure_keys(xs[:MAX_CHECK], link) & _figure_keys(ys[:MAX_CHECK], link):
        return False
    same = False
    for x, y, a, b in _across(xs, ys, link):
        if _other_fact(x, y, a, b, link):
            return False
        if same or link.raw(x, y) < threshold:
            continue
        same = bool(_figure_keys([x], link) & _figure_keys([y], link))
    return same


def _counts_clash(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Counts of one counted noun that disagree (not lengths of time or other measures): figures
    of another thing, or of another occurrence."""
    ua = {q.unit for q in a.quantities if q.unit and q.unit not in MEASURES}
    ub = {q.unit for q in b.quantities if q.unit and q.unit not in MEASURES}
    return bool(ua & ub) and number_relation(a, b) < 0


def _few_per_article(xs: list[int], ys: list[int], link: Linker, cap: int = RIVAL_PER_ARTICLE) -> bool:
    """At most ``cap`` claims of one article in the joined cluster (an article may tell both
    accounts, each in a sentence or two)."""
    arts = Counter(link.feats[i].article for i in (*xs, *ys))
    return max(arts.values()) <= cap


def _join_rivals(
    groups: list[list[int]], pairs: Sequence[tuple[int, int]], link: Linker, threshold: float = 0.4
) -> list[list[int]]:
    """Each side of a contested fact often forms its own cluster: the accounts within a side agree
    and are worded alike, the two sides share little but the act and who it befell ("its officers
    detained Varnel on Monday, 9 March, at a hotel" / "Varnel was detained on Thursday, 5 March,
    at the border"). Two clusters linked by a candidate pair that tell one act
    of one participant, days apart (``_rivals``), one act at clock times that clash
    (``_rival_clocks``), one act asserted and denied (``_denial_of``), or one figure of one thing
    given two values (``_rival_figures``) are joined, so the clash can be shown; so are two that give
    one figure written alike (``_same_figures``), one fact worded apart. One side
    may be a lone claim (one outlet's own version) when the other spans two articles. Only
    clusters joined by a candidate pair are compared."""
    where = {i: n for n, g in enumerate(groups) for i in g}
    accounts: dict[int, _Account | None] = {}

    def account(n: int) -> _Account | None:
        if n not in accounts:
            accounts[n] = _account(groups[n], link)
        return accounts[n]

    uf = UnionFind(len(groups))
    members = {n: list(g) for n, g in enumerate(groups)}
    tried: set[tuple[int, int]] = set()
    tries: Counter[int] = Counter()
    for i, j in sorted(pairs, key=lambda p: (-link.raw(*p), p)):
        gi, gj = where.get(i), where.get(j)
        if gi is None or gj is None or gi == gj or (min(gi, gj), max(gi, gj)) in tried:
            continue
        tried.add((min(gi, gj), max(gi, gj)))
        ri, rj = uf.find(gi), uf.find(gj)
        if ri == rj:
            continue
        xs, ys = groups[gi], groups[gj]
        if len({link.feats[k].article for k in (*xs, *ys)}) < RIVAL_ARTICLES:
            continue  # one side may be one outlet's own version, the other is told by two at least
        if tries[gi] >= RIVAL_TRIES or tries[gj] >= RIVAL_TRIES:
            continue  # each cluster is weighed against its closest few only: the work stays linear
        tries[gi] += 1
        tries[gj] += 1
        ax, ay = account(gi), account(gj)
        days = ax is not None and ay is not None and _rivals(xs, ys, ax, ay, link)
        contested = days or _rival_clocks(xs, ys, link, threshold) or _denial_of(xs, ys, link, threshold)
        contested = contested or _rival_figures(xs, ys, link, threshold) or _same_figures(xs, ys, link, threshold)
        # an article gives a toll several times over (the count, who counted it, the rival count)
        cap = RIVAL_PER_ARTICLE
        if not contested and _rival_tolls(xs, ys, link, threshold):
            contested, cap = True, TOLL_PER_ARTICLE
        if not contested or not _few_per_article(members[ri], members[rj], link, cap):
            continue
        uf.union(ri, rj)
        keep = uf.find(ri)
        members[keep].extend(members.pop(rj if keep == ri else ri))
    return [sorted(g) for g in members.values()]
