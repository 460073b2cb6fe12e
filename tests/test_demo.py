"""`monitor demo` end to end: the scripted edits are reported, the 503 blip is not, the
alerts reach the local sinks, and nothing is left behind."""

from __future__ import annotations

import io
import re
import tempfile
from pathlib import Path

import pytest

from monitor.demo import run_demo


@pytest.mark.slow
def test_the_demo_reports_every_scripted_change_and_nothing_else(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    out = io.StringIO()

    code = run_demo(duration=18, out=out)

    text = out.getvalue()
    assert code == 0, text
    assert re.search(r"CNN +figure_changed: 1,500 soldiers → 3,000 soldiers", text), text
    assert re.search(
        r"CNN +quote_edited \(Lloyd Austin\): \"What, exactly, they're doing is left to be "
        r"seen\.\" → \"What exactly they're doing there remains to be seen\.\"",
        text,
    ), text
    assert re.search(r"CNN +quote_added \(John Kirby\)", text), text
    assert re.search(r"ABC News +headline_changed", text), text
    assert re.search(r"ABC News +developing_marker_removed", text), text
    # The outage was seen by the daemon and did not become a change.
    blip = re.search(r"503 blip: seen by (\d+) check\(s\), no change reported", text)
    assert blip is not None and int(blip.group(1)) >= 1, text
    assert "fetch failed (HTTP 503" in text
    assert "article_gone" not in text
    cnn_lines = re.findall(r"^ +[\d.]+s  CNN +(\w+)", text, flags=re.M)
    assert [w for w in cnn_lines if w != "fetch"] == [
        "figure_changed",
        "quote_edited",
        "quote_added",
    ], text
    # Alerts went out through both channels, and every webhook signature verified.
    assert re.search(r"alerts received: [1-9]\d* emails, [1-9]\d* webhooks \(0 rejected\)", text)
    assert "email    to desk@example.org: Figure changed" in text
    # The temporary database, snapshots and seed copy are gone.
    assert not list(tmp_path.glob("monitor-demo-*"))
