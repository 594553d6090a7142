// How the search box's words are searched. Material sends what the visitor types to its search
// worker (lunr query syntax), which makes every word a prefix: 'werk' also matches 'werktempo',
// so a visitor who describes a need gets pages whose titles start with common words. Custom
// query transforms were removed in Material 9, so this wraps the worker:
// - every word counts ten times as much as a whole word (word^10, which lunr also stems, so
//   'werkplekaanpassingen' finds 'werkplekaanpassing') as it does as the start of a longer word
//   (word*^1, unstemmed), so 'taken' still finds 'takeninventarisatie' but a page about 'werk'
//   beats one whose title starts with 'werktempo';
// - a word of seven letters or more is also searched with one typing error allowed, ten or more
//   with two (word~1, word~2): 'loonkostensubsdie' still finds Loonkostensubsidie.
// Loaded before Material's bundle and after the offline shim, so the served and the offline
// site search alike. A query that uses lunr syntax itself is passed on untouched. The query goes
// only to the worker in this page: nothing leaves the browser.
(function () {
  var Native = window.Worker;
  if (!Native) return;
  var LONG_WORD = /^[\p{L}]{7,}$/u;
  var VERY_LONG_WORD = /^[\p{L}]{10,}$/u;
  var SYNTAX = /["+\-~^*:]/;

  function tolerant(query) {
    if (SYNTAX.test(query)) return query;
    var words = query.trim().split(/\s+/).filter(Boolean);
    return words.map(function (word) {
      var parts = [word + "^10", word + "*^1"];
      if (VERY_LONG_WORD.test(word)) parts.push(word + "~2");
      else if (LONG_WORD.test(word)) parts.push(word + "~1");
      return parts.join(" ");
    }).join(" ");
  }

  function SearchWorker(url, options) {
    var worker = new Native(url, options);
    var post = worker.postMessage;
    worker.postMessage = function (message) {
      if (message && message.type === 2 && typeof message.data === "string") {
        arguments[0] = { type: 2, data: tolerant(message.data) };
      }
      return post.apply(worker, arguments);
    };
    return worker;
  }
  SearchWorker.prototype = Native.prototype;
  window.Worker = SearchWorker;
})();
