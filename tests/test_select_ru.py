"""Parsing only the Russian sentences that can hold an attribution changes nothing we find."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.attribution import quotes_ru
from newsprism.attribution.backends import models
from newsprism.attribution.select_ru import cue_forms, needs_parse
from newsprism.attribution.stage import article_from_text
from newsprism.pipeline import Pipeline

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "attribution"
RUSSIAN = sorted(p for p in FIXTURES.glob("ru_*.txt"))


def _table(path: Path) -> tuple[object, ...]:
    article = Pipeline(["segment", "attribution"], strict=True)(
        article_from_text(path.read_text(encoding="utf-8"))
    )
    names = {s.id: (s.name, s.role, s.kind) for s in article.speakers}
    return tuple(
        (
            q.start,
            q.end,
            q.cue,
            q.source_text,
            names.get(q.speaker) if q.speaker is not None else None,
        )
        for q in article.quotes
    )


@pytest.mark.parametrize("path", RUSSIAN, ids=lambda p: p.stem)
def test_selected_parse_finds_what_the_full_parse_finds(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    selected = _table(path)
    monkeypatch.setattr(quotes_ru, "PARSE_ALL", True)
    assert _table(path) == selected


def test_cue_forms_cover_irregular_inflections() -> None:
    vocab = models.get("ru").morph_vocab
    forms = cue_forms(vocab, frozenset(["счесть", "сказать", "заявить"]))
    assert {"сочли", "скажут", "заявила", "счел"} <= forms
    assert "данные" not in cue_forms(vocab, frozenset(["дать"]), True)


def test_sentences_without_cues_or_names_are_not_parsed() -> None:
    vocab = models.get("ru").morph_vocab
    forms = cue_forms(vocab, frozenset(["заявить"]))
    po = cue_forms(vocab, frozenset(["данные", "слово"]))
    plain = "Вода в реке поднялась на четыре метра."
    assert not needs_parse(plain.split(), plain, forms, po, False, False)
    assert needs_parse(plain.split(), plain, forms, po, False, True)  # a person's name
    cue = "В МЧС заявили , что дамбу укрепят ."
    assert needs_parse(cue.split(), cue, forms, po, False, False)
    according = "По предварительным данным , все спасены ."
    assert needs_parse(according.split(), according, forms, po, False, False)
    data = "Данные о погоде обновляются ."
    assert not needs_parse(data.split(), data, forms, po, False, False)


def test_light_verbs_and_as_verbs_need_their_partner_word() -> None:
    forms, paired = quotes_ru._cue_lexicon(models.get("ru").morph_vocab)
    po = frozenset()
    gave = "Министр дал интервью газете ."
    assert not needs_parse(gave.split(), gave, forms, po, False, False, paired)
    hinted = "Министр дал понять , что уйдёт в отставку ."
    assert needs_parse(hinted.split(), hinted, forms, po, False, False, paired)
    came = "Комиссия пришла к выводу о нарушениях ."
    assert needs_parse(came.split(), came, forms, po, False, False, paired)
    defined = "Суд определил меру пресечения ."
    assert not needs_parse(defined.split(), defined, forms, po, False, False, paired)
    as_what = "Суд определил действия как превышение полномочий ."
    assert needs_parse(as_what.split(), as_what, forms, po, False, False, paired)
    # «выразил» is a cue on its own («выразил соболезнования»)
    expressed = "Губернатор выразил соболезнования родным ."
    assert needs_parse(expressed.split(), expressed, forms, po, False, False, paired)


def test_ner_on_the_segmenters_tokens_finds_what_the_tagger_finds_on_the_text() -> None:
    from natasha import Doc

    nlp = models.get("ru")
    text = (
        "Глава района Пётр Соколов заявил, что мост откроют к осени.\n\n"
        "Фото: пресс-служба администрации\n\n"
        "По словам Анны Ковалёвой из «Мосгортранса», автобусы пустят в объезд, т.е.через "
        "улицу Ленина."
    )
    doc = Doc(text)
    paragraphs = [(0, 59), (95, len(text))]
    quotes_ru._segment(doc, nlp.segmenter, paragraphs)
    every = doc.tokens
    doc.tokens = [t for s in doc.sents for t in s.tokens]
    quotes_ru._tag_ner(doc, nlp.ner_tagger, [a for a, _ in paragraphs], every)
    ours = [(s.start, s.stop, s.type) for s in doc.spans]
    # read from the tokens, not by the fallback that tags the text itself
    assert quotes_ru._ner_on_tokens(nlp.ner_tagger, text, 0, len(text), every) is not None
    theirs = [(s.start, s.stop, s.type) for s in nlp.ner_tagger(text).spans]
    assert ours == theirs
    assert ("PER", "Анны Ковалёвой") in {(s.type, text[s.start : s.stop]) for s in doc.spans}
