"""File exports that need no browser: GraphML, node-link JSON, and CSV for neo4j-admin.

Each writer goes through a temporary file (or folder) renamed into place, so a failed export
never leaves half a file where the user expects a whole one.
"""

from __future__ import annotations

import csv
import json
import os
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


def _array(value) -> str:
    return ";".join(str(v).replace(";", ",") for v in value or [])


def _node_rows(graph: nx.MultiDiGraph, label: str) -> tuple[list[str], list[list]]:
    nodes = [(n, a) for n, a in graph.nodes(data=True) if a["label"] == label]
    props = sorted({k for _, a in nodes for k in a} - {"label", "key"})
    header = ["key:ID"] + [f"{p}:string[]" if any(isinstance(a.get(p), list) for _, a in nodes) else p
                           for p in props] + [":LABEL"]
    extra = ";Entity" if label in {"Method", "Model", "Dataset", "Metric", "Task"} else ""
    rows = [[n] + [_array(a.get(p)) if isinstance(a.get(p), list) else a.get(p) for p in props]
            + [f"{label};KgNode{extra}"] for n, a in nodes]
    return header, rows


def _write_csv_file(path: Path, header: list[str], rows: list[list]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def write_csv(graph: nx.MultiDiGraph, folder: Path) -> Path:
    """One CSV per label and per relationship type, headed for ``neo4j-admin database import``,
    plus ``import.txt`` with the command that loads them."""
    folder = Path(folder)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent if folder.parent.exists() else None))
    try:
        args = []
        for label in sorted({a["label"] for _, a in graph.nodes(data=True)}):
            _write_csv_file(staging / f"nodes_{label}.csv", *_node_rows(graph, label))
            args.append(f"--nodes={label}=nodes_{label}.csv")
        for rel in sorted({a["type"] for _, _, a in graph.edges(data=True)}):
            rows = [[u, v, rel, a.get("count", 0), _array(a.get("papers")), _array(a.get("evidence"))]
                    for u, v, a in graph.edges(data=True) if a["type"] == rel]
            _write_csv_file(staging / f"rels_{rel}.csv",
                            [":START_ID", ":END_ID", ":TYPE", "count:int", "papers:string[]", "evidence:string[]"], rows)
            args.append(f"--relationships={rel}=rels_{rel}.csv")
        (staging / "import.txt").write_text(
            "neo4j-admin database import full --array-delimiter=';' " + " ".join(args) + " neo4j\n", encoding="utf-8")
        if folder.exists():
            shutil.rmtree(folder)
        os.replace(staging, folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return folder
