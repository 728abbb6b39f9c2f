"""Russian nouns of saying and noun contents (a method group of :class:`.quotes_ru._Reader`):
what a verb of judging or naming says of its object, a verb's noun object as its content, and
a statement noun with its owner or the verb that carries it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import flags_ru as flags
from .lexicon_ru import (
    _CELEBRATE_VERBS,
    _NOT_NOUN_CONTENTS,
    _NOT_NOUN_REPORTS,
    _OTHER_SENSE_VERBS,
    APPEARING_VERBS,
    AS_VERBS,
    CRITICISM_NOUNS,
    CRITICISM_TARGET,
    EVALUATION_VERBS,
    EXPRESS_VERBS,
    EXPRESSED_NOUNS,
    JUDGING_VERBS,
    MEDIA_NOUNS,
    NOT_AGENTS,
    NOUN_OBJECT_VERBS,
    PUBLISHED_AT,
    PUBLISHING_VERBS,
    REQUEST_NOUNS,
    REQUEST_VERBS,
    SPEECH_VERBS,
)
from .model import Found, SourceRef
from .roles import RU_COLLECTIVE, RU_DOCUMENTS, RU_ORGANIZATIONS
from .tokens_ru import _occasion, _one_of_many, _participle, _Sent, _substantive

if TYPE_CHECKING:
    from .quotes_ru import _Reader


def _judged_as(self: _Reader, sent: _Sent, verb: Any, obj: Any) -> list[Any]:
    """What a verb of judging holds its object to be: the predicate in the instrumental
    after the object («считают претензии надуманными», «признал его виновным»)."""
    o = self.pos(obj)
    on_verb = [
        k
        for k in sent.kids(verb)
        if k.rel in ("xcomp", "obl")
        and (k.pos in ("ADJ", "NOUN") or _participle(k))
        and self.pos(k) > o
    ]
    # the parser may hang the adjective on the object, which it does not agree with
    on_object = [
        k
        for k in sent.kids(obj)
        if k.rel in ("nmod", "amod", "acl")
        and k.pos == "ADJ"
        and obj.feats.get("Case") != "Ins"
        and self.pos(k) > o
    ]
    return [k for k in on_verb + on_object if k.feats.get("Case") == "Ins"]


def _said_of(self: _Reader, sent: _Sent, verb: Any, obj: Any) -> list[Any]:
    """What an evaluation verb says of its object, after it: «назвал Маркса «величайшим
    мыслителем»» (the predicate noun), «обвинил журнал в придании …» (the charge)."""
    o = self.pos(obj)
    return [
        k
        for k in sent.kids(verb)
        if k.rel in ("xcomp", "obl", "iobj")
        and self.pos(k) > o
        and (k.pos in ("NOUN", "ADJ", "PROPN") or _participle(k) or _one_of_many(k))
    ]


def _as_phrase(self: _Reader, sent: _Sent, verb: Any, obj: Any) -> list[Any]:
    """The «как …» phrase after ``obj`` saying what it is (on the verb or on the object)."""
    o = self.pos(obj)
    return [
        k
        for k in sent.kids(verb) + sent.kids(obj)
        if self.pos(k) > o
        and k.rel in ("obl", "advcl", "xcomp", "nmod", "acl", "amod")
        and any(c.text.lower() == "как" and self.pos(c) < self.pos(k) for c in sent.kids(k))
    ]


def _as_object(self: _Reader, sent: _Sent, verb: Any) -> Any | None:
    """The object of an «as» verb that has a «как …» phrase, or None."""
    return next(
        (
            k
            for k in sent.kids(verb)
            if k.rel == "obj" and k.pos != "PRON" and self._as_phrase(sent, verb, k)
        ),
        None,
    )


def _naming(self: _Reader, sent: _Sent, verb: Any, obj: Any) -> bool:
    # the name given hangs on the verb or, as an apposition, on the object
    said = self._said_of(sent, verb, obj) + [k for k in sent.kids(obj) if k.rel == "appos"]
    if any(k.pos == "PROPN" and self.quote_at(self.pos(k)) is None for k in said):
        return True
    # «назвал улицу в честь ветерана»: named after someone, whichever word the parser
    # hangs «в честь» on
    return any(
        (k.lemma or "").lower() == "честь"
        and any(c.rel == "case" and c.text.lower() == "в" for c in sent.kids(k))
        for k in [*sent.kids(verb), *sent.kids(obj)]
    )


def _noun_content(
    self: _Reader, sent: _Sent, verb: Any, subj: Any | None, skip: Any | None
) -> Any | None:
    lemma = (verb.lemma or "").lower()
    if flags.CRITICISM and skip is not None and (skip.lemma or "").lower() in CRITICISM_NOUNS:
        # «подверг резкой критике решение правительства»: what was criticised
        target = next(
            (k for k in sent.kids(verb) if k.rel == "obj" and k is not subj and k.pos != "PRON"),
            None,
        )
        if target is not None:
            return target
    for k in sent.kids(verb):
        if k is subj or k is skip:
            continue
        if k.pos not in ("NOUN", "PROPN", "PRON") and not _substantive(sent, k):
            continue
        if k.rel == "obj" and lemma in ("назвать", "называть") and self._naming(sent, verb, k):
            continue  # «назвали дочь Рэддикс»: giving a name, not judging
        if k.rel == "obj" and lemma in NOUN_OBJECT_VERBS and k.pos != "PRON":
            return k
        if k.rel == "obj" and lemma in REQUEST_VERBS and k.pos != "PRON":
            return k  # «потребовала введения дополнительных мер»
        if k.rel == "obj" and lemma in AS_VERBS and self._as_phrase(sent, verb, k):
            return k  # «охарактеризовал процесс как политически мотивированный»
        if k.rel == "obj" and lemma in EXPRESS_VERBS and (k.lemma or "") in EXPRESSED_NOUNS:
            return k  # «выразил соболезнования семьям погибших»
        if k.rel == "obj" and lemma in EVALUATION_VERBS and self._said_of(sent, verb, k):
            return k  # «назвал его «предателем»»: a pronoun with what is said of it
        if k.rel == "obj" and lemma in JUDGING_VERBS and self._judged_as(sent, verb, k):
            return k  # «сочла отказ необоснованным»: the object and what it is judged
        if k.rel in ("obl", "obj") and any(
            c.rel == "case" and c.text.lower() in ("о", "об", "обо") for c in sent.kids(k)
        ):
            return k
        if k.rel == "obl":
            # «сообщил в телеграм-канале о гибели …»: the «о» phrase hangs on the place
            about = next(
                (
                    c
                    for c in sent.kids(k)
                    if c.rel == "nmod"
                    and any(
                        d.rel == "case" and d.text.lower() in ("о", "об", "обо")
                        for d in sent.kids(c)
                    )
                ),
                None,
            )
            if about is not None:
                return about
    if (
        flags.ANY_NOUN_OBJECT
        and lemma in SPEECH_VERBS
        and lemma not in _NOT_NOUN_REPORTS
        and lemma not in _OTHER_SENSE_VERBS
    ):
        for k in sent.kids(verb):
            if (
                k.rel == "obj"
                and k is not subj
                and k is not skip
                and k.pos == "NOUN"
                and k.feats.get("Animacy") != "Anim"
                and (k.lemma or "") not in _NOT_NOUN_CONTENTS
                and not (lemma in _CELEBRATE_VERBS and _occasion(k.lemma or ""))
                and self.quote_at(self.pos(k)) is None
            ):
                return k
    if skip is not None:  # «пришли к выводу о необходимости …»
        return next(
            (
                c
                for c in sent.kids(skip)
                if c.rel == "nmod"
                and any(
                    d.rel == "case" and d.text.lower() in ("о", "об", "обо") for d in sent.kids(c)
                )
            ),
            None,
        )
    return None


def speech_noun(self: _Reader, sent: _Sent, noun: Any, carried_only: bool = False) -> Found | None:
    """«отвергает заявления афганских властей о гибели …»: a claim reported in a noun
    phrase, by the owner of the words, with its «о …» or «что …» content."""
    kids = sent.kids(noun)
    if any(k.text.lower() == "по" for k in kids):
        return None
    owner = next(
        (
            k
            for k in kids
            if k.rel == "nmod"
            and k.pos in ("NOUN", "PROPN")
            and not any(c.rel == "case" for c in sent.kids(k))
        ),
        None,
    )
    if carried_only:
        owner = None
    criticism = flags.CRITICISM and (noun.lemma or "").lower() in CRITICISM_NOUNS
    if criticism and owner is not None and owner.pos == "PROPN":
        # «критика Лондона в адрес …»: a name in the genitive would be shown as the speaker
        # in that case («Лондона»); only a common noun's owner is read («критика областного
        # правительства»), whose lemma gives the speaker its normal form
        owner = None
    request = (noun.lemma or "").lower() in REQUEST_NOUNS
    content = next(
        (
            k
            for k in kids
            if k.rel in ("nmod", "acl", "ccomp", "xcomp")
            and k is not owner
            and (
                any(
                    c.rel in ("case", "mark") and c.text.lower() in ("о", "об", "обо", "что")
                    for c in sent.kids(k)
                )
                # «требование предоставить», «призыв прекратить»: the infinitive it governs
                or (request and k.pos == "VERB" and k.feats.get("VerbForm") == "Inf")
                # «критика в адрес проекта», «в отношении строительства»: what it is aimed at
                or (
                    criticism
                    and k.rel == "nmod"
                    and CRITICISM_TARGET.match(self.text, self.span(sent.subtree(k))[0]) is not None
                )
            )
        ),
        None,
    )
    if owner is None and content is not None and not carried_only:
        owner = self._with_noun_subject(sent, noun)
    source: SourceRef | None = None
    carried = False
    if owner is None and content is not None and flags.REPORTING_NOUNS:
        carried, source = self._carrier(sent, noun)
    if (owner is None and not carried) or content is None:
        return None
    toks = [t for t in sent.subtree(content) if not (t.rel == "mark" and t.text.lower() == "что")]
    a, b = self.span(toks)
    if len(self.text[a:b].split()) < 2:
        return None
    return Found(
        "indirect",
        a,
        b,
        (self.pos(noun), self.offset + int(noun.stop)),
        self.source(sent, owner) if owner is not None else source,
    )


def _carrier(self: _Reader, sent: _Sent, noun: Any) -> tuple[bool, SourceRef | None]:
    """A statement with no owner of its own, made public by a verb: «Минтранс опубликовал
    заявление о …» (the publisher's), «инспекцией были опубликованы данные о …» (the agent's),
    «на сайте клуба появилось сообщение, что …» (the place's owner), «поступили сообщения,
    что …» (nobody's: an agentless report).  ``(False, None)``: no such verb."""
    head = sent.head(noun)
    if head is None or head.pos != "VERB":
        return False, None
    lemma = (head.lemma or "").lower()
    kids = sent.kids(head)
    if noun.rel == "obj" and lemma in PUBLISHING_VERBS:
        subj = next(
            (k for k in kids if k.rel == "nsubj" and k.pos in ("NOUN", "PROPN", "PRON")), None
        )
        return (True, self.source(sent, subj, head)) if subj is not None else (False, None)
    passive = noun.rel == "nsubj:pass" and lemma in PUBLISHING_VERBS
    if not (passive or (noun.rel == "nsubj" and lemma in APPEARING_VERBS)):
        return False, None
    for k in kids:
        case = {c.text.lower() for c in sent.kids(k) if c.rel == "case"}
        klemma = (k.lemma or "").lower()
        if (
            k.rel == "obl"
            and not case
            and k.feats.get("Case") == "Ins"
            and passive
            and klemma not in NOT_AGENTS
        ):
            return True, self._without_case(sent, k, head)
        if k.rel != "obl" or not case & {"в", "во", "на"}:
            continue
        if klemma in PUBLISHED_AT or klemma in RU_DOCUMENTS:
            owner = next(
                (c for c in sent.kids(k) if c.rel == "nmod" and c.pos in ("NOUN", "PROPN")),
                None,
            )
            if owner is not None:
                return True, self._without_case(sent, owner, head)
        elif (
            k.pos == "PROPN"
            or klemma in MEDIA_NOUNS
            or klemma in RU_ORGANIZATIONS
            or klemma in RU_COLLECTIVE
            or klemma == "сми"
        ):
            return True, self._without_case(sent, k, head)
    return True, None


def _with_noun_subject(self: _Reader, sent: _Sent, noun: Any) -> Any | None:
    """«Министерство выступило с заявлением о …», «направил письмо с требованием …»: a
    reporting noun after «с» speaks for the subject of the verb it hangs on (directly, or
    through the thing sent: «уведомления с требованием»)."""
    if not any(c.rel == "case" and c.text.lower() in ("с", "со") for c in sent.kids(noun)):
        return None
    head = sent.head(noun)
    if head is not None and head.pos == "NOUN" and head.rel == "obj":
        head = sent.head(head)
    if head is None or head.pos != "VERB":
        return None
    return next(
        (k for k in sent.kids(head) if k.rel == "nsubj" and k.pos in ("NOUN", "PROPN", "PRON")),
        None,
    )
