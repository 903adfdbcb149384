"""Deeds done once: an actor's completed act on one definite thing.

"The cabinet revoked the concession", "the concession was revoked": a perfective verb (simple past
or present perfect) whose object is definite (the, its, his, her, their + a noun) names one act on
one known thing. Two accounts that name the same act on the same object by the same actor (when
both name one) tell one event: if their dates disagree within one year, that is a clash to show,
not a second occurrence. What repeats stays apart: an indefinite, counted or mass object ("opened
two gates", "released water", "ordered an inquiry"), another actor, or another year.

Found from the words alone (no parse): a deed is ``(act stem, object stem, actor stem or None)``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..model import DateValue

__all__ = ["deeds", "one_off", "is_past", "IRREGULAR_PAST", "sides", "swapped"]

TOK = re.compile(r"[^\W\d_](?:[\w'’\-]*[^\W\d_])?|\d[\d,.]*(?:-[^\W\d_]+)?|[,.;:!?()“”\"—–]")
DETERMINERS = frozenset("the its his her their".split())
# simple past forms not ending in -ed (common verbs of acts done to a thing)
IRREGULAR_PAST = frozenset(
    """won lost sold bought shut cut struck hit broke took gave made set sent built began left led held
    paid sank stole wrote froze bound drew overthrew threw tore shot sped spent withdrew undid overtook
    went came fell rose ran grew kept stood became got saw""".split()
)
PERFECT = frozenset("has have had".split())
PASSIVE = frozenset("was were".split())
# words that end a noun phrase: prepositions, conjunctions, relatives, copulas, other verbs' helpers
BOUNDARY = frozenset(
    """of under at in on for to from with by into onto over after before during since until as
    that which who whom whose where when while and or but than because if
    is are was were be been being has have had will would can could shall should may might must
    this last next""".split()
)
# what may stand between a subject and its verb: adverbs, a time phrase, helpers
SKIP_BEFORE = frozenset(
    """on last this early late also already reportedly formally officially finally effectively
    suddenly quietly unilaterally just then yesterday today""".split()
)
DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = frozenset("""january february march april may june july august september october november december""".split())
NO_ACTOR = frozenset("it they he she we i you this that which who not never no nor".split())  # pronouns, negation
NOT_VERBS = frozenset("need seed feed deed breed speed bed red shed bled fled".split())
MAX_NP = 4  # words of the object's noun phrase after its determiner
MAX_BACK = 4  # words skipped back from the verb to its subject


def is_past(w: str) -> bool:
    """A simple past form (or past participle) by its ending or the list of irregular ones."""
    return _is_past(w.lower())


def _is_past(w: str) -> bool:
    return w in IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4 and w not in NOT_VERBS)


def _head(toks: list[str], start: int) -> tuple[str | None, int]:
    """The head noun of the phrase starting at ``start`` (after a determiner): the last word
    before a boundary word or punctuation, within MAX_NP words; and the index after it."""
    head, i = None, start
    while i < len(toks) and i - start < MAX_NP:
        w = toks[i]
        if not w[0].isalnum() or w in BOUNDARY or w in DETERMINERS or w in NO_ACTOR or (head and _is_past(w)):
            break  # "the royalties it paid", "the gates opened": the phrase has ended
        if w[0].isalpha():
            head = w  # a figure is a modifier ("the 30-year concession"), not the head
        i += 1
    return head, i


def _actor(toks: list[str], verb: int) -> str | None:
    """The subject's head word before the verb, skipping a time phrase and adverbs; None when it
    is a pronoun, a punctuation mark or not found."""
    i, skipped = verb - 1, 0
    while i >= 0 and skipped < MAX_BACK:
        w = toks[i]
        if w in PERFECT or w in SKIP_BEFORE or w in DAYS or w in MONTHS or w[0].isdigit() or w.endswith("ly"):
            i, skipped = i - 1, skipped + 1
            continue
        break
    if i < 0 or not toks[i][0].isalpha() or toks[i] in NO_ACTOR or toks[i] in BOUNDARY or toks[i] in DETERMINERS:
        return None
    return toks[i]


def deeds(text: str, stem: Callable[[str], str]) -> frozenset[tuple[str, str, str | None]]:
    """(act, object, actor) stems of the text's perfective acts on a definite object."""
    raw = TOK.findall(text)
    toks = [w.lower() for w in raw]
    out: set[tuple[str, str, str | None]] = set()
    for i, w in enumerate(toks):
        if not _is_past(w) or i + 1 >= len(toks):
            continue
        # active: "revoked the 30-year concession under which ..."
        if toks[i + 1] in DETERMINERS:
            head, _ = _head(toks, i + 2)
            if head:
                actor = _actor(toks, i)
                out.add((stem(w), stem(head), stem(actor) if actor else None))
        # passive: "the concession was (formally) revoked", "its licence has been revoked"
        j = i - 1
        while j >= 0 and (toks[j] in SKIP_BEFORE or toks[j].endswith("ly")):
            j -= 1
        if j >= 0 and toks[j] == "been" and j >= 1 and toks[j - 1] in PERFECT:
            j -= 1
        elif not (j >= 0 and toks[j] in PASSIVE):
            continue
        k = j - 1
        while k >= 0 and j - k <= MAX_NP and toks[k] not in DETERMINERS and toks[k][0].isalpha():
            k -= 1
        if k >= 0 and toks[k] in DETERMINERS and k < j - 1:
            # the head ends the phrase before its first preposition: "the first case in Varnel was
            # confirmed" confirms the case, not Varnel
            head, _ = _head(toks, k + 1)
            if head and head not in BOUNDARY:
                out.add((stem(w), stem(head), None))
    return frozenset(out)


def _same_year(a: Iterable[DateValue], b: Iterable[DateValue]) -> bool:
    ya, yb = {d.value[:4] for d in a}, {d.value[:4] for d in b}
    return not ya or not yb or bool(ya & yb)


def one_off(
    a: frozenset[tuple[str, str, str | None]],
    b: frozenset[tuple[str, str, str | None]],
    dates_a: Iterable[DateValue] = (),
    dates_b: Iterable[DateValue] = (),
) -> bool:
    """The two name one deed: the same act on the same object, by the same actor where both name
    one, and dated in one year (another year is another occurrence)."""
    for act, obj, who in a:
        for act2, obj2, who2 in b:
            if act == act2 and obj == obj2 and (who is None or who2 is None or who == who2):
                return _same_year(dates_a, dates_b)
    return False


OBJECT_REACH = 6  # words after the verb: its object and where ("the Brask envoy in Kell")
PASSIVE_HELPERS = frozenset("was were been being is are be".split())
Sides = frozenset[tuple[str, frozenset[str], frozenset[str]]]


def sides(text: str, stem: Callable[[str], str]) -> Sides:
    """For each active past verb: (verb stem, names before it in its clause, names of its object
    and place, OBJECT_REACH words after it):
    "Varnel's ministry summoned the Brask envoy in Kell" -> ("summon", {varnel}, {brask, kell}).
    A passive verb ("was summoned", "summoned by") is left out: its subject is what was acted on; so
    is a participle before a noun ("failed tests"): a verb here is followed by its object's article
    or name."""
    out = set()
    for clause in re.split(r"[;:()“”\"]|,\s+(?:and|but|while|whereas)\b|\.(?:\s|$)", text):
        toks = TOK.findall(clause)
        for i, w in enumerate(toks):
            if not w[:1].islower() or not _is_past(w) or (i and toks[i - 1].lower() in PASSIVE_HELPERS):
                continue
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if not (nxt.lower() in DETERMINERS | {"a", "an"} or _name(nxt)):
                continue  # "summoned the envoy", "expelled Varnel's envoy"; not "failed tests", "summoned by"
            before = frozenset(stem(x) for x in toks[:i] if _name(x))
            after = frozenset(stem(x) for x in toks[i + 1 : i + 1 + OBJECT_REACH] if _name(x))
            out.add((stem(w), before, after))
    return frozenset(out)


CALENDAR = DAYS | MONTHS
OPENERS = frozenset(
    "the a an this that these those its his her their our in on at after before when nobody none it he she "
    "they we".split()
)


def _name(word: str) -> bool:
    """A capitalised word that names a party: not a day or month, not a sentence's opening function word."""
    w = word.lower().split("’")[0].split("'")[0]
    return word[:1].isupper() and len(w) > 2 and w not in CALENDAR and w not in OPENERS


def swapped(a: Sides, b: Sides) -> bool:
    """One act with the parties' roles reversed: a name on the actor's side of the verb in one is
    on the object's side in the other, and on neither side it has there in the other ("Varnel's
    ministry summoned the Brask envoy" / "the ministry summoned Varnel's ambassador": tit for tat,
    two events)."""
    for va, ba, aa in a:
        for vb, bb, ab in b:
            if va == vb and ((ba & ab) - aa - bb or (bb & aa) - ab - ba):
                return True
    return False
