"""Listen: narration of an article with per-sentence timings.

>>> from newsprism import read
>>> from newsprism.speech import narrate, stream
>>> article = read("page.html")
>>> narration = narrate(article, "article.ogg")        # + article.vtt, article.timings.json
>>> for segment in stream(article):                      # first sentence at once, the rest follows
...     play(segment.samples, segment.sample_rate)

Engines live in :data:`speech_engines` (``piper``, ``espeak-ng``); text is normalised per
language first (:func:`normalize`).  Nothing heavy is imported until speech is asked for.
"""

from __future__ import annotations

from .engines import SpeechEngine, speech_engines
from .narrate import Utterance, build_script, normalize
from .synth import AudioSegment, Narration, SpeechStream, choose_voice, narrate, stream
from .timings import Timing, webvtt

__all__ = [
    "AudioSegment",
    "Narration",
    "SpeechEngine",
    "SpeechStream",
    "Timing",
    "Utterance",
    "build_script",
    "choose_voice",
    "narrate",
    "normalize",
    "speech_engines",
    "stream",
    "webvtt",
]
