"""The contact-centre console: staff take over conversations the assistant hands off.

Served by the gateway at ``/console``: server-rendered pages (Jinja2) with a WebSocket for
live updates. ``accounts`` holds staff, sessions and the audit log; ``queue`` the handoffs;
``desk`` what happens when one is opened, claimed, answered and closed; ``views`` the pages.
"""
