"""Paths shared by the tests."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"
CORPUS = ROOT.parent / "shared" / "corpus"

MOSCOW_TIMES_SEED = "000_c48c5f1812f82167.txt"
NK_NEWS_SEED = "003_b996cd7dd50328fa.txt"

# Claims kg finds in the two seed articles.
SEED_CLAIMS = 18


def make_claim(claim_id: str, claimant: str, polarity: str, *, kind: str = "statement",
               certainty: str = "certain", stated_on: str | None = "2015-04-30",
               event: str | None = "victory-day-parade-2015", subject: str = "kim-jong-un",
               article_id: str = "a1", start: int = 0):
    """A claim built by hand for analysis and export tests."""
    from kg.models import Claim, EntityRef, EventRef, Evidence

    def ref(identifier: str) -> EntityRef:
        return EntityRef(id=identifier, name=identifier.replace("-", " ").title(),
                         type="organization")

    return Claim(
        id=claim_id, article_id=article_id, path=f"{article_id}.txt", claimant=ref(claimant),
        kind=kind, subject=ref(subject), predicate="attend",
        event=EventRef(id=event, name=event, date="2015-05-09") if event else None,
        polarity=polarity, certainty=certainty, stated_on=stated_on,
        stated_on_precision="day" if stated_on else None,
        evidence=Evidence(text=f"evidence {claim_id}", start=start, end=start + 10),
        rule="reporting_cue", model="en_core_web_sm-3.8.0",
    )


def story_claims(text: str, gazetteer, published: str, publisher: str | None = "Harbour Gazette"):
    """The resolved claims of a short article written in a test."""
    from datetime import date

    from kg.extract import extract_candidates
    from kg.models import Article
    from kg.resolve import resolve_article

    article = Article(id="story", path="story.txt", publisher=publisher,
                      published=date.fromisoformat(published), text=text)
    return resolve_article(article, list(extract_candidates(text)), gazetteer).claims
