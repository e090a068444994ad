"""One monitoring pass: crawl, parse, store, compare with the baseline, report.

The pass (``minewatch run``) is the unit of work: from cron, by hand, or as the daemon's child
process. The pass records its own outcome (Scrapy exits 0 whatever happened): each
source's status, the run's totals, and the run's end as ok, failed or aborted.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from crawler.config import Config
from crawler.context import PassContext
from crawler.crawl import Interruption, crawl, stop_signals_caught
from crawler.errors import ExitCode, MinewatchError
from crawler.report_files import ReportWriteError, write_whole
from crawler.stores import open_repository, pass_locked
from parsers.baseline import load as load_baseline
from parsers.compare import compare, observations_of
from parsers.models import Change, Observation
from store.db import StoreError
from store.records import RunStatus
from store.report import Report, SourceStatus, render_html, render_json, render_markdown
from store.repository import Repository


@dataclass(frozen=True, slots=True)
class PassOutcome:
    """How a pass ended. ``status`` is the run's: ok, failed (no source reached) or aborted."""

    run_id: int
    status: RunStatus
    sources: tuple[SourceStatus, ...]
    pages_fetched: int
    pages_parsed: int
    not_modified: int
    changes: tuple[Change, ...]
    report: Report
    interrupted_by: str | None = None

    @property
    def exit_code(self) -> ExitCode:
        if self.status == RunStatus.ABORTED:
            return ExitCode.INTERRUPTED
        if self.status == RunStatus.FAILED:
            return ExitCode.UNREACHABLE
        return ExitCode.OK

    def unreachable_message(self) -> str:
        details = "; ".join(f"{s.name}: {s.error or 'no answer'}" for s in self.sources)
        return f"no source could be reached ({details})"


def run_pass(
    config: Config,
    db_url: str,
    *,
    json_path: str | Path | None = None,
    html_path: str | Path | None = None,
    out: TextIO | None = None,
    log_level: str = "WARNING",
) -> PassOutcome:
    """Run one pass into the store at ``db_url``; print the Markdown report to ``out``.

    Raises PassLocked when another pass holds the store. A pass stopped by SIGINT or
    SIGTERM is recorded as aborted and prints no report.
    """
    out = sys.stdout if out is None else out
    with pass_locked(db_url), open_repository(db_url) as repository:
        repository.abort_stale_runs()
        run_id = repository.start_run()
        with stop_signals_caught() as interruption:
            outcome = _crawl_and_compare(config, repository, run_id, interruption, log_level)
        try:
            repository.store.check_in_place()
        except StoreError as error:
            raise MinewatchError(str(error)) from None
    if outcome.status != RunStatus.ABORTED:
        _deliver(outcome.report, out, json_path, html_path)
    return outcome


def _crawl_and_compare(
    config: Config,
    repository: Repository,
    run_id: int,
    interruption: Interruption,
    log_level: str,
) -> PassOutcome:
    context = PassContext(repository, run_id)
    try:
        crawl(config, context, interruption, log_level=log_level)
    except BaseException as error:
        repository.finish_run(
            run_id,
            RunStatus.FAILED,
            pages_fetched=context.pages_fetched,
            pages_parsed=context.pages_parsed,
            error=f"crawl crashed: {type(error).__name__}: {error}",
        )
        raise
    sources = tuple(tally.status() for tally in context.tallies.values())
    for source in sources:
        repository.record_source(run_id, source)
    changes: tuple[Change, ...] = ()
    if interruption.signal_name is not None:
        status, error = RunStatus.ABORTED, f"interrupted by {interruption.signal_name}"
    elif any(source.status == "ok" for source in sources):
        changes = tuple(compare(repository.observations(), _baseline_observations()))
        repository.record_changes(run_id, changes)
        status, error = RunStatus.OK, None
    else:
        status, error = RunStatus.FAILED, "no source could be reached"
    repository.finish_run(
        run_id,
        status,
        pages_fetched=context.pages_fetched,
        pages_parsed=context.pages_parsed,
        error=error,
    )
    return PassOutcome(
        run_id=run_id,
        status=status,
        sources=sources,
        pages_fetched=context.pages_fetched,
        pages_parsed=context.pages_parsed,
        not_modified=context.not_modified,
        changes=changes,
        report=repository.report(run_id),
        interrupted_by=interruption.signal_name,
    )


def _baseline_observations() -> list[Observation]:
    baseline = load_baseline()
    return observations_of(baseline.article, baseline.figures)


def _deliver(
    report: Report, out: TextIO, json_path: str | Path | None, html_path: str | Path | None
) -> None:
    """The files first: a reader that closes stdout early (``| head``) must not cost them.

    A file that cannot be written does not keep the Markdown report from stdout; its
    error is raised after, naming the run, which is stored either way.
    """
    failures: list[str] = []
    for path, render in ((json_path, render_json), (html_path, render_html)):
        if path is None:
            continue
        try:
            write_whole(path, render(report))
        except ReportWriteError as error:
            failures.append(str(error))
    out.write(render_markdown(report))
    out.flush()
    if failures:
        raise ReportWriteError(f"{'; '.join(failures)} (run {report.run.id} is stored)")
