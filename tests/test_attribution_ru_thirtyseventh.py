"""Russian attribution, thirty-seventh session (issue 12).  Invented articles, never evaluation
text.

- A person who speaks for another, in the order a translation gives: «Пресс-секретарь министра
  финансов Ивана Петрова, Анна Орлова, заявила …» is Orlova's, not the minister's (a name in the
  genitive before the comma is whose secretary she is, not a name the words after the comma
  describe); «министр Иван Петров … Петров сказал» stays one person.
- A description names the office a role states, not a word inside whose office it is: «—
  сказал министр» is the minister, not his representative introduced as «Представитель
  министра, Олег Ким»; and «— сказал представитель министра» calls that representative back.
- A lone singular word for an expert («— добавляет эксперт», «По мнению учёного») is the person
  just quoted, not someone named inside the words.
- «глава ведомства» names the offices that head such a body: the minister named before.
"""

from __future__ import annotations

import pytest
from attributed import attributed, quote_holding, speaker_name

from newsprism.article import Article
from newsprism.attribution import coref, flags_ru, referents

_SECRETARY_COMMA = (
    "Бюджет внесут в парламент\n\n"
    "Министр финансов Иван Петров в понедельник представил проект бюджета на следующий год.\n\n"
    "Пресс-секретарь министра финансов Ивана Петрова, Анна Орлова, заявила журналистам, что "
    "документ внесут в парламент до конца месяца.\n\n"
    "Позже Петров сказал, что дефицит бюджета сократится вдвое.\n"
)
_REPRESENTATIVE = (
    "Бюджет внесут в парламент\n\n"
    "Министр финансов Иван Петров в понедельник представил проект бюджета на следующий год.\n\n"
    "Представитель министра, Олег Ким, сообщил, что документ внесут в парламент до конца "
    "месяца. «Возражений мы не ожидаем», — сказал представитель министра.\n\n"
    "«Дефицит сократится вдвое», — сказал министр на пресс-конференции.\n"
)
_MINISTER = (
    "Новый мост открыт\n\n"
    "Министр транспорта Иван Петров открыл в субботу новый мост через реку.\n\n"
    "«Мост сократит дорогу до центра на двадцать минут», — сказал министр Иван Петров. Петров "
    "добавил, что ремонт старого моста начнётся весной.\n"
)
_EXPERT = (
    "Выборы в США\n\n"
    "Кандидат демократов Джон Миллер заявил, что уверен в победе на выборах.\n\n"
    "Директор Центра американских исследований Олег Сидоров отметил, что исход голосования "
    "решат несколько штатов. «Миллер может выиграть по числу голосов, но проиграть по числу "
    "выборщиков», — сказал Сидоров.\n\n"
    "«Результаты голосования по почте станут известны только через неделю», — добавляет "
    "эксперт.\n"
)
_SCIENTIST = (
    "Инфляция замедлилась\n\n"
    "Центральный банк сообщил, что инфляция в октябре замедлилась.\n\n"
    "Директор Института экономического анализа Георгий Волков отметил, что делать выводы пока "
    "рано. По мнению учёного, цены в конце года снова пойдут вверх.\n"
)


def _read(text: str, monkeypatch: pytest.MonkeyPatch, **flags: bool) -> Article:
    for name, on in flags.items():
        module = {
            "RU_GENITIVE_NOT_DESCRIBED": referents,
            "RU_ROLE_CALLBACK": referents,
            "RU_ROLE_OFFICE": coref,
            "RU_HEAD_OF_BODY": coref,
        }.get(name, flags_ru)
        monkeypatch.setattr(module, name, on)
    return attributed(text, "ru")  # a reading per setting of the flags


@pytest.mark.parametrize("on", [True, False])
def test_a_secretary_named_after_a_comma_is_not_the_minister(
    on: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """«Пресс-секретарь министра финансов Ивана Петрова, Анна Орлова, заявила»: Orlova speaks
    (off: the minister's name before the comma was read as the one the words describe)."""
    article = _read(_SECRETARY_COMMA, monkeypatch, RU_GENITIVE_NOT_DESCRIBED=on)
    secretary = quote_holding(article, "внесут в парламент")
    minister = quote_holding(article, "сократится вдвое")
    assert speaker_name(article, minister) == "Иван Петров"
    if on:
        assert speaker_name(article, secretary) == "Анна Орлова"
        assert secretary.speaker != minister.speaker
    else:
        assert secretary.speaker == minister.speaker


@pytest.mark.parametrize("on", [True, False])
def test_the_minister_is_not_his_representative(on: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """«— сказал министр» after «Представитель министра, Олег Ким»: the minister, whose office
    the representative's role names only as whose representative he is (off: the role's words
    matched anywhere, and Kim took the minister's words)."""
    article = _read(_REPRESENTATIVE, monkeypatch, RU_ROLE_OFFICE=on)
    minister = quote_holding(article, "Дефицит сократится")
    kim = quote_holding(article, "внесут в парламент")
    assert speaker_name(article, kim) == "Олег Ким"
    if on:
        assert speaker_name(article, minister) == "Иван Петров"
    else:
        assert minister.speaker == kim.speaker


@pytest.mark.parametrize("on", [True, False])
def test_the_words_a_person_was_introduced_by_call_them_back(
    on: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """«— сказал представитель министра» is Kim, introduced as «Представитель министра» (off:
    an unnamed representative of his own)."""
    article = _read(_REPRESENTATIVE, monkeypatch, RU_ROLE_CALLBACK=on)
    first = quote_holding(article, "внесут в парламент")
    later = quote_holding(article, "Возражений мы не ожидаем")
    if on:
        assert later.speaker == first.speaker
    else:
        assert later.speaker != first.speaker
        assert speaker_name(article, later) == "представитель министра"


def test_an_office_before_a_name_stays_one_person() -> None:
    """«— сказал министр Иван Петров. Петров добавил»: one person."""
    article = attributed(_MINISTER, "ru")
    first = quote_holding(article, "Мост сократит дорогу")
    second = quote_holding(article, "ремонт старого моста")
    assert first.speaker == second.speaker
    assert speaker_name(article, first) == "Иван Петров"


@pytest.mark.parametrize("on", [True, False])
def test_a_lone_expert_is_the_person_just_quoted(on: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """«— добавляет эксперт» after Sidorov's words, which name Miller: Sidorov (off: an unnamed
    group of experts of its own)."""
    article = _read(_EXPERT, monkeypatch, BARE_EXPERT=on)
    expert = quote_holding(article, "по почте станут известны")
    if on:
        assert speaker_name(article, expert) == "Олег Сидоров"
    else:
        assert speaker_name(article, expert) != "Олег Сидоров"
    assert speaker_name(article, expert) != "Джон Миллер"


@pytest.mark.parametrize("on", [True, False])
def test_by_the_scientists_opinion_is_the_scientist_named(
    on: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """«По мнению учёного» after «Директор … Георгий Волков отметил»: Volkov."""
    article = _read(_SCIENTIST, monkeypatch, BARE_EXPERT=on)
    quote = quote_holding(article, "снова пойдут вверх")
    assert (speaker_name(article, quote) == "Георгий Волков") is on


def test_experts_in_the_plural_stay_a_group() -> None:
    """«Эксперты считают» after a named expert: a group, not the one quoted."""
    article = attributed(
        "Цены на жильё\n\n"
        "Аналитик банка Олег Сидоров заявил, что цены на жильё стабилизируются.\n\n"
        "Эксперты считают, что спрос на ипотеку упадёт.\n",
        "ru",
    )
    quote = quote_holding(article, "спрос на ипотеку")
    assert speaker_name(article, quote) != "Олег Сидоров"


_HEAD_OF_BODY = (
    "Кинопрокат вырос\n\n"
    "Министр культуры Ольга Смирнова рассказала на форуме, что в этом году министерство "
    "поддержало более ста фильмов.\n\n"
    "«Несмотря на трудный год, работа индустрии продолжается», — отметила глава ведомства.\n"
)


@pytest.mark.parametrize("on", [True, False])
def test_the_head_of_the_agency_is_the_minister(on: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """«— отметила глава ведомства» after «Министр культуры Ольга Смирнова»: the minister (off:
    a speaker of its own)."""
    article = _read(_HEAD_OF_BODY, monkeypatch, RU_HEAD_OF_BODY=on)
    head = quote_holding(article, "работа индустрии продолжается")
    assert (speaker_name(article, head) == "Ольга Смирнова") is on


def test_the_head_of_a_company_is_not_the_minister() -> None:
    """«глава компании» names a company's offices: not the minister named before."""
    article = attributed(
        "Завод закроют\n\n"
        "Министр промышленности Олег Сидоров заявил, что завод закроют до конца года.\n\n"
        "«Мы будем искать покупателя», — сказал глава компании.\n",
        "ru",
    )
    quote = quote_holding(article, "искать покупателя")
    assert speaker_name(article, quote) != "Олег Сидоров"


_ECONOMIST = (
    "Ставка останется прежней\n\n"
    "Во вторник экономист Ольга Смирнова заявила, что Центральный банк сохранит ключевую "
    "ставку на прежнем уровне. Смирнова добавила, что инфляция к весне замедлится.\n\n"
    "«Регулятор не будет рисковать накануне праздников», — добавляет эксперт.\n"
)
_ANALYST = (
    "Нефть подешевела\n\n"
    "Аналитик Иван Козлов считает, что цены на нефть продолжат снижаться до конца месяца. "
    "Козлов уточнил, что спрос в Азии пока не восстановился.\n"
)
_LAWYER = (
    "Арест обжалуют\n\n"
    "Адвокат Мария Ковалева заявила, что защита обжалует арест своего клиента. Ковалева "
    "добавила, что её подзащитный вину не признаёт.\n"
)


@pytest.mark.parametrize("on", [True, False])
def test_an_economist_before_a_name_is_that_persons_role(
    on: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """«экономист Ольга Смирнова заявила … Смирнова добавила»: one speaker, Smirnova, her role
    «экономист» (off: «экономист Ольга Смирнова» was read as a group of economists, a speaker
    of its own with no role)."""
    article = _read(_ECONOMIST, monkeypatch, NAMED_MEMBER=on)
    first = quote_holding(article, "сохранит ключевую")
    second = quote_holding(article, "инфляция к весне")
    if on:
        assert first.speaker == second.speaker
        assert speaker_name(article, first) == "Ольга Смирнова"
    else:
        assert first.speaker != second.speaker


def test_a_lone_expert_calls_back_the_economist_named() -> None:
    """«— добавляет эксперт» after «экономист Ольга Смирнова»: Smirnova."""
    article = attributed(_ECONOMIST, "ru")
    expert = quote_holding(article, "не будет рисковать")
    assert speaker_name(article, expert) == "Ольга Смирнова"


@pytest.mark.parametrize("text", [_ANALYST, _LAWYER])
def test_a_profession_before_a_name_merges_with_the_surname(text: str) -> None:
    """«Аналитик Иван Козлов считает … Козлов уточнил», «Адвокат Мария Ковалева … Ковалева
    добавила»: one speaker each, named without the profession."""
    article = attributed(text, "ru")
    quotes = article.quotes
    assert len(quotes) == 2
    assert quotes[0].speaker == quotes[1].speaker
    assert speaker_name(article, quotes[0]) in ("Иван Козлов", "Мария Ковалева")
