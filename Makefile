# The studio's commands. `make run` and `make test` set up what they need first, so both work on a
# fresh Debian machine.
SHELL := /bin/bash
export PATH := /usr/local/go/bin:$(PATH)
GO ?= go
GO_PACKAGES := ./backend/... ./app/... .
TAGS := desktop,production,webkit2_41
BIN := build/bin/attio-studio
EXAMPLE := examples/acme-lead-checker
FRONTEND_SOURCES := $(shell find frontend/src frontend/index.html frontend/public -type f 2>/dev/null) \
	frontend/package.json frontend/vite.config.ts frontend/tsconfig.json
GO_SOURCES := $(shell find backend app examples -type f) main.go go.mod go.sum

.PHONY: run build test bench deps test-go test-fuzz test-frontend test-e2e test-desktop serve screenshots clean

## run: set up, build, and open the studio on the example (serve mode without a display).
run: build
	$(BIN) $(EXAMPLE)

## serve: the studio for a browser, on http://127.0.0.1:7766/.
serve: build
	$(BIN) serve $(EXAMPLE)

## build: the desktop binary at build/bin/attio-studio (it also serves).
build: deps $(BIN)

$(BIN): frontend/dist/index.html $(GO_SOURCES)
	CGO_ENABLED=1 $(GO) build -tags $(TAGS) -o $(BIN) .

frontend/dist/index.html: frontend/node_modules/.stamp $(FRONTEND_SOURCES)
	cd frontend && npm run build

## deps: the Debian packages and npm modules the build and the tests use.
deps: frontend/node_modules/.stamp
	@tools/install-deps.sh

frontend/node_modules/.stamp: frontend/package.json frontend/package-lock.json
	@tools/install-deps.sh
	cd frontend && npm ci --no-audit --no-fund
	touch $@

## test: every test the project has.
test: build test-go test-fuzz test-frontend test-e2e test-desktop

test-go:
	$(GO) vet $(GO_PACKAGES)
	$(GO) test -race -count=1 $(GO_PACKAGES)

## test-fuzz: every fuzz target for FUZZ_TIME each (go test fuzzes one target at a time); a
## crasher is written to the package's testdata/fuzz and then runs in test-go as a seed.
## The budget is a count of inputs, not a duration: when a duration runs out, Go's fuzzing
## coordinator can race its own deadline and fail with "context deadline exceeded" although
## nothing crashed. Shrinking each new interesting input is capped at 2 s so that one slow
## shrink cannot hold the run. About 1 min in all; FUZZ_TIME=10m is fine for a long local hunt.
FUZZ_TIME ?= 50000x
FUZZ_MINIMIZE_TIME ?= 2s
FUZZ_TARGETS := FuzzExecute:./backend/graphql FuzzRequestBody:./backend/attioapi \
	FuzzQueryFilter:./backend/attioapi FuzzServeHTTP:./backend/webhooks \
	FuzzParseRules:./backend/outbound FuzzCallEncoding:./backend/calllog
test-fuzz:
	@set -e; for t in $(FUZZ_TARGETS); do \
		echo "fuzz $${t%%:*} for $(FUZZ_TIME)"; \
		$(GO) test -run '^$$' -fuzz "^$${t%%:*}$$" -fuzztime $(FUZZ_TIME) \
			-fuzzminimizetime $(FUZZ_MINIMIZE_TIME) "$${t#*:}"; \
	done

test-frontend: frontend/node_modules/.stamp
	cd frontend && npm test

test-e2e: $(BIN)
	cd frontend && STUDIO_BIN=$(CURDIR)/$(BIN) STUDIO_EXAMPLE=$(CURDIR)/$(EXAMPLE) npm run test:e2e

test-desktop: $(BIN)
	tools/desktop-smoke.sh $(BIN) $(EXAMPLE)

## bench: every benchmark, with the figures printed (speed is measured here, never asserted in tests).
bench: deps
	$(GO) test -run '^$$' -bench . -skip RecordingShare -benchmem -count 1 $(GO_PACKAGES)
	$(GO) test -run '^$$' -bench RecordingShare -benchtime 40x -count 1 ./backend/studio/
	$(GO) test -run 'TestThousandConcurrentCalls' -v -count 1 ./backend/studio/
	STUDIO_SOAK_CALLS=10000 $(GO) test -run 'TestSoakMixedCalls' -v -count 1 -timeout 30m ./backend/studio/
	$(GO) run ./tools/bench/gojanode.go
	$(MAKE) $(BIN) && STUDIO_BIN=$(CURDIR)/$(BIN) STUDIO_EXAMPLE=$(CURDIR)/$(EXAMPLE) node tools/bench/list-100k.mjs
	$(MAKE) $(BIN) && STUDIO_BIN=$(CURDIR)/$(BIN) node tools/bench/inspector-load.mjs
	$(MAKE) $(BIN) && STUDIO_BIN=$(CURDIR)/$(BIN) node tools/bench/preview.mjs
	$(MAKE) $(BIN) && STUDIO_BIN=$(CURDIR)/$(BIN) node tools/bench/coldstart.mjs
	$(MAKE) $(BIN) && tools/bench/window-start.sh $(BIN) $(EXAMPLE)
	$(MAKE) $(BIN) && STUDIO_BIN=$(CURDIR)/$(BIN) node tools/bench/memory.mjs

## screenshots: the README's pictures, taken from the built binary.
screenshots: $(BIN)
	mkdir -p build/screenshots
	cd frontend && STUDIO_BIN=$(CURDIR)/$(BIN) STUDIO_EXAMPLE=$(CURDIR)/$(EXAMPLE) \
		node e2e/readme-screenshots.mjs $(CURDIR)/build/screenshots

clean:
	rm -rf build/bin frontend/dist/assets frontend/dist/index.html frontend/node_modules
