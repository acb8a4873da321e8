"""The production topology on one machine: PostgreSQL, Redis, actions, 2 Rasa, 2 gateways.

``make run-prod-local`` runs it until Ctrl-C; the production-profile tests and the load
benchmark start it with :class:`Topology`. Everything listens on 127.0.0.1 and keeps its
data under one directory (default ``var/prod``): a PostgreSQL cluster made with Debian's
``initdb`` (as the ``postgres`` user when run as root), a Redis without persistence, and
the logs. Each Rasa engine uses ``endpoints.prod.yml`` (tracker store in PostgreSQL, lock
store in Redis); each gateway shares the PostgreSQL databases and Redis and balances over
both engines. ``PUBLIC_BASE_URL`` is the first gateway's address, standing in for the load
balancer in front of both (``docs/deploy.md`` has an nginx configuration).
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parent.parent
ENGINE_BIN = ROOT / ".venv-engine" / "bin"
MODEL = ROOT / "models" / "signpost.tar.gz"
APP_PY = sys.executable


def pg_bin() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not found:
        raise SystemExit("PostgreSQL is not installed: make install installs it")
    return found[-1].parent


def wait_http(url: str, process: subprocess.Popen | None, log: Path, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{url}: the process exited\n{log.read_text()[-3000:]}")
        try:
            urllib.request.urlopen(url, timeout=2).close()  # noqa: S310 (loopback)
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within {timeout:.0f} s\n{log.read_text()[-3000:]}")


@dataclass
class Ports:
    postgres: int = 54330
    redis: int = 63790
    actions: int = 5055
    rasa: list[int] = field(default_factory=lambda: [5005, 5006])
    gateways: list[int] = field(default_factory=lambda: [8080, 8081])


class Topology:
    def __init__(
        self,
        data_dir: Path,
        ports: Ports | None = None,
        *,
        secret: str = "",
        extra_env: dict[str, str] | None = None,
    ) -> None:
        self.data = data_dir
        self.extra_env = extra_env or {}
        self.ports = ports or Ports()
        self.logs = data_dir / "logs"
        self.secret = secret or "prod-local-sender-id-secret-0123456789"
        self.processes: dict[str, subprocess.Popen] = {}
        self._as_postgres: list[str] = []

    # addresses ------------------------------------------------------------------------------

    def pg_url(self, database: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.ports.postgres}/{database}"

    @property
    def redis_url(self) -> str:
        return f"redis://127.0.0.1:{self.ports.redis}/0"

    @property
    def rasa_urls(self) -> list[str]:
        return [f"http://127.0.0.1:{port}" for port in self.ports.rasa]

    @property
    def gateway_urls(self) -> list[str]:
        return [f"http://127.0.0.1:{port}" for port in self.ports.gateways]

    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "RASA_TELEMETRY_ENABLED": "false",
            "LOG_LEVEL": "INFO",
            "PYTHONPATH": str(ROOT),
            "SANIC_HOST": "127.0.0.1",
            "SIGNPOST_DATA_DIR": str(self.data),
            "DIRECTORY_DATABASE_URL": self.pg_url("directory"),
            "GATEWAY_DATABASE_URL": self.pg_url("gateway"),
            "REDIS_URL": self.redis_url,
            "RASA_URL": ",".join(self.rasa_urls),
            "ACTION_ENDPOINT_URL": f"http://127.0.0.1:{self.ports.actions}/webhook",
            "TRACKER_DB_URL": self.pg_url("rasa"),
            "LOCK_STORE_REDIS_HOST": "127.0.0.1",
            "LOCK_STORE_REDIS_PORT": str(self.ports.redis),
            "SENDER_ID_SECRET": self.secret,
            "PUBLIC_BASE_URL": self.gateway_urls[0],
            "TWILIO_AUTH_TOKEN": os.environ.get("TWILIO_AUTH_TOKEN") or "prod-local-twilio-token",
            **self.extra_env,
        }

    # the pieces --------------------------------------------------------------------------------

    def _spawn(self, name: str, args: list[str], **extra: str) -> subprocess.Popen:
        self.logs.mkdir(parents=True, exist_ok=True)
        log = (self.logs / f"{name}.log").open("a")
        process = subprocess.Popen(
            args, cwd=ROOT, env={**self.env(), **extra}, stdout=log, stderr=subprocess.STDOUT
        )
        self.processes[name] = process
        return process

    def start_postgres(self) -> None:
        bin_dir = pg_bin()
        pgdata = self.data / "pgdata"
        if os.geteuid() == 0:
            subprocess.run(["/usr/bin/id", "postgres"], check=True, capture_output=True)
            self._as_postgres = ["runuser", "-u", "postgres", "--"]
        if not (pgdata / "PG_VERSION").exists():
            pgdata.mkdir(parents=True, exist_ok=True)
            if self._as_postgres:
                shutil.chown(pgdata, "postgres")
            subprocess.run(
                [
                    *self._as_postgres,
                    str(bin_dir / "initdb"),
                    "-D",
                    str(pgdata),
                    "-U",
                    "postgres",
                    "--auth=trust",
                    "-E",
                    "UTF8",
                ],
                check=True,
                capture_output=True,
            )
        self.logs.mkdir(parents=True, exist_ok=True)
        log = self.data / "pgdata" / "server.log"
        subprocess.run(
            [
                *self._as_postgres,
                str(bin_dir / "pg_ctl"),
                "-D",
                str(pgdata),
                "-l",
                str(log),
                "-w",
                "-o",
                f"-c listen_addresses=127.0.0.1 -p {self.ports.postgres} -k /tmp "
                "-c max_connections=200 -c fsync=off",
                "start",
            ],
            check=True,
            capture_output=True,
        )

    def stop_postgres(self, mode: str = "fast") -> None:
        subprocess.run(
            [
                *self._as_postgres,
                str(pg_bin() / "pg_ctl"),
                "-D",
                str(self.data / "pgdata"),
                "-m",
                mode,
                "-w",
                "stop",
            ],
            check=False,
            capture_output=True,
        )

    def start_redis(self) -> None:
        (self.data / "redis").mkdir(parents=True, exist_ok=True)
        process = self._spawn(
            "redis",
            [
                "redis-server",
                "--port",
                str(self.ports.redis),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.data / "redis"),
            ],
        )
        deadline = time.monotonic() + 10
        while (
            subprocess.run(
                [shutil.which("redis-cli") or "redis-cli", "-p", str(self.ports.redis), "ping"],
                check=False,
                capture_output=True,
                text=True,
            ).stdout.strip()
            != "PONG"
        ):
            if time.monotonic() > deadline:
                raise RuntimeError("redis-server did not start")
            time.sleep(0.1)
        time.sleep(0.2)
        if process.poll() is not None:  # another server answered on that port
            raise RuntimeError(
                f"redis-server exited: {(self.logs / 'redis.log').read_text()[-500:]}"
            )

    def prepare_databases(self) -> None:
        admin = create_engine(
            self.pg_url("postgres").replace("postgresql://", "postgresql+psycopg://"),
            isolation_level="AUTOCOMMIT",
        )
        with admin.connect() as db:
            existing = set(db.execute(text("SELECT datname FROM pg_database")).scalars())
            for name in ("directory", "gateway", "rasa"):
                if name not in existing:
                    db.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        from directory.store import Directory  # noqa: PLC0415 (only needed here)

        directory = Directory.from_url(self.pg_url("directory"))
        directory.setup()
        asyncio.run(directory.load_demo_if_empty())
        directory.engine.dispose()

    def start_actions(self) -> None:
        process = self._spawn(
            "actions",
            [APP_PY, "-m", "rasa_sdk", "--actions", "actions", "-p", str(self.ports.actions)],
        )
        wait_http(
            f"http://127.0.0.1:{self.ports.actions}/health", process, self.logs / "actions.log"
        )

    def start_rasa(self, index: int) -> subprocess.Popen:
        port = self.ports.rasa[index]
        return self._spawn(
            f"rasa{index + 1}",
            [
                str(ENGINE_BIN / "python"),
                "-m",
                "bot.engine",  # Rasa's CLI with one upstream slowness fixed
                "run",
                "--enable-api",
                "-i",
                "127.0.0.1",
                "-p",
                str(port),
                "--model",
                str(MODEL),
                "--endpoints",
                "endpoints.prod.yml",
                "--credentials",
                "credentials.yml",
            ],
        )

    def start_gateway(self, index: int) -> subprocess.Popen:
        return self._spawn(
            f"gateway{index + 1}",
            [APP_PY, "-m", "channels", "serve", "--port", str(self.ports.gateways[index])],
        )

    def start(self) -> None:
        if not MODEL.exists():
            raise SystemExit("no trained model: run make train")
        self.start_postgres()
        self.start_redis()
        self.prepare_databases()
        self.start_actions()
        engines = [self.start_rasa(i) for i in range(len(self.ports.rasa))]
        for index, engine in enumerate(engines):
            wait_http(self.rasa_urls[index] + "/", engine, self.logs / f"rasa{index + 1}.log")
        gateways = [self.start_gateway(i) for i in range(len(self.ports.gateways))]
        for index, gateway in enumerate(gateways):
            wait_http(
                self.gateway_urls[index] + "/healthz",
                gateway,
                self.logs / f"gateway{index + 1}.log",
            )

    def kill(self, name: str) -> None:
        """Kill one process outright (SIGKILL), as a crash would."""
        process = self.processes[name]
        process.kill()
        process.wait(timeout=10)

    def stop(self) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in self.processes.values():
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        self.stop_postgres()


def _interrupt(*_: object) -> None:
    raise KeyboardInterrupt


def main() -> int:
    signal.signal(signal.SIGTERM, _interrupt)  # stop everything on SIGTERM too
    topology = Topology(ROOT / "var" / "prod")
    try:
        topology.start()
        print(
            "Signpost production profile on this machine:\n"
            f"  gateways   {', '.join(topology.gateway_urls)} (demo page and /console on each)\n"
            f"  Rasa       {', '.join(topology.rasa_urls)} (trackers in PostgreSQL, locks Redis)\n"
            f"  PostgreSQL 127.0.0.1:{topology.ports.postgres} (directory, gateway, rasa)\n"
            f"  Redis      127.0.0.1:{topology.ports.redis}\n"
            f"Logs in {topology.logs}. Ctrl-C stops everything."
        )
        while all(p.poll() is None for p in topology.processes.values()):
            time.sleep(1)
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        topology.stop()


if __name__ == "__main__":
    sys.exit(main())
