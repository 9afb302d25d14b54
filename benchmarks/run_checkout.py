"""Run a benchmark with the ``kg`` of another checkout, for before/after comparisons.

    git worktree add /tmp/before <commit>
    python benchmarks/run_checkout.py /tmp/before /tmp/before/benchmarks/bench_extract.py --seconds 8

The project is installed in editable mode, and the editable install's import hook
finds ``kg`` before ``PYTHONPATH`` does: ``PYTHONPATH=/tmp/before python …`` silently
measures the current checkout.  This script removes that hook, puts the other
checkout first, checks that its ``kg`` is the one imported, then runs the script.
"""

from __future__ import annotations

import runpy
import sys


def main() -> None:
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    root, script = sys.argv[1], sys.argv[2]
    sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in repr(f) and "editable" not in getattr(f, "__name__", "")]
    sys.path.insert(0, root)
    sys.argv = [script, *sys.argv[3:]]
    import kg

    if not kg.__file__ or not kg.__file__.startswith(root):
        sys.exit(f"kg was imported from {kg.__file__}, not from {root}")
    runpy.run_path(script, run_name="__main__")


if __name__ == "__main__":
    main()
