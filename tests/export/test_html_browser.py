"""The HTML view in headless Chromium, offline: it draws, filters, and runs no data as code."""

from __future__ import annotations

import pytest

from kg.export.html import write_html

pytestmark = pytest.mark.browser

HOSTILE_TITLE = "<script>alert(1)</script>"

# Non-white pixels of vis-network's canvas, read back in the page.
_INKED_PIXELS = """() => {
  const canvas = document.querySelector('#kg-network canvas');
  const ctx = canvas.getContext('2d');
  const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  let inked = 0;
  for (let i = 0; i < px.length; i += 4) {
    if (px[i + 3] > 0 && (px[i] < 240 || px[i + 1] < 240 || px[i + 2] < 240)) inked++;
  }
  return inked;
}"""

_VISIBLE_NODES = "() => kg.nodes.get({filter: n => !n.hidden}).map(n => n.id).sort()"


def _assert_clean(log):
    assert log.external == [], f"page asked the network for {log.external}"
    assert log.console_errors == [], log.console_errors
    assert log.page_errors == [], log.page_errors
    assert log.dialogs == [], f"data ran as script: {log.dialogs}"


def _hover(page, node_id):
    """Move the mouse onto a node; returns the tooltip's text once vis-network shows it."""
    x, y = page.evaluate(
        """id => { const p = kg.network.canvasToDOM(kg.network.getPositions([id])[id]);
                   const box = document.getElementById('kg-network').getBoundingClientRect();
                   return [box.left + p.x, box.top + p.y]; }""", node_id)
    page.mouse.move(x - 20, y - 20)
    page.mouse.move(x, y, steps=4)
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5_000)
    return tooltip.inner_text()


def test_page_draws_offline_and_keeps_a_screenshot(open_view, artifacts, tmp_path, sample_graph):
    path = write_html(sample_graph, tmp_path / "graph.html", title="kg sample graph", papers=True)
    page, log = open_view(path)
    assert page.evaluate("kg.nodes.length") == len(sample_graph)
    assert page.evaluate("Object.keys(kg.network.getPositions()).length") == len(sample_graph)
    assert page.evaluate("kg.edges.length") == sample_graph.number_of_edges()
    assert page.evaluate(_INKED_PIXELS) > 2_000  # nodes, edges and labels were painted
    assert page.evaluate("kg.network.physics.physicsEnabled") is False  # settled, then stopped
    assert page.locator("#kg-status").inner_text().startswith(f"{len(sample_graph)} of ")
    page.screenshot(path=str(artifacts / "graph.png"))
    _assert_clean(log)


def test_legend_lists_types_and_filters_nodes(open_view, tmp_path, sample_graph):
    page, log = open_view(write_html(sample_graph, tmp_path / "graph.html", papers=True))
    legend = page.locator("#kg-legend label")
    assert legend.count() == 8
    assert legend.first.inner_text().split() == ["Paper", "3"]
    swatch = page.locator("#kg-legend .kg-swatch").nth(3).evaluate("e => getComputedStyle(e).backgroundColor")
    assert swatch == "rgb(44, 160, 44)"  # Dataset's colour from schemas/graph.json
    everything = page.evaluate(_VISIBLE_NODES)
    page.locator("#kg-legend input[data-type='Paper']").uncheck()
    page.locator("#kg-legend input[data-type='Dataset']").uncheck()
    shown = page.evaluate(_VISIBLE_NODES)
    hidden = {n for n in sample_graph if sample_graph.nodes[n]["label"] in {"Paper", "Dataset"}}
    assert set(shown) == set(everything) - hidden
    page.locator("#kg-legend input[data-type='Paper']").check()
    assert set(page.evaluate(_VISIBLE_NODES)) == set(everything) - {n for n in hidden if n.startswith("Dataset:")}
    _assert_clean(log)


def test_search_finds_by_alias_and_selects(open_view, tmp_path, sample_graph):
    page, log = open_view(write_html(sample_graph, tmp_path / "graph.html", papers=True))
    page.locator("#kg-search").fill("resnet50")
    results = page.locator("#kg-results button")
    assert results.count() == 1 and results.first.inner_text().startswith("ResNet-50")
    results.first.click()
    assert page.evaluate("kg.network.getSelectedNodes()") == ["Model:resnet-50"]
    assert page.locator("#kg-details").inner_text().startswith("ResNet-50\ntype: Model")
    _assert_clean(log)


def test_tooltip_shows_on_hover(open_view, tmp_path, sample_graph):
    page, log = open_view(write_html(sample_graph, tmp_path / "graph.html", papers=True))
    text = _hover(page, "Model:bert")
    assert "type: Model" in text and "aliases: BERT-base, BERT-large" in text
    _assert_clean(log)


def test_focus_view_selects_the_focus(open_view, tmp_path, sample_graph):
    path = write_html(sample_graph, tmp_path / "graph.html", focus="SQuAD", depth=1, papers=True)
    page, log = open_view(path)
    assert page.evaluate("kg.network.getSelectedNodes()") == ["Dataset:squad"]
    assert page.evaluate("kg.nodes.length") == 6
    _assert_clean(log)


def test_hostile_text_shows_as_text_and_never_runs(open_view, artifacts, tmp_path, hostile_graph):
    path = write_html(hostile_graph, tmp_path / "evil.html", title=HOSTILE_TITLE, papers=True)
    page, log = open_view(path)
    page.wait_for_timeout(300)  # give any injected onerror handler time to fire
    _assert_clean(log)
    assert page.evaluate("document.querySelectorAll('script').length") == 3
    assert page.evaluate("document.querySelectorAll('img, iframe, object, embed, b, i').length") == 0
    assert page.evaluate("[...document.querySelectorAll('*')].filter("
                         "e => [...e.attributes].some(a => a.name.startsWith('on'))).length") == 0
    assert page.title() == HOSTILE_TITLE
    assert page.locator("#kg-title").inner_text() == HOSTILE_TITLE
    tooltip = _hover(page, "Paper:evil-1")
    assert tooltip.split("\n")[0] == HOSTILE_TITLE
    page.screenshot(path=str(artifacts / "graph-hostile.png"))
    for key, name in [(k, hostile_graph.nodes[f"Method:{k}"]["name"]) for k in ("img", "tick", "sep")]:
        page.locator("#kg-search").fill(f"<i>{key}</i>")  # search by a hostile alias
        assert page.locator("#kg-results button").first.inner_text().startswith(name.split("\u2028")[0])
        page.locator("#kg-results button").first.click()
        details = page.locator("#kg-details").text_content()
        assert details.startswith(name) and f"<i>{key}</i>" in details
    edge = page.evaluate("kg.edges.get()[0].title")
    assert "<img src=y onerror=alert(4)> on </script>." in edge
    _assert_clean(log)


def test_empty_graph_page_loads(open_view, tmp_path):
    from kg.graph.model import new_graph
    page, log = open_view(write_html(new_graph(), tmp_path / "empty.html"))
    assert page.evaluate("kg.nodes.length") == 0
    assert "Nothing to draw" in page.locator("#kg-details").inner_text()
    _assert_clean(log)


def test_harness_catches_pages_that_need_the_network(open_view, tmp_path):
    """pyvis's own page (bootstrap from a CDN even when vis-network is inlined) must fail here."""
    from pyvis.network import Network
    net = Network(cdn_resources="in_line")
    net.add_node("a")
    path = tmp_path / "pyvis.html"
    path.write_text(net.generate_html(), encoding="utf-8")
    page, log = open_view(path, settle=False)
    assert any("bootstrap" in url for url in log.external), log.external
