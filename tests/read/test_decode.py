import codecs

import pytest

from kg.errors import ReadError
from kg.read.decode import decode

RUSSIAN = "Песков заявил, что Ким Чен Ын не приедет на парад Победы в Москве."
FRENCH = "Le ministre a déclaré que la réunion aurait lieu à Genève cet été, après l'élection."
POLISH = "Łódź: minister powiedział, że szczyt odbędzie się w maju."
GREEK = "Η Αθήνα δήλωσε ότι η σύνοδος θα γίνει τον Μάιο."
JAPANESE = "東京で会議が開かれると政府は述べた。大臣は出席しないと語った。"


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (RUSSIAN.encode("utf-8"), RUSSIAN),
        (codecs.BOM_UTF8 + RUSSIAN.encode("utf-8"), RUSSIAN),
        (RUSSIAN.encode("utf-16"), RUSSIAN),
        (RUSSIAN.encode("utf-16-be"), RUSSIAN),
        (RUSSIAN.encode("utf-16-le"), RUSSIAN),
        (RUSSIAN.encode("cp1251"), RUSSIAN),
        (RUSSIAN.encode("koi8-r"), RUSSIAN),
        (FRENCH.encode("latin-1"), FRENCH),
        # short texts, where a statistical guess takes Cyrillic bytes for Chinese
        ("Москва".encode("cp1251"), "Москва"),
        ("Кремль не ответил.".encode("koi8-r"), "Кремль не ответил."),
        (POLISH.encode("cp1250"), POLISH),
        (GREEK.encode("iso-8859-7"), GREEK),
        (JAPANESE.encode("shift_jis"), JAPANESE),
    ],
)
def test_encodings(data, text):
    assert decode(data) == text


def test_a_stray_byte_in_utf8_is_replaced_not_fatal():
    data = ("The minister said " + "x" * 2000).encode() + b"\xff" + b" and left."
    assert decode(data).endswith("\ufffd and left.")


def test_declared_html_charset_is_respected():
    html = '<html><head><meta charset="windows-1251"></head><body>' + RUSSIAN + "</body></html>"
    assert RUSSIAN in decode(html.encode("cp1251"))


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty file"), (b" \n\t ", "empty file"),
     (bytes(range(32)) * 64, "binary file, not an article")],
)
def test_refused(data, reason):
    with pytest.raises(ReadError, match=reason):
        decode(data)
