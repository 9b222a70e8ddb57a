# Two entry points: `make label` (label the bundled sample corpus) and `make test`.
# Both create .venv from scratch when it is missing; nothing is downloaded at run time.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SAMPLE_OUT := out/sample.labels.jsonl

.PHONY: label test lint install clean

$(BIN)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c constraints.txt torch==2.13.0
	$(BIN)/python -m pip install -q -c constraints.txt -e ".[dev]"
	touch $@

install: $(BIN)/.installed

label: $(BIN)/.installed
	@mkdir -p out
	$(BIN)/stancekit label examples/sample.jsonl -o $(SAMPLE_OUT)
	$(BIN)/stancekit show $(SAMPLE_OUT)

lint: $(BIN)/.installed
	$(BIN)/ruff check stancekit tests benchmarks

test: lint
	$(BIN)/pytest -q -p no:cacheprovider -n 2 --dist loadfile tests --nbmake notebooks

clean:
	rm -rf $(VENV) out
