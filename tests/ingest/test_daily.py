from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import detect_format, iter_input_files, read_papers
from kg.ingest.daily import read_daily_papers

CHROME = ("Subscribe", "byAK", "trending papers", "research community")


def test_every_seed_abstract_comes_through(corpus_dir):
    per_file = {path.name: list(read_daily_papers(path)) for path in iter_input_files([corpus_dir])}
    assert len(per_file) == 5
    assert sum(len(papers) for papers in per_file.values()) == 633
    # the one-line-per-field capture has no blank lines at all
    assert len(per_file["001_3e07d1b274fd3695.txt"]) == 276


def test_no_title_carries_page_chrome(corpus_dir):
    for paper in read_papers([corpus_dir]):
        assert not any(word.lower() in paper.title.lower() for word in CHROME), paper.title
        assert len(paper.title) < 300 and len(paper.abstract) > 200


def test_glued_subscribe_is_stripped(corpus_dir):
    first = next(read_daily_papers(corpus_dir / "001_3e07d1b274fd3695.txt"))
    assert first.title == "Does Joint Training Really Help Cascaded Speech Translation?"


def test_duplicates_across_captures_are_merged(corpus_dir):
    papers = read_papers([corpus_dir])
    assert len(papers) == 562
    assert len({p.id for p in papers}) == len(papers)
    merged = [p for p in papers if p.properties.get("also_in")]
    assert merged and all(p.properties["also_in"][0] != p.source for p in merged)


def test_code_links_become_repositories(corpus_dir):
    papers = read_papers([corpus_dir])
    bayescap = next(p for p in papers if p.title.startswith("BayesCap"))
    assert bayescap.code_urls == ["https://github.com/ExplainableML/BayesCap"]


def test_blank_line_layout_written_by_hand(tmp_path: Path):
    path = tmp_path / "page.txt"
    path.write_text("new\n\nSubscribe\n\nbyAK and the research community\n\nMar 13\n\n"
                    "A Title\n\nAn abstract about things. Code: https://github.com/a/b.\n\n"
                    "Second Title\n\nSecond abstract.\n", encoding="utf-8")
    assert detect_format(path) == "daily"
    papers = list(read_daily_papers(path))
    assert [p.title for p in papers] == ["A Title", "Second Title"]
    assert papers[0].code_urls == ["https://github.com/a/b"]
    assert papers[0].source == "page.txt:9"


def test_title_without_abstract_names_the_line(tmp_path: Path):
    path = tmp_path / "page.txt"
    path.write_text("Subscribe\n\nTitle one\n\nAbstract one.\n\nDangling title\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"page.txt:7: title without an abstract"):
        list(read_daily_papers(path))


def test_wrong_encoding_names_the_line(tmp_path: Path):
    path = tmp_path / "page.txt"
    path.write_bytes("Subscribe\n\nTitle\n\nAbstract caf\xe9.\n".encode("latin-1"))
    with pytest.raises(InputError, match=r"page.txt:5: not valid UTF-8"):
        list(read_daily_papers(path))
