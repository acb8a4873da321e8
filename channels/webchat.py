"""Web chat: the widget's WebSocket (``/webchat/ws``), tenant settings and "text me these".

The protocol is in ``docs/webchat-protocol.md``. In short: the page says ``hello`` (with the
session token it kept in ``sessionStorage``, if any, and the last message number it has);
the gateway replays what the page missed, then acknowledges each resident message by its
client id and pushes every new transcript message, numbered. Resending a message with the
same id is harmless, so nothing is lost or doubled across a reconnect.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import phonenumbers
from aiohttp import WSCloseCode, WSMsgType, web
from sqlalchemy.exc import SQLAlchemyError

from channels.ids import keyed_hash, new_session, redact_number, webchat_conversation_id
from channels.router import Inbound, Router
from channels.settings import GatewaySettings
from channels.sms_sender import SmsSender
from channels.store import Conversation, GatewayStore, Message, NewMessage
from channels.tenants import Tenant, Tenants
from channels.wording import Wording

logger = logging.getLogger(__name__)
MAX_FRAME_BYTES = 16 * 1024
SEND_SMS = "/send_sms"
MOBILE_PREFIXES = frozenset({"71", "72", "73", "74", "75", "77", "78", "79"})


def message_frame(message: Message) -> dict[str, Any]:
    frame: dict[str, Any] = {
        "type": "message",
        "seq": message.seq,
        "from": message.sender,
        "lang": message.language,
        "text": message.body,
    }
    data = message.data or {}
    if data.get("buttons"):
        frame["buttons"] = data["buttons"]
    if data.get("card"):
        frame["card"] = data["card"]
    if message.client_id:
        frame["id"] = message.client_id
    return frame


def uk_mobile(raw: str) -> str | None:
    """A UK mobile number (071–075, 077–079) in E.164, or None.

    By the numbering plan, not libphonenumber's validity: that rejects Ofcom's ranges for
    drama and tests (07700 900xxx), which must work here like any other mobile number.
    """
    try:
        number = phonenumbers.parse(raw, "GB")
    except phonenumbers.NumberParseException:
        return None
    national = str(number.national_number)
    if number.country_code != 44 or len(national) != 10 or national[:2] not in MOBILE_PREFIXES:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


class _Socket:
    """One open WebSocket: sends frames in seq order, never the same seq twice.

    A message that arrives ahead of one not yet seen (possible when several gateways fan
    out through Redis) first brings the missing ones from the database.
    """

    def __init__(self, ws: web.WebSocketResponse, store: GatewayStore) -> None:
        self.ws = ws
        self.store = store
        self.sent_seq = 0
        self.conversation_id: str | None = None
        self.language_chosen = False  # the widget's toggle was used on this socket

    async def send(self, frame: dict[str, Any]) -> None:
        """Send if the page is still there; if not, it resumes from the database later."""
        if self.ws.closed:
            return
        try:
            await self.ws.send_str(json.dumps(frame, ensure_ascii=False))
        except (ConnectionError, RuntimeError):  # gone mid-answer (ClientConnectionResetError)
            logger.info("a web chat page went away before a frame reached it")

    async def deliver(self, messages: list[Message]) -> None:
        for message in messages:
            if message.seq <= self.sent_seq:
                continue
            if message.seq > self.sent_seq + 1:
                missing = await self.store.run(
                    self.store.messages_after, message.conversation_id, self.sent_seq
                )
                for earlier in missing:
                    if self.sent_seq < earlier.seq < message.seq:
                        self.sent_seq = earlier.seq
                        await self.send(message_frame(earlier))
            self.sent_seq = message.seq
            await self.send(message_frame(message))


class WebchatAdapter:
    def __init__(
        self,
        settings: GatewaySettings,
        *,
        store: GatewayStore,
        router: Router,
        tenants: Tenants,
        wording: Wording,
        sms: SmsSender,
    ) -> None:
        self.settings = settings
        self.store = store
        self.router = router
        self.tenants = tenants
        self.wording = wording
        self.sms = sms

    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/webchat/ws", self.websocket),
            web.get("/webchat/tenants/{tenant}.json", self.tenant_settings),
        ]

    async def tenant_settings(self, request: web.Request) -> web.Response:
        tenant = self.tenants.get(request.match_info["tenant"])
        if tenant is None:
            raise web.HTTPNotFound(text="no such tenant")
        headers = {"Cache-Control": "max-age=300", "Vary": "Origin"}
        origin = request.headers.get("Origin")
        if tenant.allows_origin(origin):
            headers["Access-Control-Allow-Origin"] = origin
        return web.json_response(tenant.public, headers=headers)

    async def websocket(self, request: web.Request) -> web.WebSocketResponse:
        tenant = self.tenants.get(request.query.get("tenant"))
        if tenant is None:
            raise web.HTTPNotFound(text="no such tenant")
        if not tenant.allows_origin(request.headers.get("Origin")):
            logger.warning(
                "refused a web chat connection from an origin %s does not allow", tenant.id
            )
            raise web.HTTPForbidden(text="origin not allowed")
        ws = web.WebSocketResponse(heartbeat=25, max_msg_size=MAX_FRAME_BYTES)
        await ws.prepare(request)
        socket = _Socket(ws, self.store)
        conversation: Conversation | None = None
        try:
            async for raw in ws:
                if raw.type != WSMsgType.TEXT:
                    continue
                try:
                    frame = json.loads(raw.data)
                except ValueError:
                    frame = None
                if not isinstance(frame, dict):
                    await socket.send({"type": "error", "code": "bad_frame", "text": ""})
                    continue
                try:
                    conversation = await self.dispatch(socket, tenant, conversation, frame)
                except SQLAlchemyError:
                    # The database is away: nothing was acknowledged, so the page keeps its
                    # messages and resends them when it reconnects (it backs off).
                    logger.warning("web chat: the gateway database is unavailable")
                    text = self.wording.text("utter_gw_unavailable", "webchat")
                    await socket.send({"type": "error", "code": "unavailable", "text": text})
                    await ws.close(code=WSCloseCode.TRY_AGAIN_LATER)
        finally:
            if conversation is not None:
                self.router.hub.unsubscribe(conversation.id, socket.deliver)
        return ws

    async def dispatch(
        self,
        socket: _Socket,
        tenant: Tenant,
        conversation: Conversation | None,
        frame: dict[str, Any],
    ) -> Conversation | None:
        kind = frame.get("type")
        if kind == "hello":
            if conversation is not None:
                self.router.hub.unsubscribe(conversation.id, socket.deliver)
            return await self.hello(socket, tenant, frame)
        if conversation is None:
            await socket.send({"type": "error", "code": "hello_first", "text": ""})
        elif kind == "message":
            return await self.message(socket, conversation, frame)
        elif kind == "sms_number":
            return await self.sms_number(socket, conversation, frame)
        elif kind == "language":
            socket.language_chosen = True
            return await self.router.set_language(conversation, str(frame.get("language")))
        elif kind == "end":
            self.router.hub.unsubscribe(conversation.id, socket.deliver)
            await self.store.run(self.store.end_conversation, conversation.id)
            await socket.ws.close()
            return None
        else:
            await socket.send({"type": "error", "code": "bad_frame", "text": ""})
        return conversation

    async def hello(self, socket: _Socket, tenant: Tenant, frame: dict[str, Any]) -> Conversation:
        session = frame.get("session")
        last_seq = frame.get("last_seq")
        last_seq = last_seq if isinstance(last_seq, int) and last_seq >= 0 else 0
        language = frame.get("language")
        language = language if language in tenant.languages else tenant.language
        conversation = None
        if isinstance(session, str) and 16 <= len(session) <= 64:
            found = await self.store.run(
                self.store.conversation,
                webchat_conversation_id(self.settings.sender_id_secret, session),
            )
            if found is not None and not found.ended and found.tenant == tenant.id:
                conversation = found
        if conversation is None:
            session, last_seq = new_session(), 0
            conversation = await self.store.run(
                lambda: self.store.open_conversation(
                    webchat_conversation_id(self.settings.sender_id_secret, session),
                    channel="webchat",
                    tenant=tenant.id,
                    language=language,
                )
            )
        # Replay and subscribe under the conversation's lock, so no message slips between.
        async with self.router.locks(conversation.id):
            await socket.send({"type": "welcome", "session": session, "last_seq": last_seq})
            socket.sent_seq = last_seq
            missed = await self.store.run(self.store.messages_after, conversation.id, last_seq)
            await socket.deliver(missed)
            self.router.hub.subscribe(conversation.id, socket.deliver)
        return conversation

    async def message(
        self, socket: _Socket, conversation: Conversation, frame: dict[str, Any]
    ) -> Conversation:
        client_id, text, payload = frame.get("id"), frame.get("text"), frame.get("payload")
        if not isinstance(client_id, str) or not 1 <= len(client_id) <= 64:
            await socket.send({"type": "error", "code": "bad_frame", "text": ""})
            return conversation
        if not isinstance(text, str) or not text.strip():
            await socket.send({"type": "ack", "id": client_id, "seq": None, "refused": True})
            return conversation
        payload = payload if isinstance(payload, str) and payload.startswith("/") else None
        return await self._route(socket, conversation, client_id, text.strip(), payload)

    async def _route(
        self,
        socket: _Socket,
        conversation: Conversation,
        client_id: str,
        text: str,
        payload: str | None,
    ) -> Conversation:
        await socket.send({"type": "typing", "on": True})
        try:
            outcome = await self.router.handle(
                Inbound(
                    conversation,
                    text=text,
                    payload=payload,
                    client_id=client_id,
                    language_chosen=socket.language_chosen,
                )
            )
        finally:
            await socket.send({"type": "typing", "on": False})
        conversation = outcome.conversation or conversation
        # Effects first (the socket may be gone), and only the first time: a resend of the
        # same message gets its earlier replies back, whose SMS was queued then.
        for reply in () if outcome.duplicate else outcome.replies:
            card = (reply.data or {}).get("card") or {}
            if card.get("type") == "send_sms" and conversation.reply_to:
                await self.text_results(conversation, str(card.get("sms_text") or ""))
        seq = outcome.resident.seq if outcome.resident else None
        await socket.send({"type": "ack", "id": client_id, "seq": seq, "refused": outcome.refused})
        return conversation

    async def text_results(self, conversation: Conversation, body: str) -> None:
        """Queue "text me these" to the number the resident gave in this chat."""
        if not body or conversation.reply_to is None:
            return
        await self.sms.queue(conversation.id, conversation.reply_to, body)

    async def sms_number(
        self, socket: _Socket, conversation: Conversation, frame: dict[str, Any]
    ) -> Conversation:
        client_id, raw = frame.get("id"), frame.get("number")
        if (
            not isinstance(client_id, str)
            or not 1 <= len(client_id) <= 64
            or not isinstance(raw, str)
        ):
            await socket.send({"type": "error", "code": "bad_frame", "text": ""})
            return conversation
        number = uk_mobile(raw)
        problem = None
        if number is None:
            problem = "utter_gw_sms_number_invalid"
        elif not self.settings.can_send_sms:
            problem = "utter_gw_sms_not_available"
        elif await self.store.run(
            self.store.is_opted_out, keyed_hash(self.settings.sender_id_secret, "sms", number)
        ):
            problem = "utter_gw_sms_number_opted_out"
        if problem is not None:
            await socket.send({"type": "ack", "id": client_id, "seq": None, "refused": False})
            text = self.wording.text(problem, "webchat", conversation.language)
            await self.router.say(conversation, [NewMessage("system", text, {"error": problem})])
            return conversation
        await self.store.run(
            lambda: self.store.update_conversation(conversation.id, reply_to=number)
        )
        # The number itself never goes to Rasa or the transcript: only that one is on file.
        return await self._route(socket, conversation, client_id, redact_number(number), SEND_SMS)
