"""Scraped text, round 28: rules read off what a page is, each tested on pages we wrote (invented
places and people), in English and Russian; each test fails on the round-27 code."""

from __future__ import annotations

from newsprism.extract.scraped import extract_scraped

# A story about a regulator and a shop's mailings: its own sentences hold a disclaimer's, a cookie
# banner's and a typo prompt's words; the page's real notices stand under it.
_STORY_EN = """Home
Business
Regulator asks shops to label their price forecasts
By Clara Nyman
4 December 2026
The consumer office in Harwick wants shops that send price forecasts to customers to say plainly who made them and how often they were wrong.
The office said its own figures were for information purposes only and would be checked again in the spring, when the first labelled mailings go out.
A spokesman for the retailers' association said the rule was not investment advice in disguise, as some members had claimed, but a matter of telling buyers what a forecast is.
One shop's banner, which said it used cookies to tailor the forecasts, was singled out in the report for sending them to people who had refused.
Auditors found an error in the way two chains counted returned goods, the report adds.
This note is for information purposes only; it is not investment advice.
We use cookies to improve your experience on our site.
Share this article
"""

_STORY_RU = """Главная
Экономика
Регулятор попросил магазины подписывать прогнозы цен
Автор: Ольга Зимина
4 декабря 2026
Управление по защите прав потребителей в Ладожске хочет, чтобы магазины, рассылающие прогнозы цен, прямо указывали, кто их составил и как часто они ошибались.
Аналитики отмечают, что рассылка магазина об акциях не является инвестиционной рекомендацией, хотя покупатели её так и читали.
Юристы ассоциации напомнили, что ответы в таких рассылках носят справочный характер лишь на словах, а на деле люди по ним покупают.
Аудиторы нашли ошибку в том, как две сети считали возвраты товара, говорится в отчёте.
Материал носит информационный характер и не является инвестиционной рекомендацией.
Нашли опечатку? Выделите её и нажмите Ctrl+Enter
Мы используем файлы cookie, чтобы сайт работал лучше.
Поделиться
"""


def _paragraphs(text: str) -> list[str]:
    _, blocks, _ = extract_scraped(text)
    return [b.text for b in blocks if b.kind == "paragraph"]


def test_a_story_s_sentence_holding_a_notice_s_words_is_kept_english() -> None:
    kept = _paragraphs(_STORY_EN)
    assert len(kept) == 5  # every sentence of the story, none of the page's notices
    assert kept[1].startswith("The office said its own figures were for information purposes only")
    assert kept[2].startswith("A spokesman for the retailers' association said the rule")
    assert kept[3].startswith("One shop's banner")
    assert kept[4].startswith("Auditors found an error")
    assert not any(p.startswith(("This note is", "We use cookies")) for p in kept)


def test_a_story_s_sentence_holding_a_notice_s_words_is_kept_russian() -> None:
    kept = _paragraphs(_STORY_RU)
    assert len(kept) == 4
    assert kept[1].startswith("Аналитики отмечают, что рассылка магазина")
    assert kept[2].startswith("Юристы ассоциации напомнили")
    assert kept[3].startswith("Аудиторы нашли ошибку")
    assert not any(
        p.startswith(("Материал носит", "Нашли опечатку", "Мы используем")) for p in kept
    )


def test_a_quoted_banner_and_a_closing_link_word_stay_the_story_s() -> None:
    text = (
        "Home\nTechnology\nWhy the new cookie banners say less than the old ones\n"
        "By Clara Nyman\n4 December 2026\n"
        "The banners that appeared this autumn are shorter than the ones they replaced, and the "
        "watchdog says shorter is not the same as clearer.\n"
        'The banner on the ferry company\'s site reads "We use cookies to make booking easier" '
        "and offers no way to say no.\n"
        "The watchdog will publish its guidance in January and explain it to the firms in more "
        "detail than the first draft did, its director said, adding that she would say more about "
        "it at the hearing and that readers could find out more\n"
        "Summary by the newsroom. Learn more\n"
    )
    kept = _paragraphs(text)
    assert len(kept) == 3
    assert kept[1].startswith("The banner on the ferry company's site reads")
    assert kept[2].endswith("readers could find out more")


# A club's newsletter: short colon titles over running text, a speaker's colon over a quote,
# and the secretary's signature under the last paragraph.
_NEWSLETTER_EN = """Skip to main content
Ashby Rowing Club
Home
News
Events
Join
Autumn newsletter
2 December 2026
A wet season, a new boat and a crew in the final
The river was closed for nine days in October, but the crews still raced more often than in any autumn since the club moved to the boathouse.
Racing this autumn:
Our senior eight reached the final at the head of the river race and finished fourth of twenty crews, the club's best result in a decade.
The new boat:
The four bought with the summer appeal arrived in November. It is lighter than the old one and the juniors have already taken it out twice.
The coach said:
"Nine days off the water cost us a little speed, but nobody missed a session in the gym."
Thank you to every member who gave to the appeal and to the parents who drive the trailer.
Helen Marsh, Club Secretary
Find us on Facebook
Contact the club
© 2026 Ashby Rowing Club
"""

_NEWSLETTER_RU = """Перейти к содержанию
Фонд «Тёплый дом»
Главная
Новости
Помочь
Отчёт фонда за ноябрь
1 декабря 2026
Как мы помогли семьям в ноябре
В ноябре фонд помог сорока двум семьям из трёх районов области, вдвое больше, чем год назад.
Что удалось сделать:
Мы закупили дрова для двадцати домов в деревнях, куда зимой не доезжает газовая служба, и оплатили ремонт двух печей.
Что нужно сейчас:
Больше всего нам сейчас нужны тёплые детские вещи и средства гигиены для пожилых людей.
Спасибо всем, кто помогает нам уже третий год.
Анна Лебедева, координатор фонда
Помочь фонду
Наши отчёты
© 2026 Фонд «Тёплый дом»
"""


def test_short_colon_titles_over_running_text_are_headings() -> None:
    _, blocks, _ = extract_scraped(_NEWSLETTER_EN)
    kinds = {b.text: b.kind for b in blocks}
    assert kinds["Racing this autumn:"] == "heading"
    assert kinds["The new boat:"] == "heading"
    assert kinds["The coach said:"] == "paragraph"  # it hands over to the quote under it
    _, blocks, _ = extract_scraped(_NEWSLETTER_RU)
    kinds = {b.text: b.kind for b in blocks}
    assert kinds["Что удалось сделать:"] == "heading"
    assert kinds["Что нужно сейчас:"] == "heading"


def test_a_name_and_its_role_under_the_last_paragraph_sign_the_page() -> None:
    _, blocks, metadata = extract_scraped(_NEWSLETTER_EN)
    assert list(metadata.authors) == ["Helen Marsh"]
    assert blocks[-1].text.startswith("Thank you to every member")
    _, blocks, metadata = extract_scraped(_NEWSLETTER_RU)
    assert list(metadata.authors) == ["Анна Лебедева"]
    assert blocks[-1].text.startswith("Спасибо всем")


def test_readers_letters_each_signed_name_no_author() -> None:
    letters = (
        "Letters\nYour letters this week\n3 December 2026\n"
        "The new bus timetable leaves our village without a service after six in the evening.\n"
        "Joan Pike, Little Ashby\n"
        "The library's longer opening hours on Saturdays are very welcome to working parents.\n"
        "Tom Reed, Ashby Green\n"
        "Write to us\n"
    )
    _, _, metadata = extract_scraped(letters)
    assert not metadata.authors


def test_a_one_word_headline_under_the_menu_and_the_date_line_is_the_title() -> None:
    # the site's name and tagline stand over its menu; the story's headline is one word
    page = (
        "Skip to content\nHarrow Vale Allotment Society\nGrowing since 1921 · Plots to let\n"
        "Home\nPlots\nShows\nNews\nContact\nNews\n12 November 2026\nFrost\n"
        "The first hard frost of the year came two weeks early and caught the late beans on "
        "half the plots, but the leeks and the winter cabbages came through it well.\n"
        "Members who still have dahlias in the ground should lift them this weekend and store "
        "the tubers somewhere dry and cool before the next cold night.\n"
    )
    title, _, _ = extract_scraped(page)
    assert title == "Frost"


def test_a_recipe_s_fields_under_its_one_word_headline_are_no_title() -> None:
    page = (
        "Районная газета\nНовости\nРайон\nКухня\nОбъявления\nКухня\n02.12.2026\nРасстегаи\n"
        "Время приготовления: 3 часа\nПорций: 12\n"
        "Расстегаи в нашей семье пекут к Новому году: тесто ставят с вечера, а начинку из "
        "рыбы и риса готовят утром, пока тесто подходит второй раз.\n"
        "Главное — не жалеть бульона: его наливают в каждый пирожок прямо перед подачей.\n"
    )
    title, _, _ = extract_scraped(page)
    assert title == "Расстегаи"


def test_a_page_s_widgets_and_an_interview_s_byline_are_read_as_such() -> None:
    page = (
        "Home\nMoney\nHow to ask your landlord for a repair, step by step\n"
        "Interview by Jo Blake\n5 December 2026\n"
        "A tenant who reports a repair in writing has a record the council can act on later, "
        "and most repairs are done within weeks once the request is written down.\n"
        "A housing adviser explains what to write, whom to send it to and what to do if nothing "
        "happens after a month.\n"
        "Was this page helpful?\n"
        "Share this page: Facebook · X · Email\n"
        "© 2026 Tenants Advice Network\n"
    )
    _, blocks, metadata = extract_scraped(page)
    assert list(metadata.authors) == ["Jo Blake"]
    assert [b.kind for b in blocks] == ["paragraph", "paragraph"]
    page_ru = (
        "Главная\nГород\nНа Заречной улице открыли новый сквер\n"
        "5 декабря 2026\n1 248 просмотров\n"
        "Сквер на месте бывшей автостоянки открыли в субботу: там высадили сорок лип и "
        "поставили скамейки вдоль дорожек.\n"
        "Жители просили о сквере три года, и в прошлом году проект выиграл городской конкурс "
        "инициатив.\n"
        "Была ли статья полезна?\n"
        "Поделиться: ВКонтакте · Одноклассники · Telegram\n"
    )
    _, blocks, _ = extract_scraped(page_ru)
    assert [b.kind for b in blocks] == ["paragraph", "paragraph"]


def test_a_recipe_s_ingredients_without_bullets_are_its_list() -> None:
    page = (
        "Home\nFood\nRecipes\nA winter lentil soup for a crowd\nBy Ruth Calder\n"
        "4 December 2026\n"
        "This soup feeds eight from one pot and keeps for three days in the fridge, so it is "
        "worth making the whole batch even for two.\n"
        "Ingredients\n2 tbsp olive oil\n2 carrots, diced\n1 onion, chopped\n300g red lentils\n"
        "1.5 litres vegetable stock\nA handful of parsley, chopped\nMethod\n"
        "Warm the oil in a large pan and soften the carrots and onion for ten minutes.\n"
        "Add the lentils and the stock and simmer for twenty-five minutes, then season.\n"
        "More recipes\nSpiced carrot cake\nThe best roast potatoes\nQuick tomato sauce\n"
    )
    _, blocks, _ = extract_scraped(page)
    kinds = [(b.kind, b.text.split("\n")[0]) for b in blocks]
    assert ("heading", "Ingredients") in kinds and ("heading", "Method") in kinds
    items = next(b.text for b in blocks if b.kind == "list")
    assert items.split("\n") == [
        "2 tbsp olive oil",
        "2 carrots, diced",
        "1 onion, chopped",
        "300g red lentils",
        "1.5 litres vegetable stock",
        "A handful of parsley, chopped",
    ]
    assert not any("roast potatoes" in b.text for b in blocks)  # other recipes' links
    page_ru = (
        "Главная\nКухня\nРецепты\nСырники на завтрак за двадцать минут\nАвтор: Вера Крылова\n"
        "4 декабря 2026\n"
        "Сырники получаются нежными, если творог не слишком влажный, а муки в тесте совсем "
        "немного.\n"
        "Ингредиенты\n400 г творога\n2 яйца\n3 ст. л. сахара\n4 ст. л. муки\n"
        "Щепотка соли, по вкусу\nПриготовление\n"
        "Разомните творог вилкой, добавьте яйца, сахар и соль и хорошо перемешайте.\n"
        "Вмешайте муку, сформуйте сырники и обжарьте их на среднем огне до румяной корочки.\n"
    )
    _, blocks, _ = extract_scraped(page_ru)
    kinds = [(b.kind, b.text.split("\n")[0]) for b in blocks]
    assert ("heading", "Ингредиенты") in kinds and ("heading", "Приготовление") in kinds
    items = next(b.text for b in blocks if b.kind == "list")
    assert items.split("\n")[0] == "400 г творога" and len(items.split("\n")) == 5


def test_phrases_in_sentence_case_set_into_the_story_are_its_list() -> None:
    page = (
        "Home\nBusiness\nWhat a four-day week changed at a small printing firm\n"
        "By Nadia Osei\n5 December 2026\n"
        "The firm in Kettering moved its twelve staff to four days a week in March and kept "
        "their pay the same, and the owner kept a record of what changed.\n"
        "By the autumn she had written down three things she had not expected:\n"
        "Orders were finished a day earlier on average\n"
        "Fewer people called in sick on Mondays\n"
        "Two printers asked to stay on past retirement age\n"
        "She says the fourth day off costs the firm one delivery run a week, which a courier "
        "now covers.\n"
        "Read more\nHow to ask for flexible working\nThe Best Printers Of The Year\n"
    )
    _, blocks, _ = extract_scraped(page)
    items = [b.text for b in blocks if b.kind == "list"]
    assert items and items[0].split("\n")[0] == "Orders were finished a day earlier on average"
    page2 = page.replace("expected:\n", "expected.\n")  # no colon: the phrases' shape alone
    _, blocks, _ = extract_scraped(page2)
    items = [b.text for b in blocks if b.kind == "list"]
    assert items and len(items[0].split("\n")) == 3
    assert not any("Best Printers" in b.text for b in blocks)
