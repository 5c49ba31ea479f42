"""The contact page keeps how drafts greet a person: Anrede, title, greeting style."""

from PySide6.QtCore import Qt

from tests.ui.test_contact_fields import contact_page


def choose(qtbot, combo, key):
    """Pick an entry as a person does: focus the closed combo and press Down until it shows."""
    combo.setFocus()
    for _ in range(combo.count()):
        if combo.currentData() == key:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{key!r} not offered")


def test_anrede_title_and_greeting_style_are_saved_and_used_by_drafts(qtbot, services, person):
    services.contacts.update(person, formality="sie")
    page = contact_page(qtbot, services, person)
    fields = page.fields
    choose(qtbot, fields.anrede, "Frau")
    fields.title.setFocus()
    qtbot.keyClicks(fields.title, "Dr.")
    qtbot.keyClick(fields.title, Qt.Key.Key_Return)
    choose(qtbot, fields.greeting_style, "sehr_geehrte")
    contact = services.contacts.get(person)
    assert (contact.anrede, contact.title, contact.greeting_style) == ("Frau", "Dr.", "sehr_geehrte")
    draft = services.drafts.render(person, "birthday", "de")
    assert draft.body.startswith("Sehr geehrte Frau Dr. Müller,")
    assert draft.subject in ("Alles Gute zum Geburtstag, Frau Dr. Müller!",
                             "Herzlichen Glückwunsch zum Geburtstag!",
                             "Happy Birthday, Frau Dr. Müller!")
    page.set_contact(person)  # shown again as stored
    assert fields.anrede.currentText() in ("Frau (Ms)", "Frau") and fields.title.text() == "Dr."
