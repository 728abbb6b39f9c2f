"""What counts as a *confident* attribution: one shared threshold for every reader.

Each quote carries ``confidence`` (calibrated: of the quotes scored 0.8, about eight in ten are
real attributions with the right speaker, measured on PolNeAR dev, which the scorer is not
trained on; see ``docs/attribution-model.md``).  Readers show confident quotes plainly and the
rest marked "uncertain" (or hidden); the speaker facet and per-speaker lists use confident
quotes only.  The JSON keeps every quote with its confidence.
"""

from __future__ import annotations

from ..article import Claim, Quote

#: a quote (and its speaker link) at or above this confidence is shown plainly; below it, it is
#: marked uncertain.  Chosen on PolNeAR *train* (cross-validated) so that ≥ 90% of what passes
#: has the right speaker; checked on dev.
CONFIDENT = 0.85


def is_confident(quote: Quote, threshold: float = CONFIDENT) -> bool:
    """Whether a reader may show this quote and its speaker without an "uncertain" mark.

    A quote scored before confidences existed (``None``, an old JSON file) is not confident.
    """
    return quote.confidence is not None and quote.confidence >= threshold


def claim_is_confident(claim: Claim, threshold: float = CONFIDENT) -> bool:
    """Whether the figure's source (speaker, cited source or the article) is shown plainly."""
    return claim.source_confidence is not None and claim.source_confidence >= threshold
