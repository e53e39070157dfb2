"""The interactive HTML view of a graph: one self-contained file that works offline.

Built with pyvis (nodes, edges, vis-network options) but rendered with kg's own page, because
pyvis's template links bootstrap from a CDN in every mode (so it breaks offline) and, when a
tooltip holds a link, writes tooltips with ``innerHTML``. The page inlines the vis-network build that pyvis ships, carries the data
as escaped JSON that is parsed, never evaluated, and shows every text from the data through
``textContent`` or vis-network's plain-text tooltips; a Content-Security-Policy that allows only
the page's own two scripts (by hash) and no network access is a second line of defence.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import os
import secrets
from functools import lru_cache
from importlib import resources
from pathlib import Path
from string import Template

import networkx as nx
from pyvis.network import Network

import kg
from kg.errors import ExportError
from kg.export.view import DEFAULT_DEPTH, DEFAULT_MAX_NODES, left_out_note, select_view
from kg.schema import load_schema

__all__ = ["ExportError", "render_html", "write_html", "script_json"]

_VIS_DIR = "templates/lib/vis-9.1.2"
_LABEL_CHARS = 32
_TIP_NAME_CHARS = 60
_EVIDENCE_CHARS = 300
_ALIASES_SHOWN = 8
_DEFAULT_COLOR = "#97c2fc"
# Properties worth a line in a node's tooltip, beyond name, type, aliases and papers.
_EXTRA_PROPS = ("id", "year", "raw", "metric", "dataset", "method", "url")



def script_json(value) -> str:
    """JSON that is safe inside a ``<script>`` element of an HTML page.

    ``<``, ``>`` and ``&`` become ``\\u`` escapes so data can never close the element or
    open a comment; ``ensure_ascii`` turns U+2028/U+2029 (and everything non-ASCII) into
    escapes too. The result is still plain JSON for ``JSON.parse``.
    """
    text = json.dumps(value, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(char, escape)
    return text


def _asset(package: str, name: str) -> str:
    try:
        return resources.files(package).joinpath(name).read_text(encoding="utf-8")
    except (OSError, ModuleNotFoundError) as exc:
        raise ExportError(f"cannot read {package}/{name}: {exc}") from exc


@lru_cache(maxsize=1)
def _assets() -> dict[str, str]:
    """vis-network as shipped by pyvis, plus kg's page, panel script and style."""
    found = {
        "vis_js": _asset("pyvis", f"{_VIS_DIR}/vis-network.min.js"),
        "vis_css": _asset("pyvis", f"{_VIS_DIR}/vis-network.css"),
        "page": _asset("kg.export", "assets/graph.html"),
        "panel_js": _asset("kg.export", "assets/panel.js"),
        "panel_css": _asset("kg.export", "assets/panel.css"),
    }
    for name, end in (("vis_js", "</script"), ("panel_js", "</script"),
                      ("vis_css", "</style"), ("panel_css", "</style")):
        if end in found[name].lower() or "<!--" in found[name]:
            raise ExportError(f"{name} cannot be inlined: it contains {end!r} or '<!--'")
    return found


def _csp(scripts: list[str]) -> str:
    """Only these inline scripts may run; nothing may be fetched (the page is offline)."""
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"
        for s in scripts)
    return (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; "
            "img-src data:; font-src data:; base-uri 'none'; form-action 'none'")


def _short(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _label(attrs: dict) -> str:
    return str(attrs.get("label") or "?")


def _name(node: str, attrs: dict) -> str:
    return str(attrs.get("name") or attrs.get("title") or attrs.get("key") or node)


def _node_tooltip(node: str, attrs: dict, degree: int) -> str:
    """Plain text (vis-network sets it with innerText): name, type, aliases, papers, extras."""
    lines = [_name(node, attrs), f"type: {_label(attrs)}"]
    aliases = [a for a in attrs.get("aliases") or () if a != attrs.get("name")]
    if aliases:
        more = len(aliases) - _ALIASES_SHOWN
        lines.append("aliases: " + ", ".join(map(str, aliases[:_ALIASES_SHOWN]))
                     + (f" (+{more} more)" if more > 0 else ""))
    if isinstance(attrs.get("papers"), (list, tuple, set)):
        lines.append(f"papers: {len(attrs['papers'])}")
    for prop in _EXTRA_PROPS:
        if attrs.get(prop) not in (None, "", []) and str(attrs[prop]) != lines[0]:
            lines.append(f"{prop}: {_short(attrs[prop], _EVIDENCE_CHARS)}")
    lines.append(f"connections: {degree}")
    return "\n".join(lines)


def _edge_tooltip(start: str, end: str, attrs: dict) -> str:
    """Plain text: type, how many papers support it, and up to three evidence sentences."""
    count = attrs.get("count", len(attrs.get("papers") or ()))
    lines = [f"{attrs.get('type', '?')} · {count} paper{'s' if count != 1 else ''}",
             f"{_short(start, _TIP_NAME_CHARS)} → {_short(end, _TIP_NAME_CHARS)}"]
    lines += [f"“{_short(s, _EVIDENCE_CHARS)}”" for s in list(attrs.get("evidence") or ())[:3]]
    return "\n".join(lines)


def _edge_width(count) -> float:
    """1 px for one supporting paper, growing slowly (log2) up to 4 px for many."""
    return round(1 + min(3.0, math.log2(max(int(count or 1), 1))), 2)


def _vis_options(node_count: int) -> dict:
    """Layout that settles (stabilisation, then physics is switched off by the page)."""
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": node_count <= 100},
        "nodes": {"shape": "dot", "borderWidth": 1, "font": {"size": 14, "face": "sans-serif"},
                  "scaling": {"min": 8, "max": 42,
                              "label": {"enabled": True, "min": 12, "max": 20, "drawThreshold": 6}}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}, "smooth": False,
                  "color": {"color": "#b5b5b5", "highlight": "#333333", "hover": "#666666"}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": node_count > 300,
                        "multiselect": False},
        "physics": {"enabled": True, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 110,
                                         "springConstant": 0.06, "avoidOverlap": 0.4},
                    "minVelocity": 1.0, "timestep": 0.5,
                    "stabilization": {"enabled": True, "fit": True, "updateInterval": 25,
                                      "iterations": min(1000, 200 + 2 * node_count)}},
    }


def _network(view: nx.MultiDiGraph, graph: nx.MultiDiGraph) -> Network:
    """A pyvis network of ``view``; sizes use degree in the whole ``graph`` (importance)."""
    colors = load_schema().colors
    focus = view.graph.get("focus")
    net = Network(directed=True, cdn_resources="in_line")
    for node, attrs in view.nodes(data=True):
        name, degree = _name(node, attrs), graph.degree(node)
        color = colors.get(_label(attrs), _DEFAULT_COLOR)
        if node == focus:  # a dark, thick ring marks where the view is centred
            color = {"background": color, "border": "#222222"}
        net.add_node(str(node), label=_short(name, _LABEL_CHARS), color=color,
                     borderWidth=4 if node == focus else 1,
                     title=_node_tooltip(node, attrs, degree), value=degree,
                     kgType=_label(attrs), kgName=name,
                     kgSearch=" ".join([name, *map(str, attrs.get("aliases") or ())]).lower())
    for index, (start, end, attrs) in enumerate(view.edges(data=True)):
        net.add_edge(str(start), str(end), id=f"e{index}", width=_edge_width(attrs.get("count")),
                     title=_edge_tooltip(_name(start, view.nodes[start]),
                                         _name(end, view.nodes[end]), attrs))
    net.options = _vis_options(len(view))
    return net


def _str_or_none(value) -> str | None:
    return None if value is None else str(value)


def _legend(view: nx.MultiDiGraph) -> list[dict]:
    """Each type present in the view, in schema order, with its colour and node count."""
    schema = load_schema()
    counts: dict[str, int] = {}
    for _, attrs in view.nodes(data=True):
        counts[_label(attrs)] = counts.get(_label(attrs), 0) + 1
    order = [*schema.labels, *sorted(set(counts) - set(schema.labels))]
    return [{"label": label, "color": schema.colors.get(label, _DEFAULT_COLOR), "count": counts[label]}
            for label in order if label in counts]


def render_html(graph: nx.MultiDiGraph, title: str = "kg graph", *, focus: str | None = None,
                depth: int | None = DEFAULT_DEPTH, types=None, min_degree: int | None = 0,
                max_nodes: int | None = DEFAULT_MAX_NODES, papers: bool = False) -> str:
    """The page as a string; view options as in :func:`kg.export.view.select_view`."""
    return _render(select_view(graph, focus=focus, depth=depth, types=types, min_degree=min_degree,
                               max_nodes=max_nodes, papers=papers), graph, title)


def _render(view: nx.MultiDiGraph, graph: nx.MultiDiGraph, title: str) -> str:
    net = _network(view, graph)
    assets = _assets()
    payload = {"nodes": net.nodes, "edges": net.edges, "options": net.options,
               "types": _legend(view), "focus": _str_or_none(view.graph.get("focus")),
               "graphNodes": graph.number_of_nodes()}
    title = html.escape(str(title or "kg graph"))
    return Template(assets["page"]).substitute(
        csp=_csp([assets["vis_js"], assets["panel_js"]]), version=html.escape(kg.__version__),
        title=title, vis_css=assets["vis_css"], panel_css=assets["panel_css"],
        data=script_json(payload), vis_js=assets["vis_js"], panel_js=assets["panel_js"])


def _atomic_write(path: Path, text: str) -> None:
    """Write next to ``path`` and rename over it, so readers see the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        # os.open with 0o666 lets the umask decide the mode, as a plain open() would.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_html(graph: nx.MultiDiGraph, path, title: str = "kg graph", report=None, **view_options) -> Path:
    """Write the interactive view of ``graph`` to ``path`` atomically; returns the path.

    ``view_options`` are those of :func:`kg.export.view.select_view` (``focus``, ``depth``,
    ``types``, ``min_degree``, ``max_nodes``, ``papers``); ``report``, if given, is called with
    a line saying what the view left out. On any failure the previous file, if any, is left
    as it was.
    """
    path = Path(path)
    view = select_view(graph, **view_options)
    text = _render(view, graph, title)
    if report:
        report(left_out_note(view))
    try:
        _atomic_write(path, text)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return path
