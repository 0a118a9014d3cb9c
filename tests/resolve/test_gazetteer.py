"""Gazetteer mentions: longest name first, never overlapping, whatever the gazetteer's size."""

import pytest

from kg.resolve import Gazetteer

NAMES = """
[[entity]]
name = "Lumo Bank"
type = "organization"
aliases = ["Lumo"]
roles = ["central bank chief"]

[[entity]]
name = "Bank of Vexa"
type = "organization"
aliases = ["B.O.V."]

[[entity]]
name = "Kai Berg"
type = "person"
roles = ["chief"]
"""


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.load_texts([("names.toml", NAMES)])


def found(gazetteer, text):
    return [(text[m.start:m.end], m.entity.name, m.by_role) for m in gazetteer.matches(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # the longest name wins where names overlap, a shorter one fills what is left
    ("The Lumo Bank chief spoke.", [("Lumo Bank", "Lumo Bank", False),
                                    ("chief", "Kai Berg", True)]),
    ("The central bank chief of Lumo.", [("central bank chief", "Lumo Bank", True),
                                         ("Lumo", "Lumo Bank", False)]),
    ("Bank of Vexa and B.O.V. and Kai Berg's aide.", [
        ("Bank of Vexa", "Bank of Vexa", False), ("B.O.V.", "Bank of Vexa", False),
        ("Kai Berg", "Kai Berg", False)]),
    # names match case and whole words; roles match any case
    ("LUMO BANK and Lumos and the CHIEF.", [("CHIEF", "Kai Berg", True)]),
    ("Lumo-based and the Vexa bank.", []),
])
def test_mentions(gazetteer, text, expected):
    assert found(gazetteer, text) == expected


def test_a_large_gazetteer_finds_what_a_small_one_does():
    rows = "".join(f'[[entity]]\nname = "Vexa Person {n}"\ntype = "person"\n'
                   f'roles = ["deputy {n}"]\n' for n in range(2000))
    large = Gazetteer.load_texts([("names.toml", NAMES), ("many.toml", rows)])
    small = Gazetteer.load_texts([("names.toml", NAMES)])
    text = "The central bank chief of Lumo met Vexa Person 1999 and deputy 7 on Monday."
    assert found(large, text) == [
        ("central bank chief", "Lumo Bank", True), ("Lumo", "Lumo Bank", False),
        ("Vexa Person 1999", "Vexa Person 1999", False), ("deputy 7", "Vexa Person 7", True)]
    assert found(small, text)[:2] == found(large, text)[:2]
