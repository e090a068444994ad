"""Known failures and the exit codes they map to (documented in README.md)."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FAILURE = 1  # an unexpected error: a bug, reported with its traceback
    USAGE = 2  # bad configuration or arguments
    UNREACHABLE = 3  # no source could be reached at all
    LOCKED = 4  # another pass holds the lock
    INTERRUPTED = 130


class MinewatchError(Exception):
    """An error the user can act on: printed as one line, mapped to an exit code."""

    exit_code = ExitCode.FAILURE


class ConfigError(MinewatchError):
    """A sources file or argument is wrong; the message names file, source and field."""

    exit_code = ExitCode.USAGE

    def __init__(
        self, path: str, message: str, source: str | None = None, field: str | None = None
    ):
        self.path = path
        self.source = source
        self.field = field
        where = path
        if source is not None:
            where += f": source {source!r}"
        if field is not None:
            where += f": field {field!r}"
        super().__init__(f"{where}: {message}")


class InputError(MinewatchError):
    """A file or argument given on the command line cannot be used; the message names it."""

    exit_code = ExitCode.USAGE


class PassLocked(MinewatchError):
    """Another pass (from cron or the daemon) is in progress on the same store."""

    exit_code = ExitCode.LOCKED


class DaemonLocked(MinewatchError):
    """Another daemon already runs on the same store: two would run each other's job."""

    exit_code = ExitCode.LOCKED


class NoSourceReachable(MinewatchError):
    exit_code = ExitCode.UNREACHABLE
