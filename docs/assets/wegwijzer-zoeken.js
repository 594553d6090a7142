// How the search box's words are searched. Material sends what the visitor types to its search
// worker (lunr query syntax), which makes every word a prefix: 'werk' also matches 'werktempo',
// so a visitor who describes a need gets pages whose titles start with common words. Custom
// query transforms were removed in Material 9, so this wraps the worker:
// - every word counts ten times as much as a whole word (word^10, which lunr also stems, so
//   'werkplekaanpassingen' finds 'werkplekaanpassing') as it does as the start of a longer word
//   (word*^1, unstemmed), so 'taken' still finds 'takeninventarisatie' but a page about 'werk'
//   beats one whose title starts with 'werktempo';
// - a word of seven letters or more is also searched with one typing error allowed, ten or more
//   with two (word~1, word~2): 'loonkostensubsdie' still finds Loonkostensubsidie;
// - a word that occurs nowhere on the site is compared with the words that do (read from the
//   index the worker gets): one typing error (two from twelve letters) is corrected, also where
//   lunr's own tolerance misses it because it compares the stem ('adviesvaardigehden'), and a
//   Dutch compound the site writes as two words is split ('supportteam': 'support team'), and
//   the participle of a separable verb also searches the verb ('afgesplitste': 'afsplits*').
// Loaded before Material's bundle and after the offline shim, so the served and the offline
// site search alike. A query that uses lunr syntax itself is passed on untouched. The query goes
// only to the worker in this page: nothing leaves the browser.
(function () {
  var Native = window.Worker;
  if (!Native) return;
  var LONG_WORD = /^[\p{L}]{7,}$/u;
  var VERY_LONG_WORD = /^[\p{L}]{10,}$/u;
  var SYNTAX = /["+\-~^*:]/;
  var WORD = /[\p{L}\p{N}]+/gu;
  var PARTICLES = "aan|af|bij|door|in|mee|na|om|onder|op|over|samen|terug|toe|uit|vast|voor|weg";
  var PARTICLE = new RegExp("^(" + PARTICLES + ")$", "u");
  // The participle of a separable verb puts 'ge' after the particle ('afgesplitste' from
  // 'afsplitsen'), so its stem is not the verb's: search the start of the verb instead.
  var PARTICIPLE = new RegExp("^(" + PARTICLES + ")ge(\\p{L}{3,}?)(?:ten|den|te|de|en|t|d|e)?$", "u");
  var vocabulary = null; // word -> how often it occurs on the site
  var byInitial = {}; // first letter -> words, for corrections
  var unread = null; // the index's pages, read on the first search, not on every page load

  function learn(docs) {
    vocabulary = new Map();
    docs.forEach(function (doc) {
      var text = (doc.title || "") + " " + (doc.text || "").replace(/<[^>]*>/g, " ");
      (text.toLowerCase().match(WORD) || []).forEach(function (word) {
        vocabulary.set(word, (vocabulary.get(word) || 0) + 1);
      });
    });
    vocabulary.forEach(function (_, word) {
      if (word.length < 4) return;
      (byInitial[word[0]] = byInitial[word[0]] || []).push(word);
    });
  }

  // Edit distance with adjacent transpositions, or limit + 1 as soon as it must exceed limit.
  function distance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    var before = null, previous = [], current;
    for (var j = 0; j <= b.length; j++) previous.push(j);
    for (var i = 1; i <= a.length; i++) {
      current = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
        if (before && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          value = Math.min(value, before[j - 2] + 1);
        }
        current.push(value);
        best = Math.min(best, value);
      }
      if (best > limit) return limit + 1;
      before = previous;
      previous = current;
    }
    return previous[b.length];
  }

  // A word one typing error away (two from twelve letters) that is not merely another form of
  // the same word: lunr's stemming and prefix search already find 'afgesplitst' for
  // 'afgesplitste', and a second, exact term would favour the pages that happen to use it.
  function correction(word) {
    var limit = word.length >= 12 ? 2 : 1;
    var found = null, foundDistance = limit + 1;
    (byInitial[word[0]] || []).forEach(function (candidate) {
      if (candidate.indexOf(word) === 0 || word.indexOf(candidate) === 0) return;
      var d = distance(word, candidate, limit);
      if (d < foundDistance || (d === foundDistance && found &&
          vocabulary.get(candidate) > vocabulary.get(found))) {
        found = candidate;
        foundDistance = d;
      }
    });
    return foundDistance <= limit ? found : null;
  }

  function known(part) {
    return part.length >= 3 && vocabulary.has(part);
  }

  // The most even split into two words the site uses, allowing the linking s of Dutch compounds.
  // A verb particle and the rest are one word, not two ('overbelast' is not 'over belast'):
  // splitting there would weigh pages about 'belasting'.
  function split(word) {
    var best = null;
    for (var i = 3; i <= word.length - 3; i++) {
      var left = word.slice(0, i), right = word.slice(i);
      if (!known(right) || PARTICLE.test(left)) continue;
      if (!known(left) && !(left.slice(-1) === "s" && known(left.slice(0, -1)))) continue;
      if (!best || Math.min(i, word.length - i) > Math.min(best[0].length, best[1].length)) {
        best = [known(left) ? left : left.slice(0, -1), right];
      }
    }
    return best;
  }

  function verbStart(word) {
    var match = PARTICIPLE.exec(word);
    return match ? match[1] + match[2] : null;
  }

  function alternatives(word) {
    if (unread) {
      learn(unread);
      unread = null;
    }
    var lower = word.toLowerCase();
    if (!vocabulary || lower.length < 5 || vocabulary.has(lower)) return [];
    var verb = verbStart(lower);
    if (verb) return [verb + "*^5"];
    var parts = lower.length >= 8 ? split(lower) : null;
    if (parts) return [parts[0] + "^5", parts[1] + "^5"];
    var corrected = correction(lower);
    return corrected ? [corrected + "^10"] : [];
  }

  function tolerant(query) {
    if (SYNTAX.test(query)) return query;
    var words = query.trim().split(/\s+/).filter(Boolean);
    return words.map(function (word) {
      var parts = [word + "^10", word + "*^1"];
      if (VERY_LONG_WORD.test(word)) parts.push(word + "~2");
      else if (LONG_WORD.test(word)) parts.push(word + "~1");
      return parts.concat(alternatives(word)).join(" ");
    }).join(" ");
  }

  function SearchWorker(url, options) {
    var worker = new Native(url, options);
    var post = worker.postMessage;
    worker.postMessage = function (message) {
      if (message && message.type === 0 && message.data && message.data.docs) {
        unread = message.data.docs;
      } else if (message && message.type === 2 && typeof message.data === "string") {
        arguments[0] = { type: 2, data: tolerant(message.data) };
      }
      return post.apply(worker, arguments);
    };
    return worker;
  }
  SearchWorker.prototype = Native.prototype;
  window.Worker = SearchWorker;
})();
