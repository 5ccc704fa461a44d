"""One step abstraction for every stage of a build, and the registry recipes resolve names with.

A step receives a batch (``polars.DataFrame``, schema in :mod:`trustbench.builders.schema`) and
returns a batch. It may change columns (a *map*), mark rows to drop with a reason (a *filter*, see
:func:`~trustbench.builders.schema.mark_drop`), return more rows than it got (an *expand*), or —
a :class:`CorpusStep` — look at the whole corpus first (``observe`` every batch, ``finish``) and then
decide per batch (dedupe). The runner owns everything else: counting kept and dropped rows, moving
dropped rows to the exclusions output, appending the step's name to each row's lineage, shards,
resume and timing.

Writing a step::

    from pydantic import BaseModel
    from trustbench.builders.step import Step, register
    from trustbench.builders.schema import mark_drop

    @register
    class MinWidth(Step):
        \"\"\"Drop images narrower than ``min_width`` pixels.\"\"\"

        name = "filter.min_width"
        kind = "filter"

        class Options(BaseModel, extra="forbid"):
            min_width: int = 64

        def process(self, batch):
            return mark_drop(batch, pl.col("width") < self.options.min_width, "too_small")

Steps count extra facts (faces blurred, entities replaced) in ``self.stats``; the runner collects
them per shard into ``provenance.json``.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, Literal

import polars as pl
from pydantic import BaseModel, ConfigDict

StepKind = Literal["map", "filter", "expand", "corpus"]


class NoOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")


@dataclass
class StepContext:
    """What the runner tells a step about the build it runs in."""

    seed: int = 0
    work_dir: Path = field(default_factory=lambda: Path("."))
    index: int = 0
    recipe_dir: Path = field(default_factory=lambda: Path("."))

    def rng(self, *salt: object) -> random.Random:
        """A deterministic RNG for this step, salted e.g. with a shard id."""
        return random.Random(f"{self.seed}:{self.index}:" + ":".join(map(str, salt)))

    def path(self, name: str | Path) -> Path:
        """A path option: ``~`` expanded, relative to the recipe's folder unless absolute."""
        p = Path(name).expanduser()
        return p if p.is_absolute() else self.recipe_dir / p

    def model_path(self, name: str) -> str:
        """A model option: the folder :meth:`path` names if it exists, else ``name`` as given
        (a Hub id, an installed package, or a path from the working directory)."""
        p = self.path(name)
        return str(p) if p.exists() else name


class Step:
    """Base class of all steps; subclasses set ``name``, ``kind``, ``Options`` and ``process``."""

    name: ClassVar[str]
    kind: ClassVar[StepKind] = "map"
    Options: ClassVar[type[BaseModel]] = NoOptions
    #: True for a step that must see every row before anything is written to disk (the
    #: pseudonymizer): the runner then applies it to each batch as it is read from the source —
    #: after ``observe``-ing the whole source if it is a CorpusStep — and at its own place in the
    #: step list only :meth:`after_read` runs. See ``LocalRunner.run``.
    at_read: ClassVar[bool] = False

    def __init__(
        self, options: BaseModel | dict[str, Any] | None = None, ctx: StepContext | None = None
    ):
        if not isinstance(options, BaseModel):
            options = self.Options.model_validate(options or {})
        self.options = options
        self.ctx = ctx or StepContext()
        self.stats: Counter[str] = Counter()
        self._ready = False

    def setup(self) -> None:
        """Load heavy things (models, key material). Called once before the first batch."""

    def ensure_setup(self) -> None:
        if not self._ready:
            self.setup()
            self._ready = True

    def process(self, batch: pl.DataFrame) -> pl.DataFrame:
        raise NotImplementedError

    def after_read(self, batch: pl.DataFrame, read_columns: frozenset[str]) -> pl.DataFrame:
        """An ``at_read`` step at its own place: the rows were processed as they were read, when
        they had ``read_columns``; handle what the steps before it added (default: nothing)."""
        return batch

    def after_step(self, before: pl.DataFrame, after: pl.DataFrame) -> pl.DataFrame:
        """An ``at_read`` step, after each step that comes before its place: ``after`` is that
        step's output for the rows ``before``; handle what it wrote (default: nothing)."""
        return after

    def resumable(self) -> bool:
        """False when a rerun would not redo finished shards the same way (e.g. a random
        per-run key); a build with such a step starts over instead of resuming."""
        return True

    def take_stats(self) -> dict[str, int | float]:
        """Return and reset the extra counters gathered since the last call."""
        out = dict(self.stats)
        self.stats.clear()
        return out

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.options!r})"


class CorpusStep(Step):
    """A step that needs the whole corpus before it can decide about any row (e.g. dedupe).

    The runner streams every batch through :meth:`observe`, calls :meth:`finish` once, then
    streams the batches again through :meth:`process`. Keep only compact state (hashes, ids).
    """

    kind: ClassVar[StepKind] = "corpus"

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        #: the step's ``stats`` summed over every shard of the build, shards a resumed build
        #: finished earlier included; set by the runner before :meth:`write_report`
        self.build_stats: Counter[str] = Counter()

    def observe(self, batch: pl.DataFrame) -> None:
        raise NotImplementedError

    def finish(self) -> None:
        """Called after the last ``observe``; compute decisions here."""

    def write_report(self, report_dir: Path) -> dict[str, Any]:
        """Optionally write artifacts (cluster tables, contact sheets) to ``report_dir``.

        Returns a JSON-able summary that goes into ``provenance.json``.
        """
        return {}


REGISTRY: dict[str, type[Step]] = {}


def register(cls: type[Step]) -> type[Step]:
    """Class decorator: make a step available to recipes under ``cls.name``."""
    if cls.name in REGISTRY and REGISTRY[cls.name] is not cls:
        raise ValueError(f"step name {cls.name!r} registered twice")
    REGISTRY[cls.name] = cls
    return cls


def get_step(name: str) -> type[Step]:
    load_builtin_steps()
    try:
        return REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(REGISTRY))
        raise KeyError(f"unknown step {name!r}; known steps: {known}") from None


def all_steps() -> dict[str, type[Step]]:
    load_builtin_steps()
    return dict(sorted(REGISTRY.items()))


def load_builtin_steps() -> None:
    """Import every module of ``trustbench.builders.steps`` so their ``@register``s run."""
    import importlib
    import pkgutil

    from trustbench.builders import steps

    for mod in pkgutil.iter_modules(steps.__path__):
        importlib.import_module(f"{steps.__name__}.{mod.name}")
