"""Text bound for a terminal: what a page says is shown there, never obeyed.

A page's text can carry control characters (as entities, ``&#27;``), and so can what a warning
quotes of it — a source's path or address, a failed stage's message.  A terminal obeys them: clear
the screen, set the window's title, move the cursor up over earlier lines of output.  The CLI's
standard output on a terminal and every warning line pass through :func:`terminal_safe`.
"""

from __future__ import annotations

import re

#: C0 controls but tab and newline, DEL and the C1 controls.  A page's text can carry them (as
#: entities, ``&#27;``), and a terminal obeys them: clear the screen, set the window's title, move
#: the cursor up over earlier lines of output.  Shown as visible symbols instead.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ESC is shown as "␛"
    return "\u2421" if code == 0x7F else "\ufffd"


def terminal_safe(text: str) -> str:
    """``text`` with the control characters a terminal would act on made visible."""
    return _CONTROLS.sub(_visible, text) if _CONTROLS.search(text) else text
