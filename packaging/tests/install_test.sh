#!/usr/bin/env bash
# The packages, tested for real: install qinqing-kiosk and qinqing-hub into a
# clean Debian 12 root made with debootstrap, start the kiosk session exactly
# as qinqing-kiosk.service does, but headless (cage with WLR_BACKENDS=headless),
# take a screenshot of what it shows with grim, then start the hub as
# qinqing-hub.service does and sync the kiosk to it. Then remove both packages
# and check the data is still there.
#
#   packaging/tests/install_test.sh PACKAGE_DIR OUT_DIR
#
# Needs root (debootstrap, chroot, mounts) and the network to Debian's mirror.
# systemd itself cannot boot in a chroot: the units are checked with
# systemd-analyze verify, and their ExecStart lines are run as their users.
set -euo pipefail

packages=$(cd "${1:?usage: install_test.sh PACKAGE_DIR OUT_DIR}" && pwd)
out=$(mkdir -p "${2:?OUT_DIR}" && cd "$2" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
root=${QINQING_TEST_ROOT:-/var/tmp/qinqing-install-root}
base=${QINQING_TEST_ROOT_CACHE:-/var/tmp/qinqing-debootstrap-bookworm.tar}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
hub_port=18443

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'install test FAILED: %s\n' "$*" >&2; exit 1; }
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }

# CTest shows exit code 77 as "skipped", in so many words: never a silent pass.
if [[ $(id -u) -ne 0 ]]; then echo "install test skipped: needs root (debootstrap, chroot, mounts)"; exit 77; fi
command -v debootstrap >/dev/null || { echo "install test skipped: debootstrap is not installed"; exit 77; }

kiosk_deb=$(ls "$packages"/qinqing-kiosk_*.deb 2>/dev/null | head -1)
hub_deb=$(ls "$packages"/qinqing-hub_*.deb 2>/dev/null | head -1)
[[ -f "$kiosk_deb" && -f "$hub_deb" ]] || fail "no qinqing-kiosk and qinqing-hub .deb in $packages (run: make package)"

cleanup() {
    set +e
    [[ -n "${listener_pid:-}" ]] && kill "$listener_pid" 2>/dev/null
    if [[ -d "$root/proc" ]]; then
        # Whatever the test started inside the root ends with it.
        for pid in $(ls /proc | grep -E '^[0-9]+$'); do
            [[ "$(readlink "/proc/$pid/root" 2>/dev/null)" == "$root" ]] && kill -9 "$pid" 2>/dev/null
        done
        sleep 0.5
    fi
    for mount in dev/shm dev/pts dev proc sys run; do
        mountpoint -q "$root/$mount" && umount -l "$root/$mount"
    done
}
trap cleanup EXIT

step "a clean Debian 12 root (debootstrap --variant=minbase bookworm)"
cleanup
rm -rf "$root"
mkdir -p "$root"
if [[ -f "$base" ]]; then
    tar -xf "$base" -C "$root"
else
    debootstrap --variant=minbase bookworm "$root" "$mirror" >"$out/debootstrap.log" 2>&1 ||
        { tail -20 "$out/debootstrap.log"; fail "debootstrap"; }
    tar -cf "$base.tmp" -C "$root" . && mv "$base.tmp" "$base"
fi
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
# wlroots' software buffers live in shared memory the qinqing user can write.
mount -t tmpfs -o mode=1777 tmpfs "$root/dev/shm"
mount -t tmpfs -o mode=755 tmpfs "$root/run"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# As in a Debian image build: packages may not start services in the root.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod +x "$root/usr/sbin/policy-rc.d"

step "apt install ./$(basename "$kiosk_deb") ./$(basename "$hub_deb") (and grim for the screenshot)"
cp "$kiosk_deb" "$hub_deb" "$root/tmp/"
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "/tmp/$(basename "$kiosk_deb")" "/tmp/$(basename "$hub_deb")" grim >"$out/apt-install.log" 2>&1 ||
    { tail -30 "$out/apt-install.log"; fail "apt-get install of the packages"; }
grep -E '^(Setting up|Unpacking) qinqing' "$out/apt-install.log" || true

step "what the packages installed"
for file in /usr/bin/qinqing /usr/bin/qinqing-sync /usr/bin/qinqing-admin /usr/bin/qinqing-hub /usr/lib/qinqing/qinqing-session \
    /lib/systemd/system/qinqing-kiosk.service /lib/systemd/system/qinqing-hub.service /etc/default/qinqing-hub; do
    [[ -e "$root$file" ]] || fail "$file is missing"
done
in_root getent passwd qinqing >/dev/null || fail "no qinqing user"
in_root getent passwd qinqing-hub >/dev/null || fail "no qinqing-hub user"
for dir in /var/lib/qinqing:qinqing /var/lib/qinqing-hub:qinqing-hub; do
    perms=$(in_root stat -c '%a %U' "${dir%%:*}")
    [[ "$perms" == "700 ${dir##*:}" ]] || fail "${dir%%:*} is '$perms', not '700 ${dir##*:}'"
    echo "${dir%%:*}: $perms"
done
[[ -L "$root/etc/systemd/system/multi-user.target.wants/qinqing-kiosk.service" ]] ||
    fail "qinqing-kiosk.service is not enabled on boot"
[[ -L "$root/etc/systemd/system/multi-user.target.wants/qinqing-hub.service" ]] ||
    fail "qinqing-hub.service is not enabled on boot"
in_root systemd-analyze verify /lib/systemd/system/qinqing-kiosk.service /lib/systemd/system/qinqing-hub.service \
    2>&1 | grep -v -e 'Failed to open /dev/tty' -e 'is not a symlink' | tee "$out/systemd-analyze.log" || true
grep -qiE 'unknown|invalid|failed to parse' "$out/systemd-analyze.log" && fail "systemd-analyze verify found problems"
echo "units enabled and verified"

step "the kiosk session, headless: cage from qinqing-kiosk.service, as the qinqing user"
exec_start=$(sed -n 's/^ExecStart=//p' "$root/lib/systemd/system/qinqing-kiosk.service")
echo "ExecStart=$exec_start"
# A first start on a demo school, so the screen shows children (the real first
# start shows the teacher's set-up); /etc/default/qinqing-kiosk is the admin's file.
echo 'QINQING_ARGS="--demo"' >"$root/etc/default/qinqing-kiosk"
runtime=/run/user/qinqing
mkdir -p "$root$runtime"
in_root chown qinqing:qinqing "$runtime"
chmod 700 "$root$runtime"
python3 "$here/notify_listener.py" "$root/run/qinqing-notify" 120 >"$out/notify.log" 2>&1 &
listener_pid=$!
sleep 0.5
session_env=(XDG_RUNTIME_DIR=$runtime XDG_SESSION_TYPE=wayland WLR_BACKENDS=headless WLR_RENDERER=pixman
    WLR_LIBINPUT_NO_DEVICES=1 WLR_HEADLESS_OUTPUTS=1 NOTIFY_SOCKET=/run/qinqing-notify WATCHDOG_USEC=30000000
    QT_QUICK_BACKEND=${QT_QUICK_BACKEND:-software})
in_root setpriv --reuid=qinqing --regid=qinqing --init-groups env HOME=/var/lib/qinqing "${session_env[@]}" \
    sh -c "exec $exec_start" >"$out/session.log" 2>&1 &
session_pid=$!
# Wait for the notifications, or for the session to end early.
while kill -0 "$listener_pid" 2>/dev/null && kill -0 "$session_pid" 2>/dev/null; do sleep 0.5; done
kill -0 "$session_pid" 2>/dev/null || kill "$listener_pid" 2>/dev/null || true
if ! wait "$listener_pid"; then
    cat "$out/session.log"
    fail "the kiosk did not tell systemd READY=1 and WATCHDOG=1 within 120 s"
fi
listener_pid=
cat "$out/notify.log"
sleep 3 # the first frame is out; let the home screen's images settle
kill -0 "$session_pid" 2>/dev/null || { cat "$out/session.log"; fail "the session ended"; }
in_root setpriv --reuid=qinqing --regid=qinqing --init-groups env XDG_RUNTIME_DIR=$runtime WAYLAND_DISPLAY=wayland-0 \
    grim /tmp/kiosk-session.png || { cat "$out/session.log"; fail "grim could not take a screenshot"; }
cp "$root/tmp/kiosk-session.png" "$out/kiosk-session.png"
python3 - "$out/kiosk-session.png" <<'PY' || fail "the screenshot is blank"
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n"
width, height = struct.unpack(">II", data[16:24])
raw, pos = b"", 8
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    if kind == b"IDAT":
        raw += data[pos + 8:pos + 8 + length]
    pos += 12 + length
pixels = zlib.decompress(raw)
distinct = len(set(pixels[i:i + 3] for i in range(1, len(pixels) - 3, 4 * 97)))
print(f"screenshot {width}x{height}, {distinct} distinct sampled colours")
sys.exit(0 if width >= 640 and distinct > 20 else 1)
PY
grep -iE 'qml|error|warning' "$out/session.log" | grep -v 'qt.qpa.wayland' | head -20 || true
[[ -f "$root/var/lib/qinqing/qinqing.sqlite" ]] || fail "the kiosk made no database in /var/lib/qinqing"

step "the hub, as qinqing-hub.service runs it, and the kiosk synced to it"
hub_exec=$(sed -n 's/^ExecStart=//p' "$root/lib/systemd/system/qinqing-hub.service")
sed -i "s/^QINQING_HUB_PORT=.*/QINQING_HUB_PORT=$hub_port/" "$root/etc/default/qinqing-hub"
as_hub() { in_root setpriv --reuid=qinqing-hub --regid=qinqing-hub --init-groups env HOME=/var/lib/qinqing-hub "$@"; }
as_kiosk() { in_root setpriv --reuid=qinqing --regid=qinqing --init-groups env HOME=/var/lib/qinqing "$@"; }
hub_cmd=$(echo "$hub_exec" | sed -e "s/^\/bin\/sh -c '//" -e "s/'$//" -e 's/\$\$/$/g')
as_hub sh -c "set -a; . /etc/default/qinqing-hub; set +a; $hub_cmd" >"$out/hub.log" 2>&1 &
for _ in $(seq 50); do grep -q listening "$out/hub.log" && break; sleep 0.2; done
grep listening "$out/hub.log" || { cat "$out/hub.log"; fail "the hub did not start"; }
school=$(as_hub qinqing-hub --data /var/lib/qinqing-hub add-school "Demo school")
link=$(as_hub qinqing-hub --data /var/lib/qinqing-hub enroll-code "$school" --url "https://127.0.0.1:$hub_port" |
    grep '^qinqing-enroll:')
as_kiosk qinqing-sync --data /var/lib/qinqing enroll "$link" || fail "enrollment"
as_kiosk qinqing-sync --data /var/lib/qinqing sync || fail "sync"
as_kiosk qinqing-sync --data /var/lib/qinqing status | tee "$out/sync-status.txt"
grep -q '^waiting to send: 0$' "$out/sync-status.txt" || fail "changes still waiting after sync"
# qinqing-admin runs with the package's dependencies alone (FreeXL, libzip, Qt Core), no display.
as_kiosk qinqing-admin --data /var/lib/qinqing children >"$out/children.csv" || fail "qinqing-admin children"
head -1 "$out/children.csv"
hub_count=$(as_hub qinqing-hub --data /var/lib/qinqing-hub digest "$school" | cut -d' ' -f1)
kiosk_count=$(sqlite3 "file:$root/var/lib/qinqing/qinqing.sqlite?mode=ro" 'SELECT count(*) FROM change_log')
echo "hub holds $hub_count changes of the school; the kiosk's log has $kiosk_count"
[[ "$hub_count" -gt 0 && "$hub_count" == "$kiosk_count" ]] || fail "the hub does not hold the kiosk's changes"

step "removing the packages keeps the data"
kill "$session_pid" 2>/dev/null || true
sleep 1
in_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q qinqing-kiosk qinqing-hub >"$out/apt-purge.log" 2>&1 ||
    { tail -20 "$out/apt-purge.log"; fail "apt-get purge"; }
[[ ! -e "$root/usr/bin/qinqing" ]] || fail "qinqing is still installed"
[[ -f "$root/var/lib/qinqing/qinqing.sqlite" && -f "$root/var/lib/qinqing-hub/hub.sqlite" ]] ||
    fail "purging the packages deleted data"
echo "purged; /var/lib/qinqing and /var/lib/qinqing-hub kept"
printf '\ninstall test passed: screenshot in %s/kiosk-session.png\n' "$out"
