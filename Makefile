# Two commands: `make run` opens the app on a demo database, `make test` runs every test.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
QM := $(patsubst %.ts,%.qm,$(wildcard resources/i18n/*.ts))

.PHONY: run test lint bench screenshot translations clean bundle smoke installer

$(STAMP): pyproject.toml
	PYTHON=$(PYTHON) sh scripts/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

run: $(STAMP) $(QM)
	PYTHON=$(BIN)/python sh scripts/system-deps.sh gui
	$(BIN)/python main.py --demo

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check . && $(BIN)/ruff format --check . && $(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python -m bench

screenshot: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshot.py docs/screenshot.png

# The PyInstaller one-folder app (installer/vipdesk.spec) and its self-check; the Windows installer
# (NSIS) is built on Windows (.github/workflows/windows.yml), `make installer` only proves it compiles.
BUNDLE_STAMP := $(VENV)/.bundle-stamp
$(BUNDLE_STAMP): pyproject.toml $(STAMP)
	$(BIN)/pip install --quiet -e ".[dev,bundle]"
	touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP) $(QM)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		installer/vipdesk.spec
	@du -sh dist/VIPDesk

smoke: bundle
	QT_QPA_PLATFORM=offscreen dist/VIPDesk/VIPDesk --smoke

installer: $(STAMP)  # after `make bundle`
	test -x dist/VIPDesk/VIPDesk || $(MAKE) bundle
	makensis -V2 -WX -DVERSION=$$($(BIN)/python -c "import vipdesk; print(vipdesk.__version__)") \
		-DPROGEXE=VIPDesk -DNOCOMPRESS -DOUT_FILE=../dist/VIPDesk-linux-check.exe installer/vipdesk.nsi

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache build dist

# `make i18n` collects the GUI's strings (tracked ui/ files) into the .ts files, keeping every
# translation; then translate the new entries (docs/ui.md, "Translations").
.PHONY: i18n
i18n: $(STAMP)
	$(BIN)/pyside6-lupdate $$(git ls-files 'ui/*.py' 'ui/**/*.py') \
		-no-obsolete -ts resources/i18n/vipdesk_en.ts resources/i18n/vipdesk_zh_CN.ts
