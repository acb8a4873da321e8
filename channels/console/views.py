"""The console's pages and live socket, mounted on the gateway at ``/console``.

Every route but the login page needs a staff session (a cookie); every POST needs the
session's CSRF token; the live socket needs the session and a same-origin ``Origin``.
Agents see the queue and the conversations they hold; a conversation someone else holds
is a supervisor's business only. Phone numbers are shown redacted.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from aiohttp import WSMsgType, web
from jinja2 import Environment, FileSystemLoader, select_autoescape

from channels.console.accounts import Accounts, Session, Staff
from channels.console.desk import Desk
from channels.console.queue import Handoff, Queue
from channels.settings import GatewaySettings
from channels.store import GatewayStore, Message, utcnow
from channels.tenants import Tenants
from channels.wording import Wording
from directory.geocode import UnknownPlace
from directory.needs import CRISIS, default_catalogue
from directory.postcodes import InvalidPostcode
from directory.store import Directory

logger = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent
COOKIE = "signpost_console"
LOGIN_CSRF = "signpost_login_csrf"
MAX_REPLY = 1500
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; "
        "frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
    ),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def minutes(seconds: int) -> str:
    return f"{seconds // 60} min" if seconds >= 60 else f"{seconds} s"


class Console:
    def __init__(
        self,
        *,
        settings: GatewaySettings,
        store: GatewayStore,
        accounts: Accounts,
        queue: Queue,
        desk: Desk,
        tenants: Tenants,
        wording: Wording,
        directory: Directory | None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.accounts = accounts
        self.queue = queue
        self.desk = desk
        self.tenants = tenants
        self.wording = wording
        self.directory = directory
        self.secure_cookies = settings.public_base_url.startswith("https://")
        self.templates = Environment(
            loader=FileSystemLoader(HERE / "templates"),
            autoescape=select_autoescape(default=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.templates.filters["minutes"] = minutes

    def routes(self) -> list[web.RouteDef]:
        h = self.handoff_route
        return [
            web.get("/console/login", self.login_page),
            web.post("/console/login", self.login),
            web.post("/console/logout", self.signed_in(self.logout)),
            web.get("/console", self.signed_in(self.queue_page)),
            web.get("/console/queue.html", self.signed_in(self.queue_fragment)),
            web.get("/console/ws", self.live),
            web.get("/console/static/{name:[a-z]+\\.(?:css|js)}", self.static),
            web.post("/console/handoffs/{id:\\d+}/claim", self.signed_in(self.claim)),
            web.get("/console/handoffs/{id:\\d+}", h(self.conversation_page, act=False)),
            web.get("/console/handoffs/{id:\\d+}/transcript.html", h(self.transcript, act=False)),
            web.post("/console/handoffs/{id:\\d+}/reply", h(self.reply)),
            web.post("/console/handoffs/{id:\\d+}/note", h(self.note)),
            web.post("/console/handoffs/{id:\\d+}/service", h(self.send_service)),
            web.post("/console/handoffs/{id:\\d+}/transfer", h(self.transfer, supervisor=True)),
            web.post("/console/handoffs/{id:\\d+}/close", h(self.close, supervisor=True)),
        ]

    # plumbing ---------------------------------------------------------------------------

    def render(self, name: str, status: int = 200, **context: Any) -> web.Response:
        html = self.templates.get_template(name).render(**context)
        return web.Response(
            text=html, status=status, content_type="text/html", headers=SECURITY_HEADERS
        )

    async def session_of(self, request: web.Request) -> Session | None:
        return await self.store.run(self.accounts.session, request.cookies.get(COOKIE))

    def signed_in(self, handler: Callable[..., Awaitable[web.StreamResponse]]) -> Handler:
        async def guarded(request: web.Request) -> web.StreamResponse:
            session = await self.session_of(request)
            if session is None:
                if request.method == "GET":
                    raise web.HTTPSeeOther("/console/login")
                raise web.HTTPForbidden(text="sign in first")
            if request.method == "POST":
                form = await request.post()
                if not self.accounts.csrf_ok(session, form.get("csrf")):
                    raise web.HTTPForbidden(text="the form has expired: reload the page")
            return await handler(request, session)

        return guarded

    def handoff_route(
        self,
        handler: Callable[..., Awaitable[web.StreamResponse]],
        *,
        act: bool = True,
        supervisor: bool = False,
    ) -> Handler:
        """A handoff page or action: only for those allowed to see or act on it."""

        async def scoped(request: web.Request, session: Session) -> web.StreamResponse:
            handoff = await self.store.run(self.queue.get, int(request.match_info["id"]))
            if handoff is None:
                raise web.HTTPNotFound(text="no such conversation")
            staff = session.staff
            holds = handoff.status == "claimed" and handoff.claimed_by == staff.id
            if act:
                allowed = holds or (
                    supervisor and staff.is_supervisor and handoff.status != "closed"
                )
            else:
                allowed = (
                    staff.is_supervisor
                    or handoff.status == "queued"
                    or handoff.claimed_by == staff.id
                )
            if not allowed:
                await self.store.run(
                    lambda: self.accounts.record(
                        staff.id, "refused", conversation_id=handoff.conversation_id
                    )
                )
                raise web.HTTPForbidden(text="another member of staff holds this conversation")
            return await handler(request, session, handoff)

        return self.signed_in(scoped)

    async def static(self, request: web.Request) -> web.Response:
        path = HERE / "static" / request.match_info["name"]
        if not path.is_file():
            raise web.HTTPNotFound()
        kind = "text/css" if path.suffix == ".css" else "application/javascript"
        return web.Response(
            body=path.read_bytes(),
            content_type=kind,
            charset="utf-8",
            headers={"X-Content-Type-Options": "nosniff", "Cache-Control": "no-cache"},
        )

    # signing in ------------------------------------------------------------------------------

    async def login_page(self, request: web.Request, error: str | None = None) -> web.Response:
        token = secrets.token_urlsafe(24)
        response = self.render("login.html", status=401 if error else 200, csrf=token, error=error)
        response.set_cookie(
            LOGIN_CSRF,
            token,
            httponly=True,
            samesite="Strict",
            secure=self.secure_cookies,
            path="/console/login",
            max_age=3600,
        )
        return response

    async def login(self, request: web.Request) -> web.Response:
        form = await request.post()
        expected = request.cookies.get(LOGIN_CSRF)
        if not expected or not secrets.compare_digest(expected, str(form.get("csrf", ""))):
            raise web.HTTPForbidden(text="the form has expired: reload the page")
        username, password = str(form.get("username", "")), str(form.get("password", ""))
        staff = await self.store.run(self.accounts.authenticate, username, password)
        if staff is None:
            return await self.login_page(request, error="wrong")
        token, _ = await self.store.run(self.accounts.start_session, staff)
        response = web.HTTPSeeOther("/console")
        response.set_cookie(
            COOKIE,
            token,
            httponly=True,
            samesite="Strict",
            secure=self.secure_cookies,
            path="/console",
        )
        response.del_cookie(LOGIN_CSRF, path="/console/login")
        raise response

    async def logout(self, request: web.Request, session: Session) -> web.Response:
        await self.store.run(self.accounts.end_session, request.cookies.get(COOKIE, ""))
        await self.store.run(lambda: self.accounts.record(session.staff.id, "logout"))
        response = web.HTTPSeeOther("/console/login")
        response.del_cookie(COOKIE, path="/console")
        raise response

    # the queue -------------------------------------------------------------------------------

    async def queue_context(self, session: Session) -> dict[str, Any]:
        staff = session.staff
        waiting = await self.store.run(self.queue.waiting)
        mine = await self.store.run(self.queue.held, staff.id)
        everyone = await self.store.run(self.queue.held) if staff.is_supervisor else []
        figures = await self.store.run(self.queue.figures) if staff.is_supervisor else None
        return {
            "staff": staff,
            "csrf": session.csrf_token,
            "waiting": waiting,
            "mine": mine,
            "everyone": everyone,
            "figures": figures,
            "now": utcnow(),
            "needs": default_catalogue(),
        }

    async def queue_page(self, request: web.Request, session: Session) -> web.Response:
        return self.render("queue.html", **await self.queue_context(session))

    async def queue_fragment(self, request: web.Request, session: Session) -> web.Response:
        return self.render("_queue.html", **await self.queue_context(session))

    async def claim(self, request: web.Request, session: Session) -> web.Response:
        handoff_id = int(request.match_info["id"])
        if not await self.desk.claim(session.staff, handoff_id):
            return self.render(
                "message.html",
                status=409,
                staff=session.staff,
                csrf=session.csrf_token,
                message="taken",
            )
        raise web.HTTPSeeOther(f"/console/handoffs/{handoff_id}")

    # a conversation --------------------------------------------------------------------------

    async def conversation_context(
        self, request: web.Request, session: Session, handoff: Handoff
    ) -> dict[str, Any]:
        transcript = await self.store.run(self.store.messages_after, handoff.conversation_id, 0)
        notes = await self.store.run(self.queue.notes, handoff.conversation_id)
        tenant = self.tenants.get(handoff.tenant)
        catalogue = default_catalogue()
        need = request.query.get("need", "")
        place = request.query.get("place", "")
        found, search_error = [], None
        if need and self.directory is not None:
            found, search_error = await self.search(need, place)
        colleagues = [
            s for s in await self.store.run(self.accounts.everyone) if s.id != session.staff.id
        ]
        return {
            "staff": session.staff,
            "csrf": session.csrf_token,
            "handoff": handoff,
            "holds": handoff.status == "claimed" and handoff.claimed_by == session.staff.id,
            "transcript": transcript,
            "notes": notes,
            # the conversation's language first (saved replies exist in each language)
            "saved_replies": sorted(
                (tenant.public.get("saved_replies") if tenant else None) or [],
                key=lambda saved: saved.get("language", "en") != handoff.language,
            ),
            "needs": [
                (code, catalogue.get(code).label) for code in catalogue.codes if code != CRISIS
            ],
            "need_labels": {code: catalogue.get(code).label for code in catalogue.codes},
            "search": {"need": need, "place": place, "results": found, "error": search_error},
            "colleagues": colleagues,
            "now": utcnow(),
        }

    async def search(self, need: str, place: str) -> tuple[list[Any], str | None]:
        directory = self.directory
        assert directory is not None
        try:
            outcome = await asyncio.to_thread(
                lambda: directory.search(needs=[need], near=place or None, limit=5)
            )
        except (UnknownPlace, InvalidPostcode):  # say so on the page
            return [], "unknown_place"
        return list(outcome.results), None

    async def conversation_page(
        self, request: web.Request, session: Session, handoff: Handoff
    ) -> web.Response:
        return self.render(
            "conversation.html", **await self.conversation_context(request, session, handoff)
        )

    async def transcript(
        self, request: web.Request, session: Session, handoff: Handoff
    ) -> web.Response:
        return self.render(
            "_transcript.html", **await self.conversation_context(request, session, handoff)
        )

    async def reply(self, request: web.Request, session: Session, handoff: Handoff) -> web.Response:
        text = str((await request.post()).get("text", "")).strip()
        if text and len(text) <= MAX_REPLY:
            await self.desk.reply(session.staff, handoff, text)
        raise web.HTTPSeeOther(f"/console/handoffs/{handoff.id}#reply")

    async def note(self, request: web.Request, session: Session, handoff: Handoff) -> web.Response:
        text = str((await request.post()).get("text", "")).strip()
        if text:
            await self.desk.note(session.staff, handoff, text[:MAX_REPLY])
        raise web.HTTPSeeOther(f"/console/handoffs/{handoff.id}#notes")

    async def send_service(
        self, request: web.Request, session: Session, handoff: Handoff
    ) -> web.Response:
        service_id = str((await request.post()).get("service_id", ""))
        directory = self.directory
        result = (
            await asyncio.to_thread(lambda: directory.service(service_id)) if directory else None
        )
        if result is None:
            raise web.HTTPNotFound(text="no such service")
        contact = " · ".join(
            part
            for part in (
                result.phones[0] if result.phones else None,
                ", ".join(p for p in (result.address, result.postcode) if p),
                result.url,
            )
            if part
        )
        text = self.wording.text(
            "utter_gw_staff_service",
            None,
            handoff.language,
            name=result.name,
            organisation=result.organization or "",
            contact=contact,
        )
        card = {
            "type": "service",
            "service_id": result.service_id,
            "name": result.name,
            "organisation": result.organization,
            "phone": result.phones[0] if result.phones else None,
            "address": result.address,
            "postcode": result.postcode,
            "url": result.url,
        }
        await self.desk.reply(session.staff, handoff, text, card=card)
        raise web.HTTPSeeOther(f"/console/handoffs/{handoff.id}#reply")

    async def transfer(
        self, request: web.Request, session: Session, handoff: Handoff
    ) -> web.Response:
        try:
            to = await self.store.run(
                self.accounts.staff, int((await request.post()).get("to", ""))
            )
        except ValueError:
            to = None
        if to is None or not await self.desk.transfer(session.staff, handoff, to):
            raise web.HTTPConflict(text="could not transfer")
        raise web.HTTPSeeOther("/console")

    async def close(self, request: web.Request, session: Session, handoff: Handoff) -> web.Response:
        await self.desk.close(session.staff, handoff)
        raise web.HTTPSeeOther("/console")

    # live updates ----------------------------------------------------------------------------

    def same_origin(self, request: web.Request) -> bool:
        origin = request.headers.get("Origin", "")
        public = urlsplit(self.settings.public_base_url)
        return origin in (
            f"{public.scheme}://{public.netloc}",
            f"{request.scheme}://{request.host}",
        )

    async def live(self, request: web.Request) -> web.WebSocketResponse:
        session = await self.session_of(request)
        if session is None:
            raise web.HTTPForbidden(text="sign in first")
        if not self.same_origin(request):
            raise web.HTTPForbidden(text="origin not allowed")
        staff = session.staff
        ws = web.WebSocketResponse(heartbeat=20, max_msg_size=4096)
        await ws.prepare(request)
        watching: list[tuple[str, Callable[[list[Message]], Awaitable[None]]]] = []

        async def signal(event: dict[str, Any]) -> None:
            await ws.send_str(json.dumps(event))

        async def messages(batch: list[Message]) -> None:
            for message in batch:
                await signal(
                    {"type": "message", "conversation": message.conversation_id, "seq": message.seq}
                )

        self.desk.signals.listen(signal)
        await self.store.run(self.queue.seen, staff.id)
        try:
            async for raw in ws:
                if raw.type != WSMsgType.TEXT:
                    continue
                await self.store.run(self.queue.seen, staff.id)
                try:
                    frame = json.loads(raw.data)
                except ValueError:
                    continue
                if isinstance(frame, dict) and frame.get("type") == "watch":
                    await self.watch(staff, frame.get("handoff"), messages, watching)
        finally:
            self.desk.signals.stop(signal)
            for conversation_id, subscriber in watching:
                self.desk.router.hub.unsubscribe(conversation_id, subscriber)
        return ws

    async def watch(self, staff: Staff, handoff_id: Any, subscriber, watching: list) -> None:
        if not isinstance(handoff_id, int):
            return
        handoff = await self.store.run(self.queue.get, handoff_id)
        if handoff is None:
            return
        if not (
            staff.is_supervisor or handoff.status == "queued" or handoff.claimed_by == staff.id
        ):
            return
        self.desk.router.hub.subscribe(handoff.conversation_id, subscriber)
        watching.append((handoff.conversation_id, subscriber))
