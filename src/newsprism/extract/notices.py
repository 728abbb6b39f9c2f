"""Machine-translation notices: "Translated by Google", «Переведено сервисом «Яндекс Переводчик»».

:func:`find_translation_notice` returns a :class:`Notice`: the service under its own name
("Google Translate", "Yandex Translate", "DeepL", however the notice writes it: "Google",
«Яндекс Переводчика»), the language the page was translated from when the notice says so, and
the language the notice itself is written in.  :func:`source_language` settles the source
language: the notice's wording first ("from Russian"), else the notice's own language when it
differs from the article's (a notice left in Russian under an English text is the original
site's: the page was translated from Russian).

Notices are recognised in English, Russian, Ukrainian, German, French and Spanish (in any word
order also in Italian, Portuguese, Polish, Dutch, Czech, Turkish, Japanese, Chinese and Korean).  A notice
needs both a translation verb and a named service (or an explicit "machine translation"), so a
sentence about translation ("The book was translated into 40 languages") is not one.
"""

from __future__ import annotations

import re
from typing import NamedTuple


class Notice(NamedTuple):
    #: the service under its own name ("Google Translate"), or as written when unknown
    service: str
    #: the language translated from, when the notice says it (``None`` otherwise)
    source_language: str | None
    #: the language the notice is written in
    language: str


#: machine-translation services under their own names, by a stem of how notices write them
#: (any case of any language: «Яндекс Переводчика», "Google Traduction", "Bing")
SERVICES = [
    (re.compile(r"google|гугл", re.I), "Google Translate"),
    (re.compile(r"yandex|яндекс", re.I), "Yandex Translate"),
    (re.compile(r"deepl", re.I), "DeepL"),
    (re.compile(r"microsoft|bing|майкрософт", re.I), "Microsoft Translator"),
    (re.compile(r"promt|промт", re.I), "PROMT"),
    (re.compile(r"papago", re.I), "Papago"),
    (re.compile(r"baidu", re.I), "Baidu Translate"),
    (re.compile(r"systran", re.I), "SYSTRAN"),
    (re.compile(r"reverso", re.I), "Reverso"),
    (re.compile(r"amazon", re.I), "Amazon Translate"),
    (re.compile(r"chatgpt|openai", re.I), "ChatGPT"),
]

# source-language names as the notices write them (English, and the case each language uses
# after "from": «с английского», «з англійської», "aus dem Englischen", "de l'anglais", "del inglés")
_LANGUAGE_STEMS = {
    "en": "english|английск|англійськ|englisch|anglais|inglés|ingles",
    "ru": "russian|русск|російськ|russisch|russe|ruso",
    "uk": "ukrainian|украинск|українськ|ukrainisch|ukrainien|ucraniano",
    "de": "german|немецк|німецьк|deutsch|allemand|alemán|aleman",
    "fr": "french|французск|французьк|französisch|français|francais|francés|frances",
    "es": "spanish|испанск|іспанськ|spanisch|espagnol|español|espanol",
    "it": "italian|итальянск|італійськ|italienisch|italien|italiano",
    "pl": "polish|польск|польськ|polnisch|polonais|polaco",
    "zh": "chinese|китайск|китайськ|chinesisch|chinois|chino",
    "ja": "japanese|японск|японськ|japanisch|japonais|japonés",
    "pt": "portuguese|португальск|португальськ|portugiesisch|portugais|portugués|português",
}
# the notice's word for the original and the language named after it ("Оригинал на китайском
# языке", "View the original (English)", "Ver original em português"): the source language of a
# notice that did not say it with its "from"
_ORIGINAL_IN = re.compile(
    r"(?:original\w*|оригинал\w*|оригінал\w*)\W+(?:(?:in|is|article|на|em|en|auf)\W+){0,2}"
    r"(?P<lang>[^\W\d_]{3,20})",
    re.I,
)
_LANG = r"(?P<lang>[^\W\d_][\w'’]{2,20})"
# a service: one to three capitalised words, quoted or not («Яндекс Переводчик», "DeepL", "Google Translate")
# (a dot only inside a word, "Translate.com": a full stop ends the name, "DeepL. Read the original")
_WORD = r"[A-ZА-ЯЁІЇЄ][\w\-]*(?:\.[\w\-]+)*"
_SERVICE = rf"[«\"“]?(?P<service>{_WORD}(?: {_WORD}){{0,2}})[»\"”]?"
_GENERIC = re.compile(
    r"\s+(?:translate|translator|translation|переводчика?|перекладача?|übersetzer|traduction|"
    r"traducteur|traductor|traduttore)$",
    re.I,
)

# each pattern with the language the notice is written in
_PATTERNS = [
    # English: "Translated by Google", "Translated from Russian by Google Translate",
    # "This article was machine translated from German using DeepL.", "Machine translation by
    # Yandex", "Auto-translated with DeepL"
    (
        "en",
        re.compile(
            rf"\b(?:(?:machine|auto(?:matically)?)[- ]?)?(?:translated|translation)(?: automatically)?"
            rf"(?: (?:from|of the) {_LANG}(?: original)?)?(?: automatically)?"
            rf"(?: (?:by|with|using|via|powered by)|:) {_SERVICE}",
            re.I,
        ),
    ),
    # Russian: «Переведено с английского сервисом «Яндекс Переводчик»», «Машинный перевод с
    # немецкого: DeepL», «Статья переведена с помощью Яндекс Переводчика»
    (
        "ru",
        re.compile(
            rf"(?:переведен[оаы]?|переведён|перевод выполнен|машинный перевод|автоматический перевод)"
            rf"(?: автоматически)?(?: с {_LANG}(?: языка)?)?(?: на [а-яё]+(?: язык)?)?"
            rf"\s*(?:сервисом|с помощью|службой|при помощи|:|—|-)\s*{_SERVICE}",
            re.I,
        ),
    ),
    # Ukrainian: «Перекладено з англійської сервісом Google»
    (
        "uk",
        re.compile(
            rf"(?:перекладено|машинний переклад|автоматичний переклад)(?: з {_LANG}(?: мови)?)?"
            rf"\s*(?:сервісом|за допомогою|:|—|-)\s*{_SERVICE}",
            re.I,
        ),
    ),
    # German: "Automatisch übersetzt aus dem Englischen mit DeepL"
    (
        "de",
        re.compile(
            rf"(?:automatisch |maschinell )?übersetzt(?: aus dem {_LANG})?(?: automatisch)? (?:mit|von|durch) {_SERVICE}",
            re.I,
        ),
    ),
    # French: "Traduit de l'anglais par Google Traduction"
    (
        "fr",
        re.compile(
            rf"traduit(?: automatiquement)?(?: (?:de l['’]|du |de ){_LANG})?(?: automatiquement)? (?:par|avec) {_SERVICE}",
            re.I,
        ),
    ),
    # Spanish: "Traducido del inglés por Google"
    (
        "es",
        re.compile(
            rf"traducido(?: automáticamente)?(?: del? {_LANG})?(?: automáticamente)? (?:por|con) {_SERVICE}",
            re.I,
        ),
    ),
]
# a notice that names no service: "This article was machine-translated from Russian."
_UNNAMED = re.compile(
    rf"\b(?:article|page|text|story) (?:was|has been|is) (?:machine[- ]translated|"
    rf"automatically translated|translated automatically)(?: from {_LANG})?"
    rf"|(?:статья|материал|текст) (?:переведена?|переведен) автоматически(?: с {_LANG.replace('lang', 'lang_ru')})?",
    re.I,
)


def _language(name: str | None) -> str | None:
    if not name:
        return None
    low = name.lower()
    for code, stems in _LANGUAGE_STEMS.items():
        if any(low.startswith(stem) for stem in stems.split("|")):
            return code
    return None


# every notice holds one of these stems: a cheap test before the full patterns
_STEMS = re.compile(
    r"translat|перев|переклад|übersetz|tradu|tradott|tłumacz|przełoż|çevir|çevril|vertaal|překl|přelož"
    r"|tarjim|таржим|аудар|пераклад|käänn|käännös|översatt|översättning|oversat|oversett|tõlg|tõlge"
    r"|tulkot|tulkojum|išverst|vertim|fordít|fordítás|tradus|traducere|превед|превод|preveden|prevod"
    r"|翻訳|翻译|翻譯|번역",
    re.I,
)
# The word for "translation" in scripts written without spaces between words (no word
# boundary to look for), by language: Japanese 翻訳 (機械翻訳, "DeepLによる翻訳"), Chinese
# 翻译/翻譯, Korean 번역.  Such a notice is a short line, counted in characters.
_UNSPACED_TRANSLATION = [
    ("ja", re.compile("翻訳")),
    ("zh", re.compile("翻译|翻譯")),
    ("ko", re.compile("번역")),
]
_UNSPACED_NOTICE_MAX_CHARS = 120

# A notice in any word order ("Dieser Artikel wurde maschinell mit DeepL übersetzt": German puts
# the verb last; Turkish, Polish and Dutch notices move it too): a short line that names a known
# service and holds the past participle of "translate" in one language, or its noun beside a
# word for "machine"/"automatic".  A bare "translate" or "translation" says no translation was
# made of this page ("Google Translate is used by millions"; "Google's translation was poor").
# English and Russian notices are read by the patterns above; each entry: the language, its
# participles, its nouns.
_TRANSLATED_WORD = [
    ("uk", r"перекладено|перекладен[аоі]", r"переклад"),
    ("de", r"übersetzt", r"übersetzung"),
    ("fr", r"traduite?s?", r"traduction"),
    ("es", r"traducid[oa]s?", r"traducción"),
    ("it", r"tradott[oaie]", r"traduzione"),
    ("pt", r"traduzid[oa]s?", r"tradução"),
    ("pl", r"przetłumaczon\w*|przełożon\w*", r"tłumaczeni\w*"),
    ("nl", r"vertaald", r"vertaling"),
    ("cs", r"přeložen\w*", r"překlad\w*"),
    ("tr", r"çevril\w*|tercüme edil\w*", r"çeviri\w*"),
    # the languages of Central Asia and Belarus, whose sites publish in Russian beside them:
    # the participle "tarjima qilindi" (Uzbek), «аударылды» (Kazakh), «перакладзены» (Belarusian)
    ("uz", r"tarjima qilin\w*|таржима қилин\w*", r"tarjima|таржима"),
    ("kk", r"аударыл\w*", r"аударма\w*"),
    ("be", r"перакладзен\w*", r"пераклад\w*"),
    # the Nordic and Baltic languages, Hungarian, Romanian and the South Slavic ones (a page of
    # their sites translated into English or Russian keeps its notice in the original language)
    ("fi", r"käännetty|käännettiin", r"käännös\w*|konekäännös\w*"),
    ("sv", r"översatt|översatts", r"översättning\w*"),
    ("no", r"oversatt", r"oversettelse\w*"),
    ("da", r"oversat", r"oversættelse\w*"),
    ("et", r"tõlgitud|tõlgiti", r"tõlge|masintõlge"),
    ("lv", r"tulkots|iztulkots", r"tulkojums"),
    ("lt", r"išverst\w*", r"vertim\w*"),
    ("hu", r"lefordít\w*|fordított\w*", r"fordítás\w*"),
    ("ro", r"tradus[ăe]?", r"traducere"),
    ("bg", r"преведен[аои]?", r"превод"),
    ("sr", r"prevedeno|преведено", r"prevod|превод"),
]
_PARTICIPLES = [(lang, re.compile(rf"\b(?:{p})\b", re.I)) for lang, p, _ in _TRANSLATED_WORD]
_NOUNS = [(lang, re.compile(rf"\b(?:{n})\b", re.I)) for lang, _, n in _TRANSLATED_WORD]
_MACHINE_WORD = re.compile(
    r"maschinell|automatisch|automati|automáti|otomatik|makine|maszynow|automatycz|strojov|"
    r"machinal|автоматичн|машинн|avtomatik|автоматты|аўтаматычн|машынн|automaattisesti|kone|"
    r"automatiskt|maskin|automaatselt|automātisk|automatiškai|automatikus|gépi|automat",
    re.I,
)
#: a notice is a line, not a paragraph that mentions a translation
_NOTICE_MAX_WORDS = 20


# words that say a translation was made by a machine or a service, whoever is named
_MACHINE = re.compile(r"machine|auto|service|сервис|служб|машин|автомат|maschin|automati", re.I)


def find_translation_notice(text: str) -> Notice | None:
    """The notice in ``text`` (service, source language, the notice's language), or ``None``."""
    if not _STEMS.search(text):
        return None
    for language, pattern in _PATTERNS:
        m = pattern.search(text)
        if m:
            written = _GENERIC.sub("", m.group("service").strip(" .")) or m.group("service")
            service = service_name(written)
            if service == written and not _MACHINE.search(m.group(0)):
                continue  # "Translated by Anna Smirnova": a translator, not a service
            return _with_original(Notice(service, _language(m.group("lang")), language), text)
    notice = _notice_in_any_order(text)
    if notice:
        return _with_original(notice, text)
    m = _UNNAMED.search(text)
    if m:
        language = "en" if m.group("lang_ru") is None and m.group(0).isascii() else "ru"
        notice = Notice("unknown", _language(m.group("lang") or m.group("lang_ru")), language)
        return _with_original(notice, text)
    return None


def _with_original(notice: Notice, text: str) -> Notice:
    """The notice with the source language its line names after "the original", when its
    "from" did not name one."""
    if notice.source_language is not None:
        return notice
    m = _ORIGINAL_IN.search(text)
    found = _language(m.group("lang")) if m else None
    return notice._replace(source_language=found) if found else notice


def _notice_in_any_order(text: str) -> Notice | None:
    """A short line naming a known service beside a "translated"/"translation" word of one
    language, in whatever order that language puts them."""
    if len(text.split()) > _NOTICE_MAX_WORDS:
        return None
    service = next((name for stem, name in SERVICES if stem.search(text)), None)
    if service is None:
        return None
    for language, participle in _PARTICIPLES:
        if participle.search(text):
            return Notice(service, None, language)
    if len(text) <= _UNSPACED_NOTICE_MAX_CHARS:
        for language, word in _UNSPACED_TRANSLATION:
            if word.search(text):
                return Notice(service, None, language)
    if _MACHINE_WORD.search(text):
        for language, noun in _NOUNS:
            if noun.search(text):
                return Notice(service, None, language)
    return None


def service_name(written: str) -> str:
    """A service under its own name ("Яндекс" → "Yandex Translate"); unknown ones as written."""
    for stem, name in SERVICES:
        if stem.search(written):
            return name
    return written


def source_language(notice: Notice | None, paragraphs: list[str]) -> str | None:
    """The language a page was translated from: what the notice says, else the notice's own
    language when the article's ``paragraphs`` are in another one (the original site's notice
    left in place under the translation)."""
    if notice is None:
        return None
    if notice.source_language:
        return notice.source_language
    from ..language import detect

    body = " ".join(paragraphs)[:2000]
    article_language = detect(body) if body else None
    if article_language and notice.language != article_language:
        return notice.language
    return None
