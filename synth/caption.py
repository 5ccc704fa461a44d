"""Captioning with any transformers image-to-text or image-text-to-text model, batched."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from trustbench.synth._images import decode_many
from trustbench.synth._load import LoadedModel


@dataclass
class Captioner(LoadedModel):
    """Load a captioning model with ``from_pretrained`` (BLIP, GIT, Florence-2, a small VLM) and
    caption encoded images in batches. ``prompt`` conditions the caption (``"a photo of"`` for
    BLIP, an instruction for a VLM); prompt tokens are not repeated in the output.

    >>> cap = Captioner("Salesforce/blip-image-captioning-base", batch_size=32)
    >>> texts, errors = cap.caption([png_bytes])
    """

    prompt: str | None = None
    max_new_tokens: int = 30
    num_beams: int = 1
    batch_size: int = 16
    what: ClassVar[str] = "captioner"

    def _load(self) -> None:
        import transformers as tf

        src, hub = self.resolved.source, self.resolved.hub_kwargs
        self.processor = tf.AutoProcessor.from_pretrained(src, **hub)
        last: Exception | None = None
        for auto in (
            "AutoModelForImageTextToText",
            "AutoModelForVision2Seq",
            "AutoModelForCausalLM",
        ):
            cls = getattr(tf, auto, None)
            if cls is None:
                continue
            try:
                net = cls.from_pretrained(src, dtype=self.torch_dtype, **hub)
                break
            except ValueError as exc:  # this auto class does not know the architecture
                last = exc
        else:
            raise ValueError(f"captioner {self.model!r} is not an image-to-text model ({last})")
        self.net = net.eval().to(self.device)
        self._text = self.prompt
        if self.prompt is not None and getattr(self.processor, "chat_template", None):
            # chat VLMs: the image goes where the template puts it, then the instruction
            message = {
                "role": "user",
                "content": [{"type": "image"}, {"type": "text", "text": self.prompt}],
            }
            self._text = self.processor.apply_chat_template([message], add_generation_prompt=True)
        tok = getattr(self.processor, "tokenizer", None)
        if (
            tok is not None
            and getattr(tok, "padding_side", None) == "right"
            and not getattr(self.net.config, "is_encoder_decoder", False)
        ):
            tok.padding_side = "left"  # decoder-only models continue after the prompt

    @property
    def params(self) -> dict[str, Any]:
        return {
            "prompt": self.prompt,
            "max_new_tokens": self.max_new_tokens,
            "num_beams": self.num_beams,
            "architecture": type(self.net).__name__,
        }

    def caption(self, images: Sequence[bytes | None]) -> tuple[list[str | None], list[str | None]]:
        """Captions per image, and per-image errors (undecodable images get ``None``)."""
        ok_idx, pil, errors = decode_many(images)
        texts: list[str | None] = [None] * len(images)
        for lo in range(0, len(pil), self.batch_size):
            chunk = pil[lo : lo + self.batch_size]
            for j, text in enumerate(self._caption_batch(chunk)):
                texts[ok_idx[lo + j]] = text
        return texts, errors

    def _caption_batch(self, images: list[Any]) -> list[str]:
        import torch

        kwargs: dict[str, Any] = {"images": images, "return_tensors": "pt"}
        if self._text is not None:
            kwargs["text"] = [self._text] * len(images)
            kwargs["padding"] = True
        inputs = self.processor(**kwargs).to(self.device)
        if "pixel_values" in inputs:
            inputs["pixel_values"] = inputs["pixel_values"].to(self.torch_dtype)
        with torch.inference_mode():
            out = self.net.generate(
                **inputs,
                max_new_tokens=self.max_new_tokens,
                num_beams=self.num_beams,
                do_sample=False,
            )
        prompt_ids = inputs.get("input_ids")
        if prompt_ids is not None and out.shape[1] >= prompt_ids.shape[1]:
            n = prompt_ids.shape[1]
            if torch.equal(out[:, :n], prompt_ids):  # decoder-only: output repeats the prompt
                out = out[:, n:]
        texts = [
            " ".join(t.split()) for t in self.processor.batch_decode(out, skip_special_tokens=True)
        ]
        if self.prompt and self._text == self.prompt:  # BLIP starts its output with the prompt
            lead = " ".join(self.prompt.split()).lower()
            texts = [t[len(lead) :].lstrip() if t.lower().startswith(lead) else t for t in texts]
        return texts
