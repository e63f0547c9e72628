# The studio's commands. `make run` and `make test` set up what they need first, so both work on a
# fresh Debian machine.
SHELL := /bin/bash
export PATH := /usr/local/go/bin:$(PATH)
GO ?= go
GO_PACKAGES := ./backend/... ./app/... .

.PHONY: run build test deps test-go

## deps: the Debian packages and npm modules the build and the tests use.
deps:
	@tools/install-deps.sh

## test: every test the project has.
test: deps test-go

test-go:
	$(GO) vet $(GO_PACKAGES)
	$(GO) test -race -count=1 $(GO_PACKAGES)
