"""Who a figure is given to (its source), in both languages, and the "sources differ" flag: the
police's and the organisers' counts of one march are two sources' figures, not a changed one."""

from __future__ import annotations

import pytest

from newsprism.trace import drift, identity, sources
from newsprism.trace.mentions import ClaimMention, Source


def _claim(article: int, value: float, lang: str = "en", **kw: object) -> ClaimMention:
    fields: dict[str, object] = {
        "claim_id": 0, "text": str(value), "sentence": "…", "value": value, "value_high": None,
        "unit": None, "hedge": "=", "qualifier": None, "about": "marchers", "period": None,
        "speaker": None, "asserted_by": "article", "confidence": None,
    }  # fmt: skip
    fields.update(kw)
    src = Source(article, f"outlet{article}.example", None, None, lang, float(article))
    return ClaimMention(source=src, **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("police", "полиция"),
        ("the interior ministry", "министерство внутренних дел"),
        ("Mayor Anna Kessler", "Кесслер"),
        ("the health ministry", "The ministry"),
    ],
)
def test_one_source_across_languages_and_wordings(a: str, b: str) -> None:
    one = _claim(1, 18000, speaker=a, asserted_by=a)
    other = _claim(2, 18000, "ru", speaker=b, asserted_by=b)
    assert not sources.differ(one, other)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("police", "организаторы"),
        ("the interior ministry", "the teachers' union"),
        ("Mayor Anna Kessler", "Pavel Dorn"),
    ],
)
def test_two_sources_are_told_apart(a: str, b: str) -> None:
    assert sources.differ(_claim(1, 18000, asserted_by=a), _claim(2, 60000, asserted_by=b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("the World Bank", "the European Central Bank"),
        ("the Finance Ministry", "the Interior Ministry"),
        ("the Teachers' Union", "the Doctors' Union"),
    ],
)
def test_two_bodies_sharing_a_head_word_are_two_sources(a: str, b: str) -> None:
    """A capitalised last word is a person's surname only after a given name, an office or a
    word in small letters; "Bank" ending two bodies' names does not make them one."""
    assert sources.differ(_claim(1, 18000, asserted_by=a), _claim(2, 60000, asserted_by=b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Anna Kessler", "Анна Кесслер"),
        ("Interior Minister Besk", "Besk"),
        ("Mrs. Kessler", "Anna Kessler"),
    ],
)
def test_one_person_by_surname_whatever_stands_before_it(a: str, b: str) -> None:
    assert not sources.differ(_claim(1, 18000, asserted_by=a), _claim(2, 60000, asserted_by=b))


def test_an_outlets_own_statement_has_no_source() -> None:
    own = _claim(1, 18000)
    assert sources.source_of(own) is None
    assert sources.similarity(own, _claim(2, 60000, asserted_by="police")) is None
    assert not sources.differ(own, _claim(2, 60000, asserted_by="police"))


def test_two_sources_figures_are_shown_as_such_not_as_a_changed_figure() -> None:
    police = _claim(1, 18000, hedge="~", asserted_by="police")
    organisers = _claim(2, 60000, "ru", hedge=">", asserted_by="организаторы")
    kinds = {f.kind for f in drift.claim_flags(police, organisers)}
    assert drift.SOURCES_DIFFER in kinds
    assert drift.FIGURE_CHANGED not in kinds and drift.SPEAKER_CHANGED not in kinds
    detail = next(f.detail for f in drift.claim_flags(police, organisers))
    assert "police" in detail and "организаторы" in detail
    # one source restated with another figure is a changed figure, as before
    police_ru = _claim(2, 28000, "ru", asserted_by="полиция")
    kinds = {f.kind for f in drift.claim_flags(police, police_ru)}
    assert drift.FIGURE_CHANGED in kinds and drift.SOURCES_DIFFER not in kinds
    assert drift.SPEAKER_CHANGED not in kinds  # police / полиция: one source


def test_two_owners_counts_are_neither() -> None:
    """Whose count it is (two unions' members) is not who asserts it: owners that differ keep
    both flags off, as before."""
    a = _claim(1, 18000, asserted_by="police", owner=("nrd",))
    b = _claim(2, 60000, asserted_by="organisers", owner=("bltv",))
    kinds = {f.kind for f in drift.claim_flags(a, b)}
    assert drift.SOURCES_DIFFER not in kinds and drift.FIGURE_CHANGED not in kinds


def test_source_features_feed_the_link_score() -> None:
    police = _claim(1, 18000, asserted_by="police")
    organisers = _claim(2, 60000, asserted_by="organisers")
    f = identity.claim_features(police, organisers, 0.8, 0.6)
    assert f["source_known"] == 1.0 and f["source_differ"] > 0.3 and f["dispute"] > 0.2
    g = identity.claim_features(police, _claim(2, 18000, asserted_by="police"), 0.8, 0.6)
    assert g["source_differ"] == 0.0 and g["dispute"] == 0.0
    h = identity.claim_features(_claim(1, 18000), organisers, 0.8, 0.6)
    assert h["source_known"] == h["source_differ"] == h["dispute"] == 0.0


def test_two_owners_counts_are_not_linked_as_one_claim(tmp_path: object) -> None:
    """An airline's passengers and another airline's, in sentences alike, are two claims
    (index.OWNERS_APART); the same airline's figure in another outlet joins its trace."""
    import dataclasses
    from pathlib import Path

    from newsprism import api
    from newsprism.attribution.stage import article_from_text
    from newsprism.library import Library
    from newsprism.trace import catch_up, index

    texts = [
        ("Nordair carried 12.4 million passengers in 2025, its annual report shows.", "a"),
        ("Baltavia carried 12.1 million passengers in 2025, its annual report shows.", "b"),
        ("Nordair carried 12.5 million passengers in 2025, the carrier's report shows.", "c"),
    ]
    assert index.OWNERS_APART
    with Library.open(Path(str(tmp_path)) / "lib.sqlite") as lib:
        ids = []
        for n, (text, site) in enumerate(texts):
            article = api.analyse(article_from_text(text, "en"), stages=api.STORE_STAGES)
            meta = dataclasses.replace(
                article.metadata, site=f"{site}.example", published=f"2026-03-0{n + 1}"
            )
            ids.append(lib.add(dataclasses.replace(article, metadata=meta)))
        catch_up(lib.conn)
        traces = [index.trace_of(lib.conn, "claim", i, 0) for i in ids]
    assert None not in traces
    assert traces[0] != traces[1] and traces[0] == traces[2]


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [("Quist", "Квист"), ("Moravec", "Моравец"), ("Sand", "Занд"), ("Petrenko", "Петренко")],
)
def test_a_name_in_two_scripts_is_one_speaker(latin: str, cyrillic: str) -> None:
    """ "qu" / «кв», a Slavic "c" / «ц», a German "s" / «з»: one key, so a quote given to the
    same person in the other language is not flagged "speaker changed"."""
    from newsprism.trace.mentions import speaker_key

    assert speaker_key(latin) == speaker_key(cyrillic)


@pytest.mark.parametrize(("a", "b"), [("Sand", "Sandor"), ("Moravec", "Morava"), ("Quist", "Kist")])
def test_other_names_keep_other_keys(a: str, b: str) -> None:
    from newsprism.trace.mentions import speaker_key

    assert speaker_key(a) != speaker_key(b)


def _in_sentence(sentence: str, figure: str, value: float, article: int = 7) -> ClaimMention:
    src = Source(article, "outlet.example", None, None, "en", 0.0)
    return ClaimMention(
        source=src, claim_id=int(value), text=figure, sentence=sentence, value=value,
        value_high=None, unit=None, hedge="=", qualifier=None, about="containers", period=None,
        speaker=None, asserted_by="the port authority", confidence=None,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        (
            "The port authority said 2,300 containers were stranded, while the dockers' union "
            "says 4,100.",
            "2,300",
            "4,100",
        ),
        (
            "По данным мэрии, без света остались 12 тыс. домов, однако энергокомпания называет "
            "8 тыс.",
            "12 тыс.",
            "8 тыс.",
        ),
    ],
)
def test_a_second_source_between_two_figures_of_one_sentence(
    sentence: str, first: str, second: str
) -> None:
    """The stages give the whole sentence one source; a word of attribution between its two
    figures gives the second to a source of its own: both may share one trace."""
    from newsprism.trace import index

    a, b = _in_sentence(sentence, first, 1.0), _in_sentence(sentence, second, 2.0)
    assert not sources.differ(a, b)
    assert sources.cited_apart(a, b) and index.disputed(a, b)


@pytest.mark.parametrize(
    ("sentence", "first", "second", "article"),
    [
        # no attribution between: one source's two counts
        ("Police said 12 people were killed and 35 injured.", "12", "35", 7),
        # the attribution after both figures
        ("Twelve people were killed and 35 injured, police said.", "Twelve", "35", 7),
        # two articles: not one sentence
        ("Police said 12 people were killed, while medics say 15.", "12", "15", 8),
    ],
)
def test_no_second_source_without_a_word_of_attribution_between(
    sentence: str, first: str, second: str, article: int
) -> None:
    a, b = _in_sentence(sentence, first, 1.0), _in_sentence(sentence, second, 2.0, article)
    assert not sources.cited_apart(a, b)


def test_a_body_and_its_abbreviation_are_one_source_in_either_script() -> None:
    from newsprism.trace.sources import _abbreviates

    def claim(source: str) -> ClaimMention:
        src = Source(1, "o.example", None, None, "en", 0.0)
        return ClaimMention(
            src, 0, "12", "…", 12.0, None, None, "=", None, None, None, None, source, None
        )

    assert _abbreviates("SGO", "the Serdanian Grid Operator")
    assert _abbreviates("СГО", "the Serdanian Grid Operator")
    assert _abbreviates("PHA", "the Port Health Authority (PHA)")
    assert not _abbreviates("SGO", "the Serdanian Gas Board")
    assert not _abbreviates("the police", "the Port Health Authority")
    assert sources.similarity(claim("SGO"), claim("the Serdanian Grid Operator")) == 1.0
    assert sources.differ(claim("СГО"), claim("the union of Serdanian miners"))


def test_a_russian_bodys_abbreviation_takes_every_words_initial() -> None:
    """A Russian name capitalises its first word only: «Агентство лесной охраны» is the АЛО,
    «управление водных ресурсов» the УВР (invented bodies), but not the УВК."""
    from newsprism.trace.sources import _abbreviates

    assert _abbreviates("АЛО", "Агентство лесной охраны")
    assert _abbreviates("УВР", "управление водных ресурсов")
    assert not _abbreviates("УВК", "Управление водных ресурсов")
    assert not _abbreviates("АЛ", "Агентство лесной охраны")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("the agency", "Harbour Pilots Agency"),
        ("city hall", "мэрия"),
        ("Customs", "таможенная служба"),
        ("the coast guard", "Береговая охрана"),
        ("больница", "St Brendan's Hospital"),
    ],
)
def test_a_body_named_by_its_kind_alone_is_the_body_named_in_full(a: str, b: str) -> None:
    """A report names a body once in full and then by its kind ("the agency said"), and a
    translation in the other language's words: one source, whatever the vectors make of it."""
    one = _claim(1, 4200, asserted_by=a)
    other = _claim(2, 4800, "ru", asserted_by=b)
    assert not sources.differ(one, other)
    off = sources.KINDS
    sources.KINDS = False
    try:
        sources._alike_as.cache_clear()
        assert sources.differ(one, other)  # the vectors alone put them apart
    finally:
        sources.KINDS = off
        sources._alike_as.cache_clear()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("the transport ministry", "the finance ministry"),
        ("Harbour Pilots Agency", "агентство по делам молодёжи"),
        ("the agency", "the union"),
    ],
)
def test_two_bodies_of_one_kind_both_named_stay_two(a: str, b: str) -> None:
    assert sources.differ(_claim(1, 4200, asserted_by=a), _claim(2, 4800, asserted_by=b))


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Госрыбинспекции", "государственная рыбоохранная инспекция"),
        ("ветслужбе", "ветеринарная служба"),
        ("облсанэпиднадзора", "областной санитарный эпидемиологический надзор"),
    ],
)
def test_a_russian_compound_name_of_a_body_is_written_out_by_its_parts(
    short: str, full: str
) -> None:
    from newsprism.trace import bodies_ru

    assert bodies_ru.written_out(f"по данным {short}") == f"по данным {full}"


def test_words_that_only_begin_like_a_stump_stay_as_written() -> None:
    from newsprism.trace import bodies_ru

    text = "санкции, гостиница, сантехник, экономика, служба"
    assert bodies_ru.written_out(text) == text


def test_a_bodys_own_name_with_of_is_no_place() -> None:
    """ "the Ministry of Civil Defence" names its portfolio, not a place: it is the ministry a
    Russian report calls by its short name; "the health ministry of Velmar" does name a place."""
    one = _claim(1, 300, asserted_by="the Ministry of Emergency Situations")
    assert not sources.differ(one, _claim(2, 340, "ru", asserted_by="МЧС"))
    velmar = _claim(1, 300, asserted_by="the health ministry of Velmar")
    ostria = _claim(2, 340, asserted_by="the health ministry of Ostria")
    assert sources.differ(velmar, ostria)
