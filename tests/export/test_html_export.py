"""write_html without a browser: one self-contained, escaped file, written atomically."""

from __future__ import annotations

import json
import os
import re
from html.parser import HTMLParser

import pytest

import kg.export.html as html_export
from kg.errors import KgError, QueryError
from kg.export.html import ExportError, render_html, script_json, write_html

HOSTILE_TITLE = "<script>alert(1)</script>"


class _Tags(HTMLParser):
    """Every start tag with its attributes, and the text of each script element."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.scripts, self._in_script = [], [], False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data


def _parse(text):
    parser = _Tags()
    parser.feed(text)
    return parser


def _data(text):
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', text, re.S)
    return json.loads(match.group(1))


def test_writes_one_self_contained_file(tmp_path, sample_graph):
    out = write_html(sample_graph, tmp_path / "graph.html", papers=True)
    assert out == tmp_path / "graph.html"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html"]  # no lib/ folder, no temp
    text = out.read_text(encoding="utf-8")
    tags = _parse(text).tags
    assert [t for t, a in tags if "src" in a or "href" in a] == []  # nothing is loaded at all
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", text, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?\s*(https?:)?//", text, re.I)
    assert "bootstrap" not in text and "tom-select" not in text.lower()
    assert "vis-network" in text and len(text) > 400_000  # vis-network itself is inlined


def test_page_structure_and_data(tmp_path, sample_graph):
    text = render_html(sample_graph, "BERT & friends", papers=True)
    parsed = _parse(text)
    assert [t for t, _ in parsed.tags].count("script") == 3
    assert "<title>BERT &amp; friends</title>" in text
    data = _data(text)
    assert len(data["nodes"]) == len(sample_graph)
    assert len(data["edges"]) == sample_graph.number_of_edges()
    assert data["focus"] is None
    assert [t["label"] for t in data["types"]] == ["Paper", "Method", "Model", "Dataset", "Metric",
                                                   "Task", "Result", "Repository"]
    assert {t["label"]: t["color"] for t in data["types"]}["Dataset"] == "#2ca02c"
    assert data["options"]["physics"]["stabilization"]["enabled"] is True


def test_size_colour_and_tooltips(sample_graph):
    data = _data(render_html(sample_graph, papers=True))
    nodes = {n["id"]: n for n in data["nodes"]}
    bert = nodes["Model:bert"]
    assert bert["value"] == sample_graph.degree("Model:bert") > nodes["Model:resnet-50"]["value"]
    assert bert["color"] == "#9467bd" and bert["kgType"] == "Model"
    for line in ("BERT", "type: Model", "aliases: BERT-base, BERT-large", "papers: 2"):
        assert line in bert["title"].split("\n")
    edge = next(e for e in data["edges"] if e["from"] == "Model:roberta" and "OUTPERFORMS" in e["title"])
    assert edge["title"].startswith("OUTPERFORMS · 1 paper\nRoBERTa → BERT\n")
    assert "“RoBERTa outperforms BERT on GLUE.”" in edge["title"]
    assert all(e["title"].count("“") <= 3 for e in data["edges"])


def test_view_options_pass_through(sample_graph):
    data = _data(render_html(sample_graph, focus="roberta", depth=1, papers=True))
    assert {n["id"] for n in data["nodes"]} == {"Model:roberta", "Model:bert", "Paper:1907.11692"}
    assert data["focus"] == "Model:roberta"
    focus = next(n for n in data["nodes"] if n["id"] == "Model:roberta")
    assert focus["borderWidth"] == 4
    data = _data(render_html(sample_graph, types="dataset,metric", max_nodes=2, papers=True))
    assert len(data["nodes"]) == 2 and {t["label"] for t in data["types"]} <= {"Dataset", "Metric"}
    with pytest.raises(QueryError):
        render_html(sample_graph, focus="nothing like this", papers=True)


def test_hostile_text_never_reaches_markup(hostile_graph):
    text = render_html(hostile_graph, title=HOSTILE_TITLE, papers=True)
    parsed = _parse(text)
    assert [t for t, _ in parsed.tags].count("script") == 3
    assert not any(t == "img" or any(k.startswith("on") for k in a) for t, a in parsed.tags)
    assert "<script>alert" not in text and "<img" not in text and "\u2028" not in text
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>" in text
    data = json.loads(parsed.scripts[0])  # the JSON island is exactly one script's text
    names = {n["kgName"] for n in data["nodes"]}
    assert names == {a["name"] for _, a in hostile_graph.nodes(data=True)}  # literal round trip
    assert HOSTILE_TITLE in names


def test_script_json_escapes_everything_dangerous():
    value = {"a": "</script><!-- & \u2028\u2029 '\"`"}
    text = script_json(value)
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == value


def test_empty_view_still_writes_a_page(tmp_path):
    from kg.graph.model import new_graph
    out = write_html(new_graph(), tmp_path / "empty.html")
    assert _data(out.read_text(encoding="utf-8"))["nodes"] == []


def test_creates_missing_folders(tmp_path, sample_graph):
    out = write_html(sample_graph, tmp_path / "a" / "b" / "g.html", papers=True)
    assert out.is_file()


def test_failed_write_keeps_the_old_file_and_no_temp(tmp_path, sample_graph, monkeypatch):
    target = tmp_path / "graph.html"
    target.write_text("old page", encoding="utf-8")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(html_export.os, "replace", broken_replace)
    with pytest.raises(ExportError, match="cannot write .*graph.html: No space left"):
        write_html(sample_graph, target, papers=True)
    assert target.read_text(encoding="utf-8") == "old page"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html"]


def test_failure_mid_write_leaves_nothing(tmp_path, sample_graph, monkeypatch):
    real_fdopen = os.fdopen

    class HalfWriter:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, text):
            self.handle.write(text[: len(text) // 2])
            raise KeyboardInterrupt  # even an interrupt must not leave a partial file

    monkeypatch.setattr(html_export.os, "fdopen", lambda *a, **k: HalfWriter(real_fdopen(*a, **k)))
    with pytest.raises(KeyboardInterrupt):
        write_html(sample_graph, tmp_path / "graph.html", papers=True)
    assert list(tmp_path.iterdir()) == []


def test_bad_view_options_write_nothing(tmp_path, sample_graph):
    with pytest.raises(KgError):
        write_html(sample_graph, tmp_path / "graph.html", focus="missing", papers=True)
    assert not (tmp_path / "graph.html").exists()


def test_unwritable_target_is_an_export_error(tmp_path, sample_graph):
    (tmp_path / "dir.html").mkdir()
    with pytest.raises(ExportError):
        write_html(sample_graph, tmp_path / "dir.html", papers=True)
    assert [p.name for p in tmp_path.iterdir()] == ["dir.html"]


def test_file_mode_follows_umask(tmp_path, sample_graph):
    old = os.umask(0o022)
    try:
        out = write_html(sample_graph, tmp_path / "graph.html", papers=True)
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o644


def test_output_is_deterministic(sample_graph):
    assert render_html(sample_graph, papers=True) == render_html(sample_graph, papers=True)
