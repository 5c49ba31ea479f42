"""Sync across devices: CardDAV two-way for contacts (engine.py), CalDAV one way for dates
(calendar.py).

Qt-free: it uses services, storage and domain, never ui. dav.py is the HTTP client,
vcard_map.py maps a contact to a server vCard and back, merge.py merges a contact changed on
both sides, store.py keeps the sync state (tables sync_card and sync_collection).
"""
