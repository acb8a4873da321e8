"""The gateway's store on SQLite and PostgreSQL: the one-transaction paths a message takes.

An SMS that is not a keyword records its MessageSid, reads the opt-out and opens the
conversation in one transaction; the assistant's answer and the numbered options it offers
are stored together. These run on PostgreSQL too when ``DIRECTORY_TEST_POSTGRES_URL`` is set
(``scripts/test-postgres.sh``, CI).
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import func, select

from channels import tables as t
from channels.store import GatewayStore, NewMessage
from tests.conftest import postgres_database


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GatewayStore]:
    if request.param == "sqlite":
        instance = GatewayStore.from_url(f"sqlite:///{tmp_path / 'gateway.sqlite3'}")
        instance.setup()
        yield instance
        instance.engine.dispose()
        return
    with postgres_database() as url:
        instance = GatewayStore.from_url(url)
        instance.setup()
        try:
            yield instance
        finally:
            instance.engine.dispose()


def sms(store: GatewayStore, sid: str, address: str = "addr-1", conversation: str = "sms-1"):
    return store.sms_message(
        sid, address, conversation, tenant="kingston", language="en", reply_to="+447700900123"
    )


def count(store: GatewayStore, table) -> int:
    with store.engine.connect() as db:
        return db.execute(select(func.count()).select_from(table)).scalar_one()


def test_a_text_opens_its_conversation_and_a_retry_is_known(store: GatewayStore):
    first, conversation = sms(store, "SM1")
    assert first is True
    assert conversation is not None
    assert (conversation.id, conversation.channel, conversation.state) == ("sms-1", "sms", "bot")
    assert conversation.reply_to == "+447700900123"

    again, same = sms(store, "SM1")
    assert again is False
    assert same is not None and same.id == "sms-1"
    assert count(store, t.sms_inbound) == 1
    assert count(store, t.conversations) == 1


def test_an_opted_out_sender_gets_no_conversation(store: GatewayStore):
    store.set_opted_out("addr-1", True)
    first, conversation = sms(store, "SM1")
    assert (first, conversation) == (True, None)
    assert count(store, t.conversations) == 0
    # the MessageSid is still recorded: a retry of it is known
    assert sms(store, "SM1") == (False, None)


def test_an_ended_conversation_reopens_with_its_history(store: GatewayStore):
    _, conversation = sms(store, "SM1")
    store.append(conversation, [NewMessage("resident", "hello")])
    store.end_conversation(conversation.id)
    _, reopened = sms(store, "SM2")
    assert reopened is not None and not reopened.ended
    assert [m.body for m in store.messages_after(reopened.id, 0)] == ["hello"]


def test_the_same_new_conversation_opened_at_once_is_made_once(store: GatewayStore):
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda n: sms(store, f"SM{n}"), range(16)))
    assert {conversation.id for _, conversation in results} == {"sms-1"}
    assert all(first for first, _ in results)
    assert count(store, t.conversations) == 1


def test_choices_are_stored_with_the_answer_and_kept_when_not_given(store: GatewayStore):
    _, conversation = sms(store, "SM1")
    store.append(conversation, [NewMessage("bot", "Which?")], choices=("/a", "/b"))
    assert store.conversation(conversation.id).choices == ("/a", "/b")
    store.append(conversation, [NewMessage("staff", "Hello, I'm Sam")])
    assert store.conversation(conversation.id).choices == ("/a", "/b")
    store.append(conversation, [NewMessage("bot", "Done.")], choices=())
    assert store.conversation(conversation.id).choices == ()
    assert [m.seq for m in store.messages_after(conversation.id, 0)] == [1, 2, 3]


def test_gateways_starting_together_on_postgresql_each_find_the_tables():
    """Two or more gateways set up one empty database at once: none fails, tables made once."""
    with postgres_database() as url:
        stores = [GatewayStore.from_url(url) for _ in range(6)]
        try:
            with ThreadPoolExecutor(max_workers=6) as pool:
                list(pool.map(lambda store: store.setup(), stores))
            assert set(t.metadata.tables) <= set(stores[0].counts())
            _, conversation = sms(stores[1], "SM1")
            assert stores[2].conversation(conversation.id) == conversation
        finally:
            for store in stores:
                store.engine.dispose()
