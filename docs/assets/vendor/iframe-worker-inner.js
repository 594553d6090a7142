// Runs inside the iframe that iframe-worker-shim.js makes to stand in for a Web Worker under
// file://. It was an inline script in the upstream shim; as a file it needs no 'unsafe-inline'
// in the Content-Security-Policy. Same behaviour: worker messages go to the parent page, and
// importScripts loads scripts one after the other.
(function () {
  "use strict";
  var worker = document.currentScript.getAttribute("data-worker");
  // Material's search worker finds its own address as the first script[src] of this document.
  document.currentScript.remove();
  window.postMessage = function (message, origin) { parent.postMessage(message, origin || "*"); };
  window.importScripts = function () {
    return Array.prototype.reduce.call(arguments, function (ready, src) {
      return ready.then(function () {
        return new Promise(function (resolve) {
          var script = document.createElement("script");
          script.src = src; script.onload = resolve;
          document.body.appendChild(script);
        });
      });
    }, Promise.resolve());
  };
  window.addEventListener("error", function (event) {
    parent.dispatchEvent(new ErrorEvent("error", { filename: worker, error: event.error }));
  });
})();
