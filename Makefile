# Two entry points for a fresh clone: `make demo` and `make test`. Each creates the virtual
# environment (.venv) and installs what it needs first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean chromium audit

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/newstrace compare examples/000_e6fbe74bf2e26b00.txt examples/002_e02db9c07778dfbb.txt

# The HTML report's browser tests drive Debian's Chromium; install it when missing (as root).
chromium:
	@command -v chromium >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; \
	  else echo "the browser tests need Debian's chromium: sudo apt-get install chromium" >&2; exit 1; fi; }

test: $(STAMP) chromium
	$(BIN)/ruff check src tests benchmarks scripts eval
	$(BIN)/ruff format --check src tests benchmarks scripts eval
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/compare.py

# Known vulnerabilities in the installed dependencies (pip-audit; needs PyPI's JSON API).
audit: $(STAMP)
	bash scripts/audit.sh

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache .hypothesis .import_linter_cache
