"""Where the time goes: the embedded stack under load, sampled by py-spy, process by process.

Starts the same stack as ``bench.end_to_end`` (action server, Rasa, gateway, demo directory
in SQLite), runs the full residents' script at 10 concurrent conversations, and records each
process with ``py-spy record --gil`` (sampling, no change to the code; only the thread
holding the interpreter counts, so waiting threads and time in native code that releases it,
such as TensorFlow's kernels, are left out).
Then it reports, for each process:

- its CPU time per message (all threads, from ``/proc``; the load generator's too, since it
  shares the machine) and how busy its interpreter was;
- how much of its busy time is spent under each labelled part (NLU components, dialogue
  policies, tracker store, the call to the action server, directory search, SQL, HTTP and
  event-loop plumbing): *inclusive* shares, so nested parts overlap;
- the ten functions with the most self time.

Run: ``make profile`` (``python -m bench.profile --seconds 30``). Writes
``bench/results/profile.md`` and ``profile.json``; the raw collapsed stacks (for a flame
graph: ``flamegraph.pl`` or speedscope.app) go to ``var/profile/profile-<process>.txt``
(several MB each, not kept in git).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import subprocess
import tempfile
import time
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

from bench.directory_search import machine
from bench.end_to_end import first_answer, full_worker, level, start_stack, wait_until_ready
from tests.stack import ROOT, processes

RESULTS = ROOT / "bench" / "results"
RAW = ROOT / "var" / "profile"  # raw stacks: big, not committed
PY_SPY = ROOT / ".venv" / "bin" / "py-spy"
RATE = 200  # samples per second

# Labelled parts, by a piece of the frame (function and file) that marks them. A sample
# counts for a part when any frame of its stack matches: inclusive time.
PARTS: dict[str, list[tuple[str, str]]] = {
    "rasa": [
        ("handling one message (MessageProcessor.handle_message)", "handle_message (rasa/core"),
        ("NLU: the whole pipeline", "parse_message (rasa/core/processor.py"),
        ("NLU: DIET intent classifier", "rasa/nlu/classifiers/diet_classifier.py"),
        ("NLU: count-vector featurizers", "count_vectors_featurizer.py"),
        ("NLU: lexical-syntactic featurizer", "lexical_syntactic_featurizer.py"),
        ("NLU: sentence encoder (MiniLM)", "bot/minilm.py"),
        ("NLU: need extractor", "bot/needs.py"),
        ("NLU: scope guard", "bot/scope.py"),
        ("NLU: place extractor", "bot/places.py"),
        ("NLU: crisis guard", "bot/crisis"),
        ("dialogue: policy prediction", "predict_next_with_tracker_if_should"),
        ("dialogue: RulePolicy", "rasa/core/policies/rule_policy.py"),
        ("dialogue: tracker featurization", "rasa/core/featurizers"),
        ("custom actions: calling the action server", "rasa/core/actions/action.py"),
        ("custom actions: the tracker as JSON for the call", "current_state (rasa/shared"),
        ("custom actions: checking the answer (jsonschema)", "(jsonschema/"),
        ("custom actions: HTTP request", "rasa/utils/endpoints.py"),
        ("tracker store: load and save", "tracker_store.py"),
        ("tracker: events and copies", "rasa/shared/core/trackers.py"),
        ("lock store", "lock_store.py"),
        ("HTTP server (Sanic)", "(sanic/"),
        ("TensorFlow", "(tensorflow/"),
        ("JSON", "(json/"),
    ],
    "actions": [
        ("running an action (rasa_sdk executor)", "rasa_sdk/executor.py"),
        ("our actions", "(actions/"),
        ("directory search", "directory/search.py"),
        ("directory: SQL (SQLAlchemy)", "(sqlalchemy/"),
        ("directory: opening hours", "directory/schedules.py"),
        ("wording (domain responses)", "actions/wording.py"),
        ("reading the tracker (rasa_sdk Tracker)", "rasa_sdk/interfaces.py"),
        ("HTTP server (Sanic)", "(sanic/"),
        ("JSON", "(json/"),
    ],
    "gateway": [
        ("routing a message (Router.handle)", "handle (channels/router.py"),
        ("gateway store (SQL)", "channels/store.py"),
        ("SQLAlchemy", "(sqlalchemy/"),
        ("SQLite", "sqlite3"),
        ("calling Rasa (aiohttp client)", "channels/rasa_client.py"),
        ("web chat socket", "channels/webchat.py"),
        ("aiohttp", "(aiohttp/"),
        ("language detection", "channels/language.py"),
        ("JSON", "(json/"),
    ],
}


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (all its threads) so far, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def record(
    procs: dict[str, subprocess.Popen], seconds: float, out: Path
) -> tuple[dict[str, Path], list[subprocess.Popen]]:
    """Start one ``py-spy record`` per process; returns their output files when done."""
    spies, files = [], {}
    for name, process in procs.items():
        files[name] = out / f"profile-{name}.txt"
        spies.append(
            subprocess.Popen(
                [
                    str(PY_SPY),
                    "record",
                    "--pid",
                    str(process.pid),
                    "--rate",
                    str(RATE),
                    "--duration",
                    str(int(seconds)),
                    "--format",
                    "raw",
                    "--nonblocking",
                    "--gil",  # only what holds the interpreter: busy Python, not waiting
                    "--output",
                    str(files[name]),
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
        )
    return files, spies


def read_raw(path: Path) -> Counter[tuple[str, ...]]:
    """py-spy's collapsed stacks: ``frame;frame;... count`` per line, root first."""
    stacks: Counter[tuple[str, ...]] = Counter()
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if stack and count.isdigit():
            stacks[tuple(stack.split(";"))] += int(count)
    return stacks


def short(frame: str) -> str:
    """``function (path/to/module.py:12)`` with the path cut to its last package parts."""
    function, _, where = frame.partition(" (")
    where = where.rstrip(")")
    for marker in ("site-packages/", str(ROOT) + "/"):
        if marker in where:
            where = where.split(marker, 1)[1]
    return f"{function} ({where})" if where else function


def summarise(name: str, stacks: Counter[tuple[str, ...]], seconds: float) -> dict:
    busy = sum(stacks.values())
    parts = []
    for label, marker in PARTS.get(name, []):
        hits = sum(n for stack, n in stacks.items() if any(marker in f for f in stack))
        parts.append({"part": label, "share": round(hits / busy, 3) if busy else 0.0})
    self_time: Counter[str] = Counter()
    for stack, n in stacks.items():
        self_time[short(stack[-1])] += n
    top = [
        {"function": function, "share": round(n / busy, 3)}
        for function, n in self_time.most_common(10)
    ]
    return {
        "process": name,
        "busy_samples": busy,
        "cpu_share_of_one_core": round(busy / (RATE * seconds), 3),
        "parts": parts,
        "top_self": top,
    }


def table(result: dict) -> str:
    lines = [
        f"Profile, {result['machine']}: {result['profile']}; {result['conversations']} "
        f"conversations for {result['seconds']:.0f} s; {result['messages']} messages "
        f"({result['throughput_per_s']}/s, p95 {result['p95_ms']} ms); py-spy at {RATE} Hz.",
        "",
        "CPU (all threads, from /proc) per message: "
        + ", ".join(f"{name} {ms} ms" for name, ms in result["cpu_ms_per_message"].items())
        + f"; {result['cpu_cores_busy']} of {os.cpu_count()} cores busy.",
        "",
    ]
    for process in result["processes"]:
        lines += [
            f"### {process['process']}: busy {process['cpu_share_of_one_core']:.0%} of one core",
            "",
            "| part (inclusive) | share of its busy time |",
            "|---|---:|",
        ]
        lines += [f"| {p['part']} | {p['share']:.0%} |" for p in process["parts"]]
        lines += ["", "| function (self time) | share |", "|---|---:|"]
        lines += [f"| `{t['function']}` | {t['share']:.0%} |" for t in process["top_self"]]
        lines.append("")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--conversations", type=int, default=10)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="signpost-profile-"))
    RESULTS.mkdir(parents=True, exist_ok=True)
    RAW.mkdir(parents=True, exist_ok=True)
    try:
        urls, procs, _ = start_stack(work)
        with processes(*procs.values()):
            wait_until_ready(urls, procs, work)
            asyncio.run(first_answer(urls["gateway"]))
            asyncio.run(level(full_worker, urls["gateway"], args.conversations, 5))  # warm
            files, spies = record(procs, args.seconds, RAW)
            time.sleep(1)  # let py-spy attach
            pids = {**{name: p.pid for name, p in procs.items()}, "load generator": os.getpid()}
            before = {name: cpu_seconds(pid) for name, pid in pids.items()}
            load = asyncio.run(
                level(full_worker, urls["gateway"], args.conversations, args.seconds - 2)
            )
            used = {name: cpu_seconds(pid) - before[name] for name, pid in pids.items()}
            for spy in spies:
                _, err = spy.communicate(timeout=60)
                if spy.returncode != 0:
                    raise SystemExit(f"py-spy failed: {err.decode(errors='replace')[-500:]}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    result = {
        "benchmark": "profile",
        "when": datetime.now(timezone.utc).isoformat(),
        "machine": machine(),
        "profile": "embedded (SQLite, one Rasa engine, one gateway), full residents' script",
        "conversations": args.conversations,
        "seconds": args.seconds,
        "messages": load["messages"],
        "throughput_per_s": load["throughput_per_s"],
        "p95_ms": load["p95_ms"],
        "cpu_ms_per_message": {
            name: round(seconds * 1000 / max(load["messages"], 1), 1)
            for name, seconds in used.items()
        },
        "cpu_cores_busy": round(sum(used.values()) / (args.seconds - 2), 2),
        "processes": [
            summarise(name, read_raw(path), args.seconds) for name, path in files.items()
        ],
    }
    (RESULTS / "profile.json").write_text(json.dumps(result, indent=2) + "\n")
    (RESULTS / "profile.md").write_text(table(result))
    print(table(result))


if __name__ == "__main__":
    main()
