"""What a Russian cue reports (a method group of :class:`.quotes_ru._Reader`): the cue's words,
its «что» clause, an inserted cue, an indirect question, a request's addressee, an «о» phrase,
and the paragraphs and sentences a back-reference takes.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from . import flags_ru as flags
from .lexicon_ru import (
    _DASHES_ONLY,
    _MINED_ONLY,
    AS_VERBS,
    CALL_VERBS,
    EVALUATION_VERBS,
    EXPRESS_VERBS,
    GOVERNED_PREPOSITIONS,
    HAND_SPEECH_VERBS,
    JUDGING_VERBS,
    QUESTION_WORDS,
    SPEECH_VERBS,
    TIME_NOUNS,
)
from .model import QuoteKind
from .quotemarks import QuotedSpan, trim_span
from .tokens_ru import _clausal, _Sent

if TYPE_CHECKING:
    from .quotes_ru import _Reader


def cue_span(self: _Reader, sent: _Sent, verb: Any) -> tuple[int, int]:
    """The verb, with the outlet it speaks to: рассказал «Коммерсанту»."""
    last = verb
    for k in sent.kids(verb):
        if k.rel == "iobj" and 0 < self.pos(k) - self.offset - int(last.stop) <= 3:
            sub = sent.subtree(k)
            last = sub[-1]
    end = self.offset + int(last.stop)
    if end < len(self.text) and self.text[end] == "»" and "«" in self.text[self.pos(verb) : end]:
        end += 1
    return self.pos(verb), end


def content(
    self: _Reader, sent: _Sent, verb: Any, subj: Any | None, skip: Any | None = None
) -> tuple[QuoteKind, int, int] | None:
    found = self._content(sent, verb, subj, skip)
    if found is None:
        return None
    if flags.THAT_AFTER_VERB:
        found = self._that_after(sent, verb, found)
    kind, a, b = found
    if kind == "indirect":
        b = self._cut_at_next_cue(sent, verb, a, b)
    return kind, a, b


def _trailing_cue(self: _Reader, sent: _Sent, verb: Any, k: Any) -> bool:
    """Whether ``k``, hung on ``verb`` as parataxis after it, is another reading's trailing
    cue («Вормут попросила Афины продолжить санкции, сообщил Камменос»): a verb of saying
    with a subject of its own after it, set off by a comma — who reports ``verb``'s
    words, not what ``verb`` says (:data:`TRAILING_CUE_NO_CONTENT`)."""
    if k.rel != "parataxis" or self.pos(k) < self.pos(verb) or k.pos != "VERB":
        return False
    if (k.lemma or "") not in SPEECH_VERBS:
        return False
    subj = next((c for c in sent.kids(k) if c.rel == "nsubj"), None)
    if subj is None or self.pos(subj) < self.pos(k):
        return False
    return self.text[: self.pos(k)].rstrip().endswith((",", "—", "–"))


def _that_after(
    self: _Reader, sent: _Sent, verb: Any, found: tuple[QuoteKind, int, int]
) -> tuple[QuoteKind, int, int]:
    """«Тренер извинился перед болельщиками, сообщив, что не видел …», «власти признали,
    что …», «автор … сказал, что …»: a verb of saying followed by its «что» clause (at most
    three words between: whom it was said to, when) reports that clause, whatever the
    parser hung on it — a content read before the verb, or from its subject, is the
    parse's mistake, not the grammar's."""
    kind, a, b = found
    v_end = self.offset + int(verb.stop)
    s_end = self.span(sent.tokens)[1]
    that = re.match(r"(?:\s+[\w-]+){0,3}?\s*,\s*(?:[—–-]\s*)?что(?:бы)?\s+", self.text[v_end:s_end])
    if that is None or (verb.lemma or "") in _MINED_ONLY:
        return found
    start = v_end + that.end()
    if (
        kind == "direct"
        and b <= self.pos(verb)
        and _DASHES_ONLY.match(self.text, b, self.pos(verb))
    ):
        # «„Завод закроется“, — сказал директор, что вызвало возмущение»: the quote set off
        # before the verb is what was said; a «что» after it is a relative clause on the whole
        return found
    raw_end = self.offset + int(sent.tokens[-1].stop)
    if flags.COLON_SPLIT and a >= raw_end and self.text[start:raw_end].rstrip().endswith(":"):
        # «…заявил, что стимулом был престиж, а не деньги:» with the next paragraph read as
        # what was said: the clause is his reported words, and the paragraph the colon
        # introduces is read as his own (``colon_paragraph``)
        ca, cb = trim_span(self.text, start, self.text.rfind(":", start, raw_end))
        if len(self.text[ca:cb].split()) >= 2:
            return "indirect", ca, cb
    if (
        flags.COLON_SPLIT
        and kind == "indirect"
        and start < a < b
        and not re.search(r"[,;:—–«»\"()]", self.text[start:a])
    ):
        # «заявил, что команда полностью готова …» with the clause's subject hung on a verb
        # after it: the clause begins at its «что», not at the word the parse kept
        return kind, start, b
    if a >= start - 1 or (a <= start < b):
        return found  # what was read already is (or holds) the clause
    q = self.quote_at(start)
    if q is not None and q.start >= start - 1:
        return "direct", q.start, q.end
    ca, cb = trim_span(self.text, start, s_end)
    cb = self._cut_before_clause(sent, ca, cb)
    if len(self.text[ca:cb].split()) < 2:
        return found
    return "indirect", ca, cb


def _inserted_cue(
    self: _Reader, sent: _Sent, verb: Any, subj: Any | None
) -> tuple[int, int] | None:
    """«Повышение тарифов, считает эксперт, ударит по бизнесу», «Без сомнения, пишет
    газета, речь идёт о …», «Из этих цифр следует, отмечает министерство, что …»: a verb of
    saying with its subject after it, set off by commas (or dashes) inside the sentence,
    reports the sentence around it — what follows a «что» after it, where one does.  The
    parser hangs such an insertion anywhere, so it is read from the words' order: the verb
    right after a comma, its subject right after it, a comma after the subject, and words
    on both sides."""
    if subj is None or verb.feats.get("VerbForm") != "Fin" or self.pos(subj) < self.pos(verb):
        return None
    s_start, s_end = self.span(sent.tokens)
    v = self.pos(verb)
    before = self.text[s_start:v]
    if not re.search(r"\w.*,\s*(?:[—–-]\s*)?(?:как\s+)?$", before, re.S):
        return None
    who = sent.subtree(subj)
    if not who or self.pos(who[0]) < v:
        return None
    end = self.span(who)[1]
    # only the cue's own words between the verb and its subject: «отмечает министерство»,
    # «пишет в понедельник газета» (no clause, no second verb)
    between = [t for t in sent.tokens if v < self.pos(t) < self.pos(who[0])]
    if any(t.pos in ("VERB", "AUX") or t.text in (",", ":") for t in between):
        return None
    closing = re.match(r"\s*(?:\([^()]*\)\s*)?,\s*(?:[—–-]\s*)?", self.text[end:s_end])
    if closing is None:
        return None
    rest = end + closing.end()
    if len(self.text[rest:s_end].split()) < 2:
        return None
    that = re.match(r"что\s+", self.text[rest:s_end])
    if that is not None:
        return trim_span(self.text, rest + that.end(), s_end)
    return trim_span(self.text, s_start, s_end)


def _that_clause_end(self: _Reader, sent: _Sent, comp: Any, v: int, b: int) -> int:
    """«подчеркнули, что будут беречь покой семьи и не собираются …»: a
    «что» clause after its verb runs to the end of the sentence even where the parser
    hung its later words elsewhere (a new speaker and verb of their own still end it,
    see :meth:`_cut_before_clause`)."""
    if self.pos(comp) < v or not any(
        k.rel == "mark" and k.text.lower() == "что" for k in sent.kids(comp)
    ):
        return b
    end = trim_span(self.text, b, self.span(sent.tokens)[1])[1]
    rest = self.text[b:end]
    if not rest.strip(" .,;") or re.match(r"\s*[,:;]?\s*[—–-]", rest):
        return b  # nothing more, or the author's words of dash speech
    return self._cut_before_clause(sent, b, end) if end > b else b


def _cut_before_clause(self: _Reader, sent: _Sent, a: int, b: int) -> int:
    """«По словам X, его били, факт насилия подтвердили члены ОНК»: the words after «по
    словам X» end before a clause with a speaker and speech verb of its own."""
    for t in sent.tokens:
        p = self.pos(t)
        if not (a < p < b) or t.pos != "VERB" or (t.lemma or "") not in SPEECH_VERBS:
            continue
        own = [k for k in sent.kids(t) if k.rel in ("nsubj", "obj", "obl", "advmod")]
        if not any(k.rel == "nsubj" for k in own):
            continue
        left = min([p] + [self.pos(k) for k in own if self.pos(k) > a])
        comma = self.text.rfind(",", a, left)
        if comma > a:
            return trim_span(self.text, a, comma)[1]
    return b


def _cut_at_next_cue(self: _Reader, sent: _Sent, verb: Any, a: int, b: int) -> int:
    """«сообщили, что X, и предположили, что Y»: a content ends where a coordinated
    speech verb begins its own report."""
    for t in sent.tokens:
        p = self.pos(t)
        if t is verb or not (a < p < b) or t.pos != "VERB":
            continue
        if (t.lemma or "") not in SPEECH_VERBS or self.quote_at(p) is not None:
            continue
        # the conjunction a word of its own (not the «а» ending «решила продолжить»)
        m = re.search(r"(?:,\s*|\s+)(?:и|а также|а)\s*$", self.text[a:p])
        if m is not None and m.start() > 0:
            return trim_span(self.text, a, a + m.start())[1]
    return b


def _indirect_question(self: _Reader, sent: _Sent, comp: Any) -> bool:
    """Whether a complement clause opens with a question word («как», «где», «ли» …)."""
    if self.quote_at(self.pos(comp)) is not None:
        return False
    words = [t for t in sent.subtree(comp) if t.pos != "PUNCT"]
    first = min(words, key=self.pos) if words else comp
    return first.text.lower() in QUESTION_WORDS or any(
        c.text.lower() == "ли" for c in sent.kids(comp)
    )


def _content(
    self: _Reader, sent: _Sent, verb: Any, subj: Any | None, skip: Any | None
) -> tuple[QuoteKind, int, int] | None:
    kids = sent.kids(verb)
    inserted = self._inserted_cue(sent, verb, subj)
    if inserted is not None and self.quote_at(inserted[0]) is None:
        return "indirect", *inserted
    # a complement that is also the verb's head is a cycle of the parser («X покинул пост,
    # отметив, что …» with each verb hung on the other): not what the verb reports
    comps = [
        k
        for k in kids
        if k.rel in ("ccomp", "parataxis", "obj", "csubj")
        and k is not subj
        and k is not skip
        and k.id != verb.head_id
        and not (flags.TRAILING_CUE_NO_CONTENT and self._trailing_cue(sent, verb, k))
    ]
    # «призвал родных не обращаться …», «просил переквалифицировать …»: the infinitive
    comps += [
        k for k in kids if k.rel == "xcomp" and k.pos == "VERB" and k.feats.get("VerbForm") == "Inf"
    ]
    comps = [
        k
        for k in comps
        if k.rel != "obj" or self.quote_at(self.pos(k)) is not None or _clausal(sent, k)
    ]
    v = self.pos(verb)
    # «Кроме того, как стало известно, … заявили о …»: a connective or a «как»
    # parenthetical the parser hangs on the verb as parataxis is no content
    comps = [
        k
        for k in comps
        if k.rel != "parataxis"
        or self.pos(k) > v
        or self.quote_at(self.pos(k)) is not None
        or (
            any(t.pos in ("VERB", "AUX") for t in sent.subtree(k))
            and not any(c.rel == "mark" and c.text.lower() == "как" for c in sent.kids(k))
        )
    ]
    if (verb.lemma or "") in _MINED_ONLY:
        # a mined verb reports what its «что» clause says («следствие установило, что …»);
        # with an indirect question («показал, как заполнять бюллетень», «выяснили, где
        # …») it tells what was shown or found out, not a statement
        comps = [k for k in comps if not self._indirect_question(sent, k)]
    for comp in comps:
        q = self.quote_at(self.pos(comp))
        toks = [t for t in sent.subtree(comp) if t.rel != "mark" or t.head_id != comp.id]
        toks = [t for t in toks if not (t.text in ("что", "чтобы") and t.head_id == comp.id)]
        if toks and self.pos(toks[0]) < v < self.pos(toks[-1]):
            # a non-projective parse: keep the side of the verb the complement starts on
            toks = [t for t in toks if (self.pos(t) > v) == (self.pos(comp) > v)]
        # «сказал, что 60-дневная отсрочка «уместна»»: a quoted word or phrase inside the
        # clause is part of what is reported, not the whole of it
        if (
            q is not None
            and self.quote_at(v) is not q
            and (not toks or not self._words_outside(q, *self.span(toks)))
        ):
            return "direct", q.start, q.end
        if not toks:
            continue
        a, b = self.span(toks)
        if flags.REQUEST_ADDRESSEE and comp.rel == "xcomp":
            a = self._addressee_start(sent, verb, comp, subj, a)
        if len(self.text[a:b].split()) >= 2:
            qa = self.quote_at(a)
            if qa is not None and qa is self.quote_at(b - 1) and qa is not self.quote_at(v):
                return "direct", qa.start, qa.end
            if verb.feats.get("VerbForm") == "Part":
                return "indirect", a, b  # a participle's clause ends with its phrase
            return "indirect", a, self._that_clause_end(sent, comp, v, b)
    s_start, s_end = self.span(sent.tokens)
    after = self.text[v:s_end]
    # «X сказал ей: "…"» — a quote after a colon
    colon = re.match(r"[^:«»\"„“]*:\s*", after)
    if flags.COLON_MAIN_CLAUSE and self._of_antecedent(sent, verb):
        colon = None  # «записка, о которой говорил X:» — the colon is the main clause's
    if colon is not None and len(colon.group().split()) <= 6:
        q = self.quote_at(v + colon.end())
        if q is not None and q.words(self.text) >= 2:
            return "direct", q.start, q.end
        a, b = trim_span(self.text, v + colon.end(), s_end)
        if q is None and len(self.text[a:b].split()) >= 2:
            return "direct", a, b  # «Мама сказала: попробуй повоюй» — speech without marks

    raw_end = self.offset + int(sent.tokens[-1].stop)
    # (a colon between digits, «со счётом 15:13», «в 10:30», is no colon of speech)
    if re.fullmatch(r"(?:[^:«»\"„“.!?]|(?<=\d):(?=\d)){0,60}:\s*", self.text[v:raw_end]) and not (
        flags.COLON_MAIN_CLAUSE and self._of_antecedent(sent, verb)
    ):
        # «Источник РИА Новости сообщил:» ending its paragraph: the next paragraph is what
        # was said
        nxt = self._next_paragraph(raw_end)
        if nxt is not None:
            q = self.quote_at(nxt[0])
            if q is not None and q.start == nxt[0]:
                return "direct", q.start, q.end
            return "direct", nxt[0], nxt[1]
    # «…, — заявил X» / «…, заявил X»: the verb is a parenthetical on the clause it reports
    head = sent.head(verb)
    if (
        verb.rel in ("parataxis", "advcl")
        and head is not None
        and self.pos(head) < v
        and verb.feats.get("VerbForm") != "Conv"  # a gerund never reports its own head
    ):
        own = {t.id for t in sent.subtree(verb)}
        toks = [t for t in sent.subtree(head) if t.id not in own and self.pos(t) < v]
        a, b = trim_span(self.text, *self.span(toks))
        q = self.quote_at(a)
        if q is not None and q.end <= v:
            return "direct", q.start, q.end
        if len(self.text[a:b].split()) >= 2:
            return "indirect", a, b
    # «Как сообщила X, …»: the parenthetical comes first, the clause it reports after it
    if (
        verb.rel in ("parataxis", "advcl")
        and head is not None
        and self.pos(head) > v
        and any(k.rel == "mark" and k.text.lower() == "как" for k in kids)
    ):
        own = {t.id for t in sent.subtree(verb)}
        toks = [t for t in sent.subtree(head) if t.id not in own and self.pos(t) > v]
        if toks:
            a, b = trim_span(self.text, *self.span(toks))
            if len(self.text[a:b].split()) >= 2:
                return "indirect", a, b
    call = self._call_to(sent, verb, subj) if flags.REQUEST_ADDRESSEE else None
    if call is not None:
        return "indirect", *call
    # «подтвердила смерть командира», «сообщил о гибели 80 противников»: a noun content
    noun = self._noun_content(sent, verb, subj, skip)
    negated = any(k.text.lower() == "не" for k in kids)
    governor = sent.head(verb) if verb.rel == "xcomp" else None
    if governor is not None:
        # «не стал комментировать инцидент»: the verb it depends on is denied
        negated = negated or any(k.text.lower() == "не" for k in sent.kids(governor))
    if noun is not None and not negated and verb.feats.get("Tense") != "Fut":
        if (
            (noun.lemma or "") in ("это", "этот") and len(sent.subtree(noun)) <= 3
        ) or self._information_back(sent, verb, noun):
            # «Об этом сообщил журналистам»: what the sentence before says
            prev = (
                self._previous_paragraph(sent) if flags.BACKREF_PARAGRAPH else None
            ) or self._previous_sentence(sent)
            if prev is None:
                return None
            a, b = trim_span(self.text, *prev)
            return "indirect", a, b
        a, b = self.span(sent.subtree(noun))
        said = self._said_of(sent, verb, noun) if (verb.lemma or "") in EVALUATION_VERBS else []
        if (verb.lemma or "") in JUDGING_VERBS:
            said = self._judged_as(sent, verb, noun)
        if (verb.lemma or "") in AS_VERBS:
            said = self._as_phrase(sent, verb, noun)
        if flags.ANY_NOUN_OBJECT and not said and noun.rel == "obj":
            said = self._judged_as(sent, verb, noun)  # «объяснил решение усталостью»
        if said:
            b = max(b, self.span(sent.subtree(said[-1]))[1])
        if (verb.lemma or "") in EXPRESS_VERBS:
            # «выразил соболезнования в связи с кончиной …», «… признательность первому
            # секретарю за …»: what the attitude is for and to whom belongs to it
            rest = [
                k
                for k in kids
                if self.pos(k) > b and k.rel in ("obl", "iobj", "obj", "advcl") and k is not subj
            ]
            for k in rest:
                b = max(b, self.span(sent.subtree(k))[1])
        return "indirect", a, b
    if flags.ABOUT_AFTER and not negated and verb.feats.get("Tense") != "Fut":
        about = self._about_after(sent, verb)
        if about is not None:
            return "indirect", *about
    before = self.text[s_start:v].rstrip()
    subjects = [k for k in kids if k.rel in ("nsubj", "nsubj:pass")] or ([subj] if subj else [])
    subject_first = bool(subjects) and all(self.pos(k) < v for k in subjects)
    if before.endswith((",", ", —", ", –")) and len(before.split()) >= 3 and not subject_first:
        # «Предложения оформятся в указы, говорит источник» with the clauses parsed apart
        a, b = trim_span(self.text, s_start, s_start + len(before))
        q = self.quote_at(a)
        if q is not None and q.end <= v:
            return "direct", q.start, q.end
        return "indirect", a, b
    # «заявил вечером в среду, что …» with the что-clause parsed apart
    that = re.search(r",\s*что\s+", after)
    if that is not None and not any(
        (t.lemma or "") in SPEECH_VERBS and v < self.pos(t) < v + that.start() for t in sent.tokens
    ):
        a, b = trim_span(self.text, v + that.end(), s_end)
        if len(self.text[a:b].split()) >= 2:
            return "indirect", a, b
    # a quoted passage elsewhere in the sentence
    near = [
        q
        for q in self.quoted.starting(s_start, s_end + 2)
        if not q.start <= v < q.end and q.words(self.text) >= 3
    ]
    if near:
        q = min(near, key=lambda q: abs(q.start - v))
        return "direct", q.start, q.end
    return None


def _addressee_start(
    self: _Reader, sent: _Sent, verb: Any, comp: Any, subj: Any | None, a: int
) -> int:
    """Where a request's content starts: at the one asked, when the verb's object or
    indirect object stands between it and the infinitive («призвали Египет не запрещать
    …», «предлагало правительству Москвы разработать …») — who is asked to do what is
    the request (:data:`REQUEST_ADDRESSEE`)."""
    v, c = self.pos(verb), self.pos(comp)
    asked = [
        k
        for k in sent.kids(verb)
        if k.rel in ("obj", "iobj")
        and k is not subj
        and v < self.pos(k) < c
        and self.quote_at(self.pos(k)) is None
    ]
    if not asked:
        return a
    return min(a, *(self.span(sent.subtree(k))[0] for k in asked))


def _call_to(self: _Reader, sent: _Sent, verb: Any, subj: Any | None) -> tuple[int, int] | None:
    """«призвал бельгийцев к единству», «настаивает на своей невиновности», «обвинил
    мятежников в нападении»: the phrase of the preposition the verb governs is what it
    reports, with the one called on or accused before it (:data:`REQUEST_ADDRESSEE`,
    :data:`GOVERNED_CONTENTS`)."""
    preps = GOVERNED_PREPOSITIONS.get(verb.lemma or "") if flags.GOVERNED_CONTENTS else None
    if (verb.lemma or "") in CALL_VERBS:
        preps = ("к",)
    if preps is None:
        return None
    if verb.feats.get("VerbForm") not in ("Fin", "Conv") or verb.feats.get("Voice") == "Pass":
        return None  # «обвиняемый в убийстве», «обвинён в …»: the accused, not who accuses
    v = self.pos(verb)
    to = next(
        (
            k
            for k in sent.kids(verb)
            if k.rel == "obl"
            and self.pos(k) > v
            and any(
                c.rel == "case" and c.text.lower() in (*preps, *(p + "о" for p in preps))
                for c in sent.kids(k)
            )
            and not _time_or_amount(sent, k)
        ),
        None,
    )
    if to is None or self.quote_at(self.pos(to)) is not None:
        return None
    a, b = self.span(sent.subtree(to))
    asked = [
        k
        for k in sent.kids(verb)
        if k.rel == "obj" and k is not subj and v < self.pos(k) < self.pos(to)
    ]
    if asked:
        a = min(a, self.span(sent.subtree(asked[0]))[0])
    return trim_span(self.text, a, b)


def _time_or_amount(sent: _Sent, k: Any) -> bool:
    """«высказались за 15 минут до голосования», «за неделю», «за сто рублей»: a «за» of
    time or quantity is no stance; a numeral or a noun of time refuses it."""
    if not any(c.rel == "case" and c.text.lower() == "за" for c in sent.kids(k)):
        return False
    return (
        k.pos == "NUM"
        or (k.lemma or "").lower() in TIME_NOUNS
        or any(c.rel.startswith("nummod") or c.pos == "NUM" for c in sent.kids(k))
    )


def _about_after(self: _Reader, sent: _Sent, verb: Any) -> tuple[int, int] | None:
    """The «о …» phrase right after a speech verb, read from the words: «сообщили о браке»,
    «рассказал журналистам о планах клуба» (an addressee in the dative or an adverb may
    stand between), up to the clause's end; «о том, что …» is left to the clause rules."""
    toks = sorted((t for t in sent.tokens if self.pos(t) > self.pos(verb)), key=self.pos)
    between = 0
    for i, t in enumerate(toks):
        word = t.text.lower()
        if word in ("о", "об", "обо") and t.pos == "ADP":
            rest = toks[i + 1 :]
            if not rest or rest[0].text.lower() in ("том", "то", "чём", "чем", "котором"):
                return None
            end = None
            for r in rest:
                if r.pos == "PUNCT" and r.text in (",", ";", ":", ".", "!", "?", "(", "—", "–"):
                    q = self.quote_at(self.pos(r))
                    if q is None:
                        break
                end = r
            if end is None or not any(
                r.pos in ("NOUN", "PROPN") for r in rest[: rest.index(end) + 1]
            ):
                return None
            a, b = trim_span(self.text, self.pos(t), self.pos(end) + len(end.text))
            return (a, b) if self.quote_at(a) is None else None
        if between >= 2 or t.pos == "PUNCT":
            return None
        if t.pos == "ADV" or (t.pos in ("NOUN", "PROPN", "PRON") and t.feats.get("Case") == "Dat"):
            between += 1
            continue
        return None
    return None


def _words_outside(self: _Reader, q: QuotedSpan, a: int, b: int) -> bool:
    """Whether the clause ``a``–``b`` holds two or more words outside the quoted span
    ``q`` (its subject, its object): then the quote is a part of the clause."""
    outside = self.text[a : max(a, q.start)] + " " + self.text[min(b, q.end) : b]
    return len(re.findall(r"\w+", outside)) >= 2


def _next_paragraph(self: _Reader, end: int) -> tuple[int, int] | None:
    """The paragraph starting on the line after ``end`` (a colon ending a paragraph)."""
    newline = self.text.find("\n", end)
    if newline < 0 or self.text[end:newline].strip():
        return None
    start = newline
    while start < len(self.text) and self.text[start].isspace():
        start += 1
    if start >= len(self.text) or self.text[newline:start].count("\n") > 2:
        return None
    stop = self.text.find("\n", start)
    a, b = trim_span(self.text, start, len(self.text) if stop < 0 else stop)
    return (a, b) if len(self.text[a:b].split()) >= 2 else None


def _previous_paragraph(self: _Reader, sent: _Sent) -> tuple[int, int] | None:
    """«… закрылся старейший кинотеатр города. Ему было 60 лет. / Об этом сообщил его
    директор»: a back-reference opening its paragraph refers to the paragraph before as a
    whole (up to three sentences), not only to its last sentence."""
    before, here = self._before_captions(self.pos(sent.tokens[0]))
    if not before or "\n" not in self.text[before[-1][1] : here]:
        return None
    if self.text[before[-1][1] : here].count("\n") > 2:
        return None
    par = [before[-1]]
    for a, b in reversed(before[:-1]):
        if "\n" in self.text[b : par[0][0]]:
            break
        par.insert(0, (a, b))
    if len(par) > 3:
        return None
    if len(par) > 1 and any(self._reports_speech(a, b) for a, b in par):
        # «Директор сказал, что … . Завод откроется в мае. / Об этом сообщил губернатор»: a
        # paragraph that names its own speaker is not one report; the sentence before is
        return None
    return trim_span(self.text, par[0][0], par[-1][1])


def _reports_speech(self: _Reader, a: int, b: int) -> bool:
    """Whether the parsed sentence starting in ``[a, b)`` holds a verb of saying of its own."""
    for s in self.every:
        if s.tokens and a <= self.pos(s.tokens[0]) < b:
            return any(t.pos == "VERB" and (t.lemma or "") in HAND_SPEECH_VERBS for t in s.tokens)
    return False


def _before_captions(self: _Reader, here: int) -> tuple[list[tuple[int, int]], int]:
    """The sentences before ``here``, less the caption or heading lines just before it
    («…покинет клуб летом. / Андрей Климов / Об этом Климов сообщил …»): a line of a few
    words with no sentence's closing mark is a photo's caption or a heading, not a
    statement a back-reference points to (:data:`SKIP_CAPTIONS`).  Also where the
    earliest line skipped starts (``here`` when none was)."""
    before = [(a, b) for a, b in self.all_spans if b <= here]
    skipped = 0
    while (
        flags.SKIP_CAPTIONS and len(before) > 1 and skipped < 2 and self._caption_line(*before[-1])
    ):
        here = before.pop()[0]
        skipped += 1
    return before, here


def _caption_line(self: _Reader, a: int, b: int) -> bool:
    """A line of its own, of at most :data:`CAPTION_WORDS` words, that no sentence's
    closing mark ends (a caption under a photo, a heading)."""
    line_start = self.text.rfind("\n", 0, a) + 1
    line_end = self.text.find("\n", b)
    line_end = len(self.text) if line_end < 0 else line_end
    if self.text[line_start:a].strip() or self.text[b:line_end].strip():
        return False
    said = self.text[a:b].strip()
    return bool(said) and len(said.split()) <= flags.CAPTION_WORDS and said[-1] not in '.!?…»"”:;)'


def _previous_sentence(self: _Reader, sent: _Sent) -> tuple[int, int] | None:
    before, here = self._before_captions(self.pos(sent.tokens[0]))
    if not before:
        return None
    a, b = before[-1]
    if self.text[b:here].count("\n") > 2:
        return None
    return trim_span(self.text, a, b)
