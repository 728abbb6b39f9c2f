"""Stages and the pipeline that runs them.

A stage is a small module with one public function ``Article -> Article``.  Here it is wrapped
in a :class:`Stage` that declares what the article must already have (``requires``) and what the
stage adds (``provides``), so that :class:`Pipeline` can refuse an impossible order when it is
built, not halfway through a batch of ten thousand articles.

Stages are found by name in :data:`stages`, the same registry a plugin would use.

A stage that raises (anything, a bug included) does not lose the article: the pipeline records a
:class:`~newsprism.article.StageFailure` in ``article.failures`` and goes on with the stages that
do not need what the failed one would have added; those that do are recorded as skipped.  An
exception whose class sets ``ends_work = True`` (a time budget, a cancelled job) and anything that
is not an :class:`Exception` (Ctrl-C) still ends the whole run.

``Pipeline(..., strict=True)`` raises a stage's exception instead of recording it.  Benchmarks and
tests use it: there a failed stage must not be scored as a stage that found nothing.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .article import Article, StageFailure
from .budget import check_time
from .errors import InternalError, NewsprismError, PipelineError
from .registry import unknown_name_message

log = logging.getLogger(__name__)

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


#: the module of each built-in stage: asking for one stage imports its module alone (``read``
#: runs ``segment`` only, and the analysis modules cost seconds of imports: spaCy, the
#: attribution patterns)
_BUILTIN_MODULES = {
    "segment": "newsprism.segment",
    "attribution": "newsprism.attribution.stage",
    "claims": "newsprism.claims.stage",
    "importance": "newsprism.importance.stage",
    "counted": "newsprism.trace.counted",
    "translate": "newsprism.translate.stage",
}


def get_stage(name: str) -> Stage:
    if name not in _STAGES and name in _BUILTIN_MODULES:
        import importlib

        importlib.import_module(_BUILTIN_MODULES[name])
    if name not in _STAGES:
        _load_builtin_stages()
    if name not in _STAGES:
        raise PipelineError(unknown_name_message("stage", name, sorted(_STAGES)))
    return _STAGES[name]


def stage_names() -> list[str]:
    """Every stage's name; the built-in stages' modules are not imported for it (a stage is
    imported when :func:`get_stage` asks for it)."""
    return sorted(set(_STAGES) | set(_BUILTIN_MODULES))


def _load_builtin_stages() -> None:
    # Importing a stage module registers it; the heavy libraries inside load on first use only.
    from . import stages  # noqa: F401


class Pipeline:
    """An ordered list of stages, checked when it is built."""

    def __init__(
        self,
        stages: Sequence[Stage | str],
        *,
        given: Iterable[str] = EXTRACTED,
        strict: bool = False,
    ) -> None:
        self.stages = [get_stage(s) if isinstance(s, str) else s for s in stages]
        #: raise a stage's exception rather than record it (benchmarks, tests)
        self.strict = strict
        have = set(given)
        for stage in self.stages:
            missing = stage.requires - have
            if missing:
                _load_builtin_stages()  # every stage that could provide it, to name them
                providers = [s.name for s in _STAGES.values() if s.provides & missing]
                raise PipelineError(
                    f"stage {stage.name!r} needs {', '.join(sorted(missing))}, "
                    f"which no earlier stage provides",
                    hint=f"add {' or '.join(repr(p) for p in providers) or 'a stage that provides it'} before {stage.name!r}",
                )
            have |= stage.provides
        self.provides = frozenset(have)

    def __call__(self, article: Article) -> Article:
        # field → the failed stage that did not provide it (to skip and explain what needs it)
        missing: dict[str, str] = {}
        for stage in self.stages:
            # a stage that already ran on this article is not run again (reading a stored article)
            if stage.name in article.stages:
                continue
            lost = sorted({missing[f] for f in stage.requires if f in missing})
            if lost:
                failure = StageFailure(
                    stage.name,
                    f"not run: it needs what {', '.join(repr(n) for n in lost)} failed to add",
                    hint=f"see the failure of {', '.join(repr(n) for n in lost)}",
                    skipped=True,
                )
                article = _recorded(article, failure)
                for f in stage.provides:
                    missing.setdefault(f, lost[0])
                continue
            check_time()  # the article's time budget (see budget.py) ends the work here
            try:
                article = stage(article)
            except Exception as exc:  # noqa: BLE001 - one failed stage must not lose the article
                if self.strict or getattr(exc, "ends_work", False):
                    raise
                log.debug("stage %r failed", stage.name, exc_info=exc)
                article = _recorded(article, failure_of(stage.name, exc))
                for f in stage.provides:
                    missing.setdefault(f, stage.name)
            else:
                if any(f.stage == stage.name for f in article.failures):
                    # it failed on an earlier run and worked now
                    kept = tuple(f for f in article.failures if f.stage != stage.name)
                    article = dataclasses.replace(article, failures=kept)
        return article

    def __repr__(self) -> str:
        return f"Pipeline({[s.name for s in self.stages]})"


def failure_of(stage: str, exc: Exception) -> StageFailure:
    """What a user needs to know of a stage's exception: one line and what to do."""
    if isinstance(exc, NewsprismError):
        return StageFailure(stage, f"{type(exc).__name__}: {exc.message}", hint=exc.hint)
    line = (f"{type(exc).__name__}: {exc}".strip().splitlines() or [type(exc).__name__])[0]
    return StageFailure(stage, line[:300], hint=InternalError.hint)


def _recorded(article: Article, failure: StageFailure) -> Article:
    """The article with ``failure`` in place of any earlier record of the same stage."""
    kept = tuple(f for f in article.failures if f.stage != failure.stage)
    return dataclasses.replace(article, failures=(*kept, failure))


def failures_warning(article: Article, source: str | None = None) -> str | None:
    """One line for the user when stages failed on ``article`` (``None`` when none did)."""
    if not article.failures:
        return None
    where = f"{source}: " if source else ""
    parts = "; ".join(str(f) for f in article.failures)
    return f"newsprism: warning: {where}the article is kept without what these stages add: {parts}"
