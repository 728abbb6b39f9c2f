"""Stage ``segment``: language per block and per article, then sentences with offsets."""

from __future__ import annotations

import dataclasses
import re

from . import language as lang
from . import sentences as sent
from .article import AUXILIARY_KINDS, Article, Sentence
from .budget import check_time
from .pipeline import Stage, register_stage

#: what may end a sentence before the end of a line: terminal punctuation (CJK included), a
#: semicolon (razdel ends sentences there) and a list marker ("1)", "b)")
_MAY_END_INSIDE = re.compile(r"[.!?…;。！？]|\w\)")


def segment(article: Article) -> Article:
    check_time()
    languages, main = lang.article_languages(
        [(b.text, b.kind not in AUXILIARY_KINDS) for b in article.blocks]
    )
    blocks = [
        dataclasses.replace(b, language=language)
        for b, language in zip(article.blocks, languages, strict=True)
    ]

    sentences: list[Sentence] = []
    for block in blocks:
        check_time()
        # list items, table rows and caption/credit lines never share a sentence
        for line_start, line in _lines(block.text):
            if block.kind == "figure" and line == block.credit:
                spans = [(0, len(line))]  # "Photo: Press/J. Marsh" is one unit, not two sentences
            elif not _MAY_END_INSIDE.search(line.rstrip()[:-1]):
                # a heading, a list item, a caption with no full stop inside: one sentence
                # (the splitters would say so too, at a cost)
                lead = len(line) - len(line.lstrip())
                spans = [(lead, len(line.rstrip()))]
            else:
                spans = sent.split(line, block.language)
            for start, end in spans:
                a, b = block.start + line_start + start, block.start + line_start + end
                sentences.append(
                    Sentence(
                        id=len(sentences),
                        block=block.id,
                        start=a,
                        end=b,
                        text=article.text[a:b],
                        language=lang.sentence_language(article.text[a:b], block.language),
                    )
                )
    return dataclasses.replace(
        article, blocks=tuple(blocks), sentences=tuple(sentences), language=main
    )


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, line))
        pos += len(line) + 1
    return out


STAGE = register_stage(
    Stage(
        name="segment",
        run=segment,
        requires=frozenset({"text", "blocks"}),
        provides=frozenset({"language", "sentences"}),
        description="language per block and article; sentence spans (razdel for Russian, pysbd for English)",
    )
)
