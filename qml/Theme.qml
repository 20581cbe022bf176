pragma Singleton
import QtQuick

// Sizes, colours and fonts of every screen. Touch targets are at least
// 96 px (about 15 mm on a 10-inch 1280×800 kiosk screen).
QtObject {
    readonly property color background: "#FFF6EA"
    readonly property color surface: "#FFFFFF"
    readonly property color surfaceWarm: "#FFEBD2"
    readonly property color text: "#3B2A20"
    readonly property color textMuted: "#6E5646"
    readonly property color textOnColor: "#FFFFFF"
    readonly property color border: "#EAD7C3"
    // Tile colours: dark enough for white text (contrast ≥ 3:1 at these sizes).
    readonly property color signIn: "#C9561A"
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
    readonly property int radius: 28
    readonly property int spacing: 24
    readonly property int margin: 32
    readonly property int headerHeight: 120
    readonly property int photoSize: 132

    function icon(name) {
        return "image://icon/" + name;
    }
}
