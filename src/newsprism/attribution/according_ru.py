"""«По словам X», «по данным X», «согласно X» (a method group of :class:`.quotes_ru._Reader`):
the owner of the phrase, the clause it reports, and where a content stops before another
reading's phrase; a document read out.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from . import flags_ru as flags
from .lexicon_ru import ACCORDING_NOUNS, RULE_NOUNS, SPEECH_VERBS
from .model import Found, QuoteKind, SourceRef
from .quotemarks import trim_span
from .roles import RU_DOCUMENTS
from .tokens_ru import _contiguous, _one_of, _Sent

if TYPE_CHECKING:
    from .quotes_ru import _Reader


def _according_to(self: _Reader, sent: _Sent, noun: Any) -> bool:
    """«Согласно опубликованной декларации, …», «согласно СМИ, …», «согласно решению
    суда, …»: the preposition before any noun."""
    # any noun but a rule's: «согласно» introduces where a statement comes from
    # («согласно решению суда», «Согласно результатам»); what a law or a plan provides
    # («Согласно закону, выборы пройдут в сентябре») is no one's statement
    return (
        noun.pos in ("NOUN", "PROPN")
        and (noun.lemma or "").lower() not in RULE_NOUNS
        and any(k.rel == "case" and k.text.lower() == "согласно" for k in sent.kids(noun))
    )


def according(self: _Reader, sent: _Sent, noun: Any) -> Found | None:
    # «по словам губернатора», «по его словам»; not «по предварительным данным»
    by = next(k for k in sent.kids(noun) if k.text.lower() in ("по", "согласно"))
    if by.text.lower() == "согласно" and (noun.lemma or "").lower() not in ACCORDING_NOUNS:
        owners = [noun]  # «согласно декларации»: the noun is the source itself
    else:
        owners = self._owners(sent, noun)
    phrase = sent.subtree(noun)
    if flags.NONPROJECTIVE_CLIP:
        phrase = _contiguous(sent, phrase, noun)
    if flags.ACCORDING_OWNER_CASE:
        # the clause's subject hung on the noun is the content's, not the phrase's
        apart = {
            t.id
            for k in sent.kids(noun)
            if k.rel in ("nmod", "appos") and self._subject_not_owner(sent, noun, k)
            for t in sent.subtree(k)
        }
        phrase = [t for t in phrase if t.id not in apart] or phrase
    p_start, p_end = self.span(phrase)
    source = self.source(sent, owners[0]) if owners else None
    if flags.DOCUMENT_OWNER and owners and owners[0] is noun and source is not None:
        # «согласно отчёту министерства», «согласно документу» after «X подписал
        # документ»: a document speaks for its owner, or for the issuer the text names
        issued = self._document_owner(sent, noun)
        if issued is not None:
            return self._according_found(sent, by, noun, issued, p_start, p_end)
    if source is not None and owners[0] is noun:
        words = [t for t in phrase if t is not by]
        source.start, source.end = self.span(words)
        source.text = self.text[source.start : source.end]
    if source is not None and p_start <= source.start and source.end > p_end:
        # «По словам Фолькера Штайна (Volker Stein), …»: the bracket closing the name is
        # the phrase's, not the content's
        p_end = source.end
    if flags.NONPROJECTIVE_CLIP:
        crossed = self._crossed_words(sent, phrase, p_start, p_end)
        if crossed:
            if source is not None and source.end == p_end and owners[0] is not noun:
                # the name among them is the speaker's («председателя … Эльвиры Зайцевой»)
                source = self.source(sent, owners[0], extra=crossed)
            p_end = self.span(crossed)[1]
    return self._according_found(sent, by, noun, source, p_start, p_end)


def _crossed_words(
    self: _Reader, sent: _Sent, phrase: list[Any], p_start: int, p_end: int
) -> list[Any]:
    """The words between a «по словам» phrase and the comma that closes it that the parse
    hangs on the phrase or across it, never on the clause after the comma («по словам
    председателя счётной палаты Эльвиры Зайцевой, …» with «палаты» hung on a noun of an
    earlier phrase): the phrase's own words (:data:`NONPROJECTIVE_CLIP`).  None for words
    holding a verb, or with no comma after them."""
    ids = {t.id for t in phrase}
    after = [t for t in sent.tokens if self.pos(t) >= p_end]
    comma = next((i for i, t in enumerate(after) if t.pos == "PUNCT"), None)
    if not comma or after[comma].text != "," or comma > 6:
        return []
    words = after[:comma]
    limit = self.pos(after[comma])
    own = ids | {t.id for t in words}
    for t in words:
        head = sent.head(t)
        if t.pos in ("VERB", "AUX") or head is None:
            return []
        if head.id not in own and self.pos(head) >= limit:
            return []  # the clause after the comma's: content
        if head.id not in own and self.pos(head) >= p_start:
            return []  # hung inside the phrase's span on a word that is not its
    return words


def _document_owner(self: _Reader, sent: _Sent, noun: Any) -> SourceRef | None:
    """Who a document named as a source speaks for (:data:`DOCUMENT_OWNER`): its owner in
    the genitive («отчёт министерства», «заявление Ивана Петрова»), else the issuer the
    text names (:meth:`issuer`); None for anything not of the document lexicon."""
    if (noun.lemma or "").lower() not in RU_DOCUMENTS:
        return None
    owner = next(
        (
            k
            for k in sent.kids(noun)
            if k.rel == "nmod"
            and k.pos in ("NOUN", "PROPN")
            and (k.feats or {}).get("Case") == "Gen"
            and (k.lemma or "").lower() not in RU_DOCUMENTS
        ),
        None,
    )
    if owner is not None:
        return self.source(sent, owner)
    return self.issuer(sent, noun) if flags.ISSUER else None


def _owners(self: _Reader, sent: _Sent, noun: Any) -> list[Any]:
    owners = [
        k
        for k in sent.kids(noun)
        if (
            k.rel in ("nmod", "appos")
            and k.pos in ("NOUN", "PROPN", "PRON", "ADJ", "X")
            and not (flags.ACCORDING_OWNER_CASE and self._subject_not_owner(sent, noun, k))
        )
        or (
            k.rel == "det"
            and (k.lemma or "").lower() in ("он", "она", "они", "его", "её", "ее", "их")
        )
        or (k.rel == "amod" and k.pos in ("NOUN", "PROPN"))
        or (flags.ONE_OF_OWNER and _one_of(sent, k))
    ]
    if not owners:
        # «по информации, сообщенной представителем совета»: the participle's agent
        for k in sent.kids(noun):
            if k.rel == "acl" and (k.lemma or "") in SPEECH_VERBS:
                owners = [
                    c
                    for c in sent.kids(k)
                    if c.rel in ("obl", "nsubj") and c.pos in ("NOUN", "PROPN")
                ]
                if flags.ACCORDING_OWNER_CASE:
                    # «по данным, объявленным ранним утром»: a time is no agent
                    agent = self._passive_agent(sent, k)
                    owners = [c for c in owners if c.rel == "nsubj" or c is agent]
                break
    return owners


def _according_found(
    self: _Reader,
    sent: _Sent,
    po: Any,
    noun: Any,
    source: SourceRef | None,
    p_start: int,
    p_end: int,
) -> Found | None:
    s_start, s_end = self.span(sent.tokens)
    a, b = max((s_start, p_start), (p_end, s_end), key=lambda r: r[1] - r[0])
    if (
        flags.ACCORDING_OWN_CLAUSE
        and a < p_start
        and len(self.text[p_end:s_end].strip(" ,.;:!?")) >= 8
        and (
            self._cue_before(sent, noun, s_start, p_start)
            # «…: по его словам, …»: the phrase opens the clause after the colon
            or self.text[s_start:p_start].rstrip().endswith((":", ";"))
        )
    ):
        # «X заявил, что …: по его словам, …»: the clause before is another reading's
        a, b = p_end, s_end
    inner = self._inserted_into(sent, noun, p_start, p_end, s_start, s_end)
    if inner is not None:
        a, b = inner
    a, b = trim_span(self.text, a, b)
    b = self._cut_before_clause(sent, a, b)
    if b - a < 8:
        return None
    cue = (self.pos(po), self.offset + int(noun.stop))
    kind: QuoteKind = (
        "direct"
        if self.quote_at(a) is not None and self.quote_at(b - 1) is not None
        else "indirect"
    )
    return Found(kind, a, b, cue, source)


def _cue_before(self: _Reader, sent: _Sent, noun: Any, a: int, b: int) -> bool:
    """Whether the words from ``a`` to ``b`` hold a reading's own cue: a verb of saying with
    its subject, or another «по словам/данным» phrase."""
    for t in sent.tokens:
        if t is noun or not a <= self.pos(t) < b:
            continue
        lemma = (t.lemma or "").lower()
        if t.pos == "VERB" and lemma in SPEECH_VERBS:
            if any(k.rel in ("nsubj", "nsubj:pass") for k in sent.kids(t)):
                return True
        elif lemma in ACCORDING_NOUNS and any(k.text.lower() == "по" for k in sent.kids(t)):
            return True
    return False


def _cut_at_according(self: _Reader, sent: _Sent, out: list[Found]) -> None:
    """«X заявил, что …: по его словам, …»: a content stops before another reading's «по
    словам» phrase that opens a clause of its own (:data:`ACCORDING_OWN_CLAUSE`); one set
    off by commas inside the content («что цифра, по его словам, выше») stays its part.
    A clause of its own: after «:», «;», «, а», «, но», or (:data:`ACCORDING_CLAUSE_PARSE`)
    where the parse joins the phrase's predicate to the content's by coordination or
    parataxis, or not at all («По словам X, …, однако по словам Y, …»)."""
    by_start = {self.pos(t): t for t in sent.tokens}
    for f in out:
        if f.kind != "indirect" or f.cue is None:
            continue
        for g in out:
            if g is f or g.cue is None or not f.start < g.cue[0] < f.end:
                continue
            if not re.match(r"(?:по|согласно)\b", self.text[g.cue[0] : g.cue[1]], re.I):
                continue
            m = re.search(r"\s*(?:[:;]|,\s*(?:а|но))\s*$", self.text[f.start : g.cue[0]])
            if m is not None and m.start() >= 8:
                f.end = trim_span(self.text, f.start, f.start + m.start())[1]
                continue
            if not flags.ACCORDING_CLAUSE_PARSE:
                continue
            end = self._clause_apart(sent, by_start, f, g)
            if end is not None and end - f.start >= 8:
                f.end = end


def _clause_apart(
    self: _Reader, sent: _Sent, by_start: dict[int, Any], f: Found, g: Found
) -> int | None:
    """Where ``f``'s content ends when ``g``'s «по словам» phrase inside it hangs on a
    predicate of a clause apart from ``f``'s: reached from ``f``'s cue only through
    ``conj`` or ``parataxis``, or not at all (see :meth:`_cut_at_according`); ``None``
    when the phrase is inserted into ``f``'s own words."""
    if f.cue is None or g.cue is None:
        return None
    po = by_start.get(g.cue[0])
    noun = next((t for t in sent.tokens if self.offset + int(t.stop) == g.cue[1]), None)
    clause = sent.head(noun) if noun is not None else None
    # the head of f's own words: the first of their words the parse hangs outside them
    words = [t for t in sent.tokens if f.start <= self.pos(t) < f.end and t.pos != "PUNCT"]
    heads = [t for t in words if (h := sent.head(t)) is None or not f.start <= self.pos(h) < f.end]
    if po is None or clause is None or not heads:
        return None
    own = heads[0]
    apart, t, seen = False, clause, set()
    while t is not None and t is not own and t.id not in seen:
        seen.add(t.id)
        apart = apart or t.rel in ("conj", "parataxis")
        t = sent.head(t)
    if t is own and not apart:
        return None  # inside f's content («что цифра, по его словам, выше»)
    # the conjunction and commas that open the clause apart are neither clause's words
    cut = g.cue[0]
    before = [t for t in sent.tokens if f.start <= self.pos(t) < cut and t.id not in {po.id}]
    while before and (
        before[-1].pos in ("PUNCT", "CCONJ", "SCONJ")
        or before[-1].rel in ("cc", "mark", "fixed", "punct")
        or (before[-1].rel == "advmod" and sent.head(before[-1]) is clause)
    ):
        before.pop()
    if not before:
        return None
    return trim_span(self.text, f.start, self.pos(before[-1]) + len(before[-1].text))[1]


def _inserted_into(
    self: _Reader, sent: _Sent, noun: Any, p_start: int, p_end: int, s_start: int, s_end: int
) -> tuple[int, int] | None:
    """«апартаменты, по информации риелторов, нуждаются в ремонте», «Челах, который, по
    версии следствия, является убийцей»: a phrase set off by commas inside a clause reports
    the clause it is inserted into — the subtree of the predicate it hangs on, on both
    sides of it — not the longer half of the sentence."""
    if not (s_start < p_start and p_end < s_end):
        return None
    before = self.text[s_start:p_start].rstrip()
    after = self.text[p_end:s_end].lstrip()
    if not (before.endswith(",") and after.startswith(",")):
        return None
    head = sent.head(noun)
    if head is None or head.pos not in ("VERB", "AUX", "ADJ"):
        return None
    own = {t.id for t in sent.subtree(noun)}
    toks = [t for t in sent.subtree(head) if t.id not in own]
    left = [t for t in toks if self.pos(t) < p_start]
    right = [t for t in toks if self.pos(t) >= p_end]
    if not left or not right or len(right) < 2:
        return None
    return self.span(left)[0], self.span(right)[1]


def read_out(self: _Reader, sent: _Sent, verb: Any) -> Found | None:
    kids = sent.kids(verb)
    letter = next((k for k in kids if k.rel == "obj" and (k.lemma or "") in RU_DOCUMENTS), None)
    subj = next((k for k in kids if k.rel == "nsubj"), None)
    if letter is None or subj is None:
        return None
    content = self.content(sent, verb, subj)
    if content is None:
        return None
    kind, a, b = content
    author = next((k for k in sent.kids(letter) if k.rel == "nmod"), None)
    if author is not None:
        toks = [t for t in sent.subtree(author) if t.rel != "appos" or t is author]
        own = [t for t in toks if t.head_id == author.id and t.rel in ("det", "amod")] + [author]
        s_, e_ = self.span(sorted(own, key=lambda t: t.start))
        src = self.source(sent, author)
        src.start, src.end, src.text = s_, e_, self.text[s_:e_]
    else:
        s_, e_ = self.span([letter])
        src = SourceRef(s_, e_, self.text[s_:e_], "document", letter.lemma)
    return Found(
        kind, a, b, self.cue_span(sent, verb), src, relayed_by=self.source(sent, subj, verb)
    )
