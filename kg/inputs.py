"""Input discovery: files and folders named on the command line to a list of files."""

from __future__ import annotations

import os
from pathlib import Path

PROFILE_SUFFIXES = {".md", ".markdown", ".txt", ".html", ".htm", ".tex", ".jemdoc", ".text", ".json", ".bib", ".docx", ".pdf"}


def expand_inputs(inputs: list[Path] | list[str]) -> tuple[list[Path], list[str]]:
    """Expand folders (recursively, sorted, hidden files skipped) into profile files.

    Returns the files and one-line problems (missing paths, unreadable folders,
    symlink loops).  A file named explicitly is kept whatever its extension.  A file
    that another of the files includes (a Jekyll page's ``include_relative``) is part
    of that page, read with it, and not listed on its own.
    """
    files: list[Path] = []
    problems: list[str] = []
    seen: set[str] = set()
    for raw in inputs:
        p = Path(raw)
        if p.is_dir():
            for root, dirs, names in os.walk(p, followlinks=False, onerror=lambda e: problems.append(f"{e.filename}: {e.strerror}")):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if name.startswith("."):
                        continue
                    f = Path(root) / name
                    if f.suffix.lower() in PROFILE_SUFFIXES and str(f) not in seen:
                        seen.add(str(f))
                        files.append(f)
        elif p.exists() or p.is_symlink():
            if str(p) not in seen:
                seen.add(str(p))
                files.append(p)
        else:
            problems.append(f"{p}: no such file or folder")
    from kg.read.site import included_files

    parts = included_files(files)
    return [f for f in files if f not in parts], problems
