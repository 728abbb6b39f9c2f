"""What a figure counts, read from the parse: its *counted role*.

Two figures of one story often count the same unit ("people", «человек») for different things:
12 *killed* and 35 *wounded*, 140 *cases* and 4 *deaths*, 64 *seats* and 38.9% *of the vote*.
The unit word and a window of neighbouring words do not tell them apart; the grammar does.  The
role of a figure is the lemmas of the words that govern it in a dependency parse:

- the noun it counts, unless that noun is only a measure or a generic count ("people",
  «человек», "%", "billion", «число»), and that noun's own modifiers ("*death* toll", "people
  *injured*", «число *погибших*», "38.9% *of the vote*");
- the verb (or participle) governing the two, unless it is a light verb (be, rise, reach,
  «составить», «вырасти»), in which case its subject or object carries the role ("the *death
  toll* rose to 27", «*выплавка* сократилась до 2,9 млн тонн»).

English is parsed by the attribution stage's spaCy pipeline and Russian by its natasha pipeline
(the same loaded models: nothing new in memory); lemmas from spaCy and pymorphy.  The role is
kept as words (``"kill"``, «погибнуть», "vote") and compared across the two languages by the
multilingual sentence vectors (:mod:`.vectors`): killed / погибли lie close, killed / injured
apart, without a hand-made bilingual list.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: words that say how a figure is measured or counted, never what: the role lies beyond them
GENERIC_NOUNS = _words(
    """
    people person persons human man men woman women individual resident residents total number
    figure amount level count sum share rate percent percentage % per cent point points
    thousand million billion trillion hundred dozen tonne ton kilometre mile metre year day
    week month hour time half quarter one ones them they it this that these those some most all none any
    rouble ruble dollar euro pound yuan hryvnia
    more less least most many much few up over under close almost nearly about around some
    real official final new total
    человек люди число количество уровень доля сумма объём процент тысяча миллион миллиард
    триллион сотня десяток тонна километр метр год день неделя месяц час раз полугодие квартал
    рубль доллар евро
    фунт юань гривна тыс млн млрд трлн руб они это все
    более менее больше меньше почти около свыше порядка реальный официальный окончательный
    новый общий весь сам дело
    """
)
#: verbs that carry a figure without saying what it counts (a change, a state, a report)
LIGHT_VERBS = _words(
    """
    be have become remain stay stand total reach rise fall grow drop climb increase decrease
    jump surge soar slump decline double triple top exceed hit put estimate say tell report
    show add note claim announce state give make take get include count number amount
    see expect set range get receive approach near surpass pass cross average account
    быть являться стать составить составлять достигнуть достичь достигать вырасти расти
    увеличиться уменьшиться снизиться сократиться упасть подняться превысить превышать
    насчитывать находиться оставаться остаться сказать сообщить заявить отметить оценить
    оцениваться подсчитать добавить уточнить назвать привести ожидать получить приблизиться
    приближаться перевалить превзойти
    """
)
_CONTENT = {"NOUN", "VERB", "ADJ", "PROPN"}
_MAX_WORDS = 3


@dataclass(frozen=True)
class _Token:
    i: int
    start: int
    end: int
    lemma: str
    pos: str
    dep: str
    head: int  # index of the head token; its own index at the root


def counted_role(sentence: str, figure: str, language: str | None) -> str | None:
    """The lemmas that say what ``figure`` (a span of ``sentence``) counts, or ``None`` when the
    parse names nothing beyond a measure (or no parser is installed)."""
    return _read(sentence, figure, language, role_of)


def role_of(tokens: tuple[_Token, ...], start: int, end: int) -> str | None:
    inside = [t for t in tokens if t.start < end and t.end > start]
    if not inside:
        return None
    numbers = [t for t in inside if t.pos == "NUM"]
    tok = numbers[-1] if numbers else inside[-1]
    # up the chain of number words and units within the figure ("84.3 billion roubles")
    for _ in range(4):
        head = tokens[tok.head]
        if head.i == tok.i or not (head.start < end and head.end > start):
            break
        if head.pos in ("VERB", "AUX", "ADP"):  # "approached 231 thousand": the verb is above
            break
        tok = head
    words: list[str] = []

    def add(t: _Token) -> None:
        lemma = t.lemma.casefold()
        if (
            t.pos in _CONTENT
            and lemma not in GENERIC_NOUNS
            and lemma not in LIGHT_VERBS
            and lemma not in words
            and len(words) < _MAX_WORDS
            and not re.search(r"\d", lemma)
        ):
            words.append(lemma)

    def modifiers(t: _Token) -> None:
        """A noun's own modifiers: "death toll", "people injured", «число погибших»."""
        for c in tokens:
            if c.head == t.i and c.i != t.i and c.dep in _MODIFIER:
                add(c)
                if c.dep in ("prep", "case"):
                    continue
            # "38.9% of the vote": the preposition's object
            if c.head == t.i and c.dep == "prep" and c.lemma in ("of", "among"):
                for g in tokens:
                    if g.head == c.i and g.dep == "pobj":
                        add(g)
                        if OF_GENERIC_DESCRIBED and g.lemma.casefold() in GENERIC_NOUNS:
                            # "the number of people injured", "the number of people who
                            # asked for help": what describes the people is what is counted
                            described(g)

    def described(t: _Token) -> None:
        for c in tokens:
            if c.head == t.i and c.i != t.i and c.dep in ("acl", "relcl", "acl:relcl", "amod"):
                add(c)

    # the words of the figure itself: "1,240 measles *cases*", "35 *wounded*", "12,000 *homes*"
    for t in inside:
        add(t)
    # the noun the figure counts (the figure itself when it stands alone: "rose to 27")
    noun = tok
    parent = tokens[tok.head]
    if tok.dep in _NUMBER_OF and parent.i != tok.i and parent.pos in ("NOUN", "PROPN"):
        noun = parent
    if noun is not tok:
        add(noun)
    modifiers(noun)
    # up to the verb governing it (through a preposition in English's parse)
    node = noun
    for _ in range(3):
        up = tokens[node.head]
        if up.i == node.i:
            break
        if up.dep == "prep" or (up.pos == "ADP" and tokens[up.head].i != up.i):
            up = tokens[up.head]
        if up.pos in ("VERB", "AUX", "ADJ") or up.dep == "ROOT":
            light = up.lemma.casefold() in LIGHT_VERBS or up.pos == "AUX"
            if not light:
                add(up)
            # the object (or, after a light verb, the subject or the place) says what is
            # counted: "35 *получили ранения*", "the *death toll* rose to 27", «в *реанимации*
            # находятся 40 детей»
            for rel in _ARGUMENTS if light else ("dobj", "obj"):
                arg = next(
                    (c for c in tokens if c.head == up.i and c.dep == rel and c.i != node.i),
                    None,
                )
                if arg is not None and arg.dep == "prep":
                    arg = next((g for g in tokens if g.head == arg.i and g.dep == "pobj"), None)
                if arg is not None and arg.pos == "NOUN":
                    add(arg)
                    modifiers(arg)
                    break
            break
        if up.pos in ("NOUN",) and node.dep not in ("appos",):
            add(up)  # "the number of injured at 64", «из них 38 госпитализированы»
        node = up
    return " ".join(words) or None


_NUMBER_OF = frozenset({"nummod", "nummod:gov", "nummod:entity", "quantmod", "compound", "amod"})
#: "the number of *people* injured": a generic noun after "of" is described by what is counted
#: (its participle or relative clause), as "35 people injured" is (twenty-sixth session)
OF_GENERIC_DESCRIBED = True
_ARGUMENTS = ("dobj", "obj", "nsubjpass", "nsubj:pass", "nsubj", "attr", "obl", "prep")
_MODIFIER = frozenset({"amod", "acl", "compound", "nmod", "relcl", "acl:relcl"})


#: parses of recent sentences, by (sentence, language): an article's figures often share one
_PARSED: OrderedDict[tuple[str, str], tuple[_Token, ...]] = OrderedDict()
_MAX_PARSED = 4096


def clear_cache() -> None:
    _PARSED.clear()


def parse_sentences(sentences: Iterable[str], language: str | None) -> None:
    """Parse the sentences of an article's figures ahead of :func:`counted_role`, in one batch
    (each model call has a fixed cost that a short sentence's own work does not reach); a
    failure leaves them to be parsed one by one."""
    language = language or "en"
    todo = list(dict.fromkeys(s for s in sentences if (s, language) not in _PARSED))
    if not todo:
        return
    try:
        parsed = _parse_ru_many(todo) if language.startswith("ru") else _parse_en_many(todo)
    except Exception:  # noqa: BLE001 - counted_role parses, or gives up, sentence by sentence
        return
    for sentence, tokens in zip(todo, parsed, strict=True):
        _remember(sentence, language, tokens)


def is_parsed(sentence: str, language: str | None) -> bool:
    """Whether ``sentence`` has been parsed (and is still remembered)."""
    return (sentence, language or "en") in _PARSED


def _parse(sentence: str, language: str) -> tuple[_Token, ...]:
    tokens = _PARSED.get((sentence, language))
    if tokens is None:
        many = _parse_ru_many if language.startswith("ru") else _parse_en_many
        tokens = many([sentence])[0]
        _remember(sentence, language, tokens)
    return tokens


def _remember(sentence: str, language: str, tokens: tuple[_Token, ...]) -> None:
    _PARSED[sentence, language] = tokens
    if len(_PARSED) > _MAX_PARSED:
        _PARSED.popitem(last=False)


def _parse_en_many(sentences: list[str]) -> list[tuple[_Token, ...]]:
    from ..attribution import backends

    nlp = backends.english()
    # names are not needed for a role: without the recogniser a third of the time is saved
    docs = nlp.pipe(sentences, disable=[n for n in ("ner",) if n in nlp.pipe_names])
    return [_tokens_en(doc) for doc in docs]


def _tokens_en(doc: Any) -> tuple[_Token, ...]:
    return tuple(
        _Token(
            t.i,
            t.idx,
            t.idx + len(t.text),
            t.lemma_ or t.lower_,
            "NUM" if t.like_num or t.tag_ == "CD" else t.pos_,
            t.dep_,
            t.head.i,
        )
        for t in doc
    )


def _parse_ru_many(sentences: list[str]) -> list[tuple[_Token, ...]]:
    """natasha's segment, morphology and syntax for each sentence, the two models run once over
    all of them (as ``natasha.Doc`` does for the sentences of one text: each model call has a
    fixed cost that dwarfs a short sentence's own)."""
    import natasha
    from natasha.doc import inject_morph, inject_syntax, offset_syntax, sent_words

    from ..attribution import backends

    nlp = backends.models.get("ru")
    docs = []
    for sentence in sentences:
        doc = natasha.Doc(sentence)
        doc.segment(nlp.segmenter)
        docs.append(doc)
    sents = [sent for doc in docs for sent in doc.sents]
    chunk = [sent_words(sent) for sent in sents]
    for sent, markup in zip(sents, nlp.morph_tagger.map(chunk), strict=True):
        inject_morph(sent.tokens, markup.tokens)
    syntax = iter(list(nlp.syntax_parser.map(chunk)))
    for doc in docs:  # sentence numbers restart in each text, as in Doc.parse_syntax
        for sent_id, sent in enumerate(doc.sents, 1):
            inject_syntax(sent.tokens, next(syntax).tokens)
            offset_syntax(sent_id, sent.tokens)
    return [_tokens_ru(doc, nlp) for doc in docs]


def _tokens_ru(doc: Any, nlp: Any) -> tuple[_Token, ...]:
    tokens = list(doc.tokens)
    index = {t.id: n for n, t in enumerate(tokens)}
    out = []
    for n, t in enumerate(tokens):
        try:
            t.lemmatize(nlp.morph_vocab)
            lemma = t.lemma or t.text.lower()
        except Exception:  # noqa: BLE001 - pymorphy has no reading for it: the word as it is
            lemma = t.text.lower()
        pos = "NUM" if t.pos == "NUM" or t.text[:1].isdigit() else t.pos
        out.append(_Token(n, t.start, t.stop, lemma, pos, t.rel or "", index.get(t.head_id, n)))
    return tuple(out)


# -- the noun a figure counts (fortieth session) -----------------------------------------------

#: number words a figure is written with ("2.9 *million* tonnes", «2,9 *млн* тонн»): the noun
#: counted lies above them
MULTIPLIERS = _words(
    """
    hundred thousand million billion trillion dozen hundreds thousands millions billions
    сотня тысяча миллион миллиард триллион десяток тыс млн млрд трлн
    """
)
#: nouns that give a figure as a share or a tally of something else ("26% *of* households",
#: "the *number of* people injured", «*доля* домохозяйств», «*число* пострадавших»): what is
#: counted is the noun they govern
OF_NOUNS = _words(
    """
    % percent percentage cent share proportion fraction number total tally count figure
    majority minority half third quarter rate level amount sum
    процент доля часть число количество итог половина треть четверть большинство уровень сумма
    """
)
#: the people a figure counts, said in general words: the words that describe them ("people
#: *injured*", «человек *пострадали*») say more, when the parse has them
PEOPLE = _words("people person persons individual individuals man men человек люди житель")


def counted_noun(sentence: str, figure: str, language: str | None) -> str | None:
    """The lemma of the noun ``figure`` counts in ``sentence`` by the parse, or ``None`` when the
    parse names none (or no parser is installed): the noun the number modifies ("600
    *workers*", «40 *детей*»), past a number word or a share to the noun it counts ("26% of
    *households*", «26% *домохозяйств*», "2.9 million tonnes of *steel*"), and for a figure that
    stands alone after a light verb that verb's subject ("the *turnout* rose to 41%",
    «*выплавка* сократилась до 2,9 млн тонн»)."""
    return _read(sentence, figure, language, noun_of)


def _read(
    sentence: str,
    figure: str,
    language: str | None,
    reader: Callable[[tuple[_Token, ...], int, int], str | None],
) -> str | None:
    """``reader`` on the parse of ``sentence`` at ``figure``'s span, or ``None`` when the figure
    is not in it or no parse can be had."""
    at = sentence.find(figure)
    if at < 0 or not figure.strip():
        return None
    try:
        tokens = _parse(sentence, language or "en")
    except Exception:  # noqa: BLE001 - a missing model or a parser failure: no evidence
        return None
    return reader(tokens, at, at + len(figure))


def noun_of(tokens: tuple[_Token, ...], start: int, end: int) -> str | None:
    inside = [t for t in tokens if t.start < end and t.end > start]
    numbers = [t for t in inside if t.pos == "NUM"]
    if not numbers:
        return None
    tok = numbers[-1]

    def children(t: _Token, rels: Iterable[str]) -> list[_Token]:
        return [c for c in tokens if c.head == t.i and c.i != t.i and c.dep in rels]

    def of_object(t: _Token) -> _Token | None:
        """The noun ``t`` governs: "of households", «домохозяйств» (a genitive nmod)."""
        for c in children(t, ("prep",)):
            if c.lemma.casefold() in ("of", "among"):
                obj = next(iter(children(c, ("pobj",))), None)
                if obj is not None and obj.pos in ("NOUN", "PROPN"):
                    return obj
        return next((c for c in children(t, ("nmod",)) if c.pos == "NOUN"), None)

    def described(t: _Token) -> _Token:
        """People said in general words: the participle or adjective that says which ("people
        *injured*", "the number of people *injured*")."""
        rels = ("acl", "amod", "relcl", "acl:relcl")
        around = [t]
        if t.dep == "pobj" and tokens[t.head].dep == "prep":
            around.append(tokens[tokens[t.head].head])  # "the number of people injured"
        for n in around:
            word = next((c for c in children(n, rels) if c.pos not in ("NUM", "DET")), None)
            if word is not None:
                return word
        return t

    def subject(t: _Token) -> _Token | None:
        """A figure standing alone (or a measure) after a light verb: that verb's subject."""
        node = t
        for _ in range(3):
            up = tokens[node.head]
            if up.i == node.i:
                return None
            if up.pos == "ADP" or up.dep == "prep":
                node = up
                continue
            if up.pos in ("VERB", "AUX") and (
                up.lemma.casefold() in LIGHT_VERBS or up.pos == "AUX"
            ):
                subj = next(
                    (
                        c
                        for c in children(up, ("nsubj", "nsubjpass", "nsubj:pass"))
                        if c.i != node.i and c.pos in ("NOUN", "PROPN")
                    ),
                    None,
                )
                if subj is not None and subj.lemma.casefold() in OF_NOUNS:
                    subj = of_object(subj) or subj
                return subj
            return None
        return None

    noun: _Token | None = None
    for _ in range(4):
        head = tokens[tok.head]
        if head.i == tok.i or tok.dep not in _NUMBER_OF or head.pos not in ("NOUN", "PROPN", "SYM"):
            break
        lemma = head.lemma.casefold()
        if lemma in MULTIPLIERS:
            tok = head
            continue
        if lemma in OF_NOUNS:
            # a share of nothing named ("turnout rose to 41%"): what the verb's subject counts
            noun = of_object(head) or subject(head)
            break
        noun = head
        break
    if noun is not None and noun.lemma.casefold() in GENERIC_NOUNS - PEOPLE - OF_NOUNS:
        # a measure: what it measures ("2.9 million tonnes of steel"), else the light verb's
        # subject ("output fell to 2.9 million tonnes"), else the measure itself
        noun = of_object(noun) or subject(noun) or noun
    elif noun is None:
        noun = subject(tok)
    if noun is None:
        return None
    if noun.lemma.casefold() in PEOPLE:
        noun = described(noun)
    lemma = noun.lemma.casefold()
    return None if re.search(r"\d", lemma) else lemma
