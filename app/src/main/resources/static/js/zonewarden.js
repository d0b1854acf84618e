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
  function drawDiagram(container) {
    if (typeof cytoscape === "undefined") return;
    fetch(container.getAttribute("data-diagram"), { headers: { Accept: "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        var cy = cytoscape({
          container: container,
          elements: data.elements,
          layout: { name: "breadthfirst", directed: false, spacingFactor: 1.2, padding: 20 },
          style: [
            { selector: "node", style: {
              "label": "data(label)", "text-wrap": "wrap", "text-valign": "center", "text-halign": "center",
              "font-size": 11, "shape": "round-rectangle", "width": 150, "height": 56,
              "background-color": "#e8eef7", "border-width": 2, "border-color": "#4a6fa5" } },
            { selector: "node[kind = 'dmz']", style: { "background-color": "#fff4d6" } },
            { selector: "node[kind = 'safety']", style: { "background-color": "#fde2e2" } },
            { selector: "node[kind = 'external']", style: { "background-color": "#eeeeee", "border-style": "dashed" } },
            { selector: "node[findings > 0]", style: { "border-color": "#c0392b", "border-width": 4 } },
            { selector: "edge", style: {
              "label": "data(label)", "font-size": 10, "width": 3, "line-color": "#7f8c8d",
              "curve-style": "bezier", "text-background-color": "#ffffff", "text-background-opacity": 0.85,
              "text-background-padding": 2 } },
            { selector: "edge[findings > 0]", style: { "line-color": "#c0392b", "line-style": "dashed" } }
          ]
        });
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
