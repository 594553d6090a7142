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
