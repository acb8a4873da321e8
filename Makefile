# Signpost: the contract between people, CI and the code. `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

APP_PY    := .venv/bin/python
ENGINE_PY := .venv-engine/bin/python
export RASA_TELEMETRY_ENABLED := false
export PYTHONPATH := $(CURDIR)

MODEL     := models/signpost.tar.gz
TRAINING  := config.yml domain.yml $(shell find data bot -type f -name '*.yml' -o -type f -name '*.py' 2>/dev/null)
# the folders too: deleting a file changes its folder's time, and must retrain
TRAINING  += $(shell find data bot -type d -not -name __pycache__ 2>/dev/null)

.PHONY: help install lock run run-prod-local serve-directory train validate test test-conversations test-postgres lint format bench bench-directory bench-gateway bench-e2e profile clean

help: ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z0-9_-]+:.*## / {printf "  \033[1m%-18s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

install: .venv/.lock-sha256 .venv-engine/.lock-sha256 .tools/browser/.installed .tools/.services-installed ## make both environments, browser-test tools, Redis and PostgreSQL binaries (idempotent)

.venv/.lock-sha256: requirements/app.lock scripts/bootstrap-env.sh .python-version
	scripts/bootstrap-env.sh .venv requirements/app.lock

.venv-engine/.lock-sha256: requirements/engine.lock scripts/bootstrap-env.sh .python-version
	scripts/bootstrap-env.sh .venv-engine requirements/engine.lock

.tools/browser/.installed: requirements/browser/package-lock.json scripts/install-browser.sh
	scripts/install-browser.sh
	touch $@

.tools/.services-installed: scripts/install-services.sh
	scripts/install-services.sh
	mkdir -p .tools && touch $@

lock: ## re-resolve requirements/*.in into the lock files (needs the package index)
	scripts/bootstrap-env.sh .venv requirements/app.lock
	.tools/bin/uv pip compile --quiet --python-version 3.10 --python-platform x86_64-unknown-linux-gnu requirements/app.in -o requirements/app.lock
	.tools/bin/uv pip compile --quiet --python-version 3.10 --python-platform x86_64-unknown-linux-gnu requirements/engine.in --override requirements/engine-overrides.txt -o requirements/engine.lock

run: install $(MODEL) ## run Signpost on embedded defaults (SQLite, demo data, no secrets)
	$(APP_PY) scripts/run_stack.py

run-prod-local: install $(MODEL) ## the production topology here: PostgreSQL + Redis, 2 Rasa, 2 gateways (data in var/prod)
	$(APP_PY) scripts/prod_local.py

train: $(MODEL) ## train the assistant (only when its data, config or components changed)

$(MODEL): .venv-engine/.lock-sha256 $(TRAINING)
	@mkdir -p var; start=$$(date +%s); \
	$(ENGINE_PY) -m rasa train --fixed-model-name signpost --out models && \
	echo "{\"seconds\": $$(( $$(date +%s) - start ))}" > var/train-time.json

validate: install ## check the domain and training data (rasa data validate, see the script)
	$(ENGINE_PY) scripts/validate_rasa_data.py

test-conversations: install $(MODEL) ## conversation tests: the trained model with a live action server
	scripts/test-conversations.sh

serve-directory: install ## run only the directory's ORUK 3.0 API (python -m directory serve)
	$(APP_PY) -m directory serve

test: install lint validate test-conversations ## install everything, train, and run every test
	$(APP_PY) -m pytest -q

test-postgres: install ## run the directory tests against a throwaway local PostgreSQL
	scripts/test-postgres.sh $(APP_PY) -m pytest -q tests/directory

lint: install ## ruff lint and format check
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .

format: install ## ruff fix and format
	.venv/bin/ruff check --fix .
	.venv/bin/ruff format .

bench: bench-directory bench-gateway bench-e2e ## run every benchmark; results in bench/results/

bench-directory: install ## directory search at 1k/10k/100k services vs a naive scan
	$(APP_PY) -m bench.directory_search

bench-e2e: install $(MODEL) ## the whole assistant at 1-200 conversations vs Rasa's floor; parse time, cold start, memory
	$(APP_PY) -m bench.end_to_end

bench-gateway: install $(MODEL) ## message latency through the gateway vs straight to Rasa, same run
	$(APP_PY) -m bench.gateway_overhead

profile: install $(MODEL) ## where the time goes under load: py-spy on each process (bench/results/profile.md)
	$(APP_PY) -m bench.profile

.PHONY: eval
eval: install $(MODEL) ## measure NLU on held-out messages vs a keyword baseline (EVAL_ARGS=--no-cross-validation to skip the 3-fold CV)
	$(ENGINE_PY) -m bot.evaluation --model $(MODEL) --cross-validation $(EVAL_ARGS)
	@if [ -f tests/nlu_eval/en_crisis_blind.yml ]; then \
		echo "--- the blind crisis set (written after the first evaluation, never seen by the team) ---"; \
		$(ENGINE_PY) -m bot.evaluation --model $(MODEL) --heldout tests/nlu_eval/en_crisis_blind.yml \
			--no-cross-validation --out var/eval/crisis_blind; \
	fi
	@echo "--- the second blind crisis set (written by someone who had seen nothing of the project) ---"
	$(ENGINE_PY) -m bot.evaluation --model $(MODEL) --heldout tests/nlu_eval/en_crisis_blind2.yml \
		--no-cross-validation --out var/eval/crisis_blind2
	@echo "--- Welsh (tests/nlu_eval/cy.yml, written without seeing the training data; same targets) ---"
	$(ENGINE_PY) -m bot.evaluation --model $(MODEL) --heldout tests/nlu_eval/cy.yml \
		--clinc /nonexistent --no-cross-validation --out var/eval/cy

clean: ## remove environments, databases and caches (keeps nothing generated)
	rm -rf .venv .venv-engine .tools var .pytest_cache .ruff_cache
