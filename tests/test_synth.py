"""The synthesis engine on tiny random models, through the real ``from_pretrained(path)`` path:
generation, captioning, CLIP scoring, the NSFW check, the prompts source and the steps."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import numpy as np
import polars as pl
import pytest
import yaml
from PIL import Image

from conftest import REPO, encode, make_image, pixels, read_exclusions, read_output, run
from trustbench.builders.recipe import RecipeError, parse_recipe

pytest.importorskip("diffusers")

CLI = [sys.executable, "-m", "trustbench.builders.cli"]
PROMPTS = ["a red bus", "a cat on a mat", "a dog", "a man", "a woman"]


@pytest.fixture(scope="module")
def gen(tiny_models):
    from trustbench.synth import Generator

    g = Generator(str(tiny_models["sd"]), steps=2, guidance=3.0, batch_size=2, encode_workers=2)
    yield g
    g.close()


def _recipe(tiny_models, prompts, steps=None, **source):
    return {
        "name": "synth",
        "seed": 3,
        "source": {"type": "prompts", "prompts": prompts, **source},
        "steps": steps
        or [{"generate": {"model": str(tiny_models["sd"]), "steps": 2, "batch_size": 2}}],
    }


def _decompression_bomb() -> bytes:
    """A 16000×12000 PNG of one colour: a few KB encoded, 192 M pixels decoded."""
    import zlib

    w, h = 16000, 12000
    row = b"\x00" + b"\x00" * w
    raw = zlib.compress(row * h, 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")

    ihdr = w.to_bytes(4, "big") + h.to_bytes(4, "big") + bytes([8, 0, 0, 0, 0])
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


# -- library ----------------------------------------------------------------------------------


def test_generator_loads_by_path_and_records_what_it_used(gen, tiny_models):
    for kind, marker in [("sd", "model_index.json"), ("taesd", "config.json")]:
        assert (tiny_models[kind] / marker).exists()  # written by `build-dataset tiny-models`
    images = gen.generate(PROMPTS[:3], seeds=[1, 2, 3])
    arrays = [pixels(im.data) for im in images]
    assert all(a.shape == (32, 32, 3) for a in arrays)
    assert images[0].data[:8] == b"\x89PNG\r\n\x1a\n"
    assert all(a.std() > 5 for a in arrays)  # not blank
    assert not np.array_equal(arrays[0], arrays[1])
    assert gen.resolved.path == tiny_models["sd"].resolve()
    assert gen.resolved.revision.startswith("local-")
    assert gen.params | {"tiny_vae": None} == {
        "pipeline": "StableDiffusionPipeline",
        "scheduler": "EulerDiscreteScheduler",
        "steps": 2,
        "guidance": 3.0,
        "dtype": "float32",
        "tiny_vae": None,
        "tiny_vae_revision": None,
    }


def test_same_seed_same_pixels_whatever_the_batch(gen):
    seeds = [11, 12, 13, 11, 14]
    gen.batch_size = 2
    batched = [pixels(im.data) for im in gen.generate(PROMPTS, seeds)]
    gen.batch_size = 1
    single = [pixels(im.data) for im in gen.generate(PROMPTS, seeds)]
    gen.batch_size = 5
    whole = [pixels(im.data) for im in gen.generate(PROMPTS, seeds)]
    gen.batch_size = 2
    # every row starts from its own seed's latents, so the batch only reaches a sample through
    # float rounding in batched convolutions (~1e-6): at most one level in a few pixels
    for a, b, c in zip(batched, single, whole):
        for other in (b, c):
            diff = np.abs(a.astype(int) - other)
            assert diff.max() <= 1 and (diff > 0).mean() < 0.01
    gen.batch_size = 1
    assert all(
        np.array_equal(a, pixels(im.data)) for a, im in zip(single, gen.generate(PROMPTS, seeds))
    )
    gen.batch_size = 2
    assert all(
        np.array_equal(a, pixels(im.data)) for a, im in zip(batched, gen.generate(PROMPTS, seeds))
    )
    other_seed = pixels(gen.generate([PROMPTS[0]], [99])[0].data)
    assert np.abs(other_seed.astype(int) - batched[0]).mean() > 10


def test_generator_options_tiny_vae_scheduler_jpeg(tiny_models):
    from trustbench.synth import Generator

    g = Generator(
        str(tiny_models["sd"]),
        steps=2,
        guidance=1.0,
        tiny_vae=str(tiny_models["taesd"]),
        scheduler="EulerAncestralDiscreteScheduler",
        image_format="jpeg",
        width=48,
        height=32,
    )
    (im,) = g.generate(["a cat"], [5])
    assert im.data[:3] == b"\xff\xd8\xff" and (im.width, im.height) == (48, 32)
    assert g.params["scheduler"] == "EulerAncestralDiscreteScheduler"
    assert type(g.pipe.vae).__name__ == "AutoencoderTiny"
    assert g.params["tiny_vae_revision"].startswith("local-")
    with pytest.raises(ValueError, match="not a diffusers scheduler"):
        Generator(str(tiny_models["sd"]), scheduler="NoSuchScheduler")


def test_captioner_and_clip_scorer_load_by_path(gen, tiny_models):
    from trustbench.synth import Captioner, ClipScorer

    images = [im.data for im in gen.generate(PROMPTS[:3], [1, 2, 3])]
    cap = Captioner(str(tiny_models["captioner"]), max_new_tokens=6, batch_size=2)
    texts, errors = cap.caption([*images, b"not an image", _decompression_bomb()])
    assert all(isinstance(t, str) and t for t in texts[:3]) and texts[3:] == [None, None]
    assert errors[:3] == [None] * 3 and "undecodable" in errors[3]
    assert "DecompressionBombError" in errors[4]
    prompted = Captioner(str(tiny_models["captioner"]), max_new_tokens=6, prompt="a photo of")
    assert not any(t.startswith("a photo of") for t in prompted.caption(images)[0])

    clip = ClipScorer(str(tiny_models["clip"]), batch_size=2)
    sims, errors = clip.score([*images, None], [*PROMPTS[:3], "x"])
    assert np.all(np.abs(sims[:3]) <= 1.0) and np.isnan(sims[3]) and errors[3]
    assert len(set(np.round(sims[:3], 6))) == 3  # each image scored on its own
    probs, _ = clip.classify(images, ["man", "woman", "dog"], "a photo of a {}")
    assert probs.shape == (3, 3) and np.allclose(probs.sum(axis=1), 1.0)
    assert len({tuple(np.round(p, 6)) for p in probs.T}) == 3  # labels embed differently


def test_captioner_runs_a_chat_vlm_with_an_instruction(gen, tmp_path):
    """Image-text-to-text chat models get the image and the prompt through their chat
    template; the caption is what follows the prompt, not the prompt repeated."""
    from trustbench.synth import Captioner
    from trustbench.synth.tiny import write_llava

    path = write_llava(tmp_path / "vlm")
    images = [im.data for im in gen.generate(PROMPTS[:3], [1, 2, 3])]
    cap = Captioner(str(path), prompt="describe the image", max_new_tokens=5, batch_size=2)
    assert "<image>describe the image" in cap._text
    texts, errors = cap.caption(images)
    assert errors == [None] * 3 and all(t is not None for t in texts)
    assert not any("describe" in t for t in texts)
    assert cap.params["architecture"] == "LlavaForConditionalGeneration"


def test_nudenet_check_runs_offline_on_real_photos():
    skdata = pytest.importorskip("skimage.data")
    from trustbench.synth import load_nsfw_check

    photos = [encode(Image.fromarray(skdata.astronaut()))]
    photos.append(encode(make_image(3)))
    scores, errors = load_nsfw_check("nudenet").scores([*photos, b"junk"])
    assert scores[:2] == [0.0, 0.0] and scores[2] is None and errors[2]  # a clothed astronaut
    faces, _ = load_nsfw_check("nudenet", classes=["FACE_FEMALE"]).scores(photos)
    assert faces[0] > 0.5 and faces[1] == 0.0  # the detector really runs: it finds her face
    with pytest.raises(ValueError, match="unknown NSFW check"):
        load_nsfw_check("nope")


# -- missing models ---------------------------------------------------------------------------


def test_missing_model_gives_one_clear_error(tmp_path, tiny_models):
    from trustbench.synth import Generator, ModelNotFoundError

    with pytest.raises(ModelNotFoundError) as e:
        Generator(str(tmp_path / "no-such-model"))
    assert "no-such-model" in str(e.value) and "local folder" in str(e.value)
    with pytest.raises(ModelNotFoundError, match="no model_index.json"):
        Generator(str(tiny_models["clip"]))  # a folder, but not a diffusers pipeline

    # a Hub id that is not cached, offline: the CLI names the model, the cache and the fix
    recipe = tmp_path / "r.yaml"
    recipe.write_text(
        yaml.safe_dump(
            _recipe(tiny_models, ["a cat"], [{"generate": {"model": "nobody/no-such-model"}}])
        )
    )
    env = os.environ | {"HF_HUB_OFFLINE": "1", "HF_HOME": str(tmp_path / "hf")}
    proc = subprocess.run(
        [*CLI, "run", str(recipe), "--out", str(tmp_path / "out"), "--quiet"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 1
    assert "nobody/no-such-model" in proc.stderr
    assert str(tmp_path / "hf" / "hub") in proc.stderr
    assert "local folder" in proc.stderr and "hf download" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_hub_id_loads_from_the_cache_pinned_to_its_commit(tmp_path, tiny_models):
    """A Hub id resolves through the Hugging Face cache; lineage gets the commit hash."""
    import shutil

    sha = "0123456789abcdef0123456789abcdef01234567"
    repo = tmp_path / "hub" / "models--tbtest--tiny-clip"
    shutil.copytree(tiny_models["clip"], repo / "snapshots" / sha)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(sha)
    code = (
        "from trustbench.synth import ClipScorer\n"
        "c = ClipScorer('tbtest/tiny-clip')\n"
        "print(c.resolved.repo_id, c.resolved.revision, c.score([None], ['x'])[1][0])\n"
    )
    env = os.environ | {"HF_HUB_CACHE": str(tmp_path / "hub"), "HF_HUB_OFFLINE": "1"}
    proc = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, cwd=tmp_path
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.split()[:3] == ["tbtest/tiny-clip", sha, "no"]


# -- prompts source ---------------------------------------------------------------------------


def test_prompts_source_from_files_with_seeds_groups_and_bad_lines(tmp_path):
    from trustbench.builders.sources import PromptsSource, PromptsSourceConfig

    txt = tmp_path / "p.txt"
    txt.write_bytes(b"a red bus\n\n  \na caf\xe9 \xff\xfe menu\na cat\n")
    src = PromptsSource(PromptsSourceConfig(path="p.txt", rows_per_shard=2), tmp_path)
    batches = [b for s in src.shards() for b in src.read(s)]
    rows = pl.concat(batches)
    assert rows["id"].to_list() == ["prompt-000000", "prompt-000001", "prompt-000002"]
    assert rows["text"].to_list() == ["a red bus", None, "a cat"]
    assert rows["_drop_reason"].to_list() == [None, "invalid_text_encoding", None]
    assert src.files() == [txt]

    jsonl = tmp_path / "p.jsonl"
    jsonl.write_text(
        "\n".join(
            json.dumps(r)
            for r in [
                {"id": "m", "prompt": "a man", "seed_group": "pair1", "attr": "male"},
                {"id": "w", "prompt": "a woman", "seed_group": "pair1", "attr": "female"},
                {"id": "s", "prompt": "a dog", "seed": 42, "attr": None},
            ]
        )
    )
    cfg = PromptsSourceConfig(path=str(jsonl), images_per_prompt=2, rows_per_shard=4)
    src = PromptsSource(cfg, tmp_path)
    assert [(s.start, s.stop) for s in src.shards()] == [(0, 4), (4, 6)]
    rows = pl.concat([b for s in src.shards() for b in src.read(s)])
    assert rows["id"].to_list() == ["m-0", "m-1", "w-0", "w-1", "s-0", "s-1"]
    assert rows["seed_group"].to_list() == ["pair1/0", "pair1/1", "pair1/0", "pair1/1", None, None]
    assert rows["seed"].to_list() == [None, None, None, None, 42, 43]
    assert rows["attr"].to_list() == ["male", "male", "female", "female", None, None]
    assert rows["lineage"].struct.field("source_id").to_list()[:2] == ["m", "m"]

    with pytest.raises(RecipeError, match="exactly one of path"):
        parse_recipe({"name": "x", "source": {"type": "prompts"}})
    with pytest.raises(RecipeError, match="unknown key 'prompt'"):
        parse_recipe({"name": "x", "source": {"type": "prompts", "prompt": ["a"]}})
    bad = tmp_path / "p.csv"
    bad.write_text("text\nhello\n")
    with pytest.raises(ValueError, match="no 'prompt' column"):
        PromptsSource(PromptsSourceConfig(path=str(bad)), tmp_path).shards()
    latin1 = tmp_path / "latin1.jsonl"
    latin1.write_bytes(b'{"prompt": "caf\xe9"}\n')
    with pytest.raises(ValueError, match="latin1.jsonl cannot be read.*UTF-8"):
        PromptsSource(PromptsSourceConfig(path=str(latin1)), tmp_path).shards()


def test_prompts_file_saved_with_a_byte_order_mark(tmp_path):
    """Editors on Windows start UTF-8 text with a BOM: it is no part of the first prompt."""
    from trustbench.builders.sources import PromptsSource, PromptsSourceConfig

    for name, data in [("p.txt", "a red bus\r\na cat\r\n"), ("p.csv", "prompt\na red bus\na cat\n")]:
        (tmp_path / name).write_bytes(b"\xef\xbb\xbf" + data.encode())
        src = PromptsSource(PromptsSourceConfig(path=name), tmp_path)
        rows = pl.concat([b for s in src.shards() for b in src.read(s)])
        assert rows["prompt"].to_list() == ["a red bus", "a cat"], name


# -- steps ------------------------------------------------------------------------------------


def test_generate_step_lineage_seeds_and_pairs(tmp_path, tiny_models):
    prompts = [
        {"id": "m", "prompt": "a man", "seed_group": "g1"},
        {"id": "w", "prompt": "a woman", "seed_group": "g1"},
        {"id": "named", "prompt": "a man", "seed": 1234},
        {"id": "plain", "prompt": "a man", "negative_prompt": "blurry"},
        {"id": "empty", "prompt": "  "},
    ]
    result = run(_recipe(tiny_models, prompts), tmp_path / "out")
    assert result.rows == 4 and result.provenance["accounting"]["balanced"]
    excl = read_exclusions(tmp_path / "out")
    assert excl.select("id", "reason").rows() == [("empty", "empty_prompt")]
    out = {r["id"]: r for r in read_output(tmp_path / "out").iter_rows(named=True)}
    lin = {k: r["lineage"] for k, r in out.items()}
    assert lin["m"]["seed"] == lin["w"]["seed"] != lin["plain"]["seed"]  # pairs share latents
    assert lin["named"]["seed"] == 1234
    negative = {k: json.loads(v["params"])["generate"]["negative_prompt"] for k, v in lin.items()}
    assert negative == {"m": None, "w": None, "named": None, "plain": "blurry"}
    for r in out.values():
        assert r["lineage"]["model"] == str(tiny_models["sd"])
        assert r["lineage"]["revision"].startswith("local-")
        assert r["lineage"]["steps"] == ["generate"]
        params = json.loads(r["lineage"]["params"])["generate"]
        assert params["scheduler"] == "EulerDiscreteScheduler" and params["steps"] == 2
        assert r["prompt"] == r["text"] and (r["width"], r["height"]) == (32, 32)
        assert r["image"]["path"] == f"{r['id']}.png"
    # the same prompt and seed from another row reproduces the pixels exactly
    from trustbench.synth import Generator

    g = Generator(str(tiny_models["sd"]), steps=2, guidance=7.5, batch_size=1)
    (again,) = g.generate(["a man"], [1234])
    assert np.array_equal(pixels(again.data), pixels(out["named"]["image"]["bytes"]))


def test_caption_score_and_nsfw_steps(tmp_path, tiny_models):
    skdata = pytest.importorskip("skimage.data")
    rows = [
        ("astronaut", "a woman in a space suit", encode(Image.fromarray(skdata.astronaut()))),
        ("coffee", "a cup of coffee", encode(Image.fromarray(skdata.coffee()))),
        ("pattern", "a pattern", encode(make_image(5))),
        ("broken", "a broken file", b"\x89PNG not really"),
    ]
    src = tmp_path / "in.parquet"
    pl.DataFrame(
        {"key": [r[0] for r in rows], "caption": [r[1] for r in rows], "img": [r[2] for r in rows]}
    ).write_parquet(src)
    recipe = {
        "name": "post",
        "source": {"type": "parquet", "path": str(src), "image_column": "img", "id_column": "key"},
        "steps": [
            {"caption": {"model": str(tiny_models["captioner"]), "max_new_tokens": 5}},
            {
                "score.clip": {
                    "model": str(tiny_models["clip"]),
                    "labels": ["woman", "cup"],
                    "min_score": -1.0,
                }
            },
            # FACE_FEMALE stands in for an explicit class: the real detector must fire on her
            {"filter.nsfw": {"threshold": 0.5, "options": {"classes": ["FACE_FEMALE"]}}},
        ],
    }
    result = run(recipe, tmp_path / "out")
    excl = read_exclusions(tmp_path / "out")
    reasons = dict(excl.select("id", "reason").rows())
    assert reasons == {"broken": "corrupt_image", "astronaut": "nsfw"}
    detail = excl.filter(pl.col("id") == "astronaut")["detail"][0]
    assert detail.startswith("nudenet score 0.") and detail.endswith(">= 0.5")
    out = read_output(tmp_path / "out")
    assert sorted(out["id"]) == ["coffee", "pattern"]
    assert out["caption"].str.len_chars().min() > 0
    assert (
        out["clip_score"].is_between(-1, 1).all()
        and out["clip_label"].is_in(["woman", "cup"]).all()
    )
    assert (out["nsfw_score"] < 0.5).all()
    params = json.loads(out["lineage"][0]["params"])
    assert params["filter.nsfw"] == {"backend": "nudenet", "threshold": 0.5}
    assert params["caption"]["model"] == str(tiny_models["captioner"])
    assert params["score.clip"]["labels"] == ["woman", "cup"]
    nsfw = next(s for s in result.provenance["steps"] if s["name"] == "filter.nsfw")
    assert nsfw["stats"] == {"nsfw": 1} and nsfw["dropped_by_reason"] == {"nsfw": 1}

    recipe["steps"][1]["score.clip"]["min_score"] = 1.0  # nothing reaches cosine 1
    recipe["steps"].pop()
    run(recipe, tmp_path / "strict")
    assert read_exclusions(tmp_path / "strict")["reason"].value_counts().sort("reason").rows() == [
        ("corrupt_image", 1),
        ("low_clip_score", 3),
    ]


# -- whole builds -----------------------------------------------------------------------------


def _demo_overrides(tiny_models) -> list[str]:
    return [
        f"--set=steps.0.generate.model={tiny_models['sd']}",
        f"--set=steps.1.caption.model={tiny_models['captioner']}",
        f"--set=steps.2.score.clip.model={tiny_models['clip']}",
    ]


def test_synth_demo_recipe_builds_and_loads_with_datasets(tmp_path, tiny_models):
    import datasets

    from trustbench.builders.cli import main

    recipe = REPO / "data" / "recipes" / "synth-demo.yaml"
    out = tmp_path / "demo"
    assert (
        main(["run", str(recipe), "--out", str(out), "--quiet", *_demo_overrides(tiny_models)]) == 0
    )
    ds = datasets.load_dataset(str(out), split="train")
    prompts = (REPO / "data" / "recipes" / "synth-prompts.txt").read_text().splitlines()
    assert len(ds) == 2 * len(prompts)
    row = ds[0]
    assert row["image"].size == (32, 32) and row["prompt"] == prompts[0] == row["text"]
    assert row["caption"] and row["clip_label"] in ("man", "woman")
    assert row["lineage"]["steps"] == ["generate", "caption", "score.clip", "filter.nsfw"]
    assert set(json.loads(row["lineage"]["params"])) == {
        "generate",
        "caption",
        "score.clip",
        "filter.nsfw",
    }
    assert len(set(ds["id"])) == len(ds) and len(set(r["seed"] for r in ds["lineage"])) == len(ds)
    card = (out / "README.md").read_text()
    assert "`generate` |" in card
    # every row's image was generated: the Croissant RAI record says the data is synthetic
    assert json.loads((out / "croissant.json").read_text())["rai:hasSyntheticData"] is True


def test_killed_generation_resumes_without_regenerating(tmp_path, tiny_models):
    """SIGKILL a real CLI generation build once some shards are done, rerun it: finished shards
    are not redone and the output equals an uninterrupted build's."""
    recipe = tmp_path / "gen.yaml"
    body = _recipe(
        tiny_models,
        [f"a photo number {i}" for i in range(40)],
        [{"generate": {"model": str(tiny_models["sd"]), "steps": 4, "batch_size": 2}}],
        rows_per_shard=1,
    )
    body["output"] = {"keep_work": True}
    recipe.write_text(yaml.safe_dump(body))
    out = tmp_path / "out"
    proc = subprocess.Popen([*CLI, "run", str(recipe), "--out", str(out), "--quiet"], cwd=REPO)
    stage = out / ".work" / "stage-0"
    deadline = time.time() + 240
    while time.time() < deadline and len(list(stage.glob("*.done"))) < 2 and proc.poll() is None:
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    done = sorted(stage.glob("*.done"))
    assert 2 <= len(done) < 40, len(done)
    before = {p.name: p.stat().st_mtime_ns for p in stage.glob("shard-*.parquet")}
    finished = [p.name.replace(".done", ".parquet") for p in done]

    subprocess.run([*CLI, "run", str(recipe), "--out", str(out), "--quiet"], cwd=REPO, check=True)
    prov = json.loads((out / "provenance.json").read_text())
    assert prov["resumed"] and prov["output"]["rows"] == 40
    for name in finished:  # untouched: not regenerated
        assert (stage / name).stat().st_mtime_ns == before[name]
    subprocess.run(
        [*CLI, "run", str(recipe), "--out", str(tmp_path / "fresh"), "--quiet"],
        cwd=REPO,
        check=True,
    )
    fresh = json.loads((tmp_path / "fresh" / "provenance.json").read_text())
    assert not fresh["resumed"]
    assert fresh["output"]["fingerprint"] == prov["output"]["fingerprint"]


def test_shard_writer_widens_when_later_rows_carry_more_columns(tmp_path):
    """Exclusions of one shard come from successive steps, each adding columns."""
    from trustbench.builders.sink import ShardWriter

    w = ShardWriter(tmp_path / "excl.parquet")
    w.write(pl.DataFrame({"id": ["a"], "reason": ["corrupt_image"]}))
    w.write(pl.DataFrame({"id": ["b"], "reason": ["nsfw"], "nsfw_score": [0.9]}))
    w.write(pl.DataFrame({"id": ["c"], "nsfw_score": [0.7], "reason": ["nsfw"]}))
    w.close()
    back = pl.read_parquet(tmp_path / "excl.parquet")
    assert back.columns == ["id", "reason", "nsfw_score"]
    assert back.rows() == [("a", "corrupt_image", None), ("b", "nsfw", 0.9), ("c", "nsfw", 0.7)]
    assert not list(tmp_path.glob("*.old")) and not list(tmp_path.glob("*.tmp"))
