"""Consistency between code, configuration and documentation."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from directory.importers import READERS

ROOT = Path(__file__).resolve().parent.parent
ENV_READ = re.compile(
    r"""(?:environ|env)(?:\.get)?\(\s*["']([A-Z][A-Z0-9_]+)["']|environ\[["']([A-Z][A-Z0-9_]+)["']\]"""
    r"""|(?:int_setting|_list)\(\s*\w+,\s*["']([A-Z][A-Z0-9_]+)["']"""
)


def env_example_keys() -> set[str]:
    keys = set()
    for line in (ROOT / ".env.example").read_text().splitlines():
        if line and not line.startswith("#") and "=" in line:
            keys.add(line.split("=", 1)[0].strip())
    return keys


def test_every_environment_variable_read_is_in_env_example() -> None:
    read: set[str] = set()
    for path in ROOT.glob("*/**/*.py"):
        if any(part.startswith(".") for part in path.relative_to(ROOT).parts):
            continue
        for match in ENV_READ.finditer(path.read_text(encoding="utf-8")):
            read.add(match.group(1) or match.group(2) or match.group(3))
    read -= {"CI"}  # set by CI systems, never by a deployment
    assert read, "the scan found no settings at all; is the pattern wrong?"
    assert read <= env_example_keys(), sorted(read - env_example_keys())


def test_readme_starts_with_what_it_is_then_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text()
    head = readme[:1200]
    assert head.startswith("# Signpost\n\nSignpost is ")
    assert "make run" in head and "make test" in head
    ci = (ROOT / ".ci" / "run").read_text()
    assert "make test" in ci


def test_make_help_lists_every_target() -> None:
    makefile = (ROOT / "Makefile").read_text()
    targets = set(re.findall(r"^([a-z][a-z0-9-]+):", makefile, re.MULTILINE))
    documented = set(re.findall(r"^([a-z][a-z0-9-]+):.*## ", makefile, re.MULTILINE))
    assert targets == documented, sorted(targets - documented)
    out = subprocess.run(
        ["make", "-s", "help"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    assert all(target in out for target in documented)


def test_readme_documents_every_importer() -> None:
    readme = (ROOT / "README.md").read_text()
    table = set(re.findall(r"^\| `([a-z0-9_]+)` \|", readme, re.MULTILINE))
    assert table == set(READERS)


def _frozenset_in(path: Path, name: str) -> frozenset[str]:
    """The literal ``NAME = frozenset({...})`` of a module, read without importing it."""
    import ast  # noqa: PLC0415

    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == name for target in node.targets
        ):
            return frozenset(ast.literal_eval(node.value.args[0]))
    raise AssertionError(f"{name} not found in {path}")


def test_place_names_that_are_everyday_words_agree_in_the_bot_and_the_directory() -> None:
    """The NLU place extractor (bot/, inside Rasa) and the directory's gazetteer each keep
    the names that are also everyday words (neither may import the other): the directory
    must not accept a bare word as a place that the assistant refuses."""
    bot, directory = ROOT / "bot" / "places.py", ROOT / "directory" / "gazetteer.py"
    assert _frozenset_in(bot, "STRICT") == _frozenset_in(directory, "STRICT_NAMES")
    assert _frozenset_in(directory, "AMBIGUOUS_NAMES") <= _frozenset_in(bot, "AMBIGUOUS")
