"""Console accounts: ``python -m channels.console users add NAME --role agent``.

The password is asked for (twice) on a terminal, or read from standard input with
``--password-stdin`` (for scripts). ``users list`` shows who can sign in.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from channels.console.accounts import ROLES, AccountError, Accounts
from channels.settings import GatewaySettings
from channels.store import GatewayStore


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m channels.console", description=__doc__)
    groups = parser.add_subparsers(dest="group", required=True)
    users = groups.add_parser("users", help="staff accounts").add_subparsers(
        dest="command", required=True
    )
    add = users.add_parser("add", help="add a member of staff")
    add.add_argument("name", help="username (letters, digits, dots)")
    add.add_argument("--role", choices=ROLES, default="agent")
    add.add_argument("--display-name", default="", help="the name residents see")
    add.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    users.add_parser("list", help="list staff")
    args = parser.parse_args(argv)

    store = GatewayStore.from_url(GatewaySettings.from_env().database_url)
    store.setup()
    accounts = Accounts(store)
    if args.command == "list":
        for staff in accounts.everyone():
            print(f"{staff.username}\t{staff.role}\t{staff.display_name}")
        return 0
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass("Password: ")
        if getpass.getpass("Again: ") != password:
            print("the passwords differ", file=sys.stderr)
            return 2
    try:
        staff = accounts.add(args.name, password, role=args.role, display_name=args.display_name)
    except AccountError as error:
        print(error, file=sys.stderr)
        return 2
    print(f"added {staff.username} ({staff.role})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
