// ZoneWarden web application: the only script the pages load besides htmx and cytoscape (no inline script:
// the Content-Security-Policy forbids it).
(function () {
  "use strict";

  // htmx requests that change something carry the CSRF token the server put in the page's meta tags.
  document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) event.detail.headers[header.content] = token.content;
  });

  // Errors from htmx requests land in the page's message area, not nowhere.
  document.addEventListener("htmx:responseError", function (event) {
    var target = document.getElementById("messages");
    if (!target) return;
    var xhr = event.detail.xhr;
    target.innerHTML = xhr.responseText && xhr.getResponseHeader("Content-Type") &&
      xhr.getResponseHeader("Content-Type").indexOf("text/html") === 0
      ? xhr.responseText
      : '<div class="message error">The server answered ' + xhr.status + '.</div>';
  });

  // Confirm dangerous buttons: <button data-confirm="...">.
  document.addEventListener("click", function (event) {
    var el = event.target.closest("[data-confirm]");
    if (el && !window.confirm(el.getAttribute("data-confirm"))) event.preventDefault();
  });

  // Selects that submit their form when changed: <select data-autosubmit>.
  document.addEventListener("change", function (event) {
    if (event.target.matches("select[data-autosubmit]") && !event.target.form.hasAttribute("hx-post")) {
      event.target.form.requestSubmit();
    }
  });

  // The zone and conduit diagram (cytoscape.js), drawn from the JSON the server computes.
  var DIAGRAM_FONT = "system-ui, -apple-system, Segoe UI, Roboto, sans-serif";
  var NODE_FONT_SIZE = 12, NODE_HEIGHT = 50, ROW_GAP = 120, COLUMN_GAP = 100, MAX_PER_ROW = 7;

  // Each node as wide as its longest label line, measured with the font the canvas draws it in.
  function nodeWidths(elements) {
    var ctx = document.createElement("canvas").getContext("2d");
    ctx.font = NODE_FONT_SIZE + "px " + DIAGRAM_FONT;
    elements.forEach(function (el) {
      if (el.group !== "nodes") return;
      var widest = String(el.data.label || el.data.id).split("\n").reduce(function (w, line) {
        return Math.max(w, ctx.measureText(line).width);
      }, 0);
      el.data.width = Math.max(110, Math.ceil(widest) + 24);
    });
  }

  // Rows as in the Purdue model: enterprise zones on top, then the DMZ and remote access, then every other zone
  // by its distance in conduits from those; what they do not reach goes below. Within a row, a zone sits under
  // the zones above it that it is joined to (barycentre ordering), which keeps most conduits short and straight.
  function tierPositions(cy) {
    var rank = {};
    var TOP = { enterprise: 0, dmz: 1, remote: 1 };
    function spread(seeds) {
      var queue = seeds.slice();
      while (queue.length) {
        var node = queue.shift();
        node.neighborhood("node").forEach(function (next) {
          if (rank[next.id()] === undefined) { rank[next.id()] = rank[node.id()] + 1; queue.push(next); }
        });
      }
    }
    var middle = [], top = [];
    cy.nodes().forEach(function (n) {
      var k = TOP[n.data("kind")];
      if (k === undefined) return;
      rank[n.id()] = k;
      (k === 1 ? middle : top).push(n);
    });
    spread(middle);
    spread(top);
    cy.nodes().forEach(function (n) {          // zones joined to nothing ranked: one row below the rest
      if (rank[n.id()] !== undefined) return;
      var max = 0;
      Object.keys(rank).forEach(function (id) { max = Math.max(max, rank[id]); });
      rank[n.id()] = max + 1;
      spread([n]);
    });

    var rows = [];
    cy.nodes().forEach(function (n) { (rows[rank[n.id()]] = rows[rank[n.id()]] || []).push(n); });
    var pos = {}, level = {}, y = 0, lvl = 0;
    rows.filter(Boolean).forEach(function (row) {
      row.forEach(function (n) {
        var xs = n.neighborhood("node").filter(function (m) { return pos[m.id()] !== undefined; })
          .map(function (m) { return pos[m.id()].x; });
        n.scratch("_bary", xs.length ? xs.reduce(function (a, b) { return a + b; }, 0) / xs.length : null);
      });
      row.sort(function (a, b) {
        var pa = a.scratch("_bary"), pb = b.scratch("_bary");
        if (pa === null && pb === null) return a.id() < b.id() ? -1 : 1;
        if (pa === null) return 1;
        if (pb === null) return -1;
        return pa - pb;
      });
      for (var start = 0; start < row.length; start += MAX_PER_ROW) {
        var chunk = row.slice(start, start + MAX_PER_ROW);
        // wanted x: the barycentre, or right after the previous zone; then pushed apart so nothing overlaps,
        // and the row shifted back so that on average each zone is where it wanted to be
        var wanted = [], placed = [];
        chunk.forEach(function (n, i) {
          var w = n.data("width");
          var prev = i > 0 ? placed[i - 1] + (chunk[i - 1].data("width") + w) / 2 + COLUMN_GAP : 0;
          var want = n.scratch("_bary") !== null ? n.scratch("_bary") : prev;
          wanted.push(want);
          placed.push(i > 0 ? Math.max(want, prev) : want);
        });
        var shift = wanted.reduce(function (a, b) { return a + b; }, 0) / chunk.length
          - placed.reduce(function (a, b) { return a + b; }, 0) / chunk.length;
        chunk.forEach(function (n, i) {
          pos[n.id()] = { x: placed[i] + shift, y: y };
          level[n.id()] = lvl;
        });
        y += ROW_GAP;
        lvl += 1;
      }
    });
    return { pos: pos, level: level };
  }

  // A conduit that skips a row, or joins two zones of a row past the zones between them, bends around them.
  function bendLongConduits(cy, tiers) {
    var xs = cy.nodes().map(function (n) { return tiers.pos[n.id()].x; });
    var centre = (Math.min.apply(null, xs) + Math.max.apply(null, xs)) / 2;
    cy.edges().forEach(function (e) {
      var s = e.source().id(), t = e.target().id();
      var span = Math.abs(tiers.level[s] - tiers.level[t]);
      var between = 0;
      if (span === 0) {
        var lo = Math.min(tiers.pos[s].x, tiers.pos[t].x), hi = Math.max(tiers.pos[s].x, tiers.pos[t].x);
        cy.nodes().forEach(function (n) {
          var p = tiers.pos[n.id()];
          if (tiers.level[n.id()] === tiers.level[s] && p.x > lo && p.x < hi) between += 1;
        });
      }
      if (span < 2 && between === 0) return;
      var a = tiers.pos[s], b = tiers.pos[t];
      var dx = b.x - a.x, dy = b.y - a.y, length = Math.sqrt(dx * dx + dy * dy) || 1;
      var distance;
      if (span === 0) {
        // within a row: over the zones between, upwards (the normal (-dy, dx) points down for dx > 0)
        distance = (45 + 20 * between) * (dx >= 0 ? -1 : 1);
      } else {
        // across rows: sideways, away from the centre of the drawing, far enough to clear every zone of the rows
        // in between (a one-point bezier is 2t(1-t) of its control distance away from the line at t)
        var side = (a.x + b.x) / 2 >= centre ? 1 : -1;
        var needed = 50;
        cy.nodes().forEach(function (n) {
          var l = tiers.level[n.id()];
          if (l <= Math.min(tiers.level[s], tiers.level[t]) || l >= Math.max(tiers.level[s], tiers.level[t])) return;
          var p = tiers.pos[n.id()], at = (p.y - a.y) / dy;
          var clear = (p.x + side * (n.data("width") / 2 + 30) - (a.x + at * dx)) * side;
          if (clear > 0) needed = Math.max(needed, clear / (2 * at * (1 - at)));
        });
        // cytoscape measures the distance along the normal (-dy, dx) of the source-to-target line
        distance = needed * length / Math.abs(dy) * ((-dy / length) * side >= 0 ? 1 : -1);
      }
      e.style({ "curve-style": "unbundled-bezier", "control-point-distances": [distance],
        "control-point-weights": [0.5] });
    });
  }

  function drawDiagram(container) {
    if (typeof cytoscape === "undefined") return;
    fetch(container.getAttribute("data-diagram"), { headers: { Accept: "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        nodeWidths(data.elements);
        var cy = cytoscape({
          container: container,
          elements: data.elements,
          layout: { name: "null" },
          minZoom: 0.2,
          maxZoom: 2,
          style: [
            { selector: "node", style: {
              "label": "data(label)", "text-wrap": "wrap", "text-valign": "center", "text-halign": "center",
              "font-family": DIAGRAM_FONT, "font-size": NODE_FONT_SIZE, "line-height": 1.3, "color": "#1d2733",
              "shape": "round-rectangle", "width": "data(width)", "height": NODE_HEIGHT,
              "background-color": "#e8eef7", "border-width": 2, "border-color": "#4a6fa5" } },
            { selector: "node[kind = 'enterprise']", style: { "background-color": "#eef0f3", "border-color": "#7b8794" } },
            { selector: "node[kind = 'dmz']", style: { "background-color": "#fff4d6", "border-color": "#b9770e" } },
            { selector: "node[kind = 'remote']", style: { "background-color": "#f1e8fb", "border-color": "#7d5ba6" } },
            { selector: "node[kind = 'safety']", style: { "background-color": "#fde2e2", "border-color": "#b03a2e" } },
            { selector: "node[kind = 'temporary']", style: { "background-color": "#ffffff", "border-style": "dashed",
              "border-color": "#7b8794" } },
            { selector: "node[kind = 'wireless']", style: { "border-style": "dashed" } },
            { selector: "node[findings > 0]", style: { "border-color": "#c0392b", "border-width": 4 } },
            { selector: "node[worst = 'warning']", style: { "border-color": "#b9770e" } },
            { selector: "node[worst = 'info']", style: { "border-color": "#5b6773", "border-width": 3 } },
            { selector: "node:selected", style: { "overlay-color": "#2f5d9a", "overlay-opacity": 0.15 } },
            { selector: "edge", style: {
              "label": "data(label)", "text-wrap": "wrap", "font-family": DIAGRAM_FONT, "font-size": 10,
              "color": "#3d4a57", "width": 2.5, "line-color": "#8a97a3", "curve-style": "bezier",
              "text-background-color": "#ffffff", "text-background-opacity": 0.9, "text-background-padding": 2,
              "text-background-shape": "round-rectangle" } },
            { selector: "edge[findings > 0]", style: { "line-color": "#c0392b", "line-style": "dashed",
              "color": "#b03a2e", "width": 3 } },
            { selector: "edge:selected", style: { "overlay-color": "#2f5d9a", "overlay-opacity": 0.2 } }
          ]
        });
        var tiers = tierPositions(cy);
        bendLongConduits(cy, tiers);
        cy.layout({ name: "preset", positions: function (n) { return tiers.pos[n.id()]; }, fit: true, padding: 30 }).run();
        cy.on("tap", "node, edge", function (event) {
          var id = event.target.id();
          var row = document.getElementById("item-" + id);
          document.querySelectorAll(".selected").forEach(function (el) { el.classList.remove("selected"); });
          if (row) { row.classList.add("selected"); row.scrollIntoView({ block: "nearest" }); }
          else { window.location.search = "?q=" + encodeURIComponent(id); }
        });
        container.setAttribute("data-drawn", String(cy.nodes().length));
      })
      .catch(function () { container.textContent = "The diagram could not be loaded."; });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-diagram]").forEach(drawDiagram);
    // keyboard answering: on the checklist, keys 1-6 choose the status of the focused requirement
    document.addEventListener("keydown", function (event) {
      var row = event.target.closest && event.target.closest("tr[data-requirement]");
      if (!row || event.target.tagName === "TEXTAREA" || event.target.tagName === "INPUT") return;
      var select = row.querySelector("select[name=status]");
      var n = parseInt(event.key, 10);
      if (select && n >= 1 && n <= select.options.length - 1) {
        select.selectedIndex = n;
        select.dispatchEvent(new Event("change", { bubbles: true }));
        event.preventDefault();
      }
    });
  });
})();
