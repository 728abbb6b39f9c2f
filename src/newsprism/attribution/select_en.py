"""Which parts of an English article the parser needs to see.

spaCy's parse and NER are nearly all of attribution's cost, and most sentences of a news article
cannot hold an attribution: no reporting verb, no quotation mark, no "according to", no colon.
:func:`chunks_to_parse` keeps the sentences that can, plus the sentence before one whose source
may be a pronoun or a description (its antecedent is usually there), and joins neighbours in a
paragraph into one chunk so the parser sees them in context.  A paragraph of dash speech is kept
whole.  A quoted passage that runs over several sentences needs no parse between its marks:
it is attached to its speaker from the quotation marks alone.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence

from .dashspeech import find_dash_speech
from .given_names import is_given_name
from .model import Entity
from .name_runs import ROLE_NOUNS
from .person_nouns_data import PERSON_NOUNS
from .quotemarks import QuotedSpan

Span = tuple[int, int]

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
#: other words that can start an attribution ("according to", "in a statement:")
_OTHER_TRIGGERS = frozenset(["according", "statement", "interview", "view", "quoted", "quoting"])
#: a colon that can introduce speech: within the first words ("Pat Caddell: …") or closing the
#: sentence ("Caddell continued:"); not "10:30" or a colon mid-sentence
_COLON_CUE = re.compile(
    r"^(?:\S+\s+){0,7}?\S*:(?:\s|$)|:\s*$"
    # or a body's full name, capitalised words with "of", "and", "for", "the" between ("The
    # Ministry of Natural Resources, Ecology and Technical Supervision: …", a translated brief)
    r"|^(?:(?:[A-Z][\w.'’-]*|of|and|for|the),?\s+){0,11}[A-Z][\w.'’-]*:\s"
)
#: a subject that needs an antecedent from an earlier sentence
_ANAPHORS = frozenset(["he", "she", "they", "his", "her", "their"])


def inflections(lemmas: Iterable[str], irregular: dict[str, list[str]]) -> frozenset[str]:
    """Every form a verb of ``lemmas`` can take: the regular ones (generated generously, a form
    too many only costs a parse) and the irregular ones from ``irregular`` (form → lemmas)."""
    base = set(lemmas)
    forms = set(base)
    for v in base:
        stem = v[:-1] if v.endswith("e") else v
        forms |= {v + "s", v + "es", v + "d", v + "ed", stem + "ed", stem + "ing"}
        forms |= {v + v[-1] + "ed", v + v[-1] + "ing"}  # admitted, committing
        if v.endswith("y"):
            forms |= {v[:-1] + "ies", v[:-1] + "ied"}
    forms |= {form for form, of in irregular.items() if base.intersection(of)}
    return frozenset(forms)


def chunks_to_parse(
    text: str,
    paragraphs: Sequence[Span],
    sentences: Sequence[Span],
    quoted: Sequence[QuotedSpan],
    cue_forms: frozenset[str],
) -> list[Span]:
    """Spans of ``text`` to parse, in order: whole dash-speech paragraphs, else runs of
    neighbouring sentences that may hold an attribution or an antecedent its source needs."""
    marks = sorted({q.start for q in quoted} | {q.end - 1 for q in quoted})
    units: list[list[Span]] = []  # per paragraph: its sentences, or itself for dash speech
    keep: list[list[bool]] = []
    within = _within(sentences)
    for p_start, p_end in paragraphs:
        if find_dash_speech(text, p_start, p_end) is not None:
            units.append([(p_start, p_end)])
            keep.append([True])
            continue
        inside = [(max(a, p_start), min(b, p_end)) for a, b in within(p_start, p_end)]
        units.append(inside)
        keep.append([_may_attribute(text, a, b, marks, cue_forms) for a, b in inside])
    # the sentence before one whose source may be a pronoun, across a paragraph break too
    flat = [(p, i) for p, spans in enumerate(units) for i in range(len(spans))]
    cue = [list(k) for k in keep]
    opened = sorted((q.start, q.end) for q in quoted)
    for k in range(1, len(flat)):
        p, i = flat[k]
        if not (cue[p][i] and _needs_antecedent(text, *units[p][i])):
            continue
        # "“A. B,” the akim said.": the antecedent is before the quotation, which may have
        # begun sentences earlier
        a = units[p][i][0]
        o = bisect_right(opened, (a, len(text))) - 1
        if o >= 0 and opened[o][0] < a < opened[o][1]:
            while k > 0 and units[flat[k - 1][0]][flat[k - 1][1]][0] >= opened[o][0]:
                k -= 1
        if k > 0:
            q, j = flat[k - 1]
            keep[q][j] = True
    return [run for spans, k in zip(units, keep, strict=True) for run in _runs(spans, k)]


def _within(sentences: Sequence[Span]) -> Callable[[int, int], Sequence[Span]]:
    """``within(a, b)``: the sentences that overlap ``[a, b)``, in order; by bisection when they
    are sorted and disjoint (as segmentation makes them), else by a scan of them all."""
    spans = list(sentences)
    starts, ends = [a for a, _ in spans], [b for _, b in spans]
    ordered = all(a <= b for a, b in spans) and all(
        b <= c for b, c in zip(ends, starts[1:], strict=False)
    )

    def within(p: int, q: int) -> Sequence[Span]:
        if not ordered:
            return [(a, b) for a, b in spans if a < q and b > p]
        return spans[bisect_right(ends, p) : bisect_left(starts, q)]

    return within


def _may_attribute(text: str, a: int, b: int, marks: list[int], cue_forms: frozenset[str]) -> bool:
    segment = text[a:b]
    k = bisect_left(marks, a)  # marks are sorted: a scan of them all per sentence was quadratic
    if (k < len(marks) and marks[k] < b) or _COLON_CUE.search(segment):
        return True
    return any(
        w.lower() in cue_forms or w.lower() in _OTHER_TRIGGERS for w in _WORD.findall(segment)
    )


def _needs_antecedent(text: str, a: int, b: int) -> bool:
    words = [w.lower() for w in _WORD.findall(text, a, b)]
    if not _ANAPHORS.isdisjoint(words):
        return True
    # a definite description of a person ("the akim said", "the head of the region said",
    # "the communist explained") refers back as a pronoun does: to a name usually given in
    # the sentence before, which the speaker resolution needs parsed
    return any(
        w == "the" and (nxt in ROLE_NOUNS or nxt in PERSON_NOUNS)
        for w, nxt in zip(words, words[1:], strict=False)
    )


def _runs(spans: list[Span], keep: list[bool]) -> list[Span]:
    """Neighbouring kept spans joined: ``[(a, b), (c, d)]`` with both kept → ``[(a, d)]``."""
    out: list[Span] = []
    joined = False
    for (a, b), k in zip(spans, keep, strict=True):
        if not k:
            joined = False
            continue
        if joined:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
        joined = True
    return out


def mentions_outside(
    text: str,
    entities: Sequence[Entity],
    parsed: Sequence[Span],
    paragraphs: Sequence[Span],
    sentences: Sequence[Span] = (),
) -> tuple[list[Entity], list[Span]]:
    """Later mentions of the people and organisations the parsed sentences name, in the parts
    that were not parsed: "Holloway" there still makes her the last woman mentioned, so that a
    following "she said" finds her, as if every sentence had been parsed.

    Returns the mentions found by name, and the unparsed parts that need the parser after all:
    where a known surname follows another capitalised word ("Jane Holloway", "Senator
    Holloway"), for the full name may only be written there, or a comma ("Holloway, a farmer
    from …,"), for that is where roles are stated.  With the article's ``sentences``, also
    the sentences that introduce someone not named in the parsed ones, by a given name and a
    surname ("The first witness was Hawks head Gopaul Govender."): a later "he said" may be
    theirs, so they must be registered as people.
    """
    found: list[Entity] = []
    to_parse: list[Span] = []
    gaps = _gaps(paragraphs, parsed)
    if sentences:
        to_parse, gaps = _introducing(text, entities, gaps, sentences)
    names: dict[str, Entity] = {}
    for e in entities:
        if e.label == "PER" and e.last and len(e.last) > 1:
            names.setdefault(e.last, e)
        elif e.label == "ORG" and len(e.text) > 2:
            names.setdefault(e.text, e)
    if not names:
        return [], to_parse
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")
    for a, b in gaps:
        here: list[Entity] = []
        for m in pattern.finditer(text, a, b):
            known = names[m.group()]
            if known.label == "PER" and _CAPITALISED_BEFORE.search(
                text, max(a, m.start() - 40), m.start()
            ):
                to_parse.append((a, b))
                here = []
                break
            here.append(
                Entity(
                    m.start(), m.end(), m.group(), known.label, m.group(),
                    last=known.last, gender=known.gender,
                    gender_guessed=known.gender_guessed,
                )
            )  # fmt: skip
        found += here
    return found, to_parse


#: a given name (checked against the name dictionary) and a capitalised word after it
#: (a surname may end in any small letter: "Simić", "Hadžić"; the surname is looked ahead
#: at, so that "of Vojvodina Nenad Simić" still tries "Nenad Simić" after "Vojvodina Nenad")
_FULL_NAME = re.compile(
    r"(?<![\w’'.-])([A-Z][a-z]+)(?=\s+(?:[A-Z]\.\s+)?([A-Z][\w’'-]*[^\W\d_A-Z])(?![\w’'-]))"
)


def _introducing(
    text: str, entities: Sequence[Entity], gaps: list[Span], sentences: Sequence[Span]
) -> tuple[list[Span], list[Span]]:
    """The unparsed sentences naming a person by a new full name (a given name of the name
    dictionary, then a capitalised word that is no surname known yet), and the gaps without
    them.  Which words are given names is a fact about names (:mod:`.given_names`)."""
    from spacy.lang.en.stop_words import STOP_WORDS  # spaCy is loaded by then; not at import

    known = {e.last for e in entities if e.label == "PER" and e.last}
    known |= {w for e in entities for w in e.text.split()}
    starts = [a for a, _ in sentences]
    to_parse: list[Span] = []
    rest: list[Span] = []
    for a, b in gaps:
        cut = a
        for m in _FULL_NAME.finditer(text, a, b):
            first = m.group(1)
            if m.group(2) in known or first.lower() in STOP_WORDS:
                continue  # "The Harbour Board": nam_dict lists "The" as a given name
            if not is_given_name(first) and not _after_person_noun(text, a, m.start()):
                continue
            if m.start() < cut:
                continue
            k = bisect_right(starts, m.start()) - 1
            s_start, s_end = (
                (max(a, sentences[k][0]), min(b, sentences[k][1])) if k >= 0 else (a, b)
            )
            if s_start > cut:
                rest.append((cut, s_start))
            to_parse.append((s_start, s_end))
            cut = s_end
        if cut < b:
            rest.append((cut, b))
    return to_parse, rest


#: the lower-case word right before a capitalised pair ("the pensioner Matryona Vasilyeva")
_WORD_BEFORE = re.compile(r"\b([a-z][a-z-]+)\s+$")


def _after_person_noun(text: str, start: int, pos: int) -> bool:
    """Whether a noun for a person stands right before ``pos`` ("The pensioner", "the
    farmer"): the two capitalised words after it name someone, whether or not the name
    dictionary knows the given name (many a Yakut, Kyrgyz or Georgian one it does not)."""
    m = _WORD_BEFORE.search(text, max(start, pos - 30), pos)
    return m is not None and m.group(1) in PERSON_NOUNS


#: a capitalised word right before a surname: a first name or a title, for NER to tell apart
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w.’'-]*\s+$")


def _gaps(paragraphs: Sequence[Span], parsed: Sequence[Span]) -> list[Span]:
    """The parts of ``paragraphs`` that no span of ``parsed`` (sorted) covers."""
    out: list[Span] = []
    chunks = iter(sorted(parsed))
    chunk = next(chunks, None)
    for p_start, p_end in paragraphs:
        pos = p_start
        while chunk is not None and chunk[0] < p_end:
            if chunk[0] > pos:
                out.append((pos, chunk[0]))
            pos = max(pos, chunk[1])
            chunk = next(chunks, None)
        if pos < p_end:
            out.append((pos, p_end))
    return out
