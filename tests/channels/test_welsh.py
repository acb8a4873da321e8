"""Welsh conversations through the gateway: detected, switched, answered in Welsh."""

from __future__ import annotations

from sqlalchemy import select

from channels import sms_text
from channels import tables as t
from channels.app import accounts_key
from tests.channels.conftest import store_of
from tests.channels.test_console import PASSWORD, csrf_of, sign_in
from tests.channels.test_sms import incoming, reply_text, signed_post
from tests.channels.test_webchat import connect, hello, messages, say

CONWY = "+447700900998"  # in channels/tenants/conwy.json


async def text(gateway, body: str, **kwargs) -> str | None:
    response = await signed_post(gateway, "/sms/twilio", incoming(body, **kwargs))
    assert response.status == 200
    return reply_text(await response.text())


async def test_a_first_message_in_welsh_is_answered_in_welsh_by_sms(gateway):
    reply = await text(gateway, "dwi angen banc bwyd yn Llandudno")
    assert "ger" in reply or "Atebwch" in reply or "milltir" in reply, reply
    assert sms_text.segments(reply) <= 3
    with store_of(gateway).engine.connect() as db:
        assert db.execute(select(t.conversations.c.language)).scalar_one() == "cy"


async def test_cymraeg_and_english_switch_at_any_point(gateway):
    ws = await connect(gateway)
    await hello(ws)
    await say(ws, "hello")
    switched = [m for m in messages(await say(ws, "Cymraeg")) if m["from"] == "system"]
    assert switched[0]["lang"] == "cy" and "Gymraeg" in switched[0]["text"]
    welsh = [m for m in messages(await say(ws, "help")) if m["from"] == "bot"]
    assert welsh and all(m["lang"] == "cy" for m in welsh)
    back = [m for m in messages(await say(ws, "English please")) if m["from"] == "system"]
    assert back[0]["lang"] == "en" and "English" in back[0]["text"]


async def test_the_widget_toggle_sets_the_language(gateway):
    ws = await connect(gateway)
    await hello(ws)
    await ws.send_json({"type": "language", "language": "cy"})
    replies = [m for m in messages(await say(ws, "food bank near KT1 3LY")) if m["from"] == "bot"]
    assert replies[0]["lang"] == "cy"
    assert "ger" in replies[0]["text"] or "Dyma" in replies[0]["text"], replies[0]["text"]


async def test_the_console_shows_the_language_and_welsh_saved_replies_first(make_gateway):
    gateway = await make_gateway(PUBLIC_BASE_URL="http://127.0.0.1:8080")
    gateway.app[accounts_key].add("alex", PASSWORD, role="agent")
    # to Conwy's number: its saved replies are in Welsh and English
    await text(gateway, "dwi isio siarad efo person go iawn plis", number="+447700900777", to=CONWY)
    with store_of(gateway).engine.connect() as db:
        handoff = db.execute(select(t.handoffs.c.id)).scalar_one()
    await sign_in(gateway, "alex")
    await gateway.post(f"/console/handoffs/{handoff}/claim", data={"csrf": await csrf_of(gateway)})
    page = await (await gateway.get(f"/console/handoffs/{handoff}")).text()
    assert "Welsh (Cymraeg)" in page
    assert page.index("(Cymraeg)</option>") < page.index("(English)</option>")
