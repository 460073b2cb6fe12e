"""docker-compose.yml and the Dockerfile, checked without a Docker engine: every `monitor`
command they run exists with the options given, and every MONITOR_* variable they set is a
real setting with a valid value."""

from __future__ import annotations

import os
import re
import shlex
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer.main
import yaml

from monitor.config import SETTINGS_ENV_PREFIX, Settings, load_settings

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "Dockerfile"
SHELL_SEPARATORS = re.compile(r"&&|\|\||;|\||\bdo\b|\bdone\b|\bthen\b|\bwhile\b|\bexec\b")


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def cli() -> Any:
    from monitor.cli import _register_subcommands, app

    if not any(group.name == "alerts" for group in app.registered_groups):
        _register_subcommands()
    return typer.main.get_command(app)


def services(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return dict(compose["services"])


def argv_list(value: Any) -> list[str]:
    """A compose command or healthcheck test as argv (a string is split like a shell)."""
    if isinstance(value, str):
        return shlex.split(value)
    argv = [str(v) for v in value]
    if argv and argv[0] in ("CMD", "CMD-SHELL"):
        return shlex.split(argv[1]) if argv[0] == "CMD-SHELL" else argv[1:]
    return argv


def monitor_invocations(argv: list[str]) -> Iterator[list[str]]:
    """Every `monitor ...` command line in an argv, looking inside `sh -c` scripts too."""
    if argv[:2] in (["sh", "-c"], ["bash", "-c"]):
        for part in SHELL_SEPARATORS.split(argv[2]):
            words = shlex.split(part)
            if words and words[0] == "monitor":
                yield words
        return
    if argv and argv[0] == "monitor":
        yield argv


def commands_run(compose: dict[str, Any]) -> list[tuple[str, list[str]]]:
    found = []
    for name, service in services(compose).items():
        for key in ("command", "entrypoint"):
            if key in service:
                found += [(name, words) for words in monitor_invocations(argv_list(service[key]))]
        health = service.get("healthcheck", {}).get("test")
        if health:
            found += [(name, words) for words in monitor_invocations(argv_list(health))]
    return found


def resolve(cli: Any, words: list[str]) -> tuple[Any, list[str]]:
    """The click command a `monitor` command line runs, and the words left for it."""
    command, rest = cli, words[1:]
    while hasattr(command, "commands") and rest and not rest[0].startswith("-"):
        assert rest[0] in command.commands, f"no such command: {' '.join(words)}"
        command, rest = command.commands[rest[0]], rest[1:]
    return command, rest


def environment(service: dict[str, Any]) -> dict[str, str]:
    env = service.get("environment", {})
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    return {str(k): str(v) for k, v in env.items()}


def substitute(value: str) -> str:
    """Compose's ${NAME:-default} with nothing set in the environment: the default."""
    return re.sub(r"\$\{[A-Z_]+:-([^}]*)\}", r"\1", value)


def test_the_compose_file_has_the_embedded_service_and_the_scale_profile(
    compose: dict[str, Any],
) -> None:
    svc = services(compose)
    assert "profiles" not in svc["monitor"]
    for name in ("postgres", "worker", "dispatcher", "setup"):
        assert svc[name]["profiles"] == ["scale"], name
    assert svc["postgres"]["image"] == "postgres:16"
    assert "pg_isready" in " ".join(svc["postgres"]["healthcheck"]["test"])
    assert svc["mailpit"]["image"].startswith("axllent/mailpit")
    assert svc["worker"]["deploy"]["replicas"] >= 2
    assert set(compose["volumes"]) >= {"monitor-data", "snapshots", "pgdata"}
    for name in ("monitor", "worker", "dispatcher", "postgres", "mailpit"):
        assert "healthcheck" in svc[name], name
    # The scale processes share one database and one snapshot folder.
    urls = {environment(svc[n])["MONITOR_DATABASE_URL"] for n in ("setup", "worker", "dispatcher")}
    assert len(urls) == 1 and urls.pop().startswith("postgresql+psycopg://")
    for name in ("monitor", "setup", "worker"):
        assert "snapshots:/snapshots" in svc[name]["volumes"], name


def test_every_monitor_command_in_the_compose_file_exists(
    compose: dict[str, Any], cli: Any
) -> None:
    found = commands_run(compose)
    ran = {" ".join(words[:2]) for _, words in found}
    assert {"monitor seed", "monitor run", "monitor worker", "monitor alerts"} <= ran
    for service, words in found:
        command, rest = resolve(cli, words)
        assert not hasattr(command, "commands") or not rest, f"{service}: {words} is a group"
        known = {opt for param in command.params for opt in getattr(param, "opts", [])}
        for word in rest:
            if word.startswith("--"):
                assert word.split("=", 1)[0] in known, f"{service}: unknown option {word}"


def test_every_monitor_variable_in_the_compose_file_is_a_valid_setting(
    compose: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    checked = 0
    for name, service in services(compose).items():
        env = {k: substitute(v) for k, v in environment(service).items()}
        with monkeypatch.context() as m:
            for key in [k for k in os.environ if k.startswith("MONITOR_")]:
                m.delenv(key)
            m.setenv("MONITOR_CONFIG", str(ROOT / "no-such-monitor.toml"))
            for key, value in env.items():
                if key.startswith(SETTINGS_ENV_PREFIX):
                    setting = key.removeprefix(SETTINGS_ENV_PREFIX).lower()
                    assert setting in Settings.model_fields, f"{name}: {key} is no setting"
                    m.setenv(key, value)
                    checked += 1
            load_settings()  # values parse (a bad one raises ConfigError)
    assert checked >= 10


def test_the_dockerfile_installs_the_package_and_sets_real_settings() -> None:
    text = DOCKERFILE.read_text(encoding="utf-8")
    assert re.search(r"^FROM python:3\.11-slim$", text, flags=re.M)
    assert "pip install ." in text
    for key in re.findall(r"\b(MONITOR_[A-Z_]+)=", text):
        assert key.removeprefix("MONITOR_").lower() in Settings.model_fields, key
    copied = re.findall(r"^COPY (.+) \S+$", text, flags=re.M)
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    for source in " ".join(copied).split():
        assert source not in ignored, f"{source} is copied but excluded by .dockerignore"
    assert {".venv", ".git", "snapshots"} <= set(ignored)
