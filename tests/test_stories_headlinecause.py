"""The HeadlineCause loader of benchmarks/stories.py: its committed rule (dedup, which file's label
wins, the levels) on invented rows written in the data set's two file formats."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent

GOLD_HEADER = "INPUT:id\tINPUT:left_title\tINPUT:right_title\tINPUT:left_url\tINPUT:right_url\tGOLDEN:result\n"
CROWD_HEADER = "left_title\tright_title\tresult\tconfidence\tid\tleft_url\tright_url\n"


@pytest.fixture()
def bench(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "stories_bench_hc", ROOT / "benchmarks" / "stories.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["stories_bench_hc"] = module
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "HEADLINECAUSE", tmp_path)
    (tmp_path / "toloka" / "ru" / "examples").mkdir(parents=True)
    (tmp_path / "toloka" / "en" / "examples").mkdir(parents=True)
    (tmp_path / "toloka" / "markup").mkdir(parents=True)
    (tmp_path / "toloka" / "ru" / "examples" / "honey.tsv").write_text(
        GOLD_HEADER + "h1\tМэрия Тулы закрыла мост через Упу\tВ Туле закрыли мост через реку Упу"
        "\thttp://a.example/1\thttp://b.example/1\tsame\n"
        + "h2\tВ Туле закрыли мост\tВодители Тулы встали в пробки из-за моста"
        "\thttp://a.example/2\thttp://b.example/2\tleft_right_cause\n",
        encoding="utf-8",
    )
    (tmp_path / "toloka" / "ru" / "examples" / "exam.tsv").write_text(
        GOLD_HEADER + "e1\tКурс рубля вырос\tКурс рубля вырос"
        "\thttp://a.example/3\thttp://b.example/3\tsame\n"
        + "e2\tСборная проиграла Сербии\tОткрылась выставка Шишкина"
        "\thttp://a.example/4\thttp://b.example/4\tbad\n",
        encoding="utf-8",
    )
    (tmp_path / "toloka" / "en" / "examples" / "honey.tsv").write_text(
        GOLD_HEADER
        + "h1\tCouncil votes to close Elm Street bridge\tElm Street bridge to shut, council decides"
        "\thttp://c.example/1\thttp://d.example/1\tsame\n"
        + "h2\tBridge closure snarls traffic\tCouncil votes to close bridge"
        "\thttp://c.example/2\thttp://d.example/2\trel\n",
        encoding="utf-8",
    )
    (tmp_path / "toloka" / "markup" / "26265392.tsv").write_text(
        CROWD_HEADER
        # the gold pair again, the other way round, with another label: the gold label stays
        + "В Туле закрыли мост через реку Упу\tМэрия Тулы закрыла мост через Упу\tbad\t0.9\tx1"
        "\thttp://b.example/1\thttp://a.example/1\n"
        + "Мост в Туле откроют в мае\tМэрия Тулы закрыла мост через Упу\tright_left_cancel\t0.8"
        "\tx2\thttp://e.example/5\thttp://a.example/1\n",
        encoding="utf-8",
    )
    return module


def test_pairs_are_deduplicated_and_gold_wins(bench: ModuleType) -> None:
    pairs = bench.headlinecause_pairs()
    labels = {frozenset((p[0], p[1])): p[4] for p in pairs}
    assert labels[frozenset(("http://a.example/1", "http://b.example/1"))] == "same"
    # the two identical headlines are dropped
    assert frozenset(("http://a.example/3", "http://b.example/3")) not in labels
    assert len(pairs) == 6  # ru honey 2, ru exam 1, en honey 2, the crowd file 1 new


def test_levels_follow_the_rule(bench: ModuleType) -> None:
    happening = {ds.name: ds for ds in bench.load_headlinecause("happening")}
    running = {ds.name: ds for ds in bench.load_headlinecause("running")}
    ru = happening["HeadlineCause ru-ru (happening)"]
    assert sorted(p.label for p in ru.pairs) == [0, 0, 0, 1]  # cause, bad, cancel; same
    ru_running = running["HeadlineCause ru-ru (running)"]
    assert sorted(p.label for p in ru_running.pairs) == [0, 1, 1, 1]  # bad; same, cause, cancel
    en_running = running["HeadlineCause en-en (running)"]
    assert [p.label for p in en_running.pairs] == [1]  # the related pair is left out
    # the rows the engineer read before writing the rule (the Russian honey file) are apart
    unread = happening["HeadlineCause ru-ru unread (happening)"]
    assert len(unread.pairs) == 2
    assert ru.tune_on == "tgcontest ru-ru" and ru.articles[ru.pairs[0].a]["text"] == ""
