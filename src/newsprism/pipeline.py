"""Stages and the pipeline that runs them.

A stage is a small module with one public function ``Article -> Article``.  Here it is wrapped
in a :class:`Stage` that declares what the article must already have (``requires``) and what the
stage adds (``provides``), so that :class:`Pipeline` can refuse an impossible order when it is
built, not halfway through a batch of ten thousand articles.

Stages are found by name in :data:`stages`, the same registry a plugin would use.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .article import Article
from .errors import PipelineError
from .registry import unknown_name_message

#: what an article has straight out of extraction
EXTRACTED = frozenset({"text", "blocks", "metadata", "title"})


@dataclass(frozen=True)
class Stage:
    name: str
    #: ``run(article, **options) -> article``
    run: Callable[..., Article]
    requires: frozenset[str] = frozenset()
    provides: frozenset[str] = frozenset()
    description: str = ""
    options: Mapping[str, Any] = field(default_factory=dict)

    def configure(self, **options: Any) -> Stage:
        """The same stage with options for its run function (e.g. ``count=5`` highlights)."""
        return dataclasses.replace(self, options={**self.options, **options})

    def __call__(self, article: Article) -> Article:
        result = self.run(article, **self.options)
        return dataclasses.replace(result, stages=(*article.stages, self.name))


_STAGES: dict[str, Stage] = {}


def register_stage(stage: Stage) -> Stage:
    _STAGES[stage.name] = stage
    return stage


def get_stage(name: str) -> Stage:
    _load_builtin_stages()
    if name not in _STAGES:
        raise PipelineError(unknown_name_message("stage", name, sorted(_STAGES)))
    return _STAGES[name]


def stage_names() -> list[str]:
    _load_builtin_stages()
    return sorted(_STAGES)


def _load_builtin_stages() -> None:
    # Importing a stage module registers it; the heavy libraries inside load on first use only.
    from . import stages  # noqa: F401


class Pipeline:
    """An ordered list of stages, checked when it is built."""

    def __init__(self, stages: Sequence[Stage | str], *, given: Iterable[str] = EXTRACTED) -> None:
        self.stages = [get_stage(s) if isinstance(s, str) else s for s in stages]
        have = set(given)
        for stage in self.stages:
            missing = stage.requires - have
            if missing:
                providers = [s.name for s in _STAGES.values() if s.provides & missing]
                raise PipelineError(
                    f"stage {stage.name!r} needs {', '.join(sorted(missing))}, "
                    f"which no earlier stage provides",
                    hint=f"add {' or '.join(repr(p) for p in providers) or 'a stage that provides it'} before {stage.name!r}",
                )
            have |= stage.provides
        self.provides = frozenset(have)

    def __call__(self, article: Article) -> Article:
        # a stage that already ran on this article is not run again (reading a stored article)
        for stage in self.stages:
            if stage.name not in article.stages:
                article = stage(article)
        return article

    def __repr__(self) -> str:
        return f"Pipeline({[s.name for s in self.stages]})"
