"""SQLite storage: tables, the Database object, migrations, search index, backups."""
