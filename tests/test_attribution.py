"""Quotes and speakers on our own English and Russian articles (real spaCy and natasha models).

Each fixture ``tests/fixtures/attribution/<name>.txt`` has ``<name>.expected.json``: the quotes a
careful reader finds (kind, a phrase inside the quote, the speaker's name or kind, who relays
it) and the speaker table entries with aliases and roles.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from newsprism.article import Article, Quote
from newsprism.attribution.stage import article_from_text
from newsprism.pipeline import Pipeline
from newsprism.render import render

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "attribution"
NAMES = sorted(p.stem for p in FIXTURES.glob("*.txt"))


@cache
def analysed(name: str) -> Article:
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    return Pipeline(["segment", "attribution"], strict=True)(article_from_text(text))


def expected(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / f"{name}.expected.json").read_text("utf-8"))
    return data


def _name_matches(expected_name: str, actual: str) -> bool:
    """ "Сергей Белов" matches "Сергей Викторович Белов": every expected word is there."""
    words = actual.lower().split()
    return (
        all(w in words for w in expected_name.lower().split())
        or expected_name.lower() == actual.lower()
    )


def quote_ok(article: Article, q: Quote, want: dict[str, Any]) -> bool:
    if want["contains"] not in q.text or q.kind != want["kind"]:
        return False
    speaker = article.speaker(q.speaker)
    if "speaker" in want and (speaker is None or not _name_matches(want["speaker"], speaker.name)):
        return False
    if "speaker_kind" in want and (speaker is None or speaker.kind != want["speaker_kind"]):
        return False
    if "relayed_by" in want:
        relayer = article.speaker(q.relayed_by)
        if relayer is None or not _name_matches(want["relayed_by"], relayer.name):
            return False
    return True


def found_expected(name: str) -> list[tuple[dict[str, Any], bool]]:
    article = analysed(name)
    return [
        (w, any(quote_ok(article, q, w) for q in article.quotes)) for w in expected(name)["quotes"]
    ]


# -- behaviour, case by case -------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_spans_and_ids_are_consistent(name: str) -> None:
    article = analysed(name)
    ids = {s.id for s in article.speakers}
    for q in article.quotes:
        assert article.text[q.start : q.end] == q.text
        assert q.speaker is None or q.speaker in ids
        assert q.relayed_by is None or q.relayed_by in ids
        if q.cue_start is not None:
            assert article.text[q.cue_start : q.cue_end] == q.cue
        assert q.sentences, "every quote points at its sentences"
    assert Article.from_dict(article.to_dict()) == article


def _quote(name: str, phrase: str) -> tuple[Article, Quote]:
    article = analysed(name)
    return article, next(q for q in article.quotes if phrase in q.text)


def _speaker_name(article: Article, q: Quote) -> str | None:
    sp = article.speaker(q.speaker)
    return sp.name if sp else None


def test_pronoun_across_paragraphs() -> None:
    article, q = _quote("en_ceasefire", "If the other side wants a deal")
    assert _speaker_name(article, q) == "Maria Kowalczyk"
    assert q.source_text == "she" and q.cue == "said"


def test_interrupted_quote_is_one_quote() -> None:
    _, q = _quote("en_ceasefire", "We came here to sign")
    assert "Nobody should expect us" in q.text


def test_spelling_variants_merged_and_namesakes_kept_apart() -> None:
    article = analysed("en_ceasefire")
    zel = [s for s in article.speakers if "Zelensky" in s.name]
    assert len(zel) == 1 and "Zelenskyy" in zel[0].aliases
    harris = sorted(s.name for s in article.speakers if s.name.endswith("Harris"))
    assert harris == ["Anna Harris", "Tom Harris"]


def test_description_resolves_to_named_person() -> None:
    article, q = _quote("en_ceasefire", "set the region back")
    assert _speaker_name(article, q) == "Li Wei"
    assert article.speaker(q.speaker).role == "the Chinese envoy"  # type: ignore[union-attr]


def test_anonymous_source_is_not_guessed() -> None:
    article, q = _quote("en_ceasefire", "compromise text")
    sp = article.speaker(q.speaker)
    assert sp is not None and sp.kind == "anonymous"
    assert sp.name == "A source close to the negotiations"


def test_relayed_speech_records_both() -> None:
    article = analysed("en_ceasefire")
    q = next(q for q in article.quotes if q.relayed_by is not None and "trenches" in q.text)
    assert _speaker_name(article, q) == "My neighbour"
    assert article.speaker(q.relayed_by).name == "Tom Harris"  # type: ignore[union-attr]
    q = next(q for q in article.quotes if "We have not been paid" in q.text)
    assert article.speaker(q.relayed_by).name == "Dmitri Orlov"  # type: ignore[union-attr]


def test_english_dash_speech() -> None:
    article, q = _quote("en_ceasefire", "We will rebuild the bridge")
    assert q.kind == "direct" and q.cue == "told"
    assert _speaker_name(article, q) == "Piotr Nowak"


def test_russian_dash_dialogue_and_patronymic_alias() -> None:
    article, q = _quote("ru_zavod", "Мы не закроем завод")
    assert "Ремонт оплатит область" in q.text and q.cue == "сказал"
    sp = article.speaker(q.speaker)
    assert sp is not None and sp.name == "Сергей Викторович Белов"
    assert {"Белов", "Сергей Викторович"} <= set(sp.aliases)
    assert sp.role == "губернатор области"  # in the nominative, as a role (not a sentence start)


def test_russian_cue_with_outlet_and_feminine_surname() -> None:
    article, q = _quote("ru_zavod", "первые станки")
    assert q.cue == "рассказала «Коммерсанту»"
    assert _speaker_name(article, q) == "Анна Крылова"
    article, q = _quote("ru_zavod", "Мы ждали этого")
    assert _speaker_name(article, q) == "Анна Крылова" and q.source_text == "она"


def test_russian_according_to_and_collectives() -> None:
    article, q = _quote("ru_zavod", "на заводе работают")
    assert q.cue == "По данным"
    assert article.speaker(q.speaker).kind == "collective"  # type: ignore[union-attr]


def test_russian_noun_contents_inverted_order_and_places() -> None:
    article, q = _quote("ru_pavodok", "о гибели двух человек")
    assert _speaker_name(article, q) == "Олег Николаевич Захаров" and q.cue == "сообщил"
    article, q = _quote("ru_pavodok", "Гибель ещё одного жителя")
    assert q.cue == "подтвердила" and q.source_text == "пресс-служба областной больницы"
    article, q = _quote("ru_pavodok", "дамбу у Ключей")
    assert _speaker_name(article, q) == "МЧС"
    # a quote interrupted by the author's words is two quotes of one source (ninth round)
    article, q = _quote("ru_pavodok", "Все пострадавшие получат помощь")
    assert q.kind == "direct" and q.cue == "говорится" and "говорится" not in q.text
    article, first = _quote("ru_pavodok", "Мы работаем круглосуточно")
    assert first is not q and first.cue == "говорится" and first.speaker == q.speaker


def test_russian_reported_claims_outlets_and_pointing_back() -> None:
    article, q = _quote("ru_pavodok", "о тысяче пострадавших")
    assert q.cue in ("заявления", "отвергает")
    named = {_speaker_name(article, x) for x in article.quotes if "о тысяче" in x.text}
    assert {"Олег Николаевич Захаров", "волонтёры"} <= named
    article, q = _quote("ru_pavodok", "в двух сёлах")
    assert _speaker_name(article, q) == "Север-Пресс"
    sp = article.speaker(q.speaker)
    assert sp is not None and sp.kind == "organization"
    # «Об этом министр рассказал журналистам»: the sentence before, by the minister
    article, q = _quote("ru_pavodok", "Захаров призвал жителей")
    assert q.cue == "рассказал журналистам"
    assert _speaker_name(article, q) == "Олег Николаевич Захаров"


def test_russian_what_is_not_reported_speech() -> None:
    article = analysed("ru_pavodok")
    texts = " ".join(q.text for q in article.quotes)
    assert "Причины прорыва" not in texts  # «не сообщаются»: nothing reported
    assert "вода уйдёт" not in texts  # «скажут»: speech to come
    assert "Решение о выплатах" not in texts  # «объявлено»: a participle with no clause


def test_russian_figures_belong_to_their_speaker() -> None:
    article = Pipeline(["segment", "attribution", "claims"], strict=True)(
        article_from_text((FIXTURES / "ru_pavodok.txt").read_text(encoding="utf-8"))
    )
    by_text = {c.text: article.speaker(c.speaker) for c in article.claims}
    ershov, zakharov = by_text.get("не менее 1200 человек"), by_text.get("более 300 жителей")
    assert ershov is not None and ershov.name == "Павел Ершов"
    assert zakharov is not None and zakharov.name == "Олег Николаевич Захаров"


def test_russian_confidence_follows_the_evidence() -> None:
    article = analysed("ru_pavodok")
    assert all(q.confidence is not None and 0 < q.confidence < 1 for q in article.quotes)
    article = analysed("ru_zavod")
    _, pronoun = _quote("ru_zavod", "Мы ждали этого двадцать лет")  # «призналась она»
    _, name = _quote("ru_zavod", "первые станки привезут в марте")  # «Крылова рассказала»
    _, media = _quote("ru_zavod", "на заводе работают около 1200")  # «по данным местных СМИ»
    assert name.confidence is not None and pronoun.confidence is not None
    assert media.confidence is not None
    # a name was right more often in our annotated articles than a collective source; a
    # pronoun with no rival in between is above even (a direct quote with its source
    # after it weighs a little less in the learned model, and every Russian confidence is
    # moved down by a margin chosen on the parts left out; refitted on seven parts in the
    # seventh round, the pronoun class and a source after the content weigh less than before)
    assert name.confidence > media.confidence
    # the last step maps confidences through steps fitted on the development half A (thirty-
    # fifth session): quotes whose evidence the model ranks apart may share a step
    # Since the thirty-ninth session the refit weighs «— призналась она» written beside a
    # direct quote (no rival between) as the development halves found it (right 30 of 30 on A,
    # 25 of 27 on B), so it may rank above a bare surname's indirect report
    assert name.confidence > 0.5 and pronoun.confidence > 0.5


def test_unsupported_language_gets_empty_table() -> None:
    article = article_from_text("Der Minister sagte, dass die Gespräche scheitern.", "de")
    article = Pipeline(["attribution"], given={"text", "blocks", "sentences"}, strict=True)(article)
    assert article.quotes == () and article.speakers == ()


# -- rendering ---------------------------------------------------------------------------------


def test_html_and_markdown_sections_link_to_sentences() -> None:
    article = analysed("en_ceasefire")
    html = render(article, "html")
    assert 'id="who-said-what"' in html and "Maria Kowalczyk" in html
    q = next(q for q in article.quotes if "We came here" in q.text)
    assert f'href="#s-{q.sentences[0]}"' in html
    assert f'id="s-{q.sentences[0]}"' in html
    md = render(article, "md")
    assert "## Who said what" in md and f"(#s-{q.sentences[0]})" in md


def test_html_escapes_quote_text() -> None:
    text = 'The mayor said "<script>alert(1)</script> is not a plan," and left.'
    article = Pipeline(["segment", "attribution"], strict=True)(article_from_text(text, "en"))
    assert article.quotes
    assert "<script>alert" not in render(article, "html")


# -- quality gate ------------------------------------------------------------------------------

#: share of the expected quotes found with the right kind, speaker and relayer (pinned floors)
FLOORS = {
    "en_ceasefire": 0.95,
    "en_council": 0.95,
    "en_translated": 0.95,
    "ru_zavod": 0.95,
    "ru_pavodok": 0.95,
}
#: share of the quotes found that are among the expected ones
PRECISION_FLOOR = 0.9


@pytest.mark.gate
@pytest.mark.parametrize("name", NAMES)
def test_gate_expected_quotes_found(name: str) -> None:
    results = found_expected(name)
    missed = [w["contains"] for w, ok in results if not ok]
    recall = 1 - len(missed) / len(results)
    assert recall >= FLOORS[name], f"missed: {missed}"


@pytest.mark.gate
@pytest.mark.parametrize("name", NAMES)
def test_gate_no_spurious_quotes(name: str) -> None:
    article = analysed(name)
    wanted = [w["contains"] for w in expected(name)["quotes"]]
    spurious = [q.text for q in article.quotes if not any(w in q.text for w in wanted)]
    assert 1 - len(spurious) / len(article.quotes) >= PRECISION_FLOOR, spurious


@pytest.mark.gate
@pytest.mark.parametrize("name", NAMES)
def test_gate_speaker_table(name: str) -> None:
    article = analysed(name)
    for want in expected(name)["speakers"]:
        named = [s for s in article.speakers if _name_matches(want["name"], s.name)]
        sp = min(named, key=lambda s: len(s.name.split()), default=None)
        assert sp is not None, want["name"]
        for alias in want.get("aliases", []):
            assert alias in sp.aliases, (sp.name, alias)
        if "role" in want:
            assert sp.role is not None and want["role"] in sp.role, (sp.name, sp.role)


def test_overlong_paragraph_is_parsed_in_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsprism.attribution import stage

    monkeypatch.setattr(stage, "MAX_PARAGRAPH", 120)
    sentence = 'The mayor said the bridge would reopen in May. "We are ready," she added. '
    article = Pipeline(["segment", "attribution"], strict=True)(
        article_from_text(sentence * 6, "en")
    )
    assert len([q for q in article.quotes if q.cue == "said"]) == 6
    assert all(article.text[q.start : q.end] == q.text for q in article.quotes)


def test_empty_and_figure_only_articles() -> None:
    from newsprism.article import Block

    empty = Pipeline(["attribution"], given={"text", "blocks", "sentences"}, strict=True)(
        Article(text="", language="en")
    )
    assert empty.quotes == () and empty.speakers == ()
    fig = Article(
        text="Photo: Reuters",
        blocks=(Block(0, "figure", 0, 14, "Photo: Reuters"),),
        language="en",
    )
    fig = Pipeline(["attribution"], given={"text", "blocks", "sentences"}, strict=True)(fig)
    assert fig.quotes == ()


#: our own article: speech an outlet relays «со ссылкой на» someone is that someone's
_RELAYED_RU = (
    "В Твери задержан директор водоканала\n\n"
    "Директора городского водоканала Павла Сомова задержали в среду утром, сообщает "
    "агентство «Тверь-Информ» со ссылкой на пресс-службу областного управления МВД.\n\n"
    "Как передаёт телеканал «Верхневолжье» со ссылкой на его адвоката Ольгу Зимину, "
    "Сомов свою вину не признаёт.\n\n"
    "Водоканал обслуживает около 400 тысяч жителей города."
)


def _speaker_and_relayer(article: Article, phrase: str) -> tuple[Quote, str, str]:
    q = next(q for q in article.quotes if phrase in q.text)
    relayer = article.speaker(q.relayed_by)
    return q, _speaker_name(article, q) or "", relayer.name if relayer else ""


def test_russian_speech_relayed_with_a_reference() -> None:
    article = Pipeline(["segment", "attribution"], strict=True)(
        article_from_text(_RELAYED_RU, "ru")
    )
    q = next(q for q in article.quotes if "задержали в среду" in q.text)
    assert q.source_text is not None and q.source_text.startswith("пресс-службу")
    relayer = article.speaker(q.relayed_by)
    assert relayer is not None and "Тверь-Информ" in relayer.name
    q, name, relayer = _speaker_and_relayer(article, "свою вину не признаёт")
    assert q.text.startswith("Сомов") and "ссылкой" not in q.text
    # the name as natasha normalises it («Ольгу Зимину» → «Ольга Зимину»: the surname's case is
    # ambiguous out of context); the person is the lawyer, not the outlet
    assert name.startswith("Ольга Зимин") and "Верхневолжье" in relayer


_EXPRESSED_RU = (
    "Умер бывший посол в Канаде\n\n"
    "Губернатор области Игорь Ветров выразил соболезнования родным и близким дипломата.\n\n"
    "«Он учил нас говорить правду», — цитирует газета «Северный край» его вдову Марину Лосеву."
)


def test_russian_expressed_attitudes_and_a_quoted_party() -> None:
    article = Pipeline(["segment", "attribution"], strict=True)(
        article_from_text(_EXPRESSED_RU, "ru")
    )
    q = next(q for q in article.quotes if "соболезнования" in q.text)
    assert "родным и близким дипломата" in q.text and q.cue == "выразил"
    assert _speaker_name(article, q) == "Игорь Ветров"
    # «цитирует газета X его вдову Y»: the widow speaks, the paper relays
    _, name, relayer = _speaker_and_relayer(article, "говорить правду")
    assert name.startswith("Марина Лосев") and "Северный край" in relayer
