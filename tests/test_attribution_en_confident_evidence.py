"""English attribution, nineteenth round: the confident mark where the text leaves the speaker
in doubt (invented articles, never evaluation text)."""

from __future__ import annotations

from attributed import attributed, quote_holding, speaker_of

from newsprism.article import Speaker
from newsprism.attribution.confidence import is_confident
from newsprism.attribution.evidence_en import no_person_evidence


def test_a_one_word_person_with_no_given_name_has_no_person_evidence() -> None:
    assert no_person_evidence(Speaker(0, "Leninsky"))
    assert not no_person_evidence(Speaker(1, "Colonel Gasimov"))
    assert not no_person_evidence(Speaker(1, "Trump", aliases=("President Trump",)))
    assert not no_person_evidence(Speaker(1, "Kulob", role="head of the district"))
    assert not no_person_evidence(Speaker(2, "Gasimov", aliases=("Ilgar Gasimov",)))
    assert not no_person_evidence(Speaker(3, "Ilgar Gasimov"))
    assert not no_person_evidence(Speaker(4, "Leninsky", kind="organization"))


DOUBT = (
    "Market traders protest new cash registers\n\n"
    "The tax service said on Monday that every trader must install a cash register by "
    "March.\n\n"
    "The head of the traders' association Gulnara Toktosunova and the lawyer Aigul Bekova "
    "met the deputy minister on Tuesday. She said that two months were not enough to teach "
    "the traders.\n\n"
    "The deputy minister Marat Kasymov spoke to the press after the meeting. He said that "
    "the registers would be free for the first year.\n\n"
    "These figures show that only one trader in five uses a register today."
)


def test_she_after_two_women_is_not_confident() -> None:
    """Two women named in the sentence before "She said": the reader cannot tell which; the
    quote is kept, below the confident bar."""
    article = attributed(DOUBT)
    assert not is_confident(quote_holding(article, "two months were not enough"))


def test_he_after_one_man_stays_confident() -> None:
    article = attributed(DOUBT)
    q = quote_holding(article, "registers would be free")
    assert speaker_of(article, "registers would be free") == "Marat Kasymov"
    assert is_confident(q)


def test_figures_that_show_are_not_a_confident_speaker() -> None:
    article = attributed(DOUBT)
    assert not is_confident(quote_holding(article, "one trader in five"))
