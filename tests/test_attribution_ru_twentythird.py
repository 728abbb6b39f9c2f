"""Russian attribution of issue 12's twenty-third session, on our own short articles.

A document after «согласно» speaks for its owner in the genitive, or for the issuer the text
names («X подписал указ … Согласно документу, …»), as «говорится в заявлении X» already did;
a generic «документ» is whatever document the issuing verb named.  A word the tagger reads as
an adjective that the dictionary knows only as a participle of a verb of saying is that
participle.
"""

from __future__ import annotations

from attributed import attributed, quote_holding, speaker_name

#: our own article (a regional decree, written for this test)
_DECREE = (
    "Губернатор подписал указ о парках\n\n"
    "Губернатор области Олег Смирнов подписал указ о благоустройстве городских парков. "
    "Согласно документу, на ремонт аллей направят сорок миллионов рублей.\n\n"
    "Согласно докладу министерства экологии области, в парках высадят три тысячи деревьев."
)


def test_according_to_a_document_is_its_issuer() -> None:
    article = attributed(_DECREE, "ru")
    q = quote_holding(article, "на ремонт аллей")
    assert speaker_name(article, q) == "Олег Смирнов"


def test_a_generic_document_is_the_one_issued_before() -> None:
    article = attributed(
        "Мэр Анна Кольцова подписала постановление о переносе рынка. В документе "
        "говорится, что торговля на площади прекратится с первого марта.",
        "ru",
    )
    q = quote_holding(article, "торговля на площади")
    assert speaker_name(article, q) == "Анна Кольцова"
