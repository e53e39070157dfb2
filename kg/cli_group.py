"""The CLI's one error boundary, shared by every click group of kg."""

from __future__ import annotations

import click

from kg.errors import KgError

__all__ = ["KgGroup"]


class KgGroup(click.Group):
    """Turns kg's own errors into one-line messages (exit code 1) for every subcommand."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KgError as exc:
            raise click.ClickException(str(exc)) from None
