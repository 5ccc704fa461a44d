"""A Hugging Face Hub stand-in on 127.0.0.1 speaking the part of the API ``huggingface_hub`` uses to
publish and read a dataset repo: repo create, YAML validation, preupload ("regular" uploads only,
so no LFS/Xet), NDJSON commits (atomic), tags, refs, repo info, tree listing and file resolve.

``hub.fail_commits = True`` makes every commit answer 500 without changing anything, as a broken
upload would. Writes need ``Authorization: Bearer <hub.token>``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlparse

import yaml


def _blob_oid(data: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def _tree(files: dict[str, bytes], prefix: str, recursive: bool) -> list[dict]:
    """The Hub's tree listing: files (and, unless recursive, the folders) under ``prefix``."""
    entries: dict[str, dict] = {}
    for path, data in sorted(files.items()):
        if prefix and not path.startswith(prefix + "/"):
            continue
        rest = path[len(prefix) + 1 :] if prefix else path
        if recursive or "/" not in rest:
            entries[path] = {"type": "file", "path": path, "size": len(data), "oid": _blob_oid(data)}
        else:
            folder = (f"{prefix}/" if prefix else "") + rest.split("/")[0]
            entries[folder] = {"type": "directory", "path": folder, "oid": _blob_oid(folder.encode())}
    return list(entries.values())


@dataclass
class Repo:
    private: bool
    commits: dict[str, dict[str, bytes]] = field(default_factory=dict)
    branches: dict[str, str] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)
    history: list[str] = field(default_factory=list)

    def resolve(self, rev: str) -> str | None:
        rev = unquote(rev)
        if rev in self.branches:
            return self.branches[rev]
        if rev in self.tags:
            return self.tags[rev]
        return rev if rev in self.commits else None


class FakeHub:
    """>>> with FakeHub() as hub: HfApi(endpoint=hub.url, token=hub.token).create_repo(...)"""

    def __init__(self, token: str = "hf_fake_token"):
        self.token = token
        self.repos: dict[str, Repo] = {}
        self.fail_commits = False
        self.requests: list[str] = []
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FakeHub:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def files(self, repo_id: str, rev: str = "main") -> dict[str, bytes]:
        repo = self.repos[repo_id]
        return repo.commits[repo.resolve(rev)]


def _handler(hub: FakeHub) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:  # quiet
            pass

        # -- plumbing ------------------------------------------------------------------------

        def _send(self, status: int, body: object = None, headers: dict | None = None,
                  raw: bytes | None = None) -> None:  # fmt: skip
            data = raw if raw is not None else json.dumps(body or {}).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/octet-stream" if raw else "application/json")
            self.send_header("Content-Length", str(len(data)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

        def _error(self, status: int, code: str | None, msg: str) -> None:
            self._send(status, {"error": msg}, {"X-Error-Code": code} if code else None)

        def _body(self) -> bytes:
            return self.rfile.read(int(self.headers.get("Content-Length") or 0))

        def _authorized(self) -> bool:
            return self.headers.get("Authorization") == f"Bearer {hub.token}"

        def _repo(self, repo_id: str, write: bool = False) -> Repo | None:
            repo = hub.repos.get(repo_id)
            if repo is None or ((repo.private or write) and not self._authorized()):
                self._error(404 if not write or repo is None else 401, "RepoNotFound", repo_id)
                return None
            return repo

        def _route(self) -> tuple[str, list[str], dict]:
            url = urlparse(self.path)
            hub.requests.append(f"{self.command} {url.path}")
            return url.path, [unquote(p) for p in url.path.strip("/").split("/")], parse_qs(url.query)

        # -- verbs ---------------------------------------------------------------------------

        def do_HEAD(self) -> None:
            self.do_GET()

        def do_GET(self) -> None:
            path, parts, query = self._route()
            with hub.lock:
                if parts[:2] == ["api", "datasets"] and len(parts) >= 4:
                    repo_id, rest = "/".join(parts[2:4]), parts[4:]
                    repo = self._repo(repo_id)
                    if repo is None:
                        return
                    if not rest or rest[0] == "revision":
                        return self._info(repo_id, repo, rest[1] if rest else "main")
                    if rest[0] == "refs":
                        return self._send(200, {
                            "branches": [{"name": b, "ref": f"refs/heads/{b}", "targetCommit": c}
                                         for b, c in repo.branches.items()],
                            "tags": [{"name": t, "ref": f"refs/tags/{t}", "targetCommit": c}
                                     for t, c in repo.tags.items()],
                            "converts": [],
                        })  # fmt: skip
                    if rest[0] == "tree":
                        oid = repo.resolve(rest[1])
                        if oid is None:
                            return self._error(404, "RevisionNotFound", rest[1])
                        prefix = "/".join(rest[2:]).strip("/")
                        recursive = query.get("recursive", ["False"])[0].lower() == "true"
                        return self._send(200, _tree(repo.commits[oid], prefix, recursive))
                if parts[0] == "datasets" and len(parts) >= 6 and parts[3] == "resolve":
                    repo = self._repo("/".join(parts[1:3]))
                    if repo is None:
                        return
                    oid = repo.resolve(parts[4])
                    if oid is None:
                        return self._error(404, "RevisionNotFound", parts[4])
                    name = "/".join(parts[5:])
                    data = repo.commits[oid].get(name)
                    if data is None:
                        return self._error(404, "EntryNotFound", name)
                    return self._send(
                        200, raw=data, headers={"X-Repo-Commit": oid, "ETag": f'"{_blob_oid(data)}"'}
                    )
            self._error(404, None, f"not served: GET {path}")

        def do_POST(self) -> None:
            path, parts, query = self._route()
            body = self._body()
            with hub.lock:
                if parts == ["api", "repos", "create"]:
                    return self._create(json.loads(body))
                if parts == ["api", "validate-yaml"]:
                    return self._validate_yaml(json.loads(body)["content"])
                if parts[:2] == ["api", "datasets"] and len(parts) >= 6:
                    repo_id, action, rev = "/".join(parts[2:4]), parts[4], parts[5]
                    repo = self._repo(repo_id, write=True)
                    if repo is None:
                        return
                    if action == "preupload":
                        files = json.loads(body)["files"]
                        return self._send(200, {"files": [
                            {"path": f["path"], "uploadMode": "regular", "shouldIgnore": False}
                            for f in files
                        ]})  # fmt: skip
                    if action == "commit":
                        return self._commit(repo_id, repo, rev, body)
                    if action == "tag":
                        tag = json.loads(body)["tag"]
                        oid = repo.resolve(rev)
                        if oid is None:
                            return self._error(404, "RevisionNotFound", rev)
                        if tag in repo.tags:
                            return self._error(409, None, f"tag {tag} exists")
                        repo.tags[tag] = oid
                        return self._send(200, {})
            self._error(404, None, f"not served: POST {path}")

        # -- handlers ------------------------------------------------------------------------

        def _info(self, repo_id: str, repo: Repo, rev: str) -> None:
            oid = repo.resolve(rev)
            if oid is None:
                return self._error(404, "RevisionNotFound", rev)
            self._send(200, {
                "id": repo_id, "_id": repo_id, "sha": oid, "private": repo.private,
                "siblings": [{"rfilename": p} for p in sorted(repo.commits[oid])],
                "tags": [], "downloads": 0, "likes": 0,
            })  # fmt: skip

        def _create(self, payload: dict) -> None:
            if not self._authorized():
                return self._error(401, None, "invalid token")
            repo_id = f"{payload['organization']}/{payload['name']}"
            if payload.get("type") != "dataset":
                return self._error(400, None, "this fake hub only hosts datasets")
            if repo_id in hub.repos:
                return self._send(409, {"error": "You already created this dataset repo",
                                        "url": f"{hub.url}/datasets/{repo_id}"})  # fmt: skip
            repo = Repo(private=payload.get("visibility") == "private")
            first = hashlib.sha1(repo_id.encode()).hexdigest()
            repo.commits[first] = {".gitattributes": b"*.parquet filter=lfs diff=lfs merge=lfs -text\n"}
            repo.branches["main"] = first
            repo.history.append(first)
            hub.repos[repo_id] = repo
            self._send(200, {"url": f"{hub.url}/datasets/{repo_id}"})

        def _validate_yaml(self, content: str) -> None:
            if not content.startswith("---\n"):
                return self._send(200, {"errors": [], "warnings": [{"message": "empty metadata"}]})
            try:
                meta = yaml.safe_load(content.split("---\n")[1])
            except yaml.YAMLError as e:
                return self._send(400, {"errors": [{"message": str(e)}]})
            if not isinstance(meta, dict):
                return self._send(400, {"errors": [{"message": "metadata must be a mapping"}]})
            self._send(200, {"errors": [], "warnings": []})

        def _commit(self, repo_id: str, repo: Repo, rev: str, body: bytes) -> None:
            if hub.fail_commits:
                return self._error(500, None, "simulated failure while storing the commit")
            head = repo.resolve(rev)
            if head is None or unquote(rev) not in repo.branches:
                return self._error(404, "RevisionNotFound", rev)
            files = dict(repo.commits[head])
            lines = [json.loads(line) for line in body.splitlines() if line.strip()]
            header = lines[0]["value"]
            if header.get("parentCommit") and header["parentCommit"] != head:
                return self._error(412, None, "parent commit is not the head of the branch")
            for item in lines[1:]:
                key, value = item["key"], item["value"]
                if key == "file" and value.get("encoding") == "base64":
                    files[value["path"]] = base64.b64decode(value["content"])
                elif key == "deletedFile":
                    files.pop(value["path"], None)
                elif key == "deletedFolder":
                    files = {p: d for p, d in files.items() if not p.startswith(value["path"] + "/")}
                else:
                    return self._error(400, None, f"unsupported commit operation {key}")
            oid = hashlib.sha1(
                head.encode() + json.dumps(sorted((p, _blob_oid(d)) for p, d in files.items())).encode()
            ).hexdigest()
            repo.commits[oid] = files
            repo.branches[unquote(rev)] = oid
            repo.history.append(oid)
            self._send(200, {"commitUrl": f"{hub.url}/datasets/{repo_id}/commit/{oid}",
                             "commitOid": oid, "pullRequestUrl": None})  # fmt: skip

    return Handler
