"""Settings for the directory, read once from the environment and validated at start-up.

A ``.env`` file in the project root only fills in what the environment lacks, so a value set
by the deployment (systemd, a container) always wins over a developer's file. Every variable
read here is listed in ``.env.example`` (a test checks).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class SettingsError(ValueError):
    """A setting is missing or malformed; the message names the variable."""


def read_env_file(path: Path, environ: dict[str, str] | None = None) -> dict[str, str]:
    """Return ``environ`` (default ``os.environ``) filled in from a ``KEY=value`` file.

    Lines may be blank, comments (``#``) or ``export KEY=value``; values may be quoted.
    Keys already present are left alone.
    """
    env = os.environ if environ is None else environ
    if not path.is_file():
        return dict(env)
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        line = line.removeprefix("export ").strip()
        key, sep, value = line.partition("=")
        if not sep or not key.strip().isidentifier():
            raise SettingsError(f"{path}:{number}: expected KEY=value")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        env.setdefault(key.strip(), value)
    return dict(env)


def int_setting(env: Mapping[str, str], key: str, default: int, *, minimum: int = 0) -> int:
    """A whole-number setting, ``default`` when unset; a clear error naming ``key`` if bad."""
    raw = env.get(key, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SettingsError(f"{key} must be a whole number, got {raw!r}") from None
    if value < minimum:
        raise SettingsError(f"{key} must be at least {minimum}, got {value}")
    return value


@dataclass(frozen=True)
class DirectorySettings:
    data_dir: Path
    database_url: str
    postcode_data_path: Path | None
    api_host: str
    api_port: int
    public_base_url: str
    stale_after_months: int

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, *, env_file: Path | None = None
    ) -> DirectorySettings:
        if environ is None:
            environ = read_env_file(env_file or PROJECT_ROOT / ".env")
        data_dir = Path(environ.get("SIGNPOST_DATA_DIR", "").strip() or PROJECT_ROOT / "var")
        if not data_dir.is_absolute():
            data_dir = PROJECT_ROOT / data_dir
        database_url = environ.get("DIRECTORY_DATABASE_URL", "").strip() or (
            f"sqlite:///{data_dir / 'directory.sqlite3'}"
        )
        if not database_url.startswith(("sqlite", "postgresql")):
            raise SettingsError(
                "DIRECTORY_DATABASE_URL must be a sqlite:/// or postgresql:// URL, "
                f"got {database_url.split(':', 1)[0]}:…"
            )
        postcodes = environ.get("POSTCODE_DATA_PATH", "").strip()
        postcode_path = Path(postcodes) if postcodes else None
        if postcode_path is not None and not postcode_path.exists():
            raise SettingsError(f"POSTCODE_DATA_PATH does not exist: {postcode_path}")
        return cls(
            data_dir=data_dir,
            database_url=database_url,
            postcode_data_path=postcode_path,
            api_host=environ.get("DIRECTORY_API_HOST", "").strip() or "127.0.0.1",
            api_port=int_setting(environ, "DIRECTORY_API_PORT", 8090, minimum=1),
            public_base_url=(
                environ.get("PUBLIC_BASE_URL", "").strip() or "http://127.0.0.1:8080"
            ).rstrip("/"),
            stale_after_months=int_setting(environ, "DIRECTORY_STALE_AFTER_MONTHS", 12, minimum=1),
        )
