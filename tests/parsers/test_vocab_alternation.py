"""parsers.vocab.alternation: a word list as a prefix trie that matches as the flat list."""

from __future__ import annotations

import re

from parsers.vocab import Folded, alternation

MONTHS = ("sentyabr", "sentyabrda", "sentyabrın", "sent", "oktyabr", "oktyabrda", "okt.")


def _flat(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def test_a_word_that_is_a_prefix_of_another_still_matches_alone() -> None:
    assert re.fullmatch(alternation(MONTHS), "sent") is not None


def test_the_longest_word_at_a_place_wins_as_in_the_flat_list() -> None:
    text = "sentyabrda, sentyabr 2020, okt. 5, sentx oktyabrdan"
    trie = [m.group() for m in re.finditer(alternation(MONTHS), text)]
    assert trie == [m.group() for m in re.finditer(_flat(MONTHS), text)]
    assert trie[0] == "sentyabrda"


def test_a_shorter_word_is_tried_when_what_follows_needs_it() -> None:
    # "sentyabrda" matches first but the digits must follow right after "sentyabr"
    pattern = re.compile(rf"(?:{alternation(MONTHS)})da\d")
    assert pattern.search("sentyabrda1").group() == "sentyabrda1"


def test_folded_words_make_one_branch_for_spellings_that_fold_alike() -> None:
    # unfolded, "O..." and "o..." would be two branches and the shorter word's tried first
    pattern = Folded(alternation(("Oktyabr", "oktyabrın"), folded=True))
    found = pattern.search("OKTYABRIN 9-da")
    assert found is not None and found.group() == "oktyabrin"


def test_regex_characters_in_a_word_are_literal() -> None:
    assert re.fullmatch(alternation(("okt.",)), "okt.") is not None
    assert re.fullmatch(alternation(("okt.",)), "oktx") is None
