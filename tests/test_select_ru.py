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
    article = Pipeline(["segment", "attribution"])(
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
