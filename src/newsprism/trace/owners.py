"""Whose count a figure is, read from the parse: its *owner*.

One story often gives the same kind of count for two owners: two airlines' passengers, two
countries' gas, two banks' profits ("Nordair carried 12.4 million passengers and Baltavia 8.1
million", «прибыль Норбанка составила 61 млрд рублей, Веста-банка — 23 млрд»).  What is
counted (:mod:`.roles`) is the same for both; the owner is the name the grammar ties the
figure to:

- a name the figure hangs from — a gapped clause ("and Baltavia 8.1 million", «Балтавиа — 8,1
  млн», where the parse makes the figure the name's dependent or *orphan*), or "Glass Harbour
  with $18 million";
- the possessor of the figure or of what it counts ("Nordair's 12.4 million", "Norbank's loan
  book", «кредиты Веста-банка»);
- the subject of the verb that governs it ("Velmar took 15 billion cubic metres"), or that
  subject's possessor after a light verb ("Norbank's profit reached 170 billion").

The parse is the one :mod:`.roles` made of the sentence (cached: nothing is parsed twice).  An
owner is kept as the name keys of its capitalised words (:func:`.mentions.speaker_key`:
Телновы / Telnova, Улмара / Ulmar's give one key), so that owners compare across the two
languages; two owners are the same when they share a key.
"""

from __future__ import annotations

import re

from .roles import _NUMBER_OF, _parse, _Token

#: relations by which a figure or its noun belongs to a possessor
_POSSESSOR = frozenset({"poss", "nmod:poss", "nmod"})
_SUBJECT = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
_NAME_PARTS = frozenset({"compound", "flat", "flat:name", "flat:foreign"})


def counted_owner(sentence: str, start: int, end: int, language: str | None) -> tuple[str, ...]:
    """The name keys of whose count ``sentence[start:end]`` is; ``()`` when the parse names no
    owner (or no parser is installed)."""
    try:
        tokens = _parse(sentence, language or "en")
    except Exception:  # noqa: BLE001 - a missing model or a parser failure: no evidence
        return ()
    owner = owner_of(tokens, start, end, sentence)
    return _keys(tokens, owner, sentence) if owner is not None else ()


def counted_agent(sentence: str, start: int, end: int, language: str | None) -> str | None:
    """Who acts in the clause of ``sentence[start:end]``, in words (:func:`agent_of`); ``None``
    when no such subject (or no parser is installed)."""
    try:
        tokens = _parse(sentence, language or "en")
    except Exception:  # noqa: BLE001 - a missing model or a parser failure: no evidence
        return None
    return agent_of(tokens, start, end, sentence)


#: an active subject: a passive one ("1,900 flights were cancelled") is what the verb acts on
_ACTIVE_SUBJECT = frozenset({"nsubj"})
#: the words that make a subject's name with it ("the *transport* ministry", «*Дорожное*
#: агентство», "Police *in Estrin*" is left out: a place narrows, it does not name)
_AGENT_PARTS = frozenset({"amod", "compound", "flat", "flat:name", "flat:foreign"})


#: a verb without a subject of its own whose clause hangs from a word above: a participle or
#: infinitive clause, or a verb joined to another that carries the subject
_CLAUSE_UP = frozenset({"acl", "xcomp", "advcl", "conj"})


def _passive(tokens: tuple[_Token, ...], verb: _Token) -> bool:
    return any(
        c.head == verb.i and c.i != verb.i and c.dep in ("nsubj:pass", "nsubjpass", "auxpass")
        for c in tokens
    )


def agent_of(tokens: tuple[_Token, ...], start: int, end: int, sentence: str) -> str | None:
    """The active subject of the nearest verb above the figure, with the words that name it,
    unless the figure lies under that subject (then the subject is what is counted: "About
    6,300 homes are without water") or the clause is passive.  The body or person that acts in
    the figure's clause — "The water board now puts the number of homes cut off at 6,300",
    «Городской водоканал продлил отключение воды до 12 дней» — names who gives the figure
    where no verb of saying does."""
    inside = [t for t in tokens if t.start < end and t.end > start]
    if not inside:
        return None
    numbers = [t for t in inside if t.pos == "NUM"]
    node = numbers[-1] if numbers else inside[-1]
    above = {node.i}
    for _ in range(6):
        up = tokens[node.head]
        if up.i == node.i:
            return None
        above.add(up.i)
        if up.pos in ("VERB", "AUX"):
            subject = next(
                (c for c in tokens if c.head == up.i and c.i != up.i and c.dep in _ACTIVE_SUBJECT),
                None,
            )
            if subject is None and up.dep in _CLAUSE_UP and not _passive(tokens, up):
                node = up  # "… the number of homes cut off at 6,300": the clause above acts
                continue
            if subject is None or subject.i in above or subject.pos not in ("NOUN", "PROPN"):
                return None
            parts = [subject] + [
                c for c in tokens if c.head == subject.i and c.i != c.head and c.dep in _AGENT_PARTS
            ]
            if any(p.start < end and p.end > start for p in parts):
                return None
            lo, hi = min(p.start for p in parts), max(p.end for p in parts)
            return sentence[lo:hi]
        node = up
    return None


def _is_name(t: _Token, sentence: str) -> bool:
    word = sentence[t.start : t.end]
    if t.pos == "PROPN":
        return True
    # a name the tagger took for a common noun («Нордэйр» in quotes), not a sentence's first word
    return t.pos in ("NOUN", "X") and t.i > 0 and word[:1].isupper()


def owner_of(tokens: tuple[_Token, ...], start: int, end: int, sentence: str) -> _Token | None:
    inside = [t for t in tokens if t.start < end and t.end > start]
    if not inside:
        return None
    numbers = [t for t in inside if t.pos == "NUM"]
    tok = numbers[-1] if numbers else inside[-1]
    for _ in range(4):  # up the number words and units of the figure ("84.3 billion roubles")
        head = tokens[tok.head]
        if head.i == tok.i or not (head.start < end and head.end > start):
            break
        if head.pos in ("VERB", "AUX", "ADP"):
            break
        tok = head
    noun = tok
    parent = tokens[tok.head]
    if (
        tok.dep in _NUMBER_OF
        and parent.i != tok.i
        and parent.pos == "NOUN"
        and not _is_name(parent, sentence)
    ):
        noun = parent
    # a name the figure hangs from: "Baltavia 8.1 million", «Балтавиа — 8,1 млн» (orphan),
    # "'Glass Harbour' with $18 million"
    for node in dict.fromkeys((tok, noun)):
        up = tokens[node.head]
        if up.i != node.i and up.pos == "ADP" and up.lemma.casefold() in ("with", "at", "с"):
            up = tokens[up.head]
        if up.i != node.i and _is_name(up, sentence):
            return up
    # the possessor of the figure or of what it counts: "Nordair's 12.4 million"
    found = _possessor(tokens, (tok, noun), sentence)
    if found is not None:
        return found
    # the subject of the governing verb, or that subject's possessor: "Velmar took 15 billion",
    # "Norbank's loan book grew to 4.1 trillion", «прибыль Норбанка составила 61 млрд»
    node = noun
    through: _Token | None = None  # the preposition the figure hangs from its verb by ("at")
    for _ in range(3):
        up = tokens[node.head]
        if up.i == node.i:
            return None
        if up.pos == "ADP" or up.dep == "prep":
            through = up
            up = tokens[up.head]
        if up.pos in ("VERB", "AUX") or up.dep in ("ROOT", "root"):
            if COUNTERS_NOT_OWNERS and _counting(up, through):
                # "DalTransLine put the number at 38", "Rosnedra estimates the reserves at
                # 800,000 tonnes", «В Псковском музее называют 21 слиток»: who counts is the
                # figure's source (sources.COUNTED_BY_SUBJECT), not whose count it is
                return None
            subject = next(
                (c for c in tokens if c.head == up.i and c.dep in _SUBJECT and c.i != c.head),
                None,
            )
            if subject is not None and subject.i != tok.i and subject.i != noun.i:
                if _is_name(subject, sentence):
                    return subject
                found = _possessor(tokens, (subject,), sentence)
                if found is None and COMPOUND_NAMES:
                    found = _compound_name(tokens, subject, sentence)
                if found is None and APPOSED_NAMES:
                    found = _apposed_name(tokens, subject, sentence)
                if found is not None:
                    return found
            if PLACES:
                return _place(tokens, up, tok, sentence)
            return None
        node = up
    return None


#: the subject (or the place) of a verb of counting or estimating is who gives the figure, not
#: whose count it is: the verbs whose subject :func:`.bonds.given_by_subject` reads as the
#: figure's source (thirty-third session)
COUNTERS_NOT_OWNERS = True
#: verbs that give a figure to their subject as its estimate of a count: with "at" ("put … at",
#: "estimate … at") or with the count as their object («называют 21 слиток», «оценивают запасы в
#: 760 тысяч тонн»).  Not "count" nor «насчитывать»: "Ostrel counted 19,000 applicants" (its own
#: applicants), «университет насчитывает 19 тыс. студентов» name whose count it is
_COUNTING_AT = frozenset({"put", "estimate", "reckon", "place"})
_COUNTING = frozenset({"называть", "назвать", "оценивать", "оценить"})


def _counting(verb: _Token, through: _Token | None) -> bool:
    lemma = verb.lemma.casefold()
    if lemma in _COUNTING:
        return True
    return lemma in _COUNTING_AT and through is not None and through.lemma.casefold() == "at"


#: a name that makes one word with the subject ("the *Brask* fleet brought in 9,300 tonnes",
#: "the *Orma* dam holds 41%") names whose count it is, as a possessor does ("Brask's fleet")
#: (twenty-sixth session)
COMPOUND_NAMES = True
#: where no subject or possessor names an owner, the name of the place the figure's verb
#: places it in («в Тармон приехали 8 тыс. туристов», "a kilo costs €1.95 in Kessa", «через
#: порт Варден прошли 5 тыс. судов», «у "Бриксы" было …»): two places' counts of one
#: kind, as two airlines' are two (twenty-sixth session)
PLACES = True
#: the prepositions of a place (or of a holder: Russian «у X было N»)
_PLACE_CASES = frozenset({"in", "at", "through", "в", "во", "через", "у"})


#: and so does a name in apposition to the subject, the body's own name after the word for its
#: kind («Комбинат «Северолес» закупил …», "The carrier, Tarvik, flew …"): the subject is a
#: generic noun for a body, its name stands beside it (twenty-seventh session).  Read after the
#: subject's possessor: read before it («Комбинат «X» в Y», the place hung from the subject),
#: development half B raised 3 more wrong figure flags and no right one
APPOSED_NAMES = True


def _compound_name(tokens: tuple[_Token, ...], noun: _Token, sentence: str) -> _Token | None:
    return next(
        (
            c
            for c in tokens
            if c.head == noun.i and c.i != noun.i and c.dep == "compound" and _is_name(c, sentence)
        ),
        None,
    )


def _apposed_name(tokens: tuple[_Token, ...], noun: _Token, sentence: str) -> _Token | None:
    return next(
        (
            c
            for c in tokens
            if c.head == noun.i and c.i != noun.i and c.dep == "appos" and _is_name(c, sentence)
        ),
        None,
    )


def _place(
    tokens: tuple[_Token, ...], verb: _Token, figure: _Token, sentence: str
) -> _Token | None:
    """The named place (or holder) among the verb's prepositional phrases nearest the figure:
    a name, or a common noun a name describes («порт Варден», "Dornhall province", «Тарской
    области»); a month or a weekday is no place."""
    from .sources import _DATE_WORD

    best: tuple[int, _Token] | None = None
    for c in tokens:
        if c.head != verb.i or c.i == verb.i:
            continue
        if c.dep == "prep" and c.lemma.casefold() in _PLACE_CASES:  # spaCy: in -> pobj
            obj = next((o for o in tokens if o.head == c.i and o.dep == "pobj"), None)
        elif c.dep == "obl" and any(
            k.head == c.i and k.dep == "case" and k.lemma.casefold() in _PLACE_CASES for k in tokens
        ):
            obj = c
        else:
            continue
        if obj is None:
            continue
        name = obj if _is_name(obj, sentence) else _describing_name(tokens, obj, sentence)
        if name is None or _DATE_WORD.match(sentence[name.start : name.end]):
            continue
        distance = abs(obj.i - figure.i)
        if best is None or distance < best[0]:
            best = (distance, name)
    return best[1] if best is not None else None


def _describing_name(tokens: tuple[_Token, ...], noun: _Token, sentence: str) -> _Token | None:
    for c in tokens:
        if c.head != noun.i or c.i == noun.i:
            continue
        if c.dep in ("compound", "nmod", "appos", "flat", "flat:name") and _is_name(c, sentence):
            return c
        word = sentence[c.start : c.end]
        if c.dep == "amod" and c.pos == "ADJ" and c.i > 0 and word[:1].isupper():
            return c  # a region written as an adjective: «в Тверской области»
    return None


def _possessor(
    tokens: tuple[_Token, ...], nodes: tuple[_Token, ...], sentence: str
) -> _Token | None:
    for n in nodes:
        for c in tokens:
            if (
                c.head == n.i
                and c.i != n.i
                and c.dep in _POSSESSOR
                and _possessor_name(c, sentence)
            ):
                return c
    return None


#: a Russian name in the genitive the tagger took for an adjective («Трамвай *Вельмара*
#: перевёз …», nmod of the subject) is a possessor's name, as a proper noun is there
#: (twenty-sixth session)
ADJECTIVE_NAMES = True


def _possessor_name(t: _Token, sentence: str) -> bool:
    if _is_name(t, sentence):
        return True
    word = sentence[t.start : t.end]
    return ADJECTIVE_NAMES and t.pos == "ADJ" and t.dep == "nmod" and t.i > 0 and word[:1].isupper()


_WORD = re.compile(r"[^\W\d_]+")


def _keys(tokens: tuple[_Token, ...], owner: _Token, sentence: str) -> tuple[str, ...]:
    """The name keys of the owner and the name words joined to it ("Vesta Bank", «Веста-банк»:
    its capitalised words only)."""
    from .mentions import speaker_key

    parts = [owner] + [
        t for t in tokens if t.head == owner.i and t.i != owner.i and t.dep in _NAME_PARTS
    ]
    keys: set[str] = set()
    for t in parts:
        for word in _WORD.findall(sentence[t.start : t.end]):
            key = speaker_key(word) if word[:1].isupper() else None
            if key and len(key) >= 2:
                keys.add(key)
    return tuple(sorted(keys))


def owners_differ(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return bool(a and b and not set(a) & set(b))


def owners_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return bool(set(a) & set(b))
