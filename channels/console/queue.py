"""The handoff queue in the database: open, claim, transfer, release, close; notes; figures.

A conversation has at most one open handoff (queued or claimed). Its state on
``gw_conversations`` follows: ``queued`` while waiting (the assistant still answers, so a
resident waiting is never left without emergency contacts), ``staff`` while a person holds
it (the assistant stays silent), ``bot`` again once closed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, insert, select, update

from channels import tables as t
from channels.ids import redact_number
from channels.store import GatewayStore, as_utc, utcnow

PRIORITIES = {"urgent": 0, "high": 1, "normal": 2}
OPEN = ("queued", "claimed")


@dataclass(frozen=True)
class Handoff:
    id: int
    conversation_id: str
    status: str
    priority: int
    reason: str
    context: dict[str, Any]
    created_at: datetime
    claimed_by: int | None
    holder: str | None
    channel: str
    tenant: str
    language: str
    contact: str | None  # the resident's number, redacted (SMS)

    @property
    def priority_name(self) -> str:
        return next(name for name, value in PRIORITIES.items() if value == self.priority)

    def waiting_seconds(self, now: datetime) -> int:
        return max(0, int((now - self.created_at).total_seconds()))


def _select():
    return (
        select(
            t.handoffs,
            t.conversations.c.channel,
            t.conversations.c.tenant,
            t.conversations.c.language,
            t.conversations.c.reply_to,
            t.staff.c.display_name.label("holder"),
        )
        .join(t.conversations, t.conversations.c.id == t.handoffs.c.conversation_id)
        .outerjoin(t.staff, t.staff.c.id == t.handoffs.c.claimed_by)
    )


def _handoff(row: Any) -> Handoff:
    return Handoff(
        id=row.id,
        conversation_id=row.conversation_id,
        status=row.status,
        priority=row.priority,
        reason=row.reason,
        context=row.context or {},
        created_at=as_utc(row.created_at),
        claimed_by=row.claimed_by,
        holder=row.holder,
        channel=row.channel,
        tenant=row.tenant,
        language=row.language,
        contact=redact_number(row.reply_to) if row.reply_to else None,
    )


class Queue:
    def __init__(self, store: GatewayStore) -> None:
        self.engine = store.engine

    def open(
        self, conversation_id: str, *, priority: str, reason: str, context: dict[str, Any]
    ) -> tuple[Handoff, bool]:
        """Queue a handoff; if one is already open, raise its priority instead. (handoff, new?)"""
        level = PRIORITIES.get(priority, PRIORITIES["normal"])
        now = utcnow()
        with self.engine.begin() as db:
            existing = db.execute(
                select(t.handoffs).where(
                    t.handoffs.c.conversation_id == conversation_id,
                    t.handoffs.c.status.in_(OPEN),
                )
            ).first()
            if existing is not None:
                if level < existing.priority:
                    db.execute(
                        update(t.handoffs)
                        .where(t.handoffs.c.id == existing.id)
                        .values(priority=level, reason=reason)
                    )
                handoff_id, created = existing.id, False
            else:
                handoff_id = db.execute(
                    insert(t.handoffs)
                    .values(
                        conversation_id=conversation_id,
                        status="queued",
                        priority=level,
                        reason=reason,
                        context=context,
                        created_at=now,
                    )
                    .returning(t.handoffs.c.id)
                ).scalar_one()
                created = True
                db.execute(
                    update(t.conversations)
                    .where(
                        t.conversations.c.id == conversation_id, t.conversations.c.state == "bot"
                    )
                    .values(state="queued")
                )
        return self.get(handoff_id), created

    def get(self, handoff_id: int) -> Handoff | None:
        with self.engine.connect() as db:
            row = db.execute(_select().where(t.handoffs.c.id == handoff_id)).first()
        return _handoff(row) if row else None

    def open_for(self, conversation_id: str) -> Handoff | None:
        with self.engine.connect() as db:
            row = db.execute(
                _select().where(
                    t.handoffs.c.conversation_id == conversation_id,
                    t.handoffs.c.status.in_(OPEN),
                )
            ).first()
        return _handoff(row) if row else None

    def latest_for(self, conversation_id: str) -> Handoff | None:
        with self.engine.connect() as db:
            row = db.execute(
                _select()
                .where(t.handoffs.c.conversation_id == conversation_id)
                .order_by(t.handoffs.c.id.desc())
                .limit(1)
            ).first()
        return _handoff(row) if row else None

    def waiting(self) -> list[Handoff]:
        """Queued handoffs, most urgent first, then longest waiting."""
        with self.engine.connect() as db:
            rows = db.execute(
                _select()
                .where(t.handoffs.c.status == "queued")
                .order_by(t.handoffs.c.priority, t.handoffs.c.created_at, t.handoffs.c.id)
            ).all()
        return [_handoff(row) for row in rows]

    def held(self, staff_id: int | None = None) -> list[Handoff]:
        query = _select().where(t.handoffs.c.status == "claimed")
        if staff_id is not None:
            query = query.where(t.handoffs.c.claimed_by == staff_id)
        with self.engine.connect() as db:
            rows = db.execute(query.order_by(t.handoffs.c.claimed_at)).all()
        return [_handoff(row) for row in rows]

    def claim(self, handoff_id: int, staff_id: int) -> bool:
        now = utcnow()
        with self.engine.begin() as db:
            claimed = db.execute(
                update(t.handoffs)
                .where(t.handoffs.c.id == handoff_id, t.handoffs.c.status == "queued")
                .values(status="claimed", claimed_by=staff_id, claimed_at=now, holder_seen_at=now)
                .returning(t.handoffs.c.conversation_id)
            ).first()
            if claimed is None:
                return False
            db.execute(
                update(t.conversations)
                .where(t.conversations.c.id == claimed.conversation_id)
                .values(state="staff")
            )
        return True

    def transfer(self, handoff_id: int, from_staff: int | None, to_staff: int) -> bool:
        """Give a held conversation to a colleague (``from_staff`` None: a supervisor's move)."""
        condition = [t.handoffs.c.id == handoff_id, t.handoffs.c.status == "claimed"]
        if from_staff is not None:
            condition.append(t.handoffs.c.claimed_by == from_staff)
        now = utcnow()
        with self.engine.begin() as db:
            return bool(
                db.execute(
                    update(t.handoffs)
                    .where(and_(*condition))
                    .values(claimed_by=to_staff, claimed_at=now, holder_seen_at=now)
                ).rowcount
            )

    def close(self, handoff_id: int, staff_id: int) -> str | None:
        """Close a handoff; the conversation goes back to the assistant. Its id, or None."""
        with self.engine.begin() as db:
            closed = db.execute(
                update(t.handoffs)
                .where(t.handoffs.c.id == handoff_id, t.handoffs.c.status.in_(OPEN))
                .values(status="closed", closed_at=utcnow(), closed_by=staff_id)
                .returning(t.handoffs.c.conversation_id)
            ).first()
            if closed is None:
                return None
            db.execute(
                update(t.conversations)
                .where(t.conversations.c.id == closed.conversation_id)
                .values(state="bot")
            )
        return closed.conversation_id

    def seen(self, staff_id: int) -> None:
        """The holder's console is connected: keep their claims."""
        with self.engine.begin() as db:
            db.execute(
                update(t.handoffs)
                .where(t.handoffs.c.claimed_by == staff_id, t.handoffs.c.status == "claimed")
                .values(holder_seen_at=utcnow())
            )

    def release_stale(self, older_than: timedelta) -> list[Handoff]:
        """Claims whose holder has been gone too long go back to the queue."""
        cutoff = utcnow() - older_than
        with self.engine.begin() as db:
            stale = db.execute(
                update(t.handoffs)
                .where(t.handoffs.c.status == "claimed", t.handoffs.c.holder_seen_at < cutoff)
                .values(status="queued", claimed_by=None, claimed_at=None, holder_seen_at=None)
                .returning(t.handoffs.c.id, t.handoffs.c.conversation_id)
            ).all()
            for row in stale:
                db.execute(
                    update(t.conversations)
                    .where(t.conversations.c.id == row.conversation_id)
                    .values(state="queued")
                )
        return [h for h in (self.get(row.id) for row in stale) if h is not None]

    # notes and figures -------------------------------------------------------------------

    def add_note(self, conversation_id: str, staff_id: int, body: str) -> None:
        with self.engine.begin() as db:
            db.execute(
                insert(t.notes).values(
                    conversation_id=conversation_id,
                    staff_id=staff_id,
                    body=body,
                    created_at=utcnow(),
                )
            )

    def notes(self, conversation_id: str) -> list[dict[str, Any]]:
        with self.engine.connect() as db:
            rows = db.execute(
                select(t.notes.c.body, t.notes.c.created_at, t.staff.c.display_name)
                .join(t.staff, t.staff.c.id == t.notes.c.staff_id)
                .where(t.notes.c.conversation_id == conversation_id)
                .order_by(t.notes.c.id)
            ).all()
        return [{"body": r.body, "at": as_utc(r.created_at), "by": r.display_name} for r in rows]

    def figures(self, now: datetime | None = None) -> dict[str, Any]:
        """For supervisors: queue length, waiting times, handled today (UTC day)."""
        now = now or utcnow()
        waiting = self.waiting()
        start_of_day = now.replace(hour=0, minute=0, second=0, microsecond=0)
        with self.engine.connect() as db:
            handled = db.execute(
                select(t.staff.c.display_name, func.count())
                .join(t.handoffs, t.handoffs.c.closed_by == t.staff.c.id)
                .where(t.handoffs.c.closed_at >= start_of_day)
                .group_by(t.staff.c.display_name)
                .order_by(t.staff.c.display_name)
            ).all()
        waits = [h.waiting_seconds(now) for h in waiting]
        return {
            "queued": len(waiting),
            "longest_wait_s": max(waits, default=0),
            "held": len(self.held()),
            "handled_today": {row[0]: row[1] for row in handled},
            "handled_today_total": sum(count for _, count in handled),
        }
