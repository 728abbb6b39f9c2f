"""From a script to audio: choosing voices, synthesising sentence by sentence, streaming, files.

:func:`stream` yields one :class:`AudioSegment` per utterance (speech then its pause) while a
worker thread synthesises the next ones, so the first sentence can be played at once; a long
first sentence comes in two segments (its first clause, then the rest) with the same sentence id.
:func:`narrate` writes the segments to an audio file as they come, with the timings beside it.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import queue
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import numpy as np

from ..article import Article
from ..errors import (
    ConfigError,
    EngineMissingError,
    ModelMissingError,
    NothingToNarrateError,
    UnsupportedLanguageError,
)
from .engines import Samples, SpeechEngine, speech_engines
from .narrate import Plan, Utterance, iter_script, plan
from .timings import Timing, write_timings

log = logging.getLogger(__name__)

MIN_RATE, MAX_RATE = 0.25, 4.0
_PIPER_VOICE_NAME = re.compile(r"^[a-z]{2,3}_[A-Z]{2}-|\.onnx$")


@dataclass(frozen=True)
class Voice:
    engine: SpeechEngine
    voice: str
    sample_rate: int

    @property
    def label(self) -> str:
        return f"{self.engine.name}:{self.voice}"


@dataclass(frozen=True)
class AudioSegment:
    utterance: Utterance
    #: int16 mono: the speech, then the pause after it
    samples: Samples
    sample_rate: int
    #: seconds from the start of the narration
    start: float

    @property
    def sentence(self) -> int | None:
        return self.utterance.sentence

    @property
    def end(self) -> float:
        return self.start + len(self.samples) / self.sample_rate

    def timing(self) -> Timing:
        u = self.utterance
        return Timing(u.sentence, self.start, self.end, u.kind, u.text)


def _load(engine: SpeechEngine, voice: str) -> Voice:
    return Voice(engine, voice, engine.sample_rate(voice))


def choose_voice(language: str, *, engine: str | None = None, voice: str | None = None) -> Voice:
    """The engine and voice for a language: piper for English when installed, else espeak-ng."""
    # "EN" as typed: espeak-ng took it as its own voice name and piper's English was skipped
    language = language.strip().lower()
    if engine is None and voice is not None:
        engine = "piper" if _PIPER_VOICE_NAME.search(voice) else "espeak-ng"
    if engine is not None:
        chosen = speech_engines.get(engine)
        name = voice or chosen.voice_for(language)
        if name is None:
            raise UnsupportedLanguageError(
                f"the {engine} speech engine has no voice for language {language!r}",
                hint="pass --voice, or --engine espeak-ng (it speaks most languages)",
            )
        return _load(chosen, name)
    if language == "en":
        try:
            piper = speech_engines.get("piper")
            name = piper.voice_for("en")
            if name is not None:
                return _load(piper, name)
        except (EngineMissingError, ModelMissingError) as error:
            log.warning("piper unavailable (%s); English is read by espeak-ng", error)
    espeak = speech_engines.get("espeak-ng")
    name = espeak.voice_for(language)
    if name is None:
        raise UnsupportedLanguageError(
            f"no speech voice for language {language!r}",
            hint="pass --language with a language espeak-ng speaks (see: espeak-ng --voices)",
        )
    return _load(espeak, name)


def trim_silence(samples: Samples, sample_rate: int) -> Samples:
    """Cut the engine's own leading and trailing silence; our pauses replace it."""
    if not len(samples):
        return samples
    level = np.abs(samples)  # int16: -32768 stays negative and counts as quiet, which is harmless
    loud = level > max(64, int(level.max()) // 50)
    if not loud.any():
        return samples[:0]
    first, last = int(loud.argmax()), len(loud) - 1 - int(loud[::-1].argmax())
    margin = int(0.02 * sample_rate)
    return samples[max(0, first - margin) : last + margin + 1]


def _resample(samples: Samples, source: int, target: int) -> Samples:
    if source == target or not len(samples):
        return samples
    import soxr

    out = soxr.resample(samples.astype(np.float32) / 32768.0, source, target)
    result: Samples = np.clip(np.round(out * 32768.0), -32768, 32767).astype(np.int16)
    return result


T = TypeVar("T")


def prefetched(items: Iterator[T], depth: int) -> Iterator[T]:
    """Run ``items`` in a worker thread, at most ``depth`` ahead of the consumer."""
    if depth <= 0:
        yield from items
        return
    box: queue.Queue[tuple[str, object]] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(message: tuple[str, object]) -> bool:
        while not stop.is_set():
            try:
                box.put(message, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def work() -> None:
        try:
            for item in items:
                if not put(("item", item)):
                    return
            put(("end", None))
        except BaseException as error:  # handed to the consumer, raised there
            put(("error", error))

    worker = threading.Thread(target=work, name="newsprism-speech", daemon=True)
    worker.start()
    try:
        while True:
            kind, value = box.get()
            if kind == "item":
                yield value  # type: ignore[misc]
            elif kind == "error":
                assert isinstance(value, BaseException)
                raise value
            else:
                return
    finally:
        stop.set()
        worker.join(timeout=30)


@dataclass
class SpeechStream:
    """Iterate to get :class:`AudioSegment` s in order; ``sample_rate`` is known before the first."""

    script: list[Plan]
    voices: dict[str, Voice]
    rate: float
    sample_rate: int
    prefetch: int = 2
    _started: bool = field(default=False, repr=False)

    def __iter__(self) -> Iterator[AudioSegment]:
        if self._started:
            raise RuntimeError("a speech stream can be iterated once")
        self._started = True
        return prefetched(self._segments(), self.prefetch)

    def _segments(self) -> Iterator[AudioSegment]:
        position = 0  # frames so far: timings are sums of whole frames, so they never drift
        for index, utterance in enumerate(iter_script(self.script)):
            voice = self.voices[utterance.language]
            # the first sentence is spoken clause by clause, so that audio starts sooner
            parts = first_clauses(utterance.spoken) if index == 0 else [utterance.spoken]
            for n, part in enumerate(parts):
                speech = voice.engine.synthesize(part, voice=voice.voice, rate=self.rate)
                speech = trim_silence(speech.astype(np.int16, copy=False), voice.sample_rate)
                speech = _resample(speech, voice.sample_rate, self.sample_rate)
                gap = utterance.pause if n + 1 == len(parts) else CLAUSE_PAUSE
                pause = np.zeros(int(round(gap / self.rate * self.sample_rate)), np.int16)
                samples = np.concatenate([speech, pause])
                yield AudioSegment(
                    utterance, samples, self.sample_rate, position / self.sample_rate
                )
                position += len(samples)


#: the pause at a comma where the first sentence is cut into clauses
CLAUSE_PAUSE = 0.15
#: a first sentence longer than this is cut at commas (the first clause at least this long)
FIRST_SPLIT_WORDS, MIN_CLAUSE_WORDS = 14, 4


def first_clauses(text: str) -> list[str]:
    """A long sentence cut after its first clause(s): what is spoken first, and the rest."""
    words = text.split()
    if len(words) <= FIRST_SPLIT_WORDS:
        return [text]
    for i, word in enumerate(words[:-MIN_CLAUSE_WORDS]):
        if word[-1] in ",;:" and i + 1 >= MIN_CLAUSE_WORDS:
            return [" ".join(words[: i + 1]), " ".join(words[i + 1 :])]
    return [text]


def stream(
    article: Article,
    *,
    engine: str | None = None,
    voice: str | None = None,
    rate: float = 1.0,
    language: str | None = None,
    prefetch: int = 2,
) -> SpeechStream:
    """Narration as a stream of segments; errors about engines and voices are raised here, at once."""
    if not MIN_RATE <= rate <= MAX_RATE:
        raise ConfigError(
            f"speech rate {rate} is out of range",
            hint=f"pass a rate between {MIN_RATE} and {MAX_RATE} (1 is normal speed)",
        )
    script = plan(article, language=language)
    if not script:
        raise NothingToNarrateError("the article has no text to read aloud")
    main = script[0].language
    voices = {main: choose_voice(main, engine=engine, voice=voice)}
    for utterance in script:
        if utterance.language not in voices:
            # a passage in another language: the engine asked for if it speaks it, else the default
            try:
                voices[utterance.language] = choose_voice(utterance.language, engine=engine)
            except UnsupportedLanguageError:
                voices[utterance.language] = choose_voice(utterance.language)
    return SpeechStream(script, voices, rate, voices[main].sample_rate, prefetch)


@dataclass(frozen=True)
class Narration:
    audio: Path
    vtt: Path
    timings_path: Path
    timings: list[Timing]
    duration: float
    sample_rate: int
    voices: list[str]


def narrate(
    article: Article,
    output: str | Path,
    *,
    engine: str | None = None,
    voice: str | None = None,
    rate: float = 1.0,
    language: str | None = None,
    on_segment: Callable[[AudioSegment], None] | None = None,
) -> Narration:
    """Write the narration to ``output`` (format by suffix) and the timings beside it.

    ``on_segment`` is called with each piece of audio as soon as it is synthesised (the web
    reader plays them while the rest is being made).

    The audio is written sentence by sentence to a temporary file renamed at the end, so an
    error leaves no half-written file behind.
    """
    from .audio import AudioWriter, audio_format

    output = Path(output)
    audio_format(output)  # a bad suffix fails before any synthesis
    speech = stream(article, engine=engine, voice=voice, rate=rate, language=language, prefetch=1)
    partial = output.with_name(f".{output.stem}.partial{output.suffix}")
    timings: list[Timing] = []
    previous: Utterance | None = None
    try:
        with AudioWriter(partial, speech.sample_rate) as writer:
            for segment in speech:
                if on_segment is not None:
                    on_segment(
                        segment
                    )  # first: a listener waiting for it need not wait for the encoder
                writer.write(segment.samples)
                if previous is segment.utterance:
                    # the second part of a sentence spoken in parts: one timing for the sentence
                    timings[-1] = dataclasses.replace(timings[-1], end=segment.end)
                else:
                    timings.append(segment.timing())
                previous = segment.utterance
        if not timings:  # every piece normalised to nothing (only symbols, say)
            raise NothingToNarrateError("the article has no text to read aloud")
        os.replace(partial, output)
    finally:
        partial.unlink(missing_ok=True)
    vtt, timings_path = write_timings(timings, output)
    return Narration(
        audio=output,
        vtt=vtt,
        timings_path=timings_path,
        timings=timings,
        duration=writer.duration,
        sample_rate=speech.sample_rate,
        voices=sorted({v.label for v in speech.voices.values()}),
    )
