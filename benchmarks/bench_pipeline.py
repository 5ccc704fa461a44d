"""Streaming check: peak RSS and rows/s of a build as the corpus grows.

    .venv/bin/python benchmarks/bench_pipeline.py --sizes 2000 8000 32000

Each size runs in a fresh process (so peak RSS is that build's own): a LAION-like parquet of
small JPEGs built from the bundled sample's rows, then `validate.images` over it. Peak RSS should
stay flat while the corpus grows 16×; rows/s should stay flat too.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _child(n: int, work: Path) -> None:
    import polars as pl
    import pyarrow.parquet as pq

    from trustbench.builders.pipeline import run_recipe

    sample = pl.read_parquet(REPO / "data" / "sample" / "sample.parquet").filter(pl.col("jpg").bin.size() > 2000)
    src = work / "corpus.parquet"
    with pq.ParquetWriter(src, sample.head(1).to_arrow().schema) as w:  # write in chunks, never all at once
        done = 0
        while done < n:
            chunk = sample.head(min(len(sample), n - done)).with_columns(
                (pl.lit(f"{done:09d}-") + pl.col("key")).alias("key")
            )
            w.write_table(chunk.to_arrow())
            done += len(chunk)
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    result = run_recipe(
        {"name": "bench", "source": {"type": "parquet", "path": str(src), "image_column": "jpg", "id_column": "key", "rows_per_shard": 1000}, "steps": ["validate.images"]},
        out=work / "out",
        progress=False,
    )
    secs = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"rows": n, "out": result.rows, "seconds": round(secs, 2), "rows_per_s": round(n / secs), "peak_rss_mb": round(peak / 1024), "rss_before_build_mb": round(base / 1024), "corpus_mb": round(src.stat().st_size / 2**20, 1)}))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[2000, 8000, 32000])
    ap.add_argument("--child", type=int)
    ap.add_argument("--work")
    args = ap.parse_args()
    if args.child:
        _child(args.child, Path(args.work))
        return
    rows = []
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as d:
            out = subprocess.run([sys.executable, __file__, "--child", str(n), "--work", d], check=True, capture_output=True, text=True)
            rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
            print(rows[-1], flush=True)
    first, last = rows[0], rows[-1]
    print(f"corpus grew {last['rows'] / first['rows']:.0f}x ({first['corpus_mb']} → {last['corpus_mb']} MB); "
          f"peak RSS {first['peak_rss_mb']} → {last['peak_rss_mb']} MB (ratio {last['peak_rss_mb'] / first['peak_rss_mb']:.2f}); "
          f"rows/s {first['rows_per_s']} → {last['rows_per_s']}")


if __name__ == "__main__":
    main()
