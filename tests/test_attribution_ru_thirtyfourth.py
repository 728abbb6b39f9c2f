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

from attributed import attributed, speaker_name

from newsprism.article import Article


def _said(article: Article, phrase: str) -> list[tuple[str, str | None]]:
    return [(q.text, speaker_name(article, q)) for q in article.quotes if phrase in q.text]


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
    article = attributed(_LINES, "ru")
    staff = _said(article, "сокращать персонал")
    assert [name for _, name in staff] == ["Андрей Зуев"], staff
    union = _said(article, "коллективный договор")
    assert [name for _, name in union] == ["Министерство труда области"], union
    promise = _said(article, "проследим")
    assert [name for _, name in promise] == ["Ольга Сомова"], promise


def test_a_headline_a_caption_or_a_list_after_a_colon_is_no_quote() -> None:
    article = attributed(_LINES, "ru")
    assert not _said(article, "не будем закрывать"), _said(article, "не будем закрывать")
    assert not _said(article, "Ковровские"), _said(article, "Ковровские")
    assert not _said(article, "Уралвагонзавод"), _said(article, "Уралвагонзавод")
    # a notice is shown, not said: no speaker for it
    notice = _said(article, "временно закрыт")
    assert all(name is None for _, name in notice), notice


_REFERRING = (
    "Банк продал долю в порту\n\n"
    "Агентство «Интерфакс» сообщило, ссылаясь на источники в банке, что Сбербанк продал "
    "пакет акций морского порта за 12 млрд рублей.\n\n"
    "Покупателем стала компания из Новороссийска. Об этом сообщает ТАСС, ссылаясь на "
    "пресс-службу порта.\n\n"
    "Суд отклонил жалобу профсоюза, сославшись на то, что срок обжалования истёк.\n"
)


def test_a_gerund_referring_to_a_source_relays_its_words() -> None:
    article = attributed(_REFERRING, "ru")
    sold = _said(article, "12 млрд рублей")
    # the agency relays the words of its sources
    assert [name for _, name in sold] == ["источники в банке"], sold
    buyer = _said(article, "Покупателем стала")
    assert [name for _, name in buyer] == ["пресс-служба порта"], buyer
    # «сославшись на то, что …» gives a reason, and names no one to relay
    reason = _said(article, "срок обжалования")
    assert all(name != "срок" for _, name in reason), reason
