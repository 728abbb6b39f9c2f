"""Numeric claims: figures, ranges, multipliers, qualifiers, relative claims, refusals, and who
asserts them — on sentences and short articles written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.article import Article, Block, Quote, Speaker
from newsprism.claims import find_quantities
from newsprism.claims.stage import claims
from newsprism.pipeline import Pipeline, get_stage
from newsprism.segment import segment

FIXTURES = Path(__file__).parent / "fixtures" / "claims"


def figures(sentence: str, language: str = "en") -> list[tuple[float, float | None, str | None]]:
    return [(q.value, q.value_high, q.unit) for q in find_quantities(sentence, language)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Revenue rose to $7.36 billion from $6.78 billion.",
            [(7.36e9, None, "USD"), (6.78e9, None, "USD")],
        ),
        ("The deal is worth £240m.", [(240e6, None, "GBP")]),
        ("Apple paid $3bn for the firm.", [(3e9, None, "USD")]),
        ("Turnout was 40-45% in the north.", [(40, 45, "%")]),
        ("The fund is worth from 10 to 12 million euros.", [(10e6, 12e6, "EUR")]),
        # after a change, "from … to" is two levels, the one before and the one after
        ("The fund grew from 10 to 12 million euros.", [(10e6, None, "EUR"), (12e6, None, "EUR")]),
        ("About 2.5 thousand people marched.", [(2500, None, "people")]),
        ("Prices range between $62 and $68 per share.", [(62, 68, "USD/share")]),
        ("The storm left tens of thousands of homes without power.", [(1e4, 1e5, "home")]),
        ("A third of voters stayed home.", [(1 / 3, None, "fraction")]),
    ],
)
def test_english_values_ranges_and_multipliers(
    sentence: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    got = figures(sentence)
    assert len(got) == len(expected), got
    for (v, h, u), (ev, eh, eu) in zip(got, expected, strict=True):
        assert v == pytest.approx(ev) and (h == pytest.approx(eh) if eh else h is None) and u == eu


@pytest.mark.parametrize(
    ("sentence", "qualifier", "change"),
    [
        ("More than 6,650 employees were laid off.", "More than", ">"),
        ("The firm employs around 600 people.", "around", "~"),
        ("It can reach up to 60mph.", "up to", "<"),
        ("Nearly 57% of voters agreed.", "Nearly", "~"),
        ("At least 12 people died.", "At least", ">"),
        ("Shares fell 4.8% on Monday.", None, "down"),
        ("Sales jumped 9.4 per cent.", None, "up"),
    ],
)
def test_english_qualifiers_and_changes(sentence: str, qualifier: str | None, change: str) -> None:
    (q,) = find_quantities(sentence, "en")
    assert q.qualifier == qualifier and q.change == change


@pytest.mark.parametrize(
    "sentence",
    [
        "The vote is on March 14.",
        "She finished 3rd in the race.",
        "The firm was founded in 1952 and has grown since 1998.",
        "The Covid-19 pandemic grounded every Airbus A320 of the G7 airlines.",
        "Call 020 7946 0958 before 10:30 a.m. on Thursday.",
        "See page 12 and section 4 of the report.",
    ],
)
def test_english_dates_ordinals_names_are_not_claims(sentence: str) -> None:
    assert find_quantities(sentence, "en") == []


def test_english_relative_claim() -> None:
    qs = find_quantities("About 3,000 people work there, three times as many as in 2010.", "en")
    assert [(q.value, q.relative) for q in qs] == [(3000, False), (3, True)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Свыше 500 тысяч человек получили выплаты.", [(500e3, None, "people")]),
        ("В городе живут 231 тыс. человек.", [(231e3, None, "people")]),
        ("Премия составит 1,5 тысячи рублей.", [(1500, None, "RUB")]),
        ("Зарплата — от 5 до 7 тыс. рублей.", [(5000, 7000, "RUB")]),
        ("Инфляция составила 7,4%.", [(7.4, None, "%")]),
        ("Бюджет — 3 млрд долларов.", [(3e9, None, "USD")]),
        ("На заводе работали десятки тысяч человек.", [(1e4, 1e5, "people")]),
        # a count per period is a rate since the thirteenth session, as «евро в год» was
        ("Через мост проходят 1 200 000 машин в год.", [(1.2e6, None, "машина/year")]),
    ],
)
def test_russian_values_ranges_and_multipliers(
    sentence: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    got = figures(sentence, "ru")
    assert len(got) == len(expected), got
    for (v, h, u), (ev, eh, eu) in zip(got, expected, strict=True):
        assert v == pytest.approx(ev) and (h == pytest.approx(eh) if eh else h is None) and u == eu


@pytest.mark.parametrize(
    ("sentence", "qualifier", "change"),
    [
        ("Свыше 500 человек пришли на митинг.", "Свыше", ">"),
        ("Около 20 домов остались без света.", "Около", "~"),
        ("Не менее 12 человек погибли.", "Не менее", ">"),
        ("Почти 40% опрошенных против.", "Почти", "~"),
        ("Порядка 300 семей получат жильё.", "Порядка", "~"),
        ("Цены выросли на 12%.", None, "up"),
        ("Добыча снизилась на 3%.", None, "down"),
    ],
)
def test_russian_qualifiers(sentence: str, qualifier: str | None, change: str) -> None:
    (q,) = find_quantities(sentence, "ru")
    assert q.qualifier == qualifier and q.change == change


@pytest.mark.parametrize(
    "sentence",
    [
        "Заседание пройдёт 14 марта.",
        "Закон вступит в силу в 2025 году.",
        "Команда заняла 3-е место.",
        "Су-35 и МС-21 показали на выставке.",
        "Звоните по телефону +7 (495) 123-45-67.",
        "Дело возбуждено по ст. 228 УК РФ.",
        "Встреча начнётся в 10:30.",
    ],
)
def test_russian_dates_ordinals_names_are_not_claims(sentence: str) -> None:
    assert find_quantities(sentence, "ru") == []


def test_russian_relative_claims() -> None:
    qs = find_quantities("Экспорт сократился в три раза, а импорт вырос вдвое.", "ru")
    assert [(q.value, q.unit, q.change) for q in qs] == [(3, "times", "down"), (2, "times", "up")]


# -- the stage on whole articles ---------------------------------------------------------------


def _article(name: str, language: str) -> Article:
    text = (FIXTURES / name).read_text(encoding="utf-8").strip()
    blocks, pos = [], 0
    for i, para in enumerate(text.split("\n")):
        blocks.append(Block(i, "heading" if i == 0 else "paragraph", pos, pos + len(para), para))
        pos += len(para) + 1
    return segment(Article(text=text, blocks=tuple(blocks), language=language))


def _with_quote(article: Article, quoted: str, name: str) -> Article:
    start = article.text.index(quoted)
    quote = Quote(0, "direct", start, start + len(quoted), quoted, speaker=0)
    return Article(
        **{
            **{f: getattr(article, f) for f in article.__dataclass_fields__},
            "speakers": (Speaker(0, name),),
            "quotes": (quote,),
        }
    )


def test_stage_english_article_end_to_end() -> None:
    art = _article("harbour_en.txt", "en")
    art = _with_quote(
        art,
        "We moved about 40-45% more containers than in 2021, and the new crane cost us £240m,",
        "Helen Marsh",
    )
    out = claims(art)
    by_text = {c.text: c for c in out.claims}
    cargo = by_text["more than 2.5 million tonnes"]
    assert (cargo.value, cargo.unit, cargo.qualifier, cargo.change) == (
        2.5e6,
        "tonne",
        "more than",
        ">",
    )
    assert (
        cargo.when == "in 2023"
        and cargo.source == "regional statistics office"
        and cargo.speaker is None
    )
    assert by_text["12%"].change == "up"
    crane = by_text["£240m"]
    assert crane.speaker == 0 and crane.source == "Helen Marsh" and crane.value == 240e6
    share = by_text["about 40-45%"]
    assert (share.value, share.value_high, share.speaker) == (40, 45, 0)
    workers = by_text["nearly 3,000 people"]
    assert workers.source == "Local media"
    rel = by_text["three times as many"]
    assert rel.relative_to == workers.id
    budget = by_text["$3bn"]
    assert (budget.value, budget.source, budget.when) == (3e9, "article", "March 14")
    values = [c.value for c in out.claims]
    assert (
        14 not in values
        and 3 not in [c.value for c in out.claims if c.unit != "times"]
        and 2025 not in values
    )
    assert 19 not in values
    for c in out.claims:
        assert out.text[c.start : c.end] == c.text


def test_stage_russian_article_end_to_end() -> None:
    art = _article("zavod_ru.txt", "ru")
    art = _with_quote(
        art,
        "Мы наняли около 1,5 тысячи человек, а зарплата теперь от 60 до 75 тыс. рублей",
        "Игорь Петров",
    )
    out = claims(art)
    by_text = {c.text: c for c in out.claims}
    output = by_text["свыше 500 тысяч тонн"]
    assert (output.value, output.unit, output.change) == (500e3, "tonne", ">")
    assert output.source == "Росстата" and output.when == "в 2023 году"
    assert by_text["15%"].change == "up"
    hired = by_text["около 1,5 тысячи человек"]
    assert (hired.value, hired.speaker, hired.source) == (1500, 0, "Игорь Петров")
    pay = by_text["от 60 до 75 тыс. рублей"]
    assert (pay.value, pay.value_high, pay.unit) == (60e3, 75e3, "RUB")
    staff = by_text["231 тыс. человек"]
    assert staff.when == "В прошлом году" and staff.source == "article"
    rel = by_text["в три раза больше"]
    assert rel.relative_to == staff.id and rel.change == "up"
    values = {c.value for c in out.claims if c.unit != "times"}
    assert not values & {14, 10, 30, 3, 5, 2023, 2010}
    assert by_text["почти 2 млрд рублей"].value == 2e9


def test_stage_is_registered_after_attribution_needs() -> None:
    stage = get_stage("claims")
    assert stage.requires == {"sentences", "speakers", "quotes"} and stage.provides == {"claims"}
    from newsprism.errors import PipelineError

    with pytest.raises(PipelineError):
        Pipeline(["claims"], given={"text", "blocks"})


# -- robustness --------------------------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = st.sampled_from(
    [
        "1", "2,500", "3.5", "1 500", "1,5", "-", "–", "$", "£", "%", "₽", "млн", "тыс.", "million",
        "bn", "m", "to", "from", "between", "and", "от", "до", "more than", "около", "свыше",
        "March", "марта", "2023", "году", "3rd", "Covid-19", "в три раза", "twice as", "(", ")",
        "people", "человек", "рублей", " ", ".", ",", "per", "a", "year", "out of", "PS", "Y=",
    ]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=25), st.sampled_from(["en", "ru"]))
def test_any_text_gives_valid_spans(pieces: list[str], language: str) -> None:
    text = " ".join(pieces)
    for q in find_quantities(text, language):
        assert 0 <= q.start < q.end <= len(text)
        assert q.value == q.value  # not NaN
        assert q.value_high is None or q.value_high == q.value_high


def test_stage_without_sentences_or_language_gives_no_claims() -> None:
    art = Article(text="", blocks=())
    assert claims(art).claims == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Buses of routes No. 12, 16 and 24 will be diverted.",
        "Platforms 3 and 4 are closed.",
    ],
)
def test_numbered_lists_are_not_claims(sentence: str) -> None:
    assert find_quantities(sentence, "en") == []


def test_duration_after_over_is_not_a_bound() -> None:
    (q,) = find_quantities("The state offered tax credits over 15 years.", "en")
    assert (q.value, q.unit, q.qualifier, q.change) == (15, "year", None, "=")


def test_sentence_initial_report_is_a_source_only_when_it_names_one() -> None:
    from newsprism.claims.attribute import cited_source

    assert cited_source("No injuries had been reported by Friday.", "en") is None
    assert cited_source("Local media reported that 40 homes burned.", "en") == "Local media"
    assert cited_source("Погибли 5 человек, по данным МЧС.", "ru") == "МЧС"


def test_other_languages_are_not_read_with_english_rules() -> None:
    text = "Der Pegel erreichte 7,45 Meter am Donnerstag."
    art = segment(Article(text=text, blocks=(Block(0, "paragraph", 0, len(text), text),)))
    assert art.language == "de"
    assert claims(art).claims == ()
