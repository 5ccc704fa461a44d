"""The README's commands are the ones CI runs and they name real things."""

from __future__ import annotations

import re

from conftest import REPO


def _bash_blocks() -> list[str]:
    return re.findall(r"```bash\n(.*?)\n```", (REPO / "README.md").read_text(), re.S)


def test_ci_runs_the_readme_test_command():
    demo, tests = _bash_blocks()[:2]
    assert "pytest" in tests and "build-dataset run data/recipes/demo.yaml" in demo
    assert tests in (REPO / ".ci" / "run").read_text()
    assert (REPO / "data" / "recipes" / "demo.yaml").exists()


def test_readme_lists_every_step_and_cli_command():
    from trustbench.builders.cli import build_parser
    from trustbench.builders.step import all_steps

    text = (REPO / "README.md").read_text()
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    for cmd in sub.choices:
        assert f"build-dataset {cmd}" in text, cmd
    for name in all_steps():
        if not name.startswith("test."):
            assert f"`{name}`" in text or f"{name}:" in text, name
