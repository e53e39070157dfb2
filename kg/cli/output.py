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


LONG_CELL = 24  # a column whose widest cell is longer holds text (titles, evidence), not names
MIN_LONG = 16  # narrower than this, text columns fold instead


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
        widths = _widths(columns, rows, console.width)
        if widths is None:  # too many columns for the terminal: a block a row, nothing cut
            _print_blocks(rows, columns, title)
            return
        table = Table(title=Text(title) if title else None, title_justify="left", show_lines=False)
        for column, width in zip(columns, widths):
            table.add_column(column, no_wrap=True, overflow="ellipsis", min_width=width, max_width=width)
        for row in rows:
            table.add_row(*[Text(_cell(row.get(c))) for c in columns])
        console.print(table)


def _print_blocks(rows: list[dict], columns: list[str], title: str | None) -> None:
    """Each row as "field  value" lines under a rule (as psql's expanded display): a
    leaderboard's ten columns folded into 80 characters left five letters a column."""
    if title:
        console.print(Text(title))
    for number, row in enumerate(rows, 1):
        console.rule(Text(str(number), style="dim"), align="left", style="dim")
        block = Table.grid(padding=(0, 2))
        block.add_column(style="dim", no_wrap=True)
        block.add_column(overflow="fold")
        for column in columns:
            block.add_row(column, Text(_cell(row.get(column))))
        console.print(block)


def _widths(columns: list[str], rows: list[dict], total: int) -> list[int] | None:
    """One line a row: short columns (names, numbers) keep their width, long text (evidence,
    titles) shares what the terminal has left and ends in an ellipsis (``--json``/``--csv``
    give it whole); folded into 80 columns, an entity card's paper list was a word per line.
    None when even that does not fit (a leaderboard's ten columns in 80 characters)."""
    natural = [max([len(column), *(len(_cell(row.get(column))) for row in rows)]) for column in columns]
    short = [min(width, LONG_CELL) for width in natural]
    long = [i for i, width in enumerate(natural) if width > LONG_CELL]
    room = total - 3 * len(columns) - 1 - sum(w for i, w in enumerate(short) if i not in long)
    share = room // max(len(long), 1)
    if share < (MIN_LONG if long else 0):
        return None
    return [min(natural[i], share) if i in long else short[i] for i in range(len(columns))]
