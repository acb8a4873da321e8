"""Benchmark: the whole assistant under load, against Rasa's own floor, in one run.

Embedded profile on this machine: the demo directory (SQLite), the action server, one Rasa
engine and one gateway, started here (so cold start is measured too). Then, at 1, 10, 50
and 200 concurrent conversations, each conversation sends messages back to back for a few
seconds, two ways, one after the other at each level:

- **floor**: straight to Rasa's HTTP channel, "hello" (a fixed response: NLU + dialogue,
  no action, no directory);
- **full**: through the gateway's web chat socket, a resident's script (greeting, a food
  bank near a postcode, more results, details of one, debt advice elsewhere, thanks): NLU,
  dialogue, actions, directory search, transcript.

Reported: latency p50/p95/p99 and throughput (answers per second) for both, and their
ratio; NLU parse time per message (``/model/parse``, held-out messages); cold start to the
first answer; resident memory (RSS) of every process after the load; the training time of
the model being measured (recorded by ``make train``).

Run: ``make bench-e2e`` (part of ``make bench``). Writes ``bench/results/end_to_end.json``,
``.md`` and ``end_to_end.png``. Targets (2 cores): p95 < 150 ms at 10 concurrent
conversations, ≥ 50 messages/s sustained, cold start < 60 s, total RSS < 1.5 GB.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

import aiohttp

from bench.directory_search import machine, percentile
from bench.gateway_overhead import tenants_for
from tests.prod.residents import SCRIPT
from tests.stack import ROOT, TOKEN, free_port, processes, wait

RESULTS = ROOT / "bench" / "results"
LEVELS = (1, 10, 50, 200)
TARGETS = {
    "p95_ms_at_10": 150,
    "throughput_per_s": 50,
    "cold_start_s": 60,
    "total_rss_mb": 1536,
}


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def floor_worker(session, rasa: str, until: float, out: list[float], number: int) -> None:
    sender, sent = f"floor-{number}-{uuid.uuid4().hex[:6]}", 0
    while time.monotonic() < until:
        if sent % 10 == 0:  # keep trackers small, as on the full path
            sender = f"floor-{number}-{uuid.uuid4().hex[:6]}"
        started = time.monotonic()
        async with session.post(
            f"{rasa}/webhooks/webchat/webhook", json={"sender": sender, "message": "hello"}
        ) as response:
            assert response.status == 200 and await response.json()
        out.append((time.monotonic() - started) * 1000)
        sent += 1


async def full_worker(session, gateway: str, until: float, out: list[float], number: int) -> None:
    sent = 0
    ws = None
    while time.monotonic() < until:
        if sent % len(SCRIPT) == 0:  # a new resident after each script
            if ws is not None:
                await ws.close()
            ws = await session.ws_connect(
                f"{gateway}/webchat/ws?tenant=kingston", headers={"Origin": gateway}
            )
            await ws.send_json({"type": "hello", "session": None, "last_seq": 0})
            assert json.loads((await ws.receive()).data)["type"] == "welcome"
        client_id = uuid.uuid4().hex
        started = time.monotonic()
        await ws.send_json({"type": "message", "id": client_id, "text": SCRIPT[sent % len(SCRIPT)]})
        while True:
            frame = json.loads((await ws.receive()).data)
            if frame["type"] == "ack" and frame["id"] == client_id:
                assert frame["seq"], frame
                break
        out.append((time.monotonic() - started) * 1000)
        sent += 1
    if ws is not None:
        await ws.close()


async def level(worker, target: str, concurrency: int, seconds: float) -> dict:
    samples: list[float] = []
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:
        started = time.monotonic()
        until = started + seconds
        await asyncio.gather(
            *(worker(session, target, until, samples, n) for n in range(concurrency))
        )
        elapsed = time.monotonic() - started
    return {
        "concurrency": concurrency,
        "messages": len(samples),
        "throughput_per_s": round(len(samples) / elapsed, 1),
        "p50_ms": round(percentile(samples, 0.5), 1),
        "p95_ms": round(percentile(samples, 0.95), 1),
        "p99_ms": round(percentile(samples, 0.99), 1),
    }


async def parse_times(rasa: str, count: int) -> dict:
    from ruamel.yaml import YAML  # noqa: PLC0415

    heldout = YAML(typ="safe").load((ROOT / "tests" / "nlu_eval" / "en.yml").read_text())
    texts = [
        line.strip()[2:]
        for block in heldout["nlu"]
        for line in block["examples"].splitlines()
        if line.strip().startswith("- ")
    ][:count]
    samples = []
    async with aiohttp.ClientSession() as session:
        for text in texts:
            started = time.monotonic()
            async with session.post(
                f"{rasa}/model/parse?token={TOKEN}", json={"text": text}
            ) as response:
                assert response.status == 200
                await response.read()
            samples.append((time.monotonic() - started) * 1000)
    return {
        "messages": len(samples),
        "p50_ms": round(percentile(samples, 0.5), 1),
        "p95_ms": round(percentile(samples, 0.95), 1),
    }


def start_stack(work: Path) -> tuple[dict, dict[str, subprocess.Popen], float]:
    """Directory, action server, Rasa (with the API, for /model/parse) and one gateway."""
    action_port, rasa_port, gateway_port = free_port(), free_port(), free_port()
    gateway = f"http://127.0.0.1:{gateway_port}"
    env = {
        **dict(__import__("os").environ),
        "RASA_TELEMETRY_ENABLED": "false",
        "LOG_LEVEL": "INFO",
        "PYTHONPATH": str(ROOT),
        "SANIC_HOST": "127.0.0.1",
        "SIGNPOST_DATA_DIR": str(work),
        "DIRECTORY_DATABASE_URL": "",
        "GATEWAY_DATABASE_URL": "",
        "ACTION_ENDPOINT_URL": f"http://127.0.0.1:{action_port}/webhook",
        "RASA_URL": f"http://127.0.0.1:{rasa_port}",
        "SENDER_ID_SECRET": secrets.token_hex(16),
        "PUBLIC_BASE_URL": gateway,
        "RATE_LIMIT_MESSAGES": "100000",
        "GATEWAY_TENANTS_DIR": str(tenants_for(gateway, work / "tenants")),
    }
    subprocess.run(
        [
            sys.executable,
            "-m",
            "directory",
            "import",
            "directory/demo/kingston.json",
            "--no-progress",
        ],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    logs = {name: (work / f"{name}.log") for name in ("actions", "rasa", "gateway")}
    started = time.monotonic()
    procs = {
        "actions": subprocess.Popen(
            [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "-p", str(action_port)],
            cwd=ROOT,
            env=env,
            stdout=logs["actions"].open("w"),
            stderr=subprocess.STDOUT,
        ),
        "rasa": subprocess.Popen(
            [
                str(ROOT / ".venv-engine" / "bin" / "python"),
                "-m",
                "bot.engine",  # Rasa's CLI with one upstream slowness fixed
                "run",
                "--enable-api",
                "-i",
                "127.0.0.1",
                "-p",
                str(rasa_port),
                "--model",
                str(ROOT / "models" / "signpost.tar.gz"),
                "--endpoints",
                "endpoints.yml",
                "--credentials",
                "credentials.yml",
                "--auth-token",
                TOKEN,
            ],
            cwd=ROOT,
            env=env,
            stdout=logs["rasa"].open("w"),
            stderr=subprocess.STDOUT,
        ),
        "gateway": subprocess.Popen(
            [sys.executable, "-m", "channels", "serve", "--port", str(gateway_port)],
            cwd=ROOT,
            env=env,
            stdout=logs["gateway"].open("w"),
            stderr=subprocess.STDOUT,
        ),
    }
    urls = {
        "rasa": env["RASA_URL"],
        "gateway": gateway,
        "actions": f"http://127.0.0.1:{action_port}",
    }
    return urls, procs, started


async def first_answer(gateway: str) -> None:
    async with aiohttp.ClientSession() as session:
        ws = await session.ws_connect(
            f"{gateway}/webchat/ws?tenant=kingston", headers={"Origin": gateway}
        )
        await ws.send_json({"type": "hello", "session": None, "last_seq": 0})
        await ws.receive()
        await ws.send_json({"type": "message", "id": "cold", "text": "food bank near KT1 3LY"})
        while True:
            frame = json.loads((await ws.receive()).data)
            if frame["type"] == "ack":
                assert frame["seq"]
                return


def wait_until_ready(urls: dict[str, str], procs: dict, work: Path) -> None:
    """Until the action server, Rasa and the gateway of ``start_stack`` all answer."""
    wait(f"{urls['actions']}/health", procs["actions"], work / "actions.log")
    wait(f"{urls['rasa']}/", procs["rasa"], work / "rasa.log")
    wait(f"{urls['gateway']}/healthz", procs["gateway"], work / "gateway.log")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=15, help="per level and path")
    parser.add_argument("--levels", type=int, nargs="+", default=list(LEVELS))
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="signpost-e2e-"))
    rows = []
    try:
        urls, procs, started = start_stack(work)
        with processes(*procs.values()):
            wait_until_ready(urls, procs, work)
            asyncio.run(first_answer(urls["gateway"]))
            cold_start = time.monotonic() - started
            parse = asyncio.run(parse_times(urls["rasa"], 200))
            for concurrency in args.levels:
                floor = asyncio.run(level(floor_worker, urls["rasa"], concurrency, args.seconds))
                full = asyncio.run(level(full_worker, urls["gateway"], concurrency, args.seconds))
                rows.append(
                    {
                        "concurrency": concurrency,
                        "floor": floor,
                        "full": full,
                        "ratio_p50": round(full["p50_ms"] / floor["p50_ms"], 2),
                        "ratio_p95": round(full["p95_ms"] / floor["p95_ms"], 2),
                    }
                )
                print(
                    f"{concurrency:>4} conversations: full p95 {full['p95_ms']} ms, "
                    f"{full['throughput_per_s']}/s; floor p95 {floor['p95_ms']} ms"
                )
            memory = {name: round(rss_mb(p.pid), 1) for name, p in procs.items()}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    training = ROOT / "var" / "train-time.json"
    result = {
        "benchmark": "end_to_end",
        "when": datetime.now(timezone.utc).isoformat(),
        "machine": machine(),
        "profile": "embedded (SQLite, one Rasa engine, one gateway)",
        "seconds_per_level": args.seconds,
        "levels": rows,
        "nlu_parse": parse,
        "cold_start_s": round(cold_start, 1),
        "rss_mb": memory,
        "total_rss_mb": round(sum(memory.values()), 1),
        "training_s": json.loads(training.read_text())["seconds"] if training.exists() else None,
        "targets": TARGETS,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "end_to_end.json").write_text(json.dumps(result, indent=2) + "\n")
    (RESULTS / "end_to_end.md").write_text(table(result))
    plot(result, RESULTS / "end_to_end.png")
    print(table(result))


def table(result: dict) -> str:
    lines = [
        f"End to end, {result['machine']}, {result['profile']}; "
        f"{result['seconds_per_level']:.0f} s per level and path.",
        "",
        "| conversations | full p50 ms | full p95 ms | full p99 ms | full msg/s | floor p50 ms "
        "| floor p95 ms | floor msg/s | p95 full / floor |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in result["levels"]:
        full, floor = row["full"], row["floor"]
        lines.append(
            f"| {row['concurrency']} | {full['p50_ms']} | {full['p95_ms']} | {full['p99_ms']} | "
            f"{full['throughput_per_s']} | {floor['p50_ms']} | {floor['p95_ms']} | "
            f"{floor['throughput_per_s']} | {row['ratio_p95']}× |"
        )
    at10 = next((r for r in result["levels"] if r["concurrency"] == 10), None)
    best = max((r["full"]["throughput_per_s"] for r in result["levels"]), default=0)
    memory = ", ".join(f"{name} {mb:.0f} MB" for name, mb in result["rss_mb"].items())
    training = f"{result['training_s']} s" if result["training_s"] else "not recorded"
    lines += [
        "",
        f"- NLU parse (HTTP /model/parse, {result['nlu_parse']['messages']} held-out messages): "
        f"p50 {result['nlu_parse']['p50_ms']} ms, p95 {result['nlu_parse']['p95_ms']} ms",
        f"- Cold start to the first answer: {result['cold_start_s']} s (target < 60 s)",
        f"- Memory after the load: {memory}; total {result['total_rss_mb']:.0f} MB "
        "(target < 1,536 MB)",
        f"- p95 at 10 conversations: {at10['full']['p95_ms'] if at10 else '–'} ms "
        "(target < 150 ms); best sustained throughput: "
        f"{best} messages/s (target ≥ 50)",
        f"- Time of the last `make train`: {training} (less than a full training when Rasa "
        "reused unchanged components from its cache)",
    ]
    return "\n".join(lines) + "\n"


def plot(result: dict, path: Path) -> None:
    import matplotlib  # noqa: PLC0415

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt  # noqa: PLC0415

    levels = [row["concurrency"] for row in result["levels"]]
    fig, (latency, throughput) = plt.subplots(1, 2, figsize=(11, 4))
    for path_name, style in (("full", "-o"), ("floor", "--s")):
        for stat in ("p50_ms", "p95_ms"):
            latency.plot(
                levels,
                [r[path_name][stat] for r in result["levels"]],
                style,
                label=f"{path_name} {stat[:3]}",
            )
        throughput.plot(
            levels,
            [r[path_name]["throughput_per_s"] for r in result["levels"]],
            style,
            label=path_name,
        )
    latency.set(
        xscale="log",
        yscale="log",
        xlabel="concurrent conversations",
        ylabel="ms",
        title="Latency per message",
    )
    throughput.set(
        xscale="log", xlabel="concurrent conversations", ylabel="messages / s", title="Throughput"
    )
    latency.axhline(150, color="grey", linewidth=0.8)
    throughput.axhline(50, color="grey", linewidth=0.8)
    for axis in (latency, throughput):
        axis.set_xticks(levels, [str(x) for x in levels])
        axis.legend()
    fig.suptitle(f"Signpost end to end ({result['machine']})")
    fig.tight_layout()
    fig.savefig(path, dpi=110)


if __name__ == "__main__":
    main()
