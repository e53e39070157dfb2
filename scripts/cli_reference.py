#!/usr/bin/env python
"""Write docs/cli.md, the CLI reference, from the ``--help`` of every kg command.

    python scripts/cli_reference.py           # (re)write docs/cli.md
    python scripts/cli_reference.py --check   # exit 1 if docs/cli.md is not what it would write

It walks the click command tree of ``kg.cli:main`` (groups such as ``kg query``, ``kg export``
and ``kg neo4j`` recursively, subcommands in click's order) and puts each command's help, as
``kg ... --help`` prints it, in a section of its own. The help is rendered at a fixed width,
so the file does not depend on the terminal it was written from.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from collections.abc import Iterator
from pathlib import Path

import click

REPO = Path(__file__).resolve().parent.parent
OUTPUT = REPO / "docs" / "cli.md"
WIDTH = 78  # what click prints in an 80-column terminal
PROG = "kg"

__all__ = ["OUTPUT", "iter_commands", "render", "main"]


def _root() -> click.Command:
    from kg.cli import main as root
    return root


def iter_commands(root: click.Command | None = None) -> Iterator[tuple[str, click.Context]]:
    """(``"kg query leaderboard"``, its context) for the root and every visible command below
    it, depth first; each context's ``command`` is the click command."""
    root = root if root is not None else _root()
    ctx = click.Context(root, info_name=PROG, terminal_width=WIDTH, max_content_width=WIDTH,
                        **root.context_settings)
    yield from _walk(PROG, ctx)


def _walk(path: str, ctx: click.Context) -> Iterator[tuple[str, click.Context]]:
    yield path, ctx
    command = ctx.command
    if not isinstance(command, click.Group):
        return
    for name in command.list_commands(ctx):
        sub = command.get_command(ctx, name)
        if sub is None or sub.hidden:
            continue
        sub_ctx = click.Context(sub, info_name=name, parent=ctx, **sub.context_settings)
        yield from _walk(f"{path} {name}", sub_ctx)


def _anchor(title: str) -> str:
    """GitHub's heading anchor for the plain titles used here ("kg query top" -> kg-query-top)."""
    return "-".join(title.lower().split())


def render(root: click.Command | None = None) -> str:
    """The whole text of docs/cli.md."""
    commands = list(iter_commands(root))
    lines = [
        "# kg command reference",
        "",
        "Generated from each command's `--help` by `scripts/cli_reference.py`; do not edit by hand.",
        "After changing a command, run `python scripts/cli_reference.py` (the tests check that this",
        "file is up to date). The same text is printed by `kg COMMAND --help`.",
        "",
        "Options shared by the commands that read or write a graph: `--store DIR` (the embedded",
        "LadybugDB store, default `./kg-data`; `kg migrate DIR` converts one written by an older kg)",
        "or `--neo4j-uri URI` with `--neo4j-user` / `--neo4j-password`; see the README's",
        "[Stores](../README.md#stores) section.",
        "",
        "## Commands",
        "",
    ]
    for path, ctx in commands:
        depth = len(path.split()) - 1
        summary = ctx.command.get_short_help_str(limit=150)
        lines.append(f"{'  ' * max(depth - 1, 0)}- [`{path}`](#{_anchor(path)}): {summary}")
    for path, ctx in commands:
        lines += ["", f"## {path}", "", "```text", ctx.command.get_help(ctx).rstrip(), "```"]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if the file differs from what would be written; write nothing")
    parser.add_argument("--output", type=Path, default=OUTPUT, help=f"default: {OUTPUT.relative_to(REPO)}")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current == text:
            return 0
        sys.stdout.writelines(difflib.unified_diff(
            current.splitlines(keepends=True), text.splitlines(keepends=True),
            fromfile=str(args.output), tofile="generated"))
        print(f"{args.output} is out of date: run python scripts/cli_reference.py", file=sys.stderr)
        return 1
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output} ({len(commands_of(text))} commands)")
    return 0


def commands_of(text: str) -> list[str]:
    """The command paths that a rendered reference has sections for."""
    return [line[3:] for line in text.splitlines() if line.startswith(f"## {PROG}")]


if __name__ == "__main__":
    sys.exit(main())
