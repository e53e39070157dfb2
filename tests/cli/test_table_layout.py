"""Tables print one line a row where the terminal allows, and lose nothing where it does not."""

from __future__ import annotations

from kg.cli.output import _widths


def test_long_text_shares_what_is_left_and_short_columns_keep_their_width():
    rows = [{"paper": "2504.01127", "title": "Can LLMs Grasp Implicit Cultural Values? " * 3, "year": 2025}]
    widths = _widths(["paper", "title", "year"], rows, 80)
    assert widths[0] == len("2504.01127") and widths[2] == len("year")
    assert 3 * 3 + 1 + sum(widths) == 80 and widths[1] < len(rows[0]["title"])


def test_too_many_columns_for_the_terminal_fall_back_to_folding():
    columns = [f"column{i}" for i in range(10)]
    rows = [{c: "a value of moderate size" for c in columns} | {"column9": "evidence " * 20}]
    assert _widths(columns, rows, 80) is None
    assert _widths(columns, rows, 400) is not None


def test_a_table_too_wide_for_the_terminal_prints_a_block_a_row_with_every_field(capsys, monkeypatch):
    from kg.cli import output

    monkeypatch.setattr(output.console, "width", 80)
    columns = [f"column{i}" for i in range(10)]
    evidence = "On the GSM8K benchmark, our system achieves 93.0% accuracy while reducing compute costs by 61%."
    rows = [{c: f"value {i}" for i, c in enumerate(columns)} | {"column9": evidence}] * 2
    output.emit_rows(rows, title="leaderboard: GSM8K")
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "leaderboard: GSM8K" and max(map(len, lines)) <= 80
    assert sum(line.startswith("column3") and "value 3" in line for line in lines) == 2
    assert "reducing compute costs by 61%." in " ".join(" ".join(line.split()) for line in lines)
