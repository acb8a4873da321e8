"""The resident's language, from the gateway, as a ``language`` entity on every message.

The gateway decides each conversation's language (``channels/language.py``: the words
"Cymraeg"/"English", the widget's toggle, the first message) and sends it in the message
metadata. This component turns it into an entity, so the ``language`` slot follows it and
every response picks its Welsh or English variation (``condition`` on that slot). Without
metadata (Rasa's own tests, the HTTP API) nothing is added and the slot keeps its value.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import ENTITIES
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

LANGUAGES = ("en", "cy")


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False)
class LanguageFromMetadata(GraphComponent):
    """Adds a ``language`` entity (en or cy) from the message's metadata."""

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> LanguageFromMetadata:
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            language = (message.get("metadata") or {}).get("language")
            if language in LANGUAGES:
                entity = {
                    "entity": "language",
                    "value": language,
                    "start": 0,
                    "end": 0,
                    "extractor": "LanguageFromMetadata",
                }
                others = [e for e in message.get(ENTITIES) or [] if e.get("entity") != "language"]
                message.set(ENTITIES, [*others, entity], add_to_output=True)
        return messages
