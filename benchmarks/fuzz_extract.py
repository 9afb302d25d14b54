"""Coverage-guided fuzzing of read + extract with atheris (run by hand, not in CI).

    pip install atheris
    python benchmarks/fuzz_extract.py -max_total_time=600 -max_len=8192 CORPUS_DIR

Each input is bytes; the first byte picks the format (Markdown, text, HTML, LaTeX,
jemdoc, or detection from content), the rest is the file.  A crash is any exception
other than ``InputError`` (the one-line "this file cannot be read" error), or an
extracted value whose evidence span lies outside the original text.  Seed the corpus
with a few profiles (``data/profiles/*``) so the fuzzer starts from real structure.
Crashes are written by libFuzzer as ``crash-*`` files; each one fixed is kept as a
regression test in ``tests/test_fuzz_regressions.py``.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["kg"]):
    from kg.errors import InputError
    from kg.extract import extract
    from kg.read import read_bytes

FORMATS = [None, "markdown", "text", "html", "latex", "jemdoc"]


def spans(profile):
    for group in (profile.education, profile.positions, profile.publications, profile.awards, profile.advisors, profile.projects):
        for item in group:
            yield getattr(item, "evidence", None)
    yield profile.owner.evidence


def one_input(data: bytes) -> None:
    if len(data) < 2:
        return
    fmt = FORMATS[data[0] % len(FORMATS)]
    try:
        doc = read_bytes(data[1:], path="fuzz.input", format=fmt)
    except InputError:
        return
    profile = extract(doc)
    for span in spans(profile):
        if span is not None and not (0 <= span[0] <= span[1] <= len(doc.original)):
            raise AssertionError(f"evidence span {span} outside the original ({len(doc.original)} chars)")


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
