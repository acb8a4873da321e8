"""The gateway application: ``make_app(settings)`` wires the parts; ``python -m channels serve``.

Routes:
- ``GET /``, ``GET /conwy``: demo council pages (Kingston in English, Conwy in Welsh first)
  with the widget; ``/widget.js``, ``/widget.css``
- ``GET /webchat/ws``, ``GET /webchat/tenants/<id>.json``: web chat
- ``POST /sms/twilio``, ``POST /sms/twilio/status``: Twilio webhooks (signed)
- ``/console``: the contact-centre console (``channels/console/``)
- ``GET /healthz``: the gateway is up
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import timedelta
from pathlib import Path

import redis.asyncio as redis
from aiohttp import web

from channels.console.accounts import Accounts
from channels.console.desk import Desk
from channels.console.queue import Queue
from channels.console.views import Console
from channels.rasa_client import RasaClient
from channels.ratelimit import RateLimiter
from channels.router import Router
from channels.scaleout import RedisBus, RedisLocks, RedisRateLimiter
from channels.settings import GatewaySettings
from channels.sms import SmsAdapter
from channels.sms_sender import SmsSender
from channels.store import GatewayStore
from channels.tenants import Tenants
from channels.webchat import WebchatAdapter
from channels.wording import Wording
from directory.settings import DirectorySettings
from directory.store import Directory

logger = logging.getLogger(__name__)
STATIC = Path(__file__).resolve().parent / "static"
PURGE_EVERY_S = 6 * 3600

settings_key = web.AppKey("settings", GatewaySettings)
store_key = web.AppKey("store", GatewayStore)
router_key = web.AppKey("router", Router)
sms_sender_key = web.AppKey("sms_sender", SmsSender)
accounts_key = web.AppKey("accounts", Accounts)
desk_key = web.AppKey("desk", Desk)


def static_file(name: str, content_type: str) -> web.RouteDef:
    path = STATIC / name

    async def handler(_: web.Request) -> web.Response:
        return web.Response(
            body=path.read_bytes(),
            content_type=content_type,
            charset="utf-8",
            headers={"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"},
        )

    return handler


async def health(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


def make_app(
    settings: GatewaySettings,
    *,
    store: GatewayStore | None = None,
    wording: Wording | None = None,
    directory: Directory | None = None,
) -> web.Application:
    store = store or GatewayStore.from_url(settings.database_url)
    store.setup()
    wording = wording or Wording.from_domain()
    tenants = Tenants.load(settings.tenants_dir, settings.default_tenant)
    if directory is None:  # the console searches the shared directory (read only)
        directory = Directory.from_settings(DirectorySettings.from_env(settings.environ))
    rasa = RasaClient(settings.rasa_url, timeout_s=settings.rasa_timeout_s)
    client = (
        # a bounded pool that waits for a free connection rather than failing under load
        redis.Redis(
            connection_pool=redis.BlockingConnectionPool.from_url(
                settings.redis_url, max_connections=100, timeout=30
            )
        )
        if settings.redis_url
        else None
    )
    limiter = (
        RedisRateLimiter(client, settings.rate_limit_messages, settings.rate_limit_window_s)
        if client
        else RateLimiter(settings.rate_limit_messages, settings.rate_limit_window_s)
    )
    router = Router(store, rasa, wording, limiter=limiter)
    if client is not None:
        router.locks = RedisLocks(client)
    sms_sender = SmsSender(store, settings)
    accounts = Accounts(store)
    queue = Queue(store)
    desk = Desk(
        store=store,
        queue=queue,
        accounts=accounts,
        router=router,
        sms=sms_sender,
        wording=wording,
        tenants=tenants,
        claim_timeout=timedelta(seconds=settings.claim_timeout_s),
    )
    console = Console(
        settings=settings,
        store=store,
        accounts=accounts,
        queue=queue,
        desk=desk,
        tenants=tenants,
        wording=wording,
        directory=directory,
    )
    webchat = WebchatAdapter(
        settings, store=store, router=router, tenants=tenants, wording=wording, sms=sms_sender
    )
    sms = SmsAdapter(settings, store, router, tenants, wording)

    app = web.Application(client_max_size=64 * 1024)
    app[settings_key] = settings
    app[store_key] = store
    app[router_key] = router
    app[sms_sender_key] = sms_sender
    app[accounts_key] = accounts
    app[desk_key] = desk
    app.add_routes(
        [
            web.get("/", static_file("demo.html", "text/html")),
            web.get("/conwy", static_file("demo-conwy.html", "text/html")),
            web.get("/widget.js", static_file("widget.js", "application/javascript")),
            web.get("/widget.css", static_file("widget.css", "text/css")),
            web.get("/healthz", health),
            *webchat.routes(),
            *sms.routes(),
            *console.routes(),
        ]
    )

    bus = RedisBus(client, router.hub, desk.signals) if client is not None else None

    async def lifecycle(app: web.Application):
        if bus is not None:
            await bus.start()
        await rasa.start()
        await sms_sender.start()
        tasks = [
            asyncio.create_task(keep_tidy(store, limiter, settings)),
            asyncio.create_task(release_stale_claims(desk, settings)),
        ]
        yield
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await sms_sender.stop()
        await rasa.close()
        if bus is not None:
            await bus.stop()
            await client.aclose()
        store.engine.dispose()
        if directory is not None:
            directory.engine.dispose()

    app.cleanup_ctx.append(lifecycle)
    return app


async def release_stale_claims(desk: Desk, settings: GatewaySettings) -> None:
    """A claim whose holder's console has gone quiet goes back to the queue."""
    while True:
        await asyncio.sleep(max(1.0, settings.claim_timeout_s / 4))
        try:
            await desk.release_stale()
        except Exception:
            logger.exception("releasing stale claims failed; trying again")


async def keep_tidy(store: GatewayStore, limiter: RateLimiter, settings: GatewaySettings) -> None:
    """Purge transcripts past their retention, now and every few hours."""
    while True:
        report = await store.run(store.purge, timedelta(days=settings.retention_days))
        if report.conversations:
            logger.info("purged %s conversations past retention", report.conversations)
        limiter.forget_idle()
        await asyncio.sleep(PURGE_EVERY_S)
