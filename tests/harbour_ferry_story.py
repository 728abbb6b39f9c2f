"""The paragraphs of one invented local story (a harbour board keeps a night ferry), shared by the
extraction tests that build pages around it."""

from __future__ import annotations

BODY = (
    "The harbour board voted on Tuesday evening to keep the night ferry running through the "
    "winter, reversing a decision it took in the spring after the operator reported losses.",
    "Councillor Marta Quinn said the crossing was a lifeline for nurses and cleaners who finish "
    "work after the last bus has gone, and that no cheaper option had been found by officers.",
    "The operator's accounts show the service lost money in each of the last five winters, "
    "mostly because fuel costs rose faster than the fares the board allowed it to charge.",
    "Residents of the north shore collected more than three thousand signatures in a month, and "
    "a dozen of them sat through the whole four-hour meeting in the public gallery on Tuesday.",
    "The board will review the subsidy again next autumn, when the new contract for the "
    "crossing is put out to tender and two other operators are expected to bid for it.",
)
