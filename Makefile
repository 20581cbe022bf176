# The two commands a newcomer needs: `make run` and `make test`.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: all deps configure build run test bench screenshots translations format clean

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
