"""Scraped text, the thirtieth session's review: story lines that three rules of the round took
for the page's (an appeal ending a story, a wire photo's long caption, a story sentence about
unsubscribing).  Pages we wrote (invented places and people), in English and Russian; each test
fails on the code the review read."""

from __future__ import annotations

from newsprism.extract.scraped import extract_scraped


def _texts(text: str) -> list[str]:
    _, blocks, _ = extract_scraped(text)
    return [(b.caption if b.kind == "figure" else b.text) or "" for b in blocks]


def _kinds(text: str) -> list[tuple[str, str]]:
    _, blocks, _ = extract_scraped(text)
    return [(b.kind, (b.caption if b.kind == "figure" else b.text) or "") for b in blocks]


_STORY_EN = """Home
News
Crime
Cyclist hurt in Alnford market square collision
By Tom Reddle
3 December 2026
A cyclist was taken to hospital after a collision with a van in Alnford market square on Tuesday night.
Police said the 41-year-old suffered a broken arm and was in a stable condition.
The van driver stopped at the scene and was spoken to by officers.
{last}
Share this article
"""

_STORY_RU = """Главная
Происшествия
В Заречном третьи сутки ищут пропавшего пенсионера
Автор: Ольга Мезенцева
4 декабря 2026
Жителя Заречного Ивана Кузьмина, 78 лет, ищут третьи сутки: он ушёл из дома утром в среду и не вернулся.
В поисках участвуют полиция и добровольцы, прочёсаны лес за посёлком и берег реки.
На пропавшем были серая куртка и чёрная вязаная шапка.
{last}
"""

# An appeal that ends the story is the police's or the organisers', not the site's: the site's
# own invitation speaks of the site ("us", "our", «нам», «наш»), and a reported one reports.
_STORY_LAST_LINES = [
    (
        _STORY_EN,
        "If you saw the collision or have dashcam footage, call Northumbria Police on "
        "0800 555 111 quoting log 1043.",
    ),
    (
        _STORY_EN,
        "Support for a 20mph limit in the square rose to 64% among our readers, a council "
        "survey found.",
    ),
    (
        _STORY_EN,
        "Join us at the vigil on Saturday at 6pm by the market cross, the cycling club wrote "
        "on its page.",
    ),
    (
        _STORY_RU,
        "Если вы видели пропавшего или знаете, где он может быть, звоните по телефону "
        "8 800 555-01-23 или 102.",
    ),
    (
        _STORY_RU,
        "Присоединяйтесь к нам в субботу в 10 часов у школы, написали организаторы поиска "
        "в своём канале.",
    ),
]


def test_an_appeal_ending_the_story_is_the_story_s() -> None:
    for page, last in _STORY_LAST_LINES:
        assert _texts(page.format(last=last))[-1] == last


def test_the_site_s_own_invitation_after_the_story_is_still_the_page_s() -> None:
    line = "Have a story about road safety in Alnford? Tell us at news@alnfordpost.example"
    assert not any(t.startswith("Have a story") for t in _texts(_STORY_EN.format(last=line)))
    line = "Знаете, где может быть Иван Кузьмин? Пишите нам в Telegram."
    assert not any(t.startswith("Знаете, где") for t in _texts(_STORY_RU.format(last=line)))


# A wire photo's caption runs past 150 characters in two sentences: under the agency's credit
# it is the photo's caption, not a paragraph.
_WIRE_PHOTO = """Home
World
Wildfire forces thousands to flee hills above Costa Verde
By Ana Roldán
3 December 2026
Thousands of people were ordered to leave their homes on Tuesday as a wildfire spread through the hills above Costa Verde.
Firefighters battle the flames near Valdelinares, in the province of Sierra Alta, on Tuesday, December 2, 2026. More than 2,000 residents were evacuated overnight.
REUTERS/Jon Navarro
The fire started on Monday afternoon and had burned 3,000 hectares by Tuesday evening, the regional government said.
Strong winds and temperatures above 30C made the work of 400 firefighters harder.
"""


def test_a_wire_photo_s_long_caption_stays_its_caption() -> None:
    kinds = _kinds(_WIRE_PHOTO)
    caption = [t for k, t in kinds if k == "figure"]
    assert caption and caption[0].startswith("Firefighters battle the flames")
    assert not any(k == "paragraph" and t.startswith("Firefighters") for k, t in kinds)


# A story about subscriptions says "unsubscribe at any time" in its own sentences; only the
# sign-up box's short note to the reader is the page's.
_SUBSCRIPTIONS = """Home
Money
Gym chain fined for making cancellations hard
By Sam Hale
3 December 2026
A gym chain was fined £2m on Tuesday for making it hard for members to cancel.
Under the new rules, members must be told clearly that they can unsubscribe at any time without a fee.
The regulator said 40,000 complaints had been received since 2024.
Подписчики должны знать, что отписаться можно в любой момент, заявил регулятор.
Invalid email
We use your sign-up to provide content in ways you've consented to. You can unsubscribe at any time.
The chain said it would appeal.
"""


def test_a_story_sentence_about_unsubscribing_is_the_story_s() -> None:
    texts = _texts(_SUBSCRIPTIONS)
    assert any(t.startswith("Under the new rules, members") for t in texts)
    assert any(t.startswith("Подписчики должны знать") for t in texts)
    assert not any(t.startswith("We use your sign-up") for t in texts)
    assert texts[-1] == "The chain said it would appeal."
