import QtQuick
import Qinqing
import Qinqing.Ui

// A round speaker: a tap reads `speech` aloud in the kiosk's language, a
// second tap while it speaks stops it. Its taps never reach the tile or the
// screen under it.
Rectangle {
    id: button

    property string speech
    readonly property bool speaking: ReadAloud.speaking && ReadAloud.speakingText === speech

    visible: speech !== ""
    implicitWidth: Theme.speakSize
    implicitHeight: Theme.speakSize
    radius: width / 2
    color: speaking ? Theme.speaking : Theme.surface
    border.color: speaking ? Theme.surface : Theme.border
    border.width: 3
    scale: tap.pressed ? 0.9 : 1
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Read aloud")
    Accessible.onPressAction: ReadAloud.speak(button.speech)

    Image {
        anchors.centerIn: parent
        source: Theme.icon(button.speaking ? "speaking" : "speaker")
        sourceSize: Qt.size(button.width * 0.62, button.width * 0.62)
    }
    // While it speaks, a ring keeps growing from the button.
    Rectangle {
        id: ring
        anchors.centerIn: parent
        width: parent.width
        height: width
        radius: width / 2
        color: "transparent"
        border.color: Theme.speaking
        border.width: 4
        visible: button.speaking
        SequentialAnimation on scale {
            running: button.speaking
            loops: Animation.Infinite
            NumberAnimation {
                from: 1
                to: 1.35
                duration: 700
            }
            NumberAnimation {
                to: 1
                duration: 0
            }
        }
    }

    // For the tile around it: a tap at `position` (in `item`) was this
    // button's. A quick second tap on the speaker can reach the tile's own
    // TapHandler as a double click; the tile asks before it acts.
    function covers(item, position) {
        return visible && contains(mapFromItem(item, position));
    }

    TapHandler {
        id: tap
        // The exclusive grab keeps the tap from the tile's own TapHandler.
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: button.speaking ? ReadAloud.stop() : ReadAloud.speak(button.speech)
    }
}
