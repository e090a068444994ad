"""A report built by hand, with one of everything the renderers show."""

from __future__ import annotations

from datetime import UTC, datetime

from store.report import (
    BaselineValue,
    ChangeRow,
    CurrentValue,
    DocumentSummary,
    PreviousValue,
    Report,
    RunInfo,
    SourceStatus,
)

NEWS = "https://news.example/2023/06/mines?id=7&lang=en"
AGENCY = "https://agency.example/en/news/demining"


def change(
    metric: str,
    flag: str,
    current: CurrentValue,
    baseline: BaselineValue | None,
    delta: int | float | None,
    *,
    group: str = "all",
    since: str | None = "2020-11-10",
    place: str | None = None,
    country: str | None = None,
    previous: PreviousValue | None = None,
) -> ChangeRow:
    return ChangeRow(
        metric=metric,
        group=group,
        scope="cumulative",
        since=since,
        place=place,
        country=country,
        flag=flag,
        baseline=baseline,
        current=current,
        delta=delta,
        previous=previous,
    )


SAMPLE = Report(
    run=RunInfo(
        id=7,
        started=datetime(2023, 6, 1, 6, 0, 5, tzinfo=UTC),
        finished=datetime(2023, 6, 1, 6, 4, 41, tzinfo=UTC),
        status="ok",
        pages_fetched=1204,
        pages_parsed=1187,
    ),
    sources=(
        SourceStatus("agency", "ok", 1180),
        SourceStatus("ministry", "failed", 0, "TLS certificate verify failed <ministry.example>"),
        SourceStatus("news", "ok", 24),
    ),
    # deliberately out of order: renderers sort by flag importance, then metric
    changes=(
        change(
            "mine_victims",
            "unchanged",
            CurrentValue(
                268,
                "exact",
                "2023-05-02",
                AGENCY,
                "268 citizens became victims of mine explosions since the end of the war.",
            ),
            BaselineValue(268, "2022-11-24"),
            0,
            group="civilians",
            previous=PreviousValue(6, 268, "2023-05-02"),
        ),
        change(
            "mine_victims",
            "increased",
            CurrentValue(
                300,
                "at_least",
                "2023-06-01",
                NEWS,
                "More than 300 citizens were hurt by mines since the war ended in 2020.",
            ),
            BaselineValue(268, "2022-11-24"),
            32,
            previous=PreviousValue(6, 296, "2023-05-30"),
        ),
        change(
            "area_cleared_ha",
            "new",
            CurrentValue(
                12345.5,
                "approx",
                "2023-06-01",
                AGENCY,
                "About 12,345.5 hectares were cleared in 2023 & more is planned.",
            ),
            None,
            None,
            since="2023",
            place="Fuzuli | Aghdam",
        ),
        change(
            "mines_found",
            "decreased",
            CurrentValue(
                2600,
                "exact",
                "2023-06-01",
                NEWS,
                'A total of 2,600 landmines "made in Armenia" were found.',
                ("parts_exceed_total",),
            ),
            BaselineValue(2728, "2022-11-24"),
            -128,
            since="2022-08",
            previous=PreviousValue(6, 2600, "2023-06-01"),
        ),
    ),
    documents=(
        DocumentSummary(
            NEWS, "Mine <danger> in Karabakh", "2023-06-01", 2, ("parts_exceed_total",)
        ),
        DocumentSummary(AGENCY, "Demining: weekly update", "2023-05-02", 1),
        DocumentSummary("https://news.example/untitled", None, None, 0),
    ),
    previous_run=6,
)
