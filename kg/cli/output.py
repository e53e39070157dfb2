"""How the CLI prints rows: a rich table for people, ``--json`` or ``--csv`` for programs."""

from __future__ import annotations

import csv
import io
import json
import sys

from rich.console import Console
from rich.table import Table
from rich.text import Text

__all__ = ["emit_rows", "emit_json", "console", "err_console"]

console = Console(highlight=False, soft_wrap=False)
err_console = Console(stderr=True, highlight=False)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    return str(value)


def emit_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def emit_rows(rows: list[dict], fmt: str = "table", title: str | None = None,
              columns: list[str] | None = None, empty: str = "no rows") -> None:
    columns = columns or (list(rows[0]) if rows else [])
    if fmt == "json":
        emit_json(rows)
    elif fmt == "csv":  # programs get every field, not just the ones a table shows
        columns = list(rows[0]) if rows else columns
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(columns)
        writer.writerows([[_cell(row.get(c)) for c in columns] for row in rows])
        sys.stdout.write(buffer.getvalue())
    elif not rows:
        console.print(Text(f"{title}: {empty}" if title else empty, style="dim"))
    else:
        table = Table(title=Text(title) if title else None, title_justify="left", show_lines=False)
        for column in columns:
            table.add_column(column, overflow="fold", max_width=70)
        for row in rows:
            table.add_row(*[Text(_cell(row.get(c))) for c in columns])
        console.print(table)
