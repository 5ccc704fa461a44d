"""What a build cannot derive about itself: the recipe's optional ``card:`` block.

Everything here is written by the dataset author. Fields left out stay visible in the card as
"to be filled by the dataset author" markers; nothing is invented in their place.

>>> info = CardInfo.model_validate({"license": "cc-by-4.0", "language": ["en"], "version": "1.0.0"})
>>> info.license
'cc-by-4.0'
"""

from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

SEMVER = r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$"
TODO = "_To be filled by the dataset author._"


@cache
def hub_vocabulary(name: str) -> dict | list:
    """A list of values the Hub accepts in card metadata, as ``datasets`` ships them
    (``languages``, ``creators``, ``multilingualities``, ``size_categories``); read without
    importing ``datasets``."""
    spec = importlib.util.find_spec("datasets")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("datasets is not installed")
    folder = Path(next(iter(spec.submodule_search_locations))) / "utils" / "resources"
    return json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))


def _check(values: list[str], allowed, what: str) -> list[str]:
    bad = [v for v in values if v not in allowed]
    if bad:
        shown = ", ".join(list(allowed)[:8])
        raise ValueError(f"{what} {bad} not accepted by the Hub; e.g. {shown}, …")
    return values


class CardInfo(BaseModel):
    """The ``card:`` block of a recipe (all optional).

    >>> CardInfo(motivation="Measure caption hallucination under corruptions.").motivation
    'Measure caption hallucination under corruptions.'
    """

    model_config = ConfigDict(extra="forbid")

    version: str | None = Field(
        None, pattern=SEMVER, description="semver of the dataset (publish bumps it if absent)"
    )
    pretty_name: str | None = Field(None, description="human-readable dataset name")
    license: str | None = Field(None, description="Hub licence id, e.g. cc-by-4.0, other")
    language: list[str] = Field(default_factory=list, description="ISO 639-1 codes, e.g. [en]")
    task_categories: list[str] = Field(
        default_factory=list, description="Hub task categories, e.g. [image-to-text]"
    )
    task_ids: list[str] = Field(default_factory=list, description="Hub task ids")
    tags: list[str] = Field(default_factory=list, description="extra tags (trustbench is added)")
    source_datasets: list[str] = Field(
        default_factory=list, description="e.g. [original] or [extended|laion/laion400m]"
    )
    annotations_creators: list[str] = Field(
        default_factory=list, description="e.g. [machine-generated, found]"
    )
    language_creators: list[str] = Field(default_factory=list, description="e.g. [found]")
    multilinguality: list[str] = Field(default_factory=list, description="e.g. [monolingual]")
    motivation: str | None = Field(None, description="why the dataset was created")
    funding: str | None = Field(None, description="who funded its creation")
    intended_uses: str | None = Field(None, description="what the dataset is for")
    out_of_scope_uses: str | None = Field(None, description="what it must not be used for")
    collection: str | None = Field(None, description="how the source data was collected")
    biases: str | None = Field(None, description="known biases (audit tables are added)")
    limitations: str | None = Field(None, description="known limitations")
    social_impact: str | None = Field(None, description="possible social impact")
    citation: str | None = Field(None, description="BibTeX entry")
    maintainers: list[str] = Field(default_factory=list, description="names or handles")
    contact: str | None = Field(None, description="how to reach the maintainers")
    homepage: str | None = Field(None, description="project page URL")
    maintenance: str | None = Field(None, description="update / erratum / takedown policy")

    @field_validator("language")
    @classmethod
    def _languages(cls, v: list[str]) -> list[str]:
        return _check(v, hub_vocabulary("languages"), "language code(s)")

    @field_validator("multilinguality")
    @classmethod
    def _multilinguality(cls, v: list[str]) -> list[str]:
        return _check(v, hub_vocabulary("multilingualities"), "multilinguality")

    @field_validator("annotations_creators")
    @classmethod
    def _annotations(cls, v: list[str]) -> list[str]:
        return _check(v, hub_vocabulary("creators")["annotations"], "annotations_creators")

    @field_validator("language_creators")
    @classmethod
    def _language_creators(cls, v: list[str]) -> list[str]:
        return _check(v, hub_vocabulary("creators")["language"], "language_creators")
