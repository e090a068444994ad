"""The report files a pass writes (``--json``, ``--html``): checked before, written whole after.

A pass takes minutes and stores what it fetched; a report path it cannot write must
be found before the crawl starts, not after, when the only thing left to fail is the
report itself.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import suppress
from pathlib import Path

from crawler.errors import InputError, MinewatchError


class ReportWriteError(MinewatchError):
    """A report file could not be written after the pass; the run itself is stored."""


def check_writable(path: str | Path, option: str) -> None:
    """Raise InputError (exit 2) naming ``option`` and ``path`` unless a file can be made there.

    The folder is created if missing and a scratch file made and removed in it: only
    trying tells (permissions, read-only mounts, immutable folders, a full disk).
    """
    target = Path(path)
    if target.is_dir():
        raise InputError(f"{option} {path}: is a directory, not a file")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        scratch, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        os.close(scratch)
        os.unlink(name)
    except OSError as error:
        # the scratch file's name would only confuse: the folder is what is named
        raise InputError(
            f"{option} {path}: cannot write in {target.parent}: {error.strerror or error}"
        ) from None


def write_whole(path: str | Path, text: str) -> None:
    """Write whole or not at all: a reader never sees half a report."""
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial.write_text(text, encoding="utf-8")
        partial.replace(target)
    except OSError as error:
        with suppress(OSError):
            partial.unlink(missing_ok=True)
        raise ReportWriteError(f"cannot write report {path}: {_cause(error)}") from None


def _cause(error: OSError) -> str:
    if error.filename and error.strerror:
        return f"{error.strerror} ({error.filename})"
    return error.strerror or str(error)
