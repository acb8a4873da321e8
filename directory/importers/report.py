"""What an import did, record by record, in a form people and tests can read."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Problem:
    record_id: str
    reason: str

    def __str__(self) -> str:
        return f"{self.record_id}: {self.reason}"


@dataclass
class ImportReport:
    source: str
    location: str
    importer: str
    dry_run: bool = False
    full_feed: bool = True
    seen: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    withdrawn: int = 0
    duplicates: int = 0  # records repeating an earlier record's id (the later one is kept)
    rejected: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    aborted: str | None = None  # why nothing was written, when the whole import failed

    @classmethod
    def combine(cls, reports: list[ImportReport]) -> ImportReport:
        """One report for several imports (the demonstration feeds), counts added up."""
        combined = cls(
            source=", ".join(report.source for report in reports),
            location=", ".join(report.location for report in reports),
            importer=", ".join(dict.fromkeys(report.importer for report in reports)),
            dry_run=any(report.dry_run for report in reports),
            full_feed=all(report.full_feed for report in reports),
        )
        for report in reports:
            for name in ("seen", "created", "updated", "unchanged", "withdrawn", "duplicates"):
                setattr(combined, name, getattr(combined, name) + getattr(report, name))
            combined.rejected += report.rejected
            combined.warnings += report.warnings
        failed = [report for report in reports if report.aborted]
        if failed and len(failed) == len(reports):
            combined.aborted = "; ".join(f"{r.source}: {r.aborted}" for r in failed)
        else:  # the others were imported: say which feed failed, and why
            combined.rejected += [Problem(r.source, f"import failed: {r.aborted}") for r in failed]
        return combined

    @property
    def ok(self) -> bool:
        return not self.rejected and self.aborted is None

    @property
    def imported(self) -> int:
        return self.created + self.updated + self.unchanged

    def summary(self) -> str:
        verb = "would import" if self.dry_run else "imported"
        if self.aborted:
            return f"{self.source}: import failed, database unchanged: {self.aborted}"
        line = (
            f"{self.source}: {verb} {self.imported} services from {self.seen} records "
            f"({self.created} new, {self.updated} updated, {self.unchanged} unchanged"
        )
        if self.full_feed:
            line += f", {self.withdrawn} withdrawn"
        if self.duplicates:
            line += f", {self.duplicates} repeated ids"
        return line + f"); {len(self.rejected)} rejected, {len(self.warnings)} warnings"

    def to_json(self) -> str:
        data = asdict(self)
        data["ok"] = self.ok
        return json.dumps(data, indent=2)
