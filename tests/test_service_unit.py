"""The systemd path works as written: the unit's ExecStart, run with the unit's environment on the
example service config, serves from its state directory, and `status` finds the same config."""

from __future__ import annotations

import json
import os
import shlex
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from reporter import config as config_module
from reporter.config import load_config
from reporter.config_check import config_problems
from tests.conftest import REPORTER, ROOT
from tests.test_deliver import free_port

UNIT = ROOT / "config" / "reporter.service"
DEFAULTS = ROOT / "config" / "reporter.default"
EXAMPLE = ROOT / "config" / "service-example.yaml"


def service_directives() -> list[tuple[str, str]]:
    """(key, value) of the unit's [Service] section, in order (keys may repeat)."""
    section, out = None, []
    for line in UNIT.read_text().splitlines():
        line = line.strip()
        if line.startswith("["):
            section = line
        elif section == "[Service]" and "=" in line and not line.startswith("#"):
            key, _, value = line.partition("=")
            out.append((key, value))
    return out


def directive(name: str) -> list[str]:
    return [v for k, v in service_directives() if k == name]


def test_example_config_writes_only_into_the_state_directory():
    """Every path the service config writes to lies in the unit's StateDirectory (/var/lib/<name>)."""
    (state,) = directive("StateDirectory")
    root = Path("/var/lib") / state
    assert directive("WorkingDirectory") == [str(root)]
    config = load_config(EXAMPLE)
    for path in (config.storage.database, config.output.directory, config.delivery.outbox):
        assert Path(path).is_absolute() and config.resolve(path).is_relative_to(root), path


def test_command_reads_the_unit_environment_file(tmp_path, monkeypatch):
    """Without --config or $REPORTER_CONFIG, the command takes REPORTER_CONFIG from the unit's
    environment file, so status and history look where the service looks."""
    assert "/etc/default/reporter" in [v.lstrip("-") for v in directive("EnvironmentFile")]
    defaults = tmp_path / "default-reporter"
    defaults.write_text(DEFAULTS.read_text())
    monkeypatch.delenv("REPORTER_CONFIG", raising=False)
    monkeypatch.setattr(config_module, "SYSTEM_DEFAULTS", defaults)
    assert config_module.config_path() == config_module.SYSTEM_CONFIG
    defaults.write_text("# elsewhere\nREPORTER_CONFIG=/srv/reporter.yaml\n")
    assert config_module.config_path() == Path("/srv/reporter.yaml")
    assert config_module.config_path("mine.yaml") == Path("mine.yaml")


def _unit_environment(tmp_path: Path) -> tuple[dict[str, str], Path, Path]:
    """The unit's environment with its system paths moved under tmp_path; (env, state dir, config)."""
    moved = {"/var/lib/reporter": str(tmp_path / "state"), "/etc/reporter": str(tmp_path / "etc")}

    def move(text: str) -> str:
        for old, new in moved.items():
            text = text.replace(old, new)
        return text

    (tmp_path / "etc").mkdir()
    env = {k: v for k, v in os.environ.items() if k != "REPORTER_CONFIG"}
    env["PYTHONPATH"] = str(ROOT)
    for value in directive("Environment"):
        key, _, val = value.partition("=")
        env[key] = move(val)
    for value in directive("EnvironmentFile"):
        path = value.lstrip("-")
        source = DEFAULTS if path == "/etc/default/reporter" else Path(move(path))
        if not source.is_file():
            assert value.startswith("-"), f"required EnvironmentFile {path} is not shipped"
            continue
        env.update({k: move(v) for k, v in config_module.environment_file(source).items()})
    config = Path(env["REPORTER_CONFIG"])
    config.write_text(move(EXAMPLE.read_text()))
    state = tmp_path / "state"
    state.mkdir()  # StateDirectory= makes it
    (state / "inbox").mkdir()  # docs/service.md: create the inbox
    return env, state, config


def test_unit_execstart_serves_with_its_environment(tmp_path):
    """ExecStart with the unit's environment and WorkingDirectory starts, answers /healthz,
    reloads on the unit's ExecReload signal, is seen by `status` and stops cleanly on SIGTERM."""
    env, state, config = _unit_environment(tmp_path)
    assert config_problems(load_config(config)) == []
    (exec_start,) = directive("ExecStart")
    argv = shlex.split(exec_start)
    assert argv[0] == "/opt/reporter/.venv/bin/reporter"
    port = free_port()
    argv = [*REPORTER, *argv[1:]]
    argv[argv.index("--health-port") + 1] = str(port)
    log = tmp_path / "journal.log"
    with log.open("wb") as journal:
        proc = subprocess.Popen(argv, cwd=state, env=env, stdout=journal, stderr=journal)
    try:
        health = _wait(lambda: _get(f"http://127.0.0.1:{port}/healthz"), proc, log)
        assert health["status"] == "ok" and health["pid"] == proc.pid
        assert "kill -HUP" in directive("ExecReload")[0]
        proc.send_signal(signal.SIGHUP)
        _wait(lambda: "configuration reloaded" in log.read_text(), proc, log)
        # A reload is checked like a start: a config a run would trip over keeps the running schedule.
        good = config.read_text()
        config.write_text(good.replace("    period: 24h\n", "    period: 24h\n    template: gone.html.j2\n"))
        proc.send_signal(signal.SIGHUP)
        failed = _wait(lambda: [m for m in _messages(log) if m.startswith("reload failed")], proc, log)
        assert "briefs[0].template: no template 'gone.html.j2'" in failed[0]
        config.write_text(good)
        status = subprocess.run(
            [*REPORTER, "status"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
        )
        assert f"running (pid {proc.pid})" in status.stdout, status.stdout + status.stderr
        assert f"config: {config}" in status.stdout
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=60)
    assert code == 0, log.read_text()
    lines = [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]
    assert lines, "--log-format json gives one JSON object per line"
    assert (state / "reporter.db").is_file()
    assert sorted(p.name for p in (tmp_path / "etc").iterdir()) == ["reporter.yaml"], (
        "nothing written to /etc"
    )


def _messages(log: Path) -> list[str]:
    return [json.loads(line)["message"] for line in log.read_text().splitlines() if line.startswith("{")]


def _get(url: str):
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return json.loads(response.read())
    except OSError:
        return None


def _wait(condition, proc: subprocess.Popen, log: Path, timeout: float = 60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        if proc.poll() is not None:
            pytest.fail(f"serve exited with {proc.returncode}: {log.read_text()[-2000:]}")
        time.sleep(0.05)
    pytest.fail(f"timed out; log: {log.read_text()[-2000:]}")


if sys.platform != "linux":  # pragma: no cover
    pytestmark = pytest.mark.skip("systemd units are Linux only")
