"""The staff console over HTTP: sign-in, CSRF, who may see what, and a handoff by SMS."""

from __future__ import annotations

import asyncio
import re
from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from channels import tables as t
from channels.app import accounts_key, desk_key
from channels.console.accounts import Accounts
from channels.console.hours import Hours
from tests.channels.conftest import RESIDENT, signed_post, store_of
from tests.channels.test_sms import incoming, reply_text

PASSWORD = "correct horse battery staple"
CSRF = re.compile(r'name="csrf" value="([^"]+)"')


@pytest.fixture
async def gateway(make_gateway):
    # Plain http, as behind a developer's loopback: the client then sends cookies back
    # (a browser withholds Secure cookies on http; see the https test below).
    return await make_gateway(PUBLIC_BASE_URL="http://127.0.0.1:8080")


@pytest.fixture
async def staff(gateway):
    accounts: Accounts = gateway.app[accounts_key]
    return {
        "alex": accounts.add("alex", PASSWORD, role="agent", display_name="Alex"),
        "blake": accounts.add("blake", PASSWORD, role="agent", display_name="Blake"),
        "sam": accounts.add("sam", PASSWORD, role="supervisor", display_name="Sam"),
    }


async def sign_in(client, username: str, password: str = PASSWORD):
    page = await client.get("/console/login")
    csrf = CSRF.search(await page.text()).group(1)
    return await client.post(
        "/console/login",
        data={"csrf": csrf, "username": username, "password": password},
        allow_redirects=False,
    )


async def csrf_of(client, path: str = "/console") -> str:
    page = await client.get(path)
    assert page.status == 200, path
    return CSRF.search(await page.text()).group(1)


async def sms_handoff(gateway) -> int:
    """A resident texts asking for a person; the queued handoff's id."""
    response = await signed_post(gateway, "/sms/twilio", incoming("I want to talk to a person"))
    assert "team" in reply_text(await response.text())
    with store_of(gateway).engine.connect() as db:
        return db.execute(select(t.handoffs.c.id)).scalar_one()


async def all_sent(gateway, timeout: float = 10) -> None:
    """Wait for the outbox (its background task sends) to have sent everything queued."""
    for _ in range(int(timeout * 10)):
        if all(row["status"] == "sent" for row in store_of(gateway).outbound()):
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"unsent: {store_of(gateway).outbound()}")


async def test_every_console_route_refuses_the_signed_out(gateway, staff, aiohttp_client):
    handoff = await sms_handoff(gateway)
    for path in ("/console", "/console/queue.html", f"/console/handoffs/{handoff}"):
        response = await gateway.get(path, allow_redirects=False)
        assert response.status == 303 and response.headers["Location"] == "/console/login"
    for action in ("claim", "reply", "note", "close", "transfer", "service"):
        response = await gateway.post(f"/console/handoffs/{handoff}/{action}", data={})
        assert response.status == 403, action
    assert (await gateway.post("/console/logout")).status == 403
    with pytest.raises(Exception) as refused:
        await gateway.ws_connect("/console/ws", headers={"Origin": str(gateway.make_url(""))})
    assert getattr(refused.value, "status", None) == 403


async def test_a_wrong_password_five_times_locks_the_account(gateway, staff):
    for _ in range(5):
        assert (await sign_in(gateway, "alex", "wrong password!!")).status == 401
    assert (await sign_in(gateway, "alex")).status == 401  # locked, even with the right one
    with store_of(gateway).engine.connect() as db:
        actions = db.execute(select(t.audit.c.action)).scalars().all()
    assert actions.count("login_failed") == 5 and "login_refused" in actions


async def test_session_cookie_is_httponly_and_strict(gateway, staff):
    response = await sign_in(gateway, "alex")
    assert response.status == 303
    cookie = response.cookies["signpost_console"]
    assert cookie["httponly"] and cookie["samesite"] == "Strict"
    assert not cookie["secure"]  # http here


async def test_cookies_are_secure_when_the_public_address_is_https(make_gateway):
    gateway = await make_gateway()  # PUBLIC_BASE_URL is https
    page = await gateway.get("/console/login")
    assert page.cookies["signpost_login_csrf"]["secure"]


async def test_posts_need_the_csrf_token(gateway, staff):
    handoff = await sms_handoff(gateway)
    await sign_in(gateway, "alex")
    response = await gateway.post(f"/console/handoffs/{handoff}/claim", data={"csrf": "forged"})
    assert response.status == 403
    with store_of(gateway).engine.connect() as db:
        assert db.execute(select(t.handoffs.c.status)).scalar_one() == "queued"


async def test_an_sms_handoff_claimed_answered_and_closed(gateway, staff, twilio):
    handoff = await sms_handoff(gateway)
    await sign_in(gateway, "alex")
    queue = await gateway.get("/console")
    page = await queue.text()
    assert "SMS" in page and "asked for person" in page and "7700900123" not in page
    csrf = CSRF.search(page).group(1)
    claimed = await gateway.post(
        f"/console/handoffs/{handoff}/claim", data={"csrf": csrf}, allow_redirects=False
    )
    assert claimed.status == 303
    conversation = await (await gateway.get(f"/console/handoffs/{handoff}")).text()
    assert "•••123" in conversation and "+447700900123" not in conversation

    # While Alex holds it, the assistant is silent and the resident's words reach Alex.
    quiet = await signed_post(gateway, "/sms/twilio", incoming("I can't pay my rent"))
    assert reply_text(await quiet.text()) is None
    transcript = await (await gateway.get(f"/console/handoffs/{handoff}/transcript.html")).text()
    assert "pay my rent" in transcript

    await gateway.post(
        f"/console/handoffs/{handoff}/reply", data={"csrf": csrf, "text": "Hello, I'm Alex."}
    )
    await gateway.post(f"/console/handoffs/{handoff}/note", data={"csrf": csrf, "text": "rent"})
    await gateway.post(f"/console/handoffs/{handoff}/close", data={"csrf": csrf})
    await all_sent(gateway)
    bodies = [sms["Body"] for sms in twilio.sent]
    assert any("Alex" in body for body in bodies)  # "This is Alex from the Signpost team"
    assert "Hello, I'm Alex." in bodies
    assert any("back with the Signpost assistant" in body for body in bodies)
    assert all(sms["To"] == RESIDENT for sms in twilio.sent)

    # Handed back: the assistant answers again.
    again = await signed_post(gateway, "/sms/twilio", incoming("food bank near KT1 3LY"))
    assert "1. " in reply_text(await again.text())
    with store_of(gateway).engine.connect() as db:
        notes = db.execute(select(t.notes.c.body)).scalars().all()
        messages = db.execute(select(t.messages.c.body)).scalars().all()
    assert notes == ["rent"] and "rent" not in messages  # notes never reach the resident


async def test_one_agent_cannot_read_or_answer_what_another_holds(gateway, staff):
    handoff = await sms_handoff(gateway)
    await sign_in(gateway, "alex")
    await gateway.post(f"/console/handoffs/{handoff}/claim", data={"csrf": await csrf_of(gateway)})
    gateway.session.cookie_jar.clear()
    await sign_in(gateway, "blake")
    csrf = await csrf_of(gateway)
    assert (await gateway.get(f"/console/handoffs/{handoff}")).status == 403
    refused = await gateway.post(
        f"/console/handoffs/{handoff}/reply", data={"csrf": csrf, "text": "hi"}
    )
    assert refused.status == 403
    gateway.session.cookie_jar.clear()
    await sign_in(gateway, "sam")  # a supervisor may read it and move it
    assert (await gateway.get(f"/console/handoffs/{handoff}")).status == 200
    moved = await gateway.post(
        f"/console/handoffs/{handoff}/transfer",
        data={"csrf": await csrf_of(gateway), "to": str(staff["blake"].id)},
        allow_redirects=False,
    )
    assert moved.status == 303
    gateway.session.cookie_jar.clear()
    await sign_in(gateway, "blake")
    assert (await gateway.get(f"/console/handoffs/{handoff}")).status == 200


async def test_a_claim_whose_holder_went_away_returns_to_the_queue(make_gateway):
    gateway = await make_gateway(CLAIM_TIMEOUT_SECONDS="5", PUBLIC_BASE_URL="http://127.0.0.1:8080")
    accounts: Accounts = gateway.app[accounts_key]
    accounts.add("alex", PASSWORD, role="agent")
    handoff = await sms_handoff(gateway)
    await sign_in(gateway, "alex")
    await gateway.post(f"/console/handoffs/{handoff}/claim", data={"csrf": await csrf_of(gateway)})
    with store_of(gateway).engine.begin() as db:
        db.execute(
            t.handoffs.update().values(holder_seen_at=datetime(2020, 1, 1, tzinfo=timezone.utc))
        )
    released = await gateway.app[desk_key].release_stale()
    assert [h.id for h in released] == [handoff]
    with store_of(gateway).engine.connect() as db:
        assert db.execute(select(t.handoffs.c.status)).scalar_one() == "queued"
        assert db.execute(select(t.conversations.c.state)).scalar_one() == "queued"


def test_contact_centre_hours():
    hours = Hours.from_tenant(
        {"timezone": "Europe/London", "hours": {"monday": "09:00-17:00", "friday": "09:00-12:30"}}
    )
    monday_10 = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)  # Monday, GMT
    assert hours.is_open(monday_10)
    monday_18 = datetime(2026, 11, 23, 18, 0, tzinfo=timezone.utc)
    assert not hours.is_open(monday_18)
    assert hours.next_opening(monday_18).isoformat() == "2026-11-27T09:00:00+00:00"
    assert Hours.from_tenant(None) is None


async def test_a_gateway_restart_keeps_the_queue_claims_and_transcript(make_gateway):
    first = await make_gateway(PUBLIC_BASE_URL="http://127.0.0.1:8080")
    first.app[accounts_key].add("alex", PASSWORD, role="agent")
    handoff = await sms_handoff(first)
    await sign_in(first, "alex")
    await first.post(f"/console/handoffs/{handoff}/claim", data={"csrf": await csrf_of(first)})
    await signed_post(first, "/sms/twilio", incoming("are you still there?"))
    await first.close()

    second = await make_gateway(PUBLIC_BASE_URL="http://127.0.0.1:8080")  # same database
    await sign_in(second, "alex")  # accounts survive; the old session cookie is gone with it
    page = await (await second.get(f"/console/handoffs/{handoff}")).text()
    assert "are you still there?" in page and "I want to talk to a person" in page
    assert "Your conversations (1)" in await (await second.get("/console")).text()
    # still held: the assistant stays silent for this resident
    quiet = await signed_post(second, "/sms/twilio", incoming("hello?"))
    assert reply_text(await quiet.text()) is None


async def test_an_agent_searches_the_directory_and_sends_a_service(gateway, staff, twilio):
    handoff = await sms_handoff(gateway)
    await sign_in(gateway, "alex")
    await gateway.post(f"/console/handoffs/{handoff}/claim", data={"csrf": await csrf_of(gateway)})
    page = await (await gateway.get(f"/console/handoffs/{handoff}?need=food&place=KT1+3LY")).text()
    service_ids = re.findall(r'name="service_id" value="([^"]+)"', page)
    assert len(service_ids) >= 3  # food services near the postcode, each with a Send button
    unknown = await (
        await gateway.get(f"/console/handoffs/{handoff}?need=food&place=Narnia")
    ).text()
    assert "not recognised" in unknown
    csrf = CSRF.search(page).group(1)
    sent = await gateway.post(
        f"/console/handoffs/{handoff}/service",
        data={"csrf": csrf, "service_id": service_ids[0]},
        allow_redirects=False,
    )
    assert sent.status == 303
    await all_sent(gateway)
    body = twilio.sent[-1]["Body"]
    assert re.search(r"020 7946 \d{4}", body)  # the service's phone, by SMS to the resident
    with store_of(gateway).engine.connect() as db:
        card = db.execute(
            select(t.messages.c.data).where(t.messages.c.sender == "staff")
        ).scalar_one()
    assert card["card"]["service_id"] == service_ids[0]
