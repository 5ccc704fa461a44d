"""Post-build PII audit: is any original PII string still present in a build's outputs?

The originals come from running the PII detector over the SOURCE texts (read through the recipe,
or a parquet file and column), optionally plus a truth file's planted entities. Every output a
build writes is searched: ``data/*.parquet``, ``exclusions/*.parquet``, ``reports/**``,
``provenance.json``, ``README.md`` (the card), ``croissant.json``, ``figures/*.png`` (as bytes,
text chunks included), a published ``CHANGELOG.md``/``changes/``, any ``*.log`` and a kept
``.work`` folder. Images in the data are checked for EXIF GPS. Findings name the entity type, a salted hash and the location — never the original.

The detector cannot see what it misses, so ``compare_source`` adds a path independent of it: per
row id, every capitalized word of the source caption that is no common word (a possible name,
known to a name list or not) and that is still in that row's text in the output is reported as
``UNCHANGED_NAME_TOKEN`` (brands and landmarks kept on purpose show up there too: review them).

>>> from trustbench.builders.audit import audit_pii, originals_from_recipe
>>> report = audit_pii("out/demo", originals_from_recipe("data/recipes/demo.yaml"))
>>> report.ok, report.summary()
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl
import pyarrow.parquet as pq

_TEXT_SUFFIXES = {".json", ".jsonl", ".md", ".txt", ".csv", ".tsv", ".yaml", ".yml", ".html",
                  ".log", ".xml"}  # fmt: skip
_MIN_LEN = 4  # shorter strings (initials, "Al") would match everywhere and prove nothing


@dataclass(frozen=True)
class Finding:
    """One original PII string found in an output (case-insensitively): where, of what type, and
    a salted hash of its case-folded form."""

    type: str
    digest: str
    file: str
    location: str


@dataclass
class AuditReport:
    originals: Counter[str]
    skipped_short: int = 0  # originals under 4 characters, not searched
    findings: list[Finding] = field(default_factory=list)
    files_scanned: list[str] = field(default_factory=list)
    images_with_gps: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.findings and not self.images_with_gps

    def summary(self) -> dict:
        return {
            "ok": self.ok,
            "originals_by_type": dict(sorted(self.originals.items())),
            "originals_too_short_to_search": self.skipped_short,
            "found_by_type": dict(sorted(Counter(f.type for f in self.findings).items())),
            "findings": [f.__dict__ for f in self.findings],
            "images_with_gps": self.images_with_gps,
            "files_scanned": len(self.files_scanned),
        }


def originals_from_texts(texts: Iterable[str | None]) -> dict[str, str]:
    """Original PII strings (→ type) the detector finds in ``texts``."""
    from trustbench.sanitize.pii import PIIDetector

    det = PIIDetector()
    out: dict[str, str] = {}
    batch: list[str | None] = []

    def flush() -> None:
        for spans in det.detect_many(batch):
            for sp in spans:
                out.setdefault(sp.text.strip(), sp.type)
        batch.clear()

    for t in texts:
        batch.append(t)
        if len(batch) >= 2048:
            flush()
    flush()
    return out


def originals_from_recipe(recipe: str | Path, columns: Iterable[str] = ("text",)) -> dict[str, str]:
    """Originals in the source texts of a recipe (read exactly as the build reads them)."""
    from trustbench.builders.recipe import load_recipe

    source = load_recipe(recipe).make_source()
    cols = list(columns)

    def texts() -> Iterator[str | None]:
        for shard in source.shards():
            for batch in source.read(shard):
                for c in cols:
                    if c in batch.columns:
                        yield from batch[c].cast(pl.String).to_list()

    return originals_from_texts(texts())


def originals_from_parquet(path: str | Path, column: str) -> dict[str, str]:
    """Originals in one column of a parquet file."""
    return originals_from_texts(pl.read_parquet(path, columns=[column])[column].to_list())


def originals_from_truth(path: str | Path) -> dict[str, str]:
    """Planted entities of a sample ``truth.json`` (``{"pii": {key: [{type, text}, ...]}}``)."""
    truth = json.loads(Path(path).read_text())
    return {e["text"].strip(): e["type"] for ents in truth.get("pii", {}).values() for e in ents}


class _Matcher:
    def __init__(self, originals: dict[str, str]):
        kept = {o: t for o, t in originals.items() if len(o) >= _MIN_LEN}
        self.types = {o.casefold(): t for o, t in kept.items()}
        self.salt = secrets.token_bytes(16)
        alts = sorted(kept, key=len, reverse=True)
        self.rx = (
            re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, alts)) + r")(?!\w)", re.I)
            if alts
            else None
        )
        self.literals = alts

    def digest(self, original: str) -> str:
        return hashlib.sha256(self.salt + original.encode()).hexdigest()[:12]

    def find(self, text: str) -> Iterator[tuple[int, str]]:
        if self.rx is None or not text:
            return
        for m in self.rx.finditer(text):
            yield m.start(), m.group().casefold()


def _scan_parquet(path: Path, rel: str, m: _Matcher, report: AuditReport) -> None:
    from trustbench.sanitize.metadata import has_gps

    pf = pq.ParquetFile(path)
    row0 = 0
    for rb in pf.iter_batches(batch_size=1024):
        df = pl.from_arrow(rb)
        assert isinstance(df, pl.DataFrame)
        ids = df["id"].cast(pl.String).to_list() if "id" in df.columns else None
        for col in df.columns:
            dtype = df[col].dtype
            if dtype == pl.String:
                series = df[col]
            elif isinstance(dtype, pl.Struct | pl.List):
                if col == "image" and isinstance(dtype, pl.Struct):
                    for i, data in enumerate(df[col].struct.field("bytes").to_list()):
                        if data and has_gps(data):
                            report.images_with_gps.append(
                                f"{rel} row {row0 + i}" + (f" id={ids[i]}" if ids else "")
                            )
                    series = df[col].struct.field("path").cast(pl.String)
                else:  # nested values are searched in their JSON form
                    series = pl.Series(
                        [json.dumps(v, default=str, ensure_ascii=False) for v in df[col].to_list()],
                        dtype=pl.String,
                    )
            else:
                continue
            values = series.to_list()
            if m.literals:
                hits = (
                    series.fill_null("")
                    .str.contains_any(m.literals, ascii_case_insensitive=True)
                    .to_list()
                )
            else:
                hits = [False] * len(values)
            for i, (v, hit) in enumerate(zip(values, hits, strict=True)):
                if not hit:
                    continue
                for off, orig in m.find(v):
                    where = f"row {row0 + i}" + (f" id={ids[i]}" if ids else "")
                    report.findings.append(
                        Finding(m.types[orig], m.digest(orig), rel, f"{where} column {col} @{off}")
                    )
        row0 += len(df)


def _scan_text(path: Path, rel: str, m: _Matcher, report: AuditReport) -> None:
    text = path.read_bytes().decode("utf-8", errors="replace")
    for off, orig in m.find(text):
        line = text.count("\n", 0, off) + 1
        report.findings.append(Finding(m.types[orig], m.digest(orig), rel, f"line {line}"))


def _scan_binary(path: Path, rel: str, m: _Matcher, report: AuditReport) -> None:
    data = path.read_bytes().lower()
    for orig in m.literals:
        off = data.find(orig.lower().encode())
        if off >= 0:
            key = orig.casefold()
            report.findings.append(Finding(m.types[key], m.digest(key), rel, f"byte {off}"))


_CAP_WORD = re.compile(r"(?<![\w'’@#])[^\W\d_][^\W\d_'’-]{3,}")


_SENTENCE_START = re.compile(r"(?:^|[.!?|:\-–]\s+)$")


def _name_like_tokens(text: str) -> frozenset[str]:
    """Capitalized words of 4+ letters that no common-word list has, nor the 10,000 most
    frequent English words (possible names; "Seller", "Moody" are not suspects)."""
    from trustbench.sanitize._pii_lookup import name_tables

    t = name_tables()
    return frozenset(
        w for m in _CAP_WORD.finditer(text)
        if (w := m.group())[0].isupper() and not w.isupper()
        and not _SENTENCE_START.search(text[: m.start()])  # capitalized by position only
        and not (t.is_word(w) or t.is_common(w) or w.casefold() in t.en_top)
    )  # fmt: skip


def source_name_tokens(recipe: str | Path | None = None, source: str | Path | None = None,
                       column: str = "caption") -> dict[str, frozenset[str]]:  # fmt: skip
    """Row id → possible name words of its source caption (rows without any are left out)."""
    out: dict[str, frozenset[str]] = {}

    def add(ids, texts) -> None:
        for i, text in zip(ids, texts, strict=True):
            toks = _name_like_tokens(text) if text else frozenset()
            if toks:
                out[str(i)] = toks

    if recipe is not None:
        from trustbench.builders.recipe import load_recipe

        src = load_recipe(recipe).make_source()
        for shard in src.shards():
            for batch in src.read(shard):
                add(batch["id"].to_list(), batch["text"].cast(pl.String).to_list())
    if source is not None:
        df = pl.read_parquet(source)
        ids = df["id"] if "id" in df.columns else df[df.columns[0]]
        add(ids.cast(pl.String).to_list(), df[column].cast(pl.String).to_list())
    return out


def _compare_source(out: Path, tokens: dict[str, frozenset[str]], salt: bytes,
                    report: AuditReport) -> None:  # fmt: skip
    """Report possible name words that a row's output text still holds unchanged."""
    for path in sorted((out / "data").glob("*.parquet")) + sorted(
        (out / "exclusions").glob("*.parquet")
    ):
        rel = str(path.relative_to(out))
        df = pl.read_parquet(path, columns=["id", "text"])
        for i, (rid, text) in enumerate(zip(df["id"].to_list(), df["text"].to_list(), strict=True)):
            left = tokens.get(str(rid), frozenset()) & set(_CAP_WORD.findall(text or ""))
            for tok in sorted(left):
                digest = hashlib.sha256(salt + tok.casefold().encode()).hexdigest()[:12]
                report.findings.append(
                    Finding("UNCHANGED_NAME_TOKEN", digest, rel, f"row {i} id={rid} column text")
                )


def output_files(out_dir: Path) -> list[Path]:
    """Every file under the build folder, the ``.work`` scratch included (``keep_work: true``
    leaves the raw source rows there, and those are a leak too)."""
    return [p for p in sorted(out_dir.rglob("*")) if p.is_file()]


def audit_pii(out_dir: str | Path, originals: dict[str, str]) -> AuditReport:
    """Search every output file of a build for the ``originals`` (string → type)."""
    out = Path(out_dir)
    if not out.is_dir():
        raise FileNotFoundError(f"build output {str(out)!r} not found")
    matcher = _Matcher(originals)
    report = AuditReport(Counter(originals.values()), len(originals) - len(matcher.types))
    for path in output_files(out):
        rel = str(path.relative_to(out))
        report.files_scanned.append(rel)
        if path.suffix == ".parquet":
            _scan_parquet(path, rel, matcher, report)
        elif path.suffix.lower() in _TEXT_SUFFIXES:
            _scan_text(path, rel, matcher, report)
        else:
            _scan_binary(path, rel, matcher, report)
    return report


def run_audit(out_dir: str | Path, *, recipe: str | Path | None = None,
              source: str | Path | None = None, column: str = "caption",
              truth: str | Path | None = None, compare_source: bool = False) -> AuditReport:  # fmt: skip
    """The ``build-dataset audit-pii`` command: collect originals, then audit ``out_dir``;
    ``compare_source`` adds the detector-independent word comparison (see the module doc)."""
    originals: dict[str, str] = {}
    if recipe is not None:
        originals.update(originals_from_recipe(recipe))
    if source is not None:
        originals.update(originals_from_parquet(source, column))
    if truth is not None:
        for text, etype in originals_from_truth(truth).items():
            originals.setdefault(text, etype)
    if recipe is None and source is None and truth is None:
        raise ValueError("audit-pii needs the originals: pass --recipe, --source or --truth")
    report = audit_pii(out_dir, originals)
    if compare_source:
        if recipe is None and source is None:
            raise ValueError("--compare-source needs the source: pass --recipe or --source")
        _compare_source(Path(out_dir), source_name_tokens(recipe, source, column),
                        secrets.token_bytes(16), report)  # fmt: skip
    return report


def format_report(report: AuditReport) -> str:
    """Human-readable summary (types, salted hashes and locations only)."""
    lines = [
        f"originals searched: {sum(report.originals.values()) - report.skipped_short} "
        f"({', '.join(f'{k}: {v}' for k, v in sorted(report.originals.items()))}); "
        f"{report.skipped_short} shorter than {_MIN_LEN} characters not searched",
        f"files scanned: {len(report.files_scanned)}",
    ]
    for f in report.findings:
        lines.append(f"FOUND {f.type} #{f.digest} in {f.file} {f.location}")
    for where in report.images_with_gps:
        lines.append(f"GPS EXIF in image: {where}")
    found = Counter(f.type for f in report.findings)
    lines.append(
        "PII audit: "
        + ("OK, no original PII found" if report.ok else f"FAILED {dict(found)}"
           + (f", {len(report.images_with_gps)} images with GPS" if report.images_with_gps else ""))
    )  # fmt: skip
    return "\n".join(lines)
