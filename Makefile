# Two commands for a newcomer: `make run` and `make test`. Each sets itself up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench eval train setup clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	# Compile the gazetteer, lexicons and map outlines once now (seconds), so the first run only
	# unpickles them.
	$(BIN)/python -c "from reporter.extract import Extractor; Extractor()"
	$(BIN)/python -c "from reporter.brief.geo_map import world; world()"
	touch $(STAMP)

setup: $(STAMP)

# The samples are from June 2025, so the demo brief is made as of then; `serve` uses real time.
DEMO_MOMENT := 2025-06-20T06:00:00Z

run: $(STAMP)
	$(BIN)/reporter run --config config/reporter.yaml --as-of $(DEMO_MOMENT)

# Two workers (one per core on the 2-core CI machine): every test keeps to its own temporary
# folder, free port and process, and the compiled-lexicon cache is written atomically.
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -n 2

bench: $(STAMP)
	for b in benchmarks/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

eval: $(STAMP)
	$(BIN)/python benchmarks/eval_extract.py

# The learned layers: scikit-learn for training only, trained on the read corpus shards (never the
# check shards, corpus.cache.CHECK_SHARDS) and the ACLED notes (the milestone finder and posture: on the fit
# shards, learnkit.FIT_SHARDS); each writes its file under reporter/extract/data/ only
# when it wins, else removes it: milestone_model.json when it raises the judge shards' milestone F1
# (a plan finder that obeys every refusal, then beside it a finder of steps told as done, --done),
# incident_model.json, trained on the fit shards alone and acting only where the rules' type is weak,
# when it raises their incident F1 out of fold (benchmarks/fit_incidents.py; judged on the judge shards, learnkit.JUDGE_SHARDS, by hand);
# posture_model.json, trained on the fit shards alone (learnkit.FIT_SHARDS), when it
# raises the judge shards' posture F1 (benchmarks/train_posture.py); reporter/brief/data/identity_model.json,
# the brief's second look at which rows are one event, trained on the fit shards, when it lowers the
# judge shards' rows per real event without raising their mixed rows (benchmarks/train_identity.py).
train: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[train]'
	$(BIN)/python benchmarks/train_milestones.py --grid --soft 0 --write
	$(BIN)/python benchmarks/train_milestones.py --done
	$(BIN)/python benchmarks/fit_incidents.py --write
	$(BIN)/python benchmarks/train_posture.py --train fit --write
	$(BIN)/python benchmarks/train_identity.py --no-split --write

clean:
	rm -rf $(VENV) var out
