"""A build killed with SIGKILL at any point leaves the previous store, dataset file and
cache usable and unchanged, and the next build is correct (equal to a build from
scratch)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT
from kg.store import open_store

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def kg(*args, cwd=ROOT, **kw):
    return subprocess.Popen([sys.executable, "-m", "kg", *args], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def quads_in(store: Path) -> int:
    s = open_store(store)
    try:
        _kind, (_cols, rows) = s.execute(COUNT, {}, name="count")
        return int(rows[0]["n"])
    finally:
        s.close()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """The seeds, and a bigger folder (the seeds and 150 synthetic profiles) whose build
    takes long enough to be killed in every phase."""
    big = tmp_path_factory.mktemp("big")
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "synth.py"), "150", str(big)], check=True, capture_output=True)
    for f in (ROOT / "data" / "profiles").iterdir():
        (big / f.name).write_bytes(f.read_bytes())
    return ROOT / "data" / "profiles", big


def test_sigkill_at_any_point_keeps_the_previous_build(inputs, tmp_path):
    small, big = inputs
    store, trig, cache = tmp_path / "out" / "store", tmp_path / "out" / "graph.trig", tmp_path / "out" / "cache"
    opts = ["-s", str(store), "-o", str(trig), "--cache", str(cache), "--jobs", "1"]
    p = kg("build", str(small), *opts)
    assert p.wait(timeout=300) == 0, p.stderr.read()
    good_trig = trig.read_bytes()
    good_quads = quads_in(store)
    # how long a full build of the big folder takes, to spread the kills over it
    t = time.perf_counter()
    p = kg("build", str(big), "-s", str(tmp_path / "probe" / "store"), "--no-cache", "--jobs", "1")
    assert p.wait(timeout=600) == 0
    full = time.perf_counter() - t
    killed = 0
    for fraction in (0.15, 0.35, 0.55, 0.75, 0.9, 0.97):
        p = kg("build", str(big), *opts, "--no-cache" if fraction > 0.5 else "--jobs", *([] if fraction > 0.5 else ["1"]))
        time.sleep(full * fraction)
        if p.poll() is None:
            os.kill(p.pid, signal.SIGKILL)
            killed += 1
        p.wait(timeout=60)
        # whatever the moment, the store opens and holds a complete build, the old or the new one
        n = quads_in(store)
        assert n == good_quads or n > good_quads * 10, (fraction, n)
        data = trig.read_bytes()
        assert data == good_trig or data.endswith(b"}\n") and len(data) > len(good_trig), fraction
        if n != good_quads:  # the kill came after the new store was swapped in: restore the old
            p = kg("build", str(small), *opts)
            assert p.wait(timeout=300) == 0
            good_trig, good_quads = trig.read_bytes(), quads_in(store)
    assert killed >= 3, "the build finished before most kills; the test did not test"
    leftovers = [e.name for e in store.parent.iterdir() if e.name.startswith(".store-") and e.name != os.readlink(store)]
    # the next build is correct: equal to a build from scratch, and it sweeps the leftovers
    p = kg("build", str(big), *opts)
    assert p.wait(timeout=600) == 0, p.stderr.read()
    fresh = tmp_path / "fresh"
    p = kg("build", str(big), "-s", str(fresh / "store"), "-o", str(fresh / "graph.trig"), "--no-cache", "--jobs", "1")
    assert p.wait(timeout=600) == 0
    assert trig.read_bytes() == (fresh / "graph.trig").read_bytes()
    assert quads_in(store) == quads_in(fresh / "store")
    assert not [e for e in store.parent.iterdir() if e.name.startswith(".store-") and e.name != os.readlink(store)], leftovers
