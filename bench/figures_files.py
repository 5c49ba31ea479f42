"""Figures over files: importing 10,000 vCards (vs vobject's bare parse of the same file) and
10,000 LinkedIn connections, and the peer: khard over the same 10,000 contacts as a vdir."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
from pathlib import Path

from bench import dataset
from bench.context import Context, feature
from bench.figures_core import KeystrokeView, bare_fts
from bench.harness import Figure, measure_pair, not_built
from bench.profiling import explain

PEER_QUERIES = ("müller", "python", "siemens")
# khard's own fast path (grep the .vcf files before parsing the matches): 20-25x faster
# than its default here (about 1.9 s instead of 44 s for "müller" in 10,000 contacts), so
# the peer is measured at its best.
KHARD_LIST = ("list", "--search-in-source-files", "--parsable")


def prepare(ctx: Context, folder: Path) -> None:
    """The vCard file, the vdir and Connections.csv from the peer-size database, written
    once into the database's cache folder, per version of the exporter that wrote them."""
    exporters = feature("app.services.exporters")
    folder = folder / f"files-{dataset.source_digest(exporters) if exporters else 'none'}"
    folder.mkdir(parents=True, exist_ok=True)
    vcf, vdir, linkedin = folder / "contacts.vcf", folder / "vdir", folder / "Connections.csv"
    if not vcf.exists():
        cards = dataset.vcard_cards(ctx.peer_services, ctx.peer_contacts)
        if cards is not None:
            for stale in (vdir, folder / "vdir.partial"):
                shutil.rmtree(stale, ignore_errors=True)
            dataset.write_vdir(cards, folder / "vdir.partial").rename(vdir)
            partial = folder / "contacts.vcf.partial"
            partial.write_text("".join(cards), encoding="utf-8", newline="")
            partial.rename(vcf)
    if vcf.exists():
        ctx.files.update(vcf=vcf, vdir=vdir, khard_home=ctx.work / "khard-config")
        dataset.khard_config(vdir, ctx.files["khard_home"])
    if not linkedin.exists():
        partial = dataset.linkedin_connections(ctx.peer_services, ctx.peer_contacts,
                                               folder / "Connections.csv.partial")
        partial.rename(linkedin)
    ctx.files["linkedin"] = linkedin


def _importer(ctx: Context, folder: str):
    """A callable importing a file into a fresh empty database (the setup is untimed)."""
    state = {}

    def setup() -> None:
        if "services" in state:
            state["services"].db.close()
        state["services"] = dataset.empty_services(ctx.work / folder)

    def run(path: Path, format: str) -> None:
        state["report"] = state["services"].imports.import_file(path, format)

    return state, setup, run


def imports(ctx: Context) -> list[Figure]:
    vcard_label = f"Import {ctx.peer_contacts:,} vCards"
    linkedin_label = f"Import {ctx.peer_contacts:,} LinkedIn connections"
    if not hasattr(ctx.peer_services, "imports"):
        return [not_built("import:vcard", vcard_label, goal_ratio=0.5),
                not_built("import:linkedin", linkedin_label)]
    figures = []
    if "vcf" not in ctx.files:
        figures.append(not_built("import:vcard", vcard_label, goal_ratio=0.5,
                                 floor_label="(needs the vCard exporter)"))
    else:
        import vobject

        path = ctx.files["vcf"]
        state, setup, run = _importer(ctx, "import-vcard")

        def bare() -> None:
            for _card in vobject.readComponents(path.read_text(encoding="utf-8")):
                pass

        value, floor = measure_pair(lambda: run(path, "vcard"), bare, ctx.few, warmup=0,
                                    setup=setup)
        created = getattr(state.get("report"), "created", None)
        figure = Figure("import:vcard", f"{vcard_label} into an empty DB ({created} created)",
                        value=value, floor_label="vobject.readComponents", floor=floor,
                        goal_ratio=0.5)
        setup()
        figures.append(explain(figure, lambda: run(path, "vcard")))
        state["services"].db.close()
    path = ctx.files["linkedin"]
    state, setup, run = _importer(ctx, "import-linkedin")

    def bare_csv() -> None:
        with path.open(encoding="utf-8", newline="") as handle:
            for _row in csv.reader(handle):
                pass

    value, floor = measure_pair(lambda: run(path, "linkedin_connections"), bare_csv, ctx.few,
                                warmup=0, setup=setup)
    created = getattr(state.get("report"), "created", None)
    figures.append(Figure("import:linkedin", f"{linkedin_label} into an empty DB ({created} created)",
                          value=value, floor_label="csv.reader", floor=floor))
    state["services"].db.close()
    return figures


def khard_binary() -> str | None:
    beside = Path(sys.executable).with_name("khard")
    return str(beside) if beside.exists() else shutil.which("khard")


def peer(ctx: Context) -> list[Figure]:
    """Rapport's keystroke (query + model + paint) vs `khard list QUERY` (a new process that
    loads the vdir), over the same contacts, interleaved. Ratio < 1: Rapport is faster."""
    khard = khard_binary()
    labels = [f"Peer: search “{q}” in {ctx.peer_contacts:,} contacts" for q in PEER_QUERIES]
    if khard is None or "vdir" not in ctx.files:
        why = "khard not installed (pip install -e '.[bench]')" if khard is None else \
            "needs the vCard exporter"
        return [not_built(f"peer:{q}", label, floor_label=why)
                for q, label in zip(PEER_QUERIES, labels)]
    env = dict(os.environ, XDG_CONFIG_HOME=str(ctx.files["khard_home"]))
    view = KeystrokeView(ctx, ctx.peer_services)
    conn, fts = bare_fts(ctx.peer_db_path)
    figures = []
    try:
        for query, label in zip(PEER_QUERIES, labels):
            found = {}

            def run_khard(query: str = query, found: dict = found) -> None:
                done = subprocess.run([khard, *KHARD_LIST, query], env=env,
                                      capture_output=True, text=True, timeout=600)
                found["khard"] = len(done.stdout.splitlines())

            value, floor = measure_pair(lambda query=query: view.type(query), run_khard, ctx.few)
            hits = len(fts(query))
            figures.append(Figure(
                f"peer:{query}", f"{label} (Rapport {hits}, khard {found['khard']} matches)",
                value=value, floor_label="khard list -f (peer)", floor=floor,
                extra={"rapport_matches": hits, "khard_matches": found["khard"]},
            ))
    finally:
        view.close()
        conn.close()
    return figures
