# Two entry points for a fresh machine: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench demo clean

$(BIN)/monitor: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.dev: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(BIN)/monitor $@

# Seed the story and run the monitor in the foreground (SQLite + ./snapshots). Ctrl-C stops it.
run: $(BIN)/monitor
	$(BIN)/monitor seed
	$(BIN)/monitor run

# The whole test suite (PostgreSQL tests need MONITOR_TEST_PG_URL; .ci/run starts a server).
test: $(VENV)/.dev
	$(BIN)/ruff check monitor tests bench
	$(BIN)/mypy
	$(BIN)/pytest -q -p no:cacheprovider

bench: $(VENV)/.dev
	$(BIN)/python bench/bench_compare.py

demo: $(BIN)/monitor
	$(BIN)/monitor demo

clean:
	rm -rf $(VENV) build *.egg-info .mypy_cache .ruff_cache .pytest_cache
