"""Settings are data: each has a default and help text, and docs/settings.md lists them all."""

from __future__ import annotations

import pytest

from monitor.config import Settings, documented_settings, load_settings, settings_markdown
from monitor.errors import ConfigError
from tests.conftest import ROOT


def test_every_setting_has_help_text_and_a_default() -> None:
    for env, _default, help_text in documented_settings():
        assert help_text.strip().endswith((".", ")")), f"{env} needs a help sentence"
    fields = Settings.model_fields
    assert len(documented_settings()) == len(fields)
    assert all(not f.is_required() for f in fields.values())


def test_docs_settings_md_is_up_to_date() -> None:
    documented = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    assert documented == settings_markdown(), "run: monitor settings --markdown > docs/settings.md"


def test_environment_and_toml_set_values(
    monkeypatch: pytest.MonkeyPatch, tmp_path: pytest.TempPathFactory
) -> None:
    toml = tmp_path / "monitor.toml"  # type: ignore[operator]
    toml.write_text("fetch_timeout = 7.5\nfast_interval = 60\n", encoding="utf-8")
    monkeypatch.setenv("MONITOR_CONFIG", str(toml))
    monkeypatch.setenv("MONITOR_FAST_INTERVAL", "30")
    settings = load_settings()
    assert settings.fetch_timeout == 7.5  # from the file
    assert settings.fast_interval == 30  # the environment beats the file


def test_a_bad_value_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MONITOR_MAX_BODY_BYTES", "lots")
    with pytest.raises(ConfigError, match="MONITOR_MAX_BODY_BYTES"):
        load_settings()


def test_secrets_are_not_printed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MONITOR_SMTP_PASSWORD", "hunter2")
    assert "hunter2" not in repr(load_settings())
