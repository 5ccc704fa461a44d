"""Tiny random models for tests and the weights-free demo, written with ``save_pretrained``.

They load through exactly the ``from_pretrained(path)`` path real checkpoints use, and run on a
CPU in milliseconds. Their outputs are noise: they exercise the engine, not image quality.

>>> from trustbench.synth.tiny import write_tiny_models
>>> paths = write_tiny_models("models/tiny")   # {"sd": ..., "taesd": ..., "captioner": ..., "clip": ...}
"""

from __future__ import annotations

import json
import string
from pathlib import Path

_SPECIAL = ["<|startoftext|>", "<|endoftext|>"]
_CHARS = string.ascii_lowercase + string.digits + ".,'!?-"
_BERT_WORDS = [
    "a",
    "an",
    "the",
    "of",
    "on",
    "in",
    "with",
    "and",
    "photo",
    "picture",
    "image",
    "of",
    "man",
    "woman",
    "person",
    "dog",
    "cat",
    "red",
    "blue",
]


def _clip_tokenizer(folder: Path):
    """A character-level CLIP BPE tokenizer: special tokens plus characters with and without
    the ``</w>`` end-of-word mark, and no merges."""
    from transformers import CLIPTokenizer

    vocab = {tok: i for i, tok in enumerate(_SPECIAL + list(_CHARS) + [c + "</w>" for c in _CHARS])}
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "vocab.json").write_text(json.dumps(vocab))
    (folder / "merges.txt").write_text("#version: 0.2\n")
    return CLIPTokenizer(
        str(folder / "vocab.json"), str(folder / "merges.txt"), model_max_length=77
    )


def _bert_vocab(folder: Path) -> Path:
    words = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "[DEC]"] + _BERT_WORDS + list(_CHARS)
    words += ["##" + c for c in _CHARS]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "vocab.txt"
    path.write_text("\n".join(dict.fromkeys(words)) + "\n")
    return path


def _text_config(vocab_size: int, clip: bool = False) -> dict:
    special = {"bos_token_id": 0, "eos_token_id": 1, "pad_token_id": 1} if clip else {}
    return special | {
        "hidden_size": 32,
        "intermediate_size": 37,
        "num_hidden_layers": 2,
        "num_attention_heads": 2,
        "vocab_size": vocab_size,
        "max_position_embeddings": 77,
    }


def write_tiny_sd(folder: str | Path, seed: int = 0) -> Path:
    """A tiny StableDiffusionPipeline (UNet + VAE + CLIP text encoder + tokenizer + Euler
    scheduler) that makes 32×32 images."""
    import torch
    from diffusers import (
        AutoencoderKL,
        EulerDiscreteScheduler,
        StableDiffusionPipeline,
        UNet2DConditionModel,
    )
    from transformers import CLIPTextConfig, CLIPTextModel

    folder = Path(folder)
    tokenizer = _clip_tokenizer(folder / "_tok")
    torch.manual_seed(seed)
    unet = UNet2DConditionModel(
        block_out_channels=(4, 8),
        layers_per_block=1,
        norm_num_groups=2,
        sample_size=16,
        in_channels=4,
        out_channels=4,
        down_block_types=("DownBlock2D", "CrossAttnDownBlock2D"),
        up_block_types=("CrossAttnUpBlock2D", "UpBlock2D"),
        cross_attention_dim=32,
        attention_head_dim=2,
    )
    vae = AutoencoderKL(
        block_out_channels=(4, 8),
        in_channels=3,
        out_channels=3,
        down_block_types=("DownEncoderBlock2D", "DownEncoderBlock2D"),
        up_block_types=("UpDecoderBlock2D", "UpDecoderBlock2D"),
        latent_channels=4,
        norm_num_groups=2,
        sample_size=32,
    )
    text_encoder = CLIPTextModel(
        CLIPTextConfig(**_text_config(len(tokenizer), clip=True), projection_dim=32)
    )
    scheduler = EulerDiscreteScheduler(
        beta_start=0.00085, beta_end=0.012, beta_schedule="scaled_linear", steps_offset=1
    )
    pipe = StableDiffusionPipeline(
        unet=unet,
        vae=vae,
        text_encoder=text_encoder,
        tokenizer=tokenizer,
        scheduler=scheduler,
        safety_checker=None,
        feature_extractor=None,
        requires_safety_checker=False,
    )
    pipe.save_pretrained(folder / "sd")
    return folder / "sd"


def write_tiny_taesd(folder: str | Path, seed: int = 0) -> Path:
    """A tiny ``AutoencoderTiny`` (TAESD layout) matching the tiny SD VAE's 2× latent scale."""
    import torch
    from diffusers import AutoencoderTiny

    torch.manual_seed(seed)
    vae = AutoencoderTiny(
        encoder_block_out_channels=(4, 4),
        decoder_block_out_channels=(4, 4),
        num_encoder_blocks=(1, 1),
        num_decoder_blocks=(1, 1),
        latent_channels=4,
    )
    vae.save_pretrained(Path(folder) / "taesd")
    return Path(folder) / "taesd"


def write_tiny_captioner(folder: str | Path, seed: int = 0) -> Path:
    """A tiny BLIP captioner (vision encoder + text decoder) with a BERT word-piece tokenizer."""
    import torch
    from transformers import (
        BertTokenizer,
        BlipConfig,
        BlipForConditionalGeneration,
        BlipImageProcessor,
        BlipProcessor,
    )

    out = Path(folder) / "captioner"
    tokenizer = BertTokenizer(str(_bert_vocab(Path(folder) / "_bert")), bos_token="[DEC]")
    vocab = tokenizer.get_vocab()
    torch.manual_seed(seed)
    config = BlipConfig(
        vision_config={
            "hidden_size": 32,
            "intermediate_size": 37,
            "num_hidden_layers": 2,
            "num_attention_heads": 2,
            "image_size": 32,
            "patch_size": 8,
        },
        text_config={
            **_text_config(len(vocab)),
            "encoder_hidden_size": 32,
            "bos_token_id": vocab["[DEC]"],
            "pad_token_id": vocab["[PAD]"],
            "sep_token_id": vocab["[SEP]"],
            "eos_token_id": vocab["[SEP]"],
        },
        projection_dim=32,
    )
    BlipForConditionalGeneration(config).save_pretrained(out)
    BlipProcessor(BlipImageProcessor(size={"height": 32, "width": 32}), tokenizer).save_pretrained(
        out
    )
    return out


def write_tiny_clip(folder: str | Path, seed: int = 0) -> Path:
    """A tiny CLIP (vision + text towers, 16-d projection) with its processor."""
    import torch
    from transformers import CLIPConfig, CLIPImageProcessor, CLIPModel, CLIPProcessor

    out = Path(folder) / "clip"
    tokenizer = _clip_tokenizer(Path(folder) / "_tok")
    torch.manual_seed(seed)
    config = CLIPConfig(
        text_config=_text_config(len(tokenizer), clip=True),
        vision_config={
            "hidden_size": 32,
            "intermediate_size": 37,
            "num_hidden_layers": 2,
            "num_attention_heads": 2,
            "image_size": 32,
            "patch_size": 8,
        },
        projection_dim=16,
    )
    CLIPModel(config).save_pretrained(out)
    image_processor = CLIPImageProcessor(
        size={"shortest_edge": 32}, crop_size={"height": 32, "width": 32}
    )
    CLIPProcessor(image_processor, tokenizer).save_pretrained(out)
    return out


def write_tiny_models(folder: str | Path, seed: int = 0) -> dict[str, Path]:
    """Write every tiny model under ``folder``; returns ``{"sd", "taesd", "captioner", "clip"}``."""
    import shutil

    folder = Path(folder)
    paths = {
        "sd": write_tiny_sd(folder, seed),
        "taesd": write_tiny_taesd(folder, seed),
        "captioner": write_tiny_captioner(folder, seed),
        "clip": write_tiny_clip(folder, seed),
    }
    for scratch in ("_tok", "_bert"):
        shutil.rmtree(folder / scratch, ignore_errors=True)
    return paths
