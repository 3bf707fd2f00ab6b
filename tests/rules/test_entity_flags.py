"""The flags of a word's code in the mention scanner (:class:`WordFlag`)."""

from __future__ import annotations

from newsclaims.lexicons import Lexicons
from newsclaims.rules.actors import entities
from newsclaims.rules.actors.data import actor_words
from newsclaims.rules.actors.entities import WordFlag

AW = actor_words(Lexicons.default())


def _flags(word: str) -> WordFlag:
    return WordFlag(entities._code(word, AW) & ~entities._KIND_MASK)


def test_flags_sit_above_the_class_in_one_byte() -> None:
    """A code packs the class and the flags in one byte (codes are a bytearray)."""
    assert all(f & entities._KIND_MASK == 0 for f in WordFlag)
    assert sum(WordFlag) < 256


def test_word_codes_carry_the_flags() -> None:
    assert WordFlag.OWNS in _flags("Okafor's")
    assert WordFlag.OWNS not in _flags("Okafor")
    assert WordFlag.DOTTED in _flags("U.S")
    assert WordFlag.DOTTED not in _flags("river")
    assert WordFlag.ACTIVE in _flags("she")
    assert WordFlag.ACTIVE not in _flags("river")
    assert WordFlag.COUNTRY_START in _flags("France")
    assert WordFlag.COUNTRY_START not in _flags("Okafor")
