"""The pass in progress as a child process, and how the daemon stops it.

A pass runs in its own process because Twisted's reactor cannot restart, and so
that a pass that crashes or leaks cannot take the daemon down. The child gets
its own session: Ctrl-C in the daemon's terminal reaches only the daemon, which
then decides how long the pass may go on (the grace period).
"""

from __future__ import annotations

import logging
import subprocess
import threading
import time
from collections.abc import Sequence
from pathlib import Path

log = logging.getLogger("minewatch.daemon")

POLL_SECONDS = 0.1


class PassChild:
    """At most one child at a time; shared by the job thread and the main thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._closed = False

    @property
    def closed(self) -> bool:
        return self._closed

    def run(self, argv: Sequence[str], stdout_path: Path) -> int | None:
        """Run ``argv`` to its end, its stdout into ``stdout_path``; None once closing."""
        with self._lock:
            if self._closed:
                return None
            with stdout_path.open("wb") as stdout:
                self._process = subprocess.Popen(
                    list(argv), stdin=subprocess.DEVNULL, stdout=stdout, start_new_session=True
                )
            process = self._process
        try:
            return process.wait()
        finally:
            with self._lock:
                self._process = None

    def close(self, grace: float, kill_after: float, hurry: threading.Event) -> None:
        """Refuse new passes; give the running one ``grace`` seconds, then SIGTERM, then SIGKILL.

        ``hurry`` (a second Ctrl-C) cuts the grace period short.
        """
        with self._lock:
            self._closed = True
            process = self._process
        if process is None:
            return
        log.info("waiting up to %.0f s for the pass in progress (pid %d)", grace, process.pid)
        if _wait(process, grace, hurry):
            return
        log.warning("pass (pid %d) still running: sending SIGTERM", process.pid)
        process.terminate()
        if _wait(process, kill_after, None):
            return
        log.warning(
            "pass (pid %d) ignored SIGTERM for %.0f s: sending SIGKILL", process.pid, kill_after
        )
        process.kill()
        process.wait()


def _wait(process: subprocess.Popen[bytes], seconds: float, hurry: threading.Event | None) -> bool:
    """True if the process ended within ``seconds`` (or before ``hurry`` was set)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return True
        if hurry is not None and hurry.is_set():
            return False
        time.sleep(POLL_SECONDS)
    return process.poll() is not None
