"""Russian attribution, twenty-ninth session (issue 12): two «по словам» readings in one
sentence, each its own clause, by the parse.

«По словам X, …, однако по словам Y, …»: the first reading's words stop where the second
opens a clause of its own — by the conjunction, or by the parse where no listed conjunction
says so; a «по словам» phrase is the run of its words the parse keeps together (a misparse hung
the second speaker's name on the first's noun, and each speaker was shown the other's words).
Our own invented articles.
"""

from __future__ import annotations

import pytest
from attributed import attributed, speaker_name

from newsprism.article import Article

#: a bridge repair story: the mayor and the contractor disagree, joined by «однако»
_BRIDGE = (
    "Ремонт моста затянулся\n\n"
    "По словам мэра Сергея Осипова, движение по мосту откроют в мае, однако по словам его "
    "подрядчика Виктора Гусева, работы затянутся до осени."
)

#: the same with a verb of saying first and «тогда как»
_PRICES = (
    "Цены на овощи\n\n"
    "Министр сельского хозяйства Олег Титов заявил, что цены на овощи снизятся к лету, тогда как "
    "по словам фермера Андрея Белова, урожай окажется хуже прошлогоднего."
)

#: two officials' names in long «по словам» phrases (the parse hung the second's name on the
#: first's office)
_BUDGET = (
    "Бюджет области\n\n"
    "По словам министра финансов области Антона Сорокина, дефицит бюджета сократится в "
    "следующем году, а по словам председателя счётной палаты Эльвиры Зайцевой, долг области "
    "продолжит расти."
)


def _of(article: Article, phrase: str) -> list[tuple[str, str | None]]:
    return [(q.text, speaker_name(article, q)) for q in article.quotes if phrase in q.text]


@pytest.mark.parametrize(
    ("text", "first", "first_speaker", "second", "second_speaker"),
    [
        (_BRIDGE, "откроют в мае", "Сергей Осипов", "затянутся до осени", "Виктор Гусев"),
        (_PRICES, "снизятся к лету", "Олег Титов", "хуже прошлогоднего", "Андрей Белов"),
        (_BUDGET, "дефицит бюджета", "Антон Сорокин", "продолжит расти", "Эльвира Зайцева"),
    ],
    ids=["odnako", "togda-kak", "misparsed-name"],
)
def test_each_according_reading_keeps_its_own_clause(
    text: str, first: str, first_speaker: str, second: str, second_speaker: str
) -> None:
    article = attributed(text, "ru")
    said = _of(article, first)
    assert said, [q.text for q in article.quotes]
    # the first speaker's words stop before the second reading
    assert all(second not in t for t, _ in said), said
    assert all(who == first_speaker for _, who in said), said
    then = _of(article, second)
    assert then and all(who == second_speaker for _, who in then), then
    # nobody is shown as having said both halves, and the second is no one else's
    assert all(first not in t for t, _ in then), then


def test_an_according_phrase_inserted_into_the_content_stays_its_part() -> None:
    # «что цифра, по его словам, окажется выше»: one reading, set off by commas inside it
    article = attributed(
        "Тарифы вырастут\n\n"
        "Глава водоканала Андрей Соколов заявил, что рост тарифа, по его словам, окажется "
        "выше прошлогоднего.",
        "ru",
    )
    said = _of(article, "окажется выше")
    assert said and all(who == "Андрей Соколов" for _, who in said), said
