"""A bound on the seconds one page may take to parse and extract.

The parsers are pure and linear in their input, but a page built to be slow must not
hold a pass (and its store lock) hostage, nor keep it from obeying SIGTERM. The bound
is a real-time timer (SIGALRM): the pass runs its pipeline in the main thread, where a
signal handler can interrupt pure Python work between two steps.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

PAGE_SECONDS = 20.0
TICK = 0.5  # how often the timer looks at the clock and for a stop request


class OverBudget(Exception):
    """The work took longer than its budget, or the pass was asked to stop; the message says."""


_stop = threading.Event()


def request_stop() -> None:
    """Cut the page being read short (SIGTERM): the pass stops in a second, not in 20."""
    _stop.set()


def clear_stop() -> None:
    """A new pass in this process reads its pages again (tests run several)."""
    _stop.clear()


@contextmanager
def time_budget(seconds: float | None = None) -> Iterator[None]:
    """Raise ``OverBudget`` inside the block once ``seconds`` (``PAGE_SECONDS``) have passed.

    Outside the main thread (where no signal can reach) the block runs unbounded.
    """
    seconds = PAGE_SECONDS if seconds is None else seconds
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    deadline = time.monotonic() + seconds

    def tick(_signum: int, _frame: FrameType | None) -> None:
        if _stop.is_set():
            raise OverBudget("was cut short: the pass is stopping")
        if time.monotonic() >= deadline:
            raise OverBudget(f"took over {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, tick)
    # it fires until the block ends: an exception raised inside a destructor or a callback
    # is swallowed, and the work would go on unbounded
    first = min(seconds, TICK)
    signal.setitimer(signal.ITIMER_REAL, first, first)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
