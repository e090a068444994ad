"""Throughput of parsers.figures.extract on one core, on two workloads.

- **dense**: the labelled texts of ``tests/fixtures/figures*`` (every one about mines,
  most sentences stating a figure); target >= 1 MB/s.
- **page mix**: what a daily pass extracts from: each labelled text inside a page of
  general news in its language (below), so most sentences are about anything but
  mines; target >= 5 MB/s.

Each workload is repeated until it makes at least 5 MB of UTF-8, then each text is
extracted once in this process. Run from the repository root:

    .venv/bin/python bench/extract.py
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from parsers.figures import extract  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
TARGET_BYTES = 5 * 1024 * 1024

# General news of our own, the rest of a page a mine story shares a site with.
OTHER_NEWS = {
    "en": (
        "The central bank kept its refinancing rate at 7.25 percent on Thursday, citing "
        "stable prices in the third quarter. Exports of non-oil goods rose by 12 percent "
        "year on year, the customs committee said. A new metro station opened in the capital "
        "after four years of building work, and 14 bus routes were changed to serve it. "
        "The national football team will play two friendly matches in March, the federation "
        "announced. Temperatures will reach 31 degrees in the south on Saturday, with light "
        "rain expected in the mountains. The ministry of education said 9,800 teachers would "
        "take part in a certification exam this summer. Farmers in the north expect a record "
        "harvest of hazelnuts after a mild winter. A delegation from Kazakhstan visited the "
        "port of Alat to discuss transit cargo along the Middle Corridor.\n"
    ),
    "ru": (
        "Центральный банк сохранил учетную ставку на уровне 7,25 процента, сославшись на "
        "стабильные цены в третьем квартале. Экспорт ненефтяных товаров вырос на 12 процентов "
        "по сравнению с прошлым годом, сообщил таможенный комитет. В столице открылась новая "
        "станция метро, маршруты 14 автобусов изменены. Сборная по футболу проведет два "
        "товарищеских матча в марте. В субботу на юге ожидается до 31 градуса тепла, в горах "
        "возможен небольшой дождь. Министерство образования сообщило, что 9800 учителей примут "
        "участие в экзамене по сертификации. Фермеры на севере ожидают рекордный урожай фундука "
        "после мягкой зимы.\n"
    ),
    "az": (
        "Mərkəzi Bank uçot dərəcəsini 7,25 faizdə saxlayıb, üçüncü rübdə qiymətlərin sabit "
        "olduğunu bildirib. Qeyri-neft məhsullarının ixracı ötən illə müqayisədə 12 faiz artıb. "
        "Paytaxtda yeni metro stansiyası açılıb, 14 avtobus marşrutu dəyişdirilib. Futbol üzrə "
        "milli komanda mart ayında iki yoldaşlıq oyunu keçirəcək. Şənbə günü cənubda hava 31 "
        "dərəcəyədək isinəcək, dağlarda yağış gözlənilir. Təhsil Nazirliyi bildirib ki, 9800 "
        "müəllim sertifikasiya imtahanında iştirak edəcək. Şimalda fermerlər mülayim qışdan "
        "sonra rekord fındıq məhsulu gözləyirlər.\n"
    ),
}
OTHER_PARAGRAPHS_PER_PAGE = 6

Text = tuple[str, str, str | None]


def labelled() -> list[Text]:
    texts = []
    for path in sorted(FIXTURES.glob("figures*/*.txt")):
        labels = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        texts.append((path.read_text(encoding="utf-8"), labels["lang"], labels.get("published")))
    return texts


def page_mix(texts: list[Text]) -> list[Text]:
    pages = []
    for text, lang, published in texts:
        half = OTHER_NEWS[lang] * (OTHER_PARAGRAPHS_PER_PAGE // 2)
        pages.append((half + text + "\n" + half, lang, published))
    return pages


def throughput(texts: list[Text]) -> tuple[float, float, int]:
    """MB/s and texts/s of extracting ``texts`` repeated to TARGET_BYTES, and how many raised."""
    size = sum(len(text.encode("utf-8")) for text, _, _ in texts)
    workload = texts * -(-TARGET_BYTES // size)
    failures = 0
    started = time.perf_counter()
    for text, lang, published in workload:
        try:
            extract(text, lang=lang, published=published)
        except Exception:
            failures += 1
    seconds = time.perf_counter() - started
    megabytes = size * (len(workload) // len(texts)) / 1_000_000
    return megabytes / seconds, len(workload) / seconds, failures


def main() -> int:
    dense = labelled()
    for lang in OTHER_NEWS:
        extract(OTHER_NEWS[lang] + "mine", lang=lang)  # compiles the vocabularies first
    for name, texts, target in (("dense", dense, 1.0), ("page mix", page_mix(dense), 5.0)):
        rate, per_second, failures = throughput(texts)
        print(
            f"{name:9s} throughput={rate:.2f} MB/s {per_second:.0f} texts/s"
            f" (target {target:g} MB/s, {len(texts)} texts)"
            + (f"; raised on {failures}" if failures else "")
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
