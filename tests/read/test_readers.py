from datetime import date
from pathlib import Path

import pytest

from kg.errors import ReadError
from kg.read import article_files, read_articles
from kg.read.jsondoc import read_json_article
from kg.read.text import read_text_article
from tests.helpers import DATA, ROOT


def test_text_date_line_gives_date_and_title_and_stays_as_headline():
    [fields] = read_text_article(" date 2025-04-01 Why X is likely to Y\nBody.\n")
    assert fields.published == date(2025, 4, 1)
    assert fields.title == "Why X is likely to Y"
    assert fields.text == "Why X is likely to Y\nBody.\n"


def test_text_without_date_line_is_taken_whole():
    [fields] = read_text_article("Headline\nBody.")
    assert (fields.text, fields.title, fields.published) == ("Headline\nBody.", None, None)


def test_json_object_with_unknown_keys():
    [fields] = read_json_article(
        '{"title": "T", "published": "2030-07-15T08:00:00Z", "publisher": "P", "text": "Body.",'
        ' "extra": 1}'
    )
    assert (fields.title, fields.publisher, fields.published, fields.text) == (
        "T", "P", date(2030, 7, 15), "Body.")


def test_json_array_gives_one_article_per_record():
    assert [f.text for f in read_json_article('[{"text": "A."}, {"text": "B."}]')] == ["A.", "B."]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"title": "no text"}', "record 1 has no text"),
        ('[{"text": "ok"}, 3]', "record 2 is not a JSON object"),
        ('{"text": "x", "published": "yesterday"}', "published is not an ISO date: 'yesterday'"),
        ('{"text": ', "malformed JSON: Expecting value at line 1"),
    ],
)
def test_json_errors_say_why(content, reason):
    with pytest.raises(ReadError) as error:
        read_json_article(content)
    assert str(error.value) == reason


def test_read_articles_cleans_and_fills_metadata():
    [article] = read_articles(DATA / "parade_briefing.txt")
    assert article.title == "Harbor City parade: mayor says governor will attend"
    assert article.publisher == "Daily Harbor"
    assert article.published == date(2031, 5, 2)
    assert article.published_inferred is False
    assert article.text.startswith("Harbor City parade: mayor says governor will attend\n\n")
    assert "All rights reserved" not in article.text
    assert "Support Daily Harbor" not in article.text


def test_json_article_drops_repeated_paragraph():
    [article] = read_articles(DATA / "club_rumour.json")
    assert article.publisher == "Coastline Sport"
    assert article.text.count("Speculation is mounting") == 1


def test_same_text_same_id(tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_bytes((DATA / "parade_briefing.txt").read_bytes())
    assert read_articles(copy)[0].id == read_articles(DATA / "parade_briefing.txt")[0].id


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"  \n", "empty file"),
        ("binary.txt", b"\x89PNG\x00\x00\x01", "binary file, not an article"),
        ("notes.pdf", b"%PDF", "unsupported file type '.pdf'"),
        ("furniture.txt", b"Subscribe\nRead more\n", "no article text left after removing page "
                                                     "furniture"),
    ],
)
def test_bad_files_raise_read_error_naming_the_file(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ReadError) as error:
        read_articles(path)
    assert str(error.value) == f"{path}: {reason}"


def test_missing_file(tmp_path):
    with pytest.raises(ReadError, match="cannot read: No such file or directory"):
        read_articles(tmp_path / "missing.txt")


def test_utf16_file_is_decoded(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes("Headline\nThe minister said prices would rise.".encode("utf-16"))
    assert read_articles(path)[0].title == "Headline"


def test_article_files_walks_folders_sorted_and_skips_other_types(tmp_path):
    (tmp_path / "b").mkdir()
    for name in ("b/2.txt", "1.json", "skip.png"):
        (tmp_path / name).write_text("x")
    assert [p.relative_to(tmp_path) for p in article_files([tmp_path])] == [
        Path("1.json"), Path("b/2.txt")]


def test_seed_publishers_and_dates():
    moscow = read_articles(ROOT / "seeds/000_c48c5f1812f82167.txt")[0]
    nk = read_articles(ROOT / "seeds/003_b996cd7dd50328fa.txt")[0]
    assert (moscow.publisher, moscow.published, moscow.published_inferred) == (
        "The Moscow Times", date(2015, 4, 30), True)
    assert (nk.publisher, nk.published, nk.published_inferred) == (
        "NK News", date(2025, 4, 1), False)
