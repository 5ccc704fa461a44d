"""Renditions, MixGen, and the ood.* steps in real builds: ids, columns, lineage that regenerates
each new row, accounting, reproducibility."""

from __future__ import annotations

import io
import json

import numpy as np
import polars as pl
import pytest
from PIL import Image

from conftest import pixels, read_exclusions, read_output, run, write_parquet_bytes
from trustbench.builders.recipe import parse_recipe
from trustbench.synth.corrupt import MONOTONE_CHANGES, corrupt
from trustbench.synth.mixgen import mixgen, mixgen_pairs
from trustbench.synth.render import STYLES, render


def photo(size: tuple[int, int]) -> Image.Image:
    from skimage import data

    return Image.fromarray(data.chelsea()).resize(size, Image.Resampling.LANCZOS)


# -- renditions --------------------------------------------------------------------------------


@pytest.mark.parametrize("style", list(STYLES))
def test_render_keeps_size_and_mode_and_is_deterministic(style):
    img = photo((96, 72))
    for src in (
        img,
        img.convert("L"),
        img.convert("RGBA"),
        img.resize((13, 7)),
        img.resize((1, 1)),
    ):
        out = render(src, style)
        assert (out.size, out.mode) == (src.size, src.mode), (style, src.mode, src.size)
    assert render(img, style).tobytes() == render(img, style).tobytes()
    assert render(np.asarray(img), style).shape == (72, 96, 3)


def test_renditions_do_what_they_say():
    img = photo((128, 96))
    arr = np.asarray(img).astype(int)
    gray = np.asarray(render(img, "grayscale")).astype(int)
    assert (gray[..., 0] == gray[..., 1]).all() and (gray[..., 1] == gray[..., 2]).all()
    assert len(np.unique(np.asarray(render(img, "posterize")))) <= 8
    edges = np.asarray(render(img, "edges"))
    assert set(np.unique(edges)) <= {0, 255} and 0.01 < (edges == 0).mean() < 0.3
    sketch = np.asarray(render(img, "sketch")).astype(int)
    assert (sketch[..., 0] == sketch[..., 2]).all() and sketch.mean() > arr.mean()
    colours = lambda a: len(np.unique(a.reshape(-1, 3), axis=0))  # noqa: E731
    assert colours(np.asarray(render(img, "cartoon"))) < colours(arr) / 4
    painted = np.asarray(render(img, "painting")).astype(int)
    assert 2 < np.abs(painted - arr).mean() < 80


def test_render_unknown_style():
    with pytest.raises(ValueError, match="unknown style 'oil'"):
        render(photo((8, 8)), "oil")


# -- MixGen ------------------------------------------------------------------------------------


def test_mixgen_interpolates_and_concatenates():
    a, b = photo((40, 30)), Image.fromarray(np.full((30, 40, 3), 200, np.uint8))
    out, text = mixgen(a, b, "a cat", "a grey wall", lam=0.5)
    expect = np.rint((np.asarray(a).astype(np.float32) + 200) / 2)
    assert np.array_equal(np.asarray(out), expect.astype(np.uint8))
    assert text == "a cat a grey wall"
    same, _ = mixgen(a, b, "x", None, lam=1.0)
    assert np.array_equal(np.asarray(same), np.asarray(a))
    # the second image is resized to the first's size; mode and alpha of the first are kept
    rgba = a.convert("RGBA")
    rgba.putalpha(Image.fromarray(np.arange(1200, dtype=np.uint8).reshape(30, 40)))
    out, text = mixgen(rgba, photo((17, 11)).convert("L"), None, "grey", lam=0.3)
    assert (out.size, out.mode, text) == ((40, 30), "RGBA", "grey")
    assert out.getchannel("A").tobytes() == rgba.getchannel("A").tobytes()
    with pytest.raises(ValueError, match="lam"):
        mixgen(a, b, "", "", lam=1.5)


def test_mixgen_pairs_are_seeded_distinct_and_never_self():
    ids = [f"r{i}" for i in range(10)]
    pairs = mixgen_pairs(ids, 12, seed=3)
    assert pairs == mixgen_pairs(ids, 12, seed=3) != mixgen_pairs(ids, 12, seed=4)
    assert len(set(pairs)) == 12 and all(a != b for a, b in pairs)
    assert len(mixgen_pairs(ids[:3], 100, seed=0)) == 6  # every ordered pair, no more
    assert mixgen_pairs(ids[:1], 5) == []


# -- steps in builds ---------------------------------------------------------------------------


def _recipe(path, steps, seed=0) -> dict:
    source = {"type": "parquet", "path": str(path), "image_column": "jpg",
              "text_column": "caption", "id_column": "key", "rows_per_shard": 5}  # fmt: skip
    return {"name": "ood-test", "seed": seed, "source": source, "steps": steps}


STEPS = [
    {"validate.images": {}},
    {
        "ood.corrupt": {
            "corruptions": ["glass_blur", "fog"],
            "severities": [1, 4],
            "annotate": "{text} ({corruption}, severity {severity})",
        }
    },  # fmt: skip
    {"ood.render": {"styles": ["sketch", "edges"], "per_image": 1, "fraction": 0.5}},
    {"ood.mixgen": {"fraction": 0.4, "lam": 0.5}},
]


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    from conftest import encode, make_image

    tmp = tmp_path_factory.mktemp("ood")
    rows = [{"key": f"img{i:03d}", "caption": f"a photo number {i}", "png": encode(make_image(i))}
            for i in range(12)]  # fmt: skip
    rows.append({"key": "broken", "caption": "not an image", "png": b"\x89PNG garbage"})
    rows.append(
        {"key": "gray", "caption": "a grey one", "png": encode(photo((33, 21)).convert("L"))}
    )
    src = write_parquet_bytes(rows, tmp / "src.parquet")
    out = tmp / "out"
    result = run(_recipe(src, STEPS), out)
    return {"src": src, "out": out, "result": result, "rows": {r["key"]: r for r in rows}}


def test_corrupt_rows_regenerate_from_their_lineage(build):
    df = read_output(build["out"])
    originals = {r: pixels(b["png"]) for r, b in build["rows"].items() if r != "broken"}
    got = df.filter(pl.col("ood") == "corruption")
    # every original × 2 types × 2 severities, ids {id}/{type}-{severity}, unique
    assert len(got) == len(originals) * 4
    assert set(got["id"]) == {f"{k}/{c}-{s}" for k in originals for c in ("glass_blur", "fog")
                              for s in (1, 4)}  # fmt: skip
    for row in got.iter_rows(named=True):
        key = row["id"].split("/")[0]
        lineage = row["lineage"]
        params = json.loads(lineage["params"])  # keyed by the step that recorded them
        assert params == {"ood.corrupt": {
            "transform": "corruption", "corruption": row["corruption"], "severity": row["severity"],
            "ladder": "imagenet-c", "reference": "imagecorruptions 1.1.2",
            "seed": lineage["seed"]}}  # fmt: skip
        assert row["ladder"] == "imagenet-c"
        assert lineage["steps"][-3:] == ["ood.corrupt", "ood.render", "ood.mixgen"]
        assert lineage["source_id"] == key
        src = Image.open(io.BytesIO(build["rows"][key]["png"]))
        again = corrupt(src, row["corruption"], row["severity"], seed=lineage["seed"])
        img = Image.open(io.BytesIO(row["image"]["bytes"]))
        assert img.mode == src.mode and img.size == src.size
        assert np.array_equal(np.asarray(img), np.asarray(again)), row["id"]
        caption = build["rows"][key]["caption"]
        assert row["text"] == f"{caption} ({row['corruption']}, severity {row['severity']})"
    assert df["id"].n_unique() == len(df)


def test_render_and_mixgen_rows(build):
    df = read_output(build["out"])
    renders = df.filter(pl.col("ood") == "rendition")
    assert 2 <= len(renders) <= 12 and renders["severity"].is_null().all()
    for row in renders.iter_rows(named=True):
        key, style = row["id"].split("/")
        assert style in ("sketch", "edges") and row["corruption"] == style
        assert row["text"] == build["rows"][key]["caption"]
        src = Image.open(io.BytesIO(build["rows"][key]["png"]))
        expect = np.asarray(render(src, style))
        assert np.array_equal(np.asarray(Image.open(io.BytesIO(row["image"]["bytes"]))), expect)
    mixed = df.filter(pl.col("ood") == "mixgen")
    assert len(mixed) > 0
    for row in mixed.iter_rows(named=True):
        params = json.loads(row["lineage"]["params"])["ood.mixgen"]
        first, second = params["first"], params["second"]
        assert row["id"] == f"{first}/mixgen+{second}" and first != second
        t1, t2 = build["rows"][first]["caption"], build["rows"][second]["caption"]
        assert row["text"] == f"{t1} {t2}"
    # originals are kept and untouched by the shift steps
    orig = df.filter(pl.col("ood").is_null())
    assert set(orig["id"]) == set(build["rows"]) - {"broken"}
    assert orig["corruption"].is_null().all()
    assert orig["ladder"].is_null().all() and renders["ladder"].is_null().all()
    assert mixed["ladder"].is_null().all()


def test_accounting_and_reproducibility(build, tmp_path):
    prov = json.loads((build["out"] / "provenance.json").read_text())
    assert prov["accounting"]["balanced"]
    steps = {s["name"]: s for s in prov["steps"]}
    assert steps["ood.corrupt"]["added"] == 13 * 4
    assert steps["ood.corrupt"]["stats"]["corruption:fog"] == 26
    assert steps["ood.mixgen"]["added"] == steps["ood.mixgen"]["stats"]["rows_added"] > 0
    excl = read_exclusions(build["out"])
    assert excl.filter(pl.col("id") == "broken")["step"].to_list() == ["validate.images"]
    again = run(_recipe(build["src"], STEPS), tmp_path / "again")
    assert again.output_fingerprint == build["result"].output_fingerprint
    other = run(_recipe(build["src"], STEPS, seed=1), tmp_path / "seed1")
    assert other.output_fingerprint != build["result"].output_fingerprint


def test_monotone_ladder_is_recorded_and_regenerates(build, tmp_path):
    steps = [{"validate.images": {}},
             {"ood.corrupt": {"corruptions": ["frost", "saturate"], "severities": [2, 4],
                              "ladder": "monotone"}}]  # fmt: skip
    df = read_output(run(_recipe(build["src"], steps), tmp_path / "m").out_dir)
    got = df.filter(pl.col("ood") == "corruption")
    assert len(got) == 13 * 4 and set(got["ladder"]) == {"monotone"}
    for row in got.iter_rows(named=True):
        params = json.loads(row["lineage"]["params"])["ood.corrupt"]
        assert params["ladder"] == "monotone"
        src = Image.open(io.BytesIO(build["rows"][row["id"].split("/")[0]]["png"]))
        args = (src, row["corruption"], row["severity"])
        again = corrupt(*args, seed=row["lineage"]["seed"], ladder="monotone")
        img = np.asarray(Image.open(io.BytesIO(row["image"]["bytes"])))
        assert np.array_equal(img, np.asarray(again)), row["id"]
        published = np.asarray(corrupt(*args, seed=row["lineage"]["seed"]))
        changed = row["severity"] in MONOTONE_CHANGES[row["corruption"]]  # frost 2, 4; saturate 2
        assert np.array_equal(np.asarray(again), published) != changed, row["id"]
    prov = json.loads((tmp_path / "m" / "provenance.json").read_text())
    assert '"ladder": "monotone"' in json.dumps(prov["recipe"])  # resolved options
    assert "monotone" in (tmp_path / "m" / "README.md").read_text()  # the card's step table
    with pytest.raises(Exception, match="ladder"):
        parse_recipe(_recipe(build["src"], [{"ood.corrupt": {"ladder": "steep"}}]))


def test_per_image_sample_is_seeded_and_sized(build, tmp_path):
    steps = [{"validate.images": {}}, {"ood.corrupt": {"per_image": 3}}]
    a = read_output(run(_recipe(build["src"], steps), tmp_path / "a").out_dir)
    b = read_output(run(_recipe(build["src"], steps), tmp_path / "b").out_dir)
    shifted = a.filter(pl.col("ood").is_not_null())
    assert len(shifted) == 13 * 3
    assert shifted["id"].to_list() == b.filter(pl.col("ood").is_not_null())["id"].to_list()
    assert shifted["corruption"].n_unique() > 5  # a sample of the 19 × 5 grid, not a fixed few


@pytest.mark.parametrize(
    ("step", "options", "message"),
    [
        ("ood.corrupt", {"corruptions": ["fgo"]}, "unknown corruptions"),
        ("ood.corrupt", {"severities": [0, 6]}, "severities"),
        ("ood.corrupt", {"annotate": "{txt}"}, "annotate"),
        ("ood.render", {"styles": ["oil"]}, "unknown styles"),
        ("ood.mixgen", {"lam": 2}, "lam"),
        ("ood.corrupt", {"sevrities": [1]}, "sevrities"),
    ],
)
def test_bad_options_are_reported(step, options, message, tmp_path):
    recipe = _recipe(tmp_path / "x.parquet", [{step: options}])
    with pytest.raises(Exception, match=message):
        parse_recipe(recipe)
