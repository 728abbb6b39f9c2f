"""Who a Russian document speaks for: «В заявлении говорится …» is its issuer's word.

A report whose only source is a document with no owner in its own words («В сообщении
говорится», «в пресс-релизе отмечается», «заявление, в котором говорится») speaks for whoever
issued that document, when the text says who did: the subject of a verb of issuing with that
document as its object («Совет директоров распространил заявление»), or the subject of
the verb the document's noun is made from («Путин поздравил …» → «в поздравлении»; «МИД
заявил …» → «в заявлении»), in the same sentence or within :data:`ISSUER_REACH` characters
before.  Where the text names no issuer the document stays the source (a law, a verdict read
out, a document nobody is said to have issued).

The evidence is the grammar of issuing, not the shapes of sentences seen: any verb of
publishing, sending or signing and any noun of the document lexicon (``roles.RU_DOCUMENTS``).
"""

from __future__ import annotations

from .roles import RU_DOCUMENTS

#: verbs whose subject issues their object: «распространил заявление», «опубликовал
#: сообщение», «выступил с обращением», «подписал указ», «вынес приговор»
ISSUING_VERBS = frozenset(
    [
        *("опубликовать", "публиковать", "распространить", "распространять", "выпустить"),
        *("выпускать", "разместить", "размещать", "направить", "направлять", "отправить"),
        *("отправлять", "прислать", "присылать", "подписать", "подписывать", "издать"),
        *("издавать", "сделать", "делать", "принять", "принимать", "вынести", "выносить"),
        *("выступить", "выступать", "огласить", "оглашать", "обнародовать", "передать"),
        *("выложить", "написать", "писать", "подготовить", "составить", "адресовать"),
        *("опубликовывать", "распространять"),
    ]
)  # fmt: skip

#: the verb a document's noun is made from: whoever «заявил» issued «заявление»
DOCUMENT_VERBS: dict[str, frozenset[str]] = {
    "заявление": frozenset(["заявить", "заявлять"]),
    "сообщение": frozenset(["сообщить", "сообщать"]),
    "обращение": frozenset(["обратиться", "обращаться"]),
    "поздравление": frozenset(["поздравить", "поздравлять"]),
    "постановление": frozenset(["постановить", "постановлять"]),
    "послание": frozenset(["послать"]),
    "жалоба": frozenset(["пожаловаться", "жаловаться"]),
    "письмо": frozenset(["написать"]),
    "приговор": frozenset(["приговорить"]),
    "декларация": frozenset(["декларировать"]),
    "публикация": frozenset(["опубликовать"]),
}

#: how far back (characters) the issuer's verb may stand from the document's mention
ISSUER_REACH = 700


#: nouns that name any document: «документ» after «подписал указ» is that decree
GENERIC_DOCUMENTS = frozenset(["документ"])


def issues(verb_lemma: str, document: str, objects: set[str]) -> bool:
    """Whether a verb with lemma ``verb_lemma`` and these object lemmas issues ``document``
    (a generic «документ» is any document the verb issues: «подписал указ … В документе»)."""
    if verb_lemma in DOCUMENT_VERBS.get(document, ()):
        return True
    if verb_lemma not in ISSUING_VERBS:
        return False
    return document in objects or (document in GENERIC_DOCUMENTS and bool(objects & RU_DOCUMENTS))
