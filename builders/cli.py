"""``build-dataset``: run, validate, inspect and publish recipe builds; list the available steps.

Exit codes: 0 ok, 1 the build/check failed, 2 usage (bad arguments or an invalid recipe).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table

from trustbench.builders.recipe import RecipeError, load_recipe
from trustbench.builders.step import all_steps

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _accounting_table(steps: list[dict], title: str) -> Table:
    table = Table(title=title)
    for col in ("#", "step", "in", "kept", "dropped", "reasons", "seconds"):
        table.add_column(
            col, justify="right" if col in ("#", "in", "kept", "dropped", "seconds") else "left"
        )
    for s in steps:
        reasons = ", ".join(f"{k}: {v}" for k, v in s["dropped_by_reason"].items())
        table.add_row(
            str(s["index"]),
            s["name"],
            str(s["in"]),
            str(s["kept"]),
            str(s["dropped"]),
            reasons,
            f"{s['seconds']:.2f}",
        )
    return table


def cmd_run(args: argparse.Namespace, out: Console, err: Console) -> int:
    from trustbench.builders.pipeline import run_recipe

    recipe = load_recipe(args.recipe, args.set)
    result = run_recipe(
        recipe, out=args.out, progress=not args.quiet, console=err, workers=args.workers
    )
    prov = result.provenance
    if not args.quiet:
        out.print(_accounting_table(prov["steps"], f"{recipe.name} → {result.out_dir}"))
    out.print(
        f"rows: {result.rows}  excluded: {result.excluded_rows}  input: {result.input_rows}  "
        f"fingerprint: {result.output_fingerprint[:16]}  ({prov['seconds']} s)"
    )
    if not prov["accounting"]["balanced"]:
        err.print("[red]accounting does not balance: input != kept + excluded[/red]")
        return EXIT_FAILED
    return EXIT_OK


def cmd_validate(args: argparse.Namespace, out: Console, err: Console) -> int:
    recipe = load_recipe(args.recipe, args.set)
    out.print(
        f"{args.recipe}: ok — source {recipe.source.type}, {len(recipe.steps)} steps: "
        + ", ".join(s.name for s in recipe.steps)
    )
    return EXIT_OK


def cmd_inspect(args: argparse.Namespace, out: Console, err: Console) -> int:
    import polars as pl

    root = Path(args.dir)
    prov_path = root / "provenance.json"
    if not prov_path.exists():
        err.print(f"{root}: no provenance.json — not a trustbench build output")
        return EXIT_FAILED
    prov = json.loads(prov_path.read_text())
    files = sorted((root / "data").glob("*.parquet"))
    out.print(
        f"[bold]{prov['recipe']['name']}[/bold]  rows: {prov['output']['rows']}  excluded: "
        f"{prov['output']['excluded_rows']}  files: {len(files)}  fingerprint: {prov['output']['fingerprint'][:16]}"
    )
    if files:
        lf = pl.scan_parquet(files)
        out.print("schema:")
        for name, dtype in lf.collect_schema().items():
            out.print(f"  {name}: {dtype}")
        head = lf.head(args.rows).collect()
        shown = (
            head.with_columns(
                pl.col("image").struct.field("bytes").bin.size().alias("image"),
            )
            if "image" in head.columns
            else head
        )
        with pl.Config(tbl_cols=-1, fmt_str_lengths=60, tbl_width_chars=160):
            out.print(str(shown.drop("lineage", strict=False)))
    out.print(_accounting_table(prov["steps"], "per-step accounting"))
    return EXIT_OK


def cmd_steps(args: argparse.Namespace, out: Console, err: Console) -> int:
    for name, cls in all_steps().items():
        if name.startswith("test."):
            continue
        summary = " ".join((cls.__doc__ or "").strip().split("\n\n")[0].split())
        print(f"{name} ({cls.kind}) — {summary}")
        for fname, f in cls.Options.model_fields.items():
            if f.is_required():
                default = "required"
            else:
                default = f"default {f.get_default(call_default_factory=True)!r}"
            print(f"    {fname}: {' '.join((f.description or '').split())} ({default})")
        print()
    return EXIT_OK


def cmd_audit_pii(args: argparse.Namespace, out: Console, err: Console) -> int:
    from trustbench.builders.audit import format_report, run_audit

    report = run_audit(
        args.dir, recipe=args.recipe, source=args.source, column=args.column, truth=args.truth,
        compare_source=args.compare_source,
    )
    out.print(format_report(report), markup=False, highlight=False)
    if args.json:
        Path(args.json).write_text(json.dumps(report.summary(), indent=2) + "\n")
    return EXIT_OK if report.ok else EXIT_FAILED


def cmd_publish(args: argparse.Namespace, out: Console, err: Console) -> int:
    from trustbench.builders.publish import PublishError, publish

    try:
        result = publish(
            args.dir, args.to, version=args.version, bump=args.bump, private=args.private,
            with_exclusions=args.with_exclusions,
        )  # fmt: skip
    except PublishError as e:
        err.print(f"publish failed: {e}", markup=False, highlight=False)
        return EXIT_FAILED
    if not result.changed:
        print(f"{result.target}: unchanged since v{result.version} (same output fingerprint)")
    else:
        print(f"{result.target}: published v{result.version} ({len(result.files)} files)")
        print(result.changelog)
    return EXIT_OK


def cmd_tiny_models(args: argparse.Namespace, out: Console, err: Console) -> int:
    from trustbench.synth.tiny import write_tiny_models

    for kind, path in write_tiny_models(args.dir, seed=args.seed).items():
        out.print(f"{kind}: {path}")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="build-dataset", description="Build trustworthiness benchmark datasets from recipes."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="build a dataset from a recipe")
    run.add_argument("recipe", help="recipe YAML file")
    run.add_argument("--out", help="output folder (default: the recipe's output.dir)")
    run.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="override a recipe value, e.g. seed=3 or steps.1.dedupe.exact.on=[bytes]",
    )
    run.add_argument("--quiet", action="store_true", help="no progress bars or table")
    run.add_argument(
        "--workers",
        type=int,
        default=1,
        help="processes for the per-row steps before the first dedupe",
    )
    run.set_defaults(func=cmd_run)

    val = sub.add_parser("validate", help="check a recipe without running it")
    val.add_argument("recipe")
    val.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")
    val.set_defaults(func=cmd_validate)

    ins = sub.add_parser(
        "inspect", help="counts, schema, a few rows and per-step accounting of a build"
    )
    ins.add_argument("dir", help="build output folder")
    ins.add_argument("--rows", type=int, default=5, help="rows to show")
    ins.set_defaults(func=cmd_inspect)

    aud = sub.add_parser("audit-pii", help="fail if any original PII string is in a build output")
    aud.add_argument("dir", help="build output folder")
    aud.add_argument("--recipe", help="recipe whose source texts hold the originals")
    aud.add_argument("--source", help="parquet file with the original texts (instead of --recipe)")
    aud.add_argument("--column", default="caption", help="text column of --source")
    aud.add_argument("--truth", help="truth.json with planted PII entities (added to originals)")
    aud.add_argument("--json", help="also write the report (no originals) to this file")
    aud.add_argument(
        "--compare-source",
        action="store_true",
        help="also report capitalized non-dictionary words of each source caption still in that "
        "row's output (independent of the detector)",
    )
    aud.set_defaults(func=cmd_audit_pii)

    pub = sub.add_parser("publish", help="publish a build as a new version (git folder or hf://)")
    pub.add_argument("dir", help="build output folder")
    pub.add_argument(
        "--to", required=True, help="a local folder (git, a tag per version) or hf://ORG/NAME"
    )
    pub.add_argument("--version", help="version X.Y.Z (default: card.version or a bump)")
    pub.add_argument("--bump", choices=["major", "minor", "patch"], help="bump the last version")
    pub.add_argument("--private", action="store_true", help="create the Hub repo private")
    pub.add_argument(
        "--with-exclusions", action="store_true", help="also publish exclusions/ (dropped rows)"
    )
    pub.set_defaults(func=cmd_publish)

    tiny = sub.add_parser(
        "tiny-models",
        help="write tiny random models (SD pipeline, TAESD, BLIP captioner, CLIP) for tests/demos",
    )
    tiny.add_argument("dir", help="folder to write sd/, taesd/, captioner/, clip/ into")
    tiny.add_argument("--seed", type=int, default=0, help="seed of the random weights")
    tiny.set_defaults(func=cmd_tiny_models)

    steps = sub.add_parser("steps", help="list the available steps and their options")
    steps.set_defaults(func=cmd_steps)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    out, err = Console(), Console(stderr=True)
    try:
        return args.func(args, out, err)
    except RecipeError as e:
        print(e, file=sys.stderr)
        return EXIT_USAGE
    except (FileNotFoundError, ValueError, OSError) as e:
        print(f"error: {e}", file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
