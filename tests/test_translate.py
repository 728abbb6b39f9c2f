"""The ``translate`` stage with a tiny real model: alignment, batching, caching, pass-through, errors."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from newsprism import api
from newsprism.article import Article
from newsprism.errors import (
    ConfigError,
    LanguagePairError,
    ModelMissingError,
    ModelPackageError,
    PipelineError,
)
from newsprism.pipeline import Pipeline, get_stage
from newsprism.render import render
from newsprism.translate import models
from newsprism.translate.cache import TranslationCache
from newsprism.translate.engine import CT2Engine, EngineSettings
from newsprism.translate.stage import translate

FIXTURE = Path(__file__).parent / "fixtures" / "translate" / "ru-bridge.html"

ENGLISH = (
    b"<html><head><title>Bus fares rise in Severogorsk</title></head><body><article>"
    b"<h1>Bus fares rise in Severogorsk</h1>"
    b"<p>Bus fares in Severogorsk rose by 5 percent on Monday, the transport department said. "
    b"Officials blamed the cost of fuel and the new bridge.</p>"
    b"<p>Residents complained about the increase at a public meeting on Tuesday evening.</p>"
    b"</article></body></html>"
)


@pytest.fixture(scope="module")
def russian() -> Article:
    return api.read(FIXTURE)


@pytest.fixture
def argos_model(tiny_translation_models: Any) -> models.InstalledModel:
    return models.install_path(tiny_translation_models.argos_package)


def engine_for(model: models.InstalledModel, **settings: Any) -> CT2Engine:
    engine = models.load_translator(model, EngineSettings(**settings))
    assert isinstance(engine, CT2Engine)
    return engine


def test_stage_is_registered_opt_in() -> None:
    stage = get_stage("translate")
    assert stage.requires == {"sentences"} and stage.provides == {"translation"}
    assert "translate" not in api.ANALYSIS_STAGES
    with pytest.raises(PipelineError, match="segment"):
        Pipeline(["translate"])
    Pipeline(["segment", "translate"])  # the right order builds


def test_every_sentence_is_aligned(russian: Article, argos_model: models.InstalledModel) -> None:
    out = translate(russian, beam_size=1)
    t = out.translation
    assert t is not None
    assert (t.language, t.translator) == ("en", "Argos Translate")
    assert t.model == {"name": "translate-ru_en", "version": "1.9"}
    assert len(t.sentences) == len(russian.sentences) > 8
    assert [s.id for s in t.sentences] == list(range(len(russian.sentences)))
    assert [s.source for s in t.sentences] == [s.id for s in russian.sentences]
    by_source = {s.source: s.text for s in t.sentences}
    for s in russian.sentences:
        if "Kremlin" in s.text:  # an English sentence inside a Russian paragraph
            assert by_source[s.id] == s.text
        else:  # random weights: gibberish, but never the source itself and never empty
            assert by_source[s.id] and by_source[s.id] != s.text
    assert t.title and t.title != russian.title
    assert out.text == russian.text and out.sentences == russian.sentences  # nothing else changes


def test_json_round_trip_and_schema(russian: Article, argos_model: models.InstalledModel) -> None:
    import jsonschema

    from newsprism.schema import load_schema

    out = get_stage("translate").configure(beam_size=1)(russian)
    assert out.stages[-1] == "translate"
    data = json.loads(render(out, "json"))
    jsonschema.validate(data, load_schema())
    assert data["translation"]["sentences"][0] == {
        "id": 0,
        "source": 0,
        "text": out.translation.sentences[0].text,  # type: ignore[union-attr]
    }
    assert Article.from_dict(data) == out


def test_batching_sends_distinct_sentences_in_chunks(
    russian: Article, argos_model: models.InstalledModel
) -> None:
    big = translate(russian, beam_size=1, batch_size=64, cache=False)
    engine = engine_for(argos_model, beam_size=1, batch_size=3)
    before = (engine.sentences_translated, engine.batches)
    small = translate(russian, beam_size=1, batch_size=3, cache=False)
    sent = engine.sentences_translated - before[0]
    batches = engine.batches - before[1]
    assert small.translation is not None
    pairs = zip(russian.sentences, small.translation.sentences, strict=True)
    translated = sum(1 for a, b in pairs if a.text != b.text)
    assert sent == translated + 1  # + the title
    assert batches == -(-sent // 3)
    assert small.translation == big.translation  # batch size never changes the result


def test_engine_translates_in_input_order(argos_model: models.InstalledModel) -> None:
    engine = engine_for(argos_model, beam_size=2, batch_size=2)
    texts = ["Жители жалуются.", "Мэр заявила, что новый мост откроют весной.", "Цены выросли."]
    one_by_one = [engine.translate([t])[0] for t in texts]
    assert engine.translate(texts) == one_by_one
    assert engine.translate([]) == []


def test_second_run_comes_from_the_cache(
    russian: Article, argos_model: models.InstalledModel
) -> None:
    engine = engine_for(argos_model, beam_size=1)
    first = translate(russian, beam_size=1)
    calls = engine.sentences_translated
    assert calls > 0
    store = TranslationCache()
    second = translate(russian, beam_size=1, cache=store)
    assert engine.sentences_translated == calls  # the model was not called again
    assert store.misses == 0 and store.hits > 0
    assert second.translation == first.translation
    assert store.path.is_file()

    # a setting that changes the output is part of the key; switching the cache off bypasses it
    engine_for(argos_model, beam_size=2)
    translate(russian, beam_size=2)
    translate(russian, beam_size=1, cache=False)
    assert engine.sentences_translated > calls


def test_english_article_needs_no_model() -> None:
    article = api.read(ENGLISH)
    out = translate(article, to="en")
    t = out.translation
    assert t is not None and t.translator == "none" and t.model == {}
    assert [s.text for s in t.sentences] == [s.text for s in article.sentences]
    from newsprism.translate.render import render_translation

    assert "already in en" in render_translation(out, "text")
    assert 'id="translation"' not in render(out, "html")  # two identical columns would be noise


def test_no_model_installed_names_the_install_command(russian: Article) -> None:
    with pytest.raises(ModelMissingError) as err:
        translate(russian)
    assert "no ru→en translation model" in err.value.message
    assert "newsprism models install translate-ru-en" in err.value.hint
    # every other stage still runs
    analysed = api.analyse(russian)
    assert [(s.start, s.end) for s in analysed.sentences] == [
        (s.start, s.end) for s in russian.sentences
    ]
    assert analysed.translation is None


def test_wrong_language_pair(
    tiny_model_builder: Any, tiny_translation_models: Any, russian: Article, tmp_path: Path
) -> None:
    en_de = tiny_model_builder.pack_argos(
        tmp_path / "translate-en_de-1_0.argosmodel",
        tiny_translation_models.ct2_dir,
        tiny_translation_models.sentencepiece,
        source="en",
        target="de",
        version="1.0",
    )
    models.install_path(en_de)
    with pytest.raises(LanguagePairError, match="translates en→de"):
        translate(russian, to="de", model="translate-en_de")
    with pytest.raises(ModelMissingError, match="no ru→de"):
        translate(russian, to="de")
    with pytest.raises(ModelMissingError, match="no translation model named"):
        translate(russian, model="translate-ru_en")


def test_marian_model_through_the_stage(russian: Article, tiny_translation_models: Any) -> None:
    models.install_path(tiny_translation_models.marian_dir)
    out = translate(russian, model="opus-mt-ru-en", beam_size=1, compute_type="float32", threads=1)
    t = out.translation
    assert t is not None and t.translator == "OPUS-MT"
    assert t.model == {"name": "opus-mt-ru-en", "version": "1.0"}
    assert len(t.sentences) == len(russian.sentences)


def test_model_deleted_under_us_is_a_clear_error(
    russian: Article, argos_model: models.InstalledModel
) -> None:
    (argos_model.path / "model" / "model.bin").write_bytes(b"not a model")
    with pytest.raises(ModelPackageError, match="cannot load the translation model"):
        translate(russian, beam_size=3, threads=1, cache=False)


def test_bad_settings() -> None:
    with pytest.raises(ConfigError, match="did you mean 'int8'"):
        EngineSettings(compute_type="int9")
    with pytest.raises(ConfigError, match="beam_size"):
        EngineSettings(beam_size=0)


def test_html_shows_both_sides(russian: Article, argos_model: models.InstalledModel) -> None:
    article = translate(russian, beam_size=1)
    sentences = [dataclasses.replace(s, highlight=(s.id == 0)) for s in article.sentences]
    article = dataclasses.replace(article, sentences=tuple(sentences))
    html = render(article, "html")
    assert 'id="translation"' in html and 'id="tr-interleaved"' in html
    section = html.split('<section class="translation"')[1].split("</section>")[0]
    assert "<style" not in section and "<script" not in section and " style=" not in section
    assert html.count('class="tr-col tr-src" lang="ru"') >= 5
    assert html.count('class="tr-col tr-dst" lang="en"') >= 5
    t = article.translation
    assert t is not None
    for ts in t.sentences:
        assert f'id="t-{ts.id}" data-source="{ts.source}"' in html
    assert 'class="s-tr hl" id="t-0"' in html  # highlights show on the translated side too
    assert "<script src" not in html and "<link" not in html  # still self-contained
    # no translation, no section
    assert 'id="translation"' not in render(russian, "html")


def test_text_and_markdown_hold_the_translation(
    russian: Article, argos_model: models.InstalledModel
) -> None:
    from newsprism.translate.render import render_translation

    article = translate(russian, beam_size=1)
    t = article.translation
    assert t is not None
    text = render_translation(article, "text")
    md = render_translation(article, "md")
    assert text.startswith(t.title or "")
    assert "The Kremlin declined to comment." in text
    assert "Argos Translate (translate-ru_en 1.9)" in text
    assert md.startswith(f"# {t.title}")
    assert "## " in md  # the sub-heading stays a heading


def test_one_model_in_memory_for_every_beam_and_none_after_removal(
    argos_model: models.InstalledModel,
) -> None:
    from newsprism.translate import engine

    engine.unload_all()
    a = engine_for(argos_model, beam_size=1)
    b = engine_for(argos_model, beam_size=5, batch_size=2)
    assert a is not b and a._translator is b._translator
    assert engine_for(argos_model, beam_size=1) is a
    models.remove_model(argos_model.name)
    assert engine.load_engine.cache_info().currsize == 0
    assert engine._load_model.cache_info().currsize == 0


class UpperCaseTranslator:
    """A stand-in model (through the same registry a plugin would use) that counts its inputs."""

    def __init__(self) -> None:
        self.inputs: list[str] = []

    def translate(self, texts: list[str]) -> list[str]:
        self.inputs += texts
        return [f"EN:{t.upper()}" for t in texts]


class UpperCaseBackend:
    def __init__(self) -> None:
        self.translator = UpperCaseTranslator()

    def load(self, model: models.InstalledModel, settings: EngineSettings) -> UpperCaseTranslator:
        return self.translator


RU_WORDS = ["мост", "мэр", "город", "цены", "жители", "весной", "заявила", "2024", "—"]
EN_WORDS = ["bridge", "mayor", "city", "prices", "residents", "spring", "said"]


def test_alignment_holds_for_any_article(tiny_translation_models: Any) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from newsprism.article import Block, Sentence

    models.install_path(tiny_translation_models.argos_package)
    sentence = st.one_of(
        st.tuples(st.just("ru"), st.lists(st.sampled_from(RU_WORDS), min_size=1, max_size=6)),
        st.tuples(st.just("en"), st.lists(st.sampled_from(EN_WORDS), min_size=1, max_size=6)),
    )

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(sentence, min_size=1, max_size=12))
    def check(parts: list[tuple[str, list[str]]]) -> None:
        texts = [" ".join(words).capitalize() + "." for _, words in parts]
        text = " ".join(texts)
        sentences, pos = [], 0
        for i, ((language, _), s) in enumerate(zip(parts, texts, strict=True)):
            sentences.append(Sentence(i, 0, pos, pos + len(s), s, language=language))
            pos += len(s) + 1
        article = Article(
            text=text,
            title="Мост",
            language="ru",
            blocks=(Block(0, "paragraph", 0, len(text), text, language="ru"),),
            sentences=tuple(sentences),
        )
        backend = UpperCaseBackend()
        with models.backends.override("argos", backend):
            out = translate(article, cache=False).translation
        assert out is not None
        assert [(t.id, t.source) for t in out.sentences] == [(s.id, s.id) for s in sentences]
        for s, t in zip(sentences, out.sentences, strict=True):
            if s.language == "en" or not any(c.isalpha() for c in s.text):
                assert t.text == s.text  # passed through
            else:
                assert t.text == f"EN:{s.text.upper()}"
        sent = backend.translator.inputs
        assert len(sent) == len(set(sent))  # each distinct text once
        assert out.title == "EN:МОСТ"

    check()
