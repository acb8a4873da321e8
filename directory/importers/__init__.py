"""Feed importers: a registry of readers (one per format) and one writer.

Importing the readers' modules registers them; see :mod:`directory.importers.base`.
"""

from directory.importers import hsds_csv, oruk1, oruk3  # noqa: F401 (registers the readers)
from directory.importers.base import READERS, find_reader
from directory.importers.report import ImportReport, Problem
from directory.importers.runner import run_import

__all__ = ["READERS", "ImportReport", "Problem", "find_reader", "run_import"]
