import pytest

from app.domain.topics import FOLD_VERSION, fold, fold_version, parse_aliases

ALIASES = parse_aliases(
    "# comment\nKünstliche Intelligenz\tKI\tAI\nMachine Learning\tML\n"
    "Industrie 4.0\tIndustry 4.0\nFußball\tFootball\n"
)


@pytest.mark.parametrize(
    "a, b",
    [("Industrie-4.0", "industrie 4.0"), ("Markets", "market"), ("Startups", "Startup"),
     ("Italienische Malerei", "italienischen Malereien"), ("Laufen", "Lauf"),
     ("Fußbälle", "Fussball"), ("Industry", "Industrie"), ("Kochen", "koch")],
)
def test_stems_and_punctuation_meet(a, b):
    assert fold(a) == fold(b)


@pytest.mark.parametrize(
    "a, b",
    [("Java", "JavaScript"), ("C", "C++"), ("C", "C#"), ("Go", "Goal"), ("Marketing", "Markets"),
     ("Marketing", "Market"), ("Wandern", "Wand"), ("Learning", "Lear"), ("Data", "Date"),
     ("News", "New"), ("Computer", "Compute"), ("Industrie 4.0", "Industrie 3.0")],
)
def test_over_stemming_is_avoided(a, b):
    assert fold(a) != fold(b)
    assert fold(a, ALIASES) != fold(b, ALIASES)


@pytest.mark.parametrize(
    "a, b",
    [("Industrie 4.0", "Industry 4.0"), ("Fußball", "football"), ("Machine Learning", "ML"),
     ("Künstliche Intelligenz", "KI"), ("ai", "Künstliche Intelligenz"), ("Footballs", "Fußball")],
)
def test_aliases_meet(a, b):
    assert fold(a, ALIASES) == fold(b, ALIASES)


def test_aliases_keep_unrelated_topics_apart():
    assert fold("Machine Learning", ALIASES) != fold("Künstliche Intelligenz", ALIASES)
    assert fold("Java", ALIASES) != fold("JavaScript", ALIASES)


def test_fold_is_deterministic_and_versioned():
    assert fold("Italienische Malerei") == fold("Italienische Malerei") == "italienisch malerei"
    assert fold_version(ALIASES).startswith(f"{FOLD_VERSION}:")
    assert fold_version(ALIASES) != fold_version(parse_aliases("Schach\tChess\n"))


def test_alias_list_errors_name_the_line():
    with pytest.raises(ValueError, match="line 2"):
        parse_aliases("Fußball\tFootball\nSoccer\tFootball\n", source="x.tsv")
    with pytest.raises(ValueError, match="x.tsv, line 1"):
        parse_aliases("lonely\n", source="x.tsv")


def test_the_shipped_alias_list_parses():
    from app.services.topics import curated_aliases

    table = curated_aliases()
    assert len(table) > 40
    assert fold("Artificial Intelligence", table) == fold("KI", table)


def test_sample_topics_are_canonical_so_the_generator_and_services_agree():
    # sample.py keys topics with fold(label) (no aliases); the services add the curated list.
    from app.services.sample_data import TOPICS
    from app.services.topics import curated_aliases

    table = curated_aliases()
    assert [label for label in TOPICS if fold(label) != fold(label, table)] == []
