import csv
import io

from kg.analyse import find_contradictions
from kg.models import EntityRef, Evidence
from kg.report import as_csv, as_markdown_table, as_table, contradictions_markdown
from tests.helpers import make_claim


def test_csv_cells_that_would_start_a_formula_are_shown_as_text():
    rows = [{"name": "=HYPERLINK(\"http://x\")"}, {"name": "+1"}, {"name": "-2+3"},
            {"name": "@SUM(A1)"}, {"name": "\tTab"}, {"name": "Lumo = Vexa"}]
    cells = [row[0] for row in csv.reader(io.StringIO(as_csv(rows, ["name"])))]
    assert cells == ["name", "'=HYPERLINK(\"http://x\")", "'+1", "'-2+3", "'@SUM(A1)", "'\tTab",
                     "Lumo = Vexa"]


def test_a_table_prints_no_terminal_controls():
    table = as_table([{"name": "Lumo\x1b]0;owned\x07 Wire\x9b31m\u202eesrever"}], ["name"])
    assert table.splitlines()[2] == "Lumo ]0;owned Wire 31m esrever"


def _hostile_pair():
    claims = [make_claim("yes", "nis", "positive", stated_on="2015-04-29"),
              make_claim("no", "kremlin", "negative")]
    claims[0] = claims[0].model_copy(update={
        "claimant": EntityRef(id="nis", name="<img src=x onerror=alert(1)>", type="person"),
        "evidence": Evidence(text="[click](javascript:alert(1)) & <script>x</script>",
                             start=0, end=10),
        "url": "javascript:alert(2)"})
    return claims, find_contradictions(claims)


def test_the_markdown_report_shows_article_text_and_runs_none_of_it():
    claims, contradictions = _hostile_pair()
    report = contradictions_markdown(contradictions, {claim.id: claim for claim in claims})
    earlier = next(line for line in report.splitlines() if line.startswith("- **Earlier**"))
    assert earlier == (
        "- **Earlier**: &lt;img src=x onerror=alert(1)&gt;, statement, positive, certain, "
        "2015-04-29 — “\\[click\\](javascript:alert(1)) &amp; &lt;script&gt;x&lt;/script&gt;” "
        "(javascript:alert(2))")
    assert "<" not in report
    table = as_markdown_table([{"name": "<b>[x](javascript:y)</b>"}], ["name"])
    assert table.splitlines()[2] == "| &lt;b&gt;\\[x\\](javascript:y)&lt;/b&gt; |"
