"""The gateway's settings, read once from the environment (``.env`` fills in gaps).

Every variable is listed in ``.env.example`` (a test checks). The embedded profile needs
none of them: without ``SENDER_ID_SECRET`` a random key is made once and kept in the data
directory, and without Twilio credentials SMS can be received (signed with the test token
``TWILIO_AUTH_TOKEN``) but not sent.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from directory.settings import PROJECT_ROOT, SettingsError, int_setting, read_env_file

TENANTS_DIR = Path(__file__).resolve().parent / "tenants"


def _list(env: Mapping[str, str], key: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in env.get(key, "").split(",") if item.strip())


def _secret(env: Mapping[str, str], data_dir: Path) -> bytes:
    """SENDER_ID_SECRET, or a key made once for this data directory (embedded profile)."""
    configured = env.get("SENDER_ID_SECRET", "").strip()
    if configured:
        if len(configured) < 16:
            raise SettingsError("SENDER_ID_SECRET must be at least 16 characters")
        return configured.encode()
    path = data_dir / "sender-id.key"
    if not path.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_hex(32), encoding="ascii")
        path.chmod(0o600)
    return path.read_text(encoding="ascii").strip().encode()


def development_twilio_token(data_dir: Path) -> str:
    """A webhook-signing token for `make run` on a developer machine (kept in the data dir).

    `make run` gives it to the gateway when TWILIO_AUTH_TOKEN is unset, and
    `python -m channels text` signs with it: SMS can be tried without a Twilio account.
    """
    path = data_dir / "twilio-dev-token"
    if not path.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_hex(16), encoding="ascii")
        path.chmod(0o600)
    return path.read_text(encoding="ascii").strip()


@dataclass(frozen=True)
class GatewaySettings:
    data_dir: Path
    host: str
    port: int
    public_base_url: str
    database_url: str
    rasa_url: str
    rasa_timeout_s: float
    sender_id_secret: bytes
    tenants_dir: Path
    default_tenant: str
    twilio_auth_tokens: tuple[str, ...]
    twilio_account_sid: str
    twilio_from: str
    twilio_api_base_url: str
    sms_max_segments: int
    rate_limit_messages: int
    rate_limit_window_s: int
    retention_days: int
    claim_timeout_s: int
    redis_url: str
    # everything read, for the directory's own settings (the console searches it)
    environ: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)

    @property
    def can_send_sms(self) -> bool:
        return bool(self.twilio_account_sid and self.twilio_auth_tokens and self.twilio_from)

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, *, env_file: Path | None = None
    ) -> GatewaySettings:
        env = read_env_file(env_file or PROJECT_ROOT / ".env") if environ is None else environ
        data_dir = Path(env.get("SIGNPOST_DATA_DIR", "").strip() or PROJECT_ROOT / "var")
        if not data_dir.is_absolute():
            data_dir = PROJECT_ROOT / data_dir
        database_url = env.get("GATEWAY_DATABASE_URL", "").strip() or (
            f"sqlite:///{data_dir / 'gateway.sqlite3'}"
        )
        if not database_url.startswith(("sqlite", "postgresql")):
            raise SettingsError("GATEWAY_DATABASE_URL must be a sqlite:/// or postgresql:// URL")
        tenants_dir = Path(env.get("GATEWAY_TENANTS_DIR", "").strip() or TENANTS_DIR)
        rasa_url = env.get("RASA_URL", "").strip() or "http://127.0.0.1:5005"
        return cls(
            data_dir=data_dir,
            host=env.get("GATEWAY_HOST", "").strip() or "127.0.0.1",
            port=int_setting(env, "GATEWAY_PORT", 8080, minimum=1),
            public_base_url=(
                env.get("PUBLIC_BASE_URL", "").strip() or "http://127.0.0.1:8080"
            ).rstrip("/"),
            database_url=database_url,
            rasa_url=rasa_url.rstrip("/"),
            rasa_timeout_s=float(int_setting(env, "RASA_TIMEOUT_SECONDS", 20, minimum=1)),
            sender_id_secret=_secret(env, data_dir),
            tenants_dir=tenants_dir,
            default_tenant=env.get("GATEWAY_DEFAULT_TENANT", "").strip() or "kingston",
            twilio_auth_tokens=_list(env, "TWILIO_AUTH_TOKEN"),
            twilio_account_sid=env.get("TWILIO_ACCOUNT_SID", "").strip(),
            twilio_from=env.get("TWILIO_FROM", "").strip(),
            twilio_api_base_url=(
                env.get("TWILIO_API_BASE_URL", "").strip() or "https://api.twilio.com"
            ).rstrip("/"),
            sms_max_segments=int_setting(env, "SMS_MAX_SEGMENTS", 3, minimum=1),
            rate_limit_messages=int_setting(env, "RATE_LIMIT_MESSAGES", 20, minimum=1),
            rate_limit_window_s=int_setting(env, "RATE_LIMIT_WINDOW_SECONDS", 300, minimum=1),
            retention_days=int_setting(env, "TRANSCRIPT_RETENTION_DAYS", 30, minimum=1),
            claim_timeout_s=int_setting(env, "CLAIM_TIMEOUT_SECONDS", 120, minimum=5),
            redis_url=env.get("REDIS_URL", "").strip(),
            environ=dict(env),
        )
