"""The CLI's one error boundary, shared by every click group of kg, and the -q/-v options
every command accepts after its name too (``kg build x --quiet``)."""

from __future__ import annotations

import click

from kg.errors import KgError

__all__ = ["KgGroup", "KgCommand", "set_verbosity"]


def set_verbosity(ctx: click.Context, quiet: bool, verbose: bool) -> None:
    """Record -q/-v on the root context, where the printing helpers read them; quiet wins."""
    root = ctx.find_root()
    if root.obj is None:
        root.obj = {}
    root.obj["quiet"] = root.obj.get("quiet", False) or quiet
    root.obj["verbose"] = (root.obj.get("verbose", False) or verbose) and not root.obj["quiet"]


def _flag(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        set_verbosity(ctx, quiet=param.name == "quiet", verbose=param.name == "verbose")


class KgCommand(click.Command):
    """A command that also takes -q/-v after its name (hidden: ``kg --help`` documents them)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        names = {opt for param in self.params for opt in getattr(param, "opts", [])}
        for short, long in (("-q", "--quiet"), ("-v", "--verbose")):
            if short not in names and long not in names:
                self.params.append(click.Option([short, long], is_flag=True, hidden=True, expose_value=False,
                                                callback=_flag))


class KgGroup(click.Group):
    """Turns kg's own errors into one-line messages (exit code 1) for every subcommand."""

    command_class = KgCommand
    group_class = type  # sub-groups are KgGroups too, so their commands get -q/-v

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KgError as exc:
            raise click.ClickException(str(exc)) from None
