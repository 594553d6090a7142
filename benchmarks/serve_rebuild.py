"""What `mkdocs serve` does when you save a file, timed: used by benchmarks/run.py.

`mkdocs build` has no incremental mode, and `mkdocs serve` (MkDocs 1.6) rebuilds the whole site
on every change: its `builder()` reloads mkdocs.yml (`load_config`) and calls
`mkdocs.commands.build.build(config, serve_url=..., dirty=False)` in the same, already warm
Python process. This script does exactly that: an initial build (serve's start-up), then for each
run it edits one file (a YAML entry or a Markdown page) and times `load_config` + `build`. The
file watcher's delay and the browser reload are not included.

    python3 benchmarks/serve_rebuild.py MKDOCS_YML FILE_TO_EDIT RUNS

prints one JSON object: {"initial_s": ..., "rebuild_s": [...], "rebuild_cpu_s": [...]} (wall
and CPU seconds of this process per rebuild).
"""

from __future__ import annotations

import json
import logging
import shutil
import sys
import tempfile
import time
from pathlib import Path

import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config

SERVE_URL = "http://127.0.0.1:8000/"


def edit(path: Path, run: int) -> None:
    """A content edit an editor would make: one more sentence in the main text."""
    sentence = f"Bewerking {run + 1} voor de benchmark."
    if path.suffix == ".yml":
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        key = "wat_is_het" if "wat_is_het" in data else next(
            k for k, v in data.items() if isinstance(v, str) and len(v) >= 10
        )
        data[key] = f"{data[key]} {sentence}"
        path.write_text(
            yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8"
        )
    else:
        path.write_text(path.read_text(encoding="utf-8") + f"\n{sentence}\n", encoding="utf-8")


def main(config_file: str, target: str, runs: int) -> dict:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    site_dir = tempfile.mkdtemp(prefix="wegwijzer-serve-")

    def get_config():
        config = load_config(config_file=config_file, site_dir=site_dir)
        config.site_url = SERVE_URL
        return config

    config = get_config()
    config.plugins.on_startup(command="serve", dirty=False)
    start = time.perf_counter()
    build(config, serve_url=SERVE_URL, dirty=False)
    initial = time.perf_counter() - start
    times, cpu = [], []
    for run in range(runs):
        edit(Path(target), run)
        start, start_cpu = time.perf_counter(), time.process_time()
        build(get_config(), serve_url=SERVE_URL, dirty=False)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    config.plugins.on_shutdown()
    shutil.rmtree(site_dir, ignore_errors=True)
    return {"initial_s": initial, "rebuild_s": times, "rebuild_cpu_s": cpu}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], sys.argv[2], int(sys.argv[3]))))
