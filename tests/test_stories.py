"""Stories: incremental assignment at three levels, the story view, CLI, JSON API and web page."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsprism.article import Article, Block, Claim, Metadata, Quote, Speaker
from newsprism.cli import app
from newsprism.library import Library
from newsprism.stories import StoryIndex
from newsprism.stories.features import names, shingles
from newsprism.web import create_app

# Reports written for these tests: one event (a ferry fire) in English and Russian, a rewritten
# wire copy, and a look-alike event (another ferry, another sea, other people and numbers).
FERRY_EN = (
    "Ferry fire off Gotland forces evacuation of 300 passengers",
    "A fire broke out in the engine room of the passenger ferry Baltic Star off the Swedish island of "
    "Gotland on Monday, forcing the crew to evacuate 312 passengers into lifeboats, the Swedish coast "
    'guard said. Captain Erik Lindqvist said: "The fire is under control and nobody was seriously hurt." '
    "Two helicopters and four rescue vessels took part in the operation, and 14 people were treated "
    "for smoke inhalation.",
)
FERRY_RU = (
    "У Готланда загорелся паром, эвакуированы 312 пассажиров",
    "В понедельник у шведского острова Готланд в машинном отделении парома Baltic Star начался пожар, "
    "экипаж эвакуировал 312 пассажиров в спасательные шлюпки, сообщила береговая охрана Швеции. Капитан "
    "Эрик Линдквист заявил, что пожар локализован и серьезно никто не пострадал. В операции участвовали "
    "два вертолета и четыре спасательных судна, 17 человек получили помощь из-за отравления дымом.",
)
FERRY_COPY = (
    "UPDATE 1-Ferry fire off Gotland forces evacuation of 300 passengers",
    "(Wire) - A fire broke out in the engine room of the passenger ferry Baltic Star off the Swedish island "
    "of Gotland on Monday, forcing the crew to evacuate 312 passengers into lifeboats, the Swedish coast "
    'guard says. Captain Erik Lindqvist said: "The fire is under control and nobody was seriously hurt." '
    "Two helicopters and four rescue vessels took part in the operation. Reporting by the wire desk.",
)
OTHER = (
    "Cargo ship runs aground near Crete, crew of 19 safe",
    "A Maltese-flagged cargo ship carrying fertiliser ran aground off the Greek island of Crete on "
    "Thursday in strong winds, the Hellenic coast guard said. All 19 crew members were reported safe and "
    "a tug was sent from Heraklion. Port authorities said there was no sign of a fuel leak.",
)


def make(title: str, text: str, lang: str, site: str, published: str) -> Article:
    body = text
    quotes: tuple[Quote, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    claims: tuple[Claim, ...] = ()
    q = body.find('"The fire')
    if q >= 0:
        end = body.index('"', q + 1) + 1
        speakers = (Speaker(0, "Erik Lindqvist", role="captain"),)
        quotes = (Quote(0, "direct", q, end, body[q:end], speaker=0, cue="said"),)
    q = body.find("пожар локализован")
    if q >= 0:  # the captain's words reported in Russian: one quote with the English one
        end = body.index(".", q)
        speakers = (Speaker(0, "Эрик Линдквист", role="капитан"),)
        quotes = (Quote(0, "indirect", q, end, body[q:end], speaker=0, cue="заявил"),)
    n = body.find("14 people") if "14 people" in body else body.find("17 человек")
    if n >= 0:
        end = n + (9 if lang == "en" else 10)
        claims = (
            Claim(
                0,
                n,
                end,
                body[n:end],
                14.0 if lang == "en" else 17.0,
                unit="people",
                about="treated for smoke",
            ),
        )
    return Article(
        text=body,
        title=title,
        language=lang,
        blocks=(Block(0, "paragraph", 0, len(body), body, lang),),
        metadata=Metadata(site=site, url=f"https://{site}/{abs(hash(title))}", published=published),
        speakers=speakers,
        quotes=quotes,
        claims=claims,
    )


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("stories") / "lib.sqlite"
    with Library.open(path) as lib:
        lib.add(make(*FERRY_EN, "en", "baltic-news.example", "2026-05-04T09:00:00Z"))
        lib.add(make(*OTHER, "en", "aegean-post.example", "2026-05-04T10:00:00Z"))
        lib.add(make(*FERRY_RU, "ru", "sever.example", "2026-05-04T11:30:00Z"))
        lib.add(make(*FERRY_COPY, "en", "wire.example", "2026-05-04T12:00:00Z"))
    yield path


def test_names_compare_across_scripts_and_shingles_are_stemmed() -> None:
    assert names("Captain Erik Lindqvist spoke to Kathleen Doyle") == {"lndk", "ktln"}
    assert names("Капитан Эрик Линдквист") & names("Captain Erik Lindqvist") == {"lndk"}
    # romanised as attribution does: Ukrainian letters, accents and apostrophes included
    assert names("Заявил министр Дмитро Кулеба") == names("Minister Dmytro Kuleba said") != set()
    assert names("said Dmytro Kuleba") & names("сказав Дмитро Кулеба у Львові") == {"dmtr", "klb"}
    assert names("the mayor, Renée O'Brien") == names("the mayor, Renee Obrien") == {"brn"}
    assert shingles("Rescuers evacuated passengers") == shingles("rescuer evacuate passenger")


def test_the_minhash_is_datasketchs_signature() -> None:
    """Computed in numpy for speed, it must stay datasketch's (stored bands are matched)."""
    import numpy as np
    from datasketch import MinHash

    from newsprism.stories.features import NUM_PERM, minhash

    for text in (FERRY_EN[1], FERRY_RU[1], FERRY_COPY[1], "two words", "", "один"):
        m = MinHash(num_perm=NUM_PERM, seed=1, scheme="affine32")
        m.update_batch(sorted(shingles(text)))
        assert np.array_equal(minhash(text), np.asarray(m.hashvalues, dtype=np.uint32)), text


def test_the_words_of_the_head_weigh_by_how_rare_they_are_in_the_window() -> None:
    from newsprism.library.stemming import stem
    from newsprism.stories.features import bag, fingerprints
    from newsprism.stories.lexical import DocumentFrequencies

    en, copy, other, ru = fingerprints([FERRY_EN, FERRY_COPY, OTHER, FERRY_RU])
    assert (en.script, ru.script) == ("latn", "cyrl")
    df = DocumentFrequencies()
    for fp in (en, copy, other, ru):
        df.add(fp.terms)
    assert df.documents == 4
    assert abs(df.cosine(en, en) - 1.0) < 1e-5
    assert df.cosine(en, copy) > 0.8 > 0.2 > df.cosine(en, other)
    # "Gotland" is in two reports of the window, "inhalation" in one: the rarer counts more
    gotland, inhalation = (bag([stem(w)])[0] for w in ("Gotland", "inhalation"))
    assert df.idf(gotland)[0] < df.idf(inhalation)[0]
    for fp in (en, copy, other, ru):
        df.remove(fp.terms)
    assert df.documents == 0 and not df.counts.any()


def test_an_arrivals_weights_are_reused_only_while_the_frequencies_stay() -> None:
    """The arriving article's TF-IDF weights are computed once per arrival; a change of the
    frequencies (an article added or removed) must give the cosine a fresh computation would."""
    import numpy as np

    from newsprism.stories.features import Fingerprint, fingerprints
    from newsprism.stories.lexical import DocumentFrequencies

    en, copy, other = fingerprints([FERRY_EN, FERRY_COPY, OTHER])

    def fresh(a: Fingerprint, b: Fingerprint, documents: list[Fingerprint]) -> float:
        df = DocumentFrequencies()
        for fp in documents:
            df.add(fp.terms)
        _, ia, ib = np.intersect1d(a.terms, b.terms, assume_unique=True, return_indices=True)
        return float(df.weights(a.terms, a.counts)[ia] @ df.weights(b.terms, b.counts)[ib])

    df = DocumentFrequencies()
    df.add(en.terms)
    df.add(copy.terms)
    first = df.cosine(en, copy)
    assert first == fresh(en, copy, [en, copy])
    df.add(other.terms)  # a third report changes every IDF, so the weights of both
    assert df.cosine(en, copy) == fresh(en, copy, [en, copy, other]) != first
    df.remove(other.terms)
    assert df.cosine(en, copy) == first


def test_the_bag_of_stems_adds_up_stems_that_share_a_hash() -> None:
    import zlib

    from newsprism.stories.features import bag

    # "plumless" and "buckeroo" are a known CRC-32 collision
    assert zlib.crc32(b"plumless") == zlib.crc32(b"buckeroo")
    terms, counts = bag(["ferry", "plumless", "buckeroo", "ferry", "fire", "buckeroo"])
    expected = sorted(
        {zlib.crc32(b"ferry"): 2, zlib.crc32(b"plumless"): 3, zlib.crc32(b"fire"): 1}.items()
    )
    assert [(int(t), int(c)) for t, c in zip(terms, counts, strict=True)] == expected
    assert terms.dtype.name == counts.dtype.name == "uint32"


def test_one_sentence_encoder_is_shared_by_every_stage() -> None:
    from newsprism import sentence_vectors
    from newsprism.importance.encoder import UniversalEncoder
    from newsprism.trace import vectors as trace_vectors

    assert UniversalEncoder()._model is sentence_vectors.model()
    a = sentence_vectors.encode(["Паром загорелся у Готланда.", "A ferry caught fire off Gotland."])
    b = trace_vectors.encode(["A ferry caught fire off Gotland."])
    assert a.shape == (2, 512) and abs(float(a[1] @ b[0]) - 1.0) < 1e-5
    assert float(a[0] @ a[1]) > 0.5


def test_one_text_graph_gives_the_packages_vectors() -> None:
    import numpy as np

    from newsprism import sentence_vectors

    # no importorskip: onnxruntime and onnx are dependencies, and a missing one must show here
    # rather than leave every encode on the slower numpy pass unnoticed
    use = sentence_vectors.model()
    texts = [" ".join(FERRY_EN), " ".join(FERRY_RU), OTHER[0], "", "312"]
    ours = sentence_vectors.encode(texts)
    with sentence_vectors._lock:
        assert sentence_vectors._one_text_graph(use)  # the onnxruntime path is the one used
        theirs = np.asarray(use.encode(texts), dtype=np.float32)
    theirs /= np.linalg.norm(theirs, axis=1, keepdims=True)
    assert np.abs(ours - theirs).max() < 1e-5


def test_without_onnxruntime_the_packages_numpy_pass_gives_the_same_vectors(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The fallback when the graph cannot be built (onnxruntime or onnx missing): the numpy
    pass is used, and stories and traces stored with either compare alike."""
    import sys

    import numpy as np

    from newsprism import sentence_vectors

    texts = [" ".join(FERRY_EN), " ".join(FERRY_RU), ""]
    with_graph = sentence_vectors.encode(texts)
    monkeypatch.setattr(sentence_vectors, "_graph", None)  # not built yet in this process
    monkeypatch.setitem(sys.modules, "onnxruntime", None)  # import fails
    without = sentence_vectors.encode(texts)
    assert sentence_vectors._graph is False  # the numpy pass was chosen, and is kept
    assert without.shape == (3, 512) and np.abs(with_graph - without).max() < 1e-5


def test_sentence_vectors_from_several_threads_equal_one_threads() -> None:
    """The web app and the watcher encode from their own threads: the one graph and the
    package's scratch buffers are used by one caller at a time."""
    from concurrent.futures import ThreadPoolExecutor

    import numpy as np

    from newsprism import sentence_vectors

    texts = [*FERRY_EN, *FERRY_RU, *OTHER]
    alone = [sentence_vectors.encode([t]) for t in texts]
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(lambda t: sentence_vectors.encode([t]), texts * 3))
    for k, v in enumerate(together):
        assert np.array_equal(v, alone[k % len(texts)])


def test_the_fast_story_score_is_the_combiners_probability() -> None:
    from newsprism.stories import match
    from newsprism.stories.features import fingerprints
    from newsprism.stories.lexical import DocumentFrequencies

    prints = fingerprints(
        [
            ("Ferry fire off Gotland", "A ferry caught fire off Gotland on Monday, 212 rescued."),
            ("Паром горит у Готланда", "Паром загорелся у Готланда в понедельник, спасены 212."),
            ("Fire on a Gotland ferry", "Fire broke out on a ferry near Gotland; 212 rescued."),
            ("Rates rise", "The central bank raised its key rate to 21% on Friday."),
        ]
    )
    df = DocumentFrequencies()
    for fp in prints:
        df.add(fp.terms)
    for a in prints:
        for b in prints:
            full = match.story_score(a, b, df)
            fast = match.score_if_close(a, b, df, float(a.vector @ b.vector))
            if full >= match.SAME_STORY:
                assert fast is not None and abs(fast - full) < 1e-6
            else:
                assert fast is None


def test_articles_join_stories_as_they_arrive(library: Path) -> None:
    with Library.open(library) as lib:
        index = StoryIndex(lib.conn)
        first = index.assign_articles([(1, lib.get(1))])[0]
        rest = index.assign_articles([(i, lib.get(i)) for i in (2, 3, 4)])
        other, russian, copy = rest
        assert first.relation == "first"
        assert other.relation == "first" and other.story_id != first.story_id
        assert (russian.relation, russian.story_id, russian.related_to) == (
            "same-story", first.story_id, 1,
        )  # fmt: skip
        assert (copy.relation, copy.story_id, copy.related_to) == ("same-text", first.story_id, 1)
        # assigning again changes nothing, and only articles not yet assigned are looked at
        assert StoryIndex(lib.conn).assign_articles([(3, lib.get(3))])[0] == russian
        assert StoryIndex(lib.conn).unassigned() == []


def test_story_view_cli_api_and_web(library: Path) -> None:
    runner = CliRunner()
    out = runner.invoke(app, ["stories", "--db", str(library), "--json", "--min-size", "2"])
    assert out.exit_code == 0, out.output
    listed = json.loads(out.output)
    assert len(listed) == 1 and listed[0]["articles"] == 3 == listed[0]["outlets"]
    assert listed[0]["languages"] == ["en", "ru"]
    out = runner.invoke(app, ["story", str(listed[0]["id"]), "--db", str(library), "--json"])
    data = json.loads(out.output)
    assert [a["site"] for a in data["articles"]] == [
        "baltic-news.example", "sever.example", "wire.example",
    ]  # fmt: skip
    assert data["first"]["site"] == "baltic-news.example"
    quote = data["quotes"][0]
    # the English quote, its wire copy and its Russian translation are one quote
    assert quote["speaker"] == "Erik Lindqvist" and quote["outlets"] == 3
    assert [r["language"] for r in quote["reports"]] == ["en", "ru", "en"]
    assert quote["first"]["site"] == "baltic-news.example"
    figures = data["figures"][0]
    assert figures["unit"] == "people" and {r["value"] for r in figures["reports"]} == {14.0, 17.0}
    text = runner.invoke(app, ["story", str(listed[0]["id"]), "--db", str(library)]).output
    assert "who said what first" in text and "figures that differ" in text
    assert runner.invoke(app, ["story", "999", "--db", str(library)]).exit_code == 1
    with TestClient(create_app(library, analyse=False), base_url="http://127.0.0.1") as client:
        assert client.get("/api/stories").json()[0]["id"] == listed[0]["id"]
        assert client.get(f"/api/stories/{listed[0]['id']}").json()["size"] == 3
        assert client.get("/api/stories/999").status_code == 404
        page = client.get(f"/stories/{listed[0]['id']}").text
        assert "Who said what first" in page and "sever.example" in page and "<script>" not in page
        assert "Ferry fire off Gotland" in client.get("/stories").text
        assert client.get("/feeds").status_code == 200 and client.get("/api/feeds").json() == []


def test_rows_stored_by_an_older_version_are_recomputed_once(library: Path) -> None:
    """Rows without the words of the head (before stories_0002) get them from their article."""
    with Library.open(library) as lib:
        StoryIndex(lib.conn).assign_articles([(i, lib.get(i)) for i in (1, 2, 3, 4)])
        lib.conn.execute("UPDATE story_articles SET terms = NULL, script = NULL, names = '[]'")
        index = StoryIndex(lib.conn)
        index._ensure_window(1_777_885_200.0)  # 2026-05-04T09:00Z, the first report
        rows = lib.conn.execute(
            "SELECT article_id, terms IS NOT NULL, script, names FROM story_articles ORDER BY 1"
        ).fetchall()
        assert [tuple(r)[:3] for r in rows] == [
            (1, 1, "latn"),
            (2, 1, "latn"),
            (3, 1, "cyrl"),
            (4, 1, "latn"),
        ]
        assert "lndk" in json.loads(rows[2][3])
        assert sorted(index._ids) == [1, 2, 3, 4] and index.df.documents == 4


def test_articles_out_of_time_order_meet_the_window_they_belong_to(tmp_path: Path) -> None:
    """The window in memory grows by slices, backwards as well as forwards."""
    from newsprism.library import db
    from newsprism.stories import Arrival

    conn = db.connect(tmp_path / "s.sqlite")
    conn.executemany(
        "INSERT INTO articles(id, content_hash, json) VALUES (?, ?, '{}')",
        [(i, f"h{i}") for i in range(1, 4)],
    )
    day, t0 = 86_400.0, 1_790_000_000.0
    StoryIndex(conn).assign([Arrival(1, *FERRY_EN, t0)])
    index = StoryIndex(conn)
    index.assign([Arrival(2, *OTHER, t0 + 20 * day)])  # far later: the ferry is not loaded
    assert index._ids == [2]
    late = index.assign([Arrival(3, *FERRY_RU, t0 + 3600)])[0]  # an hour after the ferry report
    assert (late.relation, late.related_to) == ("same-story", 1)
    assert sorted(index._ids) == [1, 2, 3] and index.df.documents == 3
    conn.close()


def test_a_copy_published_weeks_later_is_not_joined_to_the_old_story(tmp_path: Path) -> None:
    """A rewritten copy joins its source's story within the time window only, as a same-story
    match does: a copy twenty days later (a republished report) starts a story of its own."""
    from newsprism.library import db
    from newsprism.stories import Arrival

    conn = db.connect(tmp_path / "s.sqlite")
    conn.executemany(
        "INSERT INTO articles(id, content_hash, json) VALUES (?, ?, '{}')",
        [(i, f"h{i}") for i in range(1, 4)],
    )
    day, t0 = 86_400.0, 1_790_000_000.0
    first = StoryIndex(conn).assign([Arrival(1, *FERRY_EN, t0)])[0]
    soon = StoryIndex(conn).assign([Arrival(2, *FERRY_COPY, t0 + 3600)])[0]
    assert (soon.relation, soon.story_id, soon.related_to) == ("same-text", first.story_id, 1)
    late = StoryIndex(conn).assign([Arrival(3, *FERRY_COPY, t0 + 20 * day)])[0]
    assert late.relation == "first" and late.story_id not in (first.story_id, soon.story_id)
    conn.close()


def test_a_long_watch_keeps_only_the_recent_window_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsprism.stories.window as window
    from newsprism.library import db
    from newsprism.stories import Arrival

    monkeypatch.setattr(window, "MAX_IN_MEMORY", 1)
    conn = db.connect(tmp_path / "s.sqlite")
    conn.executemany(
        "INSERT INTO articles(id, content_hash, json) VALUES (?, ?, '{}')",
        [(i, f"h{i}") for i in range(1, 5)],
    )
    index = StoryIndex(conn)
    day = 86_400.0
    texts = [FERRY_EN, OTHER, FERRY_RU, FERRY_COPY]
    for i, (title, text) in enumerate(texts, start=1):
        index.assign([Arrival(i, title, text, 1_790_000_000.0 + 10 * day * i)])
    assert index._ids == [3, 4]  # the articles of older windows were let go (still in SQLite)
    assert index.df.documents == 2  # and their words no longer count in the IDF
    assert conn.execute("SELECT count(*) FROM story_articles").fetchone()[0] == 4
    conn.close()


class _RowsMultiplied(np.ndarray):
    """The index's matrix of vectors, recording how many rows each product takes."""

    rows: list[int] = []

    def __array_ufunc__(self, ufunc: Any, method: str, *inputs: Any, **kwargs: Any) -> Any:
        if ufunc is np.matmul:
            _RowsMultiplied.rows.append(int(inputs[0].shape[0]))
        plain = [x.view(np.ndarray) if isinstance(x, _RowsMultiplied) else x for x in inputs]
        return getattr(ufunc, method)(*plain, **kwargs)


def test_an_arrival_is_compared_with_the_window_not_with_all_in_memory(tmp_path: Path) -> None:
    """Reports older than the window stay in memory (below MAX_IN_MEMORY, for the document
    frequencies) but are never compared: the vectors' product takes the window's rows only, so
    its cost does not grow with everything a long watch has read."""
    from newsprism.library import db
    from newsprism.stories import Arrival

    conn = db.connect(tmp_path / "s.sqlite")
    conn.executemany(
        "INSERT INTO articles(id, content_hash, json) VALUES (?, ?, '{}')",
        [(i, f"h{i}") for i in range(1, 5)],
    )
    day, t0 = 86_400.0, 1_790_000_000.0
    index = StoryIndex(conn)
    index.assign([Arrival(1, *FERRY_EN, t0), Arrival(2, *FERRY_COPY, t0 + 600)])
    index.assign([Arrival(3, *OTHER, t0 + 20 * day)])  # a window of its own, 20 days on
    assert index._ids == [1, 2, 3]  # the older two are still in memory
    assert index._matrix is not None
    index._matrix = index._matrix.view(_RowsMultiplied)
    _RowsMultiplied.rows = []
    placed = index.assign([Arrival(4, *FERRY_RU, t0 + 20 * day + 3600)])[0]
    assert _RowsMultiplied.rows == [1]  # the one report in its window, not all three
    assert placed.relation == "first"  # the ferry report of 20 days before is not its story
    conn.close()


def quoted(text: str, speaker: str, lang: str, site: str) -> Article:
    """A short report carrying one direct quote (the whole of ``text`` after its first colon)."""
    q = text.index(":") + 2
    return Article(
        text=text,
        title=text[:40],
        language=lang,
        blocks=(Block(0, "paragraph", 0, len(text), text, lang),),
        metadata=Metadata(site=site, url=f"https://{site}/{abs(hash(text))}"),
        speakers=(Speaker(0, speaker),),
        quotes=(Quote(0, "direct", q, len(text), text[q:], speaker=0, cue="said"),),
    )


def test_quotes_in_two_languages_are_one_when_one_translates_the_other(tmp_path: Path) -> None:
    from newsprism.stories.view import _quotes

    with Library.open(tmp_path / "q.sqlite") as lib:
        ids = [
            lib.add(quoted('Lindqvist said: "We will find out what caused the fire in the engine '
                           'room."', "Erik Lindqvist", "en", "a.example")),
            lib.add(quoted("Линдквист сказал: «Мы выясним, что стало причиной пожара в машинном "
                           "отделении»", "Эрик Линдквист", "ru", "b.example")),
            # the same speaker, another thing said: not the English quote translated
            lib.add(quoted("Линдквист добавил: «Все пассажиры были эвакуированы за сорок минут»",
                           "Эрик Линдквист", "ru", "c.example")),
        ]  # fmt: skip
        articles = {
            i: {"site": site, "seen": str(n), "language": lang}
            for n, (i, site, lang) in enumerate(
                zip(ids, ["a.example", "b.example", "c.example"], ["en", "ru", "ru"], strict=True)
            )
        }
        groups = _quotes(lib.conn, articles)
    assert [[r["site"] for r in g["reports"]] for g in groups] == [
        ["a.example", "b.example"], ["c.example"],
    ]  # fmt: skip
    assert groups[0]["first"]["site"] == "a.example"


def test_average_link_joins_the_story_most_probable_on_average(tmp_path: Path) -> None:
    """With ``join="average"`` one strong match does not pull an article into a story whose
    other members in the window it does not resemble (single link would)."""
    import numpy as np

    from newsprism.library import db
    from newsprism.stories.match import SAME_STORY

    conn = db.connect(tmp_path / "a.sqlite")
    with pytest.raises(ValueError, match="join"):
        StoryIndex(conn, join="centroid")
    index = StoryIndex(conn, join="average")
    # four articles in memory: three of story 1, one of story 2
    index._stories = [1, 1, 1, 2]
    index._story_array = np.array([1, 1, 1, 2], dtype=np.int64)
    near = np.arange(4)
    # article 0 of story 1 matches strongly, its two story-mates not at all: 0.95 / 3 < threshold
    t = SAME_STORY
    assert 0.95 / 3 < t <= 0.9
    assert index._best_on_average({0: 0.95, 3: t + 0.02}, near) == (t + 0.02, 3)
    assert index._best_on_average({0: 0.95}, near) is None
    assert index._best_on_average({0: 0.95, 1: 0.9, 2: t - 0.1}, near) == (0.95, 0)
    conn.close()


def test_average_link_still_joins_reports_of_one_event(library: Path, tmp_path: Path) -> None:
    with Library.open(library) as lib:
        articles = [(i, lib.get(i)) for i in (1, 2, 3)]
    from newsprism.library import db

    conn = db.connect(tmp_path / "b.sqlite")
    conn.executemany(
        "INSERT INTO articles(id, content_hash, json) VALUES (?,?,'{}')",
        [(i, f"h{i}") for i in (1, 2, 3)],
    )
    first, other, russian = StoryIndex(conn, join="average").assign_articles(articles)
    assert other.story_id != first.story_id
    assert (russian.relation, russian.story_id) == ("same-story", first.story_id)
    conn.close()


FERRY_FOLLOW_UP = (
    "Baltic Star towed to Visby as investigators board the ferry",
    "Two days after the engine-room fire, the ferry Baltic Star was towed into the port of Visby on "
    "Wednesday, where accident investigators began examining the damage. The operator said the ship "
    "would stay out of service for at least three weeks.",
)


def test_two_levels_a_happening_and_the_running_story_it_continues(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A match at the running level only starts a story of its own (a new happening) inside the
    running story of its match; a match at the happening level joins it; one with no match starts
    both.  The probabilities are set here, so the test is about the wiring, not the combiner."""
    from newsprism.library import db
    from newsprism.stories import Arrival, match
    from newsprism.stories.view import list_stories, story_detail

    conn = db.connect(tmp_path / "levels.sqlite")
    conn.executemany(
        "INSERT INTO articles(id, content_hash, json, title, site, language) "
        "VALUES (?, ?, '{}', ?, ?, 'en')",
        [(i, f"h{i}", f"report {i}", f"outlet{i}.example") for i in range(1, 6)],
    )
    indexes = [StoryIndex(conn)]
    arriving = {"id": 0}
    # (arriving article, earlier article) -> probability; pairs not listed are not close
    probabilities = {
        (2, 1): match.RUNNING_STORY + 0.1,
        (3, 2): match.SAME_STORY + 0.05,
        # both in Latin script, the inquiry a feed item's length (match.SHORT_WORDS): the
        # happening level's bar for a short report holds
        (5, 2): match.SHORT_HAPPENING - 0.05,
    }

    def fake_score(a: object, b: object, df: object, cosine: float) -> float | None:
        index = indexes[-1]
        earlier = next(i for i, fp in zip(index._ids, index._fps, strict=True) if fp is b)
        return probabilities.get((arriving["id"], earlier))

    monkeypatch.setattr(match, "score_if_close", fake_score)
    t0 = 1_790_000_000.0
    texts = {1: FERRY_EN, 2: FERRY_FOLLOW_UP, 3: FERRY_RU, 4: OTHER}
    got = {}
    for i in (1, 2, 3, 4):
        arriving["id"] = i
        # undated (times of arrival, not of publication): no evidence of when, the wiring only
        got[i] = indexes[-1].assign([Arrival(i, *texts[i], t0 + 3600 * i, dated=False)])[0]
    assert got[1].relation == got[2].relation == got[4].relation == "first"
    assert got[2].story_id != got[1].story_id and got[2].running_to == 1
    assert (got[3].relation, got[3].story_id, got[3].related_to) == (
        "same-story", got[2].story_id, 2,
    )  # fmt: skip
    running = dict(conn.execute("SELECT id, running_id FROM stories").fetchall())
    assert running == {
        got[1].story_id: got[1].story_id,
        got[2].story_id: got[1].story_id,
        got[4].story_id: got[4].story_id,
    }
    # another process: the running story of a stored story is read from the library
    indexes.append(StoryIndex(conn))
    arriving["id"] = 5
    inquiry = (
        "Swedish inquiry into the Baltic Star fire names a fuel-line fault",
        "Investigators said on Friday that a cracked fuel line in the engine room of the Baltic "
        "Star most likely started the fire, and asked the operator to inspect its other ships.",
    )
    late = indexes[-1].assign([Arrival(5, *inquiry, t0 + 3600 * 5, dated=False)])[0]
    assert late.relation == "first" and late.running_story == got[1].story_id
    conn.execute("DELETE FROM story_articles WHERE article_id = 5")
    conn.execute("DELETE FROM stories WHERE id = ?", (late.story_id,))
    happenings = list_stories(conn)
    assert sorted(s["articles"] for s in happenings) == [1, 1, 2]
    stories = list_stories(conn, level="running")
    assert sorted((s["articles"], s["happenings"]) for s in stories) == [(1, 1), (3, 2)]
    detail = story_detail(conn, got[1].story_id, "running")
    assert [a["id"] for a in detail["articles"]] == [1, 2, 3]
    assert detail["happenings"] == sorted({got[1].story_id, got[2].story_id})
    assert [a["id"] for a in story_detail(conn, got[1].story_id)["articles"]] == [1]
    with pytest.raises(ValueError, match="level"):
        list_stories(conn, level="topic")
    conn.close()


def test_the_cli_and_the_api_take_the_level(library: Path) -> None:
    runner = CliRunner()
    out = runner.invoke(app, ["stories", "--db", str(library), "--json", "--level", "running"])
    assert out.exit_code == 0, out.output
    listed = json.loads(out.output)
    assert all("happenings" in s for s in listed)
    first = listed[0]["id"]
    out = runner.invoke(
        app, ["story", str(first), "--db", str(library), "--json", "--level", "running"]
    )
    assert out.exit_code == 0 and json.loads(out.output)["level"] == "running"
    bad = runner.invoke(app, ["stories", "--db", str(library), "--level", "topic"])
    assert bad.exit_code != 0 and "happening" in bad.output
    with TestClient(create_app(library, analyse=False), base_url="http://127.0.0.1") as client:
        assert client.get("/api/stories?level=running").status_code == 200
        assert client.get(f"/api/stories/{first}?level=running").json()["level"] == "running"
        assert client.get("/api/stories?level=topic").status_code == 422
        assert client.get("/stories?level=running").status_code == 200


def test_each_level_has_its_threshold_and_translations_keep_the_looser_one() -> None:
    from newsprism.stories import match

    assert match.RUNNING_STORY < match.SAME_STORY == match.threshold("happening", "latn", "latn")
    assert match.threshold("running", "cyrl", "cyrl") == match.RUNNING_STORY
    assert match.threshold("happening", "latn", "cyrl") == match.CROSS_SCRIPT_HAPPENING
    with pytest.raises(ValueError, match="level"):
        match.threshold("topic", "latn", "latn")


def test_a_running_story_of_small_happenings_passes_the_size_filter(tmp_path: Path) -> None:
    """Three one-article happenings of one running story are a running story of three articles:
    ``min_size`` counts the running story's articles, not one happening's stored size."""
    from newsprism.library import db
    from newsprism.stories.view import list_stories

    conn = db.connect(tmp_path / "sizes.sqlite")
    conn.executemany(
        "INSERT INTO articles(id, content_hash, json, title, site, language) "
        "VALUES (?, ?, '{}', ?, ?, 'en')",
        [(i, f"h{i}", f"report {i}", f"outlet{i}.example") for i in range(1, 5)],
    )
    # stories 1-3: one running story (running_id 1) of one article each; story 4: alone
    conn.executemany(
        "INSERT INTO stories(id, title, first_seen, last_seen, size, running_id) "
        "VALUES (?, ?, ?, ?, 1, ?)",
        [(i, f"happening {i}", 100.0 * i, 100.0 * i, 1 if i < 4 else 4) for i in range(1, 5)],
    )
    conn.executemany(
        "INSERT INTO story_articles(article_id, story_id, relation, at, minhash, vector, names, "
        "numbers) VALUES (?, ?, 'first', ?, x'', x'', '[]', '[]')",
        [(i, i, 100.0 * i) for i in range(1, 5)],
    )
    running = list_stories(conn, level="running", min_size=2)
    assert [(s["id"], s["articles"], s["happenings"]) for s in running] == [(1, 3, 3)]
    assert list_stories(conn, level="running", min_size=4) == []
    assert [s["id"] for s in list_stories(conn, min_size=1)] == [4, 3, 2, 1]
    assert list_stories(conn, min_size=2) == []
    conn.close()


def test_key_masks_bound_the_shared_share_from_above() -> None:
    """A candidate is ruled out before it is scored only by an upper bound of its shared names
    and numbers (bits of masks): collisions may raise the bound, never lower it; without a
    collision it is the shared share itself, so the bound rules out all it can."""
    import random

    import numpy as np

    from newsprism.stories.features import key_bit, key_mask, overlap, overlap_bounds

    rng = random.Random(7)
    pool = [f"k{i}" for i in range(300)]  # more keys than bits: collisions are certain
    for _ in range(200):
        mine = frozenset(rng.sample(pool, rng.randint(0, 12)))
        others = [frozenset(rng.sample(pool, rng.randint(0, 40))) for _ in range(20)]
        masks = np.array([key_mask(o) for o in others], dtype=np.uint64)
        sizes = np.array([len(o) for o in others], dtype=np.int64)
        bounds = overlap_bounds(mine, masks, sizes)
        for other, bound in zip(others, bounds, strict=True):
            assert bound >= overlap(mine, other) - 1e-12
            keys = mine | other
            if len({key_bit(k) for k in keys}) == len(keys):  # no two keys share a bit
                assert abs(bound - overlap(mine, other)) < 1e-12


def test_candidates_ruled_out_are_ones_that_could_not_reach_the_running_level() -> None:
    """Every pair the scorer finds at or above the loosest level passes the numpy bound, over
    reports of one event in two languages, a rewritten copy and a look-alike."""
    import numpy as np

    from newsprism.stories import match
    from newsprism.stories.features import fingerprints, key_mask, overlap_bounds
    from newsprism.stories.lexical import DocumentFrequencies

    reports = [FERRY_EN, FERRY_RU, FERRY_COPY, OTHER]
    prints = fingerprints(reports)
    df = DocumentFrequencies()
    for fp in prints:
        df.add(fp.terms)
    reached = 0
    for a in prints:
        cosines = np.array([float(a.vector @ b.vector) for b in prints], dtype=np.float32)
        names = overlap_bounds(
            a.names,
            np.array([key_mask(b.names) for b in prints], dtype=np.uint64),
            np.array([len(b.names) for b in prints], dtype=np.int64),
        )
        numbers = overlap_bounds(
            a.numbers,
            np.array([key_mask(b.numbers) for b in prints], dtype=np.uint64),
            np.array([len(b.numbers) for b in prints], dtype=np.int64),
        )
        cross = np.array([a.script != b.script for b in prints])
        could = match.could_reach(cosines, names, numbers, cross)
        for b, c, ok in zip(prints, cosines, could, strict=True):
            if match.score_if_close(a, b, df, float(c)) is not None:
                reached += 1
                assert ok
    assert reached >= 6  # the ferry's three reports with each other (and themselves)
