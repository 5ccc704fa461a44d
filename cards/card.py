"""Render the dataset card (``README.md``) of a build from its provenance."""

from __future__ import annotations

from typing import Any

import yaml


def render_card(prov: dict[str, Any]) -> str:
    """A Hugging Face dataset card: YAML header (configs, features) and the build's accounting.

    >>> text = render_card(json.load(open("out/demo/provenance.json")))
    """
    recipe = prov["recipe"]
    split = recipe["output"]["split"]
    header = {
        "configs": [
            {"config_name": "default", "data_files": [{"split": split, "path": f"data/{split}-*"}]}
        ],
        "tags": ["trustbench"],
    }
    lines = [
        "---",
        yaml.safe_dump(header, sort_keys=False).strip(),
        "---",
        "",
        f"# {recipe['name']}",
        "",
        recipe.get("description") or "Built with trustbench.",
        "",
        "## Build accounting",
        "",
        f"Input rows: {prov['accounting']['input_rows']} · output rows: "
        f"{prov['accounting']['output_rows']} · excluded rows: {prov['accounting']['excluded_rows']} "
        "(in `exclusions/`, each with the step and reason).",
        "",
        "| # | step | in | kept | dropped | reasons |",
        "|---|---|---|---|---|---|",
    ]
    for s in prov["steps"]:
        reasons = ", ".join(f"{k}: {v}" for k, v in s["dropped_by_reason"].items()) or "—"
        lines.append(
            f"| {s['index']} | `{s['name']}` | {s['in']} | {s['kept']} | {s['dropped']} | {reasons} |"
        )
    lines += [
        "",
        "## Lineage",
        "",
        "Every row has a `lineage` column: source file and row, the steps applied, and seed, model "
        "and revision for generated rows.",
        "",
        f"Output fingerprint: `{prov['output']['fingerprint']}` · "
        f"input fingerprint: `{prov['input']['fingerprint']}` · seed: {prov['seed']}",
        "",
    ]
    return "\n".join(lines)
