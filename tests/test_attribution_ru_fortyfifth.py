"""Russian attribution confidence, forty-fifth session (issue 12): how far the evidence for a
speaker reaches, as features of the refitted confidence (``confidence_ru.reach_features``):
source words in another sentence than the cue, source words the parse's subject, other people
named within reach before the cue, how far back the speaker was mentioned.  Invented sentences,
never evaluation text."""

from __future__ import annotations

from attributed import attributed

from newsprism.article import Mention, Speaker
from newsprism.attribution import confidence_ru
from newsprism.attribution.model import Analysis, Entity, Found, SourceRef


def _person(text: str, name: str, at: int) -> Entity:
    return Entity(at, at + len(name), name, "PER", name)


def _setup(text: str, source: str, cue: str, content: str) -> tuple[Found, Speaker, Analysis]:
    s = text.index(source)
    src = SourceRef(s, s + len(source), source, "name")
    c = text.index(cue)
    b = text.index(content)
    found = Found("indirect", b, b + len(content), (c, c + len(cue)), src)
    people = [
        _person(text, name, text.index(name))
        for name in ("Анна Орлова", "Пётр Лавров", "Иван Сергеев")
        if name in text
    ]
    speaker = Speaker(1, source, mentions=(Mention(s, s + len(source), source),))
    subjects = frozenset(range(s, s + len(source)))
    return found, speaker, Analysis(found=[found], entities=people, subjects=subjects)


def test_source_words_in_the_cues_sentence_and_the_subject() -> None:
    text = "Иван Сергеев заявил, что ремонт моста закончат к осени."
    found, speaker, analysis = _setup(text, "Иван Сергеев", "заявил", "ремонт моста")
    f = confidence_ru.reach_features(text, found, speaker, analysis)
    assert f["src.other_sentence"] == 0.0
    assert f["src.subject"] == 1.0
    assert f["others_near"] == 0.0 and f["others_near.any"] == 0.0


def test_source_words_a_sentence_away_and_other_people_within_reach() -> None:
    text = (
        "Об этом рассказал Иван Сергеев. На встрече были Анна Орлова и Пётр Лавров. "
        "Он сообщил, что ремонт моста закончат к осени."
    )
    found, speaker, analysis = _setup(text, "Иван Сергеев", "сообщил", "ремонт моста")
    analysis = Analysis(found=analysis.found, entities=analysis.entities, subjects=frozenset())
    f = confidence_ru.reach_features(text, found, speaker, analysis)
    assert f["src.other_sentence"] == 1.0
    assert f["src.subject"] == 0.0
    # two other people named between the speaker's words and the cue
    assert f["others_near"] == 2 / 3 and f["others_near.any"] == 1.0


def test_a_paragraph_break_is_a_sentence_end() -> None:
    text = "Иван Сергеев, мэр города\n\nзаявил, что ремонт моста закончат к осени."
    found, speaker, analysis = _setup(text, "Иван Сергеев", "заявил", "ремонт моста")
    assert confidence_ru.reach_features(text, found, speaker, analysis)["src.other_sentence"] == 1.0


def test_the_whole_analysis_records_the_reach_features() -> None:
    record: list[tuple[int, int, dict[str, float]]] = []
    confidence_ru.RECORD = record
    try:
        attributed(
            "Губернатор Иван Сергеев провёл совещание с мэром города Петром Лавровым. "
            "Губернатор заявил, что ремонт дорог закончат к осени.\n",
            "ru",
        )
    finally:
        confidence_ru.RECORD = None
    assert record
    feats = record[0][2]
    assert "others_near" in feats and "src.other_sentence" in feats
