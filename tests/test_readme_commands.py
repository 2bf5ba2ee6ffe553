"""The README starts with the two commands, and .ci/run runs exactly the test command."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def readme_commands() -> list[str]:
    return re.findall(r"```sh\n(.+?)\n```", (ROOT / "README.md").read_text(encoding="utf-8"))[:2]


def test_readme_starts_with_run_and_test_commands() -> None:
    run_cmd, test_cmd = readme_commands()
    assert "binder gui --demo" in run_cmd
    assert "pytest" in test_cmd
    # lint and types run first, over the whole tree, with the rules chosen in pyproject.toml
    assert ".venv/bin/ruff check && .venv/bin/mypy && " in test_cmd


def test_ci_runs_exactly_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    assert ci[-1] == readme_commands()[1]
