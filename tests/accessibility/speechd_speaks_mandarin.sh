#!/bin/sh
# The kiosk's whole road to a Mandarin voice: ReadAloud → QtTextToSpeech
# ("speechd") → Speech Dispatcher → espeak-ng, with ALSA writing the sound to
# a file instead of a sound card. What the kiosk says must be what espeak-ng's
# "latin as Pinyin" Mandarin voice says (same length of sound at the same
# pace), not what its "latin as English" voice says: that one reads 你好 as
# the English words "ni three hao three".
# Usage: speechd_speaks_mandarin.sh PATH/TO/read_aloud_probe
set -eu
probe=$1
text="你好，请点你的照片"
work=$(mktemp -d)
export HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
stop_daemon() {
    pidfile="$XDG_RUNTIME_DIR/speech-dispatcher/pid/speech-dispatcher.pid"
    [ -f "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null || true
    rm -rf "$work"
}
trap stop_daemon EXIT

cp -r /etc/speech-dispatcher "$XDG_CONFIG_HOME/"
sed -i 's/^#* *AudioOutputMethod .*/AudioOutputMethod "alsa"/' "$XDG_CONFIG_HOME/speech-dispatcher/speechd.conf"
cat > "$HOME/.asoundrc" <<ASOUND
pcm.!default {
    type file
    slave.pcm "null"
    file "$work/sound.raw"
    format "raw"
}
ASOUND
size() { stat -c %s "$work/sound.raw" 2>/dev/null || echo 0; }

# The reference voices, at the kiosk's pace (QtTextToSpeech rate -0.2 is Speech Dispatcher's -20).
before=$(size); spd-say -w -r -20 -o espeak-ng -y "Chinese (Mandarin, latin as Pinyin)" "$text"; pinyin=$(( $(size) - before ))
before=$(size); spd-say -w -r -20 -o espeak-ng -y "Chinese (Mandarin, latin as English)" "$text"; english=$(( $(size) - before ))
before=$(size); "$probe" zh_CN "$text"; kiosk=$(( $(size) - before ))
echo "bytes of sound: kiosk $kiosk, Mandarin voice $pinyin, English-reading voice $english"

[ "$pinyin" -gt 20000 ] || { echo "FAIL: Speech Dispatcher made no sound"; exit 1; }
[ "$kiosk" -gt 20000 ] || { echo "FAIL: the kiosk's speaker made no sound"; exit 1; }
distance() { d=$(( $1 - $2 )); [ "$d" -lt 0 ] && d=$(( -d )); echo "$d"; }
if [ "$(distance "$kiosk" "$pinyin")" -ge "$(distance "$kiosk" "$english")" ]; then
    echo "FAIL: the kiosk did not speak with the Mandarin (latin as Pinyin) voice"
    exit 1
fi
echo "PASS: the kiosk speaks Mandarin"
