"""``python -m channels serve`` runs the gateway; ``python -m channels purge`` applies retention."""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import timedelta

from aiohttp import web

from channels import logs
from channels.app import make_app
from channels.settings import GatewaySettings
from channels.store import GatewayStore


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
    args = parser.parse_args(argv)
    settings = GatewaySettings.from_env()
    logs.configure()
    if args.command == "purge":
        store = GatewayStore.from_url(settings.database_url)
        store.setup()
        days = args.days if args.days is not None else settings.retention_days
        store.purge(timedelta(days=days))
        return 0
    logging.getLogger(__name__).info(
        "gateway on http://%s:%s/", args.host or settings.host, args.port or settings.port
    )
    web.run_app(
        make_app(settings),
        host=args.host or settings.host,
        port=args.port or settings.port,
        print=None,
        access_log=None,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
