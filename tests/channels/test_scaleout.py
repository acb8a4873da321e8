"""Two gateways sharing one database and one Redis: fan-out, ordering, exactly once."""

from __future__ import annotations

import asyncio
import itertools
import os
import shutil
import subprocess
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from channels import tables as t
from channels.app import accounts_key
from tests.channels.conftest import signed_post, store_of
from tests.channels.test_console import PASSWORD, csrf_of, sign_in
from tests.channels.test_sms import incoming, reply_text
from tests.channels.test_webchat import connect, frames_until, hello, messages, say
from tests.stack import free_port


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Redis on loopback (Debian's redis-server), for this test session."""
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server is not installed (make install installs it)")
        pytest.skip("redis-server is not installed")
    port = free_port()
    work = tmp_path_factory.mktemp("redis")
    server = subprocess.Popen(
        [
            binary,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(work),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 10
    while (
        subprocess.run(
            ["redis-cli", "-p", str(port), "ping"], check=False, capture_output=True, text=True
        ).stdout.strip()
        != "PONG"
    ):
        if time.monotonic() > deadline:
            server.kill()
            pytest.fail("redis-server did not start")
        time.sleep(0.1)
    yield f"redis://127.0.0.1:{port}/0"
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture
async def pair(make_gateway, redis_url):
    """Gateways A and B: the same database file, the same Redis, separate processes' state."""
    settings = {"REDIS_URL": redis_url, "PUBLIC_BASE_URL": "http://127.0.0.1:8080"}
    return await make_gateway(**settings), await make_gateway(**settings)


async def test_a_staff_reply_made_on_one_gateway_reaches_a_resident_on_the_other(pair):
    a, b = pair
    b.app[accounts_key].add("alex", PASSWORD, role="agent", display_name="Alex")
    ws = await connect(a)
    await hello(ws)
    await say(ws, "I want to talk to a person")
    with store_of(a).engine.connect() as db:
        handoff = db.execute(select(t.handoffs.c.id)).scalar_one()
    await sign_in(b, "alex")
    await b.post(f"/console/handoffs/{handoff}/claim", data={"csrf": await csrf_of(b)})
    await b.post(
        f"/console/handoffs/{handoff}/reply",
        data={"csrf": await csrf_of(b, f"/console/handoffs/{handoff}"), "text": "Hi, Alex here."},
    )
    frames = await frames_until(
        ws, lambda f: any(m.get("text") == "Hi, Alex here." for m in messages(f)), timeout=10
    )
    staff = [m for m in messages(frames) if m["from"] == "staff"]
    assert staff[-1]["text"] == "Hi, Alex here."
    seqs = [m["seq"] for m in messages(frames)]
    assert seqs == sorted(seqs) and len(seqs) == len(set(seqs))


async def test_one_conversations_messages_on_two_gateways_are_handled_in_turn_once_each(pair):
    a, b = pair
    forms = [incoming(text) for text in ("hello", "food bank near KT1 3LY", "more", "thanks")]
    # Twilio retries one of them on the other gateway too.
    sends = [
        signed_post(gateway, "/sms/twilio", form)
        for gateway, form in zip([a, b, a, b], forms, strict=True)
    ]
    sends.append(signed_post(a, "/sms/twilio", forms[1]))
    replies = await asyncio.gather(*sends)
    assert all(response.status == 200 for response in replies)
    with store_of(a).engine.connect() as db:
        rows = db.execute(
            select(t.messages.c.sender, t.messages.c.seq).order_by(t.messages.c.seq)
        ).all()
    senders = [row.sender for row in rows]
    assert senders.count("resident") == 4  # the retry was recognised, not handled again
    assert [row.seq for row in rows] == list(range(1, len(rows) + 1))
    # each message's answer follows it before the next message is taken
    for before, after in itertools.pairwise(senders):
        assert not (before == "resident" and after == "resident")


async def test_rate_limits_count_across_gateways(make_gateway, redis_url):
    settings = {
        "REDIS_URL": redis_url,
        "RATE_LIMIT_MESSAGES": "2",
        "PUBLIC_BASE_URL": "http://127.0.0.1:8080",
    }
    a, b = await make_gateway(**settings), await make_gateway(**settings)
    number = "+447700900555"
    assert reply_text(
        await (await signed_post(a, "/sms/twilio", incoming("hi", number=number))).text()
    )
    assert reply_text(
        await (await signed_post(b, "/sms/twilio", incoming("hi", number=number))).text()
    )
    limited = reply_text(
        await (await signed_post(a, "/sms/twilio", incoming("hi", number=number))).text()
    )
    assert "pause" in limited
