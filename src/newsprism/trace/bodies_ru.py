"""Russian short names of public bodies, written out: «Минздрав» is the health ministry.

Russian news names most ministries, services and agencies by a compound abbreviation — «Минздрав»,
«Минобороны», «МЧС», «МИД», «Росстат», «облизбирком» — and English news by the body's plain name
("the health ministry", "the emergencies ministry").  A reader knows they are one body; the
multilingual sentence vectors, which compare two figures' sources (:mod:`.sources`), do not:
"health ministry" / «Минздрав» 0.64, "emergencies ministry" / «МЧС» 0.31, below the bar of one
source, while the full names lie well above it («министерство здравоохранения» 0.81,
«министерство по чрезвычайным ситуациям» 0.74).  So a source is compared with its short names
written out in full, as a reader would read them.

The table holds the standard forms of Russian and post-Soviet usage (federal ministries by
their «Мин-» names, the services and agencies by their letters or «Рос-» names, the regional and
city bodies by their «обл-», «гор-» forms, and a few international bodies), each in its
nominative full form; a short name is matched as a word with any case ending («Минздрава»,
«Минсельхозом», «МЧС»).  No place names, people or outlets.

Beyond the table, a word built the way such names are — stumps of adjectives and a body's noun,
«Гос|эко|инспекция», «вет|служба», «гос|сан|эпид|надзор» — is written out by its parts
(:data:`STUMPS`, :data:`BODY_NOUNS`): the state ecological inspectorate, the veterinary
service, whatever the stumps (twenty-third session).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

#: a short name (as written, nominative) and the body it names
SHORT_NAMES: dict[str, str] = {
    # federal ministries
    "Минздрав": "министерство здравоохранения",
    "Минобороны": "министерство обороны",
    "Минфин": "министерство финансов",
    "Минсельхоз": "министерство сельского хозяйства",
    "Минтранс": "министерство транспорта",
    "Минэнерго": "министерство энергетики",
    "Минтруд": "министерство труда",
    "Минюст": "министерство юстиции",
    "Минэкономразвития": "министерство экономического развития",
    "Минэкономики": "министерство экономики",
    "Минприроды": "министерство природных ресурсов",
    "Минпромторг": "министерство промышленности и торговли",
    "Минстрой": "министерство строительства",
    "Минцифры": "министерство цифрового развития",
    "Минкультуры": "министерство культуры",
    "Минспорт": "министерство спорта",
    "Минобрнауки": "министерство науки и образования",
    "Минпросвещения": "министерство просвещения",
    "Минобразования": "министерство образования",
    "Минтуризма": "министерство туризма",
    "Минсоцполитики": "министерство социальной политики",
    "Минэкологии": "министерство экологии",
    "Минрегион": "министерство регионального развития",
    "МЧС": "министерство по чрезвычайным ситуациям",
    "ГСЧС": "служба по чрезвычайным ситуациям",
    # Kazakhstan's regional emergencies departments and the commissions of every level
    "ДЧС": "департамент по чрезвычайным ситуациям",
    "КЧС": "комиссия по чрезвычайным ситуациям",
    "МИД": "министерство иностранных дел",
    "МВД": "министерство внутренних дел",
    # services, agencies, courts, banks
    "ЦБ": "центральный банк",
    "Центробанк": "центральный банк",
    "Нацбанк": "национальный банк",
    "ЦИК": "центральная избирательная комиссия",
    "Центризбирком": "центральная избирательная комиссия",
    "Избирком": "избирательная комиссия",
    "Облизбирком": "областная избирательная комиссия",
    "Горизбирком": "городская избирательная комиссия",
    "Росстат": "служба государственной статистики",
    "Роспотребнадзор": "служба по надзору в сфере защиты прав потребителей",
    "Росгидромет": "служба по гидрометеорологии",
    "Гидрометцентр": "гидрометеорологический центр",
    "Росавиация": "агентство воздушного транспорта",
    "Ростехнадзор": "служба по технологическому надзору",
    "Росприроднадзор": "служба по надзору в сфере природопользования",
    "Росрыболовство": "агентство по рыболовству",
    "Росздравнадзор": "служба по надзору в сфере здравоохранения",
    "Генпрокуратура": "генеральная прокуратура",
    "Следком": "следственный комитет",
    "СК": "следственный комитет",
    # two countries' services: written out so that they stay two sources
    "ФСБ": "федеральная служба безопасности",
    "СБУ": "служба безопасности украины",
    "ГИБДД": "дорожная полиция",
    "ГАИ": "дорожная полиция",
    "Погранслужба": "пограничная служба",
    # regional and city bodies
    "Облздрав": "областной департамент здравоохранения",
    "Горздрав": "городской департамент здравоохранения",
    "Облсовет": "областной совет",
    "Горсовет": "городской совет",
    "Гордума": "городская дума",
    "Облдума": "областная дума",
    "Обладминистрация": "областная администрация",
    "Горадминистрация": "городская администрация",
    "Райадминистрация": "районная администрация",
    "Гороно": "городской отдел образования",
    # international bodies
    "ВОЗ": "всемирная организация здравоохранения",
    "ООН": "организация объединённых наций",
    "МВФ": "международный валютный фонд",
    "ЕС": "европейский союз",
    "МОТ": "международная организация труда",
}

#: the stumps a Russian compound name of a body is built of, each with its adjective in the
#: three genders (masculine, feminine, neuter), to agree with the body's noun
STUMPS: dict[str, tuple[str, str, str]] = {
    "гос": ("государственный", "государственная", "государственное"),
    "обл": ("областной", "областная", "областное"),
    "гор": ("городской", "городская", "городское"),
    "рай": ("районный", "районная", "районное"),
    "вет": ("ветеринарный", "ветеринарная", "ветеринарное"),
    "сан": ("санитарный", "санитарная", "санитарное"),
    "фито": ("фитосанитарный", "фитосанитарная", "фитосанитарное"),
    "эпид": ("эпидемиологический", "эпидемиологическая", "эпидемиологическое"),
    "эко": ("экологический", "экологическая", "экологическое"),
    "рыб": ("рыбоохранный", "рыбоохранная", "рыбоохранное"),
    "охот": ("охотничий", "охотничья", "охотничье"),
    "лес": ("лесной", "лесная", "лесное"),
    "погран": ("пограничный", "пограничная", "пограничное"),
    "пож": ("пожарный", "пожарная", "пожарное"),
    "мед": ("медицинский", "медицинская", "медицинское"),
    "тех": ("технический", "техническая", "техническое"),
    "труд": ("трудовой", "трудовая", "трудовое"),
    "жил": ("жилищный", "жилищная", "жилищное"),
    "зем": ("земельный", "земельная", "земельное"),
    "энерго": ("энергетический", "энергетическая", "энергетическое"),
    "авиа": ("авиационный", "авиационная", "авиационное"),
    "мор": ("морской", "морская", "морское"),
    "метео": ("метеорологический", "метеорологическая", "метеорологическое"),
    "фин": ("финансовый", "финансовая", "финансовое"),
    "сельхоз": ("сельскохозяйственный", "сельскохозяйственная", "сельскохозяйственное"),
    "природ": ("природоохранный", "природоохранная", "природоохранное"),
    "спец": ("специальный", "специальная", "специальное"),
    "нац": ("национальный", "национальная", "национальное"),
}
#: the nouns that end such a name: the stem any case ending follows, the nominative and the
#: gender (0 masculine, 1 feminine, 2 neuter)
BODY_NOUNS: dict[str, tuple[str, int]] = {
    "инспекци": ("инспекция", 1),
    "надзор": ("надзор", 0),
    "служб": ("служба", 1),
    "охран": ("охрана", 1),
    "контрол": ("контроль", 0),
    "комитет": ("комитет", 0),
    "управлени": ("управление", 2),
    "департамент": ("департамент", 0),
    "агентств": ("агентство", 2),
    "комисси": ("комиссия", 1),
    "центр": ("центр", 0),
    "полици": ("полиция", 1),
    "станци": ("станция", 1),
}
_NOUN_ENDINGS = "(?:а|у|ом|е|ы|ой|ою|и|ю|я|ей|ь|ем|ям|ями|ях|ам|ами|ах|о)?"


@cache
def _compound() -> re.Pattern[str]:
    stumps = "|".join(sorted(STUMPS, key=len, reverse=True))
    nouns = "|".join(sorted(BODY_NOUNS, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])((?:{stumps})+)({nouns}){_NOUN_ENDINGS}(?![\w-])", re.IGNORECASE)


def _spelt_out(match: re.Match[str]) -> str:
    """A compound name written out: «Госэкоинспекции» → «государственная экологическая
    инспекция»."""
    noun, gender = BODY_NOUNS[match.group(2).lower()]
    stumps = re.findall("|".join(sorted(STUMPS, key=len, reverse=True)), match.group(1).lower())
    return " ".join([*(STUMPS[s][gender] for s in stumps), noun])


#: case endings a short name may take («Минздрава», «Минсельхозом», «Минфине»): none for the
#: names written in capitals or ending in a vowel («МЧС», «Минобороны», «Минэнерго»)
_ENDINGS = "(?:а|у|ом|е|ы|ой|ою|и|ам|ами|ах)?"


@cache
def _pattern() -> re.Pattern[str]:
    parts: list[str] = []
    for short in sorted(SHORT_NAMES, key=len, reverse=True):
        declines = not short.isupper() and short[-1] not in "аеиоуыэюяь"
        stem = short[:-1] if short.endswith("а") else short
        body = re.escape(stem) + (_ENDINGS if declines or short.endswith("а") else "")
        parts.append(f"(?P<n{len(parts)}>{body})")
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)


@cache
def _ordered() -> list[str]:
    return sorted(SHORT_NAMES, key=len, reverse=True)


# a pure function of the text, asked for both sources of every pair of figures a link compares
@lru_cache(maxsize=16384)
def written_out(text: str) -> str:
    """``text`` with every Russian short name of a body written out in full («данные Минздрава»
    → «данные министерство здравоохранения»: the words, not the grammar, are what is compared).
    Text without one comes back unchanged.  Letters are matched regardless of case, except that
    a short name in capitals («СК», «ЕС») must be written in capitals."""
    names = _ordered()

    def full(match: re.Match[str]) -> str:
        short = names[int(str(match.lastgroup)[1:])]
        if short.isupper() and match.group(0) != short:
            return match.group(0)
        return SHORT_NAMES[short]

    return _compound().sub(_spelt_out, _pattern().sub(full, text))
