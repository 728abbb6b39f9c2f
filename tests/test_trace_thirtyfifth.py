"""The thirty-fifth session's trace changes: a rival's figure after a comma and a conjunction of
contrast (", while", «, тогда как», «, а») bonds as one after a semicolon, «назвали» gives a
count as «называют» does, the rival clause's own subject is its source
(:mod:`newsprism.trace.bonds`); a quote inside another, direct, quote of its article is not
traced on its own (:func:`newsprism.trace.mentions.nested`)."""

from __future__ import annotations

import pytest
from test_trace_bonds import _bonded_values as _bonded

from newsprism import analyse
from newsprism.article import Article, Quote
from newsprism.attribution.stage import article_from_text
from newsprism.trace import bonds
from newsprism.trace.mentions import nested, quote_mentions

#: two sources' counts of one thing in one sentence, the second after ", while"
WHILE = (
    "The port authority said 1,240 containers had been held at the border, while the customs "
    "service put the number at 980. Trucks queued for 14 kilometres on Tuesday, the police said."
)


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        (WHILE, "en", (1240.0, 980.0)),
        (
            "Профсоюз утверждает, что без зарплаты остались 4200 шахтёров, тогда как "
            "администрация области называет цифру в 2900.",
            "ru",
            (4200.0, 2900.0),
        ),
        (
            "В порту, по данным администрации, задержаны 1240 контейнеров. В таможенной службе "
            "назвали другую цифру: 980 контейнеров.",
            "ru",
            (1240.0, 980.0),
        ),
    ],
)
def test_a_rival_after_a_conjunction_of_contrast_bonds(
    text: str, lang: str, pair: tuple[float, float]
) -> None:
    assert _bonded(text, lang) == [pair]


def test_a_rival_after_while_did_not_bond_without_the_clause_rule(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(bonds, "CLAUSE_RIVALS", False)
    assert _bonded(WHILE, "en") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # another thing counted after ", while": no verb that gives a count to its subject
        (
            "The port authority said 1,240 containers had been held at the border, while 36 "
            "trucks were turned back on Tuesday.",
            "en",
        ),
        # «, а» with a verb of its own and another count
        (
            "На границе задержаны 1240 контейнеров, а очередь грузовиков растянулась на 14 "
            "километров.",
            "ru",
        ),
    ],
)
def test_another_count_after_a_conjunction_does_not_bond(text: str, lang: str) -> None:
    assert _bonded(text, lang) == []


def _article(text: str, quotes: list[Quote]) -> Article:
    article = article_from_text(text, "en")
    from dataclasses import replace

    return replace(article, quotes=tuple(quotes))


#: a direct quote whose speaker relays another person's words inside it
RELAYED = (
    '"The driver knew the limit. He told the inspector himself that he had crossed this bridge '
    'with a full load many times," said Anna Berg, the head of the inquiry.'
)


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_a_quote_inside_a_direct_quote_is_not_traced() -> None:
    outer_words = RELAYED[1 : RELAYED.index(',"') + 1]
    inner_words = "he had crossed this bridge with a full load many times"
    o_start, o_end = _span(RELAYED, outer_words)
    i_start, i_end = _span(RELAYED, inner_words)
    outer = Quote(1, "direct", o_start, o_end, outer_words)
    inner = Quote(2, "indirect", i_start, i_end, inner_words)
    article = _article(RELAYED, [outer, inner])
    assert nested(inner, article.quotes) and not nested(outer, article.quotes)
    assert [m.quote_id for m in quote_mentions(article, 1)] == [1]


def test_a_quote_inside_reported_speech_is_still_traced() -> None:
    # only a direct quote's words are another's: reported speech that holds a shorter span
    # (the attribution's reading of one clause) keeps both
    text = (
        "Anna Berg said the driver had told the inspector that he had crossed this bridge "
        "with a full load many times."
    )
    o_start, o_end = _span(text, text[len("Anna Berg said ") : -1])
    i_start, i_end = _span(text, "he had crossed this bridge with a full load many times")
    outer = Quote(1, "indirect", o_start, o_end, text[o_start:o_end])
    inner = Quote(2, "indirect", i_start, i_end, text[i_start:i_end])
    article = _article(text, [outer, inner])
    assert [m.quote_id for m in quote_mentions(article, 1)] == [1, 2]


def test_an_analysed_article_with_a_relayed_quote_traces_the_outer_words() -> None:
    article = analyse(article_from_text(RELAYED, "en"))
    traced = quote_mentions(article, 1)
    assert traced, "the attribution stage reads the direct quote"
    # every traced quote stands outside any other direct quote: none is a part of another's
    spans = [(q.start, q.end) for q in article.quotes if q.kind == "direct"]
    for m in traced:
        q = next(q for q in article.quotes if q.id == m.quote_id)
        assert not any(s <= q.start and q.end <= e and (s, e) != (q.start, q.end) for s, e in spans)
