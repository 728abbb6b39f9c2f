"""The ``newsprism`` command: a thin Typer shell over the Python API, one module per command group."""

from __future__ import annotations

# Each command module registers its commands on `app` when imported.
from . import batch, corrections, feeds, library, listen, read, stories, trace, translate, web
from .app import app, main, state

__all__ = ["app", "main", "state"]
