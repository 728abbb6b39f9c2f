"""Russian attribution, thirty-fifth session (issue 12).  Invented articles, never evaluation
text.

- A press service, an office or a department of someone named after it in the genitive
  («пресс-служба полиции РА», «офис премьер-министра страны Анны Ковальской») is a speaker of
  its own, shown by its whole name: never merged into the body or the person it serves, who
  keeps their own quotes.
"""

from __future__ import annotations

import pytest
from attributed import attributed

from newsprism.article import Article
from newsprism.attribution import flags_ru

_OFFICE = (
    "Министр финансов ушёл в отставку\n\n"
    "Об этом сообщает офис премьер-министра страны Анны Ковальской, передает агентство Reuters. "
    "«Сегодня днём премьер-министр приняла отставку министра финансов», — говорится в "
    "сообщении.\n\n"
    "Позже Анна Ковальская заявила журналистам, что нового министра назовут в пятницу.\n"
)
_SERVICE = (
    "Пятеро задержаны после перестрелки в Гюмри\n\n"
    "Полиция задержала пятерых человек по делу о перестрелке в Гюмри. Об этом сообщила "
    "пресс-служба полиции РА.\n\n"
    "По данным РА, оружие изъято.\n"
)


def _speaker(article: Article, phrase: str) -> tuple[int | None, str | None]:
    quote = next(q for q in article.quotes if phrase in q.text)
    who = next((s for s in article.speakers if s.id == quote.speaker), None)
    return quote.speaker, who.name if who else None


def _read(text: str, serving: bool, monkeypatch: pytest.MonkeyPatch) -> Article:
    monkeypatch.setattr(flags_ru, "SERVING", serving)
    return attributed.__wrapped__(text, "ru")  # type: ignore[attr-defined]


@pytest.mark.parametrize("serving", [True, False])
@pytest.mark.parametrize(
    ("text", "served_words", "own_words", "shown"),
    [
        # an office of a person: not that person, who keeps her own quote
        (
            _OFFICE,
            "отставку министра финансов",
            "назовут в пятницу",
            "офис премьер-министра страны Анны Ковальской",
        ),
        # a press service of a body named inside another's words: not that body («РА»)
        (_SERVICE, "задержала пятерых", "оружие изъято", "пресс-служба полиции РА"),
    ],
)
def test_a_service_or_office_is_not_the_one_it_serves(
    text: str,
    served_words: str,
    own_words: str,
    shown: str,
    serving: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    article = _read(text, serving, monkeypatch)
    service, service_name = _speaker(article, served_words)
    other, _ = _speaker(article, own_words)
    if serving:
        assert service != other and service_name == shown
    else:  # the merge the rule undoes
        assert service == other


def test_the_shipped_calibration_is_monotone_and_keeps_the_bar(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newsprism.attribution import confidence_ru
    from newsprism.attribution.confidence import CONFIDENT

    grid = [k / 200 for k in range(201)]
    shown = [confidence_ru.recalibrated(p) for p in grid]
    assert all(a <= b for a, b in zip(shown, shown[1:], strict=False))
    assert shown != grid  # a map is shipped
    # the lowest confidences never reach the bar, the highest do
    assert shown[0] < CONFIDENT <= shown[-1]
    monkeypatch.setattr(confidence_ru, "ISOTONIC", False)
    assert [confidence_ru.recalibrated(p) for p in grid] == grid
