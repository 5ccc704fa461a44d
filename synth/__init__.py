"""trustbench.synth: generate, caption, score and NSFW-check images with ``from_pretrained`` models.

torch, diffusers and transformers are imported only when a model is loaded (``pip install
'trustbench[synth]'``). Every model is a Hub id or a local folder; a missing one raises
:class:`ModelNotFoundError` naming the model, the cache looked in and how to pass a folder.

>>> from trustbench.synth import Generator, Captioner, ClipScorer, load_nsfw_check
>>> gen = Generator("models/tiny/sd", steps=2, guidance=1.0)
>>> images = gen.generate(["a red bus"], seeds=[7])
"""

from trustbench.synth._load import ModelNotFoundError, ResolvedModel, resolve_model
from trustbench.synth.caption import Captioner
from trustbench.synth.clip import ClipScorer
from trustbench.synth.generate import GeneratedImage, Generator, derive_seed
from trustbench.synth.nsfw import NSFW_CHECKS, NudeNetCheck, load_nsfw_check

__all__ = [
    "NSFW_CHECKS",
    "Captioner",
    "ClipScorer",
    "GeneratedImage",
    "Generator",
    "ModelNotFoundError",
    "NudeNetCheck",
    "ResolvedModel",
    "derive_seed",
    "load_nsfw_check",
    "resolve_model",
]
