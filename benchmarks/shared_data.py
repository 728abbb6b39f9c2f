"""Where the shared evaluation data is: one answer for every benchmark that needs it."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def datasets_dir() -> Path:
    """``$NEWSPRISM_DATASETS``, else ``shared/datasets`` beside the checkout (a git worktree kept
    one level deeper looks one more level up)."""
    if os.environ.get("NEWSPRISM_DATASETS"):
        return Path(os.environ["NEWSPRISM_DATASETS"])
    for parent in (ROOT.parent, ROOT.parent.parent):
        if (parent / "shared" / "datasets").is_dir():
            return parent / "shared" / "datasets"
    return ROOT.parent / "shared" / "datasets"
