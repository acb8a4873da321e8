"""The web chat WebSocket: origins, resume without loss or doubling, cards, "text me these"."""

from __future__ import annotations

import asyncio
import json
import uuid

import aiohttp
import pytest
from sqlalchemy import select

from channels import tables as t
from tests.channels.conftest import ORIGIN, RESIDENT, closed_port_url, store_of

WS = "/webchat/ws?tenant=kingston"


async def connect(gateway, origin: str = ORIGIN):
    return await gateway.ws_connect(WS, headers={"Origin": origin})


async def frames_until(ws, done, timeout: float = 60) -> list[dict]:
    """Read frames until ``done(frames)`` is true."""
    frames: list[dict] = []
    while not done(frames):
        message = await asyncio.wait_for(ws.receive(), timeout)
        assert message.type == aiohttp.WSMsgType.TEXT, message
        frames.append(json.loads(message.data))
    return frames


def acked(client_id: str):
    return lambda frames: any(f["type"] == "ack" and f["id"] == client_id for f in frames)


def messages(frames: list[dict]) -> list[dict]:
    return [f for f in frames if f["type"] == "message"]


async def hello(ws, session=None, last_seq=0) -> dict:
    await ws.send_json({"type": "hello", "session": session, "last_seq": last_seq})
    (welcome,) = await frames_until(ws, lambda frames: len(frames) == 1)
    assert welcome["type"] == "welcome"
    return welcome


async def say(ws, text: str, client_id: str | None = None, payload: str | None = None):
    client_id = client_id or uuid.uuid4().hex
    frame = {"type": "message", "id": client_id, "text": text}
    if payload:
        frame["payload"] = payload
    await ws.send_json(frame)
    # the answer's messages are published before the ack
    return await frames_until(ws, acked(client_id))


async def test_an_origin_the_tenant_does_not_allow_is_refused(gateway):
    with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
        await connect(gateway, origin="https://evil.example")
    assert refused.value.status == 403
    with pytest.raises(aiohttp.WSServerHandshakeError) as no_origin:
        await gateway.ws_connect(WS)
    assert no_origin.value.status == 403
    with pytest.raises(aiohttp.WSServerHandshakeError) as unknown:
        await gateway.ws_connect("/webchat/ws?tenant=nowhere", headers={"Origin": ORIGIN})
    assert unknown.value.status == 404


async def test_food_bank_near_a_postcode_gives_service_cards(gateway):
    ws = await connect(gateway)
    await hello(ws)
    frames = await say(ws, "need a food bank near KT1 3LY")
    sent = messages(frames)
    assert sent[0]["from"] == "resident" and sent[0]["text"] == "need a food bank near KT1 3LY"
    cards = [m["card"] for m in sent if m.get("card", {}).get("type") == "service"]
    assert len(cards) == 3
    assert all(card["name"] and card["distance"] and card["checked"] for card in cards)
    assert [m["seq"] for m in sent] == list(range(1, len(sent) + 1))
    options = sent[-1]
    assert [b["title"] for b in options["buttons"]][:2] == ["More options", "Text me these"]
    assert {m["lang"] for m in sent} == {"en"}
    await ws.close()


async def test_reconnect_replays_what_was_missed_and_a_resent_message_is_not_doubled(gateway):
    ws = await connect(gateway)
    welcome = await hello(ws)
    frames = await say(ws, "hello", client_id="m1")
    last_seen = max(m["seq"] for m in messages(frames))
    await ws.close()

    # While away, the page sends "m2" but the socket drops before the ack arrives.
    ws = await connect(gateway)
    await hello(ws, welcome["session"], last_seen)
    await ws.send_json({"type": "message", "id": "m2", "text": "food bank near KT1 3LY"})
    await ws.close()
    await asyncio.sleep(1.5)  # the gateway finishes handling m2

    ws = await connect(gateway)
    replay = await hello(ws, welcome["session"], last_seen)
    assert replay["session"] == welcome["session"]
    missed = await frames_until(ws, lambda f: any(m.get("card") for m in messages(f)))
    # then the page resends m2, unacknowledged: acknowledged with the same seq, not redone
    again = await say(ws, "food bank near KT1 3LY", client_id="m2")
    first_m2 = next(m for m in messages(missed) if m.get("id") == "m2")
    assert next(f for f in again if f["type"] == "ack")["seq"] == first_m2["seq"]
    await ws.close()
    with store_of(gateway).engine.connect() as db:
        bodies = db.execute(
            select(t.messages.c.body).where(t.messages.c.sender == "resident")
        ).scalars()
        assert list(bodies) == ["hello", "food bank near KT1 3LY"]
        seqs = db.execute(select(t.messages.c.seq).order_by(t.messages.c.seq)).scalars().all()
    assert seqs == list(range(1, len(seqs) + 1))


async def test_a_button_sends_its_payload_but_the_transcript_keeps_its_title(gateway):
    ws = await connect(gateway)
    await hello(ws)
    frames = await say(ws, "Food", payload='/find_service{"need": "food"}')
    replies = [m for m in messages(frames) if m["from"] == "bot"]
    assert replies and "postcode" in replies[-1]["text"].lower()
    with store_of(gateway).engine.connect() as db:
        row = db.execute(select(t.messages).where(t.messages.c.sender == "resident")).one()
    assert (row.body, row.data) == ("Food", {"payload": '/find_service{"need": "food"}'})


async def test_quick_exit_ends_the_session(gateway):
    ws = await connect(gateway)
    welcome = await hello(ws)
    await say(ws, "hello")
    await ws.send_json({"type": "end"})
    closed = await ws.receive()
    assert closed.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED)
    ws = await connect(gateway)
    fresh = await hello(ws, welcome["session"], 0)
    assert fresh["session"] != welcome["session"]  # the old one cannot be resumed


async def test_text_me_these_asks_for_a_number_then_sends_by_twilio(gateway, twilio):
    ws = await connect(gateway)
    await hello(ws)
    await say(ws, "food bank near KT1 3LY")
    asked = messages(await say(ws, "Text me these", payload="/send_sms"))
    assert asked[-1]["card"] == {"type": "ask_sms_number"}

    await ws.send_json({"type": "sms_number", "id": "n1", "number": "12345"})
    bad = await frames_until(ws, lambda f: any(m.get("from") == "system" for m in messages(f)))
    assert "mobile number" in messages(bad)[-1]["text"]

    await ws.send_json({"type": "sms_number", "id": "n2", "number": "07700 900123"})
    done = await frames_until(ws, acked("n2"))
    assert any(m.get("card", {}).get("type") == "send_sms" for m in messages(done))
    for _ in range(50):
        if twilio.sent:
            break
        await asyncio.sleep(0.1)
    (sms,) = twilio.sent
    assert sms["To"] == RESIDENT and sms["From"] == "+447700900999"
    assert sms["Body"].splitlines()[1].startswith("1. ")
    assert sms["StatusCallback"] == "https://signpost.example.gov.uk/sms/twilio/status"
    with store_of(gateway).engine.connect() as db:
        bodies = db.execute(select(t.messages.c.body)).scalars().all()
    assert not any("900123" in body and "•" not in body for body in bodies)


async def test_assistant_down_is_an_error_message_not_a_dead_chat(make_gateway):
    gateway = await make_gateway(RASA_URL=closed_port_url())
    ws = await connect(gateway)
    await hello(ws)
    frames = await say(ws, "food bank near KT1 3LY")
    system = [m for m in messages(frames) if m["from"] == "system"]
    assert "999" in system[0]["text"]


async def test_tenant_settings_are_public_without_the_allowed_origins(gateway):
    response = await gateway.get("/webchat/tenants/kingston.json", headers={"Origin": ORIGIN})
    body = await response.json()
    assert response.headers["Access-Control-Allow-Origin"] == ORIGIN
    assert body["id"] == "kingston" and "allowed_origins" not in body
    assert (await gateway.get("/webchat/tenants/nowhere.json")).status == 404


async def test_the_demo_page_and_widget_are_served(gateway):
    page = await gateway.get("/")
    assert page.status == 200 and 'data-tenant="kingston"' in await page.text()
    script = await gateway.get("/widget.js")
    assert script.status == 200 and script.content_type == "application/javascript"


async def test_crisis_in_web_chat_gets_the_emergency_contacts_first(gateway):
    ws = await connect(gateway)
    await hello(ws)
    frames = await say(ws, "I want to end my life tonight")
    first = next(m for m in messages(frames) if m["from"] == "bot")
    assert "999" in first["text"] and "116 123" in first["text"]
