"""Out-of-scope guard: a second opinion on "is this ours at all?", from sentence embeddings.

What: a logistic regression on the all-MiniLM-L6-v2 vector of the message
(:mod:`bot.sentence_embeddings`), trained on our own training data: every ``out_of_scope``
example (ours and the CLINC150 train-split ones) against every other intent. At parse time,
when the intent model chose an ordinary intent but this model is confident the message is
out of scope, the intent becomes ``out_of_scope`` and the need codes the need classifier
guessed from the whole message are dropped.

Why: DIET sees out-of-scope messages as a class like any other, and a message about car
insurance or a recipe that shares a word with our requests ("cheap", "help", "near") is
easily taken for ``find_service``. A plain yes/no "is this ours" on a sentence vector
generalises to topics the training data never mentions.

It never overrides evidence: nothing changes when the message names a need we have a phrase
for (a lexicon match), names a place, is or mentions a crisis, or was a short social
message (greet, thanks, yes/no...), which the intent model knows well.
"""

from __future__ import annotations

import logging
from typing import Any

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.linear_model import LogisticRegression

from bot import stored
from bot.sentence_embeddings import embeddings_of

logger = logging.getLogger(__name__)

OUT_OF_SCOPE = "out_of_scope"
# Intents the guard may overrule: requests, where out-of-scope messages end up.
GUARDED = frozenset({"find_service", "help", "send_sms", "inform", "nlu_fallback"})


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class ScopeGuard(GraphComponent):
    """Turns a request into ``out_of_scope`` when the embedding model is sure it is one."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        # threshold: the probability of out-of-scope above which the guard acts.
        return {"threshold": 0.8, "C": 2.0}

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        model: LogisticRegression | None = None,
    ) -> None:
        self.config = {**self.get_default_config(), **config}
        self._storage = model_storage
        self._resource = resource
        self.model = model

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> ScopeGuard:
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        examples = [m for m in training_data.intent_examples if m.get(TEXT)]
        labels = np.array([m.get(INTENT) == OUT_OF_SCOPE for m in examples])
        if labels.all() or not labels.any():
            self.model = None
        else:
            self.model = LogisticRegression(
                C=self.config["C"], class_weight="balanced", max_iter=2000
            )
            self.model.fit(embeddings_of(examples), labels)
        stored.save(self._storage, self._resource, "scope.pkl", self.model)
        return self._resource

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> ScopeGuard:
        model = stored.load(model_storage, resource, "scope.pkl")
        if model is stored.NOTHING:
            logger.warning("ScopeGuard has not been trained; it will change nothing")
            model = None
        return cls(config, model_storage, resource, model)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def out_of_scope_probability(self, message: Message) -> float:
        if self.model is None:
            return 0.0
        return float(self.model.predict_proba(embeddings_of([message]))[0, 1])

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            intent = message.get(INTENT) or {}
            if intent.get("name") not in GUARDED:
                continue
            entities = message.get(ENTITIES, []) or []
            if any(
                e.get("entity") == "location"
                or (e.get("entity") == "need" and e.get("value") == "crisis")
                or (e.get("entity") == "need" and (e.get("confidence_entity") or 0) >= 1.0)
                for e in entities
            ):
                continue
            probability = self.out_of_scope_probability(message)
            if probability < self.config["threshold"]:
                continue
            message.set(
                ENTITIES, [e for e in entities if e.get("entity") != "need"], add_to_output=True
            )
            verdict = {"name": OUT_OF_SCOPE, "confidence": probability}
            message.set(INTENT, verdict, add_to_output=True)
            ranking = [
                r
                for r in message.get(INTENT_RANKING_KEY, []) or []
                if r.get("name") != OUT_OF_SCOPE
            ]
            message.set(
                INTENT_RANKING_KEY,
                [verdict, *ranking],
                add_to_output=True,
            )
        return messages
