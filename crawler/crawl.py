"""Run the spiders of one pass in this process, stopping cleanly on SIGINT or SIGTERM.

Scrapy's reactor starts once per process, so ``crawl`` may be called once per
process (the daemon and the tests run each pass in a child process). Scrapy's own
signal handlers are replaced by ours so the pass knows it was interrupted: the
first signal stops the spiders gracefully and a second one stops the reactor at
once. Scrapy's graceful stop waits for downloads in flight (up to the request
timeout); the pass gives them STOP_GRACE seconds, then stops the reactor itself,
so a supervisor's SIGTERM is obeyed promptly. Pages stored before stay stored.
"""

from __future__ import annotations

import logging
import signal
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from types import FrameType

from scrapy.crawler import CrawlerProcess
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    ResponseDataLossError,
)

from crawler.config import Config
from crawler.context import PassContext
from crawler.settings import scrapy_settings
from crawler.spiders.news import NewsSpider
from crawler.time_budget import clear_stop, request_stop

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
STOP_GRACE = 3.0  # seconds
# Scrapy's robots.txt middleware logs a site it cannot reach with a 60-line traceback;
# the one-line message already says why, and the source's row in the report says it too.
ROBOTS_LOGGER = "scrapy.downloadermiddlewares.robotstxt"
NETWORK_FAILURES = (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    ResponseDataLossError,
)


class NetworkTracebackFilter(logging.Filter):
    """Keeps a network failure's log record to its one line: a site down is not a bug.

    Any other exception keeps its traceback, which a bug report needs.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], NETWORK_FAILURES):
            record.exc_info = None
            record.exc_text = None
        return True


class CertificateTracebackFilter(logging.Filter):
    """Twisted logs each certificate that fails verification with a traceback, as
    CRITICAL; the source's row already says "TLS certificate not trusted"."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.getMessage() != "while verifying certificate"


def _end_twisted_startup_logging() -> None:
    """Until told to begin, Twisted prints every critical event with its traceback to
    stderr besides logging it; Scrapy's bridge into Python logging is all we want."""
    from twisted.logger import globalLogBeginner

    globalLogBeginner.beginLoggingTo([], discardBuffer=True, redirectStandardIO=False)


@dataclass(slots=True)
class Interruption:
    """The name of the first stop signal received, if any."""

    signal_name: str | None = None
    process: CrawlerProcess | None = None

    def __call__(self, signum: int, _frame: FrameType | None) -> None:
        from twisted.internet import reactor

        first = self.signal_name is None
        if first:
            self.signal_name = signal.Signals(signum).name
        # a page being parsed holds the reactor: cut it short so the stop is seen now
        request_stop()
        if self.process is None:
            return  # the crawl has not started; ``crawl`` checks before starting
        if first:
            reactor.callFromThread(self.process.stop)
            reactor.callFromThread(reactor.callLater, STOP_GRACE, _stop_reactor)
        else:
            reactor.callFromThread(_stop_reactor)


def _stop_reactor() -> None:
    from twisted.internet import reactor

    with suppress(RuntimeError):  # already stopping
        reactor.stop()


@contextmanager
def stop_signals_caught() -> Iterator[Interruption]:
    """Catch SIGINT and SIGTERM for the block; the handlers before it come back after."""
    interruption = Interruption()
    clear_stop()
    previous = {signum: signal.signal(signum, interruption) for signum in STOP_SIGNALS}
    try:
        yield interruption
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def crawl(
    config: Config,
    context: PassContext,
    interruption: Interruption,
    *,
    log_level: str = "WARNING",
) -> None:
    """Crawl every source of ``config`` into ``context``; returns when all spiders closed."""
    for source in config.sources:
        context.tally(source.name)  # a source that never answers still gets a status
    if interruption.signal_name is not None:
        return
    process = CrawlerProcess(scrapy_settings(config.settings, log_level=log_level))
    robots_log = logging.getLogger(ROBOTS_LOGGER)
    if not any(isinstance(f, NetworkTracebackFilter) for f in robots_log.filters):
        robots_log.addFilter(NetworkTracebackFilter())
    twisted_log = logging.getLogger("twisted")
    if not any(isinstance(f, CertificateTracebackFilter) for f in twisted_log.filters):
        twisted_log.addFilter(CertificateTracebackFilter())
        _end_twisted_startup_logging()
    for source in config.sources:
        process.crawl(NewsSpider, source=source, context=context)
    interruption.process = process
    try:
        process.start(stop_after_crawl=True, install_signal_handlers=False)
    finally:
        interruption.process = None
