"""Shared fixtures for the end-to-end tests: the real factline binary, run in a scratch folder."""
import json
import os
import pathlib
import shutil
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
ARTICLE = ROOT / "Examples" / "choe-son-hui-moscou.fr.txt"
EXAMPLE_SESSION = ROOT / "Sessions" / "choe-son-hui-moscou.fr.demo.json"
EXAMPLE_COMMANDS = ROOT / "Examples" / "sessions" / "choe-son-hui-moscou.demo.commands"


@pytest.fixture(scope="session")
def factline() -> str:
    """Path of the factline binary under test (make test sets FACTLINE_BIN)."""
    binary = os.environ.get("FACTLINE_BIN") or str(ROOT / ".build" / "debug" / "factline")
    if not os.access(binary, os.X_OK):
        pytest.fail(f"factline binary not found at {binary}: run swift build first")
    return binary


@pytest.fixture()
def workdir(tmp_path: pathlib.Path) -> pathlib.Path:
    """A scratch folder holding a copy of the example article and an empty Sessions/."""
    (tmp_path / "Sessions").mkdir()
    shutil.copy(ARTICLE, tmp_path / ARTICLE.name)
    return tmp_path


def run(factline: str, *args: str, cwd: pathlib.Path, stdin: str = "", env: dict | None = None) -> subprocess.CompletedProcess:
    """Runs factline with a pipe as standard input (scripted mode)."""
    environment = {**os.environ, "NO_COLOR": "1", "FACTLINE_HISTORY": str(cwd / "history"), **(env or {})}
    return subprocess.run([factline, *args], cwd=cwd, input=stdin.encode(), capture_output=True, env=environment, timeout=60)


def load(path: pathlib.Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))
