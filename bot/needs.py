"""``need`` entities whose value is always a need code (``food``, ``money_debt``, …).

Two parts, trained from the NLU data's own ``need`` annotations:

1. a **lexicon** of the annotated phrases ("food bank", "bailiffs", "nothing to eat") with
   their codes, matched word by word and forgiving one typo in long words ("fodbank"),
   with spaces ignored ("food bank" = "foodbank"); several needs in one message are all
   found;
2. a **classifier** (logistic regression on word and character n-grams, one per code, plus
   with ``embedding_weight`` > 0 the message's all-MiniLM-L6-v2 sentence embedding, see
   :mod:`bot.sentence_embeddings`) for needs described in words the lexicon has never seen
   ("the kids haven't eaten since Tuesday"). The embedding is what lets it recognise
   wordings with no word in common with any training example. It speaks only when the
   lexicon found nothing in a message the intent classifier took for a request (or could
   not classify), and only above a threshold.

Entities from the classifier span the whole message (there is no phrase to point at) and
carry ``extractor: NeedEntityExtractor`` and the classifier's confidence.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from typing import Any

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion

from bot import stored
from bot.sentence_embeddings import embeddings_of, message_embedding
from bot.text import fold, within_one_edit, words

logger = logging.getLogger(__name__)

REQUEST_INTENTS = frozenset({"find_service", "crisis", "nlu_fallback", "inform"})
# Words that carry no need by themselves: a lexicon phrase made only of these is dropped.
FILLER = frozenset(
    "a an the i im my me we our for to of and or with in on at is are be been have has "
    "need want get help please pls some any now right today tonight just really very so "
    "work someone people thing things".split()
)
# A request whose need we can't name and whose intent the model is unsure of is treated as
# not understood (so the resident is asked again) rather than as a request for nothing.
UNSURE_REQUEST = 0.75


def _key(text: str) -> tuple[str, ...]:
    return tuple(word for word, _, _ in words(text))


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=True)
class NeedEntityExtractor(GraphComponent, EntityExtractorMixin):
    """Finds ``need`` entities; see the module docstring."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            "threshold": 0.35,
            "second_threshold": 0.3,
            "fuzzy_min_length": 5,
            # Weight of the sentence embedding (bot.sentence_embeddings) next to the n-grams;
            # 0 leaves it out (then no encoder is needed).
            "embedding_weight": 0.0,
            # The classifier may add a code the lexicon missed when it is this sure of it.
            "add_threshold": 1.01,
            "C": 8.0,
        }

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        lexicon: dict[tuple[str, ...], str] | None = None,
        classifier: Any = None,
    ) -> None:
        self.config = {**self.get_default_config(), **config}
        self._storage = model_storage
        self._resource = resource
        self.lexicon = lexicon or {}
        self.classifier = classifier
        self._index()

    def _index(self) -> None:
        self.max_words = max((len(key) for key in self.lexicon), default=0)
        self.compact = {"".join(key): code for key, code in self.lexicon.items()}
        self.long_words = {
            key[0]: code
            for key, code in self.lexicon.items()
            if len(key) == 1 and len(key[0]) >= self.config["fuzzy_min_length"]
        }

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> NeedEntityExtractor:
        return cls(config, model_storage, resource)

    # -- training -----------------------------------------------------------------------------
    def train(self, training_data: TrainingData) -> Resource:
        phrases: dict[tuple[str, ...], Counter] = defaultdict(Counter)
        texts: list[str] = []
        labels: list[str] = []
        rows: list[Message] = []
        for example in training_data.training_examples:
            text = example.get(TEXT) or ""
            needs = [
                entity
                for entity in example.get(ENTITIES, []) or []
                if entity.get("entity") == "need"
            ]
            for entity in needs:
                key = _key(text[entity["start"] : entity["end"]])
                if key and not all(word in FILLER for word in key):
                    phrases[key][entity["value"]] += 1
            codes = sorted({entity["value"] for entity in needs})
            if example.get(INTENT) in REQUEST_INTENTS or codes:
                # One row per code: a multi-need message teaches each of its codes.
                for code in codes or ["none"]:
                    texts.append(fold(text))
                    labels.append(code)
                    rows.append(example)
        # A phrase annotated with several codes keeps its most frequent one.
        self.lexicon = {key: counts.most_common(1)[0][0] for key, counts in phrases.items()}
        vectors = embeddings_of(rows) if self.config["embedding_weight"] else None
        self.classifier = self._fit(texts, vectors, labels)
        self._index()
        stored.save(
            self._storage,
            self._resource,
            "needs.pkl",
            {"lexicon": self.lexicon, "classifier": self.classifier},
        )
        return self._resource

    def _fit(self, texts: list[str], vectors: np.ndarray | None, labels: list[str]) -> Any:
        if len(set(labels)) < 2:
            return None
        features = FeatureUnion(
            [
                ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1)),
                (
                    "chars",
                    TfidfVectorizer(
                        analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2
                    ),
                ),
            ]
        )
        model = LogisticRegression(C=self.config["C"], max_iter=3000)
        model.fit(self._features(features.fit(texts), texts, vectors), labels)
        return {"features": features, "model": model}

    def _features(self, features: Any, texts: list[str], vectors: np.ndarray | None) -> Any:
        if features is None:  # a model trained before the embeddings: a whole pipeline
            return texts
        grams = features.transform(texts)
        if vectors is None:
            return grams
        return hstack([grams, csr_matrix(vectors * self.config["embedding_weight"])]).tocsr()

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> NeedEntityExtractor:
        saved = stored.load(model_storage, resource, "needs.pkl")
        if saved is stored.NOTHING:
            logger.warning("NeedEntityExtractor has not been trained; it will find nothing")
            return cls(config, model_storage, resource)
        classifier = saved["classifier"]
        if classifier is not None and not isinstance(classifier, dict):
            classifier = {"features": None, "model": classifier}
        return cls(config, model_storage, resource, saved["lexicon"], classifier)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    # -- inference ----------------------------------------------------------------------------
    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            intent = (message.get(INTENT) or {}).get("name")
            found = self.extract(text, intent, self._lazy_vector(message))
            if intent == "nlu_fallback" and any(e["confidence_entity"] == 1.0 for e in found):
                # The intent classifier was unsure, but the words name a need we know:
                # treat it as a request rather than asking the resident to rephrase.
                message.set(INTENT, {"name": "find_service", "confidence": 1.0}, add_to_output=True)
            confidence = (message.get(INTENT) or {}).get("confidence") or 0.0
            if intent == "find_service" and not found and confidence < UNSURE_REQUEST:
                message.set(
                    INTENT, {"name": "nlu_fallback", "confidence": confidence}, add_to_output=True
                )
            others = [e for e in message.get(ENTITIES, []) if e.get("entity") != "need"]
            message.set(ENTITIES, others + self.add_extractor_name(found), add_to_output=True)
        return messages

    def _lazy_vector(self, message: Message) -> np.ndarray | None:
        # The featurizer's vector when the pipeline has one; otherwise from_classifier
        # encodes the text only if the classifier is needed (not for "hi" or "thanks").
        return embeddings_of([message])[0] if message_embedding(message) is not None else None

    def extract(
        self, text: str, intent: str | None, vector: np.ndarray | None = None
    ) -> list[dict[str, Any]]:
        found = self.from_lexicon(text)
        if intent is not None and intent not in REQUEST_INTENTS:
            return found
        if found and self.config["add_threshold"] > 1:
            return found
        guessed = self.from_classifier(text, vector)
        if not found:
            return guessed
        # A second need the lexicon has no phrase for ("rent arrears and my mum is lonely").
        codes = {e["value"] for e in found}
        extra = [
            e
            for e in guessed
            if e["value"] not in codes and e["confidence_entity"] >= self.config["add_threshold"]
        ]
        return found + extra

    def from_lexicon(self, text: str) -> list[dict[str, Any]]:
        tokens = words(text)
        plain = [token for token, _, _ in tokens]
        found: list[dict[str, Any]] = []
        taken: set[int] = set()
        for size in range(min(self.max_words, len(plain)), 0, -1):
            for i in range(len(plain) - size + 1):
                span = range(i, i + size)
                if taken.intersection(span):
                    continue
                code = self._lookup(tuple(plain[i : i + size]))
                if code is None:
                    continue
                taken.update(span)
                start, end = tokens[i][1], tokens[i + size - 1][2]
                found.append(
                    {
                        "entity": "need",
                        "value": code,
                        "start": start,
                        "end": end,
                        "confidence_entity": 1.0,
                        "text": text[start:end],
                    }
                )
        return sorted(found, key=lambda entity: entity["start"])

    def _lookup(self, key: tuple[str, ...]) -> str | None:
        code = self.lexicon.get(key) or self.compact.get("".join(key))
        if code is None and len(key) == 1 and len(key[0]) >= self.config["fuzzy_min_length"]:
            word = key[0]
            code = next(
                (code for known, code in self.long_words.items() if within_one_edit(word, known)),
                None,
            )
            if code is None:  # "fodbank" against the compact "foodbank"
                code = next(
                    (
                        code
                        for known, code in self.compact.items()
                        if len(known) >= 6 and within_one_edit(word, known)
                    ),
                    None,
                )
        return code

    def from_classifier(self, text: str, vector: np.ndarray | None = None) -> list[dict[str, Any]]:
        if self.classifier is None or not text.strip():
            return []
        if self.config["embedding_weight"] and vector is None:
            vector = embeddings_of([Message(data={TEXT: text})])[0]
        vectors = None if vector is None else vector.reshape(1, -1)
        model = self.classifier["model"]
        probabilities = model.predict_proba(
            self._features(self.classifier["features"], [fold(text)], vectors)
        )[0]
        ranked = sorted(zip(model.classes_, probabilities, strict=True), key=lambda pair: -pair[1])
        found = []
        for rank, (code, probability) in enumerate(ranked[:2]):
            limit = self.config["threshold"] if rank == 0 else self.config["second_threshold"]
            if code == "none" or probability < limit:
                break
            found.append(
                {
                    "entity": "need",
                    "value": code,
                    "start": 0,
                    "end": len(text),
                    "confidence_entity": round(float(probability), 3),
                    "text": text,
                }
            )
        return found
