// Situatiewijzer with JavaScript: all three questions on one page, the advice updates as soon as
// all three are chosen, and the address keeps the choice (?fase=&niveau=&behoefte=) so it can be
// shared. The texts come from the page's data (decided at build time) and are shown as text.
// Without JavaScript the page offers the same choice as links to pre-built pages.
(function () {
  "use strict";
  var PARTS = ["fase", "niveau", "behoefte"];
  var links = {};  // key -> address, from the page's hidden list that MkDocs wrote

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function card(data, difference) {
    var box = element("div", "ww-card");
    var title = element("h3");
    var link = element("a", "", data.naam);
    link.href = links[data.link];
    title.appendChild(link);
    box.appendChild(title);
    box.appendChild(element("p", "ww-kind", data.soort));
    var keep = element("button", "md-button ww-select", "In mijn selectie");
    keep.type = "button";
    keep.setAttribute("data-slug", data.slug);
    keep.setAttribute("aria-pressed", "false");
    var row = element("p", "ww-select-row");
    row.appendChild(keep);
    box.appendChild(row);
    if (difference) box.appendChild(element("p", "ww-difference", difference));
    var reason = element("p");
    reason.appendChild(element("strong", "", "Waarom het past: "));
    reason.appendChild(document.createTextNode(data.reden));
    box.appendChild(reason);
    var quote = element("blockquote");
    quote.appendChild(element("p", "", "«" + data.citaat + "» — " + data.bron));
    box.appendChild(quote);
    return box;
  }

  function setUp() {
    var form = document.getElementById("ww-sw-form");
    var source = document.getElementById("ww-sw-data");
    var result = document.getElementById("ww-sw-result");
    if (!form || !source || !result) return;
    var data = JSON.parse(source.textContent);
    document.querySelectorAll("#ww-sw-links a[data-key]").forEach(function (a) {
      links[a.getAttribute("data-key")] = a.getAttribute("href");
    });
    document.getElementById("ww-sw-static").hidden = true;
    form.hidden = false;

    function chosen() {
      return PARTS.map(function (part) {
        var box = form.querySelector("input[name='" + part + "']:checked");
        return box ? box.value : "";
      });
    }

    function show() {
      var values = chosen();
      var query = new URLSearchParams();
      PARTS.forEach(function (part, index) { if (values[index]) query.set(part, values[index]); });
      history.replaceState(null, "", query.toString() ? "?" + query.toString() : location.pathname);
      var advice = data.advice[values.join("/")];
      result.replaceChildren();
      result.hidden = !advice;
      if (!advice) return;
      var heading = element("h2", "", advice.exact
        ? advice.exact + (advice.exact === 1 ? " instrument past" : " instrumenten passen") + " bij uw situatie"
        : "Geen instrument past precies; dit komt het dichtst in de buurt");
      result.appendChild(heading);
      var full = element("p");
      var link = element("a", "md-button md-button--primary", "Volledig advies, om af te drukken");
      link.href = links[advice.link];
      full.appendChild(link);
      result.appendChild(full);
      advice.items.forEach(function (item) { result.appendChild(card(data.cards[item[0]], item[1])); });
      if (window.WegwijzerSelectie) window.WegwijzerSelectie.setUpToggles(result);
      try {  // the advice note shows the situation the adviser chose
        var situation = {};
        PARTS.forEach(function (part, index) { situation[part] = values[index]; });
        localStorage.setItem("wegwijzer:situatie", JSON.stringify(situation));
      } catch (error) { /* private mode: the note then shows no situation */ }
    }

    // The address is untrusted input: only known values are selected.
    var params = new URLSearchParams(location.search);
    PARTS.forEach(function (part) {
      var value = params.get(part);
      form.querySelectorAll("input[name='" + part + "']").forEach(function (box) {
        if (box.value === value) box.checked = true;
      });
    });
    form.addEventListener("change", show);
    show();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
  else setUp();
})();
