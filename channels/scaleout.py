"""Several gateways behind one address: Redis carries what one process cannot know alone.

With ``REDIS_URL`` set, each gateway:

- **fans out** every stored transcript message and console event on Redis pub/sub, so a
  staff reply made on gateway B reaches a resident whose WebSocket is on gateway A
  (each process delivers its own messages at once and ignores its own echoes);
- **locks** a conversation in Redis (as well as in the process) while it handles one of its
  messages, so two messages of one conversation that arrive on different gateways are
  handled one after the other, in order; the lock expires if a gateway dies holding it;
- **counts** rate limits in Redis, across gateways.

Exactly-once handling needs no Redis: client ids and MessageSids are unique in the
database, so a resend to another gateway is recognised there.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
import uuid
from datetime import datetime
from typing import Any

import redis.asyncio as redis

from channels.console.desk import ConsoleSignals
from channels.hub import ConversationLocks, Hub
from channels.ratelimit import Verdict
from channels.store import Message

logger = logging.getLogger(__name__)
PREFIX = "signpost"
# Longer than an answer may take (RASA_TIMEOUT_SECONDS, 20); lapses if a gateway dies.
LOCK_TTL_S = 30


def message_json(message: Message) -> dict[str, Any]:
    return {**message.__dict__, "created_at": message.created_at.isoformat()}


def message_from(raw: dict[str, Any]) -> Message:
    return Message(**{**raw, "created_at": datetime.fromisoformat(raw["created_at"])})


class RedisBus:
    def __init__(self, client: redis.Redis, hub: Hub, signals: ConsoleSignals) -> None:
        self.redis = client
        self.hub = hub
        self.signals = signals
        self.origin = uuid.uuid4().hex
        self._task: asyncio.Task | None = None
        self._ready = asyncio.Event()

    async def start(self) -> None:
        self.hub.remote = self.publish_messages
        self.signals.remote = self.publish_event
        self._task = asyncio.create_task(self._listen(), name="redis-bus")
        await asyncio.wait_for(self._ready.wait(), timeout=10)

    async def stop(self) -> None:
        self.hub.remote = None
        self.signals.remote = None
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def publish_messages(self, conversation_id: str, messages: list[Message]) -> None:
        payload = {"origin": self.origin, "messages": [message_json(m) for m in messages]}
        await self.redis.publish(f"{PREFIX}:conv:{conversation_id}", json.dumps(payload))

    async def publish_event(self, event: dict[str, Any]) -> None:
        payload = {"origin": self.origin, "event": event}
        await self.redis.publish(f"{PREFIX}:console", json.dumps(payload))

    async def _listen(self) -> None:
        while True:
            try:
                pubsub = self.redis.pubsub()
                await pubsub.psubscribe(f"{PREFIX}:conv:*")
                await pubsub.subscribe(f"{PREFIX}:console")
                self._ready.set()
                async for item in pubsub.listen():
                    if item.get("type") not in ("message", "pmessage"):
                        continue
                    await self._handle(item)
            except asyncio.CancelledError:
                raise
            except (redis.ConnectionError, OSError) as error:
                logger.warning("Redis fan-out interrupted (%s); reconnecting", type(error).__name__)
                await asyncio.sleep(1)

    async def _handle(self, item: dict[str, Any]) -> None:
        try:
            payload = json.loads(item["data"])
        except (TypeError, ValueError):
            return
        if payload.get("origin") == self.origin:
            return
        channel = (
            item["channel"].decode() if isinstance(item["channel"], bytes) else item["channel"]
        )
        if channel == f"{PREFIX}:console":
            await self.signals.deliver(payload.get("event") or {})
            return
        conversation_id = channel.removeprefix(f"{PREFIX}:conv:")
        batch = [message_from(raw) for raw in payload.get("messages") or ()]
        await self.hub.deliver(conversation_id, batch)


class RedisLocks(ConversationLocks):
    """The process's lock, then the conversation's lock in Redis."""

    def __init__(self, client: redis.Redis) -> None:
        super().__init__()
        self.redis = client

    def __call__(self, conversation_id: str) -> _Both:
        return _Both(self, conversation_id)


class _Both:
    def __init__(self, locks: RedisLocks, key: str) -> None:
        self.local = ConversationLocks.__call__(locks, key)
        self.remote = locks.redis.lock(
            f"{PREFIX}:lock:{key}", timeout=LOCK_TTL_S, blocking_timeout=LOCK_TTL_S, sleep=0.01
        )

    async def __aenter__(self) -> None:
        await self.local.__aenter__()
        try:
            if not await self.remote.acquire():
                raise TimeoutError("conversation lock not acquired")
        except BaseException:
            await self.local.__aexit__(None, None, None)
            raise

    async def __aexit__(self, *exc: object) -> None:
        try:
            with contextlib.suppress(Exception):  # lapsed: another gateway may now hold it
                await self.remote.release()
        finally:
            await self.local.__aexit__(*exc)


class RedisRateLimiter:
    """A fixed window per conversation, counted in Redis (INCR + EXPIRE)."""

    def __init__(self, client: redis.Redis, limit: int, window_s: int) -> None:
        self.redis = client
        self.limit = limit
        self.window_s = window_s

    async def check(self, key: str) -> Verdict:
        window = int(time.time() // self.window_s)
        name = f"{PREFIX}:rate:{key}:{window}"
        async with self.redis.pipeline(transaction=True) as pipe:
            count, _ = await pipe.incr(name).expire(name, self.window_s * 2).execute()
        if count <= self.limit:
            return Verdict.ALLOW
        return Verdict.REFUSE_AND_TELL if count == self.limit + 1 else Verdict.REFUSE_SILENTLY

    def forget_idle(self) -> None:
        """Redis expires the counters by itself."""
