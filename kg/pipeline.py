"""The whole pipeline, and reading/writing built datasets.

    read (file -> Document) -> extract (Document -> Profile) -> resolve (-> entities)
      -> graph (-> RDF dataset) -> written as TriG, N-Quads or JSON-LD

``build`` runs it over files and folders; a bad file is reported and skipped, the
rest is built.  Outputs are written to a temporary file and renamed, so a killed
build leaves the previous output intact.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from kg.errors import InputError, KgError

DEFAULT_INPUT = Path("data") / "profiles"
DEFAULT_OUTPUT = Path("out") / "graph.trig"
DEFAULT_CURATION = Path("data") / "curation.yaml"
FORMATS = {".trig": "trig", ".nq": "nquads", ".nquads": "nquads", ".jsonld": "json-ld", ".json": "json-ld", ".ttl": "trig"}


@dataclass
class BuildSummary:
    """What a build did: counts, merges, warnings and the files that failed."""

    documents: int = 0
    people: int = 0
    organizations: int = 0
    papers: int = 0
    merges: int = 0
    triples: int = 0
    output: str | None = None
    failures: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [
            f"documents      {self.documents}",
            f"people         {self.people}",
            f"organizations  {self.organizations}",
            f"papers         {self.papers}",
            f"merges         {self.merges}",
            f"triples        {self.triples}",
        ]
        if self.output:
            out.append(f"written to     {self.output}")
        if self.warnings:
            out.append(f"warnings       {len(self.warnings)}")
        if self.failures:
            out.append(f"failed         {len(self.failures)}")
        return out


@dataclass
class BuildResult:
    dataset: object
    resolution: object
    summary: BuildSummary


def build(
    inputs: list[str | os.PathLike[str]] | None = None,
    *,
    output: str | os.PathLike[str] | None = None,
    curation: str | os.PathLike[str] | None = None,
    ror_index: str | os.PathLike[str] | None = None,
    include_private: bool = False,
    include_contact: bool = True,
    max_bytes: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    jobs: int | None = None,
) -> BuildResult:
    """Build the graph of the profiles in ``inputs`` (files and folders).

    >>> r = build(["data/profiles"])
    >>> r.summary.documents, r.summary.papers
    (5, 13)
    """
    from kg.graph import to_dataset
    from kg.inputs import expand_inputs
    from kg.read import DEFAULT_MAX_BYTES
    from kg.resolve import resolve
    from kg.resolve.curation import load_curation
    from kg.resolve.ror import DEFAULT_INDEX, load_index

    files, problems = expand_inputs([Path(p) for p in (inputs or [DEFAULT_INPUT])])
    summary = BuildSummary(failures=list(problems))
    pairs = []
    limit = max_bytes or DEFAULT_MAX_BYTES
    workers = _workers(jobs, len(files))
    if workers > 1:
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(max_workers=workers)
        results = pool.map(_read_and_extract, files, [limit] * len(files), chunksize=max(1, len(files) // (workers * 8)))
    else:
        pool = None
        results = (_read_and_extract(path, limit) for path in files)
    try:
        for i, (pair, error) in enumerate(results):  # in input order, whatever the worker count
            if error:
                summary.failures.append(error)
            else:
                pairs.append(pair)
            if progress:
                progress(i + 1, len(files))
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    cur_path = curation if curation is not None else (DEFAULT_CURATION if DEFAULT_CURATION.is_file() else None)
    cur = load_curation(cur_path)
    ror_path = ror_index if ror_index is not None else (DEFAULT_INDEX if DEFAULT_INDEX.is_file() else None)
    if ror_path is not None and not Path(ror_path).is_file():
        raise InputError(str(ror_path), "no such ROR index (create it with `kg ror import DUMP`)")
    ror = load_index(ror_path) if ror_path else None
    res = resolve(pairs, curation=cur, ror=ror)
    ds = to_dataset(res, include_private=include_private, include_contact=include_contact)
    summary.documents = len(res.documents)
    summary.people = len(res.people)
    summary.organizations = len(res.orgs)
    summary.papers = len(res.papers)
    summary.merges = res.merges
    summary.warnings = list(res.warnings)
    summary.triples = sum(1 for _ in ds.quads())
    if output is not None:
        write_dataset(ds, output)
        summary.output = str(output)
    return BuildResult(ds, res, summary)


PARALLEL_FROM = 64  # documents; below this a process pool costs more than it saves


def _workers(jobs: int | None, n_files: int) -> int:
    """How many processes extract: ``jobs`` if given (0 = one per core), else one per core
    for batches of at least PARALLEL_FROM documents, else one."""
    cores = os.cpu_count() or 1
    if jobs is None:
        return cores if n_files >= PARALLEL_FROM else 1
    return max(1, min(jobs or cores, n_files))


def _read_and_extract(path: Path, max_bytes: int):
    """Read and extract one file: ``((document, profile), None)`` or ``(None, error line)``.

    Runs in worker processes, so it returns errors instead of raising them.
    """
    from kg.extract import extract
    from kg.read import read_document

    try:
        doc = read_document(path, max_bytes=max_bytes)
        return (doc, extract(doc)), None
    except KgError as err:
        return None, str(err)
    except Exception as err:  # one document's bug must not lose the batch
        return None, f"{path}: internal error ({type(err).__name__}: {err})"


def _format_of(path: str | os.PathLike[str]) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise InputError(str(path), f"unknown output format {suffix or '(none)'}; use .trig, .nq or .jsonld")
    return FORMATS[suffix]


def write_dataset(ds, path: str | os.PathLike[str]) -> None:
    """Serialise ``ds`` by the file's extension, atomically."""
    from kg.atomic import write_bytes_atomic

    fmt = _format_of(path)
    data = _trig(ds) if fmt == "trig" else ds.serialize(format=fmt, encoding="utf-8")
    if fmt == "nquads":
        data = b"".join(sorted(line for line in data.splitlines(keepends=True) if line.strip()))
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(p, data)


def _trig(ds) -> bytes:
    """TriG with the named graphs in IRI order.

    rdflib writes graphs in the order of its store's set of contexts, which follows
    Python's per-process string hashing, so two runs would differ.  Each graph is
    written as Turtle (subjects and predicates sorted) inside its ``<iri> { … }`` block.
    """
    prefixes: set[str] = set()
    blocks = []
    graphs = sorted((g for g in ds.graphs() if len(g)), key=lambda g: str(g.identifier))
    for g in graphs:
        lines = g.serialize(format="turtle").splitlines()
        prefixes.update(line for line in lines if line.startswith("@prefix"))
        body = [("    " + line) if line else "" for line in lines if not line.startswith("@prefix")]
        while body and not body[0]:
            body.pop(0)
        while body and not body[-1]:
            body.pop()
        blocks.append(f"<{g.identifier}> {{\n" + "\n".join(body) + "\n}\n")
    return ("\n".join(sorted(prefixes)) + "\n\n" + "\n".join(blocks)).encode("utf-8")


def load(path: str | os.PathLike[str] = DEFAULT_OUTPUT):
    """Read a dataset written by ``build`` (TriG, N-Quads or JSON-LD)."""
    from rdflib import Dataset

    p = Path(path)
    if not p.is_file():
        raise InputError(str(path), "no such graph; run `kg build` first or give its path")
    ds = Dataset()
    try:
        ds.parse(p, format=_format_of(p))
    except KgError:
        raise
    except Exception as err:
        raise InputError(str(path), f"cannot parse the graph: {type(err).__name__}: {str(err).splitlines()[0][:200]}") from None
    return ds


def union_graph(ds):
    """All triples of a dataset as one rdflib Graph (facts of every document and entity graph)."""
    from rdflib import Graph

    g = Graph()
    for prefix, ns in ds.namespaces():
        g.bind(prefix, ns)
    for s, p, o, _c in ds.quads():
        g.add((s, p, o))
    return g


def validate(ds) -> tuple[bool, str]:
    """Check a dataset against ``kg/shapes.ttl``; return (conforms, report text)."""
    from pyshacl import validate as shacl
    from rdflib import Graph

    shapes = Graph().parse(Path(__file__).parent / "shapes.ttl", format="turtle")
    conforms, _graph, text = shacl(union_graph(ds), shacl_graph=shapes, inference="none", allow_warnings=True)
    return bool(conforms), str(text)
