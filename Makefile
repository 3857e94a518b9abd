# The two commands of the README: `make demo` and `make test`. Both set everything up first.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup test-setup demo test test-unit lint bench dashboard clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev,bench]"
	touch $(STAMP)

# The demo needs Python, Java and Maven only; Prometheus is for the tests and the dashboard.
setup: $(STAMP)
	$(BIN)/tally broker --fetch-only

test-setup: setup
	bash scripts/install-promtool.sh

demo: setup
	$(BIN)/tally demo

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: test-setup lint
	bash scripts/install-chromium.sh
	$(BIN)/pytest -q -rs

test-unit: $(STAMP)
	$(BIN)/pytest -q -m "not integration" tests/unit tests/deploy

bench: setup
	$(BIN)/python -m tests.benchmarks.run

dashboard: test-setup
	$(BIN)/python -m tests.benchmarks.dashboard

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .hypothesis
