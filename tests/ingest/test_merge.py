"""Copies of one paper merge into the same paper whatever their order or grouping."""

from __future__ import annotations

import itertools

from kg.ingest import Paper, dedupe, merge_copies, read_papers


def _copies() -> list[Paper]:
    return [
        Paper("2501.00001", "Sparse Mixtures of Experts", "Short abstract.", year=2025, source="b.jsonl:3",
              code_urls=["https://github.com/x/b"], properties={"categories": "cs.LG"}),
        Paper("t-0123456789abcdef", "Sparse mixtures of experts", "A longer abstract of the same paper.",
              source="a.txt:10", url="https://example.org/a", code_urls=["https://github.com/x/a"]),
        Paper("2501.00001", "Sparse Mixtures of Experts", "Short abstract.", year=2024, source="c.csv:2",
              properties={"categories": "cs.CL"}),
    ]


def test_any_order_gives_the_same_paper():
    papers = {repr(dedupe(list(order))) for order in itertools.permutations(_copies())}
    assert len(papers) == 1
    [paper] = dedupe(_copies())
    assert paper.id == "2501.00001"  # a source's own id over a title-made one
    assert paper.abstract == "A longer abstract of the same paper." and paper.title == "Sparse mixtures of experts"
    assert (paper.year, paper.url, paper.source) == (2024, "https://example.org/a", "a.txt:10")
    assert paper.properties["also_in"] == ["b.jsonl:3", "c.csv:2"]
    assert paper.code_urls == ["https://github.com/x/a", "https://github.com/x/b"]


def test_merging_in_steps_equals_merging_at_once():
    a, b, c = _copies()
    at_once = merge_copies([a, b, c])
    for first, second, third in itertools.permutations([a, b, c]):
        assert merge_copies([merge_copies([first, second]), third]) == at_once
        assert merge_copies([first, merge_copies([second, third])]) == at_once


def test_seed_captures_read_in_either_order_give_the_same_papers(corpus_dir):
    files = sorted(corpus_dir.iterdir())
    forward = sorted(map(repr, read_papers(files)))
    assert forward == sorted(map(repr, read_papers(files[::-1])))
    halves = dedupe([*read_papers(files[2:]), *read_papers(files[:2])])
    assert sorted(map(repr, halves)) == forward
