"""Talking to the Rasa engine through its named HTTP channels (``bot/channels.py``).

``POST {RASA_URL}/webhooks/<channel>/webhook`` with the conversation id as sender and the
channel, tenant and language as metadata; the answer is the list of bot responses, already
worded for that channel. One pooled HTTP session for the gateway's lifetime.
"""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp

CHANNELS = ("webchat", "sms")


class RasaUnavailable(Exception):
    """The engine did not answer properly (down, too slow or failing)."""


class RasaClient:
    def __init__(self, base_url: str, *, timeout_s: float = 20) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = aiohttp.ClientTimeout(total=timeout_s)
        self._session: aiohttp.ClientSession | None = None

    async def start(self) -> None:
        if self._session is None:
            self._session = aiohttp.ClientSession(
                timeout=self.timeout,
                connector=aiohttp.TCPConnector(limit=100, keepalive_timeout=30),
            )

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def send(
        self, channel: str, sender: str, text: str, metadata: dict[str, Any]
    ) -> list[dict[str, Any]]:
        if channel not in CHANNELS:
            raise ValueError(f"unknown channel {channel!r}")
        await self.start()
        assert self._session is not None
        url = f"{self.base_url}/webhooks/{channel}/webhook"
        body = {"sender": sender, "message": text, "metadata": metadata}
        try:
            async with self._session.post(url, json=body) as response:
                if response.status != 200:
                    raise RasaUnavailable(f"Rasa answered HTTP {response.status}")
                answer = await response.json()
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as error:
            raise RasaUnavailable(type(error).__name__) from None
        if not isinstance(answer, list):
            raise RasaUnavailable("Rasa's answer is not a list of messages")
        return [message for message in answer if isinstance(message, dict)]
