"""Staff accounts, console sessions and the audit log.

Passwords are hashed with argon2id. Five wrong passwords in a row lock an account for 15
minutes. A session is a random token in an HttpOnly cookie; the database keeps only its
SHA-256, with the session's CSRF token. Every staff action is written to ``gw_audit``.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from channels import tables as t
from channels.store import GatewayStore, as_utc, utcnow

ROLES = ("agent", "supervisor")
MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
SESSION_LIFETIME = timedelta(hours=10)
MIN_PASSWORD = 12
_hasher = PasswordHasher()
# Verified against when the username is unknown, so timing does not reveal which exist.
_DUMMY_HASH = _hasher.hash(secrets.token_hex(16))


class AccountError(ValueError):
    """A user could not be added (name taken, weak password, unknown role)."""


@dataclass(frozen=True)
class Staff:
    id: int
    username: str
    display_name: str
    role: str

    @property
    def is_supervisor(self) -> bool:
        return self.role == "supervisor"


@dataclass(frozen=True)
class Session:
    staff: Staff
    csrf_token: str


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _staff(row: Any) -> Staff:
    return Staff(row.id, row.username, row.display_name, row.role)


class Accounts:
    def __init__(self, store: GatewayStore) -> None:
        self.store = store
        self.engine = store.engine

    def add(self, username: str, password: str, *, role: str, display_name: str = "") -> Staff:
        if role not in ROLES:
            raise AccountError(f"role must be one of {', '.join(ROLES)}")
        if len(password) < MIN_PASSWORD:
            raise AccountError(f"the password must be at least {MIN_PASSWORD} characters")
        if not username or len(username) > 64 or not username.replace(".", "").isalnum():
            raise AccountError("the username must be letters, digits and dots")
        try:
            with self.engine.begin() as db:
                staff_id = db.execute(
                    insert(t.staff)
                    .values(
                        username=username,
                        display_name=display_name or username,
                        password_hash=_hasher.hash(password),
                        role=role,
                        active=1,
                        failed_logins=0,
                        created_at=utcnow(),
                    )
                    .returning(t.staff.c.id)
                ).scalar_one()
        except IntegrityError:
            raise AccountError(f"there is already a user called {username}") from None
        self.record(staff_id, "user_added", detail={"username": username, "role": role})
        return Staff(staff_id, username, display_name or username, role)

    def staff(self, staff_id: int) -> Staff | None:
        with self.engine.connect() as db:
            row = db.execute(select(t.staff).where(t.staff.c.id == staff_id)).first()
        return _staff(row) if row and row.active else None

    def everyone(self) -> list[Staff]:
        with self.engine.connect() as db:
            rows = db.execute(
                select(t.staff).where(t.staff.c.active == 1).order_by(t.staff.c.display_name)
            ).all()
        return [_staff(row) for row in rows]

    def authenticate(
        self, username: str, password: str, *, now: datetime | None = None
    ) -> Staff | None:
        """The staff member if the password is right and the account not locked."""
        now = now or utcnow()
        with self.engine.connect() as db:
            row = db.execute(select(t.staff).where(t.staff.c.username == username)).first()
        if row is None or not row.active:
            self._verify(_DUMMY_HASH, password)
            self.record(None, "login_failed", detail={"reason": "unknown user"})
            return None
        locked_until = as_utc(row.locked_until)
        if locked_until is not None and locked_until > now:
            self.record(row.id, "login_refused", detail={"reason": "locked"})
            return None
        if not self._verify(row.password_hash, password):
            failures = row.failed_logins + 1
            values: dict[str, Any] = {"failed_logins": failures}
            if failures >= MAX_FAILURES:
                values.update(failed_logins=0, locked_until=now + LOCKOUT)
            with self.engine.begin() as db:
                db.execute(update(t.staff).where(t.staff.c.id == row.id).values(**values))
            self.record(row.id, "login_failed", detail={"locked": failures >= MAX_FAILURES})
            return None
        with self.engine.begin() as db:
            db.execute(
                update(t.staff)
                .where(t.staff.c.id == row.id)
                .values(failed_logins=0, locked_until=None)
            )
        self.record(row.id, "login")
        return _staff(row)

    @staticmethod
    def _verify(password_hash: str, password: str) -> bool:
        try:
            return _hasher.verify(password_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    # sessions -----------------------------------------------------------------------------

    def start_session(self, staff: Staff) -> tuple[str, Session]:
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        now = utcnow()
        with self.engine.begin() as db:
            db.execute(delete(t.staff_sessions).where(t.staff_sessions.c.expires_at < now))
            db.execute(
                insert(t.staff_sessions).values(
                    token_hash=_token_hash(token),
                    staff_id=staff.id,
                    csrf_token=csrf,
                    created_at=now,
                    expires_at=now + SESSION_LIFETIME,
                )
            )
        return token, Session(staff, csrf)

    def session(self, token: str | None) -> Session | None:
        if not token:
            return None
        with self.engine.connect() as db:
            row = db.execute(
                select(t.staff_sessions, t.staff)
                .join(t.staff, t.staff.c.id == t.staff_sessions.c.staff_id)
                .where(t.staff_sessions.c.token_hash == _token_hash(token))
            ).first()
        if row is None or not row.active or as_utc(row.expires_at) < utcnow():
            return None
        return Session(
            Staff(row.staff_id, row.username, row.display_name, row.role), row.csrf_token
        )

    def end_session(self, token: str) -> None:
        with self.engine.begin() as db:
            db.execute(
                delete(t.staff_sessions).where(t.staff_sessions.c.token_hash == _token_hash(token))
            )

    @staticmethod
    def csrf_ok(session: Session, submitted: str | None) -> bool:
        return bool(submitted) and hmac.compare_digest(session.csrf_token, submitted or "")

    # audit ------------------------------------------------------------------------------

    def record(
        self,
        staff_id: int | None,
        action: str,
        *,
        conversation_id: str | None = None,
        detail: dict[str, Any] | None = None,
    ) -> None:
        with self.engine.begin() as db:
            db.execute(
                insert(t.audit).values(
                    at=utcnow(),
                    staff_id=staff_id,
                    action=action,
                    conversation_id=conversation_id,
                    detail=detail,
                )
            )

    def audit_log(self, limit: int = 200) -> list[dict[str, Any]]:
        with self.engine.connect() as db:
            rows = db.execute(select(t.audit).order_by(t.audit.c.id.desc()).limit(limit)).all()
        return [dict(row._mapping) for row in rows]
