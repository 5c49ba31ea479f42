"""The hot-path read models: one home for the raw SQL that lists contacts, builds Today,
counts habits and searches (issue 15).

predicates.py   the shared conditions (a contact in the trash, archived, Me, on Today),
                each written once, and Where: a WHERE clause built from parts
raw.py          the plain DB-API cursor, read snapshots, datetimes as SQLite holds them
rows.py         row -> frozen dataclass decoders, one per shape
search.py       FTS5 query text (the index upkeep stays in app/storage/search.py)
contact_list.py the contacts list: ids in order, display columns, counts
today*.py       the Today parts' reads
habits.py       the 12-week habit series' GROUP BY reads

Services keep the rules (caps, buckets, hidden marks, series); thresholds come from
app.domain and reach SQL as bound parameters, read when the query is built.
This package imports nothing else from app.storage, so tables.py can import predicates.
"""
