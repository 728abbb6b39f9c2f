"""Russian attribution, thirty-sixth session (issue 12).  Invented articles, never evaluation
text.

- A person who acts for, or belongs to, someone named in the genitive after them («Адвокат
  Ивана Петрова», «заместитель министра Ивана Петрова», «пресс-секретарь министра …», «Супруга
  Игоря Соколова») is a speaker of their own: never merged with that owner, whose own words
  («— сказал Петров») stay the owner's.  The ordinary office before a name («Министр Иван
  Петров … Петров сказал») stays one person; where the words read both ways («Адвокат Петрова
  заявила») the speaker is shown uncertain, as the description; the cue verb's gender against a
  name's («Тренер Евгения Плющенко заявил») tells the owner's name from the speaker's own.
"""

from __future__ import annotations

import pytest
from attributed import attributed, quote_holding, speaker_name

from newsprism.article import Article
from newsprism.attribution import flags_ru
from newsprism.attribution.confidence import CONFIDENT

_LAWYER = (
    "Суд приговорил Ивана Петрова к восьми годам колонии\n\n"
    "Кировский районный суд приговорил бывшего директора строительной компании Ивана Петрова "
    "к восьми годам колонии общего режима по делу о хищении бюджетных средств.\n\n"
    "Адвокат Ивана Петрова заявил журналистам, что защита не согласна с решением суда и "
    "считает доказательства обвинения недостаточными.\n\n"
    "«Мы обжалуем приговор в апелляционной инстанции», — сказал адвокат.\n\n"
    "Сам осуждённый после оглашения приговора был немногословен. «Мне нечего добавить», — "
    "сказал Петров.\n"
)
_DEPUTY = (
    "Минфин пообещал исполнить бюджет\n\n"
    "Министр финансов Иван Петров провёл в понедельник совещание с руководителями регионов.\n\n"
    "Заместитель министра Ивана Петрова заявил по итогам встречи, что бюджет текущего года "
    "будет исполнен в полном объёме.\n\n"
    "«Дефицита в этом году не будет», — сказал Петров журналистам после совещания.\n"
)
_SECRETARY = (
    "Визит министра перенесли\n\n"
    "Пресс-секретарь министра Ивана Петрова сообщил, что встреча министра с губернатором "
    "перенесена на следующую неделю.\n\n"
    "«Я поеду в область в понедельник и проведу там два дня», — сказал позже Петров.\n"
)
_WIFE = (
    "Полярник вернулся из экспедиции\n\n"
    "Участник арктической экспедиции Игорь Соколов вернулся домой после полугода на станции.\n\n"
    "Супруга Игоря Соколова рассказала, что муж почти не выходил на связь последние месяцы.\n\n"
    "«Я рад снова быть дома», — сказал Соколов.\n"
)
_MINISTER = (
    "Реформа продолжится\n\n"
    "Министр образования Иван Петров заявил, что реформа школьных программ продолжится.\n\n"
    "«Мы не отступим от намеченного плана», — сказал Петров.\n"
)
_UNKNOWN_SURNAME = (
    "Осуждённый обжалует приговор\n\n"
    "Суд приговорил Виталия Маркива к 24 годам заключения.\n\n"
    "Адвокат Маркива заявил, что его подзащитный никем не командовал и будет обжаловать "
    "приговор.\n\n"
    "«Я невиновен», — заявил Маркив после оглашения приговора.\n"
)
_OWN_NAME = (
    "Семья Петрова подала иск\n\n"
    "Суд принял к рассмотрению иск семьи Ивана Петрова к издательству.\n\n"
    "Адвокат Ивана Петрова Олег Сидоров заявил, что издательство нарушило условия договора.\n"
)
_BOTH_READINGS = (
    "Защита обжалует решение\n\nАдвокат Петрова заявила, что защита обжалует решение суда.\n"
)


def _read(text: str, on: bool, monkeypatch: pytest.MonkeyPatch) -> Article:
    monkeypatch.setattr(flags_ru, "PERSON_OWNER", on)
    return attributed(text, "ru")  # a reading per setting of the flag


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("text", "agent_words", "owner_words", "shown"),
    [
        # a lawyer and the client
        (_LAWYER, "защита не согласна", "Мне нечего добавить", "Адвокат Ивана Петрова"),
        # a deputy minister and the minister
        (
            _DEPUTY,
            "бюджет текущего года",
            "Дефицита в этом году",
            "Заместитель министра Ивана Петрова",
        ),
        # a minister's press secretary and the minister
        (
            _SECRETARY,
            "с губернатором перенесена",
            "поеду в область",
            "Пресс-секретарь министра Ивана Петрова",
        ),
        # a wife and her husband
        (_WIFE, "не выходил на связь", "снова быть дома", "Супруга Игоря Соколова"),
    ],
    ids=["lawyer", "deputy-minister", "press-secretary", "wife"],
)
def test_a_person_acting_for_another_is_not_that_other(
    text: str,
    agent_words: str,
    owner_words: str,
    shown: str,
    on: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    article = _read(text, on, monkeypatch)
    agent = quote_holding(article, agent_words)
    owner = quote_holding(article, owner_words)
    if on:
        assert agent.speaker != owner.speaker
        assert speaker_name(article, agent) == shown
        assert "Петров" in (speaker_name(article, owner) or "") or "Соколов" in (
            speaker_name(article, owner) or ""
        )
    else:  # the merge the rule undoes: the owner's words under the agent, or the reverse
        assert agent.speaker == owner.speaker


def test_the_agent_keeps_their_later_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """«— сказал адвокат» goes to the lawyer introduced before, not to the client."""
    article = _read(_LAWYER, True, monkeypatch)
    first = quote_holding(article, "защита не согласна")
    later = quote_holding(article, "обжалуем приговор")
    own = quote_holding(article, "Мне нечего добавить")
    assert later.speaker == first.speaker != own.speaker


def test_an_unknown_surname_read_in_the_genitive(monkeypatch: pytest.MonkeyPatch) -> None:
    """«Адвокат Маркива»: the tagger reads the surname it does not know in the nominative; the
    client named by himself elsewhere makes it the client's lawyer."""
    article = _read(_UNKNOWN_SURNAME, True, monkeypatch)
    lawyer = quote_holding(article, "никем не командовал")
    client = quote_holding(article, "Я невиновен")
    assert lawyer.speaker != client.speaker
    assert speaker_name(article, lawyer) == "Адвокат Маркива"
    assert speaker_name(article, client) == "Виталий Маркив"


@pytest.mark.parametrize("on", [True, False])
def test_an_office_before_a_name_is_one_person(on: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """«Министр образования Иван Петров заявил … — сказал Петров»: one person either way."""
    article = _read(_MINISTER, on, monkeypatch)
    first = quote_holding(article, "реформа школьных программ")
    second = quote_holding(article, "не отступим")
    assert first.speaker == second.speaker
    assert speaker_name(article, first) == "Иван Петров"


def test_the_agents_own_name_after_the_owners(monkeypatch: pytest.MonkeyPatch) -> None:
    """«Адвокат Ивана Петрова Олег Сидоров заявил»: the lawyer is named; he is the speaker."""
    article = _read(_OWN_NAME, True, monkeypatch)
    assert speaker_name(article, quote_holding(article, "нарушило условия")) == "Олег Сидоров"


def test_both_readings_are_shown_uncertain(monkeypatch: pytest.MonkeyPatch) -> None:
    """«Адвокат Петрова заявила»: the lawyer Petrova, or Petrov's lawyer — not confident."""
    article = _read(_BOTH_READINGS, True, monkeypatch)
    quote = quote_holding(article, "обжалует решение")
    assert quote.confidence is not None and quote.confidence < CONFIDENT


def test_both_readings_show_the_description_not_the_owner(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """«Адвокат Петрова заявила»: neither reading's speaker is «Петров» (the lawyer Petrova, or
    Petrov's lawyer): the description is shown, never the owner."""
    article = _read(
        "Защита обжалует решение\n\nАдвокат Петрова заявила, что приговор обжалуют.\n",
        True,
        monkeypatch,
    )
    quote = quote_holding(article, "приговор обжалуют")
    assert speaker_name(article, quote) == "Адвокат Петрова"
    assert quote.confidence is not None and quote.confidence < CONFIDENT


def test_the_verbs_gender_rules_out_the_speakers_own_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """«Тренер Евгения Плющенко заявил»: «Евгения» is a woman's name only in the nominative, the
    verb's speaker a man — the name is the owner's (named nowhere else), the coach speaks."""
    article = _read(
        "Фигурист готовится к турниру\n\n"
        "Тренер Евгения Плющенко заявил, что спортсмен готов к турниру.\n",
        True,
        monkeypatch,
    )
    coach = quote_holding(article, "готов к турниру")
    assert speaker_name(article, coach) == "Тренер Евгения Плющенко"


def test_a_name_with_no_genitive_reading_is_the_speakers_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """«Пресс-секретарь главы правительства Наталья Тимакова сообщила»: «Наталья» cannot be a
    genitive — the press secretary is named, and shown confident."""
    article = _read(
        "Назначение в правительстве\n\n"
        "Пресс-секретарь главы правительства Наталья Тимакова сообщила, что распоряжение о "
        "назначении уже подписано.\n",
        True,
        monkeypatch,
    )
    quote = quote_holding(article, "распоряжение о назначении")
    assert speaker_name(article, quote) == "Наталья Тимакова"


def test_english_keeps_the_lawyer_apart_from_the_client() -> None:
    """The English path on the same construction ("Ivan Petrov's lawyer told …")."""
    article = attributed(
        "Former director jailed for eight years\n\n"
        "A district court sentenced the former director of a construction company, Ivan "
        "Petrov, to eight years in prison for embezzling public funds.\n\n"
        "Ivan Petrov's lawyer told reporters that the defence disagreed with the court's "
        "decision.\n\n"
        '"We will appeal the verdict," the lawyer said.\n\n'
        '"I have nothing to add," Petrov said after the hearing.\n',
        "en",
    )
    lawyer = quote_holding(article, "defence disagreed")
    later = quote_holding(article, "We will appeal")
    own = quote_holding(article, "nothing to add")
    assert lawyer.speaker == later.speaker != own.speaker
    assert speaker_name(article, own) == "Ivan Petrov"


@pytest.mark.parametrize("on", [True, False])
def test_english_a_name_after_of_introduces_nobody(
    on: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "The lawyer of Ivan Petrov told …" introduces the lawyer, not Petrov: "the lawyer said"
    later is the lawyer's (off: Petrov was read as introduced as the lawyer, and took it)."""
    from newsprism.attribution import descriptions, referents

    monkeypatch.setattr(descriptions, "OWNER_INTRODUCES_NOBODY", on)
    # the thirty-seventh session's relation nouns (owners_en) also keep the lawyer apart: off
    # with this flag, so that the flag alone is tested
    monkeypatch.setattr(referents, "EN_ACTING_NOT_OWNER", on)
    monkeypatch.setattr(descriptions, "OWNER_NOT_OFFICE", on)
    article = attributed(
        "Former director jailed for eight years\n\n"
        "A district court sentenced Ivan Petrov, the former director of a construction "
        "company, to eight years in prison for embezzling public funds.\n\n"
        "The lawyer of Ivan Petrov told reporters that the defence disagreed with the court's "
        "decision.\n\n"
        '"We will appeal the verdict," the lawyer said.\n\n'
        '"I have nothing to add," Petrov said after the hearing.\n',
        "en",
    )
    later = quote_holding(article, "We will appeal")
    own = quote_holding(article, "nothing to add")
    if on:
        assert later.speaker == quote_holding(article, "defence disagreed").speaker
        assert later.speaker != own.speaker
    else:
        assert later.speaker == own.speaker


_OFFICIAL = (
    "Мост под Тверью закрыли из-за паводка\n\n"
    "На трассе под Тверью закрыли мост через реку Тьму. Представитель областного управления "
    "дорог Павел Зимин подтвердил эту информацию: вода поднялась выше отметки опор моста.\n\n"
    "Чиновник добавил, что объезд через соседний район займёт около часа.\n"
)
_ANONYMOUS_OFFICIAL = (
    "Бюджет пересмотрят\n\n"
    "Министр финансов Иван Петров заявил, что бюджет будет пересмотрен осенью.\n\n"
    "Один чиновник правительства сообщил, что сокращения коснутся оборонных расходов.\n"
)


@pytest.mark.parametrize("on", [True, False])
def test_a_bare_official_calls_back_the_one_quoted(
    on: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """«Чиновник добавил» after the representative Павел Зимин is quoted: his words (off:
    an unnamed «чиновник» of its own, the person split in two)."""
    monkeypatch.setattr(flags_ru, "BARE_OFFICIAL", on)
    article = attributed(_OFFICIAL, "ru")
    first = quote_holding(article, "выше отметки опор")
    later = quote_holding(article, "объезд через соседний")
    assert (later.speaker == first.speaker) is on
    assert speaker_name(article, first) == "Павел Зимин"


def test_an_official_with_words_of_their_own_stays_unnamed() -> None:
    """«Один чиновник правительства сообщил»: an unnamed source, not the minister before."""
    article = attributed(_ANONYMOUS_OFFICIAL, "ru")
    minister = quote_holding(article, "пересмотрен осенью")
    official = quote_holding(article, "оборонных расходов")
    assert official.speaker != minister.speaker
