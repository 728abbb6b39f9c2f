"""Writing rendered text to a file or to standard output (shared by ``read``, ``export``, ``translate``)."""

from __future__ import annotations

import sys
from pathlib import Path

from ..errors import NewsprismError


def write_output(text: str, output: Path | None) -> None:
    """Write ``text`` to ``output`` (parents created), or to standard output when it is ``None``."""
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise NewsprismError(
            f"cannot write {output}: {exc.strerror or exc}", hint="check the path and permissions"
        ) from exc
