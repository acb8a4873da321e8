"""rasa-sdk custom actions: thin adapters from slots to the directory and back.

rasa-sdk imports every module here at start-up and instantiates every non-abstract Action
subclass, so nothing in this package does I/O at import time: the directory is opened on
first use (:mod:`actions.directory_client`).
"""
