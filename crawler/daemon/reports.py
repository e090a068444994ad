"""The daemon's report files: where a pass writes them, their final names, what they flag.

The run id is only known once the child has started its run, so the child writes
to hidden pending names and the daemon renames the files by date and run id from
the JSON report (``2026-11-27-run-12.json`` and ``.md``).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any


@dataclass(frozen=True, slots=True)
class ReportPaths:
    json: Path
    markdown: Path


@dataclass(frozen=True, slots=True)
class FlaggedChange:
    """One change the pass flagged (anything but ``unchanged``), as the JSON report gives it."""

    metric: str
    group: str
    since: str | None
    place: str | None
    flag: str
    baseline: int | float | None
    current: int | float
    delta: int | float | None
    url: str

    def describe(self) -> str:
        where = f"{self.metric}/{self.group}"
        if self.since:
            where += f" since {self.since}"
        if self.place:
            where += f" in {self.place}"
        before = "none" if self.baseline is None else f"{self.baseline:,}"
        delta = "" if self.delta is None else f", {self.delta:+,}"
        return f"{where}: {before} -> {self.current:,} ({self.flag}{delta}) {self.url}"


@dataclass(frozen=True, slots=True)
class FiledReport:
    run_id: int
    status: str | None
    pages_fetched: int
    pages_parsed: int
    paths: ReportPaths
    changes: tuple[FlaggedChange, ...]


def pending_paths(report_dir: Path, started: datetime) -> ReportPaths:
    stem = f".pending-{started:%Y%m%dT%H%M%S}-{os.getpid()}"
    return ReportPaths(json=report_dir / f"{stem}.json", markdown=report_dir / f"{stem}.md")


def left_pending(report_dir: Path) -> tuple[ReportPaths, ...]:
    """The reports an earlier daemon's passes wrote but that daemon never filed.

    A daemon killed mid-pass leaves its child running: the child ends its run and writes
    its report under the pending name, and nobody renames it. The JSON is written whole
    (via a temporary file), so one that exists is complete.
    """
    mine = f"-{os.getpid()}."
    return tuple(
        ReportPaths(json=path, markdown=path.with_suffix(".md"))
        for path in sorted(report_dir.glob(".pending-*.json"))
        if mine not in path.name
    )


def file_report(pending: ReportPaths, report_dir: Path) -> FiledReport | None:
    """Rename a pass's reports by date and run id; None (and no files left) if it wrote none.

    A pass that never wrote its JSON report (refused by the lock, crashed at start)
    leaves at most a partial Markdown stream; the child's stderr, in the daemon's log,
    already says what happened, so that stream is dropped.
    """
    if not pending.json.exists():
        pending.markdown.unlink(missing_ok=True)
        return None
    try:
        data = json.loads(pending.json.read_text(encoding="utf-8"))
        run = data["run"]
        run_id = int(run["id"])
        date = str(run["started"])[:10]
        changes = tuple(
            _flagged(change) for change in data.get("changes", ()) if change["flag"] != "unchanged"
        )
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ValueError(f"report {pending.json} is not a readable pass report: {error}") from None
    final = ReportPaths(
        json=report_dir / f"{date}-run-{run_id}.json",
        markdown=report_dir / f"{date}-run-{run_id}.md",
    )
    pending.json.replace(final.json)
    if pending.markdown.exists():
        pending.markdown.replace(final.markdown)
    return FiledReport(
        run_id=run_id,
        status=run.get("status"),
        pages_fetched=int(run.get("pages_fetched", 0)),
        pages_parsed=int(run.get("pages_parsed", 0)),
        paths=final,
        changes=changes,
    )


def _flagged(change: dict[str, Any]) -> FlaggedChange:
    baseline = change.get("baseline")
    current = change["current"]
    return FlaggedChange(
        metric=change["metric"],
        group=change["group"],
        since=change.get("since"),
        place=change.get("place"),
        flag=change["flag"],
        baseline=None if baseline is None else baseline["value"],
        current=current["value"],
        delta=change.get("delta"),
        url=current["url"],
    )
