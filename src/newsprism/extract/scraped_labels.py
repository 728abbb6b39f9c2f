"""First pass over scraped text: what each line is on its own.

A line gets a :class:`Labelled` with a label and the reason for it, from the UI vocabulary of
:mod:`.scraped_vocab`, the credit, byline, date and notice patterns, and otherwise its shape: a
*short* line (few words, no final punctuation, so a heading, a menu item or a caption) or *text*
(running text).  Its neighbours are looked at later (:mod:`.scraped_context`, :mod:`.scraped`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .figures import CREDIT_PATTERN
from .notices import Notice, find_translation_notice
from .scraped_lines import Line
from .scraped_meta import is_date_span, parse_byline, parse_dateline
from .scraped_vocab import (
    AGENCY_CREDIT,
    BYLINE_PREFIX,
    CAPTION_PREFIX,
    COMMENTS_START,
    COUNTER,
    MENU_LINE,
    NUMERIC_UI,
    PAYWALL,
    PAYWALL_CUT,
    PAYWALL_HINTS,
    PHOTOGRAPHER_CREDIT,
    PROMO_PREFIX,
    RELATED_HEADERS,
    RELATIVE_TIME,
    SIGN_OFF,
    TAG_LINE,
    UI_LINES,
    UPDATE_TIME,
    WIRE_SOURCE,
    WORDED_CREDIT,
    is_footer_line,
    is_page_notice,
    ui_key,
)

# labels a line can end up with
CHROME, NOTICE, FOOTER_LINE, RELATED = "chrome", "notice", "footer", "related"
CREDIT, CAPTION, BYLINE, DATE = "credit", "caption", "byline", "date"
DIALOGUE, ITEM, SHORT, TEXT = "dialogue", "item", "short", "text"
TITLE, HEADING, PARAGRAPH, FIGURE = "title", "heading", "paragraph", "figure"

#: the reason given to a date line read from a line of short fields ("Saturday 3 May 2026 ·
#: Kick-off 2pm · Riverside Park"): the page's date line above the story, an event's details
#: inside it
FIELDS_DATE = "date line of fields"
#: the reason given to counters and timestamps: a live blog's entries start after one
STAMP = "counter, count or timestamp"
#: the reason of a reader's signature under a letter on a page of several
LETTER_SIGNATURE = "a reader's signature under a letter (a page of several)"
#: the reason of a paywall line that says the story is cut off there
PAYWALL_CUT_REASON = "paywall (the story is cut off here)"
#: a poll set inside the story: chrome, but no sign that the story has ended
POLL_REASON = "a poll (its label, question, answers and buttons)"
#: a paywall's line is a few words of the page's ("Subscribe to continue reading", six words at
#: most on the development pages); a longer one is the story's own sentence about reading a
#: full report: neither the page's notice nor where the story is cut off
PAYWALL_MAX_WORDS = 20

#: a period of validity ("Valid from 18:00 Friday until 06:00 Saturday", «Действует с 20:00 6
#: декабря до 20:00 7 декабря») or the date a page was last checked ("Still current at: <date>",
#: «Актуально на <date>»)
_VALIDITY = re.compile(
    r"^(?:(?:valid|in force|in effect|effective|действует|действуют|действительно|"
    r"срок действия)\s*:?\s+(?:from|с|со)\s.{1,50}\s(?:to|until|till|through|до|по)\s|"
    r"(?:still )?current (?:at|as of)\b|(?:информация )?актуальн[аоы]? (?:на|по состоянию на)\s)",
    re.I,
)

#: after a period's last date, a field holds a few words more at most ("06:00 GMT on Saturday
#: 7 March"); a sentence goes on ("… до 15 марта и касается всех маршрутов": the story's own)
VALIDITY_TAIL_MAX_WORDS = 6


def _period_alone(tail: str) -> bool:
    """Whether what follows a period of validity's opening words is its end date only."""
    return len(tail.strip(" .:").split()) <= VALIDITY_TAIL_MAX_WORDS


#: a share button's text with what it shares: "Share this column: <headline>", «Поделиться: …»
SHARE_LINE = re.compile(
    r"^(?:share(?: this)?(?: article| story| column| post| page| recipe| review| video)?|"
    r"поделиться|поделитесь(?: с друзьями| новостью| статьей| статьёй)?)\s*:\s*\S",
    re.I,
)

_UI_SEPARATOR = re.compile(r"\s+[·|•/]\s+")
#: a link to a gallery or the comments with their count: "Photo gallery (12 photos)",
#: «Фотогалерея (8 фото)», "Comments (3)" is UI vocabulary already
_COUNTED_LINK = re.compile(
    r"^[^\W\d_][^()]{0,40}\(\d{1,4}\s+(?:фото|фотографи\w*|снимк\w*|видео|комментари\w*|"
    r"photos?|pictures?|images?|videos?|comments?|fotos?|bilder|kommentare)\)$",
    re.I,
)
#: a breadcrumb starts at the site's home page: "Home / News", «Главная → Город», "Start › Lokal"
_BREADCRUMB = re.compile(
    r"^(?:home|homepage|main|главная|главная страница|головна|startseite|start|accueil|inicio|"
    r"portada)\s*[/›>→»|]\s*\S.{0,80}$",
    re.I,
)
_DIALOGUE = re.compile(r"^[—–―]\s*\S")
_BULLET = re.compile(r"^(?:[•*▪·●◦■+-]|\d{1,2}[.)])\s+(?P<item>\S.*)$")
CLOSERS = "»\"”’')]」』"
_SENTENCE_END = ".!?…:;,。！？．"
# Chinese, Japanese and Korean are written without spaces between words: count characters
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# a heading is short: a headline rarely has more than 18 words or 120 characters (machine
# translations of headlines run long)
HEADING_MAX_WORDS, HEADING_MAX_CHARS = 18, 120
# a body paragraph (as opposed to a standfirst or a caption) is at least this long
BODY_MIN_WORDS, BODY_MIN_CHARS = 15, 100
# a caption is a sentence or two; a longer line next to a credit is a paragraph
CAPTION_MAX_CHARS = 260


@dataclass
class Labelled:
    line: Line
    label: str
    reason: str
    #: for figures: the caption and credit; for list items: the item without its bullet
    caption: str | None = None
    credit: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    updated: bool = False
    #: for a translation notice: the service and the language translated from
    notice: Notice | None = None
    #: a line above it, before the article, holds it whole (the tab's or a breadcrumb's text)
    printed_twice: bool = False

    @property
    def text(self) -> str:
        return self.line.text

    def relabel(self, label: str, reason: str) -> None:
        self.label, self.reason = label, reason


def word_count(text: str) -> int:
    """Words in a line; for scripts without spaces, one word per two characters."""
    return len(text.split()) + len(_CJK.findall(text)) // 2


def ends_sentence(text: str) -> bool:
    """The line ends with final punctuation (closing quotes and brackets looked through)."""
    stripped = text.rstrip(CLOSERS + " ")
    return bool(stripped) and stripped[-1] in _SENTENCE_END


#: a US broadcaster's call sign ("KVRT", "WXYZ-TV"): alone in brackets on its own line, a TV
#: station's credit for its own picture (its story's dateline writes it inline, "CITY (KVRT) -")
_CALL_SIGN = re.compile(r"[KW][A-Z]{2,3}(?:-(?:TV|DT|CD|LD))?")
#: a wire photo's credit as wire copy prints it in brackets: the agency's name, "Photo", a slash,
#: the photographer, maybe a file photo's mark ("(AP Photo/Jane Doe, File)", any agency's name)
WIRE_PHOTO_CREDIT = re.compile(
    r"(?:[A-Z][\w.&'’-]*\s){0,3}(?:Photo|Foto|Фото)\s*/\s*[A-ZА-ЯЁ][\w.'’-]+(?:\s[A-ZА-ЯЁ][\w.'’-]+){0,3}"
    r"(?:,\s*(?:File|Pool|Handout|архив))?"
)
_LICENSING = re.compile(
    r"\s+(?:purchase licensing rights|buy (?:this )?photo|license this photo)$", re.I
)


def _is_credit(text: str) -> bool:
    if len(text) > 160:
        return False
    # a wire photo's licensing button is copied onto its credit's line
    text = _LICENSING.sub("", text) or text
    if len(text) > 2 and text[0] == "(" and text[-1] == ")":
        inner = text[1:-1].strip()
        # printed in brackets: "(Name/The Daily)"; a wire agency alone, "(Reuters)", is the
        # story's source line, not a photo's credit
        if WIRE_SOURCE.fullmatch(inner):
            return False
        if _is_credit(inner) or _CALL_SIGN.fullmatch(inner) or WIRE_PHOTO_CREDIT.fullmatch(inner):
            return True
    return bool(
        CREDIT_PATTERN.fullmatch(text)
        or AGENCY_CREDIT.match(text)
        or WORDED_CREDIT.match(text)
        or PHOTOGRAPHER_CREDIT.match(text)
    )


#: the longest run of glued buttons looked into (a share bar is a few words)
GLUED_UI_MAX_CHARS = 80


def glued_ui_words(text: str) -> bool:
    """A bar of buttons whose labels the copy glued together, each opening with a capital
    ("ShareFacebookXWhatsAppEmail", «ПоделитьсяВКОдноклассникиTelegramСкопировать ссылку»): the
    line splits into two or more words of the UI vocabulary, each glued to the one before it.
    Split only where a part opens with a capital, so a word of the text is never cut into
    vocabulary ("Printer" is no "Print" and "er")."""
    line = text.strip()
    if not line or len(line) > GLUED_UI_MAX_CHARS or re.search(r"[.!?,;:]\s", line):
        return False
    lower = line.lower()
    n = len(line)
    # fewest[i]: the fewest vocabulary words line[:i] splits into (None: it does not split)
    fewest: list[int | None] = [0] + [None] * n
    for end in range(1, n + 1):
        for start in range(end):
            before, part = fewest[start], lower[start:end]
            if before is None or (start and not line[start].isupper()) or part != part.strip():
                continue
            now = fewest[end]
            if ui_key(part) in UI_LINES and (now is None or before + 1 < now):
                fewest[end] = before + 1
    found = fewest[n]
    return found is not None and found >= 2


#: where a line of fields parts them ("… · Author: Name · 12 comments")
_FIELDS = re.compile(r"\s+[|•·]\s+")


#: the footer an embedded social post prints under its text: a dash, the poster's name, the
#: account's handle in brackets and the post's date ("— Name (@handle) July 15, 2026", «— Имя
#: (@handle) 10 октября 2026»): the form the post's embed code writes, on any site and in any
#: language (37 such lines in the extraction sets' development pages copied as text, none of them
#: in a gold)
EMBED_FOOTER = re.compile(
    r"^[—–-]\s*[^()\n]{1,80}?\s*\(@\w{1,30}\)\s+"
    r"(?:\d{1,2}\.?\s+[^\W\d_]+\.?|[^\W\d_]+\.?\s+\d{1,2},?)\s+(?:19|20)\d\d\s*$"
)
EMBED_FOOTER_REASON = "an embedded post's footer (its poster, handle and date)"


#: the poster's name and handle in an embedded post's footer
_FOOTER_POSTER = re.compile(r"^[—–-]\s*(?P<name>[^()\n]{1,80}?)\s*\(@(?P<handle>\w{1,30})\)")
#: a word of a name: a capital and at least three letters more ("Hartmann", «Ефремова»)
_NAME_WORD = re.compile(r"\b[^\W\d_][^\W\d_'’-]{3,}")


def _names_the_poster(text: str, name: str, handle: str) -> bool:
    """The line names the post's author: the handle, or a word of the poster's name written with
    a capital, in any of its forms («Марина Ефремова» in «депутата Марины Ефремовой»: the stem
    up to the last two letters)."""
    if handle.lower() in text.lower():
        return True
    capitals = [w for w in _NAME_WORD.findall(text) if w[0].isupper()]
    for word in _NAME_WORD.findall(name):
        if not word[0].isupper():
            continue
        stem = word[: max(4, len(word) - 2)].lower()
        if any(w.lower().startswith(stem) for w in capitals):
            return True
    return False


def keep_unnamed_posters(labs: list[Labelled]) -> None:
    """An embedded post's footer ("— Name (@handle) date") is the page's only where the line
    just above the post names its poster ("Lena Hartmann … posted on Wednesday evening:"): the
    reader knows whose words the post's paragraph are.  Where nothing above names them, the
    footer is the only line that says who wrote the post's words, and it stays with them, as a
    paragraph after the post's.  (A post the page dropped takes its footer with it.)"""
    for i, lab in enumerate(labs):
        if lab.label != CHROME or lab.reason != EMBED_FOOTER_REASON:
            continue
        found = _FOOTER_POSTER.match(lab.text)
        above = [o for o in labs[:i] if o.label != CHROME]
        if found is None or not above or above[-1].label != PARAGRAPH:
            continue
        intro = above[-2].text if len(above) >= 2 else ""
        if not _names_the_poster(intro, found["name"], found["handle"]):
            lab.relabel(PARAGRAPH, "an embedded post's footer: the only line naming its poster")


def label_alone(line: Line) -> Labelled:
    """First pass: what a line is on its own, before its neighbours are looked at."""
    text = line.text
    key = ui_key(text)

    def out(label: str, reason: str) -> Labelled:
        return Labelled(line, label, reason)

    if len(text) < 200:
        notice = find_translation_notice(text)
        if notice:
            lab = out(NOTICE, "machine-translation notice")
            lab.notice = notice
            return lab
    if is_footer_line(text):
        return out(FOOTER_LINE, "copyright or legal footer")
    if COMMENTS_START.match(text):
        return out(FOOTER_LINE, "start of the readers' comments")
    if SIGN_OFF.match(text):
        return out(FOOTER_LINE, "sign-off (reporting and editing credits)")
    if _related_header(key):
        return out(RELATED, "header of a list of other articles")
    if _POST_SIGNATURE.match(text.strip()):
        # "— @handle, 20 July 2026" under the words of a post the story quotes: the embedded
        # post's own line (its account and date), the platform's print, not a list item
        return out(CHROME, "the signature of an embedded post")
    if key in UI_LINES or not key:
        return out(CHROME, "UI vocabulary" if key else "no letters or digits")
    parts = [ui_key(p) for p in _UI_SEPARATOR.split(text)]
    if len(parts) > 1 and all(p in UI_LINES for p in parts if p):
        return out(CHROME, "UI vocabulary on one line")  # "Advertisement · Scroll to continue"
    if glued_ui_words(text):
        return out(CHROME, "UI words glued on one line")  # "ShareFacebookXWhatsAppEmail"
    if COUNTER.match(key) or NUMERIC_UI.match(key) or RELATIVE_TIME.match(key):
        return out(CHROME, STAMP)
    if len(text) < 40 and not re.search(r"[^\W\d_]", text):
        numeric_date = parse_dateline(text)  # "18.06.2026 14:20"
        if numeric_date and numeric_date.iso:
            lab = out(DATE, "date line")
            lab.date, lab.updated = numeric_date.iso, numeric_date.updated
            return lab
        return out(CHROME, "no words (numbers and signs only)")
    if UPDATE_TIME.match(text):
        return out(CHROME, "time of the page's last update")
    if EMBED_FOOTER.match(text):
        return out(CHROME, EMBED_FOOTER_REASON)
    if TAG_LINE.match(text):
        return out(CHROME, "tag list")
    paywall = (
        word_count(text) <= PAYWALL_MAX_WORDS
        and any(h in key for h in PAYWALL_HINTS)
        and PAYWALL.search(text)
    )
    if paywall and PAYWALL_CUT.search(text):
        return out(CHROME, PAYWALL_CUT_REASON)
    if len(text) < 400 and (is_page_notice(text) or paywall):
        return out(CHROME, "page notice (cookies, JavaScript, promo)")
    if MENU_LINE.match(text) and all(word_count(p) <= 3 for p in re.split(r" [|•·/] ", text)):
        return out(CHROME, "menu on one line")
    if _COUNTED_LINK.match(text):
        return out(CHROME, "a link with its count (a gallery, the comments)")
    if _BREADCRUMB.match(text):
        return out(CHROME, "breadcrumb (the home page, then sections)")
    if PROMO_PREFIX.match(text) and len(text) < 200:
        return out(CHROME, "link to another article")
    caption = CAPTION_PREFIX.match(text)
    if caption:
        lab = out(CAPTION, "caption that names itself")
        lab.caption = caption.group("caption")
        return lab
    if _is_credit(text):
        return out(CREDIT, "photo credit pattern")
    if _DIALOGUE.match(text):
        if ends_sentence(text) or word_count(text) > HEADING_MAX_WORDS:
            return out(DIALOGUE, "dash-introduced speech")
        # speech ends with punctuation; a dash before a bare phrase is a list bullet
        lab = out(ITEM, "dash used as a list bullet")
        lab.caption = text.lstrip("—–― ")
        return lab
    bullet = _BULLET.match(text)
    if bullet:
        lab = out(ITEM, "list bullet")
        lab.caption = bullet.group("item")
        return lab
    validity = _VALIDITY.match(text) if len(text) <= 120 else None
    if validity and re.search(r"\d", text) and _period_alone(text[validity.end() :]):
        # a warning's or an advice page's period of validity, or the date it was checked: a
        # field of the notice, not the date it was published nor its standfirst
        return out(CHROME, "period of validity (a field of the notice)")
    if is_date_span(text) and len(re.findall(r"[^\W\d_]{2,}", text)) <= 4:
        return out(CHROME, "span of dates (life dates, an event's days)")
    dateline = parse_dateline(text)
    if dateline:
        lab = out(DATE, FIELDS_DATE if dateline.fields else "date line")
        lab.date, lab.updated = dateline.iso, dateline.updated
        if dateline.fields:
            # a blog's post line names its writer in a field of its own ("Published: 3 December
            # 2026 · Author: Name · 12 comments")
            for field in _FIELDS.split(text):
                byline = parse_byline(field) if BYLINE_PREFIX.match(field) else None
                if byline:
                    lab.authors = byline[0]
                    break
        return lab
    byline = parse_byline(text)
    if byline:
        lab = out(BYLINE, "byline")
        lab.authors, lab.date = byline
        return lab
    words = word_count(text)
    if words <= HEADING_MAX_WORDS and len(text) <= HEADING_MAX_CHARS and not ends_sentence(text):
        return out(SHORT, "short line without final punctuation")
    if words <= 2 and len(text) <= 12:
        return out(SHORT, "one or two words (an abbreviation's full stop is no sentence)")
    return out(TEXT, "running text")


def _related_header(key: str) -> bool:
    """ "Read more", «Читайте также:», and such a header with a word more ("Most read news")."""
    key = key.rstrip(" :")
    if key in RELATED_HEADERS:
        return True
    head, _, last = key.rpartition(" ")
    if _MORE_ON_A_TOPIC.match(key):
        return True
    return bool(head) and head in RELATED_HEADERS and last in _LIST_NOUNS


#: "More election coverage", "More from Sport", «Больше новостей о спорте»: a header of links
_MORE_ON_A_TOPIC = re.compile(
    r"^(?:more (?:\w+ ){1,2}(?:coverage|stories|news|articles)|больше (?:новостей|материалов)\b.{0,30})$"
)


_LIST_NOUNS = frozenset(
    [
        "news",
        "stories",
        "articles",
        "videos",
        "today",
        "now",
        "новости",
        "материалы",
        "статьи",
        "сегодня",
        "новини",
    ]
)


def is_body_text(lab: Labelled) -> bool:
    """A line long enough to be a paragraph of the article body (not a standfirst or caption)."""
    if lab.label == DIALOGUE:
        return True
    return lab.label == TEXT and (
        word_count(lab.text) >= BODY_MIN_WORDS or len(lab.text) >= BODY_MIN_CHARS
    )


#: a field: a label of up to three words, a colon and a value ("When: 6 December, 7pm",
#: «Где: площадь у порта», "Entry fee: free")
FIELD_SHAPE = re.compile(r"^[A-ZА-ЯЁ][^\W\d_]*(?:[\s-][^\W\d_]+){0,2}:\s+\S")


def norm(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.lower()).strip()


#: an embedded social post's signature: a dash, the account's handle, perhaps its date
#: («— @tomsk_pozhar70», "— @WeatherWithWren, 20 July 2026")
_POST_SIGNATURE = re.compile(r"^[—–-]\s*@[A-Za-z0-9_.]{2,30}(?:\s*[,·]\s*[^,]{1,40})?$")
