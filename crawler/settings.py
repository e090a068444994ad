"""Scrapy settings for a pass, built from the sources file's ``[settings]``.

Each value below is one Scrapy gets wrong for this job by default, or one the
sources file controls; everything else stays at Scrapy's default.
"""

from __future__ import annotations

from typing import Any

from crawler.config import Settings

# One retry rides out a dropped connection; more would only delay a dead site's verdict.
RETRY_TIMES = 1
# A pass is small (a few sources, tens of pages each); politeness matters more than speed.
CONCURRENT_REQUESTS_PER_DOMAIN = 2


def scrapy_settings(settings: Settings, *, log_level: str = "WARNING") -> dict[str, Any]:
    delay = float(settings.download_delay)
    return {
        "BOT_NAME": "minewatch",
        "USER_AGENT": settings.user_agent,
        "ROBOTSTXT_OBEY": True,
        # Scrapy accepts any certificate unless told otherwise.
        "DOWNLOAD_VERIFY_CERTIFICATES": True,
        "DOWNLOAD_DELAY": delay,
        "AUTOTHROTTLE_ENABLED": True,
        # AutoThrottle's own 5 s start would override a configured shorter delay.
        "AUTOTHROTTLE_START_DELAY": delay,
        "AUTOTHROTTLE_MAX_DELAY": max(60.0, delay),
        "CONCURRENT_REQUESTS_PER_DOMAIN": CONCURRENT_REQUESTS_PER_DOMAIN,
        "DOWNLOAD_TIMEOUT": float(settings.request_timeout),
        "DOWNLOAD_MAXSIZE": int(settings.max_page_bytes),
        "DOWNLOAD_WARNSIZE": 0,
        "RETRY_TIMES": RETRY_TIMES,
        # 304 answers reach the spider, which reuses the stored body; the pass does
        # its own conditional requests, so Scrapy's cache must not answer for the site.
        "HTTPERROR_ALLOWED_CODES": [304],
        "HTTPCACHE_ENABLED": False,
        "DOWNLOADER_MIDDLEWARES": {
            "scrapy.downloadermiddlewares.httpcache.HttpCacheMiddleware": None,
        },
        "ITEM_PIPELINES": {"crawler.pipelines.StorePipeline": 300},
        "COOKIES_ENABLED": False,
        # Both run a code-executing console in the crawling process: never for an unattended job.
        "TELNETCONSOLE_ENABLED": False,
        "REMOTE_CONTROL_ENABLED": False,
        "LOG_LEVEL": log_level,
        # stdout carries the report; Scrapy's log goes to stderr.
        "LOG_STDOUT": False,
    }
