"""Lines of the site's own furniture that both extractors kept, named by what they say.

Both extractors keep a short line that sits in the story's container: a menu written on one
line ("Print | Email | Comments (3)"), a link to another story ("Watch: …", «Читайте также: …»),
a tag list ("Tags: floods, Kent"), a site's standing prompt to report a typo or accept cookies
(«Нашли ошибку? Выделите её и нажмите Ctrl+Enter»), and, after the story, a header of links
("Read more", «Читайте также») followed only by other stories' headlines.  The scraped-text
reader knows these lines in English, Russian and four more languages
(:mod:`.scraped_vocab`); the same vocabulary judges the HTML reading's short paragraphs here.

Only whole short paragraphs go (at most :data:`MAX_WORDS` words): a sentence of the story that
happens to hold such words is longer, ends a sentence, or is not made of them alone.  No rule
knows a site.
"""

from __future__ import annotations

import re

from .assemble import RawBlock
from .scraped_labels import _related_header, ends_sentence, word_count
from .scraped_vocab import MENU_LINE, PROMO_PREFIX, REPORTED_SPEECH, TAG_LINE, ui_key

#: a line of furniture is short
MAX_WORDS = 20
#: a header of links is a few words
HEADER_WORDS = 6
#: the standing prompts every page of a site prints: report a typo, accept cookies (the whole
#: short line is the prompt)
_PROMPT = re.compile(
    r"^(?:нашли (?:ошибку|опечатку)|found (?:a|an) (?:typo|error|mistake)|spotted (?:a|an) "
    r"(?:typo|error|mistake))\b.{0,80}\bctrl\s*\+\s*enter\b"
    r"|^(?:выделите|select|highlight)\b.{0,60}\bctrl\s*\+\s*enter\b"
    r"|^(?:this (?:site|website) uses|we use) cookies (?:to|so|for|on|and similar)\b"
    r"|^(?:мы используем|сайт использует) (?:файлы )?cookie\w* (?:для|чтобы|на)\b",
    re.I,
)
#: the places a story is shared to, as share buttons name them (the networks and messengers
#: of the English- and Russian-speaking web, mail and print): a general lexicon, not a site's
_NETWORK = (
    r"(?:facebook|twitter|x|vk|vkontakte|вконтакте|вк|одноклассники|ok|telegram|телеграм"
    r"|whatsapp|viber|вайбер|linkedin|pinterest|reddit|tumblr|flipboard|messenger|threads"
    r"|bluesky|mastodon|livejournal|жж|дзен|мой\s+мир|e-?mail|почта|sms|print|печать)"
)
#: a row of share buttons written out as text: an optional "Share:" and then only the names of
#: two networks or more ("Поделиться: ВКонтакте Одноклассники Telegram", "Facebook X Email")
_SHARE_LINE = re.compile(
    r"^(?:(?:поделиться|поделитесь|рассказать друзьям|share(?: this(?: article| story)?"
    r"| on)?)\s*:?[\s,|•·/]*)?(?:" + _NETWORK + r"\b[\s,|•·/]*){2,}$",
    re.I,
)
#: a line of hashtags only ("#транспорт #мэрия"): the story's tags, not its text
_HASHTAG_LINE = re.compile(r"^(?:#\w[\w-]*[\s,]*){2,}$")


def drop_page_chrome(blocks: list[RawBlock]) -> list[RawBlock]:
    """The blocks without the site's furniture lines (see the module's docstring)."""
    kept = [b for b in blocks if not _furniture(b)]
    return _without_links_after(kept)


def _furniture(block: RawBlock) -> bool:
    if block.kind != "paragraph":
        return False
    text = block.text.strip()
    if not text or word_count(text) > MAX_WORDS:
        return False
    parts = re.split(r" [|•·/] ", text)
    if (
        MENU_LINE.match(text)
        and all(word_count(p) <= 3 for p in parts)
        # "Population: 12,000 | Area: 40 km² | Mayor: …" is a fact box, not a menu
        and not all(":" in p for p in parts)
    ):
        return True
    if REPORTED_SPEECH.search(text):
        return False
    if _PROMPT.search(text) or _SHARE_LINE.match(text) or _HASHTAG_LINE.match(text):
        return True
    # a link's or a tag list's line ends no sentence: «Смотрите - так выглядит набережная
    # после паводка.» is the story's (the review: the docstring promised it, the code did not ask)
    return not ends_sentence(text) and bool(PROMO_PREFIX.match(text) or TAG_LINE.match(text))


def _without_links_after(blocks: list[RawBlock]) -> list[RawBlock]:
    """A header of links after which the reading holds only short lines that end no sentence
    (other stories' headlines) ends the article there."""
    for i, block in enumerate(blocks):
        if block.kind not in ("paragraph", "heading") or word_count(block.text) > HEADER_WORDS:
            continue
        if not _related_header(ui_key(block.text)):
            continue
        after = blocks[i + 1 :]
        if all(_headline(b) for b in after):
            return blocks[:i]
    return blocks


def _headline(block: RawBlock) -> bool:
    if block.kind == "figure":
        return True
    if block.kind not in ("paragraph", "heading", "list"):
        return False
    lines = block.text.split("\n")
    return all(word_count(line) <= MAX_WORDS and not ends_sentence(line) for line in lines)
