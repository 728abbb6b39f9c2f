"""A Russian verb of saying as a cue (a method group of :class:`.quotes_ru._Reader`): its
subject, however the parse left it (dropped, coordinated, adjacent, after the verb, a passive's
agent, a gerund's main verb), and whose words a verb of quoting names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from . import flags_ru as flags
from .lexicon_ru import (
    _POSSESSIVES,
    AUTHOR_MODALS,
    BLAME_NOUNS,
    BRINGING_VERBS,
    DENIAL_VERBS,
    INFORMATION_NOUNS,
    LIGHT_CUES,
    NEGATED_REPORTS,
    NOT_AGENTS,
    QUOTED_WORDS,
    QUOTING_VERBS,
    SPEECH_VERBS,
    _impersonal,
)
from .model import Found, QuoteKind, SourceRef
from .quotemarks import QuotedSpan, trim_span
from .roles import RU_DOCUMENTS
from .tokens_ru import (
    _after_addressee,
    _common_person_noun,
    _morph_vocab,
    _nominative,
    _nominative_agreeing,
    _number_clash,
    _Sent,
)

if TYPE_CHECKING:
    from .quotes_ru import _Reader


def verb_cue(self: _Reader, sent: _Sent, verb: Any) -> Found | None:
    outer = self.quote_at(self.pos(verb))
    kids = sent.kids(verb)
    head = sent.head(verb)
    if (
        verb.feats.get("VerbForm") == "Inf"
        and verb.rel in ("csubj", "xcomp")
        and head is not None
        and (head.lemma or "").lower() in AUTHOR_MODALS
    ):
        return None  # «Следует отметить, что …», «Стоит заметить»: the author's aside
    subj = self._own_subject(sent, verb, ("nsubj", "nsubj:pass"))
    node, hops = verb, 0
    while subj is None and hops < 3:
        # «… и добавил», «покинул зал, заявив: …», «успел заявить, что …»: the subject of
        # the verb this one is coordinated with or depends on
        head = sent.head(node)
        if head is None or node.rel not in ("conj", "advcl", "xcomp"):
            break
        if node.rel != "conj" and node.feats.get("VerbForm") not in ("Conv", "Inf"):
            break
        subj = self._own_subject(sent, head, ("nsubj",))
        node, hops = head, hops + 1
        if subj is not None and flags.SUBJECT_AFTER and _number_clash(verb, subj):
            # «X умер …, сообщили его дочери»: a plural verb joined to a singular one
            # (or the reverse) is no second verb of the same subject
            subj = None
            break
    if subj is None and verb.feats.get("VerbForm") == "Conv":
        subj = self._gerund_subject(sent, verb)
    shared = None
    if subj is None and flags.SHARED_SUBJECT and outer is None:
        subj = shared = self._coordinated_subject(sent, verb)
    if subj is None and verb.feats.get("VerbForm") == "Part" and verb.rel.startswith("acl"):
        # «Украина, считающая этот кредит …», «депутат, заявивший о …»: a participle
        # speaks for the noun it describes
        noun = sent.head(verb)
        if noun is not None and noun.pos in ("NOUN", "PROPN") and self.pos(noun) < self.pos(verb):
            subj = noun
    # a passive participle describing a noun («информация, переданная X», «предложенные
    # ему условия») is left to the noun: only a finite or predicative passive is read
    agent = (
        self._passive_agent(sent, verb)
        if flags.PASSIVE_AGENT and not verb.rel.startswith("acl")
        else None
    )
    if agent is not None and (subj is None or subj.rel == "nsubj:pass"):
        subj = agent
    if subj is None and flags.ADJACENT_SUBJECT:
        subj = self._adjacent_subject(sent, verb)
    if subj is None and flags.SUBJECT_AFTER:
        subj = self._subject_after(sent, verb)
    if (
        subj is not None
        and subj.text.lower() in ("я", "мы", "ты", "вы")
        and outer is not None
        and self._author_words(outer, verb) is None
    ):
        return None
    if verb.feats.get("Tense") == "Fut" and outer is None:
        return None  # «скажут», «заявит»: speech to come is not a report of speech
    cue = self.cue_span(sent, verb)
    light = self._light_noun(sent, verb)
    if light is not None:
        cue = (cue[0], max(cue[1], self.offset + int(light.stop)))
    if flags.BACKREF_LIGHT and light is not None and self._pointing_back(sent, light):
        # «Польша продолжит … . С данным заявлением выступил министр X»: what the sentence
        # before says, as «Об этом заявил X»
        prev = (
            self._previous_paragraph(sent) if flags.BACKREF_PARAGRAPH else None
        ) or self._previous_sentence(sent)
        content: tuple[QuoteKind, int, int] | None = None
        if prev is not None:
            pa, pb = trim_span(self.text, *prev)
            content = ("indirect", pa, pb)
    elif flags.BLAME and light is not None and (light.lemma or "") in BLAME_NOUNS:
        # with no one putting it, «на министра возложили ответственность за …» hands a duty
        # over rather than blames, and a thing does not blame («присуждение премии возлагает
        # на неё ответственность»): a name, a pronoun or a noun for the living puts blame
        blamer = subj is not None and (
            subj.pos in ("PROPN", "PRON") or (subj.feats or {}).get("Animacy") == "Anim"
        )
        content = self._blamed(sent, verb, light) if blamer else None
    else:
        content = self.content(sent, verb, subj, skip=light)
    if content is None:
        return None
    kind, a, b = content
    if shared is not None and a <= self.pos(shared) < b:
        # «Жители остались без света, сообщили журналистам»: the verb before is what this
        # one reports, not a verb it is joined to; its subject is no speaker
        subj = None
    if (
        kind == "indirect"
        and any(self._denies(k) for k in kids)
        and (verb.lemma or "") not in NEGATED_REPORTS
    ):
        return None  # «никому об этом не сообщала, поэтому …»: a report denied
    if (
        verb.feats.get("VerbForm") == "Part"
        and verb.feats.get("Voice") != "Act"
        and not self._clause_content(sent, verb, a)
    ):
        return None  # «объявлен государственным праздником»: a passive reports a clause
    # two clauses parsed as one may give the verb two subjects: the one outside the content
    subjects = [k for k in kids if k.rel in ("nsubj", "nsubj:pass")]
    if (subj is not agent or agent is None) and (
        subj is None or a <= self.pos(subj) < b or not flags.ADJACENT_SUBJECT
    ):
        subj = next((k for k in subjects if not a <= self.pos(k) < b), subj)
    source = self.source(sent, subj, verb) if subj is not None else None
    if source is not None and subj is agent and source.start < a < source.end:
        # «сообщено пресс-службой: …» parsed with the colon's clause under the agent
        source.end = trim_span(self.text, source.start, a)[1]
        source.end = source.start + len(self.text[source.start : source.end].rstrip(" :,—–-"))
        source.text = self.text[source.start : source.end]
    if source is not None and subj is agent and source.kind not in ("name", "pronoun"):
        # the agent is in the instrumental: the speaker table names it in the nominative
        words = [t for t in sent.tokens if source.start <= self.pos(t) < source.end]
        words = self._role_tokens(words)
        source.normal = _nominative(words, _morph_vocab(), lower=False) or source.normal
    if source is not None and a <= source.start < b and not a <= self.pos(verb) < b:
        # a misparse put the subject inside the content: the conjoined verb's own subject
        head = sent.head(verb)
        ok = verb.rel == "conj" and head is not None and head.pos in ("NOUN", "PROPN")
        source = self.source(sent, head, verb) if ok else None
        if source is not None and a <= source.start < b:
            source = None
    if source is None and subj is None:
        source = self.place_source(sent, verb)
    if (
        source is None
        and subj is None
        and flags.GERUND_PLACE
        and verb.feats.get("VerbForm") == "Conv"
    ):
        # «В министерстве опровергли эту информацию, напомнив, что …»: a gerund speaks
        # through its main verb's place as it would through its subject
        main = self._main_verb(sent, verb)
        if main is not None:
            source = self.place_source(sent, main)
    if source is None and subj is None and outer is None:
        source = self._dropped_subject(verb)
    found = Found(kind, a, b, cue, source)
    party = self._quoted_party(sent, verb, subj, a, b)
    if party is not None:
        # «— цитирует издание мать пограничника»: the words are the mother's, relayed
        found.relayed_by, found.source = source, self.source(sent, party, None)
    if outer is not None:
        if self._author_words(outer, verb) is not None:
            # «“A, — говорится в заявлении. — B”»: the author's words inside the marks
            return Found("direct", outer.start, outer.end, cue, source)
        if subj is None or not (outer.start <= a and b <= outer.end):
            return None
        found.relayed_by = SourceRef(outer.start, outer.end, "", "name")
    return found


def _subject_not_owner(self: _Reader, sent: _Sent, noun: Any, k: Any) -> bool:
    """«По официальным данным Иван Кравцов скончался …» with no comma, parsed with the
    clause's subject under «данным»: a person's name in the nominative that a verb after
    it agrees with is that verb's subject, not whose the words are (the owner of «по
    словам/данным X» is in the genitive)."""
    feats = k.feats or {}
    if feats.get("Case") != "Nom" or k.pos != "PROPN" or self.pos(k) < self.pos(noun):
        return False
    if feats.get("Animacy") != "Anim":
        return False  # «По данным Газета.ru, …»: an outlet's name does not decline
    after = [t for t in sent.tokens if self.pos(t) > self.pos(k)]
    verb = next((t for t in after if t.pos in ("VERB", "AUX")), None)
    if verb is None or (verb.feats or {}).get("VerbForm") != "Fin":
        return False
    number = feats.get("Number")
    return number is None or (verb.feats or {}).get("Number") in (None, number)


def _passive_agent(self: _Reader, sent: _Sent, verb: Any) -> Any | None:
    """The agent of a passive verb of saying: a noun in the instrumental with no
    preposition hung on it («объявлено избирательной комиссией», «переданная
    журналистами»); not a time («ранним утром»), a manner («таким образом») or a
    document («указом»: whose issuer is another matter)."""
    if (verb.feats or {}).get("Voice") != "Pass":
        return None
    for k in sent.kids(verb):
        if (
            k.rel in ("obl", "obl:agent")
            and k.pos in ("NOUN", "PROPN")
            and (k.feats or {}).get("Case") == "Ins"
            and not any(c.rel == "case" for c in sent.kids(k))
            and (k.lemma or "").lower() not in NOT_AGENTS
            and (k.lemma or "").lower() not in RU_DOCUMENTS
        ):
            return k
    return None


def _denies(self: _Reader, tok: Any) -> bool:
    """Whether ``tok`` is a «не» that denies its verb: not the emphasis of «не только …, но
    и …», «не просто», «не лишь» («не только заявил, что …» reports)."""
    if tok.text.lower() != "не":
        return False
    after = self.text[self.offset + int(tok.stop) : self.offset + int(tok.stop) + 10]
    return re.match(r"\s*(?:только|просто|лишь)\b", after.lower()) is None


def _reflexive_report(self: _Reader, sent: _Sent, verb: Any) -> bool:
    """«Указывается, что …», «в заявлении поясняется, что …», «что, как предполагается,
    позволит …»: a reflexive passive of a verb of saying in the third person (or the
    neuter past) with no subject of its own reports its «что» clause, or, after «как», the
    clause it is inserted in.  With an infinitive («предполагается провести») it plans,
    with a subject («называются причины») it names: neither is read."""
    feats = verb.feats or {}
    if feats.get("VerbForm") != "Fin" or feats.get("Person") not in (None, "3"):
        return False
    if feats.get("Tense") == "Past" and feats.get("Gender") not in (None, "Neut"):
        return False
    kids = sent.kids(verb)
    if any(k.rel in ("nsubj", "nsubj:pass") and (k.lemma or "") != "что" for k in kids):
        return False
    if any(k.rel == "mark" and k.text.lower() == "как" for k in kids):
        return True
    after = self.text[self.offset + int(verb.stop) : self.offset + int(verb.stop) + 60]
    return re.match(r"[^,.;:!?]{0,40}?,\s*что\s", after + " ") is not None or any(
        k.rel == "ccomp" and any(c.text.lower() == "что" for c in sent.kids(k)) for k in kids
    )


def _dropped_subject(self: _Reader, verb: Any) -> SourceRef | None:
    """«Неоднократно выступал с речами. Также заявлял, что …»: a finite verb in the third
    person singular with no subject speaks for «он»/«она» left unsaid (its gender from the
    verb), resolved as a pronoun; an empty source, placed at the verb.  Plural verbs with
    no subject («заявили») are indefinite («they say»), and stay unattributed."""
    feats = verb.feats or {}
    if feats.get("VerbForm") != "Fin" or feats.get("Number") != "Sing":
        return None
    if feats.get("Person") not in (None, "3") or _impersonal(verb.lemma or ""):
        return None
    if feats.get("Tense") == "Past":
        gender = {"Masc": "m", "Fem": "f"}.get(feats.get("Gender", ""))
        if gender is None:
            return None  # «сообщалось»: neuter, impersonal
    elif feats.get("Person") != "3":
        return None
    else:
        gender = None
    at = self.pos(verb)
    return SourceRef(at, at, "", "pronoun", "она" if gender == "f" else "он", gender)


def _gerund_subject(self: _Reader, sent: _Sent, verb: Any) -> Any | None:
    """A gerund's subject is its main clause's: where the parser left the gerund apart
    («… покинул зал заседания, заявив: «…»» parsed as two roots), the subject of the
    nearest finite verb before it in the sentence (or of the verb that one is
    coordinated with)."""
    v = self.pos(verb)
    for t in reversed(sent.tokens):
        if self.pos(t) >= v or t.pos != "VERB" or t.feats.get("VerbForm") != "Fin":
            continue
        node: Any = t
        for _ in range(3):
            subj = next((k for k in sent.kids(node) if k.rel == "nsubj"), None)
            if subj is not None:
                return subj
            head = sent.head(node)
            if node.rel != "conj" or head is None:
                break
            node = head
        return None
    return None


def _information_back(self: _Reader, sent: _Sent, verb: Any, noun: Any) -> bool:
    """«Полиция подтвердила эту информацию», «Данную информацию подтвердили в ГУВД»: a
    confirmation or relay whose object points back reports the statement before it, as
    «Об этом сообщил X» does; a denial («опроверг эту информацию») does not, the statement
    before not being the denier's (twenty-fourth session; off with
    :data:`BACKREF_INFORMATION`)."""
    if not flags.BACKREF_INFORMATION or (noun.lemma or "").lower() not in INFORMATION_NOUNS:
        return False
    if (verb.lemma or "").lower() in DENIAL_VERBS:
        return False
    if ":" in self.text[self.pos(verb) : self.offset + int(sent.tokens[-1].stop)]:
        return False  # «подтвердил эту информацию, сославшись на …:» — his own words follow
    phrase = sent.subtree(noun)
    pointing = [
        k
        for k in sent.kids(noun)
        if k.rel in ("det", "amod")
        and (k.lemma or "").lower() in ("этот", "данный", "такой", "тот")
    ]
    return bool(pointing) and len(phrase) <= 4


def _main_verb(self: _Reader, sent: _Sent, verb: Any) -> Any | None:
    """The finite verb a gerund depends on: its head, or the nearest finite verb before it
    where the parser left the gerund apart."""
    head = sent.head(verb)
    if head is not None and head.pos == "VERB" and head.feats.get("VerbForm") == "Fin":
        return head
    v = self.pos(verb)
    return next(
        (
            t
            for t in reversed(sent.tokens)
            if self.pos(t) < v and t.pos == "VERB" and t.feats.get("VerbForm") == "Fin"
        ),
        None,
    )


def _coordinated_subject(self: _Reader, sent: _Sent, verb: Any) -> Any | None:
    """«Жильцы пожаловались на шум, и потом потребовали, чтобы …», «Фермеры вывели
    технику на трассу, напомнили о …»: a plural verb with no
    subject of its own, joined by «и» or a comma to the finite verb before it in the
    sentence that agrees with it in number, shares that verb's subject, whatever the parser
    hung it on.  (Alone, «заявили» is indefinite — «they say» — and stays unattributed.)"""
    feats = verb.feats or {}
    if feats.get("VerbForm") != "Fin" or feats.get("Number") != "Plur":
        return None
    if self.place_source(sent, verb) is not None:
        return None  # «…, и в мэрии пообещали, что …»: the place it is said in speaks
    v = self.pos(verb)
    before = [
        t
        for t in sent.tokens
        if self.pos(t) < v
        and t.pos in ("VERB", "AUX")
        and (t.feats or {}).get("VerbForm") == "Fin"
        and self.quote_at(self.pos(t)) is None
    ]
    if not before:
        return None
    prev = before[-1]
    if (prev.feats or {}).get("Number") != "Plur":
        return None
    between = self.text[self.offset + int(prev.stop) : v]
    # joined, not subordinated: a «который», «когда», «если» … clause opening between the
    # two verbs holds the verb's own subject (a verbless «что это 76 долларов» does not)
    if not re.search(r",|\bи\b", between) or re.search(
        r"(?i)\b(?:котор\w*|когда|если|пока|хотя|потому|поскольку)\b", between
    ):
        return None
    subj = self._subject_of(sent, prev)
    if subj is None or self.pos(subj) > v:
        return None
    return subj


def _quoted_party(self: _Reader, sent: _Sent, verb: Any, subj: Any, a: int, b: int) -> Any | None:
    """The one quoted by «цитировать»: its accusative object (the parser sometimes labels
    it a second subject), a person or a body — a quoted document is :meth:`read_out`'s.
    With :data:`QUOTED_OWNERS` (twenty-seventh session) also whose words are quoted or
    brought: the owner of a quoted statement or of «слова» («цитируют «Вести» заявление
    Владимира Путина», «приводит слова адвоката», «приводит его слова»), and a person's
    name after the verb whose accusative the tagger read as a genitive («цитирует
    «Вечерний город» Лаптева»: an animate masculine accusative is spelt as the genitive)."""
    lemma = (verb.lemma or "").lower()
    quoting = lemma in QUOTING_VERBS
    if flags.QUOTED_OWNERS and lemma in BRINGING_VERBS:
        quoting = any((k.lemma or "").lower() in QUOTED_WORDS for k in sent.kids(verb))
    if not quoting:
        return None

    def across(t: Any) -> bool:
        # after the verb, but hung by the parser on a word inside the quote
        head = sent.head(t)
        return self.pos(t) > self.pos(verb) and head is not None and a <= self.pos(head) < b

    near = [k for k in sent.kids(verb) + [t for t in sent.tokens if across(t)]]
    near = [k for k in near if k is not subj and not a <= self.pos(k) < b]
    party = next(
        (
            k
            for k in near
            if k.rel in ("obj", "nsubj")
            and k.feats.get("Case") == "Acc"
            and k.pos in ("NOUN", "PROPN", "ADJ")
            and (k.lemma or "") not in RU_DOCUMENTS
            and (k.lemma or "").lower() not in QUOTED_WORDS
        ),
        None,
    )
    if party is not None or not flags.QUOTED_OWNERS:
        return party
    for k in near:
        if k.rel == "obj" and (
            (k.lemma or "").lower() in QUOTED_WORDS or (k.lemma or "") in RU_DOCUMENTS
        ):
            owner = next(
                (
                    o
                    for o in sent.kids(k)
                    if (o.rel == "nmod" and o.feats.get("Case") == "Gen")
                    or (o.rel == "det" and o.text.lower() in _POSSESSIVES)
                ),
                None,
            )
            if owner is not None:
                return owner
    if not quoting or lemma not in QUOTING_VERBS:
        return None
    return next(
        (
            k
            for k in near
            # «— цитирует агентство представителя министерства»: a person's noun too
            # (twenty-eighth session, :data:`QUOTED_PERSON_NOUNS`)
            if (k.pos == "PROPN" or (flags.QUOTED_PERSON_NOUNS and k.pos == "NOUN"))
            and k.feats.get("Animacy") == "Anim"
            and (
                k.rel == "obj"
                or (k.rel in ("nsubj", "nmod", "obl") and k.feats.get("Case") in ("Acc", "Gen"))
            )
            and self.pos(k) > self.pos(verb)
            and not any(c.rel == "case" for c in sent.kids(k))
        ),
        None,
    )


def _author_words(self: _Reader, outer: QuotedSpan, verb: Any) -> tuple[int, int] | None:
    """The author's words «, — сказала она. —» interrupting a quoted passage, if the verb
    stands in such words: speech, then a comma (or ! ?) and a dash before, a dash or the
    closing mark after."""
    v = self.pos(verb)
    before = self.text[outer.start : v]
    m = re.search(r"[,!?…]\s*[—–]\s*[^—–«»\"]*$", before)
    if m is None:
        return None
    after = re.match(r"[^—–«»\"]*?[.,:]\s*[—–]\s", self.text[v : outer.end])
    if after is None:
        return None
    return outer.start + m.start(), v + after.end()


def _gerund_cue(self: _Reader, sent: _Sent, tok: Any) -> bool:
    """«покинул зал, заявив: «…»», «заявив, что …»: a gerund of a speech verb with its
    content; other gerunds and infinitives («честно говоря», «так сказать») report nothing.
    A gerund's content is also what the parse gives it, as a finite verb's: a clause
    («отметив что тот …», «сказав, «что готов …»»), an infinitive («призывая
    соблюдать …») or a noun content («требуя компенсации», «назвав выбор ошибкой»)."""
    form = (tok.feats or {}).get("VerbForm")
    if form not in ("Conv", "Inf") or (tok.lemma or "") not in SPEECH_VERBS:
        return False
    after = self.text[self.offset + int(tok.stop) : self.offset + int(tok.stop) + 8]
    if re.match(r"\s*(?::|,\s*что\b)", after) is not None:
        return True
    if form != "Conv":
        return False
    kids = sent.kids(tok)
    if any(
        (k.rel == "ccomp" and any(t.pos in ("VERB", "AUX", "ADJ") for t in [k]))
        or (k.rel == "xcomp" and k.pos == "VERB" and k.feats.get("VerbForm") == "Inf")
        for k in kids
    ):
        return True
    return self._noun_content(sent, tok, None, None) is not None


def _pointing_back(self: _Reader, sent: _Sent, noun: Any) -> bool:
    """Whether ``noun`` is determined by a word pointing back («с данным заявлением», «с
    этим призывом»), nothing else in its phrase saying what it holds."""
    pointing = [
        k
        for k in sent.kids(noun)
        if k.rel in ("det", "amod") and (k.lemma or "").lower() in ("этот", "данный", "такой")
    ]
    return bool(pointing) and len(sent.subtree(noun)) <= 4


def _light_noun(self: _Reader, sent: _Sent, verb: Any) -> Any | None:
    """The noun that makes a light verb a cue: «обратил внимание», «пришли к выводу»."""
    nouns = LIGHT_CUES.get((verb.lemma or "").lower())
    if not nouns or verb.pos != "VERB":
        return None
    return next(
        (k for k in sent.kids(verb) if (k.lemma or "").lower() in nouns and k.pos != "PUNCT"),
        None,
    )


def _blamed(self: _Reader, sent: _Sent, verb: Any, noun: Any) -> tuple[QuoteKind, int, int]:
    """«возложил ответственность за последствия на руководство», «ответственность за
    неудобства он возложил на менеджмент»: what a light verb of blaming says is its noun's
    phrase, with the «на» phrase of whom it is put on (the parse hangs it on the verb or on
    the noun's phrase) — one span over both, the verb between them where the noun comes first."""
    toks = list(sent.subtree(noun))
    for k in sent.kids(verb):
        if k.rel == "obl" and any(c.rel == "case" and c.text.lower() == "на" for c in sent.kids(k)):
            toks += sent.subtree(k)
    a, b = self.span(sorted(toks, key=self.pos))
    return "indirect", *trim_span(self.text, a, b)


def _clause_content(self: _Reader, sent: _Sent, verb: Any, a: int) -> bool:
    """Whether a content starting at ``a`` is a clause (что, a quote, a finite verb)."""
    if self.quote_at(a) is not None:
        return True
    return any(
        self.pos(t) >= a and t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin"
        for t in sent.tokens
        if t is not verb
    )


def _own_subject(self: _Reader, sent: _Sent, verb: Any, rels: tuple[str, ...]) -> Any | None:
    """The subject of ``verb``: a parse that joined several clauses under one verb gives it
    several subjects, and its own is the one nearest before it («…, глава фракции потребовал
    …, а депутат Сергей Зуев назвал его …»; twenty-first session)."""
    subjects = [k for k in sent.kids(verb) if k.rel in rels]
    before = [k for k in subjects if self.pos(k) < self.pos(verb)]
    if flags.ADJACENT_SUBJECT and len(before) > 1:
        return max(before, key=self.pos)
    return subjects[0] if subjects else None


def _adjacent_subject(self: _Reader, sent: _Sent, verb: Any) -> Any | None:
    """«вчера власти Тверской области официально объявили, что …» parsed with «власти» as the
    subject of the reported clause: a finite verb of saying left with no subject takes the
    noun in the nominative right before it (adverbs and particles between, no comma),
    agreeing with it in number and gender — Russian's plainest subject, which a parse that
    hung it on another verb lost (twenty-first session)."""
    if verb.feats.get("VerbForm") != "Fin" or verb.feats.get("Person") in ("1", "2"):
        return None
    i = sent.tokens.index(verb) - 1
    while i >= 0 and sent.tokens[i].pos in ("ADV", "PART"):
        i -= 1
    if i < 0:
        return None
    t = sent.tokens[i]
    # «власти области»: from the genitive or a name's last word to the noun it belongs to
    for _ in range(3):
        up = sent.head(t)
        if t.rel not in ("nmod", "flat", "flat:name", "appos") or up is None:
            break
        if self.pos(up) > self.pos(t):
            break
        t = up
    if t.pos not in ("NOUN", "PROPN") or t.feats.get("Case") != "Nom":
        return None
    if self.quote_at(self.pos(t)) is not None or (t.lemma or "") in NOT_AGENTS:
        return None
    for feat in ("Number", "Gender"):
        a, b = verb.feats.get(feat), t.feats.get(feat)
        if a is not None and b is not None and a != b:
            return None
    return t


def _subject_after(self: _Reader, sent: _Sent, verb: Any) -> Any | None:
    """«…, сообщили его дочери», «Об этом заявила её представитель Элина Мазур»: a finite
    verb of saying left with no subject, whose clause ends in a noun phrase right after
    it, takes that phrase as its subject when the dictionary reads its noun in the
    nominative agreeing with the verb in number — Russian's inverted order, which the
    tagger reads as an addressee («дочери» dative) when the case forms coincide.  Only a
    person, a name or a body speaks, and only when nothing but the phrase follows the
    verb up to the clause's end (twenty-fourth session; off with :data:`SUBJECT_AFTER`)."""
    if verb.feats.get("VerbForm") != "Fin" or verb.feats.get("Person") in ("1", "2"):
        return None
    if verb.feats.get("Tense") == "Fut" or verb.feats.get("Voice") == "Pass":
        return None
    toks = sent.tokens
    i = toks.index(verb) + 1
    noun = None
    phrase: list[Any] = []
    while i < len(toks):
        t = toks[i]
        if t.pos in ("PUNCT",) and t.text not in ("«", "»", '"', "-"):
            break
        if t.pos in ("VERB", "AUX", "SCONJ", "CCONJ", "ADP"):
            return None
        if noun is not None and t not in phrase:
            return None  # a second phrase after the first («цитирует РБК лидера»)
        if noun is None and t.pos in ("NOUN", "PROPN"):
            if _after_addressee(t.text):
                i += 1
                continue  # «сообщили журналистам доверенное лицо …»
            noun = t
            phrase = sent.subtree(t)
        elif noun is None and t.pos not in ("ADV", "PART", "DET", "PRON", "ADJ", "NUM"):
            return None
        i += 1
    if noun is None or self.quote_at(self.pos(noun)) is not None:
        return None
    if (noun.lemma or "") in NOT_AGENTS:
        return None
    speaker_like = (
        noun.pos == "PROPN" or noun.feats.get("Animacy") == "Anim" or _common_person_noun(noun.text)
    )
    if not speaker_like:
        return None
    if not _nominative_agreeing(noun.text, verb.feats.get("Number")):
        return None
    return noun
