"""One typed settings object, passed down; never read as a global.

Every setting has a default and help text (the field description). Values come from, in
order of precedence: keyword arguments, environment variables `MONITOR_<NAME>`, a
`monitor.toml` file in the working directory (or the file named by `MONITOR_CONFIG`), the
defaults. Each part of the monitor declares its own settings group next to its code; this
module only assembles them.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from pydantic import Field, SecretStr, ValidationError
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from monitor.alerts.settings import AlertSettings
from monitor.errors import ConfigError
from monitor.schedule.settings import ScheduleSettings

SETTINGS_ENV_PREFIX = "MONITOR_"


class CoreSettings(BaseSettings):
    """Storage and fetching settings."""

    database_url: str = Field(
        default="sqlite:///monitor.db",
        description="SQLAlchemy URL of the database: sqlite:///path.db (default, embedded) or "
        "postgresql+psycopg://user:pass@host/db.",
    )
    snapshots_dir: Path = Field(
        default=Path("snapshots"),
        description="Folder of the content-addressed, compressed raw snapshot bodies.",
    )
    seeds_dir: Path = Field(
        default=Path("seeds"), description="Folder holding stories.toml and the seed files."
    )
    user_agent: str = Field(
        default="newsmonitor/0.1 (+https://github.com/newsmonitor/newsmonitor; change monitor "
        "for developing news stories)",
        description="User-Agent header sent with every fetch.",
    )
    fetch_timeout: float = Field(
        default=20.0, description="Seconds to wait for a server (connect, read, whole request)."
    )
    max_body_bytes: int = Field(
        default=5_000_000, description="Largest response body accepted, in bytes."
    )
    max_redirects: int = Field(default=5, description="Redirects followed before giving up.")
    collapse_ratio: float = Field(
        default=0.35,
        description="A new extraction shorter than this fraction of the last version's words "
        "is held as suspect (paywall, error shell) until the next fetch confirms it.",
    )
    public_base_url: str = Field(
        default="http://localhost:8000",
        description="Base URL used in alert links to an article's diff.",
    )
    log_level: str = Field(default="INFO", description="Logging level: DEBUG, INFO, WARNING.")


class Settings(CoreSettings, ScheduleSettings, AlertSettings):
    """All settings of the monitor: storage, fetching, schedule and alerts."""

    model_config = SettingsConfigDict(
        env_prefix=SETTINGS_ENV_PREFIX,
        extra="ignore",
        toml_file="monitor.toml",
    )

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """Keyword arguments, then environment, then monitor.toml."""
        toml_path = os.environ.get("MONITOR_CONFIG", "monitor.toml")
        return (
            init_settings,
            env_settings,
            TomlConfigSettingsSource(settings_cls, toml_file=toml_path),
        )


def load_settings(**overrides: Any) -> Settings:
    """Build the settings from overrides, environment and monitor.toml; bad values raise
    ConfigError with one line naming the setting."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        first = exc.errors()[0]
        name = ".".join(str(p) for p in first["loc"]) or "settings"
        raise ConfigError(
            f"bad setting {SETTINGS_ENV_PREFIX}{name.upper()}: {first['msg']}"
        ) from exc


def documented_settings() -> list[tuple[str, Any, str]]:
    """(environment variable, default, help) for every setting, for docs and tests."""
    rows = []
    for group in SETTING_GROUPS:
        for name in group.model_fields:
            info = Settings.model_fields[name]
            default = info.get_default(call_default_factory=True)
            rows.append((SETTINGS_ENV_PREFIX + name.upper(), default, info.description or ""))
    return rows


# The groups in the order the docs list them: storage and fetching, schedule, alerts.
SETTING_GROUPS: tuple[type[BaseSettings], ...] = (CoreSettings, ScheduleSettings, AlertSettings)


def settings_markdown() -> str:
    """docs/settings.md: one table of every setting with its default and help."""
    lines = [
        "# Settings",
        "",
        "Every setting has a default. Set it as an environment variable or as `name = value` in",
        "`monitor.toml` (in the working directory, or the file named by `MONITOR_CONFIG`).",
        "Lists take JSON or comma-separated values, mappings JSON. This file is generated by",
        "`monitor settings --markdown`; a test fails when it is out of date.",
        "",
        "| variable | default | what it does |",
        "| --- | --- | --- |",
    ]
    for env, default, help_text in documented_settings():
        shown = json.dumps(_jsonable(default)) if default is not None else "(unset)"
        escaped = help_text.replace("|", "\\|")
        lines.append(f"| `{env}` | `{shown}` | {escaped} |")
    return "\n".join(lines) + "\n"


def _jsonable(value: Any) -> Any:
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, SecretStr):
        return "********"
    return value
