"""Russian attribution of issue 12's twenty-fifth session, on our own short articles.

A verb of saying Wiktionary defines by another («провозгласить — торжественно объявить»,
«воскликнуть — громко произнести») is a cue like the hand-written ones; «назвал X одним из …» says «одним из …» of X.
"""

from __future__ import annotations

from attributed import attributed, quote_holding, speaker_name

from newsprism.attribution import cues_ru, quotes_ru

#: our own article (a local election story written for this test)
_ELECTION = (
    "Выборы в Озёрске\n\n"
    "Глава избирательной комиссии Ольга Миронова провозгласила, что голосование в районе "
    "признано состоявшимся.\n\n"
    "«Мы победили честно!» — воскликнул кандидат Игорь Лаптев на встрече со сторонниками."
)


def test_the_wiktionary_verbs_are_in_the_lexicon() -> None:
    assert {"провозгласить", "воскликнуть"} <= cues_ru.WIKTIONARY_SPEECH
    assert "провозгласить" in quotes_ru.SPEECH_VERBS
    # the review removed what states nothing
    assert "поздороваться" not in cues_ru.WIKTIONARY_SPEECH


def test_a_verb_wiktionary_defines_by_a_verb_of_saying_is_a_cue() -> None:
    article = attributed(_ELECTION, "ru")
    q = quote_holding(article, "признано состоявшимся")
    assert "Миронова" in (speaker_name(article, q) or "")


def test_a_manner_of_saying_introduces_a_quote() -> None:
    article = attributed(_ELECTION, "ru")
    q = quote_holding(article, "победили честно")
    assert "Лаптев" in (speaker_name(article, q) or "")


#: our own article (a city story written for this test)
_BRIDGE = (
    "Мост открыт\n\n"
    "Министр транспорта области Пётр Орлов назвал новый мост одним из лучших в стране."
)


def test_one_of_many_is_what_a_naming_says_of_its_object() -> None:
    article = attributed(_BRIDGE, "ru")
    q = quote_holding(article, "новый мост")
    assert "одним из лучших" in q.text
    assert "Орлов" in (speaker_name(article, q) or "")
