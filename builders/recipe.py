"""Recipes: a YAML file that names a source, a list of steps with options, and the output.

.. code-block:: yaml

    name: demo
    seed: 0
    source: {type: parquet, path: ../sample/sample.parquet, image_column: jpg, id_column: key}
    steps:
      - validate.images: {}
      - dedupe.exact: {}
    output: {dir: out/demo}
    card: {license: cc-by-4.0, language: [en], motivation: ...}   # optional, see CardInfo

Relative paths in ``source`` resolve against the recipe's folder. :func:`load_recipe` validates
everything before any work starts and raises :class:`RecipeError` listing every problem with its
line, key, and what is allowed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from trustbench.builders.sources import SOURCES, SourceConfig
from trustbench.builders.step import Step, StepContext, all_steps
from trustbench.cards.meta import CardInfo


class OutputConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    dir: str = Field("out/{name}", description="output folder; {name} is the recipe name")
    split: str = Field("train", description="split name of the data files")
    keep_work: bool = Field(False, description="keep the per-shard work files after success")


class _RecipeHead(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(pattern=r"^[A-Za-z0-9_.-]+$")
    description: str = ""
    seed: int = 0
    source: SourceConfig
    steps: list[Any] = Field(default_factory=list)
    output: OutputConfig = Field(default_factory=OutputConfig)
    card: CardInfo = Field(default_factory=CardInfo)


@dataclass
class StepSpec:
    name: str
    options: BaseModel
    cls: type[Step]


@dataclass
class Recipe:
    """A validated recipe. ``raw`` is the resolved mapping that goes into ``provenance.json``."""

    name: str
    seed: int
    source: Any
    steps: list[StepSpec]
    output: OutputConfig
    description: str = ""
    card: CardInfo = field(default_factory=CardInfo)
    base_dir: Path = Path(".")
    path: Path | None = None
    raw: dict[str, Any] = field(default_factory=dict)

    def make_source(self):
        """The reader for this recipe's source."""
        from trustbench.builders.sources import make_source

        return make_source(self.source, self.base_dir)

    def make_steps(self, work_dir: Path) -> list[Step]:
        """Fresh step objects (not yet set up), indexed from 1 (0 is the source)."""
        return [
            spec.cls(spec.options, StepContext(self.seed, work_dir, i, self.base_dir))
            for i, spec in enumerate(self.steps, start=1)
        ]

    def resolved(self) -> dict[str, Any]:
        """The recipe with every default filled in (for provenance and fingerprints)."""
        return {
            "name": self.name,
            "description": self.description,
            "seed": self.seed,
            "source": self.source.model_dump(mode="json"),
            "steps": [{s.name: s.options.model_dump(mode="json")} for s in self.steps],
            "output": self.output.model_dump(mode="json"),
            "card": self.card.model_dump(mode="json", exclude_defaults=True),
        }


class RecipeError(ValueError):
    """A recipe is invalid; ``problems`` lists each one as ``file:line: key: message``."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("invalid recipe:\n  " + "\n  ".join(problems))


# -- YAML with line numbers ----------------------------------------------------------------------


def _lines(node: yaml.Node, path: tuple = (), out: dict | None = None) -> dict[tuple, int]:
    """Map every key path in a composed YAML tree to its 1-based line."""
    out = {} if out is None else out
    out.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            key = k.value
            out[(*path, key)] = k.start_mark.line + 1
            _lines(v, (*path, key), out)
    elif isinstance(node, yaml.SequenceNode):
        for i, v in enumerate(node.value):
            _lines(v, (*path, i), out)
    return out


def _line_of(lines: dict[tuple, int], loc: tuple) -> int | None:
    for n in range(len(loc), -1, -1):
        if loc[:n] in lines:
            return lines[loc[:n]]
    return None


def _fmt_loc(loc: tuple) -> str:
    s = ""
    for part in loc:
        s += f"[{part}]" if isinstance(part, int) else (f".{part}" if s else str(part))
    return s or "(top level)"


def _allowed(model: type[BaseModel]) -> str:
    return ", ".join(model.model_fields) or "(no options)"


# -- overrides ----------------------------------------------------------------------------------


def apply_overrides(raw: dict[str, Any], overrides: list[str]) -> dict[str, Any]:
    """Apply ``key.sub=value`` overrides (value parsed as YAML; list items by index).

    Step names contain dots, so at each mapping the longest dotted prefix that is a key wins:
    ``steps.0.validate.images.max_pixels=100``.

    >>> apply_overrides({"seed": 0}, ["seed=3", "output.dir=out/x"])
    {'seed': 3, 'output': {'dir': 'out/x'}}
    """
    for item in overrides:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise RecipeError([f"--set {item!r}: expected KEY=VALUE"])
        parts = key.split(".")
        node: Any = raw
        while True:
            if isinstance(node, list):
                if not parts[0].isdigit() or int(parts[0]) >= len(node):
                    raise RecipeError([f"--set {key}: no list item {parts[0]!r}"])
                head, parts = int(parts[0]), parts[1:]
            else:
                n = next((n for n in range(len(parts), 0, -1) if ".".join(parts[:n]) in node), 1)
                head, parts = ".".join(parts[:n]), parts[n:]
            if not parts:
                node[head] = yaml.safe_load(value) if value else ""
                break
            if isinstance(node, dict) and not isinstance(node.get(head), dict | list):
                node[head] = {}
            node = node[head]
    return raw


# -- validation ---------------------------------------------------------------------------------


def _step_items(raw_steps: Any, lines: dict, where: str, problems: list[str]) -> list[StepSpec]:
    registry = all_steps()
    specs: list[StepSpec] = []
    if not isinstance(raw_steps, list):
        problems.append(f"{where}:{_line_of(lines, ('steps',))}: steps: expected a list of steps")
        return specs
    for i, item in enumerate(raw_steps):
        loc = ("steps", i)
        line = _line_of(lines, loc)
        if isinstance(item, str):
            name, opts = item, {}
        elif isinstance(item, dict) and len(item) == 1:
            name, opts = next(iter(item.items()))
            opts = {} if opts is None else opts
        else:
            problems.append(
                f"{where}:{line}: steps[{i}]: expected `- step.name: {{options}}` or `- step.name`"
            )
            continue
        if name not in registry:
            problems.append(
                f"{where}:{line}: steps[{i}]: unknown step {name!r}; known: {', '.join(registry)}"
            )
            continue
        cls = registry[name]
        if not isinstance(opts, dict):
            problems.append(f"{where}:{line}: steps[{i}].{name}: options must be a mapping")
            continue
        try:
            specs.append(StepSpec(name, cls.Options.model_validate(opts), cls))
        except ValidationError as e:
            for err in e.errors():
                eloc = (*loc, name, *err["loc"])
                problems.append(_message(where, lines, eloc, err, cls.Options))
    return specs


def _message(where: str, lines: dict, loc: tuple, err: dict, model: type[BaseModel] | None) -> str:
    line = _line_of(lines, loc)
    if err["type"] == "extra_forbidden":
        msg = f"unknown key {loc[-1]!r}" + (f"; allowed: {_allowed(model)}" if model else "")
    elif err["type"] == "missing":
        msg = "required key is missing"
    else:
        msg = err["msg"]
        if "input" in err and not isinstance(err["input"], dict | list):
            msg += f" (got {err['input']!r})"
    return f"{where}:{line}: {_fmt_loc(loc)}: {msg}"


def _model_at(loc: tuple, raw: dict) -> type[BaseModel] | None:
    if len(loc) == 1:
        return _RecipeHead
    if loc[0] == "output":
        return OutputConfig
    if loc[0] == "card":
        return CardInfo
    if loc[0] == "source":
        kind = raw.get("source", {}).get("type") if isinstance(raw.get("source"), dict) else None
        return SOURCES[kind].Config if kind in SOURCES else None
    return None


def parse_recipe(
    raw: dict[str, Any],
    where: str = "<recipe>",
    lines: dict | None = None,
    base_dir: Path = Path("."),
) -> Recipe:
    """Validate a recipe mapping; raise :class:`RecipeError` with every problem found."""
    lines = lines or {}
    problems: list[str] = []
    if not isinstance(raw, dict):
        raise RecipeError([f"{where}:1: a recipe must be a mapping with name, source, steps"])
    head = None
    try:
        head = _RecipeHead.model_validate(raw)
    except ValidationError as e:
        for err in e.errors():
            loc = tuple(err["loc"])
            if loc and loc[0] == "source" and len(loc) > 2 and loc[1] in SOURCES:
                loc = ("source", *loc[2:])  # drop the discriminator tag pydantic inserts
            if err["type"] == "union_tag_invalid":
                loc = (*loc, "type")
            problems.append(_message(where, lines, loc, err, _model_at(loc, raw)))
    specs = _step_items(raw.get("steps", []), lines, where, problems)
    if problems or head is None:
        raise RecipeError(problems)
    return Recipe(
        name=head.name,
        seed=head.seed,
        source=head.source,
        steps=specs,
        output=head.output,
        description=head.description,
        card=head.card,
        base_dir=base_dir,
        raw=raw,
    )


def load_recipe(path: str | Path, overrides: list[str] | None = None) -> Recipe:
    """Read, override and validate a recipe file.

    >>> recipe = load_recipe("data/recipes/demo.yaml", ["seed=1"])
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RecipeError([f"{path}: recipe file not found"]) from None
    except UnicodeDecodeError as e:
        raise RecipeError([f"{path}: recipe is not valid UTF-8 ({e.reason})"]) from None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        raw = yaml.safe_load(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark else "?"
        raise RecipeError(
            [f"{path}:{line}: YAML syntax error: {getattr(e, 'problem', e)}"]
        ) from None
    lines = _lines(node) if node is not None else {}
    raw = apply_overrides(raw if isinstance(raw, dict) else raw, overrides or [])
    recipe = parse_recipe(raw, str(path), lines, base_dir=path.resolve().parent)
    recipe.path = path
    return recipe
