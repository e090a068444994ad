"""Language of a text: the page's declaration when it is en/ru/az, else its letters."""

from __future__ import annotations

import pytest

from parsers.language import detect, normalise


@pytest.mark.parametrize(
    ("code", "expected"),
    [("en-US", "en"), ("az_AZ", "az"), (" RU ", "ru"), ("", None), ("x1", None)],
)
def test_declared_codes_are_normalised_to_two_letters(code, expected):
    assert normalise(code) == expected


def test_a_known_declared_language_wins_over_the_text():
    assert detect("Mine victims since 1991", hint="az-AZ") == "az"


def test_an_unknown_declared_language_does_not_win():
    assert (
        detect("A total of 2,728 people have become victims of mine explosions", hint="de") == "en"
    )


def test_cyrillic_text_is_russian():
    assert detect("Обнаружено 120 противопехотных мин") == "ru"


def test_schwa_alone_makes_a_text_azerbaijani():
    assert detect("ANAMA: 98 mina tapılıb, ərazi") == "az"


def test_azerbaijani_without_schwa_is_not_taken_for_turkish():
    assert detect("Ağdam rayonunda minaya düşən mülki şəxs yaralanıb".replace("ə", "e")) == "az"


def test_turkish_stays_turkish():
    assert (
        detect("Dağlık bölgede çok sayıda mayın bulundu ve temizleme çalışmaları sürüyor") == "tr"
    )


def test_english_text_is_english():
    assert detect("Out of them 1,119 people were killed and 1,609 were injured") == "en"


def test_text_without_letters_falls_back_to_the_declared_code_or_english():
    assert (detect("2 728", hint="de"), detect("2 728")) == ("de", "en")
