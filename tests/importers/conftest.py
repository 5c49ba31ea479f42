from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


@pytest.fixture
def fixture_file():
    return lambda name: FIXTURES / name


def contact_by_name(services, name):
    """The full contact row for the one listed contact with this display name."""
    rows = [r for r in services.contacts.list_rows() if r.name == name]
    assert len(rows) == 1, f"expected one {name!r}, found {len(rows)}"
    return services.contacts.get(rows[0].id)
