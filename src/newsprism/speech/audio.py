"""Writing narration to a file, chunk by chunk, in the format its suffix names.

libsndfile (through ``soundfile``) encodes all three formats in-process: WAV (16-bit PCM), Ogg
Opus and MP3.  Opus only runs at 8/12/16/24/48 kHz, so for ``.ogg``/``.opus`` the voice's rate
(22.05 kHz for both bundled engines) is converted with libsoxr's streaming resampler.  Nothing is
held back: each chunk is encoded as it arrives, so a two-hour narration needs no more memory
than one sentence.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType
from typing import Any

import numpy as np
import numpy.typing as npt

from ..errors import ConfigError, NewsprismError

#: suffix → (libsndfile format, subtype)
FORMATS: dict[str, tuple[str, str]] = {
    ".wav": ("WAV", "PCM_16"),
    ".ogg": ("OGG", "OPUS"),
    ".opus": ("OGG", "OPUS"),
    ".oga": ("OGG", "OPUS"),
    ".mp3": ("MP3", "MPEG_LAYER_III"),
}
MIME_TYPES = {
    ".wav": "audio/wav",
    ".ogg": "audio/ogg",
    ".opus": "audio/ogg",
    ".oga": "audio/ogg",
    ".mp3": "audio/mpeg",
}
OPUS_RATES = (8000, 12000, 16000, 24000, 48000)


def audio_format(path: Path) -> tuple[str, str]:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ConfigError(
            f"cannot write audio as {suffix or 'a file without a suffix'!r} ({path.name})",
            hint=f"name the output with one of {', '.join(sorted(FORMATS))}",
        )
    return FORMATS[suffix]


class AudioWriter:
    """Streams int16 mono chunks into ``path``; counts the frames it was given (at ``sample_rate``)."""

    def __init__(self, path: Path, sample_rate: int) -> None:
        import soundfile

        fmt, subtype = audio_format(path)
        self.path = path
        self.sample_rate = sample_rate
        self.frames = 0
        self._resampler: Any = None
        file_rate = sample_rate
        if subtype == "OPUS" and sample_rate not in OPUS_RATES:
            import soxr

            file_rate = min(r for r in OPUS_RATES if r >= min(sample_rate, 48000))
            self._resampler = soxr.ResampleStream(sample_rate, file_rate, 1, dtype="float32")
        self.file_rate = file_rate
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._file = soundfile.SoundFile(
                str(path), "w", samplerate=file_rate, channels=1, format=fmt, subtype=subtype
            )
        except (OSError, RuntimeError) as exc:  # soundfile raises LibsndfileError(RuntimeError)
            raise NewsprismError(
                f"cannot write {path}: {exc}", hint="check the path and permissions"
            ) from exc

    def write(self, samples: npt.NDArray[np.int16]) -> None:
        self.frames += len(samples)
        if self._resampler is None:
            self._file.write(samples)
            return
        floats = samples.astype(np.float32) / 32768.0
        self._file.write(self._resampler.resample_chunk(floats))

    def close(self) -> None:
        if self._resampler is not None:
            self._file.write(self._resampler.resample_chunk(np.zeros(0, np.float32), last=True))
            self._resampler = None
        self._file.close()

    @property
    def duration(self) -> float:
        return self.frames / self.sample_rate

    def __enter__(self) -> AudioWriter:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def file_duration(path: Path) -> float:
    """The duration libsndfile reads from the file itself (for checks and the HTML player)."""
    import soundfile

    info = soundfile.info(str(path))
    return float(info.frames) / float(info.samplerate)
