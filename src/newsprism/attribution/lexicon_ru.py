"""The word lists the Russian quote rules read: verbs and nouns of saying, the verbs whose
object or phrase is what they report, the nouns of places, documents and outlets, and the
lexicons derived from them (:func:`reporting_nouns`, :func:`_cue_lexicon`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from . import flags_ru as flags
from .cues_ru import ASPECT_EVALUATION, ASPECT_SPEECH, GROWN_SPEECH, WIKTIONARY_SPEECH
from .cues_ru import EVALUATION_VERBS as _LISTED_EVALUATION

HAND_SPEECH_VERBS = frozenset(
    [
        "заявить",
        "заявлять",
        "сообщить",
        "сообщать",
        "отметить",
        "отмечать",
        "подчеркнуть",
        "подчёркивать",
        "подчеркивать",
        "рассказать",
        "рассказывать",
        "сказать",
        "говорить",
        "считать",
        "добавить",
        "добавлять",
        "пояснить",
        "пояснять",
        "уточнить",
        "уточнять",
        "указать",
        "указывать",
        "признать",
        "признавать",
        "предупредить",
        "предупреждать",
        "заверить",
        "заверять",
        "написать",
        "писать",
        "утверждать",
        "полагать",
        "объяснить",
        "объяснять",
        "напомнить",
        "напоминать",
        "ответить",
        "отвечать",
        "заметить",
        "замечать",
        "констатировать",
        "предположить",
        "предполагать",
        "настаивать",
        "признаться",
        "посетовать",
        "сетовать",
        "пожаловаться",
        "жаловаться",
        "опасаться",
        "надеяться",
        "прогнозировать",
        "передать",
        "передавать",
        "процитировать",
        "цитировать",
        "пообещать",
        "обещать",
        "подтвердить",
        "подтверждать",
        "объявить",
        "объявлять",
        "уверять",
        "возразить",
        "резюмировать",
        "поделиться",
        "спросить",
        "спрашивать",
        "поинтересоваться",
        "думать",
        "отмечаться",
        "сообщаться",
        "говориться",
        "убеждать",
        "заявляться",
        "высказаться",
        "выразить",
        "опровергнуть",
        "отрицать",
        "допустить",
        "допускать",
        "вспомнить",
        "вспоминать",
        "продолжить",
        "признаваться",
        "призвать",
        "призывать",
        "попросить",
        "просить",
        "потребовать",
        "требовать",
        "предложить",
        "предлагать",
        "посчитать",
        "счесть",
        "пожелать",
        "отвергать",
        "отвергнуть",
        "охарактеризовать",
        "упомянуть",
        "упоминать",
    ]
)
#: verbs whose subject states what a «что» clause says, mined from the NEREL articles we never
#: annotated (a verb with a «что» clause of its own and a noun subject, counted and read once;
#: twelfth session): «комиссия установила, что …», «данные показывают, что …», «устав
#: гласит: …», «документы свидетельствуют, что …»
MINED_SPEECH_VERBS = frozenset(
    [
        *("установить", "устанавливать", "выяснить", "выяснять", "показать", "показывать"),
        *("гласить", "свидетельствовать"),
    ]
)
#: the other aspect of every listed verb (:mod:`.cues_ru`, ``scripts/build_cues_ru_aspects.py``;
#: twenty-sixth session: a derivation, not a list of what was met)
ASPECT_CUES = True
#: evaluation verbs («назвал X Y», «раскритиковал X»), with their other aspect
EVALUATION_VERBS = _LISTED_EVALUATION | (ASPECT_EVALUATION if ASPECT_CUES else frozenset())
#: the mined verbs no other list holds: they report a «что» clause only, not an indirect question
_MINED_ONLY = MINED_SPEECH_VERBS - HAND_SPEECH_VERBS - GROWN_SPEECH - EVALUATION_VERBS
#: what stands between a quote and the verb that follows it: «„…“, — сказал»
_DASHES_ONLY = re.compile(r"[\s,—–-]*\Z")
#: verbs of instructing and ruling are cues (:data:`INSTRUCTION_VERBS`; twenty-first session)
INSTRUCTIONS = True
#: the words an indirect question opens with
QUESTION_WORDS = frozenset(
    ["как", "где", "когда", "почему", "зачем", "куда", "откуда", "кто", "сколько", "какой",
     "какая", "какое", "какие", "каким", "какую", "каких", "чем", "кого", "кому", "насколько"]
)  # fmt: skip
#: verbs of instructing and ruling: what their infinitive or «что» clause says is the
#: speaker's order or decision («поручил правительству подготовить …», «суд постановил, что …»,
#: «распорядился выделить …»), the infinitive read like «призвал провести» (twenty-first
#: session: the instructions last round's misses named)
INSTRUCTION_VERBS = frozenset(
    [
        *("поручить", "поручать", "постановить", "постановлять", "распорядиться"),
        *("распоряжаться", "приказать", "приказывать", "велеть", "повелеть", "предписать"),
        *("предписывать",),
    ]
)
#: the verbs of saying Wiktionary defines by a verb of saying (:mod:`.cues_ru`; twenty-fifth
#: session: last rounds' misses were verbs outside the lexicon, each met once)
WIKTIONARY_CUES = True
#: the hand-written verbs and those grown from them (:mod:`.cues_ru`)
SPEECH_VERBS = (
    HAND_SPEECH_VERBS
    | GROWN_SPEECH
    | (WIKTIONARY_SPEECH if WIKTIONARY_CUES else frozenset())
    | (ASPECT_SPEECH if ASPECT_CUES else frozenset())
    | EVALUATION_VERBS
    | MINED_SPEECH_VERBS
    | (INSTRUCTION_VERBS if INSTRUCTIONS else frozenset())
)
#: verbs whose noun object is what they report: «подтвердила смерть командира»,
#: «опроверг эти сообщения»; other speech verbs take a noun content only with о/об
#: («сообщил о гибели 80 противников»)
NOUN_OBJECT_VERBS = frozenset(
    [
        "подтвердить",
        "подтверждать",
        "опровергнуть",
        "опровергать",
        "отрицать",
        "отвергать",
        "отвергнуть",
        "предсказать",
        "предсказывать",
        "прогнозировать",
        *EVALUATION_VERBS,
    ]
)
#: verbs of the lexicon whose noun object is not what was said: a thing made or handed
#: («написал книгу», «передал привет», «спросил дорогу», «продолжил работу»), or the object of
#: a thought, a feeling or a perception, which report only as a clause («опасаясь санкций»,
#: «заметила следы побоев», «допускают высказывания», «предполагает снос»), and the verbs
#: mined for their «что» clause («установил рекорд», «показала фотографию», «доказал свойство»)
_NOT_NOUN_REPORTS = frozenset(
    [
        *("написать", "писать", "передать", "передавать", "спросить", "спрашивать"),
        *("продолжить", "поделиться", "цитировать", "процитировать", "произнести"),
        *("повторять", "описать", "описывать", "заключить", "заключать"),
        *("думать", "полагать", "предполагать", "предположить", "допускать", "допустить"),
        *("опасаться", "надеяться", "сомневаться", "заметить", "замечать", "вспомнить"),
        *("вспоминать", "доказать", "доказывать"),
        *MINED_SPEECH_VERBS,
    ]
)
#: verbs of saying whose other sense takes a concrete object — offering, declaring an act,
#: presenting, naming: «предложила гостям чай», «объявила перемену», «представил новый
#: автобус», «назвал улицу в честь ветерана» («назвать» judging its object stays a cue).  They
#: report a clause, a quote or a «о» phrase («объявил о перемене», «предложил, чтобы …»), never
#: a bare noun object (NEREL's development halves: of the noun objects the rule of 02b5717 read
#: for them, none was a report)
_OTHER_SENSE_VERBS = frozenset(
    [
        *("предложить", "предлагать", "объявить", "объявлять"),
        *("представить", "представлять", "вручить", "вручать", "назвать", "называть"),
    ]
)
#: occasions: «отметить» with one of them is to celebrate it («отметила день рождения»,
#: «отметили юбилей», «отметил Новый год», «отметили 80-летие»), which reports nothing (review,
#: nineteenth session: any inanimate object was read as what was said)
_CELEBRATE_VERBS = frozenset(["отметить", "отмечать"])
_OCCASIONS = frozenset(
    [
        *("день", "год", "юбилей", "годовщина", "праздник", "дата", "свадьба", "победа"),
        *("рождество", "пасха", "масленица", "новоселье", "именины", "выпускной"),
    ]
)
#: objects that name a kind of speech, not its content («сказал речь», «дал ответ»)
_NOT_NOUN_CONTENTS = frozenset(
    ["речь", "слово", "ответ", "вопрос", "интервью", "комментарий", "письмо", "текст"]
)
#: verbs of judging whose object and its predicate in the instrumental are what they hold:
#: «сочла отказ необоснованным», «признал его виновным»
#: a modal predicate over a speech verb's infinitive makes the author's aside, not a report
#: («Следует отметить, что …», «Стоит заметить», «Надо сказать», «Важно подчеркнуть»)
AUTHOR_MODALS = frozenset(
    [
        "следовать",
        "стоить",
        "надо",
        "нужно",
        "нужный",
        "необходимо",
        "необходимый",
        "важно",
        "важный",
    ]
)
JUDGING_VERBS = frozenset(["считать", "счесть", "посчитать", "признать", "признавать"])
#: requests whose noun object is what was asked for: «потребовала введения мер», «рекомендовала
#: заместителя на пост» (an infinitive content, «призвал провести», is read like a clause)
REQUEST_VERBS = frozenset(["потребовать", "требовать", "рекомендовать", "порекомендовать"])
#: verbs that say what their object is with «как»: «охарактеризовал процесс как политически
#: мотивированный», «определил будущее земли как «безнадёжное»» — a cue only with that phrase
AS_VERBS = frozenset(
    [
        *("охарактеризовать", "характеризовать", "квалифицировать", "классифицировать"),
        *("определить", "определять", "описать", "описывать"),
    ]
)
#: a light verb and the noun that makes it a cue: «обратил внимание, что», «пришли к выводу о»,
#: «дал понять, что», «выразил надежду, что»
LIGHT_CUES = {
    "привести": ("слово", "слова", "цитата", "высказывание", "реплика", "фраза"),
    "приводить": ("слово", "слова", "цитата", "высказывание", "реплика", "фраза"),
    "обратить": ("внимание",),
    "обращать": ("внимание",),
    "прийти": ("вывод",),
    "приходить": ("вывод",),
    "дать": ("понять",),
    "давать": ("понять",),
    "выразить": ("надежда", "сомнение", "уверенность", "опасение", "мнение", "озабоченность"),
    "выражать": ("надежда", "сомнение", "уверенность", "опасение", "мнение", "озабоченность"),
    # «С данным заявлением выступил министр» (thirty-first session: its content is what the
    # pointing word refers back to, :data:`BACKREF_LIGHT`)
    "выступить": ("заявление", "обращение", "призыв", "предложение", "требование", "критика"),
    "выступать": ("заявление", "обращение", "призыв", "предложение", "требование", "критика"),
    # «подверг критике решение», «обрушился с критикой в адрес …»: the verbs of criticising
    # made of a light verb and «критика» (thirty-second session, :data:`CRITICISM_NOUNS`)
    **dict.fromkeys(["подвергнуть", "подвергать", "обрушиться", "обрушиваться"], ("критика",)),
    # «возложил ответственность за срыв переговоров на соседей»: blaming, a verb of saying
    # made of a light verb and its noun (thirty-third session, :data:`BLAME_NOUNS`)
    **dict.fromkeys(["возложить", "возлагать"], ("ответственность", "вина")),
}
#: the nouns of blame a light verb puts on someone: what is said is the noun's phrase (what the
#: blame is for) with whom it is put on («ответственность за срыв переговоров на соседей»)
BLAME_NOUNS = frozenset(["ответственность", "вина"])
#: impersonal and passive verbs whose source is a place «в заявлении», «на сайте Кремля»:
#: «говорится в заявлении», «в СБУ заявили»
IMPERSONAL_VERBS = frozenset(
    [
        "говориться",
        "отмечаться",
        "сообщаться",
        "указываться",
        "подчёркиваться",
        "подчеркиваться",
        "утверждаться",
        "заявляться",
    ]
)
#: the reflexive passive of every verb of saying («указывается», «утверждается», «предполагается,
#: что …», «в заявлении поясняется, что …»): a report with no subject of its own, read like
#: «сообщается» (:data:`REFLEXIVE_REPORTS`); not those whose reflexive has a sense of its own
#: («называться» being named, «заключаться в том» consisting in, «сказаться» telling on,
#: «объявиться» turning up), nor «признаться», «жаловаться», verbs of saying with a subject
_NOT_REFLEXIVE_REPORTS = (
    frozenset(
        [
            *("называться", "заключаться", "заключиться", "выразиться", "выражаться"),
            *("сказаться", "сказываться", "добавиться", "добавляться", "объявиться"),
            *("заявиться", "отозваться", "отзываться", "обратиться", "обращаться"),
            *("представиться", "представляться", "вспомниться", "вспоминаться"),
        ]
    )
    | SPEECH_VERBS
)
REFLEXIVE_SPEECH = (
    frozenset(v + "ся" for v in SPEECH_VERBS if not v.endswith("ся")) - _NOT_REFLEXIVE_REPORTS
)
#: verbs that still report under «не»: «не исключил, что …», «не отрицает, что …»
NEGATED_REPORTS = frozenset(
    ["исключить", "исключать", "отрицать", "скрывать", "скрыть", "сомневаться", "согласиться"]
)
#: nouns of time, never the place a text appears in («говорится в среду в указе»)
TIME_NOUNS = frozenset(
    [
        *("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
        *("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь"),
        *("октябрь", "ноябрь", "декабрь", "год", "месяц", "неделя", "день", "время", "утро"),
        *("вечер", "ночь", "час", "минута", "период", "момент", "начало", "конец", "середина"),
    ]
)
#: nouns after «в/на» that say when, on what occasion or how something was said, never who
#: said it («на брифинге сообщили», «в ответ заявили», «в ходе встречи»)
NOT_PLACES = frozenset(
    [
        *("конференция", "пресс-конференция", "брифинг", "заседание", "встреча", "саммит"),
        *("выступление", "беседа", "разговор", "передача", "программа", "эфир", "интервью"),
        *("ход", "связь", "ответ", "итог", "результат", "случай", "рамка", "условие", "целое"),
        *("частность", "свою", "очередь", "сеть", "соцсеть", "интернет", "комментарий"),
        *("форма", "виде", "вид", "адрес", "суть", "прошлое", "будущее", "итоге", "том"),
        *("телефон", "письмо", "обращение", "твиттер", "блог", "микроблог", "сайт", "страница"),
        *("мероприятие", "церемония", "митинг", "акция", "сессия", "съезд", "форум"),
    ]
)
#: rules, not reports: «согласно закону», «согласно плану» say what is provided for
RULE_NOUNS = frozenset(
    [
        *("закон", "правило", "норма", "кодекс", "устав", "регламент", "порядок", "положение"),
        *("план", "график", "расписание", "традиция", "договор", "соглашение", "инструкция"),
    ]
)
#: nouns of criticising: «оспорил критику городского совета в адрес сметы» reports the
#: council's criticism, its owner in the genitive (a common noun: a name is refused), aimed
#: at the phrase of «в адрес», «в отношении», «относительно», «против» or «по поводу»
#: (:data:`CRITICISM_TARGET`; thirty-second session)
CRITICISM_NOUNS = frozenset(["критика"])
#: the prepositions that say what a criticism is aimed at, read from the words (the parse
#: hangs «в отношении» as «в» with a fixed noun, «в адрес» as a noun of its own)
CRITICISM_TARGET = re.compile(
    r"(?:в\s+адрес|в\s+отношении|относительно|против|по\s+поводу)\b", re.I
)
#: nouns that report what someone said: «заявления афганских властей о …»
SPEECH_NOUNS = frozenset(
    ["заявление", "утверждение", "обвинение", "сообщение", "слово", "признание", "обещание"]
)
#: verbal nouns the -ние/-ение suffix rule makes from the speech verbs that name no act of
#: saying (one review of the rule's output, as for :mod:`.cues_ru`): «соглашение о …» is a
#: treaty, «название», «установление», «продолжение» no report
_NOT_REPORTING_NOUNS = frozenset(
    [
        *("соглашение", "продолжение", "исключение", "замещение", "установление", "выражение"),
        *("название", "называние", "написание", "писание", "жалование", "пожалование"),
        *("призвание", "сказание", "говорение", "выяснение", "доказание", "полагание"),
        *("твердение", "описание", "описывание", "показывание", "указывание", "спрашивание"),
        *("высмеивание", "вспоминание", "рассказывание", "предсказывание", "доказывание"),
    ]
)
#: consonant alternations of the verbal noun's stem: «предупредить» → «предупреждение»,
#: «опровергнуть» → «опровержение», «объявить» → «объявление»
_STEM_ALTERNATIONS = (
    ("д", "жд"),
    ("т", "щ"),
    ("т", "ч"),
    ("в", "вл"),
    ("б", "бл"),
    ("п", "пл"),
    ("м", "мл"),
    ("ст", "щ"),
    ("з", "ж"),
    ("с", "ш"),
    ("г", "ж"),
    ("к", "ч"),
    ("", ""),
)
#: verbs that make a statement public, whose subject owns the statement they take as object:
#: «Минтранс опубликовал заявление о том, что …», «газета приводит слова …»
PUBLISHING_VERBS = frozenset(
    [
        *("опубликовать", "публиковать", "обнародовать", "распространить", "распространять"),
        *("привести", "приводить", "сделать", "делать", "выпустить", "разместить", "огласить"),
    ]
)
#: verbs a statement is the subject of when it appears: «в СМИ появилась информация о …»,
#: «поступили сообщения, что …» (the place it appears in is who made it, if any)
APPEARING_VERBS = frozenset(
    [
        *("появиться", "появляться", "поступить", "поступать", "прозвучать", "звучать"),
        *("распространиться", "распространяться"),
    ]
)
#: nouns of information that report only when a verb publishes them or they appear
#: somewhere: «инспекцией были опубликованы данные о …», «в газете появилась информация
#: о …» (not «данные о росте цен» alone)
CARRIED_NOUNS = frozenset(["информация", "сведение", "сведения", "данные", "новость"])
#: nouns in the instrumental that say when or how a statement was published, never by whom:
#: «Вечером были опубликованы данные о …», «таким образом», «путём»
NOT_AGENTS = TIME_NOUNS | frozenset(["весна", "лето", "осень", "зима", "образ", "путь", "способ"])
#: nouns of asking and proposing whose content is an infinitive or an «о …» phrase: «с
#: требованием предоставить данные», «выступил с призывом прекратить огонь»
REQUEST_NOUNS = frozenset(["требование", "призыв", "просьба", "предложение"])
#: nouns that introduce a named outlet or organisation: «агентство «Север-Пресс»»
MEDIA_NOUNS = frozenset(
    [
        "агентство",
        "издание",
        "газета",
        "журнал",
        "телеканал",
        "канал",
        "радиостанция",
        "радио",
        "портал",
        "сайт",
        "таблоид",
        "еженедельник",
        "компания",
        "телекомпания",
        "организация",
        "движение",
        "группировка",
        "партия",
    ]
)
#: places where words are published: «на сайте Кремля», «в микроблоге»
PUBLISHED_AT = frozenset(
    ["сайт", "страница", "блог", "микроблог", "твиттер", "аккаунт", "канал", "эфир", "интервью"]
)
#: «зачитал письмо отца: «…»»: a document read out, relayed by the reader
READ_VERBS = frozenset(
    ["зачитать", "зачитывать", "прочитать", "прочесть", "огласить", "процитировать"]
)
#: «выразил соболезнования в связи с …», «высказал признательность …»: a verb of expressing
#: whose object is an attitude states it; the noun phrase is what is said
EXPRESS_VERBS = frozenset(["выразить", "выражать", "высказать", "высказывать"])
EXPRESSED_NOUNS = frozenset(
    [
        *("соболезнование", "признательность", "благодарность", "сочувствие", "сожаление"),
        *("поддержка", "солидарность", "протест", "недовольство", "возмущение"),
        *("обеспокоенность", "озабоченность", "несогласие", "одобрение"),
    ]
)
#: «цитирует Ларина «Вечерний Омск»»: the object is the one who spoke, the subject relays
QUOTING_VERBS = frozenset(["цитировать", "процитировать"])
#: «приводит слова X», «привели его высказывание»: a verb of bringing with a noun of words
#: quotes their owner (twenty-seventh session, with :data:`QUOTED_OWNERS`)
BRINGING_VERBS = frozenset(["привести", "приводить"])
#: the nouns for someone's words that a quoting verb brings
QUOTED_WORDS = frozenset(["слово", "слова", "цитата", "высказывание", "реплика", "фраза"])
#: short adjectives and participles that report a belief: «он уверен, что …»
BELIEF_ADJECTIVES = frozenset(
    [
        *("уверенный", "убеждённый", "убежденный", "уверен", "убеждён", "убежден"),
        # the short forms as written: the lemmatiser takes «убеждена» for убедить
        *("уверена", "уверены", "убеждена", "убеждены"),
    ]
)
#: «по словам X», «по данным X», «по мнению X»: the noun after по
ACCORDING_NOUNS = frozenset(
    [
        *("слово", "данные", "мнение", "информация", "оценка", "сведение", "подсчёт", "подсчет"),
        # «по сообщениям BBC», «по версии следствия», «по утверждению полиции»
        *("сообщение", "версия", "утверждение", "заявление", "свидетельство", "прогноз"),
        # «По решению суда, …»: what a court or a body decided, as reported
        "решение",
    ]
)
#: possessives standing alone as a source («по их словам»), by the pronoun they are of
_POSSESSIVES = {"его": "он", "её": "она", "ее": "она", "их": "они"}
_PRONOUNS = {
    "он": ("m", False),
    "она": ("f", False),
    "они": (None, True),
    "оно": (None, False),
    "я": (None, False),
    "мы": (None, True),
}
#: the documents that record what a body said, which the body that spoke last may have issued;
#: a letter, a verdict, a law or a «документ» nobody is said to have issued stays its own
#: source (reviewer)
_STATEMENT_DOCUMENTS = frozenset({"сообщение", "заявление", "релиз", "пресс-релиз", "коммюнике"})
#: the particles «и», «также», «тоже» before a speaker («сообщил и губернатор»): no part of
#: the speaker's name
ADDITIVE_PARTICLES = frozenset(["и", "также", "тоже"])
#: the forms of the emphatic «сам» («Сам Бейкер заявил», «по словам самой Ивановой»): it
#: stresses who speaks and is no part of their name
EMPHATIC_SELF = frozenset(
    ["сам", "сама", "само", "сами", "самого", "самой", "самою", "саму", "самих", "самому",
     "самим", "самими"]
)  # fmt: skip
#: an outlet's trailing cue: the present tense of «писать», «сообщать», «передавать»,
#: «информировать» (by the word's form: the tagger reads «передаёт» as a noun)
OUTLET_VERBS = frozenset(
    ["пишет", "пишут", "сообщает", "сообщают", "передает", "передают", "информирует", "информируют"]
)
#: the verbs of calling on someone to something
CALL_VERBS = frozenset(["призвать", "призывать"])
GOVERNED_PREPOSITIONS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(["настаивать", "жаловаться", "пожаловаться"], ("на",)),
    **dict.fromkeys(["признаться", "признаваться", "сомневаться"], ("в",)),
    **dict.fromkeys(["обвинить", "обвинять", "подозревать", "упрекать", "упрекнуть"], ("в",)),
    **dict.fromkeys(["заверить", "заверять", "уверять"], ("в",)),
    # «высказались за выход из ЕС», «высказалась против идеи»: the stance is what was said
    # (thirty-second session)
    **dict.fromkeys(["высказаться", "высказываться"], ("за", "против")),
}
#: an outlet's trailing cue closing a content: the comma, the verb and its subject
_OUTLET_TAIL = re.compile(r",\s*(?:как\s+)?(?P<verb>\w+)\s+(?P<who>[^,;:]+?)[\s.!]*$")
#: nouns that stand for a statement made before («эту информацию», «эти данные»)
INFORMATION_NOUNS = frozenset(
    ["информация", "данные", "сведение", "сведения", "новость", "сообщение"]
)
#: verbs that deny what they point back to
DENIAL_VERBS = frozenset(
    ["опровергнуть", "опровергать", "отвергнуть", "отвергать", "отрицать", "оспорить", "оспаривать"]
)


def _impersonal(lemma: str) -> bool:
    """Whether a verb with this lemma speaks through its place («говорится в заявлении»)."""
    return lemma in IMPERSONAL_VERBS or (flags.REFLEXIVE_REPORTS and lemma in REFLEXIVE_SPEECH)


@cache
def reporting_nouns(vocab: Any) -> frozenset[str]:
    """The nouns of saying derived from the speech verbs by the -ние/-ение suffix rule
    («заявить» → «заявление», «предупредить» → «предупреждение», «уточнить» → «уточнение»),
    each kept only if the dictionary behind ``vocab`` knows it as a noun, less the review's
    :data:`_NOT_REPORTING_NOUNS`; with :data:`SPEECH_NOUNS`."""
    analyzer = next((c for c in type(vocab).__mro__[1:] if hasattr(c, "parse")), None)
    if analyzer is None:
        return SPEECH_NOUNS
    out = set(SPEECH_NOUNS)
    for verb in SPEECH_VERBS:
        v = verb[:-2] if verb.endswith("ся") else verb
        cands = set()
        if v.endswith("ить") or v.endswith("нуть"):
            stem = v[:-3] if v.endswith("ить") else v[:-4]
            for a, b in _STEM_ALTERNATIONS:
                if stem.endswith(a):
                    cands.add(stem[: len(stem) - len(a)] + b + "ение")
        elif v.endswith(("ать", "ять")):
            cands.add(v[:-2] + "ние")
        elif v.endswith("еть"):
            cands.add(v[:-3] + "ение")
        for noun in cands - _NOT_REPORTING_NOUNS:
            if any(
                p.tag.POS == "NOUN" and p.normal_form == noun and p.is_known
                for p in analyzer.parse(vocab, noun)
            ):
                out.add(noun)
    return frozenset(out)


@cache
def _cue_lexicon(vocab: Any) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """The pre-filter's word forms, from the lexicon above: those that can make a cue alone,
    and those that make one only beside a word of their pair (a light verb beside its noun,
    «дал понять», «пришли к выводу»; a verb of :data:`AS_VERBS` beside «как») — the rules
    read them as cues only then, so a sentence with the verb alone need not be parsed."""
    from .select_ru import cue_forms

    alone = SPEECH_VERBS | READ_VERBS | BELIEF_ADJECTIVES | IMPERSONAL_VERBS | SPEECH_NOUNS
    alone |= REQUEST_NOUNS
    if flags.CRITICISM:
        alone |= CRITICISM_NOUNS
    if flags.REFLEXIVE_REPORTS:
        alone |= REFLEXIVE_SPEECH
    if flags.REPORTING_NOUNS:
        alone |= reporting_nouns(vocab)
    forms = (
        cue_forms(vocab, frozenset(alone))
        | cue_forms(vocab, frozenset(EXPRESS_VERBS & set(LIGHT_CUES)), True)
        | {"согласно", "известно"}
    )
    paired: dict[str, set[str]] = {}
    for verb, nouns in LIGHT_CUES.items():
        partners = cue_forms(vocab, frozenset(nouns))
        for form in cue_forms(vocab, frozenset([verb]), True) - forms:
            paired.setdefault(form, set()).update(partners)
    for form in cue_forms(vocab, AS_VERBS) - forms:
        paired.setdefault(form, set()).add("как")
    if flags.REPORTING_NOUNS:
        carried = cue_forms(vocab, CARRIED_NOUNS)
        for form in cue_forms(vocab, APPEARING_VERBS | PUBLISHING_VERBS) - forms:
            paired.setdefault(form, set()).update(carried)
    if flags.ISSUING_PARSED:
        # «Северсталь опубликовала отчёт. В отчёте отмечается …»: the sentence issuing a
        # document is parsed, so that the document cited after it finds its issuer
        # (:mod:`.issuers_ru` reads only parsed sentences)
        from .issuers_ru import ISSUING_VERBS
        from .roles import RU_DOCUMENTS

        documents = cue_forms(vocab, RU_DOCUMENTS)
        for form in cue_forms(vocab, ISSUING_VERBS, True) - forms:
            paired.setdefault(form, set()).update(documents)
    return forms, {k: frozenset(v) for k, v in paired.items()}
