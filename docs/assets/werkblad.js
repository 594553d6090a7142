// Worksheets: what a user types is kept in this browser only (localStorage), can be cleared,
// printed, saved to a file the user downloads and opened again. No request leaves the browser.
(function () {
  "use strict";

  function setUp(form) {
    var key = "wegwijzer:werkblad:" + form.getAttribute("data-werkblad");
    var fields = Array.prototype.slice.call(form.querySelectorAll("textarea"));
    var status = form.querySelector(".ww-status");
    var fileInput = form.querySelector(".ww-bestand");
    form.querySelector(".ww-werkblad-acties").hidden = false;

    function values() {
      var data = {};
      fields.forEach(function (field) { if (field.value) data[field.name] = field.value; });
      return data;
    }

    // Printed, a textarea shows only what fits; a copy of the text that grows prints instead.
    fields.forEach(function (field) {
      var copy = document.createElement("div");
      copy.className = "ww-print-text";
      copy.setAttribute("aria-hidden", "true");
      field.insertAdjacentElement("afterend", copy);
      field.addEventListener("input", function () { copy.textContent = field.value; });
    });

    function fill(data) {
      fields.forEach(function (field) {
        field.value = data[field.name] || "";
        field.nextElementSibling.textContent = field.value;
      });
    }

    function say(text) { status.textContent = text; }

    function store() {
      var data = values();
      try {
        if (Object.keys(data).length) localStorage.setItem(key, JSON.stringify(data));
        else localStorage.removeItem(key);
      } catch (error) {  // private mode or a full quota: the text stays on the page
        say("Let op: deze browser bewaart het werkblad niet. Sla het op als bestand.");
      }
    }

    try { fill(JSON.parse(localStorage.getItem(key) || "{}")); } catch (e) { fill({}); }
    form.addEventListener("input", store);

    var actions = {
      afdrukken: function () { window.print(); },
      wissen: function () {
        fill({});
        try { localStorage.removeItem(key); } catch (error) { /* nothing was stored */ }
        say("Het werkblad is leeg gemaakt.");
      },
      opslaan: function () {
        var blob = new Blob([JSON.stringify({werkblad: key, velden: values()}, null, 2)],
                            {type: "application/json"});
        var link = document.createElement("a");
        link.href = URL.createObjectURL(blob);
        link.download = form.getAttribute("data-werkblad") + ".json";
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
        say("Het bestand is opgeslagen in uw downloads.");
      },
      openen: function () { fileInput.click(); }
    };

    form.addEventListener("click", function (event) {
      var action = event.target.closest("[data-actie]");
      if (action && actions[action.getAttribute("data-actie")]) {
        actions[action.getAttribute("data-actie")]();
      }
    });

    fileInput.addEventListener("change", function () {
      var file = fileInput.files[0];
      if (!file) return;
      file.text().then(function (text) {
        var saved = JSON.parse(text);
        if (saved.werkblad !== key || typeof saved.velden !== "object") throw new Error();
        fill(saved.velden);
        store();
        say("Het bestand is geopend.");
      }).catch(function () {
        say("Dit bestand hoort niet bij dit werkblad.");
      });
      fileInput.value = "";
    });
  }

  function start() {
    document.querySelectorAll("form.ww-werkblad").forEach(setUp);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
