"""CSV files for ``neo4j-admin database import full`` that load exactly what the driver writes.

Why its own writer: a bulk import is only useful if a later build through the driver finds
nothing to change, so the files must give the database the same labels, properties and value
types as :class:`~kg.store.neo4j_store.Neo4jStore` (whose ``node_rows``/``rel_rows``/
``record_json`` they are made from). Plain CSV would lose that, so:

* every column is typed (``string``, ``long``, ``double``, ``boolean`` and their arrays) and
  rows are grouped by which properties they have, of which type: one file per group, each
  with its own header, so an absent property stays absent and an int stays an int;
* arrays are split on a control character that no value contains (``--array-delimiter``);
* the two lists the importer cannot write, ``[]`` and ``[""]`` (it reads both as "no
  value"), are named in marker properties that :data:`FIX_NODE_LISTS` and
  :data:`FIX_REL_LISTS` turn into the real lists after the import;
* the extraction records become ``KgRecord`` nodes (``id``, ``json``) as the store keeps them.

Nothing here starts Java or talks to a server: :mod:`kg.store.neo4j_import` does that, and
``kg export csv`` writes the same files for people who run neo4j-admin themselves.
"""

from __future__ import annotations

import csv
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from kg.errors import ExportError
from kg.store import neo4j_cypher as C
from kg.store.neo4j_store import node_rows, record_json, rel_rows

__all__ = ["ImportFiles", "write_import_csv", "post_import_statements", "FIX_NODE_LISTS", "FIX_REL_LISTS",
           "MARKERS"]

# Candidates for the array delimiter, tried in order: control characters nobody types.
DELIMITERS = "\x1f\x1e\x1d\x1c\x1b\x1a\x19\x18\x17\x16\x15\x14\x13\x12\x11\x10\x0f\x0e"
MARKERS = {"empty": "_kg_empty", "blank": "_kg_blank"}  # props that must become [] / [""]
_PROP = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

# Run after the import (auto-commit: CALL ... IN TRANSACTIONS). The markers are kg's own
# constants, the property names they list are set with dynamic keys (Neo4j 5.26 Cypher).
FIX_NODE_LISTS = """
MATCH (n) WHERE n._kg_empty IS NOT NULL OR n._kg_blank IS NOT NULL
CALL (n) {
  FOREACH (p IN coalesce(n._kg_empty, []) | SET n[p] = [])
  FOREACH (p IN coalesce(n._kg_blank, []) | SET n[p] = [''])
  REMOVE n._kg_empty, n._kg_blank
} IN TRANSACTIONS OF 20000 ROWS
"""
FIX_REL_LISTS = """
MATCH ()-[r]->() WHERE r._kg_empty IS NOT NULL OR r._kg_blank IS NOT NULL
CALL (r) {
  FOREACH (p IN coalesce(r._kg_empty, []) | SET r[p] = [])
  FOREACH (p IN coalesce(r._kg_blank, []) | SET r[p] = [''])
  REMOVE r._kg_empty, r._kg_blank
} IN TRANSACTIONS OF 20000 ROWS
"""


@dataclass
class ImportFiles:
    """What :func:`write_import_csv` wrote: the files per label set / type and how to read them."""

    folder: Path
    nodes: list[tuple[tuple[str, ...], str]] = field(default_factory=list)  # (labels, file name)
    relationships: list[tuple[str, str]] = field(default_factory=list)      # (type, file name)
    delimiter: str = DELIMITERS[0]
    multiline: bool = False          # some value holds a line break
    longest: int = 0                 # longest value, in characters (the importer's read buffer)
    counts: dict = field(default_factory=dict)  # what the database must hold afterwards

    def admin_args(self, relative: bool = False) -> list[str]:
        """The options of ``neo4j-admin database import full`` that read these files."""
        where = (lambda name: name) if relative else (lambda name: str(self.folder / name))
        args = [f"--array-delimiter=U+{ord(self.delimiter):04X}", "--bad-tolerance=0", "--id-type=string"]
        if self.multiline:
            args.append("--multiline-fields=true")
        if self.longest * 4 > 4 * 2**20:  # UTF-8 bytes; the importer's default buffer is 4 MiB
            args.append(f"--read-buffer-size={self.longest * 4 + 2**20}")
        args += [f"--nodes={':'.join(labels)}={where(name)}" for labels, name in self.nodes]
        args += [f"--relationships={rel_type}={where(name)}" for rel_type, name in self.relationships]
        return args


def _kind(value) -> str:
    """The CSV header type of a property value as the driver path stores it."""
    if isinstance(value, list):
        if not value:
            return "empty"
        if value == [""]:
            return "blank"
        return _kind(value[0]) + "[]"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    return "double" if isinstance(value, float) else "string"


def _scalar(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"  # the importer reads "True" as false
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
    return repr(value) if isinstance(value, float) else str(value)


def _pick_delimiter(groups) -> str:
    """The first candidate that occurs in no array element (so splitting gives the list back)."""
    used: set[str] = set()
    for rows in groups:
        for row in rows:
            for value in row["props"].values():
                if isinstance(value, list) and value and isinstance(value[0], str):
                    used.update(ch for v in value for ch in v if ch < " ")
    for ch in DELIMITERS:
        if ch not in used:
            return ch
    raise ExportError("every control character kg could split arrays on occurs in the data")


def _signature(props: dict) -> tuple[tuple[str, str], ...]:
    """(property, type) pairs of a row, the key ``key`` aside: rows alike share a file."""
    for name in props:
        if not _PROP.match(name):
            raise ExportError(f"property name {name!r} cannot be a CSV header for neo4j-admin")
    return tuple(sorted((name, _kind(value)) for name, value in props.items() if name != "key"))


def _header(id_columns: list[str], signature) -> list[str]:
    columns = [f"{name}:{kind}" for name, kind in signature if kind not in MARKERS]
    return id_columns + columns + [f"{MARKERS[k]}:string[]" for k in MARKERS if any(s[1] == k for s in signature)]


def _cells(ids: list[str], props: dict, signature, delimiter: str) -> list[str]:
    cells = list(ids)
    for name, kind in signature:
        if kind not in MARKERS:
            value = props[name]
            cells.append(delimiter.join(map(_scalar, value)) if isinstance(value, list) else _scalar(value))
    for marker in MARKERS:
        names = [name for name, kind in signature if kind == marker]
        if names:
            cells.append(delimiter.join(names))
    return cells


class _Writer:
    """Writes one file per group and keeps what :class:`ImportFiles` reports."""

    def __init__(self, files: ImportFiles):
        self.files, self.taken = files, Counter()

    def write(self, stem: str, header: list[str], rows: list[list[str]]) -> str:
        self.taken[stem] += 1
        name = f"{stem}.csv" if self.taken[stem] == 1 else f"{stem}-{self.taken[stem]}.csv"
        with open(self.files.folder / name, "w", encoding="utf-8", newline="") as handle:
            out = csv.writer(handle, quoting=csv.QUOTE_ALL, lineterminator="\n")
            out.writerow(header)
            for row in rows:
                self._measure(row)
                out.writerow(row)
        return name

    def _measure(self, row: list[str]) -> None:
        for cell in row:
            if len(cell) > self.files.longest:
                self.files.longest = len(cell)
            if not self.files.multiline and ("\n" in cell or "\r" in cell):
                self.files.multiline = True


def _grouped(rows: list[dict]) -> dict[tuple, list[dict]]:
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for row in rows:
        groups[_signature(row["props"])].append(row)
    return groups


def _write_nodes(writer: _Writer, nodes: dict, delimiter: str) -> None:
    for labels, rows in nodes.items():
        for signature, group in sorted(_grouped(rows).items()):
            lines = [_cells([row["key"]], row["props"], signature, delimiter) for row in group]
            name = writer.write(f"nodes_{labels[0]}", _header(["key:ID"], signature), lines)
            writer.files.nodes.append(((*labels, C.lookup_labels()["all"]), name))


def _write_rels(writer: _Writer, rels: dict, delimiter: str) -> None:
    by_type: dict[str, list[dict]] = defaultdict(list)
    for (rel_type, _, _), rows in rels.items():
        by_type[rel_type] += rows
    for rel_type, rows in sorted(by_type.items()):
        for signature, group in sorted(_grouped(rows).items()):
            lines = [_cells([row["start"], row["end"]], row["props"], signature, delimiter) for row in group]
            name = writer.write(f"rels_{rel_type}", _header([":START_ID", ":END_ID"], signature), lines)
            writer.files.relationships.append((rel_type, name))


def _write_records(writer: _Writer, records) -> int:
    rows = sorted((record.id, record_json(record)) for record in records)
    if rows:
        name = writer.write("records", ["id:string", "json:string"], [list(row) for row in rows])
        writer.files.nodes.append(((C.lookup_labels()["record"],), name))
    return len(rows)


def _counts(nodes: dict, rels: dict, records: int) -> dict:
    by_label, by_type = Counter(), Counter()
    for labels, rows in nodes.items():
        by_label[labels[0]] += len(rows)
    for (rel_type, _, _), rows in rels.items():
        by_type[rel_type] += len(rows)
    return {"papers": by_label.get("Paper", 0), "nodes": dict(sorted(by_label.items())),
            "relationships": dict(sorted(by_type.items())), "records": records}


def write_import_csv(graph: nx.MultiDiGraph, records, folder: Path) -> ImportFiles:
    """Write the import files of ``graph`` and ``records`` (None: no records) into ``folder``
    (made if missing; it should be empty) and say how to import them."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    nodes, rels = node_rows(graph), rel_rows(graph)
    files = ImportFiles(folder=folder, delimiter=_pick_delimiter([*nodes.values(), *rels.values()]))
    writer = _Writer(files)
    _write_nodes(writer, nodes, files.delimiter)
    _write_rels(writer, rels, files.delimiter)
    files.counts = _counts(nodes, rels, _write_records(writer, records or ()))
    return files


def post_import_statements() -> list[str]:
    """What to run once the imported database is up: the lists the importer cannot write,
    then the store's constraints and indexes (the same DDL as the driver path)."""
    from kg.store.neo4j_store import schema_statements

    return [FIX_NODE_LISTS.strip(), FIX_REL_LISTS.strip(), *schema_statements()]
