# Sayso: `make demo` runs the main job on the bundled seed article, `make test` runs the tests.
# Both set up a virtual environment from the hash-pinned lock file first.
VENV ?= .venv
PYTHON ?= python3
BIN = $(VENV)/bin
OUT ?= out

.PHONY: setup demo test lint seed-check gold calibrate clean

$(VENV)/.installed: requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements.lock  # the lock is complete (uv)
	$(BIN)/pip install -q --no-deps -e .
	touch $@

setup: $(VENV)/.installed

demo: setup
	mkdir -p $(OUT)
	$(BIN)/sayso extract examples/seed/article.txt -f json > $(OUT)/seed.json
	$(BIN)/sayso ingest examples/seed/article.txt --db $(OUT)/sayso.db
	$(BIN)/sayso extract examples/seed/article.txt -f table
	@echo "record: $(OUT)/seed.json   store: $(OUT)/sayso.db (try: $(BIN)/sayso quotes --db $(OUT)/sayso.db)"

lint: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint
	$(BIN)/pytest -q

# the project's own gold (gold/README.md): figures on the tune half, then on the report half
gold: setup
	$(BIN)/sayso eval golden gold/tune
	$(BIN)/sayso eval golden gold/report

# refit the calibrated confidences (src/sayso/data/calibration.tsv) on the tune half after a
# change to the rules of a stage it scores (and bump that stage's version: stored confidences
# change); then choose the defaults with bench/confidence.py
calibrate: setup
	PYTHONPATH=src $(BIN)/python bench/calibrate.py gold/tune

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .mypy_cache .ruff_cache
