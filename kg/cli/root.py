"""The ``kg`` group itself: -q/-v/--version and the one-paragraph help.

Apart from the commands so that ``kg --version`` and ``kg --help`` stay cheap: nothing here
imports spaCy, the neo4j driver or the stores. ``kg.cli`` adds the commands to it.
"""

from __future__ import annotations

import click

from kg import __version__
from kg.cli.group import KgGroup, set_verbosity

__all__ = ["main"]


def _print_version(ctx, _param, value) -> None:
    """kg's version and the shipped model's version and checksum, verified against its files
    (reads meta.json and hashes the files; spaCy is not loaded)."""
    if not value or ctx.resilient_parsing:
        return
    from kg.model import describe_model, model_info
    click.echo(f"kg, version {__version__} ({describe_model(model_info())})")
    ctx.exit()


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_print_version,
              help="Show kg's version and the model's version and checksum, and exit.")
@click.option("-q", "--quiet", is_flag=True,
              help="Print results only: no progress, no notes (also accepted after the command).")
@click.option("-v", "--verbose", is_flag=True,
              help="Say more about what is happening, e.g. list skipped files (also accepted after the command).")
@click.pass_context
def main(ctx, quiet, verbose):
    """kg: build a knowledge graph of methods, models, datasets, metrics, tasks and results
    from paper abstracts, then query, explore and export it.

    \b
    Example:
      kg build samples/papers.jsonl && kg export html -o graph.html
    """
    ctx.obj = {}
    set_verbosity(ctx, quiet, verbose)
