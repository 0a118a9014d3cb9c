"""The hostile folder: files an unlucky user or an attacker could hand kg (page breaks and
controls, outlets in other scripts, cp1251 and koi8-r, an empty file, random bytes, a
JSON lines feed with bad records, a page with a script and a javascript: link). One build takes
them all; each is stored or refused in one line, and every file written parses."""

import os
import shutil
from pathlib import Path

import pyoxigraph as ox
from lxml import etree

from kg.cli import cli
from kg.models import UNCARRIED
from kg.store import Store
from tests.helpers import DATA

HOSTILE = DATA / "hostile"
RDF_FILES = {"kg.ttl": ox.RdfFormat.TURTLE, "kg.nt": ox.RdfFormat.N_TRIPLES,
             "kg.trig": ox.RdfFormat.TRIG, "kg.jsonld": ox.RdfFormat.JSON_LD}


def _hostile_folder(tmp_path: Path) -> Path:
    """The hostile folder, with what git cannot keep: a link out of it to a file outside,
    a link back up the tree, and a FIFO named like an article."""
    folder = tmp_path / "hostile"
    shutil.copytree(HOSTILE, folder)
    outside = tmp_path / "secret.txt"
    outside.write_text("The vault code is 1234, the manager said on Monday.\n")
    (folder / "secret.txt").symlink_to(outside)
    (folder / "loop").symlink_to(folder)
    os.mkfifo(folder / "pipe.txt")
    return folder


def test_the_hostile_folder_builds_into_files_that_parse(runner, tmp_path):
    out, db = tmp_path / "out", tmp_path / "kg.sqlite"
    result = runner.invoke(cli, ["--db", str(db), "build", "--fresh", "-q",
                                 str(_hostile_folder(tmp_path)), "--out", str(out)])
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines() == [
        "Error: pipe.txt: not a regular file",  # found while listing the folder
        "Error: secret.txt: a link out of the folder, not followed (--follow-links follows it)",
        "Error: empty.txt: empty file",  # then as each file is read
        "Error: feed.jsonl: record 2 has no text",
        "Error: feed.jsonl: record 3: malformed JSON: Unterminated string starting at",
        "Error: scan.txt: binary file, not an article"]
    for name, rdf_format in RDF_FILES.items():
        assert len(list(ox.parse(path=str(out / name), format=rdf_format))) > 50, name
    for path in [*out.glob("*.graphml"), *out.glob("*.gexf")]:
        assert len(etree.parse(str(path)).getroot()) > 0, path.name
    with Store(db) as store:
        [article] = [a for a in store.articles() if a.path.endswith("page_breaks.txt")]
        claims = store.claims()
        stored = store.articles()
        outlets = {e.id: e.name for e in store.entities() if e.type == "publication"}
        assert not any("vault" in a.text for a in store.articles())  # nothing from outside
    # the page break is a line break, the controls are gone, every claim's evidence too
    assert "next week.\n" in article.text and "\x0c" not in article.text
    assert not set(article.text) & set(UNCARRIED)
    assert claims and all(not set(c.evidence.text) & set(UNCARRIED) for c in claims)
    titles = {a.path: a.title for a in stored}
    assert titles["port_cp1251.txt"] == "Порт Лумо откроется в понедельник"
    assert titles["kallo_koi8r.txt"] == "Саммит в Калло отменён"
    assert titles["feed.jsonl"] == "Vexa mill to close"
    # the page's script and link are gone from the text; what it prints stays text
    [page] = [a for a in stored if a.path == "script_page.html"]
    assert "document.cookie" not in page.text and "javascript:" not in page.text
    report = (out / "contradictions.md").read_text(encoding="utf-8")
    assert "<img" not in report and "<script" not in report
    # outlets named in other scripts stay four outlets, not one
    assert {"Коммерсант", "Известия", "新华社", "الجزيرة"} <= set(outlets.values())
    assert len(outlets) == len(set(outlets.values()))
