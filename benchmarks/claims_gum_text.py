"""Sentences of GUM's English Wikinews news documents, rebuilt from the GUM XML at run time.

The GUM XML holds one token per line and no spacing; ``<w>`` groups the tokens that were one
written word ("all-girl", "10-12").  Each sentence is rebuilt by the usual detokenising rules
(no space before closing punctuation, clitics and "%", none after an opening bracket, a currency
sign or an opening quote).  The text is never stored in the project: ``gum_numbers.jsonl``
names a sentence by its document and its index among the document's ``<s>`` elements.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

_SENTENCE = re.compile(r"<s [^>]*>(.*?)</s>", re.S)
_NO_SPACE_BEFORE = frozenset(
    [
        ",",
        ".",
        ";",
        ":",
        "!",
        "?",
        ")",
        "]",
        "}",
        "%",
        "'s",
        "'",
        "n't",
        "'re",
        "'ve",
        "'ll",
        "'d",
        "'m",
        "…",
        "...",
        "’s",
        "’",
    ]
)
_NO_SPACE_AFTER = frozenset(["(", "[", "{", "$", "£", "€", "#", "US$", "C$", "A$"])


def _words(block: str) -> list[tuple[str, str]]:
    """The written words of one ``<s>`` block with their PTB tags: tokens, those inside ``<w>``
    glued together."""
    words: list[tuple[str, str]] = []
    glued: list[str] | None = None
    for line in block.splitlines():
        if line.startswith("<w>"):
            glued = []
        elif line.startswith("</w>"):
            words.append(("".join(glued or []), "W"))
            glued = None
        elif "\t" in line:
            token, tag = line.split("\t", 2)[:2]
            if glued is not None:
                glued.append(token)
            else:
                words.append((token, tag))
    return words


def detokenise(words: list[tuple[str, str]]) -> str:
    out = ""
    glue_next = True
    for w, tag in words:
        space = not glue_next
        glue_next = False
        if tag == "``":  # an opening quote
            glue_next = True
        elif tag == "HYPH":  # "six - member" written "six-member"
            space, glue_next = False, True
        elif tag == "''" or w in _NO_SPACE_BEFORE or w.lower() in _NO_SPACE_BEFORE:
            space = False
        else:
            glue_next = w in _NO_SPACE_AFTER
        out += (" " if space and out else "") + w
    return out


@cache
def gum_sentences(xml_dir: Path) -> dict[str, list[str]]:
    """Every news document's sentences, by the document's short name ("afghan")."""
    out: dict[str, list[str]] = {}
    for path in sorted(xml_dir.glob("GUM_news_*.xml")):
        doc = path.stem.removeprefix("GUM_news_")
        text = path.read_text(encoding="utf-8")
        out[doc] = [detokenise(_words(b)) for b in _SENTENCE.findall(text)]
    return out
