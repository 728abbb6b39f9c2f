"""Security for the web reader: headers, CSRF, the access token, and HTML sanitising.

- A strict Content-Security-Policy: scripts, styles and media from this server only; no inline
  script; no framing.
- CSRF: a double-submit token.  Every page sets a random ``csrf`` cookie (SameSite=Strict) and
  puts the same value in its forms (and in htmx's headers); a state-changing request must carry
  it back, and must come from this origin when the browser says where it comes from.
- Access token: required when the server listens on anything but loopback.  Given once as
  ``?token=…`` (then kept in an HttpOnly cookie) or as ``Authorization: Bearer …``.
- Article HTML is rebuilt from plain text with autoescaping, and then cleaned with nh3 (Ammonia)
  against an allow-list, so that no markup from a page can reach the reader.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
from collections.abc import Awaitable, Callable

import nh3
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response

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


Handler = Callable[[Request], Awaitable[Response]]


def make_middleware(access_token: str | None) -> Callable[[Request, Handler], Awaitable[Response]]:
    async def middleware(request: Request, call_next: Handler) -> Response:
        set_token_cookie = False
        if access_token:
            given = (
                request.query_params.get("token")
                or request.cookies.get(TOKEN_COOKIE)
                or request.headers.get("authorization", "").removeprefix("Bearer ").strip()
            )
            if not given or not hmac.compare_digest(given, access_token):
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
    origin = request.headers.get("origin")
    if origin and origin != "null":
        expected = f"{request.url.scheme}://{request.headers.get('host', '')}"
        if origin != expected:
            return f"request from another origin ({origin})"
    cookie = request.cookies.get(CSRF_COOKIE)
    sent = request.headers.get(CSRF_HEADER) or request.query_params.get("csrf")
    if not cookie:
        return "missing CSRF cookie"
    if sent is None:
        # forms send it as a field; the route checks that (the body is not read here)
        request.state.csrf_from_form = True
        return None
    return None if hmac.compare_digest(sent, cookie) else "CSRF token does not match"
