# Thin wrapper around CMake. `make demo` and `make test` do all the set-up on
# a fresh Debian machine: missing packages are installed with apt-get when run
# as root; otherwise the exact command to run is printed.
BUILD ?= build
JOBS  ?= $(shell nproc 2>/dev/null || echo 2)
PKGS  := cmake gcc make pkg-config libzmq3-dev libcunit1-dev libgmp-dev libedit-dev libpcre2-dev libssl-dev zlib1g-dev

.PHONY: all deps build demo test bench bench-threads sanitize tsan clean

all: build

deps:
	@missing=""; for p in $(PKGS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing:$$missing"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else \
	    echo "missing packages; run: sudo apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi

$(BUILD)/Makefile: CMakeLists.txt
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release >/dev/null

build: deps $(BUILD)/Makefile
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	$(BUILD)/gilpy examples/demo.py

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

bench: build
	$(BUILD)/gilpy benchmarks/run.py --gilpy $(BUILD)/gilpy 2>/dev/null || python3 benchmarks/run.py --gilpy $(BUILD)/gilpy

# Threads: CPU-bound vs I/O-bound, echo server, convoy effect, switch
# interval fidelity, lock costs (benchmarks/threads/), beside CPython.
bench-threads: build
	python3 benchmarks/run.py --threads --gilpy $(BUILD)/gilpy

# Sanitizer builds run the same suites.
sanitize: deps
	cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGILPY_SANITIZE=address,undefined >/dev/null
	cmake --build build-asan -j $(JOBS)
	cd build-asan && ASAN_OPTIONS=detect_leaks=0 GILPY_TEST_TIMEOUT=300 ctest --output-on-failure -j $(JOBS)

tsan: deps
	cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGILPY_SANITIZE=thread >/dev/null
	cmake --build build-tsan -j $(JOBS)
	cd build-tsan && TSAN_OPTIONS=die_after_fork=0 GILPY_TEST_TIMEOUT=300 ctest --output-on-failure -j $(JOBS)

# Leaks at exit (tests/check_leaks.sh): every tests/lang script under
# LeakSanitizer, in an ASan build in build-leaks/; `make check-leaks
# VALGRIND=1` runs them under valgrind on the normal build instead (slow:
# LEAK_TESTS="types stmt/with_basic.py" picks a subset, in either mode).
LEAK_TESTS ?=
.PHONY: check-leaks
check-leaks: deps
ifeq ($(VALGRIND),1)
	@command -v valgrind >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind; \
	  else echo "valgrind missing; run: sudo apt-get install -y valgrind"; exit 1; fi; }
	$(MAKE) build
	sh tests/check_leaks.sh --valgrind $(BUILD)/gilpy tests/lang $(LEAK_TESTS)
else
	cmake -S . -B build-leaks -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGILPY_SANITIZE=address >/dev/null
	cmake --build build-leaks -j $(JOBS) --target gilpy
	sh tests/check_leaks.sh build-leaks/gilpy tests/lang $(LEAK_TESTS)
endif

clean:
	rm -rf $(BUILD) build-asan build-tsan build-leaks

# Fuzz the tokenizer/parser/compiler with libFuzzer (tests/fuzz/README.md):
# clang build in build-fuzz/, seeds from tests/lang, FUZZ_TIME seconds.
FUZZ_TIME ?= 120
.PHONY: fuzz
fuzz: deps
	@command -v clang >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang; \
	  else echo "clang missing; run: sudo apt-get install -y clang"; exit 1; fi; }
	CC=clang cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGILPY_FUZZ=ON >/dev/null
	cmake --build build-fuzz -j $(JOBS) --target fuzz_compile fuzz_compile_replay
	rm -rf build-fuzz/seeds && mkdir -p build-fuzz/seeds build-fuzz/corpus build-fuzz/artifacts
	find tests/lang -name '*.py' | while read f; do \
	  cp "$$f" "build-fuzz/seeds/$$(echo "$$f" | tr / _)"; done
	cp tests/fuzz/crashers/* build-fuzz/seeds/ 2>/dev/null || true
	ASAN_OPTIONS=detect_leaks=0 build-fuzz/fuzz_compile -max_total_time=$(FUZZ_TIME) \
	  -timeout=10 -max_len=4096 -dict=tests/fuzz/python.dict -print_final_stats=1 \
	  -artifact_prefix=build-fuzz/artifacts/ build-fuzz/corpus build-fuzz/seeds
	ASAN_OPTIONS=detect_leaks=0 build-fuzz/fuzz_compile_replay tests/fuzz/crashers
