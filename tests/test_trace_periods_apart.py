from __future__ import annotations

import dataclasses
from pathlib import Path

from newsprism import analyse
from newsprism.attribution.stage import article_from_text
from newsprism.library import Library
from newsprism.trace import catch_up, drift, timeline
from newsprism.trace.index import traces_with_value

#: invented reports of one port's container traffic: March's count, the first quarter's in
#: Russian and in English, and March's figure restated later as the year's
PORT = [
    (
        "harbourwire.example",
        "2026-04-02",
        "en",
        "The port of Velsund handled 41,000 containers in March, its operator Velsund Terminals "
        "said. Dockers at Velsund have threatened to strike over pay.",
    ),
    (
        "morskievesti.example",
        "2026-04-03",
        "ru",
        "Порт Вельсунд в первом квартале обработал 118 тыс. контейнеров, сообщил оператор "
        "Velsund Terminals. Докеры Вельсунда грозят забастовкой из-за зарплат.",
    ),
    (
        "baltictrade.example",
        "2026-04-04",
        "en",
        "Velsund handled 118,000 containers in the first quarter, Velsund Terminals said, as "
        "dockers at the port threatened to strike over pay.",
    ),
    (
        "coastpost.example",
        "2026-04-06",
        "en",
        "The port of Velsund has handled 41,000 containers this year, its operator Velsund "
        "Terminals said. Dockers at Velsund have threatened to strike over pay.",
    ),
]


def _library(path: Path) -> Path:
    with Library.open(path) as lib:
        for n, (site, date, lang, text) in enumerate(PORT):
            article = analyse(article_from_text(text, lang))
            meta = dataclasses.replace(
                article.metadata, site=site, published=date, url=f"https://{site}/port/{n}"
            )
            lib.add(dataclasses.replace(article, metadata=meta))
        catch_up(lib.conn)
    return path


def test_two_periods_counts_stay_apart_and_a_restated_period_is_flagged(tmp_path: Path) -> None:
    with Library.open(_library(tmp_path / "library.sqlite")) as lib:
        (march,) = traces_with_value(lib.conn, [41000])
        (quarter,) = traces_with_value(lib.conn, [118000])
        assert march != quarter
        quarter_sites = [a.mention.source.site for a in timeline(lib.conn, quarter).appearances]
        assert quarter_sites == ["morskievesti.example", "baltictrade.example"]
        tl = timeline(lib.conn, march)
    assert [a.mention.source.site for a in tl.appearances] == [
        "harbourwire.example",
        "coastpost.example",
    ]
    assert drift.PERIOD_CHANGED in {f.kind for f in tl.flags}
    assert drift.FIGURE_CHANGED not in {f.kind for f in tl.flags}
