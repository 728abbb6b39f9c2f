"""A place as a source (a method group of :class:`.quotes_ru._Reader`): «в заявлении
полиции», «в СБУ заявили», a document's issuer named in the text or the body that spoke before.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from . import flags_ru as flags
from .issuers_ru import ISSUER_REACH, issues
from .lexicon_ru import (
    _PRONOUNS,
    _STATEMENT_DOCUMENTS,
    NOT_PLACES,
    PUBLISHED_AT,
    SPEECH_VERBS,
    TIME_NOUNS,
    _impersonal,
)
from .model import SourceRef
from .roles import RU_COLLECTIVE, RU_DOCUMENTS, RU_ORGANIZATIONS
from .tokens_ru import _Sent

if TYPE_CHECKING:
    from .quotes_ru import _Reader


def place_source(self: _Reader, sent: _Sent, verb: Any) -> SourceRef | None:
    """«в СБУ заявили», «говорится в заявлении телекомпании», «сообщается на сайте Кремля»:
    a verb with no subject speaks through the place its words appear; a document or page
    with an owner speaks for the owner."""
    impersonal = (
        _impersonal(verb.lemma or "")
        or verb.feats.get("Number") == "Plur"
        or verb.feats.get("VerbForm") == "Part"
    )
    if not impersonal:
        return None
    for k in sent.kids(verb):
        if k.rel != "obl" or not any(
            c.rel == "case" and c.text.lower() in ("в", "во", "на") for c in sent.kids(k)
        ):
            continue
        lemma = (k.lemma or "").lower()
        if lemma in RU_DOCUMENTS or lemma in PUBLISHED_AT:
            owner = next(
                (
                    c
                    for c in sent.kids(k)
                    if (c.rel == "nmod" and c.pos in ("NOUN", "PROPN"))
                    or (
                        c.rel == "det"
                        and (c.lemma or "") in ("он", "она", "они", "его", "её", "ее", "их")
                    )
                ),
                None,
            )
            if owner is not None and owner.rel == "det":
                g = {"его": "m", "её": "f", "ее": "f"}.get(owner.text.lower())
                a, b = self.span([owner])
                return SourceRef(
                    a,
                    b,
                    self.text[a:b],
                    "pronoun",
                    "он" if g != "f" else "она",
                    g,
                    owner.text.lower() == "их",
                )
            if owner is not None:
                return self._without_case(sent, owner, verb)
            if lemma in PUBLISHED_AT:
                continue
            issuer = self.issuer(sent, k) if flags.ISSUER else None
            return issuer or self._without_case(sent, k, verb)
        if (
            k.pos == "PROPN"
            or lemma in RU_ORGANIZATIONS
            or lemma in RU_COLLECTIVE
            or lemma == "орган"
        ):
            return self._without_case(sent, k, verb)
    if not _impersonal(verb.lemma or ""):
        return self._institution_place(sent, verb)
    # any other place of an impersonal verb («говорится в указе»), but not a time: «в
    # среду», «в 2019 году» say when, and a document named later in the clause is the place
    for k in sent.kids(verb):
        if (
            k.rel == "obl"
            and k.pos in ("NOUN", "PRON")
            and (k.pos == "NOUN" or (k.lemma or "") == "который")
            and (k.lemma or "").lower() not in TIME_NOUNS
            and any(c.rel == "case" and c.text.lower() in ("в", "во", "на") for c in sent.kids(k))
        ):
            if (k.lemma or "") == "который" and flags.ISSUER:
                # «распространил заявление, в котором говорится …»: the antecedent
                doc = sent.head(verb)
                if doc is not None and (doc.lemma or "").lower() in RU_DOCUMENTS:
                    owner = next(
                        (
                            c
                            for c in sent.kids(doc)
                            if c.rel == "nmod" and c.pos in ("NOUN", "PROPN")
                        ),
                        None,
                    )
                    if owner is not None:
                        return self._without_case(sent, owner, verb)
                    issuer = self.issuer(sent, doc)
                    if issuer is not None:
                        return issuer
            if k.pos != "NOUN" and not flags.ISSUER:
                continue
            return self._without_case(sent, k, verb)
    return None


def issuer(self: _Reader, sent: _Sent, doc: Any) -> SourceRef | None:
    """The issuer of the document ``doc`` (a noun of ``RU_DOCUMENTS`` with no owner),
    when the text says who issued it (:mod:`.issuers_ru`): the subject of the verb it is
    the object of, or of a verb of issuing it or of its own verb in a sentence before."""
    if self._seeking:
        return None  # a place read while seeking an issuer seeks none of its own
    self._seeking = True
    try:
        return self._issuer(sent, doc)
    finally:
        self._seeking = False


def _issuer(self: _Reader, sent: _Sent, doc: Any) -> SourceRef | None:
    lemma = (doc.lemma or "").lower()
    head = sent.head(doc)
    if head is not None and head.pos == "VERB" and doc.rel in ("obj", "obl", "nsubj:pass"):
        subj = self._subject_of(sent, head)
        if subj is not None and issues((head.lemma or "").lower(), lemma, {lemma}):
            return self.source(sent, subj, head)
    at = self.pos(doc)
    for s, v in self._verbs_before(sent, at):
        objects = {(c.lemma or "").lower() for c in s.kids(v) if c.rel in ("obj", "obl", "iobj")}
        if not issues((v.lemma or "").lower(), lemma, objects):
            continue
        subj = self._subject_of(s, v)
        if subj is None:
            # «В МИД сообщили …»: a plural verb with no subject speaks through its place
            place = self.place_source(s, v)
            if place is not None and place.kind in ("organization", "name"):
                return place
            continue
        if subj.pos != "PRON" or (subj.lemma or "") in _PRONOUNS:
            return self.source(s, subj, v)
    if flags.ISSUER_FALLBACK and lemma in _STATEMENT_DOCUMENTS:
        return self._body_said_before(sent, at)
    return None


def _body_said_before(self: _Reader, sent: _Sent, at: int) -> SourceRef | None:
    """The body that spoke last before ``at`` in the paragraph or the one before it: the
    subject of a verb of saying that is an organisation, or the place of a plural verb
    with no subject («В МИД сообщили»)."""
    for s, v in self._verbs_before(sent, at):
        if (v.lemma or "") not in SPEECH_VERBS:
            continue
        subj = self._subject_of(s, v)
        if subj is None:
            place = self.place_source(s, v)
            if place is not None and place.kind == "organization":
                return place
            continue
        src = self.source(s, subj, v)
        if src.kind == "organization":
            return src
    return None


def _verbs_before(self: _Reader, sent: _Sent, at: int) -> Iterator[tuple[_Sent, Any]]:
    """The verbs before character ``at``, nearest first, in ``sent`` and the sentences
    before it that start within :data:`ISSUER_REACH` of ``at``."""
    start = next((i for i, s in enumerate(self.every) if s is sent), None)
    if start is None:
        return
    for s in reversed(self.every[: start + 1]):
        if not s.tokens or at - self.pos(s.tokens[0]) > ISSUER_REACH:
            break
        for v in reversed(s.tokens):
            if v.pos == "VERB" and self.pos(v) < at:
                yield s, v


def _subject_of(self: _Reader, sent: _Sent, verb: Any) -> Any | None:
    """The subject of ``verb`` or of the verb it is coordinated with («… и распространил»)."""
    node = verb
    for _ in range(3):
        subj = next((k for k in sent.kids(node) if k.rel == "nsubj"), None)
        if subj is not None:
            return subj
        up = sent.head(node)
        if up is None or node.rel not in ("conj", "advcl", "xcomp"):
            return None
        node = up
    return None


def _institution_place(self: _Reader, sent: _Sent, verb: Any) -> SourceRef | None:
    """«в клинике сочли, что …», «В канцелярии мэра сообщили»: a plural
    verb with no subject (Russian's indefinite person) speaks through the institution it is
    said in — any inanimate noun after «в/на» that is not a time, an occasion or a manner
    («на брифинге», «в ходе», «в ответ» say when or how)."""
    if verb.feats.get("Number") != "Plur" or verb.feats.get("VerbForm") != "Fin":
        return None
    if any(k.rel in ("nsubj", "nsubj:pass") for k in sent.kids(verb)):
        return None
    for k in sent.kids(verb):
        lemma = (k.lemma or "").lower()
        if (
            k.rel == "obl"
            and k.pos == "NOUN"
            and k.feats.get("Animacy") == "Inan"
            and lemma not in TIME_NOUNS
            and lemma not in NOT_PLACES
            and self.pos(k) < self.pos(verb) + 40
            and any(c.rel == "case" and c.text.lower() in ("в", "во", "на") for c in sent.kids(k))
        ):
            return self._without_case(sent, k, verb)
    return None


def _without_case(self: _Reader, sent: _Sent, root: Any, verb: Any) -> SourceRef:
    src = self.source(sent, root, verb)
    toks = [t for t in sent.subtree(root) if self.pos(t) >= src.start and self.pos(t) < src.end]
    while toks and toks[0].pos == "ADP":
        toks = toks[1:]
    if toks:
        src.start, src.end = self.span(toks)
        src.text = self.text[src.start : src.end]
    return src
