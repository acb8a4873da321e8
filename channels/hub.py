"""Live delivery: who is listening to which conversation, in this gateway process.

The web chat subscribes each open WebSocket to its conversation; anything stored in the
transcript is then published to every subscriber (another tab, later the staff console).
Subscribers get messages in seq order; anything missed while disconnected is replayed from
the database on reconnect, so the hub itself can be forgetful.
"""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from collections.abc import Awaitable, Callable, Iterable

from channels.store import Message

logger = logging.getLogger(__name__)
Subscriber = Callable[[list[Message]], Awaitable[None]]


class Hub:
    def __init__(self) -> None:
        self._subscribers: dict[str, set[Subscriber]] = defaultdict(set)
        # Set when several gateways share the load: also tells the others (Redis).
        self.remote: Callable[[str, list[Message]], Awaitable[None]] | None = None

    def subscribe(self, conversation_id: str, subscriber: Subscriber) -> None:
        self._subscribers[conversation_id].add(subscriber)

    def unsubscribe(self, conversation_id: str, subscriber: Subscriber) -> None:
        subscribers = self._subscribers.get(conversation_id)
        if subscribers is not None:
            subscribers.discard(subscriber)
            if not subscribers:
                del self._subscribers[conversation_id]

    def listening(self, conversation_id: str) -> int:
        return len(self._subscribers.get(conversation_id, ()))

    async def publish(self, conversation_id: str, messages: Iterable[Message]) -> None:
        batch = list(messages)
        if not batch:
            return
        await self.deliver(conversation_id, batch)
        if self.remote is not None:
            await self.remote(conversation_id, batch)

    async def deliver(self, conversation_id: str, batch: list[Message]) -> None:
        """To this process's subscribers only."""
        subscribers = list(self._subscribers.get(conversation_id, ()))
        results = await asyncio.gather(
            *(subscriber(batch) for subscriber in subscribers), return_exceptions=True
        )
        for result in results:
            if isinstance(result, Exception):
                # a socket that went away: it resumes from the database when it comes back
                logger.info("a subscriber missed a message: %s", type(result).__name__)


class ConversationLocks:
    """One lock per conversation, so its messages are handled one at a time, in order.

    In one process. ``channels.scaleout.RedisLocks`` adds a lock in Redis around it when
    several gateways share the load.
    """

    def __init__(self) -> None:
        self._locks: dict[str, asyncio.Lock] = {}
        self._users: dict[str, int] = defaultdict(int)

    def __call__(self, conversation_id: str) -> _Held:
        return _Held(self, conversation_id)


class _Held:
    def __init__(self, locks: ConversationLocks, key: str) -> None:
        self.locks, self.key = locks, key

    async def __aenter__(self) -> None:
        locks = self.locks
        locks._users[self.key] += 1
        lock = locks._locks.setdefault(self.key, asyncio.Lock())
        try:
            await lock.acquire()
        except BaseException:
            self._release_user()
            raise

    async def __aexit__(self, *_exc: object) -> None:
        self.locks._locks[self.key].release()
        self._release_user()

    def _release_user(self) -> None:
        locks = self.locks
        locks._users[self.key] -= 1
        if locks._users[self.key] == 0:
            del locks._users[self.key]
            locks._locks.pop(self.key, None)
