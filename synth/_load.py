"""Find a model's files (a local folder or a Hub id in the cache) and pick device and dtype.

Everything that loads weights goes through :func:`resolve_model` first, so a missing model gives
one clear error (the model, the cache looked in, how to pass a local folder) and never a silent
fallback to another model. torch is imported only inside the functions that need it.
"""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar


class ModelNotFoundError(FileNotFoundError):
    """A model named in a recipe or call is neither a local folder nor available from the Hub."""


@dataclass(frozen=True)
class ResolvedModel:
    """Where a model's files are and which revision they are.

    ``name`` is what the caller passed (recorded in lineage). For a local folder ``path`` is the
    folder and ``revision`` is ``local-`` + a hash of its file names, sizes and JSON configs. For
    a Hub id ``repo_id`` is set, ``revision`` is the resolved commit hash and ``path`` the
    snapshot folder holding at least the model's config; ``from_pretrained(source,
    **hub_kwargs)`` then fetches (or finds cached) only the files the model needs, at that commit.
    """

    name: str
    path: Path
    revision: str | None
    repo_id: str | None = None

    @property
    def source(self) -> str:
        return self.repo_id or str(self.path)

    @property
    def hub_kwargs(self) -> dict[str, str]:
        return {"revision": self.revision} if self.repo_id and self.revision else {}


def _hub_cache() -> str:
    from huggingface_hub import constants

    return str(constants.HF_HUB_CACHE)


def _offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").lower() in ("1", "true", "yes", "on")


def _looks_local(name: str) -> bool:
    """Paths start with . / ~ or have more than one slash; ``org/name`` and ``name`` may be Hub
    ids (legacy canonical ids such as ``gpt2`` have no organisation)."""
    return name.startswith((".", "/", "~")) or name.count("/") > 1


def _folder_revision(path: Path) -> str:
    """A cheap content id of a local model folder: file names and sizes plus every JSON config
    (weights are not read, so this is fast for multi-GB models)."""
    h = hashlib.sha256()
    for f in sorted(p for p in path.rglob("*") if p.is_file()):
        rel = f.relative_to(path).as_posix()
        h.update(f"{rel}\0{f.stat().st_size}\0".encode())
        if f.suffix == ".json":
            h.update(f.read_bytes())
    return "local-" + h.hexdigest()[:16]


def resolve_model(
    name: str | os.PathLike[str],
    what: str,
    revision: str | None = None,
    base_dir: Path | None = None,
    marker: str = "config.json",
) -> ResolvedModel:
    """Locate ``name`` (a local folder, or a Hub id: cache first, then download unless offline).

    ``marker`` is a file the folder must hold (``model_index.json`` for a diffusers pipeline).
    Relative folders are tried against ``base_dir`` (a recipe's folder) and then the working
    directory.

    >>> resolve_model("stabilityai/sd-turbo", "generator", marker="model_index.json")
    """
    text = str(name).strip()
    if not text:
        raise ModelNotFoundError(f"{what}: no model given. {_how_to(what)}")
    candidates = [Path(text).expanduser()]
    if base_dir is not None and not candidates[0].is_absolute():
        candidates.insert(0, base_dir / text)
    for cand in candidates:
        if cand.is_dir():
            if not (cand / marker).exists():
                raise ModelNotFoundError(
                    f"{what} model folder {str(cand)!r} has no {marker}; it is not a saved "
                    f"model (write one with save_pretrained). {_how_to(what)}"
                )
            return ResolvedModel(text, cand.resolve(), revision or _folder_revision(cand))
    if _looks_local(text):
        tried = ", ".join(repr(str(c)) for c in candidates)
        raise ModelNotFoundError(
            f"{what} model folder {text!r} not found (tried {tried}). {_how_to(what)}"
        )
    return _from_hub(text, what, revision, marker)


def _from_hub(repo_id: str, what: str, revision: str | None, marker: str) -> ResolvedModel:
    """Find the model's config in the cache (or fetch just that file) to pin the commit."""
    from huggingface_hub import hf_hub_download, try_to_load_from_cache

    cache = _hub_cache()
    where = f"{what} model {repo_id!r} (revision {revision or 'main'})"
    cached = try_to_load_from_cache(repo_id, marker, revision=revision)
    if isinstance(cached, str):
        found = cached
    elif _offline():
        raise ModelNotFoundError(
            f"{where} is not in the Hugging Face cache {cache} and HF_HUB_OFFLINE is set. "
            + _how_to(what)
        )
    else:
        try:
            found = hf_hub_download(repo_id, marker, revision=revision)
        except Exception as exc:
            reason = f"{type(exc).__name__}: {(str(exc).splitlines() or [''])[0][:200]}"
            raise ModelNotFoundError(
                f"{where} is not in the Hugging Face cache {cache} and could not be "
                f"downloaded ({reason}). {_how_to(what)}"
            ) from exc
    snapshot = Path(found).parent  # …/snapshots/<commit hash>/<marker>
    return ResolvedModel(repo_id, snapshot, snapshot.name, repo_id)


def _how_to(what: str) -> str:
    return (
        f"Pass the {what} a local folder instead: download it where the Hub is reachable "
        "(`hf download REPO_ID --local-dir models/NAME`) and set model: models/NAME, or write "
        "tiny random test models with `build-dataset tiny-models DIR`."
    )


def quiet_loading() -> None:
    """Silence per-file loading bars and advice (the build shows its own progress)."""
    import diffusers
    import transformers

    for lib in (diffusers, transformers):
        lib.utils.logging.set_verbosity_error()
        lib.utils.logging.disable_progress_bar()


def pick_device(device: str = "auto") -> str:
    """``auto`` → ``cuda`` if available, else ``mps``, else ``cpu``."""
    if device != "auto":
        return device
    import torch

    if torch.cuda.is_available():
        return "cuda"
    if getattr(torch.backends, "mps", None) and torch.backends.mps.is_available():
        return "mps"
    return "cpu"


_DTYPES = {"fp32": "float32", "float32": "float32", "fp16": "float16", "float16": "float16"}
_DTYPES |= {"bf16": "bfloat16", "bfloat16": "bfloat16"}


def pick_dtype(dtype: str, device: str) -> Any:
    """``auto`` → fp16 on a GPU, fp32 on CPU; else ``fp32``/``fp16``/``bf16`` as asked."""
    import torch

    if dtype == "auto":
        return torch.float16 if device.startswith(("cuda", "mps")) else torch.float32
    if dtype not in _DTYPES:
        raise ValueError(f"dtype {dtype!r}: use auto, fp32, fp16 or bf16")
    return getattr(torch, _DTYPES[dtype])


def dtype_name(dtype: Any) -> str:
    return str(dtype).removeprefix("torch.")


@dataclass
class LoadedModel:
    """Base of the model wrappers: resolve the model (clear error if missing), pick device and
    dtype, then ``_load`` once, timed (``load_seconds``)."""

    model: str
    revision: str | None = None
    device: str = "auto"
    dtype: str = "auto"
    base_dir: Path | None = None

    what: ClassVar[str] = "model"  # names the model's role in errors
    marker: ClassVar[str] = "config.json"  # a file every saved model of this kind has

    def __post_init__(self) -> None:
        self.resolved = resolve_model(
            self.model, self.what, self.revision, self.base_dir, self.marker
        )
        t0 = time.perf_counter()
        quiet_loading()
        self.device = pick_device(self.device)
        self.torch_dtype = pick_dtype(self.dtype, self.device)
        try:
            self._load()
        except OSError as exc:  # files missing from a folder or a partial cache, offline
            if isinstance(exc, ModelNotFoundError):
                raise
            raise ModelNotFoundError(
                f"{self.what} model {self.model!r} could not be loaded from "
                f"{self.resolved.source} ({(str(exc).splitlines() or [''])[0][:300]}). "
                + _how_to(self.what)
            ) from exc
        self.load_seconds = time.perf_counter() - t0

    def _load(self) -> None:
        raise NotImplementedError
