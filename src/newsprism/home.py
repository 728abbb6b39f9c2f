"""The one place newsprism keeps things: settings, models, caches and the default library.

It is the platform's user data directory (``~/.local/share/newsprism`` on Linux), or whatever
the ``NEWSPRISM_HOME`` environment variable names.  Nothing is created until it is needed.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def home() -> Path:
    override = os.environ.get("NEWSPRISM_HOME")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir("newsprism", appauthor=False))


def models_dir() -> Path:
    return home() / "models"


def cache_dir() -> Path:
    return home() / "cache"


def default_library() -> Path:
    return home() / "library.sqlite"


def settings_file() -> Path:
    return home() / "settings.toml"
