"""Run the whole embedded stack on this machine: `make run` calls this (app environment).

Starts, in order, and stops together on Ctrl-C or when any one of them dies:

1. the directory's database with the Kingston demo data, if empty;
2. the action server (rasa-sdk, this environment) on 127.0.0.1:5055;
3. the Rasa engine (its own environment) on 127.0.0.1:5005 with the HTTP API enabled
   (`RASA_API_TOKEN`, when set, is required by the API);
4. the directory's ORUK 3.0 API on 127.0.0.1:8090;
5. the gateway (web chat widget, SMS webhook) on 127.0.0.1:8080, with the demo page at /.

Each process gets the same environment (settings from .env fill in what is missing), with
`RASA_TELEMETRY_ENABLED=false`: there is no network here and no reason to phone home.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from channels.console.accounts import AccountError, Accounts
from channels.settings import GatewaySettings, development_twilio_token
from channels.store import GatewayStore
from directory.settings import PROJECT_ROOT, DirectorySettings, read_env_file
from directory.store import Directory

ENGINE = PROJECT_ROOT / ".venv-engine" / "bin"
MODEL_DIR = PROJECT_ROOT / "models"


def latest_model() -> Path:
    models = sorted(MODEL_DIR.glob("signpost*.tar.gz"), key=lambda p: p.stat().st_mtime)
    if not models:
        raise SystemExit("no trained model in models/: run `make train` first")
    return models[-1]


def wait_for(url: str, name: str, process: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{name} exited with status {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 (loopback only)
                return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"{name} did not answer on {url} within {timeout:.0f} s")


def demo_staff(settings: GatewaySettings) -> str:
    """Development only: a demo agent and supervisor for the console, made once.

    Their passwords are random, kept in the data directory (readable by this user only)
    and printed at every start, so a developer can sign in at /console.
    """
    path = settings.data_dir / "console-demo-logins"
    store = GatewayStore.from_url(settings.database_url)
    store.setup()
    accounts = Accounts(store)
    if not path.exists():
        lines = []
        for username, role, name in (
            ("demo.agent", "agent", "Alex (demo agent)"),
            ("demo.supervisor", "supervisor", "Sam (demo supervisor)"),
        ):
            password = secrets.token_urlsafe(12)
            try:
                accounts.add(username, password, role=role, display_name=name)
            except AccountError:
                continue  # made earlier with a password we no longer know
            lines.append(f"  {username} / {password} ({role})")
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        path.chmod(0o600)
    store.engine.dispose()
    return path.read_text(encoding="utf-8").rstrip()


def main() -> int:
    env = read_env_file(PROJECT_ROOT / ".env", dict(os.environ))
    # SANIC_HOST: rasa-sdk's action server listens on every interface unless told otherwise.
    env.update(
        RASA_TELEMETRY_ENABLED="false",
        # Rasa logs message text at DEBUG; residents write about health, debt and safety.
        LOG_LEVEL="INFO",
        PYTHONPATH=str(PROJECT_ROOT),
        SANIC_HOST="127.0.0.1",
        ACTION_ENDPOINT_URL=env.get("ACTION_ENDPOINT_URL") or "http://127.0.0.1:5055/webhook",
    )
    settings = DirectorySettings.from_env(env)
    if not env.get("TWILIO_AUTH_TOKEN"):
        # Development only: a token of our own, so `python -m channels text` can sign.
        env["TWILIO_AUTH_TOKEN"] = development_twilio_token(settings.data_dir)
    gateway = GatewaySettings.from_env(env)
    console_logins = demo_staff(gateway)
    directory = Directory.from_settings(settings)
    directory.setup()
    report = asyncio.run(directory.load_demo_if_empty())
    if report is not None:
        print(report.summary())
    directory.engine.dispose()

    rasa_args = [
        str(ENGINE / "python"),
        "-m",
        "bot.engine",  # Rasa's own CLI with one upstream slowness fixed
        "run",
        "--enable-api",
        "-i",
        "127.0.0.1",
        "-p",
        "5005",
        "--model",
        str(latest_model()),
        "--endpoints",
        "endpoints.yml",
        "--credentials",
        "credentials.yml",
    ]
    if env.get("RASA_API_TOKEN"):
        rasa_args += ["--auth-token", env["RASA_API_TOKEN"]]
    commands = {
        "action server": (
            [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "-p", "5055"],
            "http://127.0.0.1:5055/health",
        ),
        "rasa": (rasa_args, "http://127.0.0.1:5005/"),
        "directory API": (
            [
                sys.executable,
                "-m",
                "directory",
                "serve",
                "--host",
                settings.api_host,
                "--port",
                str(settings.api_port),
            ],
            f"http://{settings.api_host}:{settings.api_port}/",
        ),
        "gateway": (
            [sys.executable, "-m", "channels", "serve"],
            f"http://{gateway.host}:{gateway.port}/healthz",
        ),
    }
    processes: dict[str, subprocess.Popen] = {}
    try:
        for name, (args, health) in commands.items():
            processes[name] = subprocess.Popen(args, cwd=PROJECT_ROOT, env=env)
            wait_for(health, name, processes[name])
            print(f"{name} ready: {health}")
        print(
            f"Signpost is running. Open http://{gateway.host}:{gateway.port}/ for the demo "
            "council page and its chat widget.\nText it as Twilio would (a signed webhook):\n"
            "  .venv/bin/python -m channels text 'food bank near KT1 3LY'\n"
            f"Contact-centre console: http://{gateway.host}:{gateway.port}/console, demo sign-ins "
            f"(development only):\n{console_logins}\n"
            "or try the assistant directly:\n  curl -s -XPOST http://127.0.0.1:5005/webhooks/"
            'webchat/webhook -d \'{"sender": "me", "message": "food bank near KT1 3LY"}\'\n'
            "Ctrl-C stops everything."
        )
        while all(process.poll() is None for process in processes.values()):
            time.sleep(1)
        dead = [name for name, process in processes.items() if process.poll() is not None]
        print(f"stopping: {', '.join(dead)} exited", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        for process in processes.values():
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in processes.values():
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


if __name__ == "__main__":
    sys.exit(main())
