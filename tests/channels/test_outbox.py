"""Sending SMS later (staff replies, "text me these"): retries, refusals, opt-outs, purge."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from channels import tables as t
from channels.ids import keyed_hash
from channels.sms_sender import SmsSender
from channels.store import GatewayStore, NewMessage, utcnow
from tests.channels.conftest import RESIDENT, settings_for


@pytest.fixture
def store(tmp_path: Path) -> GatewayStore:
    instance = GatewayStore.from_url(f"sqlite:///{tmp_path / 'gateway.sqlite3'}")
    instance.setup()
    return instance


@pytest.fixture
async def sender(tmp_path: Path, store: GatewayStore, twilio) -> SmsSender:
    settings = settings_for(tmp_path, "http://127.0.0.1:9", twilio.url)
    instance = SmsSender(store, settings, base_delay_s=0.0)
    await instance.start()
    yield instance
    await instance.stop()


async def send_all(sender: SmsSender, rounds: int = 10) -> None:
    for _ in range(rounds):
        await sender.send_due()


async def test_a_queued_message_is_sent_once_with_the_provider_id(sender, store, twilio):
    await sender.queue("sms-1", RESIDENT, "Your services: ...")
    await send_all(sender)
    assert [m["Body"] for m in twilio.sent] == ["Your services: ..."]
    (row,) = store.outbound()
    assert row["status"] == "sent" and row["provider_sid"] == twilio.sent[0]["sid"]


async def test_server_errors_and_throttling_are_retried(sender, store, twilio):
    twilio.failures[:] = [500, 429]
    await sender.queue("sms-1", RESIDENT, "hello")
    await send_all(sender)
    (row,) = store.outbound()
    assert (row["status"], row["attempts"], len(twilio.sent)) == ("sent", 3, 1)


async def test_a_refusal_is_final_and_forgets_the_number(sender, store, twilio):
    twilio.failures[:] = [400]
    await sender.queue("sms-1", RESIDENT, "hello")
    await send_all(sender)
    (row,) = store.outbound()
    assert (row["status"], row["to_number"], twilio.sent) == ("failed", None, [])
    assert "21211" in row["error"]


async def test_nothing_is_sent_to_a_number_that_opted_out(sender, store, twilio):
    store.set_opted_out(keyed_hash(sender.settings.sender_id_secret, "sms", RESIDENT), True)
    await sender.queue("sms-1", RESIDENT, "hello")
    await send_all(sender)
    (row,) = store.outbound()
    assert (row["status"], twilio.requests) == ("opted_out", 0)


def test_purge_removes_conversations_idle_past_retention(store: GatewayStore):
    old = store.open_conversation("web-old", channel="webchat", tenant="kingston", language="en")
    new = store.open_conversation("web-new", channel="webchat", tenant="kingston", language="en")
    store.append(old, [NewMessage("resident", "hello")])
    store.append(new, [NewMessage("resident", "hi"), NewMessage("bot", "Hello!")])
    later = utcnow() + timedelta(days=31)
    with store.engine.begin() as db:
        db.execute(
            update(t.conversations)
            .where(t.conversations.c.id == "web-new")
            .values(last_activity_at=later - timedelta(days=1))
        )
    report = store.purge(timedelta(days=30), now=later)
    assert (report.conversations, report.messages) == (1, 1)
    assert store.conversation("web-old") is None
    assert [m.body for m in store.messages_after("web-new", 0)] == ["hi", "Hello!"]


def test_messages_are_numbered_in_order_and_a_client_id_is_stored_once(store: GatewayStore):
    chat = store.open_conversation("web-1", channel="webchat", tenant="kingston", language="en")
    first = store.append(chat, [NewMessage("resident", "a", client_id="c1")])
    rest = store.append(chat, [NewMessage("bot", "b"), NewMessage("bot", "c")])
    assert [m.seq for m in first + rest] == [1, 2, 3]
    with pytest.raises(IntegrityError):
        store.append(chat, [NewMessage("resident", "a", client_id="c1")])
    assert store.find_client_message("web-1", "c1").seq == 1
