"""Throughput of parsers.numbers.find_numbers over a few MB of mixed en/ru/az text.

Prints MB/s (UTF-8 bytes) for whole texts and for sentence-by-sentence calls, the
way parsers.figures uses it. Run from the repository root:
``.venv/bin/python bench/number_grammar.py``.
"""

from __future__ import annotations

import time

from parsers.numbers import find_numbers

SENTENCES = {
    "en": [
        "Since the end of the 2020 war, 2,728 mines were found, of which 1.119 were anti-tank.",
        "Three hundred and twelve people, forty-five of them civilians, became victims.",
        "The agency cleared 3,150.7 hectares in Aghdam, Fuzuli and Jabrayil districts.",
        "Officials met on 10.11.2020 at 17:44 and discussed PMN-2 and TM-62 mines.",
        "The ministry said deminers continued their work in the liberated territories.",
        "More than a million mines remain, according to the statement published today.",
    ],
    "ru": [
        "С 10 ноября 2020 года обнаружено 2 728 мин, из них 1 119 противотанковых.",
        "Жертвами мин стали двести шестьдесят восемь человек, сорок пять из них погибли.",
        "Очищено 3150,7 га территории, обезврежено более 1,2 млн боеприпасов.",
        "Министерство обороны сообщило о продолжении работ на освобожденных территориях.",
    ],
    "az": [
        "2020-ci ildən bəri 2 728 mina aşkar edilib, onlardan 1 119-u tank əleyhinədir.",
        "Mina partlayışı nəticəsində qırx beş nəfər həlak olub, 268 nəfər yaralanıb.",
        "Ərazilərdə bir milyondan çox mina olduğu bildirilir, 3150,7 hektar təmizlənib.",
        "Müdafiə Nazirliyi azad edilmiş ərazilərdə işlərin davam etdiyini bildirib.",
    ],
}
TARGET_BYTES = 2_000_000


def corpus(lang: str) -> list[str]:
    sentences = SENTENCES[lang]
    out: list[str] = []
    size = 0
    while size < TARGET_BYTES:
        for sentence in sentences:
            out.append(sentence)
            size += len(sentence.encode()) + 1
    return out


def rate(seconds: float, size: int) -> float:
    return size / seconds / 1e6


def main() -> None:
    total_bytes = 0
    total_seconds = 0.0
    for lang in SENTENCES:
        sentences = corpus(lang)
        text = " ".join(sentences)
        size = len(text.encode())
        start = time.perf_counter()
        found = len(find_numbers(text, lang))
        whole = time.perf_counter() - start
        start = time.perf_counter()
        for sentence in sentences:
            find_numbers(sentence, lang)
        each = time.perf_counter() - start
        total_bytes += size
        total_seconds += each
        print(
            f"{lang}: {size / 1e6:.1f} MB, {found} numbers; whole text "
            f"{rate(whole, size):.1f} MB/s; per sentence {rate(each, size):.1f} MB/s"
        )
    print(f"overall per sentence: {rate(total_seconds, total_bytes):.1f} MB/s")


if __name__ == "__main__":
    main()
