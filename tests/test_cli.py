"""``newsprism read`` end to end: Typer's CliRunner in-process, and a few real subprocesses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import typer.main
from typer.testing import CliRunner

from newsprism import read_many as batch
from newsprism.cli import app

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "harbour-bridge.html"
INPUTS = Path(__file__).parent / "fixtures" / "inputs"
RU_KOI8 = INPUTS / "ru-koi8r-meta.html"
EN_TEXT = INPUTS / "en-scraped-ferry.txt"


def run(*args: str | Path, input: str | bytes | None = None) -> Any:
    runner = CliRunner()
    return runner.invoke(app, [str(a) for a in args], input=input, catch_exceptions=False)


def schema() -> dict[str, Any]:
    result = run("schema")
    assert result.exit_code == 0
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def check_article_json(data: dict[str, Any]) -> None:
    jsonschema.validate(data, schema())
    text = data["text"]
    for span in [*data["blocks"], *data["sentences"]]:
        assert text[span["start"] : span["end"]] == span["text"]


# -- one source -----------------------------------------------------------------------------------


def test_one_source_to_stdout_is_valid_json() -> None:
    result = run("read", EXAMPLE, "--no-analyse")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == "newsprism.article/1"
    assert data["title"].startswith("Council approves")
    assert data["language"] == "en"
    check_article_json(data)


def test_analysed_output_is_valid_too() -> None:
    result = run("read", RU_KOI8)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["language"] == "ru"
    check_article_json(data)


@pytest.mark.parametrize(
    ("name", "check"),
    [
        ("a.json", lambda s: json.loads(s)["schema"] == "newsprism.article/1"),
        ("a.md", lambda s: s.startswith("# Ferry operator fined")),
        ("a.markdown", lambda s: s.startswith("# Ferry operator fined")),
        ("a.html", lambda s: "<html" in s and "Ferry operator fined" in s),
        ("a.htm", lambda s: "<html" in s),
        ("a.txt", lambda s: s.startswith("Ferry operator fined") and "<" not in s),
    ],
)
def test_output_file_format_comes_from_its_suffix(tmp_path: Path, name: str, check: Any) -> None:
    out = tmp_path / "sub" / name
    result = run("read", EN_TEXT, "--no-analyse", "-o", out)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert check(out.read_text("utf-8"))


def test_format_option_beats_the_suffix(tmp_path: Path) -> None:
    out = tmp_path / "article.txt"
    assert run("read", EN_TEXT, "--no-analyse", "-f", "md", "-o", out).exit_code == 0
    assert out.read_text("utf-8").startswith("# ")


def test_unknown_suffix_or_format_is_a_clear_error(tmp_path: Path) -> None:
    result = run("read", EN_TEXT, "-o", tmp_path / "a.pdf")
    assert result.exit_code == 1
    assert "suffix '.pdf'" in result.stderr and "-f" in result.stderr
    result = run("read", EN_TEXT, "-f", "docx")
    assert result.exit_code == 1 and "docx" in result.stderr
    assert not (tmp_path / "a.pdf").exists()


def test_standard_input() -> None:
    result = run("read", "-", "--no-analyse", "-f", "text", input=EN_TEXT.read_bytes())
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("Ferry operator fined $2.5m")
    assert "Skip to main content" not in result.stdout


def test_encoding_option() -> None:
    body = "Министр заявил журналистам, что мост откроют весной.".encode("cp1251")
    result = run("read", "-", "--no-analyse", "-f", "text", "--encoding", "cp1251", input=body)
    assert result.exit_code == 0 and "Министр" in result.stdout
    result = run("read", "-", "--encoding", "utf-8", input=body)
    assert result.exit_code == 1 and "not valid utf-8" in result.stderr


# -- several sources ------------------------------------------------------------------------------


def test_several_sources_into_a_folder(tmp_path: Path) -> None:
    twin = tmp_path / "other" / "harbour-bridge.html"  # same stem as EXAMPLE
    twin.parent.mkdir()
    twin.write_bytes(EXAMPLE.read_bytes())
    out = tmp_path / "out"
    result = run("read", EXAMPLE, RU_KOI8, twin, "--no-analyse", "-f", "md", "-o", out)
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == [
        "harbour-bridge-2.md",
        "harbour-bridge.md",
        "ru-koi8r-meta.md",
    ]
    assert (out / "ru-koi8r-meta.md").read_text("utf-8").startswith("# В Заречье")


def test_one_source_into_an_existing_folder_or_a_trailing_slash(tmp_path: Path) -> None:
    assert run("read", EN_TEXT, "--no-analyse", "-o", tmp_path).exit_code == 0
    assert (tmp_path / "en-scraped-ferry.json").exists()
    new = str(tmp_path / "new") + "/"
    assert run("read", EN_TEXT, "--no-analyse", "-f", "html", "-o", new).exit_code == 0
    assert (tmp_path / "new" / "en-scraped-ferry.html").exists()


def test_output_never_overwrites_a_source(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(EXAMPLE.read_bytes())
    other = tmp_path / "other.html"
    other.write_bytes(EXAMPLE.read_bytes())
    result = run("read", page, "--no-analyse", "-o", page)
    assert result.exit_code == 1 and "overwrite the source" in result.stderr
    result = run("read", page, other, "--no-analyse", "-f", "html", "-o", tmp_path)
    assert result.exit_code == 1  # both failed, with the same error
    assert result.stderr.count("overwrite the source") == 2
    assert page.read_bytes() == other.read_bytes() == EXAMPLE.read_bytes()
    assert run("read", page, other, "--no-analyse", "-f", "md", "-o", tmp_path).exit_code == 0
    assert (tmp_path / "page.md").exists() and (tmp_path / "other.md").exists()


def test_several_sources_to_stdout_are_json_lines() -> None:
    result = run("read", EXAMPLE, RU_KOI8, "--no-analyse")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    for line in lines:
        check_article_json(json.loads(line))


def test_several_sources_need_a_folder_not_a_file(tmp_path: Path) -> None:
    existing = tmp_path / "taken.txt"
    existing.write_text("x")
    for target in (existing, tmp_path / "both.json"):
        result = run("read", EXAMPLE, EN_TEXT, "-o", target)
        assert result.exit_code == 1 and "folder" in result.stderr
    result = run("read", EXAMPLE, EN_TEXT, "-f", "html")
    assert result.exit_code == 1 and "standard output" in result.stderr


def test_batch_goes_on_past_failures_and_lists_them(tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.7\n1 0 obj\n")
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"<html><body><nav>Home | World | Sport</nav></body></html>")
    out = tmp_path / "out"
    sources = [EXAMPLE, tmp_path / "missing.html", pdf, EN_TEXT, empty]
    result = run("read", *sources, "--no-analyse", "-o", out)
    assert result.exit_code == 5
    assert sorted(p.name for p in out.iterdir()) == ["en-scraped-ferry.json", "harbour-bridge.json"]
    err = result.stderr.strip().splitlines()
    assert err[0] == "newsprism: 3 of 5 sources failed:"
    assert len(err) == 4  # one line per failure
    assert "missing.html: no such file" in err[1]
    assert "report.pdf is a PDF document" in err[2]
    assert "no article text found" in err[3]
    assert all(" — " in line for line in err[1:])  # each says what to do
    assert "Traceback" not in result.output


def test_when_every_source_fails_the_code_is_theirs(tmp_path: Path) -> None:
    empty = tmp_path / "a.html"
    empty.write_bytes(b"<html><body><nav>Home</nav><footer>About</footer></body></html>")
    assert run("read", empty, empty).exit_code == 3
    assert run("read", tmp_path / "x", tmp_path / "y").exit_code == 1
    assert run("read", empty, tmp_path / "y").exit_code == 1  # mixed codes


def test_progress_bar_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    real = batch._progress

    def spy(total: int, *, enabled: bool) -> Any:
        seen.append(enabled)
        return real(total, enabled=enabled)

    monkeypatch.setattr(batch, "_progress", spy)
    run("read", EXAMPLE, EN_TEXT, "--no-analyse")  # CliRunner's stderr is no terminal
    run("read", EXAMPLE, "--no-analyse")
    monkeypatch.setattr(batch, "_stderr_is_terminal", lambda: True)
    run("read", EXAMPLE, EN_TEXT, "--no-analyse")
    run("read", EXAMPLE, "--no-analyse")  # one source: no bar even on a terminal
    assert seen == [False, False, True, False]


def test_progress_bar_draws_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    with batch._progress(2, enabled=True) as advance:
        advance()
        advance()
    captured = capsys.readouterr()
    assert captured.out == ""


# -- errors and exit codes ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["read", "nope.html"], 1, "no such file: nope.html"),
        (["read", "http://127.0.0.1:9/a"], 4, "non-public"),
        (["read", "http://169.254.169.254/latest/"], 4, "non-public"),
        (["read", "ftp://example.com/x"], 1, "only http"),
    ],
)
def test_errors_are_one_line_with_their_exit_code(args: list[str], code: int, message: str) -> None:
    result = run(*args)
    assert result.exit_code == code
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and lines[0].startswith("newsprism: ")


def test_no_article_text_has_its_own_exit_code(tmp_path: Path) -> None:
    page = tmp_path / "front.html"
    page.write_text(
        "<html><head><title>Front page</title></head><body><nav>News</nav></body></html>"
    )
    result = run("read", page)
    assert result.exit_code == 3 and "no article text" in result.stderr


def test_usage_error_is_exit_code_2() -> None:
    assert run("read").exit_code == 2
    assert run("read", EXAMPLE, "--no-such-option").exit_code == 2


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    result = run("--debug", "read", tmp_path / "missing.html")
    assert result.exit_code == 1
    assert "Traceback" in result.stderr and "SourceNotFoundError" in result.stderr
    assert "Traceback" not in run("read", tmp_path / "missing.html").stderr


def test_unexpected_exception_in_a_batch_is_reported_not_raised(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import newsprism.extract

    def broken(doc: Any) -> Any:
        if "ferry" in doc.source:
            raise RuntimeError("boom\nsecond line")
        return real(doc)

    real = newsprism.extract.extract
    monkeypatch.setattr(newsprism.extract, "extract", broken)
    result = run("read", EXAMPLE, EN_TEXT, "--no-analyse")
    assert result.exit_code == 5
    assert "internal error: RuntimeError: boom" in result.stderr
    assert "report" in result.stderr and "second line" not in result.stderr


# -- URLs, against the local test server of test_fetch (nothing leaves 127.0.0.1) ---------------

from test_fetch import Sandbox, Server, sandbox_fixture, server_fixture  # noqa: E402,F401


def test_url_end_to_end(sandbox: Sandbox, server: Server) -> None:
    url = server.url("/article")
    result = run("read", url, "--no-analyse", "-f", "text")
    assert result.exit_code == 4 and "--allow-private" in result.stderr
    assert server.hits == []
    result = run("read", url, "--allow-private", "--no-analyse", "-f", "text")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("Паводок в Заречье")
    result = run("read", server.url("/article", "news.example"), "--no-analyse")
    assert result.exit_code == 0 and json.loads(result.stdout)["language"] == "ru"


def test_batch_with_failing_urls(sandbox: Sandbox, server: Server, tmp_path: Path) -> None:
    sources = [
        server.url("/article", "news.example"),
        server.url("/status/404", "news.example"),
        server.url("/to-metadata", "news.example"),
        "https://nowhere.example/a",
        EXAMPLE,
    ]
    result = run("read", *sources, "--no-analyse", "-o", tmp_path)
    assert result.exit_code == 5
    err = result.stderr
    assert "3 of 5 sources failed" in err
    assert "HTTP 404" in err and "169.254.169.254" in err and "cannot resolve host" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.json", "harbour-bridge.json"]


def test_closed_stdout_is_not_a_crash() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsprism.cli", "read", *[str(RU_KOI8)] * 25, "--no-analyse"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(100)  # `| head -c 100`
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 1
    assert b"Traceback" not in err and b"failed" not in err


# -- every command is documented ------------------------------------------------------------------


# typer vendors its own click, so commands are recognised by shape, not by class
def _commands(cmd: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    out = [prefix]
    if hasattr(cmd, "commands"):
        for name, sub in cmd.commands.items():
            out += _commands(sub, (*prefix, name))
    return out


def test_every_command_has_help_text() -> None:
    root = typer.main.get_command(app)
    paths = _commands(root)
    assert ("read",) in paths and ("schema",) in paths
    for path in paths:
        result = run(*path, "--help")
        assert result.exit_code == 0, path
        cmd: Any = root
        for name in path:
            cmd = cmd.commands[name]
        assert (cmd.help or "").strip(), f"'newsprism {' '.join(path)}' has no help text"
        shown = " ".join(result.stdout.split())
        assert " ".join(cmd.help.split()[:4]) in shown, f"help of {path} is not shown"
        for param in cmd.params if path[:1] in (("read",), ("schema",)) else []:
            if param.param_type_name == "option" and not param.hidden:
                assert param.help, f"option {param.opts} of {path} has no help"


# -- real processes -------------------------------------------------------------------------------


def _subprocess(
    *args: str | Path, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run(
        [sys.executable, "-m", "newsprism.cli", *map(str, args)],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=120,
    )


def test_subprocess_writes_html_and_json(tmp_path: Path) -> None:
    proc = _subprocess("read", EXAMPLE, "--no-analyse", "-o", tmp_path / "example.html")
    assert proc.returncode == 0, proc.stderr.decode()
    html = (tmp_path / "example.html").read_text("utf-8")
    assert "Content-Security-Policy" in html and "Council approves" in html
    proc = _subprocess("read", "-", "--no-analyse", stdin=RU_KOI8.read_bytes())
    assert proc.returncode == 0
    check_article_json(json.loads(proc.stdout))


def test_subprocess_error_is_one_line_on_stderr() -> None:
    proc = _subprocess("read", "/no/such/page.html")
    assert proc.returncode == 1
    assert proc.stdout == b""
    assert proc.stderr.decode().strip().count("\n") == 0
    assert b"Traceback" not in proc.stderr
