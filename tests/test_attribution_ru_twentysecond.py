"""Russian attribution of issue 12's twenty-second session, on our own short articles.

A participle in the instrumental is what a verb of naming says of its object.  The reflexive
passive of a verb of saying with a «что» clause is a report with no subject of its own (or its
place's).
"""

from __future__ import annotations

from attributed import attributed, quote_holding, speaker_name, speaker_of

#: our own article (a human rights group, written for this test)
_ARREST = (
    "Правозащитники осудили арест\n\n"
    "Депутат Иван Рябов осудил арест блогера Павла Сычёва, назвав его заранее "
    "спланированным."
)


def test_a_participle_in_the_instrumental_is_what_a_naming_says() -> None:
    article = attributed(_ARREST, "ru")
    q = quote_holding(article, "заранее спланированным")
    assert "осудил" not in q.text, q.text
    assert speaker_name(article, q) == "Иван Рябов"


#: our own article (a hospital and a ministry, written for this test)
_HOSPITAL = (
    "Больница закрыта на карантин\n\n"
    "Городскую больницу № 3 закрыли на карантин. Указывается, что все пациенты переведены в "
    "другие больницы города.\n\n"
    "В заявлении министерства здравоохранения области поясняется, что карантин продлится "
    "две недели."
)


def test_a_reflexive_passive_of_saying_reports_its_clause() -> None:
    article = attributed(_HOSPITAL, "ru")
    q = quote_holding(article, "все пациенты переведены")
    assert q.speaker is None
    assert "министерство" in (speaker_of(article, "карантин продлится") or "").lower()
