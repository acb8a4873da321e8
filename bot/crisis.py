"""Crisis first: rules in front of the model, so a message about danger is never missed.

Missing a crisis is the worst failure this product can have, so this component favours
recall: any of the patterns below (suicide and self-harm, overdose, violence or danger now,
a medical emergency) turns the message into intent ``crisis`` with a ``need: crisis``
entity, whatever the intent classifier or the other extractors said. The model still
catches what the patterns don't (the NeedEntityExtractor and DIET learn from the crisis
examples); this component only ever adds crisis, it never removes it.

Patterns are written against folded text (lower case, no accents, straight quotes) and
tolerate the common phone spellings ("wanna", "myslf", "suicidel"). When abuse by another
person is happening now, ``domestic_abuse`` is added too, so the assistant can answer with
the abuse helpline and the quick-exit reminder.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.crisis_patterns import MIN_CLASSIFIER_CONFIDENCE, is_crisis


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class CrisisGuard(GraphComponent):
    """Forces intent ``crisis`` and ``need: crisis`` on any message that signals danger."""

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> CrisisGuard:
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            # A crisis guessed by the need classifier from a whole message (not a phrase) at
            # low confidence is not enough on its own; rules and the intent model decide.
            entities = [
                e
                for e in message.get(ENTITIES, []) or []
                if not (
                    e.get("entity") == "need"
                    and e.get("value") == "crisis"
                    and (e.get("confidence_entity") or 0) < MIN_CLASSIFIER_CONFIDENCE
                )
            ]
            needs = {e.get("value") for e in entities if e.get("entity") == "need"}
            intent = (message.get(INTENT) or {}).get("name")
            crisis, abuse_now = is_crisis(text)
            if not (crisis or "crisis" in needs or intent == "crisis"):
                message.set(ENTITIES, entities, add_to_output=True)
                continue
            for code in ("crisis", "domestic_abuse") if abuse_now else ("crisis",):
                if code not in needs:
                    entities.append(
                        {
                            "entity": "need",
                            "value": code,
                            "start": 0,
                            "end": len(text),
                            "confidence_entity": 1.0,
                            "extractor": "CrisisGuard",
                            "text": text,
                        }
                    )
            message.set(ENTITIES, entities, add_to_output=True)
            ranking = [
                r for r in message.get(INTENT_RANKING_KEY, []) or [] if r.get("name") != "crisis"
            ]
            message.set(INTENT, {"name": "crisis", "confidence": 1.0}, add_to_output=True)
            message.set(
                INTENT_RANKING_KEY,
                [{"name": "crisis", "confidence": 1.0}, *ranking],
                add_to_output=True,
            )
        return messages
