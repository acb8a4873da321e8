"""What happens to a handoff: opened by the assistant, claimed, answered, moved, closed.

The desk is the only place that changes who holds a conversation. Each change is stored
(queue, transcript, audit log) before anyone is told: residents through their channel
(WebSocket via the hub, or an SMS through the outbox), staff through the console's live
updates (``ConsoleSignals``).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

from channels.console.accounts import Accounts, Staff
from channels.console.hours import Hours
from channels.console.queue import Handoff, Queue
from channels.router import Router
from channels.sms_sender import SmsSender
from channels.store import Conversation, GatewayStore, Message, NewMessage, utcnow
from channels.tenants import Tenants
from channels.wording import Wording

logger = logging.getLogger(__name__)
Listener = Callable[[dict[str, Any]], Awaitable[None]]


class ConsoleSignals:
    """Live updates for open console pages: "the queue changed", "conversation X changed"."""

    def __init__(self) -> None:
        self._listeners: set[Listener] = set()
        # Set when several gateways share the load: also tells the others (Redis).
        self.remote: Listener | None = None

    def listen(self, listener: Listener) -> None:
        self._listeners.add(listener)

    def stop(self, listener: Listener) -> None:
        self._listeners.discard(listener)

    async def send(self, event: dict[str, Any]) -> None:
        await self.deliver(event)
        if self.remote is not None:
            await self.remote(event)

    async def deliver(self, event: dict[str, Any]) -> None:
        """To this process's open console pages only."""
        await asyncio.gather(
            *(listener(event) for listener in list(self._listeners)), return_exceptions=True
        )


def when_text(wording: Wording, moment: datetime, now: datetime, language: str) -> str:
    """ "tomorrow 9am", "Monday 10:30am": words from the domain's utter_fmt_* fragments."""
    today = now.astimezone(moment.tzinfo).date()
    days = (moment.date() - today).days
    if days == 0:
        day = wording.template("utter_fmt_today", None, language)
    elif days == 1:
        day = wording.template("utter_fmt_tomorrow", None, language)
    else:
        day = wording.template("utter_fmt_weekdays", None, language).split(",")[moment.weekday()]
    morning, afternoon = wording.template("utter_fmt_am_pm", None, language).split(",")
    hour = moment.hour % 12 or 12
    suffix = morning if moment.hour < 12 else afternoon
    clock = f"{hour}{suffix}" if moment.minute == 0 else f"{hour}:{moment.minute:02d}{suffix}"
    return f"{day} {clock}"


class Desk:
    def __init__(
        self,
        *,
        store: GatewayStore,
        queue: Queue,
        accounts: Accounts,
        router: Router,
        sms: SmsSender,
        wording: Wording,
        tenants: Tenants,
        claim_timeout: timedelta,
    ) -> None:
        self.store = store
        self.queue = queue
        self.accounts = accounts
        self.router = router
        self.sms = sms
        self.wording = wording
        self.tenants = tenants
        self.claim_timeout = claim_timeout
        self.signals = ConsoleSignals()
        router.on_handoff = self.escalate

    def hours(self, tenant_id: str) -> Hours | None:
        tenant = self.tenants.get(tenant_id)
        return Hours.from_tenant(tenant.public.get("contact_centre")) if tenant else None

    # from the assistant -------------------------------------------------------------------

    async def escalate(self, conversation: Conversation, card: dict[str, Any]) -> list[NewMessage]:
        """The assistant asked for a person: queue it; say if nobody is in. Called by the router."""
        context = {
            "needs": card.get("needs") or [],
            "place": card.get("place"),
            "services_offered": card.get("services_offered") or [],
        }
        handoff, created = await self.store.run(
            lambda: self.queue.open(
                conversation.id,
                priority=str(card.get("priority") or "normal"),
                reason=str(card.get("reason") or "asked_for_person"),
                context=context,
            )
        )
        await self.store.run(lambda: self.audit(None, "handoff_opened", handoff))
        await self.signals.send({"type": "queue"})
        now = utcnow()
        hours = self.hours(conversation.tenant)
        if not created or hours is None or hours.is_open(now):
            return []
        opens = hours.next_opening(now)
        text = self.wording.text(
            "utter_gw_out_of_hours",
            conversation.channel,
            conversation.language,
            opens=when_text(self.wording, opens, now, conversation.language) if opens else "",
        )
        return [NewMessage("system", text, {"notice": "out_of_hours"})]

    def audit(self, staff: Staff | None, action: str, handoff: Handoff, **detail: Any) -> None:
        self.accounts.record(
            staff.id if staff else None,
            action,
            conversation_id=handoff.conversation_id,
            detail={"handoff": handoff.id, **detail},
        )

    # staff actions --------------------------------------------------------------------------

    async def claim(self, staff: Staff, handoff_id: int) -> bool:
        if not await self.store.run(self.queue.claim, handoff_id, staff.id):
            return False
        handoff = await self.store.run(self.queue.get, handoff_id)
        await self.store.run(lambda: self.audit(staff, "claimed", handoff))
        await self.tell_resident(handoff, "utter_gw_staff_joined", name=staff.display_name)
        await self.signals.send({"type": "queue"})
        return True

    async def reply(
        self, staff: Staff, handoff: Handoff, text: str, card: dict | None = None
    ) -> None:
        conversation = await self.store.run(self.store.conversation, handoff.conversation_id)
        data = {"staff": staff.display_name}
        if card:
            data["card"] = card
        stored = await self.router.say(conversation, [NewMessage("staff", text, data)])
        await self.store.run(lambda: self.audit(staff, "replied", handoff))
        await self.deliver(conversation, stored)

    async def note(self, staff: Staff, handoff: Handoff, text: str) -> None:
        await self.store.run(self.queue.add_note, handoff.conversation_id, staff.id, text)
        await self.store.run(lambda: self.audit(staff, "noted", handoff))
        await self.signals.send({"type": "conversation", "conversation": handoff.conversation_id})

    async def transfer(self, staff: Staff, handoff: Handoff, to: Staff) -> bool:
        holder = None if staff.is_supervisor else staff.id
        if not await self.store.run(self.queue.transfer, handoff.id, holder, to.id):
            return False
        await self.store.run(lambda: self.audit(staff, "transferred", handoff, to=to.id))
        await self.tell_resident(handoff, "utter_gw_staff_joined", name=to.display_name)
        await self.signals.send({"type": "queue"})
        return True

    async def close(self, staff: Staff, handoff: Handoff) -> bool:
        if await self.store.run(self.queue.close, handoff.id, staff.id) is None:
            return False
        await self.store.run(lambda: self.audit(staff, "closed", handoff))
        await self.tell_resident(handoff, "utter_gw_handoff_closed", name=staff.display_name)
        await self.signals.send({"type": "queue"})
        return True

    async def release_stale(self) -> list[Handoff]:
        released = await self.store.run(self.queue.release_stale, self.claim_timeout)
        for handoff in released:
            await self.store.run(lambda h=handoff: self.audit(None, "claim_expired", h))
        if released:
            await self.signals.send({"type": "queue"})
        return released

    # to the resident -----------------------------------------------------------------------

    async def tell_resident(self, handoff: Handoff, response: str, **values: Any) -> None:
        conversation = await self.store.run(self.store.conversation, handoff.conversation_id)
        if conversation is None:
            return
        text = self.wording.text(response, conversation.channel, conversation.language, **values)
        stored = await self.router.say(conversation, [NewMessage("system", text, None)])
        await self.deliver(conversation, stored)

    async def deliver(self, conversation: Conversation, messages: list[Message]) -> None:
        """Web chat got them from the hub already; SMS needs a text message each."""
        if conversation.channel != "sms" or not conversation.reply_to:
            return
        for message in messages:
            await self.sms.queue(conversation.id, conversation.reply_to, message.body)
