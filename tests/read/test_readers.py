import json
import os
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import ReadError
from kg.read import Overrides, article_files, read_path, sniff
from kg.read.html import read_html_article
from kg.read.jsondoc import read_json_article, read_jsonl_article
from kg.read.text import read_text_article
from tests.helpers import DATA, ROOT


def read_one(path: Path, **options):
    [article] = read_path(path, **options).articles
    return article


def test_text_date_line_gives_date_and_title_and_stays_as_headline():
    [fields] = read_text_article(" date 2025-04-01 Why X is likely to Y\nBody.\n")
    assert fields.published == date(2025, 4, 1)
    assert fields.title == "Why X is likely to Y"
    assert fields.text == "Why X is likely to Y\nBody.\n"


def test_text_without_header_is_taken_whole():
    [fields] = read_text_article("Headline\nBody.")
    assert (fields.text, fields.title, fields.published) == ("Headline\nBody.", None, None)


def test_markdown_front_matter():
    article = read_one(DATA / "front_matter.md")
    assert (article.title, article.publisher, article.published) == (
        "Port strike set to end, union says", "Harbour Gazette", date(2032, 3, 4))
    assert article.text.startswith("Port strike set to end, union says\n\nThe dockworkers'")
    assert "url:" not in article.text


def test_html_main_text_and_markup_metadata():
    article = read_one(DATA / "page.html")
    assert article.title == "Minister will visit Lisbon, ministry says"
    assert article.publisher == "Atlantic Ledger"
    assert (article.published, article.published_inferred) == (date(2031, 10, 2), False)
    assert article.text.split("\n\n") == [
        "Minister will visit Lisbon next week, ministry says",
        "BRUSSELS — Foreign Minister Ines Duarte will travel to Lisbon next week for talks on "
        "fisheries, the foreign ministry said on Wednesday.",
        "Officials expect the talks to produce a first agreement by the end of the year, "
        "according to the ministry.",
        "The two countries last signed a fisheries accord in 2019, after three years of "
        "negotiations over quotas in the North Atlantic.",
    ]


def test_html_json_ld_metadata():
    article = read_one(DATA / "page_jsonld.html")
    assert (article.title, article.publisher, article.published) == (
        "Central bank holds rates", "Ledger Markets", date(2030, 11, 14))


def test_html_time_element_when_nothing_else_dates_the_page():
    [fields] = read_html_article(
        "<html><body><article><h1>Talks resume</h1><p>Byline <time datetime='2029-02-03T10:00'>"
        "3 Feb</time></p><p>The envoy said on Monday that the talks would resume next month in "
        "Geneva after a pause of several weeks.</p></article></body></html>")
    assert fields.published == date(2029, 2, 3)


@pytest.mark.parametrize(("head", "url"), [
    ("<link rel='canonical' href='https://example.org/talks'>"
     "<meta property='og:url' content='https://example.org/og'>", "https://example.org/talks"),
    ("<meta property='og:url' content='https://example.org/og'>", "https://example.org/og"),
    ("<script type='application/ld+json'>{\"url\": \"https://example.org/ld\"}</script>",
     "https://example.org/ld"),
    ("<link rel='canonical' href='/relative'>", None),
])
def test_html_page_address(head, url):
    [fields] = read_html_article(
        f"<html><head>{head}</head><body><article><h1>Talks resume</h1><p>The envoy said on "
        "Monday that the talks would resume next month in Geneva after a pause of several "
        "weeks.</p></article></body></html>")
    assert fields.url == url


def test_html_with_no_text_is_an_error():
    with pytest.raises(ReadError, match="no article text found in the HTML"):
        read_html_article("<html><head><title>x</title></head><body></body></html>")


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
        ('{"text": "x", "published": "yesterday"}',
         "record 1: published is not an ISO date: 'yesterday'"),
    ],
)
def test_bad_json_records_are_errors_of_their_own(content, reason):
    assert str(read_json_article(content)[-1]) == reason


def test_malformed_json_is_an_error_for_the_file():
    with pytest.raises(ReadError, match="malformed JSON: Expecting value at line 1"):
        read_json_article('{"text": ')


def test_jsonl_reads_good_records_and_reports_bad_ones():
    result = read_path(DATA / "batch.jsonl")
    assert [(a.title, a.publisher, a.published) for a in result.articles] == [
        ("A", "Wire One", date(2030, 1, 2)), ("C", None, None)]
    assert result.problems == ["record 3 has no text", "record 5: malformed JSON: Expecting value"]


def test_the_outlet_one_record_names_is_that_record_s_alone(tmp_path):
    path = tmp_path / "feed.json"
    path.write_text('[{"text": "Lumo port reopens.\\n\\n\u00a9 2030 Harbour Gazette"},'
                    ' {"text": "Vexa mill closes."}]', encoding="utf-8")
    assert [a.publisher for a in read_path(path).articles] == ["Harbour Gazette", None]


def test_jsonl_records_are_numbered_by_line():
    records = read_jsonl_article('{"text": "a"}\n\n{"title": "b"}\n')
    assert str(records[1]) == "record 3 has no text"


def test_sidecar_overrides_what_the_file_says():
    article = read_one(DATA / "note.txt")
    assert (article.title, article.publisher, article.published) == (
        "Council to vote on budget", "Polder Post", date(2029, 6, 1))


def test_command_line_overrides_win_over_everything():
    article = read_one(DATA / "note.txt",
                       overrides=Overrides(publisher="Dyke Daily", published=date(2029, 6, 2)))
    assert (article.title, article.publisher, article.published) == (
        "Council to vote on budget", "Dyke Daily", date(2029, 6, 2))


def test_bad_sidecar_is_an_error(tmp_path):
    (tmp_path / "a.txt").write_text("Headline\n\nThe minister said so.")
    (tmp_path / "a.meta.json").write_text('{"published": "soon"}')
    with pytest.raises(ReadError, match=r"bad sidecar a\.meta\.json"):
        read_path(tmp_path / "a.txt")


@pytest.mark.parametrize(
    ("start", "reader"),
    [
        ("<!DOCTYPE html><html>", "read_html_article"),
        ('{"text": "x"}', "read_json_article"),
        ('{"text": "x"}\n{"text": "y"}', "read_jsonl_article"),
        ('[{"text": "x"}]', "read_json_article"),
        ("Headline\nBody", "read_text_article"),
    ],
)
def test_content_sniffing(start, reader):
    assert sniff(start).__name__ == reader


def test_a_file_without_extension_is_sniffed(tmp_path):
    path = tmp_path / "download"
    path.write_bytes((DATA / "page.html").read_bytes())
    assert read_one(path).publisher == "Atlantic Ledger"


def test_standard_input(monkeypatch):
    import io
    import sys

    data = (DATA / "front_matter.md").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    article = read_one(Path("-"))
    assert (article.path, article.publisher) == ("-", "Harbour Gazette")


def test_same_text_same_id(tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_bytes((DATA / "parade_briefing.txt").read_bytes())
    assert read_one(copy).id == read_one(DATA / "parade_briefing.txt").id


def test_cleaning_and_text_cues():
    article = read_one(DATA / "parade_briefing.txt")
    assert article.title == "Harbor City parade: mayor says governor will attend"
    assert (article.publisher, article.published) == ("Daily Harbor", date(2031, 5, 2))
    assert "All rights reserved" not in article.text
    assert "Support Daily Harbor" not in article.text
    assert "min read" not in article.text


def test_json_article_drops_repeated_paragraph():
    article = read_one(DATA / "club_rumour.json")
    assert article.publisher == "Coastline Sport"
    assert article.text.count("Speculation is mounting") == 1


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"  \n", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01" * 20,
         "binary file, not an article"),
        ("notes.pdf", b"%PDF-1.7\n" + bytes(range(32)) * 40, "binary file, not an article"),
        ("furniture.txt", b"Subscribe\nRead more\n",
         "no article text left after removing page furniture"),
        ("broken.json", b'{"text": "unterminated', "malformed JSON: Unterminated string starting "
                                                    "at at line 1"),
    ],
)
def test_bad_files_raise_read_error(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ReadError) as error:
        read_path(path)
    assert str(error.value) == reason


def test_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("Headline\n\n" + "The minister said so. " * 100)
    with pytest.raises(ReadError, match="larger than 1000 bytes"):
        read_path(path, max_bytes=1000)


def test_missing_file(tmp_path):
    with pytest.raises(ReadError, match="cannot read: No such file or directory"):
        read_path(tmp_path / "missing.txt")


def test_article_files_walks_folders_sorted_and_skips_sidecars_and_other_types(tmp_path):
    (tmp_path / "b").mkdir()
    for name in ("b/2.txt", "1.json", "1.meta.json", "3.html", "4.jsonl", "skip.png"):
        (tmp_path / name).write_text("x")
    assert [p.relative_to(tmp_path) for p in article_files([tmp_path])] == [
        Path("1.json"), Path("3.html"), Path("4.jsonl"), Path("b/2.txt")]


def test_seed_publishers_and_dates():
    moscow = read_one(ROOT / "seeds/000_c48c5f1812f82167.txt")
    nk = read_one(ROOT / "seeds/003_b996cd7dd50328fa.txt")
    assert (moscow.publisher, moscow.published, moscow.published_inferred) == (
        "The Moscow Times", date(2015, 4, 30), True)
    assert moscow.published_cue == (
        "70th anniversary of the end of World War II in Europe; said Thursday")
    assert (nk.publisher, nk.published, nk.published_inferred) == (
        "NK News", date(2025, 4, 1), False)


def test_dates_found_in_a_byline_are_not_inferred(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Headline here\nThe Courier | Politics | 12 March 2030, 10:00\n\n"
                    "The minister said the vote would take place.")
    article = read_one(path)
    assert (article.published, article.published_inferred, article.published_cue) == (
        date(2030, 3, 12), False, "The Courier | Politics | 12 March 2030, 10:00")
    assert json.loads(article.model_dump_json())["published"] == "2030-03-12"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(["@type", "name", "@id", "url", "@value", "other"]), inner, max_size=3),
    max_leaves=6)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(["title", "headline", "publisher", "url", "author",
                                        "mainEntityOfPage", "name", "source"]),
                       json_values, max_size=5))
def test_json_metadata_of_any_shape_is_read_or_refused_in_words(tmp_path_factory, metadata):
    path = tmp_path_factory.mktemp("json") / "record.json"
    path.write_text(json.dumps({**metadata, "text": "The mayor said the bridge will open."}),
                    encoding="utf-8")
    [article] = read_path(path).articles
    for value in (article.title, article.publisher, article.url):
        assert value is None or isinstance(value, str)


def _folder_with_links(tmp_path: Path) -> Path:
    folder, outside = tmp_path / "in", tmp_path / "outside.txt"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("A.")
    outside.write_text("Outside.")
    (folder / "out.txt").symlink_to(outside)
    (folder / "sub" / "in.txt").symlink_to(folder / "a.txt")  # stays inside: read
    (folder / "sub" / "up").symlink_to(folder)  # back up the tree: walked once
    (folder / "gone.txt").symlink_to(folder / "missing.txt")
    os.mkfifo(folder / "pipe.txt")
    return folder


def test_a_folder_yields_its_files_and_tells_what_it_skips(tmp_path):
    folder, skipped = _folder_with_links(tmp_path), []
    found = list(article_files([folder], skipped=lambda path, reason: skipped.append(
        (path.relative_to(folder).as_posix(), reason))))
    assert [path.relative_to(folder).as_posix() for path in found] == ["a.txt", "sub/in.txt"]
    assert skipped == [("gone.txt", "a broken link"),
                       ("out.txt", "a link out of the folder, not followed "
                                   "(--follow-links follows it)"),
                       ("pipe.txt", "not a regular file")]
    followed = list(article_files([folder], follow_links=True))
    assert [path.relative_to(folder).as_posix() for path in followed] == [
        "a.txt", "out.txt", "sub/in.txt"]


@pytest.mark.parametrize("special", ["fifo", "/dev/zero"])
def test_only_regular_files_are_opened(tmp_path, special):
    path = Path(special)
    if special == "fifo":
        path = tmp_path / "pipe.txt"
        os.mkfifo(path)  # opening it would wait for a writer forever
    with pytest.raises(ReadError, match=r"^not a regular file$"):
        read_path(path)
