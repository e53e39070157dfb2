"""File exports that need no browser: GraphML, node-link JSON, and CSV for neo4j-admin.

Each writer goes through a temporary file (or folder) renamed into place, so a failed export
never leaves half a file where the user expects a whole one.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import tempfile
from pathlib import Path

import networkx as nx

__all__ = ["write_graphml", "write_json", "write_csv", "EXPORT_FORMATS"]

EXPORT_FORMATS = ("html", "graphml", "json", "csv")


def _atomic_file(path: Path, write) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _scalar(value):
    """GraphML holds scalars only: lists and dicts travel as JSON text, None is dropped."""
    if isinstance(value, (list, tuple, set, dict)):
        return json.dumps(sorted(value) if isinstance(value, set) else value, ensure_ascii=False)
    return value


def _graphml_ready(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    out = nx.MultiDiGraph()
    for nid, attrs in graph.nodes(data=True):
        out.add_node(nid, **{k: _scalar(v) for k, v in attrs.items() if v is not None})
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        out.add_edge(u, v, key=key, **{k: _scalar(x) for k, x in attrs.items() if x is not None})
    return out


def write_graphml(graph: nx.MultiDiGraph, path: Path) -> Path:
    return _atomic_file(path, lambda tmp: nx.write_graphml(_graphml_ready(graph), tmp))


def write_json(graph: nx.MultiDiGraph, path: Path) -> Path:
    data = nx.node_link_data(graph, edges="edges", name="key")  # "key" is the node id; Paper has its own "id"
    return _atomic_file(path, lambda tmp: tmp.write_text(
        json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8"))


def write_csv(graph: nx.MultiDiGraph, folder: Path, records=None) -> Path:
    """The files ``kg neo4j import`` loads (:mod:`kg.store.neo4j_csv`: typed columns, one file
    per label and set of properties, arrays split losslessly; ``records`` as ``KgRecord``
    nodes), plus ``import.txt``, the neo4j-admin command that loads them, and
    ``post-import.cypher``, what to run once the database is up (the lists the importer cannot
    write, then kg's constraints and indexes)."""
    from kg.store.neo4j_csv import post_import_statements, write_import_csv

    folder = Path(folder)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent if folder.parent.exists() else None))
    try:
        files = write_import_csv(graph, records, staging)
        args = " ".join(shlex.quote(arg) for arg in files.admin_args(relative=True))
        (staging / "import.txt").write_text(  # the database first: each --nodes takes a list of files
            f"neo4j-admin database import full neo4j --overwrite-destination {args}\n", encoding="utf-8")
        (staging / "post-import.cypher").write_text(
            "// After the import, with the database started (cypher-shell; :auto for CALL ... IN TRANSACTIONS)\n"
            + "".join(f"{':auto ' if 'IN TRANSACTIONS' in q else ''}{q};\n" for q in post_import_statements()),
            encoding="utf-8")
        if folder.exists():
            shutil.rmtree(folder)
        os.replace(staging, folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return folder
