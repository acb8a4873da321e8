"""Full-text search over services, in whichever engine the directory runs on.

SQLite uses an FTS5 table (bm25 ranking); PostgreSQL a ``tsvector`` column with a GIN index
(``ts_rank``). Both are kept up to date by the importer through :func:`index_services`, not
by triggers, so one code path serves both engines and the index text is easy to read.
The text of a query is reduced to plain words before it reaches either engine: residents'
punctuation must never be parsed as query syntax.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

WORD = re.compile(r"[^\W_]+", re.UNICODE)
STOPWORDS = frozenset(
    "a an and are at be for from i im in is it me my near need of on or please pls the to "
    "with want looking help get".split()
)


@dataclass(frozen=True)
class Document:
    service_id: str
    name: str
    description: str
    organization: str
    categories: str


def query_words(query: str) -> list[str]:
    words = [word.lower() for word in WORD.findall(query)]
    return [word for word in words if word not in STOPWORDS and len(word) > 1][:12]


def index_services(session: Session, documents: Iterable[Document]) -> None:
    docs = list(documents)
    if not docs:
        return
    remove_services(session, [doc.service_id for doc in docs])
    rows = [doc.__dict__ for doc in docs]
    if session.get_bind().dialect.name == "sqlite":
        session.execute(
            text(
                "INSERT INTO service_fts (service_id, name, description, organization, "
                "categories) VALUES (:service_id, :name, :description, :organization, "
                ":categories)"
            ),
            rows,
        )
    else:
        session.execute(
            text(
                "INSERT INTO service_fts (service_id, document) VALUES (:service_id, "
                "setweight(to_tsvector('english', :name), 'A') || "
                "setweight(to_tsvector('english', :categories), 'A') || "
                "setweight(to_tsvector('english', :organization), 'B') || "
                "setweight(to_tsvector('english', :description), 'C'))"
            ),
            rows,
        )


def remove_services(session: Session, service_ids: list[str]) -> None:
    statement = text("DELETE FROM service_fts WHERE service_id IN :ids").bindparams(
        bindparam("ids", expanding=True)
    )
    for start in range(0, len(service_ids), 500):
        session.execute(statement, {"ids": service_ids[start : start + 500]})


def match(session: Session, query: str, limit: int = 500) -> dict[str, float]:
    """Service ids matching any word of ``query``, with a relevance in (0, 1]."""
    words = query_words(query)
    if not words:
        return {}
    if session.get_bind().dialect.name == "sqlite":
        expression = " OR ".join(f'"{word}"*' for word in words)
        rows = session.execute(
            text(
                "SELECT service_id, bm25(service_fts, 0, 10.0, 2.0, 3.0, 8.0) AS score "
                "FROM service_fts WHERE service_fts MATCH :q ORDER BY score LIMIT :limit"
            ),
            {"q": expression, "limit": limit},
        ).all()
        # bm25 is negative, lower is better: map to (0, 1].
        scores = {row.service_id: -row.score for row in rows}
    else:
        expression = " | ".join(f"{word}:*" for word in words)
        rows = session.execute(
            text(
                "SELECT service_id, ts_rank(document, to_tsquery('english', :q)) AS score "
                "FROM service_fts WHERE document @@ to_tsquery('english', :q) "
                "ORDER BY score DESC LIMIT :limit"
            ),
            {"q": expression, "limit": limit},
        ).all()
        scores = {row.service_id: row.score for row in rows}
    best = max(scores.values(), default=0.0)
    if best <= 0:
        return dict.fromkeys(scores, 1.0)
    return {service_id: max(score / best, 0.05) for service_id, score in scores.items()}
