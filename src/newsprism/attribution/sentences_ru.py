"""A Russian sentence's attributions (a method group of :class:`.quotes_ru._Reader`): the cues
of a sentence, an outlet's relay, the split at a colon or the author's words, relayed words,
and the paragraphs and quotes a colon introduces.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from . import flags_ru as flags
from .lexicon_ru import (
    _OUTLET_TAIL,
    _POSSESSIVES,
    ACCORDING_NOUNS,
    AS_VERBS,
    BELIEF_ADJECTIVES,
    CARRIED_NOUNS,
    CRITICISM_NOUNS,
    EXPRESS_VERBS,
    INFORMATION_NOUNS,
    OUTLET_VERBS,
    READ_VERBS,
    REFLEXIVE_SPEECH,
    REQUEST_NOUNS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
)
from .model import Found
from .quotemarks import trim_span
from .tokens_ru import _parenthetical, _Sent, s_end_trimmed

if TYPE_CHECKING:
    from .quotes_ru import _Reader


# -- cues --------------------------------------------------------------------------------


def sentence(self: _Reader, sent: _Sent, dash_span: tuple[int, int] | None) -> list[Found]:
    out: list[Found] = []
    for tok in sent.tokens:
        lemma = (tok.lemma or "").lower()
        p = self.pos(tok)
        in_dash = dash_span is not None and dash_span[0] <= p < dash_span[1]
        if in_dash:
            continue
        f = None
        po = lemma in ACCORDING_NOUNS and any(k.text.lower() == "по" for k in sent.kids(tok))
        if po or self._according_to(sent, tok):
            f = self.according(sent, tok)
        elif tok.pos == "NOUN" and (
            lemma in SPEECH_NOUNS
            or lemma in REQUEST_NOUNS
            or (flags.CRITICISM and lemma in CRITICISM_NOUNS)
            or (flags.REPORTING_NOUNS and lemma in self.reporting)
        ):
            f = self.speech_noun(sent, tok)
        elif flags.REPORTING_NOUNS and tok.pos == "NOUN" and lemma in CARRIED_NOUNS:
            f = self.speech_noun(sent, tok, carried_only=True)
        elif lemma in READ_VERBS and tok.pos == "VERB":
            f = self.read_out(sent, tok)
        elif tok.text.lower() == "известно" and tok.pos in ("ADJ", "VERB", "ADV"):
            f = self.known(sent, tok)
        elif _parenthetical(tok) and not self._gerund_cue(sent, tok):
            f = None
        elif flags.REFLEXIVE_REPORTS and tok.pos == "VERB" and lemma in REFLEXIVE_SPEECH:
            f = self.verb_cue(sent, tok) if self._reflexive_report(sent, tok) else None
        elif (
            (
                lemma in SPEECH_VERBS
                or lemma in EXPRESS_VERBS
                or (lemma in AS_VERBS and self._as_object(sent, tok) is not None)
            )
            and tok.pos == "VERB"
            or (lemma in BELIEF_ADJECTIVES or tok.text.lower() in BELIEF_ADJECTIVES)
            or self._light_noun(sent, tok) is not None
        ):
            f = self.verb_cue(sent, tok)
        if (
            f is not None
            and flags.COLON_MAIN_CLAUSE
            and re.fullmatch(r"(?:о|об|обо)\s+котор\w+", self.text[f.start : f.end], re.I)
        ):
            f = None  # «о котором говорил X»: what was said is not in the sentence
        if f is not None:
            parts = self._split_at_author(self._relayed(sent, f), tok)
            if len(parts) > 1:
                self.split.add((f.start, f.end))
            if flags.COLON_SPLIT and len(parts) == 1:
                parts = self._split_at_colon(parts[0])
            out.extend(parts)
            back = self._back_before_colon(sent, tok, parts)
            if back is not None:
                out.append(back)
    if not out:
        f = self.colon_quote(sent)
        if f is not None:
            out.append(f)
    for f in out:
        if f.source is not None or f.kind != "direct" or f.cue is None:
            continue
        # «X рассказал, что назвали его так случайно: «…»»: a colon quote cued by a verb
        # with no subject inside what another cue of the sentence reports is that cue's
        outer = next(
            (
                g
                for g in out
                if g is not f
                and g.source is not None
                and g.start <= f.cue[0] < g.end
                and ":" in self.text[f.cue[1] : f.start]
            ),
            None,
        )
        if outer is not None and outer.source is not None:
            f.source, f.cue = replace(outer.source), outer.cue
            if outer.end > f.start:
                colon = self.text.rfind(":", outer.start, f.start)
                outer.end = trim_span(self.text, outer.start, colon)[1]
    if flags.INFORMATION_THEN_WORDS:
        for f in out:
            self._words_after_information(sent, f)
    if flags.ACCORDING_OWN_CLAUSE:
        self._cut_at_according(sent, out)
    if flags.OUTLET_RELAY or flags.OUTLET_TAIL_CUT:
        out = self._outlet_relays(sent, out)
    return out


def _words_after_information(self: _Reader, sent: _Sent, f: Found) -> None:
    """«Эту информацию подтвердил X, сославшись на письмо: «…»»: where a confirmation's
    object only points back («эту информацию», «эти данные») and a colon after it opens a
    quote, the quote is what X says (the statement before is not taken: see
    :meth:`_information_back`); the pointing words alone are no content."""
    if f.cue is None or f.source is None or f.kind != "indirect":
        return
    toks = [t for t in sent.tokens if f.start <= self.pos(t) < f.end and t.pos != "PUNCT"]
    if not 2 <= len(toks) <= 3 or (toks[-1].lemma or "").lower() not in INFORMATION_NOUNS:
        return
    if (toks[0].lemma or "").lower() not in ("этот", "данный", "такой", "тот"):
        return
    s_end = self.span(sent.tokens)[1]
    colon = self.text.find(":", max(f.cue[1], f.end), s_end)
    if colon < 0:
        return
    q = next((q for q in self.quoted if q.start > colon), None)
    if q is None or self.text[colon + 1 : q.start].strip():
        return
    f.kind, f.start, f.end = "direct", q.start, q.end


def _outlet_relays(self: _Reader, sent: _Sent, out: list[Found]) -> list[Found]:
    """«Губернатор заверил, что …, сообщает РИА «Новости»», «Экологи потребовали …, пишут
    «Ведомости»»: a present-tense outlet verb after the words it reports, closing the
    sentence with nothing but its subject after it, over a clause whose own verb of saying
    has a speaker of its own, passes that speaker's words on.  The outlet's attribution of
    the whole clause goes; the inner one keeps its words (cut where the outlet's cue
    begins, where the parser ran them over it) and the outlet as who relays them."""
    s_end = self.span(sent.tokens)[1]
    by_start = {self.pos(t): t for t in sent.tokens}
    for f in list(out):
        if not flags.OUTLET_RELAY or f.cue is None or f.cue[0] < f.end or len(out) < 2:
            continue
        if self.text[f.cue[0] : f.cue[1]].lower().replace("ё", "е") not in OUTLET_VERBS:
            continue
        if not re.fullmatch(r"\s*,\s*(?:как\s+)?", self.text[f.end : f.cue[0]]):
            continue
        tail = self.text[f.cue[1] : s_end]
        words = re.findall(r"\w+", tail)
        if not words or len(words) > flags.OUTLET_TAIL_WORDS or "," in tail:
            continue
        inner = [
            g
            for g in out
            if g is not f
            and g.cue is not None
            and f.start <= g.cue[0] < f.end
            and g.source is not None
            and g.source.text.strip()
            and getattr(by_start.get(g.cue[0]), "pos", None) == "VERB"
        ]
        if not inner:
            continue
        out.remove(f)
        relay = f.source if f.source is not None and f.source.text.strip() else None
        for g in inner:
            if g.end > f.end:
                g.end = f.end
            if g.relayed_by is None and relay is not None:
                # an official the outlet reports on may be named before («Губернатор»)
                g.relayed_by, g.relayed_report = replace(relay), True
    for f in out:
        # «Министерство заявило о том, что …, передаёт «Интерфакс»» with no cue of the
        # outlet's own: its trailing cue is no part of the words reported
        if f.cue is None or f.cue[0] >= f.end or f.end != s_end_trimmed(self.text, s_end):
            continue
        m = _OUTLET_TAIL.search(self.text, f.cue[1], f.end)
        if m is None or m.end() != f.end:
            continue
        if m.group("verb").lower().replace("ё", "е") not in OUTLET_VERBS:
            continue
        if len(re.findall(r"\w+", m.group("who"))) > flags.OUTLET_TAIL_WORDS:
            continue
        f.end = trim_span(self.text, f.start, m.start())[1]
    return out


def _back_before_colon(self: _Reader, sent: _Sent, verb: Any, parts: list[Found]) -> Found | None:
    """«Умер композитор X. / Об этом сообщил его сын: / Отец ушёл тихо …»: a back-reference
    whose colon opens the speaker's own words reports the statement before it as well
    (:data:`BACKREF_COLON`, twenty-seventh session) — the paragraph after the colon is one
    attribution, what «об этом» points to another, by the same speaker."""
    if not flags.BACKREF_COLON or len(parts) != 1:
        return None
    f = parts[0]
    source = f.source
    if source is None:
        return None
    s_end = self.offset + int(sent.tokens[-1].stop)
    if f.start < s_end or not self.text[:s_end].rstrip().endswith(":"):
        return None
    pointing = any(
        (k.lemma or "").lower() in ("это", "этот")
        and any(c.rel == "case" and c.text.lower() in ("о", "об") for c in sent.kids(k))
        for k in sent.kids(verb)
    )
    if not pointing:
        return None
    prev = self._previous_paragraph(sent) or self._previous_sentence(sent)
    if prev is None:
        return None
    a, b = trim_span(self.text, *prev)
    if len(self.text[a:b].split()) < 2:
        return None
    if self._reports_speech(a, b) or re.search(r"«[^»]*\w+\W+\w+\W+\w+[^»]*»", self.text[a:b]):
        # «Агентство приводит слова рабочего: «…». / Об этом сообщила прокуратура:» — a
        # statement that already carries someone's words is theirs, not what «об этом» points
        # to (reviewer)
        return None
    return replace(f, kind="indirect", start=a, end=b, source=replace(source))


def _split_at_colon(self: _Reader, f: Found) -> list[Found]:
    """«Директор заявил, что огорчён решением: «Мы готовили этот проект три года …»»: a reported
    clause that a colon closes and a quote follows is two attributions of one speaker —
    the clause in his reported words, the quote in his own — not one content running over
    the colon into the quote."""
    if f.kind != "indirect" or f.cue is None or f.cue[1] > f.start:
        return [f]
    # the colon inside the content, or right after it («…готова к игре: «…»»)
    tail = re.match(r"[\s»\"]*:", self.text[f.end : f.end + 4])
    end = f.end + tail.end() + 4 if tail else f.end
    for m in re.finditer(r":\s*(?:''\s*)?", self.text[f.start : end]):
        colon, after = f.start + m.start(), f.start + m.end()
        q = self.quote_at(after)
        if q is None or q.start < after - 1 or q.words(self.text) < 2:
            continue
        a, b = trim_span(self.text, f.start, colon)
        if len(self.text[a:b].split()) < 2:
            return [f]
        source = replace(f.source) if f.source is not None else None
        relay = replace(f.relayed_by) if f.relayed_by is not None else None
        return [
            replace(f, start=a, end=b),
            replace(f, kind="direct", start=q.start, end=q.end, source=source, relayed_by=relay),
        ]
    return [f]


def _split_at_author(self: _Reader, f: Found, verb: Any) -> list[Found]:
    """«Я знала, что потеряю статус, — рассказала принцесса. — Но я готова»: a quote
    interrupted by the author's words is two quotes of one speaker, the author's words in
    neither."""
    q = self.quote_at(f.cue[0]) if f.kind == "direct" and f.cue is not None else None
    if q is None or (q.start, q.end) != (f.start, f.end):
        return [f]
    words = self._author_words(q, verb)
    if words is None:
        return [f]
    first = trim_span(self.text, f.start, words[0])
    second = trim_span(self.text, words[1], f.end)
    if min(len(self.text[a:b].split()) for a, b in (first, second)) < 2:
        return [f]
    relay = replace(f.relayed_by) if f.relayed_by is not None else None
    again = replace(f.source) if f.source is not None else None
    return [
        replace(f, start=first[0], end=first[1]),
        replace(f, start=second[0], end=second[1], source=again, relayed_by=relay),
    ]


def _relayed(self: _Reader, sent: _Sent, f: Found) -> Found:
    """«сообщает «Медиазона» со ссылкой на пресс-секретаря ФБК», «Как передаёт РИА
    «Новости» со ссылкой на местную газету, …», «сообщил Reuters, ссылаясь на источники»: the
    words are the referred-to party's, the outlet only relays them.  Found by the grammar of the phrase («со ссылкой» in the
    instrumental with «на» + accusative), wherever the parser hung it, when it stands
    beside the cue — between the cue and the content, or opening the content."""
    if f.cue is None:
        return f
    for tok in sent.tokens:
        kids = sent.kids(tok)
        lemma = (tok.lemma or "").lower()
        if lemma == "ссылка" and tok.feats.get("Case") == "Ins":
            if not any(k.rel == "case" and k.text.lower() in ("со", "с") for k in kids):
                continue
            rels: tuple[str, ...] = ("nmod",)
        elif (
            flags.REFERRING_GERUND
            and lemma in ("ссылаться", "сослаться")
            and tok.feats.get("VerbForm") == "Conv"
        ):
            # «сообщил Reuters, ссылаясь на источники»: the gerund of the same phrase
            rels = ("obl", "nmod")
        else:
            continue
        target = next(
            (
                k
                for k in kids
                if k.rel in rels
                and k.pos in ("NOUN", "PROPN", "PRON")
                and (k.lemma or "").lower() != "то"  # «ссылаясь на то, что …»: a reason
                and any(c.rel == "case" and c.text.lower() == "на" for c in sent.kids(k))
            ),
            None,
        )
        if target is None:
            continue
        # the phrase ends at a comma: the parser may hang the clause's subject on the name
        comma = next(
            (self.pos(t) for t in sent.tokens if t.text == "," and t.start > tok.start),
            len(self.text),
        )
        phrase = [t for t in sent.subtree(tok) if self.pos(t) < comma]
        a, b = self.span(phrase)
        if self.quote_at(a) is not None:
            continue
        if rels != ("nmod",) and ":" in self.text[a : self.span(sent.subtree(target))[1] + 2]:
            # «подтвердил X, сославшись на письмо дирекции: «…»»: the colon opens X's own
            # words, which the gerund only backs (:func:`_words_after_information`)
            continue
        near = max(f.cue[1], f.source.end if f.source is not None else f.cue[1])
        opens = f.start <= a and not self.text[f.start : a].strip(" ,")
        beside = (b <= f.start or a >= f.end) and 0 <= a - near <= 40
        if not (opens or beside):
            continue
        ref = self._without_case(sent, target, None)
        if ref.end > b:
            ref.end = b
            ref.text = self.text[ref.start : b]
        if opens:
            rest = re.match(r"[\s,]*", self.text[b : f.end])
            start = b + (rest.end() if rest else 0)
            if start >= f.end:
                return f
            f.start = start
        elif f.cue[1] <= a and b <= f.start:
            # «Как передаёт X со ссылкой на Y, Сомов …»: the content is the whole clause
            # after the comma (the parser may have hung its first words on the name)
            gap = re.fullmatch(r"(\s*,\s*)[^,.;:«»—–]*", self.text[b : f.start])
            if gap is not None:
                f.start = b + gap.end(1)
        f.relayed_by, f.source = f.source, ref
        return f
    return f


def known(self: _Reader, sent: _Sent, word: Any) -> Found | None:
    """«Стало известно, что …», «Известно, что …», «стало известно о …»: a report with no
    agent — an attribution whose source is nobody (not the person named nearby).  Not
    «как известно» (common knowledge), «не известно», nor someone's knowledge («ему
    известно», «известно полиции»: a dative is who knows)."""
    head = sent.head(word)
    became = (
        head is not None and word.rel == "xcomp" and (head.lemma or "") in ("стать", "становиться")
    )
    kids = sent.kids(word) + (sent.kids(head) if became and head is not None else [])
    if any(k.text.lower() in ("как", "не") for k in kids):
        return None
    if any(
        (k.rel == "iobj" or k.feats.get("Case") == "Dat") and k.pos in ("NOUN", "PROPN", "PRON")
        for k in kids
    ):
        return None
    content = self.content(sent, word, None)
    if content is None and became and head is not None:
        content = self.content(sent, head, None)
    if content is None:
        return None
    kind, a, b = content
    if a < self.pos(word) or len(self.text[a:b].split()) < 2:
        return None  # the content follows «известно»; «известный как …» is no report
    start = self.pos(word)
    aux = [k for k in kids if k.rel in ("cop", "aux") and self.pos(k) < start]
    if became and head is not None and self.pos(head) < start:
        start = self.pos(head)
    elif aux:
        start = self.pos(aux[0])
    return Found(kind, a, b, (start, self.offset + int(word.stop)), None)


def colon_paragraph(self: _Reader, sent: _Sent, here: list[Found]) -> Found | None:
    """A sentence closing its paragraph with a colon introduces the next paragraph:
    «Компания заявила, что обжалует решение:», «Об этом написали на странице
    театра в соцсети:», «Режиссёр изложил свой принцип:».  Spoken by the cue found in
    the sentence (beside its own content), or else by the named subject of the clause
    before the colon (the colon, not the verb, introduces the speech)."""
    if sent.tokens[-1].text != ":":
        return None
    nxt = self._next_paragraph(self.offset + int(sent.tokens[-1].stop))
    if nxt is None or any(f.start <= nxt[0] < f.end for f in here):
        return None
    a, b = nxt
    q = self.quote_at(a)
    if q is not None and q.start == a:
        a, b = q.start, q.end
    cued = [f for f in here if f.cue is not None and not f.continues_previous]
    if flags.COLON_MAIN_CLAUSE:
        cued = [f for f in cued if not self._about_antecedent(sent, f)]
    if cued:
        f = cued[-1]
        source = replace(f.source) if f.source is not None else None
        relay = replace(f.relayed_by) if f.relayed_by is not None else None
        return Found("direct", a, b, f.cue, source, relayed_by=relay)
    according = self._colon_according(sent, a, b) if flags.COLON_ACCORDING else None
    if according is not None:
        return according
    verb = next(
        (
            t
            for t in reversed(sent.tokens)
            if t.pos == "VERB" and not (flags.COLON_MAIN_CLAUSE and t.rel == "acl:relcl")
        ),
        None,
    )
    if verb is None or verb.feats.get("Tense") == "Fut" or self.quote_at(self.pos(verb)):
        return None
    subj = next((c for c in sent.kids(verb) if c.rel == "nsubj"), None)
    if subj is None:
        return None
    source = self.source(sent, subj, verb)
    if source.kind not in ("name", "organization"):
        return None
    return Found("direct", a, b, self.cue_span(sent, verb), source)


def _about_antecedent(self: _Reader, sent: _Sent, f: Found) -> bool:
    """«записка, о которой говорил продюсер:»: a verb of saying in a relative clause
    whose «который» is not its subject speaks about the antecedent; the colon closing the
    sentence introduces the main clause's words, not that verb's."""
    if f.cue is None:
        return False
    verb = next((t for t in sent.tokens if self.pos(t) == f.cue[0]), None)
    return verb is not None and self._of_antecedent(sent, verb)


def _of_antecedent(self: _Reader, sent: _Sent, verb: Any) -> bool:
    """Whether ``verb`` heads a relative clause whose «который» is not its subject («о
    котором говорил», «которое назвал»)."""
    if verb.rel != "acl:relcl":
        return False
    which = next((k for k in sent.kids(verb) if (k.lemma or "").lower() == "который"), None)
    return which is not None and which.rel != "nsubj"


def _colon_according(self: _Reader, sent: _Sent, a: int, b: int) -> Found | None:
    """«По её словам:» or «По словам врача:» closing a paragraph: the next paragraph is
    the words of the one the phrase names (the phrase holds no content of its own)."""
    for noun in sent.tokens:
        by = next((k for k in sent.kids(noun) if k.text.lower() == "по"), None)
        if by is None or (noun.lemma or "").lower() not in ACCORDING_NOUNS:
            continue
        owners = self._owners(sent, noun)
        k = sent.tokens.index(noun)
        if not owners and k > 0 and sent.tokens[k - 1].text.lower() in _POSSESSIVES:
            owners = [sent.tokens[k - 1]]  # «По её словам:» parsed with no det
        if not owners:
            return None
        cue = (self.pos(by), self.offset + int(noun.stop))
        self.colon_led.add((a, b))
        return Found("direct", a, b, cue, self.source(sent, owners[0]))
    return None


def colon_quote(self: _Reader, sent: _Sent) -> Found | None:
    """«Глава округа Ирина Лаптева поблагодарила волонтёров в соцсети: «Спасибо …»»: a quote
    after a colon closing a clause whose subject is named (a person or a body) is that
    subject's, whatever the verb — the colon, not the verb, introduces the speech."""
    for k, colon in enumerate(sent.tokens):
        if colon.text != ":" or k == 0:
            continue
        end = self.pos(colon) + 1
        gap = re.match(r"\s*", self.text[end:])
        q = self.quote_at(end + (gap.end() if gap else 0))
        if q is None or q.start < end or q.words(self.text) < 4:
            continue
        verb = None
        for t in reversed(sent.tokens[:k]):
            if t.text in ("—", "«", "»", '"') or self.quote_at(self.pos(t)) is not None:
                break
            if t.pos == "VERB":
                verb = t
                break
        if verb is None and flags.NAME_COLON_LINE:
            f = self._name_colon_line(sent, k, q)
            if f is not None:
                return f
        subj = verb and next((c for c in sent.kids(verb) if c.rel == "nsubj"), None)
        if verb is None or subj is None or verb.feats.get("Tense") == "Fut":
            continue
        source = self.source(sent, subj, verb)
        if source.kind in ("name", "organization"):
            return Found("direct", q.start, q.end, self.cue_span(sent, verb), source)
    return None


#: the marks that end a sentence, inside the quote or after it («…». «…!»)
_CLOSED = re.compile(r"[.!?…]")


def _name_colon_line(self: _Reader, sent: _Sent, k: int, q: Any) -> Found | None:
    """«Глава компании Андрей Зуев: «Мы не планируем сокращать персонал».»: a sentence that
    is only a name (a person or a body, with its role) before a colon and a quote that closes
    it is that speaker's quote with no verb — the line form of interviews, live blogs and wire
    copy.  A headline written so («Меркель: «…»») ends without a full stop and is left alone,
    as is a colon after anything but a name in the nominative («Фото: …», «Партнёры по
    проекту: «Газпром», …»: the quote does not close the sentence)."""
    before = sent.tokens[:k]
    if any(t.pos in ("VERB", "AUX") or t.text in (":", "—", "–", ";") for t in before):
        return None
    tail = self.text[q.end : self.offset + int(sent.tokens[-1].stop)]
    if re.search(r"\w", tail) or not (
        _CLOSED.search(tail) or _CLOSED.search(self.text[q.inner_end - 1 : q.inner_end])
    ):
        return None
    ids = {t.id for t in before}
    heads = [t for t in before if t.head_id not in ids and t.pos != "PUNCT"]
    if len(heads) != 1 or heads[0].pos not in ("NOUN", "PROPN"):
        return None
    if heads[0].feats.get("Case", "Nom") != "Nom":
        return None
    source = self.source(sent, heads[0])
    colon = self.pos(sent.tokens[k])
    # a person described by their post («Министр труда области: «…»») speaks; a thing
    # described («Вместо клипа теперь надпись: «…»») is shown, not heard
    person = source.kind == "description" and heads[0].feats.get("Animacy") == "Anim"
    if not (source.kind in ("name", "organization") or person) or source.end > colon:
        return None
    return Found("direct", q.start, q.end, (colon, colon + 1), source)
