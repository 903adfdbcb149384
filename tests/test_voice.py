"""Quoted/attributed voice versus the outlet's own voice (analyze.voice)."""

from __future__ import annotations

import pytest

from sourcetrace.analyze.voice import attributed_spans, merge_spans, quote_mark_spans
from sourcetrace.model import Article, Quote, Span

from .conftest import EXAMPLES as CORPUS


@pytest.fixture(scope="module")
def nlp():
    from sourcetrace.analyze import load_nlp

    return load_nlp()


def _attributed(nlp, text: str, quotes: list[Quote] | None = None) -> tuple[Article, list[Span]]:
    art = Article(id="a1", text=text, source="test")
    return art, attributed_spans(nlp(text), art, quotes or [])


def _is_attributed(text: str, spans: list[Span], phrase: str) -> bool:
    i = text.index(phrase)
    return any(s.start <= i and i + len(phrase) <= s.end for s in spans)


def _touches(text: str, spans: list[Span], phrase: str) -> bool:
    i = text.index(phrase)
    return any(s.start < i + len(phrase) and i < s.end for s in spans)


def test_merge_spans_joins_overlaps():
    assert merge_spans([Span(5, 9), Span(0, 3), Span(2, 6), Span(20, 25)]) == [Span(0, 9), Span(20, 25)]


def test_curly_and_straight_quote_marks(nlp):
    text = (
        "The ministry opened a new office on Monday. "
        "\u201cThis is a historic step for the region,\u201d the minister told reporters. "
        'Critics called it "a costly vanity project" in a statement.'
    )
    _, spans = _attributed(nlp, text)
    assert _is_attributed(text, spans, "historic step for the region")
    assert _is_attributed(text, spans, "costly vanity project")
    assert not _touches(text, spans, "The ministry opened a new office")


def test_multi_paragraph_quote(nlp):
    text = (
        "The factory manager described the night of the fire.\n\n"
        "\u201cWe heard the alarm at two in the morning and everyone left the building.\n\n"
        "\u201cBy the time the crews arrived the roof was gone,\u201d she said.\n\n"
        "The cause of the blaze is still under investigation."
    )
    _, spans = _attributed(nlp, text)
    assert _is_attributed(text, spans, "everyone left the building")
    assert _is_attributed(text, spans, "the roof was gone")
    assert not _touches(text, spans, "still under investigation")
    assert not _touches(text, spans, "described the night of the fire")


def test_indirect_speech_clause(nlp):
    text = "The mayor said that the reckless council wasted the budget on parking. The budget was approved in May."
    _, spans = _attributed(nlp, text)
    assert _is_attributed(text, spans, "the reckless council wasted the budget")
    assert not _touches(text, spans, "The mayor")
    assert not _touches(text, spans, "approved in May")


def test_according_to_clause(nlp):
    text = "According to the electoral commission, turnout reached a record high. Polls closed at eight."
    _, spans = _attributed(nlp, text)
    assert _is_attributed(text, spans, "turnout reached a record high")
    assert not _touches(text, spans, "Polls closed at eight")


def test_according_to_stops_at_a_new_independent_clause(nlp):
    # the attribution covers its own clause; ", but <clause>" and "; <clause>" are the outlet's again
    text = (
        "The stadium roof leaked during the final, according to engineers hired by the league, "
        "but the negligent club did nothing about it."
    )
    _, spans = _attributed(nlp, text)
    assert _is_attributed(text, spans, "The stadium roof leaked during the final")
    assert not _touches(text, spans, "negligent club did nothing")
    text2 = "Ticket sales doubled, according to the organisers; the greedy promoters raised prices again."
    _, spans2 = _attributed(nlp, text2)
    assert _is_attributed(text2, spans2, "Ticket sales doubled")
    assert not _touches(text2, spans2, "greedy promoters raised prices")
    # ", but" without a clause after it does not end the attributed clause
    text3 = "According to the organisers, thirty fans were hurt, but only slightly."
    _, spans3 = _attributed(nlp, text3)
    assert _is_attributed(text3, spans3, "thirty fans were hurt, but only slightly")


def test_reporting_verb_object_is_not_attributed(nlp):
    # "credited X with Y": the object is the outlet's own wording, not a reported clause
    text = "The coach credited the brilliant young striker with the win."
    _, spans = _attributed(nlp, text)
    assert not _touches(text, spans, "brilliant young striker")


def test_given_quotes_are_unioned(nlp):
    text = "The club confirmed the transfer. Fans were delighted by the signing of the winger."
    i = text.index("Fans")
    q = Quote(id="q1", article="a1", start=i, end=len(text), text=text[i:], kind="indirect")
    _, spans = _attributed(nlp, text, [q])
    assert _is_attributed(text, spans, "delighted by the signing")


def test_quote_marks_ignore_apostrophes():
    text = "The minister\u2019s plan was called \u2018reckless\u2019 by the union\u2019s leader."
    spans = quote_mark_spans(text)
    assert len(spans) == 1
    assert text[spans[0].start : spans[0].end] == "\u2018reckless\u2019"


def test_corpus_quoted_phrase_is_attributed(nlp):
    from sourcetrace.ingest import ingest

    articles = {a.id: a for a in ingest([str(CORPUS)]).articles}
    art = articles["004_50fc99b74158c4de"]
    spans = attributed_spans(nlp(art.text), art, [])
    start = 0
    while (i := art.text.find("Zionist regime", start)) >= 0:
        assert any(s.start <= i < s.end for s in spans), art.text[max(0, i - 80) : i + 20]
        start = i + 1
    j = art.text.index("threaten the Jewish state")
    assert not any(s.start <= j < s.end for s in spans)


def test_closing_summative_apposition_is_own_voice(nlp):
    # ", a figure well below ..." after a reported clause is the writer's comment on it
    text = "The league said attendance rose to 12,000 last season, a figure well below the record set in 2019."
    _, spans = _attributed(nlp, text)
    assert _is_attributed(text, spans, "attendance rose to 12,000")
    assert not _touches(text, spans, "well below the record")
    # the same cut applies to an indirect quote handed in by the quote finder
    i = text.index("attendance")
    q = Quote(id="q1", article="a1", start=i, end=len(text) - 1, text=text[i:-1], kind="indirect")
    _, spans = _attributed(nlp, text, [q])
    assert _is_attributed(text, spans, "attendance rose to 12,000")
    assert not _touches(text, spans, "well below the record")


def test_reported_clause_ending_in_an_object_is_not_cut(nlp):
    text = "The club said the striker had signed a new contract, a deal worth two million euros."
    _, spans = _attributed(nlp, text)
    assert _is_attributed(text, spans, "the striker had signed a new contract")


def _with_quotes(nlp, text: str) -> list[Span]:
    from sourcetrace.analyze.quotes import find_quotes

    art = Article(id="a1", text=text, source="test")
    doc = nlp(text)
    return attributed_spans(doc, art, find_quotes(doc, art, ()))


@pytest.mark.parametrize(
    ("text", "phrase", "own"),
    [
        (
            "Harbour master Ilona Varga told a press briefing that corrupt officials from all nine berths had "
            "been replaced before the cargo was released.",
            "corrupt officials from all nine berths",
            "Harbour master Ilona Varga told a press briefing",
        ),
        (
            "Auditors found that the notorious ledgers had been altered, the Dunmore Gazette reported.",
            "the notorious ledgers had been altered",
            "the Dunmore Gazette reported",
        ),
    ],
)
def test_reported_clause_is_quoted_voice_and_reporting_clause_own(nlp, text: str, phrase: str, own: str) -> None:
    spans = _with_quotes(nlp, text)
    assert _is_attributed(text, spans, phrase), spans
    assert not _touches(text, spans, own), spans


QA_PAGE = (
    "Tomas Reinholt, head of the ferry operator Nordline, spoke to the Harbour Courier about the arbitrary ban.\n\n"
    "Harbour Courier: The port board says the crews ignored three safety notices. Is that true?\n\n"
    "Reinholt: Every notice was answered within a day. This is a witch-hunt against our crews.\n\n"
    "Harbour Courier: What happens next?\n\n"
    "Reinholt: We will take the ban to the maritime court next week.\n\n"
    "The Ostvik port board did not reply to a request for comment."
)


def test_qa_answers_are_attributed_and_questions_are_the_outlets_own(nlp):
    art = Article(id="a1", text=QA_PAGE, source="test", outlet="Harbour Courier")
    spans = attributed_spans(nlp(QA_PAGE), art, [])
    assert _is_attributed(QA_PAGE, spans, "witch-hunt")
    assert _is_attributed(QA_PAGE, spans, "maritime court next week")
    assert not _touches(QA_PAGE, spans, "What happens next")
    assert not _touches(QA_PAGE, spans, "arbitrary ban")


def test_colon_lines_that_are_not_an_interview_stay_own_voice(nlp):
    text = (
        "Update: The witch-hunt against the crews has reached the harbour.\n\n"
        "Update: Buses to the northern villages are running again on the normal timetable.\n\n"
    )
    _, spans = _attributed(nlp, text)
    assert not _touches(text, spans, "witch-hunt")


def test_the_outlet_reporting_itself_is_its_own_voice(nlp):
    text = (
        "The Tribune has repeatedly warned that the agency uses couriers as cover. "
        "The ministry has warned that the agency uses couriers as cover."
    )
    art = Article(id="a1", text=text, source="test", outlet="The Fjord Tribune")
    spans = attributed_spans(nlp(text), art, [])
    first = text.index("the agency")
    second = text.index("the agency", first + 1)
    assert not any(s.start <= first < s.end for s in spans)  # the page's own outlet speaking
    assert any(s.start <= second < s.end for s in spans)


def test_self_speaker():
    from sourcetrace.analyze.voice import is_self_speaker

    assert is_self_speaker("the Tribune", "The Fjord Tribune")
    assert is_self_speaker("this newspaper", None)
    assert not is_self_speaker("the ministry", "Ministry of Trade")  # no name, a common noun
    assert not is_self_speaker("Fjord Tribune editor Jane Doe", "The Fjord Tribune")


def test_clause_before_a_colon_is_no_report_of_the_verb_after_it(nlp):
    # a lead-in closed by a colon is the writer's statement; the reporting verb's content is its own clause
    text = (
        "The stonewalling has already started: parents at the Varnel school said on Monday that "
        "the board had refused to meet them."
    )
    _, spans = _attributed(nlp, text)
    assert not _touches(text, spans, "The stonewalling has already started")
    assert _is_attributed(text, spans, "the board had refused to meet them")
    # a fronted report set off by a comma stays the speaker's
    text2 = "The stonewalling has already started, parents at the Varnel school said on Monday."
    _, spans2 = _attributed(nlp, text2)
    assert _is_attributed(text2, spans2, "The stonewalling has already started")


def test_a_headline_clause_before_a_colon_is_the_outlets_own_words(nlp):
    # the parser hangs "Ostrava answers Lenburg's witch-hunt" on "told" after the colon, with the
    # colon as the clause's own last token: the words before the colon are the outlet's own
    from sourcetrace.analyze.voice import reporting_spans

    text = "Ostrava answers Lenburg's witch-hunt: four Lenburg diplomats told to leave"
    assert not reporting_spans(nlp(text))


UNLABELLED_QA = (
    "Fjord Post\n\n"
    "Harbour pilots stopped work on Monday. In the evening the pilots' guild chair Jane Varnel gave the Fjord Post "
    "an interview.\n\n"
    "Mrs. Varnel, how many pilots stayed at home?\n\n"
    "Almost all of them, about ninety in every port. The board calls this a mutiny of greedy pilots.\n\n"
    "The port board says you have left the ferries stranded.\n\n"
    "That is nonsense. Every ferry with passengers was piloted in, and we told the board so in writing.\n\n"
    "What happens next?\n\n"
    "We stay out until Friday. After that the members decide.\n\n"
    "***\n\n"
    "The board has asked a court to stop the walkout, which it calls a mutiny."
)


def test_unlabelled_qa_answers_are_quoted_voice(nlp):
    art = Article(id="a1", text=UNLABELLED_QA, source="test", outlet="Fjord Post")
    spans = attributed_spans(nlp(UNLABELLED_QA), art, [])
    assert _is_attributed(UNLABELLED_QA, spans, "mutiny of greedy pilots")  # inside an answer
    assert _is_attributed(UNLABELLED_QA, spans, "We stay out until Friday")
    assert not _touches(UNLABELLED_QA, spans, "how many pilots")  # the question is the outlet's
    assert not _touches(UNLABELLED_QA, spans, "which it calls a mutiny")  # after the '***': the outlet's again


def test_rhetorical_questions_in_an_article_are_no_interview():
    from sourcetrace.analyze.voice import unlabelled_interview

    text = (
        "The pilots stopped work on Monday and the ferries stayed in port.\n\n"
        "Who pays for the lost week?\n\n"
        "The board says the guild will. The guild says the board will.\n\n"
        "And what about the passengers?\n\n"
        "Nobody has asked them, and the timetable is still suspended."
    )
    assert unlabelled_interview(text) == (None, -1, [])


def test_according_to_inside_a_relative_clause_covers_only_that_clause(nlp):
    # the main clause before ", where, according to X, …" is the outlet's own voice
    text = (
        "The Varnel occupying administration on the northern bank does not allow experts near the Port Elm dock, "
        "where, according to the fishermen, the guards were burning nets in the days before."
    )
    _, spans = _attributed(nlp, text)
    assert _is_attributed(text, spans, "the guards were burning nets")
    assert not _touches(text, spans, "occupying administration")


def test_according_to_in_a_relative_clause_leaves_the_main_clause_own(nlp):
    # a quote the extractor cut as the main clause before "where, according to X, …" is no attribution of it
    text = (
        "Varnelian occupying administration on the high ridge does not allow foreign experts near the old post, "
        "where, according to the shepherds, the soldiers were burning dry grass."
    )
    end = text.index("where") + len("where")
    sp = text.index("the shepherds")
    q = Quote("q1", "a1", 0, end, text[:end], "indirect", "the shepherds", sp, sp + 13, "according to")
    _, spans = _attributed(nlp, text, [q])
    assert not _touches(text, spans, "occupying administration")
    assert _is_attributed(text, spans, "the soldiers were burning dry grass")


def test_a_writers_aside_on_a_name_inside_reported_speech_is_own_voice(nlp):
    # ", who is holed up at …," on a name inside "X said that …": the writer's identification, not the report
    text = (
        "The ministry said on Friday that the Kelmarian activist Tomas Ferrow, who is holed up in a church in "
        "Port Elm, had asked the bishop for protection."
    )
    _, spans = _attributed(nlp, text)
    assert not _touches(text, spans, "holed up in a church")
    assert _is_attributed(text, spans, "had asked the bishop for protection")


def test_a_restrictive_relative_clause_in_reported_speech_stays_reported(nlp):
    text = "The ministry said on Friday that the men who had blocked the road were paid by a foreign group."
    _, spans = _attributed(nlp, text)
    assert _is_attributed(text, spans, "who had blocked the road")
