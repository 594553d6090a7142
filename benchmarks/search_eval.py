"""Search quality on the frozen evaluation set (tests/data/search_evaluation.yml), in Chromium.

    python3 benchmarks/search_eval.py [--site DIR] [--offline-site DIR] [--ui]

Builds the site (and the offline build) unless given, then asks Material's own search worker
each query exactly as the search box does (the box sends the typed text to the same worker), and
prints hit@1, hit@3 and MRR per query kind, for the served site and for the offline site opened
from file://. With --ui it also types every query into the search box, reads the result list as
shown, and reports the time from the last keystroke to the updated list. Also prints what search
downloads (index plus code, gzip). Figures are printed, never asserted; tests/test_search_browser.py
guards a floor well below them.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import os
import statistics
import subprocess
import sys
import tempfile
import threading
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
EVALUATION = ROOT / "tests" / "data" / "search_evaluation.yml"
KINDS = ("naam", "afkorting", "verbuiging", "typefout", "beschrijving")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]

# Runs in a page of the built site: start Material's search worker with the site's index and ask
# it every query; returns, per query, the pages of the result groups in the order shown.
ASK_WORKER = """
async (queries) => {
  const config = JSON.parse(document.getElementById("__config").textContent);
  const base = new URL(config.base + "/", location.href);
  const index = await (await fetch(new URL("search/search_index.json", base))).json();
  const worker = new Worker(new URL(config.search, location.href));
  const answer = (message) => new Promise((resolve) => {
    worker.onmessage = (event) => resolve(event.data);
    worker.postMessage(message);
  });
  await answer({type: 0, data: {...index, options: {suggest: false}}});
  const pageOf = (group) => group[0].location.split("#")[0];
  const out = [];
  for (const query of queries) {
    const started = performance.now();
    const result = await answer({type: 2, data: query});
    out.push({pages: result.data.items.map(pageOf), ms: performance.now() - started});
  }
  worker.terminate();
  return out;
}
"""


def load_queries() -> list[dict[str, str]]:
    return yaml.safe_load(EVALUATION.read_text(encoding="utf-8"))["queries"]


def build(dest: Path, offline: bool) -> Path:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", OFFLINE="true" if offline else "false")
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(dest)], cwd=ROOT, env=env,
                   check=True)
    return dest


def normalise(location: str, offline: bool) -> str:
    """A result's page as the evaluation set writes it: 'instrumenten/bar/'."""
    if offline:  # instrumenten/bar.html, instrumenten/index.html
        location = location.removesuffix("index.html").removesuffix(".html")
        return location + "/" if location and not location.endswith("/") else location
    return location


def expected(case: dict[str, str]) -> str:
    return case["expect"]


def score(queries: list[dict[str, str]], results: list[list[str]]) -> dict[str, Any]:
    per_kind: dict[str, list[int | None]] = defaultdict(list)
    misses = []
    for case, pages in zip(queries, results):
        rank = pages.index(expected(case)) + 1 if expected(case) in pages else None
        per_kind[case["kind"]].append(rank)
        per_kind["alle"].append(rank)
        if rank is None or rank > 3:
            misses.append(f"  {case['kind']:12} {case['query']!r}: verwacht {case['expect']}, "
                          f"kreeg {pages[:3]}{'' if rank is None else f' (op {rank})'}")
    figures = {
        kind: {
            "n": len(ranks),
            "hit@1": sum(1 for r in ranks if r == 1) / len(ranks),
            "hit@3": sum(1 for r in ranks if r and r <= 3) / len(ranks),
            "mrr": sum(1 / r for r in ranks if r) / len(ranks),
        }
        for kind, ranks in per_kind.items()
    }
    return {"figures": figures, "misses": misses}


def ask_worker(page, queries: list[dict[str, str]], offline: bool) -> tuple[list[list[str]], list[float]]:
    answers = page.evaluate(ASK_WORKER, [q["query"] for q in queries])
    pages = [[normalise(p, offline) for p in dict.fromkeys(a["pages"])] for a in answers]
    return pages, [a["ms"] for a in answers]


def type_in_box(page, queries: list[dict[str, str]], offline: bool = False) -> tuple[list[list[str]], list[float]]:
    """As a person: type each query into the search box; time last keystroke -> list updated."""
    page.keyboard.press("/")
    page.wait_for_function(
        "() => !/voorbereid/.test(document.querySelector('.md-search-result__meta').textContent)")
    page.evaluate("""() => {
      window.__lastUpdate = 0;
      new MutationObserver(() => { window.__lastUpdate = performance.now(); })
        .observe(document.querySelector('.md-search-result__list'), {childList: true, subtree: true});
    }""")
    box = page.locator("input.md-search__input")
    found, timings = [], []
    for case in queries:
        box.fill("")
        box.press_sequentially(case["query"][:-1])
        page.wait_for_timeout(150)
        started = page.evaluate("() => performance.now()")
        box.press(case["query"][-1])
        page.wait_for_timeout(250)
        updated = page.evaluate("() => window.__lastUpdate")
        timings.append(max(0.0, updated - started))
        # Each result's page, relative to the site's root (the address of the home page).
        hrefs = page.locator(".md-search-result__list > .md-search-result__item > a").evaluate_all(
            """els => els.map(e => {
                 const root = new URL(document.getElementById("__config") ?
                   JSON.parse(document.getElementById("__config").textContent).base + "/" : "./", location.href);
                 const url = new URL(e.href);
                 return url.pathname.slice(new URL(root).pathname.length);
               })""")
        found.append([normalise(h, offline) for h in dict.fromkeys(hrefs)])
    return found, timings


def payload(site: Path) -> dict[str, int]:
    index = site / "search" / "search_index.json"
    workers = sorted((site / "assets" / "javascripts" / "workers").glob("search.*.min.js"))
    lunr = site / "assets" / "javascripts" / "lunr" / "min"
    files = [index, *workers, lunr / "lunr.stemmer.support.min.js", lunr / "lunr.nl.min.js"]
    files = [f for f in files if f.is_file()]
    return {
        "index_gzip": len(gzip.compress(index.read_bytes(), 9)),
        "total_gzip": sum(len(gzip.compress(f.read_bytes(), 9)) for f in files),
    }


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: Any) -> None:
        pass


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}"


def evaluate(site: Path, offline_site: Path | None, ui: bool) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    queries = load_queries()
    out: dict[str, Any] = {"queries": len(queries), "payload": payload(site)}
    server, url = serve(site)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"),
                                        args=CHROMIUM_ARGS)
            page = browser.new_page()
            page.goto(url + "/")
            results, ms = ask_worker(page, queries, offline=False)
            out["served"] = score(queries, results) | {"worker_ms_median": statistics.median(ms)}
            if ui:
                page.goto(url + "/")
                results, ms = type_in_box(page, queries)
                out["ui"] = score(queries, results) | {
                    "keystroke_ms_median": statistics.median(ms),
                    "keystroke_ms_p90": statistics.quantiles(ms, n=10)[-1],
                }
            if offline_site:
                page.goto((offline_site / "index.html").as_uri())
                # From file:// the index comes embedded and the worker runs through the iframe
                # shim: type into the box, the path a classroom visitor takes.
                results, ms = type_in_box(page, queries, offline=True)
                out["offline"] = score(queries, results) | {"keystroke_ms_median": statistics.median(ms)}
            browser.close()
    finally:
        server.shutdown()
    return out


def report(out: dict[str, Any]) -> None:
    print(f"{out['queries']} zoekvragen; zoeken downloadt {out['payload']['total_gzip'] / 1000:.1f} kB gzip "
          f"(index {out['payload']['index_gzip'] / 1000:.1f} kB)")
    for mode in ("served", "ui", "offline"):
        if mode not in out:
            continue
        print(f"\n{mode}:")
        print(f"  {'soort':12} {'n':>4} {'hit@1':>7} {'hit@3':>7} {'MRR':>6}")
        for kind in (*KINDS, "alle"):
            f = out[mode]["figures"].get(kind)
            if f:
                # One decimal: 142 of 150 is 94.7 %, which a whole percentage would show as 95 %.
                print(f"  {kind:12} {f['n']:4} {f['hit@1']:7.1%} {f['hit@3']:7.1%} {f['mrr']:6.2f}")
        for key in ("worker_ms_median", "keystroke_ms_median", "keystroke_ms_p90"):
            if key in out[mode]:
                print(f"  {key}: {out[mode][key]:.1f} ms")
    print("\nniet in de top 3 (served):")
    print("\n".join(out["served"]["misses"]) or "  geen")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="a built site (default: build one)")
    parser.add_argument("--offline-site", type=Path, help="an OFFLINE=true build (default: build one)")
    parser.add_argument("--ui", action="store_true", help="also type every query into the search box")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        site = args.site or build(Path(work) / "site", offline=False)
        offline_site = args.offline_site or build(Path(work) / "offline", offline=True)
        report(evaluate(site, offline_site, args.ui))


if __name__ == "__main__":
    main()
