"""Benchmark: Wegwijzer against plain MkDocs, search against Pagefind, page weight, memory.

    python3 benchmarks/run.py [--sizes 50,500,5000] [--runs 3] [--large-runs 1]
                              [--out benchmarks/results.json]

For every size it generates a synthetic catalogue from the real entries (benchmarks/generate.py),
builds it with `mkdocs build` and the Wegwijzer plugin, and builds plain MkDocs (same mkdocs.yml
without the wegwijzer plugin, same theme) over the same pages as hand-written Markdown: the
Markdown the plugin renders, written to docs/. It then times the rebuild `mkdocs serve` does after
one file is saved, measures what a visitor downloads for search (Material's index and code, next
to Pagefind run on the same built site) and per page type, and the peak memory of each build.

Progress goes to stderr; the table to stdout; the same figures as JSON to --out. Targets are
reported, never enforced: the exit status is 0 unless a build fails.
"""

from __future__ import annotations

import argparse
import compileall
import gzip
import importlib
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urljoin

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import benchmarks.generate as gen  # noqa: E402

# Where the catalogue, docs and mkdocs.yml are read from: the repository, or (during a run) a
# snapshot of it taken at the start, so every build of one run sees the same code and content
# even while people keep editing the repository.
SOURCE = ROOT

ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONDONTWRITEBYTECODE="1")
GZIP_LEVEL = 6  # what nginx/Apache use when told to gzip (nginx's own default is 1)
LARGE = 2000  # sizes from here on use --large-runs builds
PAGE_TYPES = ("home", "instrument overview", "instrument", "tree question", "tree outcome",
              "IHW step", "case")
# Pagefind's default UI shows 5 results first; a query of one or two words loads about two
# index chunks. The figures below count that, plus the fixed files every search loads.
PAGEFIND_RESULTS = 5
PAGEFIND_CHUNKS = 2

TARGETS = {
    "build_ratio": 1.10,
    "growth": 11.0,
    "rebuild_ratio": 1.10,
    "memory_ratio": 1.2,
    "search_real_gzip_kb": 200.0,
    "instrument_page_kb": 250.0,
}


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# -- projects ------------------------------------------------------------------------------
def make_plain(plugin_project: Path, dest: Path) -> int:
    """The plain MkDocs project `wegwijzer generate` writes: the plugin's pages as hand-written
    Markdown (with the glossary the plugin adds to hand-written pages), same mkdocs.yml and theme
    without the plugin. Plain MkDocs then builds exactly the pages the plugin builds."""
    from wegwijzer.generate import generate

    return generate(plugin_project, dest, force=True)


def stage_times(project: Path, runs: int) -> dict[str, Any]:
    """Each stage of the plugin's own work, in this process: load, validate, link, render."""
    from wegwijzer.link import link
    from wegwijzer.load import load_catalogue
    from wegwijzer.render import Renderer
    from wegwijzer.site import forget_earlier_builds
    from wegwijzer.validate import validate

    times: dict[str, list[float]] = {"load": [], "validate": [], "link": [], "render": []}
    for _ in range(runs):
        forget_earlier_builds()  # each run as `mkdocs build` does it, not as a serve rebuild
        start = time.perf_counter()
        documents, _problems = load_catalogue(project)
        loaded = time.perf_counter()
        entries, _invalid = validate(documents)
        validated = time.perf_counter()
        catalogue, _unlinked = link(entries)
        linked = time.perf_counter()
        Renderer(catalogue, [project / "docs" / "overrides"]).pages()
        rendered = time.perf_counter()
        for stage, seconds in (("load", loaded - start), ("validate", validated - loaded),
                               ("link", linked - validated), ("render", rendered - linked)):
            times[stage].append(seconds)
    return {stage: summary(values) for stage, values in times.items()}


# -- builds ----------------------------------------------------------------------------------
def run_measured(command: list[str], cwd: Path) -> dict[str, Any]:
    """Run a child process; its wall time and its own peak RSS (wait4's rusage of that child,
    the per-process form of resource.getrusage(RUSAGE_CHILDREN).ru_maxrss)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        load = os.getloadavg()[0]
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=ENV, stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    return {
        "returncode": process.returncode, "wall_s": wall, "maxrss_mib": usage.ru_maxrss / 1024,
        "cpu_s": usage.ru_utime + usage.ru_stime, "loadavg_before": load,
        "stdout": stdout, "stderr": stderr,
    }


def mkdocs_build(project: Path, site: Path) -> dict[str, Any]:
    if site.exists():
        shutil.rmtree(site)
    result = run_measured(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(project / "mkdocs.yml"), "-d", str(site)],
        project,
    )
    if result["returncode"] != 0:
        raise RuntimeError(f"mkdocs build failed in {project}:\n{result['stderr'][-4000:]}")
    built = re.search(r"Documentation built in ([\d.]+) seconds", result["stderr"])
    result["built_in_s"] = float(built.group(1)) if built else None
    return result


def summary(values: list[float]) -> dict[str, Any]:
    """The runs, with median and spread (min and max; the interquartile range from 4 runs on)."""
    out = {"runs": values, "min": min(values), "median": statistics.median(values), "max": max(values)}
    if len(values) >= 4:
        quartiles = statistics.quantiles(values, n=4)
        out["iqr"] = quartiles[2] - quartiles[0]
    return out


def time_builds(projects: dict[str, Path], sites: dict[str, Path], runs: int) -> dict[str, Any]:
    """`runs` cold builds of each variant, interleaved so drift hits both alike."""
    walls: dict[str, list[float]] = {v: [] for v in projects}
    cpus: dict[str, list[float]] = {v: [] for v in projects}
    loads: list[float] = []
    inner: dict[str, list[float]] = {v: [] for v in projects}
    rss: dict[str, list[float]] = {v: [] for v in projects}
    for run in range(runs):
        for variant, project in projects.items():
            log(f"  build {variant} {run + 1}/{runs}")
            result = mkdocs_build(project, sites[variant])
            walls[variant].append(result["wall_s"])
            cpus[variant].append(result["cpu_s"])
            loads.append(result["loadavg_before"])
            if result["built_in_s"] is not None:
                inner[variant].append(result["built_in_s"])
            rss[variant].append(result["maxrss_mib"])
            log(f"    {result['wall_s']:.1f} s (CPU {result['cpu_s']:.1f} s), "
                f"{result['maxrss_mib']:.0f} MiB, load {result['loadavg_before']:.1f}")
    out: dict[str, Any] = {}
    for variant in projects:
        out[variant] = {
            "wall_s": summary(walls[variant]),
            "cpu_s": summary(cpus[variant]),
            "mkdocs_reported_s": summary(inner[variant]) if inner[variant] else None,
            "peak_rss_mib": max(rss[variant]),
        }
    out["ratio_median"] = out["plugin"]["wall_s"]["median"] / out["plain"]["wall_s"]["median"]
    out["ratio_min"] = out["plugin"]["wall_s"]["min"] / out["plain"]["wall_s"]["min"]
    out["cpu_ratio_median"] = out["plugin"]["cpu_s"]["median"] / out["plain"]["cpu_s"]["median"]
    out["loadavg_max"] = max(loads)
    return out


def time_rebuilds(plugin_project: Path, plain_project: Path, entry: str, runs: int) -> dict[str, Any]:
    """The rebuild `mkdocs serve` does after saving one YAML entry / one Markdown page."""
    script = str(ROOT / "benchmarks" / "serve_rebuild.py")
    targets = {
        "plugin": (plugin_project, plugin_project / "instruments" / f"{entry}.yml"),
        "plain": (plain_project, plain_project / "docs" / "instrumenten" / f"{entry}.md"),
    }
    out: dict[str, Any] = {}
    for variant, (project, target) in targets.items():
        log(f"  serve-style rebuild {variant}: edit {target.relative_to(project)}, {runs}x")
        original = target.read_bytes()
        try:
            result = run_measured(
                [sys.executable, script, str(project / "mkdocs.yml"), str(target), str(runs)], project
            )
        finally:
            target.write_bytes(original)
        if result["returncode"] != 0:
            raise RuntimeError(f"rebuild failed in {project}:\n{result['stderr'][-4000:]}")
        data = json.loads(result["stdout"].strip().splitlines()[-1])
        out[variant] = {
            "edited": target.relative_to(project).as_posix(),
            "initial_build_s": data["initial_s"],
            "rebuild_s": summary(data["rebuild_s"]),
            "rebuild_cpu_s": summary(data["rebuild_cpu_s"]),
            "loadavg_before": result["loadavg_before"],
            "peak_rss_mib": result["maxrss_mib"],
        }
        log(f"    rebuild median {out[variant]['rebuild_s']['median']:.1f} s")
    out["ratio_median"] = out["plugin"]["rebuild_s"]["median"] / out["plain"]["rebuild_s"]["median"]
    out["ratio_min"] = out["plugin"]["rebuild_s"]["min"] / out["plain"]["rebuild_s"]["min"]
    out["cpu_ratio_median"] = (out["plugin"]["rebuild_cpu_s"]["median"]
                               / out["plain"]["rebuild_cpu_s"]["median"])
    return out


# -- what a visitor downloads ------------------------------------------------------------------
def sizes_of(paths: list[Path]) -> dict[str, int]:
    raw = gz = 0
    for path in paths:
        data = path.read_bytes()
        raw += len(data)
        gz += len(gzip.compress(data, GZIP_LEVEL, mtime=0))
    return {"raw_bytes": raw, "gzip_bytes": gz}


def material_search(site: Path) -> dict[str, Any]:
    """Material's search: the index (fetched when a page loads) and the code only search uses."""
    index = site / "search" / "search_index.json"
    config = json.loads(index.read_text(encoding="utf-8"))["config"]
    langs = [lang for lang in config.get("lang", ["en"])]
    lunr = site / "assets" / "javascripts" / "lunr" / "min"
    code = sorted((site / "assets" / "javascripts" / "workers").glob("search.*.min.js"))
    if any(lang != "en" for lang in langs):
        code.append(lunr / "lunr.stemmer.support.min.js")
    code += [lunr / f"lunr.{lang}.min.js" for lang in langs if lang != "en"]
    if len(langs) > 1:
        code.append(lunr / "lunr.multi.min.js")
    data = json.loads(index.read_text(encoding="utf-8"))
    index_sizes, code_sizes = sizes_of([index]), sizes_of([p for p in code if p.is_file()])
    return {
        "index": index_sizes,
        "index_gzip_copies_apart_bytes": _gzip_copies_apart(data),
        "code": code_sizes,
        "total": {k: index_sizes[k] + code_sizes[k] for k in index_sizes},
        "code_files": [p.relative_to(site).as_posix() for p in code if p.is_file()],
        "documents": len(data["docs"]),
    }


COPY = re.compile(r"-x(\d+)(?=[/#.]|$)")


def _gzip_copies_apart(index: dict[str, Any]) -> int:
    """gzip size of the index with each synthetic copy far from the entry it copies.

    MkDocs orders pages by path, so `bar`, `bar-x1`, `bar-x2` sit side by side and gzip (32 kB
    window) stores the repeated text almost for free: far smaller than a catalogue of 5,000
    different entries would give. Ordering the documents by copy number first keeps the same
    bytes but puts copies a whole catalogue apart, which gives a realistic compressed size.
    For the real site (no copies) this equals the plain gzip size."""
    def copy_number(doc: dict[str, Any]) -> int:
        match = COPY.search(doc.get("location", ""))
        return int(match.group(1)) if match else 0

    docs = sorted(index["docs"], key=copy_number)  # stable: keeps page order within a copy
    text = json.dumps({**index, "docs": docs}, ensure_ascii=False, separators=(",", ":"))
    return len(gzip.compress(text.encode("utf-8"), GZIP_LEVEL, mtime=0))


def pagefind(site: Path, work: Path) -> dict[str, Any]:
    """Run Pagefind over a copy of the built site; what a first search downloads."""
    copy = work / "pagefind-site"
    if copy.exists():
        shutil.rmtree(copy)
    shutil.copytree(site, copy)
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(copy)],
        capture_output=True, text=True, env=ENV,
    )
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"pagefind failed:\n{result.stdout}\n{result.stderr}")
    bundle = copy / "pagefind"
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    language, info = next(iter(entry["languages"].items()))
    chunks = sorted((bundle / "index").glob("*.pf_index"), key=lambda p: p.stat().st_size)
    fragments = sorted((bundle / "fragment").glob("*.pf_fragment"), key=lambda p: p.stat().st_size)
    median_chunk = chunks[len(chunks) // 2]
    median_fragment = fragments[len(fragments) // 2]
    fixed = [bundle / "pagefind.js", bundle / "pagefind-worker.js",
             bundle / f"wasm.{info['wasm']}.pagefind", bundle / "pagefind-entry.json",
             bundle / f"pagefind.{info['hash']}.pf_meta"]
    fixed = [p for p in fixed if p.is_file()]
    per_query = [median_chunk] * PAGEFIND_CHUNKS + [median_fragment] * PAGEFIND_RESULTS
    ui = [bundle / "pagefind-ui.js", bundle / "pagefind-ui.css"]
    out = {
        "seconds": seconds,
        "pages": info.get("page_count"),
        "fixed": sizes_of(fixed),
        "per_query": sizes_of(per_query),
        "ui": sizes_of([p for p in ui if p.is_file()]),
        "index_chunks": len(chunks),
        "fragments": len(fragments),
        "bundle_on_disk": sizes_of([p for p in bundle.rglob("*") if p.is_file()]),
    }
    out["first_search"] = {
        k: out["fixed"][k] + out["per_query"][k] + out["ui"][k] for k in ("raw_bytes", "gzip_bytes")
    }
    shutil.rmtree(copy)
    return out


class _Refs(HTMLParser):
    """Stylesheets, scripts and links of one HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.styles: list[str] = []
        self.scripts: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "link" and "stylesheet" in (a.get("rel") or "").split() and a.get("href"):
            self.styles.append(a["href"])
        elif tag == "script" and a.get("src"):
            self.scripts.append(a["src"])
        elif tag == "a" and a.get("href"):
            self.links.append(a["href"])


CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")
CSS_IMPORT = re.compile(r"@import\s+['\"]([^'\"]+)['\"]")
FONT = re.compile(r"\.(woff2?|ttf|otf|eot)$", re.I)


def _local(site: Path, page: Path, href: str) -> Path | None:
    href = urldefrag(href)[0].split("?")[0]
    if not href or re.match(r"^[a-z]+:", href, re.I) or href.startswith("//"):
        return None  # external or data: URI; the site's CSP would block it anyway
    base = "/" + page.relative_to(site).as_posix()
    target = urljoin(base, href).lstrip("/")
    path = site / target
    if path.is_dir() or target.endswith("/") or not target:
        path = path / "index.html"
    return path if path.is_file() else None


def page_assets(site: Path, page: Path) -> tuple[list[Path], _Refs]:
    """The CSS, JS and font files one page loads (search index and search worker excluded)."""
    refs = _Refs()
    refs.feed(page.read_text(encoding="utf-8"))
    files: list[Path] = []
    for href in refs.styles + refs.scripts:
        path = _local(site, page, href)
        if path and path not in files:
            files.append(path)
    for css in [p for p in files if p.suffix == ".css"]:
        text = css.read_text(encoding="utf-8", errors="replace")
        for ref in CSS_URL.findall(text) + CSS_IMPORT.findall(text):
            path = _local(site, css, ref)
            if path and path not in files and (FONT.search(path.name) or path.suffix == ".css"):
                files.append(path)
    return files, refs


def html_path(site: Path, src_uri: str) -> Path:
    """Where MkDocs (use_directory_urls) writes the page of a Markdown source."""
    if src_uri == "index.md" or src_uri.endswith("/index.md"):
        return site / (src_uri[: -len("index.md")] + "index.html")
    return site / src_uri[: -len(".md")] / "index.html"


def page_sources(project: Path) -> dict[str, list[str]]:
    """src_uri of every page of each page type, from the catalogue and render's URL scheme."""
    from wegwijzer import render, trees
    from wegwijzer.catalogue import build_catalogue

    catalogue = build_catalogue(project)
    kinds: dict[str, list[str]] = {t: [] for t in PAGE_TYPES}
    kinds["home"] = ["index.md"]
    kinds["instrument overview"] = ["instrumenten/index.md"]
    kinds["instrument"] = [render.instrument_src(s) for s in catalogue.instruments]
    for slug, entry in catalogue.beslisbomen.items():
        visits, paths = trees.walk(entry.model)
        kinds["tree question"] += [render.tree_src(slug, v.answers) for v in visits]
        kinds["tree outcome"] += [render.tree_src(slug, p.answers) for p in paths]
    kinds["IHW step"] = [render.step_src(s) for s in catalogue.stappen]
    kinds["case"] = [render.case_src(s) for s in catalogue.casussen]
    return kinds


def page_weight(site: Path, project: Path) -> dict[str, Any]:
    """Per page type: HTML + the CSS, JS and fonts it loads, gzip (median and heaviest page)."""
    out: dict[str, Any] = {}
    asset_cache: dict[Path, dict[str, int]] = {}
    for kind, sources in page_sources(project).items():
        rows = []
        for src_uri in sources:
            page = html_path(site, src_uri)
            if not page.is_file():
                continue
            assets, _ = page_assets(site, page)
            key = tuple(assets)
            if key not in asset_cache:
                asset_cache[key] = sizes_of(assets)
            html = sizes_of([page])
            rows.append({
                "page": page.relative_to(site).as_posix(),
                "html_gzip_bytes": html["gzip_bytes"],
                "html_raw_bytes": html["raw_bytes"],
                "assets_gzip_bytes": asset_cache[key]["gzip_bytes"],
                "assets_raw_bytes": asset_cache[key]["raw_bytes"],
                "assets": [p.relative_to(site).as_posix() for p in assets],
            })
        if not rows:
            out[kind] = None
            continue
        for row in rows:
            row["total_gzip_bytes"] = row["html_gzip_bytes"] + row["assets_gzip_bytes"]
        rows.sort(key=lambda r: r["total_gzip_bytes"])
        heaviest, median = rows[-1], rows[len(rows) // 2]
        out[kind] = {
            "pages": len(rows),
            "median_total_gzip_bytes": median["total_gzip_bytes"],
            "max_total_gzip_bytes": heaviest["total_gzip_bytes"],
            "median_html_gzip_bytes": median["html_gzip_bytes"],
            "median_html_raw_bytes": median["html_raw_bytes"],
            "max_html_raw_bytes": max(r["html_raw_bytes"] for r in rows),
            "assets_gzip_bytes": median["assets_gzip_bytes"],
            "assets_raw_bytes": median["assets_raw_bytes"],
            "heaviest_page": heaviest["page"],
            "assets": median["assets"],
        }
    return out


def trees_without_js(site: Path, project: Path) -> dict[str, Any]:
    """Every tree question page must offer its answers as plain links to existing pages, so the
    tree works before (or without) any script."""
    from wegwijzer import render, trees
    from wegwijzer.catalogue import build_catalogue

    catalogue = build_catalogue(project)
    pages = usable = 0
    broken: list[str] = []
    for slug, entry in catalogue.beslisbomen.items():
        visits, _ = trees.walk(entry.model)
        for visit in visits:
            page = html_path(site, render.tree_src(slug, visit.answers))
            if not page.is_file():
                continue
            pages += 1
            _, refs = page_assets(site, page)
            linked = {_local(site, page, href) for href in refs.links}
            # A multi-answer question asks about one option per page: 'ja' or 'nee'.
            answers = ((trees.YES, trees.NO) if visit.option is not None
                       else range(1, len(entry.model.vragen[visit.node].opties) + 1))
            wanted = {html_path(site, render.tree_src(slug, visit.answers + (n,))) for n in answers}
            if wanted <= linked:
                usable += 1
            elif len(broken) < 5:
                broken.append(page.relative_to(site).as_posix())
    return {"question_pages": pages, "answers_are_links": usable, "examples_failing": broken}


# -- snapshot ----------------------------------------------------------------------------------
def take_snapshot(work: Path) -> dict[str, Any]:
    """Copy the package and the project (config, docs, catalogue) into `work/snapshot`, then make
    this process and every child use that copy of `wegwijzer` (PYTHONPATH comes before the
    editable install's path entry)."""
    global SOURCE
    from wegwijzer import kinds

    snapshot = work / "snapshot"
    if snapshot.exists():
        shutil.rmtree(snapshot)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "src" / "wegwijzer", snapshot / "src" / "wegwijzer", ignore=ignore)
    # Compiled once here, as an installed package is: the builds (PYTHONDONTWRITEBYTECODE) would
    # otherwise compile it from source every time, and plain MkDocs' packages are compiled.
    compileall.compile_dir(snapshot / "src" / "wegwijzer", quiet=1)
    names = {"mkdocs.yml", "docs"} | {p.split("/")[0] for p in [*kinds.folders(), *kinds.single_files()]}
    for name in sorted(names):
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, snapshot / name, ignore=ignore)
        elif path.is_file():
            shutil.copy(path, snapshot / name)
    src = str(snapshot / "src")
    ENV["PYTHONPATH"] = os.pathsep.join(filter(None, [src, ENV.get("PYTHONPATH", "")]))
    for module in [m for m in sys.modules if m == "wegwijzer" or m.startswith("wegwijzer.")]:
        del sys.modules[module]
    sys.path.insert(0, src)
    importlib.reload(gen)
    import wegwijzer

    assert Path(wegwijzer.__file__).is_relative_to(snapshot), wegwijzer.__file__
    SOURCE = snapshot
    return {"path": str(snapshot), **git_state()}


def git_state() -> dict[str, Any]:
    """The commit and how many files differ from it (read-only git commands)."""
    def git(*args: str) -> str:
        try:
            return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True,
                                  timeout=30).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return ""

    status = git("status", "--porcelain")
    return {"commit": git("rev-parse", "--short", "HEAD") or None,
            "changed_files": len(status.splitlines()) if status else 0}


# -- machine -----------------------------------------------------------------------------------
def machine() -> dict[str, Any]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        memory = next(
            int(line.split()[1]) // 1024 for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
    except (OSError, StopIteration):
        memory = None
    versions = {}
    for package in ("mkdocs", "mkdocs-material", "pagefind", "pydantic", "PyYAML", "Markdown"):
        try:
            from importlib.metadata import version

            versions[package] = version(package)
        except Exception:  # noqa: BLE001 - optional information
            versions[package] = None
    return {
        "loadavg_start": os.getloadavg()[0], "nproc": os.cpu_count(), "cpu": cpu, "memory_mib": memory, "python": platform.python_version(),
        "platform": platform.platform(), "versions": versions,
    }


# -- one size ----------------------------------------------------------------------------------
def bench_size(size: int, work: Path, runs: int, rebuild_runs: int, do_rebuild: bool,
               do_pagefind: bool) -> dict[str, Any]:
    log(f"size {size}: generating catalogue")
    plugin_project = work / f"plugin-{size}"
    generated = gen.generate(SOURCE, plugin_project, size)
    plain_project = work / f"plain-{size}"
    log(f"size {size}: writing {plain_project.name} (rendered Markdown as hand-written pages)")
    pages = make_plain(plugin_project, plain_project)
    projects = {"plugin": plugin_project, "plain": plain_project}
    sites = {"plugin": work / f"site-plugin-{size}", "plain": work / f"site-plain-{size}"}
    result: dict[str, Any] = {
        "catalogue": {**generated.counts, "generated_pages": pages,
                      "fallback_kinds": generated.fallbacks},
        "build": time_builds(projects, sites, runs),
        "stages": stage_times(plugin_project, runs),
    }
    result["catalogue"]["html_pages"] = {
        v: sum(1 for _ in s.rglob("*.html")) for v, s in sites.items()
    }
    if do_rebuild:
        result["rebuild"] = time_rebuilds(plugin_project, plain_project,
                                          generated.instrument_slugs[0], rebuild_runs)
    log(f"size {size}: search payload and page weight")
    result["search"] = {"material": material_search(sites["plugin"])}
    if do_pagefind:
        result["search"]["pagefind"] = pagefind(sites["plugin"], work)
    result["page_weight"] = page_weight(sites["plugin"], plugin_project)
    result["trees_without_js"] = trees_without_js(sites["plugin"], plugin_project)
    return result


def bench_real(work: Path, built: Path | None = None) -> dict[str, Any]:
    """The site built from the repository's own catalogue (or, while that does not validate, from
    its valid entries: the generator's copy 0 of each). With `built`, the figures of that site,
    already built from the repository: its build is not timed again."""
    project, source = SOURCE, "repository"
    if built is not None:
        log(f"real site: the site already built in {built}")
        return {"source": f"{source}, built beforehand", "build_s": None, "peak_rss_mib": None,
                **site_figures(built, project)}
    site = work / "site-real"
    log("real site: building the repository's catalogue")
    try:
        build = mkdocs_build(project, site)
    except RuntimeError as error:
        templates, skipped = gen.real_templates(SOURCE)
        count = len(templates.get("instrument", []))
        log(f"real site does not build; using its {count} valid instruments (left out: {skipped})")
        project = work / "real-valid"
        gen.generate(SOURCE, project, count)
        build = mkdocs_build(project, site)
        source = f"valid entries only, the repository's catalogue did not build: {str(error)[-300:]}"
    return {"source": source, "build_s": build["wall_s"], "peak_rss_mib": build["maxrss_mib"],
            **site_figures(site, project)}


def site_figures(site: Path, project: Path) -> dict[str, Any]:
    work = Path(tempfile.mkdtemp(prefix="wegwijzer-pagefind-"))
    try:
        return {
            "html_pages": sum(1 for _ in site.rglob("*.html")),
            "search": {"material": material_search(site), "pagefind": pagefind(site, work)},
            "page_weight": page_weight(site, project),
            "trees_without_js": trees_without_js(site, project),
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)


# -- report ------------------------------------------------------------------------------------
def kb(n: float | None) -> str:
    return "–" if n is None else f"{n / 1000:,.0f} kB" if n >= 10_000 else f"{n / 1000:,.1f} kB"


def secs(n: float | None) -> str:
    return "–" if n is None else f"{n:,.1f} s"


def mib(n: float | None) -> str:
    return "–" if n is None else f"{n:,.0f} MiB"


def ratio(n: float | None) -> str:
    return "–" if n is None else f"{n:.2f}×"


def evaluate(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Each target of issue 8 with the measured value and whether it is met (reporting only)."""
    checks: list[dict[str, Any]] = []
    sizes = results["sizes"]
    for size, r in sizes.items():
        checks.append({"target": f"build plugin/plain ≤ {TARGETS['build_ratio']}× at {size}",
                       "value": r["build"]["ratio_median"], "cpu_value": r["build"]["cpu_ratio_median"],
                       "met": r["build"]["ratio_median"] <= TARGETS["build_ratio"]})
    growth = results.get("growth")
    if growth:
        checks.append({"target": f"growth {growth['to']}/{growth['from']} ≤ "
                                 f"{TARGETS['growth'] * growth['entries_ratio'] / 10:g}× (linear)",
                       "value": growth["plugin"], "cpu_value": growth["plugin_cpu"],
                       "met": growth["plugin"] <= TARGETS["growth"] * growth["entries_ratio"] / 10})
    for size, r in sizes.items():
        value = r["build"]["plugin"]["peak_rss_mib"] / r["build"]["plain"]["peak_rss_mib"]
        checks.append({"target": f"peak memory plugin/plain ≤ {TARGETS['memory_ratio']}× at {size}",
                       "value": value, "met": value <= TARGETS["memory_ratio"]})
    for size, r in sizes.items():
        if "rebuild" in r:
            checks.append({"target": f"single-entry rebuild ≤ {TARGETS['rebuild_ratio']}× plain at {size}",
                           "value": r["rebuild"]["ratio_median"],
                           "cpu_value": r["rebuild"]["cpu_ratio_median"],
                           "met": r["rebuild"]["ratio_median"] <= TARGETS["rebuild_ratio"]})
    real = results.get("real")
    if real and "search" in real:
        value = real["search"]["material"]["total"]["gzip_bytes"] / 1000
        checks.append({"target": f"search payload real site ≤ {TARGETS['search_real_gzip_kb']:g} kB gzip",
                       "value": value, "met": value <= TARGETS["search_real_gzip_kb"]})
    largest = str(max(int(s) for s in sizes)) if sizes else None
    search = sizes[largest]["search"] if largest else {}
    if "pagefind" in search:
        # With synthetic copies gzip only sees a realistic size when copies sit apart (see
        # _gzip_copies_apart); compare that, the as-built ratio goes along for reference.
        material = search["material"]
        built = material["total"]["gzip_bytes"]
        apart = material.get("index_gzip_copies_apart_bytes", material["index"]["gzip_bytes"])
        ours = apart + material["code"]["gzip_bytes"]
        theirs = search["pagefind"]["first_search"]["gzip_bytes"]
        checks.append({"target": f"search payload at {largest} ≤ Pagefind's first search "
                                 f"(ratio; as built: {built / theirs:.2f})",
                       "value": ours / theirs, "met": ours <= theirs})
    for label, data in [("real", real)] + [(s, r) for s, r in sizes.items()]:
        weight = (data or {}).get("page_weight", {}).get("instrument")
        if weight:
            value = weight["max_total_gzip_bytes"] / 1000
            checks.append({"target": f"instrument page ≤ {TARGETS['instrument_page_kb']:g} kB ({label})",
                           "value": value, "met": value <= TARGETS["instrument_page_kb"]})
    for label, data in [("real", real)] + [(s, r) for s, r in sizes.items()]:
        nojs = (data or {}).get("trees_without_js")
        if nojs:
            checks.append({"target": f"tree pages usable before any script ({label})",
                           "value": f"{nojs['answers_are_links']}/{nojs['question_pages']}",
                           "met": nojs["answers_are_links"] == nojs["question_pages"]})
    return checks


def table(results: dict[str, Any]) -> str:
    sizes = results["sizes"]
    names = list(sizes)
    lines = []

    def row(label: str, cells: list[str]) -> None:
        lines.append(f"| {label} | " + " | ".join(cells) + " |")

    head = [f"{n} instrumenten" for n in names]
    lines.append("| | " + " | ".join(head) + " |")
    lines.append("|---|" + "---:|" * len(head))
    row("pages (plugin / plain HTML)", [
        f"{r['catalogue']['html_pages']['plugin']:,} / {r['catalogue']['html_pages']['plain']:,}"
        for r in sizes.values()])
    row("build runs", [str(len(r["build"]["plugin"]["wall_s"]["runs"])) for r in sizes.values()])
    row("plugin build, min / median", [
        f"{secs(r['build']['plugin']['wall_s']['min'])} / {secs(r['build']['plugin']['wall_s']['median'])}"
        for r in sizes.values()])
    row("plain MkDocs build, min / median", [
        f"{secs(r['build']['plain']['wall_s']['min'])} / {secs(r['build']['plain']['wall_s']['median'])}"
        for r in sizes.values()])
    row("**ratio plugin/plain**, median wall (min wall; median CPU)", [
        f"{ratio(r['build']['ratio_median'])} ({ratio(r['build']['ratio_min'])}; "
        f"{ratio(r['build']['cpu_ratio_median'])})" for r in sizes.values()])
    row("spread plugin / plain (max − min)", [
        f"{secs(r['build']['plugin']['wall_s']['max'] - r['build']['plugin']['wall_s']['min'])} / "
        f"{secs(r['build']['plain']['wall_s']['max'] - r['build']['plain']['wall_s']['min'])}"
        for r in sizes.values()])
    row("plugin stages load / validate / link / render (median; share of plugin build)", [
        " / ".join(f"{secs(r['stages'][st]['median'])}" for st in ("load", "validate", "link", "render"))
        + f" ({sum(r['stages'][st]['median'] for st in r['stages']) / r['build']['plugin']['wall_s']['median']:.0%})"
        if "stages" in r else "–"
        for r in sizes.values()])
    row("load average during builds (max)", [f"{r['build']['loadavg_max']:.1f}" for r in sizes.values()])
    row("peak memory plugin / plain", [
        f"{r['build']['plugin']['peak_rss_mib']:,.0f} / {r['build']['plain']['peak_rss_mib']:,.0f} MiB"
        for r in sizes.values()])
    row("rebuild after 1 edit: plugin (YAML) / plain (Markdown), median", [
        f"{secs(r['rebuild']['plugin']['rebuild_s']['median'])} / "
        f"{secs(r['rebuild']['plain']['rebuild_s']['median'])}" if "rebuild" in r else "–"
        for r in sizes.values()])
    row("**ratio rebuild plugin/plain**, median wall (min wall; median CPU)", [
        f"{ratio(r['rebuild']['ratio_median'])} ({ratio(r['rebuild']['ratio_min'])}; "
        f"{ratio(r['rebuild']['cpu_ratio_median'])})" if "rebuild" in r else "–"
        for r in sizes.values()])
    row("search: Material index + code, gzip (raw)", [
        f"{kb(r['search']['material']['total']['gzip_bytes'])} ({kb(r['search']['material']['total']['raw_bytes'])})"
        for r in sizes.values()])
    row("search index gzip with copies apart (see notes)", [
        kb(r["search"]["material"].get("index_gzip_copies_apart_bytes")) for r in sizes.values()])
    row("search: Pagefind first search, gzip", [
        kb(r["search"]["pagefind"]["first_search"]["gzip_bytes"]) if "pagefind" in r["search"] else "–"
        for r in sizes.values()])
    for kind in PAGE_TYPES:
        row(f"page weight {kind} (median / max, gzip)", [
            f"{kb(w['median_total_gzip_bytes'])} / {kb(w['max_total_gzip_bytes'])}"
            if (w := r["page_weight"].get(kind)) else "–" for r in sizes.values()])
    row("instrument overview HTML, raw", [
        kb(w.get("max_html_raw_bytes")) if (w := r["page_weight"].get("instrument overview")) else "–"
        for r in sizes.values()])
    growth = results.get("growth")
    out = "\n".join(lines)
    if growth:
        out += (f"\n\nGrowth {growth['to']}/{growth['from']} (median build time, "
                f"{growth['entries_ratio']:g}× the entries): plugin {ratio(growth['plugin'])}, "
                f"plain {ratio(growth['plain'])}; minimum build time: plugin "
                f"{ratio(growth.get('plugin_min'))}, plain {ratio(growth.get('plain_min'))}; "
                f"median CPU time: plugin {ratio(growth['plugin_cpu'])}, "
                f"plain {ratio(growth['plain_cpu'])}.")
    real = results.get("real")
    if real and "search" in real:
        m, p = real["search"]["material"], real["search"]["pagefind"]
        out += (f"\n\nReal site ({real['html_pages']} pages; {real['source'].split(':')[0]}): build "
                f"{secs(real['build_s'])}, {mib(real['peak_rss_mib'])}; search payload Material "
                f"{kb(m['total']['gzip_bytes'])} gzip ({kb(m['index']['gzip_bytes'])} index + "
                f"{kb(m['code']['gzip_bytes'])} code; raw {kb(m['total']['raw_bytes'])}), Pagefind "
                f"first search {kb(p['first_search']['gzip_bytes'])} gzip "
                f"({kb(p['fixed']['gzip_bytes'])} fixed + {kb(p['ui']['gzip_bytes'])} UI + "
                f"{kb(p['per_query']['gzip_bytes'])} per query).")
        weights = ", ".join(
            f"{kind} {kb(w['max_total_gzip_bytes'])}" for kind, w in real["page_weight"].items() if w)
        out += f"\nReal site page weight (heaviest page of each type, gzip): {weights}."
    out += "\n\nTargets (reported, not enforced):\n" + "\n".join(
        f"- [{'x' if c['met'] else ' '}] {c['target']}: "
        + (f"{c['value']:.2f}" if isinstance(c["value"], float) else str(c["value"]))
        + (f" (CPU time: {c['cpu_value']:.2f})" if "cpu_value" in c else "")
        for c in results["targets"])
    out += ("\n\nRebuild = what `mkdocs serve` does on save: MkDocs has no incremental build, so "
            "serve reloads mkdocs.yml and rebuilds the whole site in its warm process; timed "
            "in-process by benchmarks/serve_rebuild.py (file watcher delay not included).")
    return out


def write_json(path: Path, results: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def parse_sizes(text: str) -> list[int]:
    return [int(part) for part in text.split(",") if part.strip()]


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="50,500,5000", help="instrument counts (default: %(default)s)")
    parser.add_argument("--runs", type=int, default=3, help="builds per variant below %d instruments" % LARGE)
    parser.add_argument("--large-runs", type=int, default=1,
                        help="builds per variant from %d instruments on (default: %%(default)s)" % LARGE)
    parser.add_argument("--rebuild-runs", type=int, default=3,
                        help="edits+rebuilds per variant below %d instruments (from there: "
                             "--large-runs)" % LARGE)
    parser.add_argument("--rebuild-sizes", default=None,
                        help="sizes to time the serve rebuild at (default: all sizes)")
    parser.add_argument("--pagefind-sizes", default=None,
                        help="sizes to run Pagefind at (default: all sizes)")
    parser.add_argument("--no-real", action="store_true", help="skip the repository's own site")
    parser.add_argument("--real-site", metavar="SITE_DIR", default=None,
                        help="the repository's site, already built there: its figures without "
                             "building it again (its build time and memory are not reported)")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results.json"))
    parser.add_argument("--workdir", default=None, help="keep projects here")
    parser.add_argument("--keep-sites", action="store_true",
                        help="keep each size's built sites in --workdir (site-plugin-N, site-plain-N)")
    parser.add_argument("--report", metavar="RESULTS_JSON",
                        help="recompute the targets and table of an earlier run's JSON, print them")
    args = parser.parse_args(argv)
    if args.report:
        path = Path(args.report)
        results = json.loads(path.read_text(encoding="utf-8"))
        results["targets"] = evaluate(results)
        results["table"] = table(results)
        write_json(path, results)
        print(results["table"])
        return results

    sizes = parse_sizes(args.sizes)
    # Given as "", no size: e.g. a smoke run that times the rebuild elsewhere.
    rebuild_sizes = set(parse_sizes(args.rebuild_sizes)) if args.rebuild_sizes is not None else set(sizes)
    pagefind_sizes = set(parse_sizes(args.pagefind_sizes)) if args.pagefind_sizes is not None else set(sizes)
    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="wegwijzer-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    started = time.time()
    out = Path(args.out)
    results: dict[str, Any] = {
        "command": " ".join(["python3", "benchmarks/run.py", *(argv if argv is not None else sys.argv[1:])]),
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "machine": machine(),
        "settings": {"sizes": sizes, "runs": args.runs, "large_runs": args.large_runs,
                     "large_from": LARGE, "rebuild_runs": args.rebuild_runs,
                     "gzip_level": GZIP_LEVEL, "pagefind_results": PAGEFIND_RESULTS,
                     "pagefind_chunks": PAGEFIND_CHUNKS},
        "sizes": {},
    }
    try:
        log(f"snapshot of the repository in {work / 'snapshot'}")
        results["repository"] = take_snapshot(work)
        if not args.no_real:
            results["real"] = bench_real(work, Path(args.real_site) if args.real_site else None)
        for size in sizes:
            large = size >= LARGE
            results["sizes"][str(size)] = bench_size(
                size, work, args.large_runs if large else args.runs,
                args.large_runs if large else args.rebuild_runs,
                size in rebuild_sizes, size in pagefind_sizes)
            for variant in ("plugin", "plain"):  # the sites take space; the figures are kept
                if not (args.keep_sites and args.workdir):
                    shutil.rmtree(work / f"site-{variant}-{size}", ignore_errors=True)
            write_json(out, results)  # what is done so far survives a later failure
    except BaseException as error:
        results["error"] = f"{type(error).__name__}: {str(error)[-2000:]}"
        write_json(out, results)
        raise
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)
    numeric = sorted(int(s) for s in results["sizes"])
    if len(numeric) >= 2:
        small, large = (500, 5000) if {500, 5000} <= set(numeric) else (numeric[-2], numeric[-1])
        a, b = results["sizes"][str(small)]["build"], results["sizes"][str(large)]["build"]
        results["growth"] = {
            "from": small, "to": large, "entries_ratio": large / small,
            "plugin": b["plugin"]["wall_s"]["median"] / a["plugin"]["wall_s"]["median"],
            "plain": b["plain"]["wall_s"]["median"] / a["plain"]["wall_s"]["median"],
            "plugin_cpu": b["plugin"]["cpu_s"]["median"] / a["plugin"]["cpu_s"]["median"],
            "plain_cpu": b["plain"]["cpu_s"]["median"] / a["plain"]["cpu_s"]["median"],
            "plugin_min": b["plugin"]["wall_s"]["min"] / a["plugin"]["wall_s"]["min"],
            "plain_min": b["plain"]["wall_s"]["min"] / a["plain"]["wall_s"]["min"],
        }
    else:
        results["growth"] = None
    results["targets"] = evaluate(results)
    results["seconds"] = time.time() - started
    results["loadavg_end"] = os.getloadavg()[0]
    text = table(results)
    results["table"] = text
    write_json(out, results)
    print(text)
    m = results["machine"]
    print(f"\nMachine: {m['nproc']} × {m['cpu']}, {m['memory_mib']} MiB, Python {m['python']}; "
          f"took {results['seconds'] / 60:.1f} min; JSON in {out}")
    return results


if __name__ == "__main__":
    main()
