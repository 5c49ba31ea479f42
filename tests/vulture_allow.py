"""vulture's allow list: names it reports as unused that are used, by a framework or by name.

tests/test_house_style.py runs: vulture app tests tests/vulture_allow.py --min-confidence 60
--exclude app/storage/migrations/versions. This file is parsed, never run (not a test_ file).
"""
# Bare names and attributes are how a vulture allow list marks a name used; parameter and
# fixture names are no module attributes, so they stand here undefined:
# ruff: noqa: B018, F821

from app import cli_commands
from app.domain.enums import Formality, Language
from app.services.changes import Kind
from app.services.importers.plan import ImportReport
from app.services.template_sandbox import BoundedSandbox
from app.storage.tables import Contact
from app.ui.contacts.contacts_page import ContactsPage
from app.ui.contacts.photo_button import PhotoButton
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.import_export.import_preview import DecisionDelegate
from app.ui.shell import restore_dialog
from app.ui.today.weekly_review import QuestionsStep

# CLI commands: argparse runs them through the registry that @command fills (cli_commands.py).
cli_commands._demo, cli_commands._import, cli_commands._restore, cli_commands._export_ics
cli_commands._ask, cli_commands._remove_sample, cli_commands._remind
cli_commands._encrypt, cli_commands._decrypt, cli_commands._change_key

# Enum members that are reached by value (Language("de"), Formality(setting), events.emit(
# "introductions" / "reminders") from code that names the string).
Language.DE, Language.EN, Formality.DU, Formality.SIE
Kind.INTRODUCTIONS, Kind.REMINDERS

# Signatures that must match the API they stand in for: QObject.tr's disambiguation (CliText),
# Jinja's Sandbox.call(__self, ...), Alembic's include_object(..., reflected, compare_to), the
# desktop-notifier backend (app_name, on_clicked), keyring's backend __new__.
disambiguation, __self, reflected, compare_to, app_name, on_clicked, __new__

# Read by Jinja's sandbox (the operators it routes through call_binop).
BoundedSandbox.intercepted_binops
# A field of the import report the writer fills (when the import finished); part of the record.
ImportReport.finished_at
# sqlite3.Connection.isolation_level: set to None for explicit transactions (storage/).
isolation_level

# Qt virtual overrides: Qt calls them, no Python code does.
PhotoButton.dragEnterEvent, PhotoButton.dropEvent
FlowLayout.takeAt, FlowLayout.expandingDirections, FlowLayout.hasHeightForWidth
DecisionDelegate.createEditor, DecisionDelegate.setEditorData, DecisionDelegate.setModelData
QuestionsStep.validatePage
# http.server handler methods (the tests' fake CardDAV servers): BaseHTTPRequestHandler calls them.
do_GET, do_PROPFIND, log_message

# Python references that keep a Qt object or a worker alive as long as its owner.
ContactsPage._search_keys
daily_backup, _rapport_background
# The restore table's columns by name; COL_SIZE documents the third one.
restore_dialog.COL_SIZE

# pytest: module marks and fixtures are found by name.
pytestmark
isolated_dirs, calendar_url, double_font, large_font, english_afterwards, quiet_digest
restore_language, root_log_handlers, usual_umask, system_theme_afterwards
translators_removed_afterwards, own_last_choice, input_then_queued_calls
scaled, themed  # tests/ui/test_row_heights.py

# A generated column read only by raw SQL (the Today read models in app/storage/queries).
Contact.follow_up_jd
# The name sort keys and their first steps (migration 0014), read only by raw SQL.
Contact.family_fold, Contact.given_fold, Contact.family_key, Contact.given_key
