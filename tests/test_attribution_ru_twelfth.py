"""Russian attribution of issue 12's twelfth session, on our own short article.

A plural speech verb with no subject (Russian's indefinite person) speaks through the
institution it is said in («в клинике сочли, что …», «В канцелярии губернатора сообщили»),
but not through the occasion or time it was said at («На брифинге заявили», «В пятницу
сообщили»: those stay agentless).  «согласно» before any noun introduces a source
(«Согласно решению районного суда, …», «согласно результатам проверки»), not only before the
nouns of the source lexicons.  Verbs mined from the NEREL articles we never annotated
(«установило, что», «показывают, что», «гласит») are cues.
"""

from __future__ import annotations

from attributed import attributed, quote_holding, speaker_name

#: our own article (a story about spoilt samples, written for this test)
_SAMPLES = (
    "Образцы с озера оказались испорчены\n\n"
    "В клинике сочли, что образцы воды были повреждены при перевозке.\n\n"
    "В канцелярии губернатора сообщили, что повторный забор проб назначен на май.\n\n"
    "На брифинге заявили, что решение о закрытии пляжа ещё не принято.\n\n"
    "В пятницу сообщили, что рейсы на остров отменены.\n\n"
    "Согласно решению районного суда, владелец катера должен выплатить штраф.\n\n"
    "Следствие установило, что катер шёл без навигационных огней."
)


def test_an_institution_speaks_for_a_subjectless_plural_verb() -> None:
    article = attributed(_SAMPLES, "ru")
    q = quote_holding(article, "образцы воды были повреждены")
    assert q.source_text is not None and "клиник" in q.source_text
    q = quote_holding(article, "повторный забор проб")
    assert q.source_text is not None and "канцеляри" in q.source_text
    assert speaker_name(article, q) is not None


def test_an_occasion_or_a_time_is_no_speaker() -> None:
    article = attributed(_SAMPLES, "ru")
    for phrase in ("решение о закрытии пляжа", "рейсы на остров"):
        q = quote_holding(article, phrase)
        assert q.speaker is None, phrase


def test_according_to_any_noun_is_a_source() -> None:
    article = attributed(_SAMPLES, "ru")
    q = quote_holding(article, "владелец катера должен выплатить")
    assert q.cue is not None and q.cue.lower().startswith("согласно")
    assert q.source_text is not None and "суда" in q.source_text


def test_a_mined_verb_is_a_cue() -> None:
    article = attributed(_SAMPLES, "ru")
    q = quote_holding(article, "катер шёл без навигационных огней")
    assert q.source_text is not None and q.source_text.lower().startswith("следствие")
