"""Real processes for end-to-end tests: the Rasa engine, the action server, the gateway.

Everything runs on loopback ports picked at random, with the demo directory (Kingston and
Conwy) in a temporary SQLite file. One assistant (engine + action server) is shared by the
whole test session (``assistant`` fixture in ``tests/conftest.py``): starting Rasa takes
about 20 seconds.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "signpost.tar.gz"
TOKEN = "test-token-not-a-secret"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait(url: str, process: subprocess.Popen, log: Path, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"{url} process exited:\n{log.read_text()[-3000:]}")
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except urllib.error.HTTPError:
            return  # it answers (401 without a token is an answer)
        except OSError:
            time.sleep(0.3)
    pytest.fail(f"{url} did not come up:\n{log.read_text()[-3000:]}")


@dataclass(frozen=True)
class Assistant:
    rasa_url: str
    action_url: str
    work: Path
    env: dict[str, str]


def base_env(work: Path) -> dict[str, str]:
    return {
        **os.environ,
        "RASA_TELEMETRY_ENABLED": "false",
        "PYTHONPATH": str(ROOT),
        "SANIC_HOST": "127.0.0.1",
        "SIGNPOST_DATA_DIR": str(work),
        "DIRECTORY_DATABASE_URL": "",
        "GATEWAY_DATABASE_URL": "",
    }


@contextlib.contextmanager
def processes(*started: subprocess.Popen) -> Iterator[None]:
    try:
        yield
    finally:
        for process in started:
            process.terminate()
        for process in started:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


@contextlib.contextmanager
def run_assistant(work: Path) -> Iterator[Assistant]:
    """The demo directory, the action server and the Rasa engine with the trained model."""
    action_port, rasa_port = free_port(), free_port()
    env = base_env(work)
    env["ACTION_ENDPOINT_URL"] = f"http://127.0.0.1:{action_port}/webhook"
    for feed in ("directory/demo/kingston.json", "directory/demo/conwy.json"):
        subprocess.run(
            [sys.executable, "-m", "directory", "import", feed, "--no-progress"],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )
    logs = {name: work / f"{name}.log" for name in ("actions", "rasa")}
    actions = subprocess.Popen(
        [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "-p", str(action_port)],
        cwd=ROOT,
        env=env,
        stdout=logs["actions"].open("w"),
        stderr=subprocess.STDOUT,
    )
    engine = subprocess.Popen(
        [
            str(ROOT / ".venv-engine" / "bin" / "python"),
            "-m",
            "bot.engine",  # Rasa's CLI with one upstream slowness fixed
            "run",
            "--enable-api",
            "-i",
            "127.0.0.1",
            "-p",
            str(rasa_port),
            "--model",
            str(MODEL),
            "--endpoints",
            "endpoints.yml",
            "--credentials",
            "credentials.yml",
            "--auth-token",
            TOKEN,
        ],
        cwd=ROOT,
        env=env,
        stdout=logs["rasa"].open("w"),
        stderr=subprocess.STDOUT,
    )
    with processes(engine, actions):
        wait(f"http://127.0.0.1:{action_port}/health", actions, logs["actions"])
        wait(f"http://127.0.0.1:{rasa_port}/", engine, logs["rasa"])
        yield Assistant(
            rasa_url=f"http://127.0.0.1:{rasa_port}",
            action_url=f"http://127.0.0.1:{action_port}",
            work=work,
            env=env,
        )


@contextlib.contextmanager
def run_gateway(work: Path, env: dict[str, str], port: int | None = None) -> Iterator[str]:
    """``python -m channels serve`` as its own process; yields its base URL.

    ``port`` is picked at random unless given (to know the gateway's origin beforehand).
    """
    port = port or free_port()
    log = work / f"gateway-{port}.log"
    gateway = subprocess.Popen(
        [sys.executable, "-m", "channels", "serve", "--port", str(port)],
        cwd=ROOT,
        env={**env, "PUBLIC_BASE_URL": f"http://127.0.0.1:{port}"},
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )
    with processes(gateway):
        wait(f"http://127.0.0.1:{port}/healthz", gateway, log, timeout=60)
        yield f"http://127.0.0.1:{port}"
