# The two commands a newcomer needs: `make run` and `make test`.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: all deps configure build run test bench soak leakcheck fuzz package package-test screenshots translations format clean

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

# Memory and endurance: the real UI through thousands of simulated visitors in
# a school of 2,000 children, resident memory sampled (tests/soak); then many
# more randomized sync rounds under faults than CI runs (SEED=… to vary).
SOAK_OPERATIONS ?= 6000
SOAK_CHILDREN ?= 2000
SOAK_ROUNDS ?= 2000
SEED ?= $(shell date +%s)
SOAK_PG = /tmp/qinqing-soak-pg
soak: build
	$(BUILD_DIR)/soak/soak_ui --operations $(SOAK_OPERATIONS) --children $(SOAK_CHILDREN) --seed $(SEED)
	tests/sync/postgres.sh start $(SOAK_PG) 54332
	cd $(BUILD_DIR) && QINQING_SYNC_ROUNDS=$(SOAK_ROUNDS) QINQING_SYNC_SEED=$(SEED) \
	  QINQING_TEST_POSTGRES="postgresql:///postgres?host=$(SOAK_PG)&port=54332&user=postgres" \
	  ./tests/sync_tests --gtest_filter='Store/SyncUnderFaults*'; rc=$$?; \
	  ../tests/sync/postgres.sh stop $(SOAK_PG) 54332; exit $$rc

# LeakSanitizer over a short UI soak, in an AddressSanitizer build of its own.
LEAK_OPERATIONS ?= 300
leakcheck: deps
	tests/soak/leakcheck.sh build-lsan $(LEAK_OPERATIONS) $(JOBS)

# libFuzzer on the sync inputs (change chunks, enrollment codes), in a clang build of its own.
FUZZ_SECONDS ?= 120
fuzz: deps
	@[ -f build-fuzz/build.ninja ] || cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
	  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQINQING_FUZZ=ON -DBUILD_TESTING=OFF
	cmake --build build-fuzz -j $(JOBS) --target fuzz_sync_input
	mkdir -p build-fuzz/corpus && cp -n tests/fuzz/corpus/change_feed/* build-fuzz/corpus/
	build-fuzz/tests/fuzz/fuzz_sync_input -max_total_time=$(FUZZ_SECONDS) -max_len=65536 build-fuzz/corpus

# The Debian packages qinqing-kiosk and qinqing-hub, in $(BUILD_DIR)/packages.
package: build
	cd $(BUILD_DIR) && cpack -G DEB

# Installs the packages into a clean Debian 12 root (debootstrap), boots the
# kiosk session headless under cage, screenshots it, syncs it to the hub.
package-test: package
	packaging/tests/install_test.sh $(BUILD_DIR)/packages $(BUILD_DIR)/package-test

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
