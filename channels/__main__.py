"""The gateway's commands.

- ``python -m channels serve``: run the gateway (web chat, SMS webhooks, demo page)
- ``python -m channels purge``: delete transcripts past their retention
- ``python -m channels text "food bank near KT1 3LY"``: text the running gateway as Twilio
  would (a signed webhook) and print its TwiML reply; for trying SMS without a phone
"""

from __future__ import annotations

import argparse
import logging
import secrets
import sys
import urllib.parse
import urllib.request
from datetime import timedelta

import uvloop
from aiohttp import web
from twilio.request_validator import RequestValidator

from channels import logs
from channels.app import make_app
from channels.settings import GatewaySettings, development_twilio_token
from channels.store import GatewayStore


def simulate_sms(settings: GatewaySettings, token: str, body: str, sender: str) -> str:
    """POST a signed "message received" webhook to the local gateway; the TwiML it returns."""
    form = {
        "MessageSid": "SM" + secrets.token_hex(16),
        "AccountSid": settings.twilio_account_sid or "AC" + "0" * 32,
        "From": sender,
        "To": settings.twilio_from or "+447700900999",
        "Body": body,
    }
    path = "/sms/twilio"
    signature = RequestValidator(token).compute_signature(settings.public_base_url + path, form)
    request = urllib.request.Request(
        f"http://{settings.host}:{settings.port}{path}",
        data=urllib.parse.urlencode(form).encode(),
        headers={"X-Twilio-Signature": signature},
    )
    with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310 (our gateway)
        return response.read().decode()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m channels", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="run the gateway (web chat, SMS)")
    serve.add_argument("--host", help="default: GATEWAY_HOST or 127.0.0.1")
    serve.add_argument("--port", type=int, help="default: GATEWAY_PORT or 8080")
    purge = commands.add_parser("purge", help="delete transcripts older than the retention")
    purge.add_argument(
        "--days", type=int, help="default: TRANSCRIPT_RETENTION_DAYS (30)", default=None
    )
    text = commands.add_parser(
        "text", help="send the running gateway an SMS as Twilio would (signed), print the reply"
    )
    text.add_argument("body", help="the message, e.g. 'food bank near KT1 3LY'")
    text.add_argument("--from", dest="sender", default="+447700900123", help="a drama number")
    args = parser.parse_args(argv)
    settings = GatewaySettings.from_env()
    logs.configure()
    if args.command == "text":
        token = (settings.twilio_auth_tokens or (None,))[0]
        token = token or development_twilio_token(settings.data_dir)
        print(simulate_sms(settings, token, args.body, args.sender))
        return 0
    if args.command == "purge":
        store = GatewayStore.from_url(settings.database_url)
        store.setup()
        days = args.days if args.days is not None else settings.retention_days
        report = store.purge(timedelta(days=days))
        print(
            f"purged {report.conversations} conversations, {report.messages} messages and "
            f"{report.sms_outbound} outgoing SMS records idle for more than {days} days"
        )
        return 0
    logging.getLogger(__name__).info(
        "gateway on http://%s:%s/", args.host or settings.host, args.port or settings.port
    )
    web.run_app(
        make_app(settings),
        loop=uvloop.new_event_loop(),  # a faster event loop: less added per message
        host=args.host or settings.host,
        port=args.port or settings.port,
        print=None,
        access_log=None,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
