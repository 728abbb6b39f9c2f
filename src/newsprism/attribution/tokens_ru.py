"""The Russian reader's sentence (:class:`_Sent`: natasha's tokens with their parse tree) and
the word tests its rules share: case, number and agreement by the dictionary, participles,
«один из», person nouns, names in the nominative.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from . import flags_ru as flags
from .lexicon_ru import _OCCASIONS


@dataclass
class _Sent:
    tokens: list[Any]
    by_id: dict[str, Any] = field(default_factory=dict)
    children: dict[str, list[Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for t in self.tokens:
            self.by_id[t.id] = t
            self.children.setdefault(t.head_id, []).append(t)

    def kids(self, tok: Any) -> list[Any]:
        return self.children.get(tok.id, [])

    def head(self, tok: Any) -> Any | None:
        return self.by_id.get(tok.head_id)

    def subtree(self, tok: Any) -> list[Any]:
        out, stack, seen = [], [tok], {tok.id}
        while stack:  # the parser can produce a cycle: visit each token once
            t = stack.pop()
            out.append(t)
            for k in self.kids(t):
                if k.id not in seen:
                    seen.add(k.id)
                    stack.append(k)
        return sorted(out, key=lambda t: t.start)


def _contiguous(sent: _Sent, toks: list[Any], anchor: Any) -> list[Any]:
    """The run of ``toks`` (a subtree, in text order) around ``anchor`` that no word outside
    them interrupts (punctuation aside): a subtree with a gap was parsed across a word that is
    not its own («По словам министра А, …, а по словам председателя ЦБ Б» with «ЦБ Б» hung on
    «министра»), and its words after the gap are not the phrase's (:data:`NONPROJECTIVE_CLIP`)."""
    ids = {t.id for t in toks}
    order = sent.tokens
    try:
        k = next(i for i, t in enumerate(order) if t is anchor)
    except StopIteration:
        return toks
    lo = hi = k
    while lo > 0 and (order[lo - 1].id in ids or order[lo - 1].pos == "PUNCT"):
        lo -= 1
    while hi + 1 < len(order) and (order[hi + 1].id in ids or order[hi + 1].pos == "PUNCT"):
        hi += 1
    run = {t.id for t in order[lo : hi + 1]}
    kept = [t for t in toks if t.id in run]
    return kept if len(kept) < len(toks) else toks


def s_end_trimmed(text: str, end: int) -> int:
    """Where a sentence ending at ``end`` ends without its closing mark and spaces."""
    while end > 0 and text[end - 1] in " \t\n.!":
        end -= 1
    return end


_FACTS: dict[str, dict[str, str]] = {}


def _name_fact(nlp: Any, normal: str) -> dict[str, str]:
    """natasha's name extractor (a yargy grammar, the costliest step after the networks) on a
    name in its dictionary form, once per distinct name; a lone word needs no grammar."""
    if len(normal.split()) < 2:
        return {}
    fact = _FACTS.get(normal)
    if fact is None:
        if len(_FACTS) > 50_000:
            _FACTS.clear()
        match = nlp.names_extractor.find(normal)
        fact = _FACTS[normal] = dict(match.fact.as_json) if match else {}
    return fact


_PATRONYMIC = re.compile(r"(?:ович|евич|ьич|ична|инична|овна|евна)$", re.I)


def _name_parts(normal: str, fact: dict[str, str]) -> tuple[str | None, str | None, str | None]:
    """First name, patronymic and surname, correcting the name extractor's usual slips:
    «Сергей Викторович» read as first + last, a lone surname read as a first name."""
    words = normal.split()
    if len(words) == 1:
        return None, None, words[0]  # a lone name in news text is nearly always the surname
    first, middle, last = fact.get("first"), fact.get("middle"), fact.get("last")
    if last and _PATRONYMIC.search(last) and middle is None:
        middle, last = last, None
    if first is None and last is None:
        last = words[-1]
    return first, middle, last


def _one_of_many(tok: Any) -> bool:
    """«назвал Коэна одним из самых влиятельных музыкантов»: «один» in the instrumental is
    the predicate the naming gives, as a noun would be (:data:`ONE_OF_PREDICATE`)."""
    return (
        flags.ONE_OF_PREDICATE
        # numerals keep their written form as lemma: the instrumental's forms
        and tok.text.lower() in ("одним", "одной", "одною", "одними")
    )


def _participle(tok: Any) -> bool:
    """A participle in the instrumental is a predicate adjective («назвал арест заранее
    спланированным», «признал решение ошибочным»): what a verb of judging says of its object
    (twenty-second session; off with :data:`PARTICIPLE_PREDICATE`)."""
    feats = tok.feats or {}
    return (
        flags.PARTICIPLE_PREDICATE
        and tok.pos == "VERB"
        and feats.get("VerbForm") == "Part"
        and feats.get("Case") == "Ins"
    )


def _substantive(sent: _Sent, tok: Any) -> bool:
    """A participle, adjective or numeral standing as a noun in a prepositional phrase: «о
    двух погибших», «о пострадавших», «об около 300 выданных ордеров»."""
    if tok.pos not in ("VERB", "ADJ", "NUM"):
        return False
    if tok.pos == "VERB" and tok.feats.get("VerbForm") != "Part":
        return False
    return any(c.rel == "case" for c in sent.kids(tok))


@lru_cache(maxsize=4096)
def _adjective(word: str) -> bool:
    """Whether the dictionary reads a word first as a full adjective («Российский», which the
    tagger may take for part of a name when capitalised)."""
    parses = _morph_vocab().parse(word.lower())
    return bool(parses) and parses[0].tag.POS == "ADJF"


def _number_clash(verb: Any, subj: Any) -> bool:
    """A finite verb and a noun in the nominative that disagree in number («сообщили» and
    «Пи-Орридж»): the noun is not the verb's subject."""
    a, b = verb.feats.get("Number"), (subj.feats or {}).get("Number")
    return (
        verb.feats.get("VerbForm") == "Fin"
        and subj.pos in ("NOUN", "PROPN")
        and (subj.feats or {}).get("Case") == "Nom"
        and a is not None
        and b is not None
        and a != b
    )


@lru_cache(maxsize=4096)
def _nominative_agreeing(word: str, number: str | None) -> bool:
    """Whether the dictionary has a nominative reading of ``word`` in ``number`` («дочери»:
    plural nominative as well as singular dative).  A word only ever singular (``Sgtm``: «РИА»,
    an outlet's abbreviation) agrees with no plural verb: «…, сообщили РИА Новости» tells who
    was told, not who told."""
    want = {"Sing": "sing", "Plur": "plur"}.get(number or "")
    if want is None:
        return False
    return any(
        "nomn" in p.tag.grammemes
        and want in p.tag.grammemes
        and not (want == "plur" and "Sgtm" in p.tag.grammemes)
        for p in _morph_vocab().parse(word.lower())
    )


@lru_cache(maxsize=4096)
def _after_addressee(word: str) -> bool:
    """A plural dative no nominative reading shares («журналистам», «таблоидам»): the
    addressee between a verb of saying and its subject."""
    parses = _morph_vocab().parse(word.lower())
    return bool(parses) and all(
        "datv" in p.tag.grammemes and "nomn" not in p.tag.grammemes for p in parses
    )


#: every form of «один» (the tagger leaves a numeral's lemma as written)
_ONE_FORMS = frozenset(
    ["один", "одного", "одному", "одним", "одном", "одна", "одной", "одну", "одною", "одно"]
)


def _one_of(sent: _Sent, tok: Any) -> bool:
    """«одного из участников»: the numeral «один» with its «из» group, a member of it speaking
    («по словам одного из организаторов»)."""
    return (
        tok.pos == "NUM"
        and tok.text.lower() in _ONE_FORMS
        and any(
            k.pos in ("NOUN", "PROPN") and any(c.text.lower() == "из" for c in sent.kids(k))
            for k in sent.kids(tok)
        )
    )


def _common_person_noun(word: str) -> bool:
    """Whether every dictionary reading of the word is a common noun for a person («актёр»,
    «вождь»), never a first name, surname or thing («Соломон», «Песков»)."""
    parses = _morph_vocab().parse(word.lower())
    return bool(parses) and all(
        {"NOUN", "anim"} <= p.tag.grammemes and not {"Name", "Surn", "Patr"} & p.tag.grammemes
        for p in parses
    )


def _parenthetical(tok: Any) -> bool:
    """«скажем», «честно говоря», «так сказать»: words of saying that report nothing."""
    feats = tok.feats or {}
    if feats.get("VerbForm") in ("Conv", "Inf"):
        return True
    return feats.get("Person") == "1" and feats.get("Tense") == "Fut"


def _clausal(sent: _Sent, tok: Any) -> bool:
    return any(k.rel in ("nsubj", "cop", "mark") for k in sent.kids(tok))


def _morph_vocab() -> Any:
    """natasha's dictionary, from the loaded Russian models (already loaded when sources are
    read); None where a test stands a fake in for them."""
    from .backends import models

    return getattr(models.get("ru"), "morph_vocab", None)


def _nominative(tokens: list[Any], vocab: Any, *, lower: bool = True) -> str | None:
    """A role phrase with its head noun and the adjectives agreeing with it in the nominative
    (natasha's syntax normaliser), starting in lower case unless it opens with a name or an
    abbreviation («Руководитель организации» at a sentence start → «руководитель организации»)."""
    from natasha.norm import syntax_normalize

    if vocab is None or not tokens:
        return None
    try:
        role = str(syntax_normalize(vocab, tokens))
    except (KeyError, ValueError, AttributeError):
        return None  # a parse the normaliser cannot walk: keep the words as written
    first = tokens[0]
    if lower and role and first.pos != "PROPN" and not first.text.isupper():
        role = role[0].lower() + role[1:]
    return role


def _occasion(lemma: str) -> bool:
    """A noun of an occasion one celebrates («юбилей», «день», «80-летие»)."""
    return lemma in _OCCASIONS or lemma.endswith("летие")
