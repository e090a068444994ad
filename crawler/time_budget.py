"""A bound on the seconds one page may take to parse and extract.

The parsers are pure and linear in their input, but a page built to be slow must not
hold a pass (and its store lock) hostage, nor keep it from obeying SIGTERM. The bound
is a real-time timer (SIGALRM): the pass runs its pipeline in the main thread, where a
signal handler can interrupt pure Python work between two steps.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

PAGE_SECONDS = 20.0


class OverBudget(Exception):
    """The work took longer than its budget; the message says how long that was."""


@contextmanager
def time_budget(seconds: float | None = None) -> Iterator[None]:
    """Raise ``OverBudget`` inside the block once ``seconds`` (``PAGE_SECONDS``) have passed.

    Outside the main thread (where no signal can reach) the block runs unbounded.
    """
    seconds = PAGE_SECONDS if seconds is None else seconds
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(_signum: int, _frame: FrameType | None) -> None:
        raise OverBudget(f"took over {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    # it fires again until the block ends: an exception raised inside a destructor or a
    # callback is swallowed, and the work would go on unbounded
    signal.setitimer(signal.ITIMER_REAL, seconds, min(seconds, 1.0))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
