"""Simulated residents for load and fault tests: web chat over WebSockets, SMS over webhooks.

Each resident holds one conversation and sends a short script, one message at a time: it
waits for the answer, reads it and types the next one (10 to 20 seconds: people type
slowly on phones), then sends it. What they record is what the tests check:

- a web chat resident sends each message with its own id, resends every unacknowledged
  message after a reconnect (to the other gateway when one dies: client-side balancing) and
  keeps every message frame, so gaps, duplicates and disorder show;
- an SMS resident posts signed webhooks like Twilio; when a gateway cannot be reached it
  retries the same MessageSid on the other one, as a load balancer would.

A fixed apology (the assistant or database away) counts as ``apologies``, not an error;
anything else unexpected is an error.
"""

from __future__ import annotations

import asyncio
import json
import random
import re
import time
import uuid
from dataclasses import dataclass, field
from urllib.parse import urlencode

import aiohttp
from twilio.request_validator import RequestValidator

SCRIPT = [
    "hello",
    "I need a food bank near KT1 3LY",
    "more options",
    "tell me about the second one",
    "debt advice in Surbiton",
    "thanks",
]
APOLOGY_MARK = "999"  # every fixed apology gives the emergency number


@dataclass
class Report:
    kind: str
    number: int
    sent: int = 0
    answered: int = 0
    apologies: int = 0
    errors: list[str] = field(default_factory=list)
    latencies_ms: list[float] = field(default_factory=list)
    seqs: list[int] = field(default_factory=list)  # web chat: every message frame's seq
    acked: dict[str, int] = field(default_factory=dict)  # web chat: client id -> seq
    sids: list[str] = field(default_factory=list)  # SMS: MessageSids answered with 200
    replies: list[str] = field(default_factory=list)  # SMS: the start of each reply
    conversation_hint: str = ""


async def webchat_resident(
    number: int,
    gateways: list[str],
    origin: str,
    until: float,
    think: tuple[float, float],
    rng: random.Random,
) -> Report:
    report = Report("webchat", number)
    session, last_seq, gateway_index = None, 0, number % len(gateways)
    pending: dict[str, str] = {}  # unacknowledged: id -> text
    turn = 0
    async with aiohttp.ClientSession() as http:
        while time.monotonic() < until or pending:
            if time.monotonic() > until + 60:
                report.errors.append(f"gave up with {len(pending)} unacknowledged")
                break
            url = f"{gateways[gateway_index]}/webchat/ws?tenant=kingston"
            try:
                async with http.ws_connect(url, headers={"Origin": origin}, heartbeat=None) as ws:
                    await ws.send_json({"type": "hello", "session": session, "last_seq": last_seq})
                    welcome = await _frame(ws, 30)
                    if welcome.get("type") != "welcome":
                        raise ConnectionError(f"no welcome: {welcome.get('type')}")
                    if session and welcome["session"] != session:
                        report.errors.append("the session was not resumed")
                    session = welcome["session"]
                    for client_id, text in list(pending.items()):  # resend, same ids
                        await ws.send_json({"type": "message", "id": client_id, "text": text})
                    while time.monotonic() < until or pending:
                        if not pending:
                            client_id = uuid.uuid4().hex
                            text = SCRIPT[turn % len(SCRIPT)]
                            turn += 1
                            pending[client_id] = text
                            report.sent += 1
                            started = time.monotonic()
                            await ws.send_json({"type": "message", "id": client_id, "text": text})
                        else:
                            started = time.monotonic()
                        while pending:
                            frame = await _frame(ws, 60)
                            last_seq = _take(frame, report, last_seq)
                            if frame.get("type") == "error" and frame.get("code") == "unavailable":
                                report.apologies += 1
                            if frame.get("type") == "ack" and frame.get("id") in pending:
                                if frame.get("seq") is None:
                                    report.errors.append(f"refused: {frame}")
                                else:
                                    report.acked[frame["id"]] = frame["seq"]
                                    report.answered += 1
                                    report.latencies_ms.append((time.monotonic() - started) * 1000)
                                pending.pop(frame["id"], None)
                        await asyncio.sleep(rng.uniform(*think))
                    return report
            except (aiohttp.ClientError, ConnectionError, asyncio.TimeoutError, OSError):
                gateway_index = (gateway_index + 1) % len(gateways)  # the other gateway
                await asyncio.sleep(rng.uniform(0.2, 1.0))
    return report


async def _frame(ws: aiohttp.ClientWebSocketResponse, timeout: float) -> dict:
    message = await asyncio.wait_for(ws.receive(), timeout)
    if message.type != aiohttp.WSMsgType.TEXT:
        raise ConnectionError(f"socket {message.type.name}")
    return json.loads(message.data)


def _take(frame: dict, report: Report, last_seq: int) -> int:
    if frame.get("type") != "message":
        return last_seq
    seq = frame["seq"]
    if seq in report.seqs:
        report.errors.append(f"seq {seq} delivered twice")
    elif report.seqs and seq != max(report.seqs) + 1:
        report.errors.append(f"seq {seq} after {max(report.seqs)}")
    report.seqs.append(seq)
    return max(last_seq, seq)


def _is_apology(twiml: str) -> bool:
    """A fixed apology names the emergency number and lists no services ("1. ...")."""
    text = twiml.partition("<Message>")[2].partition("</Message>")[0]
    return APOLOGY_MARK in text and not re.search(r"^\d+\. ", text, re.MULTILINE)


async def sms_resident(
    number: int,
    gateways: list[str],
    public_url: str,
    token: str,
    until: float,
    think: tuple[float, float],
    rng: random.Random,
) -> Report:
    # Ofcom's drama range: 07700 900000 to 900999
    report = Report("sms", number, conversation_hint=f"+447700900{number % 1000:03d}")
    validator = RequestValidator(token)
    path = "/sms/twilio"
    turn, index = 0, number % len(gateways)
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as http:
        while time.monotonic() < until:
            form = {
                "MessageSid": "SM" + uuid.uuid4().hex,
                "From": report.conversation_hint,
                "To": "+447700900999",
                "Body": SCRIPT[turn % len(SCRIPT)],
            }
            turn += 1
            report.sent += 1
            headers = {
                "X-Twilio-Signature": validator.compute_signature(public_url + path, form),
                "Content-Type": "application/x-www-form-urlencoded",
            }
            started = time.monotonic()
            for attempt in range(20):
                try:
                    async with http.post(
                        gateways[index] + path, data=urlencode(form), headers=headers
                    ) as response:
                        body = await response.text()
                        if response.status != 200 or "<Message>" not in body:
                            report.errors.append(f"HTTP {response.status}: {body[:200]}")
                        elif _is_apology(body):
                            report.apologies += 1
                        else:
                            report.answered += 1
                            report.sids.append(form["MessageSid"])
                            report.replies.append(body[38:120])
                            report.latencies_ms.append((time.monotonic() - started) * 1000)
                        break
                except (aiohttp.ClientConnectionError, asyncio.TimeoutError):
                    index = (index + 1) % len(gateways)  # the balancer tries the other one
                    await asyncio.sleep(min(2.0, 0.2 * (attempt + 1)))
            else:
                report.errors.append("no gateway answered")
            await asyncio.sleep(rng.uniform(*think))
    return report


async def crowd(
    residents: int,
    seconds: float,
    gateways: list[str],
    *,
    origin: str,
    public_url: str,
    token: str,
    think: tuple[float, float] = (10.0, 20.0),
    seed: int = 7,
    first: int = 0,
    during: list[tuple[float, object]] | None = None,
) -> list[Report]:
    """Run ``residents`` (half web chat, half SMS) for ``seconds``; ``during`` runs callables
    at given offsets (seconds) in a thread, e.g. to kill a process mid-load. Residents are
    numbered from ``first`` (their SMS numbers too, so runs do not share conversations)."""
    rng = random.Random(seed)
    until = time.monotonic() + seconds
    tasks = []
    for number in range(first, first + residents):
        resident_rng = random.Random(rng.random())
        await asyncio.sleep(0.01)  # ramp up over a couple of seconds
        if number % 2 == 0:
            tasks.append(webchat_resident(number, gateways, origin, until, think, resident_rng))
        else:
            tasks.append(
                sms_resident(number, gateways, public_url, token, until, think, resident_rng)
            )

    async def faults() -> None:
        start = time.monotonic()
        for offset, action in during or ():
            await asyncio.sleep(max(0.0, start + offset - time.monotonic()))
            await asyncio.to_thread(action)

    results = await asyncio.gather(*tasks, faults())
    return [r for r in results if isinstance(r, Report)]
