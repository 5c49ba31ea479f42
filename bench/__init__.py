"""Rapport's benchmark: `python -m bench` measures the app at 50,000 contacts against floors
measured in the same run (and against a peer, khard), prints a table and writes JSON.

Figures, not pass/fail: nothing here is part of the test suite except a tiny smoke run.
"""
