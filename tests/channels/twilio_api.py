"""Twilio's REST API, faked at the wire: a local aiohttp server that records what was sent.

Only what Signpost uses: ``POST /2010-04-01/Accounts/<sid>/Messages.json`` with HTTP basic
auth (account SID and auth token), answering 201 with a message SID as Twilio does. It can
be told to fail the next few requests (status 500 or 429, or a 400 refusal).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from aiohttp import BasicAuth, web

ACCOUNT_SID = "AC" + "0" * 32
AUTH_TOKEN = "test-auth-token-0001"


@dataclass
class FakeTwilio:
    sent: list[dict[str, str]] = field(default_factory=list)
    failures: list[int] = field(default_factory=list)  # statuses to answer next, in order
    requests: int = 0
    url: str = ""
    _ids = itertools.count(1)

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/2010-04-01/Accounts/{sid}/Messages.json", self.messages)
        return app

    async def messages(self, request: web.Request) -> web.Response:
        self.requests += 1
        auth = BasicAuth.decode(request.headers.get("Authorization", ""))
        if (request.match_info["sid"], auth.login, auth.password) != (
            ACCOUNT_SID,
            ACCOUNT_SID,
            AUTH_TOKEN,
        ):
            return web.json_response({"code": 20003, "message": "Authenticate"}, status=401)
        if self.failures:
            status = self.failures.pop(0)
            return web.json_response({"code": 21211 if status == 400 else None}, status=status)
        form = dict(await request.post())
        sid = f"SM{next(self._ids):032d}"
        self.sent.append({**form, "sid": sid})
        return web.json_response({"sid": sid, "status": "queued", "to": form.get("To")}, status=201)
