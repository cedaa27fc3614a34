# paatosdata — two commands do everything: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev

.PHONY: help demo test lint types pytest bench clean

help: ## list targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(DEVSTAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@ $(STAMP)

demo: $(STAMP) ## set up .venv, read examples/ and check them (check exits 1 on findings: shown, not failed)
	@$(BIN)/paatosdata parse --format summary examples/
	@$(BIN)/paatosdata check examples/ || test $$? -eq 1
	@$(BIN)/paatosdata publish examples/ -o site/ || [ $$? -eq 1 ]; echo "Site: $(CURDIR)/site/index.html (held-back items: site/coverage.json)"

lint: $(DEVSTAMP) ## ruff lint and format check
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

types: $(DEVSTAMP) ## mypy --strict on src/
	$(BIN)/mypy

pytest: $(DEVSTAMP) ## the test suite
	$(BIN)/pytest -q

test: lint types pytest ## set up .venv with dev extras, then lint, types and tests

bench: $(DEVSTAMP) ## benchmarks (see README)
	$(BIN)/python -m benchmarks.run

clean: ## remove .venv and caches
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist
