"""Random-weight models written with ``save_pretrained``: tiny ones for tests and the weights-free
demo, and (with other configs) real architectures for speed benchmarks.

They load through exactly the ``from_pretrained(path)`` path real checkpoints use; the tiny ones
run on a CPU in milliseconds. Their outputs are noise: they exercise the engine, not image quality.
Tokenizers are character-level (the special tokens plus single characters), so no vocabulary file
has to be downloaded.

>>> from trustbench.synth.tiny import write_tiny_models
>>> paths = write_tiny_models("models/tiny")   # {"sd": ..., "taesd": ..., "captioner": ..., "clip": ...}
"""

from __future__ import annotations

import json
import string
import tempfile
from pathlib import Path
from typing import Any

_CHARS = string.ascii_lowercase + string.digits + ".,'!?-"
_BERT_WORDS = "a an the of on in with and photo picture image man woman person dog cat red blue"

TINY_UNET: dict[str, Any] = {
    "block_out_channels": (4, 8),
    "layers_per_block": 1,
    "norm_num_groups": 2,
    "sample_size": 16,
    "down_block_types": ("DownBlock2D", "CrossAttnDownBlock2D"),
    "up_block_types": ("CrossAttnUpBlock2D", "UpBlock2D"),
    "cross_attention_dim": 32,
    "attention_head_dim": 2,
}
TINY_VAE: dict[str, Any] = {
    "block_out_channels": (4, 8),
    "down_block_types": ("DownEncoderBlock2D",) * 2,
    "up_block_types": ("UpDecoderBlock2D",) * 2,
    "norm_num_groups": 2,
    "sample_size": 32,
}
TINY_TAESD: dict[str, Any] = {  # 2× latent scale, like the tiny VAE
    "encoder_block_out_channels": (4, 4),
    "decoder_block_out_channels": (4, 4),
    "num_encoder_blocks": (1, 1),
    "num_decoder_blocks": (1, 1),
}
TINY_TEXT: dict[str, Any] = {
    "hidden_size": 32,
    "intermediate_size": 37,
    "num_hidden_layers": 2,
    "num_attention_heads": 2,
    "max_position_embeddings": 77,
}
TINY_VISION: dict[str, Any] = {
    "hidden_size": 32,
    "intermediate_size": 37,
    "num_hidden_layers": 2,
    "num_attention_heads": 2,
    "image_size": 32,
    "patch_size": 8,
}
_CLIP_IDS = {"bos_token_id": 0, "eos_token_id": 1, "pad_token_id": 1}  # see clip_tokenizer


def clip_tokenizer():
    """A character-level CLIP BPE tokenizer: ``<|startoftext|>`` (0), ``<|endoftext|>`` (1),
    then characters with and without the ``</w>`` end-of-word mark; no merges."""
    from transformers import CLIPTokenizer

    tokens = ["<|startoftext|>", "<|endoftext|>", *_CHARS, *(c + "</w>" for c in _CHARS)]
    with tempfile.TemporaryDirectory() as tmp:
        vocab, merges = Path(tmp) / "vocab.json", Path(tmp) / "merges.txt"
        vocab.write_text(json.dumps({t: i for i, t in enumerate(tokens)}))
        merges.write_text("#version: 0.2\n")
        # transformers 5 needs model_max_length, else truncation overflows
        return CLIPTokenizer(str(vocab), str(merges), model_max_length=77)


def bert_tokenizer():
    """A small BERT word-piece tokenizer with BLIP's ``[DEC]`` decoder-start token."""
    from transformers import BertTokenizer

    words = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "[DEC]", *_BERT_WORDS.split()]
    words += [*_CHARS, *("##" + c for c in _CHARS)]
    with tempfile.TemporaryDirectory() as tmp:
        vocab = Path(tmp) / "vocab.txt"
        vocab.write_text("\n".join(dict.fromkeys(words)) + "\n")
        return BertTokenizer(str(vocab), bos_token="[DEC]")


def write_sd(
    out: str | Path,
    unet: dict[str, Any] = TINY_UNET,
    vae: dict[str, Any] = TINY_VAE,
    text: dict[str, Any] = TINY_TEXT,
    scheduler: dict[str, Any] | None = None,
    seed: int = 0,
    device: str = "cpu",
    dtype: Any = None,
) -> Path:
    """A StableDiffusionPipeline (UNet + VAE + CLIP text encoder + tokenizer + Euler scheduler)
    with random weights; the defaults make 32×32 images."""
    import torch
    from diffusers import (
        AutoencoderKL,
        EulerDiscreteScheduler,
        StableDiffusionPipeline,
        UNet2DConditionModel,
    )
    from transformers import CLIPTextConfig, CLIPTextModel

    tokenizer = clip_tokenizer()
    torch.manual_seed(seed)
    with torch.device(device):
        parts = {
            "unet": UNet2DConditionModel(in_channels=4, out_channels=4, **unet),
            "vae": AutoencoderKL(in_channels=3, out_channels=3, latent_channels=4, **vae),
            "text_encoder": CLIPTextModel(
                CLIPTextConfig(vocab_size=len(tokenizer), **_CLIP_IDS, **text)
            ),
        }
    sched = EulerDiscreteScheduler(
        beta_start=0.00085,
        beta_end=0.012,
        beta_schedule="scaled_linear",
        steps_offset=1,
        **(scheduler or {}),
    )
    pipe = StableDiffusionPipeline(
        **parts,
        tokenizer=tokenizer,
        scheduler=sched,
        safety_checker=None,
        feature_extractor=None,
        requires_safety_checker=False,
    )
    if dtype is not None:
        pipe = pipe.to(dtype)
    pipe.save_pretrained(out)
    return Path(out)


def write_taesd(
    out: str | Path,
    config: dict[str, Any] = TINY_TAESD,
    seed: int = 0,
    device: str = "cpu",
    dtype: Any = None,
) -> Path:
    """An ``AutoencoderTiny`` decoder (TAESD layout; ``config={}`` is the real TAESD size)."""
    import torch
    from diffusers import AutoencoderTiny

    torch.manual_seed(seed)
    with torch.device(device):
        vae = AutoencoderTiny(latent_channels=4, **config)
    (vae.to(dtype) if dtype is not None else vae).save_pretrained(out)
    return Path(out)


def write_blip(
    out: str | Path,
    vision: dict[str, Any] = TINY_VISION,
    text: dict[str, Any] = TINY_TEXT,
    seed: int = 0,
) -> Path:
    """A BLIP captioner (vision encoder + text decoder) with its processor; ``vision={}`` and
    ``text={}`` give BLIP-base sizes (384² images)."""
    import torch
    from transformers import (
        BlipConfig,
        BlipForConditionalGeneration,
        BlipImageProcessor,
        BlipProcessor,
    )

    tokenizer = bert_tokenizer()
    vocab = tokenizer.get_vocab()
    ids = {"bos_token_id": vocab["[DEC]"], "pad_token_id": vocab["[PAD]"]}
    ids |= {"sep_token_id": vocab["[SEP]"], "eos_token_id": vocab["[SEP]"]}
    if "hidden_size" in vision:
        ids["encoder_hidden_size"] = vision["hidden_size"]
    torch.manual_seed(seed)
    config = BlipConfig(vision_config=vision, text_config={"vocab_size": len(vocab), **ids, **text})
    BlipForConditionalGeneration(config).save_pretrained(out)
    side = config.vision_config.image_size
    processor = BlipImageProcessor(size={"height": side, "width": side})
    BlipProcessor(processor, tokenizer).save_pretrained(out)
    return Path(out)


def write_clip(
    out: str | Path,
    vision: dict[str, Any] = TINY_VISION,
    text: dict[str, Any] = TINY_TEXT,
    projection_dim: int = 16,
    seed: int = 0,
) -> Path:
    """A CLIP model (vision + text towers) with its processor; ``vision={}``, ``text={}`` and
    ``projection_dim=512`` give ViT-B/32 sizes."""
    import torch
    from transformers import CLIPConfig, CLIPImageProcessor, CLIPModel, CLIPProcessor

    tokenizer = clip_tokenizer()
    torch.manual_seed(seed)
    config = CLIPConfig(
        text_config={"vocab_size": len(tokenizer), **_CLIP_IDS, **text},
        vision_config=vision,
        projection_dim=projection_dim,
    )
    CLIPModel(config).save_pretrained(out)
    side = config.vision_config.image_size
    processor = CLIPImageProcessor(
        size={"shortest_edge": side}, crop_size={"height": side, "width": side}
    )
    CLIPProcessor(processor, tokenizer).save_pretrained(out)
    return Path(out)


def write_llava(out: str | Path, seed: int = 0) -> Path:
    """A tiny LLaVA-style chat VLM (CLIP vision tower + Llama decoder) with a character-level
    tokenizer and a chat template that puts the image before the instruction."""
    import torch
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import (
        CLIPImageProcessor,
        CLIPVisionConfig,
        LlamaConfig,
        LlavaConfig,
        LlavaForConditionalGeneration,
        LlavaProcessor,
        PreTrainedTokenizerFast,
    )

    vocab = {t: i for i, t in enumerate(["<pad>", "<s>", "</s>", "<unk>", "<image>"])}
    for c in _CHARS + " :":
        vocab.setdefault(c, len(vocab))
    backend = Tokenizer(models.WordLevel(vocab, unk_token="<unk>"))
    backend.pre_tokenizer = pre_tokenizers.Split("", "isolated")  # one token per character
    template = (
        "{% for m in messages %}{% for c in m['content'] %}{% if c['type'] == 'image' %}<image>"
        "{% else %}{{ c['text'] }}{% endif %}{% endfor %}{% endfor %}"
        "{% if add_generation_prompt %}: {% endif %}"
    )
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=backend,
        bos_token="<s>",
        eos_token="</s>",
        pad_token="<pad>",
        unk_token="<unk>",
        extra_special_tokens={"image_token": "<image>"},
    )
    side = TINY_VISION["image_size"]
    image_processor = CLIPImageProcessor(
        size={"shortest_edge": side}, crop_size={"height": side, "width": side}
    )
    torch.manual_seed(seed)
    config = LlavaConfig(
        vision_config=CLIPVisionConfig(**TINY_VISION),
        text_config=LlamaConfig(
            vocab_size=len(vocab),
            **{k: v for k, v in TINY_TEXT.items() if k != "max_position_embeddings"},
            num_key_value_heads=2,
            max_position_embeddings=256,
            bos_token_id=1,
            eos_token_id=2,
            pad_token_id=0,
        ),
        image_token_index=vocab["<image>"],
        vision_feature_select_strategy="default",
        vision_feature_layer=-1,
    )
    LlavaForConditionalGeneration(config).save_pretrained(out)
    LlavaProcessor(
        image_processor=image_processor,
        tokenizer=tokenizer,
        patch_size=TINY_VISION["patch_size"],
        num_additional_image_tokens=1,  # the CLIP class token
        vision_feature_select_strategy="default",
        chat_template=template,
    ).save_pretrained(out)
    return Path(out)


def write_tiny_models(folder: str | Path, seed: int = 0) -> dict[str, Path]:
    """Write every tiny model under ``folder``; returns ``{"sd", "taesd", "captioner", "clip"}``."""
    folder = Path(folder)
    return {
        "sd": write_sd(folder / "sd", seed=seed),
        "taesd": write_taesd(folder / "taesd", seed=seed),
        "captioner": write_blip(folder / "captioner", seed=seed),
        "clip": write_clip(folder / "clip", seed=seed),
    }
