"""The `monitor` command, invoked as a person would: `python -m monitor ...` in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from monitor.newsserver import NewsServer
from tests.conftest import ABC_SEED, CNN_SEED, ROOT
from tests.test_check import abc_page, cnn_page, seed_paragraphs, write_local_manifest


def run(
    args: list[str], env: dict[str, str], cwd: Path, ok: bool = True
) -> subprocess.CompletedProcess[str]:
    """Run `python -m monitor ARGS`; with ok=True the exit code must be 0."""
    proc = subprocess.run(
        [sys.executable, "-m", "monitor", *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if ok:
        assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """Environment for a CLI run on a temporary SQLite database and snapshot folder."""
    e = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
    e["MONITOR_DATABASE_URL"] = f"sqlite:///{tmp_path / 'cli.db'}"
    e["MONITOR_SNAPSHOTS_DIR"] = str(tmp_path / "snapshots")
    e["MONITOR_SEEDS_DIR"] = str(ROOT / "seeds")
    e["MONITOR_FETCH_TIMEOUT"] = "2"
    e["PYTHONPATH"] = str(ROOT)
    return e


@pytest.fixture
def news() -> Iterator[NewsServer]:
    with NewsServer() as server:
        server.set_page("/abc", abc_page())
        server.set_page("/cnn", cnn_page())
        yield server


def test_seed_and_list_show_the_story_with_two_articles(
    env: dict[str, str], tmp_path: Path
) -> None:
    assert "2 articles" in run(["seed"], env, tmp_path).stdout
    assert "0 articles" in run(["seed"], env, tmp_path).stdout  # idempotent
    listing = run(["list"], env, tmp_path).stdout
    assert "north-korean-troops-russia" in listing and "[developing]" in listing
    assert "ABC News" in listing and "CNN" in listing
    data = json.loads(run(["list", "--json"], env, tmp_path).stdout)
    assert [a["outlet"] for a in data[0]["articles"]] == ["ABC News", "CNN"]


def test_compare_prints_the_changes_and_the_documented_json(tmp_path: Path) -> None:
    edited = tmp_path / "edited.txt"
    text = CNN_SEED.read_text(encoding="utf-8").replace("1,500 soldiers", "3,000 soldiers")
    edited.write_text(text, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    human = run(["compare", str(CNN_SEED), str(edited)], env, tmp_path).stdout
    assert "figure_changed" in human and "1,500 soldiers" in human and "3,000 soldiers" in human
    data = json.loads(run(["compare", str(CNN_SEED), str(edited), "--json"], env, tmp_path).stdout)
    assert set(data) >= {"old", "new", "changes", "text"}
    assert set(data["old"]) >= {"title", "developing", "quotes", "figures"}
    quote = data["old"]["quotes"][0]
    assert set(quote) >= {"text", "speaker", "paragraph"}
    figure = next(f for f in data["old"]["figures"] if f["value"] == 1500)
    assert figure["unit"] == "soldiers" and set(figure) >= {"text", "qualifier", "paragraph"}
    assert [c["kind"] for c in data["changes"]] == ["figure_changed"]
    change = data["changes"][0]
    assert change["old"]["value"] == 1500 and change["new"]["value"] == 3000
    assert "old_sentence" in change and "new_sentence" in change
    assert set(data["text"]) >= {"added_words", "removed_words", "unchanged_words"}


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["history", "999"], "unknown article: 999"),
        (["diff", "https://example.com/nope"], "unknown article"),
        (["track", "not a url"], "malformed URL"),
        (["track", "ftp://example.com/x"], "malformed URL"),
        (["compare", "missing-old.txt", "missing-new.txt"], "no such file"),
        (["check"], "give an ARTICLE"),
        (["changes", "--story", "nope"], "unknown story"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    env: dict[str, str], tmp_path: Path, args: list[str], needle: str
) -> None:
    proc = run(args, env, tmp_path, ok=False)
    assert proc.returncode == 2
    assert needle in proc.stderr
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_bad_setting_is_one_line(env: dict[str, str], tmp_path: Path) -> None:
    proc = run(["list"], dict(env, MONITOR_FETCH_TIMEOUT="soon"), tmp_path, ok=False)
    assert proc.returncode == 2 and "MONITOR_FETCH_TIMEOUT" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_every_command_has_help(env: dict[str, str], tmp_path: Path) -> None:
    top = run(["--help"], env, tmp_path).stdout
    for command in ("seed", "track", "list", "check", "history", "diff", "changes", "compare"):
        assert command in top
        assert "Usage" in run([command, "--help"], env, tmp_path).stdout


def test_check_history_diff_and_changes_on_a_local_site(
    env: dict[str, str], tmp_path: Path, news: NewsServer
) -> None:
    write_local_manifest(tmp_path / "seeds", news)
    run(["seed", str(tmp_path / "seeds")], env, tmp_path)
    first = run(["check", "--all"], env, tmp_path).stdout
    assert first.count("unchanged") == 2

    paragraphs = [p.replace("1,500 soldiers", "3,000 soldiers") for p in seed_paragraphs(CNN_SEED)]
    news.set_page("/cnn", cnn_page(paragraphs))
    abc = [p for p in seed_paragraphs(ABC_SEED) if "developing story" not in p]
    news.set_page("/abc", abc_page(abc))
    second = run(["check", "--all"], env, tmp_path).stdout
    assert "figure_changed" in second and "developing_marker_removed" in second

    cnn_url = news.url("/cnn")
    history = run(["history", cnn_url], env, tmp_path).stdout
    assert "v1 seed" in history and "v2" in history and "figure_changed" in history
    diff = run(["diff", cnn_url], env, tmp_path).stdout  # a pipe: plain markers, no colour
    assert "[-1,500-] {+3,000+}" in diff and "\x1b[" not in diff
    assert "{+3,000+}" in run(["diff", cnn_url, "--against-seed"], env, tmp_path).stdout

    figures = json.loads(run(["changes", "--kind", "figure", "--json"], env, tmp_path).stdout)
    assert [c["kind"] for c in figures] == ["figure_changed"]
    every = run(["changes", "--story", "north-korean-troops-russia"], env, tmp_path).stdout
    assert "developing_marker_removed" in every and "figure_changed" in every


def test_track_adds_an_article_whose_first_check_is_its_baseline(
    env: dict[str, str], tmp_path: Path, news: NewsServer
) -> None:
    url = news.url("/cnn")
    assert "tracking" in run(["track", url, "--story", "troops"], env, tmp_path).stdout
    assert "already tracked" in run(["track", url, "--story", "troops"], env, tmp_path).stdout
    out = run(["check", url], env, tmp_path).stdout
    assert "new_version (version 1)" in out
    assert (
        "unchanged" in run(["check", url], env, tmp_path).stdout
        or "not_modified" in run(["check", url], env, tmp_path).stdout
    )


def test_compare_reads_the_new_version_from_stdin(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    text = ABC_SEED.read_text(encoding="utf-8").replace(
        "This is a developing story. Check back for updates.", ""
    )
    proc = subprocess.run(
        [sys.executable, "-m", "monitor", "compare", str(ABC_SEED), "-"],
        input=text,
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0] == "developing_marker_removed"


def test_python_dash_m_and_console_script_agree(env: dict[str, str], tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "monitor"
    if not script.exists():
        pytest.skip("console script not installed in this environment")
    proc = subprocess.run(
        [str(script), "--help"], env=env, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0 and "compare" in proc.stdout
