"""Synthesis speed: trustbench's generate step, Captioner and ClipScorer vs the naive loops.

In one run, on one device:

* **generate** — trustbench builds a dataset through the real ``generate`` step (``run_recipe``:
  prompts source → generate → Parquet shards → published ``data/``, images encoded as PNG/JPEG
  bytes) against a naive diffusers loop (fp32, batch 1, ``pipe(prompt).images[0].save(...png)``).
  Two configurations: 25 steps with classifier-free guidance (full VAE decoder), and 1 step
  without guidance decoded by ``AutoencoderTiny``. Rate = images / (build wall time − model load).
* **caption** — :class:`trustbench.synth.Captioner` (batched) vs a per-image
  ``transformers.pipeline("image-text-to-text")`` loop; **clip** — :class:`ClipScorer.classify`
  (batched) vs a per-image ``pipeline("zero-shot-image-classification")`` loop. Both start from
  encoded JPEG bytes.

On a GPU the models are the real architectures with random weights (the same FLOPs as the trained
models): Stable Diffusion 2.1-base (UNet ≈ 804 GFLOP per pass at 512², VAE decoder ≈ 2.5 TFLOP per
image, TAESD ≈ 141 GFLOP), BLIP-base captioner, CLIP ViT-B/32. Tokenizers are character-level
(cost is set by the 77-token context, not the vocabulary). On a CPU (or with ``--tiny``) the tiny
test models run instead: a **smoke check only**, not a speed claim.

Evaluation data, made in the run, not used to build anything: prompts from a template grid
(subjects × settings × styles, below); caption/CLIP images are the JPEGs of ``data/sample``
(LAION-like photos), repeated to ``--n-images``.

    python benchmarks/bench_generate.py                       # GPU if present, else CPU smoke
    python benchmarks/bench_generate.py --batch-cfg 16 --batch-turbo 32 --n-cfg 256 --n-turbo 2048
"""

from __future__ import annotations

import argparse
import io
import itertools
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SUBJECTS = ["an astronaut", "a nurse", "a carpenter", "a violinist", "a cyclist", "a baker"]
SETTINGS = ["on a beach", "in a library", "at night in a city", "in a snowy forest"]
STYLES = ["photograph", "oil painting", "pencil sketch"]


def prompts(n: int) -> list[str]:
    grid = [f"a {st} of {su} {se}" for su, se, st in itertools.product(SUBJECTS, SETTINGS, STYLES)]
    return [grid[i % len(grid)] for i in range(n)]


# -- models ---------------------------------------------------------------------------------------


SD21_UNET = {  # stabilityai/stable-diffusion-2-1-base
    "sample_size": 64,
    "block_out_channels": (320, 640, 1280, 1280),
    "layers_per_block": 2,
    "down_block_types": ("CrossAttnDownBlock2D",) * 3 + ("DownBlock2D",),
    "up_block_types": ("UpBlock2D",) + ("CrossAttnUpBlock2D",) * 3,
    "attention_head_dim": (5, 10, 20, 20),
    "cross_attention_dim": 1024,
    "use_linear_projection": True,
}
SD_VAE = {
    "block_out_channels": (128, 256, 512, 512),
    "layers_per_block": 2,
    "down_block_types": ("DownEncoderBlock2D",) * 4,
    "up_block_types": ("UpDecoderBlock2D",) * 4,
    "sample_size": 512,
}
OPENCLIP_H_TEXT = {
    "hidden_size": 1024,
    "intermediate_size": 4096,
    "num_hidden_layers": 23,
    "num_attention_heads": 16,
    "max_position_embeddings": 77,
    "hidden_act": "gelu",
    "projection_dim": 1024,
}


def build_models(folder: Path, device: str) -> dict[str, Path]:
    """Random-weight SD 2.1-base (fp16) and TAESD, BLIP-base and CLIP ViT-B/32 (built once)."""
    import torch

    from trustbench.synth import tiny

    paths = {k: folder / k for k in ("sd", "taesd", "captioner", "clip")}
    if all(p.exists() for p in paths.values()):
        return paths
    half = {"device": device, "dtype": torch.float16}
    trailing = {"timestep_spacing": "trailing"}  # what sd-turbo uses; fine for 25 steps too
    tiny.write_sd(paths["sd"], SD21_UNET, SD_VAE, OPENCLIP_H_TEXT, trailing, **half)
    tiny.write_taesd(paths["taesd"], {}, **half)
    tiny.write_blip(paths["captioner"], {}, {})
    tiny.write_clip(paths["clip"], {}, {}, projection_dim=512)
    return paths


# -- generation -----------------------------------------------------------------------------------


def sync(device: str) -> None:
    import torch

    if device.startswith("cuda"):
        torch.cuda.synchronize()


def naive_generate(model: Path, cfg: dict, n: int, device: str, out: Path) -> float:
    """The loop people write first: fp32, batch 1, PIL images saved one by one. Images/s."""
    import torch
    from diffusers import AutoencoderTiny, AutoPipelineForText2Image

    pipe = AutoPipelineForText2Image.from_pretrained(model, torch_dtype=torch.float32)
    if cfg["tiny_vae"]:
        pipe.vae = AutoencoderTiny.from_pretrained(cfg["tiny_vae"], torch_dtype=torch.float32)
    pipe = pipe.to(device)
    pipe.set_progress_bar_config(disable=True)
    out.mkdir(parents=True, exist_ok=True)
    kw = {"num_inference_steps": cfg["steps"], "guidance_scale": cfg["guidance"]}
    kw |= {"height": cfg["size"], "width": cfg["size"]}
    pipe(prompts(1)[0], **kw)  # warm-up
    sync(device)
    t0 = time.perf_counter()
    for i, p in enumerate(prompts(n)):
        g = torch.Generator(device).manual_seed(i)
        pipe(p, generator=g, **kw).images[0].save(out / f"{i:05d}.png")
    sync(device)
    rate = n / (time.perf_counter() - t0)
    del pipe
    if device.startswith("cuda"):
        torch.cuda.empty_cache()
    return rate


def trustbench_generate(model: Path, cfg: dict, n: int, batch: int, args, out: Path) -> dict:
    """The real step in a real build. Images/s excludes the one-off model load."""
    from trustbench.builders.pipeline import run_recipe

    recipe = {
        "name": "bench-generate",
        "seed": 0,
        "source": {
            "type": "prompts",
            "prompts": prompts(n),
            "rows_per_shard": max(256, batch * 16),
            "batch_size": max(256, batch * 8),
        },
        "steps": [
            {
                "generate": {
                    "model": str(model),
                    "device": args.device,
                    "dtype": args.dtype,
                    "steps": cfg["steps"],
                    "guidance": cfg["guidance"],
                    "width": cfg["size"],
                    "height": cfg["size"],
                    "tiny_vae": str(cfg["tiny_vae"]) if cfg["tiny_vae"] else None,
                    "batch_size": batch,
                    "format": args.format,
                }
            }
        ],
    }
    t0 = time.perf_counter()
    result = run_recipe(recipe, out=out, progress=False)
    wall = time.perf_counter() - t0
    gen = result.provenance["steps"][1]
    load = gen["stats"].get("model_load_seconds", 0.0)
    files = sorted((out / "data").glob("*.parquet"))
    return {
        "rate": n / (wall - load),
        "wall_s": round(wall, 2),
        "load_s": round(load, 2),
        "step_s": gen["seconds"],
        "rows": result.rows,
        "bytes": sum(f.stat().st_size for f in files),
    }


# -- captioning and CLIP --------------------------------------------------------------------------


def sample_jpegs(n: int) -> list[bytes]:
    import polars as pl

    jpgs = pl.read_parquet(REPO / "data" / "sample" / "sample.parquet", columns=["jpg"])["jpg"]
    from trustbench.synth._images import decode_many

    ok, _, _ = decode_many(jpgs.to_list())  # the sample plants corrupt rows: keep real photos
    good = [jpgs[i] for i in ok]
    return [good[i % len(good)] for i in range(n)]


def naive_caption(model: Path, images: list[bytes], device: str, max_new_tokens: int) -> float:
    from PIL import Image
    from transformers import pipeline

    pipe = pipeline("image-text-to-text", model=str(model), device=device)
    decode = lambda b: Image.open(io.BytesIO(b)).convert("RGB")  # noqa: E731
    pipe(images=decode(images[0]), text="", max_new_tokens=max_new_tokens)
    sync(device)
    t0 = time.perf_counter()
    for b in images:
        pipe(images=decode(b), text="", max_new_tokens=max_new_tokens)
    sync(device)
    return len(images) / (time.perf_counter() - t0)


def trustbench_caption(model: Path, images: list[bytes], args, max_new_tokens: int) -> float:
    from trustbench.synth import Captioner

    cap = Captioner(
        str(model),
        device=args.device,
        dtype=args.dtype,
        batch_size=args.batch_caption,
        max_new_tokens=max_new_tokens,
    )
    cap.caption(images[: args.batch_caption])  # warm-up
    sync(cap.device)
    t0 = time.perf_counter()
    texts, _ = cap.caption(images)
    assert all(texts)
    return len(images) / (time.perf_counter() - t0)


LABELS = ["a man", "a woman", "a child", "an animal", "a building", "food"]


def naive_clip(model: Path, images: list[bytes], device: str) -> float:
    from PIL import Image
    from transformers import pipeline

    pipe = pipeline("zero-shot-image-classification", model=str(model), device=device)
    decode = lambda b: Image.open(io.BytesIO(b)).convert("RGB")  # noqa: E731
    pipe(decode(images[0]), candidate_labels=LABELS)
    sync(device)
    t0 = time.perf_counter()
    for b in images:
        pipe(decode(b), candidate_labels=LABELS)
    sync(device)
    return len(images) / (time.perf_counter() - t0)


def trustbench_clip(model: Path, images: list[bytes], args) -> float:
    from trustbench.synth import ClipScorer

    clip = ClipScorer(str(model), device=args.device, dtype=args.dtype, batch_size=args.batch_clip)
    clip.classify(images[: args.batch_clip], LABELS)  # warm-up
    t0 = time.perf_counter()
    probs, _ = clip.classify(images, LABELS)
    assert probs.shape == (len(images), len(LABELS))
    return len(images) / (time.perf_counter() - t0)


# -- main -----------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--device", default="auto", help="auto | cuda | cuda:1 | cpu")
    ap.add_argument(
        "--dtype", default="auto", help="trustbench dtype: auto (fp16 on GPU) | fp32 | fp16 | bf16"
    )
    ap.add_argument("--tiny", action="store_true", help="tiny models (implied on CPU): smoke check")
    ap.add_argument("--size", type=int, default=None, help="image side (default 512; tiny: 32)")
    ap.add_argument("--n-cfg", type=int, default=None, help="images, 25-step config (default 256)")
    ap.add_argument("--n-turbo", type=int, default=None, help="images, 1-step (default 2048)")
    ap.add_argument("--naive-n", type=int, default=None, help="images per naive loop (default 16)")
    ap.add_argument("--batch-cfg", type=int, default=16, help="trustbench batch, 25 steps")
    ap.add_argument("--batch-turbo", type=int, default=32, help="trustbench batch, 1 step")
    ap.add_argument("--format", choices=["png", "jpeg"], default="png")
    ap.add_argument("--n-images", type=int, default=None, help="caption/CLIP images (default 1024)")
    ap.add_argument("--batch-caption", type=int, default=64)
    ap.add_argument("--batch-clip", type=int, default=256)
    ap.add_argument("--max-new-tokens", type=int, default=20)
    ap.add_argument("--only", nargs="*", default=["cfg25", "turbo1", "caption", "clip"])
    ap.add_argument("--workdir", type=Path, default=None, help="models + outputs (default: temp)")
    ap.add_argument("--json", type=Path, default=None, help="also write the results here")
    args = ap.parse_args(argv)

    import warnings

    from trustbench.synth._load import pick_device, quiet_loading

    warnings.simplefilter("ignore", FutureWarning)  # torch_dtype → dtype renames in diffusers
    quiet_loading()
    device = pick_device(args.device)
    tiny = args.tiny or device == "cpu"
    size = args.size or (32 if tiny else 512)
    n_cfg = args.n_cfg or (8 if tiny else 256)
    n_turbo = args.n_turbo or (16 if tiny else 2048)
    naive_n = args.naive_n or (4 if tiny else 16)
    n_images = args.n_images or (32 if tiny else 1024)
    if tiny:
        args.batch_caption, args.batch_clip = min(args.batch_caption, 16), min(args.batch_clip, 16)
    work = args.workdir or Path(tempfile.mkdtemp(prefix="bench-generate-"))
    work.mkdir(parents=True, exist_ok=True)
    import torch

    label = torch.cuda.get_device_name(device) if device.startswith("cuda") else "CPU"
    print(
        f"device: {label} ({device}); {'TINY MODELS: smoke check, not a speed claim' if tiny else 'SD-2.1-base / BLIP-base / CLIP-B/32 architectures, random weights'}"
    )
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads, workdir {work}")

    if tiny:
        from trustbench.synth.tiny import write_tiny_models

        models = write_tiny_models(work / "tiny")
    else:
        models = build_models(work / "models", device)

    results: dict[str, dict] = {}
    configs = {
        "cfg25": {
            "steps": 25,
            "guidance": 7.5,
            "tiny_vae": None,
            "size": size,
            "n": n_cfg,
            "batch": args.batch_cfg,
        },
        "turbo1": {
            "steps": 1,
            "guidance": 0.0,
            "tiny_vae": models["taesd"],
            "size": size,
            "n": n_turbo,
            "batch": args.batch_turbo,
        },
    }
    for name, cfg in configs.items():
        if name not in args.only:
            continue
        naive = naive_generate(models["sd"], cfg, naive_n, device, work / f"naive-{name}")
        tb = trustbench_generate(
            models["sd"], cfg, cfg["n"], cfg["batch"], args, work / f"tb-{name}"
        )
        results[name] = {
            "naive_img_s": naive,
            "trustbench_img_s": tb["rate"],
            "speedup": tb["rate"] / naive,
            **tb,
        }
        print(
            f"generate {name:7s} {size}²: naive fp32 b1 {naive:8.2f} img/s | trustbench "
            f"{args.dtype} b{cfg['batch']} {tb['rate']:8.2f} img/s ({cfg['n']} images, "
            f"{args.format} in Parquet, load {tb['load_s']} s excluded) | ×{tb['rate'] / naive:.1f}"
        )
    images = sample_jpegs(n_images) if {"caption", "clip"} & set(args.only) else []
    if "caption" in args.only:
        naive = naive_caption(
            models["captioner"], images[: max(naive_n * 4, 16)], device, args.max_new_tokens
        )
        tb = trustbench_caption(models["captioner"], images, args, args.max_new_tokens)
        results["caption"] = {"naive_img_s": naive, "trustbench_img_s": tb, "speedup": tb / naive}
        print(
            f"caption : naive pipeline b1 {naive:8.2f} img/s | trustbench b{args.batch_caption} {tb:8.2f} img/s | ×{tb / naive:.1f}"
        )
    if "clip" in args.only:
        naive = naive_clip(models["clip"], images[: max(naive_n * 8, 32)], device)
        tb = trustbench_clip(models["clip"], images, args)
        results["clip"] = {"naive_img_s": naive, "trustbench_img_s": tb, "speedup": tb / naive}
        print(
            f"clip    : naive pipeline b1 {naive:8.2f} img/s | trustbench b{args.batch_clip} {tb:8.2f} img/s | ×{tb / naive:.1f}"
        )
    if args.json:
        args.json.write_text(
            json.dumps({"device": label, "tiny": tiny, "results": results}, indent=2, default=str)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
