"""Review, nineteenth session: «отметить» with an occasion is to celebrate it, not to say
anything — the rule that reads a speech verb's inanimate noun object as what was said
(02b5717) made «отметила день рождения» and «отметил Новый год» reports.  «отметил рост
зарплат» (noted) still reports.  Our own invented article."""

from __future__ import annotations

from attributed import attributed, speaker_of

_DISTRICT = (
    "Новости района\n\n"
    "Министр Иван Котов отметил Новый год в кругу семьи.\n\n"
    "Председатель совета Анна Гусева отметила день рождения в родной деревне.\n\n"
    "Директор школы Ольга Серова отметила юбилей школы большим концертом.\n\n"
    "Губернатор Олег Миронов отметил рост зарплат в области."
)


def test_an_occasion_celebrated_is_no_report() -> None:
    article = attributed(_DISTRICT, "ru")
    for words in ("Новый год", "день рождения", "юбилей школы"):
        assert not any(words in q.text for q in article.quotes), words


def test_a_thing_noted_still_reports() -> None:
    article = attributed(_DISTRICT, "ru")
    assert speaker_of(article, "рост зарплат") == "Олег Миронов"
