"""Render the dataset card (``README.md``) of a build from its provenance."""

from __future__ import annotations

from typing import Any

import yaml


def render_card(prov: dict[str, Any]) -> str:
    """A Hugging Face dataset card: YAML header (configs, features) and the build's accounting.

    >>> text = render_card(json.load(open("out/demo/provenance.json")))
    """
    recipe = prov["recipe"]
    # No `configs:` block: datasets (5.2) caches a folder's dataset by its unresolved config, so
    # two builds in folders of the same name would load each other's rows. The Hub file layout
    # (data/{split}-0000k-of-0000n.parquet) is detected without it.
    header = {"tags": ["trustbench"], "size_categories": [_size_category(prov)]}
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


def _size_category(prov: dict[str, Any]) -> str:
    n = prov["accounting"]["output_rows"]
    for limit, label in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K")):
        if n < limit:
            return label
    return "100K<n<1M" if n < 1_000_000 else "n>1M"
