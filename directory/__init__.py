"""The shared locality directory: Open Referral UK (HSDS 3.0) data that many organisations feed.

Callers use :class:`directory.store.Directory` (search, look-ups, statistics) and get plain
frozen dataclasses back, never ORM objects. Importers live in :mod:`directory.importers`.
"""
