"""The article object that flows through every stage.

An :class:`Article` holds the canonical article text once; everything else (blocks, sentences,
quotes, claims, speaker mentions) is a span of character offsets into it, so that
``article.text[span.start:span.end] == span.text`` always holds.  The invariant is checked when an
object is built, so a stage that gets an offset wrong fails at once, not in a renderer later.

Objects are frozen: a stage returns a new article with ``dataclasses.replace`` (see
:mod:`newsprism.pipeline`), and nothing is shared or mutated between articles.

``to_dict``/``from_dict`` give the public JSON contract (``newsprism.article/1``, described by
``schema/article.schema.json``) and round-trip exactly.
"""

from __future__ import annotations

import dataclasses
import hashlib
import types
import typing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from .errors import ArticleDataError

SCHEMA = "newsprism.article/1"

BlockKind = Literal["heading", "paragraph", "figure", "list", "quote", "table"]
BLOCK_KINDS: tuple[str, ...] = typing.get_args(BlockKind)
#: Blocks whose text is not part of the running article: not narrated, not scored.
AUXILIARY_KINDS = frozenset({"figure"})


class SpanMismatchError(ValueError):
    """A span's offsets do not point at its text (a bug in the stage that made it)."""


@dataclass(frozen=True, slots=True)
class Block:
    id: int
    kind: BlockKind
    start: int
    end: int
    text: str
    language: str | None = None
    #: heading level 1-6 (``heading`` blocks only)
    level: int | None = None
    #: figures: the caption and the photo credit as they appear inside ``text``, and the image URL;
    #: tables: ``credit`` is the source line printed under the table (not inside ``text``)
    caption: str | None = None
    credit: str | None = None
    image: str | None = None
    alt: str | None = None
    #: tables: the cells row by row (``text`` holds the rows as lines of tab-separated cells)
    rows: tuple[tuple[str, ...], ...] | None = None

    @property
    def items(self) -> list[str]:
        """List items (``list`` blocks hold one item per line)."""
        return self.text.split("\n") if self.kind == "list" else []


@dataclass(frozen=True, slots=True)
class Sentence:
    id: int
    block: int
    start: int
    end: int
    text: str
    language: str | None = None
    #: 0..1 from the importance stage; ``None`` until it has run
    importance: float | None = None
    highlight: bool = False


@dataclass(frozen=True, slots=True)
class Mention:
    """A place in the text where a speaker is named or referred to."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Speaker:
    id: int
    name: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    #: person | organization | collective | anonymous | document
    kind: str = "person"
    mentions: tuple[Mention, ...] = ()
    #: the id of the speaker this one may be the same person or body as (a Russian description,
    #: «глава компании», grouped with a named speaker of the article by a fitted model), its
    #: quotes still shown under their own words; None: its own (forty-third session; older
    #: articles have none). A grouping, not a finding: about half of those made on development
    #: data are right, so read ``person_p`` before relying on it
    person: int | None = None
    #: the model's probability for ``person`` (:mod:`.attribution.merge_ru`): "Who said what"
    #: shows the hint only at or above its display threshold; None: not recorded (older articles)
    person_p: float | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    id: int
    kind: Literal["direct", "indirect"]
    start: int
    end: int
    text: str
    speaker: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    #: the words in the text that name the source ("he", "a source close to the ministry")
    source_text: str | None = None
    source_start: int | None = None
    source_end: int | None = None
    #: speaker id of whoever passes the quote on (a letter read out, a neighbour's words recounted)
    relayed_by: int | None = None
    sentences: tuple[int, ...] = ()
    #: 0..1, calibrated: how likely this is a real attribution with the right speaker (or rightly
    #: none); see :data:`newsprism.attribution.confidence.CONFIDENT` for what readers show plainly
    confidence: float | None = None
    #: 0..1, calibrated: how likely the speaker link is right, given the quote is real
    speaker_confidence: float | None = None


@dataclass(frozen=True, slots=True)
class Counted:
    """What a figure counts and whose count it is, read from a dependency parse of its sentence
    when the article was analysed (the ``counted`` stage, :mod:`newsprism.trace.counted`), so
    that tracing the claim across articles parses nothing."""

    #: the lemmas governing the figure ("kill", «погибнуть», "vote"); ``None``: nothing beyond
    #: a measure ("people", "%")
    role: str | None = None
    #: the name keys of whose count it is ("Nordair's 12.4 million"); empty: the parse names none
    owner: tuple[str, ...] = ()
    #: who acts in the figure's clause, in words: the subject of the verb that governs it when
    #: that subject is not what is counted ("The water board now puts the homes cut off at …");
    #: ``None``: no such subject
    agent: str | None = None
    #: the lemma of the noun the figure counts ("worker" of "600 workers", «домохозяйство» of
    #: «26% домохозяйств»); ``None``: the parse names none
    noun: str | None = None
    #: the code that read them (a digest of its source); other code reads the sentence again
    version: str = ""


@dataclass(frozen=True, slots=True)
class Claim:
    id: int
    start: int
    end: int
    text: str
    value: float
    value_high: float | None = None
    unit: str | None = None
    #: "more than", "about", "up to", "около" … as written
    qualifier: str | None = None
    about: str | None = None
    when: str | None = None
    #: speaker id of whoever asserts the figure; ``None`` when the article itself does
    speaker: int | None = None
    #: who asserts it in words: a speaker's name, a cited source ("local media"), or "article"
    source: str | None = None
    #: for relative claims ("three times as many"): the id of the claim it is relative to
    relative_to: int | None = None
    sentence: int | None = None
    #: how the figure is stated: ``=`` exact, ``~`` approximate, ``>``/``<`` a bound ("more than",
    #: "up to"), ``up``/``down`` a change ("rose 5%", «снизился на 3%»)
    change: str | None = None
    #: 0..1: how likely ``speaker``/``source`` is who asserts the figure (for a figure inside a
    #: quote, that quote's confidence)
    source_confidence: float | None = None
    #: what it counts and whose count it is, by the grammar; ``None``: not read (older articles)
    counted: Counted | None = None


@dataclass(frozen=True, slots=True)
class TranslatedSentence:
    id: int
    #: id of the source sentence it translates
    source: int
    text: str


@dataclass(frozen=True, slots=True)
class Translation:
    language: str
    translator: str
    model: dict[str, str] = field(default_factory=dict)
    sentences: tuple[TranslatedSentence, ...] = ()
    #: the article's title translated (the title is not part of ``text``, so it has no sentence)
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Metadata:
    site: str | None = None
    url: str | None = None
    published: str | None = None
    modified: str | None = None
    authors: tuple[str, ...] = ()
    #: the machine-translation service named by the page ("Google"), and the language it translated from
    translated_by: str | None = None
    source_language: str | None = None
    description: str | None = None
    section: str | None = None
    image: str | None = None
    #: what newsprism read: a path, a URL or "-" for standard input
    source: str | None = None
    encoding: str | None = None
    #: which extractor produced the body ("trafilatura", "readability", "scraped-text", …)
    extractor: str | None = None
    #: the language the page declares (``<html lang>``, Content-Language, og:locale, JSON-LD
    #: inLanguage), ISO 639-1; a hint for language detection, which has the last word
    declared_language: str | None = None
    #: when the page's bytes were fetched, ISO 8601 UTC ("2024-03-01T10:15:00Z"): an archive
    #: record's ``WARC-Date``; ``None`` when newsprism read a file or text it did not fetch (the
    #: library then takes the time it stores the article)
    fetched: str | None = None


@dataclass(frozen=True, slots=True)
class DisplayTitle:
    """What a view shows as an article's title; the page's own, or a stand-in marked as such."""

    text: str
    #: "title" (the page's own), "heading" (its first heading) or "lead" (the opening words)
    source: Literal["title", "heading", "lead"]

    @property
    def derived(self) -> bool:
        return self.source != "title"

    @property
    def note(self) -> str:
        """How a view marks a stand-in ("" for the page's own title)."""
        return {
            "title": "",
            "heading": "no title: first heading",
            "lead": "no title: opening words",
        }[self.source]

    def __str__(self) -> str:
        return f"{self.text} [{self.note}]" if self.derived else self.text


#: the opening words of the lead stand in for a missing title up to this many characters
LEAD_WORDS_MAX = 70


def display_title(
    title: str | None, blocks: Iterable[Block], *, untitled: str = "(untitled)"
) -> DisplayTitle:
    """The title to show: the page's own when it has one (``title`` stays null otherwise: nothing
    is invented), else its first heading, else the opening words of its first paragraph."""
    if title and title.strip():
        return DisplayTitle(title, "title")
    blocks = list(blocks)
    heading = next((b.text for b in blocks if b.kind == "heading" and b.text.strip()), None)
    if heading:
        return DisplayTitle(heading.strip(), "heading")
    lead = next((b.text for b in blocks if b.kind == "paragraph" and b.text.strip()), None)
    if lead is None:
        lead = next(
            (b.text for b in blocks if b.kind not in AUXILIARY_KINDS and b.text.strip()), ""
        )
    lead = " ".join(lead.split())
    if not lead:
        return DisplayTitle(untitled, "lead")
    if len(lead) > LEAD_WORDS_MAX:
        cut = lead.rfind(" ", 0, LEAD_WORDS_MAX)
        lead = lead[: cut if cut > LEAD_WORDS_MAX // 2 else LEAD_WORDS_MAX].rstrip(" ,;:—–-") + "…"
    return DisplayTitle(lead, "lead")


@dataclass(frozen=True, slots=True)
class StageFailure:
    """An analysis stage that did not run to the end on this article; the rest of it stands."""

    stage: str
    #: what went wrong, one line ("AttributeError: 'NoneType' object has no attribute 'keys'"),
    #: or for a skipped stage which failed stage it needed
    error: str
    #: what to do about it
    hint: str = ""
    #: True when the stage did not run because a stage it needs failed
    skipped: bool = False

    def __str__(self) -> str:
        if self.skipped:
            return f"{self.stage} {self.error}"
        return f"{self.stage} failed ({self.error}{' — ' + self.hint if self.hint else ''})"


@dataclass(frozen=True, slots=True)
class Article:
    text: str
    title: str | None = None
    language: str | None = None
    blocks: tuple[Block, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    metadata: Metadata = field(default_factory=Metadata)
    speakers: tuple[Speaker, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    translation: Translation | None = None
    #: names of the stages that have run, in order (see :mod:`newsprism.pipeline`)
    stages: tuple[str, ...] = ()
    #: stages that failed (or were skipped because one they need failed) on this article
    failures: tuple[StageFailure, ...] = ()
    schema: str = SCHEMA

    def __post_init__(self) -> None:
        check_spans(self.text, self.blocks, "block")
        check_spans(self.text, self.sentences, "sentence")
        check_spans(self.text, self.quotes, "quote")
        check_spans(self.text, self.claims, "claim")
        for speaker in self.speakers:
            check_spans(self.text, speaker.mentions, f"mention of speaker {speaker.id}")

    # -- convenience ------------------------------------------------------------------------

    @property
    def content_hash(self) -> str:
        """SHA-256 of the canonical text: the identity used by caches and the library."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def block(self, block_id: int) -> Block:
        return self.blocks[block_id]

    def sentences_in(self, block: Block) -> list[Sentence]:
        return [s for s in self.sentences if s.block == block.id]

    def body_sentences(self) -> list[Sentence]:
        """Sentences of the running text: headings, paragraphs, lists, quotes and tables, no captions."""
        return [s for s in self.sentences if self.blocks[s.block].kind not in AUXILIARY_KINDS]

    def speaker(self, speaker_id: int | None) -> Speaker | None:
        if speaker_id is None:
            return None
        for sp in self.speakers:
            if sp.id == speaker_id:
                return sp
        return None

    @property
    def display_title(self) -> DisplayTitle:
        """What views show as the title (``title`` itself stays null when the page has none)."""
        return display_title(self.title, self.blocks)

    @property
    def word_count(self) -> int:
        return sum(len(b.text.split()) for b in self.blocks if b.kind not in AUXILIARY_KINDS)

    # -- JSON contract ----------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        data = _to_jsonable(self)
        assert isinstance(data, dict)
        # the schema tag first, so that a reader of the file sees what it is
        return {"schema": data.pop("schema"), **data}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        if not isinstance(data, dict):
            raise ArticleDataError(f"an article is a JSON object, not {type(data).__name__}")
        if data.get("schema", SCHEMA) != SCHEMA:
            raise ArticleDataError(
                f"unsupported article schema {data.get('schema')!r}, expected {SCHEMA!r}"
            )
        try:
            return _from_jsonable(cls, data)
        except (TypeError, KeyError, AttributeError) as e:
            # a field missing or of another type: say so, not a bare TypeError from inside
            raise ArticleDataError(f"not a newsprism article: {e}") from e


class _Spanlike(typing.Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...


def check_spans(text: str, spans: Iterable[_Spanlike], what: str) -> None:
    n = len(text)
    for span in spans:
        if not (0 <= span.start <= span.end <= n) or text[span.start : span.end] != span.text:
            raise SpanMismatchError(
                f"{what} [{span.start}:{span.end}] does not match its text {span.text[:40]!r}"
            )


# -- generic (de)serialisation of the frozen dataclasses above ---------------------------------


#: the field names of each dataclass met, so that serialising an article's thousands of
#: spans asks ``dataclasses.fields`` once per class, not once per object
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
_SCALARS = (str, int, float, bool, type(None))


def _to_jsonable(value: Any) -> Any:
    cls = type(value)
    if cls in _SCALARS:
        return value
    names = _FIELD_NAMES.get(cls)
    if names is None and dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(value))
    if names is not None:
        return {name: _to_jsonable(getattr(value, name)) for name in names}
    if isinstance(value, tuple | list):
        return [_to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _to_jsonable(v) for k, v in value.items()}
    return value


T = TypeVar("T")
_HINTS: dict[type, dict[str, Any]] = {}


def _from_jsonable(cls: type[T], data: dict[str, Any]) -> T:
    hints = _HINTS.get(cls)
    if hints is None:
        hints = _HINTS[cls] = typing.get_type_hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name in data:  # unknown keys are ignored: newer writers may add fields
            kwargs[f.name] = _convert(hints[f.name], data[f.name])
    return cls(**kwargs)


def _convert(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return _convert(inner[0], value) if len(inner) == 1 else value
    if origin is tuple:
        args = typing.get_args(tp)
        return tuple(_convert(args[0], v) for v in value)
    if origin is dict or origin is Literal:
        return value if origin is Literal else dict(value)
    if dataclasses.is_dataclass(tp):
        return _from_jsonable(tp, value)  # type: ignore[arg-type]
    if tp is float and isinstance(value, int):
        return float(value)
    return value


def iter_spans(article: Article) -> Iterator[tuple[str, _Spanlike]]:
    """Every span in the article with its kind, for renderers and checks."""
    for b in article.blocks:
        yield "block", b
    for s in article.sentences:
        yield "sentence", s
    for q in article.quotes:
        yield "quote", q
    for c in article.claims:
        yield "claim", c
