import json
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import detect_format, read_papers
from kg.ingest.paper import title_id


def write(path: Path, rows) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_jsonl_keeps_id_and_extra_keys(tmp_path):
    path = write(tmp_path / "p.jsonl", [{"id": "x1", "title": "T", "abstract": "A b.", "venue": "ACL", "year": "2020"}])
    [paper] = read_papers([path])
    assert (paper.id, paper.year, paper.properties) == ("x1", 2020, {"venue": "ACL"})


def test_arxiv_snapshot_is_detected(tmp_path):
    row = {"id": "2106.09685", "title": "LoRA", "abstract": "  Low-rank\n adaptation. ", "categories": "cs.CL",
           "update_date": "2021-10-16", "authors": "Hu et al."}
    path = write(tmp_path / "arxiv.json", [row])
    assert detect_format(path) == "arxiv"
    [paper] = read_papers([path])
    assert paper.id == "2106.09685" and paper.year == 2021
    assert paper.abstract == "Low-rank adaptation."
    assert paper.url == "https://arxiv.org/abs/2106.09685"
    assert paper.properties["categories"] == "cs.CL"


def test_an_arxiv_paper_s_year_is_its_first_submission_not_its_last_revision(tmp_path):
    rows = [{"id": "1812.06145", "title": "T", "abstract": "A.", "categories": "cs.CV", "update_date": "2025-10-13"},
            {"id": "hep-th/9901001", "title": "U", "abstract": "B.", "categories": "hep-th", "update_date": "2008-02-03"}]
    papers = read_papers([write(tmp_path / "arxiv.jsonl", rows)])
    assert [p.year for p in papers] == [2018, 2008]  # an old-style id: the date field


def test_ids_fall_back_to_arxiv_url_then_title(tmp_path):
    path = write(tmp_path / "p.jsonl", [{"title": "Paper One", "abstract": "x.", "url": "https://arxiv.org/abs/1706.03762v5"},
                                        {"title": "Paper  two!", "abstract": "y."}])
    ids = [p.id for p in read_papers([path])]
    assert ids == ["1706.03762", title_id("paper two")]


def test_csv_with_header(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text('id,title,abstract,year\n1,"A, b","Multi\nline abstract.",2019\n2,C,D.,\n', encoding="utf-8")
    papers = read_papers([path])
    assert [p.title for p in papers] == ["A, b", "C"]
    assert papers[0].abstract == "Multi line abstract." and papers[1].year is None


@pytest.mark.parametrize("line, message", [
    ('{"id": "a", "title": "T", "abstract": "A."', "malformed JSON"),
    ('{"id": "a", "abstract": "A."}', 'missing field "title"'),
    ('{"id": "a", "title": "T", "abstract": "   "}', "empty abstract"),
    ('["not", "an", "object"]', "expected a JSON object"),
    ('{"id": "a", "title": "T", "abstract": "A.", "year": "soon"}', '"year" must be a whole number'),
])
def test_bad_lines_name_file_and_line(tmp_path, line, message):
    path = write(tmp_path / "bad.jsonl", ['{"id": "ok", "title": "T", "abstract": "A."}', line])
    with pytest.raises(InputError, match=rf"bad.jsonl:2: {message}"):
        read_papers([path])


def test_skipping_invalid_records_keeps_the_good_ones_and_names_each_bad_one(tmp_path):
    jsonl = write(tmp_path / "mixed.jsonl", ['{"id": "a", "title": "T1", "abstract": "A."}', '{"id": "b", "title": ',
                                             '["list"]', '{"id": "c", "title": "T3", "abstract": ""}',
                                             '{"id": "d", "title": "T4", "abstract": "D."}'])
    table = tmp_path / "mixed.csv"
    table.write_text('title,abstract\nT5,E.\nT6,F.,extra\nT7,"two\nlines"\nT8,\n', encoding="utf-8")
    skipped = []
    papers = read_papers([jsonl, table], on_invalid=skipped.append)
    assert [p.title for p in papers] == ["T1", "T4", "T5", "T7"]
    assert [f"{Path(e.path).name}:{e.line}" for e in skipped] == ["mixed.jsonl:2", "mixed.jsonl:3", "mixed.jsonl:4",
                                                                  "mixed.csv:3", "mixed.csv:6"]
    assert [e.reason.split(":")[0] for e in skipped] == ["malformed JSON", "expected a JSON object, got list",
                                                         "empty abstract", "more cells than header columns",
                                                         "empty abstract"]


def test_skipping_does_not_cover_a_broken_file(tmp_path):
    bad = tmp_path / "latin.jsonl"
    bad.write_bytes('{"id": "a", "title": "T", "abstract": "caf\xe9"}\n'.encode("latin-1"))
    with pytest.raises(InputError, match="latin.jsonl:1: not valid UTF-8"):
        read_papers([bad], on_invalid=lambda error: None)


def test_huge_abstract_is_refused_not_truncated(tmp_path):
    path = write(tmp_path / "big.jsonl", [{"id": "a", "title": "T", "abstract": "word " * 30000}])
    with pytest.raises(InputError, match="big.jsonl:1: abstract of .* over the limit"):
        read_papers([path])


def test_duplicate_ids_and_titles_merge(tmp_path):
    path = write(tmp_path / "p.jsonl", [{"id": "a", "title": "Same Title", "abstract": "short."},
                                        {"id": "a", "title": "Same Title", "abstract": "a longer abstract.", "year": 2020},
                                        {"id": "b", "title": "same  title", "abstract": "x."}])
    [paper] = read_papers([path])
    assert paper.abstract == "a longer abstract." and paper.year == 2020
    assert len(paper.properties["also_in"]) == 2


def test_missing_input_is_an_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_papers([tmp_path / "nope.jsonl"])


def test_gzipped_jsonl_reads_like_the_plain_file(tmp_path):
    import gzip
    rows = [{"id": f"p{i}", "title": f"Paper {i}", "abstract": f"We study case {i}."} for i in range(3)]
    text = "".join(json.dumps(row) + "\n" for row in rows)
    (tmp_path / "plain.jsonl").write_text(text, encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    with gzip.open(folder / "papers.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(text)
    plain = read_papers([tmp_path / "plain.jsonl"])
    packed = read_papers([folder])  # found in a folder by its inner suffix, format detected
    assert [(p.id, p.title, p.abstract) for p in packed] == [(p.id, p.title, p.abstract) for p in plain]
    (folder / "broken.jsonl.gz").write_bytes(b"not gzip at all")
    with pytest.raises(InputError, match="broken.jsonl.gz: not a readable gzip file"):
        read_papers([folder])
