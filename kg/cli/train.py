"""``kg train``: re-train the extraction pipeline from the gold files.

The work is the training workbench's (``training/``, a source checkout only); this command
picks where the model goes (never over the installed one unless asked) and prints the scores.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli.group import KgCommand
from kg.cli.options import say

__all__ = ["COMMANDS", "train"]


@click.command(cls=KgCommand)
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write the new pipeline to (replaced if it holds a model).")
@click.option("--overwrite-installed", is_flag=True,
              help="Write over the installed model (kg/extract/model) instead of -o DIR.")
@click.option("--seed", default=0, show_default=True, help="Seed of the first NER member (the others: +1, +2, ...).")
@click.option("--members", default=1, show_default=True,
              help="NER models trained with different seeds (more than one: they vote).")
@click.option("--jobs", type=int, default=None, help="Members trained at once (default: one per core).")
def train(output, overwrite_installed, seed, members, jobs):
    """Re-train the extraction pipeline from the gold files (paths in training/config.toml:
    ../shared/data/gold, or $KG_SHARED). Needs a source checkout (the training/ folder).
    Deterministic: fixed seeds, data hashes in training-meta.json, version and sha256 in
    meta.json; about 50 min on this project's two-core machine (one NER trained on the
    abstracts and the SciREX body passages, pretrained on 2025 abstracts).

    \b
    Example:
      kg train -o /tmp/kg-model
      kg train -o /tmp/kg-vote --members 3
      kg train --overwrite-installed
    """
    from kg.model import training_output, training_workbench
    output = training_output(output, overwrite_installed)
    meta = training_workbench().train(output, seed=seed, members=members, jobs=jobs, log=sys.stderr)
    for name, scores in meta.get("validation_scores", {}).items():
        say(_validation_line(name, scores["strict"]["micro"]))
    say(f"wrote pipeline to {output}")


def _validation_line(name: str, micro) -> str:
    return (f"{name} validation part: strict micro F1 {100 * micro['f1']:.1f}" if isinstance(micro, dict)
            else f"{name} validation part: {micro}")


COMMANDS = [train]
