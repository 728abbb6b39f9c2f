"""Russian attribution of issue 12's sixteenth session, on our own short articles.

A verb of saying set off by commas inside the sentence, its subject after it, reports the
sentence around it («Повышение тарифов, считает эксперт, ударит по бизнесу»), or what follows
a «что» after it («Из отчёта следует, отмечает ведомство, что …»); its subject is the speaker
though it stands inside the words it reports.

A surname written in an oblique case is put in the nominative of its given name's gender
(«по словам министра Олега Рыбина» … «Рыбин добавил»: one speaker, not «Олег Рыбина» and
«Рыбин»), by the regular surname paradigms.
"""

from __future__ import annotations

from attributed import attributed, quote_holding, speaker_of

from newsprism.attribution.names_ru import agreeing_surname, with_agreeing_surname

#: our own article (a regional bus company and its fares, written for this test)
_FARES = (
    "Проезд в автобусах Заречья подорожает\n\n"
    "Повышение тарифов, считает экономист Марина Лаптева, ударит прежде всего по пенсионерам.\n\n"
    "Без сомнения, пишет газета «Заречный вестник», перевозчик давно готовил это решение.\n\n"
    "Из годового отчёта следует, отмечает областное министерство транспорта, что перевозчик "
    "третий год работает в убыток.\n\n"
    "Новые цены вступят в силу с первого марта."
)


def test_an_inserted_cue_reports_the_sentence_around_it() -> None:
    article = attributed(_FARES, "ru")
    q = quote_holding(article, "ударит прежде всего по пенсионерам")
    assert q is not None
    assert "Повышение тарифов" in q.text
    name = speaker_of(article, "ударит прежде всего по пенсионерам")
    assert name is not None and "Лаптева" in name, name


def test_an_inserted_cue_names_an_outlet_as_the_speaker() -> None:
    article = attributed(_FARES, "ru")
    name = speaker_of(article, "давно готовил это решение")
    assert name is not None and "Заречный вестник" in name, name


def test_an_inserted_cue_before_a_that_clause_reports_the_clause() -> None:
    article = attributed(_FARES, "ru")
    q = quote_holding(article, "третий год работает в убыток")
    assert q is not None
    assert not q.text.startswith("Из годового отчёта"), q.text
    name = speaker_of(article, "третий год работает в убыток")
    assert name is not None and "министерство транспорта" in name.lower(), name


def test_a_sentence_without_an_inserted_cue_is_no_attribution() -> None:
    article = attributed(_FARES, "ru")
    assert not any("вступят в силу" in q.text for q in article.quotes)


#: our own article (a harbour, its minister and a consultant, written for this test)
_HARBOUR = (
    "Порт Заречья расширят\n\n"
    "По словам министра транспорта Олега Рыбина, новый причал построят за два года. "
    "Рыбин добавил, что деньги на стройку уже выделены.\n\n"
    "Консультант Нина Щеглова считает, что грузооборот вырастет вдвое."
)


def test_a_mans_surname_in_the_genitive_joins_its_later_nominative() -> None:
    article = attributed(_HARBOUR, "ru")
    first = quote_holding(article, "новый причал построят")
    later = quote_holding(article, "деньги на стройку уже выделены")
    assert first.speaker is not None and first.speaker == later.speaker
    name = speaker_of(article, "новый причал построят")
    assert name is not None and name.endswith("Рыбин"), name


def test_surname_paradigms_by_the_given_names_gender_and_case() -> None:
    assert agreeing_surname("Рыбина", "Masc", "Gen") == "Рыбин"
    assert agreeing_surname("Котовой", "Fem", "Gen") == "Котова"
    assert agreeing_surname("Ковальскому", "Masc", "Dat") == "Ковальский"
    assert agreeing_surname("Щегловой", "Fem", "Ins") == "Щеглова"
    assert agreeing_surname("Буфье", "Masc", "Ins") is None  # no Russian paradigm
    assert agreeing_surname("Рыбина", "Fem", "Nom") is None  # a woman's nominative stays
    assert with_agreeing_surname("Олег Рыбина", ("Masc", "Gen"), "Олега Рыбина") == "Олег Рыбин"
    assert with_agreeing_surname("Анна Рыбина", ("Fem", "Nom"), "Анна Рыбина") == "Анна Рыбина"
