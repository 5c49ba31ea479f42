"""Build Rapport's translations from the code and the per-area German word lists.

    python -m app.i18n_build           # write resources/translations/rapport_{de,en}.ts and .qm
    python -m app.i18n_build --check   # write nothing; list what lacks German; exit 1 if any

1. pyside6-lupdate extracts every self.tr() / translate() string from app/ (into a temp file).
2. The German comes from resources/translations/de/*.tsv, one file per area, each line
   "context<TAB>English source<TAB>German" (\\n and \\t escaped; a %n plural gives the German
   singular and plural separated by " | "). English .ts holds only the %n plural forms, derived
   from "(s)" in the source unless resources/translations/en/*.tsv says otherwise.
3. We write the .ts ourselves (sorted, without line numbers, so diffs stay small) and compile
   each with pyside6-lrelease. The .qm files are committed so a fresh install has them;
   tests/test_translations.py fails when they fall behind the code.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "app"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("de", "en")
PLURAL_SEPARATOR = " | "
PLACEHOLDER = re.compile(r"%(?:n|L?[1-9])")
# lupdate happily extracts self.tr(f"Hi {name}"), which then never matches at run time.
PYTHON_FORMAT = re.compile(r"\{[A-Za-z_][\w.]*(?:[!:][^}]*)?\}|\{\}")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    comment: str = ""


@dataclass(frozen=True)
class Entry:
    """One line of a TSV word list: where it came from and the translated forms."""

    origin: str  # "de/core.tsv:12", for error messages
    forms: tuple[str, ...]


class TsvError(ValueError):
    """A malformed word-list line; the message names the file and line."""


def unescape(text: str) -> str:
    return re.sub(r"\\([nt\\])", lambda m: {"n": "\n", "t": "\t", "\\": "\\"}[m.group(1)], text)


def read_word_lists(folder: Path) -> dict[tuple[str, str], Entry]:
    """Every TSV in folder, keyed by (context, source). Blank lines and # comments are skipped."""
    entries: dict[tuple[str, str], Entry] = {}
    for path in sorted(folder.glob("*.tsv")) if folder.is_dir() else []:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            origin = f"{path.parent.name}/{path.name}:{number}"
            if not line.strip() or line.startswith("#"):
                continue
            columns = line.split("\t")
            if len(columns) != 3 or not all(column.strip() for column in columns):
                raise TsvError(
                    f"{origin}: expected 3 tab-separated columns (context, English, German), "
                    f"found {len(columns)}: {line[:80]!r}"
                )
            context, source, translation = (unescape(column) for column in columns)
            key = (context.strip(), source)
            if key in entries and entries[key].forms != _forms(translation):
                raise TsvError(f"{origin}: {context}/{source!r} is already translated "
                               f"differently in {entries[key].origin}")
            entries[key] = Entry(origin, _forms(translation))
    return entries


def _forms(translation: str) -> tuple[str, ...]:
    return tuple(translation.split(PLURAL_SEPARATOR))


def tool(name: str) -> str:
    """The lupdate/lrelease binary shipped inside the PySide6 wheel."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("PySide6 is not installed; cannot run " + name)
    binary = Path(spec.submodule_search_locations[0]) / name
    return str(binary if binary.exists() else f"pyside6-{name}")


def extract_messages(sources: Path = SOURCES) -> list[Message]:
    """Run lupdate over every .py under sources and read back what it found."""
    files = sorted(str(path) for path in sources.rglob("*.py") if "__pycache__" not in path.parts)
    with tempfile.TemporaryDirectory() as tmp:
        ts_file = Path(tmp) / "extracted.ts"
        subprocess.run(
            [tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete", *files,
             "-ts", str(ts_file)],
            check=True, capture_output=True, text=True,
        )
        tree = ElementTree.parse(ts_file)
    messages = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            messages.add(Message(
                context=name,
                source=message.findtext("source", ""),
                numerus=message.get("numerus") == "yes",
                comment=message.findtext("comment", ""),
            ))
    return sorted(messages, key=lambda m: (m.context, m.source, m.comment))


def english_plural(source: str) -> tuple[str, str]:
    """'%n contact(s) found' -> ('%n contact found', '%n contacts found')."""
    singular = re.sub(r"(\w)\((\w+)\)", r"\1", source)
    plural = re.sub(r"(\w)\((\w+)\)", r"\1\2", source)
    return singular, plural


def forms_for(message: Message, language: str, words: dict) -> tuple[str, ...] | None:
    """The translation forms for message, or None when it is missing."""
    entry = words.get((message.context, message.source))
    if language == "en":
        if entry is not None:
            return entry.forms
        return english_plural(message.source) if message.numerus else (message.source,)
    return entry.forms if entry is not None else None


def placeholders(text: str) -> list[str]:
    return sorted(set(PLACEHOLDER.findall(text)))


def problems(messages: list[Message], language: str, words: dict) -> list[str]:
    """What keeps the translation from being complete: missing or with wrong placeholders."""
    found = []
    for message in messages:
        forms = forms_for(message, language, words)
        label = f"{message.context}\t{message.source!r}"
        if PYTHON_FORMAT.search(message.source):
            found.append(f"Python formatting in a translated string (an f-string or .format "
                         f"inside tr() is never translated; use %1 and .replace): {label}")
            continue
        if not message.context:
            found.append(f"no context for {message.source!r}: call self.tr() or "
                         "QCoreApplication.translate() by name (lupdate cannot see through "
                         "an alias such as tr = QCoreApplication.translate)")
            continue
        if forms is None:
            found.append(f"missing {language}: {label}")
            continue
        wanted = 2 if message.numerus else 1
        if len(forms) != wanted:
            found.append(f"{language} needs {wanted} form(s) separated by '{PLURAL_SEPARATOR}' "
                         f"({words[(message.context, message.source)].origin}): {label}")
            continue
        for form in forms:
            if placeholders(form) != placeholders(message.source):
                found.append(f"placeholders differ in {language} {form!r} "
                             f"(English has {placeholders(message.source)}): {label}")
    return found


def unused(messages: list[Message], words: dict) -> list[str]:
    """Word-list lines that match no string in the code (renamed or misspelt contexts)."""
    used = {(m.context, m.source) for m in messages}
    return sorted(f"{entry.origin}: {key[0]}\t{key[1]!r}"
                  for key, entry in words.items() if key not in used)


def render_ts(messages: list[Message], language: str, words: dict) -> str:
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{language}" sourcelanguage="en">']
    if language == "en":  # English needs only the plural forms; the rest is the source itself
        messages = [m for m in messages if m.numerus]
    contexts: dict[str, list[Message]] = {}
    for message in messages:
        contexts.setdefault(message.context, []).append(message)
    for context, items in contexts.items():
        lines += ["<context>", f"    <name>{_xml(context)}</name>"]
        for message in items:
            lines.append('    <message numerus="yes">' if message.numerus else "    <message>")
            lines.append(f"        <source>{_xml(message.source)}</source>")
            if message.comment:
                lines.append(f"        <comment>{_xml(message.comment)}</comment>")
            lines += _translation_lines(message, forms_for(message, language, words))
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def _translation_lines(message: Message, forms: tuple[str, ...] | None) -> list[str]:
    if forms is None:
        if not message.numerus:
            return ['        <translation type="unfinished"></translation>']
        forms, unfinished = ("", ""), True
    else:
        unfinished = False
    state = ' type="unfinished"' if unfinished else ""
    if not message.numerus:
        return [f"        <translation{state}>{_xml(forms[0])}</translation>"]
    return ([f"        <translation{state}>"]
            + [f"            <numerusform>{_xml(form)}</numerusform>" for form in forms]
            + ["        </translation>"])


def _xml(text: str) -> str:
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def compile_qm(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", "-nounfinished", str(ts_file), "-qm", str(qm_file)],
                   check=True, capture_output=True, text=True)


@dataclass(frozen=True)
class BuildResult:
    ts_text: dict[str, str]  # language -> .ts content
    problems: list[str]
    unused: list[str]


def build(sources: Path = SOURCES, translations: Path = TRANSLATIONS) -> BuildResult:
    """Everything the files would contain, without writing them."""
    messages = extract_messages(sources)
    texts, found, stale = {}, [], []
    for language in LANGUAGES:
        words = read_word_lists(translations / language)
        texts[language] = render_ts(messages, language, words)
        found += problems(messages if language == "de" else [m for m in messages if m.numerus],
                          language, words)
        stale += unused(messages, words)
    return BuildResult(texts, found, stale)


def write(result: BuildResult, translations: Path = TRANSLATIONS) -> list[Path]:
    written = []
    for language, text in result.ts_text.items():
        ts_file = translations / f"rapport_{language}.ts"
        ts_file.write_text(text, encoding="utf-8")
        compile_qm(ts_file, ts_file.with_suffix(".qm"))
        written += [ts_file, ts_file.with_suffix(".qm")]
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.i18n_build", description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="write nothing, report problems")
    args = parser.parse_args(argv)
    try:
        result = build()
    except TsvError as error:
        print(f"i18n: {error}", file=sys.stderr)
        return 2
    for line in result.unused:
        print(f"i18n: warning: unused translation {line}", file=sys.stderr)
    for line in result.problems:
        print(f"i18n: {line}", file=sys.stderr)
    if not args.check:
        for path in write(result):
            print(f"wrote {path.relative_to(ROOT)}")
    print(f"i18n: {len(result.problems)} problem(s)", file=sys.stderr)
    return 1 if args.check and result.problems else 0


if __name__ == "__main__":
    sys.exit(main())
