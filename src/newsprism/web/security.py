"""Security for the web reader: headers, CSRF, the access token, and HTML sanitising.

- A strict Content-Security-Policy: scripts, styles and media from this server only; no inline
  script; no framing.
- CSRF: a double-submit token.  Every page sets a random ``csrf`` cookie (SameSite=Strict) and
  puts the same value in its forms (and in htmx's headers); a state-changing request must carry
  it back, and must come from this origin when the browser says where it comes from.
- Host allow-list: a request whose ``Host`` is not one of this server's names is refused (400)
  before anything else.  A web page that points its own host name at 127.0.0.1 (DNS rebinding)
  is same-origin with itself, not with us, and sends its own name as ``Host``.  Loopback names
  are allowed by default; ``serve --allowed-host NAME`` adds more.
- CSRF on every state-changing request: JSON and other non-form bodies need the
  ``X-CSRF-Token`` header (a cross-site page cannot set it without a CORS preflight, which this
  server never grants); forms carry the token as a field, checked by the route; requests the
  browser marks ``Sec-Fetch-Site: cross-site`` or with a foreign ``Origin`` are refused outright.
- Access token: required when the server listens on anything but loopback.  Given once as
  ``?token=…`` (then kept in an HttpOnly cookie) or as ``Authorization: Bearer …``.
- Article HTML is rebuilt from plain text with autoescaping, and then cleaned with nh3 (Ammonia)
  against an allow-list, so that no markup from a page can reach the reader.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
from collections.abc import Awaitable, Callable, Iterable

import nh3
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response

from ..errors import CSRFError

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "media-src 'self' blob:; connect-src 'self'; font-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}
CSRF_COOKIE = "newsprism_csrf"
CSRF_HEADER = "x-csrf-token"
TOKEN_COOKIE = "newsprism_token"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}

ALLOWED_TAGS = {
    "p",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "span",
    "ul",
    "li",
    "blockquote",
    "figure",
    "figcaption",
    "table",
    "tr",
    "td",
    "a",
    "div",
}
ALLOWED_ATTRIBUTES = {"*": {"id", "class", "lang", "data-s", "data-importance"}, "a": {"href"}}


def sanitize(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https"},
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


#: the host names a loopback server answers to by default (plus every loopback IP literal)
LOOPBACK_NAMES = ("localhost",)
#: a token shorter than this is refused by ``serve`` (a few characters can be guessed online)
MIN_TOKEN_LENGTH = 16
_FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def is_loopback(host: str) -> bool:
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def new_token() -> str:
    return secrets.token_urlsafe(24)


def csrf_token(request: Request) -> str:
    """The page's CSRF token: the cookie's value, or a new one the middleware will set."""
    token = request.cookies.get(CSRF_COOKIE) or getattr(request.state, "new_csrf", None)
    if not token:
        token = request.state.new_csrf = secrets.token_urlsafe(24)
    return str(token)


def host_name(host_header: str) -> str:
    """The name in a ``Host`` header, without its port, lower case (``[::1]:8000`` → ``::1``)."""
    host = host_header.strip().lower()
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def host_allowed(host_header: str, allowed: frozenset[str]) -> bool:
    """Whether a request's ``Host`` names this server: a loopback literal, or an allowed name.

    ``*`` in ``allowed`` lets any host through (only for a server behind a proxy that checks).
    """
    if "*" in allowed:
        return True
    name = host_name(host_header)
    if not name:
        return False
    if name in allowed or name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _same(given: str, expected: str) -> bool:
    # compare_digest refuses non-ASCII str; bytes compare in constant time whatever they hold
    return hmac.compare_digest(given.encode("utf-8", "replace"), expected.encode("utf-8"))


Handler = Callable[[Request], Awaitable[Response]]


def make_middleware(
    access_token: str | None, allowed_hosts: Iterable[str] = ()
) -> Callable[[Request, Handler], Awaitable[Response]]:
    allowed = frozenset(h.strip().lower().strip("[]") for h in allowed_hosts if h.strip())

    async def middleware(request: Request, call_next: Handler) -> Response:
        if not host_allowed(request.headers.get("host", ""), allowed):
            return PlainTextResponse(
                f"newsprism: this server does not answer to the host name "
                f"{host_name(request.headers.get('host', ''))!r}; open it by the address "
                "'newsprism serve' printed, or start it with --allowed-host NAME",
                status_code=400,
                headers=HEADERS,
            )
        set_token_cookie = False
        if access_token:
            given = (
                request.query_params.get("token")
                or request.cookies.get(TOKEN_COOKIE)
                or request.headers.get("authorization", "").removeprefix("Bearer ").strip()
            )
            if not given or not _same(given, access_token):
                return PlainTextResponse(
                    "newsprism: this server needs its access token (open the URL that "
                    "'newsprism serve' printed, or send 'Authorization: Bearer …')",
                    status_code=401,
                    headers=HEADERS,
                )
            set_token_cookie = request.cookies.get(TOKEN_COOKIE) != access_token
        if request.method not in SAFE_METHODS:
            problem = _csrf_problem(request)
            if problem:
                return JSONResponse(
                    {
                        "error": "CSRFError",
                        "message": problem,
                        "hint": "reload the page and try again",
                    },
                    status_code=403,
                    headers=HEADERS,
                )
        response = await call_next(request)
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        new_csrf = getattr(request.state, "new_csrf", None)
        if new_csrf:
            response.set_cookie(CSRF_COOKIE, new_csrf, httponly=False, samesite="strict")
        if set_token_cookie and access_token:
            response.set_cookie(TOKEN_COOKIE, access_token, httponly=True, samesite="strict")
        return response

    return middleware


def _csrf_problem(request: Request) -> str | None:
    if request.headers.get("sec-fetch-site", "").lower() in ("cross-site", "same-site"):
        return "request from another site"
    origin = request.headers.get("origin")
    if origin:
        expected = f"{request.url.scheme}://{request.headers.get('host', '')}"
        if origin != expected:  # "null" (a sandboxed frame, a file: page) is another origin too
            return f"request from another origin ({origin})"
    cookie = request.cookies.get(CSRF_COOKIE)
    sent = request.headers.get(CSRF_HEADER) or request.query_params.get("csrf")
    if not cookie:
        return "missing CSRF cookie"
    if sent is None:
        content_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
        if content_type in _FORM_TYPES:
            # forms send it as a field; the route checks that (the body is not read here)
            request.state.csrf_from_form = True
            return None
        return "missing CSRF token (send the X-CSRF-Token header)"
    return None if _same(sent, cookie) else "CSRF token does not match"


def check_form_token(request: Request, token: str | None) -> None:
    """A form route's check of its ``csrf`` field (the middleware cannot read the body)."""
    if getattr(request.state, "csrf_from_form", False):
        cookie = request.cookies.get(CSRF_COOKIE)
        if not token or not cookie or not _same(token, cookie):
            raise CSRFError(
                "the form's security token is missing or stale",
                hint="reload the page and try again",
            )
