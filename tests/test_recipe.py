"""Bad recipes fail early with the file, line, key and what is allowed; the CLI exits 2."""

from __future__ import annotations

import pytest

from conftest import REPO
from trustbench.builders.cli import main
from trustbench.builders.recipe import RecipeError, apply_overrides, load_recipe

GOOD = """\
name: t
seed: 1
source:
  type: parquet
  path: {src}
  image_column: jpg
steps:
  - validate.images:
      max_pixels: 1000
  - validate.images
output:
  dir: out/t
"""


def _write(tmp_path, text, src="in.parquet"):
    p = tmp_path / "r.yaml"
    p.write_text(text.replace("{src}", src))
    return p


def _problems(tmp_path, text) -> list[str]:
    with pytest.raises(RecipeError) as e:
        load_recipe(_write(tmp_path, text))
    return e.value.problems


def test_good_recipe_resolves_defaults(tmp_path):
    r = load_recipe(_write(tmp_path, GOOD))
    assert [s.name for s in r.steps] == ["validate.images", "validate.images"]
    assert r.steps[0].options.max_pixels == 1000
    assert r.resolved()["source"]["rows_per_shard"] == 1000
    assert r.base_dir == tmp_path


def test_unknown_top_level_key_names_line_and_allowed(tmp_path):
    (msg,) = _problems(tmp_path, GOOD + "outptu: {}\n")
    assert "r.yaml:13" in msg and "unknown key 'outptu'" in msg and "allowed: name" in msg


def test_unknown_source_key_and_wrong_type(tmp_path):
    text = GOOD.replace("  image_column: jpg\n", "  image_colum: jpg\n  rows_per_shard: lots\n")
    problems = _problems(tmp_path, text)
    assert any(
        "r.yaml:6: source.image_colum: unknown key" in p and "image_column" in p for p in problems
    ), problems
    assert any("r.yaml:7: source.rows_per_shard" in p and "integer" in p for p in problems), (
        problems
    )


def test_unknown_source_type(tmp_path):
    (msg,) = _problems(tmp_path, GOOD.replace("type: parquet", "type: parket"))
    assert "r.yaml:4" in msg and "parket" in msg and "parquet" in msg


def test_unknown_step_and_bad_step_options(tmp_path):
    text = GOOD.replace("  - validate.images\n", "  - dedupe.magic: {}\n").replace(
        "max_pixels: 1000", "max_pixel: 1000"
    )
    problems = _problems(tmp_path, text)
    assert any(
        "r.yaml:9: steps[0].validate.images.max_pixel: unknown key 'max_pixel'; allowed: max_pixels, full_decode"
        in p
        for p in problems
    ), problems
    assert any(
        "r.yaml:10: steps[1]: unknown step 'dedupe.magic'; known:" in p and "validate.images" in p
        for p in problems
    ), problems


def test_missing_required_and_yaml_syntax(tmp_path):
    problems = _problems(tmp_path, "seed: 1\nsource: {type: parquet}\n")
    assert any("name: required key is missing" in p for p in problems)
    assert any("source.path: required key is missing" in p for p in problems)
    (msg,) = _problems(tmp_path, "name: x\nsteps: [a, b\n")
    assert "YAML syntax error" in msg


def test_overrides(tmp_path):
    r = load_recipe(
        _write(tmp_path, GOOD),
        ["seed=5", "steps.0.validate.images.max_pixels=77", "output.dir=elsewhere"],
    )
    assert r.seed == 5 and r.steps[0].options.max_pixels == 77 and r.output.dir == "elsewhere"
    assert apply_overrides({}, ["a.b=[1, 2]"]) == {"a": {"b": [1, 2]}}
    with pytest.raises(RecipeError, match="KEY=VALUE"):
        apply_overrides({}, ["novalue"])


def test_cli_exit_codes(tmp_path, capsys):
    bad = _write(tmp_path, GOOD + "bogus: 1\n")
    assert main(["validate", str(bad)]) == 2
    assert "unknown key 'bogus'" in capsys.readouterr().err
    assert main(["validate", str(REPO / "data" / "recipes" / "demo.yaml")]) == 0
    with pytest.raises(SystemExit) as e:
        main(["run"])
    assert e.value.code == 2
    assert main(["inspect", str(tmp_path)]) == 1
    assert main(["steps"]) == 0
    assert "validate.images" in capsys.readouterr().out
