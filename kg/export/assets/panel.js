/* kg graph view: draws the network and runs the side panel.
 * Every text from the data reaches the page through textContent or vis-network's
 * string tooltips (set with innerText), never as HTML. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  var hiddenTypes = {};
  // stabilized: the layout is done and physics is off; ready: that layout has been drawn.
  var state = { stabilized: false, ready: false, hiddenTypes: hiddenTypes };
  window.kg = { network: network, nodes: nodes, edges: edges, state: state };

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function setStatus(text) {
    document.getElementById("kg-status").textContent = text;
  }

  function summary() {
    var shown = nodes.get({ filter: function (n) { return !n.hidden; } }).length;
    var text = shown + " of " + data.nodes.length + " nodes shown, " + data.edges.length + " edges";
    if (data.graphNodes > data.nodes.length) text += " (a view of " + data.graphNodes + " nodes)";
    return text;
  }

  function applyFilter() {
    nodes.update(data.nodes.map(function (n) {
      return { id: n.id, hidden: hiddenTypes[n.kgType] === true };
    }));
    setStatus(summary());
  }

  function buildLegend() {
    var list = document.getElementById("kg-legend");
    data.types.forEach(function (t) {
      var box = el("input");
      box.type = "checkbox";
      box.checked = true;
      box.dataset.type = t.label;
      box.addEventListener("change", function () {
        hiddenTypes[t.label] = !box.checked;
        applyFilter();
      });
      var swatch = el("span", undefined, "kg-swatch");
      swatch.style.background = t.color;
      var label = el("label");
      label.append(box, swatch, el("span", t.label, "kg-name"), el("span", String(t.count), "kg-count"));
      var item = el("li");
      item.appendChild(label);
      list.appendChild(item);
    });
  }

  function showDetails(text) {
    document.getElementById("kg-details").textContent = text || "Hover or click a node or an edge.";
  }

  function goTo(id) {
    network.selectNodes([id]);
    network.focus(id, { scale: 1.2, animation: { duration: 400 } });
    showDetails(nodes.get(id).title);
  }

  function search(text) {
    var wanted = text.trim().toLowerCase();
    var list = document.getElementById("kg-results");
    list.textContent = "";
    if (!wanted) return [];
    var hits = nodes.get({
      filter: function (n) { return !n.hidden && n.kgSearch.indexOf(wanted) !== -1; }
    }).slice(0, 25);
    hits.forEach(function (n) {
      var button = el("button", n.kgName);
      button.type = "button";
      button.appendChild(el("span", n.kgType, "kg-type"));
      button.addEventListener("click", function () { goTo(n.id); });
      var item = el("li");
      item.appendChild(button);
      list.appendChild(item);
    });
    if (!hits.length) list.appendChild(el("li", "no match", "kg-hint"));
    return hits;
  }

  var input = document.getElementById("kg-search");
  input.addEventListener("input", function () { search(input.value); });
  input.addEventListener("keydown", function (event) {
    if (event.key !== "Enter") return;
    var hits = search(input.value);
    if (hits.length) goTo(hits[0].id);
  });

  network.on("selectNode", function (p) { showDetails(nodes.get(p.nodes[0]).title); });
  network.on("selectEdge", function (p) {
    if (!p.nodes.length) showDetails(edges.get(p.edges[0]).title);
  });
  network.on("deselectNode", function () { showDetails(""); });
  network.on("stabilizationProgress", function (p) {
    setStatus("Laying out… " + Math.round(100 * p.iterations / p.total) + "%");
  });

  function settle() {
    // Physics only lays the graph out; left running, it keeps a large graph busy forever.
    network.setOptions({ physics: { enabled: false } });
    state.stabilized = true;
    network.once("afterDrawing", function () { state.ready = true; });
    network.redraw();
    setStatus(summary());
    if (data.focus !== null) {
      network.selectNodes([data.focus]);
      showDetails(nodes.get(data.focus).title);
    }
  }

  buildLegend();
  if (data.nodes.length === 0) {
    showDetails("Nothing to draw: no node passed the view's filters.");
    settle();
  } else {
    network.once("stabilizationIterationsDone", settle);
  }
})();
