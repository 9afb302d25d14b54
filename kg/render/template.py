"""The page template: inline CSS and scripts only; data arrives as JSON and is shown as text."""

PAGE = r"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src data:">
<title><!--TITLE--></title>
<style>/*VIS_CSS*/</style>
<style>
  html, body { margin: 0; height: 100%; font-family: system-ui, "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; font-size: 14px; }
  #bar { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; padding: 8px 12px; border-bottom: 1px solid #ddd; background: #fafafa; }
  #bar h1 { font-size: 15px; margin: 0 12px 0 0; }
  #graph { position: absolute; top: 0; bottom: 0; left: 0; right: 0; }
  #wrap { position: relative; height: calc(100% - 92px); }
  .legend-item { display: inline-flex; align-items: center; gap: 4px; margin-right: 8px; }
  .swatch { width: 12px; height: 12px; display: inline-block; border-radius: 2px; }
  .tip { white-space: pre-line; max-width: 420px; font-size: 12px; line-height: 1.35; }
  fieldset { border: 1px solid #ddd; padding: 2px 8px; margin: 0; }
  legend { font-size: 11px; color: #666; }
  #status { color: #666; font-size: 12px; }
</style>
</head>
<body>
<div id="bar">
  <h1 id="page-title"></h1>
  <form id="search-form"><input id="search" type="search" placeholder="Find a person…" aria-label="Find a person"> <button type="submit">Find</button></form>
  <fieldset id="node-filters"><legend>Show</legend></fieldset>
  <fieldset id="edge-filters"><legend>Relations</legend></fieldset>
  <span id="legend"></span>
  <span id="status"></span>
</div>
<div id="wrap"><div id="graph"></div></div>
<script type="application/json" id="kg-data">/*KG_DATA*/</script>
<script>/*VIS_JS*/</script>
<script>
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  window.kgCounts = { nodes: data.nodes.length, edges: data.edges.length };
  window.kgReady = false;
  document.getElementById("page-title").textContent = data.title;

  function tip(text) {
    var el = document.createElement("div");
    el.className = "tip";
    el.textContent = text;
    return el;
  }
  var nodeItems = data.nodes.map(function (n) {
    var item = { id: n.id, label: n.label, title: tip(n.title), color: n.color, shape: n.shape, size: n.size, type: n.type };
    if (n.x !== undefined) { item.x = n.x; item.y = n.y; }
    return item;
  });
  var edgeItems = data.edges.map(function (e, i) {
    return { id: i, from: e.from, to: e.to, label: e.label, title: tip(e.title), color: { color: e.color }, arrows: e.arrows, rel: e.rel };
  });
  var nodes = new vis.DataSet(nodeItems);
  var edges = new vis.DataSet(edgeItems);
  var hiddenTypes = {}, hiddenRels = {};
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return !hiddenTypes[n.type]; } });
  var edgeView = new vis.DataView(edges, { filter: function (e) { return !hiddenRels[e.rel]; } });

  function checkbox(parent, label, color, onChange) {
    var l = document.createElement("label");
    l.className = "legend-item";
    var box = document.createElement("input");
    box.type = "checkbox"; box.checked = true;
    box.addEventListener("change", function () { onChange(!box.checked); });
    var sw = document.createElement("span");
    sw.className = "swatch"; sw.style.background = color;
    var t = document.createElement("span");
    t.textContent = label;
    l.appendChild(box); l.appendChild(sw); l.appendChild(t);
    parent.appendChild(l);
  }
  var nf = document.getElementById("node-filters");
  data.legend.forEach(function (item) {
    checkbox(nf, item.label, item.color, function (hide) { hiddenTypes[item.type] = hide; nodeView.refresh(); });
  });
  var ef = document.getElementById("edge-filters");
  data.relations.forEach(function (rel) {
    checkbox(ef, rel, data.edgeColors[rel], function (hide) { hiddenRels[rel] = hide; edgeView.refresh(); });
  });

  var big = !data.physics;
  var options = {
    nodes: { font: { size: 12 }, borderWidth: 1 },
    edges: { smooth: big ? false : { type: "continuous" }, font: { size: 9, align: "middle" }, width: 1 },
    interaction: { hover: true, tooltipDelay: 120, hideEdgesOnDrag: big, hideEdgesOnZoom: big },
    layout: { improvedLayout: !big, randomSeed: 1 },
    physics: big ? false : { stabilization: { enabled: true, iterations: 250, fit: true }, barnesHut: { gravitationalConstant: -4000, springLength: 120 } }
  };
  var network = new vis.Network(document.getElementById("graph"), { nodes: nodeView, edges: edgeView }, options);
  window.kgNetwork = network;

  function ready() {
    if (window.kgReady) return;
    window.kgReady = true;
    document.body.setAttribute("data-ready", "1");
    document.getElementById("status").textContent = data.nodes.length + " nodes, " + data.edges.length + " edges";
  }
  if (big) {
    network.once("afterDrawing", ready);
  } else {
    network.once("stabilizationIterationsDone", function () { network.setOptions({ physics: false }); ready(); });
  }
  setTimeout(ready, 15000);

  document.getElementById("search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var q = document.getElementById("search").value.trim().toLowerCase();
    if (!q) return;
    var hit = nodes.get({ filter: function (n) { return n.type === "person" && n.label.toLowerCase().indexOf(q) >= 0; } })[0];
    var status = document.getElementById("status");
    if (!hit) { status.textContent = "not found: " + q; window.kgFocused = null; return; }
    network.selectNodes([hit.id]);
    network.focus(hit.id, { scale: 1.4, animation: false });
    window.kgFocused = hit.id;
    status.textContent = hit.label;
  });
})();
</script>
</body>
</html>
"""
