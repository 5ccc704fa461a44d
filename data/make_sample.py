"""Rebuild the bundled sample corpus ``data/sample/sample.parquet`` and its ground truth.

Usage::

    python data/make_sample.py            # writes data/sample/{sample.parquet,truth.json}
    python data/make_sample.py --out DIR  # writes DIR/{sample.parquet,truth.json}

Everything is seeded: two runs in the same environment give byte-identical files. Images come
from photos that installed wheels ship (scikit-learn, scikit-image, matplotlib), non-overlapping
tiles of the larger photos, and procedurally drawn pictures (PIL ``ImageDraw``). Captions and
fake PII come from seeded ``Faker`` instances; nothing is downloaded.

``sample.parquet`` columns (img2dataset style): ``key`` (str, 9 digits, row position after a
seeded shuffle), ``url`` (fake, never fetched), ``caption``, ``width``/``height`` (int32 of the
stored image, raw pixel layout before any EXIF rotation; null where unknown), ``jpg`` (encoded
image bytes; some rows are PNG; null for one corrupt row), ``status`` ("success"),
``similarity`` (fake CLIP score).

``truth.json`` structure (all keys are ``key`` strings of sample.parquet)::

    version             int
    seed                int
    n_rows              int
    phash_min_distance  int: every pair of distinct_keys differs by >= this many bits of
                        imagehash.phash (64-bit) of the decoded image (EXIF-transposed), also
                        when either of the two is mirrored horizontally
    distinct_keys       [key]: one row per perceptually distinct original image (the first
                        member of each exact/pixel group and the "original" of each near pair
                        are here; copies are not; corrupt rows are not)
    sources             {key: str}: where each row's picture came from ("photo:astronaut",
                        "tile:china:r0c1", "draw:shapes", "lfw:17", "copy:exact", ...)
    exact_groups        [[key, ...]]: byte-identical `jpg` (first = original)
    exact_groups_same_caption  [[key, ...]]: the exact groups whose rows also share the caption
    pixel_groups        [{"keys": [key, ...], "variants": [str, ...]}]: PNGs with identical
                        decoded pixels but different bytes (compress level / tEXt chunk)
    near_groups         [{"original": key, "copy": key, "transform": "resize"|"jpeg"|"crop"|
                        "hflip"|"color", "params": {...}, "phash_distance": int (copy vs
                        original), "phash_distance_nearest_other": int (copy vs the closest
                        other distinct original)}]
    caption_groups      [{"original": key, "copy": key, "change": "case"|"punctuation"|"word"}]:
                        near-identical captions on distinct images (all other captions differ:
                        word-set Jaccard < caption_max_jaccard, except exact_groups_same_caption)
    caption_max_jaccard float
    pii                 {key: [{"type": "EMAIL"|"PHONE"|"PERSON"|"ADDRESS"|"URL"|"IP"|
                        "CREDIT_CARD"|"IBAN"|"SSN"|"DATE_OF_BIRTH", "text": str, "start": int,
                        "end": int, "gender": "female"|"male" (PERSON only)}]}:
                        caption[start:end] == text
    gendered            {key: {"gender": "female"|"male", "occupation": str}}
    faces               [key]: rows whose picture shows a human face
    face_boxes          {key: [[x, y, w, h], ...]}: OpenCV Haar frontal-face detections on the
                        stored image (may be empty where Haar misses the face)
    exif_gps            [key]: JPEG rows carrying EXIF with GPSInfo and Make/Model
    exif_orientation    [key]: JPEG rows with EXIF Orientation=6 (pixels stored rotated)
    exif                {key: {"make", "model", "lat", "lon", "orientation"}}
    corrupt             {key: "truncated"|"garbage"|"empty"|"bomb"|"null"}
    caption_bytes       str: note (non-UTF-8 captions cannot live in a parquet string column)
    rejected_phash      [{"source": str, "nearest": str, "distance": int}]: generated pictures
                        thrown away because they were too close to an accepted one
"""

from __future__ import annotations

import argparse
import io
import json
import math
import os
import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import imagehash
import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
from faker import Faker
from PIL import Image, ImageDraw, ImageEnhance, ImageFont, ImageOps, PngImagePlugin

SEED = 20261124
MAX_SIDE = 288
JPEG_QUALITY = 85
PHASH_MIN = 18
CAPTION_MAX_JACCARD = 0.6
N_ORIGINALS = 226
OUT_DEFAULT = Path(__file__).resolve().parent / "sample"

# --------------------------------------------------------------------------------------------
# image sources


@dataclass
class _Pic:
    image: Image.Image
    source: str
    subject: list[str]  # caption subject phrases to draw from
    fmt: str = "JPEG"
    face: bool = False
    phash: Any = None
    mirror: Any = None  # pHash of the horizontally mirrored image


def _fit(img: Image.Image) -> Image.Image:
    img = img.copy()
    if img.mode not in ("RGB", "L"):
        img = img.convert("RGB")
    if max(img.size) > MAX_SIDE:
        img.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    return img


def _arr(a: np.ndarray) -> Image.Image:
    if a.dtype == bool:
        a = a.astype(np.uint8) * 255
    elif a.dtype != np.uint8:
        a = (np.clip(a, 0, 1) * 255).astype(np.uint8)
    return Image.fromarray(a)


_PHOTO_SUBJECTS = {
    "astronaut": ["astronaut eileen collins in her orange flight suit", "nasa astronaut portrait"],
    "grace_hopper": ["rear admiral grace hopper in navy uniform", "portrait of grace hopper"],
    "chelsea": ["a tabby cat named chelsea looking sideways", "ginger cat close up"],
    "camera": ["black and white cameraman with a tripod", "man filming on a grass field"],
    "coins": ["old greek coins on a dark tray", "collection of ancient coins"],
    "clock": ["wall clock with motion blur", "blurred clock face"],
    "cell": ["microscope image of a cell", "phase contrast cell micrograph"],
    "horse": ["silhouette of a horse", "black horse silhouette clip art"],
    "page": ["scanned page of an old book", "printed text on a scanned page"],
    "text": ["scanned text sample with noise", "handwritten text test image"],
    "logo": ["scikit-image snake logo", "python image library logo"],
    "blobs": ["random binary blobs", "black and white blob pattern"],
    "minduka": ["blue gift box illustration", "present with a blue ribbon"],
    "china": ["ancient chinese temple roof", "pagoda against a clear sky"],
    "flower": ["pink dahlia flower in bloom", "flower petals macro"],
    "rocket": ["rocket on the launch pad", "space launch vehicle at dawn"],
    "coffee": ["cup of coffee on a saucer", "latte in a white cup"],
    "motorcycle": ["motorcycle parked in a garage", "sport bike in a workshop"],
    "hubble": ["deep field view of distant galaxies", "hubble telescope star field"],
    "retina": ["retina fundus photograph", "medical eye fundus scan"],
    "ihc": ["immunohistochemistry tissue stain", "stained tissue micrograph"],
    "brick": ["grey brick wall texture", "old brick wall background"],
    "grass": ["grass texture close up", "lawn texture background"],
    "gravel": ["gravel texture", "small stones on the ground"],
    "moon": ["surface of the moon", "lunar craters in black and white"],
}


def _photos() -> tuple[list[_Pic], list[tuple[str, Image.Image]]]:
    """Whole photos (used once each) and large photos to cut into tiles."""
    import matplotlib
    import skimage.data as sd
    from sklearn.datasets import load_sample_images

    mpl = Path(matplotlib.get_data_path()) / "sample_data"
    sk = load_sample_images()
    sk_imgs = dict(zip([Path(f).stem for f in sk.filenames], sk.images, strict=True))
    whole = {
        "astronaut": _arr(sd.astronaut()),
        "grace_hopper": Image.open(mpl / "grace_hopper.jpg"),
        "chelsea": _arr(sd.chelsea()),
        "camera": _arr(sd.camera()),
        "coins": _arr(sd.coins()),
        "clock": _arr(sd.clock()),
        "cell": _arr(sd.cell()),
        "horse": _arr(~sd.horse()),
        "page": _arr(sd.page()),
        "text": _arr(sd.text()),
        "logo": _arr(sd.logo()).convert("RGBA"),
        "blobs": _arr(sd.binary_blobs(length=256, rng=3)),
        "minduka": Image.open(mpl / "Minduka_Present_Blue_Pack.png"),
    }
    pics = []
    for name, img in whole.items():
        if img.mode in ("RGBA", "LA", "P"):
            bg = Image.new("RGB", img.size, (255, 255, 255))
            img = img.convert("RGBA")
            bg.paste(img, mask=img.getchannel("A"))
            img = bg
        fmt = "PNG" if name in ("horse", "logo", "blobs", "minduka") else "JPEG"
        pics.append(
            _Pic(_fit(img), f"photo:{name}", _PHOTO_SUBJECTS[name], fmt,
                 face=name in ("astronaut", "grace_hopper"))
        )
    large = [
        ("china", _arr(sk_imgs["china"])),
        ("flower", _arr(sk_imgs["flower"])),
        ("rocket", _arr(sd.rocket())),
        ("coffee", _arr(sd.coffee())),
        ("motorcycle", _arr(sd.stereo_motorcycle()[0])),
        ("hubble", _arr(sd.hubble_deep_field())),
        ("retina", _arr(sd.retina())),
        ("ihc", _arr(sd.immunohistochemistry())),
        ("brick", _arr(sd.brick())),
        ("grass", _arr(sd.grass())),
        ("gravel", _arr(sd.gravel())),
        ("moon", _arr(sd.moon())),
    ]
    return pics, large


def _tiles(name: str, img: Image.Image) -> list[_Pic]:
    w, h = img.size
    side = min(w, h) // 2 if max(w, h) < 900 else min(w, h) // 3
    out = []
    for r in range(h // side):
        for c in range(w // side):
            tile = img.crop((c * side, r * side, (c + 1) * side, (r + 1) * side))
            out.append(_Pic(_fit(tile), f"tile:{name}:r{r}c{c}", _PHOTO_SUBJECTS[name]))
    return out


def _lfw(n: int) -> list[_Pic]:
    import skimage.data as sd

    faces = sd.lfw_subset()[:100]  # the first 100 are faces, the rest are not
    out = []
    for i in range(n):
        img = _arr(faces[i]).resize((128, 128), Image.Resampling.BICUBIC)
        out.append(_Pic(img, f"lfw:{i}", ["black and white face portrait", "headshot"],
                        "PNG", face=True))
    return out


_COLORS = {
    "red": (220, 40, 40), "orange": (245, 140, 30), "yellow": (240, 220, 50),
    "green": (40, 170, 70), "teal": (30, 150, 150), "blue": (40, 80, 220),
    "navy": (20, 30, 90), "purple": (130, 50, 170), "pink": (240, 120, 180),
    "brown": (120, 75, 40), "black": (15, 15, 15), "white": (245, 245, 245),
    "grey": (130, 130, 130), "beige": (225, 210, 170), "lime": (170, 230, 50),
    "maroon": (110, 20, 40),
}
_SHAPES = ["circle", "square", "triangle", "star", "stripe", "ring", "diamond"]


def _draw_picture(rng: random.Random, nrng: np.random.Generator, words: list[str]) -> _Pic:
    kind = rng.choice(["shapes", "shapes", "gradient", "poster", "pattern", "noise"])
    w, h = rng.choice([(288, 288), (288, 216), (216, 288), (256, 192), (240, 240), (288, 162)])
    names = list(_COLORS)
    bg_name, fg_name = rng.sample(names, 2)
    bg, fg = _COLORS[bg_name], _COLORS[fg_name]
    img = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(img)
    desc = ""
    if kind in ("gradient", "noise"):
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        ang = rng.uniform(0, math.pi)
        t = (xx * math.cos(ang) + yy * math.sin(ang))
        t = (t - t.min()) / (t.max() - t.min() + 1e-6)
        if kind == "noise":
            low = nrng.random((6, 6)).astype(np.float32)
            low = np.asarray(Image.fromarray((low * 255).astype(np.uint8)).resize(
                (w, h), Image.Resampling.BICUBIC), np.float32) / 255
            t = 0.4 * t + 0.6 * low
        a = np.array(bg, np.float32)[None, None] * (1 - t[..., None]) + np.array(
            fg, np.float32)[None, None] * t[..., None]
        img = Image.fromarray(a.clip(0, 255).astype(np.uint8))
        d = ImageDraw.Draw(img)
        desc = (f"{bg_name} to {fg_name} gradient" if kind == "gradient"
                else f"cloudy {bg_name} and {fg_name} abstract texture")
    if kind == "pattern":
        step = rng.randint(12, 48)
        for i in range(-h, w + h, step):
            d.line([(i, 0), (i + rng.randint(-h, h), h)], fill=fg, width=step // 3)
        desc = f"{fg_name} diagonal stripes on {bg_name}"
    n_shapes = rng.randint(2, 7) if kind != "pattern" else rng.randint(0, 2)
    counts: dict[str, int] = {}
    for _ in range(n_shapes):
        shape = rng.choice(_SHAPES)
        cname = rng.choice(names)
        col = _COLORS[cname]
        counts[f"{cname} {shape}"] = counts.get(f"{cname} {shape}", 0) + 1
        s = rng.randint(min(w, h) // 8, min(w, h) // 2)
        x, y = rng.randint(-s // 3, w - s // 2), rng.randint(-s // 3, h - s // 2)
        box = [x, y, x + s, y + s]
        if shape == "circle":
            d.ellipse(box, fill=col)
        elif shape == "ring":
            d.ellipse(box, outline=col, width=max(3, s // 8))
        elif shape == "square":
            d.rectangle(box, fill=col)
        elif shape == "triangle":
            d.polygon([(x, y + s), (x + s, y + s), (x + s // 2, y)], fill=col)
        elif shape == "diamond":
            d.polygon([(x + s // 2, y), (x + s, y + s // 2), (x + s // 2, y + s), (x, y + s // 2)],
                      fill=col)
        elif shape == "star":
            cx, cy, r = x + s / 2, y + s / 2, s / 2
            pts = [(cx + (r if k % 2 == 0 else r / 2.5) * math.cos(k * math.pi / 5 - math.pi / 2),
                    cy + (r if k % 2 == 0 else r / 2.5) * math.sin(k * math.pi / 5 - math.pi / 2))
                   for k in range(10)]
            d.polygon(pts, fill=col)
        else:
            d.line([(x, y), (x + s, y + rng.randint(-s, s))], fill=col, width=max(4, s // 6))
    title = ""
    if kind == "poster":
        title = " ".join(rng.sample(words, rng.randint(1, 2))).upper()
        font = ImageFont.load_default(size=rng.randint(24, 40))
        d.text((rng.randint(5, w // 4), rng.randint(5, h // 2)), title, fill=fg, font=font)
    parts = [f"{n} {k}s" if n > 1 else f"{'an' if k[0] in 'aeiou' else 'a'} {k}"
             for k, n in counts.items()]
    shapes_txt = ", ".join(parts[:3])
    if kind == "shapes":
        caption_core = f"{shapes_txt} on a plain {bg_name} background"
    elif kind == "poster":
        caption_core = f"poster reading {title.lower()} with {shapes_txt} on {bg_name}"
    elif shapes_txt:
        caption_core = f"{desc} with {shapes_txt}"
    else:
        caption_core = desc
    fmt = "PNG" if rng.random() < 0.45 else "JPEG"
    return _Pic(img, f"draw:{kind}", [caption_core], fmt)


# --------------------------------------------------------------------------------------------
# encoding helpers


def _encode(img: Image.Image, fmt: str, **kw: Any) -> bytes:
    buf = io.BytesIO()
    if fmt == "JPEG":
        img.save(buf, "JPEG", quality=kw.pop("quality", JPEG_QUALITY), **kw)
    else:
        img.save(buf, "PNG", **kw)
    return buf.getvalue()


def _decode(data: bytes) -> Image.Image:
    img = Image.open(io.BytesIO(data))
    img.load()
    return img


def _phash(img: Image.Image) -> imagehash.ImageHash:
    return imagehash.phash(img)


# --------------------------------------------------------------------------------------------
# captions

_PREFIX = ["", "", "photo of ", "stock image: ", "close-up of ", "high resolution picture of ",
           "free download - ", "wallpaper with ", "image of ", "digital art: ", "postcard showing ",
           "vintage print of ", "illustration of ", "hd background, "]
_SUFFIX = ["", "", " | free stock photo", " - royalty free", ", 4k wallpaper", " on sale now",
           " (editorial use only)", ", shot on film", " #art #design", " for your desktop",
           ", from our spring catalogue", " by a local artist", ", limited edition",
           ", printable poster", " - blog header", " as seen on pinterest", ", canvas print",
           " in high detail", " with soft light", ", trending this week"]
_EXTRA = ["minimal", "colorful", "moody", "bright", "retro", "modern", "classic", "dramatic",
          "calm", "bold", "soft", "detailed", "simple", "striking", "quiet", "vivid"]


def _caption_text(rng: random.Random, subjects: list[str]) -> str:
    subj = rng.choice(subjects)
    plain = not subj.startswith(("a ", "an ", "poster")) and not subj[0].isdigit()
    extra = rng.choice(_EXTRA) + " " if plain and rng.random() < 0.5 else ""
    text = f"{rng.choice(_PREFIX)}{extra}{subj}{rng.choice(_SUFFIX)}"
    return text[0].upper() + text[1:]


def _norm_words(s: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z0-9]+", s.lower()))


@dataclass
class _Captions:
    """Hands out captions, rerolling any that look like a near-copy of an earlier one."""

    rng: random.Random
    seen: list[frozenset[str]] = field(default_factory=list)

    def _ok(self, text: str) -> bool:
        ws = _norm_words(text)
        for other in self.seen:
            inter = len(ws & other)
            if inter and inter / len(ws | other) >= CAPTION_MAX_JACCARD:
                return False
        return True

    def accept(self, text: str) -> str:
        self.seen.append(_norm_words(text))
        return text

    def make(self, subjects: list[str], tries: int = 200) -> str:
        for _ in range(tries):
            text = _caption_text(self.rng, subjects)
            if self._ok(text):
                return self.accept(text)
        raise RuntimeError(f"no distinct caption for {subjects}")

    def try_make(self, build, tries: int = 200):  # build(rng) -> (text, payload)
        for _ in range(tries):
            text, payload = build(self.rng)
            if self._ok(text):
                self.accept(text)
                return text, payload
        raise RuntimeError("no distinct caption")


_OCCUPATIONS = ["nurse", "engineer", "doctor", "teacher", "software developer", "pilot",
                "firefighter", "chef", "secretary", "scientist", "lawyer", "mechanic",
                "librarian", "ceo", "carpenter", "dancer", "police officer", "accountant",
                "hairdresser", "construction worker", "receptionist", "surgeon", "farmer",
                "architect"]
_GENDER_TEMPLATES = [
    ("a {noun} working as {art} {occ}", {"female": "woman", "male": "man"}),
    ("a photo of a {noun} {occ}", {"female": "female", "male": "male"}),
    ("portrait of a {noun} who is {art} {occ}", {"female": "woman", "male": "man"}),
    ("{noun} {occ} at work", {"female": "female", "male": "male"}),
    ("smiling {noun} {occ} looking at the camera", {"female": "woman", "male": "man"}),
    ("a {noun} {occ} in uniform", {"female": "female", "male": "male"}),
]
_SCENES = ["in a hospital corridor", "at the office", "outdoors in the sun", "on a city street",
           "in a studio", "at night", "during a busy shift", "on the first day", "in a small town",
           "next to a window", "with colleagues", "in black and white", "candid shot",
           "stock photo", "editorial photo", "in winter", "wearing glasses", "in front of a desk"]


def _gendered_caption(rng: random.Random, taken: set[tuple[str, str]]) -> tuple[
        str, dict[str, str]]:
    gender, occ = rng.choice(sorted({(g, o) for g in ("female", "male") for o in _OCCUPATIONS}
                                    - taken))
    tmpl, nouns = rng.choice(_GENDER_TEMPLATES)
    art = "an" if occ[0] in "aeiou" else "a"
    text = tmpl.format(noun=nouns[gender], art=art, occ=occ) + ", " + rng.choice(_SCENES)
    return text[0].upper() + text[1:], {"gender": gender, "occupation": occ}


def _perturb_caption(rng: random.Random, text: str, change: str) -> str:
    if change == "case":
        return text.lower() if text != text.lower() else text.upper()
    if change == "punctuation":
        out = text.replace(",", "").replace(" - ", " ").replace(":", "")
        return out + "!" if out == text else out + "."
    words = text.split(" ")
    idx = [i for i, wd in enumerate(words) if wd.isalpha() and len(wd) > 3]
    i = rng.choice(idx)
    repl = {"photo": "picture", "image": "picture", "close": "closer"}
    words[i] = repl.get(words[i].lower(), "lovely" if words[i] != "lovely" else "nice")
    return " ".join(words)


# --------------------------------------------------------------------------------------------
# PII captions


class _PiiFaker:
    def __init__(self, seed: int):
        self.us = Faker("en_US")
        self.intl = {loc: Faker(loc) for loc in ("en_GB", "de_DE", "fr_FR", "es_ES")}
        self.us.seed_instance(seed)
        for i, f in enumerate(self.intl.values()):
            f.seed_instance(seed + 1 + i)

    def value(self, rng: random.Random, kind: str) -> tuple[str, dict[str, str]]:
        f = self.us
        if kind == "PERSON":
            g = rng.choice(["female", "male"])
            name = f.name_female() if g == "female" else f.name_male()
            return name, {"gender": g}
        if kind == "EMAIL":
            return f.email(), {}
        if kind == "PHONE":
            if rng.random() < 0.5:
                return f.phone_number(), {}
            return self.intl[rng.choice(list(self.intl))].phone_number(), {}
        if kind == "ADDRESS":
            return f.address().replace("\n", ", "), {}
        if kind == "URL":
            return f.url() + f.uri_path(), {}
        if kind == "IP":
            return f.ipv4_public(), {}
        if kind == "CREDIT_CARD":
            return f.credit_card_number(), {}
        if kind == "IBAN":
            return self.intl[rng.choice(["en_GB", "de_DE", "fr_FR", "es_ES"])].iban(), {}
        if kind == "SSN":
            return f.ssn(), {}
        if kind == "DATE_OF_BIRTH":
            dob = _date_of_birth(f, minimum_age=18, maximum_age=90)
            long_form = f"{_MONTHS[dob.month - 1]} {dob.day}, {dob.year}"  # not %B: locale-free
            return (dob.isoformat() if rng.random() < 0.6 else long_form), {}
        raise ValueError(kind)


# Ages are counted from a fixed day, not from today, so the sample rebuilds the same on any date
# (Faker's date_of_birth reads the clock). The day is the one the committed sample was built on.
REFERENCE_DATE = date(2026, 11, 24)
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]


def _date_of_birth(f: Faker, minimum_age: int, maximum_age: int) -> date:
    """Faker's ``date_of_birth`` (same draws, same range rule) as of :data:`REFERENCE_DATE`."""
    start = REFERENCE_DATE.replace(year=REFERENCE_DATE.year - (maximum_age + 1))
    end = REFERENCE_DATE.replace(year=REFERENCE_DATE.year - minimum_age)
    dob = f.date_time_ad(start_datetime=start, end_datetime=end).date()
    return dob if dob != start else dob + timedelta(days=1)


# Each template is a list of literal strings and {TYPE} placeholders; {BASE} = image caption.
_PII_TEMPLATES = [
    "{BASE}. Photo by {PERSON}, contact {EMAIL}",
    "{BASE} - call {PHONE} for prints",
    "{BASE}. Shot at {ADDRESS}",
    "{BASE}, more at {URL}",
    "{BASE} (uploaded from {IP})",
    "{BASE}. Pay with card {CREDIT_CARD} exp 09/29",
    "{BASE}. Bank transfer to IBAN {IBAN}",
    "{PERSON}, SSN {SSN}, born on {DATE_OF_BIRTH}. {BASE}",
    "Portrait of {PERSON} born on {DATE_OF_BIRTH}. {BASE}",
    "{BASE} | {PERSON} | {PHONE}",
    "{BASE}. Email {EMAIL} or phone {PHONE}",
    "{BASE} by {PERSON}, {ADDRESS}",
    "{BASE}. Seller {PERSON}, reach me at {EMAIL}",
    "{BASE}. Lost card {CREDIT_CARD}, call {PHONE}",
    "{BASE} (admin login from {IP}, user {EMAIL})",
    "Happy birthday {PERSON}! born on {DATE_OF_BIRTH}. {BASE}",
    "{BASE}. Visit {URL} or write to {ADDRESS}",
    "{BASE}. Refund to {IBAN}, account holder {PERSON}",
]


def _pii_caption(rng: random.Random, pf: _PiiFaker, base: str, tmpl: str):
    text = ""
    ents: list[dict[str, Any]] = []
    for part in re.split(r"(\{[A-Z_]+\})", tmpl):
        if not part:
            continue
        if part == "{BASE}":
            text += base
        elif part.startswith("{"):
            kind = part[1:-1]
            value, extra = pf.value(rng, kind)
            ents.append({"type": kind, "text": value, "start": len(text),
                         "end": len(text) + len(value), **extra})
            text += value
        else:
            text += part
    return text, ents


# --------------------------------------------------------------------------------------------
# rows


@dataclass
class _Row:
    data: bytes | None
    caption: str
    width: int | None
    height: int | None
    source: str
    fmt: str | None = None


def _exif_bytes(img: Image.Image, i: int, rng: random.Random, orientation: int) -> tuple[
        bytes, dict[str, Any]]:
    makes = [("Canon", "Canon EOS 5D Mark IV"), ("NIKON CORPORATION", "NIKON D750"),
             ("Apple", "iPhone 13 Pro"), ("SONY", "ILCE-7M3"), ("Google", "Pixel 7")]
    make, model = makes[i % len(makes)]
    lat, lon = round(rng.uniform(-60, 60), 6), round(rng.uniform(-170, 170), 6)

    def dms(v: float) -> tuple[float, float, float]:
        v = abs(v)
        deg = int(v)
        mins = int((v - deg) * 60)
        secs = round(((v - deg) * 60 - mins) * 60, 2)
        return (float(deg), float(mins), secs)

    exif = Image.Exif()
    exif[0x010F] = make
    exif[0x0110] = model
    exif[0x0112] = orientation
    exif[0x0132] = "2024:05:17 10:21:33"
    gps = exif.get_ifd(0x8825)
    gps[1] = "N" if lat >= 0 else "S"
    gps[2] = dms(lat)
    gps[3] = "E" if lon >= 0 else "W"
    gps[4] = dms(lon)
    stored = img.rotate(90, expand=True) if orientation == 6 else img
    data = _encode(stored, "JPEG", exif=exif.tobytes())
    meta = {"make": make, "model": model, "lat": lat, "lon": lon, "orientation": orientation}
    return data, meta


def _check_exif(data: bytes, meta: dict[str, Any]) -> None:
    img = Image.open(io.BytesIO(data))
    ex = img.getexif()
    assert ex[0x010F] == meta["make"] and ex[0x0112] == meta["orientation"]
    gps = ex.get_ifd(0x8825)
    d, m, s = (float(v) for v in gps[2])
    lat = (d + m / 60 + s / 3600) * (1 if gps[1] == "N" else -1)
    assert abs(lat - meta["lat"]) < 1e-3, (lat, meta)


def _bomb_png() -> bytes:
    # 15000 x 15000 = 225 Mpx > 2 * Image.MAX_IMAGE_PIXELS, so Pillow refuses it outright.
    img = Image.new("1", (15000, 15000), 0)
    return _encode(img, "PNG", compress_level=9)


def _face_boxes(data: bytes) -> list[list[int]]:
    import cv2

    cascade = cv2.CascadeClassifier(cv2.data.haarcascades + "haarcascade_frontalface_default.xml")
    gray = np.asarray(_decode(data).convert("L"))
    found = cascade.detectMultiScale(gray, scaleFactor=1.1, minNeighbors=5, minSize=(24, 24))
    return sorted([int(v) for v in box] for box in found)  # OpenCV's order varies with threads


def build(out: Path) -> dict[str, Any]:
    rng = random.Random(SEED)
    nrng = np.random.default_rng(SEED)
    cap = _Captions(random.Random(SEED + 1))
    pf = _PiiFaker(SEED + 2)
    url_fake = Faker("en_US")
    url_fake.seed_instance(SEED + 3)
    words = [w for w in url_fake.words(400) if len(w) > 3]

    # 1. candidate originals, accepted only when pHash-distinct from everything accepted so far
    whole, large = _photos()
    candidates: list[_Pic] = list(whole)
    for name, img in large:
        candidates.extend(_tiles(name, img))
    candidates.extend(_lfw(24))
    accepted: list[_Pic] = []
    rejected: list[dict[str, Any]] = []

    def consider(p: _Pic) -> bool:
        stored = _decode(_encode(p.image, p.fmt))
        p.phash = _phash(stored)
        p.mirror = _phash(ImageOps.mirror(stored))
        best, nearest = 65, ""
        for q in accepted:
            # distinct from the mirror image too, so flipped copies match only their original
            dist = min(p.phash - q.phash, p.mirror - q.phash, p.phash - q.mirror)
            if dist < best:
                best, nearest = dist, q.source
        if best < PHASH_MIN:
            rejected.append({"source": p.source, "nearest": nearest, "distance": int(best)})
            return False
        accepted.append(p)
        return True

    for p in candidates:
        consider(p)
    extra_draws: list[_Pic] = []  # spare drawings for the truncated-JPEG rows
    while len(accepted) < N_ORIGINALS:
        consider(_draw_picture(rng, nrng, words))
    while len(extra_draws) < 3:
        p = _draw_picture(rng, nrng, words)
        p.fmt = "JPEG"
        extra_draws.append(p)

    # 2. roles (disjoint sets of originals)
    idx = list(range(len(accepted)))
    face_idx = [i for i in idx if accepted[i].face]
    png_idx = [i for i in idx if accepted[i].fmt == "PNG" and not accepted[i].face]
    photo_jpeg = [i for i in idx if accepted[i].fmt == "JPEG" and not accepted[i].face
                  and accepted[i].source.startswith(("photo:", "tile:"))]
    rng.shuffle(png_idx)
    rng.shuffle(photo_jpeg)
    pixel_orig = png_idx[:4]
    exif_orig = photo_jpeg[:5]
    used = set(pixel_orig) | set(exif_orig)
    pool = [i for i in idx if i not in used]
    rng.shuffle(pool)
    # faces get near copies too (astronaut & grace hopper), so face rows > face originals
    near_orig = [i for i in face_idx[:2]] + [i for i in pool if i not in face_idx][:38]
    used |= set(near_orig)
    pool = [i for i in pool if i not in used]
    exact_orig = pool[:15]
    used |= set(exact_orig)

    cap_pool = [i for i in idx if i not in face_idx[:2]]
    rng.shuffle(cap_pool)
    gendered_idx = set(cap_pool[:40])
    pii_idx = set(cap_pool[40:120])
    capdup_src = cap_pool[120:130]  # their caption is copied (perturbed) onto capdup_dst
    capdup_dst = cap_pool[130:140]

    rows: list[_Row] = []
    gendered_taken: set[tuple[str, str]] = set()
    truth: dict[str, Any] = {}
    orig_row: dict[int, int] = {}
    pii_rows: dict[int, list[dict[str, Any]]] = {}
    gendered_rows: dict[int, dict[str, str]] = {}
    exif_rows: dict[int, dict[str, Any]] = {}
    face_rows: list[int] = []
    pixel_groups, exact_groups, exact_same_caption, near_groups, caption_groups = [], [], [], [], []

    # 3. originals
    for i, p in enumerate(accepted):
        if i in gendered_idx:
            caption, g = cap.try_make(lambda r: _gendered_caption(r, gendered_taken))
            gendered_taken.add((g["gender"], g["occupation"]))
        elif i in pii_idx:
            tmpl = _PII_TEMPLATES[len(pii_rows) % len(_PII_TEMPLATES)]
            caption, ents = cap.try_make(lambda r, tmpl=tmpl, subj=p.subject: _pii_caption(
                r, pf, _caption_text(r, subj), tmpl))
        else:
            caption = cap.make(p.subject)
        if i in exif_orig:
            k = exif_orig.index(i)
            data, meta = _exif_bytes(p.image, k, rng, 6 if k == 0 else 1)
            _check_exif(data, meta)
        else:
            data = _encode(p.image, p.fmt)
        w, h = _decode(data).size
        orig_row[i] = len(rows)
        if i in gendered_idx:
            gendered_rows[len(rows)] = g
        elif i in pii_idx:
            pii_rows[len(rows)] = ents
        if i in exif_orig:
            exif_rows[len(rows)] = meta
        if p.face:
            face_rows.append(len(rows))
        rows.append(_Row(data, caption, w, h, p.source, "JPEG" if i in exif_orig else p.fmt))

    # caption near-duplicates on distinct images
    changes = ["case", "punctuation", "word"]
    for n, (a, b) in enumerate(zip(capdup_src, capdup_dst, strict=True)):
        ra, rb = rows[orig_row[a]], rows[orig_row[b]]
        change = changes[n % 3]
        rb.caption = _perturb_caption(rng, ra.caption, change)
        caption_groups.append((orig_row[a], orig_row[b], change))

    # 4. pixel-identical PNG re-saves
    for n, i in enumerate(pixel_orig):
        src = rows[orig_row[i]]
        img = _decode(src.data)
        variants = [("compress_level=1", {"compress_level": 1})]
        if n % 2 == 0:
            info = PngImagePlugin.PngInfo()
            info.add_text("Comment", f"re-saved by uploader {n}")
            variants.append(("compress_level=9+tEXt", {"compress_level": 9, "pnginfo": info}))
        group = [orig_row[i]]
        for _name, kw in variants:
            group.append(len(rows))
            rows.append(_Row(_encode(img, "PNG", **kw), cap.make(accepted[i].subject),
                             src.width, src.height, "copy:pixel", "PNG"))
        pixel_groups.append((group, ["original"] + [v[0] for v in variants]))

    # 5. exact byte copies
    for n, i in enumerate(exact_orig):
        src = rows[orig_row[i]]
        group = [orig_row[i]]
        same = n % 3 == 0 and i not in capdup_src + capdup_dst
        for _ in range(1 + (n % 2)):
            group.append(len(rows))
            c = src.caption if same else cap.make(accepted[i].subject)
            if same and orig_row[i] in pii_rows:
                pii_rows[len(rows)] = pii_rows[orig_row[i]]
            if same and orig_row[i] in gendered_rows:
                gendered_rows[len(rows)] = gendered_rows[orig_row[i]]
            rows.append(_Row(src.data, c, src.width, src.height, "copy:exact", src.fmt))
        exact_groups.append(group)
        if same:
            exact_same_caption.append(group)

    # 6. near duplicates
    transforms = ["resize", "jpeg", "crop", "hflip", "color"]
    for n, i in enumerate(near_orig):
        src = rows[orig_row[i]]
        img = _decode(src.data).convert("RGB")
        t = transforms[n % len(transforms)]
        params: dict[str, Any] = {}
        quality = JPEG_QUALITY
        if t == "resize":
            f = round(rng.uniform(0.5, 0.8), 2)
            params = {"factor": f}
            img = img.resize((max(1, round(img.width * f)), max(1, round(img.height * f))),
                             Image.Resampling.BICUBIC)
        elif t == "jpeg":
            quality = rng.randint(12, 30)
            params = {"quality": quality}
        elif t == "crop":
            # big flat shapes make pHash crop-sensitive: shrink the crop until the copy is
            # clearly closer to its original than to anything else
            src_hash = _phash(img)
            for top in (0.08, 0.07, 0.06, 0.05, 0.04, 0.03, 0.02):
                fr = [round(rng.uniform(0.01, top), 3) for _ in range(4)]
                box = (round(img.width * fr[0]), round(img.height * fr[1]),
                       img.width - round(img.width * fr[2]),
                       img.height - round(img.height * fr[3]))
                cand = img.crop(box)
                if _phash(_decode(_encode(cand, "JPEG"))) - src_hash <= 10:
                    break
            params = {"left": fr[0], "top": fr[1], "right": fr[2], "bottom": fr[3]}
            img = cand
        elif t == "hflip":
            img = ImageOps.mirror(img)
        else:
            b = round(rng.uniform(1.08, 1.25), 2)
            c = round(rng.uniform(0.8, 1.2), 2)
            params = {"brightness": b, "saturation": c}
            img = ImageEnhance.Color(ImageEnhance.Brightness(img).enhance(b)).enhance(c)
        data = _encode(img, "JPEG", quality=quality)
        h = _phash(_decode(data))
        dist = int(h - _phash(_decode(src.data)))
        other = min(int(h - q.phash) for k, q in enumerate(accepted) if k != i)
        r = len(rows)
        rows.append(_Row(data, cap.make(accepted[i].subject), img.width, img.height,
                         f"copy:near:{t}", "JPEG"))
        near_groups.append({"original": orig_row[i], "copy": r, "transform": t,
                            "params": params, "phash_distance": dist,
                            "phash_distance_nearest_other": other})
        if accepted[i].face:
            face_rows.append(r)
    for group in exact_groups:
        if accepted[[k for k, v in orig_row.items() if v == group[0]][0]].face:
            face_rows.extend(group[1:])

    # 7. corrupt rows
    corrupt: dict[int, str] = {}
    for p in extra_draws:
        full = _encode(p.image, "JPEG")
        corrupt[len(rows)] = "truncated"
        rows.append(_Row(full[: len(full) // 2], cap.make(p.subject), p.image.width,
                         p.image.height, "corrupt:truncated"))
    grng = np.random.default_rng(SEED + 4)
    garbage = [grng.bytes(3000), b"\xff\xd8\xff\xe0" + grng.bytes(1500)]
    subjects = ["sunset over the sea", "mountain lake", "city skyline at night", "old car",
                "birthday cake", "empty image", "huge banner"]
    for gb in garbage:
        corrupt[len(rows)] = "garbage"
        rows.append(_Row(gb, cap.make(subjects[:3]), None, None, "corrupt:garbage"))
    corrupt[len(rows)] = "empty"
    rows.append(_Row(b"", cap.make(subjects[3:5]), None, None, "corrupt:empty"))
    corrupt[len(rows)] = "bomb"
    rows.append(_Row(_bomb_png(), cap.make(subjects[6:]), 15000, 15000, "corrupt:bomb", "PNG"))
    corrupt[len(rows)] = "null"
    rows.append(_Row(None, cap.make(subjects[5:6]), None, None, "corrupt:null"))

    # 8. shuffle so that no two members of a planted group sit next to each other
    groups = ([g for g, _ in pixel_groups] + exact_groups
              + [[n["original"], n["copy"]] for n in near_groups]
              + [[a, b] for a, b, _ in caption_groups])
    srng = random.Random(SEED + 5)
    order = list(range(len(rows)))
    while True:
        srng.shuffle(order)
        pos = {r: k for k, r in enumerate(order)}
        if all(abs(pos[a] - pos[b]) > 1 for g in groups for a in g for b in g if a != b):
            break
    key = {r: f"{pos[r]:09d}" for r in range(len(rows))}

    # 9. write parquet
    ufake = Faker("en_US")
    ufake.seed_instance(SEED + 6)
    records = []
    for r in order:
        row = rows[r]
        ext = "png" if row.fmt == "PNG" else "jpg"
        slug = "-".join(ufake.words(3))
        url = f"https://{ufake.domain_name()}/{ufake.uri_path(deep=2)}/{slug}.{ext}"
        records.append({
            "key": key[r], "url": url, "caption": row.caption, "width": row.width,
            "height": row.height, "jpg": row.data, "status": "success",
            "similarity": round(srng.uniform(0.26, 0.42), 4),
        })
    schema = pa.schema([
        ("key", pa.string()), ("url", pa.string()), ("caption", pa.string()),
        ("width", pa.int32()), ("height", pa.int32()), ("jpg", pa.binary()),
        ("status", pa.string()), ("similarity", pa.float64()),
    ])
    out.mkdir(parents=True, exist_ok=True)
    table = pa.Table.from_pylist(records, schema=schema)
    pq.write_table(table, out / "sample.parquet", compression="zstd", row_group_size=100)

    # 10. truth
    distinct = sorted(key[orig_row[i]] for i in range(len(accepted)))
    truth = {
        "version": 1,
        "seed": SEED,
        "n_rows": len(rows),
        "phash_min_distance": PHASH_MIN,
        "distinct_keys": distinct,
        "sources": {key[r]: rows[r].source for r in sorted(range(len(rows)), key=key.get)},
        "exact_groups": [[key[r] for r in g] for g in exact_groups],
        "exact_groups_same_caption": [[key[r] for r in g] for g in exact_same_caption],
        "pixel_groups": [{"keys": [key[r] for r in g], "variants": v} for g, v in pixel_groups],
        "near_groups": [{**n, "original": key[n["original"]], "copy": key[n["copy"]]}
                        for n in near_groups],
        "caption_groups": [{"original": key[a], "copy": key[b], "change": c}
                           for a, b, c in caption_groups],
        "caption_max_jaccard": CAPTION_MAX_JACCARD,
        "pii": {key[r]: v for r, v in sorted(pii_rows.items(), key=lambda kv: key[kv[0]])},
        "gendered": {key[r]: v for r, v in sorted(gendered_rows.items(),
                                                   key=lambda kv: key[kv[0]])},
        "faces": sorted(key[r] for r in face_rows),
        "face_boxes": {key[r]: _face_boxes(rows[r].data) for r in sorted(face_rows, key=key.get)},
        "exif_gps": sorted(key[r] for r in exif_rows),
        "exif_orientation": sorted(key[r] for r, m in exif_rows.items() if m["orientation"] == 6),
        "exif": {key[r]: m for r, m in sorted(exif_rows.items(), key=lambda kv: key[kv[0]])},
        "corrupt": {key[r]: k for r, k in sorted(corrupt.items(), key=lambda kv: key[kv[0]])},
        "caption_bytes": "Non-UTF-8 captions cannot be stored in a parquet string column; tests "
                         "that need them build their own fixtures.",
        "rejected_phash": rejected,
    }
    (out / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n")
    return truth


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT_DEFAULT)
    args = ap.parse_args(argv)
    truth = build(args.out)
    size = sum(os.path.getsize(args.out / f) for f in ("sample.parquet", "truth.json"))
    print(f"wrote {truth['n_rows']} rows, {len(truth['distinct_keys'])} distinct originals, "
          f"{size / 1e6:.2f} MB to {args.out}")


if __name__ == "__main__":
    main()
