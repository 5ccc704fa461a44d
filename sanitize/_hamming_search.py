"""Exact Hamming-radius search over packed binary hashes, sub-quadratic (multi-index hashing).

Split the ``B`` bits into ``m`` bands with radii ``r_i`` summing (plus one each) to ``d + 1``. If
two hashes differ in at most ``d`` bits, then by pigeonhole some band ``i`` differs in at most
``r_i`` bits. So for every band we look up, for every hash, the bucket of each band key within
Hamming radius ``r_i`` of its own key
(a dense counting-sort table), and verify the full distance of each candidate with a popcount.
Every pair within ``d`` is found (recall 1.0, tested against brute force); ``m`` and the radii are
picked by a cost model from the number of hashes and ``d``. Equal hashes are grouped before the
search, so a bucket of thousands of identical hashes (blank images) costs nothing.

In self-search, the pair of keys ``k`` and ``k ^ mask`` is probed only from the side whose key has
the highest bit of ``mask`` unset, so each pair is visited once per band.
"""

from __future__ import annotations

import itertools
import math
import os
from dataclasses import dataclass

import numpy as np

_DENSE_MAX_BITS = 24  # largest band width that gets a dense bucket table (2**24 int64 = 128 MiB)
_CHUNK = 1 << 21  # candidate pairs verified at once (bounds the working memory)
_WORKER_SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_search_worker.py")
_PARALLEL_COST = 2e8  # planner cost above which worker processes pay for their start-up


def _popcount_table(x: np.ndarray) -> np.ndarray:
    """``np.bitwise_count`` for NumPy < 2: a byte lookup table."""
    table = np.array([bin(i).count("1") for i in range(256)], dtype=np.uint8)
    b = np.ascontiguousarray(x).view(np.uint8).reshape(*x.shape, 8)
    return table[b].sum(axis=-1, dtype=np.uint8)


_popcount = getattr(np, "bitwise_count", _popcount_table)


def as_words(hashes: np.ndarray) -> np.ndarray:
    """``(n,)`` or ``(n, words)`` uint64 hashes as a C-contiguous ``(n, words)`` array."""
    h = np.asarray(hashes)
    if h.dtype != np.uint64:
        if h.dtype.kind not in "iu":
            raise TypeError(f"hashes must be unsigned 64-bit integers, got {h.dtype}")
        h = h.astype(np.uint64)
    return np.ascontiguousarray(h.reshape(len(h), -1))


def hamming(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Row-wise Hamming distance of two ``(n, words)`` arrays."""
    return _popcount(a ^ b).sum(axis=1, dtype=np.int64)


def _band_key(words: np.ndarray, start: int, width: int) -> np.ndarray:
    """Bits ``[start, start + width)`` (bit 0 = MSB of word 0) as an integer key per row."""
    k, off = divmod(start, 64)
    if off + width <= 64:
        key = words[:, k] >> np.uint64(64 - off - width)
    else:
        hi = 64 - off
        lo = width - hi
        key = (words[:, k] << np.uint64(lo)) | (words[:, k + 1] >> np.uint64(64 - lo))
    return key & np.uint64((1 << width) - 1)


def _ball(width: int, radius: int) -> int:
    return sum(math.comb(width, i) for i in range(radius + 1))


def _masks(width: int, radius: int) -> list[int]:
    """All masks of at most ``radius`` bits, sorted by their top bit (see ``_Band.queries``)."""
    out = [0]
    for r in range(1, radius + 1):
        out.extend(sum(1 << b for b in bits) for bits in itertools.combinations(range(width), r))
    return sorted(out, key=lambda m: (m.bit_length(), m))


@dataclass
class _Plan:
    widths: list[int]
    radii: list[int]
    cost: float


def _radii(widths: list[int], max_distance: int) -> list[int]:
    """Per-band radii with ``sum(r + 1) = d + 1`` (so a pair within ``d`` is within ``r`` in some
    band), the larger radii on the narrower bands where a ball is cheaper."""
    m = len(widths)
    budget = max(0, max_distance + 1 - m)
    base, extra = divmod(budget, m)
    order = sorted(range(m), key=lambda i: widths[i])  # narrowest first
    radii = [base] * m
    for i in order[:extra]:
        radii[i] += 1
    return radii


def _plan(nbits: int, max_distance: int, n_query: int, n_index: int, self_search: bool) -> _Plan:
    """Pick the band count minimising probes + candidate verifications (+ table sizes)."""
    brute = _Plan([], [], float(n_query) * n_index * (0.5 if self_search else 1.0) * 0.3)
    best = brute
    for m in range(max(1, -(-nbits // 32)), nbits + 1):
        base, extra = divmod(nbits, m)
        widths = [base + 1] * extra + [base] * (m - extra)
        radii = _radii(widths, max_distance)
        cost = 0.0
        for w, r in zip(widths, radii, strict=True):
            probes = _ball(w, r) * n_query * (0.5 if self_search else 1.0)
            per_probe = 1.0 if w <= _DENSE_MAX_BITS else 6.0
            table = 2.0**w * 0.2 if w <= _DENSE_MAX_BITS else n_index * 2.0
            cost += probes * (per_probe + 1.5 * n_index / 2.0**w) + table
            if cost >= best.cost:
                break
        if cost < best.cost:
            best = _Plan(widths, radii, cost)
    return best


class _Band:
    """One band of the index (and of the queries), both sorted by band key.

    Sorting makes the gathers nearly sequential: for a fixed mask, ``key ^ mask`` of sorted keys
    stays sorted within long runs, so table lookups and hash fetches stay in cache. Index rows
    with key ``k`` sit at sorted positions ``start[k] : start[k] + count[k]``; the dense table
    ``code[k]`` is that position for a single-member bucket, -1 for an empty one and -2 for a
    larger one, so the common case costs one gather.
    """

    def __init__(self, iw: np.ndarray, qw: np.ndarray | None, offset: int, width: int):
        self.self_search = qw is None
        self.dense = width <= _DENSE_MAX_BITS
        kdt = np.int32 if self.dense else np.int64
        ikeys = _band_key(iw, offset, width).astype(kdt)
        self.iorder = np.argsort(ikeys, kind="stable")
        self.ikeys = ikeys[self.iorder]
        self.iwords = np.ascontiguousarray(iw[self.iorder])
        if self.dense:
            idt = np.int32 if len(iw) < 2**31 else np.int64
            self.count = np.bincount(self.ikeys, minlength=1 << width).astype(idt)
            self.start = np.cumsum(self.count, dtype=idt)
            self.start -= self.count
            self.code = self.start.copy()
            self.code[self.count == 0] = -1
            self.code[self.count > 1] = -2
        if qw is None:
            self.qorder, self.qkeys, self.qwords = self.iorder, self.ikeys, self.iwords
        else:
            qkeys = _band_key(qw, offset, width).astype(kdt)
            self.qorder = np.argsort(qkeys, kind="stable")
            self.qkeys = qkeys[self.qorder]
            self.qwords = np.ascontiguousarray(qw[self.qorder])
        self._subsets: dict[int, tuple[np.ndarray, np.ndarray]] = {}

    def lookup(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Which ``keys`` hit a non-empty bucket, with the bucket's start and count."""
        if self.dense:
            code = self.code[keys]
            hit = np.flatnonzero(code != -1)
            start = code[hit].astype(np.int64)
            count = np.ones(len(hit), dtype=np.int64)
            multi = np.flatnonzero(start == -2)
            if len(multi):
                k = keys[hit[multi]]
                start[multi] = self.start[k]
                count[multi] = self.count[k]
            return hit, start, count
        lo = np.searchsorted(self.ikeys, keys, side="left")
        hi = np.searchsorted(self.ikeys, keys, side="right")
        hit = np.flatnonzero(hi > lo)
        return hit, lo[hit], (hi - lo)[hit]

    def queries(self, mask: int) -> tuple[np.ndarray, np.ndarray]:
        """Query positions to probe with ``mask`` and their keys."""
        if not (self.self_search and mask):
            return np.arange(len(self.qkeys), dtype=np.int64), self.qkeys
        # probe k -> k ^ mask only from the side with the top bit of mask unset: once per pair
        hb = mask.bit_length() - 1
        if hb not in self._subsets:
            self._subsets.clear()  # masks come sorted by top bit: keep one subset at a time
            pos = np.flatnonzero(((self.qkeys >> hb) & 1) == 0)
            self._subsets[hb] = pos, self.qkeys[pos]
        return self._subsets[hb]

    def probe(self, masks: list[int], max_distance: int) -> tuple[np.ndarray, ...]:
        """Verified pairs ``(query row, index row, distance)`` over all ``masks``."""
        out_q, out_i, out_d = [], [], []
        for mask in masks:
            pos, keys = self.queries(mask)
            hit, start, count = self.lookup(keys ^ keys.dtype.type(mask) if mask else keys)
            if not len(hit):
                continue
            pos = pos[hit]
            # verify in chunks so that a huge bucket cannot blow up memory
            csum = np.cumsum(count)
            cuts = np.searchsorted(csum, np.arange(_CHUNK, int(csum[-1]), _CHUNK), side="left")
            for sl in np.split(np.arange(len(pos)), cuts + 1) if len(cuts) else [slice(None)]:
                qp, ip = _expand(pos[sl], start[sl], count[sl])
                if self.self_search and not mask:
                    keep = np.flatnonzero(ip > qp)
                    qp, ip = qp[keep], ip[keep]
                dist = _distance(self.qwords, self.iwords, qp, ip)
                ok = np.flatnonzero(dist <= max_distance)
                out_q.append(self.qorder[qp[ok]])
                out_i.append(self.iorder[ip[ok]])
                out_d.append(dist[ok].astype(np.int64))
        return _concat(out_q, out_i, out_d)


def _concat(*parts: list[np.ndarray]) -> tuple[np.ndarray, ...]:
    if not parts[0]:
        return tuple(np.zeros(0, dtype=np.int64) for _ in parts)
    return tuple(np.concatenate(p) for p in parts)


def _expand(q: np.ndarray, start: np.ndarray, count: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (query position, index position) for every member of every hit bucket."""
    multi = np.flatnonzero(count > 1)
    if not len(multi):  # the common case for well-spread keys
        return q, start
    total = int(count.sum())
    qi = np.repeat(q, count)
    first = np.cumsum(count) - count
    return qi, np.repeat(start - first, count) + np.arange(total, dtype=np.int64)


def _distance(qwords: np.ndarray, iwords: np.ndarray, qi: np.ndarray, ii: np.ndarray) -> np.ndarray:
    if qwords.shape[1] == 1:
        return _popcount(qwords[:, 0][qi] ^ iwords[:, 0][ii])
    return hamming(qwords[qi], iwords[ii])


def _brute(
    qwords: np.ndarray, iwords: np.ndarray, max_distance: int, self_search: bool
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    out_q, out_i, out_d = [], [], []
    step = max(1, _CHUNK // max(1, len(iwords)))
    for s in range(0, len(qwords), step):
        block = qwords[s : s + step]
        d = _popcount(block[:, None, :] ^ iwords[None, :, :]).sum(axis=2, dtype=np.int64)
        qi, ii = np.nonzero(d <= max_distance)
        qi = qi + s
        if self_search:
            keep = ii > qi
            qi, ii = qi[keep], ii[keep]
        out_q.append(qi)
        out_i.append(ii)
        out_d.append(d[qi - s, ii])
    if not out_q:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    return (
        np.concatenate(out_q).astype(np.int64),
        np.concatenate(out_i).astype(np.int64),
        np.concatenate(out_d),
    )


def radius_pairs(
    index: np.ndarray,
    max_distance: int,
    queries: np.ndarray | None = None,
    *,
    workers: int | None = None,
    force: str | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """All pairs within ``max_distance`` bits.

    Self-search (``queries`` is None): pairs ``(i, j)`` of rows of ``index`` with ``i < j``, each
    once. Otherwise pairs ``(q, i)`` of a query row and an index row. ``force`` = ``"brute"`` or
    ``"mih"`` overrides the planner (tests). Returns ``(a, b, distance)`` int64 arrays.
    """
    iw = as_words(index)
    self_search = queries is None
    qw = iw if self_search else as_words(queries)
    if qw.shape[1] != iw.shape[1]:
        raise ValueError("queries and index hashes have different lengths")
    nbits = iw.shape[1] * 64
    d = int(max_distance)
    if d < 0:
        raise ValueError("max_distance must be >= 0")
    if not len(iw) or not len(qw):
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    plan = _plan(nbits, d, len(qw), len(iw), self_search)
    if force == "mih" and not plan.widths:
        plan = _plan(nbits, d, 10**9, 10**9, self_search)
    if force == "brute" or not plan.widths:
        return _brute(qw, iw, d, self_search)

    bands = []
    offset = 0
    for width, radius in zip(plan.widths, plan.radii, strict=True):
        bands.append((offset, width, _masks(width, radius)))
        offset += width
    workers = workers or os.cpu_count() or 1
    if workers > 1 and plan.cost > _PARALLEL_COST:
        parts = _run_parallel(iw, None if self_search else qw, bands, d, workers)
    else:
        parts = []
        for offset, width, masks in bands:
            band = _Band(iw, None if self_search else qw, offset, width)
            parts.append(band.probe(masks, d))
            del band
    a, b, dist = _concat(*([p[i] for p in parts if len(p[i])] for i in range(3)))
    if self_search:
        a, b = np.minimum(a, b), np.maximum(a, b)
    # a pair close in several bands is found once per band: keep one
    key = a * np.int64(len(iw)) + b
    _, first = np.unique(key, return_index=True)
    return a[first], b[first], dist[first]


def _run_parallel(
    iw: np.ndarray,
    qw: np.ndarray | None,
    bands: list[tuple[int, int, list[int]]],
    max_distance: int,
    workers: int,
) -> list[tuple[np.ndarray, ...]]:
    """Split every band's masks over ``workers`` processes (numpy gathers hold the GIL, so
    threads do not help). Workers are plain ``python _search_worker.py`` subprocesses: no fork
    of a process that runs polars threads, no re-import of the caller's ``__main__``, and only
    numpy to load."""
    import json
    import subprocess
    import sys
    import tempfile

    with tempfile.TemporaryDirectory(prefix="trustbench-mih-") as tmp:
        np.save(os.path.join(tmp, "index.npy"), iw)
        if qw is not None:
            np.save(os.path.join(tmp, "queries.npy"), qw)
        procs = []
        for k in range(workers):
            jobs = []
            for offset, width, masks in bands:
                per = -(-len(masks) // workers)
                jobs.append([offset, width, masks[k * per : (k + 1) * per]])
            spec = {"dir": tmp, "queries": qw is not None, "d": max_distance, "jobs": jobs, "k": k}
            path = os.path.join(tmp, f"task{k}.json")
            with open(path, "w") as f:
                json.dump(spec, f)
            procs.append(subprocess.Popen([sys.executable, _WORKER_SCRIPT, path]))
        if any(p.wait() != 0 for p in procs):
            raise RuntimeError("a Hamming search worker process failed (see its stderr above)")
        out = []
        for k in range(workers):
            with np.load(os.path.join(tmp, f"out{k}.npz")) as z:
                out.append((z["a"], z["b"], z["d"]))
        return out
