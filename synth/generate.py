"""Text-to-image generation with any diffusers pipeline, one seeded noise stream per sample.

A sample depends only on its prompt, its seed and the generation settings, not on the batch it
ran in: every row gets its own ``torch.Generator`` (on the CPU, so the initial latents do not
depend on the device either), seeded from the recipe seed and the row id unless the row names a
seed or shares a seed group (counterfactual pairs start from the same latents). The same settings
and batch size reproduce pixels exactly; another batch size starts from the same latents but
batched convolution kernels round differently (~1e-6 on CPU), which can move a few pixels by one
level of 255.

While the GPU works on batch *k + 1*, a thread pool copies batch *k* to the host and encodes it
(PNG or JPEG); images leave the generator as encoded bytes.
"""

from __future__ import annotations

import hashlib
import json
import os
import warnings
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, ClassVar

from trustbench.synth._images import ImageFormat, encode_rgb
from trustbench.synth._load import LoadedModel, ResolvedModel, dtype_name, resolve_model


def derive_seed(seed: int, key: str) -> int:
    """A 63-bit seed from a build seed and a row id (or seed-group name), stable everywhere.

    >>> derive_seed(0, "prompt-000001")
    """
    digest = hashlib.sha256(f"{seed}:{key}".encode()).digest()
    return int.from_bytes(digest[:8], "big") & (2**63 - 1)


@dataclass
class GeneratedImage:
    """One generated sample: encoded image bytes, its size and the seed it came from."""

    data: bytes
    width: int
    height: int
    seed: int


@dataclass
class Generator(LoadedModel):
    """Load a text-to-image pipeline with ``from_pretrained`` and generate encoded images.

    ``model`` is a Hub id (cache first, then a download unless ``HF_HUB_OFFLINE``) or a local
    folder written by ``save_pretrained``. ``dtype="auto"`` is fp16 on a GPU and fp32 on CPU.

    >>> gen = Generator("stabilityai/sd-turbo", steps=1, guidance=0.0, batch_size=16)
    >>> images = gen.generate(["a red bus", "a blue bus"], seeds=[1, 2])
    >>> gen.generate(["a red bus"], seeds=[1])[0].data == images[0].data  # same seed, same pixels
    True
    """

    tiny_vae: str | None = None
    scheduler: str | None = None
    scheduler_config: dict[str, Any] = field(default_factory=dict)
    steps: int = 25
    guidance: float = 7.5
    width: int | None = None
    height: int | None = None
    batch_size: int = 8
    image_format: ImageFormat = "png"
    jpeg_quality: int = 95
    encode_workers: int = 4
    what: ClassVar[str] = "generator"
    marker: ClassVar[str] = "model_index.json"

    # -- loading ------------------------------------------------------------------------------

    def _load(self) -> None:
        import diffusers

        self.tiny_vae_resolved: ResolvedModel | None = (
            resolve_model(self.tiny_vae, "tiny VAE", None, self.base_dir, "config.json")
            if self.tiny_vae
            else None
        )
        path = self.resolved.path
        extra: dict[str, Any] = {}
        index = json.loads((path / "model_index.json").read_text())
        if "safety_checker" in index:  # trustbench filters with filter.nsfw, and records it
            extra |= {"safety_checker": None, "requires_safety_checker": False}
        with warnings.catch_warnings():  # diffusers ≥ 0.36 renames torch_dtype to dtype
            warnings.simplefilter("ignore", FutureWarning)
            pipe = diffusers.AutoPipelineForText2Image.from_pretrained(
                self.resolved.source,
                torch_dtype=self.torch_dtype,
                **self.resolved.hub_kwargs,
                **extra,
            )
        if self.scheduler:
            cls = getattr(diffusers, self.scheduler, None)
            if not (isinstance(cls, type) and issubclass(cls, diffusers.SchedulerMixin)):
                raise ValueError(
                    f"scheduler {self.scheduler!r} is not a diffusers scheduler class "
                    "(e.g. EulerAncestralDiscreteScheduler, DPMSolverMultistepScheduler)"
                )
            pipe.scheduler = cls.from_config(pipe.scheduler.config, **self.scheduler_config)
        elif self.scheduler_config:
            pipe.scheduler = type(pipe.scheduler).from_config(
                pipe.scheduler.config, **self.scheduler_config
            )
        if self.tiny_vae_resolved is not None:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", FutureWarning)
                vae = self.tiny_vae_resolved
                pipe.vae = diffusers.AutoencoderTiny.from_pretrained(
                    vae.source, torch_dtype=self.torch_dtype, **vae.hub_kwargs
                )
        pipe.set_progress_bar_config(disable=True)
        self.pipe = pipe.to(self.device)
        self._pool = ThreadPoolExecutor(max(1, self.encode_workers), "tb-encode")

    # -- what goes into lineage ---------------------------------------------------------------

    @property
    def params(self) -> dict[str, Any]:
        """Generation settings recorded with every sample (``lineage.params``)."""
        return {
            "pipeline": type(self.pipe).__name__,
            "scheduler": type(self.pipe.scheduler).__name__,
            "steps": self.steps,
            "guidance": self.guidance,
            "dtype": dtype_name(self.torch_dtype),
            "tiny_vae": self.tiny_vae,
            "tiny_vae_revision": self.tiny_vae_resolved.revision
            if self.tiny_vae_resolved
            else None,
        }

    # -- generation ---------------------------------------------------------------------------

    def generate(
        self,
        prompts: Sequence[str],
        seeds: Sequence[int],
        negative_prompts: Sequence[str | None] | None = None,
    ) -> list[GeneratedImage]:
        """Generate one image per prompt, ``batch_size`` at a time; encoding overlaps the GPU."""
        if len(prompts) != len(seeds):
            raise ValueError(f"{len(prompts)} prompts but {len(seeds)} seeds")
        pending: list[Future[GeneratedImage]] = []
        for lo in range(0, len(prompts), self.batch_size):
            hi = lo + self.batch_size
            neg = list(negative_prompts[lo:hi]) if negative_prompts is not None else None
            pending.extend(self._submit_batch(list(prompts[lo:hi]), list(seeds[lo:hi]), neg))
        return [f.result() for f in pending]

    def _submit_batch(
        self, prompts: list[str], seeds: list[int], negative: list[str | None] | None
    ) -> list[Future[GeneratedImage]]:
        import torch

        kwargs: dict[str, Any] = {}
        if negative is not None and any(n for n in negative):
            kwargs["negative_prompt"] = [n or "" for n in negative]
        if self.width:
            kwargs["width"] = self.width
        if self.height:
            kwargs["height"] = self.height
        with torch.inference_mode():
            out = self.pipe(
                prompt=prompts,
                num_inference_steps=self.steps,
                guidance_scale=self.guidance,
                generator=[torch.Generator("cpu").manual_seed(s) for s in seeds],
                output_type="pt",
                **kwargs,
            ).images
        pixels = (out.float() * 255).round_().clamp_(0, 255).to(torch.uint8).permute(0, 2, 3, 1)
        ready = None
        if pixels.device.type == "cuda":  # copy to pinned host memory without blocking
            host = torch.empty(pixels.shape, dtype=torch.uint8, pin_memory=True)
            host.copy_(pixels, non_blocking=True)
            ready = torch.cuda.Event()
            ready.record()
            pixels = host
        else:
            pixels = pixels.cpu()
        return [
            self._pool.submit(self._encode, pixels, i, seed, ready) for i, seed in enumerate(seeds)
        ]

    def _encode(self, pixels: Any, i: int, seed: int, ready: Any) -> GeneratedImage:
        if ready is not None:
            ready.synchronize()
        arr = pixels[i].numpy()
        data = encode_rgb(arr, self.image_format, self.jpeg_quality)
        return GeneratedImage(data, arr.shape[1], arr.shape[0], seed)

    def close(self) -> None:
        self._pool.shutdown(wait=True)


def default_encode_workers() -> int:
    """Encoder threads: the cores left after the main thread, at most 8."""
    return max(1, min(8, (os.cpu_count() or 2) - 1))
