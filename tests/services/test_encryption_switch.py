"""EncryptionSwitch on the open app: a save made while the file is being encrypted waits
and lands in the encrypted file (not in the old plain one, which the swap would drop)."""

from __future__ import annotations

import threading

import pytest

from app.services.encryption_switch import PASSPHRASE, PLAIN, EncryptionSwitch
from app.storage import encryption, key_file
from app.storage.database import Database

pytest.importorskip("sqlcipher3")


def count(path, key):
    db = Database.open(path, key=key)
    try:
        with db.read() as conn:
            return conn.exec_driver_sql("SELECT count(*) FROM contact").scalar()
    finally:
        db.close()


def test_a_save_during_the_switch_waits_and_is_kept(services):
    services.contacts.create(given_name="Erste", family_name="Person")
    switch = EncryptionSwitch(services.db)
    copying, saved, results = threading.Event(), threading.Event(), []

    def progress(fraction):
        if not copying.is_set():
            copying.set()
            saved.wait(timeout=2)  # a save is attempted meanwhile: it must wait

    def encrypt():
        results.append(switch.turn_on("Kaffee am Morgen", progress))

    worker = threading.Thread(target=encrypt)
    worker.start()
    assert copying.wait(timeout=60)
    saver = threading.Thread(target=lambda: (
        services.contacts.create(given_name="Zweite", family_name="Person"), saved.set()))
    saver.start()
    saver.join(timeout=1)
    assert saver.is_alive()  # held at the gate while the file is copied
    worker.join(timeout=120)
    saver.join(timeout=60)
    assert not worker.is_alive() and not saver.is_alive() and results
    assert switch.state() == PASSPHRASE and encryption.looks_encrypted(services.db.path)
    key = key_file.key_for_text(services.db.path, results[0])[0]
    services.db.close()
    assert count(services.db.path, key) == 2


def test_turn_off_gives_back_the_same_rows(services):
    for name in ("Anna", "Bernd", "Carla"):
        services.contacts.create(given_name=name, family_name="Müller")
    switch = EncryptionSwitch(services.db)
    switch.turn_on("Kaffee am Morgen")
    switch.turn_off()
    assert switch.state() == PLAIN and not key_file.exists(services.db.path)
    assert sorted(row.name for row in services.contacts.list_rows("muller")) == [
        "Anna Müller", "Bernd Müller", "Carla Müller"]
