"""Stage ``claims``: every figure the article states, with what, when and who says it."""

from __future__ import annotations

import dataclasses

from ..article import Article, Claim, Sentence
from ..pipeline import Stage, register_stage
from .attribute import asserted_by
from .context import about_span, when
from .extract import Analysis, analyse_sentences
from .quantity import Quantity


def claims(article: Article) -> Article:
    out: list[Claim] = []
    plain: dict[int, list[int]] = {}  # sentence id → ids of claims that are not relative
    for sentence, (quantities, tags) in _analysed(article):
        language = sentence.language if sentence.language in ANALYSED else article.language
        for q in quantities:
            claim = _claim(article, sentence, q, tags, language, len(out))
            if q.relative:
                ref = _referent(plain, sentence, q, out)
                about = out[ref].about if ref is not None else claim.about
                claim = dataclasses.replace(claim, relative_to=ref, about=about)
            else:
                plain.setdefault(sentence.id, []).append(claim.id)
            out.append(claim)
    return dataclasses.replace(article, claims=tuple(out))


#: languages whose figures are read; sentences in others (a German quote, a French caption) are
#: skipped rather than misread with English rules
ANALYSED = frozenset({"en", "ru"})


def _analysed(article: Article) -> list[tuple[Sentence, Analysis]]:
    """Every body sentence with its figures, each language's sentences tagged in one batch."""
    sentences = article.body_sentences()
    by_language: dict[str | None, list[int]] = {}
    for k, s in enumerate(sentences):
        # a sentence's own language when it is one we read, else the article's (a short English
        # sentence mistaken for Dutch stays English); an article in another language is skipped
        language = s.language if s.language in ANALYSED else article.language
        if language in ANALYSED or language is None:
            by_language.setdefault(language, []).append(k)
    analyses: dict[int, Analysis] = {}
    for language, ks in by_language.items():
        for k, result in zip(
            ks, analyse_sentences([sentences[k].text for k in ks], language), strict=True
        ):
            analyses[k] = result
    return [(s, analyses[k]) for k, s in enumerate(sentences) if k in analyses]


def _claim(
    article: Article,
    sentence: Sentence,
    q: Quantity,
    tags: dict[int, tuple[str, str]] | None,
    language: str | None,
    claim_id: int,
) -> Claim:
    start, end = sentence.start + q.start, sentence.start + q.end
    span = about_span(sentence.text, q, tags, language or "en")
    about = sentence.text[span[0] : span[1]] if span else None
    speaker, source, confidence = asserted_by(article, start, end, sentence.text, language)
    return Claim(
        id=claim_id,
        start=start,
        end=end,
        text=article.text[start:end],
        value=q.value,
        value_high=q.value_high,
        unit=q.unit,
        qualifier=q.qualifier,
        about=about,
        when=when(sentence.text, q, language or "en"),
        speaker=speaker,
        source=source,
        source_confidence=confidence,
        sentence=sentence.id,
        change=q.change,
    )


def _referent(
    plain: dict[int, list[int]], sentence: Sentence, q: Quantity, claims: list[Claim]
) -> int | None:
    """The figure a relative claim is relative to: the nearest plain figure in its sentence,
    else the last one of the sentence before."""
    here = [claims[i] for i in plain.get(sentence.id, [])]
    if here:
        start = sentence.start + q.start
        return min(here, key=lambda c: abs(c.start - start)).id
    before = plain.get(sentence.id - 1)
    return before[-1] if before else None


STAGE = register_stage(
    Stage(
        name="claims",
        run=claims,
        requires=frozenset({"sentences", "speakers", "quotes"}),
        provides=frozenset({"claims"}),
        description="numeric claims: value, range, unit, qualifier, what, when, and who asserts them",
    )
)
