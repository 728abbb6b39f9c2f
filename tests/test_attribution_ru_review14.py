"""Review of the fourteenth session's Russian attribution: «ведомство» refers back to a
government body, not to a news agency named in between.  An invented article."""

from __future__ import annotations

from attributed import attributed, speaker_of

#: our own article (a tax story written for this test)
_TAX = (
    "Минфин повысит налог на сверхприбыль\n\n"
    "Министерство финансов России заявило, что налог на сверхприбыль будет повышен с января.\n\n"
    "Как сообщает агентство Bloomberg со ссылкой на источники, решение обсуждалось несколько "
    "месяцев.\n\n"
    "Ведомство также заявило, что льготы для малого бизнеса сохранятся."
)
#: the same shape, the body a government agency that carries «агентство» in its own name
_RADIO = (
    "Частоты для связи 6G распределят к лету\n\n"
    "Федеральное агентство связи сообщило, что конкурс на частоты пройдёт в апреле.\n\n"
    "Как пишет газета «Коммерсантъ», операторы просили отложить торги.\n\n"
    "Ведомство также заявило, что условия конкурса не изменятся."
)


def test_a_news_agency_named_between_is_not_the_ministry() -> None:
    article = attributed(_TAX, "ru")
    who = speaker_of(article, "льготы для малого бизнеса")
    assert who is not None and "Министерство финансов" in who, who


def test_a_government_agency_is_still_the_ministry_it_is() -> None:
    article = attributed(_RADIO, "ru")
    who = speaker_of(article, "условия конкурса не изменятся")
    assert who is not None and "агентство связи" in who, who
