"""Talking to the Rasa engine through its named HTTP channels (``bot/channels.py``).

``POST {RASA_URL}/webhooks/<channel>/webhook`` with the conversation id as sender and the
channel, tenant and language as metadata; the answer is the list of bot responses, already
worded for that channel. One pooled HTTP session for the gateway's lifetime.
"""

from __future__ import annotations

import asyncio
import zlib
from typing import Any

import aiohttp

CHANNELS = ("webchat", "sms")


class RasaUnavailable(Exception):
    """The engine did not answer properly (down, too slow or failing)."""


class _Unreachable(Exception):
    """Could not reach this engine at all (so it certainly did not handle the message)."""


class RasaClient:
    """One or more Rasa engines (``RASA_URL`` may list several, comma-separated).

    A conversation goes to the same engine each time (by a hash of its id), and to the
    next one when that engine does not answer: with a shared tracker store (PostgreSQL)
    and lock store (Redis) any engine can carry any conversation.
    """

    def __init__(self, base_url: str, *, timeout_s: float = 20) -> None:
        self.base_urls = [url.strip().rstrip("/") for url in base_url.split(",") if url.strip()]
        self.base_url = self.base_urls[0]
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
        body = {"sender": sender, "message": text, "metadata": metadata}
        first = zlib.crc32(sender.encode()) % len(self.base_urls)
        order = self.base_urls[first:] + self.base_urls[:first]
        problem = "no engine"
        for base in order:
            try:
                return await self._post(f"{base}/webhooks/{channel}/webhook", body)
            except _Unreachable as error:
                problem = str(error)  # not reached: the message was not handled; try the next
        raise RasaUnavailable(problem)

    async def _post(self, url: str, body: dict[str, Any]) -> list[dict[str, Any]]:
        assert self._session is not None
        try:
            async with self._session.post(url, json=body) as response:
                if response.status != 200:
                    raise RasaUnavailable(f"Rasa answered HTTP {response.status}")
                answer = await response.json()
        except (aiohttp.ClientConnectorError, aiohttp.ServerDisconnectedError) as error:
            raise _Unreachable(type(error).__name__) from None
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as error:
            raise RasaUnavailable(type(error).__name__) from None
        if not isinstance(answer, list):
            raise RasaUnavailable("Rasa's answer is not a list of messages")
        return [message for message in answer if isinstance(message, dict)]
