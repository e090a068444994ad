"""What one pass's spiders and pipelines share: the store, the run, and per-source tallies.

Scrapy reports a crawl's success by exit code 0 whatever happened, so the pass keeps
its own account: every response and every error is counted against its source here,
and the pass turns the tallies into ``SourceStatus`` rows and the run's totals.
All of it runs on the reactor thread, so no locking is needed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from store.report import SourceStatus
from store.repository import Repository

# The report shows a source's first error; the log shows every one, a line each.
log = logging.getLogger("minewatch.pass")


@dataclass(slots=True)
class SourceTally:
    """How one source is faring in the crawl under way."""

    name: str
    pages_fetched: int = 0  # responses that arrived, 304s included
    pages_parsed: int = 0  # article pages run through the parsers
    not_modified: int = 0  # 304 answers and bodies whose hash was already stored
    errors: list[str] = field(default_factory=list)

    def fetched(self) -> None:
        self.pages_fetched += 1

    def error(self, message: str) -> None:
        self.errors.append(message)
        log.warning("%s: %s", self.name, message)

    @property
    def reached(self) -> bool:
        return self.pages_fetched > 0

    def status(self) -> SourceStatus:
        """A source that answered nothing failed; errors of single pages are still shown."""
        error = None
        if self.errors:
            error = self.errors[0]
            if len(self.errors) > 1:
                error += f" (and {len(self.errors) - 1} more errors)"
        state = "ok" if self.reached else "failed"
        return SourceStatus(self.name, state, self.pages_fetched, error)


@dataclass(slots=True)
class PassContext:
    """Handed to every spider of a pass; the pipeline finds it through its spider."""

    repository: Repository
    run_id: int
    tallies: dict[str, SourceTally] = field(default_factory=dict)

    def tally(self, source: str) -> SourceTally:
        if source not in self.tallies:
            self.tallies[source] = SourceTally(source)
        return self.tallies[source]

    @property
    def pages_fetched(self) -> int:
        return sum(tally.pages_fetched for tally in self.tallies.values())

    @property
    def pages_parsed(self) -> int:
        return sum(tally.pages_parsed for tally in self.tallies.values())

    @property
    def not_modified(self) -> int:
        return sum(tally.not_modified for tally in self.tallies.values())
