"""Named HTTP input channels, so responses can vary by channel (``channel: sms``).

Our gateway (``channels/``) talks to Rasa over HTTP. Rasa's own REST channel answers through
an output channel called "collector", so the ``channel: sms`` / ``channel: webchat``
variations in ``domain.yml`` would never be chosen. These channels are the REST channel
with a name: ``POST /webhooks/sms/webhook`` and ``POST /webhooks/webchat/webhook`` take
``{"sender", "message", "metadata"}`` and answer with the list of bot messages, rendered
for that channel, one message per bot response (text, buttons and custom payload
together). Unlike Rasa's REST channel they never log message text (residents write about
their health, debts and safety).
"""

from __future__ import annotations

import logging
from asyncio import CancelledError
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

logger = logging.getLogger(__name__)


# The parts of one bot response the gateway renders; anything else Rasa adds is dropped.
RESPONSE_PARTS = ("text", "buttons", "quick_replies", "image", "attachment", "custom")


class _Collector(CollectingOutputChannel):
    """Collects each bot response as ONE message.

    Rasa's collector splits a response into a text message and a separate ``custom``
    message (and splits text at blank lines). A service card is a text (its plain reading,
    used by SMS and screen readers) plus the card data, so the gateway needs them together.
    """

    channel_name = "collector"

    @classmethod
    def name(cls) -> str:
        return cls.channel_name

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        kept = {part: message[part] for part in RESPONSE_PARTS if message.get(part)}
        if "quick_replies" in kept:
            kept["buttons"] = kept.pop("quick_replies")
        if kept:
            await self._persist_message({"recipient_id": recipient_id, **kept})


class NamedRestInput(InputChannel):
    channel_name = "named_rest"

    @classmethod
    def name(cls) -> str:
        return cls.channel_name

    def collector(self) -> CollectingOutputChannel:
        return type(
            f"{self.channel_name.title()}Collector",
            (_Collector,),
            {"channel_name": self.channel_name},
        )()

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        hook = Blueprint(f"{self.channel_name}_webhook", __name__)

        @hook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @hook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            body = request.json if isinstance(request.json, dict) else {}
            sender, text = body.get("sender"), body.get("message")
            if not isinstance(sender, str) or not sender or not isinstance(text, str):
                return response.json({"error": "sender and message are required"}, status=400)
            metadata = body.get("metadata") if isinstance(body.get("metadata"), dict) else {}
            collector = self.collector()
            try:
                await on_new_message(
                    UserMessage(
                        text, collector, sender, input_channel=self.channel_name, metadata=metadata
                    )
                )
            except CancelledError:
                logger.error("%s message for a conversation timed out", self.channel_name)
            except Exception:
                logger.exception("%s message could not be handled", self.channel_name)
                return response.json({"error": "the assistant failed"}, status=500)
            return response.json(collector.messages)

        return hook


class SmsInput(NamedRestInput):
    channel_name = "sms"


class WebchatInput(NamedRestInput):
    channel_name = "webchat"
