"""Per-conversation rate limits: a sliding window of message times, in memory.

One gateway process counts its own conversations; with several gateways,
``RedisRateLimiter`` (``channels/scaleout.py``) counts in Redis instead. The first refused
message in a window gets a polite answer; the rest get nothing, so a flood costs the
resident (and Twilio) nothing more.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from enum import Enum


class Verdict(Enum):
    ALLOW = "allow"
    REFUSE_AND_TELL = "refuse_and_tell"
    REFUSE_SILENTLY = "refuse_silently"


class RateLimiter:
    def __init__(
        self, limit: int, window_s: float, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit = limit
        self.window_s = window_s
        self.clock = clock
        self._seen: dict[str, deque[float]] = {}
        self._told: dict[str, float] = {}

    async def check(self, key: str) -> Verdict:
        now = self.clock()
        times = self._seen.setdefault(key, deque())
        while times and times[0] <= now - self.window_s:
            times.popleft()
        if len(times) < self.limit:
            times.append(now)
            self._told.pop(key, None)
            return Verdict.ALLOW
        if now - self._told.get(key, -self.window_s - 1) > self.window_s:
            self._told[key] = now
            return Verdict.REFUSE_AND_TELL
        return Verdict.REFUSE_SILENTLY

    def forget_idle(self) -> None:
        """Drop keys with no message in the window (called now and then)."""
        now = self.clock()
        for key in [
            k for k, times in self._seen.items() if not times or times[-1] <= now - self.window_s
        ]:
            self._seen.pop(key, None)
            self._told.pop(key, None)
