"""Russian attribution (issue 12): a body's genitive place or owner stays in its name
(«Министерство здравоохранения Армении», not a bare «Министерство здравоохранения»), and a
quote whose body is reached by a back-reference («Ведомство сообщило», «Мэрия сообщила») is
never shown surer than the same body named outright (invented articles, never evaluation
text)."""

from __future__ import annotations

from typing import Any

from attributed import attributed, quote_holding, speaker_of

from newsprism.attribution import confidence_ru
from newsprism.attribution.stage import article_from_text
from newsprism.pipeline import Pipeline

MEASLES = (
    "Корь в Ереване\n\n"
    "В Ереване закрыли на карантин три школы. Министерство здравоохранения Армении заявило, "
    "что в столице заболели 14 детей.\n\n"
    "Ведомство сообщило, что вакцинация в школах начнётся в среду.\n"
)

BUSES = (
    "Новые автобусы\n\n"
    "Город закупит новые автобусы. Мэрия Казани заявила, что на линии весной выйдут 40 машин.\n\n"
    "Мэрия сообщила, что старые машины продадут на аукционе.\n"
)


def test_a_bodys_genitive_place_stays_in_its_name() -> None:
    article = attributed(MEASLES, "ru")
    assert speaker_of(article, "заболели 14 детей") == "Министерство здравоохранения Армении"
    assert speaker_of(article, "вакцинация в школах") == "Министерство здравоохранения Армении"


def test_words_after_a_body_that_are_no_genitive_stay_out_of_its_name() -> None:
    text = (
        "Дороги\n\n"
        "Министерство транспорта в понедельник сообщило, что ремонт моста закончат к осени.\n"
    )
    assert speaker_of(attributed(text, "ru"), "ремонт моста") == "Министерство транспорта"


def test_a_back_reference_is_never_surer_than_the_body_named(monkeypatch: Any) -> None:
    """The shipped rates scored a back-reference above the same body's named quote (0.83
    against 0.62 in an article found this round): with those rates given in that order, the
    back-reference is held at the named quote's."""
    real = confidence_ru.load()
    rates = iter([0.62, 0.83])

    class Rates:
        rules_as_features = False  # the caps and floors applied after, as the bound is

        def probability(self, features: Any) -> float:
            real.probability(features)
            return next(rates)

    monkeypatch.setattr(confidence_ru, "load", lambda: Rates())
    # the bound itself, before the last step's map (thirty-fifth session)
    monkeypatch.setattr(confidence_ru, "ISOTONIC", False)
    article = Pipeline(["segment", "attribution"], strict=True)(article_from_text(MEASLES, "ru"))
    named = quote_holding(article, "заболели 14 детей")
    again = quote_holding(article, "вакцинация в школах")
    assert named.speaker == again.speaker
    assert named.speaker_confidence == 0.62
    assert again.speaker_confidence is not None and again.speaker_confidence <= 0.62


def test_a_back_reference_keeps_its_body_with_the_shipped_rates() -> None:
    for text, named_words, again_words in (
        (MEASLES, "заболели 14 детей", "вакцинация в школах"),
        (BUSES, "выйдут 40 машин", "старые машины продадут"),
    ):
        article = attributed(text, "ru")
        named = quote_holding(article, named_words)
        again = quote_holding(article, again_words)
        assert named.speaker == again.speaker
        assert again.speaker_confidence is not None and named.speaker_confidence is not None
        assert again.speaker_confidence <= named.speaker_confidence
