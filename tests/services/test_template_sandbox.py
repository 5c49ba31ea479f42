"""Hostile templates end in a clear "line N: …" problem within 2 s, with bounded output; never
MemoryError, RecursionError or a frozen window."""

import time

import pytest

from app.services.draft_templates import TemplateProblem, render_text
from app.services.template_sandbox import MAX_TEXT, MESSAGES

CONTEXT = {"name": "Maxi", "v": lambda du, sie: du}
HOSTILE = {
    "nested loops over range(100000)":
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
    "nested loops just under the range limit":
        "{% for i in range(9999) %}{% for j in range(9999) %}{% endfor %}{% endfor %}",
    "nested loops over long strings":
        "{% for i in 'x' * 99999 %}{% for j in 'x' * 99999 %}{% endfor %}{% endfor %}",
    "lipsum(n=10**6)": "{{ lipsum(n=10**6) }}",
    "huge %-format width": "{{ '%999999999d' % 1 }}",
    "huge str.format width": "{{ '{:999999999}'.format(1) }}",
    "str.format width from an argument": "{{ '{:{w}}'.format(1, w=999999999) }}",
    "format filter width": "{{ '%999999999s'|format('x') }}",
    "center filter width": "{{ 'x'|center(999999999) }}",
    "'a' * 10**8": "{{ 'a' * 10**8 }}",
    "'a' * 10**9": "{{ 'a' * 10**9 }}",
    "10**100000": "{{ 10**100000 }}",
    "repeated squaring": "{% set ns = namespace(n=3) %}{% for i in range(60) %}"
                         "{% set ns.n = ns.n * ns.n %}{% endfor %}{{ ns.n }}",
    "doubling with ~": "{% set ns = namespace(s='ab') %}{% for i in range(60) %}"
                       "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s }}",
    "doubling with +": "{% set ns = namespace(s='ab') %}{% for i in range(60) %}"
                       "{% set ns.s = ns.s + ns.s %}{% endfor %}{{ ns.s }}",
    "replace that grows": "{{ ('a' * 1000)|replace('a', 'a' * 1000)|replace('a', 'a' * 1000) }}",
    "wordwrap with a long wrapstring": "{{ ('a ' * 10000)|wordwrap(1, wrapstring='x' * 10000) }}",
    "list times a big number": "{{ ([1] * 10000) * 10000 }}",
    "a long output": "{% for i in range(10000) %}{{ 'x' * 99 }}{% endfor %}",
    "deeply nested parentheses": "{{ " + "(" * 5000 + "1" + ")" * 5000 + " }}",
    "deeply nested blocks": "{% if 1 %}" * 200 + "x" + "{% endif %}" * 200,
    "a macro calling itself": "{% macro m(n) %}{{ m(n + 1) }}{% endmacro %}{{ m(1) }}",
    "a very long template": "x" * 50_000,
}


@pytest.mark.parametrize("source", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_template_ends_in_a_clear_problem_quickly(source):
    started = time.monotonic()
    with pytest.raises(TemplateProblem) as caught:
        render_text(f"Hallo\n{source}", CONTEXT, "body")
    assert time.monotonic() - started < 2.0
    problem = caught.value
    assert problem.part == "body"
    assert problem.message in MESSAGES or problem.message.startswith(("OverflowError", "not allowed"))
    # the line that went over a limit (the deepest one for nesting); a template too long to
    # read at all has no line to point at
    assert problem.line == (0 if len(source) > 20_000 else 2), problem


def test_a_template_in_the_limits_renders_as_before():
    text = render_text("{{ name }} {{ 'ab' * 3 }} {{ 2 ** 10 }} {% for i in range(3) %}{{ i }}{% endfor %}"
                       " {{ '%5s'|format('x') }} {{ '{:>4}'.format(7) }}", CONTEXT)
    assert text == "Maxi ababab 1024 012 x 7"  # (tidy folds the padding spaces)
    assert len(render_text("{{ 'x' * 50000 }}", CONTEXT)) == 50000 <= MAX_TEXT


def test_the_line_of_the_problem_is_named():
    with pytest.raises(TemplateProblem) as caught:
        render_text("a\nb\nc {{ 'a' * 10**9 }}", CONTEXT)
    assert caught.value.line == 3 and "too long" in caught.value.message


def test_saving_a_slow_template_is_refused_within_the_budget(services):
    started = time.monotonic()
    with pytest.raises(TemplateProblem):
        services.drafts.save_template(
            "nudge", "de", 0, "Hallo",
            "{% for i in range(9000) %}{% for j in range(9000) %}{% endfor %}{% endfor %}",
        )
    assert time.monotonic() - started < 2.0
    assert not any(t.customized for t in services.drafts.templates("nudge", "de"))


def test_a_hostile_template_in_a_backup_is_refused_on_restore(services, tmp_path, clock):
    import json

    from app.services import Services
    from app.services.exporters.backup import RestoreError
    from app.storage.database import Database

    services.drafts.save_template("nudge", "de", 0, "Hallo", "{{ greeting }}\n\nnur kurz.")
    services.exports.export(tmp_path / "backup.json", "json")
    data = json.loads((tmp_path / "backup.json").read_text(encoding="utf-8"))
    block = data["tables"]["template"]
    block["rows"][0][block["columns"].index("body")] = "{{ 'a' * 10**9 }}"
    (tmp_path / "backup.json").write_text(json.dumps(data), encoding="utf-8")
    database = Database.open(tmp_path / "other" / "rapport.db")
    try:
        other = Services(database, clock)
        started = time.monotonic()
        with pytest.raises(RestoreError, match="template"):
            other.exports.restore(tmp_path / "backup.json")
        assert time.monotonic() - started < 3
        assert other.drafts.templates("nudge", "de")[0].customized is False
    finally:
        database.close()
