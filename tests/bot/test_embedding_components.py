"""The Rasa components built on sentence embeddings: SentenceEmbeddingFeaturizer, ScopeGuard.

They need Rasa and the model, which only the engine environment has, so each test runs a
short script there and checks what it prints.
"""

from __future__ import annotations

import textwrap

import pytest

from tests.bot.engine_script import needs_engine
from tests.bot.engine_script import run_in_engine as run_script

pytestmark = needs_engine

SETUP = """
import json, tempfile, warnings
warnings.filterwarnings("ignore")
from pathlib import Path
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
storage = LocalModelStorage(Path(tempfile.mkdtemp()))
def msg(text, intent=None, entities=None):
    data = {"text": text}
    if intent:
        data["intent"] = intent
    if entities is not None:
        data["entities"] = entities
    return Message(data=data)
"""


def run_in_engine(script: str) -> dict:
    return run_script(SETUP + textwrap.dedent(script))


def test_featurizer_adds_one_unit_sentence_vector_that_others_can_read() -> None:
    out = run_in_engine("""
        import numpy as np
        from bot.sentence_embeddings import SentenceEmbeddingFeaturizer, message_embedding
        f = SentenceEmbeddingFeaturizer({}, "node")
        m, empty = msg("i need a food bank"), msg("")
        f.process([m, empty])
        feats = [(x.type, x.attribute, x.origin, x.features.shape) for x in m.features]
        v = message_embedding(m)
        print(json.dumps({"features": feats, "norm": float(np.linalg.norm(v)),
                          "empty": len(empty.features)}))
    """)
    assert out["features"] == [["sentence", "text", "SentenceEmbeddingFeaturizer", [1, 384]]]
    assert out["norm"] == pytest.approx(1.0, abs=1e-5)
    assert out["empty"] == 0


def test_scope_guard_rejects_confident_out_of_scope_requests_but_respects_evidence() -> None:
    out = run_in_engine("""
        from bot.scope import ScopeGuard
        inside = ["i need a food bank", "help with my rent arrears", "my mum is lonely",
                  "where can i get debt advice", "im homeless tonight", "need help with bills",
                  "somewhere to learn english", "my son needs a youth club"]
        outside = ["book a flight to paris", "whats the weather tomorrow", "tell me a joke",
                   "play some music", "how many calories in an apple", "set an alarm for 7",
                   "what is the capital of france", "change my car tyres"]
        data = TrainingData([msg(t, "find_service") for t in inside]
                            + [msg(t, "out_of_scope") for t in outside])
        guard = ScopeGuard.create({"threshold": 0.6, "C": 50.0}, storage, Resource("scope"), None)
        guard.train(data)
        guard = ScopeGuard.load({"threshold": 0.6, "C": 50.0}, storage, Resource("scope"), None)
        place = {"entity": "location", "value": "Surbiton", "start": 0, "end": 1}
        phrase = {"entity": "need", "value": "food", "confidence_entity": 1.0}
        guess = {"entity": "need", "value": "transport", "confidence_entity": 0.4}
        cases = {
            "flight": msg("book me a cheap flight to rome", None, [guess]),
            "flight_place": msg("book me a cheap flight to rome", None, [place]),
            "flight_phrase": msg("book me a cheap flight to rome", None, [phrase]),
            "crisis": msg("book me a cheap flight to rome", None,
                          [{"entity": "need", "value": "crisis", "confidence_entity": 0.6}]),
            "greet": msg("book me a cheap flight to rome", None, []),
            "food": msg("we have nothing to eat", None, []),
        }
        for name, m in cases.items():
            intent = "greet" if name == "greet" else "find_service"
            m.set("intent", {"name": intent, "confidence": 0.9})
        guard.process(list(cases.values()))
        print(json.dumps({name: [m.get("intent")["name"],
                                 sorted(e["value"] for e in m.get("entities", []))]
                          for name, m in cases.items()}))
    """)
    assert out["flight"] == ["out_of_scope", []]  # and the guessed need is dropped
    assert out["flight_place"][0] == "find_service"
    assert out["flight_phrase"][0] == "find_service"
    assert out["crisis"][0] == "find_service"  # CrisisGuard decides that one
    assert out["greet"][0] == "greet"
    assert out["food"][0] == "find_service"


def test_need_classifier_uses_the_embedding_for_words_it_has_never_seen() -> None:
    out = run_in_engine("""
        from bot.needs import NeedEntityExtractor
        def need(text, code):
            return msg(text, "find_service",
                       [{"entity": "need", "value": code, "start": 0, "end": len(text)}])
        data = TrainingData([
            need("the heating is broken and the house is freezing", "energy_warmth"),
            need("cant afford to heat my flat", "energy_warmth"),
            need("radiators stone cold all winter", "energy_warmth"),
            need("i need a food bank", "food"),
            need("nothing to eat in the cupboards", "food"),
            need("the kids are hungry", "food"),
            need("my dad died last week", "bereavement"),
            need("grieving for my wife", "bereavement"),
            need("lost my mum in june", "bereavement"),
        ])
        config = {"embedding_weight": 3.0, "threshold": 0.34}
        needs = NeedEntityExtractor.create(config, storage, Resource("needs"), None)
        needs.train(data)
        needs = NeedEntityExtractor.load(config, storage, Resource("needs"), None)
        texts = ["we are shivering indoors, boiler packed in",
                 "my grandad passed away on sunday",
                 "we havent eaten since yesterday"]
        print(json.dumps([[e["value"] for e in needs.extract(t, "find_service")]
                          for t in texts]))
    """)
    assert [codes[:1] for codes in out] == [["energy_warmth"], ["bereavement"], ["food"]]
