"""Moved to :mod:`newsprism.walls` (``add`` and ``read`` of a URL use it too); kept for imports."""

from __future__ import annotations

from ..walls import MAX_WORDS, TINY_WORDS, wall_reason

__all__ = ["MAX_WORDS", "TINY_WORDS", "wall_reason"]
