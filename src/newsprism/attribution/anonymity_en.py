"""A source that asks not to be named (issue 12).

    One of the guides of the other company, who asked not to be named, told the paper that …
    A doctor at the hospital, speaking on condition of anonymity, said …

The clause says who the source is not: its words belong to someone the text will not name.
Two readings go wrong without it: the source became a described person or an organisation
("One of the guides of the other company" read as the company), and "asked not to be named"
itself a report of asking, with the content "not to be named".  Here a source phrase holding
such a clause is anonymous, and that request is no report.  The clause is recognised by its
words in the source's own parse subtree (a relative clause or participle of the source phrase),
not by the sentence's shape.
"""

from __future__ import annotations

import re
from typing import Any

from .model import Found

#: what an anonymous source's clause says: "asked not to be named", "declined to be
#: identified", "on condition of anonymity", "was not authorised to speak"
_ANONYMITY = re.compile(
    r"\b(?:not\s+to\s+be\s+(?:named|identified|quoted\s+by\s+name)"
    r"|declined\s+to\s+be\s+(?:named|identified)"
    r"|(?:on\s+(?:the\s+)?condition\s+of\s+|requested\s+|asked\s+for\s+|granted\s+)anonymity"
    r"|(?:was|were|is|are|being)\s+not\s+authori[sz]ed\s+to\s+(?:speak|comment|talk|discuss))\b",
    re.IGNORECASE,
)
#: the content of a request for anonymity (the report it was read as is nobody's)
_REQUEST = re.compile(
    r"\W*(?:not\s+to\s+be\s+(?:named|identified|quoted\s+by\s+name)|anonymity)\W*",
    re.IGNORECASE,
)
#: the clauses of a source phrase that may say it is not to be named
_CLAUSES = frozenset(["relcl", "acl", "advcl", "appos"])


def asks_anonymity(root: Any) -> bool:
    """Whether the source phrase headed by ``root`` holds a clause asking not to be named
    (a relative clause or participle anywhere in its subtree: the parser may hang "who asked
    not to be named" on the last noun of "One of the guides of the company")."""
    for tok in root.subtree:
        if tok.dep_ in _CLAUSES and tok.i > root.i:
            span = tok.doc[tok.left_edge.i : tok.right_edge.i + 1]
            if _ANONYMITY.search(span.text):
                return True
    return False


def anonymity_request(text: str, f: Found) -> bool:
    """Whether ``f`` reports only a request not to be named ("who asked not to be named")."""
    return f.kind == "indirect" and _REQUEST.fullmatch(text, f.start, f.end) is not None
