"""A Jinja2 sandbox with limits: a template is the user's text, not trusted code.

The immutable sandbox already blocks Python internals. This adds bounds, so that a template
like `{% for a in range(99999) %}{% for b in range(99999) %}…`, `{{ 'a' * 10**9 }}`,
`{{ 10**100000 }}`, `{{ lipsum(n=10**6) }}` or `{{ '%999999999d' % 1 }}` ends within a
fraction of a second in a TemplateLimit instead of freezing the window, eating memory or
raising MemoryError/RecursionError:

- every loop iterates through a guard that checks the deadline (inserted into the parsed
  template, so no loop escapes it), and so does every call, filter and operator;
- `*`, `**`, `+` and `%` refuse results over the size limit before computing them, and
  format widths over a few hundred characters are refused;
- range(), lipsum() and the filters that can grow text (center, indent, wordwrap, replace,
  format) are bounded;
- the output is collected chunk by chunk and cut off at the limit.
"""

from __future__ import annotations

import math
import re
import threading
import time
from typing import Any

from jinja2 import Environment, StrictUndefined, nodes
from jinja2.nodes import EvalContext
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment

MAX_SOURCE = 20_000  # characters of template text
MAX_TEXT = 100_000  # characters of any string a template builds, and of the output
MAX_INT_BITS = 4_000  # about 1,200 digits
MAX_RANGE = 10_000
MAX_WIDTH = 500  # a format width or padding
TIME_LIMIT = 1.0  # seconds per part (subject, body)
_GUARD = "__rapport_guard"
_CONCAT = "__rapport_concat"


class TemplateLimit(Exception):
    """A template went over a limit. The message is a fixed English sentence (translated by
    the UI, see MESSAGES). `line` is the template's line where it is known without a
    traceback (the output grew too long while that line was writing)."""

    line = 0


MESSAGES = (
    "The template takes too long to render (a loop that is too big?).",
    "The template builds a text that is too long.",
    "The template computes a number that is too big.",
    "A format width in the template is too big.",
    "The template is too long.",
    "The template is nested too deeply.",
)
TOO_SLOW, TOO_LONG, TOO_BIG, TOO_WIDE, SOURCE_TOO_LONG, TOO_DEEP = MESSAGES

_state = threading.local()


def tick() -> None:
    deadline = getattr(_state, "deadline", None)
    if deadline is not None and time.monotonic() > deadline:
        raise TemplateLimit(TOO_SLOW)


def _guarded(iterable):
    for item in iterable:
        tick()
        yield item


def _concat(*parts: Any) -> str:
    """`a ~ b`: refused before joining when the result would be over the limit."""
    tick()
    texts = [str(part) for part in parts]
    if sum(map(len, texts)) > MAX_TEXT:
        raise TemplateLimit(TOO_LONG)
    return "".join(texts)


def _size(value: Any) -> int | None:
    return len(value) if isinstance(value, (str, list, tuple)) else None


def _check_text(value: Any) -> Any:
    if isinstance(value, str) and len(value) > MAX_TEXT:
        raise TemplateLimit(TOO_LONG)
    return value


_PERCENT_SPEC = re.compile(r"%(?:\([^)]*\))?[-+ #0]*(\*|\d+)?(?:\.(\*|\d+))?")
_BRACE_SPEC = re.compile(r"\{[^{}]*:([^{}]*)\}|\{[^{}]*:[^{}]*\{")


def _check_percent_format(text: str) -> None:
    for width, precision in _PERCENT_SPEC.findall(text):
        for number in (width, precision):
            if number == "*" or (number and int(number) > MAX_WIDTH):
                raise TemplateLimit(TOO_WIDE)


def _check_brace_format(text: str) -> None:
    for match in _BRACE_SPEC.finditer(text):
        spec = match.group(1)
        if spec is None:  # a nested field in the spec: "{:{width}}"
            raise TemplateLimit(TOO_WIDE)
        if any(int(n) > MAX_WIDTH for n in re.findall(r"\d+", spec)):
            raise TemplateLimit(TOO_WIDE)


def _check_int(value: Any) -> None:
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > MAX_INT_BITS:
        raise TemplateLimit(TOO_BIG)


def _binop_ok(operator: str, left: Any, right: Any) -> None:
    tick()
    ints = all(isinstance(v, int) and not isinstance(v, bool) for v in (left, right))
    if operator == "*":
        for seq, count in ((left, right), (right, left)):
            if _size(seq) is not None and isinstance(count, int) and _size(seq) * max(count, 0) > MAX_TEXT:
                raise TemplateLimit(TOO_LONG)
        if ints and left.bit_length() + right.bit_length() > MAX_INT_BITS:
            raise TemplateLimit(TOO_BIG)
    elif operator == "**":
        if ints and right > 0 and abs(left) > 1 and right * math.log2(abs(left)) > MAX_INT_BITS:
            raise TemplateLimit(TOO_BIG)
    elif operator == "+":
        if _size(left) is not None and _size(right) is not None and \
                _size(left) + _size(right) > MAX_TEXT:
            raise TemplateLimit(TOO_LONG)
    elif operator == "%" and isinstance(left, str):
        _check_percent_format(left)


def _bounded_range(*args: int):
    numbers = range(*args)
    if len(numbers) > MAX_RANGE:
        raise TemplateLimit(TOO_SLOW)
    return _guarded(numbers)


def _bounded_filter(name: str, function):
    def run(*args, **kwargs):
        tick()
        # The value and the filter's arguments, without the environment or context that
        # @pass_environment/@pass_context filters get first.
        args = tuple(args)
        plain = [a for a in args if not isinstance(a, (Environment, EvalContext, Context))]
        values = plain + list(kwargs.values())
        for value in values:
            _check_int(value)
        text = plain[0] if plain and isinstance(plain[0], str) else ""
        if name in ("center", "indent", "wordwrap", "truncate"):
            numbers = [v for v in values[1:] if isinstance(v, int) and not isinstance(v, bool)]
            if any(abs(n) > MAX_TEXT for n in numbers) or \
                    (name == "center" and any(n > MAX_WIDTH + len(text) for n in numbers)):
                raise TemplateLimit(TOO_WIDE)
            strings = [v for v in values if isinstance(v, str) and v is not text]
            growth = max((len(s) for s in strings), default=0)
            if growth and (len(text) + 1) * (growth + 1) > MAX_TEXT:
                raise TemplateLimit(TOO_LONG)
        elif name == "replace" and len(values) >= 3:
            old, new = str(values[1]), str(values[2])
            if len(text) * (len(new) + 1) // max(len(old), 1) > MAX_TEXT and len(new) > len(old):
                raise TemplateLimit(TOO_LONG)
        elif name == "format":
            _check_percent_format(text)
        result = function(*args, **kwargs)
        _check_int(result)
        return _check_text(result)

    for attribute in ("jinja_pass_arg",):  # keep @pass_environment/@pass_context markers
        if hasattr(function, attribute):
            setattr(run, attribute, getattr(function, attribute))
    return run


def _replace(tree, old, new) -> None:
    """Put new where old is in the parsed template (Jinja nodes keep children in fields)."""
    for parent in tree.find_all(nodes.Node):
        for field in parent.fields:
            value = getattr(parent, field, None)
            if value is old:
                setattr(parent, field, new)
                return
            if isinstance(value, list) and any(item is old for item in value):
                setattr(parent, field, [new if item is old else item for item in value])
                return


class BoundedSandbox(ImmutableSandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.filters = {name: _bounded_filter(name, f) for name, f in self.filters.items()}
        real_lipsum = self.globals["lipsum"]

        def lipsum(n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> str:
            if not (0 <= n <= 20 and 0 <= min <= max <= 200):
                raise TemplateLimit(TOO_LONG)
            return real_lipsum(n, html, min, max)

        self.globals.update(range=_bounded_range, lipsum=lipsum, **{_GUARD: _guarded, _CONCAT: _concat})

    def _parse(self, source, name, filename):
        if len(source) > MAX_SOURCE:
            raise TemplateLimit(SOURCE_TOO_LONG)
        tree = super()._parse(source, name, filename)
        for loop in tree.find_all(nodes.For):  # every loop ticks the clock
            loop.iter = nodes.Call(
                nodes.Name(_GUARD, "load", lineno=loop.lineno), [loop.iter], [], None, None,
                lineno=loop.lineno,
            )
        for concat in list(tree.find_all(nodes.Concat)):  # "a ~ b" is bounded like "a + b"
            call = nodes.Call(nodes.Name(_CONCAT, "load", lineno=concat.lineno), concat.nodes,
                              [], None, None, lineno=concat.lineno)
            _replace(tree, concat, call)
        return tree

    def call_binop(self, context, operator: str, left: Any, right: Any) -> Any:
        _binop_ok(operator, left, right)
        result = super().call_binop(context, operator, left, right)
        _check_int(result)
        return _check_text(result)

    def call(__self, __context, __obj, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        tick()
        for value in (*args, *kwargs.values()):
            _check_int(value)
        return _check_text(super().call(__context, __obj, *args, **kwargs))

    def wrap_str_format(self, value: Any):
        wrapper = super().wrap_str_format(value)
        if wrapper is not None:
            _check_brace_format(value.__self__)
        return wrapper


def new_environment() -> BoundedSandbox:
    return BoundedSandbox(
        autoescape=False,  # plain text, not HTML
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )


class budget:
    """A total time budget for several renders (checking a template renders it eight times)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def __enter__(self):
        self.outer = getattr(_state, "deadline", None)
        mine = time.monotonic() + self.seconds
        _state.deadline = mine if self.outer is None else min(self.outer, mine)

    def __exit__(self, *exc) -> None:
        _state.deadline = self.outer


def render_bounded(template, context: dict[str, Any]) -> str:
    """Render within the time budget, collecting at most MAX_TEXT characters."""
    outer = getattr(_state, "deadline", None)
    mine = time.monotonic() + TIME_LIMIT
    _state.deadline = mine if outer is None else min(outer, mine)
    try:
        parts: list[str] = []
        size = 0
        chunks = template.generate(context)
        for chunk in chunks:
            tick()
            size += len(chunk)
            if size > MAX_TEXT:
                limit = TemplateLimit(TOO_LONG)
                limit.line = _output_line(template, chunks)
                raise limit
            parts.append(chunk)
        return "".join(parts)
    finally:
        _state.deadline = outer


def _output_line(template, chunks) -> int:
    """The template line that was writing when the output went over the limit: the render
    generator that generate() delegates to is paused there."""
    inner = getattr(chunks, "gi_yieldfrom", None)
    frame = getattr(inner, "gi_frame", None)
    try:
        return template.get_corresponding_lineno(frame.f_lineno) if frame else 0
    except Exception:  # no debug info: the line stays unknown
        return 0


_OPENS = re.compile(r"[(\[{]|\{%-?\s*(?:if|for|macro|call|filter|block|with)\b")
_CLOSES = re.compile(r"[)\]}]|\{%-?\s*end\w*")


def deepest_line(source: str) -> int:
    """The line where brackets and blocks nest deepest: where a "nested too deeply" points."""
    depth, deepest, line = 0, -1, 0
    for number, text in enumerate(source.split("\n"), start=1):
        for match in re.finditer(f"{_OPENS.pattern}|{_CLOSES.pattern}", text):
            depth += -1 if _CLOSES.fullmatch(match.group()) else 1
            if depth > deepest:
                deepest, line = depth, number
    return line
