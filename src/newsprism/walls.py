"""Pages that stand in front of an article: a bot check, a consent wall, "enable JavaScript".

A feed item or a URL given to ``add`` and ``read`` names an article; what the server sends back
for it is sometimes a page that only asks something of the visitor first.  Such a page is short, and it says what it is in one of two ways:
in its markup (the scripts and forms of the challenge services and consent managers) or in its
few words (it asks to prove you are human, to accept cookies, to turn JavaScript on).  Extraction
reads it as a very short article; stored, it would stand in the library for the article the feed
announced, and the item would never be fetched again.  The poller instead counts it as a failed
attempt that may pass later (the wall is often lifted on the next visit), and records why;
``add URL`` and ``read URL`` refuse it (:func:`refuse_wall`) with a :class:`WallPageError` that
says to save the page from a browser, and store or print nothing.  A file is never refused: a
saved page is what the reader chose to keep, and the advice for a wall is to save one.

The test is what the page *is* — little text, and a wall's signature — not the wording of any
one site: an article that mentions cookies or a captcha in passing is long enough to be kept.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from .article import Article
from .errors import NoArticleTextError, WallPageError
from .sources import Document

#: a wall says little: an article this short may be one (a challenge page holds a dozen words, a
#: consent wall a paragraph); a real brief this short is kept unless it also shows a wall's
#: signature below, which articles do not carry
MAX_WORDS = 80

#: scripts and forms that only a challenge page carries: Cloudflare's challenge orchestration
#: (not its detection script, ``challenge-platform/scripts/jsd``, injected into ordinary pages of
#: the sites it serves, nor Turnstile, a widget a comment form may hold), DataDome, PerimeterX's
#: captcha, Yandex SmartCaptcha, Imperva's block page (not its analytics script).  Checked on
#: 9,549 pages of the shared and fresh extraction sets: the detection script and Turnstile stood
#: on four short real pages and were dropped; what is left marks none of them
_CHALLENGE_MARKUP = re.compile(
    r"/cdn-cgi/challenge-platform/h/|_cf_chl_opt|cf-chl-|cf_chl_"
    r"|captcha-delivery\.com|px-captcha|smartcaptcha|showcaptcha|incapsula incident id",
    re.I,
)
#: consent managers' own pages and the containers they fill when they replace the page
_CONSENT_MARKUP = re.compile(
    r"consent\.(?:google|yahoo|youtube)\.|guce\.|/privacy-gate|cookiewall|cookie-wall"
    r"|sp_message_container|didomi-notice|fc-consent-root|qc-cmp2",
    re.I,
)
#: what a wall asks of the visitor, by kind (English and Russian, the languages newsprism
#: reads): a request, not a topic — "robots" or "cookies" alone are words an article may use
_ASKS = (
    (
        "a bot check or a block (it asks to prove a human is visiting, or refuses)",
        re.compile(
            r"captcha|not a robot|are you a (?:robot|human)|verify (?:that )?you are"
            r"|checking (?:your browser|if the site|the site)|unusual traffic|security check"
            r"|access (?:to this page )?(?:has been )?denied|\berror 403\b|403 forbidden"
            r"|капч|не робот|проверка браузера|подозрительн\w* трафик|доступ запрещ",
            re.I,
        ),
    ),
    (
        "a consent wall (it asks to accept cookies or tracking first)",
        re.compile(
            r"(?:cookie|куки)\w*\W+(?:\w+\W+){0,12}?(?:(?:accept|agree|consent)(?:s|ed|ing)?\b"
            r"|settings|preferences|continue|принима|принять|соглас|настро)"
            r"|\b(?:(?:accept|agree|consent)(?:s|ed|ing)?\b|принима|принять|соглас)\w*\W+"
            r"(?:\w+\W+){0,12}?(?:cookie|куки)"
            r"|accept all|reject all|manage (?:your )?(?:privacy|consent)",
            re.I,
        ),
    ),
    (
        "a page that needs JavaScript",
        re.compile(
            r"(?:enable|turn on|activate|allow) javascript|javascript (?:is )?(?:disabled|required"
            r"|not enabled|turned off)|включите javascript|javascript (?:отключ|выключ)"
            r"|(?:update|upgrade) your browser|supported browser|браузер устарел",
            re.I,
        ),
    ),
)
#: the titles web servers give the page that lists a folder's files: Apache, nginx, lighttpd and
#: Caddy "Index of /path", Python's http.server "Directory listing for /path", Jetty "Directory:
#: /path" — what a URL ending in a folder gives where no index page stands
_LISTING_TITLE = re.compile(
    r"<(?:title|h1)[^>]*>\s*(?:index of|directory listing for|directory:)\s+/", re.I
)
#: a link and its words (a listing names each file by the name its link points to)
_LINK = re.compile(r"<a\s[^>]*?href\s*=\s*[\"']([^\"'?#]+)[\"'][^>]*>([^<]{1,300})</a>", re.I)
#: a page whose words are mostly the names of the files it links to is a listing, however it is
#: titled: at least this many such links, holding at least this share of the page's words
LISTED_LINKS = 3
LISTED_SHARE = 0.5
LISTING = "a web server's list of the files in a folder"


def listing_reason(article: Article, html: str | None) -> str | None:
    """:data:`LISTING` when the page is a web server's list of a folder's files, else ``None``.

    Read as an article it gives the file names as its text, and ``read`` printed that with
    exit code 0 (the twenty-ninth session's walk).  Known by the title servers give it, or by
    what it is: most of its words are links, each named by the file it points to.
    """
    if html is None:
        return None
    if _LISTING_TITLE.search(html, 0, 8192):
        return LISTING
    named = 0
    links = 0
    for href, words in _LINK.findall(html):
        if _listed(unquote(href), words.strip()):
            links += 1
            named += len(words.split())
    if links >= LISTED_LINKS and named >= LISTED_SHARE * max(article.word_count, 1):
        return LISTING
    return None


def _listed(href: str, words: str) -> bool:
    """A listing's entry: a link to a file or folder of the folder listed, by its bare name
    ("report.pdf", "news/"), named by that very name.  A site's own links give a path or an
    address ("/tag/lima/", "https://…/lima/"), not a bare name."""
    name = href[:-1] if href.endswith("/") else href
    if not name or "/" in name or ":" in name or words.rstrip("/") != name:
        return False
    return href.endswith("/") or bool(_SUFFIX.search(name))


_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,5}$")
_CONSENT_HOST = re.compile(r"^(?:consent|gdpr|privacy|cmp)\.|^guce\.", re.I)
#: a wall's words are said to the visitor ("please enable", "verify you are", «вы
#: соглашаетесь»); a brief that reports a security check, a cookie sale or a closed gate does not
#: speak to its reader
_TO_THE_VISITOR = re.compile(r"\b(?:you|your|please|вы|вас|вам|ваш\w*|пожалуйста)\b", re.I)
#: a page this short is all wall when it holds a wall's words, whoever they address (a
#: "Forbidden … HTTP Error 403" page, an 8-word captcha page)
TINY_WORDS = 25


def wall_reason(article: Article, html: str | None, url: str | None) -> str | None:
    """Why the page read as ``article`` is a wall in front of the article, or ``None``.

    ``html``: the page's markup (``None`` for plain text); ``url``: where the fetch ended, after
    redirects (a consent manager's own host says so whatever the page holds).
    """
    host = urlsplit(url or "").hostname or ""
    if _CONSENT_HOST.search(host):
        return f"a consent wall (the page was redirected to {host})"
    listing = listing_reason(article, html)
    if listing:
        return listing
    if article.word_count >= MAX_WORDS:
        return None
    if html is not None:
        if _CHALLENGE_MARKUP.search(html):
            return "a bot check (its markup is a challenge service's)"
        if _CONSENT_MARKUP.search(html):
            return "a consent wall (its markup is a consent manager's)"
    said = f"{article.title or ''}\n{article.text}"
    if article.word_count > TINY_WORDS and not _TO_THE_VISITOR.search(said):
        return None  # a short report whose topic is a wall's vocabulary: an article
    for reason, asks in _ASKS:
        if asks.search(said):
            return reason
    return None


def refuse_wall(article: Article, doc: Document, *, storing: bool = False) -> None:
    """Raise :class:`WallPageError` when ``doc``, fetched from a URL, is a wall, not the article.

    Files and standard input pass: only a page fetched here can be a wall put in front of a
    program (a browser gets past it, and the page it saves is the article).
    """
    if doc.url is None:
        return
    why = wall_reason(article, doc.text if doc.is_html else None, doc.url)
    if why == LISTING:
        nothing = "; nothing was stored" if storing else ""
        raise NoArticleTextError(
            f"{doc.url} gave {why}, not an article{nothing}",
            hint="give the address of a page in it (each file it lists is one), or save the "
            "pages and give their folder to 'newsprism add' or 'newsprism read'",
        )
    if why:
        nothing = "; nothing was stored" if storing else ""
        raise WallPageError(f"{doc.url} gave {why}, not the article{nothing}")
