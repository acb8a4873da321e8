"""Twilio SMS: the signed webhook, keywords, dedupe, numbered options and TwiML replies.

``POST /sms/twilio`` is Twilio's "a message came in" webhook. Nothing reaches the router
(or a log) until the ``X-Twilio-Signature`` checks out against the public URL with one of
the configured auth tokens (several, so a token can be rotated without downtime). The
immediate answer goes back as TwiML; later messages go through the outbox
(``channels/sms_sender.py``). ``POST /sms/twilio/status`` takes signed delivery receipts.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import parse_qsl

from aiohttp import web
from sqlalchemy.exc import SQLAlchemyError
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

from channels import sms_text
from channels.ids import keyed_hash, sms_conversation_id
from channels.language import detect
from channels.router import Inbound, Router
from channels.settings import GatewaySettings
from channels.store import GatewayStore, Message
from channels.tenants import Tenant, Tenants
from channels.wording import Wording

logger = logging.getLogger(__name__)

MAX_BODY_BYTES = 16 * 1024
STOP_WORDS = frozenset({"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"})
START_WORDS = frozenset({"START", "UNSTOP"})
HELP_WORDS = frozenset({"HELP", "INFO"})
KEYWORDS = STOP_WORDS | START_WORDS | HELP_WORDS
DELIVERY_STATES = frozenset(
    {"accepted", "queued", "sending", "sent", "delivered", "undelivered", "failed", "read"}
)
E164 = re.compile(r"^\+[1-9]\d{6,14}$")


def keyword(body: str) -> str:
    """The message as a keyword candidate: "Stop." and " stop " are STOP."""
    return re.sub(r"[^A-Z]", "", body.strip().upper()) if len(body) <= 20 else ""


def twiml(text: str | None = None) -> web.Response:
    reply = MessagingResponse()
    if text:
        reply.message(text)
    return web.Response(text=str(reply), content_type="application/xml")


class SmsAdapter:
    def __init__(
        self,
        settings: GatewaySettings,
        store: GatewayStore,
        router: Router,
        tenants: Tenants,
        wording: Wording,
    ) -> None:
        self.settings = settings
        self.store = store
        self.router = router
        self.tenants = tenants
        self.wording = wording
        self.validators = [RequestValidator(token) for token in settings.twilio_auth_tokens]

    def routes(self) -> list[web.RouteDef]:
        return [
            web.post("/sms/twilio", self.incoming),
            web.post("/sms/twilio/status", self.status),
        ]

    # the wire -----------------------------------------------------------------------------

    async def signed_form(self, request: web.Request) -> dict[str, str]:
        """The form fields of a request Twilio signed; raises the right HTTP error if not."""
        signature = request.headers.get("X-Twilio-Signature", "")
        if not signature or not self.validators:
            raise web.HTTPForbidden(text="signature required")
        if request.content_length is not None and request.content_length > MAX_BODY_BYTES:
            raise web.HTTPRequestEntityTooLarge(MAX_BODY_BYTES, request.content_length)
        if request.content_type != "application/x-www-form-urlencoded":
            raise web.HTTPUnsupportedMediaType(text="expected a form body")
        raw = await request.content.read(MAX_BODY_BYTES + 1)
        if len(raw) > MAX_BODY_BYTES:
            raise web.HTTPRequestEntityTooLarge(MAX_BODY_BYTES, len(raw))
        try:
            fields = parse_qsl(raw.decode("utf-8"), keep_blank_values=True, errors="strict")
        except (UnicodeDecodeError, ValueError):
            raise web.HTTPBadRequest(text="the form is not valid UTF-8") from None
        form = dict(fields)
        url = self.settings.public_base_url + request.path_qs
        if not any(validator.validate(url, form, signature) for validator in self.validators):
            logger.warning("refused an SMS webhook with a bad signature (%s)", request.path)
            raise web.HTTPForbidden(text="bad signature")
        return form

    async def incoming(self, request: web.Request) -> web.Response:
        form = await self.signed_form(request)
        try:
            return await self.handle(form)
        except SQLAlchemyError:
            # The database is away: a fixed apology (the message was not recorded).
            logger.warning("SMS: the gateway database is unavailable")
            language = detect(form.get("Body", "")) or self.tenants.default.language
            return twiml(self.wording.text("utter_gw_unavailable", "sms", language))

    async def handle(self, form: dict[str, str]) -> web.Response:
        sid, number, body = form.get("MessageSid"), form.get("From", ""), form.get("Body")
        if not sid or body is None or not E164.match(number):
            raise web.HTTPBadRequest(text="MessageSid, From (E.164) and Body are required")
        address = keyed_hash(self.settings.sender_id_secret, "sms", number)
        tenant = self.tenants.for_sms_number(form.get("To", ""))
        word = keyword(body)
        if word in KEYWORDS:
            first_time, opted_out = await self.store.run(self.store.sms_arrival, sid, address)
            if not first_time:
                return twiml()  # a retry of a keyword: done the first time
            return await self.keyword_reply(word, address, tenant, opted_out=opted_out)
        # Anything else: the MessageSid, the opt-out and the conversation in one transaction.
        _, conversation = await self.store.run(
            lambda: self.store.sms_message(
                sid,
                address,
                sms_conversation_id(self.settings.sender_id_secret, number),
                tenant=tenant.id,
                language=tenant.language,
                reply_to=number,
            )
        )
        if conversation is None:
            return twiml()  # opted out: nothing more is sent
        number_chosen = sms_text.choice(body, len(conversation.choices))
        payload = conversation.choices[number_chosen - 1] if number_chosen else None
        # The MessageSid is the message's id: a retry (Twilio's, or the balancer's on another
        # gateway) gets the answer the first attempt stored, and is never handled twice.
        outcome = await self.router.handle(
            Inbound(conversation, text=body.strip(), payload=payload, client_id=sid)
        )
        conversation = outcome.conversation or conversation
        text, choices = self.render(outcome.replies, conversation.language)
        if tuple(choices) != conversation.choices:
            await self.store.run(
                lambda: self.store.update_conversation(conversation.id, choices=choices or None)
            )
        return twiml(text)

    async def keyword_reply(
        self, word: str, address: str, tenant: Tenant, *, opted_out: bool
    ) -> web.Response:
        """STOP, START and HELP (silence for an opted-out sender's HELP)."""
        if word in STOP_WORDS:
            await self.store.run(self.store.set_opted_out, address, True)
            logger.info("an SMS sender opted out")
            return twiml()
        if word in START_WORDS:
            await self.store.run(self.store.set_opted_out, address, False)
            return twiml(
                self.wording.text("utter_gw_sms_start", "sms", tenant.language, tenant=tenant.name)
            )
        if opted_out:
            return twiml()
        return twiml(
            self.wording.text("utter_gw_sms_help", "sms", tenant.language, tenant=tenant.name)
        )

    async def status(self, request: web.Request) -> web.Response:
        form = await self.signed_form(request)
        sid, state = form.get("MessageSid"), form.get("MessageStatus", "").lower()
        if not sid or state not in DELIVERY_STATES:
            raise web.HTTPBadRequest(text="MessageSid and a known MessageStatus are required")
        error = form.get("ErrorCode") or None
        known = await self.store.run(self.store.sms_delivery, sid, state, error)
        if not known:
            logger.info("a delivery receipt for a message that is not ours")
        return web.Response(status=204)

    # rendering ----------------------------------------------------------------------------

    def render(self, replies: list[Message], language: str) -> tuple[str, list[str]]:
        """The replies as one SMS (at most N segments) and the payloads of its options."""
        parts = [sms_text.prefer_gsm(m.body.strip()) for m in replies if m.body.strip()]
        buttons = next(
            (m.data["buttons"] for m in reversed(replies) if m.data and m.data.get("buttons")),
            [],
        )
        tail: list[str] = []
        if buttons:
            titles = [b["title"] for b in buttons]
            tail = [
                sms_text.options_text(
                    titles,
                    line=self.wording.template("utter_gw_sms_option", "sms", language),
                    reply=self.wording.template("utter_gw_sms_reply", "sms", language),
                    join_last=self.wording.template("utter_fmt_or", "sms", language),
                )
            ]
        fitted = sms_text.fit(parts, tail=tail, max_segments=self.settings.sms_max_segments)
        return fitted.text, [b["payload"] for b in buttons]
