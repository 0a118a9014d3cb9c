import pytest

from kg.extract.spans import Span
from kg.models import Entity, EntityType
from kg.resolve.entities import ArticleEntities, plain_name

TEXT = ("North Korean leader Kim Jong Un will not come, the Kremlin said. "
        "\"He has decided to stay,\" Kremlin spokesman Dmitry Peskov said. "
        "Yang Moo-jin, an expert, said the trip was off. Yang said more. "
        "Mayor Tom Reyes said so.")


def at(text: str, phrase: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Span(start, start + len(phrase), phrase)


@pytest.fixture
def entities(gazetteer):
    return ArticleEntities(gazetteer, TEXT)


@pytest.mark.parametrize(
    ("phrase", "name", "kind"),
    [
        ("North Korean leader Kim Jong Un", "Kim Jong Un", EntityType.person),
        ("the Kremlin", "Kremlin", EntityType.organization),
        ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", EntityType.person),
    ],
)
def test_gazetteer_names_and_roles_resolve_to_the_head(entities, phrase, name, kind):
    found = entities.resolve(at(TEXT, phrase))
    assert (found.name, found.type) == (name, kind)


def test_roles_and_possessives(gazetteer):
    text = "South Korea's spy agency expected it. Russia’s deputy foreign minister said so."
    entities = ArticleEntities(gazetteer, text)
    assert entities.resolve(at(text, "South Korea's spy agency")).name == (
        "National Intelligence Service")
    assert entities.resolve(at(text, "Russia’s deputy foreign minister")).name == (
        "Andrei Rudenko")


def test_pronoun_subject_is_the_last_person_other_than_the_speaker(entities):
    peskov = entities.resolve(at(TEXT, "Kremlin spokesman Dmitry Peskov"), speaker=True)
    assert entities.resolve(at(TEXT, "He"), exclude=peskov).name == "Kim Jong Un"


def test_unknown_names_become_entities_and_surnames_find_them(entities):
    yang = entities.resolve(at(TEXT, "Yang Moo-jin"), speaker=True)
    assert yang == Entity(id="yang-moo-jin", name="Yang Moo-jin", type=EntityType.person)
    assert entities.resolve(at(TEXT, "Yang", 1), speaker=True) == yang


def test_titles_are_not_part_of_a_new_name(entities):
    assert entities.resolve(at(TEXT, "Mayor Tom Reyes")).name == "Tom Reyes"


@pytest.mark.parametrize(
    ("phrase", "speaker", "expected"),
    [
        ("about 30 foreign leaders", False,
         Entity(id="foreign-leaders", name="foreign leaders", type=EntityType.group)),
        ("local analysts", True,
         Entity(id="local-analysts", name="local analysts", type=EntityType.unnamed)),
    ],
)
def test_descriptions_become_groups_or_unnamed_speakers(gazetteer, phrase, speaker, expected):
    entities = ArticleEntities(gazetteer, phrase)
    assert entities.resolve(Span(0, len(phrase), phrase), speaker=speaker) == expected


def test_plain_name():
    assert plain_name("the Kremlin's") == "Kremlin"
    assert plain_name("about 30 foreign leaders") == "foreign leaders"


def _speaker_in(gazetteer, text: str, mention: str, *earlier: str):
    """The entity ``mention``, the last of its words in ``text``, names as a speaker, after
    the ``earlier`` speakers were resolved."""
    entities = ArticleEntities(gazetteer, text)
    for name in earlier:
        start = text.index(name)
        entities.resolve(Span(start, start + len(name), name), speaker=True)
    start = text.rindex(mention)
    found = entities.resolve(Span(start, start + len(mention), mention), speaker=True)
    return found.name, found.type.value


@pytest.mark.parametrize(("text", "expected"), [
    # a word for a head after the organization, whose head the article named before
    ("Title\n\nIMF director Mara Quint said on Tuesday that the plan held.\n\n"
     "IMF spokeswoman Ida Voss said the plan was costly.\n\n"
     "The IMF chief said more money was needed.", ("Mara Quint", "person")),
    # a spokeswoman speaks for her organization but does not head it
    ("Title\n\nIMF spokeswoman Ida Voss said the plan was costly.\n\n"
     "The IMF chief said more money was needed.", ("IMF chief", "unnamed")),
])
def test_an_organizations_head_named_by_a_word_for_head(gazetteer, text, expected):
    assert _speaker_in(gazetteer, text, "The IMF chief") == expected


def test_a_name_owned_by_its_organization_is_the_person(gazetteer):
    text = ("UN’s Saric warns of floods\n\nUN envoy Vera Saric said on Tuesday that the river "
            "would flood.")
    assert _speaker_in(gazetteer, text, "UN’s Saric") == ("Vera Saric", "person")


def test_a_role_the_article_never_tied_to_a_name_is_the_last_person_speaking(gazetteer):
    text = ("Title\n\nAna Ruiz, the envoy of Lumo, told reporters the talks would resume.\n\n"
            "The meeting will run all day, the sherpa added.")
    assert _speaker_in(gazetteer, text, "the sherpa", "Ana Ruiz") == ("Ana Ruiz", "person")


def test_a_named_bodys_unit_is_an_organization_and_the_unit_word_finds_it(gazetteer):
    text = ("Title\n\nThe Lumo Flood Agency’s Oslo office said the river would rise.\n\n"
            "The river may still turn, the office said. It will pass, the agency said.")
    unit = "Lumo Flood Agency’s Oslo office"
    assert _speaker_in(gazetteer, text, "The Lumo Flood Agency’s Oslo office") == (
        unit, "organization")
    assert _speaker_in(gazetteer, text, "the office", f"The {unit}") == (unit, "organization")
    assert _speaker_in(gazetteer, text, "the agency", f"The {unit}") == (unit, "organization")


def test_an_acronym_that_spells_a_pronoun_is_the_organization(gazetteer):
    text = "IT Rules Out Merger\n\nThe Irish Tribunal (IT) said the merger would fail."
    entities = ArticleEntities(gazetteer, text)
    found = entities.resolve(Span(0, 2, "IT"), speaker=True)
    assert (found.name, found.type) == ("Irish Tribunal", EntityType.organization)


def test_a_headlines_capitals_make_no_persons_name(gazetteer):
    text = "LFA Declares COVID-19 Emergency\n\nThe agency said COVID-19 was spreading."
    entities = ArticleEntities(gazetteer, text)
    start = text.rindex("COVID-19")
    found = entities.resolve(Span(start, start + 8, "COVID-19"))
    assert found.name == "COVID-19" and found.type is not EntityType.person


def test_a_full_name_the_parse_calls_a_body_is_a_person_when_its_surname_is_one(gazetteer):
    text = ("Title\n\n“The peg stays, and that is final,” Jean-Luc Varenne told RTS.\n\n"
            "Varenne said the bank would act.")
    entities = ArticleEntities(gazetteer, text)
    start = text.index("Jean-Luc Varenne")
    found = entities.resolve(Span(start, start + 16, "Jean-Luc Varenne", "organization"),
                             speaker=True)
    assert (found.name, found.type) == ("Jean-Luc Varenne", EntityType.person)


def test_a_titled_surname_before_the_full_name_is_the_full_name(gazetteer):
    text = ("Coach Berg says he will stay\n\nRovers coach Kai Berg insisted on Sunday that "
            "he would not step down.")
    assert _speaker_in(gazetteer, text, "Coach Berg") == ("Kai Berg", "person")
