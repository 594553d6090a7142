// "Mijn selectie": instruments an adviser keeps, compared side by side and printed as an advice
// note. The selection lives in this browser (localStorage) and in the page address (?selectie=),
// both treated as untrusted input. Nothing leaves the browser; every text is set as text.
(function () {
  "use strict";
  var KEY = "wegwijzer:selectie";
  var SITUATION_KEY = "wegwijzer:situatie";
  var MAX_KEPT = 12;
  var SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  var PARTS = ["fase", "niveau", "behoefte"];

  // Untrusted text -> known slugs, in order, once each; what was dropped is reported.
  function parse(text, known) {
    var result = { slugs: [], unknown: [], truncated: false };
    String(text || "").split(",").forEach(function (part) {
      var slug = part.trim();
      if (!slug || result.slugs.indexOf(slug) !== -1) return;
      if (!SLUG.test(slug) || (known && !Object.prototype.hasOwnProperty.call(known, slug))) {
        if (result.unknown.length < 5) result.unknown.push(slug.slice(0, 40));
        return;
      }
      if (result.slugs.length >= MAX_KEPT) { result.truncated = true; return; }
      result.slugs.push(slug);
    });
    return result;
  }

  function readStored() {
    try { return window.localStorage.getItem(KEY) || ""; } catch (error) { return ""; }
  }

  function store(slugs) {  // true only when the browser really kept it
    try {
      if (slugs.length) window.localStorage.setItem(KEY, slugs.join(","));
      else window.localStorage.removeItem(KEY);
      return window.localStorage.getItem(KEY) === (slugs.length ? slugs.join(",") : null);
    } catch (error) {
      return false;
    }
  }

  function storedSituation() {
    try { return JSON.parse(window.localStorage.getItem(SITUATION_KEY) || "{}") || {}; } catch (e) { return {}; }
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function data() {
    var source = document.getElementById("ww-sel-data");
    if (!source) return null;
    var parsed = JSON.parse(source.textContent);
    parsed.links = {};
    document.querySelectorAll("#ww-sel-links a[data-key]").forEach(function (a) {
      parsed.links[a.getAttribute("data-key")] = a.getAttribute("href");
    });
    return parsed;
  }

  // -- toggles on instrument pages and situatiewijzer cards ---------------------------------
  function setUpToggles(root) {
    var buttons = (root || document).querySelectorAll("button.ww-select[data-slug]");
    buttons.forEach(function (button) {
      if (button.getAttribute("data-ww-ready")) return;
      button.setAttribute("data-ww-ready", "1");
      var slug = button.getAttribute("data-slug");
      var status = element("span", "ww-select-status");
      status.setAttribute("role", "status");
      button.insertAdjacentElement("afterend", status);
      button.hidden = false;
      button.setAttribute("aria-pressed", String(parse(readStored()).slugs.indexOf(slug) !== -1));
      button.addEventListener("click", function () {
        var slugs = parse(readStored()).slugs;
        var kept = slugs.indexOf(slug) !== -1;
        var next = kept ? slugs.filter(function (s) { return s !== slug; }) : slugs.concat([slug]);
        if (!kept && slugs.length >= MAX_KEPT) {
          status.textContent = "Uw selectie is vol (" + MAX_KEPT + "); haal er eerst een uit.";
          return;
        }
        if (!store(next)) {
          status.textContent = "Uw browser bewaart de selectie niet (bijvoorbeeld in een privévenster).";
          return;
        }
        button.setAttribute("aria-pressed", String(!kept));
        status.textContent = kept ? "Uit uw selectie gehaald." : "Bewaard in uw selectie (" + next.length + ").";
      });
    });
  }

  // -- the comparison page ----------------------------------------------------------------
  var ROWS = [
    ["Soort", "soort"], ["Wat is het?", "wat"], ["Wanneer zet u het in?", "wanneer"],
    ["Wat levert het de werkgever op?", "opbrengst"], ["Wie biedt het aan?", "aanbieder"],
    ["Niveau", "niveau"], ["Dienstverlening", "dienstverlening"], ["Bronnen", "bronnen"]
  ];

  function cell(tag, value) {
    var node = element(tag);
    if (Array.isArray(value)) {
      if (!value.length) { node.textContent = "—"; return node; }
      var list = element("ul");
      value.forEach(function (item) { list.appendChild(element("li", "", item)); });
      node.appendChild(list);
    } else {
      node.textContent = value || "—";
    }
    return node;
  }

  function selectionFromPage(info, status) {
    var params = new URLSearchParams(location.search);
    var fromAddress = params.has("selectie");
    var parsed = parse(fromAddress ? params.get("selectie") : readStored(), info.instrumenten);
    var notes = [];
    if (parsed.unknown.length) notes.push("Niet (meer) in de catalogus, weggelaten: " + parsed.unknown.join(", ") + ".");
    if (parsed.truncated) notes.push("Alleen de eerste " + MAX_KEPT + " zijn bewaard.");
    status.textContent = notes.join(" ");
    params.set("selectie", parsed.slugs.join(","));
    history.replaceState(null, "", "?" + params.toString());
    if (fromAddress) store(parsed.slugs);
    return parsed.slugs;
  }

  function renderCompare(info, app) {
    var status = app.querySelector(".ww-sel-status");
    var slugs = selectionFromPage(info, status);
    var list = document.getElementById("ww-sel-list");
    var compare = document.getElementById("ww-sel-compare");
    list.replaceChildren();
    compare.replaceChildren();
    var note = document.getElementById("ww-sel-note");
    var query = new URLSearchParams({ selectie: slugs.join(",") });
    var situation = storedSituation();
    PARTS.forEach(function (part) { if (situation[part]) query.set(part, situation[part]); });
    note.href = note.getAttribute("href").split("?")[0] + "?" + query.toString();
    if (!slugs.length) {
      list.appendChild(element("p", "", "Uw selectie is leeg. Bewaar instrumenten met de knop In mijn selectie."));
      note.hidden = true;
      return;
    }
    note.hidden = false;
    var items = element("ul", "ww-sel-items");
    slugs.forEach(function (slug) {
      var item = element("li");
      var link = element("a", "", info.instrumenten[slug].naam);
      link.href = info.links[info.instrumenten[slug].link];
      item.appendChild(link);
      var remove = element("button", "md-button ww-sel-remove", "Uit selectie");
      remove.type = "button";
      remove.setAttribute("aria-label", "Haal " + info.instrumenten[slug].naam + " uit uw selectie");
      remove.addEventListener("click", function () {
        var rest = slugs.filter(function (s) { return s !== slug; });
        var params = new URLSearchParams(location.search);
        params.set("selectie", rest.join(","));
        history.replaceState(null, "", "?" + params.toString());
        store(rest);
        renderCompare(info, app);
        status.textContent = info.instrumenten[slug].naam + " is uit uw selectie gehaald.";
      });
      item.appendChild(document.createTextNode(" "));
      item.appendChild(remove);
      items.appendChild(item);
    });
    list.appendChild(items);
    var shown = slugs.slice(0, info.max);
    if (shown.length < 2) {
      compare.appendChild(element("p", "", "Bewaar nog een instrument om te vergelijken."));
      return;
    }
    if (slugs.length > info.max) {
      compare.appendChild(element("p", "", "De vergelijking toont de eerste " + info.max + " van uw " + slugs.length + " instrumenten."));
    }
    var wrap = element("div", "ww-compare-wrap");
    wrap.setAttribute("role", "region");
    wrap.setAttribute("aria-label", "Vergelijking (schuif opzij voor meer kolommen)");
    wrap.tabIndex = 0;
    var table = element("table", "ww-compare");
    table.appendChild(element("caption", "", "Vergelijking van " + shown.length + " instrumenten"));
    var head = element("thead");
    var headRow = element("tr");
    var corner = element("td");
    headRow.appendChild(corner);
    shown.forEach(function (slug) {
      var th = element("th");
      th.scope = "col";
      var link = element("a", "", info.instrumenten[slug].naam);
      link.href = info.links[info.instrumenten[slug].link];
      th.appendChild(link);
      headRow.appendChild(th);
    });
    head.appendChild(headRow);
    table.appendChild(head);
    var body = element("tbody");
    ROWS.forEach(function (row) {
      var tr = element("tr");
      var th = element("th", "", row[0]);
      th.scope = "row";
      tr.appendChild(th);
      shown.forEach(function (slug) { tr.appendChild(cell("td", info.instrumenten[slug][row[1]])); });
      body.appendChild(tr);
    });
    table.appendChild(body);
    wrap.appendChild(table);
    compare.appendChild(wrap);
  }

  // -- the advice note --------------------------------------------------------------------
  function section(parent, title, items, level) {
    if (!items || !items.length) return;
    parent.appendChild(element(level || "h4", "", title));
    var list = element("ul");
    items.forEach(function (item) { list.appendChild(element("li", "", item)); });
    parent.appendChild(list);
  }

  function renderNote(info, app) {
    var status = app.querySelector(".ww-sel-status");
    var slugs = selectionFromPage(info, status);
    var body = document.getElementById("ww-note-body");
    body.replaceChildren();
    var params = new URLSearchParams(location.search);
    var chosen = PARTS.filter(function (part) {
      var value = params.get(part);
      return value && Object.prototype.hasOwnProperty.call(info.situatie[part], value);
    });
    if (chosen.length) {
      body.appendChild(element("h2", "", "De situatie"));
      var facts = element("dl");
      chosen.forEach(function (part) {
        facts.appendChild(element("dt", "", info.vragen[part]));
        facts.appendChild(element("dd", "", info.situatie[part][params.get(part)]));
      });
      body.appendChild(facts);
    }
    if (!slugs.length) {
      body.appendChild(element("p", "", "Uw selectie is leeg: er is nog niets om in de notitie te zetten."));
      return;
    }
    body.appendChild(element("h2", "", "Instrumenten die passen"));
    var sources = [];
    var regelingen = false;
    slugs.forEach(function (slug) {
      var item = info.instrumenten[slug];
      var block = element("section", "ww-note-item");
      block.appendChild(element("h3", "ww-note-name", item.naam + " (" + item.soort.toLowerCase() + ")"));
      block.appendChild(element("p", "", item.samenvatting));
      section(block, "Wat het u als werkgever oplevert", item.opbrengst);
      section(block, "Volgende stappen", item.begin);
      if (item.aanbieder) section(block, "Wie u erbij betrekt", [item.aanbieder]);
      item.bronnen.forEach(function (title) { if (sources.indexOf(title) === -1) sources.push(title); });
      regelingen = regelingen || item.voorwaarden;
      body.appendChild(block);
    });
    if (regelingen) {
      body.appendChild(element("p", "", "Regelingen veranderen: controleer de actuele voorwaarden op de pagina van de regeling op de Wegwijzer."));
    }
    section(body, "Bronnen", sources, "h2");
  }

  function setUp() {
    setUpToggles(document);
    var info = data();
    var compareApp = document.getElementById("ww-sel-app");
    var noteApp = document.getElementById("ww-note-app");
    if (!info || !(compareApp || noteApp)) return;
    document.querySelectorAll(".ww-needs-js").forEach(function (node) { node.hidden = true; });
    if (compareApp) { compareApp.hidden = false; renderCompare(info, compareApp); }
    if (noteApp) {
      noteApp.hidden = false;
      renderNote(info, noteApp);
      document.getElementById("ww-note-print").addEventListener("click", function () { window.print(); });
      var back = document.getElementById("ww-note-back");
      back.href = back.getAttribute("href").split("?")[0] + location.search;
    }
  }

  window.WegwijzerSelectie = { parse: parse, setUpToggles: setUpToggles, SITUATION_KEY: SITUATION_KEY };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
  else setUp();
})();
