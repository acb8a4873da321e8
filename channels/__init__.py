"""The gateway: web chat and SMS in front of Rasa's HTTP API."""
