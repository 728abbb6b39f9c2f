"""Pages a fetch gets instead of the article — a bot check, a consent wall, a page that needs
JavaScript — shared by the tests of every path that must refuse them (feeds, ``add``/``read`` of a
URL, batches).  Invented pages."""

from __future__ import annotations


def bot_check(host: str) -> bytes:
    """A bot-check challenge page of ``host``."""
    return (
        f"<html><head><title>Just a moment...</title></head><body><h1>{host}</h1>"
        "<p>Checking if the site connection is secure</p><p>Enable JavaScript and cookies to "
        'continue</p><script src="/cdn-cgi/challenge-platform/h/b/orchestrate/jsch/v1"></script>'
        "</body></html>"
    ).encode()


#: a Russian cookie-consent wall
CONSENT = (
    "<html><head><title>Прежде чем продолжить</title></head><body><h1>Мы используем файлы "
    "cookie</h1><p>Нажимая «Принять», вы соглашаетесь на обработку файлов cookie и данных о "
    "посещениях нашими партнёрами.</p><button>Принять</button><button>Настроить</button>"
    "</body></html>"
).encode()


def needs_js(site: str) -> bytes:
    """A page of ``site`` that only asks for JavaScript."""
    return (
        f"<html><head><title>{site}</title></head><body><p>Please enable JavaScript "
        "to read this article.</p></body></html>"
    ).encode()
