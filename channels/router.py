"""One resident message, whatever the channel: record it, get the answer, record that.

The router takes a message the adapter (web chat, SMS) has authenticated, stores it in the
transcript, and, while the assistant holds the conversation, asks Rasa for the answer. The
answer is stored too (numbered in order), published to live listeners, and returned so the
adapter can render it. Messages of one conversation are handled one at a time.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from typing import Any

from channels.hub import ConversationLocks, Hub
from channels.language import LANGUAGES, detect, switch_request
from channels.rasa_client import RasaClient, RasaUnavailable
from channels.ratelimit import RateLimiter, Verdict
from channels.store import Conversation, GatewayStore, Message, NewMessage
from channels.wording import Wording

logger = logging.getLogger(__name__)
MAX_TEXT = 2000


@dataclass(frozen=True)
class Inbound:
    conversation: Conversation
    text: str
    payload: str | None = None  # a button's payload, sent to Rasa instead of the title
    client_id: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    language_chosen: bool = False  # the resident chose it (the widget's toggle): don't detect


@dataclass(frozen=True)
class Outcome:
    resident: Message | None  # the stored resident message (None when refused)
    replies: list[Message]
    duplicate: bool = False  # handled before: ``replies`` are the answer it got then
    refused: bool = False  # rate limited or too long
    conversation: Conversation | None = None  # as it is after this message


def as_plain_text(text: str) -> str:
    """A resident's words, never a Rasa command: "/restart" typed by hand is just text.

    Rasa reads a message starting with "/" as an intent (and entities) to force; only the
    buttons the assistant offered may do that, through ``Inbound.payload``.
    """
    return text.lstrip().lstrip("/")


def bot_message(answer: dict[str, Any], language: str) -> NewMessage:
    """A Rasa response (text, buttons, custom payload) as a transcript message."""
    data: dict[str, Any] = {}
    buttons = [
        {"title": str(b.get("title", "")), "payload": str(b.get("payload", ""))}
        for b in answer.get("buttons") or ()
        if isinstance(b, dict) and b.get("title")
    ]
    if buttons:
        data["buttons"] = buttons
    custom = answer.get("custom")
    if isinstance(custom, dict) and isinstance(custom.get("type"), str):
        data["card"] = custom
    text = answer.get("text") or answer.get("image") or answer.get("attachment") or ""
    return NewMessage("bot", str(text), data or None, language=language)


def choices_of(messages: list[NewMessage]) -> tuple[str, ...]:
    """The payloads of the last buttons in an answer: what "reply 1, 2 or 3" will mean."""
    for message in reversed(messages):
        if message.data and message.data.get("buttons"):
            return tuple(b["payload"] for b in message.data["buttons"])
    return ()


class Router:
    def __init__(
        self,
        store: GatewayStore,
        rasa: RasaClient,
        wording: Wording,
        *,
        hub: Hub | None = None,
        limiter: RateLimiter | None = None,
    ) -> None:
        self.store = store
        self.rasa = rasa
        self.wording = wording
        self.hub = hub or Hub()
        self.limiter = limiter
        self.locks = ConversationLocks()
        # Set by the console's desk: called with each handoff the assistant asks for; may
        # return messages to add (e.g. "nobody is in until 9am").
        self.on_handoff: (
            Callable[[Conversation, dict[str, Any]], Awaitable[list[NewMessage]]] | None
        ) = None

    async def handle(self, inbound: Inbound) -> Outcome:
        conversation = inbound.conversation
        async with self.locks(conversation.id):
            refusal = await self._refusal(inbound)
            if refusal is not None:
                if not refusal.body:  # refused without a word (it was said once already)
                    return Outcome(None, [], refused=True)
                notice = await self._store(conversation, [refusal], ())
                return Outcome(
                    None, notice, refused=True, conversation=replace(conversation, choices=())
                )
            data = {"payload": inbound.payload} if inbound.payload else None
            resident = NewMessage("resident", inbound.text, data, client_id=inbound.client_id)
            stored, conversation, duplicate = await self.store.run(
                self.store.record_resident, conversation.id, resident
            )
            if duplicate:
                # Sent again (a reconnect, a webhook retry, another gateway). Its answer, if it
                # got one, is stored: give that back. If the first attempt died before the
                # answer (a gateway killed mid-message), answer it now.
                replies = await self.store.run(self.store.replies_to, conversation.id, stored.seq)
                if replies or conversation.state == "staff":
                    return Outcome(stored, replies, duplicate=True, conversation=conversation)
            else:
                await self.hub.publish(conversation.id, [stored])
            conversation, switched = await self._language(conversation, inbound, stored)
            if switched:
                text = self.wording.text(
                    "utter_gw_language_switched", conversation.channel, conversation.language
                )
                notice = await self._store(conversation, [NewMessage("system", text, None)], ())
                return Outcome(stored, notice, conversation=replace(conversation, choices=()))
            if conversation.state == "staff":
                # A person holds it: the assistant stays silent; the console gets it live.
                return Outcome(stored, [], conversation=conversation)
            answer = await self._ask_rasa(conversation, inbound)
            # The buttons offered become the conversation's numbered options (for SMS).
            choices = choices_of(answer)
            replies = await self._store(conversation, answer, choices)
            replies += await self._handoffs(conversation, replies)
            return Outcome(stored, replies, conversation=replace(conversation, choices=choices))

    async def _language(
        self, conversation: Conversation, inbound: Inbound, stored: Message
    ) -> tuple[Conversation, bool]:
        """The conversation's language after this message, and whether the resident asked.

        "Cymraeg" / "English" switch at any point; otherwise the first message decides, when
        it is clear enough (``channels.language``).
        """
        asked = None if inbound.payload else switch_request(inbound.text)
        language = asked
        if (
            language is None
            and stored.seq == 1
            and not inbound.payload
            and not inbound.language_chosen
        ):
            language = detect(inbound.text)
        if language is None or language == conversation.language:
            return conversation, asked is not None
        await self.store.run(
            lambda: self.store.update_conversation(conversation.id, language=language)
        )
        return replace(conversation, language=language), asked is not None

    async def set_language(self, conversation: Conversation, language: str) -> Conversation:
        """The widget's language toggle."""
        if language not in LANGUAGES or language == conversation.language:
            return conversation
        await self.store.run(
            lambda: self.store.update_conversation(conversation.id, language=language)
        )
        return replace(conversation, language=language)

    async def say(self, conversation: Conversation, new: list[NewMessage]) -> list[Message]:
        """Add gateway or staff messages to a conversation (under its lock)."""
        async with self.locks(conversation.id):
            return await self._store(conversation, new)

    async def _refusal(self, inbound: Inbound) -> NewMessage | None:
        channel = inbound.conversation.channel
        if len(inbound.text) > MAX_TEXT:
            text = self.wording.text("utter_gw_too_long", channel, inbound.conversation.language)
            return NewMessage("system", text, {"error": "too_long"})
        if self.limiter is None:
            return None
        verdict = await self.limiter.check(inbound.conversation.id)
        if verdict is Verdict.ALLOW:
            return None
        logger.info("rate limit reached in conversation %s", inbound.conversation.id)
        if verdict is Verdict.REFUSE_AND_TELL:
            text = self.wording.text(
                "utter_gw_rate_limited", channel, inbound.conversation.language
            )
            return NewMessage("system", text, {"error": "rate_limited"})
        return NewMessage("system", "", None)

    async def _ask_rasa(self, conversation: Conversation, inbound: Inbound) -> list[NewMessage]:
        metadata = {
            "channel": conversation.channel,
            "tenant": conversation.tenant,
            "language": conversation.language,
            # "text me these": the gateway holds a number for this chat (never sent to Rasa)
            "sms_number_on_file": conversation.reply_to is not None,
            **inbound.metadata,
        }
        try:
            answer = await self.rasa.send(
                conversation.channel,
                conversation.id,
                inbound.payload or as_plain_text(inbound.text),
                metadata,
            )
        except RasaUnavailable as error:
            logger.warning("assistant unavailable for %s: %s", conversation.id, error)
            answer = []
        if not answer:
            # Every message gets an answer from this assistant; none means it failed (e.g. its
            # tracker store was unreachable and it gave up quietly).
            text = self.wording.text(
                "utter_gw_unavailable", conversation.channel, conversation.language
            )
            return [NewMessage("system", text, {"error": "unavailable"})]
        return [bot_message(message, conversation.language) for message in answer]

    async def _handoffs(self, conversation: Conversation, replies: list[Message]) -> list[Message]:
        """Hand the handoffs the assistant asked for to the console (while it is running)."""
        cards = [
            m.data["card"]
            for m in replies
            if m.data and (m.data.get("card") or {}).get("type") == "handoff"
        ]
        extra: list[NewMessage] = []
        for card in cards if self.on_handoff else ():
            extra += await self.on_handoff(conversation, card)
        return await self._store(conversation, extra) if extra else []

    async def _store(
        self,
        conversation: Conversation,
        new: list[NewMessage],
        choices: tuple[str, ...] | None = None,
    ) -> list[Message]:
        stored = await self.store.run(lambda: self.store.append(conversation, new, choices=choices))
        await self.hub.publish(conversation.id, stored)
        return stored
