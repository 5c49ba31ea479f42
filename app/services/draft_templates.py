"""Draft templates: the shipped defaults under resources/templates/ and the sandboxed renderer.

A template file is `<language>/<occasion>.<variant>.txt`: a first line `Subject: …`, a blank
line, then the body. Both parts are Jinja2 templates rendered in an immutable sandbox with
StrictUndefined, so a template can neither reach Python internals nor silently print a
misspelt field as nothing.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import TemplateError, TemplateSyntaxError, UndefinedError
from jinja2.sandbox import SecurityError

from app.domain.drafts import tidy
from app.services.template_sandbox import (
    TOO_DEEP, TOO_LONG, TemplateLimit, deepest_line, new_environment, render_bounded,
)

TEMPLATE_NAME = "<template>"  # the filename Jinja gives from_string() code, seen in tracebacks


@dataclass(frozen=True)
class TemplateText:
    occasion: str
    language: str
    variant: int
    subject: str
    body: str
    customized: bool = False  # the user's own version, saved in the database


class TemplateProblem(ValueError):
    """A template that cannot be rendered: which part, which line (1-based, 0 if unknown)
    and what is wrong, in words a user can act on."""

    def __init__(self, part: str, line: int, message: str) -> None:
        where = f"{part}, line {line}" if line else part
        super().__init__(f"{where}: {message}")
        self.part = part
        self.line = line
        self.message = message


def templates_dir() -> Path:
    """resources/templates, installed as app.resources; in a source checkout, beside app/."""
    try:
        from importlib.resources import files

        return Path(str(files("app.resources") / "templates"))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[2] / "resources" / "templates"


@lru_cache(maxsize=None)
def default_templates(occasion: str, language: str) -> tuple[TemplateText, ...]:
    folder = templates_dir() / language
    found = []
    for path in sorted(folder.glob(f"{occasion}.*.txt")):
        variant = int(path.name.split(".")[-2])
        subject, body = split_template_file(path.read_text(encoding="utf-8"))
        found.append(TemplateText(occasion, language, variant, subject, body))
    return tuple(sorted(found, key=lambda t: t.variant))


def split_template_file(text: str) -> tuple[str, str]:
    first, _, rest = text.partition("\n")
    if not first.startswith("Subject:"):
        return "", text
    return first[len("Subject:") :].strip(), rest.lstrip("\n")


_ENV = new_environment()


@lru_cache(maxsize=512)
def _compiled(source: str):
    """Compiling is most of the cost of a render; the same few sources come back all day."""
    return _ENV.from_string(source)


def render_text(source: str, context: dict[str, Any], part: str = "body") -> str:
    """Render one part; any failure becomes a TemplateProblem naming the line. Bounded in time
    and size (template_sandbox), so a hostile template ends in a message, never a hang."""
    try:
        template = _compiled(source)
    except TemplateSyntaxError as exc:
        raise TemplateProblem(part, exc.lineno or 0, exc.message or str(exc)) from None
    except TemplateLimit as exc:
        raise TemplateProblem(part, 0, str(exc)) from None
    except (RecursionError, MemoryError, SyntaxError, ValueError, OverflowError):
        # Deep nesting overflows Jinja's parser or Python's compiler.
        raise TemplateProblem(part, deepest_line(source), TOO_DEEP) from None
    try:
        return tidy(render_bounded(template, context))
    except TemplateLimit as exc:
        raise TemplateProblem(part, _template_line(exc) or exc.line, str(exc)) from None
    except SecurityError as exc:
        raise TemplateProblem(
            part, _template_line(exc), f"not allowed: {exc} {_ONLY_FIELDS}"
        ) from None
    except UndefinedError as exc:
        line = _template_line(exc)
        if "'_" in (exc.message or ""):  # a dunder the sandbox hid: same refusal, same words
            raise TemplateProblem(part, line, f"not allowed: {exc.message}. {_ONLY_FIELDS}") from None
        raise TemplateProblem(part, line, f"unknown field: {exc.message}") from None
    except TemplateError as exc:
        raise TemplateProblem(part, _template_line(exc), exc.message or str(exc)) from None
    except RecursionError as exc:
        raise TemplateProblem(part, _template_line(exc) or deepest_line(source), TOO_DEEP) from None
    except MemoryError:
        raise TemplateProblem(part, 0, TOO_LONG) from None
    except Exception as exc:  # e.g. a filter given the wrong type: the user's template, not a bug
        raise TemplateProblem(part, _template_line(exc), f"{type(exc).__name__}: {exc}") from None


ONLY_FIELDS = _ONLY_FIELDS = "Templates may only use the draft's fields, not Python internals."


def _template_line(exc: BaseException) -> int:
    """Jinja rewrites tracebacks so that template frames carry the template's line numbers."""
    line = 0
    for frame, lineno in traceback.walk_tb(exc.__traceback__):
        if frame.f_code.co_filename == TEMPLATE_NAME:
            line = lineno
    return line
