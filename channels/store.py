"""The gateway's database: conversations, transcripts, SMS dedupe, opt-outs and the outbox.

Plain synchronous SQLAlchemy Core; the async gateway calls it through ``GatewayStore.run``.
On PostgreSQL (a network round trip away) that is a worker thread, so a slow database never
blocks the event loop. On SQLite (a local file, each call well under a millisecond) the call
runs inline: handing it to a thread cost more than the call and added about a millisecond
to each message's latency (``make bench-gateway``). The statements every message runs are
built once (``_Hot``). Returns dataclasses.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import (
    Connection,
    Engine,
    String,
    Table,
    TextClause,
    and_,
    bindparam,
    delete,
    func,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.exc import IntegrityError

from channels import tables as t
from directory.db import make_engine

T = TypeVar("T")
SETUP_LOCK_KEY = 7_140_455_901  # any fixed number: the lock gateways take to create tables
FINAL_SMS_STATES = frozenset({"delivered", "undelivered", "failed", "opted_out"})


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def as_utc(value: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes; every time here is UTC.
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value


@dataclass(frozen=True)
class Conversation:
    id: str
    channel: str
    tenant: str
    language: str
    state: str
    choices: tuple[str, ...] = ()
    reply_to: str | None = None
    ended: bool = False


@dataclass(frozen=True)
class NewMessage:
    sender: str
    body: str
    data: dict[str, Any] | None = None
    client_id: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class Message:
    conversation_id: str
    seq: int
    sender: str
    channel: str
    language: str
    body: str
    data: dict[str, Any] | None
    client_id: str | None
    created_at: datetime


@dataclass(frozen=True)
class OutgoingSms:
    id: int
    conversation_id: str
    to_number: str
    address_hash: str
    body: str
    attempts: int


@dataclass
class PurgeReport:
    conversations: int = 0
    messages: int = 0
    sms_inbound: int = 0
    sms_outbound: int = 0
    details: dict[str, int] = field(default_factory=dict)


def _conversation(row: Any) -> Conversation:
    return Conversation(
        id=row.id,
        channel=row.channel,
        tenant=row.tenant,
        language=row.language,
        state=row.state,
        choices=tuple(row.choices or ()),
        reply_to=row.reply_to,
        ended=row.ended_at is not None,
    )


def _message(row: Any) -> Message:
    return Message(
        conversation_id=row.conversation_id,
        seq=row.seq,
        sender=row.sender,
        channel=row.channel,
        language=row.language,
        body=row.body,
        data=row.data,
        client_id=row.client_id,
        created_at=as_utc(row.created_at),
    )


class _Hot:
    """The statements every message runs, built once (the same SQL on SQLite and PostgreSQL).

    Building a SQLAlchemy statement (and its cache key) costs more than running it on
    SQLite; these are built once with bound parameters and only executed per message.
    """

    def __init__(self) -> None:
        c, m = t.conversations.c, t.messages.c
        self.touch = (
            update(t.conversations)
            .where(c.id == bindparam("cid"))
            .values(
                last_activity_at=bindparam("now"),
                ended_at=None,
                reply_to=func.coalesce(bindparam("reply_to", type_=String), c.reply_to),
            )
            .returning(*t.conversations.c)
        )
        self.create = _insert_new(
            t.conversations,
            [
                "id",
                "channel",
                "tenant",
                "language",
                "state",
                "next_seq",
                "reply_to",
                "created_at",
                "last_activity_at",
            ],
        )
        self.next_seq = (
            update(t.conversations)
            .where(c.id == bindparam("cid"))
            .values(next_seq=c.next_seq + bindparam("count"), last_activity_at=bindparam("now"))
            .returning(*t.conversations.c)
        )
        self.next_seq_choices = (
            update(t.conversations)
            .where(c.id == bindparam("cid"))
            .values(
                next_seq=c.next_seq + bindparam("count"),
                last_activity_at=bindparam("now"),
                choices=bindparam("choices", type_=t.conversations.c.choices.type),
            )
            .returning(c.next_seq)
        )
        self.add_message = insert(t.messages)
        self.client_message = select(t.messages).where(
            m.conversation_id == bindparam("cid"), m.client_id == bindparam("client_id")
        )
        self.sms_seen = _insert_new(t.sms_inbound, ["message_sid", "received_at"])
        self.opted_out = select(t.sms_optouts.c.address_hash).where(
            t.sms_optouts.c.address_hash == bindparam("address")
        )


@cache
def _hot() -> _Hot:
    return _Hot()


def _open(
    db: Connection,
    conversation_id: str,
    *,
    channel: str,
    tenant: str,
    language: str,
    reply_to: str | None,
) -> Conversation:
    """``GatewayStore.open_conversation`` inside a transaction the caller holds."""
    hot = _hot()
    params = {"cid": conversation_id, "now": utcnow(), "reply_to": reply_to or None}
    row = db.execute(hot.touch, params).first()
    if row is None:
        new = {
            "id": conversation_id,
            "channel": channel,
            "tenant": tenant,
            "language": language,
            "state": "bot",
            "next_seq": 0,
            "reply_to": reply_to or None,
            "created_at": params["now"],
            "last_activity_at": params["now"],
        }
        row = db.execute(hot.create, new).first()
        if row is None:  # made at the same moment by another request
            return _open(
                db,
                conversation_id,
                channel=channel,
                tenant=tenant,
                language=language,
                reply_to=reply_to,
            )
    return _conversation(row)


def _insert_new(table: Table, columns: list[str]) -> TextClause:
    """INSERT that does nothing (RETURNING no row) when the key exists: no savepoint needed.

    Written as text: SQLAlchemy gives its dialect-specific on-conflict inserts no cache key,
    so they would be compiled again on every call. The SQL is the same on SQLite (3.35+)
    and PostgreSQL; parameters are named after the columns.
    """
    # Only our own table's column names go into the SQL (table.c[...] refuses any other).
    types = [bindparam(name, type_=table.c[name].type) for name in columns]
    sql = (
        f"INSERT INTO {table.name} ({', '.join(columns)}) "  # noqa: S608 (names, not values)
        f"VALUES ({', '.join(':' + name for name in columns)}) "
        f"ON CONFLICT DO NOTHING RETURNING {', '.join(c.name for c in table.c)}"
    )
    return text(sql).bindparams(*types).columns(*table.c)


def _sms_arrival(db: Connection, message_sid: str, address_hash: str) -> tuple[bool, bool]:
    hot = _hot()
    seen = {"message_sid": message_sid, "received_at": utcnow()}
    first_time = db.execute(hot.sms_seen, seen).first()
    opted_out = db.execute(hot.opted_out, {"address": address_hash}).first()
    return first_time is not None, opted_out is not None


class GatewayStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def from_url(cls, url: str) -> GatewayStore:
        return cls(make_engine(url))

    def setup(self) -> None:
        """Create the tables that are missing.

        Gateways of the production profile start together: on PostgreSQL they take turns
        (a transaction-scoped advisory lock), so the second finds the first's tables instead
        of racing it to CREATE TABLE.
        """
        with self.engine.begin() as db:
            if db.dialect.name == "postgresql":
                db.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SETUP_LOCK_KEY})
            t.metadata.create_all(db)

    async def run(self, function: Callable[..., T], *args: Any) -> T:
        """Run a store call from the event loop: inline on SQLite, else in a worker thread."""
        if self.engine.dialect.name == "sqlite":
            return function(*args)
        return await asyncio.to_thread(function, *args)

    # conversations -------------------------------------------------------------------

    def conversation(self, conversation_id: str) -> Conversation | None:
        with self.engine.connect() as db:
            row = db.execute(
                select(t.conversations).where(t.conversations.c.id == conversation_id)
            ).first()
        return _conversation(row) if row else None

    def open_conversation(
        self,
        conversation_id: str,
        *,
        channel: str,
        tenant: str,
        language: str,
        reply_to: str | None = None,
    ) -> Conversation:
        """The conversation with this id, made if new (and re-opened if it had ended)."""
        with self.engine.begin() as db:
            return _open(
                db,
                conversation_id,
                channel=channel,
                tenant=tenant,
                language=language,
                reply_to=reply_to,
            )

    def update_conversation(self, conversation_id: str, **values: Any) -> None:
        allowed = {"state", "choices", "reply_to", "language", "ended_at"}
        unknown = set(values) - allowed
        if unknown:
            raise ValueError(f"not a conversation field: {', '.join(sorted(unknown))}")
        with self.engine.begin() as db:
            db.execute(
                update(t.conversations)
                .where(t.conversations.c.id == conversation_id)
                .values(**values)
            )

    def end_conversation(self, conversation_id: str) -> None:
        self.update_conversation(conversation_id, ended_at=utcnow(), choices=None)

    # transcript -------------------------------------------------------------------------

    def find_client_message(self, conversation_id: str, client_id: str) -> Message | None:
        with self.engine.connect() as db:
            params = {"cid": conversation_id, "client_id": client_id}
            row = db.execute(_hot().client_message, params).first()
        return _message(row) if row else None

    def append(
        self,
        conversation: Conversation,
        new: Sequence[NewMessage],
        *,
        choices: Sequence[str] | None = None,
    ) -> list[Message]:
        """Store messages in order, numbering them; a repeated client id raises IntegrityError.

        ``choices``, when given, become the conversation's numbered options (the payloads of
        the buttons just offered; empty clears them), in the same transaction.
        """
        if not new:
            return []
        now = utcnow()
        hot = _hot()
        params: dict[str, Any] = {"cid": conversation.id, "count": len(new), "now": now}
        with self.engine.begin() as db:
            if choices is None:
                last = db.execute(hot.next_seq, params).one().next_seq
            else:
                params["choices"] = list(choices) or None
                last = db.execute(hot.next_seq_choices, params).scalar_one()
            rows = [
                {
                    "conversation_id": conversation.id,
                    "seq": last - len(new) + number,
                    "sender": message.sender,
                    "channel": conversation.channel,
                    "language": message.language or conversation.language,
                    "body": message.body,
                    "data": message.data,
                    "client_id": message.client_id,
                    "created_at": now,
                }
                for number, message in enumerate(new, start=1)
            ]
            db.execute(hot.add_message, rows)
        return [Message(**row) for row in rows]

    def record_resident(
        self, conversation_id: str, message: NewMessage
    ) -> tuple[Message, Conversation, bool]:
        """Store a resident's message; also returns the conversation as it is now.

        One transaction. A client id already stored gives back that message and
        ``duplicate=True`` (a resend after a reconnect), storing nothing.
        """
        now = utcnow()
        hot = _hot()
        try:
            with self.engine.begin() as db:
                row = db.execute(hot.next_seq, {"cid": conversation_id, "count": 1, "now": now})
                row = row.one()
                conversation = _conversation(row)
                stored = Message(
                    conversation_id=conversation_id,
                    seq=row.next_seq,
                    sender=message.sender,
                    channel=row.channel,
                    language=message.language or row.language,
                    body=message.body,
                    data=message.data,
                    client_id=message.client_id,
                    created_at=now,
                )
                db.execute(hot.add_message, stored.__dict__)
        except IntegrityError:
            if message.client_id is None:
                raise
            earlier = self.find_client_message(conversation_id, message.client_id)
            current = self.conversation(conversation_id)
            if earlier is None or current is None:
                raise
            return earlier, current, True
        return stored, conversation, False

    def replies_to(self, conversation_id: str, seq: int) -> list[Message]:
        """What answered the resident's message ``seq``: the messages up to their next one."""
        replies = []
        for message in self.messages_after(conversation_id, seq, limit=50):
            if message.sender == "resident":
                break
            replies.append(message)
        return replies

    def messages_after(self, conversation_id: str, seq: int, limit: int = 500) -> list[Message]:
        with self.engine.connect() as db:
            rows = db.execute(
                select(t.messages)
                .where(t.messages.c.conversation_id == conversation_id, t.messages.c.seq > seq)
                .order_by(t.messages.c.seq)
                .limit(limit)
            ).all()
        return [_message(row) for row in rows]

    # SMS ----------------------------------------------------------------------------------

    def sms_arrival(self, message_sid: str, address_hash: str) -> tuple[bool, bool]:
        """(first time this MessageSid is seen, the sender has opted out): one transaction."""
        with self.engine.begin() as db:
            return _sms_arrival(db, message_sid, address_hash)

    def sms_message(
        self,
        message_sid: str,
        address_hash: str,
        conversation_id: str,
        *,
        tenant: str,
        language: str,
        reply_to: str,
    ) -> tuple[bool, Conversation | None]:
        """An ordinary text (not a keyword) arriving: one transaction.

        Records the MessageSid, and opens the sender's conversation unless they opted out.
        Returns (first time this MessageSid is seen, the conversation or None if opted out).
        """
        with self.engine.begin() as db:
            first_time, opted_out = _sms_arrival(db, message_sid, address_hash)
            if opted_out:
                return first_time, None
            conversation = _open(
                db,
                conversation_id,
                channel="sms",
                tenant=tenant,
                language=language,
                reply_to=reply_to,
            )
            return first_time, conversation

    def set_opted_out(self, address_hash: str, opted_out: bool) -> None:
        with self.engine.begin() as db:
            db.execute(delete(t.sms_optouts).where(t.sms_optouts.c.address_hash == address_hash))
            if opted_out:
                db.execute(
                    insert(t.sms_optouts).values(address_hash=address_hash, opted_out_at=utcnow())
                )

    def is_opted_out(self, address_hash: str) -> bool:
        with self.engine.connect() as db:
            return (
                db.execute(
                    select(t.sms_optouts.c.address_hash).where(
                        t.sms_optouts.c.address_hash == address_hash
                    )
                ).first()
                is not None
            )

    def queue_sms(self, conversation_id: str, to_number: str, address_hash: str, body: str) -> int:
        now = utcnow()
        with self.engine.begin() as db:
            return db.execute(
                insert(t.sms_outbound)
                .values(
                    conversation_id=conversation_id,
                    to_number=to_number,
                    address_hash=address_hash,
                    body=body,
                    status="queued",
                    attempts=0,
                    next_attempt_at=now,
                    created_at=now,
                    updated_at=now,
                )
                .returning(t.sms_outbound.c.id)
            ).scalar_one()

    def claim_due_sms(self, limit: int = 20) -> list[OutgoingSms]:
        """Take queued messages whose time has come (marked 'sending', so taken once)."""
        now = utcnow()
        taken: list[OutgoingSms] = []
        with self.engine.begin() as db:
            rows = db.execute(
                select(t.sms_outbound)
                .where(t.sms_outbound.c.status == "queued", t.sms_outbound.c.next_attempt_at <= now)
                .order_by(t.sms_outbound.c.id)
                .limit(limit)
            ).all()
            for row in rows:
                claimed = db.execute(
                    update(t.sms_outbound)
                    .where(t.sms_outbound.c.id == row.id, t.sms_outbound.c.status == "queued")
                    .values(status="sending", attempts=row.attempts + 1, updated_at=now)
                ).rowcount
                if claimed:
                    taken.append(
                        OutgoingSms(
                            row.id,
                            row.conversation_id,
                            row.to_number,
                            row.address_hash,
                            row.body,
                            row.attempts + 1,
                        )
                    )
        return taken

    def sms_result(
        self,
        sms_id: int,
        status: str,
        *,
        provider_sid: str | None = None,
        error: str | None = None,
        retry_at: datetime | None = None,
    ) -> None:
        values: dict[str, Any] = {"status": status, "updated_at": utcnow(), "error": error}
        if provider_sid:
            values["provider_sid"] = provider_sid
        if retry_at is not None:
            values["next_attempt_at"] = retry_at
        if status in FINAL_SMS_STATES:
            values["to_number"] = None
        with self.engine.begin() as db:
            db.execute(update(t.sms_outbound).where(t.sms_outbound.c.id == sms_id).values(**values))

    def sms_delivery(self, provider_sid: str, status: str, error: str | None = None) -> bool:
        """A status callback from Twilio; False when the message is not ours."""
        values: dict[str, Any] = {"status": status, "updated_at": utcnow()}
        if error:
            values["error"] = error[:200]
        if status in FINAL_SMS_STATES:
            values["to_number"] = None
        with self.engine.begin() as db:
            return bool(
                db.execute(
                    update(t.sms_outbound)
                    .where(t.sms_outbound.c.provider_sid == provider_sid)
                    .values(**values)
                ).rowcount
            )

    def outbound(self, conversation_id: str | None = None) -> list[dict[str, Any]]:
        query = select(t.sms_outbound).order_by(t.sms_outbound.c.id)
        if conversation_id:
            query = query.where(t.sms_outbound.c.conversation_id == conversation_id)
        with self.engine.connect() as db:
            return [dict(row._mapping) for row in db.execute(query)]

    # retention ----------------------------------------------------------------------------

    def purge(self, older_than: timedelta, *, now: datetime | None = None) -> PurgeReport:
        """Delete conversations idle for longer than ``older_than``, with their messages."""
        cutoff = (now or utcnow()) - older_than
        report = PurgeReport()
        with self.engine.begin() as db:
            old = select(t.conversations.c.id).where(t.conversations.c.last_activity_at < cutoff)
            report.messages = db.execute(
                delete(t.messages).where(t.messages.c.conversation_id.in_(old))
            ).rowcount
            report.sms_outbound = db.execute(
                delete(t.sms_outbound).where(
                    or_(
                        t.sms_outbound.c.conversation_id.in_(old),
                        and_(
                            t.sms_outbound.c.updated_at < cutoff,
                            t.sms_outbound.c.status.in_(FINAL_SMS_STATES),
                        ),
                    )
                )
            ).rowcount
            report.conversations = db.execute(
                delete(t.conversations).where(t.conversations.c.last_activity_at < cutoff)
            ).rowcount
            # MessageSids only matter while Twilio may retry (minutes); keep a day.
            report.sms_inbound = db.execute(
                delete(t.sms_inbound).where(
                    t.sms_inbound.c.received_at < (now or utcnow()) - timedelta(days=1)
                )
            ).rowcount
        return report

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as db:
            return {
                table.name: db.execute(select(func.count()).select_from(table)).scalar_one()
                for table in t.metadata.sorted_tables
            }
