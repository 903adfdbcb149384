"""Page layouts that change who is speaking: Q&A interviews and live-blog entries.

* A Q&A interview is recognised from repeated "X:" paragraph starts that
  alternate between two parties ("VPA: …" / "Ruiz: …", "Q: …" / "A: …"). The
  interviewer is the party labelled "Q", "Question" or "Interviewer", or with
  the article's own outlet or author; its paragraphs are the outlet's
  questions. The other party's paragraphs (and unlabelled paragraphs between
  two labelled ones, which continue an answer) are that party's speech. When
  neither label is the interviewer (a hearing transcript), both parties speak.
* A live blog is a page of timestamped entries ("10:42", "10:42 GMT", "4.05pm"
  on a line of its own); each timestamp line starts a new entry.

Pure functions over the article text; offsets are character offsets into it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cues import LABEL_WORDS, OUTLET_WORDS, TITLE_WORDS, same_outlet

__all__ = ["Turn", "interview_turns", "entry_starts", "entry_start_at", "title_line_ends"]

# 'VPA: …', 'Q: …', 'KÖHLER-VOSS: …', '**Ana Ruiz:** …' at the start of a paragraph
LABEL_RE = re.compile(r"^[ \t]*(?P<label>[^\n:]{1,40}?)[ \t]*(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]+(?=\S)", re.MULTILINE)
QUESTION_LABELS = frozenset(["q", "question", "interviewer"])
ANSWER_LABELS = frozenset(["a", "answer"])
NAME_LINKS = frozenset(["van", "von", "de", "da", "del", "der", "al", "el", "bin", "ibn", "le", "la", "di"])
MAX_LABEL_WORDS = 4
MIN_TURNS = 2  # paragraphs per party
MIN_SWITCHES = 3  # A B A B
MIN_WORDS = 4  # mean words of a party's turns


@dataclass(frozen=True)
class Turn:
    """One paragraph of a Q&A: its label, its body span, and whether it is the interviewer's."""

    label: str  # as written, without markup ('VPA', 'Köhler-Voss', 'Q'); '' for a continued answer
    label_start: int
    label_end: int
    start: int  # the paragraph body after the colon
    end: int
    question: bool  # the interviewer's (the outlet's own voice)


def _label_key(label: str) -> str | None:
    """Normalised key of a paragraph label, or None when it cannot be a party's label."""
    label = label.strip("* \t")
    words = label.replace("-", " ").split()
    if not words or len(label.split()) > MAX_LABEL_WORDS or any(ch.isdigit() for ch in label):
        return None
    if any(ch in label for ch in ',;()[]|/"\u201c\u201d?!'):
        return None
    low = label.lower()
    if low in QUESTION_LABELS or low in ANSWER_LABELS:
        return low
    first = words[0].lower().rstrip(".")
    if first in LABEL_WORDS or (first.endswith("s") and first[:-1] in LABEL_WORDS):
        return None  # 'Photo:', 'Tags:', 'Sources:': page furniture
    if not all(w[:1].isupper() or w.lower() in NAME_LINKS for w in words):
        return None
    if len(words) == 1 and len(words[0]) < 2:
        return None
    return " ".join(w for w in low.split() if w.rstrip(".") not in TITLE_WORDS) or low


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _surname(name: str | None) -> str:
    words = re.findall(r"[^\W\d_][\w'\u2019-]*", name or "")
    return words[-1].lower() if words else ""


def _is_interviewer(key: str, label: str, outlet: str | None, author: str | None, asked: float) -> bool:
    """The party asking: 'Q', the article's outlet or author, or an outlet's name whose turns are questions."""
    if key in QUESTION_LABELS:
        return True
    if outlet and same_outlet(label, outlet):
        return True
    if author and _surname(label) == _surname(author) and len(_surname(label)) > 2:
        return True
    letters = re.sub(r"[^A-Za-z]", "", label)
    outlet_name = bool({w.lower() for w in re.findall(r"[A-Za-z]+", label)} & OUTLET_WORDS)
    acronym = 2 <= len(letters) <= 6 and letters.isupper() and len(label.split()) == 1
    return (outlet_name or acronym) and asked >= 0.5


def interview_turns(text: str, outlet: str | None = None, author: str | None = None) -> list[Turn]:
    """The turns of a Q&A interview laid out as 'X: …' paragraphs, or [] when the page is not one."""
    paras = _paragraphs(text)
    labelled: list[tuple[int, str, str, int, int, int]] = []  # (paragraph, key, label, label span, body start)
    for k, (a, b) in enumerate(paras):
        m = LABEL_RE.match(text, a, b)
        if m is None:
            continue
        key = _label_key(m.group("label"))
        if key is None or m.end() >= b:
            continue
        label = m.group("label").strip("* \t")
        at = m.start("label") + m.group("label").index(label)
        labelled.append((k, key, label, at, at + len(label), m.end()))
    counts: dict[str, int] = {}
    for _, key, *_rest in labelled:
        counts[key] = counts.get(key, 0) + 1
    parties = [key for key, n in sorted(counts.items(), key=lambda kv: -kv[1]) if n >= MIN_TURNS][:2]
    if len(parties) < 2:
        return []
    seq = [x for x in labelled if x[1] in parties]
    if sum(1 for x, y in zip(seq, seq[1:], strict=False) if x[1] != y[1]) < MIN_SWITCHES:
        return []
    words = {p: [len(text[x[5] : paras[x[0]][1]].split()) for x in seq if x[1] == p] for p in parties}
    if any(sum(n) < MIN_WORDS * len(n) for n in words.values()):
        return []  # 'Home: Arsenal' / 'Away: Chelsea': a table of values, not speech
    asked = {p: _share_asked(text, [x for x in seq if x[1] == p], paras) for p in parties}
    asks = {key: _is_interviewer(key, lab, outlet, author, asked[key]) for _, key, lab, *_r in seq}
    if all(asks[p] for p in parties):
        return []  # two interviewers: not an interview the rules can read
    out: list[Turn] = []
    for n, (k, key, label, ls, le, body) in enumerate(seq):
        s, e = _trim(text, body, paras[k][1])
        out.append(Turn(label, ls, le, s, e, asks[key]))
        nxt = seq[n + 1][0] if n + 1 < len(seq) else k + 1
        for j in range(k + 1, nxt):  # unlabelled paragraphs before the next turn continue this one
            s, e = _trim(text, *paras[j])
            if LABEL_RE.match(text, *paras[j]) is None:
                out.append(Turn("", ls, le, s, e, asks[key]))
    return out


def _share_asked(text: str, turns: list[tuple[int, str, str, int, int, int]], paras: list[tuple[int, int]]) -> float:
    """Share of a party's paragraphs that hold a question mark."""
    return sum("?" in text[x[5] : paras[x[0]][1]] for x in turns) / max(1, len(turns))


# '10:42', '10:42 GMT', '16.05', '4:05pm', '10:42 a.m. ET' alone on a line
TIMESTAMP_RE = re.compile(
    r"^[ \t]*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ \t]*(?:[ap]\.?m\.?|[A-Z]{2,4}(?:[+-]\d{1,2})?|local(?: time)?))*[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
MIN_ENTRIES = 2


def entry_starts(text: str) -> list[int]:
    """Offsets where the entries of a live blog start (its timestamp lines); [] when the page is not one."""
    found = [m.start() for m in TIMESTAMP_RE.finditer(text)]
    return found if len(found) >= MIN_ENTRIES else []


def entry_start_at(starts: list[int], char: int) -> int:
    """Start of the live-blog entry holding ``char`` (0 before the first entry or on other pages)."""
    best = 0
    for s in starts:
        if s > char:
            break
        best = s
    return best


def title_line_ends(text: str, title: str | None) -> list[int]:
    """Offsets where a line holding the article's headline ends: a headline is a sentence of its own.

    'Port closed, ministry says' on its own line, then the lead paragraph: the
    headline's verb does not report the lead.
    """
    key = " ".join((title or "").split())
    if not key:
        return []
    out: list[int] = []
    for m in re.finditer(r"[^\n]+", text):
        if " ".join(m.group().split()) == key:
            out.append(m.end())
    return out
