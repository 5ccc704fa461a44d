"""The local runner: executes a planned build shard by shard, resumable, in bounded memory.

A build is cut into *stages* at every corpus-wide step (dedupe): stage 0 reads the source and runs
the row steps up to the first corpus step; stage k starts with corpus step k (which first
``observe``s every row of stage k-1's output) and runs the row steps after it. Every stage writes
one Parquet file per shard plus a ``.done`` marker holding that shard's counts, so a rerun skips
finished shards and the totals stay exact. Only one batch per shard is in memory at a time.

A step with ``at_read`` (``pseudonymize.text``) is applied to every batch right after the source
yields it, before any row — kept, quarantined by the source or dropped by a step — is written to
``.work/``, ``exclusions/`` or a report; so no original text ever reaches the disk. Its own place
in the step list then only handles configured columns that steps before it wrote
(``Step.after_read``) and appends its name to the lineage; every step before its place hands its
output to ``Step.after_step`` first, so text a step writes (a new caption, an overwritten one) is
pseudonymized before its shard is written.
"""

from __future__ import annotations

import json
import multiprocessing
import shutil
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import polars as pl
import pyarrow.parquet as pq
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from trustbench.builders.recipe import Recipe
from trustbench.builders.schema import DROP_COLUMNS, DROP_REASON, LINEAGE
from trustbench.builders.sink import ShardWriter, exclusion_frame
from trustbench.builders.sources import Shard, Source
from trustbench.builders.step import CorpusStep, Step


@dataclass
class StepTotals:
    """Kept/dropped accounting of one step over the whole build."""

    index: int
    name: str
    kind: str
    rows_in: int = 0
    kept: int = 0
    dropped: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    stats: Counter = field(default_factory=Counter)

    def add(self, d: dict[str, Any]) -> None:
        self.rows_in += d["in"]
        self.kept += d["kept"]
        self.dropped.update(d["dropped"])
        self.seconds += d["seconds"]
        self.stats.update(d.get("stats", {}))

    @property
    def added(self) -> int:
        """Rows an expand step created: out + dropped beyond what came in."""
        return max(0, self.kept + sum(self.dropped.values()) - self.rows_in)

    def as_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "name": self.name,
            "kind": self.kind,
            "in": self.rows_in,
            "kept": self.kept,
            "dropped": sum(self.dropped.values()),
            "dropped_by_reason": dict(sorted(self.dropped.items())),
            "added": self.added,
            "seconds": round(self.seconds, 3),
            "stats": dict(sorted(self.stats.items())),
        }


@dataclass
class _Stage:
    index: int
    corpus: tuple[int, CorpusStep] | None
    rows: list[tuple[int, Step]]

    @property
    def steps(self) -> list[tuple[int, Step]]:
        return ([self.corpus] if self.corpus else []) + self.rows


def plan_stages(steps: list[Step]) -> list[_Stage]:
    """Cut the step list at every corpus step. Step indexes start at 1 (0 is the source)."""
    stages = [_Stage(0, None, [])]
    for i, step in enumerate(steps, start=1):
        if isinstance(step, CorpusStep):
            stages.append(_Stage(len(stages), (i, step), []))
        else:
            stages[-1].rows.append((i, step))
    return stages


def _append_lineage(batch: pl.DataFrame, name: str) -> pl.DataFrame:
    return batch.with_columns(
        pl.col(LINEAGE).struct.with_fields(pl.field("steps").list.concat(pl.lit([name])))
    )


def _split(out: pl.DataFrame, index: int, name: str) -> tuple[pl.DataFrame, pl.DataFrame | None]:
    """Separate rows a step marked for dropping from the ones it kept."""
    if DROP_REASON not in out.columns:
        return out, None
    mask = out[DROP_REASON].is_not_null()
    dropped = exclusion_frame(out.filter(mask), index, name) if mask.any() else None
    kept = out.filter(~mask).drop([c for c in DROP_COLUMNS if c in out.columns])
    return kept, dropped


class LocalRunner:
    """Run the stages of a build in this process.

    >>> runner = LocalRunner(work_dir=Path("out/demo/.work"))
    >>> totals = runner.run(source, source.shards(), steps, report_root=Path("out/demo/reports"))
    """

    def __init__(
        self,
        work_dir: Path,
        console: Console | None = None,
        progress: bool = True,
        workers: int = 1,
        recipe: Recipe | None = None,
    ):
        self.work = work_dir
        self.workers = workers
        self.recipe = recipe
        self.console = console or Console(stderr=True)
        self.progress = progress
        self.reports: dict[int, dict] = {}
        self.at_read: tuple[int, Step] | None = None  # the step applied to rows as they are read
        self.read_columns: frozenset[str] = frozenset()  # the source rows' columns

    # -- bookkeeping --------------------------------------------------------------------------

    def prepare(self, plan_key: str) -> bool:
        """Reuse the work dir only if it belongs to the same recipe and input; True if resuming."""
        marker = self.work / "plan.json"
        if marker.exists() and json.loads(marker.read_text()).get("key") == plan_key:
            return True
        if self.work.exists():
            shutil.rmtree(self.work)
        self.work.mkdir(parents=True)
        marker.write_text(json.dumps({"key": plan_key}))
        return False

    def _paths(self, stage: int, shard: int) -> tuple[Path, Path, Path]:
        d = self.work / f"stage-{stage}"
        return (
            d / f"shard-{shard:05d}.parquet",
            d / f"excl-{shard:05d}.parquet",
            d / f"shard-{shard:05d}.done",
        )

    def final_files(self, n_stages: int, shards: list[Shard]) -> tuple[list[Path], list[Path]]:
        data = [self._paths(n_stages - 1, s.index)[0] for s in shards]
        excl = [self._paths(k, s.index)[1] for k in range(n_stages) for s in shards]
        return [f for f in data if f.exists()], [f for f in excl if f.exists()]

    # -- execution ----------------------------------------------------------------------------

    def run(
        self, source: Source, shards: list[Shard], steps: list[Step], report_root: Path
    ) -> list[StepTotals]:
        stages = plan_stages(steps)
        totals = {0: StepTotals(0, "source", "source")}
        for i, step in enumerate(steps, start=1):
            totals[i] = StepTotals(i, step.name, step.kind)
        self.at_read = next(((i, s) for i, s in enumerate(steps, start=1) if s.at_read), None)
        if self.at_read:  # the columns it sees as it reads (the same on a resumed run)
            first = next((b for shard in shards for b in source.read(shard)), None)
            self.read_columns = frozenset(first.columns if first is not None else ())
        with self._bar() as bar:
            for stage in stages:
                todo = [s for s in shards if not self._paths(stage.index, s.index)[2].exists()]
                task = bar.add_task(
                    self._label(stage), total=len(shards), completed=len(shards) - len(todo)
                )
                if todo and stage.index == 0 and self.at_read:
                    self._observe_source(source, shards, bar)
                at_read_step = self.at_read[1] if self.at_read else None
                if todo and stage.corpus and stage.corpus[1] is not at_read_step:
                    self._observe(stage, shards, bar)
                # Stage 0 in worker processes, except with an at-read step: it has observed the
                # whole source here (and may hold a random per-run key) — workers would not have.
                if (stage.index == 0 and self.workers > 1 and self.recipe and len(todo) > 1
                        and not self.at_read):  # fmt: skip
                    self._run_parallel(todo, partial(bar.advance, task))
                else:
                    for step in (s for _, s in stage.steps):
                        step.ensure_setup()
                    for shard in todo:
                        self._run_shard(stage, shard, source)
                        bar.advance(task)
                for shard in shards:
                    done = json.loads(self._paths(stage.index, shard.index)[2].read_text())
                    for key, d in done.items():
                        totals[int(key)].add(d)
                if stage.corpus:
                    self._report(stage.index, *stage.corpus, totals, bool(todo), report_root)
        return [totals[k] for k in sorted(totals)]

    def _report(self, stage: int, idx: int, cstep: CorpusStep, totals: dict[int, StepTotals],
                ran: bool, report_root: Path) -> None:  # fmt: skip
        """A corpus step's report, from its stats over every shard (those a resumed build
        finished earlier included); kept in the work dir so that a rerun with nothing left to do
        still has it."""
        saved = self.work / f"stage-{stage}" / "report.json"
        if ran or not saved.exists():
            cstep.build_stats = Counter(totals[idx].stats)
            summary = cstep.write_report(report_root / f"{idx:02d}-{cstep.name}") or {}
            saved.parent.mkdir(parents=True, exist_ok=True)
            saved.write_text(json.dumps(summary, default=str))
        self.reports[idx] = json.loads(saved.read_text())

    def _run_parallel(self, shards: list[Shard], advance) -> None:
        """Stage 0 in worker processes. Spawned (not forked: polars' thread pool is not
        fork-safe); each worker rebuilds the source and steps from the recipe once."""
        ctx = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(
            self.workers,
            mp_context=ctx,
            initializer=_init_worker,
            initargs=(self.recipe, self.work),
        ) as pool:
            for fut in as_completed([pool.submit(_work_shard, s) for s in shards]):
                fut.result()
                advance()

    def _label(self, stage: _Stage) -> str:
        names = [s.name for _, s in stage.steps] or ["read"]
        return f"stage {stage.index}: " + " → ".join(names)

    def _bar(self) -> Progress:
        return Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=self.console,
            disable=not self.progress,
            transient=False,
        )

    def _input(self, stage: _Stage, shard: Shard, source: Source) -> Iterator[pl.DataFrame]:
        if stage.index == 0:
            yield from source.read(shard)
            return
        path = self._paths(stage.index - 1, shard.index)[0]
        if path.exists():
            for rb in pq.ParquetFile(path).iter_batches(batch_size=256):
                yield pl.from_arrow(rb)  # type: ignore[misc]

    def _observe(self, stage: _Stage, shards: list[Shard], bar: Progress) -> None:
        assert stage.corpus is not None
        _, step = stage.corpus
        step.ensure_setup()
        task = bar.add_task(f"  {step.name}: observe", total=len(shards))
        for shard in shards:
            path = self._paths(stage.index - 1, shard.index)[0]
            if path.exists():
                for rb in pq.ParquetFile(path).iter_batches(batch_size=1024):
                    step.observe(pl.from_arrow(rb))  # type: ignore[arg-type]
            bar.advance(task)
        step.finish()

    def _observe_source(self, source: Source, shards: list[Shard], bar: Progress) -> None:
        """Set up the at-read step and let it observe every source row (a corpus step learns the
        corpus's originals first, e.g. so that no surrogate equals one of them)."""
        assert self.at_read is not None
        _, step = self.at_read
        step.ensure_setup()  # a bad key fails here, before anything is read or written
        if not isinstance(step, CorpusStep):
            return
        task = bar.add_task(f"  {step.name}: observe source", total=len(shards))
        for shard in shards:
            for batch in source.read(shard):
                step.observe(batch)
            bar.advance(task)
        step.finish()

    def _run_shard(self, stage: _Stage, shard: Shard, source: Source) -> None:
        data_path, excl_path, done_path = self._paths(stage.index, shard.index)
        kept_w, excl_w = ShardWriter(data_path), ShardWriter(excl_path)
        counts: dict[int, dict[str, Any]] = {}

        def count(index: int) -> dict[str, Any]:
            return counts.setdefault(
                index, {"in": 0, "kept": 0, "dropped": Counter(), "seconds": 0.0}
            )

        for batch in self._input(stage, shard, source):
            if stage.index == 0 and self.at_read:  # before anything is written: see the top
                idx, guard = self.at_read
                t0 = time.perf_counter()
                batch = guard.process(batch)
                count(idx)["seconds"] += time.perf_counter() - t0
            if stage.index == 0:  # rows the source could not read are quarantined as step 0
                batch, dropped = _split(batch, 0, "source")
                self._count(
                    count(0),
                    len(batch) + (len(dropped) if dropped is not None else 0),
                    batch,
                    dropped,
                    0.0,
                )
                if dropped is not None:
                    excl_w.write(dropped)
            for index, step in stage.steps:
                if batch.is_empty():
                    break
                t0 = time.perf_counter()
                n_in = len(batch)
                applied = self.at_read is not None and index == self.at_read[0]
                out = step.after_read(batch, self.read_columns) if applied else step.process(batch)
                if self.at_read is not None and index < self.at_read[0]:
                    out = self.at_read[1].after_step(batch, out)
                out, dropped = _split(out, index, step.name)
                out = _append_lineage(out, step.name)
                self._count(count(index), n_in, out, dropped, time.perf_counter() - t0)
                if dropped is not None:
                    excl_w.write(dropped)
                batch = out
            kept_w.write(batch)
        for index, step in stage.steps:
            count(index)["stats"] = step.take_stats()
        if stage.index == 0 and self.at_read:
            count(self.at_read[0])["stats"] = self.at_read[1].take_stats()
        kept_w.close()
        excl_w.close()
        done_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = done_path.with_suffix(".tmp")
        tmp.write_text(json.dumps({str(k): v for k, v in counts.items()}))
        tmp.replace(done_path)

    @staticmethod
    def _count(
        c: dict, n_in: int, kept: pl.DataFrame, dropped: pl.DataFrame | None, secs: float
    ) -> None:
        c["in"] += n_in
        c["kept"] += len(kept)
        c["seconds"] += secs
        if dropped is not None:
            c["dropped"].update(dropped["reason"].to_list())


_WORKER: dict[str, Any] = {}


def _init_worker(recipe: Recipe, work_dir: Path) -> None:
    stage = plan_stages(recipe.make_steps(work_dir))[0]
    for _, step in stage.steps:
        step.ensure_setup()
    _WORKER.update(
        runner=LocalRunner(work_dir, progress=False), stage=stage, source=recipe.make_source()
    )


def _work_shard(shard: Shard) -> None:
    _WORKER["runner"]._run_shard(_WORKER["stage"], shard, _WORKER["source"])
