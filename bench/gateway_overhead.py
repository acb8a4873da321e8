"""Benchmark: what the gateway adds to a message's latency, against Rasa's own HTTP channel.

One run starts the real assistant (Rasa engine + action server + demo directory) and a real
gateway process, then sends the same messages three ways, interleaved so that drift in the
machine's speed affects all three alike:

- **baseline**: straight to Rasa's HTTP channel (``POST /webhooks/webchat/webhook``);
- **web chat**: through the gateway's WebSocket (send → the ``ack`` that follows the answer);
- **SMS**: through the gateway's signed Twilio webhook (POST → TwiML).

The message is "hello", answered by a fixed response, so the figures are the floor of the
path (no directory search). Every 10 messages a new conversation starts on every path, so
the trackers Rasa loads stay the same size for all three.

Run: ``make bench-gateway`` (or ``python -m bench.gateway_overhead --messages 300``).
Writes ``bench/results/gateway_overhead.json`` and ``.md``. Target: under 5 ms added at p95.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import secrets
import shutil
import tempfile
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlencode

import aiohttp
from twilio.request_validator import RequestValidator

from bench.directory_search import machine, percentile
from tests.stack import ROOT, free_port, run_assistant, run_gateway

RESULTS = ROOT / "bench" / "results"
PER_CONVERSATION = 10
TOKEN = secrets.token_hex(16)
# What the gateway sends Rasa with each web chat message (channels/router.py), so that the
# baseline asks Rasa for the same work: the tenant and language become slots.
METADATA = {
    "channel": "webchat",
    "tenant": "kingston",
    "language": "en",
    "sms_number_on_file": False,
}


def tenants_for(origin: str, where: Path) -> Path:
    where.mkdir(parents=True, exist_ok=True)
    for path in (ROOT / "channels" / "tenants").glob("*.json"):
        tenant = json.loads(path.read_text(encoding="utf-8"))
        tenant["allowed_origins"] = [*tenant.get("allowed_origins", []), origin]
        (where / path.name).write_text(json.dumps(tenant), encoding="utf-8")
    return where


class Paths:
    def __init__(self, session: aiohttp.ClientSession, rasa: str, gateway: str) -> None:
        self.session, self.rasa, self.gateway = session, rasa, gateway
        self.ws: aiohttp.ClientWebSocketResponse | None = None
        self.conversation = 0

    async def new_conversation(self) -> None:
        self.conversation += 1
        if self.ws is not None:
            await self.ws.close()
        self.ws = await self.session.ws_connect(
            f"{self.gateway}/webchat/ws?tenant=kingston", headers={"Origin": self.gateway}
        )
        await self.ws.send_json({"type": "hello", "session": None, "last_seq": 0})
        assert json.loads((await self.ws.receive()).data)["type"] == "welcome"

    async def baseline(self, text: str) -> float:
        started = time.perf_counter()
        async with self.session.post(
            f"{self.rasa}/webhooks/webchat/webhook",
            json={"sender": f"bench-{self.conversation}", "message": text, "metadata": METADATA},
        ) as response:
            assert response.status == 200 and await response.json()
        return time.perf_counter() - started

    async def webchat(self, text: str) -> float:
        assert self.ws is not None
        client_id = uuid.uuid4().hex
        started = time.perf_counter()
        await self.ws.send_json({"type": "message", "id": client_id, "text": text})
        while True:
            frame = json.loads((await self.ws.receive()).data)
            if frame["type"] == "ack" and frame["id"] == client_id:
                assert frame["seq"]
                return time.perf_counter() - started

    async def sms(self, text: str) -> float:
        path = "/sms/twilio"
        form = {
            "MessageSid": "SM" + uuid.uuid4().hex,
            "From": f"+4477009{self.conversation % 100000:05d}",
            "To": "+447700900999",
            "Body": text,
        }
        signature = RequestValidator(TOKEN).compute_signature(self.gateway + path, form)
        started = time.perf_counter()
        async with self.session.post(
            self.gateway + path,
            data=urlencode(form),
            headers={
                "X-Twilio-Signature": signature,
                "Content-Type": "application/x-www-form-urlencoded",
            },
        ) as response:
            assert response.status == 200 and "<Message>" in await response.text()
        return time.perf_counter() - started


async def measure(rasa: str, gateway: str, messages: int) -> dict[str, list[float]]:
    samples: dict[str, list[float]] = {"baseline": [], "webchat": [], "sms": []}
    async with aiohttp.ClientSession() as session:
        paths = Paths(session, rasa, gateway)
        order = ["baseline", "webchat", "sms"]
        for number in range(messages + PER_CONVERSATION):  # the first 10 warm up
            if number % PER_CONVERSATION == 0:
                await paths.new_conversation()
            order = order[1:] + order[:1]
            for name in order:
                seconds = await getattr(paths, name)("hello")
                if number >= PER_CONVERSATION:
                    samples[name].append(seconds * 1000)
        if paths.ws is not None:
            await paths.ws.close()
    return samples


def summary(samples: dict[str, list[float]]) -> dict:
    rows = {}
    base = samples["baseline"]
    for name, values in samples.items():
        rows[name] = {
            "p50_ms": round(percentile(values, 0.5), 2),
            "p95_ms": round(percentile(values, 0.95), 2),
            "p99_ms": round(percentile(values, 0.99), 2),
            "messages": len(values),
        }
        if name != "baseline":
            rows[name]["added_p50_ms"] = round(percentile(values, 0.5) - percentile(base, 0.5), 2)
            rows[name]["added_p95_ms"] = round(percentile(values, 0.95) - percentile(base, 0.95), 2)
            rows[name]["ratio_p95"] = round(percentile(values, 0.95) / percentile(base, 0.95), 3)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=300)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="signpost-bench-"))
    try:
        with run_assistant(work) as assistant:
            port = free_port()
            env = {
                **assistant.env,
                "RASA_URL": assistant.rasa_url,
                "SENDER_ID_SECRET": secrets.token_hex(16),
                "TWILIO_AUTH_TOKEN": TOKEN,
                "GATEWAY_TENANTS_DIR": str(tenants_for(f"http://127.0.0.1:{port}", work / "t")),
                "RATE_LIMIT_MESSAGES": "100000",
            }
            with run_gateway(work, env, port=port) as gateway:
                samples = asyncio.run(measure(assistant.rasa_url, gateway, args.messages))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    rows = summary(samples)
    result = {
        "benchmark": "gateway_overhead",
        "when": datetime.now(timezone.utc).isoformat(),
        "machine": machine(),
        "message": "hello (a fixed response; no directory search)",
        "target": "added p95 < 5 ms",
        "rows": rows,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "gateway_overhead.json").write_text(json.dumps(result, indent=2) + "\n")
    lines = [
        f"Gateway overhead, {machine()}, {args.messages} messages per path, interleaved; "
        "baseline = straight to Rasa's HTTP channel, same run.",
        "",
        "| path | p50 ms | p95 ms | p99 ms | added p50 ms | added p95 ms | p95 / baseline |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, row in rows.items():
        lines.append(
            f"| {name} | {row['p50_ms']} | {row['p95_ms']} | {row['p99_ms']} | "
            f"{row.get('added_p50_ms', '')} | {row.get('added_p95_ms', '')} | "
            f"{row.get('ratio_p95', 1.0)} |"
        )
    table = "\n".join(lines) + "\n"
    (RESULTS / "gateway_overhead.md").write_text(table)
    print(table)


if __name__ == "__main__":
    main()
