"""Versioned publishing: a local git repo and the Hub API (a fake Hub on 127.0.0.1), changelogs,
no-op republish, failed uploads, and consumers reading a tag back with ``datasets``."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys

import datasets
import polars as pl
import pytest
from fake_hub import FakeHub

from conftest import encode, make_image
from trustbench.builders.cli import main
from trustbench.builders.pipeline import run_recipe
from trustbench.builders.publish import (
    PublishError,
    bump_version,
    make_target,
    next_version,
    publish,
)


def _source(path, rows):
    pl.DataFrame(
        {"key": [r[0] for r in rows], "caption": [r[1] for r in rows], "jpg": [r[2] for r in rows]},
        schema={"key": pl.String, "caption": pl.String, "jpg": pl.Binary},
    ).write_parquet(path)
    return path


def _build(tmp_path, name, rows, card=None):
    src = _source(tmp_path / f"{name}.parquet", rows)
    recipe = {
        "name": "pubtest",
        "source": {"type": "parquet", "path": str(src), "image_column": "jpg",
                   "text_column": "caption", "id_column": "key", "rows_per_shard": 5},
        "steps": [{"validate.images": {}}, {"dedupe.exact": {"by": ["bytes"]}}],
        "card": card or {"license": "cc-by-4.0", "language": ["en"]},
    }  # fmt: skip
    return run_recipe(recipe, out=tmp_path / name, progress=False).out_dir


V1 = [(f"img{i:03d}", f"a photo number {i} of a thing", encode(make_image(i))) for i in range(12)]
# v2: two rows removed, one caption changed, one new row, one more corrupt image
V2 = (
    [r for r in V1[2:] if r[0] != "img005"]
    + [("img005", "a changed caption", V1[5][2])]
    + [("img012", "a new photo", encode(make_image(12))), ("img013", "broken", b"not an image")]
)


def _rows(folder) -> dict[str, tuple]:
    """id → (text, image bytes) as ``datasets`` reads the Parquet files of a folder."""
    ds = datasets.load_dataset(
        "parquet", data_files=str(folder / "data" / "*.parquet"), split="train",
        cache_dir=str(folder.parent / f"cache-{folder.name}"),
    ).cast_column("image", datasets.Image(decode=False))  # fmt: skip
    return {r["id"]: (r["text"], r["image"]["bytes"]) for r in ds}


def _tree_at(repo, tag, dest):
    dest.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(repo), "archive", tag], capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive.stdout, check=True)
    return dest


def _tags(repo) -> list[str]:
    return subprocess.run(
        ["git", "-C", str(repo), "tag", "--list"], capture_output=True, text=True, check=True
    ).stdout.split()


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("builds")
    return _build(tmp, "v1", V1), _build(tmp, "v2", V2)


def test_versions():
    assert bump_version("1.2.3", "major") == "2.0.0"
    assert bump_version("1.2.3", "minor") == "1.3.0"
    assert bump_version("1.2.3", "patch") == "1.2.4"
    assert next_version(None, None, None, None) == "1.0.0"
    assert next_version(None, None, "0.3.0", None) == "0.3.0"
    assert next_version("1.0.0", None, None, None) == "1.1.0"
    assert next_version("1.0.0", None, "1.0.0", "patch") == "1.0.1"
    assert next_version("1.0.0", "2.0.0", None, "patch") == "2.0.0"
    with pytest.raises(PublishError, match="not above"):
        next_version("1.0.0", None, "1.0.0", None)
    with pytest.raises(ValueError, match="semver"):
        next_version(None, "1.0", None, None)


def test_publish_to_git_versions_changelog_and_consumer(builds, tmp_path, capsys):
    v1, v2 = builds
    repo = tmp_path / "releases"
    assert main(["publish", str(v1), "--to", str(repo)]) == 0
    assert "published v1.0.0" in capsys.readouterr().out
    # publishing the same build again changes nothing
    assert main(["publish", str(v1), "--to", str(repo)]) == 0
    assert "unchanged since v1.0.0" in capsys.readouterr().out
    assert _tags(repo) == ["v1.0.0"]
    commits = subprocess.run(["git", "-C", str(repo), "rev-list", "--count", "HEAD"],
                             capture_output=True, text=True).stdout.strip()  # fmt: skip
    assert commits == "1"

    result = publish(v2, str(repo))
    assert (result.version, result.previous, result.changed) == ("1.1.0", "1.0.0", True)
    assert _tags(repo) == ["v1.0.0", "v1.1.0"]

    # the changelog is the row diff by id and the per-step count changes
    record = json.loads((repo / "changes" / "v1.1.0.json").read_text())
    assert record["added"] == ["img012"]  # img013 is corrupt: excluded, not added
    assert record["removed"] == ["img000", "img001"]
    assert record["changed"] == ["img005"]
    log = (repo / "CHANGELOG.md").read_text()
    assert log.index("## v1.1.0") < log.index("## v1.0.0")
    assert "- Rows added: 1 — `img012`" in log and "- Rows changed: 1 — `img005`" in log
    assert "| 1. `validate.images` | 12 / 12 / 0 | 12 / 11 / 1 (corrupt_image 1) |" in log
    card = (repo / "README.md").read_text()
    assert "version: 1.1.0" in card and "`img005`" in card
    assert json.loads((repo / "croissant.json").read_text())["version"] == "1.1.0"
    assert not (repo / "exclusions").exists()  # dropped rows are not published by default

    # consumers get exactly the rows of each build at each tag
    assert _rows(_tree_at(repo, "v1.0.0", tmp_path / "at-v1")) == _rows(v1)
    assert _rows(_tree_at(repo, "v1.1.0", tmp_path / "at-v2")) == _rows(v2)
    assert len(_rows(v2)) == 11


def test_git_target_refuses_a_dirty_or_foreign_folder(builds, tmp_path):
    v1, _ = builds
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("mine")
    with pytest.raises(PublishError, match="not a git repository"):
        publish(v1, str(foreign))
    repo = tmp_path / "repo"
    publish(v1, str(repo))
    (repo / "README.md").write_text("local edit")
    with pytest.raises(PublishError, match="uncommitted"):
        publish(v1, str(repo))


def test_a_failed_git_publish_leaves_the_previous_version(builds, tmp_path, monkeypatch):
    from trustbench.builders.publish import GitTarget

    v1, v2 = builds
    repo = tmp_path / "releases"
    publish(v1, str(repo))
    before = (repo / "README.md").read_text()
    real = GitTarget._git

    def broken(self, *args, check=True):
        if args[0] == "tag" and len(args) > 1 and args[1] == "-a":
            raise PublishError("simulated: tag refused")
        return real(self, *args, check=check)

    monkeypatch.setattr(GitTarget, "_git", broken)
    with pytest.raises(PublishError, match="simulated"):
        publish(v2, str(repo))
    assert _tags(repo) == ["v1.0.0"]
    assert (repo / "README.md").read_text() == before
    status = subprocess.run(["git", "-C", str(repo), "status", "--porcelain"],
                            capture_output=True, text=True).stdout  # fmt: skip
    assert status == "" and not (repo / "changes" / "v1.1.0.json").exists()
    monkeypatch.setattr(GitTarget, "_git", real)
    assert publish(v2, str(repo), with_exclusions=True).version == "1.1.0"
    assert [p.name for p in (repo / "exclusions").glob("*.parquet")] == [
        p.name for p in (v2 / "exclusions").glob("*.parquet")
    ]


def test_publish_rejects_what_is_not_a_build(tmp_path):
    (tmp_path / "provenance.json").write_bytes(b"\xff{not json")
    assert main(["publish", str(tmp_path), "--to", str(tmp_path / "repo")]) == 1
    with pytest.raises(ValueError, match="not valid provenance JSON"):
        publish(tmp_path, str(tmp_path / "repo"))
    with pytest.raises(ValueError, match="hf://ORG/NAME"):
        make_target("hf://just-a-name")


@pytest.fixture
def hub(monkeypatch, tmp_path):
    with FakeHub() as server:
        monkeypatch.setenv("HF_ENDPOINT", server.url)
        monkeypatch.setenv("HF_TOKEN", server.token)
        monkeypatch.setenv("HF_HOME", str(tmp_path / "hf-home"))
        yield server


def test_publish_to_hub(builds, hub, tmp_path):
    v1, v2 = builds
    first = publish(v1, "hf://trust-org/pubtest", private=True)
    assert first.version == "1.0.0" and hub.repos["trust-org/pubtest"].private
    repo = hub.repos["trust-org/pubtest"]
    assert len(repo.history) == 2  # the repo's first commit, then ONE commit with everything
    files = hub.files("trust-org/pubtest", "v1.0.0")
    assert {"README.md", "croissant.json", "provenance.json", "CHANGELOG.md"} <= set(files)
    assert any(p.startswith("figures/") for p in files)
    assert any(p.startswith("data/train-") for p in files)
    assert 'load_dataset("trust-org/pubtest", split="train", revision="v1.0.0")' in files[
        "README.md"
    ].decode()
    doc = json.loads(files["croissant.json"])
    assert doc["url"] == f"{hub.url}/datasets/trust-org/pubtest" and doc["version"] == "1.0.0"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc["datePublished"])

    assert not publish(v1, "hf://trust-org/pubtest").changed  # republish: no-op
    assert len(repo.history) == 2 and list(repo.tags) == ["v1.0.0"]

    # a failed upload leaves the repo at the previous version
    hub.fail_commits = True
    with pytest.raises(PublishError, match="nothing changed"):
        publish(v2, "hf://trust-org/pubtest")
    assert list(repo.tags) == ["v1.0.0"] and repo.branches["main"] == repo.tags["v1.0.0"]

    hub.fail_commits = False
    second = publish(v2, "hf://trust-org/pubtest", bump="major")
    assert second.version == "2.0.0" and list(repo.tags) == ["v1.0.0", "v2.0.0"]
    record = json.loads(hub.files("trust-org/pubtest", "v2.0.0")["changes/v2.0.0.json"])
    assert (record["added"], record["removed"], record["changed"]) == (
        ["img012"], ["img000", "img001"], ["img005"]
    )  # fmt: skip
    # shards of v1 that v2 does not have are deleted in the same commit
    v2_data = {p for p in hub.files("trust-org/pubtest", "v2.0.0") if p.startswith("data/")}
    assert v2_data == {f"data/{p.name}" for p in (v2 / "data").glob("*.parquet")}

    # consumers load each tag with datasets.load_dataset(repo, revision=tag) from the Hub API
    # (a fresh process: huggingface_hub and datasets read HF_ENDPOINT when imported)
    for tag, build in (("v1.0.0", v1), ("v2.0.0", v2)):
        got = subprocess.run(
            [sys.executable, "-c", _LOAD, "trust-org/pubtest", tag, str(tmp_path / f"c-{tag}")],
            capture_output=True, text=True, env={**os.environ},
        )  # fmt: skip
        assert got.returncode == 0, got.stderr[-2000:]
        expected = {k: [t, hashlib.sha256(b).hexdigest()] for k, (t, b) in _rows(build).items()}
        assert json.loads(got.stdout.splitlines()[-1]) == expected


_LOAD = """
import hashlib, json, sys
import datasets
repo, tag, cache = sys.argv[1:]
ds = datasets.load_dataset(repo, revision=tag, split="train", cache_dir=cache)
ds = ds.cast_column("image", datasets.Image(decode=False))
print(json.dumps({r["id"]: [r["text"], hashlib.sha256(r["image"]["bytes"]).hexdigest()] for r in ds}))
"""


def test_hub_needs_a_token(builds, hub, monkeypatch):
    monkeypatch.setenv("HF_TOKEN", "hf_wrong")
    assert main(["publish", str(builds[0]), "--to", "hf://trust-org/other"]) == 1
    assert "trust-org/other" not in hub.repos
