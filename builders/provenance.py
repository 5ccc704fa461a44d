"""Provenance: fingerprints of what went in and came out, versions, and the step accounting."""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import platform
import sys
from pathlib import Path
from typing import Any

_PACKAGES = (
    "trustbench",
    "datasets",
    "polars",
    "pyarrow",
    "pillow",
    "imagehash",
    "faker",
    "numpy",
    "pydantic",
    "huggingface_hub",
    "torch",
    "transformers",
    "diffusers",
    "opencv-python-headless",
)


def file_sha256(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


def fingerprint_files(files: list[Path], root: Path | None = None) -> dict[str, Any]:
    """sha256 of every file and one fingerprint over (name, sha256) pairs in order."""
    entries = []
    for f in files:
        name = str(f.relative_to(root)) if root else f.name
        entries.append({"path": name, "bytes": f.stat().st_size, "sha256": file_sha256(f)})
    total = hashlib.sha256(json.dumps([(e["path"], e["sha256"]) for e in entries]).encode())
    return {"fingerprint": total.hexdigest(), "files": entries}


def recipe_fingerprint(resolved: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(resolved, sort_keys=True).encode()).hexdigest()


def versions() -> dict[str, str]:
    out = {"python": sys.version.split()[0], "platform": platform.platform()}
    for name in _PACKAGES:
        try:
            out[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            continue
    return out


def write_json(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2, default=str) + "\n", encoding="utf-8")
    tmp.replace(path)
