"""What is read aloud, in order: the title, then headings and body sentences, with pauses.

Figures (captions and photo credits) are not read, nor are stray chrome lines that extraction
left in the body ("Advertisement", "Photo: …").  Every utterance keeps the sentence id it reads,
so timings can point back at the article JSON and the HTML page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from ..article import AUXILIARY_KINDS, Article

#: seconds of silence after a sentence, between paragraphs (or list items), around headings
SENTENCE_PAUSE = 0.35
PARAGRAPH_PAUSE = 0.75
HEADING_PAUSE = 1.0
#: after the last sentence, so that players do not clip the final word
TAIL_PAUSE = 0.5

UtteranceKind = Literal["title", "heading", "sentence"]

_CHROME = re.compile(
    r"^\W*(advertisement|advert|sponsored( content)?|skip to (main )?content|read more|share( this)?"
    r"|реклама|читайте также|поделиться|"
    r"(photo|image|picture|credit|фото|источник фото|иллюстрация)\s*:.*)\W*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Utterance:
    sentence: int | None
    kind: UtteranceKind
    #: as written in the article
    text: str
    #: as it is to be spoken (numbers, abbreviations and symbols written out)
    spoken: str
    language: str
    #: seconds of silence after it, at normal speed
    pause: float


def normalizer(language: str) -> Callable[[str], str]:
    """The text normaliser for a language; other languages get the typography-only one."""
    if language == "en":
        from .normalize_en import normalize as en

        return en
    if language == "ru":
        from .normalize_ru import normalize as ru

        return ru
    from .normalize_common import normalize_common

    return normalize_common


def normalize(text: str, language: str) -> str:
    return normalizer(language)(text)


def is_chrome(text: str) -> bool:
    return bool(_CHROME.match(text.strip()))


@dataclass(frozen=True, slots=True)
class Plan:
    """What will be read, before normalisation: cheap to make for a book-length article."""

    sentence: int | None
    kind: UtteranceKind
    text: str
    language: str
    pause: float

    def utterance(self) -> Utterance | None:
        spoken = normalize(self.text, self.language).strip()
        if not spoken:
            return None
        return Utterance(self.sentence, self.kind, self.text, spoken, self.language, self.pause)


def plan(article: Article, *, language: str | None = None) -> list[Plan]:
    """The pieces to speak, in order, with the pause after each (not yet normalised)."""
    main = language or article.language or "en"
    pieces: list[tuple[int | None, UtteranceKind, str, str, int, int]] = []
    if article.title and article.title.strip():
        pieces.append((None, "title", article.title.strip(), main, -1, -1))
    for s in article.sentences:
        block = article.blocks[s.block]
        if block.kind in AUXILIARY_KINDS or not s.text.strip() or is_chrome(s.text):
            continue
        kind: UtteranceKind = "heading" if block.kind == "heading" else "sentence"
        text = s.text.replace("\t", ", ") if block.kind == "table" else s.text
        pieces.append((s.id, kind, text, language or s.language or main, s.block, s.start))

    planned: list[Plan] = []
    for i, (sid, kind, text, lang, block_id, start) in enumerate(pieces):
        if i + 1 == len(pieces):
            pause = TAIL_PAUSE
        else:
            _, next_kind, _, _, next_block, next_start = pieces[i + 1]
            if kind != "sentence" or next_kind != "sentence":
                pause = HEADING_PAUSE
            elif next_block != block_id or "\n" in article.text[start:next_start]:
                pause = PARAGRAPH_PAUSE
            else:
                pause = SENTENCE_PAUSE
        planned.append(Plan(sid, kind, text, lang, pause))
    return planned


def iter_script(planned: Iterable[Plan]) -> Iterator[Utterance]:
    """Normalise as we go, so that the first sentence is spoken before the last is normalised."""
    for piece in planned:
        utterance = piece.utterance()
        if utterance is not None:
            yield utterance


def build_script(article: Article, *, language: str | None = None) -> list[Utterance]:
    """The utterances to speak; ``language`` overrides the detected one for every piece."""
    return list(iter_script(plan(article, language=language)))
