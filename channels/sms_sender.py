"""Sending SMS later than the webhook's reply: Twilio's REST API, from a durable outbox.

Messages that are not an immediate answer (a staff reply, "text me these" from web chat)
are queued in ``gw_sms_outbound`` and sent by a background task: retried with exponential
backoff on network errors, 429 and 5xx; given up on other 4xx; never sent to a number that
has opted out (checked before every attempt). Twilio's status callbacks update each one.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import logging
import random
from datetime import timedelta

import aiohttp

from channels import sms_text
from channels.ids import keyed_hash
from channels.settings import GatewaySettings
from channels.store import GatewayStore, OutgoingSms, utcnow

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 6
BASE_DELAY_S = 2.0
MAX_DELAY_S = 300.0


def backoff(attempt: int, *, base: float = BASE_DELAY_S, jitter: float = 0.2) -> float:
    delay = min(MAX_DELAY_S, base * 2 ** (attempt - 1))
    return delay * (1 + random.uniform(-jitter, jitter))  # noqa: S311 (not security)


class SmsSender:
    def __init__(
        self,
        store: GatewayStore,
        settings: GatewaySettings,
        *,
        poll_s: float = 1.0,
        base_delay_s: float = BASE_DELAY_S,
    ) -> None:
        self.store = store
        self.settings = settings
        self.poll_s = poll_s
        self.base_delay_s = base_delay_s
        self._wake = asyncio.Event()
        self._task: asyncio.Task | None = None
        self._session: aiohttp.ClientSession | None = None

    def address_hash(self, number: str) -> str:
        return keyed_hash(self.settings.sender_id_secret, "sms", number)

    async def queue(self, conversation_id: str, to_number: str, body: str) -> int:
        """Queue ``body`` (one part per line) as one SMS, fitted to SMS_MAX_SEGMENTS."""
        fitted = sms_text.fit(
            [sms_text.prefer_gsm(line) for line in body.split("\n")],
            max_segments=self.settings.sms_max_segments,
        )
        sms_id = await self.store.run(
            self.store.queue_sms,
            conversation_id,
            to_number,
            self.address_hash(to_number),
            fitted.text,
        )
        self._wake.set()
        return sms_id

    async def start(self) -> None:
        if self._task is None and self.settings.can_send_sms:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=15))
            self._task = asyncio.create_task(self._run(), name="sms-sender")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def _run(self) -> None:
        while True:
            try:
                await self.send_due()
            except asyncio.CancelledError:
                raise
            except Exception:
                logger.exception("the SMS outbox failed a round; trying again")
            self._wake.clear()
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=self.poll_s)

    async def send_due(self) -> int:
        due = await self.store.run(self.store.claim_due_sms)
        await asyncio.gather(*(self._send(sms) for sms in due))
        return len(due)

    async def _send(self, sms: OutgoingSms) -> None:
        if await self.store.run(self.store.is_opted_out, sms.address_hash):
            await self.store.run(self.store.sms_result, sms.id, "opted_out")
            return
        settings = self.settings
        url = (
            f"{settings.twilio_api_base_url}/2010-04-01/Accounts/"
            f"{settings.twilio_account_sid}/Messages.json"
        )
        form = {
            "To": sms.to_number,
            "From": settings.twilio_from,
            "Body": sms.body,
            "StatusCallback": f"{settings.public_base_url}/sms/twilio/status",
        }
        credentials = f"{settings.twilio_account_sid}:{settings.twilio_auth_tokens[0]}"
        auth = "Basic " + base64.b64encode(credentials.encode()).decode("ascii")
        assert self._session is not None
        try:
            async with self._session.post(
                url, data=form, headers={"Authorization": auth}
            ) as response:
                status = response.status
                body = await response.json(content_type=None)
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as error:
            await self._retry(sms, f"network: {type(error).__name__}")
            return
        if status in (200, 201):
            await self.store.run(
                lambda: self.store.sms_result(sms.id, "sent", provider_sid=str(body.get("sid")))
            )
        elif status == 429 or status >= 500:
            await self._retry(sms, f"HTTP {status}")
        else:
            code = body.get("code") if isinstance(body, dict) else None
            logger.warning("Twilio refused SMS %s: HTTP %s code %s", sms.id, status, code)
            await self.store.run(
                lambda: self.store.sms_result(sms.id, "failed", error=f"HTTP {status} code {code}")
            )

    async def _retry(self, sms: OutgoingSms, error: str) -> None:
        if sms.attempts >= MAX_ATTEMPTS:
            logger.warning("SMS %s failed after %s attempts: %s", sms.id, sms.attempts, error)
            await self.store.run(lambda: self.store.sms_result(sms.id, "failed", error=error))
            return
        retry_at = utcnow() + timedelta(seconds=backoff(sms.attempts, base=self.base_delay_s))
        await self.store.run(
            lambda: self.store.sms_result(sms.id, "queued", error=error, retry_at=retry_at)
        )
