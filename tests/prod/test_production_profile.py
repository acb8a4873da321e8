"""The production profile under load and faults: PostgreSQL, Redis, 2 Rasa, 2 gateways.

One topology for the module (``scripts/prod_local.py``), on loopback ports of its own.
Each test runs a crowd of simulated residents (half web chat, half SMS; ``residents.py``)
and then checks the gateway's database against what every resident saw: nothing
acknowledged is lost, nothing is handled twice, every conversation is in order.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import shutil
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, func, select

from channels import tables as t
from channels.ids import sms_conversation_id
from scripts.prod_local import MODEL, ROOT, Ports, Topology, pg_bin, wait_http
from tests.prod.residents import Report, crowd
from tests.stack import free_port

RESIDENTS = 200
SECRET = "test-prod-sender-id-secret-0123456789"
TOKEN = "test-prod-twilio-token"


@pytest.fixture(scope="module")
def topology() -> Iterator[Topology]:
    if not MODEL.exists():
        if os.environ.get("CI"):
            pytest.fail("no trained model")
        pytest.skip("no trained model (run make train)")
    if shutil.which("redis-server") is None or not list(pg_bin().glob("initdb")):
        pytest.fail("redis-server and PostgreSQL are needed (make install)")
    ports = Ports(
        postgres=free_port(),
        redis=free_port(),
        actions=free_port(),
        rasa=[free_port(), free_port()],
        gateways=[free_port(), free_port()],
    )
    # Under the project, not /tmp/pytest-of-root: the postgres user must reach the cluster.
    data = ROOT / "var" / f"prod-test-{uuid.uuid4().hex[:8]}"
    running = Topology(
        data,
        ports,
        secret=SECRET,
        extra_env={"TWILIO_AUTH_TOKEN": TOKEN, "RATE_LIMIT_MESSAGES": "1000"},
    )
    try:
        running.start()
        yield running
    finally:
        running.stop()
        shutil.rmtree(data, ignore_errors=True)


_runs = itertools.count()


def run_crowd(topology: Topology, seconds: float, during=None) -> list[Report]:
    return asyncio.run(
        crowd(
            RESIDENTS,
            seconds,
            topology.gateway_urls,
            origin="http://127.0.0.1:8080",
            public_url=topology.env()["PUBLIC_BASE_URL"],
            token=TOKEN,
            first=next(_runs) * RESIDENTS,  # new numbers (conversations) each run
            during=during,
        )
    )


def check(topology: Topology, reports: list[Report], *, apologies_allowed: bool) -> None:
    errors = [f"{r.kind}#{r.number}: {e}" for r in reports for e in r.errors]
    assert errors == [], errors[:10]
    answered = sum(r.answered for r in reports)
    assert answered >= RESIDENTS  # every resident got at least one answer
    if not apologies_allowed:
        assert sum(r.apologies for r in reports) == 0
    engine = create_engine(topology.pg_url("gateway").replace("://", "+psycopg://", 1))
    try:
        with engine.connect() as db:
            acked = {cid: seq for r in reports for cid, seq in r.acked.items()}
            stored = dict(
                db.execute(
                    select(t.messages.c.client_id, func.count())
                    .where(t.messages.c.client_id.in_(list(acked)))
                    .group_by(t.messages.c.client_id)
                ).all()
            )
            assert set(stored) == set(acked), "an acknowledged web chat message is missing"
            assert set(stored.values()) == {1}, "a web chat message was stored twice"
            for report in (r for r in reports if r.kind == "sms"):
                conversation = sms_conversation_id(SECRET.encode(), report.conversation_hint)
                rows = db.execute(
                    select(t.messages.c.sender, t.messages.c.client_id)
                    .where(t.messages.c.conversation_id == conversation)
                    .order_by(t.messages.c.seq)
                ).all()
                stored = [row.client_id for row in rows if row.sender == "resident"]
                # every answered MessageSid is in the transcript, once (the id is unique)
                assert set(report.sids) <= set(stored), (report, rows)
                assert len(stored) <= report.sent, (report, rows)
                if not apologies_allowed:
                    senders = [row.sender for row in rows]
                    for before, after in itertools.pairwise(senders):
                        assert not (before == "resident" and after == "resident"), report
            inbound = db.execute(select(func.count()).select_from(t.sms_inbound)).scalar_one()
            assert inbound >= sum(r.answered for r in reports if r.kind == "sms")
    finally:
        engine.dispose()


def test_200_residents_for_a_minute_lose_nothing_and_double_nothing(topology: Topology):
    reports = run_crowd(topology, 60)
    check(topology, reports, apologies_allowed=False)
    latencies = sorted(ms for r in reports for ms in r.latencies_ms)
    print(
        f"\n{len(latencies)} answers, p50 {latencies[len(latencies) // 2]:.0f} ms, "
        f"p95 {latencies[int(len(latencies) * 0.95)]:.0f} ms"
    )


def test_killing_a_rasa_engine_and_a_gateway_mid_load_loses_nothing(topology: Topology):
    reports = run_crowd(
        topology,
        40,
        during=[(10, lambda: (topology.kill("rasa1"), topology.kill("gateway1")))],
    )
    check(topology, reports, apologies_allowed=True)
    # bring them back for the next test
    engine, gateway = topology.start_rasa(0), topology.start_gateway(0)
    wait_http(topology.rasa_urls[0] + "/", engine, topology.logs / "rasa1.log")
    wait_http(topology.gateway_urls[0] + "/healthz", gateway, topology.logs / "gateway1.log")


def test_a_postgresql_restart_mid_load_recovers_by_itself(topology: Topology):
    reports = run_crowd(
        topology,
        40,
        during=[(10, topology.stop_postgres), (16, topology.start_postgres)],
    )
    check(topology, reports, apologies_allowed=True)
    assert sum(r.apologies for r in reports) > 0  # residents were told, not left hanging
