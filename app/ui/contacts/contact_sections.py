"""Extra sections on the contact page, below its own fields, in this order.

Each section is a QWidget built as Section(services, navigator, parent=None) with `title()`
(translated) and `set_contact(contact_id)`, which the contact page calls whenever it shows
a contact. A section that fails to build is logged and skipped.
"""

from __future__ import annotations


def section_classes() -> list[type]:
    from app.ui.contacts.addresses_section import AddressesSection
    from app.ui.contacts.relationships_section import RelationshipsSection
    from app.ui.contacts.dates_section import DatesSection
    from app.ui.contacts.reminders_section import RemindersSection
    from app.ui.contacts.trust_ledger import TrustLedgerSection
    from app.ui.contacts.what_we_share import WhatWeShareSection

    return [AddressesSection, RelationshipsSection, DatesSection, WhatWeShareSection,
            TrustLedgerSection, RemindersSection]
