// Material's storage helpers (partials/javascripts/base.html), loaded from a file instead of an
// inline script so the Content-Security-Policy needs no 'unsafe-inline'. The site's root is the
// folder above this file, which is what Material's inline version computes from base_url.
var __md_scope = new URL("..", document.currentScript.src),
  __md_hash = function (e) {
    return Array.prototype.reduce.call(e, function (h, c) { return (h << 5) - h + c.charCodeAt(0); }, 0);
  },
  __md_get = function (e, storage, scope) {
    storage = storage || localStorage; scope = scope || __md_scope;
    return JSON.parse(storage.getItem(scope.pathname + "." + e));
  },
  __md_set = function (e, value, storage, scope) {
    storage = storage || localStorage; scope = scope || __md_scope;
    try { storage.setItem(scope.pathname + "." + e, JSON.stringify(value)); } catch (error) { /* private mode, full quota */ }
  };
