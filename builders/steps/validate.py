"""``validate.images``: quarantine rows whose image is missing, corrupt, truncated or a bomb."""

from __future__ import annotations

from typing import ClassVar

import polars as pl
from pydantic import BaseModel, ConfigDict, Field

from trustbench.builders.schema import DROP_DETAIL, DROP_REASON, IMAGE, ensure_drop_columns
from trustbench.builders.step import Step, StepKind, register
from trustbench.sanitize.images import DEFAULT_MAX_PIXELS, check_image


@register
class ValidateImages(Step):
    """Decode every image within a pixel budget; drop the ones that fail with the reason.

    Adds/overwrites ``width`` and ``height`` with the decoded size.

    >>> ValidateImages({"max_pixels": 50_000_000}).process(batch)
    """

    name = "validate.images"
    kind: ClassVar[StepKind] = "filter"

    class Options(BaseModel):
        model_config = ConfigDict(extra="forbid")
        max_pixels: int = Field(DEFAULT_MAX_PIXELS, gt=0, description="larger images are bombs")
        full_decode: bool = Field(True, description="decode all pixels (finds truncated files)")

    def process(self, batch: pl.DataFrame) -> pl.DataFrame:
        checks = [
            check_image(b, self.options.max_pixels, self.options.full_decode)
            for b in batch[IMAGE].struct.field("bytes")
        ]
        batch = ensure_drop_columns(batch)
        reasons = pl.Series([c.reason for c in checks], dtype=pl.String)
        details = pl.Series([c.detail for c in checks], dtype=pl.String)
        return batch.with_columns(
            pl.coalesce(pl.col(DROP_REASON), pl.lit(reasons)).alias(DROP_REASON),
            pl.when(pl.col(DROP_REASON).is_null())
            .then(pl.lit(details))
            .otherwise(pl.col(DROP_DETAIL))
            .alias(DROP_DETAIL),
            pl.Series("width", [c.width for c in checks], dtype=pl.Int64),
            pl.Series("height", [c.height for c in checks], dtype=pl.Int64),
        )
