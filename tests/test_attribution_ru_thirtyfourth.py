"""Russian attribution, thirty-fourth session (issue 12).  Invented articles, never evaluation
text.

- «Агентство сообщило, ссылаясь на источники в банке, что …»: the gerund «ссылаясь / сославшись на Y»
  beside a cue relays Y's words, as «со ссылкой на Y» does.
- The line form «Имя: «…».» — a name (a person with their role, or a body) before a colon and a
  quote that closes the sentence — is that speaker's quote with no verb of saying.  A headline
  written so (no full stop), a colon after a word that is no name («Фото: …») and a quoted name
  in a list after a colon are not.
"""

from __future__ import annotations

from attributed import attributed, said


def _who(text: str, phrase: str) -> list[str | None]:
    """The speakers of the quotes of ``text`` (Russian) that hold ``phrase``."""
    return [name for _, name in said(attributed(text, "ru"), phrase)]


_LINES = (
    "Совет директоров: «Мы не будем закрывать завод»\n\n"
    "Совет директоров машиностроительного завода в Коврове собрался в пятницу.\n\n"
    "Вместо объявления о приёме теперь надпись: «Приём заявлений временно закрыт».\n\n"
    "Фото: «Ковровские новости».\n\n"
    "Партнёры по проекту: «Ростех», «Уралвагонзавод» и два банка.\n\n"
    "Генеральный директор завода Андрей Зуев: «Мы не планируем сокращать персонал до конца "
    "года».\n\n"
    "Министерство труда области: «Сокращений не будет, пока действует коллективный договор».\n\n"
    "На собрание пришла и председатель профсоюза Ольга Сомова.\n\n"
    "Председатель профсоюза: «Мы проследим, чтобы обещание выполнили».\n"
)


def test_a_name_a_colon_and_a_closed_quote_is_that_speakers_quote() -> None:
    assert _who(_LINES, "сокращать персонал") == ["Андрей Зуев"]
    assert _who(_LINES, "коллективный договор") == ["Министерство труда области"]
    # a person described by their post, and named before
    assert _who(_LINES, "проследим") == ["Ольга Сомова"]


def test_a_headline_a_caption_or_a_list_after_a_colon_is_no_quote() -> None:
    for phrase in ("не будем закрывать", "Ковровские", "Уралвагонзавод"):
        assert _who(_LINES, phrase) == [], phrase
    # a notice is shown, not said: no speaker for it
    assert set(_who(_LINES, "временно закрыт")) <= {None}


_REFERRING = (
    "Банк продал долю в порту\n\n"
    "Агентство «Интерфакс» сообщило, ссылаясь на источники в банке, что Сбербанк продал "
    "пакет акций морского порта за 12 млрд рублей.\n\n"
    "Покупателем стала компания из Новороссийска. Об этом сообщает ТАСС, ссылаясь на "
    "пресс-службу порта.\n\n"
    "Суд отклонил жалобу профсоюза, сославшись на то, что срок обжалования истёк.\n"
)


def test_a_gerund_referring_to_a_source_relays_its_words() -> None:
    # the agency relays the words of its sources, and so does a back-reference
    assert _who(_REFERRING, "12 млрд рублей") == ["источники в банке"]
    assert _who(_REFERRING, "Покупателем стала") == ["пресс-служба порта"]
    # «сославшись на то, что …» gives a reason: «то» relays nothing
    assert "то" not in _who(_REFERRING, "срок обжалования")
