"""Extraction throughput on seed-sized documents (run by hand, not in CI).

    python benchmarks/bench_extract.py [--seconds 20] [--folder data/profiles]

Reads every profile of the folder(s) into memory once, then runs read+extract on
them round-robin in this one process (one core) for the given time, with the
extractor's text caches emptied before each document (so no document profits from
lines it has seen before), and prints documents per second with the median and
95th-percentile time per document.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time
from pathlib import Path

from kg.extract import clear_caches, extract
from kg.read import read_bytes


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--folder", action="append", default=None)
    args = ap.parse_args()
    folders = args.folder or ["data/profiles", "tests/fixtures/profiles"]
    files = sorted(p for f in folders for p in Path(f).iterdir() if p.is_file())
    blobs = [(p.name, p.read_bytes()) for p in files]
    sizes = [len(b) for _, b in blobs]
    for name, data in blobs:  # warm up caches (regexes, venue table)
        extract(read_bytes(data, path=name))
    times: list[float] = []
    deadline = time.perf_counter() + args.seconds
    i = 0
    while time.perf_counter() < deadline:
        name, data = blobs[i % len(blobs)]
        clear_caches()  # every document is text the extractor has not seen
        t0 = time.perf_counter()
        extract(read_bytes(data, path=name))
        times.append(time.perf_counter() - t0)
        i += 1
    total = sum(times)
    print(f"machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}")
    print(f"documents: {len(blobs)} distinct, {min(sizes)}-{max(sizes)} bytes (mean {statistics.mean(sizes):.0f})")
    print(f"extracted {len(times)} documents in {total:.2f} s: {len(times) / total:.0f} documents/s on one core")
    q = statistics.quantiles(times, n=20)
    print(f"per document: median {statistics.median(times) * 1000:.2f} ms, p95 {q[18] * 1000:.2f} ms, max {max(times) * 1000:.2f} ms")


if __name__ == "__main__":
    main()
