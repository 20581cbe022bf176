# The two commands a newcomer needs: `make run` and `make test`.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: all deps configure build run test bench soak fuzz screenshots translations format clean

all: build

deps:
	@packaging/install-deps.sh

configure: deps
	@[ -f $(BUILD_DIR)/build.ninja ] || cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS)

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
	  echo "make run: no display here (DISPLAY and WAYLAND_DISPLAY are empty) - to see the screens without one, run: $(BUILD_DIR)/qinqing --offscreen --screenshot shots   (PNG files go to ./shots)"; \
	  exit 2; fi
	$(BUILD_DIR)/qinqing --demo

test: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)

bench: build
	@tests/bench/run.sh $(BUILD_DIR)

# Many more randomized sync rounds under faults than CI runs (SEED=… to vary).
SOAK_ROUNDS ?= 2000
SEED ?= $(shell date +%s)
SOAK_PG = /tmp/qinqing-soak-pg
soak: build
	tests/sync/postgres.sh start $(SOAK_PG) 54332
	cd $(BUILD_DIR) && QINQING_SYNC_ROUNDS=$(SOAK_ROUNDS) QINQING_SYNC_SEED=$(SEED) \
	  QINQING_TEST_POSTGRES="postgresql:///postgres?host=$(SOAK_PG)&port=54332&user=postgres" \
	  ./tests/sync_tests --gtest_filter='Store/SyncUnderFaults*'; rc=$$?; \
	  ../tests/sync/postgres.sh stop $(SOAK_PG) 54332; exit $$rc

# libFuzzer on the sync inputs (change chunks, enrollment codes), in a clang build of its own.
FUZZ_SECONDS ?= 120
fuzz: deps
	@[ -f build-fuzz/build.ninja ] || cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
	  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQINQING_FUZZ=ON -DBUILD_TESTING=OFF
	cmake --build build-fuzz -j $(JOBS) --target fuzz_sync_input
	mkdir -p build-fuzz/corpus && cp -n tests/fuzz/corpus/change_feed/* build-fuzz/corpus/
	build-fuzz/tests/fuzz/fuzz_sync_input -max_total_time=$(FUZZ_SECONDS) -max_len=65536 build-fuzz/corpus

screenshots: build
	rm -rf docs/screenshots/*.png
	$(BUILD_DIR)/qinqing --screenshot docs/screenshots

# Refresh the .ts file after changing user-facing strings; translate, then commit.
translations:
	/usr/lib/qt6/bin/lupdate -silent app qml -ts assets/i18n/qinqing_zh_CN.ts

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i
	git ls-files '*.qml' | xargs -n1 /usr/lib/qt6/bin/qmlformat -i
	find . -name '*.qml~' -delete

clean:
	rm -rf $(BUILD_DIR)
