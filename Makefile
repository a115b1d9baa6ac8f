# Sen: `make run` serves the app with the demo data; `make test` runs every test.
# Both install what is missing first (scripts/setup), so they work on a fresh Debian 12.

BUILD := build/release
DB ?= var/sen.db
LISTEN ?= 127.0.0.1:8080

.PHONY: setup build sanitize-build run test fuzz bench clean

setup:
	@scripts/setup

WEB_SOURCES := $(shell find web/src web/public -type f 2>/dev/null) web/index.html web/package-lock.json \
               web/vite.config.ts web/tsconfig.json web/scripts/compress.mjs

build: setup web/dist/index.html
	@test -f $(BUILD)/build.ninja || cmake --preset release
	@cmake --build --preset release
	@ln -sf release/sen build/sen

# The web app, rebuilt when its sources change; `sen serve` serves web/dist.
web/dist/index.html: $(WEB_SOURCES)
	@cd web && npm run build --silent

run: build
	@test -f $(DB) || build/sen init --db $(DB) --demo
	@test ! -f $(dir $(DB))admin-password || \
	  echo "Đăng nhập / log in: admin, mật khẩu ban đầu / first password: $$(cat $(dir $(DB))admin-password)"
	@build/sen serve --db $(DB) --listen $(LISTEN)

# The release suites, then the same unit and HTTP suites built with clang under AddressSanitizer and
# UBSan (stopping at the first report), and each fuzz target briefly.
test: build sanitize-build
	@ctest --preset release -j2
	@ctest --preset asan -j2

sanitize-build: setup
	@test -f build/asan/build.ninja || cmake --preset asan
	@cmake --build --preset asan

# Each fuzz target for FUZZ_SECONDS (default 60), its new inputs under build/asan/fuzz-work.
FUZZ_SECONDS ?= 60
fuzz: sanitize-build
	@for f in build/asan/*_fuzz; do n=$$(basename $$f _fuzz); \
	  scripts/fuzz $$f fuzz/corpus/$$n $(FUZZ_SECONDS) build/asan/fuzz-work/$$n || exit 1; done

bench: build
	@scripts/setup --bench
	@bench/run

clean:
	rm -rf build web/dist
