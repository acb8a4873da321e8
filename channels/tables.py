"""The gateway's own tables: conversations, transcripts, SMS state.

Kept apart from the directory's tables and from Rasa's tracker store (never joined).
Phone numbers appear only where a message must be sent to them: ``reply_to`` on a
conversation (so a later message, such as a staff reply, can reach the resident) and
``to_number`` on an outgoing SMS. Opt-outs are stored by keyed hash.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()


def conversation_column(*, index: bool = False) -> Column:
    """The conversation a row belongs to (deleted with it)."""
    return Column(
        "conversation_id",
        String(40),
        ForeignKey("gw_conversations.id", ondelete="CASCADE"),
        nullable=False,
        index=index,
    )


conversations = Table(
    "gw_conversations",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("channel", String(16), nullable=False),
    Column("tenant", String(41), nullable=False),
    Column("language", String(8), nullable=False),
    # bot: the assistant answers; queued/staff: a person will or does (the console, issue 5)
    Column("state", String(16), nullable=False, default="bot"),
    Column("next_seq", Integer, nullable=False, default=0),
    # SMS: the payloads of the numbered options last offered ("reply 2" means the second)
    Column("choices", JSON, nullable=True),
    Column("reply_to", String(20), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("last_activity_at", DateTime(timezone=True), nullable=False),
    # web chat: quick exit or a new session ended it; a later hello starts a new one
    Column("ended_at", DateTime(timezone=True), nullable=True),
    Index("ix_gw_conversations_activity", "last_activity_at"),
)

messages = Table(
    "gw_messages",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    conversation_column(),
    Column("seq", Integer, nullable=False),
    Column("sender", String(16), nullable=False),  # resident, bot, staff, system
    Column("channel", String(16), nullable=False),
    Column("language", String(8), nullable=False),
    Column("body", Text, nullable=False),
    Column("data", JSON, nullable=True),  # buttons, card
    Column("client_id", String(64), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("conversation_id", "seq", name="uq_gw_messages_seq"),
    UniqueConstraint("conversation_id", "client_id", name="uq_gw_messages_client_id"),
)

sms_inbound = Table(
    "gw_sms_inbound",
    metadata,
    Column("message_sid", String(64), primary_key=True),
    Column("received_at", DateTime(timezone=True), nullable=False, index=True),
)

sms_optouts = Table(
    "gw_sms_optouts",
    metadata,
    Column("address_hash", String(40), primary_key=True),
    Column("opted_out_at", DateTime(timezone=True), nullable=False),
)

sms_outbound = Table(
    "gw_sms_outbound",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("conversation_id", String(40), nullable=False, index=True),
    Column("to_number", String(20), nullable=True),  # cleared once the message is final
    Column("address_hash", String(40), nullable=False),
    Column("body", Text, nullable=False),
    # queued → sending → sent → delivered | undelivered | failed; opted_out when stopped
    Column("status", String(16), nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", DateTime(timezone=True), nullable=True, index=True),
    Column("provider_sid", String(64), nullable=True, unique=True),
    Column("error", String(200), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

# --- the staff console (handoff) -----------------------------------------------------------

staff = Table(
    "gw_staff",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(64), nullable=False, unique=True),
    Column("display_name", String(100), nullable=False),
    Column("password_hash", String(200), nullable=False),  # argon2id
    Column("role", String(16), nullable=False),  # agent, supervisor
    Column("active", Integer, nullable=False, default=1),
    Column("failed_logins", Integer, nullable=False, default=0),
    Column("locked_until", DateTime(timezone=True), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

staff_sessions = Table(
    "gw_staff_sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),  # the cookie holds the token
    Column("staff_id", Integer, ForeignKey("gw_staff.id", ondelete="CASCADE"), nullable=False),
    Column("csrf_token", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
)

handoffs = Table(
    "gw_handoffs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    conversation_column(index=True),
    Column("status", String(16), nullable=False),  # queued, claimed, closed
    Column("priority", Integer, nullable=False),  # 0 urgent, 1 high, 2 normal
    Column("reason", String(40), nullable=False),
    Column("context", JSON, nullable=True),  # needs, place, services offered
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("claimed_by", Integer, ForeignKey("gw_staff.id"), nullable=True),
    Column("claimed_at", DateTime(timezone=True), nullable=True),
    # the holder's console was last connected then; a stale claim goes back to the queue
    Column("holder_seen_at", DateTime(timezone=True), nullable=True),
    Column("closed_at", DateTime(timezone=True), nullable=True),
    Column("closed_by", Integer, ForeignKey("gw_staff.id"), nullable=True),
    Index("ix_gw_handoffs_queue", "status", "priority", "created_at"),
)

notes = Table(
    "gw_notes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    conversation_column(index=True),
    Column("staff_id", Integer, ForeignKey("gw_staff.id"), nullable=False),
    Column("body", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

audit = Table(
    "gw_audit",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False, index=True),
    Column("staff_id", Integer, ForeignKey("gw_staff.id"), nullable=True),
    Column("action", String(40), nullable=False),
    Column("conversation_id", String(40), nullable=True),
    Column("detail", JSON, nullable=True),
)
