# Developer shortcuts. CI (.ci/run) runs the README's test command, then `make smoke`.
PYTHON ?= $(shell [ -x .venv/bin/python ] && echo .venv/bin/python || echo python3)

.PHONY: test i18n i18n-check package smoke clean-package

test:  ## the fast suite
	$(PYTHON) -m pytest -q

i18n:  ## lupdate over app/, merge resources/translations/de/*.tsv, lrelease -> .ts + .qm
	$(PYTHON) -m app.i18n_build

i18n-check:  ## list strings that lack German (writes nothing; exit 1 if any)
	$(PYTHON) -m app.i18n_build --check

package:  ## one-folder PyInstaller app in dist/rapport/ (needs pip install -e '.[package]')
	packaging/build.sh $(PYTHON)

smoke:  ## build the bundle and run its --version and --self-test (2-5 min on 2 cores)
	packaging/smoke_test.sh $(PYTHON)

clean-package:
	rm -rf build/pyinstaller dist/rapport
