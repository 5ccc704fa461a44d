"""CLIP / SigLIP scoring: image–text alignment and zero-shot classification over labels."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np

from trustbench.synth._images import decode_many
from trustbench.synth._load import LoadedModel


@dataclass
class ClipScorer(LoadedModel):
    """Load a CLIP or SigLIP model with ``from_pretrained`` and score images against texts.

    :meth:`score` is the cosine similarity of each image with its own text (CLIPScore without
    the 2.5 weight); :meth:`classify` gives zero-shot probabilities over a list of labels
    (softmax for CLIP, per-label sigmoid for SigLIP).

    >>> clip = ClipScorer("openai/clip-vit-base-patch32")
    >>> sims, errors = clip.score([png_bytes], ["a red bus"])
    >>> probs, errors = clip.classify([png_bytes], ["man", "woman"], template="a photo of a {}")
    """

    batch_size: int = 64
    what: ClassVar[str] = "CLIP scorer"

    def _load(self) -> None:
        from transformers import AutoModel, AutoProcessor

        src, hub = self.resolved.source, self.resolved.hub_kwargs
        self.processor = AutoProcessor.from_pretrained(src, **hub)
        net = AutoModel.from_pretrained(src, dtype=self.torch_dtype, **hub)
        if not (hasattr(net, "get_image_features") and hasattr(net, "get_text_features")):
            raise ValueError(
                f"CLIP scorer {self.model!r} ({type(net).__name__}) has no image/text features"
            )
        self.net = net.eval().to(self.device)
        self.sigmoid = hasattr(net, "logit_bias")  # SigLIP scores each label on its own

    @staticmethod
    def _features(out: Any) -> Any:
        import torch

        if not isinstance(out, torch.Tensor):  # some versions return a model output
            out = out.pooler_output if getattr(out, "pooler_output", None) is not None else out[0]
        return torch.nn.functional.normalize(out.float(), dim=-1)

    def embed_images(self, images: Sequence[bytes | None]) -> tuple[np.ndarray, list[str | None]]:
        """L2-normalised image embeddings ``(n, dim)`` (zeros where an image failed) and errors."""
        import torch

        ok_idx, pil, errors = decode_many(images, max_side=448)
        feats = []
        for lo in range(0, len(pil), self.batch_size):
            px = self.processor(images=pil[lo : lo + self.batch_size], return_tensors="pt")
            pixel_values = px["pixel_values"].to(self.device, self.torch_dtype)
            with torch.inference_mode():
                feats.append(self._features(self.net.get_image_features(pixel_values=pixel_values)))
        emb = np.zeros((len(images), self._dim(feats)), dtype=np.float32)
        if feats:
            emb[ok_idx] = torch.cat(feats).cpu().numpy()
        return emb, errors

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalised text embeddings ``(n, dim)``."""
        import torch

        padding = "max_length" if self.sigmoid else True
        feats = []
        for lo in range(0, len(texts), self.batch_size):
            tok = self.processor(
                text=list(texts[lo : lo + self.batch_size]),
                padding=padding,
                truncation=True,
                return_tensors="pt",
            ).to(self.device)
            with torch.inference_mode():
                out = self.net.get_text_features(
                    **{k: v for k, v in tok.items() if k in ("input_ids", "attention_mask")}
                )
                feats.append(self._features(out))
        if not feats:
            return np.zeros((0, 0), dtype=np.float32)
        return torch.cat(feats).cpu().numpy()

    def _dim(self, feats: list[Any]) -> int:
        if feats:
            return int(feats[0].shape[1])
        cfg = self.net.config
        return int(getattr(cfg, "projection_dim", 0) or getattr(cfg.text_config, "hidden_size", 0))

    def score(
        self,
        images: Sequence[bytes | None],
        texts: Sequence[str],
        embedded: tuple[np.ndarray, list[str | None]] | None = None,
    ) -> tuple[np.ndarray, list[str | None]]:
        """Cosine similarity of image *i* with text *i* (NaN where the image failed);
        ``embedded``: the images' :meth:`embed_images` result, when the caller has it already."""
        if len(images) != len(texts):
            raise ValueError(f"{len(images)} images but {len(texts)} texts")
        img, errors = embedded or self.embed_images(images)
        txt = self.embed_texts([t or "" for t in texts])
        sims = (img * txt).sum(axis=1) if len(texts) else np.zeros(0, np.float32)
        sims[[e is not None for e in errors]] = np.nan
        return sims.astype(np.float64), errors

    def classify(
        self,
        images: Sequence[bytes | None],
        labels: Sequence[str],
        template: str = "{}",
        embedded: tuple[np.ndarray, list[str | None]] | None = None,
    ) -> tuple[np.ndarray, list[str | None]]:
        """Zero-shot probabilities ``(n_images, n_labels)`` (NaN rows where an image failed);
        ``embedded`` as in :meth:`score`."""
        if not labels:
            raise ValueError("classify needs at least one label")
        img, errors = embedded or self.embed_images(images)
        txt = self.embed_texts([template.format(label) for label in labels])
        scale = float(self.net.logit_scale.exp().item())
        logits = scale * (img @ txt.T)
        if self.sigmoid:
            logits = logits + float(self.net.logit_bias.item())
            probs = 1.0 / (1.0 + np.exp(-logits))
        else:
            logits = logits - logits.max(axis=1, keepdims=True)
            probs = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
        probs = probs.astype(np.float64)
        probs[[e is not None for e in errors]] = np.nan
        return probs, errors
