"""Every error newsprism raises on purpose.

Each exception carries a message that says what happened and a ``hint`` that says what to do,
so the CLI can print one actionable line and the web app can return it as JSON.  Errors coming
from libraries (httpx, lxml, sqlite3, ...) are translated into these at the module boundary that
calls the library; nothing else should escape the public API.

Exit codes are part of the CLI contract:

====  ======================================================
 1    any other newsprism error (bad input, missing model…)
 2    command-line usage error (Typer's own)
 3    the page was read but holds no article text
 4    the network: DNS, timeout, refused, HTTP error status
 5    some sources of a batch failed, others succeeded
====  ======================================================
"""

from __future__ import annotations


class NewsprismError(Exception):
    """Base class: a message for the user plus a hint on what to do about it."""

    exit_code = 1
    hint = ""
    #: raised inside an analysis stage, the error ends the whole run instead of being recorded
    #: as that stage's failure on the article (see :mod:`newsprism.pipeline`)
    ends_work = False

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if hint is not None:
            self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} — {self.hint}" if self.hint else self.message

    def to_dict(self) -> dict[str, str]:
        return {"error": type(self).__name__, "message": self.message, "hint": self.hint}


# --- input -----------------------------------------------------------------------------------


class InputError(NewsprismError):
    """The source could not be turned into text."""


class SourceNotFoundError(InputError):
    hint = "check the path; use '-' to read standard input"


class EmptyInputError(InputError):
    hint = "give a saved page, scraped article text, or a URL"


class InputTooLargeError(InputError):
    hint = "newsprism reads at most 20 MB per source; save just the article page"


class UploadTooLargeError(InputTooLargeError):
    """A request to the web app larger than it takes, refused before it is read (HTTP 413)."""


class UnsupportedContentError(InputError):
    """A PDF, an image, an archive or other binary content."""

    hint = "newsprism reads HTML pages and plain text; convert the document to text first"


class DecodingError(InputError):
    hint = "save the page again as UTF-8, or pass --encoding with the right charset"


class ArticleDataError(InputError, ValueError):
    """JSON given as an article that is not one (a hand-edited or truncated file, another
    program's JSON): a ValueError too, as the schema check before it raised."""

    hint = "give JSON written by newsprism (`newsprism read -f json`, schema newsprism.article/1)"


class NoArticleTextError(NewsprismError):
    """The input was read but no article text was found in it."""

    exit_code = 3
    hint = "the page may be a front page, a paywall or rendered by JavaScript; save the article page itself"


# --- network ---------------------------------------------------------------------------------


class FetchError(NewsprismError):
    """Fetching a URL failed."""

    exit_code = 4
    hint = "check the URL and your connection, or save the page and read the file"


class DNSError(FetchError):
    hint = "check the host name, or save the page and read the file"


class FetchTimeoutError(FetchError):
    hint = "the server was too slow; try again later or save the page and read the file"


class HTTPStatusError(FetchError):
    def __init__(self, message: str, *, status: int, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.status = status


class PrivateAddressError(FetchError):
    hint = "newsprism does not fetch private, loopback or link-local addresses; pass --allow-private (allow_private=True in Python) if you mean it"


class TooManyRedirectsError(FetchError):
    hint = "the site redirects in a loop; open it in a browser and save the page"


class WallPageError(FetchError):
    """A URL given to ``add`` or ``read`` gave a page that stands in front of the article: a bot
    check, a consent wall, a page that needs JavaScript (:mod:`newsprism.walls`).  Nothing is
    stored or printed."""

    hint = (
        "open the article in a browser, save the page (Ctrl+S) and give the saved file to "
        "'newsprism add' or 'newsprism read'"
    )


# --- configuration, models and engines -------------------------------------------------------


class ConfigError(NewsprismError):
    # there is no 'newsprism settings' command: the hint named one ('read -f pdf' answered
    # "see 'newsprism settings --help'", which answers "No such command")
    hint = "the command's --help lists the values it takes"
    ends_work = True  # a bad setting is wrong for every article: say so at once


class UnknownBackendError(ConfigError):
    """A registry was asked for a name it does not have."""


class PipelineError(NewsprismError):
    """Stages were put together in an order that cannot work (detected when the pipeline is built)."""

    hint = "put the stage that provides the missing field earlier in the pipeline"


class ModelMissingError(NewsprismError):
    """A model or voice the user asked for is not installed."""


class ModelPackageError(NewsprismError):
    """A model package or model folder is damaged or not laid out as expected."""

    hint = "get the package again; an .argosmodel is a zip holding metadata.json, model/ and sentencepiece.model"


class LanguagePairError(NewsprismError):
    """A translation model was asked to translate a language pair it does not cover."""

    hint = "run 'newsprism models list' to see the installed language pairs"


class ModelDownloadError(FetchError):
    """A model could not be downloaded (offline, index unreachable, bad checksum)."""

    hint = "download the .argosmodel file on a machine with internet and run 'newsprism models install FILE.argosmodel'"


class EngineMissingError(NewsprismError):
    """An optional engine (a Python extra or a system program) is not installed."""


class NothingToNarrateError(InputError):
    """The article holds no sentence that can be read aloud."""

    hint = "check the article with 'newsprism read'; captions and credits are not read"


class UnsupportedLanguageError(NewsprismError):
    hint = "newsprism analyses English and Russian; other languages are read but not analysed"


class InternalError(NewsprismError):
    """An unexpected exception, caught so that a batch can go on (a bug in newsprism)."""

    hint = "this is a bug in newsprism; run again with --debug and report the traceback"


class LibraryError(NewsprismError):
    """The SQLite library could not be opened or written."""


class ArticleNotFoundError(LibraryError):
    hint = "run 'newsprism list' to see the article ids in the library"


class PageNotFoundError(NewsprismError):
    """A web reader address that names no page (HTTP 404)."""

    hint = "start again from the library at / (the JSON API is described at /api/docs)"


# --- feeds and stories -----------------------------------------------------------------------


class FeedError(NewsprismError):
    """A feed could not be read: not a feed, malformed, or refused by robots.txt."""

    hint = "check the address in a browser; newsprism retries later and disables the feed after repeated failures"


class ItemWithoutLinkError(FeedError):
    """A feed item that carries neither a link nor text: the item's fault, not the feed's."""

    hint = "nothing to do: newsprism skips this item and reads the feed's other items"


class NotTheArticleError(FeedError):
    """A feed item's address gave a page that is not the article: a bot check, a consent wall, a
    page that needs JavaScript (:mod:`newsprism.walls`)."""

    hint = (
        "newsprism tries the item again later; if the site keeps showing it, open the article "
        "in a browser, save the page and 'newsprism add' the file"
    )


class FeedNotFoundError(FeedError):
    hint = "run 'newsprism feeds list' to see the feeds and their ids"


class StoryNotFoundError(LibraryError):
    hint = "run 'newsprism stories' to see the story ids"


class BudgetExceededError(NewsprismError):
    """The work on one article took longer than its time budget."""

    hint = "give it more time with --timeout SECONDS, or save just the article's own page"
    #: the pipeline records a failing stage and goes on; this one ends the article's work
    ends_work = True


class CSRFError(NewsprismError):
    """A state-changing web request without this server's CSRF token (HTTP 403)."""

    hint = "reload the page and try again"


def as_newsprism_error(exc: BaseException) -> NewsprismError:
    """``exc`` itself when it is one of ours, else an :class:`InternalError` naming it.

    Batches (``add``, imports, ``read`` over many sources, web uploads) record every failure,
    bugs included, as a newsprism error with a one-line reason, and go on with the next item.
    """
    if isinstance(exc, NewsprismError):
        return exc
    first_line = (str(exc).splitlines() or [""])[0]
    return InternalError(f"internal error: {type(exc).__name__}: {first_line}"[:300])


# --- claim and quote traces ------------------------------------------------------------------


class TraceNotFoundError(LibraryError):
    hint = "find a trace with `newsprism trace FIGURE` or `newsprism trace --quote WORDS`"


class LinkingWarning(UserWarning):
    """An article was stored but could not be linked into the traces or placed in a story
    (``Library.add``): it stays in the library, the failure is recorded in ``link_failures``,
    and it is tried again when its text changes or under a newer newsprism."""
