"""Russian attribution, the twenty-fifth round's review, on our own short articles: a verb of
*not* saying is no cue — whoever «умалчивает, что …» or «недосказывает, что …» hides the
content, and a reader must not see it given to them as their words."""

from __future__ import annotations

from attributed import attributed, speaker_name

from newsprism.attribution import cues_ru

#: our own article (a district budget story written for this test)
_BUDGET = (
    "Бюджет района\n\n"
    "Глава района Сергей Ветров {verb}, что деньги на ремонт дорог в этом году сократили "
    "вдвое.\n\n"
    "Депутаты потребовали опубликовать смету."
)


def test_a_verb_of_not_saying_is_no_cue() -> None:
    assert not {"умалчивать", "недосказывать", "недомолвить"} & cues_ru.WIKTIONARY_SPEECH
    for verb in ("умалчивает", "недосказывает"):
        article = attributed(_BUDGET.format(verb=verb), "ru")
        given = [speaker_name(article, q) for q in article.quotes if "ремонт дорог" in q.text]
        assert not any("Ветров" in (name or "") for name in given), verb
