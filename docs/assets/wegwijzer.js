// Progressive enhancement for the instrument overview: filter without reloading, keep the URL
// in step so a filtered view can be shared. Nothing leaves the browser.
(function () {
  "use strict";

  function setUp() {
    var form = document.getElementById("ww-filters");
    var listing = document.getElementById("ww-listing");
    if (!form || !listing) return;
    var items = Array.prototype.slice.call(listing.querySelectorAll(".ww-item"));
    var count = document.getElementById("ww-count");
    var staticLinks = document.getElementById("ww-static-filters");
    form.hidden = false;
    if (staticLinks) staticLinks.hidden = true;

    function selected() {
      var chosen = {};
      form.querySelectorAll("input:checked").forEach(function (box) {
        (chosen[box.name] = chosen[box.name] || []).push(box.value);
      });
      return chosen;
    }

    function matches(item, chosen) {
      return Object.keys(chosen).every(function (facet) {
        var values = (item.getAttribute("data-" + facet.replace(/_/g, "-")) || "").split(" ");
        return chosen[facet].some(function (value) { return values.indexOf(value) !== -1; });
      });
    }

    function apply(updateUrl) {
      var chosen = selected();
      var shown = 0;
      items.forEach(function (item) {
        item.hidden = !matches(item, chosen);
        if (!item.hidden) shown += 1;
      });
      count.textContent = shown + " van " + items.length + " hulpmiddelen";
      // Each count says how many would show with that value added to the other facets' choice.
      form.querySelectorAll("input[type=checkbox]").forEach(function (box) {
        var others = {};
        Object.keys(chosen).forEach(function (facet) { if (facet !== box.name) others[facet] = chosen[facet]; });
        var attribute = "data-" + box.name.replace(/_/g, "-");
        var n = items.filter(function (item) {
          return matches(item, others) && (item.getAttribute(attribute) || "").split(" ").indexOf(box.value) !== -1;
        }).length;
        var label = box.parentNode.querySelector(".ww-facet-count");
        if (label) label.textContent = "(" + n + ")";
      });
      if (updateUrl) {
        var params = new URLSearchParams();
        Object.keys(chosen).forEach(function (facet) { params.set(facet, chosen[facet].join(",")); });
        var query = params.toString();
        history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
      }
    }

    function readUrl() {
      var params = new URLSearchParams(location.search);
      form.querySelectorAll("input[type=checkbox]").forEach(function (box) {
        box.checked = (params.get(box.name) || "").split(",").indexOf(box.value) !== -1;
        if (box.checked) box.closest("details").open = true;
      });
      apply(false);
    }

    form.addEventListener("change", function () { apply(true); });
    form.addEventListener("reset", function () { setTimeout(function () { apply(true); }, 0); });
    window.addEventListener("popstate", readUrl);
    readUrl();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
  else setUp();
})();

// Print: the address and date on the printed page, and the same in the margins of every sheet.
(function () {
  "use strict";
  var MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
    "september", "oktober", "november", "december"];

  function cssString(text) { return JSON.stringify(String(text).replace(/[\r\n]+/g, " ")); }

  function setUp() {
    var header = document.querySelector(".ww-print-header");
    if (!header) return;
    var url = header.querySelector("[data-ww-print-url]");
    if (!url.textContent.trim()) url.textContent = location.href;
    var today = new Date();
    var date = "afgedrukt op " + today.getDate() + " " + MONTHS[today.getMonth()] + " " + today.getFullYear();
    header.querySelector("[data-ww-print-date]").textContent = date;
    var style = document.createElement("style");
    style.media = "print";
    style.textContent = "@page { " +
      "@top-left { content: " + cssString(header.getAttribute("data-site")) + "; }" +
      "@top-right { content: " + cssString(header.getAttribute("data-title")) + "; }" +
      "@bottom-left { content: " + cssString(url.textContent.trim()) + "; }" +
      "@bottom-right { content: " + cssString(date + " · pagina ") + " counter(page) \" van \" counter(pages); }" +
      " }";
    document.head.appendChild(style);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
  else setUp();
})();

// Decision trees: a question where several answers may apply. Without JavaScript it is asked
// as one yes/no page per option; with it, as checkboxes that lead to the same pages.
(function () {
  "use strict";

  function setUp() {
    var form = document.querySelector("form.ww-multi");
    if (!form) return;
    var links = {};
    document.querySelectorAll(".ww-multi-links a[data-key]").forEach(function (a) {
      links[a.getAttribute("data-key")] = a.getAttribute("href");
    });
    document.querySelectorAll(".ww-multi-step, .ww-options, .ww-multi-hint").forEach(function (node) {
      node.hidden = true;
    });
    form.hidden = false;
    var boxes = Array.prototype.slice.call(form.querySelectorAll("input[name=optie]"));
    var none = form.querySelector("input[name=geen]");
    var error = form.querySelector(".ww-multi-error");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var chosen = boxes.filter(function (box) { return box.checked; });
      if ((none.checked && chosen.length) || (!none.checked && !chosen.length)) {
        error.hidden = false;
        (chosen[0] || boxes[0]).focus();
        return;
      }
      var key = boxes.map(function (box) { return box.checked ? "1" : "2"; }).join("");
      if (links[key]) location.href = links[key];
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
  else setUp();
})();
