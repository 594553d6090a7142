"""Progress for long CLI operations: shown on a terminal (stderr), silent in pipes and logs."""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from typing import TypeVar

import click

T = TypeVar("T")
FRAMES = "|/-\\"


def on_terminal() -> bool:
    """True when stderr is an interactive terminal (not a pipe, file or test runner)."""
    stream = sys.stderr
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # no isatty, or a closed stream
        return False


@contextlib.contextmanager
def busy(label: str) -> Iterator[None]:
    """A spinner with elapsed seconds on stderr while the block runs (a step of unknown length)."""
    if not on_terminal():
        yield
        return
    stream = sys.stderr
    stop = threading.Event()

    def spin() -> None:
        started = time.monotonic()
        frame = 0
        while True:
            seconds = int(time.monotonic() - started)
            stream.write(f"\r{label} {FRAMES[frame % len(FRAMES)]} {seconds} s")
            stream.flush()
            frame += 1
            if stop.wait(0.2):
                break
        stream.write("\r\033[K")
        stream.flush()

    spinner = threading.Thread(target=spin, daemon=True)
    spinner.start()
    try:
        yield
    finally:
        stop.set()
        spinner.join()


@contextlib.contextmanager
def steps(items: Iterable[T], label: str, length: int | None = None) -> Iterator[Iterable[T]]:
    """`items`, with a progress bar on stderr while they are consumed (only on a terminal)."""
    if not on_terminal():
        yield items
        return
    with click.progressbar(items, length=length, label=label, file=sys.stderr) as bar:
        yield bar
