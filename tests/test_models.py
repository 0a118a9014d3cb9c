import pytest

from kg.models import slugify


@pytest.mark.parametrize(("name", "slug"), [
    ("Kim Jong Un", "kim-jong-un"),
    ("São Paulo", "sao-paulo"),
    ("Łódź", "lodz"),
    ("Straße", "strasse"),
    ("Ørsted", "orsted"),
    ("!!!", "x"),
])
def test_latin_names_are_spelled_in_ascii(name, slug):
    assert slugify(name) == slug


def test_names_in_other_scripts_get_ids_of_their_own():
    names = ["Коммерсант", "Известия", "新华社", "الجزيرة", "Ελλάδα"]
    ids = [slugify(name) for name in names]
    assert len(set(ids)) == len(names)
    assert all(len(identifier) == 8 and identifier.isalnum() for identifier in ids)
    # the same name in another case or spacing is the same party; ASCII parts stay readable
    assert slugify("КОММЕРСАНТ") == slugify(" Коммерсант ") == ids[0]
    assert slugify("Газпром Neft").startswith("neft-")
    assert slugify("Газпром Neft") != slugify("Neft")


def test_a_name_holding_a_lone_surrogate_still_has_an_id():
    assert slugify("\u0234\ud800") == slugify("\u0234\ud800") != slugify("\u0234")
