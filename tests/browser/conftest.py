"""Real-browser fixtures: Chromium (Playwright) on the demo page of a real gateway process.

The gateway runs as its own process (``python -m channels serve``) against the session's
assistant, with a copy of the tenants in which ``kingston`` allows the gateway's own origin
(the demo page at ``/`` embeds the widget from the same server). Twilio's REST API is the
local fake from ``tests/channels/twilio_api.py``, served from a thread. The internet is
faked at the wire: every request a page makes to anywhere but the gateway is answered by
the test (the quick exit's BBC page) or refused and recorded.

One browser serves the module; each test gets a fresh context (so a fresh ``sessionStorage``,
so a new conversation).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import secrets
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from playwright.sync_api import Browser, BrowserContext, Page, Route, sync_playwright

from channels.ids import webchat_conversation_id
from tests.channels.twilio_api import ACCOUNT_SID, AUTH_TOKEN, FakeTwilio
from tests.stack import ROOT, Assistant, free_port, run_gateway

AXE = ROOT / ".tools" / "browser" / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
TENANT = "kingston"
STORE_KEY = f"signpost-chat:{TENANT}"
SIGNPOST_NUMBER = "+447700900999"
EXIT_PAGE = "<!doctype html><html lang='en'><title>BBC Weather</title><h1>Weather (fake)</h1>"


def needs(path: Path, what: str) -> Path:
    """A browser-test tool: missing is a failure in CI, a skip on a workstation."""
    if not path.exists():
        message = f"{what} is not installed at {path} (run make install)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


class ThreadedServer:
    """An aiohttp application on a loopback port, run by its own loop in a thread."""

    def __init__(self, app: web.Application) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.runner = web.AppRunner(app)
        self.url = ""

    def start(self) -> str:
        self.thread.start()
        port = free_port()
        self._call(self.runner.setup())
        self._call(web.TCPSite(self.runner, "127.0.0.1", port).start())
        self.url = f"http://127.0.0.1:{port}"
        return self.url

    def stop(self) -> None:
        self._call(self.runner.cleanup())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=10)
        self.loop.close()

    def _call(self, coroutine: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout=30)


@dataclass
class Gateway:
    url: str
    database: Path
    secret: str
    twilio: FakeTwilio

    def conversation_id(self, session: str) -> str:
        return webchat_conversation_id(self.secret.encode(), session)

    def query(self, sql: str, *params: Any) -> list[tuple]:
        with contextlib.closing(sqlite3.connect(f"file:{self.database}?mode=ro", uri=True)) as db:
            db.execute("PRAGMA busy_timeout = 5000")
            return db.execute(sql, params).fetchall()

    def transcript(self, session: str) -> list[tuple[int, str, str, str | None]]:
        """(seq, sender, body, client_id) of one web chat conversation, in order."""
        return self.query(
            "SELECT seq, sender, body, client_id FROM gw_messages"
            " WHERE conversation_id = ? ORDER BY seq",
            self.conversation_id(session),
        )

    def ended_at(self, session: str) -> str | None:
        rows = self.query(
            "SELECT ended_at FROM gw_conversations WHERE id = ?", self.conversation_id(session)
        )
        assert rows, "the gateway has no conversation for this session"
        return rows[0][0]


@pytest.fixture(scope="module")
def twilio() -> Iterator[FakeTwilio]:
    fake = FakeTwilio()
    server = ThreadedServer(fake.app())
    fake.url = server.start()
    yield fake
    server.stop()


@pytest.fixture(scope="module")
def gateway(
    tmp_path_factory: pytest.TempPathFactory, assistant: Assistant, twilio: FakeTwilio
) -> Iterator[Gateway]:
    work = tmp_path_factory.mktemp("browser-gateway")
    port = free_port()
    origin = f"http://127.0.0.1:{port}"
    tenants = work / "tenants"
    shutil.copytree(ROOT / "channels" / "tenants", tenants)
    tenant_file = tenants / f"{TENANT}.json"
    tenant = json.loads(tenant_file.read_text(encoding="utf-8"))
    tenant["allowed_origins"] = [*tenant.get("allowed_origins", []), origin]
    tenant_file.write_text(json.dumps(tenant, ensure_ascii=False), encoding="utf-8")
    secret = f"browser-test-secret-{secrets.token_hex(16)}"
    env = {
        **assistant.env,
        "SIGNPOST_DATA_DIR": str(work),
        "GATEWAY_DATABASE_URL": f"sqlite:///{work / 'gateway.sqlite3'}",
        "RASA_URL": assistant.rasa_url,
        "SENDER_ID_SECRET": secret,
        "GATEWAY_TENANTS_DIR": str(tenants),
        "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
        "TWILIO_FROM": SIGNPOST_NUMBER,
        "TWILIO_API_BASE_URL": twilio.url,
    }
    with run_gateway(work, env, port=port) as url:
        assert url == origin
        yield Gateway(url=url, database=work / "gateway.sqlite3", secret=secret, twilio=twilio)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    needs(CHROMIUM, "Chromium")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@dataclass
class Internet:
    """What the pages asked of the (fake) internet beyond the gateway."""

    gateway_url: str
    answered: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)

    def outside(self, url: str) -> bool:
        return not url.startswith(self.gateway_url + "/")

    def handle(self, route: Route) -> None:
        url = route.request.url
        if re.match(r"^https://www\.bbc\.co\.uk/", url):
            self.answered.append(url)
            route.fulfill(status=200, content_type="text/html; charset=utf-8", body=EXIT_PAGE)
        else:
            self.refused.append(url)
            route.abort("internetdisconnected")


@dataclass
class Browsing:
    page: Page
    context: BrowserContext
    gateway: Gateway
    internet: Internet


BrowsingFactory = Callable[..., Browsing]


@pytest.fixture
def browse(browser: Browser, gateway: Gateway) -> Iterator[BrowsingFactory]:
    """Opens a fresh browser context (its own storage) on the demo page.

    ``init_scripts`` run in every page of the context before the page's own scripts;
    ``bindings`` are functions the pages may call (``BrowserContext.expose_binding``).
    """
    contexts: list[Browsing] = []

    def open_page(
        init_scripts: Sequence[str] = (),
        bindings: Mapping[str, Callable[..., Any]] | None = None,
        **context_options: Any,
    ) -> Browsing:
        context = browser.new_context(**context_options)
        context.set_default_timeout(30_000)
        for name, callback in (bindings or {}).items():
            context.expose_binding(name, callback)
        for script in init_scripts:
            context.add_init_script(script)
        internet = Internet(gateway.url)
        context.route(internet.outside, internet.handle)
        page = context.new_page()
        opened = Browsing(page, context, gateway, internet)
        contexts.append(opened)
        page.goto(gateway.url + "/")
        page.locator(".signpost-chat .sp-launcher").wait_for(state="attached")
        return opened

    yield open_page
    for opened in contexts:
        opened.context.close()
    for opened in contexts:
        assert not opened.internet.refused, f"requests beyond the gateway: {opened.internet}"


def eventually(check: Callable[[], Any], timeout: float = 30, message: str = "") -> Any:
    """Poll ``check`` until it returns something truthy (then return it) or time runs out."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            pytest.fail(message or f"timed out after {timeout} s waiting for {check}")
        time.sleep(0.1)
