"""Figures over the services at full size: search, Today, matching, dashboard, logging."""

from __future__ import annotations

import sqlite3
import time
from itertools import count

from bench.context import Context, feature
from bench.harness import Figure, measure, measure_pair, not_built
from bench.profiling import explain

# What people type: a two-letter prefix (many hits), a full name with an umlaut, a topic,
# a folded name (zoe finds Zoë), a two-word topic and a name plus company.
SEARCH_QUERIES = ("mü", "müller", "python", "zoe", "industrie 4.0", "lukas siemens")


def bare_fts(db_path) -> tuple[sqlite3.Connection, callable]:
    """The floor of a keystroke: the FTS5 query alone, on a plain sqlite3 connection."""
    from app.storage.queries.search import match_expression

    from app.storage.uris import sqlite_uri

    conn = sqlite3.connect(sqlite_uri(db_path, mode="ro"), uri=True)

    def run(query: str) -> list:
        return conn.execute("SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?",
                            (match_expression(query),)).fetchall()

    return conn, run


class KeystrokeView:
    """One keystroke as the app handles it: the real Contacts page (1280×800, shown and
    exposed) gets the text and refreshes — query, model update — then the event loop runs
    until the list has painted. The page's debounce timer is skipped: it delays, it does
    not cost. If the page cannot be built, the brief's minimum stands in: list_rows(query)
    → the app's table model → a painted view."""

    def __init__(self, ctx: Context, services) -> None:
        ctx.qt()
        self.ctx = ctx
        self.services = services
        self.page = None
        try:
            from app.ui.contacts.contacts_page import ContactsPage

            self.page = ContactsPage(services, _NoNavigation())
            self.widget = self.page
            self.kind = "Contacts page"
        except Exception:  # noqa: BLE001 - the fallback below still measures the core path
            from PySide6.QtWidgets import QTableView

            from app.ui.contacts.contacts_model import ContactsTableModel

            self.model = ContactsTableModel()
            self.widget = QTableView()
            self.widget.setModel(self.model)
            self.kind = "list_rows + model + view"
        self.widget.resize(1280, 800)
        self.widget.show()
        # Until the window is exposed, repaint() paints nothing at all (an earlier version
        # of this figure timed no paint).
        shows = [self._viewport()] + ([self.page.no_match, self.page.empty] if self.page else [])
        self.paints = _PaintCounter(shows)
        _wait_until(lambda: self.widget.windowHandle() and self.widget.windowHandle().isExposed())

    def _viewport(self):
        return (self.page.table if self.page is not None else self.widget).viewport()

    def type(self, query: str) -> None:
        painted = self.paints.count
        if self.page is not None:
            search = self.page.search
            search.blockSignals(True)  # no debounce timer: refresh now, as it would fire
            search.setText(query)
            search.blockSignals(False)
            self.page.refresh()
            # Qt skips a paint when nothing changed (the same "no match" again); ask for it,
            # so that every keystroke ends with its outcome painted. update() merges with
            # the paint the refresh already asked for.
            shown = self.page.list_stack.currentWidget()
            (self._viewport() if shown is self.page.table else shown).update()
        else:
            self.model.set_rows(self.services.contacts.list_rows(query))
            self._viewport().update()
        _wait_until(lambda: self.paints.count > painted)

    def shows_rows(self, *queries: str) -> bool:
        """Type the first of these queries that lists contacts; False if none does."""
        for query in queries:
            self.type(query)
            if self.page.model.rowCount():
                return True
        return False

    def paint(self) -> None:
        painted = self.paints.count
        self._viewport().repaint()
        if self.paints.count == painted:
            raise RuntimeError("the list did not paint")

    def paint_shown(self) -> None:
        """Repaint what a keystroke left in view (the rows, or the no-match line)."""
        if self.page is None:
            self.widget.repaint()
            return
        shown = self.page.list_stack.currentWidget()
        (self._viewport() if shown is self.page.table else shown).repaint()

    def close(self) -> None:
        from bench.figures_ui import close_for_good

        close_for_good(self.ctx, self.widget)


def _wait_until(done, limit_s: float = 5.0) -> None:
    """Run the event loop until done() (the way the app gets to a paint), or fail."""
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + limit_s
    while not done():
        if time.monotonic() > deadline:
            raise RuntimeError("the keystroke did not paint the list within 5 s")
        QApplication.processEvents()


class _PaintCounter:
    """Paints of the widgets that show a search's outcome (the list, or the no-match label)."""

    def __init__(self, widgets) -> None:
        from PySide6.QtCore import QEvent, QObject

        counter = self

        class Filter(QObject):
            def eventFilter(self, _watched, event) -> bool:
                if event.type() == QEvent.Type.Paint:
                    counter.count += 1
                return False

        self.count = 0
        self._filter = Filter()
        for widget in widgets:
            widget.installEventFilter(self._filter)


class _NoNavigation:
    """A Navigator that goes nowhere: the keystroke figure never leaves the list."""

    def show_page(self, key):
        pass

    def open_contact(self, contact_id):
        pass

    def log_interaction(self, contact_id=None):
        pass

    def draft_message(self, contact_id, occasion=None, **context):
        pass


def search(ctx: Context) -> list[Figure]:
    conn, floor = bare_fts(ctx.db_path)
    view = KeystrokeView(ctx, ctx.services)
    figures = []
    try:
        for query in SEARCH_QUERIES:
            # The floor (issue 21): the work no implementation can avoid, the bare FTS5
            # query plus painting one screen of rows, both measured here, run by run.
            def least(query=query) -> None:
                floor(query)
                view.paint_shown()

            view.type(query)  # the list has rows to paint in the floor's paint
            value, bare = measure_pair(lambda query=query: view.type(query), least, ctx.runs)
            hits = len(floor(query))
            figures.append(explain(Figure(
                f"search:{query}", f"Search keystroke “{query}” ({hits:,} matches)",
                value=value, floor_label="bare FTS5 MATCH + paint alone", floor=bare,
                goal_ratio=1.5, extra={"matches": hits, "measured_through": view.kind},
            ), lambda query=query: view.type(query)))
        if view.page is not None and view.shows_rows(*SEARCH_QUERIES):
            figures.append(Figure(
                "search-paint", "Paint alone: one screen of results, no query (part of each keystroke)",
                value=measure(view.paint, ctx.runs),
                note="The paint is most of a keystroke whose FTS5 query takes under a millisecond.",
            ))
    finally:
        view.close()
        conn.close()
    return figures


def today(ctx: Context) -> list[Figure]:
    """The build against its floor: the very SQL statements one build runs (recorded from
    it), executed on a plain sqlite3 connection with nothing made of the rows."""
    label = "Today list build"
    service = getattr(ctx.services, "today", None)
    if service is None or not hasattr(service, "build"):
        return [not_built("today", label, goal_value=15)]
    statements = recorded_today_sql(service)
    floor_conn = None
    if statements:
        from app.storage.database import CACHE_KIB
        from app.storage.uris import sqlite_uri

        floor_conn = sqlite3.connect(sqlite_uri(ctx.db_path, mode="ro"), uri=True)
        floor_conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")  # as the app's connections

    def bare_sql() -> None:
        floor_conn.execute("BEGIN")
        for sql, params in statements:
            floor_conn.execute(sql, params).fetchall()
        floor_conn.execute("COMMIT")

    items = []
    if floor_conn is not None:
        stats, floor = measure_pair(lambda: items.append(service.build()), bare_sql, ctx.runs)
        floor_conn.close()
    else:  # a build that does not read through a recordable snapshot: no floor
        stats, floor = measure(lambda: items.append(service.build()), ctx.runs), None
    built = items[-1]
    shown = len(built.items()) if hasattr(built, "items") else None
    figure = Figure("today", f"{label} ({shown} items shown)" if shown is not None else label,
                    value=stats, goal_value=15, extra={"items": shown, "statements": len(statements)},
                    floor_label=f"its {len(statements)} SQL statements, bare sqlite3" if floor else "",
                    floor=floor)
    return [explain(figure, service.build)]


def recorded_today_sql(service) -> list[tuple[str, object]]:
    """The statements one Today build executes, with their parameters."""
    try:
        from app.services import today as today_module
    except ImportError:
        return []
    snapshot = getattr(today_module, "snapshot", None)
    if snapshot is None:
        return []
    from contextlib import contextmanager

    seen: list[tuple[str, object]] = []

    class Recording:
        def __init__(self, cursor) -> None:
            self.cursor = cursor

        def execute(self, sql, params=()):
            seen.append((sql, params))
            return self.cursor.execute(sql, params)

    @contextmanager
    def recording(db):
        with snapshot(db) as cursor:
            yield Recording(cursor)

    today_module.snapshot = recording
    try:
        service.build()
    finally:
        today_module.snapshot = snapshot
    return seen


def matching(ctx: Context) -> list[Figure]:
    one, page = "Matches for one contact", "Introductions page (network-wide)"
    service_class = feature("app.services.matching", "MatchingService")
    if service_class is None:
        return [not_built("matching:one", one, goal_value=5),
                not_built("matching:network", page, goal_value=500)]
    service = ctx.services.matching
    ids = [row.id for row in ctx.services.contacts.list_rows(limit=200)][::7]
    turn = count()  # a different contact each call
    stats = measure(lambda: service.introductions_for(ids[next(turn) % len(ids)]), ctx.runs * 3)
    figures = [explain(Figure("matching:one", f"{one} (introductions_for, k=5)", value=stats,
                              goal_value=5), lambda: service.introductions_for(ids[0]))]
    fresh = {}

    def new_service():  # a cold page: the network index is built on first use
        fresh["s"] = service_class(ctx.services.db, ctx.services.clock, ctx.services.events)

    cold = measure(lambda: fresh["s"].network_introductions(), ctx.few, warmup=0,
                   setup=new_service)
    warm = measure(lambda: fresh["s"].network_introductions(), ctx.runs)
    figures.append(explain(Figure("matching:network", f"{page}, first open (top 20)",
                                  value=cold, goal_value=500, extra={"warm": warm.__dict__}),
                           lambda: (new_service(), fresh["s"].network_introductions())))
    figures.append(Figure("matching:network-warm", f"{page}, again (index cached)", value=warm))
    return figures


def dashboard(ctx: Context) -> list[Figure]:
    label = "Dashboard build"
    service_class = feature("app.services.dashboard", "DashboardService")
    if service_class is None:
        return [not_built("dashboard", label)]
    from app.services.events import Events

    fresh = {}

    def new_service():  # habits are cached until data changes: measure the first build
        fresh["s"] = service_class(ctx.services.db, ctx.services.clock, Events())

    cold = measure(lambda: fresh["s"].build(), ctx.few, warmup=0, setup=new_service)
    warm = measure(lambda: fresh["s"].build(), ctx.runs)
    return [explain(Figure("dashboard", f"{label}, first open (12-week habits)", value=cold,
                           goal_value=300), lambda: (new_service(), fresh["s"].build())),
            Figure("dashboard-warm", f"{label}, again (habits cached)", value=warm)]


def log_interaction(ctx: Context) -> list[Figure]:
    """interactions.log (write + derived stats + FTS re-index) vs one bare committed insert
    on the same file with the same durability (WAL, synchronous=FULL)."""
    from app.domain.enums import Channel, Direction

    services = ctx.services
    ids = [row.id for row in services.contacts.list_rows(limit=500)][::11]
    turn = count()  # a different contact each call
    raw = sqlite3.connect(ctx.db_path, isolation_level=None)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA synchronous = FULL")
    raw.execute("CREATE TABLE IF NOT EXISTS bench_floor (x TEXT)")

    def bare() -> None:
        raw.execute("BEGIN")
        raw.execute("INSERT INTO bench_floor VALUES ('Kaffee nach dem Meetup')")
        raw.execute("COMMIT")

    def log() -> None:
        services.interactions.log(ids[next(turn) % len(ids)], Channel.EMAIL, Direction.OUTBOUND,
                                  summary="Nachgefragt wegen Industrie 4.0",
                                  notes="Bench: a short note about the Hannover Messe")

    try:
        value, floor = measure_pair(log, bare, ctx.runs)
    finally:
        raw.execute("DROP TABLE IF EXISTS bench_floor")
        raw.close()
    return [explain(Figure("log", "Log an interaction (write + stats + index)", value=value,
                           floor_label="bare INSERT + COMMIT", floor=floor, goal_ratio=5.0),
                    log)]


