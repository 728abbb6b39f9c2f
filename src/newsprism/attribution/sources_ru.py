"""Who a Russian cue names as its source (a method group of :class:`.quotes_ru._Reader`): the
entities of the article, a source's words, its role and name, the outlet a trailing cue names,
and a dash-introduced speech.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from . import flags_ru as flags
from .bodies_ru import person_noun
from .lexicon_ru import (
    _POSSESSIVES,
    _PRONOUNS,
    ADDITIVE_PARTICLES,
    EMPHATIC_SELF,
    MEDIA_NOUNS,
    SPEECH_VERBS,
)
from .model import Entity, Found, SourceRef
from .names_ru import (
    with_agreeing_surname,
    without_bracket_or_role,
    without_generation,
    without_title,
)
from .owners_ru import AMBIGUOUS, person_owner
from .roles import EXPERT_WORDS, RU_ANONYMOUS, RU_COLLECTIVE, RU_DOCUMENTS, RU_ORGANIZATIONS
from .tokens_ru import (
    _ONE_FORMS,
    _adjective,
    _common_person_noun,
    _contiguous,
    _morph_vocab,
    _name_fact,
    _name_parts,
    _nominative,
    _nominative_agreeing,
)

if TYPE_CHECKING:
    from .quotes_ru import _Reader


# -- entities ----------------------------------------------------------------------------


def entities(self: _Reader, doc: Any, nlp: Any) -> list[Entity]:
    out = []
    for span in doc.spans:
        label = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}.get(span.type)
        if label is None:
            continue
        span.normalize(nlp.morph_vocab)
        start, end = self.offset + span.start, self.offset + span.stop
        e = Entity(start, end, self.text[start:end], label, span.normal or span.text)
        if label == "PER" and len(span.tokens) >= 2:
            # «по словам министра Олега Рыбина»: the surname agrees with the given name
            feats = span.tokens[0].feats or {}
            given = (feats.get("Gender", ""), feats.get("Case", ""))
            e.normal = with_agreeing_surname(e.normal, given, e.text)
        if label == "PER":
            e = without_title(e)
            if flags.NAME_CLEAN:
                e = without_bracket_or_role(e, person_noun)
            e.first, e.middle, e.last = _name_parts(e.normal, _name_fact(nlp, e.normal))
            e.last = without_generation(e.last)
            gender = span.tokens[0].feats.get("Gender")
            e.gender = {"Masc": "m", "Fem": "f"}.get(gender or "")
            if flags.GENDER_FROM_VERB and e.first and known_given_name_gender(e.first) is None:
                # a given name the dictionary does not know: the tagger read it by its
                # neighbours, the verb by the person
                e.gender = self.verb_gender(span.tokens) or e.gender
            e.role = self.role_of(span.tokens, nlp.morph_vocab)
        out.append(e)
    return out


@cache
def known_given_name_gender(word: str) -> str | None:
    """The gender pymorphy3's dictionary gives a given name («Дэвид» "m", «Ольга» "f"), None
    where it does not know the name in the singular or gives it both («Мариетт», «Ким»,
    «Саша»)."""
    from .bodies_ru import _analyzer

    genders = {
        str(p.tag.gender)
        for p in _analyzer().parse(word)
        if "Name" in p.tag and p.tag.number == "sing"
    }
    return {"masc": "m", "femn": "f"}.get(genders.pop()) if len(genders) == 1 else None


def _sentence_of(self: _Reader, tokens: list[Any]) -> Any:
    """The parsed sentence holding ``tokens``, or None; the token-to-sentence index is built once
    per reader (a scan of the sentences per name was quadratic)."""
    if self._sent_of is None:
        self._sent_of = {}
        for s in self.sents:
            for token_id in s.by_id:
                self._sent_of.setdefault(token_id, s)
    return self._sent_of.get(tokens[0].id)


def verb_gender(self: _Reader, tokens: list[Any]) -> str | None:
    """The gender of the past-tense verb whose subject a name is, alone or in apposition to
    the noun of its profession («Экономист Мариетт Шааке заявила» → "f"), None where it is no
    such subject.  The tagger reads a name it does not know by the words around it, and the
    profession noun («экономист», «министр») is masculine whoever holds the post; the verb
    agrees with the person (thirty-eighth session)."""
    sent = _sentence_of(self, tokens)
    if sent is None:
        return None
    ids = {t.id for t in tokens}
    node = next((t for t in tokens if t.head_id not in ids), tokens[0])
    if node.rel in ("appos", "flat:name", "flat"):
        head = sent.head(node)
        if head is None or head.pos != "NOUN" or head.id in ids:
            return None
        node = head  # «Экономист Мариетт Шааке»: the profession noun is the subject
    if node.rel != "nsubj":
        return None
    verb = sent.head(node)
    if verb is None or verb.pos not in ("VERB", "AUX"):
        return None
    feats = verb.feats or {}
    if feats.get("Tense") != "Past" or feats.get("Number") == "Plur":
        return None
    return {"Masc": "m", "Fem": "f"}.get(feats.get("Gender", ""))


def role_of(self: _Reader, tokens: list[Any], vocab: Any = None) -> str | None:
    """«Глава МИД Сергей Лавров», «Сергей Лавров, министр иностранных дел»; in the
    nominative («по словам губернатора области» → «губернатор области»)."""
    sent = _sentence_of(self, tokens)
    if sent is None:
        return None
    ids = {t.id for t in tokens}
    root = next((t for t in tokens if t.head_id not in ids), tokens[0])
    head = sent.head(root)
    words = None
    case = (root.feats or {}).get("Case")

    def agrees(noun: Any) -> bool:
        # an apposition agrees in case: «дочь Фёдора Емельяненко» is no role of Фёдор
        other = (noun.feats or {}).get("Case")
        return case is None or other is None or other == case

    if root.rel == "appos" and head is not None and head.pos == "NOUN" and agrees(head):
        words = [
            t for t in sent.subtree(head) if t.id not in ids and self.pos(t) < self.pos(tokens[0])
        ]
    else:
        for kid in sent.kids(root):
            if kid.rel == "appos" and kid.pos == "NOUN" and kid.id not in ids and agrees(kid):
                words = sent.subtree(kid)
                break
    if not words:
        return None
    role = self._words(words)
    if role is None or vocab is None:
        return role
    return _nominative(self._role_tokens(words), vocab) or role


def _role_tokens(self: _Reader, toks: list[Any]) -> list[Any]:
    toks = [t for t in toks if t.pos != "PUNCT" or t.text in "«»"]
    while toks and toks[0].pos in ("CCONJ", "ADP"):
        toks = toks[1:]
    return toks


def _words(self: _Reader, toks: list[Any]) -> str | None:
    toks = self._role_tokens(toks)
    if not toks:
        return None
    a, b = self.span(toks)
    return self.text[a:b]


# -- sources -----------------------------------------------------------------------------


def source(
    self: _Reader, sent: Any, root: Any, verb: Any | None = None, extra: Sequence[Any] = ()
) -> SourceRef:
    if (root.lemma or "") == "который":
        # «шофёр, который утверждает …»: the relative pronoun stands for its antecedent
        before = [
            t for t in sent.tokens if self.pos(t) < self.pos(root) and t.pos in ("NOUN", "PROPN")
        ]
        antecedent = before[-1] if before else None
        while antecedent is not None and antecedent.rel in ("flat:name", "flat"):
            antecedent = sent.head(antecedent)
        if antecedent is not None and antecedent.pos == "NOUN" and antecedent.rel == "appos":
            up = sent.head(antecedent)
            antecedent = up if up is not None and up.pos == "PROPN" else antecedent
        if antecedent is not None and antecedent.pos in ("NOUN", "PROPN"):
            src = self.source(sent, antecedent, verb)
            # the noun phrase alone: the antecedent and its words before the relative clause
            toks = [antecedent] + [
                t
                for t in sent.subtree(antecedent)
                if t.head_id == antecedent.id
                and t.rel in ("amod", "det", "nmod", "flat:name", "flat", "nummod")
                and self.pos(t) < self.pos(root)
            ]
            toks = [u for t in toks for u in ([t] if t is antecedent else sent.subtree(t))]
            src.start, src.end = self.span(sorted(toks, key=lambda t: t.start))
            src.text = self.text[src.start : src.end]
            return src
    toks = sent.subtree(root)
    if flags.NONPROJECTIVE_CLIP:
        toks = _contiguous(sent, toks, root)
    if verb is not None and verb.id not in {t.id for t in toks}:
        # a subject never runs across its verb: words on the verb's other side were hung
        # on it by a non-projective misparse («умер князь Дмитрий Романович, сообщила его
        # вдова Дорит Ревентлов» with the prince's name under «вдова»)
        v = self.pos(verb)
        after = self.pos(root) > v
        toks = [t for t in toks if (self.pos(t) > v) == after]
    # a source does not run on into a participle or relative clause after a comma
    cut = next(
        (
            i
            for i, t in enumerate(toks)
            if t.text == ","
            and self.pos(t) > self.pos(root)
            and i + 1 < len(toks)
            and ((toks[i + 1].lemma or "") == "который" or toks[i + 1].pos == "VERB")
        ),
        None,
    )
    if cut is not None:
        toks = toks[:cut]
    # nor across a colon after it: the colon opens what is said («приводит слова рабочего
    # цеха: «…»», the quote hung on the owner by the parse, read into the speaker's name)
    colon = next(
        (i for i, t in enumerate(toks) if t.text == ":" and self.pos(t) > self.pos(root)), None
    )
    if colon is not None:
        toks = toks[:colon]
    # nor opens with an additive particle: «Об этом сообщил и губернатор» (twenty-eighth
    # session: the reader was shown «и губернатор области»)
    while (
        len(toks) > 1
        and toks[0] is not root
        and toks[0].text.lower() in ADDITIVE_PARTICLES
        and toks[0].pos in ("CCONJ", "PART", "ADV")
    ):
        toks = toks[1:]
    # nor with the emphatic «сам» before a person («Сам Бейкер заявил»: the reader was shown a
    # speaker «Сам Бейкер»); before an adjective «самой» is the superlative («самой старой»)
    if (
        len(toks) > 1
        and toks[0] is not root
        and toks[0].text.lower() in EMPHATIC_SELF
        and toks[1].pos in ("PROPN", "NOUN", "PRON")
    ):
        toks = toks[1:]
    toks = toks + [t for t in extra if t not in toks]
    toks = toks + self._name_after(sent, toks)
    start, end = self.span(toks)
    if self.text.count("(", start, end) > self.text.count(")", start, end):
        # «Фолькер Буфье (Volker Bouffier)»: the bracket the name was written in closes it
        close = re.match(r"\s*\)", self.text[end : end + 3])
        end += close.end() if close is not None else 0
    text = self.text[start:end]
    lemma = (root.lemma or root.text).lower()
    named = self._named_outlet(sent, root, start, end)
    if named is not None:
        # «агентство «Север-Пресс»», «издание Long War Journal», «По информации «Правды»»:
        # an organisation known by its name, whatever noun introduces it
        return SourceRef(start, end, text, "organization", lemma, normal=named)
    plural = root.feats.get("Number") == "Plur"
    serves = served(self, sent, root, toks) if flags.SERVING and not plural else None
    if serves is not None:
        # «пресс-служба полиции РА», «офис премьер-министра Терезы Мэй»: the service or the
        # office speaks, not the one it serves (who would be shown as its speaker)
        serving = SourceRef(start, end, text, "organization", lemma, serves=serves)
        return self._in_nominative(serving, root, toks, verb)
    if (
        flags.SUBJECT_NUMBER
        and not plural
        and verb is not None
        and root.head_id == verb.id
        and root.rel == "nsubj"
        and root.pos in ("NOUN", "PROPN")
        and verb.feats.get("Number") == "Plur"
    ):
        # «Авиакомпании считают»: the tagger read a genitive singular, the verb agrees with
        # a plural subject
        plural = True
    gender = {"Masc": "m", "Fem": "f"}.get(root.feats.get("Gender", ""))
    if gender is None and verb is not None:
        gender = {"Masc": "m", "Fem": "f"}.get(verb.feats.get("Gender", ""))
    if root.pos == "PRON" and lemma in _PRONOUNS:
        g, plural = _PRONOUNS[lemma]
        return SourceRef(start, end, text, "pronoun", lemma, g or gender, plural)
    if root.pos in ("PRON", "DET") and text.lower() in _POSSESSIVES:
        # «По их словам», «по его данным»: the owner of the words is a pronoun's referent
        lemma = _POSSESSIVES[text.lower()]
        g, plural = _PRONOUNS[lemma]
        return SourceRef(start, end, text, "pronoun", lemma, g, plural)
    # a capitalised noun opening the sentence that NER calls nobody is a description the
    # tagger took for a name («Актёр отметил, …», «Российский Президент объявил»: only
    # adjectives before it)
    words = [t for t in sent.tokens if t.pos != "PUNCT"]
    k = next((n for n, t in enumerate(words) if t is root), -1)
    opening = k >= 0 and all(t.pos == "ADJ" or _adjective(t.text) for t in words[:k])
    propn = root.pos == "PROPN" and not (
        opening and _common_person_noun(str(getattr(root, "text", "")))
    )
    if propn and root.feats.get("Animacy") == "Anim":
        return SourceRef(start, end, text, "name", lemma, gender, plural)
    if lemma in RU_DOCUMENTS:
        return SourceRef(start, end, text, "document", lemma)
    if (
        flags.BARE_OFFICIAL
        and lemma in OFFICIAL_WORDS
        and not plural
        and len([t for t in toks if t.pos != "PUNCT"]) == 1
    ):
        # «Чиновник добавил» after «Представитель управления Павел Зимин подтвердил»:
        # the bare word for an office holder calls back the one just quoted, as «министр» does
        return self._in_nominative(
            SourceRef(start, end, text, "description", lemma, gender, plural), root, toks, verb
        )
    if (
        flags.BARE_EXPERT
        and lemma.replace("ё", "е") in EXPERT_WORDS
        and not plural
        and len([t for t in toks if t.pos != "PUNCT"]) == 1
    ):
        # «— добавляет эксперт», «По мнению учёного» after «Директор центра Георгий Остапкович
        # отметил …»: one expert, alone, is the one just quoted, as a bare «чиновник» is; the
        # noun's grammatical gender says nothing of the person's (only the verb's does)
        g = {"Masc": "m", "Fem": "f"}.get(verb.feats.get("Gender", "")) if verb else None
        return self._in_nominative(
            SourceRef(start, end, text, "description", lemma, g, plural), root, toks, verb
        )
    if lemma in RU_ANONYMOUS and not self._named(start, end):
        return self._in_nominative(
            SourceRef(start, end, text, "anonymous", lemma, gender, plural), root, toks, verb
        )
    if propn:
        return SourceRef(start, end, text, "organization", lemma, plural=plural)
    if lemma in RU_ORGANIZATIONS and not plural:
        ref = SourceRef(start, end, text, "organization", lemma)
    elif plural or (lemma in RU_COLLECTIVE and not _one_named_person(self, root, toks)):
        ref = SourceRef(start, end, text, "collective", lemma, plural=plural)
    else:
        ref = None
    if ref is not None:
        ref.normal = _nominative(self._role_tokens(toks), _morph_vocab(), lower=False)
        return ref
    # «отец Сергея Котова», «адвокат Ивана Петрова»: a name in the genitive under a noun
    # in another case is whose the speaker is, not the speaker
    owned = {
        u.id
        for k in sent.kids(root)
        if k.rel == "nmod"
        and k.feats.get("Case") == "Gen"
        and root.feats.get("Case") not in (None, "Gen")
        for u in sent.subtree(k)
    }
    # «Адвокат Маркива»: a person acting for the one named after them, whose surname the
    # tagger read in the nominative (:mod:`.owners_ru`)
    owner = person_owner(self, sent, root, toks, verb) if flags.PERSON_OWNER and not propn else None
    doubt = owner == AMBIGUOUS
    if doubt:
        # «Адвокат Петрова заявила»: the lawyer Petrova or Petrov's lawyer — shown as the
        # description, uncertain, never under the one name both readings exclude («Петров»)
        owner = None
    elif owner is not None:
        owned |= {t.id for t in toks if owner[0] <= self.pos(t) < owner[1]}
    if (
        not doubt
        and self._named(start, end)
        and any(
            t.pos == "PROPN"
            and t.feats.get("Animacy") == "Anim"
            and (t is not root or propn)
            and not (t.id in owned and (t.feats.get("Case") == "Gen" or owner is not None))
            for t in toks
        )
    ):
        return SourceRef(start, end, text, "name", lemma, gender, plural)
    # «директор краеведческого музея города Тулы»: capitals, but no person's name
    return self._in_nominative(
        SourceRef(
            start, end, text, "description", lemma, gender, plural, owner=owner, owner_doubt=doubt
        ),
        root,
        toks,
        verb,
    )


#: the general words for someone holding an office: alone, with no word of their own, they call
#: back the office holder just quoted (thirty-sixth session); with any word («чиновник
#: правительства», «один чиновник») they stay an unnamed source
OFFICIAL_WORDS = frozenset(["чиновник", "чиновница"])


#: bodies that act for the one named after them: the press service, office or management of X
#: speaks for X but is not X («пресс-служба полиции РА», «офис премьер-министра»)
SERVING_BODIES = frozenset(
    ["пресс-служба", "пресс-центр", "офис", "канцелярия", "аппарат", "секретариат",
     "представительство", "руководство", "администрация", "управление"]
)  # fmt: skip


def served(self: _Reader, sent: Any, root: Any, toks: list[Any]) -> tuple[int, int] | None:
    """The span of whom a serving body (:data:`SERVING_BODIES`) serves, when the source words
    name them after it: an ``nmod`` of the head in the genitive holding a name (a capitalised
    word) — «пресс-служба полиции РА», «офис премьер-министра страны Терезы Мэй»."""
    if (root.lemma or "").lower() not in SERVING_BODIES:
        return None
    inside = {t.id for t in toks}
    for kid in sent.kids(root):
        if kid.rel != "nmod" or kid.id not in inside or self.pos(kid) < self.pos(root):
            continue
        if kid.feats.get("Case") != "Gen":
            continue
        owner = [t for t in sent.subtree(kid) if t.id in inside]
        if any(t.text[:1].isupper() and t.pos in ("PROPN", "NOUN", "X") for t in owner):
            return self.span(owner)
    return None


def _in_nominative(
    self: _Reader, ref: SourceRef, root: Any, toks: list[Any], verb: Any | None
) -> SourceRef:
    """A description read in an oblique case («по словам её представителя», «сообщили
    в пресс-службе») named in the nominative, as organisations already are: the speaker
    table says «её представитель», not «её представителя» (twenty-fourth session)."""
    if not flags.NOMINATIVE_DESCRIPTIONS:
        return ref
    if root.text.lower() in _ONE_FORMS and root.text.lower() not in ("один", "одна"):
        # «одного из жителей» → «один из жителей» (the group after it stays as written)
        one = "одна" if root.text.lower() in ("одной", "одну", "одною") else "один"
        words = ref.text.split(" ", 1)
        ref.normal = one + (" " + words[1] if len(words) > 1 else "")
        return ref
    if root.feats.get("Case") in (None, "Nom"):
        return ref
    if verb is not None and _nominative_agreeing(root.text, verb.feats.get("Number")):
        return ref  # «сообщили его дочери»: a subject the tagger read in another case
    normal = _nominative(self._role_tokens(toks), _morph_vocab(), lower=False)
    if normal:
        ref.normal = normal
    return ref


def _name_after(self: _Reader, sent: Any, toks: list[Any]) -> list[Any]:
    """«пресс-секретарь мэра города Гаврилов в интервью дал понять»: a name right
    after an office, which the parser hung elsewhere, belongs to the source words."""
    if not toks or toks[0].pos not in ("NOUN", "ADJ"):
        return []
    ids = [t.id for t in sent.tokens]
    try:
        k = ids.index(toks[-1].id) + 1
    except ValueError:
        return []
    out: list[Any] = []
    while (
        k < len(sent.tokens)
        and len(out) < 3
        and sent.tokens[k].pos == "PROPN"
        and sent.tokens[k].feats.get("Animacy") == "Anim"
        and sent.tokens[k].text[:1].isupper()
        and sent.tokens[k] not in toks
    ):
        out.append(sent.tokens[k])
        k += 1
    if flags.NONPROJECTIVE_CLIP:
        # «по словам председателя ЦБ Эльвиры Набиуллиной» with «ЦБ Эльвиры Набиуллиной»
        # hung on a noun of an earlier phrase: words right after the source that the parse
        # hangs on something before it (or on one of these) cross it — a misparse
        first = self.pos(toks[0])
        taken = {t.id for t in out}
        while k < len(sent.tokens) and len(out) < 4:
            t = sent.tokens[k]
            head = sent.head(t)
            if t.pos == "PUNCT" or t in toks or head is None:
                break
            if not (head.id in taken or self.pos(head) < first):
                break
            out.append(t)
            taken.add(t.id)
            k += 1
    return out


def _named_outlet(self: _Reader, sent: Any, root: Any, start: int, end: int) -> str | None:
    text = self.text[start:end]
    if text.startswith("«") and text.endswith("»") and text.count("«") == 1:
        return text[1:-1]
    if (root.lemma or "").lower() not in MEDIA_NOUNS:
        return None
    name = next(
        (
            k
            for k in sent.kids(root)
            if k.rel in ("appos", "nmod", "flat:foreign") and k.pos in ("PROPN", "X")
        ),
        None,
    )
    if name is None:
        quoted = re.search(r"«([^«»]+)»", text)
        return quoted.group(1) if quoted else None
    a, b = self.span(sent.subtree(name))
    return self.text[a:b].strip("«»")


def _one_named_person(self: _Reader, root: Any, toks: list[Any]) -> bool:
    """Whether the source words are one person's name after a singular noun for a person
    («Экономист Ольга Смирнова», «аналитик Иван Козлов»): the noun is then that person's
    role, as «адвокат» or «депутат» before a name is, and not the group the same noun names
    alone or in the plural (:data:`.roles.RU_COLLECTIVE`)."""
    if not flags.NAMED_MEMBER or not person_noun(str(root.lemma or root.text)):
        return False
    return any(
        t is not root and t.pos == "PROPN" and t.feats.get("Animacy") == "Anim" for t in toks
    )


def _named(self: _Reader, start: int, end: int) -> bool:
    words = self.text[start:end].split()
    return any(w[:1].isupper() for w in words[1:])


def dash(self: _Reader, dash: Any) -> Found:
    """A dash-speech paragraph: cue and source from the author's words."""
    for a, b in dash.author:
        for sent in self.sents:
            for tok in sent.tokens:
                if not (a <= self.pos(tok) < b):
                    continue
                lemma = (tok.lemma or "").lower()
                if tok.pos == "VERB" and (
                    lemma in SPEECH_VERBS or tok.rel in ("parataxis", "root")
                ):
                    subj = next((k for k in sent.kids(tok) if k.rel == "nsubj"), None)
                    source = self.source(sent, subj, tok) if subj is not None else None
                    return Found("direct", dash.start, dash.end, self.cue_span(sent, tok), source)
    return Found("direct", dash.start, dash.end, None, None, continues_previous=not dash.author)
