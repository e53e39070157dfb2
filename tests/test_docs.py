"""The user docs stay true to the code: docs/cli.md is what scripts/cli_reference.py writes,
every command and option is documented, README.md stays short, and relative links resolve."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import click
import pytest

REPO = Path(__file__).resolve().parent.parent
README = REPO / "README.md"
DOCS = REPO / "docs"
CLI_MD = DOCS / "cli.md"
README_LIMIT = 20_000  # bytes


def _load_generator():
    path = REPO / "scripts" / "cli_reference.py"
    spec = importlib.util.spec_from_file_location("kg_cli_reference", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


gen = _load_generator()


@pytest.fixture(scope="module")
def commands() -> dict[str, click.Context]:
    tree = dict(gen.iter_commands())
    assert len(tree) >= 10, f"the click tree walk found only {sorted(tree)}"
    return tree


@pytest.fixture(scope="module")
def cli_sections() -> dict[str, str]:
    """docs/cli.md as {"kg query top": the text of its section}."""
    return _sections(CLI_MD.read_text(encoding="utf-8"))


def _sections(text: str) -> dict[str, str]:
    parts = re.split(r"^## (kg(?: [\w-]+)*)\s*$", text, flags=re.M)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts) - 1, 2)}


def _long_flags(command: click.Command) -> list[str]:
    flags = []
    for param in command.params:
        if isinstance(param, click.Option) and not param.hidden:
            flags += [o for o in (*param.opts, *param.secondary_opts) if o.startswith("--")]
    return flags


# -- (a) docs/cli.md is generated and up to date -------------------------------------------

def test_cli_reference_is_up_to_date():
    assert CLI_MD.is_file(), "docs/cli.md is missing: run python scripts/cli_reference.py"
    assert CLI_MD.read_text(encoding="utf-8") == gen.render(), \
        "docs/cli.md is out of date: run python scripts/cli_reference.py"


def test_cli_reference_check_mode_tells_stale_from_fresh(tmp_path, capsys):
    out = tmp_path / "cli.md"
    assert gen.main(["--check", "--output", str(out)]) == 1  # missing
    out.write_text(gen.render().replace("## kg build", "## kg bild"), encoding="utf-8")
    assert gen.main(["--check", "--output", str(out)]) == 1  # edited by hand
    assert gen.main(["--output", str(out)]) == 0
    assert gen.main(["--check", "--output", str(out)]) == 0
    capsys.readouterr()


def test_cli_reference_does_not_depend_on_the_terminal(monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    wide = gen.render()
    monkeypatch.setenv("COLUMNS", "40")
    assert gen.render() == wide


# -- (b) every command and every option is documented ---------------------------------------

def _readme_commands_table() -> list[str]:
    """The backticked command cells of README's commands table, e.g. "kg query top [--by ...]"."""
    text = README.read_text(encoding="utf-8")
    match = re.search(r"^## Commands\s*$(.*?)(?=^## )", text, flags=re.M | re.S)
    assert match, "README.md has no '## Commands' section"
    rows = [line for line in match.group(1).splitlines() if line.startswith("| `kg")]
    assert rows, "README.md's Commands section has no commands table"
    return [cell for row in rows for cell in re.findall(r"`(kg [^`]+)`", row.split(" | ")[0])]


def _command_path(cell: str, commands: dict[str, click.Context]) -> str:
    """The longest command path a table cell starts with ("kg query top [--by X]" -> "kg query top")."""
    words, path = cell.split(), "kg"
    for word in words[1:]:
        if f"{path} {word}" not in commands:
            break
        path = f"{path} {word}"
    return path


def test_every_command_is_in_the_readme_table_or_cli_md(commands, cli_sections):
    in_table = {_command_path(cell, commands) for cell in _readme_commands_table()}
    missing = [path for path in commands if path not in in_table and path not in cli_sections]
    assert not missing, f"commands documented nowhere: {missing}"
    assert any(len(path.split()) == 3 for path in commands), "the walk did not reach subcommands"


def test_every_option_is_in_cli_md(commands, cli_sections):
    checked, missing = 0, []
    for path, ctx in commands.items():
        section = cli_sections.get(path, "")
        for flag in _long_flags(ctx.command):
            checked += 1
            if not re.search(rf"(?<![\w-]){re.escape(flag)}(?![\w-])", section):
                missing.append(f"{path} {flag}")
    assert checked >= 20, f"only {checked} options found in the click tree"
    assert not missing, f"options missing from their command's section of docs/cli.md: {missing}"


def test_readme_table_names_only_real_commands_and_options(commands):
    cells = _readme_commands_table()
    assert len(cells) >= 10
    wrong = []
    for cell in cells:
        path = _command_path(cell, commands)
        command = commands[path].command
        if isinstance(command, click.Group):
            wrong.append(f"{cell!r}: {path!r} is a group, not a command")
            continue
        flags = set(_long_flags(command))
        wrong += [f"{cell!r}: {path} has no {flag}" for flag in re.findall(r"--[\w-]+", cell)
                  if flag not in flags]
    assert not wrong, "README's commands table is out of date:\n" + "\n".join(wrong)


# -- (c) README stays a user's page ---------------------------------------------------------

def test_readme_is_short():
    size = len(README.read_bytes())
    assert size <= README_LIMIT, (f"README.md is {size} bytes (limit {README_LIMIT}): move details "
                                  "to docs/ and link them")


# -- (d) relative links resolve --------------------------------------------------------------

_FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", flags=re.M | re.S)
_CODE = re.compile(r"`[^`\n]*`")
_LINK = re.compile(r"\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")


def _prose(text: str) -> str:
    return _CODE.sub("", _FENCE.sub("", text))


def _anchors(text: str) -> set[str]:
    """GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, -1, -2... for repeats."""
    seen: dict[str, int] = {}
    anchors = set()
    for heading in re.findall(r"^#{1,6}\s+(.+?)\s*#*\s*$", _FENCE.sub("", text), flags=re.M):
        slug = re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        anchors.add(slug if count == 0 else f"{slug}-{count}")
    return anchors


def broken_links(path: Path, text: str) -> tuple[int, list[str]]:
    """(links checked, problems) for the relative links of one Markdown file."""
    checked, problems = 0, []
    for target in _LINK.findall(_prose(text)):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target, flags=re.I):  # http:, https:, mailto:
            continue
        checked += 1
        file_part, _, anchor = target.partition("#")
        dest = (path.parent / file_part).resolve() if file_part else path
        if not dest.exists():
            problems.append(f"{path.name}: {target} -> no such file")
        elif anchor and dest.suffix == ".md":
            dest_text = text if dest == path else dest.read_text(encoding="utf-8")
            if anchor.lower() not in _anchors(dest_text):
                problems.append(f"{path.name}: {target} -> no heading #{anchor} in {dest.name}")
    return checked, problems


def _doc_files() -> list[Path]:
    files = [README, *sorted(DOCS.glob("*.md"))]
    assert len(files) >= 5, f"expected README.md and the docs/ pages, found {files}"
    return files


@pytest.mark.parametrize("path", _doc_files(), ids=lambda p: str(p.relative_to(REPO)))
def test_relative_links_resolve(path):
    checked, problems = broken_links(path, path.read_text(encoding="utf-8"))
    assert not problems, "\n".join(problems)
    if path == README:
        assert checked >= 3, "README.md links to docs/; the link check found none"


def test_link_check_catches_broken_links_and_anchors(tmp_path):
    (tmp_path / "there.md").write_text("# A title\n\n## Sub part: two\n", encoding="utf-8")
    page = tmp_path / "page.md"
    text = ("[ok](there.md) [ok](there.md#sub-part-two) [ok](#here) [web](https://example.org/x)\n"
            "[gone](missing.md) [bad anchor](there.md#nothing) [bad local](#nowhere)\n"
            "`[in code](missing-too.md)`\n\n## Here\n")
    page.write_text(text, encoding="utf-8")
    checked, problems = broken_links(page, text)
    assert checked == 6
    assert len(problems) == 3, problems
    assert any("missing.md" in p for p in problems)
    assert any("#nothing" in p for p in problems)
    assert any("#nowhere" in p for p in problems)
