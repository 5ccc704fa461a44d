"""The whole flow of a build, top to bottom: recipe → source → steps → sink → provenance + card.

>>> from trustbench.builders.pipeline import run_recipe
>>> result = run_recipe("data/recipes/demo.yaml", out="out/demo")
>>> result.rows, result.output_fingerprint
"""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console

from trustbench.builders import provenance
from trustbench.builders.recipe import Recipe, load_recipe, parse_recipe
from trustbench.builders.runner import LocalRunner, StepTotals, plan_stages
from trustbench.builders.sink import publish
from trustbench.cards import write_documents


@dataclass
class BuildResult:
    """What a build produced; ``provenance`` is what ``provenance.json`` holds."""

    out_dir: Path
    rows: int
    excluded_rows: int
    input_rows: int
    output_fingerprint: str
    steps: list[StepTotals]
    provenance: dict[str, Any] = field(default_factory=dict)
    resumed: bool = False


def _as_recipe(recipe: Recipe | str | Path | dict, overrides: list[str] | None) -> Recipe:
    if isinstance(recipe, Recipe):
        return recipe
    if isinstance(recipe, dict):
        from trustbench.builders.recipe import apply_overrides

        return parse_recipe(apply_overrides(recipe, overrides or []))
    return load_recipe(recipe, overrides)


def run_recipe(
    recipe: Recipe | str | Path | dict,
    out: str | Path | None = None,
    overrides: list[str] | None = None,
    progress: bool = True,
    console: Console | None = None,
    workers: int = 1,
) -> BuildResult:
    """Build a dataset from a recipe (a path, a mapping, or a loaded :class:`Recipe`).

    ``workers`` > 1 runs the shards of the first stage (every step before the first corpus-wide
    step) in that many processes; the output is identical to a one-process build.
    """
    started = time.time()
    console = console or Console(stderr=True, quiet=not progress)

    # 1. Load and validate the recipe; decide where the output goes.
    recipe = _as_recipe(recipe, overrides)
    out_dir = Path(out or recipe.output.dir.format(name=recipe.name))
    resolved = recipe.resolved()

    # 2. Build the source and the steps; fingerprint the input.
    source = recipe.make_source()
    shards = source.shards()
    input_fp = provenance.fingerprint_files(source.files())
    steps = recipe.make_steps(out_dir / ".work")

    # 3. Run the stages shard by shard; a rerun of the same recipe on the same input resumes.
    runner = LocalRunner(out_dir / ".work", console, progress, workers=workers, recipe=recipe)
    # the card block only feeds the documents: editing it must not restart a build
    work_recipe = {k: v for k, v in resolved.items() if k != "card"}
    plan_key = provenance.recipe_fingerprint({"recipe": work_recipe, "input": input_fp["fingerprint"]})
    if not all(step.resumable() for step in steps):
        plan_key += f":fresh-{time.time_ns()}"  # never matches a previous run's work dir
    resumed = runner.prepare(plan_key)
    totals = runner.run(source, shards, steps, report_root=out_dir / "reports")

    # 4. Publish the Hub layout, provenance.json and the documents (card, croissant, figures).
    data_files, excl_files = runner.final_files(len(plan_stages(steps)), shards)
    published = publish(data_files, excl_files, out_dir, recipe.output.split)
    output_fp = provenance.fingerprint_files(published["data"], out_dir)
    input_rows = totals[0].rows_in
    added = sum(t.added for t in totals)  # rows expand steps created
    versions = provenance.versions()
    prov = {
        "trustbench": versions.get("trustbench"),
        "recipe": resolved,
        "recipe_fingerprint": provenance.recipe_fingerprint(resolved),
        "seed": recipe.seed,
        "versions": versions,
        "input": {**input_fp, "rows": input_rows},
        "output": {
            **output_fp,
            "rows": published["rows"],
            "excluded_rows": published["excluded_rows"],
            "exclusions": [str(p.relative_to(out_dir)) for p in published["exclusions"]],
            "features": published.get("features"),
        },
        "steps": [t.as_dict() | {"report": runner.reports.get(t.index, {})} for t in totals],
        "accounting": {
            "input_rows": input_rows,
            "output_rows": published["rows"],
            "excluded_rows": published["excluded_rows"],
            "added_rows": added,
            "balanced": input_rows + added == published["rows"] + published["excluded_rows"],
        },
        "resumed": resumed,
        "seconds": round(time.time() - started, 2),
    }
    provenance.write_json(out_dir / "provenance.json", prov)
    write_documents(prov, out_dir)
    if not recipe.output.keep_work:
        shutil.rmtree(out_dir / ".work", ignore_errors=True)
    return BuildResult(
        out_dir=out_dir,
        rows=published["rows"],
        excluded_rows=published["excluded_rows"],
        input_rows=input_rows,
        output_fingerprint=output_fp["fingerprint"],
        steps=totals,
        provenance=prov,
        resumed=resumed,
    )
