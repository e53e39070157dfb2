"""Fixtures for the HTML export tests: small graphs built with kg's own model helpers, and a
headless Debian Chromium (driven by playwright) that is cut off from every network."""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kg.graph.model import merge_edge, merge_node, new_graph

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

HOSTILE_TITLE = "<script>alert(1)</script>"
HOSTILE_NAMES = {
    "img": '"><img src=x onerror=alert(1)>',
    "tick": "`${alert(1)}` it's \"quoted\" </script><script>alert(2)</script>",
    "sep": "line\u2028sep\u2029para & <b>bold</b>",
}


def _entity(graph, label, name, papers, aliases=()):
    return merge_node(graph, label, name.lower(), name=name, aliases=list(aliases), papers=papers)


def _paper(graph, pid, title, year=2019):
    return merge_node(graph, "Paper", pid, id=pid, title=title, name=title, year=year)


@pytest.fixture
def sample_graph():
    """A small literature graph touching every label, with evidence on the edges."""
    g = new_graph()
    p1 = _paper(g, "1810.04805", "BERT: pre-training deep bidirectional transformers", 2018)
    p2 = _paper(g, "1907.11692", "RoBERTa: a robustly optimized BERT pretraining approach", 2019)
    p3 = _paper(g, "1512.03385", "Deep residual learning for image recognition", 2015)
    bert = _entity(g, "Model", "BERT", ["1810.04805", "1907.11692"], ["BERT-base", "BERT-large"])
    roberta = _entity(g, "Model", "RoBERTa", ["1907.11692"])
    resnet = _entity(g, "Model", "ResNet-50", ["1512.03385"], ["ResNet50"])
    mlm = _entity(g, "Method", "masked language modeling", ["1810.04805"], ["MLM"])
    squad = _entity(g, "Dataset", "SQuAD", ["1810.04805", "1907.11692"], ["SQuAD v1.1"])
    glue = _entity(g, "Dataset", "GLUE", ["1810.04805", "1907.11692"])
    imagenet = _entity(g, "Dataset", "ImageNet", ["1512.03385"])
    f1 = _entity(g, "Metric", "F1", ["1810.04805"])
    acc = _entity(g, "Metric", "top-1 accuracy", ["1512.03385"])
    qa = _entity(g, "Task", "question answering", ["1810.04805"], ["QA"])
    cls = _entity(g, "Task", "image classification", ["1512.03385"])
    result = merge_node(g, "Result", "r1", name="93.2 F1", value=93.2, unit="F1", raw="93.2 F1",
                        method="BERT", dataset="SQuAD", metric="F1")
    repo = merge_node(g, "Repository", "https://github.com/google-research/bert",
                      name="google-research/bert", url="https://github.com/google-research/bert")
    ev = "BERT obtains 93.2 F1 on SQuAD v1.1, above the previous best system."
    for paper, rel, node in [(p1, "PROPOSES", bert), (p1, "PROPOSES", mlm), (p1, "EVALUATES_ON", squad),
                             (p1, "EVALUATES_ON", glue), (p1, "MENTIONS", qa), (p1, "REPORTS", result),
                             (p1, "HAS_CODE", repo), (p2, "PROPOSES", roberta), (p2, "USES", bert),
                             (p2, "EVALUATES_ON", glue), (p2, "EVALUATES_ON", squad),
                             (p3, "PROPOSES", resnet), (p3, "EVALUATES_ON", imagenet),
                             (p3, "MENTIONS", acc), (p3, "MENTIONS", cls)]:
        merge_edge(g, paper, rel, node, papers=[g.nodes[paper]["key"]], evidence=[ev])
    for start, rel, end, papers in [(result, "OF", bert, ["1810.04805"]), (result, "ON", squad, ["1810.04805"]),
                                    (result, "MEASURED_BY", f1, ["1810.04805"]),
                                    (bert, "EVALUATED_ON", squad, ["1810.04805", "1907.11692"]),
                                    (bert, "ADDRESSES", qa, ["1810.04805"]), (squad, "BENCHMARK_FOR", qa, ["1810.04805"]),
                                    (roberta, "OUTPERFORMS", bert, ["1907.11692"]),
                                    (roberta, "VARIANT_OF", bert, ["1907.11692"]),
                                    (resnet, "EVALUATED_ON", imagenet, ["1512.03385"]),
                                    (resnet, "ADDRESSES", cls, ["1512.03385"])]:
        merge_edge(g, start, rel, end, papers=papers, evidence=[ev, "RoBERTa outperforms BERT on GLUE."])
    return g


@pytest.fixture
def hostile_graph():
    """Titles and names written to break out of HTML, JSON and JavaScript strings."""
    g = new_graph()
    paper = _paper(g, "evil-1", HOSTILE_TITLE)
    for key, name in HOSTILE_NAMES.items():
        node = merge_node(g, "Method", key, name=name, aliases=[f"<i>{key}</i>", "'); alert(3); ('"],
                          papers=["evil-1"])
        merge_edge(g, paper, "PROPOSES", node, papers=["evil-1"],
                   evidence=[f"{name} beats <img src=y onerror=alert(4)> on </script>."])
    return g


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """test-artifacts/ at the repository root (gitignored): screenshots kept for people."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@dataclass
class PageLog:
    """What a page did that a test may object to."""

    external: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


def _no_browser(reason: str):
    if os.environ.get("CI"):
        pytest.fail(f"browser tests need Chromium: {reason} (run scripts/install_browser.sh)")
    pytest.skip(f"browser tests need Chromium: {reason} (run scripts/install_browser.sh)")


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, headless, background networking off; fails on CI when missing."""
    executable = shutil.which(CHROMIUM)
    if executable is None:
        _no_browser(f"{CHROMIUM} not found or not executable")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        _no_browser(f"playwright is not installed ({exc})")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


def _wait_settled(page, timeout_s: float = 30.0) -> None:
    """Poll from outside: the page's CSP forbids the eval that wait_for_function relies on."""
    deadline = time.monotonic() + timeout_s
    while not page.evaluate("() => Boolean(window.kg && window.kg.state.ready)"):
        if time.monotonic() > deadline:
            raise AssertionError(f"layout did not settle within {timeout_s} s")
        page.wait_for_timeout(50)


@pytest.fixture
def open_view(browser):
    """Open a written HTML file offline; returns ``(page, log)`` once the layout has settled.

    Every request other than the page itself is aborted and recorded, so a page that needs
    the network both breaks visibly and fails the test.
    """
    context = browser.new_context(viewport={"width": 1280, "height": 800}, offline=True)
    pages = []

    def _open(path: Path, settle: bool = True):
        url, log = path.resolve().as_uri(), PageLog()
        page = context.new_page()
        pages.append(page)

        def route(r):
            if r.request.url == url:
                r.continue_()
            else:
                log.external.append(r.request.url)
                r.abort()

        page.route("**/*", route)
        page.on("request", lambda req: req.url not in (url,) and not req.url.startswith("data:")
                and log.external.append(req.url))
        page.on("console", lambda msg: msg.type == "error" and log.console_errors.append(msg.text))
        page.on("pageerror", lambda err: log.page_errors.append(str(err)))
        page.on("dialog", lambda d: (log.dialogs.append(d.message), d.dismiss()))
        page.goto(url, wait_until="load")
        if settle:
            _wait_settled(page)
        return page, log

    yield _open
    for page in pages:
        page.close()
    context.close()
