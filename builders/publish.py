"""Versioned publishing of a build folder: a local git repository or a Hugging Face dataset repo.

A version is a semver tag ``vX.Y.Z``. The output fingerprint in ``provenance.json`` decides
whether anything changed: republishing an unchanged build is a no-op. A changed build becomes a
new version in ONE commit (data shards, card, ``croissant.json``, figures, ``provenance.json``,
``CHANGELOG.md``) that is then tagged; the CHANGELOG section is a diff against the previous
version (rows added / removed / changed by id, per-step count changes). A failed commit leaves the
target at the previous version.

>>> from trustbench.builders.publish import publish
>>> publish("out/demo", "releases/demo")            # a local git repo, tag v1.0.0
>>> publish("out/demo", "hf://my-org/demo", private=True)
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import polars as pl
import pyarrow.parquet as pq

from trustbench.cards import write_documents
from trustbench.cards.meta import SEMVER

Bump = Literal["major", "minor", "patch"]
# paths a publish owns in the target; anything else there (e.g. a hand-written file) is left alone
_MANAGED = ("data/", "exclusions/", "figures/", "reports/", "README.md", "croissant.json",
            "provenance.json", "CHANGELOG.md")  # fmt: skip
_ID_LIST_LIMIT = 100


class PublishError(RuntimeError):
    """Publishing failed; the message says so when the target is not at the previous version."""


@dataclass
class PublishResult:
    """What :func:`publish` did. ``changed`` is False for a no-op republish.

    >>> result = publish("out/demo", "releases/demo")
    >>> result.version, result.previous, result.changed
    ('1.1.0', '1.0.0', True)
    """

    target: str
    version: str
    previous: str | None
    changed: bool
    changelog: str = ""
    commit: str | None = None
    files: list[str] = field(default_factory=list)


# -- versions -----------------------------------------------------------------------------------


def parse_version(text: str) -> tuple[int, int, int]:
    m = re.match(SEMVER, text.removeprefix("v"))
    if not m:
        raise ValueError(f"{text!r} is not a semver version X.Y.Z")
    return int(m[1]), int(m[2]), int(m[3])


def bump_version(version: str, part: Bump) -> str:
    """>>> bump_version("1.2.3", "minor")
    '1.3.0'"""
    major, minor, patch = parse_version(version)
    if part == "major":
        return f"{major + 1}.0.0"
    if part == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def latest_version(tags: list[str]) -> str | None:
    """The highest ``vX.Y.Z`` tag (without the ``v``), or None."""
    found = [t[1:] for t in tags if t.startswith("v") and re.match(SEMVER, t[1:])]
    return max(found, key=parse_version) if found else None


def next_version(
    previous: str | None, wanted: str | None, recipe_version: str | None, bump: Bump | None
) -> str:
    """``wanted`` (``--version``) wins, then ``--bump`` of the previous version, then the
    recipe's ``card.version``, then a minor bump (``1.0.0`` for the first version)."""
    if wanted:
        version = wanted.removeprefix("v")
    elif bump and previous:
        version = bump_version(previous, bump)
    elif recipe_version:
        version = recipe_version
    else:
        version = bump_version(previous, "minor") if previous else "1.0.0"
    parse_version(version)
    if previous and parse_version(version) <= parse_version(previous):
        raise PublishError(
            f"version {version} is not above the published v{previous} and the content changed: "
            "raise card.version in the recipe, or pass --bump or --version"
        )
    return version


# -- the changelog ------------------------------------------------------------------------------


def row_hashes(files: list[Path]) -> dict[str, int]:
    """id → hash of the row's content (every column but ``lineage``, which records how a row
    was made rather than what it is). Reads one batch at a time."""
    out: dict[str, int] = {}
    for f in files:
        for rb in pq.ParquetFile(f).iter_batches(batch_size=1024):
            df = pl.from_arrow(rb)
            assert isinstance(df, pl.DataFrame)
            content = df.select(pl.exclude("lineage"))
            out.update(zip(df["id"].cast(pl.String).to_list(), content.hash_rows(seed=0).to_list()))
    return out


def _ids(ids: list[str]) -> str:
    shown = ", ".join(f"`{i}`" for i in ids[:_ID_LIST_LIMIT])
    more = len(ids) - _ID_LIST_LIMIT
    return shown + (f", … and {more} more (all in `changes/`)" if more > 0 else "")


def changelog_section(
    version: str,
    prov: dict[str, Any],
    new_files: list[Path],
    previous: str | None = None,
    prev_prov: dict[str, Any] | None = None,
    prev_files: list[Path] | None = None,
) -> tuple[str, dict[str, Any]]:
    """The CHANGELOG section of ``version`` and the full change record (ids) behind it."""
    out = prov["output"]
    lines = [f"## v{version}", ""]
    if previous is None or prev_prov is None:
        lines.append(
            f"First version: {out['rows']} rows, output fingerprint `{out['fingerprint']}`."
        )
        return "\n".join(lines) + "\n", {"version": version, "previous": None}
    new, old = row_hashes(new_files), row_hashes(prev_files or [])
    added = sorted(new.keys() - old.keys())
    removed = sorted(old.keys() - new.keys())
    changed = sorted(k for k in new.keys() & old.keys() if new[k] != old[k])
    lines += [
        f"Compared with v{previous}: rows {prev_prov['output']['rows']} → {out['rows']}; output "
        f"fingerprint `{prev_prov['output']['fingerprint'][:16]}` → `{out['fingerprint'][:16]}`.",
        "",
        f"- Rows added: {len(added)}" + (f" — {_ids(added)}" if added else ""),
        f"- Rows removed: {len(removed)}" + (f" — {_ids(removed)}" if removed else ""),
        f"- Rows changed: {len(changed)}" + (f" — {_ids(changed)}" if changed else ""),
        "",
    ]
    steps = _step_changes(prev_prov["steps"], prov["steps"])
    if steps:
        lines += [
            f"| step | v{previous} in / kept / dropped | v{version} in / kept / dropped |",
            "|---|---|---|",
            *steps,
        ]
    else:
        lines.append("Per-step counts are unchanged.")
    record = {"version": version, "previous": previous, "added": added, "removed": removed,
              "changed": changed}  # fmt: skip
    return "\n".join(lines) + "\n", record


def _step_changes(old: list[dict], new: list[dict]) -> list[str]:
    def key(s: dict) -> str:
        return f"{s['index']}. `{s['name']}`"

    def counts(s: dict | None) -> str:
        if s is None:
            return "—"
        reasons = ", ".join(f"{k} {v}" for k, v in s["dropped_by_reason"].items())
        return f"{s['in']} / {s['kept']} / {s['dropped']}" + (f" ({reasons})" if reasons else "")

    before, after = {key(s): s for s in old}, {key(s): s for s in new}
    rows = []
    for k in dict.fromkeys([*before, *after]):
        a, b = counts(before.get(k)), counts(after.get(k))
        if a != b:
            rows.append(f"| {k} | {a} | {b} |")
    return rows


# -- targets ------------------------------------------------------------------------------------


class GitTarget:
    """A local git repository, one commit and one annotated tag per version.

    >>> GitTarget(Path("releases/demo")).tags()
    ['v1.0.0']
    """

    def __init__(self, path: Path):
        self.path = path
        self.name = str(path)
        self.repo_id: str | None = None
        self.url: str | None = None
        self._ident: list[str] | None = None  # git -c options for a commit identity, if needed

    def _git(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        env = {**os.environ, "GIT_TERMINAL_PROMPT": "0"}
        if self._ident is None:  # asked once, not before every git command
            configured = self._configured("user.email")
            self._ident = [] if configured else [
                "-c", "user.name=trustbench", "-c", "user.email=trustbench@localhost"
            ]  # fmt: skip
        res = subprocess.run(
            ["git", *self._ident, "-C", str(self.path), *args], capture_output=True, env=env
        )
        if check and res.returncode:
            raise PublishError(f"git {' '.join(args)}: {res.stderr.decode(errors='replace')}")
        return res

    def _configured(self, key: str) -> bool:
        res = subprocess.run(
            ["git", "-C", str(self.path), "config", key], capture_output=True, text=True
        )
        return bool(res.stdout.strip())

    def prepare(self, private: bool) -> None:
        if not self.path.exists() or not any(self.path.iterdir()):
            self.path.mkdir(parents=True, exist_ok=True)
            self._git("init", "-q", "-b", "main")
        elif not (self.path / ".git").exists():
            raise PublishError(f"{self.path} exists, is not empty and is not a git repository")
        if self._git("status", "--porcelain").stdout.strip():
            raise PublishError(f"{self.path} has uncommitted changes; commit or stash them first")

    def tags(self) -> list[str]:
        return self._git("tag", "--list").stdout.decode().split()

    def read(self, tag: str, path: str) -> bytes | None:
        res = self._git("show", f"{tag}:{path}", check=False)
        return res.stdout if res.returncode == 0 else None

    def download(self, tag: str, prefix: str, dest: Path) -> list[Path]:
        names = self._git("ls-tree", "-r", "--name-only", tag, prefix).stdout.decode().split()
        out = []
        for name in sorted(names):
            target = dest / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(self._git("show", f"{tag}:{name}").stdout)
            out.append(target)
        return out

    def commit(self, staging: Path, files: list[str], tag: str, message: str) -> str:
        head = self._git("rev-parse", "--verify", "-q", "HEAD", check=False).stdout.decode().strip()
        try:
            for rel in self._git("ls-files").stdout.decode().splitlines():
                if rel.startswith(_MANAGED):
                    (self.path / rel).unlink()
            for rel in files:
                dest = self.path / rel
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(staging / rel, dest)
            self._git("add", "-A")
            self._git("commit", "-q", "-m", message)
            self._git("tag", "-a", tag, "-m", message)
        except BaseException:
            if head:  # back to the previous version, working tree included
                self._git("reset", "-q", "--hard", head, check=False)
            else:
                self._git("rm", "-rq", "--cached", "--ignore-unmatch", ".", check=False)
            self._git("clean", "-fdq", check=False)
            raise
        return self._git("rev-parse", "HEAD").stdout.decode().strip()


class HubTarget:
    """A Hugging Face dataset repository through ``huggingface_hub`` (endpoint from
    ``$HF_ENDPOINT``, token from ``$HF_TOKEN`` or ``hf auth login``).

    >>> HubTarget("my-org/demo").tags()
    """

    def __init__(self, repo_id: str, token: str | None = None):
        from huggingface_hub import HfApi

        self.repo_id = repo_id
        self.name = f"hf://{repo_id}"
        self.endpoint = os.environ.get("HF_ENDPOINT") or None
        self.api = HfApi(endpoint=self.endpoint, token=token)
        self.url = f"{self.api.endpoint}/datasets/{repo_id}"

    def prepare(self, private: bool) -> None:
        from huggingface_hub.errors import HfHubHTTPError

        try:
            self.api.create_repo(self.repo_id, repo_type="dataset", private=private, exist_ok=True)
        except HfHubHTTPError as e:
            raise PublishError(
                f"cannot create or reach {self.name} at {self.api.endpoint}: {e} (the token comes "
                "from $HF_TOKEN or `hf auth login`)"
            ) from e

    def tags(self) -> list[str]:
        return [t.name for t in self.api.list_repo_refs(self.repo_id, repo_type="dataset").tags]

    def read(self, tag: str, path: str) -> bytes | None:
        from huggingface_hub.errors import EntryNotFoundError

        with tempfile.TemporaryDirectory() as tmp:
            try:
                local = self.api.hf_hub_download(
                    self.repo_id, path, repo_type="dataset", revision=tag, local_dir=tmp
                )
            except EntryNotFoundError:
                return None
            return Path(local).read_bytes()

    def download(self, tag: str, prefix: str, dest: Path) -> list[Path]:
        self.api.snapshot_download(
            self.repo_id, repo_type="dataset", revision=tag, local_dir=dest,
            allow_patterns=[f"{prefix}*"],
        )  # fmt: skip
        return sorted(p for p in (dest / prefix).rglob("*") if p.is_file())

    def commit(self, staging: Path, files: list[str], tag: str, message: str) -> str:
        from huggingface_hub import CommitOperationAdd, CommitOperationDelete

        present = self.api.list_repo_files(self.repo_id, repo_type="dataset")
        ops: list = [CommitOperationAdd(rel, str(staging / rel)) for rel in files]
        keep = set(files)
        ops += [
            CommitOperationDelete(rel)
            for rel in present
            if rel.startswith(_MANAGED) and rel not in keep
        ]
        head = self.api.dataset_info(self.repo_id).sha
        try:
            info = self.api.create_commit(
                self.repo_id, ops, commit_message=message, repo_type="dataset",
                parent_commit=head,
            )  # fmt: skip
        except Exception as e:  # the server applies a commit whole or not at all
            raise PublishError(f"upload to {self.name} failed, nothing changed there: {e}") from e
        try:
            self.api.create_tag(
                self.repo_id, tag=tag, tag_message=message, revision=info.oid, repo_type="dataset"
            )
        except Exception as e:
            raise PublishError(
                f"commit {info.oid} is on {self.name} but tagging it {tag} failed ({e}); run "
                "publish again to tag it (the commit is not uploaded twice)"
            ) from e
        return info.oid


def make_target(to: str, token: str | None = None) -> GitTarget | HubTarget:
    """``hf://ORG/NAME`` → :class:`HubTarget`; anything else is a local git repository path."""
    if to.startswith("hf://"):
        repo_id = to.removeprefix("hf://").strip("/")
        if repo_id.count("/") != 1:
            raise ValueError(f"--to {to}: expected hf://ORG/NAME")
        return HubTarget(repo_id, token)
    return GitTarget(Path(to).expanduser())


# -- publish ------------------------------------------------------------------------------------


@contextmanager
def _tmpdir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="trustbench-publish-") as tmp:
        yield Path(tmp)


def _stage(build: Path, prov: dict[str, Any], staging: Path, with_exclusions: bool) -> list[str]:
    """Copy what a version publishes into ``staging``; return the relative paths."""
    rels = [f["path"] for f in prov["output"]["files"]]
    rels += ["provenance.json"]
    rels += sorted(str(p.relative_to(build)) for p in (build / "figures").glob("*.png"))
    for s in prov["steps"]:  # figures a step report puts forward for the card
        rels += [f for f in (s.get("report") or {}).get("figures", []) if isinstance(f, str)]
    if with_exclusions:
        rels += prov["output"].get("exclusions", [])
    for rel in dict.fromkeys(rels):
        src = build / rel
        if not src.is_file():
            raise PublishError(f"{src} is missing: rebuild before publishing")
        (staging / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, staging / rel)
    return list(dict.fromkeys(rels))


def publish(
    build_dir: str | Path,
    to: str,
    *,
    version: str | None = None,
    bump: Bump | None = None,
    private: bool = False,
    with_exclusions: bool = False,
    token: str | None = None,
) -> PublishResult:
    """Publish the build in ``build_dir`` to ``to`` (a folder, or ``hf://ORG/NAME``)."""
    build = Path(build_dir)
    prov_path = build / "provenance.json"
    if not prov_path.is_file():
        raise FileNotFoundError(f"{build}: no provenance.json — not a trustbench build output")
    try:
        prov = json.loads(prov_path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise ValueError(f"{prov_path}: not valid provenance JSON ({e})") from None
    target = make_target(to, token)

    # 1. What is published already? Same content fingerprint → nothing to do.
    target.prepare(private)
    previous = latest_version(target.tags())
    prev_prov = None
    if previous is not None:
        raw = target.read(f"v{previous}", "provenance.json")
        prev_prov = json.loads(raw) if raw else None
        if prev_prov and prev_prov["output"]["fingerprint"] == prov["output"]["fingerprint"]:
            return PublishResult(target.name, previous, previous, changed=False)
    recipe_version = (prov["recipe"].get("card") or {}).get("version")
    new = next_version(previous, version, recipe_version, bump)

    with _tmpdir() as tmp:
        staging, before = tmp / "stage", tmp / "previous"
        staging.mkdir()
        # 2. Stage the files; diff against the previous version for the changelog.
        files = _stage(build, prov, staging, with_exclusions)
        new_data = [staging / f["path"] for f in prov["output"]["files"]]
        prev_data = target.download(f"v{previous}", "data/", before) if previous else []
        section, record = changelog_section(new, prov, new_data, previous, prev_prov, prev_data)
        old_log = (target.read(f"v{previous}", "CHANGELOG.md") or b"").decode() if previous else ""
        old_log = old_log.removeprefix("# Changelog\n").lstrip("\n")
        (staging / "CHANGELOG.md").write_text(
            f"# Changelog\n\n{section}\n{old_log}".rstrip() + "\n", encoding="utf-8"
        )
        change_file = f"changes/v{new}.json"
        (staging / "changes").mkdir()
        (staging / change_file).write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
        figures = [f for f in files if f.startswith("figures/")]
        docs = write_documents(
            prov, staging, version=new, changelog=section, url=target.url, figures=figures,
            repo_id=target.repo_id, published=datetime.now(UTC).date().isoformat(),
        )  # fmt: skip
        files = list(dict.fromkeys([*files, *docs, "CHANGELOG.md", change_file]))

        # 3. One commit with everything, then the tag.
        commit = target.commit(staging, files, f"v{new}", f"trustbench: publish v{new}")
    return PublishResult(target.name, new, previous, True, section, commit, files)
