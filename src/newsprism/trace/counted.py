"""Stage ``counted``: what each figure counts and whose count it is, read once, at analysis.

Tracing a claim compares figures by their *counted role* (:mod:`.roles`) and their *owner*
(:mod:`.owners`), both read from a dependency parse of the figure's sentence.  Parsing at link
time was most of the time it took to link a new article; the parse is made here instead, while
the article is analysed, and what it says is kept in the article (``Claim.counted``), so that
linking a stored article parses nothing.

The stage lives in ``trace/`` rather than in the claims stage, which parses nothing (its English
tagger is model-free rules, its Russian one pymorphy word by word): the claims stage stays free of
the trace's code, and the rules that read a role or an owner stay where the trace's other
decisions are.  What the stage keeps is stamped with :func:`version`, a digest of the code that
read it; an article read by other code (or by none: articles stored before this stage) has its
sentences parsed again when it is linked, with the same result the stage would have given.
"""

from __future__ import annotations

import dataclasses
import hashlib
import inspect
from collections.abc import Sequence
from functools import lru_cache

from ..article import Article, Claim, Counted
from ..pipeline import Stage, register_stage
from ..threads import single_threaded_blas
from .owners import counted_agent, counted_owner
from .roles import counted_noun, counted_role, is_parsed, parse_sentences


@lru_cache(maxsize=1)
def version() -> str:
    """A digest of the code that reads a figure's role and owner: the parse's reader
    (:mod:`.roles`, :mod:`.owners`), the name keys (:func:`.mentions.speaker_key` and the
    romanisation under it) and this module.  Any change to it makes stored readings stale."""
    from ..attribution import names
    from . import owners, roles
    from .mentions import speaker_key

    digest = hashlib.sha256()
    try:
        for code in (roles, owners, names, speaker_key, _read):
            digest.update(inspect.getsource(code).encode("utf-8"))
    except (OSError, TypeError):  # no source shipped: the package's version stands for it
        from .. import __version__

        return f"package-{__version__}"
    return digest.hexdigest()[:16]


def figure_sentences(article: Article) -> list[tuple[str, int]]:
    """Each claim's sentence and where that sentence starts in the article."""
    return [_sentence_at(article, c.sentence, c.start, c.end) for c in article.claims]


def _sentence_at(
    article: Article, sentence_id: int | None, start: int, end: int
) -> tuple[str, int]:
    for s in article.sentences:
        if (sentence_id is not None and s.id == sentence_id) or s.start <= start < s.end:
            return s.text, s.start
    return article.text[start:end], start


def counted(article: Article, placed: Sequence[tuple[str, int]] | None = None) -> list[Counted]:
    """Every claim's role and owner: as the article keeps them when this code read them, else
    read now (the sentences of those claims parsed in one batch)."""
    placed = figure_sentences(article) if placed is None else placed
    current = version()
    out: list[Counted | None] = [
        c.counted if c.counted is not None and c.counted.version == current else None
        for c in article.claims
    ]
    todo = [k for k, found in enumerate(out) if found is None]
    if todo:
        parse_sentences([placed[k][0] for k in todo], article.language)
        for k in todo:
            sentence, offset = placed[k]
            out[k] = _read(article.claims[k], sentence, offset, article.language)
    return [c if c is not None else Counted() for c in out]


def _read(claim: Claim, sentence: str, offset: int, language: str | None) -> Counted:
    # where the figure lies in its sentence, for its owner (the text may occur twice)
    at = claim.start - offset
    if not (at >= 0 and sentence[at : at + len(claim.text)] == claim.text):
        at = sentence.find(claim.text)
    return Counted(
        role=counted_role(sentence, claim.text, language),
        owner=counted_owner(sentence, at, at + len(claim.text), language) if at >= 0 else (),
        agent=counted_agent(sentence, at, at + len(claim.text), language) if at >= 0 else None,
        noun=counted_noun(sentence, claim.text, language),
        version=version(),
    )


def add_counted(article: Article) -> Article:
    """The stage: every claim with its ``counted`` reading.  A claim whose sentence could not be
    parsed (no model installed) is left without one, so that linking tries again."""
    if not article.claims:
        return article
    placed = figure_sentences(article)
    with single_threaded_blas():  # small products: a thread pool only spins (see threads)
        readings = counted(article, placed)
    current = version()
    claims = tuple(
        dataclasses.replace(c, counted=r)
        if (c.counted is not None and c.counted.version == current)
        or is_parsed(sentence, article.language)
        else dataclasses.replace(c, counted=None)
        for c, r, (sentence, _) in zip(article.claims, readings, placed, strict=True)
    )
    return dataclasses.replace(article, claims=claims)


STAGE = register_stage(
    Stage(
        name="counted",
        run=add_counted,
        requires=frozenset({"claims"}),
        provides=frozenset({"counted"}),
        description="what each figure counts and whose count it is, from a dependency parse "
        "of its sentence (kept for tracing claims)",
    )
)
