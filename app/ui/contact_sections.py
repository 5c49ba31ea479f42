"""Extra sections on the contact page, below its own fields, in this order.

Each entry is "module:Class"; the class is a QWidget built as Section(services, navigator,
parent=None) with `title()` (translated) and `set_contact(contact_id)`, which the contact
page calls whenever it shows a contact. Imported lazily; a broken section is logged and skipped.
"""

SECTIONS: list[str] = [
    "app.ui.what_we_share:WhatWeShareSection",
    "app.ui.trust_ledger:TrustLedgerSection",
    "app.ui.reminders_section:RemindersSection",
]
