# Two entry points on a fresh machine: `make demo` and `make test`.
# Each creates the virtualenv on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test lint setup system-deps clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

setup: $(BIN)/.installed

demo: $(BIN)/.installed
	$(BIN)/claimwatch demo

# Debian packages the e2e tests run for real (Prometheus, Alertmanager, Chromium).
system-deps:
	./.ci/system-deps prometheus prometheus-alertmanager chromium

lint: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/mypy

test: $(BIN)/.installed system-deps lint
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
