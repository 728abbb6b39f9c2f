"""Numeric claims: every figure an article states, with its unit, qualifier, what it counts,
when, and who asserts it (stage ``claims``, see :mod:`newsprism.claims.stage`)."""

from __future__ import annotations

from .extract import analyse_sentence, find_quantities
from .quantity import Quantity

__all__ = ["Quantity", "analyse_sentence", "find_quantities"]
