pragma Singleton
import QtQuick

// Sizes, colours and fonts of every screen. Touch targets are at least
// 96 px (16 mm on the 10.1-inch 1280×800 kiosk screen; 15 mm is 89 px), and
// every text reaches WCAG AA contrast on what is behind it: 4.5:1, or 3:1
// from 24 px (18.66 px bold). `qinqing --check-accessibility` measures both.
QtObject {
    readonly property color background: "#FFF6EA"
    readonly property color surface: "#FFFFFF"
    readonly property color surfaceWarm: "#FFEBD2"
    readonly property color text: "#3B2A20"
    readonly property color textMuted: "#6E5646"
    readonly property color textOnColor: "#FFFFFF"
    readonly property color border: "#EAD7C3"
    // Tile colours: white text on them reaches 4.5:1, so even small white
    // words pass (sign-in orange 4.8:1, the others 4.7–9:1).
    readonly property color signIn: "#BD5218"
    readonly property color calls: "#2A74B0"
    readonly property color mailbox: "#B83F71"
    readonly property color library: "#327D45"
    readonly property color teacher: "#5D4333"
    readonly property color success: "#2E7D32"
    readonly property color danger: "#B3261E"
    readonly property color inRoom: "#2E7D32"

    readonly property string fontFamily: "Noto Sans CJK SC"
    readonly property int fontSmall: 22
    readonly property int fontBody: 28
    readonly property int fontLarge: 36
    readonly property int fontTitle: 44
    readonly property int fontHuge: 60

    readonly property int touchMin: 96
    // Keys of the on-screen keyboards, where a full layout must fit the
    // screen: just over 15 mm.
    readonly property int keyHeight: 90
    // The round speaker that reads a tile or prompt aloud.
    readonly property int speakSize: 96
    readonly property color speaking: "#BD5218"
    readonly property int radius: 28
    readonly property int spacing: 24
    readonly property int margin: 32
    readonly property int headerHeight: 120
    readonly property int photoSize: 132

    function icon(name) {
        return "image://icon/" + name;
    }
}
