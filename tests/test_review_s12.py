"""Review of the twelfth session's landings: rules that fired on sentences of other shapes
(invented sentences, none from an evaluation set)."""

from __future__ import annotations

from functools import cache

import pytest

from newsprism.article import Article
from newsprism.attribution.stage import article_from_text
from newsprism.pipeline import Pipeline


@cache
def _pipeline() -> Pipeline:
    return Pipeline(["segment", "attribution"], strict=True)


def _quotes(text: str, lang: str = "en") -> list[tuple[str, str | None]]:
    article: Article = _pipeline()(article_from_text(text, lang))
    out = []
    for q in article.quotes:
        who = article.speaker(q.speaker)
        out.append((q.text, who.name if who else None))
    return out


def test_a_participle_clause_before_a_closing_speech_verb_is_not_what_was_said() -> None:
    # "…, <subject> <speech verb>." says the clause before the comma only when that clause has
    # a subject of its own; a participle's clause tells what the speaker did
    said = _quotes(
        "Harbour strike ends\n\n"
        "Having finished the long meeting on Tuesday, the union leader announced.\n\nThe port reopened on Wednesday morning after nine days."
    )
    assert not any("meeting" in text for text, _ in said), said
    said = _quotes(
        "Harbour strike ends\n\n"
        "Since the start of the season, 14 ferries have been cancelled at the harbour, the port "
        "authority said.\n\nThe port reopened on Wednesday morning after nine days."
    )
    assert any("14 ferries" in text and who and "port authority" in who for text, who in said), said


def test_english_digraphs_are_no_east_slavic_spelling_of_a_given_name() -> None:
    # the transliteration-key lookup is for Ukrainian and Belarusian spellings (h for g); the h
    # of ph, th, gh and wh never spells one, and common words must not become given names
    from newsprism.attribution.given_names import available, is_given_name

    if not available():
        pytest.skip("the name dictionary is not installed")
    assert is_given_name("Halyna") and is_given_name("Serhii") and is_given_name("Olha")
    assert not any(is_given_name(w) for w in ("Photo", "Thing", "Afghan", "Phillips")), [
        w for w in ("Photo", "Thing", "Afghan", "Phillips") if is_given_name(w)
    ]


def test_a_mined_russian_verb_with_an_indirect_question_reports_nothing() -> None:
    # «показать», «выяснить», «установить» were mined as cues with a «что» clause: with «как»,
    # «где» they tell what was shown or found out
    said = _quotes(
        "Выборы в совет\n\nОн показал, как правильно заполнять бюллетень на избирательном "
        "участке.\n\nКампания начнётся летом.",
        "ru",
    )
    assert not any("бюллетень" in text for text, _ in said), said
    said = _quotes(
        "Выборы в совет\n\nЭксперимент показал, что новый бюллетень заполняется быстрее "
        "старого.\n\nКампания начнётся летом.",
        "ru",
    )
    assert any("бюллетень" in text and who for text, who in said), said
